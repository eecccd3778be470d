package extract

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
)

// A breadcrumb the class rules did not name ("Home / Fußball / Rhön:
// Wenn man in der Heimat verliert", "Home » Ente Parco » Comunicazione")
// opens with a link home, to the site's root, then the sections down to
// the page, each a link, and at most the page's own name unlinked.

// breadcrumbMax bounds the text, in bytes, of a line read as a breadcrumb.
const breadcrumbMax = 300

// homeWords are the texts a breadcrumb's first link, to the site's root,
// reads, lower-cased.
var homeWords = map[string]bool{"home": true, "homepage": true, "home page": true, "startseite": true,
	"start": true, "inicio": true, "início": true, "accueil": true, "inizio": true, "strona główna": true,
	"главная": true, "начало": true, "portada": true, "forside": true, "hjem": true, "startsida": true,
	"etusivu": true, "domů": true, "úvod": true, "ホーム": true, "首页": true, "首頁": true}

// isBreadcrumbLine reports whether n, holding s and standing as a line, is
// a breadcrumb: its first text is a link whose text is one of homeWords
// and whose address is a site's root, and links with only separators
// between them follow it (see crumbsBetween).
func isBreadcrumbLine(n *html.Node, s blockStats) bool {
	if s.text > breadcrumbMax || s.link == 0 || !standsAsLine(n) {
		return false
	}
	first := firstTextNode(n)
	if first == nil {
		return false
	}
	home := enclosingLink(first, n)
	if home == nil || !isRootURL(attr(home, "href")) {
		return false
	}
	if text, _ := boundedText(home, breadcrumbMax); !homeWords[strings.ToLower(text)] {
		return false
	}
	return crumbsBetween(n)
}

// crumbGlue holds the characters a breadcrumb sets between its links.
const crumbGlue = " \t\r\n\u00a0/|»›>·•-–:"

// crumbsBetween reports whether n's text is two or more links with only
// separators between them, and after the last at most the page's own
// name: a sentence that opens with a link home has words between its
// links.
func crumbsBetween(n *html.Node) bool {
	run, _ := readLinkRun(n, crumbGlue, nil)
	return run.links >= 2 && run.glued
}

// enclosingLink returns the <a> around n, below top, or nil.
func enclosingLink(n, top *html.Node) *html.Node {
	for p := n.Parent; p != nil && p != top; p = p.Parent {
		if p.Type == html.ElementNode && p.Data == "a" {
			return p
		}
	}
	return nil
}

// isRootURL reports an address of a site's home page: no path beyond "/"
// or an index file, no query.
func isRootURL(href string) bool {
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil || u.RawQuery != "" || href == "" {
		return false
	}
	switch strings.TrimPrefix(strings.ToLower(u.Path), "/") {
	case "", "index.php", "index.html", "index.htm":
		return true
	}
	return false
}
