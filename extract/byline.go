package extract

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// bylinePrefixes introduce an author's name ("By Jane Doe", "Von …").
// Longer prefixes come before the shorter ones they begin with.
var bylinePrefixes = []string{
	"post author by ", "view all posts by ", "all posts by ", "zeige alle beiträge von ", "alle beiträge von ",
	"blog beitrag von ", "ein artikel von ", "artikel von:", "artikel von ", "beitrag von ", "gespeichert von ",
	"verfasst von ", "posted by ", "written by ", "geschrieben von ", "veröffentlicht von", "eingestellt von ",
	"erstellt von ", "publié par ", "escrito por ", "scritto da ", "text und interview:", "text und fotos:",
	"text von ", "text:", "interview:", "redaktion:", "author:", "authors:", "autor:", "autorin:", "autoren:",
	"autoren ", "auteur :", "auteur:", "autore:", "автор:", "von:", "by:", "author ", "autor ",
	"published by ", "beitragvon ", "vom ", "by ", "von ", "par ", "por ", "di ", "from ",
	"责任编辑：", "作者：", "记者：", "记者", // Chinese: the editor in charge, the author, the reporter
}

// gluedLabels are labels that a page's layout sets apart from the name
// with CSS only, so that the text runs them together: "AutorJane Doe".
var gluedLabels = []string{"author", "autorin", "autor", "beitragvon", "by", "von"}

// notNames are whole bylines that are a label or a control, not a name.
var notNames = map[string]bool{
	"follow": true, "folgen": true, "datum": true, "date": true, "veröffentlicht": true, "publiziert": true,
	"published": true, "posted": true, "updated": true, "aktualisiert": true, "stand": true, "by": true,
	"von": true, "share": true, "teilen": true, "no author": true, "unknown": true, "admin": true,
	"author": true, "autor": true, "autoren": true, "text": true, "quelle": true, "source": true, "vor": true,
	"artikel von": true, "published by": true, "alle beiträge": true, "last": true, "mehr": true, "more": true,
	"method": true, "ingredients": true, "directions": true, "zubereitung": true, "zutaten": true, // a recipe's headings
}

// hasCreditPrefix reports a photo credit where a byline was looked for.
func hasCreditPrefix(lower string) bool {
	return slices.ContainsFunc(creditPrefixes, func(p string) bool { return strings.HasPrefix(lower, p) })
}

// bylineTails are words that a page prints after the name, before a date
// that cutAtDate removes: "Jane Doe Stand: 12.03.", "Juan Pérez Hace 2 horas".
var bylineTails = []string{" Stand", " Hace", " hace", " Updated", " Aktualisiert", " More Posts", " Mehr Beiträge",
	" Publiziert", " Veröffentlicht", " Published", " Posted"}

// maxBylineWords bounds a plausible list of names.
const maxBylineWords = 12

// cleanByline turns a byline as written into names: "By Jane Doe · 18.
// Oktober 2019" → "Jane Doe". It returns "" for what is not a name: a URL,
// a domain, a sentence.
func cleanByline(s string) string {
	s = strings.Join(dropHandles(strings.Fields(strings.ReplaceAll(s, "\u00a0", " "))), " ")
	s = afterDatedPrefix(s)
	for changed := true; changed; {
		changed = false
		s = strings.TrimFunc(s, isBylinePunct)
		lower := strings.ToLower(s)
		for _, p := range bylinePrefixes {
			if strings.HasPrefix(lower, p) {
				s, changed = s[len(p):], true
				break
			}
		}
		if !changed {
			s, changed = cutGluedLabel(s)
		}
	}
	s = strings.TrimFunc(cutAtDate(s), isBylinePunct)
	for _, tail := range bylineTails {
		s = strings.TrimSuffix(s, tail)
	}
	s = withoutDegree(s)
	for _, sep := range []string{" · ", " | ", " • ", " — ", " – ", " Illustration", " Fotos", " Foto:", " Photos", " Bilder"} {
		if i := strings.Index(s, sep); i > 0 {
			s = s[:i]
		}
	}
	s = strings.TrimFunc(s, isBylinePunct)
	lower := strings.ToLower(s)
	switch {
	case s == "", len(strings.Fields(s)) > maxBylineWords, strings.Contains(lower, "http"), hasBylineControl(lower),
		strings.Contains(lower, "www."), looksLikeDomain(lower), isCommentSignature(lower), notNames[lower],
		strings.HasPrefix(lower, "archiv"), hasCreditPrefix(lower), slices.Contains(weekdays, lower):
		return ""
	}
	return s
}

