package extract

import "strings"

// A figure's legend set as a line of text under the picture, not in a
// <figcaption>: "Abbildung 4: klassische Schwachschicht.", "Figure 2:
// Changing Font Size of All Text Elements.", "Abb.: Collage aus
// Internetbildern". It is a caption, and goes as captions do.

// figureLabels open a figure's legend, lower-cased, each with whether a
// number must follow ("Bild 2:" is a legend, "Bild:" a credit the credit
// rules read).
var figureLabels = []struct {
	label    string
	numbered bool
}{
	{"abbildung", false}, {"abb.", false}, {"figure", true}, {"fig.", true}, {"figura", true},
	{"grafik", false}, {"schaubild", false}, {"bild", true},
}

// isFigureLegend reports lower-cased text that opens with a figure's label,
// its number, and a colon.
func isFigureLegend(lower string) bool {
	for _, f := range figureLabels {
		rest, ok := strings.CutPrefix(lower, f.label)
		if !ok {
			continue
		}
		rest = strings.TrimLeft(rest, " ")
		number := strings.TrimLeft(rest, "0123456789")
		if f.numbered && len(number) == len(rest) {
			return false
		}
		number = strings.TrimLeft(number, " ")
		return strings.HasPrefix(number, ":") && len(strings.TrimSpace(number[1:])) > 0
	}
	return false
}
