package extract

import (
	"strconv"

	"golang.org/x/net/html"
)

// The readability pass walks the whole tree about twenty times. Once the
// tree outgrows the CPU caches each walk costs more per node, so on a page
// of megabytes the pass grows faster than the page. Handing the pass a
// bounded part of a large page bounds its cost: to know which element
// holds the article the pass needs to see the article's first paragraphs,
// not every one of them. What it did not see is put back afterwards, where
// it came from, and goes through pith's own clean-up like the rest.

// passWindow is the most elements of a page the readability pass sees.
// Real pages stay under it after pruning (of the 1,120 pages of
// ../shared/data the 99th percentile has 2,090 elements, the largest
// 9,881), so for them nothing changes. Measured with smaller windows, the
// scheme holds up: at 1,000, which a quarter of those pages exceed,
// trafilatura-eval's F moves from 0.936 to 0.935.
const passWindow = 10_000

// runMarker is the attribute that names, on a parent, the run hidden from
// it. The readability pass works on a copy of the page, so a hidden run
// finds its parent again in the pass's result by this mark.
const runMarker = "data-pith-run"

// hiddenRun is the children taken from parent, in order, so that the
// readability pass does not see them; they all go back after its last
// child.
type hiddenRun struct {
	parent *html.Node
	nodes  []*html.Node
}

// childCaps are the numbers of element children each element may show the
// pass, tried from the largest until the page fits the window. Showing the
// first children of every element, rather than the start of the page,
// keeps every part of the page in view: a site menu of thousands of links
// cannot push the article out of it.
var childCaps = [...]int{256, 64, 16, 4}

// hider collects what is hidden from the readability pass, one run per
// parent.
type hider struct {
	runs  []hiddenRun
	index map[*html.Node]int
}

// hideBulk detaches from doc what the readability pass need not see when
// doc has more than window elements: each element's children past a cap
// (the largest of childCaps that brings the page within window), and, if
// even the smallest cap leaves too many, everything after the first window
// elements. Each parent that lost children is marked with runMarker. The
// walks stop at window elements, except the one that cuts, so the cost is
// linear in the page and the pass's share of it bounded.
func hideBulk(doc *html.Node, window int) []hiddenRun {
	if nthElement(doc, window+1, 0) == nil {
		return nil
	}
	h := &hider{index: map[*html.Node]int{}}
	capped := childCaps[len(childCaps)-1]
	for _, c := range childCaps {
		if nthElement(doc, window+1, c) == nil {
			capped = c
			break
		}
	}
	h.capChildren(doc, capped)
	if cut := nthElement(doc, window+1, 0); cut != nil {
		h.cutAfter(cut)
	}
	for i, r := range h.runs {
		r.parent.Attr = append(r.parent.Attr, html.Attribute{Key: runMarker, Val: strconv.Itoa(i)})
	}
	return h.runs
}

// capChildren detaches, under n, the children of each element past its
// first limit element children.
func (h *hider) capChildren(n *html.Node, limit int) {
	seen := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if seen++; seen > limit {
			h.take(c, false)
			return
		}
		h.capChildren(c, limit)
	}
}

// cutAfter detaches cut, everything after it among its siblings, and the
// later siblings of each of its ancestors.
func (h *hider) cutAfter(cut *html.Node) {
	for first := cut; first != nil && first.Parent != nil; {
		parent := first.Parent
		h.take(first, true)
		first = parent.NextSibling
		for first == nil && parent.Parent != nil { // climb to an ancestor with later siblings
			parent = parent.Parent
			first = parent.NextSibling
		}
	}
}

// take detaches first and its later siblings into their parent's run;
// before says they come before what the run already holds.
func (h *hider) take(first *html.Node, before bool) {
	parent := first.Parent
	if parent.Type != html.ElementNode {
		return // the document node: nothing follows <html> that matters
	}
	var run []*html.Node
	for n := first; n != nil; {
		next := n.NextSibling
		parent.RemoveChild(n)
		run = append(run, n)
		n = next
	}
	i, ok := h.index[parent]
	if !ok {
		i = len(h.runs)
		h.index[parent] = i
		h.runs = append(h.runs, hiddenRun{parent: parent})
	}
	if before {
		run = append(run, h.runs[i].nodes...)
	} else {
		run = append(h.runs[i].nodes, run...)
	}
	h.runs[i].nodes = run
}

// restoreHidden puts each hidden run back after its parent's last child:
// after the last child of the element of article that carries the
// parent's mark, when the pass kept a copy of the parent in the article,
// and otherwise of the parent in the page, where the fallbacks can still
// find it. The marks are removed from both trees.
func restoreHidden(article *html.Node, runs []hiddenRun) {
	if len(runs) == 0 {
		return
	}
	copies := make([]*html.Node, len(runs))
	if article != nil {
		for d := range article.Descendants() {
			if i, ok := takeRunMark(d); ok && i < len(copies) && copies[i] == nil {
				copies[i] = d
			}
		}
		if i, ok := takeRunMark(article); ok && i < len(copies) {
			copies[i] = article
		}
	}
	for i, r := range runs {
		takeRunMark(r.parent)
		to := r.parent
		if copies[i] != nil {
			to = copies[i]
		}
		for _, n := range r.nodes {
			to.AppendChild(n)
		}
	}
}

// takeRunMark removes runMarker from n and returns the run it named.
func takeRunMark(n *html.Node) (int, bool) {
	if n.Type != html.ElementNode {
		return 0, false
	}
	for i, a := range n.Attr {
		if a.Key == runMarker && a.Namespace == "" {
			n.Attr = append(n.Attr[:i], n.Attr[i+1:]...)
			k, err := strconv.Atoi(a.Val)
			return k, err == nil
		}
	}
	return 0, false
}

// nthElement returns the n-th element of the tree under root in document
// order, counting only the first childCap element children of each
// element (all when childCap is 0), or nil when there are fewer.
func nthElement(root *html.Node, n, childCap int) *html.Node {
	count := 0
	var walk func(*html.Node) *html.Node
	walk = func(p *html.Node) *html.Node {
		seen := 0
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if seen++; childCap > 0 && seen > childCap {
				break
			}
			if count++; count == n {
				return c
			}
			if found := walk(c); found != nil {
				return found
			}
		}
		return nil
	}
	return walk(root)
}
