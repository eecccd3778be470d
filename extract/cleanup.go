package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// Limits of the phrase rules: only short blocks are judged by their wording.
const (
	phraseBlockMax   = 300 // bytes of text: longer blocks are prose
	creditBlockMax   = 200
	teaserOwnTextMax = 80 // bytes of text outside links in a teaser card
)

// blockStats sums what a subtree holds.
type blockStats struct {
	text   int  // bytes of non-space text
	link   int  // of which inside links
	images bool // an <img> or <picture> is inside
	teaser bool // an image inside a link to another page is inside
}

// cleanupArticle removes, in place, the boilerplate that survives inside the
// article the readability pass chose: "READ MORE:" and related-story lines,
// teaser blocks (an image and a headline link), photo credits, furniture
// phrases ("Subscribe", "Advertisement") and the empty blocks they leave.
// One post-order walk: a block is judged after its children.
func cleanupArticle(root *html.Node) {
	if root != nil {
		cleanupChildren(root)
	}
}

func cleanupChildren(n *html.Node) blockStats {
	var s blockStats
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch c.Type {
		case html.TextNode:
			s.text += len(strings.TrimSpace(c.Data))
		case html.ElementNode:
			cs := cleanupChildren(c)
			if c.Data == "img" || c.Data == "picture" || c.Data == "video" {
				cs.images = true
			}
			if c.Data == "a" {
				cs.link = cs.text
				cs.teaser = cs.images && !isImageURL(attr(c, "href"))
			}
			if _, remove := judgeBlock(c, cs); remove {
				n.RemoveChild(c)
			} else {
				s.text += cs.text
				s.link += cs.link
				s.images = s.images || cs.images
				s.teaser = s.teaser || cs.teaser
			}
		case html.CommentNode:
			n.RemoveChild(c)
		}
		c = next
	}
	return s
}

// judgeBlock decides whether the element n, holding s, is boilerplate.
func judgeBlock(n *html.Node, s blockStats) (Kind, bool) {
	if !isCleanableBlock(n.Data) {
		return "", false
	}
	if s.text == 0 {
		return KindNavigation, !s.images && isEmptiable(n.Data)
	}
	if s.text > phraseBlockMax {
		return "", false
	}
	text := strings.ToLower(textContent(n))
	if kind, ok := furniturePhrases[strings.TrimRight(text, ":.!…» ")]; ok {
		return kind, true
	}
	linky := s.link*2 >= s.text
	if linky {
		for _, lead := range leadInPhrases {
			if strings.HasPrefix(text, lead.prefix) {
				return lead.kind, true
			}
		}
	}
	if s.text <= creditBlockMax && isCredit(text) {
		return KindCredits, true
	}
	if s.teaser && n.Data != "p" && s.text-s.link <= teaserOwnTextMax {
		return KindRelated, true
	}
	return "", false
}

func isCredit(text string) bool {
	for _, prefix := range creditPrefixes {
		if strings.HasPrefix(text, prefix) {
			return true
		}
	}
	for _, phrase := range creditPhrases {
		if strings.Contains(text, phrase) {
			return true
		}
	}
	return false
}

// isCleanableBlock lists the elements the phrase rules may remove whole.
func isCleanableBlock(tag string) bool {
	switch tag {
	case "p", "div", "section", "li", "ul", "ol", "figure", "figcaption", "span",
		"h2", "h3", "h4", "h5", "h6", "aside", "small", "blockquote", "article", "header", "footer", "dl":
		return true
	}
	return false
}

// isEmptiable lists the elements removed when they hold no text or image.
func isEmptiable(tag string) bool {
	switch tag {
	case "p", "div", "section", "li", "ul", "ol", "figure", "figcaption", "span", "blockquote", "aside", "header", "footer", "dl":
		return true
	}
	return false
}

// isImageURL reports links to image files: a linked image that opens its
// full-size version is a figure, not a teaser.
func isImageURL(href string) bool {
	href = strings.ToLower(href)
	if i := strings.IndexAny(href, "?#"); i >= 0 {
		href = href[:i]
	}
	for _, ext := range []string{".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg"} {
		if strings.HasSuffix(href, ext) {
			return true
		}
	}
	return false
}
