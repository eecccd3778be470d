package extract

import "testing"

func TestIsCourtesyLine(t *testing.T) {
	checkLowerPredicate(t, "isCourtesyLine", isCourtesyLine, []lineCase{
		{"Courtesy of Forests News", true},
		{"Photo courtesy of Jane Doe", true},
		{"Image courtesy of NASA/JPL-Caltech", true},
		{"Courtesy: Reuters", true},
		{"Courtesy of the new law, rents fell across the city.", false},
		{"Courtesy of a generous donor the library will open its new wing to children and families next spring.", false},
		{"Courtesy calls were made to all neighbours.", false},
	})
}

func TestCourtesyLineRemovedAtEdge(t *testing.T) {
	wantRemovedOnlyAtEdge(t, "Photo courtesy of Jane Doe")
}
