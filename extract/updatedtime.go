package extract

import "golang.org/x/net/html"

// WordPress themes built on underscores print a post's date as two <time>
// elements side by side, "entry-date published" and "updated", and hide
// the second with a style sheet rule (.updated:not(.published) { display:
// none }) that pith does not read. Shown, the two run together: "3. April
// 20223. April 2022". The updated time beside a published one is hidden
// text; the page's metadata, read before, keeps both dates.

// isHiddenUpdatedTime reports whether n is a <time> of class "updated",
// not "published", with a <time> of class "published" as its nearest
// sibling on either side.
func isHiddenUpdatedTime(n *html.Node) bool {
	if n.Data != "time" || !hasClass(n, "updated") || hasClass(n, "published") {
		return false
	}
	for _, step := range []func(*html.Node) *html.Node{prevSibling, nextSibling} {
		if s := nearestSibling(n, step); s != nil && s.Type == html.ElementNode && s.Data == "time" && hasClass(s, "published") {
			return true
		}
	}
	return false
}
