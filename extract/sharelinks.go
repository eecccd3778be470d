package extract

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
)

// A share link goes to a network's share endpoint with the page's address
// ("https://twitter.com/share?url=…", "https://www.facebook.com/sharer/
// sharer.php?u=…", "mailto:?subject=…"): whatever its text says
// ("twittern", "Teilen", an icon's name), a block that is nothing but such
// links is a share bar.

// shareLinkMax bounds the text, in bytes, of a block of share links.
const shareLinkMax = 100

// shareEndpoints are the hosts, without "www.", and path prefixes of the
// networks' share endpoints, lower-cased.
var shareEndpoints = []struct{ host, path string }{
	{"twitter.com", "/share"}, {"twitter.com", "/intent/tweet"}, {"x.com", "/intent/tweet"}, {"x.com", "/share"},
	{"facebook.com", "/sharer"}, {"facebook.com", "/share.php"}, {"facebook.com", "/dialog/share"},
	{"facebook.com", "/dialog/feed"}, {"linkedin.com", "/sharearticle"}, {"linkedin.com", "/sharing/share"},
	{"linkedin.com", "/cws/share"}, {"pinterest.com", "/pin/create"}, {"reddit.com", "/submit"},
	{"api.whatsapp.com", "/send"}, {"t.me", "/share"}, {"telegram.me", "/share"},
	{"xing.com", "/spi/shares"}, {"xing.com", "/social/share"}, {"tumblr.com", "/share"},
	{"tumblr.com", "/widgets/share"}, {"vk.com", "/share.php"}, {"getpocket.com", "/save"},
	{"getpocket.com", "/edit"}, {"share.flipboard.com", "/bookmarklet"}, {"news.ycombinator.com", "/submitlink"},
}

// isShareURL reports an address that shares the page: a network's share
// endpoint, WhatsApp's send scheme, or a mail with no recipient.
func isShareURL(href string) bool {
	href = strings.TrimSpace(href)
	lower := strings.ToLower(href)
	if strings.HasPrefix(lower, "mailto:?") || strings.HasPrefix(lower, "whatsapp://send") {
		return true
	}
	u, err := url.Parse(href)
	if err != nil || u.Host == "" {
		return false
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	path := strings.ToLower(u.Path)
	if host == "wa.me" {
		return path == "" || path == "/" // "wa.me/?text=…" shares; "wa.me/4930…" is a number to write to
	}
	for _, e := range shareEndpoints {
		if host == e.host && strings.HasPrefix(path, e.path) {
			return true
		}
	}
	return false
}

// isShareLinks reports whether n, holding s, is nothing but links, each to
// a share endpoint.
func isShareLinks(n *html.Node, s blockStats) bool {
	if s.link != s.text || s.text > shareLinkMax {
		return false
	}
	links := 0
	for d := range n.Descendants() {
		if d.Type != html.ElementNode || d.Data != "a" {
			continue
		}
		if !isShareURL(attr(d, "href")) {
			return false
		}
		links++
	}
	return links > 0
}
