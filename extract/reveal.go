package extract

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// Hidden, but the article's: some sites ship the page inside a wrapper
// styled "display: none" that their scripts show once the layout is ready
// (against a flash of unstyled content), and a page saved with a dialog
// open carries aria-hidden="true" on everything behind it; a story's rest
// waits behind a "Read more" button or in a closed tab. A reader sees
// them once the scripts ran or the button was pressed; removing them as
// hidden content would remove the article's text with them.

// hidesPage reports whether n, an element hidden by its attributes (see
// hiddenRule), holds most of the page's text and the article's markup
// (its <h1>, an <article>): the page itself, hidden until its scripts
// show it, not hidden content. A hidden mega-menu can hold most of the
// text of a page whose article is behind a paywall, but not its headline.
func (p *pruner) hidesPage(n *html.Node) bool {
	return p.isMostOfPage(n) && holdsArticleMarkup(n)
}

// hidesRestOfStory reports whether n, a hidden element, is prose set
// beside prose: the rest of a story that a "Read more" button or a
// paywall script shows. A hidden card inside a link, a glossary's store
// of tooltips with no prose beside it, and a hidden copy of text the page
// shows (a print version, a subscriber's copy of the whole story) are
// not.
func (p *pruner) hidesRestOfStory(n *html.Node) bool {
	if !isProseRich(n) || hasAncestor(n, "a") || !besideProse(n) {
		return false
	}
	return p.printedOnce(n)
}

// printedOnce reports whether the start of n's text stands once in the
// page's (copyProbeLen bytes of it): n is no copy of text the page shows.
// Each call reads the whole page's text, so a page gets maxCopyChecks.
func (p *pruner) printedOnce(n *html.Node) bool {
	if p.copyChecks >= maxCopyChecks {
		return false
	}
	p.copyChecks++
	probe, _ := boundedText(n, copyProbeLen)
	return len(probe) >= copyProbeLen && strings.Count(p.shownText(), probe) == 1
}

// hidesSlideOfStory reports whether n, a hidden element that is no rest of
// the story by hidesRestOfStory's measure (too little prose of its own), is
// one of a set of slides that together make the story: a listicle that
// shows one item at a time ("<div class="gallery--paragraph-section hidden"
// style="display: none;">" thirty times). A sibling element next to it
// with the same tag and class is the rest of the story, and n holds prose
// that the page does not print elsewhere.
func (p *pruner) hidesSlideOfStory(n *html.Node) bool {
	class := attr(n, "class")
	if class == "" || p.copyChecks >= maxCopyChecks || !hasProseTwin(n, class) || hasAncestor(n, "a") ||
		!isPlainProseOf(n, proseParagraphMin) {
		return false
	}
	return p.printedOnce(n)
}

// hasProseTwin reports whether n's nearest element sibling before or after
// it has n's tag and class (hiding classes aside: the shown slide has none,
// and a revealed one has lost them) and is prose-rich. The attributes are
// compared first: most hidden elements have no such sibling, and prose is
// read only then.
func hasProseTwin(n *html.Node, class string) bool {
	for _, step := range []func(*html.Node) *html.Node{prevSibling, nextSibling} {
		s := nearestSibling(n, step)
		if s != nil && s.Type == html.ElementNode && s.Data == n.Data && sameSlideClass(attr(s, "class"), class) && isProseRich(s) {
			return true
		}
	}
	return false
}

// sameSlideClass reports whether two class values are the same but for
// hiding classes. It allocates only when they differ and one may hide.
func sameSlideClass(a, b string) bool {
	if a == b {
		return true
	}
	if !mayHide(a) && !mayHide(b) {
		return false
	}
	return withoutHidingClasses(a) == withoutHidingClasses(b)
}

// mayHide reports a class value that may hold one of hidingClasses.
func mayHide(class string) bool {
	return strings.Contains(class, "hid") || strings.Contains(class, "none") || strings.Contains(class, "invisible")
}

// maxCopyChecks bounds the hidden elements of a page whose text is looked
// for in the page's: each look reads all of it, and a page of thousands
// of hidden blocks of prose would make that quadratic. The most the
// shared and look-only sets ask for is 21, on one page.
const maxCopyChecks = 32

// copyProbeLen is how much of a hidden element's text, in bytes, is
// looked for elsewhere in the page to tell a copy.
const copyProbeLen = 80

// besideProse reports whether n's nearest sibling before or after it is
// an element of prose.
func besideProse(n *html.Node) bool {
	for _, step := range []func(*html.Node) *html.Node{prevSibling, nextSibling} {
		if s := nearestSibling(n, step); s != nil && s.Type == html.ElementNode && isPlainProseOf(s, proseParagraphMin) {
			return true
		}
	}
	return false
}

// shownText returns the text of the page being pruned, read once, when a
// hidden element is first compared with it.
func (p *pruner) shownText() string {
	if p.shown == "" && p.root != nil {
		p.shown = textContent(p.root)
	}
	return p.shown
}

// reveal takes off n what hides it: the hidden attribute, aria-hidden, a
// style that hides it and the class names that say so ("hidden", which the
// pass also counts against a block as it does "sidebar"), so that the
// readability pass reads it as the browser shows it once its scripts ran.
func reveal(n *html.Node) {
	kept := n.Attr[:0]
	for _, a := range n.Attr {
		switch a.Key { // the parser lower-cases attribute names
		case "hidden", "aria-hidden":
			continue
		case "style":
			if stylesHidden(a.Val) {
				continue
			}
		case "class":
			a.Val = withoutHidingClasses(a.Val)
		}
		kept = append(kept, a)
	}
	n.Attr = kept
}

// hidingClasses are class names that hide an element until a script takes
// them off.
var hidingClasses = []string{"hidden", "is-hidden", "hide", "d-none", "invisible"}

// withoutHidingClasses returns the class value without hidingClasses.
func withoutHidingClasses(class string) string {
	names := strings.Fields(class)
	shown := slices.DeleteFunc(names, func(name string) bool { return slices.Contains(hidingClasses, strings.ToLower(name)) })
	return strings.Join(shown, " ")
}
