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

// holdsImage reports a <noscript> whose raw content has an <img> tag: a
// lazy-loaded image's real source, which the readability pass puts in
// place of its placeholder. The pass parses every <noscript> to look for
// one and then removes them all; those without an image pith removes
// first, sparing that parse.
func holdsImage(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.TextNode {
			return true // parsed content (scripting off): leave it to the pass
		}
		for s := c.Data; ; {
			i := strings.IndexByte(s, '<')
			if i < 0 || len(s)-i < 4 {
				break
			}
			if strings.EqualFold(s[i+1:i+4], "img") {
				return true
			}
			s = s[i+1:]
		}
	}
	return false
}
