package extract

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
)

// A list of other posts closes many stories, or stands between their
// paragraphs, with no heading above it: "<ul><li><a rel="bookmark"
// href="/2020/02/17/…">Marisol Sosa manda …</a></li>…</ul>". Each item's
// link goes to another post's permanent address: one marked
// rel="bookmark" (the mark WordPress and related-posts plugins set on
// teasers), or one whose path is dated ("/2021/11/08/…", the address a
// content management system gives a post). A story's own list of sources
// links to documents and sites, not to dated posts, and stays. Such a
// list goes wherever it stands in the article.

// postListMin is the fewest items of a list of other posts.
const postListMin = 2

// datedPath matches an address whose path holds a year and a month, as a
// post's permanent address does: "/2021/11/", "/news/2020/02/17/…".
var datedPath = regexp.MustCompile(`/(?:19|20)\d{2}/(?:0[1-9]|1[0-2])/`)

// isPostList reports whether n is a list whose items are each, all but
// their marks, a link to another post, or such a link and the post's date
// ("<li><a href="/2022/04/26/…">…</a> 26 abril 2022 |</li>").
func isPostList(n *html.Node, s blockStats) bool {
	if n.Data != "ul" && n.Data != "ol" || s.link*2 < s.text {
		return false
	}
	dated := s.link*10 < s.text*9 // more than marks beside the links: each item's date, or no list of posts
	items := 0
	for li := n.FirstChild; li != nil; li = li.NextSibling {
		if li.Type != html.ElementNode {
			continue
		}
		if li.Data != "li" || !holdsPostLink(li) || dated && !isDateLine(strings.Trim(textOutsideLinks(li), " |·•-–—")) {
			return false
		}
		items++
	}
	return items >= postListMin
}

// textOutsideLinks returns n's text that no link holds, its runs of white
// space read as one space.
func textOutsideLinks(n *html.Node) string {
	c := textCollector{limit: -1, skip: func(e *html.Node) bool { return e.Data == "a" }}
	c.walk(n)
	return c.buf.String()
}

// holdsPostLink reports a link to another post inside n: marked
// rel="bookmark", or to a dated path.
func holdsPostLink(n *html.Node) bool {
	for d := range n.Descendants() {
		if d.Type != html.ElementNode || d.Data != "a" {
			continue
		}
		if datedPath.MatchString(attr(d, "href")) {
			return true
		}
		for word := range strings.FieldsSeq(attr(d, "rel")) {
			if strings.EqualFold(word, "bookmark") {
				return true
			}
		}
	}
	return false
}
