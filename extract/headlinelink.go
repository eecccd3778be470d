package extract

import (
	"net/url"
	"path"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/text/unicode/norm"
)

// A paragraph that is one link whose address spells its words is the
// headline of another story set into this one: "<p><b><a
// href="/liga/marathon-en-graves-problemas-para-mantener-el-11-titular-HJ78">
// Marathón, en graves problemas para mantener el 11 titular</a></b></p>".
// Sites build a story's address from its headline, so the words of the
// link and of its address's last part agree. A link to a person's page
// or to a report does not ("/reports/budget-2024.pdf", "The full budget
// report"), and a document whose file name spells its title
// ("/Joseph-A-Tainter-The-collapse-of-complex-societies.pdf") is a source,
// not a story. News sites join the words of an address with hyphens;
// wikis name a page by its title, joined with underscores, and a link to
// one in a table's cell is the table's content.

// headlineLinkWordsMin is the least number of words of a headline link,
// and headlineLinkShare the share of them that its address must spell.
const (
	headlineLinkWordsMin = 4
	headlineLinkShare    = 0.8
)

// isHeadlineLink reports whether n, whose text is all link text, holds a
// single link whose address's last path segment spells its words.
func isHeadlineLink(n *html.Node) bool {
	link := onlyLink(n)
	if link == nil {
		return false
	}
	text, ok := boundedText(link, phraseBlockMax)
	if !ok {
		return false
	}
	words := foldedWords(text)
	if len(words) < headlineLinkWordsMin || strings.Contains(text, "/") {
		// an address written out is a source cited, not a headline
		return false
	}
	u := linkedPage(link)
	if u == nil {
		return false
	}
	last := path.Base(strings.TrimSuffix(u.Path, "/"))
	if strings.Count(last, "-") < headlineLinkWordsMin-1 {
		return false // a wiki's page name ("Feast_of_the_Winter_Star") or no slug at all
	}
	spelled := sharedWords(words, foldedWords(last))
	return float64(spelled) >= headlineLinkShare*float64(len(words))
}

// isLoneLinkItem reports a list, its text all link text, of one item that
// is one link of at least headlineLinkWordsMin words to a page: "<ul><li>
// <a href="/20200310/timeline-…"><strong>The latest news about the
// coronavirus outbreak in Sweden (paywall-free)</strong></a></li></ul>"
// between two paragraphs. A story lists more than one thing; a list of one
// link to the site's own pages sets another story into it, whatever its
// address says. One link to another site ("Official site of New Zealand
// Tourism" under a wiki's "External links") is a source and stays.
func isLoneLinkItem(n *html.Node, s blockStats, host string) bool {
	if n.Data != "ul" && n.Data != "ol" || s.link != s.text || s.text == 0 {
		return false
	}
	var item *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.Data != "li" || item != nil {
			return false
		}
		item = c
	}
	if item == nil {
		return false
	}
	link := onlyLink(item)
	if link == nil {
		return false
	}
	u := linkedPage(link)
	if u == nil || u.Path == "" || !sameSite(u.Hostname(), host) {
		return false
	}
	text, ok := boundedText(link, phraseBlockMax)
	return ok && len(strings.Fields(text)) >= headlineLinkWordsMin
}

// sameSite reports whether a link's host leads to the page's own site: a
// relative link (no host), or the page's host with or without "www.".
// When the page's host is unknown only a relative link does.
func sameSite(linkHost, pageHost string) bool {
	if linkHost == "" {
		return true
	}
	return pageHost != "" && strings.EqualFold(strings.TrimPrefix(linkHost, "www."), strings.TrimPrefix(pageHost, "www."))
}

// linkedPage returns the address a link leads to when it is a web page,
// or nil: a document or a file ("….pdf") is the story's source, and an
// address that does not parse leads nowhere.
func linkedPage(link *html.Node) *url.URL {
	u, err := url.Parse(strings.TrimSpace(attr(link, "href")))
	if err != nil {
		return nil
	}
	last := path.Base(strings.TrimSuffix(u.Path, "/"))
	if ext := strings.ToLower(path.Ext(last)); ext != "" && !isPageExt(ext) {
		return nil
	}
	return u
}

// isPageExt reports an address's extension that names a web page, as
// some sites end their stories' addresses (".html", ".php"), rather than a
// document (".pdf") or a file. A headline's last word may also read as
// one after its dot ("...-version-2.5"), so a digit run counts as none.
func isPageExt(ext string) bool {
	switch ext {
	case ".html", ".htm", ".shtml", ".php", ".asp", ".aspx", ".jsp", ".cms", ".ece":
		return true
	}
	return strings.Trim(ext[1:], "0123456789") == ""
}

// foldedWords splits s into its runs of letters and digits, lower-cased
// and without accents ("Marathón, en" → "marathon", "en"), as an address
// built from s spells them.
func foldedWords(s string) []string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue // an accent, spelled without it
		case writesWord(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			b.WriteByte(' ')
		}
	}
	return strings.Fields(b.String())
}
