package extract

import (
	"iter"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/itlightning/dateparse"
	"golang.org/x/net/html"
)

// Dates written in page text, for pages that give no machine-readable
// date: "25.01.2022", "2022-01-25", "25. Januar 2022", "January 25, 2022",
// "25 de enero de 2022", and the year first as East Asian pages write it:
// "2022/01/25", "2022.01.25", "2022年1月25日", "2022년 1월 25일". The month
// names cover English, German, French, Spanish, Italian, Portuguese,
// Dutch, the Scandinavian languages, Polish, Russian, Ukrainian, Czech,
// Romanian, Turkish, Greek, Finnish and Indonesian (the Slavic, Greek and
// Finnish ones in the case a date puts them in: "24 сентября 2020", "19
// Αυγούστου 2020", "3. kesäkuuta 2020").

var (
	numericDate  = regexp.MustCompile(`\b([0-3]?\d)\.\s?([01]?\d)\.\s?((?:19|20)\d{2})\b`)
	isoDate      = regexp.MustCompile(`\b((?:19|20)\d{2})-([01]\d)-([0-3]\d)\b`)
	slashDate    = regexp.MustCompile(`\b([0-3]?\d)/([0-3]?\d)/((?:19|20)\d{2})\b`)
	yearFirst    = regexp.MustCompile(`\b((?:19|20)\d{2})(?:[/.]|年\s?|년\s?)([01]?\d)(?:[/.]|月\s?|월\s?)([0-3]?\d)\b`)
	dayMonthYear = regexp.MustCompile(`(?i)\b([0-3]?\d)(?:\.|er|st|nd|rd|th)?\s+(?:de\s+)?(\p{L}{3,12})\.?,?\s+(?:de\s+)?((?:19|20)\d{2})\b`)
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
		{"jän", "febr", "mär", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez"},
		{"janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"},
		{"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"},
		{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
		{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
		{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
		{"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"},
		{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
		{"januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"},
		{"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"},
		{"januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"},
		{"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"},
		{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"},
		{"січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"},
		{"ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"},
		{"ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"},
		{"ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"},
		{"ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου", "ιουνίου", "ιουλίου", "αυγούστου", "σεπτεμβρίου", "οκτωβρίου", "νοεμβρίου", "δεκεμβρίου"},
		{"tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"},
		{"januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"},
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
	t, _, ok := firstDate(text)
	return t, ok
}

// updateWords, just before a date, say it is when the page was updated,
// not published.
var updateWords = []string{"updated", "update:", "aktualisiert", "geändert", "änderung", "mis à jour", "modifié",
	"actualizado", "aggiornato", "atualizado", "bijgewerkt"}

// publishedInText returns the first plausible date in text that no update
// word comes just before: "Published 3 May 2021, updated 5 May 2021".
func publishedInText(text string) (time.Time, bool) {
	for at, t := range datesIn(text, 4) {
		before := strings.ToLower(text[max(0, at-24):at])
		if !containsAny(before, updateWords) {
			return t, true
		}
	}
	return time.Time{}, false
}

// datesIn yields the first limit plausible dates in text, each with the
// offset where it starts.
func datesIn(text string, limit int) iter.Seq2[int, time.Time] {
	return func(yield func(int, time.Time) bool) {
		for offset, tries := 0, 0; offset < len(text) && tries < limit; tries++ {
			t, at, ok := firstDate(text[offset:])
			if !ok || !yield(offset+at, t) {
				return
			}
			offset += at + 6 // past the date's start: the next one is searched for
		}
	}
}

// firstDate returns the first plausible date in text and where it starts.
func firstDate(text string) (time.Time, int, bool) {
	if !hasYear(text) {
		return time.Time{}, 0, false // every form has a year; most texts looked at have none
	}
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
	// A numeric form is looked for only when its separator occurs in text:
	// the regular expressions cost more than the scans.
	if strings.IndexByte(text, '-') >= 0 {
		if m := isoDate.FindStringSubmatchIndex(text); m != nil {
			consider(m[0], atoi(text[m[2]:m[3]]), atoi(text[m[4]:m[5]]), atoi(text[m[6]:m[7]]))
		}
	}
	if strings.ContainsAny(text, "/.年년") {
		for _, m := range yearFirst.FindAllStringSubmatchIndex(text, 4) {
			if !inPathOrKeyword(text, m[0], m[1]) {
				consider(m[0], atoi(text[m[2]:m[3]]), atoi(text[m[4]:m[5]]), atoi(text[m[6]:m[7]]))
				break
			}
		}
	}
	if strings.IndexByte(text, '.') >= 0 {
		if m := numericDate.FindStringSubmatchIndex(text); m != nil {
			consider(m[0], atoi(text[m[6]:m[7]]), atoi(text[m[4]:m[5]]), atoi(text[m[2]:m[3]]))
		}
	}
	if strings.IndexByte(text, '/') >= 0 {
		if m := slashDate.FindStringSubmatchIndex(text); m != nil {
			first, second := atoi(text[m[2]:m[3]]), atoi(text[m[4]:m[5]])
			if second > 12 { // 03/25/2015: the month comes first
				first, second = second, first
			}
			consider(m[0], atoi(text[m[6]:m[7]]), second, first) // 02/10/2020: day first, as most of the world writes
		}
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
		return time.Time{}, 0, false
	}
	return best.t, best.at, true
}

// hasYear reports whether text holds four digits that could be a year of
// a date pith reads (1900-2099).
func hasYear(text string) bool {
	for i := 0; i+4 <= len(text); i++ {
		if c := text[i]; (c == '1' && text[i+1] == '9' || c == '2' && text[i+1] == '0') && isASCIIDigit(text[i+2]) && isASCIIDigit(text[i+3]) {
			return true
		}
	}
	return false
}

// isASCIIDigit reports a byte that is a digit 0-9.
func isASCIIDigit(b byte) bool {
	return '0' <= b && b <= '9'
}

// inPathOrKeyword reports a year-first date at text[start:end] that is no
// date the page was written on: a link's path ("/wp/2012/05/13/…", another
// page's date) or a version control system's keyword ("$Date: 2016/11/18
// 06:31:41 $", when the file last changed).
func inPathOrKeyword(text string, start, end int) bool {
	if start > 0 && text[start-1] == '/' || end < len(text) && text[end] == '/' {
		return true
	}
	return strings.HasSuffix(strings.TrimRight(text[:start], " "), "$Date:")
}

// shortNumericDate is a day, month and two-digit year: "23.09.22".
var shortNumericDate = regexp.MustCompile(`(?:^|[^\d.])([0-3]?\d)\.([01]?\d)\.(\d{2})(?:$|[^\d.])`)

// shortDateInText returns a date written with a two-digit year. It is
// read only in elements that say they hold a date, where "23.09.22" is
// not a version number.
func shortDateInText(text string) (time.Time, bool) {
	m := shortNumericDate.FindStringSubmatch(text)
	if m == nil {
		return time.Time{}, false
	}
	year := 2000 + atoi(m[3])
	if year > time.Now().Year()+1 {
		year -= 100
	}
	return makeDate(year, atoi(m[2]), atoi(m[1]))
}

// machineDate parses a date written for machines (metadata, script
// state): any common format, or failing that the ISO day it begins with
// ("2022-05-04-0305:49:00-10800").
func machineDate(s string) (time.Time, bool) {
	if s == "" {
		return time.Time{}, false
	}
	if t, err := dateparse.ParseAny(s); err == nil && plausibleDate(t) {
		return t, true
	}
	return leadingISODate(s)
}

// leadingISODate reads the date at the start of a declared date that the
// date parser rejects for what follows it.
func leadingISODate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 10 || !isoDate.MatchString(s[:10]) {
		return time.Time{}, false
	}
	return makeDate(atoi(s[:4]), atoi(s[5:7]), atoi(s[8:10]))
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

// published returns the article's date: the one the page declares for
// machines (JSON-LD, meta tags, microdata), else one written in the page
// (see writtenDate) or its URL, its script state, and last one at the start
// of the article's text.
//
// A declared UTC time goes to the zone the page's <time> element shows it
// in (inShownZone). The dateline, the first publication date written under
// the headline or just above it (not an update's), may overrule it when it
// shows another day and the declared day is not shown too: it picks
// another declared date on its day if there is one, else it wins when the
// page's date element or its <time> element shows the same day. The
// reader's day is the article's. publishedOnSiteDay then puts a UTC time
// on the site's own day (zone.go).
func (m *pageMeta) published(pageURL, articleText string) time.Time {
	if declared := m.declaredDate(); !declared.IsZero() {
		declared = m.inShownZone(declared)
		dateline := headOf(m.textAfterH1(), datelineText)
		after, ok := publishedInText(dateline)
		if !ok && m.sawH1 { // a dateline just above the headline
			after, ok = publishedInText(string(m.beforeH1))
		}
		if !ok || sameDay(after, declared) || sameDaySwapped(after, declared) {
			return declared // the usual case: nothing more to read
		}
		if showsDay(dateline, declared) {
			return declared
		}
		for other := range m.declaredDates() {
			if sameDay(other, after) {
				return other // the metadata disagree; the dateline shows this one
			}
		}
		if shown := m.elementDate(); !shown.IsZero() && sameDay(shown, after) {
			return m.withTimeTag(shown) // what the reader sees, twice, against the metadata
		}
		if tag := m.timeTagDate(); sameDay(tag, after) {
			return tag // the dateline and the <time> element agree
		}
		return declared
	}
	written := m.writtenDate()
	if match := datePattern.FindStringSubmatch(pageURL); match != nil {
		if day, err := time.Parse("2006-01-02", match[1]+"-"+match[2]+"-"+match[3]); err == nil && !sameDay(day, written) {
			return day // the URL's day, unless the page gives the same day with its time
		}
	}
	if script := m.scriptDate(); written.IsZero() || isMidnight(written) && sameDay(script, written) {
		written = script // the page's script state, or its time of the day the text gives
	}
	if match := dayFirstURLDate.FindStringSubmatch(pageURL); match != nil && written.IsZero() {
		written, _ = makeDate(atoi(match[3]), atoi(match[2]), atoi(match[1]))
	}
	if written.IsZero() { // last, a dateline at the article's start
		written, _ = dateInText(headOf(articleText, articleLeadText))
	}
	return written
}

// publishedOnSiteDay returns the published time (see published) on the
// site's own day: a UTC time is put in the site's guessed time zone
// (zone.go), unless that moves it off the day the page's date elements
// show: a page declaring 03:38Z and showing "January 28" is on the 28th
// wherever the guess puts its site. A time that falls on the zone's
// midnight is that day's, whatever a date element derived from UTC shows.
func (m *pageMeta) publishedOnSiteDay(pageURL, articleText, host string) time.Time {
	t := m.published(pageURL, articleText)
	local := inSiteZone(t, m.language(), host)
	if sameDay(local, t) || isMidnight(local) { // local midnight: a day the site stored as its own
		return local
	}
	if shown := m.elementDate(); !shown.IsZero() && sameDay(shown, t) {
		return t
	}
	return local
}

// maxShownDates bounds the dates read in a dateline to find a given day.
const maxShownDates = 4

// showsDay reports whether one of the first dates written in text falls on
// day's calendar day: "29. Dezember 2022 | 30. Dezember 2022" shows both
// days, so the one the metadata declares stands.
func showsDay(text string, day time.Time) bool {
	for _, t := range datesIn(text, maxShownDates) {
		if sameDay(t, day) {
			return true
		}
	}
	return false
}

// inShownZone returns a declared UTC time in the time zone of the page's
// first <time> element when that element shows the same instant on a
// local clock: "2023-11-09T05:30:59Z" declared and "2023-11-08 23:30:59"
// shown put the article on the 8th, six hours west of UTC. The minutes
// and seconds must agree, and the clocks differ by whole quarter hours of
// at most 14 hours, as zones do.
func (m *pageMeta) inShownZone(declared time.Time) time.Time {
	if _, offset := declared.Zone(); offset != 0 || isMidnight(declared) {
		return declared
	}
	shown := m.timeTagDate()
	if shown.IsZero() || isMidnight(shown) || shown.Second() != declared.Second() {
		return declared
	}
	wall := func(t time.Time) time.Time {
		return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
	}
	diff := wall(shown).Sub(wall(declared))
	if diff == 0 || diff%(15*time.Minute) != 0 || diff < -14*time.Hour || diff > 14*time.Hour {
		return declared
	}
	return declared.In(time.FixedZone("", int(diff/time.Second)))
}

// isMidnight reports a time of exactly 00:00:00: most often a bare date.
func isMidnight(t time.Time) bool {
	return t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0
}

// maxScripts bounds the scripts kept to look for a date in.
const maxScripts = 64

// scriptDateKeys are the JSON keys under which a page's script state
// (Next.js, Nuxt, Shopify and the like) keeps the article's date.
var scriptDateKeys = []string{`"datePublished"`, `"publishedDate"`, `"publishedAt"`, `"published_at"`,
	`"publishDate"`, `"publish_date"`, `"pubDate"`, `"dateCreated"`, `"createdAt"`, `"created_at"`}

// scriptDate returns the first plausible date a script gives under one of
// scriptDateKeys: "published_at":"2019-03-02T06:22:28+01:00".
func (m *pageMeta) scriptDate() time.Time {
	for _, key := range scriptDateKeys {
		for _, script := range m.scripts {
			i := strings.Index(script, key)
			if i < 0 {
				continue
			}
			rest := strings.TrimLeft(script[i+len(key):], " \t\n")
			rest, ok := strings.CutPrefix(rest, ":")
			if !ok {
				continue
			}
			rest = strings.TrimLeft(rest, " \t\n")
			rest, ok = strings.CutPrefix(rest, `"`)
			if !ok {
				continue
			}
			value, _, _ := strings.Cut(headOf(rest, 40), `"`)
			if t, ok := machineDate(value); ok {
				return t
			}
		}
	}
	return time.Time{}
}

// datelineText is how much of the text after the headline is read for
// the date it shows: a byline and a date sit in its first lines.
const datelineText = 600

// headlineDateText is how much of the text after the headline holds a
// date that is surely the article's: a standfirst and a byline at most.
const headlineDateText = 300

// withDateLine returns the start of the article's text as the page
// printed it: the date line the clean-up took from its start, if any,
// above the first articleLeadText bytes of text.
func withDateLine(dateLine, text string) string {
	if dateLine == "" {
		return text
	}
	return dateLine + "\n\n" + headOf(text, articleLeadText)
}

// articleLeadText is how much of the article's text, from its start, is
// read for a dateline when the page gives no other date.
const articleLeadText = 600

// declaredDate returns the first plausible date the page declares in its
// metadata.
func (m *pageMeta) declaredDate() time.Time {
	for t := range m.declaredDates() {
		return t
	}
	return time.Time{}
}

// declaredDates yields the plausible dates the page declares in its
// metadata, in the order of trust.
func (m *pageMeta) declaredDates() iter.Seq[time.Time] {
	return func(yield func(time.Time) bool) {
		candidates := []string{m.ld.published, m.meta["article:published_time"],
			m.meta["og:published_time"], m.itemprops["datepublished"], m.meta["datepublished"],
			m.meta["publishdate"], m.meta["pubdate"], m.meta["date"], m.meta["dc.date"],
			m.meta["dc.date.issued"], m.meta["dcterms.created"], m.meta["sailthru.date"],
			m.meta["parsely-pub-date"], m.meta["publication_date"], m.meta["publish_date"], m.meta["publish-date"],
			m.meta["date_published"], m.meta["published_time"], m.meta["article.published"], m.meta["dc.date.created"],
			m.meta["dcterms.date"], m.meta["dcterms.issued"], m.itemprops["datecreated"], m.ld.workPublished}
		for _, c := range candidates {
			if t, ok := machineDate(c); ok && !yield(t) {
				return
			}
		}
	}
}

// writtenDate returns the date the page writes for a reader, in this
// order: a date right under the headline; a labelled publication date
// ("Veröffentlicht am …", not an update's); the first date of the page's
// date or byline elements, or the one of them that the dateline under the
// headline shows; the first <time> element's (often a sidebar's, so it
// comes after the page's own date elements); a date anywhere in the text
// after the headline, or just before it. A date on the <time> element's
// day is given with that element's time.
func (m *pageMeta) writtenDate() time.Time {
	if after, ok := publishedInText(headOf(m.textAfterH1(), headlineDateText)); ok {
		return m.withTimeTag(after)
	}
	for _, text := range m.labelledDates {
		if t, ok := publishedInText(text); ok {
			return m.withTimeTag(t)
		}
	}
	if shown := m.elementDate(); !shown.IsZero() {
		if after, ok := publishedInText(headOf(m.textAfterH1(), datelineText)); ok && !sameDay(after, shown) && m.elementShows(after) {
			shown = after // the date element at the headline, not the first one on the page
		}
		return m.withTimeTag(shown)
	}
	if timeTag := m.timeTagDate(); !timeTag.IsZero() {
		return timeTag
	}
	if t, ok := dateInText(m.textAfterH1()); ok {
		return t
	}
	if m.sawH1 {
		if t, ok := dateInText(string(m.beforeH1)); ok {
			return t
		}
	}
	return time.Time{}
}

// timeTagDate returns the plausible date of the page's first <time>
// element, or the zero time.
func (m *pageMeta) timeTagDate() time.Time {
	t, err := dateparse.ParseAny(m.timeTag)
	if err != nil || !plausibleDate(t) {
		return time.Time{}
	}
	return t
}

// withTimeTag returns the first <time> element's time when it falls on
// day's date ("16 November 2017" shown, 2017-11-16T14:15 in the element),
// else day.
func (m *pageMeta) withTimeTag(day time.Time) time.Time {
	if tag := m.timeTagDate(); sameDay(tag, day) {
		return tag
	}
	return day
}

// elementDate returns the first date written in the page's date or byline
// elements or beside a date label.
func (m *pageMeta) elementDate() time.Time {
	if !m.elementDateRead { // read once: several rules ask, and each read runs the date patterns
		m.elementDateRead = true
		for t := range m.elementDates() {
			m.elementDay = t
			break
		}
	}
	return m.elementDay
}

// elementShows reports whether one of the page's date or byline elements,
// or a labelled date, shows day.
func (m *pageMeta) elementShows(day time.Time) bool {
	for t := range m.elementDates() {
		if sameDay(t, day) {
			return true
		}
	}
	return false
}

// elementDates yields the first date of each of the page's date and
// byline elements, then of each labelled date, in page order.
func (m *pageMeta) elementDates() iter.Seq[time.Time] {
	return func(yield func(time.Time) bool) {
		for _, texts := range [][]string{m.dateTexts, m.bylineTexts} {
			for _, text := range texts {
				t, ok := dateInText(text)
				if !ok {
					t, ok = shortDateInText(text)
				}
				if ok && !yield(t) {
					return
				}
			}
		}
		for _, text := range m.labelledDates {
			if t, ok := dateInText(text); ok && !yield(t) {
				return
			}
		}
	}
}

// sameDay reports whether a and b fall on the same calendar day, each in
// its own time zone.
func sameDay(a, b time.Time) bool {
	return a.Year() == b.Year() && a.YearDay() == b.YearDay()
}

// sameDaySwapped reports whether a, its day and month swapped, is b's
// day: "11/01/2021", read day first, against a declared 1 November.
func sameDaySwapped(a, b time.Time) bool {
	return a.Year() == b.Year() && int(a.Month()) == b.Day() && a.Day() == int(b.Month())
}

// dateLabels begin an element that labels the date beside it:
// "<li><span>Datum:</span> 26. Januar 2022</li>", "Erschienen am: …".
var dateLabels = []string{
	"datum", "date:", "erschienen am", "veröffentlicht am", "veröffentlicht:", "publiziert am", "published",
	"posted on", "publié le", "mise en ligne", "fecha", "pubblicato il", "publicado",
	"aktualisiert", "updated", "last updated", "last edited", "stand:", "mis à jour", "letzte änderung", "zuletzt geändert",
}

// maxLabelledDates bounds the labelled dates collected from a page.
const maxLabelledDates = 4

// visitDateLabel keeps the text around an element that begins with a date
// label: the element's own, or its parent's when the label stands alone.
func (m *pageMeta) visitDateLabel(n *html.Node, start *textStart) {
	if len(m.labelledDates) >= maxLabelledDates || !start.hasPrefix(dateLabels) {
		return
	}
	text, ok := boundedText(n, 200)
	if _, found := dateInText(text); !found {
		// The label stands alone: the date follows it ("<span>Erschienen
		// am:</span> 01.11.2023"), not what comes before it in the parent.
		text, ok = strings.TrimSpace(text+" "+textAfter(n, 100)), true
	}
	if ok {
		m.labelledDates = append(m.labelledDates, text)
	}
}

// datePattern finds /2019/03/18/ or /2019-03-18 style dates in URLs.
var datePattern = regexp.MustCompile(`/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:[/-]|\b)`)

// dayFirstURLDate finds a /29-10-2021 path segment: a weaker sign than
// the year-first form, read only when the page gives no date.
var dayFirstURLDate = regexp.MustCompile(`/(0[1-9]|[12]\d|3[01])-(0[1-9]|1[0-2])-((?:19|20)\d{2})(?:[/.?#-]|$)`)

func plausibleDate(t time.Time) bool {
	return t.Year() >= 1990 && t.Before(time.Now().AddDate(1, 0, 0))
}

// headOf returns s's first n bytes, or all of s.
func headOf(s string, n int) string {
	return s[:min(len(s), n)]
}
