package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// A page hidden whole: some sites ship the page inside a wrapper styled
// "display: none" that their scripts show once the layout is ready (against
// a flash of unstyled content), and a page saved with a dialog open carries
// aria-hidden="true" on everything behind it. A reader sees that wrapper;
// removing it as hidden content would remove the article with it.

// hidesPage reports an element hidden by its attributes (see hiddenRule)
// that holds most of the page's text and the article's markup (its <h1>,
// an <article>): the page itself, hidden until its scripts show it, not
// hidden content. A hidden mega-menu can hold most of the text of a page
// whose article is behind a paywall, but not its headline.
func (p *pruner) hidesPage(n *html.Node) bool {
	return hiddenRule(n) != "" && p.isMostOfPage(n) && holdsArticleMarkup(n)
}

// reveal takes off n what hides it: the hidden attribute, aria-hidden, and
// a style that hides it, so that the readability pass, which also skips
// hidden elements, reads it as the browser shows it once its scripts ran.
func reveal(n *html.Node) {
	kept := n.Attr[:0]
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "hidden", "aria-hidden":
			continue
		case "style":
			if stylesHidden(a.Val) {
				continue
			}
		}
		kept = append(kept, a)
	}
	n.Attr = kept
}
