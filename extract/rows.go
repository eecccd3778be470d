package extract

import (
	"iter"
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// Layout rows: page builders (WPBakery's "vc_row", tagDiv's "tdc-row",
// Elementor's sections, …) set an article as a run of sibling rows of one
// class: the standfirst in one row, a picture in the next, the text in a
// third, a list of points with icons in more. The readability pass scores
// paragraphs' parents and grandparents, so it keeps the row (or the
// column) that holds the most text and, since rows hold their text deep
// inside columns and wrappers, leaves the others: their own score is none.
// The rows beside the article's row, of its class, that hold prose are put
// back, in the page's order. A row that opens another story (a top-level
// headline, an <article>) or presents one (a teaser) ends the run, and so
// do rows at its end set otherwise than the article's (an author box).
//
// Measured on ../shared/data (go run ./cmd/pith-eval before and after):
// trafilatura-eval's TP 2816 -> 2824 with FP unchanged at 184 (standfirsts
// in <h2> rows, points set beside icons, conclusions in rows of their
// own); Mozilla's scores do not move.
// Rows of another kind under the same row word between the article's rows,
// and empty rows beside its row, were added later: TP 2828 -> 2830 with FP
// unchanged at 165 (a story split by tables); Mozilla's scores do not move.

// maxRowClimb is how far above the article's paragraphs a row may be.
const maxRowClimb = 8

// minRowProse is the least text, in bytes, of a block in a row for the row
// to count as prose: a paragraph, or a heading set as a paragraph (a
// standfirst in an <h2>).
const minRowProse = 100

// rejoinLayoutRows puts back into content the prose of the layout rows
// beside the article's row in doc.
func rejoinLayoutRows(doc, content *html.Node, kept *articleParagraphs) {
	if doc == nil || content == nil || len(kept.byText) == 0 {
		return
	}
	// The nearest element holding all the article's paragraphs found in doc
	// holds its first and its last: the paragraphs between them, most of
	// the article, need not be read.
	first, last := firstKept(doc, kept), lastKeptIn(doc, kept)
	common := first
	for common != nil && !isAncestorOf(common, last) {
		common = common.Parent
	}
	row := articleRow(common)
	if row == nil {
		return
	}
	var anchor *html.Node          // the article's block the next row follows; nil before the article's row
	before := content.FirstChild   // where rows before the article's row go, in order
	end := nextRow(lastAlike(row)) // rows after the last one built like the article's are boxes beside it
	for r := firstOfRun(row); r != nil && r != end; r = nextRow(r) {
		if k := lastKept(r, kept, nil); k != nil || r == row { // a row of the article's own
			if k != nil {
				anchor = k
			}
			continue
		}
		if opensStory(r) || isTeaser(r) {
			if anchor != nil {
				return
			}
			continue
		}
		blocks := rowProse(r)
		if len(blocks) == 0 {
			continue
		}
		for _, b := range blocks {
			clone := cloneTree(b)
			if anchor == nil {
				content.InsertBefore(clone, before)
				continue
			}
			anchor.Parent.InsertBefore(clone, anchor.NextSibling)
			anchor = clone
		}
	}
}

// articleRow returns the nearest ancestor of n (or n) that is one of a run
// of sibling elements of one class, or nil.
func articleRow(n *html.Node) *html.Node {
	for i := 0; n != nil && i <= maxRowClimb; i, n = i+1, n.Parent {
		if n.Type != html.ElementNode || n.Data == "body" || n.Data == "html" {
			return nil
		}
		if rowClass(n) != "" && (isFilledRow(sameClassSibling(n, true)) || isFilledRow(sameClassSibling(n, false))) {
			return n
		}
	}
	return nil
}

// isFilledRow reports whether row is a row that holds something, text or
// a picture: a run whose other rows are empty (a spacer, a heading row
// left blank) sets nothing beside the article.
func isFilledRow(row *html.Node) bool {
	if row == nil {
		return false
	}
	if firstTextNode(row) != nil {
		return true
	}
	for d := range row.Descendants() {
		if d.Type == html.ElementNode && (d.Data == "img" || d.Data == "picture" || d.Data == "video" || d.Data == "iframe") {
			return true
		}
	}
	return false
}

// rowClass is the class a layout row is known by; "" for an element with
// none, or a tag that is no row.
func rowClass(n *html.Node) string {
	if n.Data != "div" && n.Data != "section" {
		return ""
	}
	return strings.TrimSpace(attr(n, "class"))
}

// sameClassSibling returns the element next to n (before it, or after it)
// when it has n's class, skipping elements without text between rows
// (spacers, emptied ad slots) and rows of another kind under the same row
// word (a table's row between the text's rows); else nil.
func sameClassSibling(n *html.Node, before bool) *html.Node {
	step := nextSibling
	if before {
		step = prevSibling
	}
	class := rowClass(n)
	for s := step(n); s != nil; s = step(s) {
		if s.Type != html.ElementNode {
			continue
		}
		sc := rowClass(s)
		if sc == class {
			return s
		}
		if firstTextNode(s) != nil && !sameRowKind(sc, class) {
			return nil
		}
	}
	return nil
}

// lastAlike returns the last row of row's run, from row on, whose content
// is set like row's: its first element of the same tag and class, the
// class's generated names aside (see layoutClass). The rows after it, set
// otherwise, are boxes at the article's end (an author box, a book's
// promotion), not more of it.
func lastAlike(row *html.Node) *html.Node {
	last := row
	first := firstElement(row)
	if first == nil {
		return last
	}
	class := layoutClass(first) // read once for the whole run
	for r := nextRow(row); r != nil; r = nextRow(r) {
		if f := firstElement(r); f != nil && f.Data == first.Data && layoutClass(f) == class {
			last = r
		}
	}
	return last
}

// layoutClass returns n's class without the names that hold a digit: a
// page builder names each element apart ("vc_row tdi_27_611 wpb_row",
// "elementor-element elementor-element-3f2a1c"), and only the names they
// share say how a row is set.
func layoutClass(n *html.Node) string {
	var kept []string
	for _, name := range strings.Fields(attr(n, "class")) {
		if !strings.ContainsAny(name, "0123456789") {
			kept = append(kept, name)
		}
	}
	return strings.Join(kept, " ")
}

// firstElement returns n's first element child, or nil.
func firstElement(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

// firstOfRun returns the first row of row's run.
func firstOfRun(row *html.Node) *html.Node {
	for s := sameClassSibling(row, true); s != nil; s = sameClassSibling(row, true) {
		row = s
	}
	return row
}

// nextRow returns the row after r in its run, or nil.
func nextRow(r *html.Node) *html.Node { return sameClassSibling(r, false) }

// isKept reports whether p is one of the article's paragraphs.
func isKept(p *html.Node, kept *articleParagraphs) bool { return keptCopy(p, kept) != nil }

// keptCopy returns the article's copy of p when p is one of its
// paragraphs, of some length (short ones, "Advertisement", are on every
// page); else nil.
func keptCopy(p *html.Node, kept *articleParagraphs) *html.Node {
	if h, k := kept.lookup(p); h.size >= minLeadText {
		return k
	}
	return nil
}

// lastKept returns the article's copy of r's last paragraph that the
// article holds, or prev when r holds none.
func lastKept(r *html.Node, kept *articleParagraphs, prev *html.Node) *html.Node {
	for p := range elementsNamed(r, "p") {
		if k := keptCopy(p, kept); k != nil {
			prev = k
		}
	}
	return prev
}

// opensStory reports a row that starts another story, or holds a page's
// own parts rather than the article's: a top-level headline, an
// <article>, a form.
func opensStory(r *html.Node) bool {
	for d := range r.Descendants() {
		if d.Type == html.ElementNode && (d.Data == "h1" || d.Data == "article" || d.Data == "form") {
			return true
		}
	}
	return false
}

// isTeaser reports a row that presents another page: a heading that is a
// link, or two links to one address (the picture and the headline, the
// headline and "read more").
func isTeaser(r *html.Node) bool {
	hrefs := map[string]bool{}
	for d := range r.Descendants() {
		if d.Type != html.ElementNode {
			continue
		}
		if isHeading(d.Data) {
			if s := cleanupStatsOf(d); s.text > 0 && 2*s.link > s.text {
				return true
			}
		}
		if d.Data == "a" {
			href := strings.TrimSpace(attr(d, "href"))
			if href == "" || strings.HasPrefix(href, "#") {
				continue
			}
			if hrefs[href] {
				return true
			}
			hrefs[href] = true
		}
	}
	return false
}

// rowProse returns r's blocks of text, in order, when one of them is
// prose (a paragraph or a heading of minRowProse bytes or more, with few
// links); else nil. Headings come with them: they title the prose.
func rowProse(r *html.Node) []*html.Node {
	var blocks []*html.Node
	prose := false
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch {
			case c.Data == "ul" || c.Data == "ol":
				if isProseList(c) {
					blocks = append(blocks, c)
				}
			case c.Data == "p" || isHeading(c.Data) || c.Data == "blockquote":
				blocks = append(blocks, c)
				if c.Data == "p" || isHeading(c.Data) {
					s := cleanupStatsOf(c)
					prose = prose || s.text >= minRowProse && float64(s.link) <= denseLinkShare*float64(s.text)
				}
			default:
				walk(c)
			}
		}
	}
	walk(r)
	if !prose {
		return nil
	}
	return blocks
}

