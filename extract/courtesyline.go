package extract

import "strings"

// A courtesy line credits a picture or the story itself to whoever gave it:
// "Courtesy of Forests News", "Photo courtesy of Jane Doe", "Courtesy:
// Reuters". It stands alone and is short; a sentence that opens so ("Courtesy
// of the new law, rents fell") has a clause after a comma, and stays.

// courtesyLineWordsMax bounds the words of a courtesy line.
const courtesyLineWordsMax = 8

// courtesyOpenings open a courtesy line, lower-cased.
var courtesyOpenings = []string{"courtesy of ", "courtesy: ", "photo courtesy ", "photos courtesy ",
	"image courtesy ", "images courtesy ", "picture courtesy ", "video courtesy "}

// isCourtesyLine reports lower-cased text that is a courtesy line.
func isCourtesyLine(lower string) bool {
	return hasAnyPrefix(lower, courtesyOpenings) && !strings.Contains(lower, ",") &&
		len(strings.Fields(lower)) <= courtesyLineWordsMax
}
