package extract

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// A date line is a short block that only says when the page was
// published or updated: "Aktualisiert: 11.04.2020, 10:27", "Published on
// Monday, 7 October 2020", "23.10.2018". Left inside the article, it reads
// as the first or last line of the text; the date itself is kept in the
// article's metadata.

// dateLineMax bounds the text, in bytes, of a block read as a date line.
const dateLineMax = 80

// dateLineWordsMax bounds the words of a date line: a published and an
// updated date with their times and labels ("Publié le 2 nov. 2023 à
// 16:00 Mis à jour le 2 nov. 2023 à 16:16") fit.
const dateLineWordsMax = 16

// isDateLine reports whether raw, a block's text, holds a date with a year
// and nothing else but times, weekdays, month names and the words that
// label a date: "Aktualisiert: 11.04.2020, 10:27", "Posted: Thursday,
// April 21, 2022. 10:11 pm CST.". A line that also names the author
// ("Sarah Gooding March 9, 2017") stays: Readability keeps it, and
// Mozilla's expected articles with it.
func isDateLine(raw string) bool {
	raw = unglueYearAndTime(raw)
	if !onlyDateLineWords(raw) {
		return false
	}
	_, ok := dateInText(raw)
	return ok
}

// unglueYearAndTime puts a space between a year and a clock time that two
// elements set side by side, their text run together: "<strong>4 de
// mayo de 2022</strong><span><time>07:59</time> hs</span>" reads
// "… 202207:59 hs". Text with no such run comes back unchanged.
func unglueYearAndTime(raw string) string {
	for i := 0; i+7 <= len(raw); i++ {
		if (i == 0 || !isASCIIDigit(raw[i-1])) && holdsYear(raw[i:i+4]) && isClockTimeStart(raw[i+4:]) {
			return raw[:i+4] + " " + raw[i+4:]
		}
	}
	return raw
}

// isClockTimeStart reports text that opens with a clock time, an hour of
// one or two digits, a colon and two digits: "07:59 hs", "7:59".
func isClockTimeStart(s string) bool {
	hour := 0
	for hour < len(s) && hour < 2 && isASCIIDigit(s[hour]) {
		hour++
	}
	return hour > 0 && len(s) >= hour+3 && s[hour] == ':' && isASCIIDigit(s[hour+1]) && isASCIIDigit(s[hour+2])
}

// isCountedDateLine reports a date line that ends with the count of the
// story's comments or views, which a page prints beside its date: "14.
// Januar 2020, 9:21 Uhr 571 Kommentare", "am Sonntag, 11.12.2022 - 05:00
// (1 Kommentar)".
func isCountedDateLine(raw string) bool {
	words := strings.Fields(raw)
	if len(words) < 3 {
		return false
	}
	count := strings.ToLower(strings.Trim(strings.Join(words[len(words)-2:], " "), "()[]"))
	return isCounterLine(count) && isDateLine(strings.Join(words[:len(words)-2], " "))
}

// timeLabels label a time line, lower-cased.
var timeLabels = map[string]bool{"updated": true, "published": true, "posted": true, "aktualisiert": true,
	"veröffentlicht": true, "stand": true, "publié": true, "jour": true, "actualizado": true, "publicado": true,
	"aggiornato": true, "pubblicato": true, "bijgewerkt": true, "gepubliceerd": true, "aggiornamento": true,
	"aktualisierung": true, "update": true, "actualización": true, "atualizado": true, "atualização": true}

// isTimeLine reports whether raw, a block's text, says only at what time
// the story was published or updated, with no date: "Updated: 9.45pm",
// "Aktualisiert um 10:27 Uhr". It goes as a date line does, but dates
// nothing.
func isTimeLine(raw string) bool {
	if !onlyDateLineWords(raw) {
		return false
	}
	if _, ok := dateInText(raw); ok {
		return false
	}
	labelled, timed := false, false
	for _, w := range strings.FieldsFunc(strings.ToLower(raw), func(r rune) bool { return r == ',' || unicode.IsSpace(r) }) {
		w = strings.Trim(w, ".,:;()[]|/–—-·•")
		labelled = labelled || timeLabels[w]
		timed = timed || isClockTime(w)
	}
	return labelled && timed
}

