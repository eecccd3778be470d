package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// Some articles name their author only at their end, in a line of its own
// set apart in bold or italics: "<p><b><i>Stefan Wasmer</i></b></p>".
// The line may be followed by a little furniture: an app's promotion, a
// note on reading the PDF.

// signature returns the name an article signs off with: the text of a
// block near its end (with at most lineEdge bytes of text after it, and
// more text before it than after) that is a name of two to four words,
// every word of it in bold or italics, or the block aligned right. It
// returns "" when the article ends otherwise.
func signature(content *html.Node) string {
	if content == nil {
		return ""
	}
	var tail tailBlocks
	tail.collect(content)
	total, after := textLen(content), 0
	for _, b := range tail.blocks {
		if before := total - after - b.text; before > after && b.text <= signatureMax {
			if name := signatureIn(b.node); name != "" {
				return name
			}
		}
		after += b.text
	}
	return ""
}

// signatureMax bounds the text, in bytes, of a signature line.
const signatureMax = 60

// signatureIn returns the text of block when it is a signature line (see
// signature), else "".
func signatureIn(block *html.Node) string {
	text, ok := boundedText(block, signatureMax)
	words := strings.Fields(text)
	if !ok || len(words) < 2 || len(words) > 4 || !looksLikeName(text) || hasCapsWord(text) || !onlyNameRunes(text) {
		return ""
	}
	if !alignedRight(block) && !allEmphasized(block) {
		return ""
	}
	return text
}

// onlyNameRunes reports text made of letters, spaces and the marks names
// hold ("Jean-Luc O'Neill", "Dr. Ana Díaz"): not a label and its
// separator ("出品︱网易科学人栏目组 胖胖").
func onlyNameRunes(text string) bool {
	for _, r := range text {
		if !unicode.IsLetter(r) && !unicode.IsMark(r) && !unicode.IsSpace(r) && !strings.ContainsRune(".-'’", r) {
			return false
		}
	}
	return true
}

// textBlock is a block element holding text, with the bytes of text that
// are its own (not in a nested block's).
type textBlock struct {
	node *html.Node
	text int
}

// tailBlocks gathers the blocks that hold an article's last text, nearest
// the end first, until those gathered hold more than lineEdge bytes.
type tailBlocks struct {
	blocks []textBlock
	after  int // the text of the blocks gathered before the last one
	done   bool
}

// collect walks n's children from the last, depth first.
func (t *tailBlocks) collect(n *html.Node) {
	for c := n.LastChild; c != nil && !t.done; c = c.PrevSibling {
		switch {
		case c.Type == html.TextNode:
			t.add(c)
		case c.Type == html.ElementNode && !isScriptLike(c.Data):
			t.collect(c)
		}
	}
}

// add counts a text node towards the block above it, or starts the next
// block; it stops the walk once a block has lineEdge bytes of text after it.
func (t *tailBlocks) add(text *html.Node) {
	size := len(strings.TrimSpace(text.Data))
	if size == 0 {
		return
	}
	block := blockAbove(text)
	if block == nil {
		return
	}
	if k := len(t.blocks) - 1; k >= 0 && t.blocks[k].node == block {
		t.blocks[k].text += size
		return
	}
	if k := len(t.blocks) - 1; k >= 0 {
		t.after += t.blocks[k].text
		if t.after > lineEdge {
			t.done = true
			return
		}
	}
	t.blocks = append(t.blocks, textBlock{node: block, text: size})
}

// blockAbove returns the nearest element above n that is not inline.
func blockAbove(n *html.Node) *html.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && !isInline(p.Data) {
			return p
		}
	}
	return nil
}

// alignedRight reports a block its page sets flush right, as signatures
// often are.
func alignedRight(n *html.Node) bool {
	style := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
	return strings.EqualFold(attr(n, "align"), "right") || strings.Contains(style, "text-align:right")
}

// allEmphasized reports whether every word under n sits inside b, strong,
// i or em.
func allEmphasized(n *html.Node) bool {
	ok := true
	var walk func(*html.Node, bool)
	walk = func(n *html.Node, emphasized bool) {
		for c := n.FirstChild; c != nil && ok; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				if !emphasized && strings.TrimSpace(c.Data) != "" {
					ok = false
				}
			case html.ElementNode:
				walk(c, emphasized || c.Data == "b" || c.Data == "strong" || c.Data == "i" || c.Data == "em")
			}
		}
	}
	walk(n, false)
	return ok
}
