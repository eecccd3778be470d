package extract

import (
	"strings"
	"testing"
)

func TestIsDisclaimer(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.", true},
		{"The views expressed by the author are personal.", true},
		{"NOW Grenada is not responsible for the opinions, statements or media content presented by contributors.", true},
		{"The opinions expressed in this column are the author's own and do not reflect those of the paper.", true},
		{"Die Meinung des Autors ist klar: Die Stadt braucht mehr Bibliotheken.", false}, // no distance
		{"The views expressed at the meeting were heated.", false},                       // no distance
		{"Not necessarily the best solution, the council said.", false},                  // no author's view
		{"(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)", true},
		{"(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)", true},
		{"This story has been published from a wire agency feed without modifications to the text. Only the headline has been changed.", true},
		{"The agency feed was not edited for weeks, the report found, and readers noticed.", false}, // no story published from it
	} {
		if got := isDisclaimer(strings.ToLower(tc.text)); got != tc.want {
			t.Errorf("isDisclaimer(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// A disclaimer at the article's end goes; the same words in the middle
// of the story stay.
func TestDisclaimerRemovedAtEdge(t *testing.T) {
	note := "Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion."
	page := func(body string) string {
		return mustExtract(t, articlePage("<title>Kultur</title>", "<h1>Kultur</h1>"+body), Options{}).Text
	}
	wantGone(t, page(paragraphs(6)+"<p>"+note+"</p>"), "Meinung des Autors")
	wantKept(t, page(paragraphs(6)+"<p>"+note+"</p>"+paragraphs(6)), note)
}
