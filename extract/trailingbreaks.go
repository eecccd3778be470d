package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// Editors leave line breaks at a paragraph's end ("… Gesamtmarkt.
// &nbsp;<br><br> &nbsp;</p>"). They show nothing, but the readability pass
// reads two breaks in a row as the start of a new paragraph, turns the
// <p> into a <div> to hold it, and then drops the sentence before them
// with the emptied paragraph: an article's whole first paragraph went so.
// The pruner takes them out before the pass.

// trimTrailingBreaks removes the line breaks, and the white space among
// them (no-break spaces are white space to strings.TrimSpace), that end
// paragraph p.
func trimTrailingBreaks(p *html.Node) {
	if p.Data != "p" {
		return
	}
	breaks := false
	c := p.LastChild
	for c != nil && (c.Type == html.ElementNode && c.Data == "br" || c.Type == html.TextNode && strings.TrimSpace(c.Data) == "") {
		breaks = breaks || c.Type == html.ElementNode
		c = c.PrevSibling
	}
	if !breaks {
		return
	}
	for p.LastChild != c {
		p.RemoveChild(p.LastChild)
	}
}
