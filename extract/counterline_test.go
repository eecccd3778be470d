package extract

import "testing"

func TestIsCounterLine(t *testing.T) {
	checkLowerPredicate(t, "isCounterLine", isCounterLine, []lineCase{
		{"37 views", true},
		{"3 Kommentare", true},
		{"1 Besucher online", true},
		{"1,199 signatures", true},
		{"10 réactions", true}, // Slate.fr's comment count
		{"1 commentaire", true},
		{"12 responses", true},
		{"12 responses to the survey came back", false},
		{"3 Batterien AA", false}, // a list item
		{"250 g", false},
		{"views", false}, // no count (a phrase rule reads it)
		{"Views 37", false},
		{"37 views of the bay", false},
		{"1 Besucher", false},
		{"Comments: 12", true},
		{"Kommentare insgesamt: 0", true},
		{"Comments (5)", true},
		{"Aufrufe: 1.234", true},
		{"Comments: none yet", false},
		{"Views of the bay: 3", false},
		{"Note (3)", false},
	})
}

// A counter on the article's edge goes; the same words inside the story,
// far from its edges, stay.
func TestCounterLineRemovedAtEdge(t *testing.T) {
	wantRemovedOnlyAtEdge(t, "37 views")
}