// academicDegrees follow a name after a comma in health and science
// bylines ("Grant Tinsley, PhD").
var academicDegrees = []string{", PhD", ", Ph.D.", ", MD", ", M.D.", ", MA", ", MS", ", MSc", ", MPH", ", RD", ", RN",
	", DO", ", PharmD", ", DVM", ", MBA"}

// withoutDegree drops the academic degrees after the names of a byline:
// "Jane Doe, PhD, John Roe, MD" → "Jane Doe, John Roe".
func withoutDegree(s string) string {
	if !strings.Contains(s, ", ") {
		return s
	}
	for _, d := range academicDegrees {
		s = strings.ReplaceAll(s, d+",", ",")
	}
	for trimmed := true; trimmed; {
		trimmed = false
		for _, d := range academicDegrees {
			if rest, ok := strings.CutSuffix(s, d); ok && rest != "" {
				s, trimmed = rest, true
			}
		}
	}
	return s
}

// cutAtDate drops a date or time that follows the name: "Jane Doe, 01.12.2021",
// "Bo2man am 29.12.2010", "Nathan Willis March 25, 2015".
func cutAtDate(s string) string {
	s = unglueDay(s)
	cut := len(s)
	for i := 1; i < len(s); i++ {
		if s[i-1] == ' ' && s[i] >= '0' && s[i] <= '9' {
			cut = i - 1
			break
		}
	}
	// A month name before that number begins the date ("Nathan Willis March
	// 25, 2015"); one with no number after it is part of the name ("Laura
	// June Topolsky").
	if words := strings.Fields(s[:cut]); cut < len(s) && len(words) > 1 {
		last := words[len(words)-1]
		if _, isMonth := monthNames[strings.ToLower(strings.Trim(last, ".,"))]; isMonth && len(last) > 2 {
			cut = strings.LastIndex(s[:cut], " "+last)
		}
	}
	head := strings.TrimRight(s[:cut], " ,;")
	for _, word := range []string{" am", " on", " le", " el", " il", " vom", " den", " Updated", " Published"} {
		head = strings.TrimSuffix(head, word)
	}
	return dropShortWeekday(cutAtWeekday(head))
}

// unglueDay parts a day number that the page's layout runs into the name
// before a month: "Lucas Nolan22 Dec 2016" → "Lucas Nolan 22 Dec 2016".
func unglueDay(s string) string {
	words := strings.Fields(s)
	for i := 0; i+1 < len(words); i++ {
		w := words[i]
		digits := len(w) - len(strings.TrimRight(w, "0123456789"))
		if digits == 0 || digits > 2 || digits == len(w) {
			continue
		}
		if _, isMonth := monthNames[strings.ToLower(strings.Trim(words[i+1], ".,"))]; isMonth {
			words[i] = w[:len(w)-digits] + " " + w[len(w)-digits:]
			return strings.Join(words, " ")
		}
	}
	return s
}

// shortWeekdays are weekday abbreviations that end a byline before the
// date cut from it: "Tomas Spahn Fr, 18.10.2019".
var shortWeekdays = []string{"mo", "di", "mi", "do", "fr", "sa", "so", "mon", "tue", "wed", "thu", "fri", "sat", "sun"}

// dropShortWeekday removes a weekday abbreviation ending a name of two
// words or more.
func dropShortWeekday(s string) string {
	words := strings.Fields(s)
	if len(words) < 3 || !slices.Contains(shortWeekdays, strings.ToLower(strings.Trim(words[len(words)-1], ".,"))) {
		return s
	}
	return strings.TrimRight(strings.Join(words[:len(words)-1], " "), " ,;")
}

