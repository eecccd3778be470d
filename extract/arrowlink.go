package extract

import (
	"slices"
	"strings"
)

// A line that is one link with doubled arrows before or after it points
// the reader to another page: ">>> Zulieferer FACC profitiert von
// Erholung der Luftfahrtbranche", ">> Wegen Corona: … schließen <<",
// "Das Programm der Skispringer … >>". The article's own links run inside
// its sentences; a line made of a link and its arrows is the site's. A
// single arrow ("» Zum Angebot: …", "> Laien im Bestattungsdienst") is
// often a list's bullet before a resource or an offer that readers (and
// the annotators of trafilatura's set) count as the article's: such lines
// stay.

// arrowMarksMax bounds the text, in bytes, of an arrowed line outside its
// link: the arrows themselves (">> … <<" holds 4).
const arrowMarksMax = 6

// leadingArrows and trailingArrows are the marks that set a link apart.
var (
	leadingArrows  = []string{">>", "»»"}
	trailingArrows = []string{">>", "<<", "»»"}
)

// isArrowMarked reports whether lower, a line's text, begins or ends with
// doubled arrows. Guillemets doubled in a line that holds their pair are
// quotation marks: "»»Zitat««".
func isArrowMarked(lower string) bool {
	lower = strings.TrimSpace(lower)
	if strings.Contains(lower, "«") {
		lower = strings.Trim(lower, "»«")
	}
	return hasAnyPrefix(lower, leadingArrows) || slices.ContainsFunc(trailingArrows, func(a string) bool {
		return strings.HasSuffix(lower, a)
	})
}
