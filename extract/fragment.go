package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A fragment of HTML is an article someone already cut out: a CMS's or an
// API's body HTML, a copied element, pith's own -f html output. It has no
// page around it for the readability pass to choose from, and the pass,
// which keeps one container, would cut it (a story set in three sibling
// <div>s kept a third of its text). A fragment is taken whole: the prune
// and the clean-up still remove the furniture they know.

// pageTags are the tags only a page, not a fragment, holds.
var pageTags = []string{"!doctype", "html", "head", "body", "title"}

// isFragment reports whether data, decoded HTML, holds none of pageTags
// (in any letter case). It stops at the first one, which a page holds in
// its first bytes.
func isFragment(data []byte) bool {
	for i := 0; i < len(data); i++ {
		if data[i] != '<' {
			continue
		}
		for _, tag := range pageTags {
			if startsTag(data[i+1:], tag) {
				return false
			}
		}
	}
	return true
}

// startsTag reports whether b begins with name, in any letter case,
// followed by the end of the tag's name.
func startsTag(b []byte, name string) bool {
	if len(b) < len(name) {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != name[i] {
			return false
		}
	}
	if len(b) == len(name) {
		return true
	}
	switch b[len(name)] {
	case ' ', '\t', '\n', '\r', '\f', '>', '/':
		return true
	}
	return false
}

// fragmentArticle moves the children of the parsed fragment's <body> into
// a <div>, the article's root as the readability pass would give it.
func fragmentArticle(doc *html.Node) *html.Node {
	root := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	body := findElement(doc, "body")
	if body == nil {
		return root
	}
	for c := body.FirstChild; c != nil; {
		next := c.NextSibling
		body.RemoveChild(c)
		root.AppendChild(c)
		c = next
	}
	return root
}
