package extract

import "testing"

func TestIsPaginationLine(t *testing.T) {
	checkLowerPredicate(t, "isPaginationLine", isPaginationLine, []lineCase{
		{"Pages: 1 2 3 4", true},
		{"Article Pages: 1 2", true},
		{"Seiten: 1 2 3", true},
		{"Pages: 1", false},         // one page: nothing to turn to
		{"Pages: 12 and 13", false}, // a sentence
		{"Chapter: 1 2 3", false},   // not a pagination label
		{"Page 1 of 3", false},      // no colon: a gallery counter reads such lines
		{"Previous 1 Next", true},
		{"« Prev 1 2 3 Next »", true},
		{"Zurück 1 2 Weiter", true},
		{"Previous Next", false},             // no page: a story's own buttons (the clean-up's phrases read those)
		{"Previous 12 years, next 3", false}, // a sentence
		{"Next 1 2 Previous", false},         // the buttons the wrong way round
		{"Previous chapter 1 Next", false},
	})
}

func TestPaginationLineRemovedAtEdge(t *testing.T) {
	wantRemovedOnlyAtEdge(t, "Article Pages: 1 2")
	wantRemovedOnlyAtEdge(t, "« Prev 1 2 3 Next »")
}
