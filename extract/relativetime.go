package extract

import "strings"

// A relative time line says how long ago the story was published or
// updated, as the page stood when it was saved: "2 hours ago", "Updated 5
// minutes ago", "vor 2 Stunden", "hace 3 horas", "il y a 3 heures". At the
// article's edge it is a date line that dates nothing; a recipe's "15 Min"
// has no "ago" and stays.

// relativeTimeWordsMax bounds the words of a relative time line.
const relativeTimeWordsMax = 8

// agoBefore are the words that say "ago" before the span, lower-cased:
// "vor 2 Stunden", "hace 3 horas", "há 2 dias", "prije 28 minuta". French
// says "il y a".
var agoBefore = map[string]bool{"vor": true, "hace": true, "há": true, "prije": true, "pre": true}

// agoAfter are the words that say "ago" after the span: "2 hours ago", "2
// ore fa", "2 часа назад", "2 uur geleden", "2 godziny temu".
var agoAfter = map[string]bool{"ago": true, "fa": true, "назад": true, "geleden": true, "temu": true}

// spanCounts are the words that count a span as a number does: "an hour
// ago", "vor einer Stunde", "hace un día".
var spanCounts = map[string]bool{"a": true, "an": true, "one": true, "einer": true, "einem": true, "un": true,
	"una": true, "une": true, "um": true, "uma": true, "un'": true}

// spanUnits are the units of a span, lower-cased, singular and plural.
var spanUnits = map[string]bool{
	"sec": true, "secs": true, "second": true, "seconds": true, "min": true, "mins": true, "minute": true, "minutes": true,
	"hr": true, "hrs": true, "hour": true, "hours": true, "day": true, "days": true, "week": true, "weeks": true,
	"month": true, "months": true, "year": true, "years": true,
	"sekunde": true, "sekunden": true, "minuten": true, "stunde": true, "stunden": true, "tag": true,
	"tagen": true, "woche": true, "wochen": true, "monat": true, "monaten": true, "jahr": true, "jahren": true,
	"segundo": true, "segundos": true, "minuto": true, "minutos": true, "hora": true, "horas": true, "día": true,
	"días": true, "dia": true, "dias": true, "semana": true, "semanas": true, "mes": true, "meses": true,
	"seconde": true, "secondes": true, "heure": true, "heures": true, "jour": true, "jours": true, "semaine": true,
	"semaines": true, "mois": true, "ore": true, "giorno": true, "giorni": true, "minuti": true,
	"minuta": true, "sat": true, "sata": true, "sati": true, "dan": true, "dana": true,
	"uur": true, "dagen": true, "minut": true, "godziny": true, "godzin": true, "dni": true,
	"минуту": true, "минуты": true, "минут": true, "час": true, "часа": true, "часов": true, "день": true, "дня": true, "дней": true,
}

// isRelativeTimeLine reports whether lower, a block's text lower-cased,
// is a time label at most and a span of time with a word for "ago".
func isRelativeTimeLine(lower string) bool {
	var words [relativeTimeWordsMax]string
	n := 0
	for w := range strings.FieldsSeq(lower) {
		if n == len(words) {
			return false
		}
		words[n] = strings.Trim(w, ".,:;()[]|·•–—-")
		n++
	}
	rest := words[:n]
	for len(rest) > 0 && (timeLabels[rest[0]] || rest[0] == "" || rest[0] == "mis" || rest[0] == "à") {
		rest = rest[1:] // "Updated", "Mis à jour"
	}
	switch {
	case len(rest) == 3 && agoAfter[rest[2]]:
		return isSpan(rest[0], rest[1])
	case len(rest) == 3 && agoBefore[rest[0]]:
		return isSpan(rest[1], rest[2])
	case len(rest) == 5 && rest[0] == "il" && rest[1] == "y" && rest[2] == "a":
		return isSpan(rest[3], rest[4])
	}
	return false
}

// isSpan reports a count (digits, or "an", "einer", "un") and a unit of
// time: "2 hours", "einer Stunde".
func isSpan(count, unit string) bool {
	return (spanCounts[count] || count != "" && digitsJoinedBy(count, "")) && spanUnits[unit]
}
