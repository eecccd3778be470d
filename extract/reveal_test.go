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
