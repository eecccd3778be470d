package extract

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// blockRenderer walks an article tree once and lays it out as blocks of
// text: plain text, or CommonMark when markdown is set. The two formats
// share the block structure (paragraphs, headings, lists, quotes, code,
// tables) and differ only in the marks they add.
type blockRenderer struct {
	markdown bool
	out      strings.Builder
	cur      []byte // inline text of the block being built
	space    bool   // a space is owed before the next word
	quote    int    // blockquote depth
	lists    []listState
	marker   string // list marker owed to the next block
	indent   string // indentation of continuation lines inside list items
	inItem   bool   // the last block written was a list item line
	blocks   int
	pending  *pendingMark // an emphasis that may not close (see settle)
	heading  bool         // inside h1-h6
}

type listState struct {
	ordered bool
	next    int
}

func (r *blockRenderer) render(n *html.Node) string {
	if n == nil {
		return ""
	}
	// Sizing the output once, to the tree's text, keeps rendering linear
	// and allocates it once: growing the buffer step by step copies it
	// several times over. White space the layout collapses leaves some of
	// it unused.
	r.out.Grow(rawTextSize(n))
	r.node(n)
	r.flush(false)
	return r.out.String()
}

func (r *blockRenderer) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		r.text(n.Data)
		return
	case html.ElementNode:
	case html.DocumentNode:
		r.children(n)
		return
	default:
		return
	}
	switch n.Data {
	case "script", "style", "noscript", "template", "head", "title", "button", "svg", "rt", "rp", "audio", "video":
		// code, controls, ruby's reading aids ("東京(とうきょう)" reads "東京"),
		// and the fallback a player shows browsers without it (a link to
		// the .mp3, "Your browser does not support the audio element")
		return
	case "br":
		if r.markdown && r.heading {
			r.space = len(r.cur) > 0 // an ATX heading is one line
			break
		}
		if r.markdown && len(r.cur) > 0 {
			r.cur = append(r.cur, '\\') // a CommonMark hard line break
		}
		r.cur = append(r.cur, '\n')
		r.space = false
	case "hr":
		r.flush(false)
		if r.markdown {
			r.cur = append(r.cur, "***"...)
			r.flush(false)
		}
	case "h1", "h2", "h3", "h4", "h5", "h6":
		r.flush(false)
		if r.markdown {
			r.cur = append(r.cur, strings.Repeat("#", int(n.Data[1]-'0'))+" "...)
		}
		r.heading = true
		r.children(n)
		r.heading = false
		r.flush(false)
	case "p", "div", "section", "article", "main", "header", "footer", "figure",
		"figcaption", "address", "details", "summary", "dl", "dt", "dd", "center", "form", "fieldset", "aside", "body":
		r.flush(false)
		r.children(n)
		r.flush(false)
	case "blockquote":
		r.flush(false)
		r.quote++
		r.children(n)
		r.flush(false)
		r.quote--
	case "ul", "ol":
		r.flush(false)
		start := 1
		if s, err := strconv.Atoi(attr(n, "start")); err == nil {
			start = s
		}
		r.lists = append(r.lists, listState{ordered: n.Data == "ol", next: start})
		r.children(n)
		r.flush(false)
		r.lists = r.lists[:len(r.lists)-1]
	case "li":
		r.listItem(n)
	case "pre":
		r.pre(n)
	case "table":
		r.table(n)
	case "img":
		r.image(n)
	case "a":
		r.link(n)
	case "em", "i", "cite", "dfn":
		r.wrap(n, "*")
	case "strong", "b":
		r.wrap(n, "**")
	case "code", "kbd", "samp", "tt":
		r.code(n)
	default:
		r.children(n)
	}
}

func (r *blockRenderer) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.node(c)
	}
}

// text appends inline text with whitespace collapsed; markdown escapes the
// characters CommonMark would read as marks.
func (r *blockRenderer) text(s string) {
	for len(s) > 0 {
		c, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		if unicode.IsSpace(c) || c == '\u00a0' {
			if len(r.cur) > 0 && r.cur[len(r.cur)-1] != '\n' {
				r.space = true
			}
			continue
		}
		if isInvisible(c) {
			continue
		}
		if r.space {
			r.cur = append(r.cur, ' ')
			r.space = false
		}
		if r.pending != nil {
			r.settle(c)
		}
		if r.markdown && (needsEscape(c) || r.startsBlock(c)) {
			r.cur = append(r.cur, '\\')
		}
		r.cur = utf8.AppendRune(r.cur, c)
	}
}

// isInvisible reports characters that print nothing and only get in the way
// of search and comparison: zero-width spaces, word joiners, byte-order
// marks, soft hyphens. The zero-width non-joiner and joiner stay: they
// spell words (Persian "اصلاح‌طلبان", Indic conjuncts) and emoji
// sequences, and dropping them makes other words.
func isInvisible(c rune) bool {
	switch c {
	case '\u200b', '\u2060', '\ufeff', '\u00ad':
		return true
	}
	return false
}

