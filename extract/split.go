package extract

import (
	"hash/maphash"
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

// pageParagraph is a classed paragraph of the page and its text's hash.
type pageParagraph struct {
	node  *html.Node
	style paragraphStyle
	text  textHash
}

// rejoinSplitStory puts back into content the paragraphs of doc that are
// written like content's own and are missing from it.
func rejoinSplitStory(doc, content *html.Node) {
	if doc == nil || content == nil {
		return
	}
	seed := maphash.MakeSeed()
	kept := map[uint64]*html.Node{} // text → the article's paragraph
	for d := range content.Descendants() {
		if d.Type == html.ElementNode && d.Data == "p" {
			kept[hashText(seed, d).sum] = d
		}
	}
	var paras []pageParagraph
	counts := map[paragraphStyle]int{} // how many kept paragraphs each style has
	for d := range doc.Descendants() {
		if d.Type != html.ElementNode || d.Data != "p" || d.Parent == nil {
			continue
		}
		class := strings.TrimSpace(attr(d, "class"))
		if class == "" {
			continue // nothing marks a paragraph with no class as the article's
		}
		p := pageParagraph{d, paragraphStyle{class, d.Parent.Data, strings.TrimSpace(attr(d.Parent, "class"))}, hashText(seed, d)}
		paras = append(paras, p)
		if _, ok := kept[p.text.sum]; ok {
			counts[p.style]++
		}
	}
	var style paragraphStyle
	for s, n := range counts {
		if n > counts[style] || n == counts[style] && s.class < style.class {
			style = s
		}
	}
	if counts[style] < minSplitParagraphs {
		return
	}
	last := -1 // the article's last paragraph on the page: what follows is a promo or the next story
	for i, p := range paras {
		if _, ok := kept[p.text.sum]; ok && p.style == style {
			last = i
		}
	}
	var anchor *html.Node // the article's paragraph the next missing one follows
	rejoined := 0
	for _, p := range paras[:last+1] {
		if k, ok := kept[p.text.sum]; ok {
			anchor = k
			continue
		}
		if rejoined >= maxRejoined || p.style != style || p.text.size < minLeadText {
			continue
		}
		if st := cleanupStatsOf(p.node); 2*st.link > st.text {
			continue // a link to elsewhere ("Weiterlesen: …"), as the pass judged it
		}
		clone := cloneTree(p.node)
		if anchor == nil {
			first := firstParagraph(content)
			first.Parent.InsertBefore(clone, first)
		} else {
			anchor.Parent.InsertBefore(clone, anchor.NextSibling)
		}
		anchor = clone
		rejoined++
	}
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

func firstParagraph(content *html.Node) *html.Node {
	for d := range content.Descendants() {
		if d.Type == html.ElementNode && d.Data == "p" {
			return d
		}
	}
	return nil
}

// cloneTree returns a deep copy of n, detached.
func cloneTree(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace, Attr: append([]html.Attribute(nil), n.Attr...)}
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		c.AppendChild(cloneTree(k))
	}
	return c
}