// weekdays end a name in bylines such as "Isabella am Samstag".
var weekdays = []string{"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

func cutAtWeekday(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if i > 0 && slices.Contains(weekdays, strings.ToLower(strings.Trim(w, ".,"))) {
			if words[i-1] == "On" {
				continue // a title, not a day: "For The Mail On Sunday"
			}
			head := strings.Join(words[:i], " ")
			for _, word := range []string{" am", " on", " le"} {
				head = strings.TrimSuffix(head, word)
			}
			return head
		}
	}
	return s
}

// isCommentSignature reports "Name says" lines of comment threads.
func isCommentSignature(lower string) bool {
	for _, verb := range []string{" says", " said", " sagt", " schreibt", " dit", " dice"} {
		if strings.HasSuffix(lower, verb) {
			return true
		}
	}
	return false
}

func isBylinePunct(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune("|-–—·•:,;'\"“”„«»©→", r)
}

// afterDatedPrefix returns the name of "Posted on March 3, 2020 by Jane
// Doe": what follows " by " or " von " when a date comes before it.
func afterDatedPrefix(s string) string {
	lower := strings.ToLower(s)
	for _, word := range []string{" by ", " von ", " par ", " por "} {
		if i := strings.LastIndex(lower, word); i > 0 && strings.ContainsAny(s[:i], "0123456789") {
			return s[i+len(word):]
		}
	}
	return s
}

// cutGluedLabel removes a label run into the name: "AutorJane Doe".
func cutGluedLabel(s string) (string, bool) {
	lower := strings.ToLower(s)
	for _, label := range gluedLabels {
		if len(s) > len(label) && strings.HasPrefix(lower, label) {
			if r, _ := utf8.DecodeRuneInString(s[len(label):]); unicode.IsUpper(r) {
				return s[len(label):], true
			}
		}
	}
	return s, false
}

// bylineControls are links and labels around a byline that, run into the
// name, are no part of it.
var bylineControls = []string{"alle beiträge", "zur person", "all posts", "view all", "mehr artikel", "more articles"}

func hasBylineControl(lower string) bool {
	return slices.ContainsFunc(bylineControls, func(c string) bool { return strings.Contains(lower, c) })
}

// dropHandles removes social-media handles ("@jdoe") printed beside a name.
func dropHandles(words []string) []string {
	out := words[:0]
	for _, w := range words {
		if len(w) > 1 && w[0] == '@' {
			continue
		}
		out = append(out, w)
	}
	return out
}

// byline returns the first source, in the order of trust, that holds a
// name; last come the names found in the page's text, then the article's
// signature (see signature). A weak name gives way to a person named by a later source, and is
// returned only when no source names one: the site's own name ("Example
// Times" on exampletimes.com) and a user name ("jane.doe"). A name gives
// way to another source that goes on from it: "Jane" to "Jane Doe", "Jane
// Doe" to "Jane Doe, John Roe". The site after a comma ("Jane Doe, CNN")
// is dropped.
func (m *pageMeta) byline(fromReadability, signature string, site siteName) string {
	sources := []string{m.ld.author, m.ld.authorByID(), m.ld.creator, m.meta["dc.creator"], m.meta["dcterms.creator"], m.meta["author"],
		m.twitterAuthor(), m.meta["article:author"], m.meta["parsely-author"], m.meta["sailthru.author"],
		m.meta["byl"], m.itemprops["author"], m.authorRel, m.ld.workAuthor}
	sources = append(sources, m.bylineTexts...)
	sources = append(sources, fromReadability)
	sources = append(sources, m.textBylines...)
	sources = append(sources, onlyName(m.labelBylines))
	sources = append(sources, m.datedBylines...)
	sources = append(sources, signature)
	names := make([]string, 0, len(sources))
	for _, s := range sources {
		if name := cleanByline(s); name != "" {
			if i := strings.LastIndex(name, ", "); i > 0 && (site.owns(name[i+2:]) || newsAgencies[strings.ToLower(name[i+2:])]) {
				name = name[:i]
			}
			names = append(names, name)
		}
	}
	weak, passName := "", cleanByline(fromReadability)
	for _, name := range names {
		switch {
		case site.owns(name), isUserName(name):
			weak = firstNonEmpty(weak, name)
		case weak != "" && (!looksLikeName(name) || name == passName && !strings.Contains(name, " ")):
			// a counter ("Views(2392)"), a label, or a lone word the readability
			// pass took for a byline ("Product", "Kultur"), is no better than a
			// weak name
		default:
			for _, other := range names {
				if extends(other, name) && looksLikeName(other) {
					return other
				}
			}
			return name
		}
	}
	return weak
}

