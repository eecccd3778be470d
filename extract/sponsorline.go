package extract

import "strings"

// A sponsor line names who paid for the story or the section it stands
// in: "Sponsored by Acme", "Presented by Acme Bank", "In partnership with
// Acme". It is a label of a few words at the article's edge; a sentence
// that opens so ("In partnership with the city, the group built 40
// homes") runs on past a name.

// Bounds of a sponsor line: its words, and its text in bytes.
const (
	sponsorLineWordsMax = 6
	sponsorLineMax      = 80
)

// sponsorOpenings open a sponsor line, lower-cased.
var sponsorOpenings = []string{"sponsored by ", "presented by ", "in partnership with ", "brought to you by ",
	"paid for by ", "gesponsert von ", "präsentiert von ", "in zusammenarbeit mit ", "patrocinado por ",
	"sponsorisé par ", "en partenariat avec "}

// isSponsorLine reports lower-cased text that is a sponsor line.
func isSponsorLine(lower string) bool {
	lower = strings.TrimRight(lower, ". ")
	return hasAnyPrefix(lower, sponsorOpenings) && !strings.ContainsAny(lower, ",;:.!?") &&
		len(strings.Fields(lower)) <= sponsorLineWordsMax
}