// invisibleChars are the characters isInvisible reports, for a quick test.
const invisibleChars = "\u200b\u2060\ufeff\u00ad"

// withoutInvisible returns s without the characters isInvisible reports:
// "illus\u00adtra\u00adtive" as a phrase rule spells it.
func withoutInvisible(s string) string {
	if !strings.ContainsAny(s, invisibleChars) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isInvisible(r) {
			return -1
		}
		return r
	}, s)
}

// startsBlock reports a character that, where the current line stands,
// would make CommonMark start a list: "-" or "+" first on a line, or the
// "." or ")" after a line's leading digits ("1. Finland" after a <br>).
//
// It reads back at most ten bytes from the end of the output: called for
// every character, a scan back to the line's start made a long paragraph
// quadratic (96 KB on one line took a second).
func (r *blockRenderer) startsBlock(c rune) bool {
	switch c {
	case '-', '+':
		return len(r.cur) == 0 || r.cur[len(r.cur)-1] == '\n'
	case '.', ')':
		digits := 0
		for i := len(r.cur) - 1; i >= 0 && r.cur[i] != '\n'; i-- {
			if digits == maxListNumberDigits || r.cur[i] < '0' || r.cur[i] > '9' {
				return false
			}
			digits++
		}
		return digits > 0
	}
	return false
}

// maxListNumberDigits is the longest number CommonMark reads as an
// ordered list item's.
const maxListNumberDigits = 9

func needsEscape(c rune) bool {
	switch c {
	case '\\', '*', '_', '`', '[', ']', '<', '>', '#', '|', '&':
		return true
	}
	return false
}

// raw appends s as it is, after an owed space.
func (r *blockRenderer) raw(s string) {
	if r.space {
		r.cur = append(r.cur, ' ')
		r.space = false
	}
	r.cur = append(r.cur, s...)
}

// wrap renders n's children between mark and mark in markdown.
func (r *blockRenderer) wrap(n *html.Node, mark string) {
	if !r.markdown {
		r.children(n)
		return
	}
	r.inlineAround(n, mark, mark)
}

// inlineAround renders n's children inside open … close, keeping spaces
// outside the marks and dropping the marks when nothing was written.
func (r *blockRenderer) inlineAround(n *html.Node, open, close string) {
	r.raw("")
	start, blocks := len(r.cur), r.blocks
	r.children(n)
	if r.blocks != blocks || len(r.cur) < start {
		return // the element held blocks (<a><p>…</p></a>): no inline marks
	}
	written := string(r.cur[start:])
	inner := strings.TrimSpace(written)
	r.cur = r.cur[:start]
	// A <br> at the end of the element goes after the closing mark.
	trailingBreak := false
	if trimmed := string(trimHardBreak([]byte(inner))); trimmed != inner {
		inner, trailingBreak = trimmed, true
	}
	if inner == "" {
		return
	}
	if strings.HasPrefix(written, " ") {
		r.cur = append(r.cur, ' ') // "but<b> if</b>" keeps its space outside the marks
	}
	if open == close && !r.canOpenEmphasis(inner) {
		r.cur = append(r.cur, inner...) // CommonMark would print the marks: leave them out
		if trailingBreak {
			r.cur = append(r.cur, "\\\n"...)
		}
		return
	}
	if open == close && bytes.HasSuffix(r.cur, []byte(close)) && !bytes.HasSuffix(r.cur, []byte("\\"+close)) {
		// "<em>a </em><em>b</em>": one run, not "*a**b*" (which reads as strong).
		r.cur = r.cur[:len(r.cur)-len(close)]
	} else {
		r.cur = append(r.cur, open...)
	}
	openAt := bytes.LastIndex(r.cur, []byte(open))
	r.cur = append(r.cur, inner...)
	r.cur = append(r.cur, close...)
	if trailingBreak {
		r.cur = append(r.cur, "\\\n"...)
	} else if open == close && endsInPunct(inner) {
		// "*Why?*Answer" would not close: decided when the next letter comes.
		r.pending = &pendingMark{openAt: openAt, closeAt: len(r.cur) - len(close), mark: close}
	}
}

// pendingMark is an emphasis whose closing mark follows punctuation: it
// only closes if a space or punctuation comes next.
type pendingMark struct {
	openAt, closeAt int
	mark            string
}

// settle drops a pending emphasis's marks when c, the character written
// right after it, would stop CommonMark from closing it.
func (r *blockRenderer) settle(c rune) {
	p := r.pending
	r.pending = nil
	if p == nil || p.closeAt+len(p.mark) != len(r.cur) || !(unicode.IsLetter(c) || unicode.IsDigit(c)) {
		return
	}
	r.cur = append(r.cur[:p.closeAt], r.cur[p.closeAt+len(p.mark):]...)
	r.cur = append(r.cur[:p.openAt], r.cur[p.openAt+len(p.mark):]...)
}