// newsAgencies are the wire services a byline names after the writer
// ("Jane Doe, dpa"): the writer is the author.
var newsAgencies = map[string]bool{
	"dpa": true, "afp": true, "ap": true, "reuters": true, "apa": true, "sda": true, "kna": true, "epd": true,
	"efe": true, "ansa": true, "ddp": true, "upi": true, "dpa-afx": true, "sid": true, "ots": true,
}

// extends reports whether other goes on from name: the full name of a
// first name ("Jane" → "Jane Doe"), or a list of names that begins with it
// ("Jane Doe" → "Jane Doe, John Roe").
func extends(other, name string) bool {
	if !strings.Contains(name, " ") && strings.HasPrefix(other, name+" ") {
		return true
	}
	for _, sep := range nameSeparators {
		if rest, ok := strings.CutPrefix(other, name+sep); ok {
			return allFullNames(rest)
		}
	}
	return false
}

// nameSeparators join the names of a list of authors.
var nameSeparators = []string{", ", " und ", " and ", " & ", "; ", " y "}

// allFullNames reports whether list holds only names of two words or more
// with no label among them: "John Roe" and "John Roe, Jo Poe" do,
// "Online-Redaktion Veröffentlicht" and "Google" do not.
func allFullNames(list string) bool {
	parts := splitAll(list, nameSeparators)
	for _, p := range parts {
		words := strings.Fields(p)
		if len(words) < 2 || len(words) > 4 {
			return false
		}
		for _, w := range words {
			if notNames[strings.ToLower(w)] || slices.Contains(academicDegrees, ", "+w) {
				return false // a label, or a degree: "Jane Doe, MA WebMD Health News"
			}
		}
	}
	return true
}

// isUserName reports a login name printed as the author: one word with a
// digit ("CC7567"), or one lower-case word, long or joined by dots,
// underscores or hyphens ("jane.doe").
func isUserName(name string) bool {
	if strings.ContainsAny(name, " ") {
		return false
	}
	if strings.ContainsAny(name, "0123456789") {
		return true // "CC7567", "Marianne1"
	}
	lowerCase := strings.ToLower(name) == name && strings.ToUpper(name) != name // not a script without case ("崔宁宁")
	return lowerCase && (strings.ContainsAny(name, "._-") || len(name) > 12)
}

// authorLabels are the twitter:labelN values that say twitter:dataN is the
// author (WordPress SEO plug-ins write them).
var authorLabels = map[string]bool{
	"written by": true, "verfasst von": true, "geschrieben von": true, "autor": true, "author": true,
	"écrit par": true, "escrito por": true, "scritto da": true, "von": true,
}

// twitterAuthor returns the twitter:dataN whose twitter:labelN says author.
func (m *pageMeta) twitterAuthor() string {
	for i := '1'; i <= '4'; i++ {
		if authorLabels[strings.ToLower(m.meta["twitter:label"+string(i)])] {
			return m.meta["twitter:data"+string(i)]
		}
	}
	return ""
}

// textBylineStarts begin a short element that names the author in the
// page's text with no class to say so: "von Daniela Obers", "Text: …".
var textBylineStarts = []string{
	"by ", "von ", "par ", "por ", "di ", "text:", "text von ", "autor:", "autorin:", "autoren ", "autoren:",
	"auteur :", "auteur:", "author:", "posted by ", "written by ", "gespeichert von ", "ein artikel von ",
	"beitrag von ", "blog beitrag von ", "verfasst von ", "geschrieben von ", "redaktion:", "von:",
	"责任编辑：", "作者：", "记者：",
}

