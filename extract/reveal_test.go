package extract

import (
	"strconv"
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

// A listicle that shows one item at a time hides the others with a style
// and a "hidden" class; each hidden item beside an item of the same class
// is a slide of the story, however short, and the pass reads it without
// the class it would count against it. A hidden block of links beside a
// slide stays hidden.
func TestHiddenSlidesOfStory(t *testing.T) {
	long := func(n int, title string) string {
		return `<h2>` + strconv.Itoa(n) + `. ` + title + `</h2>` +
			`<p>This one is a gift not only for yourself but for anyone who shares your home and your evenings with you.</p>` +
			`<p>It plugs into the wall behind the sofa and needs no batteries, no charger and no app to set it going.</p>` +
			`<p>Readers who bought it say it still works after a year, and that the box it came in was the only waste.</p>` +
			`<p>The makers sell a second version in green, which costs the same and comes with a spare cable in the box.</p>` +
			`<p>We would buy it again, and so, it seems, would most of the people who left a review on the shop's page.</p>`
	}
	short := func(n int, title string) string {
		return `<h2>` + strconv.Itoa(n) + `. ` + title + `</h2>` +
			`<p>A small thing, but it makes the kitchen a happier place on the mornings when nothing else goes right.</p>`
	}
	slide := func(shown bool, inner string) string {
		if shown {
			return `<div class="gallery-section">` + inner + `</div>`
		}
		return `<div class="gallery-section hidden" style="display: none;">` + inner + `</div>`
	}
	body := `<h1>Five things we never knew we wanted</h1>` + paragraphs(2) +
		slide(true, long(5, "A lamp that reads the weather")) +
		slide(false, short(4, "A spoon that stirs by itself")) +
		slide(false, long(3, "A kettle that sings when it boils")) +
		slide(false, short(2, "A mug that keeps its warmth")) +
		slide(false, long(1, "A clock that tells you the time in words")) +
		`<div class="gallery-section hidden" style="display: none;"><a href="/a">Previous</a> <a href="/b">Next</a> <a href="/c">All items</a></div>`
	text := mustExtract(t, articlePage("<title>Five things</title>", body), Options{}).Text
	wantKept(t, text, "5. A lamp that reads the weather", "4. A spoon that stirs by itself", "3. A kettle that sings",
		"2. A mug that keeps its warmth", "1. A clock that tells you the time in words")
	wantGone(t, text, "All items")
}

func TestWithoutHidingClasses(t *testing.T) {
	for in, want := range map[string]string{
		"gallery--paragraph-section hidden": "gallery--paragraph-section",
		"card is-hidden d-none":             "card",
		"hidden-xs story":                   "hidden-xs story", // shown on all but the smallest screens
		"":                                  "",
	} {
		if got := withoutHidingClasses(in); got != want {
			t.Errorf("withoutHidingClasses(%q) = %q, want %q", in, got, want)
		}
	}
}
