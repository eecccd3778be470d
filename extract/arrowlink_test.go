package extract

import (
	"strings"
	"testing"
)

func TestIsArrowMarked(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{">>> Zulieferer profitiert von Erholung", true},
		{">> Wegen Corona: Lokal muss schließen <<", true},
		{"Das Programm der Skispringer >>", true},
		{"» Zum Angebot: die Bundesliga", false}, // one arrow: a bullet
		{"Zum Deal »", false},
		{"»»Ein Zitat««", false}, // doubled quotation marks
	} {
		if got := isArrowMarked(strings.ToLower(tc.text)); got != tc.want {
			t.Errorf("isArrowMarked(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// A link set apart by doubled arrows leaves the article; a link with one
// arrow as its bullet, and a sentence that ends in arrows around no link,
// stay.
func TestArrowLinkRemoved(t *testing.T) {
	body := paragraphs(2) +
		`<p><a href="/other-story">&gt;&gt;&gt; Supplier profits from the recovery of aviation</a></p>` +
		`<p>&gt;&gt; <a href="/gossip">A star closes her restaurant on the island</a> &lt;&lt;</p>` +
		`<p>» <a href="/report.pdf">Download the council's report</a></p>` +
		`<p>The shell pipes the output on with the operator &gt;&gt;</p>` + paragraphs(2)
	art := mustExtract(t, articlePage("<title>Library Budget</title>", "<h1>Library Budget</h1>"+body), Options{})
	for _, gone := range []string{"Supplier profits", "closes her restaurant"} {
		if strings.Contains(art.Text, gone) {
			t.Errorf("the arrowed link %q stayed:\n%s", gone, art.Text)
		}
	}
	for _, kept := range []string{"Download the council's report", "with the operator", "Paragraph number B"} {
		if !strings.Contains(art.Text, kept) {
			t.Errorf("%q was removed:\n%s", kept, art.Text)
		}
	}
}
