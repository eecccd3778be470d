package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Words a removed block kept apart: a browser shows "Klimaschutz<span
// class="visually-hidden">: </span>Bohren, bis es heiß wird" as a kicker
// and a headline, and "left the room.<div class="ad">…</div>Councillors
// debated" as two lines. Taking the hidden span or the advertisement out
// must not glue "KlimaschutzBohren" or "room.Councillors".

// removeBetweenWords removes c from its parent n and, when c stood between
// two words with nothing between them, leaves a space in its place.
func removeBetweenWords(n, c *html.Node) {
	prev, next := c.PrevSibling, c.NextSibling
	separates := setsApart(c)
	n.RemoveChild(c)
	if prev == nil || next == nil || !separates {
		return
	}
	before, ok := edgeRune(prev, true)
	if !ok {
		return
	}
	after, ok := edgeRune(next, false)
	if ok && joinsWords(before, after) {
		n.InsertBefore(&html.Node{Type: html.TextNode, Data: " "}, next)
	}
}

// setsApart reports whether a browser shows something where c stands: a
// block, or an inline element with text, if only a space ("der<span>
// </span><strong>aktiven"), or with a line break. An empty inline
// element ("Da<span></span>vid") and a hidden one ("bockelmann@<span
// style="display:none">no spam</span>dkrz.de") show nothing between the
// words around them.
func setsApart(c *html.Node) bool {
	if hiddenRule(c) != "" {
		return false
	}
	if !isInline(c.Data) {
		return true
	}
	for d := range c.Descendants() {
		if d.Type == html.TextNode && d.Data != "" || d.Type == html.ElementNode && d.Data == "br" {
			return true
		}
	}
	return false
}

// edgeRune returns the last (or first) character of the text n shows at
// its end (or start), reading into inline elements only: a block's text is
// set apart from its neighbours anyway.
func edgeRune(n *html.Node, last bool) (rune, bool) {
	switch n.Type {
	case html.TextNode:
		if n.Data == "" {
			return 0, false
		}
		if last {
			r, _ := utf8.DecodeLastRuneInString(n.Data)
			return r, true
		}
		r, _ := utf8.DecodeRuneInString(n.Data)
		return r, true
	case html.ElementNode:
		if !isInline(n.Data) {
			return 0, false
		}
		child := n.FirstChild
		if last {
			child = n.LastChild
		}
		if child == nil {
			return 0, false
		}
		return edgeRune(child, last)
	}
	return 0, false
}

// joinsWords reports whether before and after, put side by side, would
// run two words together: neither is a space, and neither is of a script
// written without spaces between words (Chinese, Japanese, Thai).
func joinsWords(before, after rune) bool {
	return !unicode.IsSpace(before) && !unicode.IsSpace(after) && !writtenUnspaced(before) && !writtenUnspaced(after) &&
		!strings.ContainsRune("([{\"'„“‘«@/-", before) && !strings.ContainsRune(")]}.,;:!?\"'”’»@/-", after)
}

// writtenUnspaced reports a character of a script that does not put
// spaces between words.
func writtenUnspaced(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao,
		unicode.Khmer, unicode.Myanmar, unicode.Tibetan)
}