// isBareTimeLine reports whether raw, a block's text, is a clock time and
// nothing else: "17:40", "6:14 a.m.", "9:27 am", a story's time of
// publication set on a line of its own above or below it. Only an hour and
// minutes joined by a colon count: "9.45" alone may be a price, and "28:25"
// a handball score. An hour of one digit needs "am", "pm" or "Uhr" after
// it: "8:09" alone is as often a video's length (Mozilla's cnet-svg-classes
// keeps one).
func isBareTimeLine(raw string) bool {
	words := strings.Fields(raw)
	if len(words) == 0 || len(words) > 2 || len(raw) > bareTimeLineMax {
		return false
	}
	hour, minute, ok := strings.Cut(words[0], ":")
	marked := false
	if len(words) == 1 {
		for _, m := range dayHalves { // "6:14pm"
			if cut, found := strings.CutSuffix(strings.ToLower(minute), m); found {
				minute, marked = cut, true
				break
			}
		}
	} else if marked = slices.Contains(dayHalves, strings.ToLower(words[1])); !marked {
		return false
	}
	return ok && (len(hour) == 2 || len(hour) == 1 && marked) && len(minute) == 2 &&
		digitsJoinedBy(hour, "") && digitsJoinedBy(minute, "") && atoi(hour) <= 23 && atoi(minute) <= 59
}

// bareTimeLineMax bounds the text, in bytes, of a bare time line.
const bareTimeLineMax = 12

// dayHalves may follow a bare clock time, lower-cased.
var dayHalves = []string{"am", "pm", "a.m.", "p.m.", "uhr", "h"}

// isWeekdayLine reports whether raw, a block's text, is only a weekday: the
// part of a date line that a page set apart from the date ("Monday").
func isWeekdayLine(raw string) bool {
	return len(raw) <= weekdayLineMax && dateLineWeekdays[strings.ToLower(strings.Trim(raw, " ,.\u00a0"))]
}

// weekdayLineMax bounds the text, in bytes, of a weekday line.
const weekdayLineMax = 20

// isClockTime reports a time of day: "10:27", "9.45pm", "16h30".
func isClockTime(w string) bool {
	w = strings.TrimRight(w, "apmuhr.")
	i := strings.IndexAny(w, ":.h")
	return i > 0 && i <= 2 && len(w)-i-1 == 2 && digitsJoinedBy(w[:i], "") && digitsJoinedBy(w[i+1:], "")
}

// onlyDateLineWords reports whether raw holds digits and nothing but the
// words of a date line: numerals, times, weekdays, month names and the
// words that label a date.
func onlyDateLineWords(raw string) bool {
	if strings.IndexAny(raw, "0123456789") < 0 {
		return false // every date has digits; most lines looked at have none
	}
	words := strings.FieldsFunc(raw, func(r rune) bool { return r == ',' || unicode.IsSpace(r) })
	if len(words) > 2 && isSectionSeparator(words[1]) && !isDateLineWord(strings.ToLower(words[0])) {
		words = words[2:] // the section's name before the date: "Erhverv - 02. januar 2020 kl. 10:21"
	}
	count := 0
	for _, w := range words {
		w = strings.ToLower(strings.Trim(w, ".,:;()[]|/–—-·•"))
		if w == "" {
			continue // a separator: "Posted: … / Updated: …"
		}
		if count++; count > dateLineWordsMax {
			return false
		}
		if isDateLineWord(w) {
			continue
		}
		// "Date:Sat": a label glued to what it labels.
		label, rest, ok := strings.Cut(w, ":")
		if !ok || !isDateLineWord(label) || !isDateLineWord(rest) {
			return false
		}
	}
	return true
}

