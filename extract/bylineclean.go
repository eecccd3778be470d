package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Cleaning a byline as a page writes it into names: the labels, dates,
// handles, degrees and controls around the names go.

// bylinePrefixes introduce an author's name ("By Jane Doe", "Von …").
// Longer prefixes come before the shorter ones they begin with.
var bylinePrefixes = []string{
	"post author by ", "view all posts by ", "all posts by ", "zeige alle beiträge von ", "alle beiträge von ",
	"blog beitrag von ", "ein artikel von ", "artikel von:", "artikel von ", "beitrag von ", "gespeichert von ",
	"verfasst von ", "posted by ", "written by ", "story by ", "words by ", "geschrieben von ", "veröffentlicht von", "eingestellt von ",
	"erstellt von ", "publié par ", "escrito por ", "scritto da ", "text und interview:", "text und fotos:",
	"text von ", "text:", "interview:", "redaktion:", "author:", "authors:", "autor:", "autorin:", "autoren:",
	"autoren ", "auteur :", "auteur:", "autore:", "автор:", "von:", "by:", "author ", "autor ",
	"published by ", "beitragvon ", "vom ", "by ", "von ", "par ", "por ", "di ", "from ",
	"责任编辑：", "作者：", "记者：", "记者", // Chinese: the editor in charge, the author, the reporter
	"авторы:", "редактор:", "piše:", "propos recueillis par ", "recueilli par ", "recueillis par ", "door ", "durch ",
}

// gluedLabels are labels that a page's layout sets apart from the name
// with CSS only, so that the text runs them together: "AutorJane Doe".
var gluedLabels = []string{"author", "autorin", "autor", "beitragvon", "by", "von"}

// notNames are whole bylines that are a label or a control, not a name.
var notNames = map[string]bool{
	"follow": true, "folgen": true, "datum": true, "date": true, "veröffentlicht": true, "publiziert": true,
	"published": true, "posted": true, "updated": true, "aktualisiert": true, "stand": true, "by": true,
	"von": true, "di": true, "par": true, "por": true, "share": true, "teilen": true, "no author": true, "unknown": true, "admin": true,
	"administrator": true, "webmaster": true, "publisher": true, // a CMS's placeholder
	"author": true, "autor": true, "autoren": true, "text": true, "quelle": true, "source": true, "vor": true,
	"artikel von": true, "published by": true, "article by": true, "written by": true, "posted by": true, "story by": true, "alle beiträge": true, "last": true, "mehr": true, "more": true,
	"method": true, "ingredients": true, "directions": true, "zubereitung": true, "zutaten": true, // a recipe's headings
	"autorin": true, "autorinnen": true, "autor*innen": true, "autor:innen": true, "door": true, "herausgeber": true,
	"cortesía": true, "anónimo": true, "editor": true, "am": true, "invitation": true, "themen": true,
	"subject": true, "title": true, "topic": true, "product": true, "category": true, "cuisine": true, "course": true, "occasion": true, // "Browse by Subject"
}

