package extract

import "strings"

// A date strip is the line of facts a news page sets above or below its
// story, its parts parted by bars or dots: "24. April 2020 |
// Pressemitteilungen", "04.02.2022 | 13:10 Uhr | Uta Helkenberg",
// "28.04.2021 - 07:18 | Quelle: dpa-afx | Lesedauer etwa 4 min. | Text
// vorlesen", "14.09.2018 · Männer · HBL1". One part is a date line
// (isDateLine), or two ("Published … | Updated …"); the others are a few
// words each: a section, an author, a source, a time. Like a date line,
// it is read only at the article's edge.

// dateStripMax bounds the text, in bytes, of a block read as a date strip.
const dateStripMax = 160

// stripPartMax and stripPartWordsMax bound each part but the date: a
// longer part is a sentence or a headline, and the line is the story's.
const (
	stripPartMax      = 40
	stripPartWordsMax = 5
)

// isStripSeparator reports the marks that part a date strip.
func isStripSeparator(r rune) bool {
	return r == '|' || r == '·' || r == '•'
}

// isDateStrip reports whether raw, a block's text, is a date strip: two or
// more parts, one or more of them date lines and each other one short.
func isDateStrip(raw string) bool {
	if strings.IndexAny(raw, "0123456789") < 0 || strings.IndexFunc(raw, isStripSeparator) < 0 {
		return false // a date has digits, a strip a separator; most lines asked have neither
	}
	parts, dates := 0, 0
	for _, part := range strings.FieldsFunc(raw, isStripSeparator) {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		parts++
		switch {
		case isDateLine(part):
			dates++
		case len(part) > stripPartMax || len(strings.Fields(part)) > stripPartWordsMax:
			return false
		}
	}
	return parts >= 2 && dates >= 1
}
