package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/text/unicode/norm"
)

// Text comes out in Unicode normal form C, the form the W3C recommends for
// the web and the one most input methods, databases and search indexes
// hold: a page that writes a letter precomposed where NFC decomposes it
// (Bengali "ড়" as U+09DC), or decomposed where NFC composes it ("e" and a
// combining acute), gives the same text as a page that writes it the
// usual way.

// normalizeText rewrites the text under root in NFC, in place. Text that
// is in NFC already, as nearly all is, is left as it is, without copying.
func normalizeText(root *html.Node) {
	if root == nil {
		return
	}
	for c := root.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			c.Data = norm.NFC.String(c.Data)
		case html.ElementNode:
			normalizeText(c)
		}
	}
}