// categoryLabels name the section a date line may end with, lower-cased:
// "24.01.2022 11:38 Kategorie: News", "Datum: 22.12.2012, Rubrik: USA".
var categoryLabels = []string{"kategorie:", "kategorie :", "category:", "category :", "categories:",
	"rubrik:", "ressort:", "catégorie :", "catégorie:", "categoría:", "categoria:"}

// categoryWordsMax bounds the words of the section's name after the label.
const categoryWordsMax = 4

// isDatedCategoryLine reports whether raw, a block's text, is a date line
// followed by the section the story is filed in.
func isDatedCategoryLine(raw string) bool {
	if strings.IndexAny(raw, "0123456789") < 0 {
		return false // no date before the label (see isDateLine); asked of most short lines, so before lower-casing
	}
	lower := lowerAligned(raw) // its offsets cut raw
	for _, label := range categoryLabels {
		at := strings.Index(lower, label)
		if at <= 0 {
			continue
		}
		name := strings.Fields(raw[at+len(label):])
		return len(name) >= 1 && len(name) <= categoryWordsMax && isDateLine(raw[:at])
	}
	return false
}

// isSectionSeparator reports the mark a kicker line sets between the
// section's name and the date.
func isSectionSeparator(w string) bool {
	switch w {
	case "-", "–", "—", "|", "·", "•", "/":
		return true
	}
	return false
}

// isDateLineWord reports a word, lower-cased and trimmed of punctuation,
// that a date line may hold: a numeral (a time with its "pm" too), a word
// that labels a date, a weekday or a month.
func isDateLineWord(w string) bool {
	switch {
	case w == "" || isNumeral(w) || dateLineWords[w] || dateLineWeekdays[w] || monthNames[w] > 0:
		return true
	}
	// A numeral with letters glued on: "07:02pm", an ordinal ("9th",
	// "1er"), or the next label run into a time ("16:00mis à jour").
	i := strings.IndexFunc(w, unicode.IsLetter)
	if i <= 0 || !isNumeral(w[:i]) {
		return false
	}
	return ordinalSuffixes[w[i:]] || isDateLineWord(w[i:])
}

// ordinalSuffixes follow a day's number: "9th Nov", "1er mars".
var ordinalSuffixes = map[string]bool{"st": true, "nd": true, "rd": true, "th": true, "er": true, "e": true}

// dateLineWeekdays are the weekdays, whole and abbreviated, a date line
// names: "Wed, Oct 14, 2020", "martes 17 de marzo de 2020". (Bylines are
// cut at whole weekday names only, see weekdays: "Sun" ends many a
// newspaper's name.)
var dateLineWeekdays = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range weekdays {
		m[w] = true
	}
	for _, w := range []string{"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
		"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
		"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
		"lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
		"segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
		"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
		"pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"} {
		m[w] = true
	}
	return m
}()

// isNumeral reports a word made of digits and the marks that join a
// date's or a time's numbers: "11.04.2020", "10:27", "2020-04-11", "7.".
func isNumeral(w string) bool {
	return digitsJoinedBy(w, ".:-/+h")
}

// digitsJoinedBy reports a word that holds a digit and otherwise only the
// runes of marks.
func digitsJoinedBy(w, marks string) bool {
	digits := false
	for _, c := range w {
		switch {
		case c >= '0' && c <= '9':
			digits = true
		case strings.ContainsRune(marks, c):
		default:
			return false
		}
	}
	return digits
}

