package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// News sites load the next stories below the one asked for ("infinite
// scroll"): each in an <article> of its own, with its own <h1>. The
// readability pass then takes the longest of them. The page's headline
// tells which story the page is.

// dropOtherStories removes the <article> elements headed by another
// headline than the page's, when one <article> holds the headline: the
// stories a page appends after its own. The headline article is found
// among those headed by an <h1>, and only when none is among those headed
// by an <h2>. It does nothing on a page with no such headline article, or
// with two apart.
func dropOtherStories(stories []story, titles []string, keep kindSet, log *explainLog) {
	if keep.kept(KindRelated) {
		return
	}
	headlineArticle, ambiguous := headlineStory(stories, titles, "h1")
	if headlineArticle == nil && !ambiguous {
		headlineArticle, ambiguous = headlineStory(stories, titles, "h2")
	}
	if headlineArticle == nil || ambiguous {
		return
	}
	for _, story := range stories {
		a := story.article
		if isHeadline(headlineText(story.h1), titles) || a.Parent == nil || isInside(headlineArticle, a) || isInside(a, headlineArticle) {
			continue
		}
		log.add("prune", KindRelated, "another story (an <article> with a headline of its own)", a)
		a.Parent.RemoveChild(a)
	}
}

// headlineStory returns the article of the stories headed by a tag
// heading that the page's titles name: the innermost, when they nest. Two
// apart are ambiguous.
func headlineStory(stories []story, titles []string, tag string) (article *html.Node, ambiguous bool) {
	for _, story := range stories {
		if story.h1.Data != tag || !isHeadline(headlineText(story.h1), titles) {
			continue
		}
		switch {
		case article == nil || isInside(story.article, article):
			article = story.article
		case isInside(article, story.article):
		default:
			return nil, true
		}
	}
	return article, false
}

// story is an <article> and its headline: the first <h1> that lies in it
// and in no <article> inside it, or, in an article without one, the first
// such <h2> (sites that keep the <h1> for their name head each story of a
// list with an <h2>).
type story struct{ article, h1 *html.Node }

// maxStories bounds the stories kept from one page.
const maxStories = 256

// visitStoryHeadline records the story a heading (an <h1> or <h2>) heads,
// if it is its innermost <article>'s first <h1>, or its first <h2> while
// no <h1> is known (called by the metadata walk, so the tree is not walked
// again for it).
func (m *pageMeta) visitStoryHeadline(heading *html.Node) {
	for p := heading.Parent; p != nil; p = p.Parent {
		if p.Type != html.ElementNode || p.Data != "article" {
			continue
		}
		for i, s := range m.stories {
			if s.article == p {
				if s.h1.Data == "h2" && heading.Data == "h1" {
					m.stories[i].h1 = heading
				}
				return
			}
		}
		if len(m.stories) < maxStories {
			m.stories = append(m.stories, story{p, heading})
		}
		return
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
