package extract

import (
	"strings"
	"unicode"
)

// A page's print header sets the page's own address above the story
// (<div class="print-header"><span>https://www.sfgate.com/news/…</span>),
// hidden on screen and shown on paper. A line that is nothing but an
// address, at the article's start, is that header: a story cites an
// address inside a sentence or at its end, where such a line stays (a
// source list's last entry is one).

// urlLineMax bounds the text, in bytes, of an address line.
const urlLineMax = 300

// isURLLine reports lower-cased text that is one web address and nothing
// else: "https://www.sfgate.com/news/article/….php".
func isURLLine(lower string) bool {
	text := strings.TrimSpace(lower)
	rest, ok := strings.CutPrefix(text, "https://")
	if !ok {
		rest, ok = strings.CutPrefix(text, "http://")
	}
	host, _, _ := strings.Cut(rest, "/")
	return ok && strings.Contains(host, ".") && !strings.ContainsFunc(rest, unicode.IsSpace)
}
