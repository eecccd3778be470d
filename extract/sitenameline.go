package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// A site's name alone on the article's last line is its credit, not the
// story's: "Stuff" under a story Stuff ran from its wire, "Tarnkappe.info",
// "RENT A SALESMAN®". The name must be the one the page declares (its
// og:site_name or publisher) or its host's, written whole.

// siteNameLineMin is the shortest name, in bytes squashed (see squash),
// read as the site's credit: shorter ones are words. siteNameLineMax is
// the longest line, in bytes of text, read at all.
const (
	siteNameLineMin = 3
	siteNameLineMax = 60
)

// dropSiteNameLine removes the block that holds the last text of content
// when that text is the site's name.
func dropSiteNameLine(content *html.Node, site siteName, log *explainLog) {
	if content == nil {
		return
	}
	last := lastTextBlock(content)
	if last == content || textLen(last) > siteNameLineMax {
		return // the article's own loose text, or a sentence
	}
	if !isSiteNameLine(textContent(last), site) {
		return
	}
	log.add("cleanup", KindCredits, "the site's name on the last line", last)
	last.Parent.RemoveChild(last)
}

// isSiteNameLine reports whether text, a line's text, is the site's
// declared name or its host's name, whole.
func isSiteNameLine(text string, site siteName) bool {
	line := squash(text)
	if len(line) < siteNameLineMin {
		return false
	}
	if site.name != "" && line == squash(site.name) {
		return true
	}
	host := strings.ToLower(strings.TrimPrefix(site.host, "www."))
	return host != "" && (line == squash(host) || line == squash(strings.Split(host, ".")[0]))
}
