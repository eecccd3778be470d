package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Dates written in page text, for pages that give no machine-readable
// date: "25.01.2022", "2022-01-25", "25. Januar 2022", "January 25, 2022",
// "25 de enero de 2022". The month names cover English, German, French,
// Spanish, Italian, Portuguese and Dutch.

var (
	numericDate  = regexp.MustCompile(`\b([0-3]?\d)\.\s?([01]?\d)\.\s?((?:19|20)\d{2})\b`)
	isoDate      = regexp.MustCompile(`\b((?:19|20)\d{2})-([01]\d)-([0-3]\d)\b`)
	dayMonthYear = regexp.MustCompile(`(?i)\b([0-3]?\d)(?:\.|er|st|nd|rd|th)?\s+(?:de\s+)?(\p{L}{3,10})\.?,?\s+(?:de\s+)?((?:19|20)\d{2})\b`)
	monthDayYear = regexp.MustCompile(`(?i)\b(\p{L}{3,10})\.?\s+([0-3]?\d)(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b`)
)

// monthNames maps lower-case month names and abbreviations to numbers.
var monthNames = func() map[string]int {
	m := map[string]int{}
	lists := [][]string{
		{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"},
		{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"},
		{"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"},
		{"jänner", "feber", "maerz", "apr", "mai", "jun", "jul", "aug", "sept", "okt", "nov", "dez"},
		{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
		{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
		{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
		{"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"},
		{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
	}
	for _, list := range lists {
		for i, name := range list {
			if _, seen := m[name]; !seen {
				m[name] = i + 1
			}
		}
	}
	return m
}()

// dateInText returns the first plausible date written in text.
func dateInText(text string) (time.Time, bool) {
	type found struct {
		at int
		t  time.Time
	}
	var best *found
	consider := func(at int, y, mo, d int) {
		t, ok := makeDate(y, mo, d)
		if ok && (best == nil || at < best.at) {
			best = &found{at, t}
		}
	}
	if m := isoDate.FindStringSubmatchIndex(text); m != nil {
		consider(m[0], atoi(text[m[2]:m[3]]), atoi(text[m[4]:m[5]]), atoi(text[m[6]:m[7]]))
	}
	if m := numericDate.FindStringSubmatchIndex(text); m != nil {
		consider(m[0], atoi(text[m[6]:m[7]]), atoi(text[m[4]:m[5]]), atoi(text[m[2]:m[3]]))
	}
	for _, m := range dayMonthYear.FindAllStringSubmatchIndex(text, 4) {
		if mo, ok := monthNames[strings.ToLower(text[m[4]:m[5]])]; ok {
			consider(m[0], atoi(text[m[6]:m[7]]), mo, atoi(text[m[2]:m[3]]))
			break
		}
	}
	for _, m := range monthDayYear.FindAllStringSubmatchIndex(text, 4) {
		if mo, ok := monthNames[strings.ToLower(text[m[2]:m[3]])]; ok {
			consider(m[0], atoi(text[m[6]:m[7]]), mo, atoi(text[m[4]:m[5]]))
			break
		}
	}
	if best == nil {
		return time.Time{}, false
	}
	return best.t, true
}

func makeDate(y, mo, d int) (time.Time, bool) {
	if mo < 1 || mo > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || !plausibleDate(t) {
		return time.Time{}, false
	}
	return t, true
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
