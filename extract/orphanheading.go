package extract

import "golang.org/x/net/html"

// A block of teasers, links or tags often comes with its own heading in
// one wrapper (<section><h3>Beliebte Themen</h3><div class="tags">…</div>
// </section>, <div class="teaser-text"><h3>Verpackungsmüll und
// Klimakrise</h3><div class="teaser-content">…</div></div>). The prune
// takes the block by its class and leaves the heading alone in the
// wrapper, a label over nothing, wherever it stands in the article
// (trailingheading.go catches the one left last after the readability
// pass). After the prune, a wrapper that lost such a block and whose only
// text is a label heading loses the heading too.

// orphaningKinds are the kinds of block whose heading goes with them.
// Ads are not among them: a section heading may share a wrapper with an
// ad slot while the section's paragraphs follow outside it.
var orphaningKinds = kindSet{KindRelated: true, KindNewsfeed: true, KindSubscribe: true, KindShare: true,
	KindSidebar: true, KindComments: true, KindTags: true}

// orphan is a wrapper that lost a block, with the block's kind.
type orphan struct {
	wrapper *html.Node
	kind    Kind
}

// noteOrphaning records wrapper, which lost a block of kind, for
// dropOrphanedHeadings. A block inside a heading (an icon of class
// "fa-comments", a word of the heading styled "morestoriesbold") leaves
// no heading over nothing: its wrapper is not recorded.
func (p *pruner) noteOrphaning(wrapper *html.Node, kind Kind) {
	if !orphaningKinds[kind] || len(p.orphaned) > 0 && p.orphaned[len(p.orphaned)-1].wrapper == wrapper {
		return
	}
	for a := wrapper; a != nil; a = a.Parent {
		if a.Type == html.ElementNode && isHeading(a.Data) {
			return
		}
	}
	p.orphaned = append(p.orphaned, orphan{wrapper, kind})
}

// dropOrphanedHeadings removes, from each wrapper in orphans that still
// hangs from root, a label heading (not an <h1>) that is all the text
// left in it, as boilerplate of the kind of the block it titled. The
// wrapper's text is read only up to a label's length.
func dropOrphanedHeadings(root *html.Node, orphans []orphan, log *explainLog) {
	for _, o := range orphans {
		wrapper := o.wrapper
		if !isAncestorOf(root, wrapper) { // the prune took a block that held it
			continue
		}
		first := firstTextNode(wrapper)
		if first == nil {
			continue
		}
		heading := enclosingHeading(first, wrapper)
		if heading == nil || heading.Data == "h1" {
			continue
		}
		label, isLabel := labelOf(heading)
		if left, short := boundedText(wrapper, maxLabelHeading); !isLabel || !short || left != label {
			continue
		}
		log.add("prune", o.kind, "heading left alone by a removed block", heading)
		heading.Parent.RemoveChild(heading)
	}
}
