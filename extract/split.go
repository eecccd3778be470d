package extract

import (
	"hash/maphash"
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Split stories: some sites cut an article into several containers with
// advertising rows between them ("story-text" sections), and the
// readability pass keeps the largest. The paragraphs it left out are
// written like the ones it kept: the same class, in containers of the
// same tag and class. Those that come before the article's last paragraph
// on the page, and are prose rather than a link, are put back in the page's
// order. The pass strips classes from what it keeps, so paragraphs are
// matched by their text (hashed, to allocate nothing per paragraph).

// minSplitParagraphs is how many of the article's paragraphs must share a
// class and container before those mark the article's paragraphs.
const minSplitParagraphs = 3

// maxRejoined bounds the paragraphs put back into one article.
const maxRejoined = 50

// paragraphStyle is how a page writes a paragraph: its class and its
// container's tag and class.
type paragraphStyle struct{ class, container, containerClass string }

// rejoinSplitStory puts back into content the paragraphs of doc that are
// written like content's own and are missing from it. It walks the page's
// paragraphs twice rather than keep them: once to find the article's
// style and its last paragraph, once to put the missing ones back.
func rejoinSplitStory(doc, content *html.Node, kept *articleParagraphs) {
	if doc == nil || content == nil || len(kept.byText) < minSplitParagraphs {
		return
	}
	type styleSeen struct{ kept, last int } // kept paragraphs of a style, and the last one's place among the page's
	styles := map[paragraphStyle]styleSeen{}
	i := 0
	for d := range classedParagraphs(doc) {
		if _, k := kept.lookup(d); k != nil {
			st := styleOf(d)
			styles[st] = styleSeen{styles[st].kept + 1, i}
		}
		i++
	}
	var style paragraphStyle
	for st, seen := range styles {
		if seen.kept > styles[style].kept || seen.kept == styles[style].kept && st.class < style.class {
			style = st
		}
	}
	if styles[style].kept < minSplitParagraphs {
		return
	}
	last := styles[style].last // what follows the article's last paragraph is a promo or the next story
	var anchor *html.Node      // the article's paragraph the next missing one follows
	rejoined, i := 0, 0
	for d := range classedParagraphs(doc) {
		if i > last {
			break
		}
		i++
		text, k := kept.lookup(d)
		if k != nil {
			anchor = k
			continue
		}
		if rejoined >= maxRejoined || text.size < minLeadText || styleOf(d) != style {
			continue
		}
		if st := cleanupStatsOf(d); 2*st.link > st.text {
			continue // a link to elsewhere ("Weiterlesen: …"), as the pass judged it
		}
		clone := cloneTree(d)
		if anchor == nil {
			first := findElement(content, "p")
			first.Parent.InsertBefore(clone, first)
		} else {
			anchor.Parent.InsertBefore(clone, anchor.NextSibling)
		}
		kept.add(clone, text)
		anchor = clone
		rejoined++
	}
}

// articleParagraphs indexes the article's paragraphs by their text: the
// readability pass works on a copy of the page and strips classes, so a
// paragraph of the page is found in the article by its words (hashed, to
// allocate nothing per paragraph).
type articleParagraphs struct {
	seed   maphash.Seed
	byText map[uint64]*html.Node // text → the article's paragraph
}

// indexParagraphs indexes the <p> elements under content.
func indexParagraphs(content *html.Node) *articleParagraphs {
	a := &articleParagraphs{seed: maphash.MakeSeed(), byText: map[uint64]*html.Node{}}
	if content == nil {
		return a
	}
	for d := range content.Descendants() {
		if d.Type == html.ElementNode && d.Data == "p" {
			a.byText[hashText(a.seed, d).sum] = d
		}
	}
	return a
}

// lookup returns p's hashed text and the article's paragraph of the same
// text, or nil.
func (a *articleParagraphs) lookup(p *html.Node) (textHash, *html.Node) {
	h := hashText(a.seed, p)
	return h, a.byText[h.sum]
}

// add indexes a paragraph put back into the article, whose text hashed to
// h.
func (a *articleParagraphs) add(p *html.Node, h textHash) { a.byText[h.sum] = p }

// classedParagraphs yields the <p> elements of doc that have a class:
// nothing marks a paragraph with none as the article's.
func classedParagraphs(doc *html.Node) iter.Seq[*html.Node] {
	return func(yield func(*html.Node) bool) {
		for d := range doc.Descendants() {
			if d.Type == html.ElementNode && d.Data == "p" && d.Parent != nil && strings.TrimSpace(attr(d, "class")) != "" {
				if !yield(d) {
					return
				}
			}
		}
	}
}

// styleOf returns how the page writes paragraph p.
func styleOf(p *html.Node) paragraphStyle {
	return paragraphStyle{strings.TrimSpace(attr(p, "class")), p.Parent.Data, strings.TrimSpace(attr(p.Parent, "class"))}
}

// textHash is a paragraph's text, its spaces collapsed, as a hash and a
// length in bytes.
type textHash struct {
	sum  uint64
	size int
}

// hashText hashes n's text with runs of space read as one space and the
// spaces at its ends dropped.
func hashText(seed maphash.Seed, n *html.Node) textHash {
	var h maphash.Hash
	h.SetSeed(seed)
	size, space := 0, false
	var buf [utf8.UTFMax]byte
	for d := range n.Descendants() {
		if d.Type != html.TextNode {
			continue
		}
		for _, r := range d.Data {
			if unicode.IsSpace(r) {
				space = size > 0
				continue
			}
			if space {
				h.WriteByte(' ')
				size++
				space = false
			}
			n := utf8.EncodeRune(buf[:], r)
			h.Write(buf[:n])
			size += n
		}
	}
	return textHash{h.Sum64(), size}
}

// cloneTree returns a deep copy of n, detached.
func cloneTree(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace, Attr: append([]html.Attribute(nil), n.Attr...)}
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		c.AppendChild(cloneTree(k))
	}
	return c
}