// dateLineWords are the words, in several languages, that stand around a
// date in a date line: "updated on", "veröffentlicht am … um … Uhr",
// "publié le … à", "publicado el … de", time zones and "am"/"pm".
var dateLineWords = map[string]bool{
	"published": true, "updated": true, "posted": true, "last": true, "on": true, "at": true,
	"by": true, "written": true, "von": true, "par": true, "por": true, // a byline's words whose name the pass took
	"date": true, "created": true, "modified": true, "am": true, "pm": true, "a.m": true, "p.m": true,
	"veröffentlicht": true, "aktualisiert": true, "erstellt": true, "geändert": true, "zuletzt": true,
	"stand": true, "um": true, "uhr": true, "datum": true, "vom": true, "veröffentlichung": true, "article": true,
	"publiziert": true, "aktualisierung": true, "letzte": true, "nachricht": true, "meldung": true,
	"publié": true, "mis": true, "à": true, "jour": true, "le": true, "modifié": true, "créé": true,
	"publicado": true, "actualizado": true, "el": true, "de": true, "del": true, "a": true, "las": true,
	"pubblicato": true, "aggiornato": true, "il": true, "alle": true, "ore": true, "ultimo": true, "aggiornamento": true,
	"gepubliceerd": true, "bijgewerkt": true, "op": true, "om": true,
	"first": true, "filed": true, "originally": true, // "First published on Tue 5 Jan 2021 15.41 GMT", "Filed Jan 5, 2020 at 3:41 PM"
	"ago": true, "hour": true, "hours": true, "hrs": true, "minute": true, "minutes": true, "mins": true, // "… / Updated 2 hours ago"
	"hs": true, "h": true, // "miércoles, 4 de mayo de 2022 07:59 hs", "le 5 mai 2022 à 7:59 h"
	"입력": true, "수정": true, "등록": true, "기사입력": true, "업데이트": true, // Korean: entered, revised, registered
	"更新": true, "公開": true, "配信": true, "发布时间": true, "發佈時間": true, "发布": true, "發佈": true, // Japanese, Chinese
	"utc": true, "gmt": true, "cet": true, "cest": true, "mez": true, "mesz": true, "et": true, "edt": true,
	"est": true, "pt": true, "pst": true, "pdt": true, "bst": true, "cst": true, "ist": true,
	"cdt": true, "mst": true, "mdt": true, "akst": true, "akdt": true, "hst": true, "aest": true, "aedt": true,
	"acst": true, "awst": true, "nzst": true, "nzdt": true, "jst": true, "kst": true, "wib": true, "sast": true,
	"opublikowano": true, "aktualizacja": true, "publikacja": true, "dnia": true, "r": true,
	"publish": true, "atualizado": true, "em": true, "às": true, "postado": true, "publicada": true, "atualizada": true,
	"publicação": true, "atualização": true, "actualizada": true, "actualización": true, "pubblicata": true, "aggiornata": true,
	"son": true, "güncelleme": true, "yayınlanma": true, "tarihi": true,
	"kl": true, "publiceret": true, "opdateret": true, "publisert": true, "oppdatert": true,
	"publicerad": true, "uppdaterad": true, "publicerat": true,
}

// isLineBlock lists the elements a date line stands in on its own; a date
// in a table cell is a table's datum.
func isLineBlock(tag string) bool {
	switch tag {
	case "p", "div", "section", "h2", "h3", "h4", "h5", "h6", "header", "footer":
		return true
	}
	return false
}

// standsAsLine reports whether n renders as a line of its own: a line
// block, or a phrasing element (a <span>, a <time>, not a link) in a block,
// with only blocks or line breaks beside it, as a theme's
// <span class="posted-on"> before the headline. A <span> between words is
// part of a sentence.
func standsAsLine(n *html.Node) bool {
	if isLineBlock(n.Data) {
		return true
	}
	return isInline(n.Data) && n.Data != "a" && standsBetweenBlocks(n)
}

// standsBetweenBlocks reports whether the phrasing element n sits in a
// block with only blocks or line breaks beside it, so that it renders as
// a line of its own.
func standsBetweenBlocks(n *html.Node) bool {
	return n.Parent != nil && !isInline(n.Parent.Data) &&
		endsLine(nearestSibling(n, prevSibling)) && endsLine(nearestSibling(n, nextSibling))
}

// endsLine reports whether a node met beside a phrasing element (see
// nearestSibling) ends its line: there is none, or it is a block or a <br>.
func endsLine(s *html.Node) bool {
	return s == nil || s.Type == html.ElementNode && !isInline(s.Data)
}

// inTable reports whether n stands in a table cell, where a date is a
// table's datum.
func inTable(n *html.Node) bool {
	return hasAncestor(n, "td", "th")
}
