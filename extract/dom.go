package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Small helpers over golang.org/x/net/html nodes shared by the stages.

// attr returns the value of the attribute key of n, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

// hasAttr reports whether n has the attribute key.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return true
		}
	}
	return false
}

// removeNode detaches n from its parent, if it has one.
func removeNode(n *html.Node) {
	if n.Parent != nil {
		n.Parent.RemoveChild(n)
	}
}

// nearestSibling returns n's nearest sibling in one direction (step:
// prevSibling or nextSibling) that is neither blank text nor a comment, or
// nil.
func nearestSibling(n *html.Node, step func(*html.Node) *html.Node) *html.Node {
	for s := step(n); s != nil; s = step(s) {
		if s.Type == html.CommentNode || s.Type == html.TextNode && strings.TrimSpace(s.Data) == "" {
			continue
		}
		return s
	}
	return nil
}

func prevSibling(n *html.Node) *html.Node { return n.PrevSibling }
func nextSibling(n *html.Node) *html.Node { return n.NextSibling }

// textLen returns the number of bytes of visible text under n: text nodes
// outside script, style and template, without surrounding whitespace.
func textLen(n *html.Node) int {
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			total += len(strings.TrimSpace(c.Data))
		case html.ElementNode:
			if !isScriptLike(c.Data) {
				total += textLen(c)
			}
		}
	}
	return total
}

// textLenOver reports whether n holds more than limit bytes of text as
// textLen counts it, walking only until it knows: a container of the whole
// article answers after its first paragraphs.
func textLenOver(n *html.Node, limit int) bool {
	total := 0
	var over func(n *html.Node) bool
	over = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				total += len(strings.TrimSpace(c.Data))
			case html.ElementNode:
				if !isScriptLike(c.Data) && over(c) {
					return true
				}
			}
			if total > limit {
				return true
			}
		}
		return false
	}
	return over(n)
}

// isScriptLike reports elements whose text is code or markup, not prose.
func isScriptLike(tag string) bool {
	switch tag {
	case "script", "style", "template", "noscript", "textarea":
		return true
	}
	return false
}

// textContent returns the text under n with runs of whitespace collapsed to
// one space and no leading or trailing space.
func textContent(n *html.Node) string {
	text, _ := boundedText(n, -1)
	return text
}

// boundedText is textContent that gives up once the text passes limit bytes
// (limit < 0: no limit), returning false; short blocks are judged by their
// words, long ones need not be collected at all.
func boundedText(n *html.Node, limit int) (string, bool) {
	c := textCollector{limit: limit}
	c.walk(n)
	return c.buf.String(), !c.over
}

// textCollector gathers collapsed text without intermediate strings.
type textCollector struct {
	buf   strings.Builder
	space bool
	limit int
	over  bool
	skip  func(*html.Node) bool // elements left out, with their text (nil: none)
}

// walk collects n's text; ruby's readings (rt, rp) are left out with
// the elements skip names.
func (c *textCollector) walk(n *html.Node) {
	if c.over {
		return
	}
	if n.Type == html.TextNode {
		c.add(n.Data)
		return
	}
	if n.Type == html.ElementNode && (isScriptLike(n.Data) || n.Data == "rt" || n.Data == "rp" || c.skip != nil && c.skip(n)) {
		return
	}
	block := n.Type == html.ElementNode && !isInline(n.Data)
	if block {
		c.space = c.buf.Len() > 0 // blocks and line breaks separate words
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c.walk(ch)
	}
	if block {
		c.space = c.buf.Len() > 0
	}
}

// isInline reports the phrasing elements that join the words around them.
func isInline(tag string) bool {
	switch tag {
	case "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i",
		"kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time",
		"u", "var", "label", "del", "ins", "strike", "tt", "big", "nobr", "wbr", "ruby", "rb":
		return true
	}
	return false
}

func (c *textCollector) add(s string) {
	for i := 0; i < len(s); {
		b := s[i]
		size := 1
		isSpace := b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f'
		if b >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			isSpace = unicode.IsSpace(r)
		}
		if isSpace {
			c.space = c.buf.Len() > 0
		} else {
			if c.space {
				c.buf.WriteByte(' ')
				c.space = false
			}
			c.buf.WriteString(s[i : i+size])
		}
		i += size
	}
	if c.limit >= 0 && c.buf.Len() > c.limit {
		c.over = true
	}
}

