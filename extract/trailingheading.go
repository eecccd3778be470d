package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// A heading that ends the article, with nothing under it, titled a block
// that was taken away as boilerplate: "You may also like these articles"
// over the teasers, "Auch auf gofeminin.de" over the site's other
// stories, "Weitere Informationen zum Coronavirus in Thüringen:" over the
// links. Without its block it is a dangling line, so it goes too. The article's own last heading always has its text after
// it. A heading that is a sentence (a pull quote set as <h4>) stays, and
// so do two headings at the end, one under the other: an outline of
// sections whose text is missing, not a label.

// minTextBeforeTrailingHeading is the least text, in bytes, the article
// must keep before a trailing heading for the heading to go: an article
// that is little more than headings stays as it is.
const minTextBeforeTrailingHeading = 200

// dropTrailingHeading removes the heading that ends content with no text
// after it.
func dropTrailingHeading(content *html.Node, log *explainLog) {
	if content == nil {
		return
	}
	h := lastTextHeading(content)
	if h == nil || !isLabelHeading(h) || textLen(content)-textLen(h) < minTextBeforeTrailingHeading {
		return
	}
	parent, next := h.Parent, h.NextSibling
	parent.RemoveChild(h)
	if lastTextHeading(content) != nil { // an outline of empty sections, not a block's label
		parent.InsertBefore(h, next)
		return
	}
	log.add("cleanup", KindRelated, "heading with nothing after it", h)
}

// maxLabelHeading is the longest heading, in bytes, read as a block's
// label rather than a line of the article set large.
const maxLabelHeading = 100

// isLabelHeading reports a heading that names a block ("Related stories",
// "Mehr Informationen:"), not a sentence of the article set as a heading
// (a pull quote: "Es stützt seine Version.").
func isLabelHeading(h *html.Node) bool {
	_, ok := labelOf(h)
	return ok
}

// labelOf returns h's text, read up to maxLabelHeading bytes, and whether
// h is a label heading (see isLabelHeading).
func labelOf(h *html.Node) (string, bool) {
	text, ok := boundedText(h, maxLabelHeading)
	return text, ok && !strings.HasSuffix(text, ".") && !strings.HasSuffix(text, "!") // "… relying on Shanks's pony!"
}

// lastTextHeading returns the heading (<h1> to <h6>) that holds the last
// text of n, or nil when that text is not in a heading.
func lastTextHeading(n *html.Node) *html.Node {
	var heading *html.Node
	for b := lastTextBlock(n); b != nil && b != n; b = b.Parent {
		if isHeading(b.Data) {
			heading = b // the outermost, as a heading may hold blocks
		}
	}
	return heading
}
