package extract

import (
	"context"
	"strings"
	"testing"
)

// A line that only names the author leaves the article at its start; a
// sentence that begins with "By", and the bylines of a list of stories,
// stay.
func TestBylineLineRemoved(t *testing.T) {
	page := articlePage("<title>Flixtrain</title>",
		`<h1>Flixtrain</h1><p>Von Markus Balser, Berlin</p>`+
			`<p>By the time we realised what was happening, it was already too late.</p>`+paragraphs(4)+
			`<ul><li><p>The trains of the future, in a story of their own</p><p>By David Streitfeld</p></li></ul>`)
	art, err := FromBytes(context.Background(), page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(art.Text, "Von Markus Balser") {
		t.Errorf("the byline line stayed:\n%s", art.Text)
	}
	for _, want := range []string{"By the time we realised", "By David Streitfeld"} {
		if !strings.Contains(art.Text, want) {
			t.Errorf("%q was removed:\n%s", want, art.Text)
		}
	}
}
