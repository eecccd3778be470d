package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// A paragraph that is one link in capitals is a headline of another story
// set into this one ("TRUMP SHOWCASES ENDORSEMENT FROM GOP RISING STAR"),
// as news sites set their in-story links to related stories.

// capitalsLineMin is the least number of capital letters, and
// capitalsWordsMin the least number of words, of a line read as a
// headline in capitals: "SUBSCRIBE" or "USA" alone is not one.
const (
	capitalsLineMin  = 12
	capitalsWordsMin = 4
)

// isCapitalsLine reports whether n's text (read up to phraseBlockMax
// bytes) holds at least capitalsWordsMin words and capitalsLineMin
// capital letters, and no small ones. Scripts without letter case have
// no capitals, so their lines never count.
func isCapitalsLine(n *html.Node) bool {
	text, ok := boundedText(n, phraseBlockMax)
	if !ok || len(strings.Fields(text)) < capitalsWordsMin {
		return false
	}
	capitals := 0
	for _, r := range text {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			capitals++
		}
	}
	return capitals >= capitalsLineMin
}