// canOpenEmphasis reports whether an emphasis mark written now, before
// inner, would open one: not when inner starts with punctuation right
// after a letter or digit ("czytamy*.*").
func (r *blockRenderer) canOpenEmphasis(inner string) bool {
	first, _ := utf8.DecodeRuneInString(inner)
	if !unicode.IsPunct(first) && !unicode.IsSymbol(first) {
		return true
	}
	prev, _ := utf8.DecodeLastRune(r.cur)
	return len(r.cur) == 0 || unicode.IsSpace(prev) || unicode.IsPunct(prev) || unicode.IsSymbol(prev)
}

func endsInPunct(s string) bool {
	last, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsPunct(last) || unicode.IsSymbol(last)
}

func (r *blockRenderer) link(n *html.Node) {
	href := strings.TrimSpace(attr(n, "href"))
	if !r.markdown || href == "" || strings.HasPrefix(href, "#") || strings.HasPrefix(strings.ToLower(href), "javascript:") {
		r.children(n)
		return
	}
	r.inlineAround(n, "[", "]("+markdownURL(href)+")")
}

func markdownURL(u string) string {
	if strings.ContainsAny(u, " ()<>") {
		return "<" + strings.NewReplacer("<", "%3C", ">", "%3E").Replace(u) + ">"
	}
	return u
}

func (r *blockRenderer) image(n *html.Node) {
	if !r.markdown {
		return
	}
	src := strings.TrimSpace(attr(n, "src"))
	if src == "" || strings.HasPrefix(src, "data:") {
		return
	}
	alt := strings.Join(strings.Fields(attr(n, "alt")), " ")
	alt = strings.NewReplacer("[", "\\[", "]", "\\]").Replace(alt)
	r.raw("![" + alt + "](" + markdownURL(src) + ")")
}

func (r *blockRenderer) code(n *html.Node) {
	if !r.markdown {
		r.children(n)
		return
	}
	body := strings.Join(strings.Fields(rawText(n)), " ")
	if body == "" {
		return
	}
	fence := "`"
	for strings.Contains(body, fence) {
		fence += "`"
	}
	if strings.HasPrefix(body, "`") || strings.HasSuffix(body, "`") {
		body = " " + body + " " // CommonMark strips one space each side
	}
	r.raw(fence + body + fence)
}

func (r *blockRenderer) listItem(n *html.Node) {
	r.flush(false)
	depth := len(r.lists)
	marker := "- "
	if depth > 0 && r.lists[depth-1].ordered && r.markdown {
		// Plain text marks every item alike: an ordered list's numbers are
		// the browser's, not words of the page, and a number the text
		// added would stand in its search, its comparison and its word
		// counts as if the page had said it. Markdown numbers the items,
		// as its syntax needs.
		marker = strconv.Itoa(r.lists[depth-1].next) + ". "
		r.lists[depth-1].next++
	}
	savedIndent := r.indent
	r.marker = strings.Repeat("  ", max(depth-1, 0)) + marker
	r.indent = strings.Repeat(" ", len(r.marker))
	r.children(n)
	r.flush(true)
	r.marker = ""
	r.indent = savedIndent
}

func (r *blockRenderer) pre(n *html.Node) {
	r.flush(false)
	body := strings.TrimRight(strings.TrimLeft(rawText(n), "\n"), " \t\n")
	if body == "" {
		return
	}
	if r.markdown {
		fence := "```"
		for strings.Contains(body, fence) {
			fence += "`"
		}
		body = fence + "\n" + body + "\n" + fence
	}
	r.emit(body)
}

// table writes one line a row, cells separated by a tab (text) or as a
// CommonMark pipe table (markdown).
func (r *blockRenderer) table(n *html.Node) {
	r.flush(false)
	if code := codeListing(n); code != nil {
		r.pre(code)
		return
	}
	if c := tableCaption(n); c != nil {
		caption := blockRenderer{markdown: r.markdown}
		if text := strings.Join(strings.Fields(caption.render(c)), " "); text != "" {
			r.emit(text) // the table's title, a paragraph above its rows
		}
	}
	var rows [][]string
	for d := range n.Descendants() {
		if d.Type != html.ElementNode || d.Data != "tr" {
			continue
		}
		var cells []string
		for c := d.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.Data == "td" || c.Data == "th") {
				cell := blockRenderer{markdown: r.markdown}
				// A pipe-table cell is one line: its hard breaks become spaces.
				text := strings.Join(strings.Fields(strings.ReplaceAll(cell.render(c), "\\\n", " ")), " ")
				cells = append(cells, text)
			}
		}
		if len(cells) > 0 && strings.Join(cells, "") != "" {
			rows = append(rows, cells)
		}
	}
	if len(rows) == 0 {
		return
	}
	var b strings.Builder
	for i, row := range rows {
		if i > 0 {
			b.WriteByte('\n')
		}
		if !r.markdown {
			b.WriteString(strings.Join(row, "\t"))
			continue
		}
		b.WriteString("| " + strings.Join(row, " | ") + " |")
		if i == 0 {
			b.WriteString("\n|" + strings.Repeat(" --- |", len(row)))
		}
	}
	r.emit(b.String())
}

