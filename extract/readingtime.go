package extract

import (
	"strings"
	"unicode"
)

// A reading-time line says how long the article takes to read: "Lesezeit:
// 2 Minuten", "Estimated reading time: 6 minutes", "5 min read", "Ten
// tekst przeczytasz w 1 minutę", "Less than a minute read", at times after
// the time of publication ("dzisiaj, 08:07 Ten tekst przeczytasz w 1
// minutę"). A recipe's "Backzeit 25 Min." is not one: the line must say it
// is about reading.

// readingTimeLineMax bounds the text, in bytes, of a reading-time line.
const readingTimeLineMax = 60

// isReadingTimeLine reports lower-cased text made only of a number of
// minutes, or "less than a minute", and the words that say it is the time
// to read.
func isReadingTimeLine(lower string) bool {
	if strings.IndexAny(lower, "0123456789") < 0 && !strings.Contains(lower, "min") {
		return false // every minute word holds "min"
	}
	reading, minutes, number := false, false, false
	for _, w := range strings.FieldsFunc(lower, func(r rune) bool { return r == '-' || unicode.IsSpace(r) }) { // "5-min read"
		w = strings.Trim(w, ".,:;()|–-")
		switch {
		case w == "":
		case isNumeral(w):
			number = true
		case minuteWords[w]:
			minutes = true
		case readingWords[w]:
			reading = true
		case lessThanWords[w]:
			number = true // "less than a minute"
		case readingFillers[w]:
		default:
			return false
		}
	}
	return reading && minutes && number
}

var (
	// minuteWords name minutes, in several languages.
	minuteWords = map[string]bool{
		"min": true, "mins": true, "minute": true, "minutes": true, "minuten": true, "minut": true,
		"minutę": true, "minuty": true, "minuti": true, "minutos": true, "minuto": true,
	}
	// readingWords say that the minutes are the time to read.
	readingWords = map[string]bool{
		"lesezeit": true, "lesedauer": true, "read": true, "reading": true, "lecture": true,
		"lectura": true, "lettura": true, "leitura": true, "przeczytasz": true, "leestijd": true,
	}
	// lessThanWords stand for the number in "less than a minute".
	lessThanWords = map[string]bool{
		"less": true, "under": true, "weniger": true, "unter": true, "moins": true, "menos": true, "meno": true,
		"mniej": true,
	}
	// readingFillers may stand beside them, with the day of publication
	// before its time ("dzisiaj, 08:07").
	readingFillers = map[string]bool{
		"estimated": true, "time": true, "von": true, "ca": true, "etwa": true, "approx": true, "about": true,
		"temps": true, "de": true, "tiempo": true, "tempo": true, "di": true, "ten": true, "tekst": true,
		"w": true, "niż": true, "<": true, "~": true, "than": true, "a": true, "als": true, "einer": true,
		"d'une": true, "un": true, "una": true, "que": true, "today": true, "yesterday": true, "heute": true,
		"gestern": true, "dzisiaj": true, "wczoraj": true,
	}
)
