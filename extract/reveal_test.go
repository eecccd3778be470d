package extract

import (
	"strings"
	"testing"
)

// A page its scripts show once laid out ships inside a wrapper styled
// "display: none" (guardian.co.tt's page_newspaper), and a page saved with
// a dialog open has aria-hidden="true" on everything behind it: the
// wrapper is the page, and its article is the result. Hidden blocks that
// are not the page (a menu, a pop-up's copy of the headline) still go,
// also a hidden mega-menu holding most of the text of a page whose article
// is behind a paywall.
func TestHiddenPageWrapperRevealed(t *testing.T) {
	story := `<h1>Stores stalled by a cyber attack</h1>` + paragraphs(4)
	popup := `<div style="display:none" class="mail-box"><p>Send this article to a friend by e-mail now</p></div>`
	menu := `<ul>` + strings.Repeat(`<li><a href="/section">Section page with a long name</a></li>`, 12) + `</ul>`
	for _, tt := range []struct {
		name, page string
		kept, gone []string
	}{
		{"display none", `<!DOCTYPE html><html><head><title>Stores stalled by a cyber attack</title></head><body>` +
			`<div id="page" style="display: none;" class="page_newspaper"><div class="main-col">` + story + popup + `</div></div></body></html>`,
			[]string{"Paragraph number A", "Paragraph number D"}, []string{"Send this article"}},
		{"aria-hidden behind a dialog", `<!DOCTYPE html><html><head><title>Stores stalled by a cyber attack</title></head><body>` +
			`<div class="site" aria-hidden="true">` + story + `</div><div role="dialog"><p>Accept all cookies</p></div></body></html>`,
			[]string{"Paragraph number A", "Paragraph number D"}, []string{"Accept all cookies"}},
		{"hidden attribute", `<!DOCTYPE html><html><head><title>Stores stalled by a cyber attack</title></head><body>` +
			`<div hidden>` + story + `</div></body></html>`,
			[]string{"Paragraph number A", "Paragraph number D"}, nil},
		{"hidden menu on a paywalled page", `<!DOCTYPE html><html><head><title>Stores stalled</title></head><body>` +
			`<div aria-hidden="true" class="mega-menu">` + menu + `</div><h1>Stores stalled</h1>` +
			`<p>Thousands of shoppers were turned away when the tills stopped working on Friday.</p></body></html>`,
			[]string{"Thousands of shoppers"}, []string{"Section page"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			art := mustExtract(t, []byte(tt.page), Options{})
			checkGoneKept(t, art.Text, tt.gone, tt.kept)
		})
	}
}

// The rest of a story hidden behind a "Read more" button or in a closed
// tab, beside the paragraphs the page shows, is the story's (bummfilm.de's
// tabbed company profile); a hidden copy of what the page shows (a print
// version), a hidden card inside a link and a hidden store of glossary
// tooltips are not.
func TestHiddenRestOfStory(t *testing.T) {
	rest := `<p>The second half of the story tells how the council found the money in the end, after a long search through its accounts.</p>` +
		`<p>It closes with the mayor thanking the volunteers who kept the libraries open while the budget was being argued over.</p>` +
		`<p>Readers can find the full budget in the town hall and online, with a summary of each library's share of the funds.</p>` +
		`<p>Next year the council means to ask the libraries' users which opening hours suit them best before it sets the new budget.</p>` +
		`<p>The volunteers, for their part, said they would go on helping out on Saturdays whatever the survey finds in the spring.</p>`
	for _, tt := range []struct {
		name       string
		body       string
		gone, kept []string
	}{
		{"read more", paragraphs(3) + `<div class="rest" style="display:none">` + rest + `</div>`,
			nil, []string{"second half of the story", "full budget in the town hall"}},
		{"hidden copy", paragraphs(4) + `<div class="print-version" style="display:none">` + paragraphs(4) + `</div>`,
			nil, []string{"Paragraph number D"}},
		{"card in a link", paragraphs(3) + `<a href="/plan"><p>Our eight-week plan for the libraries' readers, with a reading list for every week and a club to talk it over in.</p>` +
			`<div style="display:none">` + rest + `</div></a>`,
			[]string{"second half of the story"}, []string{"Paragraph number C"}},
		{"glossary", paragraphs(3) + `<div><div></div><div id="glossary_words" style="display:none">` + rest + `</div></div>`,
			[]string{"second half of the story"}, []string{"Paragraph number C"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			art := mustExtract(t, articlePage("<title>Libraries get new funds</title>", `<h1>Libraries get new funds</h1>`+tt.body), Options{})
			checkGoneKept(t, art.Text, tt.gone, tt.kept)
			if n := strings.Count(art.Text, "Paragraph number A"); n != 1 {
				t.Errorf("the first paragraph stands %d times:\n%s", n, art.Text)
			}
		})
	}
}
