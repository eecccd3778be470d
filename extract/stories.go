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
func dropOtherStories(stories []story, titles []string, keep kindSet, log *explainLog) {
	if keep.kept(KindRelated) {
		return
	}
	var headlineArticle *html.Node
	var others []*html.Node
	for _, story := range stories {
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

// maxStories bounds the stories kept from one page.
const maxStories = 256

// visitStoryHeadline records the story an <h1> heads, if it is the first
// <h1> of its innermost <article> (called by the metadata walk, so the
// tree is not walked again for it).
func (m *pageMeta) visitStoryHeadline(h1 *html.Node) {
	if len(m.stories) >= maxStories {
		return
	}
	for p := h1.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.Data == "article" {
			for _, s := range m.stories {
				if s.article == p {
					return
				}
			}
			m.stories = append(m.stories, story{p, h1})
			return
		}
	}
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
