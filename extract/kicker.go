package extract

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
)

// A kicker is the link to the story's section that news pages set above
// the headline: "POLITICS", "Crime", "War in the Middle East", each a
// link to /politics, /tag/crime/, /world/middle-east/. Left in, it is the
// text's first line.

// kickerMax bounds the text, in bytes, of a kicker.
const kickerMax = 40

// kickerClassWords are the class words (classTokens) that name a kicker
// by its place above the headline: "article__kicker", "dachzeile". A
// label so classed goes however it is set; a block of more than kickerMax
// bytes so classed stays, as some sites class their standfirst
// "story_kicker".
var kickerClassWords = map[string]bool{"kicker": true, "dachzeile": true, "eyebrow": true, "roofline": true}

// isKickerHeading reports a heading whose class names it a kicker
// (<h4 class="dachzeile">) and that is short enough for one: the one
// heading the class rules read, as others carry ids for in-page anchors.
func isKickerHeading(n *html.Node) bool {
	class := strings.ToLower(attr(n, "class"))
	if class == "" || textLenOver(n, kickerMax) {
		return false
	}
	for word := range kickerClassWords {
		if strings.Contains(class, word) {
			return true
		}
	}
	return false
}

// kickerWordsMax bounds its words.
const kickerWordsMax = 5

// isSectionKicker reports whether n, holding s and standing as a line, is a
// kicker: short, all of it one link, whose address is a section's.
func isSectionKicker(n *html.Node, s blockStats, raw string) bool {
	if s.text > kickerMax || s.link != s.text || len(strings.Fields(raw)) > kickerWordsMax {
		return false
	}
	link := onlyLink(n)
	return link != nil && isSectionURL(attr(link, "href"))
}

// onlyLink returns the one <a> under n, or nil when there is none or more.
func onlyLink(n *html.Node) *html.Node {
	var found *html.Node
	count := 0
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		for ; c != nil && count < 2; c = c.NextSibling {
			if c.Type == html.ElementNode && c.Data == "a" {
				found = c
				count++
				continue
			}
			walk(c.FirstChild)
		}
	}
	walk(n.FirstChild)
	if count != 1 {
		return nil
	}
	return found
}

// sectionSegmentMax bounds the bytes of each segment of a section's path.
const sectionSegmentMax = 25

// taxonomyRoots open the paths of a site's sections and topics
// ("/category/world/world-regions/russia"); they do not count towards its
// segments.
var taxonomyRoots = map[string]bool{"category": true, "categories": true, "tag": true, "tags": true, "topic": true,
	"topics": true, "section": true, "sections": true, "rubrik": true, "thema": true, "themen": true}

// isSectionURL reports an address whose path reads as a section's, not a
// story's: one to three short segments of letters and hyphens after a
// taxonomy root, no digits, no query ("/politics", "/world/middle-east/",
// "/tag/crime/", "/category/world/world-regions/russia", "/Leben/").
func isSectionURL(href string) bool {
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil || u.RawQuery != "" || u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https" {
		return false
	}
	segments := strings.FieldsFunc(u.Path, func(r rune) bool { return r == '/' })
	if len(segments) > 1 && taxonomyRoots[segments[0]] {
		segments = segments[1:]
	}
	if len(segments) == 0 || len(segments) > 3 {
		return false
	}
	for _, seg := range segments {
		if len(seg) > sectionSegmentMax || strings.Count(seg, "-") > 2 {
			return false
		}
		for _, r := range seg {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '-' || r == '_' || r > 127) {
				return false
			}
		}
	}
	return true
}

// isHomePageURL reports a link to a site's home page: its root, not an
// anchor in the page ("#anchor_94", which isRootURL also takes).
func isHomePageURL(href string) bool {
	return isRootURL(href) && !strings.HasPrefix(strings.TrimSpace(href), "#")
}

// kickerItemsMax bounds the items of a list of kickers.
const kickerItemsMax = 3

// isKickerList reports a list of kickers, which themes print above the
// headline for the story's sections ("<ul class="td-category"><li><a
// href="/category/issues/">Issues</a></li></ul>"), or of the site's
// editions ("<li><a href="https://www.example.co.uk/">Uk</a></li><li><a
// href="https://example.com">Us</a></li>"): one to kickerItemsMax items,
// each all of it one link to a section or a home page, all short.
func isKickerList(n *html.Node, s blockStats, raw string) bool {
	if n.Data != "ul" && n.Data != "ol" || s.link != s.text || s.text > kickerMax*kickerItemsMax ||
		len(strings.Fields(raw)) > kickerWordsMax*kickerItemsMax {
		return false
	}
	items := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		link := onlyLink(c)
		if c.Data != "li" || link == nil || !isSectionURL(attr(link, "href")) && !isHomePageURL(attr(link, "href")) {
			return false
		}
		items++
	}
	return items >= 1 && items <= kickerItemsMax
}
