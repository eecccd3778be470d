package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// Some pages render their article from a script template and give the
// same article, as markup, in a <noscript> for readers without scripts.
// The parser keeps a <noscript>'s content as raw text (it parses as a
// browser with scripts on), so pith would see neither.

// Bounds of a <noscript> that holds an article rather than an image or a
// "please enable JavaScript" line.
const (
	minNoscriptProse = 500 // bytes of raw markup
	minNoscriptParas = 2   // <p> elements
)

// holdsProse reports a <noscript> whose raw content is an article's
// paragraphs.
func holdsProse(n *html.Node) bool {
	c := n.FirstChild
	return c != nil && c == n.LastChild && c.Type == html.TextNode && len(c.Data) >= minNoscriptProse &&
		strings.Count(c.Data, "<p") >= minNoscriptParas
}

// openNoscripts replaces each <noscript> of nodes that holds prose with
// its content parsed as markup, in place.
func openNoscripts(nodes []*html.Node) {
	for _, n := range nodes {
		parent := n.Parent
		if parent == nil || parent.Type != html.ElementNode {
			continue
		}
		parsed, err := html.ParseFragment(strings.NewReader(n.FirstChild.Data), parent)
		if err != nil {
			continue
		}
		for _, p := range parsed {
			parent.InsertBefore(p, n)
		}
		parent.RemoveChild(n)
	}
}
