package extract

import (
	"strings"
	"testing"
)

// A heading that shared a wrapper with a block the prune took goes with
// it, in the middle of the article too; a heading whose own icon or
// styled word was taken, and a section heading beside an ad slot, stay.
func TestOrphanedHeading(t *testing.T) {
	teasers := `<ul class="related-list"><li><a href="/a">A story elsewhere on the site</a></li><li><a href="/b">Another one</a></li></ul>`
	for _, tt := range []struct {
		name, body, heading string
		gone                bool
	}{
		{"label over removed teasers mid-article",
			paragraphs(2) + `<div class="box"><h3>Packaging waste and the climate</h3>` + teasers + `</div>` + paragraphs(2),
			"Packaging waste and the climate", true},
		{"label over removed tags, heading wrapped",
			paragraphs(2) + `<section><div><h3>Popular topics</h3></div><div class="tags"><a href="/t/a">Windows</a> <a href="/t/b">Linux</a></div></section>` + paragraphs(2),
			"Popular topics", true},
		{"an icon inside the heading",
			paragraphs(2) + `<div><h3><i class="fa fa-comments"></i> What our clients say</h3><ul><li>They answered every question we had, and quickly too.</li></ul></div>` + paragraphs(2),
			"What our clients say", false},
		{"a section heading beside an ad slot",
			paragraphs(2) + `<div><h3>What comes next</h3><div class="ad-slot">Advertisement</div></div>` + paragraphs(2),
			"What comes next", false},
		{"a heading with its text in the wrapper",
			paragraphs(2) + `<div><h3>What comes next</h3><p>The council votes again in March, when the budget is due.</p>` + teasers + `</div>` + paragraphs(2),
			"What comes next", false},
	} {
		t.Run(tt.name, func(t *testing.T) { checkHeadingGone(t, tt.body, tt.heading, tt.gone) })
	}
}

// pruneCopy, which prunes a block copied out of the page before the
// prune, drops an orphaned heading as the page's prune does.
func TestOrphanedHeadingInPrunedCopy(t *testing.T) {
	block := parseFragment(t, `<div><div class="box"><h3>Popular topics</h3><ul class="related-list"><li><a href="/a">A story</a></li></ul></div>`+
		`<p>The standfirst says what the story is about.</p></div>`)
	pruneCopy(block, nil)
	if text := textContent(block); strings.Contains(text, "Popular topics") || !strings.Contains(text, "standfirst") {
		t.Errorf("pruned copy holds %q, want the standfirst without the heading", text)
	}
}