// bylineLabels are labels that stand alone before the name they label.
var bylineLabels = map[string]bool{
	"autor": true, "autorin": true, "autoren": true, "author": true, "authors": true, "von": true, "by": true,
	"text": true, "auteur": true, "autore": true, "verfasser": true, "redaktion": true, "escrito por": true,
}

// textAfter returns up to limit bytes of the text that follows n among its
// siblings, from the first text past any line breaks to the next line break.
func textAfter(n *html.Node, limit int) string {
	var b strings.Builder
	for s := n.NextSibling; s != nil && b.Len() < limit; s = s.NextSibling {
		if s.Type == html.ElementNode && s.Data == "br" {
			if strings.TrimSpace(b.String()) != "" {
				break
			}
			continue
		}
		switch s.Type {
		case html.TextNode:
			b.WriteString(s.Data)
		case html.ElementNode:
			if text, ok := boundedText(s, limit); ok {
				b.WriteString(" " + text + " ")
			}
		}
	}
	text := b.String()
	if len(text) > limit {
		text = text[:limit]
	}
	return text
}

// maxTextBylines bounds the bylines collected from the page's text.
const maxTextBylines = 4

// visitTextByline keeps the name of an element whose own text begins
// with a byline word ("<p><i>von Daniela Obers</i></p>"), when what
// follows reads as a name.
func (m *pageMeta) visitTextByline(n *html.Node, start *textStart) {
	if len(m.textBylines) >= maxTextBylines {
		return
	}
	if !start.hasPrefix(textBylineStarts) {
		m.visitBylineLabel(n, start)
		return
	}
	if text, ok := boundedText(n, 100); ok {
		name := cleanByline(text)
		if name == "" && bylineLabels[strings.TrimRight(strings.ToLower(strings.TrimSpace(text)), ": ")] {
			name = withoutAgency(cleanByline(textAfter(n, 80))) // "<span>Autor:</span> Jane Doe<br>"
		}
		if looksLikeName(name) {
			m.textBylines = append(m.textBylines, name)
		}
	}
}

// visitBylineLabel keeps the full name that follows an element holding
// only a byline label with no byline word's colon: "<h4>Autor</h4><p><a>Jane
// Doe</a></p>", "<h5>Autor: </h5>Jane Doe/SP-X".
func (m *pageMeta) visitBylineLabel(n *html.Node, start *textStart) {
	if len(m.labelBylines) >= maxTextBylines || !isBylineLabel(n, start) {
		return
	}
	name := withoutAgency(cleanByline(textAfter(n, 80)))
	if len(strings.Fields(name)) >= 2 && looksLikeName(name) {
		m.labelBylines = append(m.labelBylines, name)
	}
}

// withoutAgency drops the agency a slash adds after a full name: "Jane
// Doe/SP-X" is "Jane Doe"; "dpa/lno" stays as it is.
func withoutAgency(name string) string {
	if before, _, cut := strings.Cut(name, "/"); cut && len(strings.Fields(before)) >= 2 {
		return strings.TrimSpace(before)
	}
	return name
}

// isBylineLabel reports an element whose only content is a label for one
// author ("Autor", "By:"), so that the name follows it.
func isBylineLabel(n *html.Node, start *textStart) bool {
	if n.FirstChild != n.LastChild || start.whole > len(start.lower) {
		return false
	}
	label := bytes.Trim(start.lower[:start.size], "|·•: \t\r\n\u00a0") // "<span>| By </span>"
	// string(label) in a map index or a comparison does not allocate.
	return bylineLabels[string(label)] && string(label) != "authors" && string(label) != "autoren" // a plural: a menu
}

// onlyName returns the name when every name in names is the same one: a
// label that names several people is a list (of signatories, of
// commenters), not the article's byline.
func onlyName(names []string) string {
	for _, n := range names {
		if n != names[0] {
			return ""
		}
	}
	if len(names) == 0 {
		return ""
	}
	return names[0]
}

