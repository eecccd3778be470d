package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// A control link is a button a script drives, written as a link that goes
// nowhere: "<a href="#">Feedback</a>", "<a href="javascript:void(0)">Load
// more</a>". Standing as a line of its own at the article's edge, it is the
// page's control, not the story's words. (The readability pass turns
// javascript: links into their text; those it never saw, a restored lead
// or layout row, keep them.)

// controlLineMax bounds the text, in bytes, of a control link's line.
const controlLineMax = 40

// isControlHref reports an address that goes nowhere: "#" alone, or a
// javascript: URL.
func isControlHref(href string) bool {
	href = strings.TrimSpace(href)
	return href == "#" || strings.HasPrefix(strings.ToLower(href), "javascript:")
}

// isControlLine reports whether n, holding s, is one control link standing
// as a line: the link itself, set between blocks, or a block that holds
// it and nothing else.
func isControlLine(n *html.Node, s blockStats) bool {
	if s.text == 0 || s.text > controlLineMax || s.link != s.text {
		return false
	}
	link := n
	if n.Data == "a" {
		if !standsBetweenBlocks(n) {
			return false
		}
	} else if link = onlyLink(n); link == nil {
		return false
	}
	return hasAttr(link, "href") && isControlHref(attr(link, "href"))
}
