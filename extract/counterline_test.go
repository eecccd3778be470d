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
		{"View 12 comments", true},
		{"See all 45 comments", true},
		{"Read 3 replies", true},
		{"Read 3 books", false},           // no counter's noun
		{"See all comments", false},       // no count (a phrase rule reads it)
		{"Read 12 comments below", false}, // more than the count
	})
}

// A counter on the article's edge goes; the same words inside the story,
// far from its edges, stay.
func TestCounterLineRemovedAtEdge(t *testing.T) {
	wantRemovedOnlyAtEdge(t, "37 views")
}

func TestIsBareCount(t *testing.T) {
	checkPredicate(t, "isBareCount", isBareCount, []lineCase{
		{"0", true},
		{"17302", true},
		{"1.234", true},
		{"+1", true}, // a like button's count
		{"+", false},
		{" 12 ", true},
		{"2019", false}, // a year: the date rules' to judge
		{"1999", false},
		{"3000", true},
		{"4.", false}, // a list's number
		{"-1", false},
		{"250 g", false},
		{"", false},
	})
}

// A bare number after the story's last line goes (a widget's count, a
// story's id); the same number with text after it (a recipe's step, a
// line above the last paragraph) stays.
func TestBareCountRemovedOnlyAfterStory(t *testing.T) {
	page := articlePage("<title>Story</title>", "<h1>Story</h1>"+paragraphs(4)+"<p>17302</p>")
	wantGone(t, mustExtract(t, page, Options{}).Text, "17302")

	page = articlePage("<title>Story</title>", "<h1>Story</h1>"+paragraphs(4)+"<p>17302</p><p>Serve the rice warm.</p>")
	wantKept(t, mustExtract(t, page, Options{}).Text, "17302", "Serve the rice warm.")
}
