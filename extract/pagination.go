package extract

import "strings"

// A pagination line lists the pages a story is split across: "Pages: 1 2
// 3 4", "Article Pages: 1 2", "Seiten: 1 2 3". The links to the other
// pages stay in the page; the line is no part of the story.

// paginationLineMax bounds the text, in bytes, of a pagination line.
const paginationLineMax = 60

// paginationLabels open a pagination line, lower-cased, without the colon.
var paginationLabels = map[string]bool{"pages": true, "article pages": true, "page": true, "seiten": true,
	"seite": true, "páginas": true, "pagine": true, "strony": true}

// isPaginationLine reports lower-cased text that is a pagination label, a
// colon and two page numbers or more.
func isPaginationLine(lower string) bool {
	label, pages, ok := strings.Cut(lower, ":")
	if !ok || !paginationLabels[strings.Join(strings.Fields(label), " ")] {
		return false
	}
	numbers := 0
	for _, w := range strings.Fields(pages) {
		if _, ok := count(w); !ok {
			return false
		}
		numbers++
	}
	return numbers >= 2
}
