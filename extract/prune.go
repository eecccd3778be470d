package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// protectShare is the share of the page's text above which a block is never
// removed by a class or id rule: a wrapper holding most of the page is the
// article (WordPress marks posts "tag-…" and "comments-open").
const protectShare = 0.6

// pruneBoilerplate removes page furniture from doc in place before the
// readability pass: elements that never hold article text, hidden elements,
// ARIA landmarks of furniture, and blocks whose class or id names a kind of
// boilerplate (rules.go). It returns how many subtrees it removed.
func pruneBoilerplate(doc *html.Node) int {
	body := findElement(doc, "body")
	if body == nil {
		return 0
	}
	p := pruner{pageText: textLen(body)}
	p.walk(body)
	return p.removed
}

type pruner struct {
	pageText int
	removed  int
	token    []byte // scratch buffer for class and id words
}

func (p *pruner) walk(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch c.Type {
		case html.ElementNode:
			if _, ok := p.match(c); ok {
				n.RemoveChild(c)
				p.removed++
			} else {
				p.walk(c)
			}
		case html.CommentNode:
			n.RemoveChild(c)
		}
		c = next
	}
}

// match reports whether the element n is boilerplate, and of which kind.
func (p *pruner) match(n *html.Node) (Kind, bool) {
	if kind, ok := removedTags[n.Data]; ok {
		if isLandmarkTag(n.Data) && p.isProtected(n) {
			return "", false
		}
		return kind, true
	}
	if isHidden(n) {
		return KindNavigation, true
	}
	if len(n.Attr) == 0 || isArticleContainer(n) {
		return "", false
	}
	if kind, ok := removedRoles[strings.ToLower(attr(n, "role"))]; ok {
		return kind, !p.isProtected(n)
	}
	kind, ok := p.classKind(attr(n, "class"))
	if !ok {
		kind, ok = p.classKind(attr(n, "id"))
	}
	if !ok || p.isProtected(n) {
		return "", false
	}
	return kind, true
}

// isLandmarkTag reports the furniture elements that some pages misuse as
// the article's container (an <aside> or <footer> around the whole story).
func isLandmarkTag(tag string) bool {
	switch tag {
	case "aside", "footer", "nav", "menu", "dialog", "form":
		return true
	}
	return false
}

// isProtected reports a block that a class, role or landmark rule matched
// but that holds the article: most of the page's text, or the page's <h1>
// or article markup.
func (p *pruner) isProtected(n *html.Node) bool {
	return p.isMostOfPage(n) || holdsArticleMarkup(n)
}

// holdsArticleMarkup reports whether n contains an <h1>, an <article> or an
// element marked itemprop="articleBody".
func holdsArticleMarkup(n *html.Node) bool {
	for d := range n.Descendants() {
		if d.Type != html.ElementNode {
			continue
		}
		if d.Data == "h1" || d.Data == "article" || strings.EqualFold(attr(d, "itemprop"), "articleBody") {
			return true
		}
	}
	return false
}

// isArticleContainer reports elements that hold the article by their markup.
func isArticleContainer(n *html.Node) bool {
	switch n.Data {
	case "html", "body", "main", "article":
		return true
	}
	return strings.EqualFold(attr(n, "itemprop"), "articleBody")
}

// isMostOfPage reports a block holding most of the page's text, when that
// text is long enough to be an article.
func (p *pruner) isMostOfPage(n *html.Node) bool {
	if p.pageText < minArticleText {
		return false
	}
	return float64(textLen(n)) > protectShare*float64(p.pageText)
}

// isHidden reports elements that a browser would not show.
func isHidden(n *html.Node) bool {
	if hasAttr(n, "hidden") || strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return true
	}
	style := attr(n, "style")
	if style == "" {
		return false
	}
	style = strings.ToLower(strings.ReplaceAll(style, " ", ""))
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

// classKind matches a class or id value against the word and phrase rules.
// A value that names the article body itself never matches.
func (p *pruner) classKind(value string) (Kind, bool) {
	if value == "" {
		return "", false
	}
	var found Kind
	joined := p.token[:0]
	word := make([]byte, 0, 32)
	flush := func() {
		if len(word) > 0 && found == "" {
			if kind, ok := classTokens[string(word)]; ok {
				found = kind
			}
		}
		word = word[:0]
	}
	for i := 0; i < len(value); i++ {
		c := value[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if ('a' <= c && c <= 'z') || ('0' <= c && c <= '9') {
			word = append(word, c)
			joined = append(joined, c)
			continue
		}
		if c == ' ' || c == '\t' || c == '\n' {
			joined = append(joined, ' ')
		}
		flush()
	}
	flush()
	p.token = joined
	for _, part := range strings.Fields(string(joined)) {
		if protectTokens[part] {
			return "", false
		}
	}
	if found != "" {
		return found, true
	}
	for phrase, kind := range classPhrases {
		if strings.Contains(string(joined), phrase) {
			return kind, true
		}
	}
	return "", false
}