// codeListing returns the code of a table that lays out a code listing
// beside its line numbers (<tr><td class="gutter"><pre>1 2 3</pre></td>
// <td class="code"><pre>…</pre></td></tr>, as Pygments and Octopress
// write them), or nil: the table has one row, each of its cells holds a
// <pre>, and each cell before the last holds only digits and white space.
// Rendered as a table, the listing would lose its line breaks.
func codeListing(table *html.Node) *html.Node {
	var cells []*html.Node
	for d := range table.Descendants() {
		if d.Type != html.ElementNode {
			continue
		}
		switch d.Data {
		case "caption":
			return nil // the listing would lose its title
		case "tr":
			if len(cells) > 0 {
				return nil // a second row, or a table inside
			}
		case "td", "th":
			cells = append(cells, d)
		}
	}
	if len(cells) < 2 {
		return nil
	}
	var code *html.Node
	for i, cell := range cells {
		code = findElement(cell, "pre")
		if code == nil {
			return nil
		}
		if i < len(cells)-1 && strings.TrimFunc(rawText(cell), isDigitOrSpace) != "" {
			return nil
		}
	}
	return code
}

// isDigitOrSpace reports an ASCII digit or white space.
func isDigitOrSpace(r rune) bool {
	return r >= '0' && r <= '9' || unicode.IsSpace(r)
}

// tableCaption returns the table's <caption>, its first child when it has one.
func tableCaption(table *html.Node) *html.Node {
	for c := table.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if c.Data == "caption" {
				return c
			}
			return nil
		}
	}
	return nil
}

// flush ends the block being built. item says it ends a list item, which
// keeps the next item of the same list on the following line.
func (r *blockRenderer) flush(item bool) {
	text := bytes.TrimSpace(r.cur)
	if r.markdown {
		text = trimHardBreak(text)
	}
	r.space = false
	if len(text) == 0 {
		r.cur = r.cur[:0]
		return
	}
	inList := item || r.marker != ""
	r.emitBytes(text)
	r.cur = r.cur[:0]
	r.inItem = inList
}

// trimHardBreak drops a Markdown hard break ("\\" before a newline) left
// at the end of a block by a trailing <br>: CommonMark would print the
// backslash. An odd run of trailing backslashes ends in such a break; an
// even one is escaped backslashes of the text.
func trimHardBreak(text []byte) []byte {
	for {
		n := 0
		for n < len(text) && text[len(text)-1-n] == '\\' {
			n++
		}
		if n%2 == 0 {
			return text
		}
		text = bytes.TrimSpace(text[:len(text)-1])
	}
}

// emit writes one finished block with its list marker and quote prefix.
func (r *blockRenderer) emit(text string) {
	r.emitBytes([]byte(text))
}

func (r *blockRenderer) emitBytes(text []byte) {
	if r.blocks > 0 {
		if r.marker != "" && r.inItem {
			r.out.WriteByte('\n')
		} else {
			r.out.WriteString("\n\n")
		}
	}
	r.blocks++
	quote := ""
	if r.markdown && r.quote > 0 {
		quote = strings.Repeat("> ", r.quote)
	}
	first := r.marker
	if first == "" && r.indent != "" {
		first = r.indent
	}
	for i := 0; ; i++ {
		line := text
		nl := bytes.IndexByte(text, '\n')
		if nl >= 0 {
			line, text = text[:nl], text[nl+1:]
		}
		if i > 0 {
			r.out.WriteByte('\n')
		}
		r.out.WriteString(quote)
		if i == 0 {
			r.out.WriteString(first)
		} else {
			r.out.WriteString(r.indent)
		}
		r.out.Write(bytes.TrimRight(line, " "))
		if nl < 0 {
			break
		}
	}
	r.marker = ""
	r.inItem = false
}

// rawText returns the text under n exactly as written.
func rawText(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		switch {
		case d.Type == html.TextNode:
			b.WriteString(d.Data)
		case d.Type == html.ElementNode && d.Data == "br":
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// rawTextSize is the number of bytes in n's text nodes, an upper bound of
// its rendered text give or take the marks and separators.
func rawTextSize(n *html.Node) int {
	size := 0
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			size += len(d.Data)
		}
	}
	return size
}
