package extract

import "testing"

func TestIsControlHref(t *testing.T) {
	for href, want := range map[string]bool{
		"#": true, " # ": true, "javascript:void(0);": true, "JavaScript:openPanel()": true,
		"#comments": false, "#fn1": false, "/feedback": false, "": false,
	} {
		if got := isControlHref(href); got != want {
			t.Errorf("isControlHref(%q) = %v, want %v", href, got, want)
		}
	}
}

// A link that goes nowhere, standing as a line at the article's edge,
// goes; one inside a sentence, an anchor without an address around a
// heading, and a real link stay.
func TestControlLinkRemovedAtEdge(t *testing.T) {
	page := articlePage("<title>Story</title>", "<h1>Story</h1>"+
		`<h2><a name="start">Where it began</a></h2>`+paragraphs(4)+
		`<p>Readers can <a href="#">vote</a> on the plan until Friday, the council said in its notice.</p>`+
		`<p><a href="/reports/budget-2024.pdf">The full budget report</a></p>`+
		`<p><a href="#">Bestpreis-Garantie</a></p>`+
		`<a href="#">Beschreibung</a>`)
	art := mustExtract(t, page, Options{})
	checkGoneKept(t, art.Text, []string{"Bestpreis-Garantie", "Beschreibung"}, []string{"Where it began", "vote", "The full budget report"})
}