// datedBylineSeparators part a date from the author's name after it.
var datedBylineSeparators = []string{" - ", " – ", " | ", " · ", " von ", " by "}

// visitDatedByline keeps the name of a short element, at the headline or
// before it, that gives a date and then the author: "11.12.2019 - Amelie
// Loevenich", "04.02.2022 | 13:10 Uhr | Uta Helkenberg", "06.11.2023 13:30
// von Olga".
func (m *pageMeta) visitDatedByline(n *html.Node, start *textStart) {
	if len(m.datedBylines) >= maxTextBylines || len(m.afterH1.buf) > datelineText || !start.digit() {
		return
	}
	text, ok := boundedText(n, 100)
	if !ok {
		return
	}
	if _, at, found := firstDate(text); !found || at > 0 {
		return
	}
	for _, sep := range datedBylineSeparators {
		i := strings.LastIndex(text, sep)
		if i < 0 {
			continue
		}
		if len(strings.Fields(text[:i])) > 5 {
			return // more than a date and a time before the name: a headline, a title
		}
		name := cleanByline(text[i+len(sep):])
		if j := strings.Index(name, " ("); j > 0 && strings.HasSuffix(name, ")") {
			name = name[:j] // "Jane Doe (Pressesprecherin)": the name without the role
		}
		words := len(strings.Fields(name))
		minWords := 2 // "Berlin" after a dash is as likely a place
		if strings.TrimSpace(sep) == "von" || strings.TrimSpace(sep) == "by" {
			minWords = 1
		}
		if words >= minWords && words <= 4 && looksLikeName(name) && !strings.Contains(name, ",") && !hasCapsWord(name) {
			m.datedBylines = append(m.datedBylines, name)
		}
		return
	}
}

// hasCapsWord reports a word of three capitals or more: a label ("PAID
// CONTENT") or an organisation ("Natur, BUND") more often than a name
// where a date is followed by one.
func hasCapsWord(s string) bool {
	for _, w := range strings.Fields(s) {
		if len(w) >= 3 && strings.ToUpper(w) == w && strings.ToLower(w) != w {
			return true
		}
	}
	return false
}

// nameParticles are the lower-case words a name may hold.
var nameParticles = map[string]bool{
	"von": true, "van": true, "der": true, "den": true, "de": true, "da": true, "di": true, "del": true,
	"la": true, "le": true, "du": true, "y": true, "e": true, "und": true, "and": true, "&": true, "zu": true,
}

// looksLikeName reports a short run of capitalised words with no digits:
// "Daniela Obers", "R. R.", "Jelko Djuren und Jutta Klaukien".
func looksLikeName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 10 || len(s) > 80 || strings.ContainsAny(s, "0123456789@/()") {
		return false
	}
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsLetter(r) && !unicode.IsLower(r) { // capitalised, or a script without case ("焦鹏")
			continue
		}
		if i == 0 || i == len(words)-1 || !nameParticles[w] {
			return false
		}
	}
	return true
}

// owns reports whether name is the site's: its declared name or one
// beginning with it ("Example Verlag GmbH"), most of it ("Example" for
// "Example Magazine"), a domain, or words of its host. A short part of the
// site's name ("Ela" on "Elavegan") is a person's, unless it is an
// abbreviation.
func (sn siteName) owns(name string) bool {
	sq, site := squash(name), squash(sn.name)
	if sq != "" && site != "" && len(sq) < len(site) && strings.HasPrefix(site, sq) {
		return 2*len(sq) >= len(site) || strings.ToUpper(name) == name // "LN" for "LN - Lübecker Nachrichten"
	}
	return sn.is(name) || isInitialsOf(name, sn.name)
}

// isInitialsOf reports a name of two to four capitals that spells the
// first letters of the site's words: "JF" for "Junge Freiheit".
func isInitialsOf(name, site string) bool {
	words := strings.Fields(site)
	if len(name) < 2 || len(name) > 4 || len(words) != len(name) || strings.ToUpper(name) != name {
		return false
	}
	for i, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); unicode.ToUpper(r) != rune(name[i]) {
			return false
		}
	}
	return true
}
