package extract

import (
	"slices"
	"strings"
)

// A pagination line lists the pages a story is split across: "Pages: 1 2
// 3 4", "Article Pages: 1 2", "Seiten: 1 2 3", or links them between the
// buttons for the page before and after: "« Previous 1 2 3 Next »". The
// links to the other pages stay in the page; the line is no part of the
// story.

// paginationLineMax bounds the text, in bytes, of a pagination line.
const paginationLineMax = 60

// paginationLabels open a pagination line, lower-cased, without the colon.
var paginationLabels = map[string]bool{"pages": true, "article pages": true, "page": true, "seiten": true,
	"seite": true, "páginas": true, "pagine": true, "strony": true}

// pagingButtons name the buttons that turn to the page before (first)
// and after (second), lower-cased.
var pagingButtons = [][2]string{{"previous", "next"}, {"prev", "next"}, {"vorherige", "nächste"}, {"zurück", "weiter"},
	{"précédent", "suivant"}, {"anterior", "siguiente"}, {"precedente", "successivo"}}

// isPaginationLine reports lower-cased text that is a pagination label, a
// colon and two page numbers or more, or page numbers between the buttons
// for the page before and after.
func isPaginationLine(lower string) bool {
	if isPagingButtons(lower) {
		return true
	}
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

// isPagingButtons reports lower-cased text that is the buttons for the
// page before and after and one page number or more between them:
// "Previous 1 Next", "« Prev 1 2 3 Next »".
func isPagingButtons(lower string) bool {
	lower = strings.Trim(lower, "«»‹›<>|. ")
	if !slices.ContainsFunc(pagingButtons, func(b [2]string) bool { return strings.HasPrefix(lower, b[0]) }) {
		return false // most lines: no word slice to build
	}
	words := strings.Fields(lower)
	if len(words) < 3 {
		return false
	}
	first, last := strings.Trim(words[0], "«‹<|"), strings.Trim(words[len(words)-1], "»›>|")
	if !slices.Contains(pagingButtons, [2]string{first, last}) {
		return false
	}
	for _, w := range words[1 : len(words)-1] {
		if _, ok := count(strings.Trim(w, "|")); !ok {
			return false
		}
	}
	return true
}
