package extract

import (
	"strings"
	"testing"
)

// The headline that opens the article is reported as its title, not said
// twice; a heading that words the story otherwise than the page's declared
// titles, an h3 and a headline that is all the page has stay in the body.
// The pages print the headline twice, as a breadcrumb's last crumb and over
// the story (heise.de does): the readability pass drops only the first
// heading that repeats its title, the crumb.
func TestTitleHeading(t *testing.T) {
	const title = "Lithium from the shredder"
	head := "<title>" + title + " | Example News</title><meta property=\"og:title\" content=\"" + title + "\">"
	crumb := func(text string) string { return `<div class="crumbs"><h1>` + text + `</h1></div>` }
	for _, tt := range []struct {
		name, head, body string
		inBody           bool
	}{
		{"headline first", head, crumb(title) + "<main><article><header><h2>" + title + "</h2></header>" + paragraphs(3), false},
		{"after a kicker", head, crumb(title) + "<main><article><header><p>Batteries</p><h2>" + title + "</h2></header>" + paragraphs(3), false},
		{"typographic quotes", "<title>The \"fast\" charger</title>",
			crumb(`The "fast" charger`) + "<main><article><h2>The “fast” charger</h2>" + paragraphs(3), false},
		{"other wording than declared", "<title>Recycling: Hello there</title>",
			"<main><article><h1>Recycling: but the final text here is different</h1>" + paragraphs(3), true},
		{"an h3", head, crumb(title) + "<main><article><h3>" + title + "</h3>" + paragraphs(3), true},
		{"soft hyphens in the heading", head,
			crumb(title) + "<main><article><h2>Lith\u00adium from the shred\u00adder</h2>" + paragraphs(3), false},

		{"a headline in a div", head, crumb(title) + `<main><article><div class="headline">` + title + "</div>" + paragraphs(3), false},
		{"after a long caption or lead", head, crumb(title) + `<main><article><p>` + strings.Repeat("A shredder at the plant in Lower Saxony. ", 6) +
			`</p><h2>` + title + "</h2>" + paragraphs(3), false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			page := []byte("<!DOCTYPE html><html><head>" + tt.head + "</head><body>" + tt.body + "</article></main></body></html>")
			art := mustExtract(t, page, Options{})
			if got := lineIn(art.Text, art.Title); got != tt.inBody {
				t.Errorf("title %q as a line of the body: %v, want %v\n%s", art.Title, got, tt.inBody, art.Text)
			}
			if !strings.Contains(art.Text, "Paragraph number C") {
				t.Errorf("the story is missing:\n%s", art.Text)
			}
		})
	}
}

// Only the heading that opens the article goes: past leadingTextMax bytes
// of text, a heading that repeats the title is a section of the story.
func TestTitleHeadingPosition(t *testing.T) {
	declared := []string{foldTitle("Lithium from the shredder")}
	for _, tt := range []struct {
		before string
		kept   bool
	}{
		{"", false},
		{"<p>Batteries</p>", false},
		{"<p>" + strings.Repeat("x", leadingTextMax+1) + "</p>", true},
		{"<h2>Batteries</h2>", true}, // the first heading decides
	} {
		content := parseFragment(t, "<div>"+tt.before+"<h1>Lithium from the shredder</h1><p>"+prose+"</p></div>")
		dropTitleHeading(content, "Lithium from the shredder", declared)
		if kept := findElement(content, "h1") != nil; kept != tt.kept {
			t.Errorf("after %q: heading kept %v, want %v", tt.before, kept, tt.kept)
		}
	}
}

// lineIn reports whether text has line as one of its lines.
func lineIn(text, line string) bool {
	for _, l := range strings.Split(text, "\n") {
		if l == line {
			return true
		}
	}
	return false
}

// A headline that is all the article holds stays: an article of one line
// beats no article.
func TestTitleHeadingAlone(t *testing.T) {
	content := parseFragment(t, "<div><h1>Closed for the holidays</h1><img src=\"closed.jpg\"></div>")
	dropTitleHeading(content, "Closed for the holidays", []string{foldTitle("Closed for the holidays")})
	if findElement(content, "h1") == nil {
		t.Error("the only heading was removed")
	}
}

// A headline kept in the body because pith took its wording over the
// page's declared titles opens the body, and OpensWithTitle says so, so
// that a writer printing the title above the body prints it once.
func TestOpensWithTitle(t *testing.T) {
	for _, tt := range []struct {
		name, head, body string
		want             bool
	}{
		{"headline taken as the title", "<title>Recycling: Hello there</title>",
			"<main><article><h1>Recycling: but the final text here is different</h1>" + paragraphs(3), true},
		{"headline dropped as the declared title", "<title>Lithium from the shredder</title>",
			"<main><article><h1>Lithium from the shredder</h1>" + paragraphs(3), false},
		{"no headline", "<title>Lithium from the shredder</title>", "<main><article>" + paragraphs(3), false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			page := []byte("<!DOCTYPE html><html><head>" + tt.head + "</head><body>" + tt.body + "</article></main></body></html>")
			art := mustExtract(t, page, Options{})
			if got := art.OpensWithTitle(); got != tt.want {
				t.Errorf("title %q, OpensWithTitle %v, want %v\n%s", art.Title, got, tt.want, art.Text)
			}
		})
	}
	partial := &Article{Title: "Lithium", Text: "Lithium from the shredder\n\nMore."}
	if partial.OpensWithTitle() {
		t.Error("a first paragraph that only starts with the title counts as the title")
	}
}

// A block that holds the headline alone goes as a heading does, within
// leadingTextMax of the article's start; further down it stays.
func TestHeadlineBlockPosition(t *testing.T) {
	const title = "Lithium from the shredder"
	for _, tt := range []struct {
		before string
		kept   bool
	}{
		{"", false},
		{"<p>" + strings.Repeat("x", leadingTextMax+1) + "</p>", true},
	} {
		content := parseFragment(t, "<div>"+tt.before+`<div class="headline">`+title+"</div><p>"+prose+"</p></div>")
		dropTitleHeading(content, title, []string{foldTitle(title)})
		if kept := strings.Contains(textContent(content), title); kept != tt.kept {
			t.Errorf("after %q: headline block kept %v, want %v", tt.before, kept, tt.kept)
		}
	}
}

// The headline goes when a declared title holds it as its last part, after
// the site's name and a section ("Zoll online - Fachmeldungen - Verkündung
// des …"): the title is already chosen, and that part is no site name.
func TestTitleHeadingAsLastPartOfDeclaredTitle(t *testing.T) {
	const title = "Lithium from the shredder"
	content := parseFragment(t, "<div><h2>"+title+"</h2>"+paragraphs(3)+"</div>")
	dropTitleHeading(content, title, []string{foldTitle("Example Online - Aktuelles - " + title)})
	var b strings.Builder
	if err := RenderText(&b, content); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), title) {
		t.Errorf("the headline stayed:\n%s", b.String())
	}
}
