package extract

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// minNavigationItems is the least number of items of a list of links for
// the list, alone in what the pass chose, to be a menu.
const minNavigationItems = 5

// isNavigationOnly reports an article that is nothing but a list of links
// (a site's menu of sections, which the readability pass keeps when the
// page's story is loaded by its scripts): every text of it is in items of a
// list, each item the text of a link, and there are minNavigationItems or
// more.
func isNavigationOnly(n *html.Node) bool {
	if n == nil {
		return false
	}
	items := 0
	for d := range n.Descendants() {
		switch {
		case d.Type == html.ElementNode && d.Data == "li":
			s := cleanupStatsOf(d)
			if s.text == 0 {
				continue
			}
			if s.link < s.text {
				return false
			}
			items++
		case d.Type == html.TextNode && strings.TrimSpace(d.Data) != "" && !hasAncestor(d, "li"):
			return false
		}
	}
	return items >= minNavigationItems
}

// scriptLiterals are values a page's scripts print where the story will
// go, lower-cased: a flag in a placeholder (Forbes' <span
// class="dynamic-css">false</span>) left as the page's only text.
var scriptLiterals = []string{"false", "true", "null", "undefined", "nan", "[object object]"}

// isScriptShell reports whether text, the article's, is what a page whose
// scripts load the story leaves: no word at all (a spinner's dots), or
// one of scriptLiterals alone.
func isScriptShell(text string) bool {
	text = strings.TrimSpace(text)
	return !strings.ContainsFunc(text, writesWord) ||
		slices.ContainsFunc(scriptLiterals, func(l string) bool { return strings.EqualFold(text, l) })
}
