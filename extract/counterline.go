package extract

import "strings"

// A counter line is a widget's count printed on its own line beside the
// story: "37 views", "3 Kommentare", "1 Besucher online", "1,199
// signatures". The story itself never says a bare number and a noun on a
// line: a list item does ("3 Batterien AA", "250 g"), so only the nouns a
// counter shows are read.

// counterLineMax bounds the text, in bytes, of a counter line.
const counterLineMax = 40

// counterNouns are what a page counts beside a story, lower-cased, in
// several languages.
var counterNouns = map[string]bool{
	"views": true, "view": true, "aufrufe": true, "vues": true, "visitas": true, "visualizzazioni": true,
	"wyświetleń": true, "просмотров": true, "lecturas": true, "reads": true, "mal gelesen": true,
	"comments": true, "comment": true, "kommentare": true, "kommentar": true, "commentaires": true,
	"comentarios": true, "commenti": true, "komentarzy": true, "likes": true, "shares": true,
	"commentaire": true, "comentario": true, "réactions": true, "réaction": true, "reactions": true,
	"responses": true, "replies": true,
	"besucher online": true, "visitors online": true, "users online": true, "interakcji": true,
	"signatures": true, "unterschriften": true,
}

// isCounterLine reports lower-cased text that is a count and a counter's
// noun ("37 views", after a verb: "view 12 comments"), or the noun as a
// label of the count ("comments: 12", "kommentare insgesamt: 0",
// "comments (5)").
func isCounterLine(lower string) bool {
	lower = withoutCounterVerb(strings.TrimSpace(lower))
	if number, noun, ok := strings.Cut(lower, " "); ok && digitsJoinedBy(number, ".,") && counterNouns[strings.Join(strings.Fields(noun), " ")] {
		return true
	}
	i := strings.LastIndexAny(lower, ":(")
	if i <= 0 || !digitsJoinedBy(strings.TrimSpace(strings.TrimSuffix(lower[i+1:], ")")), ".,") {
		return false
	}
	label := strings.Fields(lower[:i])
	if n := len(label); n > 1 && counterTotals[label[n-1]] {
		label = label[:n-1]
	}
	return counterNouns[strings.Join(label, " ")]
}

// counterVerbs open a counter that is a button to show what it counts:
// "View 12 comments", "See all 45 comments", "Read 3 replies".
var counterVerbs = []string{"view ", "see ", "read ", "show "}

// withoutCounterVerb returns lower without a counter verb and an "all"
// after it, when a count follows them.
func withoutCounterVerb(lower string) string {
	for _, verb := range counterVerbs {
		if rest, ok := strings.CutPrefix(lower, verb); ok {
			rest = strings.TrimPrefix(rest, "all ")
			if rest != "" && isASCIIDigit(rest[0]) {
				return rest
			}
		}
	}
	return lower
}

// counterTotals are the words that say a labelled count is the whole
// ("kommentare insgesamt: 0").
var counterTotals = map[string]bool{"insgesamt": true, "gesamt": true, "total": true, "totales": true}

// bareCountMax bounds the text, in bytes, of a bare count.
const bareCountMax = 12

// isBareCount reports a line that is a number and nothing else ("0",
// "17302", "1.234", a like button's "+1"): a widget's count that lost its
// noun to an icon, or a story's id, printed after the story. A year
// ("2019") dates rather than counts, and is left to the date rules.
func isBareCount(raw string) bool {
	raw = strings.TrimPrefix(strings.TrimSpace(raw), "+")
	if !digitsJoinedBy(raw, ".,") || strings.ContainsAny(raw[len(raw)-1:], ".,") {
		return false
	}
	return len(raw) != 4 || !holdsYear(raw)
}
