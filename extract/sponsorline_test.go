package extract

import "testing"

func TestIsSponsorLine(t *testing.T) {
	checkLowerPredicate(t, "isSponsorLine", isSponsorLine, []lineCase{
		{"Sponsored by Acme", true},
		{"Presented by Acme Bank", true},
		{"In partnership with Acme.", true},
		{"Brought to you by Acme Insurance", true},
		{"Präsentiert von Acme", true},
		{"In partnership with the city, the group built 40 homes.", false}, // a sentence
		{"Sponsored by Rep. Jane Doe", false},                              // a bill's sponsor, with a title's full stop
		{"Sponsored by the senators of both parties from three states", false},
		{"Sponsored", false},
	})
}

// A sponsor line at the story's edge goes; the same words inside the
// story stay.
func TestSponsorLineRemovedAtEdge(t *testing.T) {
	wantRemovedOnlyAtEdge(t, "Sponsored by Acme Bank")
}
