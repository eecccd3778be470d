package extract

import (
	"strings"
	"testing"
)

// A paragraph that is one link in capitals is another story's headline
// and goes; capitals that are no link, a link in small letters and a short
// capital link stay.
func TestCapitalsLinkRemoved(t *testing.T) {
	body := paragraphs(2) +
		`<p><strong><a href="/politics/endorsement">TRUMP SHOWCASES ENDORSEMENT FROM GOP RISING STAR</a></strong></p>` +
		`<p>MALE ARTIST OF THE YEAR AND HIS BAND</p>` +
		`<p><a href="/politics/debate">Five takeaways from the third debate</a></p>` +
		`<p><a href="/nasa">NASA AND ESA</a></p>` + paragraphs(2)
	art := mustExtract(t, articlePage("<title>Library Budget</title>", "<h1>Library Budget</h1>"+body), Options{})
	if strings.Contains(art.Text, "TRUMP SHOWCASES") {
		t.Errorf("the headline link in capitals stayed:\n%s", art.Text)
	}
	for _, kept := range []string{"MALE ARTIST OF THE YEAR", "Five takeaways", "NASA AND ESA", "Paragraph number B"} {
		if !strings.Contains(art.Text, kept) {
			t.Errorf("%q was removed:\n%s", kept, art.Text)
		}
	}
}
