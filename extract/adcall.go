package extract

import "strings"

// An advertisement's line at the article's edge ends with its call to
// act now: "Time to show-off your poker skills and win Rs.25 lakhs with no
// investment. Register Now!", "Start Your Daily Mornings with Times of
// India Newspaper! Order Now". News prose does not end a paragraph so.

// adCallLineMax bounds the text, in bytes, of an advertisement's line.
const adCallLineMax = 200

// adCalls end an advertisement's line, lower-cased, before its last
// punctuation.
var adCalls = []string{"register now", "order now", "buy now", "shop now", "book now", "download now",
	"join now", "install now", "get it now", "claim now", "claim yours now", "jetzt bestellen", "jetzt kaufen",
	"jetzt buchen", "jetzt registrieren", "compra ahora", "regístrate ahora", "achetez maintenant"}

// isAdCallLine reports lower-cased text that ends with an advertisement's
// call to act now.
func isAdCallLine(lower string) bool {
	lower = strings.TrimRight(lower, " !.»›>→")
	return hasAnySuffix(lower, adCalls) || isVisitCall(lower)
}

// visitCallWordsMax bounds the words of a call to visit a site ("Visit
// Shots! now": four).
const visitCallWordsMax = 5

// isVisitCall reports a short call to visit another site or shop now,
// lower-cased and trimmed: "visit shots! now", "visit our store now".
func isVisitCall(lower string) bool {
	return strings.HasPrefix(lower, "visit ") && strings.HasSuffix(lower, " now") &&
		len(strings.Fields(lower)) <= visitCallWordsMax
}
