package extract

import (
	"strings"
	"testing"
)

func TestIsCounterLine(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"37 views", true},
		{"3 Kommentare", true},
		{"1 Besucher online", true},
		{"1,199 signatures", true},
		{"3 Batterien AA", false}, // a list item
		{"250 g", false},
		{"views", false}, // no count (a phrase rule reads it)
		{"Views 37", false},
		{"37 views of the bay", false},
		{"1 Besucher", false},
	} {
		if got := isCounterLine(strings.ToLower(tc.text)); got != tc.want {
			t.Errorf("isCounterLine(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// A counter on the article's edge goes; the same words inside the story,
// far from its edges, stay.
func TestCounterLineRemovedAtEdge(t *testing.T) {
	page := articlePage("<title>Saw</title>", "<h1>Saw</h1>"+paragraphs(4)+"<p>37 views</p>")
	text := mustExtract(t, page, Options{}).Text
	wantGone(t, text, "37 views")
	wantKept(t, text, strings.SplitN(paragraphs(1), ">", 2)[1][:20])

	later := strings.ReplaceAll(paragraphs(3), "committee", "council")
	page = articlePage("<title>Saw</title>", "<h1>Saw</h1>"+paragraphs(5)+"<p>37 views</p>"+later)
	wantKept(t, mustExtract(t, page, Options{}).Text, "37 views")
}
