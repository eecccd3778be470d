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
	for _, story := range storiesOf(doc) {
		if isHeadline(headlineText(story.h1), titles) {
			if headlineArticle != nil {
				return // two articles with the headline: no telling which
			}
			headlineArticle = story.article
		} else {
			others = append(others, story.article)
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

// story is an <article> and the first <h1> that lies in it and in no
// <article> inside it.
type story struct{ article, h1 *html.Node }

// storiesOf returns the page's stories, in one walk of the tree.
func storiesOf(doc *html.Node) []story {
	var stories []story
	seen := map[*html.Node]bool{}
	var walk func(n, article *html.Node)
	walk = func(n, article *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "article":
				article = n
			case "h1":
				if article != nil && !seen[article] {
					seen[article] = true
					stories = append(stories, story{article, n})
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, article)
		}
	}
	walk(doc, nil)
	return stories
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
