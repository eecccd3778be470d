package extract

import "testing"

func TestIsCredit(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"photograph by ed marshall, redonda restoration programme", true},
		{"illustration by jane doe", true},
		{"foto: dpa/picture alliance", true},
		{"the photographer took the picture at dawn.", false},
		{"kyrre lien/ritzau scanpix", true},
		{"khalil ashaw / reuters", true},
		{"fmw/bloomberg", true},
		{"the input/output ratio", false},
		{"open 24/7", false},
		{"a lap", false},
	} {
		if got := isCredit(tc.text); got != tc.want {
			t.Errorf("isCredit(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// A heading that opens a list of the site's other stories on a topic
// ("read more in politics", "Mehr zu diesem Thema:") goes with its list;
// a sentence that starts the same way, and a line that is neither a
// heading nor ends in a colon, stay.
func TestTopicHeading(t *testing.T) {
	links := `<ul><li><a href="/a">Minister resigns over the budget row</a></li><li><a href="/b">What the vote means for the city</a></li></ul>`
	body := paragraphs(2) +
		`<h2>read more in politics</h2>` + links +
		paragraphs(1) +
		`<p><strong>Mehr zu diesem Thema:</strong></p>` + links +
		`<p>Mehr zu den Hintergründen im Interview unten.</p>` +
		`<p>Related to the vote, the branches stay open.</p>` +
		paragraphs(1)
	art := mustExtract(t, articlePage("<title>Library Budget</title>", "<h1>Library Budget</h1>"+body), Options{})
	wantGone(t, art.Text, "read more in politics", "Mehr zu diesem Thema", "Minister resigns")
	wantKept(t, art.Text, "Mehr zu den Hintergründen", "Related to the vote", "Paragraph number A")
}
