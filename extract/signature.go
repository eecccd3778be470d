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
	blocks := textBlocks(content)
	total := 0
	for _, b := range blocks {
		total += b.text
	}
	after := 0
	for i := len(blocks) - 1; i >= 0 && after <= lineEdge; i-- {
		b := blocks[i]
		if before := total - after - b.text; before > after {
			if name := signatureIn(b.node); name != "" {
				return name
			}
		}
		after += b.text
	}
	return ""
}

// signatureIn returns the text of block when it is a signature line (see
// signature), else "".
func signatureIn(block *html.Node) string {
	text, ok := boundedText(block, 60)
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

// textBlocks returns the blocks that hold the text of n, in document
// order: for each run of text, the block element nearest above it. A
// block holding text both around and inside a nested block appears once
// for each of its runs.
func textBlocks(n *html.Node) []textBlock {
	var blocks []textBlock
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				text := len(strings.TrimSpace(c.Data))
				if text == 0 {
					continue
				}
				block := blockAbove(c)
				if k := len(blocks) - 1; k >= 0 && blocks[k].node == block {
					blocks[k].text += text
				} else if block != nil {
					blocks = append(blocks, textBlock{node: block, text: text})
				}
			case c.Type == html.ElementNode && !isScriptLike(c.Data):
				walk(c)
			}
		}
	}
	if n != nil {
		walk(n)
	}
	return blocks
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
