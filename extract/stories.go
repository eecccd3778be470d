package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// News sites load the next stories below the one asked for ("infinite
// scroll"): each in an <article> of its own, with its own <h1>. The
// readability pass then takes the longest of them. The page's headline
// tells which story the page is.

// dropOtherStories removes the <article> elements that hold an <h1> other
// than the page's headline, when one <article> holds the headline: the
// stories a page appends after its own. It does nothing on a page with no
// such headline article, or with only one story.
func dropOtherStories(doc *html.Node, titles []string, keep kindSet, log *explainLog) {
	if keep.kept(KindRelated) {
		return
	}
	var headlineArticle *html.Node
	var others []*html.Node
	for a := range doc.Descendants() {
		if a.Type != html.ElementNode || a.Data != "article" {
			continue
		}
		h1 := findElement(a, "h1")
		if h1 == nil || innerArticle(a, h1) != a {
			continue // no headline of its own, or only in a story inside it
		}
		if isHeadline(headlineText(h1), titles) {
			if headlineArticle != nil {
				return // two articles with the headline: no telling which
			}
			headlineArticle = a
		} else {
			others = append(others, a)
		}
	}
	if headlineArticle == nil {
		return
	}
	for _, a := range others {
		if a.Parent != nil && !isInside(headlineArticle, a) && !isInside(a, headlineArticle) {
			log.add("prune", KindRelated, "another story (an <article> with a headline of its own)", a)
			a.Parent.RemoveChild(a)
		}
	}
}

// innerArticle returns the innermost <article> that holds n, up to top.
func innerArticle(top, n *html.Node) *html.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.Data == "article" {
			return p
		}
		if p == top {
			break
		}
	}
	return top
}

// isInside reports whether n is outer or lies inside it.
func isInside(n, outer *html.Node) bool {
	for p := n; p != nil; p = p.Parent {
		if p == outer {
			return true
		}
	}
	return false
}

// isHeadline reports an <h1> of three words or more that one of the page's
// folded titles holds, on either side of a site's name.
func isHeadline(h1 string, titles []string) bool {
	folded := foldTitle(h1)
	if len(strings.Fields(folded)) < 3 {
		return false
	}
	for _, t := range titles {
		if t != "" && strings.Contains(t, folded) {
			return true
		}
	}
	return false
}
