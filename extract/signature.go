package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// Some articles name their author only at their end, in a line of its own
// set apart in bold or italics: "<p><b><i>Stefan Wasmer</i></b></p>".

// signature returns the name an article signs off with: the text of its
// last block when that is a name of two to four words, every word of it
// in bold or italics, or the block aligned right. It returns "" when the
// article ends otherwise.
func signature(content *html.Node) string {
	block := lastTextBlock(content)
	if block == nil {
		return ""
	}
	text, ok := boundedText(block, 60)
	words := strings.Fields(text)
	if !ok || len(words) < 2 || len(words) > 4 || !looksLikeName(text) || hasCapsWord(text) {
		return ""
	}
	if !alignedRight(block) && !allEmphasized(block) {
		return ""
	}
	return text
}

// lastTextBlock returns the block element that holds the last text of n.
func lastTextBlock(n *html.Node) *html.Node {
	var last *html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
				last = c
			case c.Type == html.ElementNode && !isScriptLike(c.Data):
				walk(c)
			}
		}
	}
	if n == nil {
		return nil
	}
	walk(n)
	for p := last; p != nil && p != n; p = p.Parent {
		if p.Type == html.ElementNode && !isInline(p.Data) {
			return p
		}
	}
	return nil
}

// alignedRight reports a block its page sets flush right, as signatures
// often are.
func alignedRight(n *html.Node) bool {
	style := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
	return strings.EqualFold(attr(n, "align"), "right") || strings.Contains(style, "text-align:right")
}

// allEmphasized reports whether every word under n sits inside b, strong,
// i or em.
func allEmphasized(n *html.Node) bool {
	ok := true
	var walk func(*html.Node, bool)
	walk = func(n *html.Node, emphasized bool) {
		for c := n.FirstChild; c != nil && ok; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				if !emphasized && strings.TrimSpace(c.Data) != "" {
					ok = false
				}
			case html.ElementNode:
				walk(c, emphasized || c.Data == "b" || c.Data == "strong" || c.Data == "i" || c.Data == "em")
			}
		}
	}
	walk(n, false)
	return ok
}
