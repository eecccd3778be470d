package extract

import (
	"strings"
	"testing"
)

// A heading left at the article's end after the block it titled was taken
// away goes; a sentence set as a heading, an outline of two headings and
// the heading of an article of little else stay.
func TestTrailingHeading(t *testing.T) {
	teasers := `<ul class="related-list"><li><a href="/a">A story elsewhere on the site</a></li><li><a href="/b">Another one</a></li></ul>`
	for _, tt := range []struct {
		name, body, heading string
		gone                bool
	}{
		{"label over a removed list", paragraphs(4) + `<h3>Elsewhere on the site</h3>` + teasers, "Elsewhere on the site", true},
		{"label in a wrapper", paragraphs(4) + `<div class="box"><h4>Picked for you by the desk</h4>` + teasers + `</div>`, "Picked for you by the desk", true},
		{"a sentence set as a heading", paragraphs(4) + `<h4>He made up a profile online. It backed his story.</h4>`, "It backed his story.", false},
		{"an outline of two headings", paragraphs(4) + `<h2>Secondary header</h2><h3>Third header</h3>`, "Third header", false},
		{"an article of little else", `<p>A short note of the day.</p><h3>Elsewhere on the site</h3>` + teasers, "Elsewhere on the site", false},
		{"a heading with its text", paragraphs(4) + `<h3>What comes next</h3><p>The council votes again in March, when the budget is due.</p>`, "What comes next", false},
	} {
		t.Run(tt.name, func(t *testing.T) { checkHeadingGone(t, tt.body, tt.heading, tt.gone) })
	}
}

// checkHeadingGone extracts an article page with body under its headline
// and checks that heading is gone from the text, or stays, as gone says,
// and that the article's paragraphs stay when it goes.
func checkHeadingGone(t *testing.T, body, heading string, gone bool) {
	t.Helper()
	art := mustExtract(t, articlePage("<title>Library Budget</title>", "<h1>Library Budget</h1>"+body), Options{})
	if got := !strings.Contains(art.Text, heading); got != gone {
		t.Errorf("heading %q gone: %v, want %v\n%s", heading, got, gone, art.Text)
	}
	if gone && !strings.Contains(art.Text, "Paragraph number B") {
		t.Errorf("the article lost its text:\n%s", art.Text)
	}
}
