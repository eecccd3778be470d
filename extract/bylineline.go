package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// A byline line is a short block at the article's start or end that only
// names its author: "Von Markus Balser, Berlin", "Posted by Alex Durán,
// AMP Project Marketing, Google", "Autor: Rechtsanwalt Sebastian
// Einbock". The name is the article's byline, kept in its metadata.

// bylineLineMax bounds the text, in bytes, of a block read as a byline line.
const bylineLineMax = 120

// isEdgeBylineLine reports whether the block n, holding s, is a byline
// line at the article's start or end: it begins with a byline word and
// what follows reads as a name.
func (cl *cleaner) isEdgeBylineLine(n *html.Node, s blockStats) bool {
	if s.text == 0 || s.text > bylineLineMax || !isLineBlock(n.Data) || !cl.atEdge(s) {
		return false
	}
	raw, _ := boundedText(n, bylineLineMax*2)
	lower := strings.ToLower(raw)
	if !hasAnyPrefix(lower, textBylineStarts) {
		return false
	}
	name := cleanByline(raw)
	if !looksLikeName(name) && !(isLogin(name) && hasAnyPrefix(lower, loginBylineStarts)) {
		return false
	}
	return !hasAncestor(n, "li") // a teaser's byline in a list of stories stays with its teaser
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
