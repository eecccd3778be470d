package extract

import "strings"

// A rating line is a star-rating widget's text: "5 from 7 votes", "3.65
// von 1990 Bewertungen", "Rating: 5.0/5 (1 vote cast)", "(Noch keine
// Bewertungen)", "Bewertung: 1,00 von 5 Sterne, basierend auf 1
// abgegebenen Stimmen." A review's "Overall Rating" heading, with no
// count, is not one.

// ratingLineMax bounds the text, in bytes, of a rating line.
const ratingLineMax = 90

// titledRatingMax bounds the text, in bytes, of a rating line that
// repeats the story's title (see isTitledRating).
const titledRatingMax = 250

// isTitledRating reports a rating line after the story's title and a
// comma, as a WordPress rating plugin prints it: "Truckwash A31, 6.0 out of
// 6 based on 1 rating". The rating must say what it is based on: a
// sentence may well end in ", 7 votes".
func isTitledRating(lower string) bool {
	i := strings.LastIndex(lower, ", ")
	if i <= 0 {
		return false
	}
	rating := lower[i+2:]
	return (strings.Contains(rating, " based on ") || strings.Contains(rating, " basierend auf ")) && isRatingLine(rating)
}

// isRatingLine reports lower-cased text made only of counts and scores
// and the words of a rating, with a word that counts (votes, ratings) and
// a number or a "no".
func isRatingLine(lower string) bool {
	if strings.IndexAny(lower, "0123456789") < 0 && !strings.Contains(lower, "keine") && !strings.Contains(lower, "no ") {
		return false // no count and no "no": most lines looked at
	}
	counted, number := false, false
	for _, w := range strings.Fields(lower) {
		w = strings.Trim(w, ".,:;()[]|–-")
		switch {
		case w == "":
		case isScore(w):
			number = true
		case ratingCounts[w]:
			counted = true
		case ratingWords[w]:
		case w == "keine" || w == "no":
			number = true
		default:
			return false
		}
	}
	return counted && number
}

// isScore reports a count or a score: "7", "3.65", "1,00", "5.0/5".
func isScore(w string) bool {
	return digitsJoinedBy(w, ".,/")
}

var (
	// ratingCounts count the ratings given.
	ratingCounts = map[string]bool{
		"votes": true, "vote": true, "ratings": true, "rating": true, "bewertungen": true, "bewertung": true, "stimmen": true,
		"reviews": true, "avis": true, "valoraciones": true, "votos": true, "voti": true, "ocen": true,
	}
	// ratingWords stand beside them.
	ratingWords = map[string]bool{
		"from": true, "von": true, "of": true, "out": true, "sterne": true, "stars": true, "star": true,
		"cast": true, "durchschnitt": true, "average": true, "noch": true, "yet": true,
		"basierend": true, "auf": true, "abgegebenen": true, "based": true, "on": true, "sur": true, "de": true,
	}
)