// findElement returns the first element under n (n included) named tag.
func findElement(n *html.Node, tag string) *html.Node {
	if n.Type == html.ElementNode && n.Data == tag {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if found := findElement(c, tag); found != nil {
			return found
		}
	}
	return nil
}

// textStart is the start of an element's own first text, after spaces,
// its ASCII and Latin-1 letters lower-cased and its no-break spaces made
// plain ones: what the metadata visitors match labels and bylines
// against, made once per element without allocating.
type textStart struct {
	lower [24]byte
	size  int // bytes of lower in use
	whole int // bytes of the first text node after spaces, up to its end
}

// startOf returns the start of n's first child when that is text.
func startOf(n *html.Node) (textStart, bool) {
	var s textStart
	if n.FirstChild == nil || n.FirstChild.Type != html.TextNode {
		return s, false
	}
	text := strings.TrimLeftFunc(n.FirstChild.Data, unicode.IsSpace)
	s.whole = len(text)
	for i := 0; i < len(text) && s.size < len(s.lower); i++ {
		c := text[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c == 0xC2 && i+1 < len(text) && text[i+1] == 0xA0:
			c, i, s.whole = ' ', i+1, s.whole-1 // a no-break space, as in "Par&nbsp;<a>…", is a space
		case c == 0xC3 && i+1 < len(text) && 0x80 <= text[i+1] && text[i+1] <= 0x9E && text[i+1] != 0x97:
			if s.size+1 < len(s.lower) {
				s.lower[s.size], s.lower[s.size+1] = c, text[i+1]+0x20 // À-Þ (not ×) to à-þ: "Änderung", "École"
				s.size, i = s.size+2, i+1
				continue
			}
		}
		s.lower[s.size] = c
		s.size++
	}
	return s, true
}

// hasPrefix reports whether the text begins with one of the lower-case
// prefixes (of at most 24 bytes).
func (s *textStart) hasPrefix(prefixes []string) bool {
	for _, p := range prefixes {
		if len(p) <= s.size && s.lower[0] == p[0] && string(s.lower[:len(p)]) == p {
			return true
		}
	}
	return false
}

// digit reports text that begins with a digit.
func (s *textStart) digit() bool {
	return s.size > 0 && s.lower[0] >= '0' && s.lower[0] <= '9'
}

// textStartsWith reports whether n's first child is text that begins,
// after spaces, with one of the lower-case prefixes (see textStart).
func textStartsWith(n *html.Node, prefixes []string) bool {
	s, ok := startOf(n)
	return ok && s.hasPrefix(prefixes)
}

// splitAll splits s at every occurrence of any of seps.
func splitAll(s string, seps []string) []string {
	parts := []string{s}
	for _, sep := range seps {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	return parts
}

// hasAncestor reports whether an element above n has one of the tags.
func hasAncestor(n *html.Node, tags ...string) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && slices.Contains(tags, p.Data) {
			return true
		}
	}
	return false
}

// hasClass reports whether class is one of n's classes.
func hasClass(n *html.Node, class string) bool {
	return slices.Contains(strings.Fields(attr(n, "class")), class)
}

// isAncestorOf reports whether a is d or holds it.
func isAncestorOf(a, d *html.Node) bool {
	for ; d != nil; d = d.Parent {
		if d == a {
			return true
		}
	}
	return false
}

// enclosingHeading returns the heading (<h1> to <h6>) that holds n, up to
// and including top, or nil.
func enclosingHeading(n, top *html.Node) *html.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && isHeading(p.Data) {
			return p
		}
		if p == top {
			break
		}
	}
	return nil
}

// lowerAligned returns s lower-cased, except the few letters whose lower
// case takes more or fewer bytes than they do ("Ⱥ", the Kelvin sign): an
// offset found in the result is the same offset in s, so a label found in
// the lower-cased text can cut the text itself.
func lowerAligned(s string) string {
	return strings.Map(func(r rune) rune {
		if l := unicode.ToLower(r); utf8.RuneLen(l) == utf8.RuneLen(r) {
			return l
		}
		return r
	}, s)
}

// lastTextBlock returns the element that holds the last text of n and no
// block with text after it: the deepest block whose own text or inline
// element ends n's text. It returns n itself when n's last text is its
// own.
func lastTextBlock(n *html.Node) *html.Node {
	for c := n.LastChild; c != nil; c = c.PrevSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return n
		case c.Type != html.ElementNode || isScriptLike(c.Data) || firstTextNode(c) == nil:
			continue
		case isInline(c.Data):
			return n
		default:
			return lastTextBlock(c)
		}
	}
	return n
}
