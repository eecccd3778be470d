package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// leadingTextMax is the text, in bytes, that may stand in the article
// before its headline (a kicker, a category label, a long caption of the
// photo a template sets above the headline) for that headline still to
// count as the article's first heading.
const leadingTextMax = 400

// dropTitleHeading removes the heading that opens the article when its text
// is the article's title and the page's declared titles (folded, as
// foldedTitles gives them) hold it: the title is reported on its own
// (Article.Title, the text output's first line), so the body would
// otherwise say it twice. Only an h1 or h2 near the top is taken, or a
// block that holds the title alone (isHeadlineBlock); a heading
// further down that happens to repeat the title (a section named as the
// page) stays. A headline that words the story otherwise than the <title>
// and og:title do stays too: the page shows both wordings.
func dropTitleHeading(content *html.Node, title string, declared []string) {
	want := foldTitle(title)
	if content == nil || want == "" {
		return
	}
	before := 0
	var found *html.Node
	var walk func(n *html.Node) bool // false: stop walking
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				before += len(strings.TrimSpace(c.Data))
			case html.ElementNode:
				if isScriptLike(c.Data) {
					continue
				}
				if isTitleLevel(c.Data) {
					// Soft hyphens a hyphenation plugin set in the heading are not in the title.
					if text := withoutInvisible(textContent(c)); foldTitle(text) == want && declaresTitle(declared, want) {
						found = c
					}
					return false // the first heading decides
				}
				if isHeadlineBlock(c, want) {
					found = c
					return false
				}
				if !walk(c) {
					return false
				}
			}
			if before > leadingTextMax {
				return false
			}
		}
		return true
	}
	walk(content)
	if found != nil && textLen(content) > textLen(found) { // a headline alone is still the article
		removeNode(found)
	}
}

// declaresTitle reports whether one of the declared titles (folded)
// holds the title want (folded) anywhere, its last part after a separator
// too: "Zoll online - Fachmeldungen - Verkündung des …" declares the
// headline "Verkündung des …". (textIn, which the title's choice uses,
// leaves such a last part out as the site's name; here the title is
// already chosen, and the heading only has to be it.)
func declaresTitle(declared []string, want string) bool {
	for _, t := range declared {
		if t != "" && strings.Contains(t, want) {
			return true
		}
	}
	return false
}

// isTitleLevel reports the heading levels a page sets its headline in. An
// h3 is a post's title in a list of posts (a blog's page, a Tumblr) more
// often than the page's headline.
func isTitleLevel(tag string) bool {
	return tag == "h1" || tag == "h2"
}

// isHeadlineBlock reports a block that is no heading element but holds the
// headline alone (<div class="headline">), its text the title (want,
// folded): a template that sets its headline so prints it in the body as
// well.
func isHeadlineBlock(n *html.Node, want string) bool {
	if n.Data != "div" && n.Data != "p" {
		return false
	}
	limit := 2*len(want) + 16
	if textLenOver(n, limit) || !textLenOver(n, 0) {
		// Read only a block as short as a title: most are not, and a
		// container of the whole article is not walked whole.
		return false
	}
	text, ok := boundedText(n, limit)
	return ok && foldTitle(text) == want
}
