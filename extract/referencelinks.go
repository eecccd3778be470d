package extract

import (
	"slices"
	"strings"
	"unicode"
)

// Scholarly pages follow each entry of their references with buttons that
// look the work up elsewhere: "CAS Article PubMed Google Scholar",
// "[Crossref], [Web of Science ®], [Google Scholar]", "View Article
// PubMed/NCBI Google Scholar". The buttons' words say nothing of the work.

// referenceLinksMax bounds the text, in bytes, of a line of index links.
const referenceLinksMax = 120

// referenceIndexWords are the words such a line is made of, lower-cased.
var referenceIndexWords = map[string]bool{
	"article": true, "view": true, "cas": true, "pubmed": true, "ncbi": true, "central": true, "pmc": true,
	"europe": true, "google": true, "scholar": true, "crossref": true, "web": true, "of": true, "science": true,
	"wiley": true, "online": true, "library": true, "mathscinet": true, "ads": true, "zbmath": true,
	"scopus": true, "medline": true, "isi": true,
}

// referenceIndexNames are the indexes one of which such a line must name.
var referenceIndexNames = []string{"scholar", "pubmed", "crossref", "mathscinet", "scopus", "zbmath"}

// isReferenceIndexLinks reports a line, lower-cased, made only of the
// names of indexes and library services, one of them an index of works.
func isReferenceIndexLinks(lower string) bool {
	named := false
	for w := range strings.FieldsFuncSeq(lower, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("[](),;|/®", r)
	}) {
		if !referenceIndexWords[w] {
			return false
		}
		named = named || slices.Contains(referenceIndexNames, w)
	}
	return named
}