// hasCreditPrefix reports a photo credit where a byline was looked for.
func hasCreditPrefix(lower string) bool {
	return hasAnyPrefix(lower, creditPrefixes)
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
	s = strings.Join(dropHandles(strings.Fields(strings.ReplaceAll(withoutMarkup(s), "\u00a0", " "))), " ")
	s = cutAtProfileLink(undoubled(s))
	s = afterDatedPrefix(s)
	for changed := true; changed; {
		changed = false
		s = strings.TrimFunc(s, isBylinePunct)
		lower := strings.ToLower(s)
		for _, p := range bylinePrefixes {
			if n := len(p); strings.HasPrefix(lower, p) || p[n-1] == ' ' && len(lower) > n && lower[n-1] == ':' && lower[:n-1] == p[:n-1] {
				s, changed = s[n:], true // "Verfasst von mitundvoneinander" or "Verfasst von: …"
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
	s = withoutRole(withoutDegree(s))
	for _, sep := range []string{" · ", " | ", " • ", " — ", " – ", " Illustration", " Fotos", " Foto:", " Photos", " Bilder", " Updated:"} {
		if i := strings.Index(s, sep); i > 0 {
			s = s[:i]
		}
	}
	s = strings.TrimFunc(s, isBylinePunct)
	lower := strings.ToLower(s)
	switch {
	case s == "", !strings.ContainsFunc(s, unicode.IsLetter), len(strings.Fields(s)) > maxBylineWords, strings.Contains(lower, "http"), hasBylineControl(lower),
		strings.Contains(lower, "www."), looksLikeDomain(lower), isCommentSignature(lower), notNames[lower],
		strings.HasPrefix(lower, "archiv"), hasCreditPrefix(lower), slices.Contains(weekdays, lower),
		isRightsNotice(lower), startsWithDigit(s), strings.Contains(s, "*"):
		return ""
	}
	return s
}

// withoutMarkup returns the text of a byline that a CMS left as HTML
// (`<a href="/experts/jane-doe">Jane Doe</a>` in JSON-LD or a meta tag):
// inline tags (isInline) go, the others ("<br>", "<p>") become spaces. A byline
// without a tag comes back as it is.
func withoutMarkup(s string) string {
	if !strings.Contains(s, "<") || !strings.Contains(s, ">") {
		return s
	}
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			b.Write(z.Text())
		default:
			if name, _ := z.TagName(); !isInline(string(name)) {
				b.WriteByte(' ')
			}
		}
	}
}

// roleWords end the job title some pages print after the name ("Ben
// Silverman Games Editor"); roleQualifiers may come before them.
var (
	roleWords = map[string]bool{"editor": true, "reporter": true, "correspondent": true, "writer": true,
		"columnist": true, "contributor": true, "producer": true, "redakteur": true, "redakteurin": true,
		"korrespondent": true, "korrespondentin": true}
	roleQualifiers = map[string]bool{"senior": true, "staff": true, "chief": true, "deputy": true, "managing": true,
		"executive": true, "contributing": true, "associate": true, "assistant": true, "political": true,
		"foreign": true, "sports": true, "games": true, "politics": true, "business": true, "science": true,
		"health": true, "tech": true, "technology": true, "news": true, "digital": true, "online": true}
)

// withoutRole drops a job title printed after a name of two words or more:
// "Ben Silverman Games Editor" → "Ben Silverman".
func withoutRole(s string) string {
	words := strings.Fields(s)
	end := len(words)
	if end < 3 || !roleWords[strings.ToLower(words[end-1])] {
		return s
	}
	end--
	for end > 2 && roleQualifiers[strings.ToLower(words[end-1])] {
		end--
	}
	switch strings.ToLower(words[end-1]) {
	case "the", "to", "of", "for", "a", "an", "der", "die", "des":
		return s // "Letters To The Editor" is a section, not a name and a title
	}
	return strings.Join(words[:end], " ")
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
	return hasAnySuffix(lower, []string{" says", " said", " sagt", " schreibt", " dit", " dice"})
}

func isBylinePunct(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune("|-–—·•:,;'\"“”„«»©→/&", r)
}

// afterDatedPrefix returns the name of "Posted on March 3, 2020 by Jane
// Doe": what follows " by " or " von " when a date comes before it.
func afterDatedPrefix(s string) string {
	lower := lowerAligned(s) // its offsets cut s
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
// name, are no part of it; a translated story's link to its original
// ("Lire l’article original") where the original's authors would be.
var bylineControls = []string{"alle beiträge", "zur person", "all posts", "view all", "mehr artikel", "more articles",
	"article original", "original article", "artículo original", "originalartikel", "read more", "lire la suite", "weiterlesen"}

func hasBylineControl(lower string) bool {
	return containsAny(lower, bylineControls)
}

// dropHandles removes social-media handles ("@jdoe") and e-mail addresses
// printed beside a name.
func dropHandles(words []string) []string {
	out := words[:0]
	for _, w := range words {
		if len(w) > 1 && w[0] == '@' || isEmailAddress(w) {
			continue
		}
		out = append(out, w)
	}
	return out
}

// rightsWords begin or fill a copyright notice that a page put where its
// byline goes ("All Rights Reserved", "Copyright Example GmbH").
var rightsWords = []string{"all rights reserved", "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados"}

func isRightsNotice(lower string) bool {
	return strings.HasPrefix(lower, "copyright") || containsAny(lower, rightsWords)
}

// startsWithDigit reports a byline that opens with a number: a date ("15
// de Abril de", "21.01.2022 Aktuelle Meldung") or a count, not a name.
func startsWithDigit(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// undoubled returns the name a layout printed twice without a space, once
// for wide screens and once for narrow ones: "Jane DoeJane Doe" → "Jane Doe".
func undoubled(s string) string {
	if half := len(s) / 2; len(s) >= 6 && len(s)%2 == 0 && s[:half] == s[half:] {
		return s[:half]
	}
	return s
}

// profileLinks are the social networks whose profile links an author box
// prints after the name ("Jane Doe Google+ mehr"), lower-cased.
var profileLinks = map[string]bool{"google+": true, "twitter": true, "facebook": true, "instagram": true,
	"linkedin": true, "xing": true, "e-mail": true, "email": true}

// cutAtProfileLink drops what follows a name of two words or more from the
// first profile link on.
func cutAtProfileLink(s string) string {
	words := strings.Fields(s)
	for i := 2; i < len(words); i++ {
		if profileLinks[strings.ToLower(words[i])] {
			return strings.Join(words[:i], " ")
		}
	}
	return s
}