// firstKept returns the first <p> of doc, in the page's order, that is one
// of the article's paragraphs, or nil.
func firstKept(doc *html.Node, kept *articleParagraphs) *html.Node {
	for d := range elementsNamed(doc, "p") {
		if isKept(d, kept) {
			return d
		}
	}
	return nil
}

// lastKeptIn returns the last <p> of doc, in the page's order, that is one
// of the article's paragraphs, or nil. It walks the page backwards.
func lastKeptIn(doc *html.Node, kept *articleParagraphs) *html.Node {
	n := doc
	for n.LastChild != nil {
		n = n.LastChild
	}
	for ; n != nil && n != doc; n = previousInOrder(n) {
		if n.Type != html.ElementNode || n.Data != "p" {
			continue
		}
		if isKept(n, kept) {
			return n
		}
	}
	return nil
}

// previousInOrder returns the node just before n in the page's order: the
// last descendant of its previous sibling, else its parent.
func previousInOrder(n *html.Node) *html.Node {
	if n.PrevSibling == nil {
		return n.Parent
	}
	n = n.PrevSibling
	for n.LastChild != nil {
		n = n.LastChild
	}
	return n
}

// elementsNamed yields the elements under n with tag name tag.
func elementsNamed(n *html.Node, tag string) iter.Seq[*html.Node] {
	return func(yield func(*html.Node) bool) {
		for d := range n.Descendants() {
			if d.Type == html.ElementNode && d.Data == tag && !yield(d) {
				return
			}
		}
	}
}

// minListItemText is the least mean text, in bytes, of a list's items for
// a row's list to be the article's points rather than a line of controls
// ("1. Dezember 2021 · › Versenden · › Drucken").
const minListItemText = 30

// isProseList reports a list whose items are sentences, not links or
// controls.
func isProseList(list *html.Node) bool {
	items := 0
	for c := list.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data == "li" {
			items++
		}
	}
	s := cleanupStatsOf(list)
	return items > 0 && s.text >= minListItemText*items && float64(s.link) <= denseLinkShare*float64(s.text)
}

// sameRowKind reports whether two different row classes name the same
// kind of row by their first class word, the page builder's word for a
// row ("container-fluid headline-with-text", "container-fluid near-table").
func sameRowKind(a, b string) bool {
	wa, oka := rowWord(a)
	wb, okb := rowWord(b)
	return oka && okb && wa == wb
}

// rowWord returns the first word of a row's class (trimmed, as rowClass
// gives it), and whether more words follow it.
func rowWord(class string) (string, bool) {
	i := strings.IndexFunc(class, unicode.IsSpace)
	if i < 0 {
		return class, false
	}
	return class[:i], true
}
