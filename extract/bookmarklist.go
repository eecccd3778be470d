package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// A list of other posts closes many stories with no heading above it:
// "<ul><li><a rel="bookmark" href="/2020/02/17/…">Marisol Sosa manda …</a>
// </li>…</ul>". rel="bookmark" marks a link to a post's permanent
// address, the mark WordPress and its related-posts plugins set on
// teasers; a story's own list of sources links to pages without it. Such
// a list goes wherever it stands in the article.

// bookmarkListMin is the fewest items of a list of other posts.
const bookmarkListMin = 2

// isBookmarkList reports whether n is a list whose items are each, all
// but their marks, a link marked rel="bookmark".
func isBookmarkList(n *html.Node, s blockStats) bool {
	if n.Data != "ul" && n.Data != "ol" || s.link*10 < s.text*9 {
		return false
	}
	items := 0
	for li := n.FirstChild; li != nil; li = li.NextSibling {
		if li.Type != html.ElementNode {
			continue
		}
		if li.Data != "li" || !holdsBookmark(li) {
			return false
		}
		items++
	}
	return items >= bookmarkListMin
}

// holdsBookmark reports a link marked rel="bookmark" inside n.
func holdsBookmark(n *html.Node) bool {
	for d := range n.Descendants() {
		if d.Type != html.ElementNode || d.Data != "a" {
			continue
		}
		for word := range strings.FieldsSeq(attr(d, "rel")) {
			if strings.EqualFold(word, "bookmark") {
				return true
			}
		}
	}
	return false
}
