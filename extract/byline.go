package extract

import (
	"slices"
	"strings"
	"unicode"
)

// bylinePrefixes introduce an author's name ("By Jane Doe", "Von …").
var bylinePrefixes = []string{
	"posted by ", "written by ", "geschrieben von ", "veröffentlicht von", "eingestellt von ", "erstellt von ", "publié par ", "escrito por ", "scritto da ",
	"text und interview:", "text und fotos:", "text:", "author:", "authors:", "autor:", "autorin:",
	"auteur :", "auteur:", "autore:", "автор:", "by ", "von ", "par ", "por ", "di ", "from ",
}

// maxBylineWords bounds a plausible list of names.
const maxBylineWords = 12

// cleanByline turns a byline as written into names: "By Jane Doe · 18.
// Oktober 2019" → "Jane Doe". It returns "" for what is not a name: a URL,
// a domain, a sentence.
func cleanByline(s string) string {
	s = strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), " ")
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
	}
	s = cutAtDate(s)
	for _, sep := range []string{" · ", " | ", " • ", " — ", " – "} {
		if i := strings.Index(s, sep); i > 0 {
			s = s[:i]
		}
	}
	s = strings.TrimFunc(s, isBylinePunct)
	lower := strings.ToLower(s)
	switch {
	case s == "", len(strings.Fields(s)) > maxBylineWords, strings.Contains(lower, "http"),
		strings.Contains(lower, "www."), looksLikeDomain(lower), isCommentSignature(lower), lower == "posted":
		return ""
	}
	return s
}

// cutAtDate drops a date or time that follows the name: "Jane Doe, 01.12.2021",
// "Bo2man am 29.12.2010", "Nathan Willis March 25, 2015".
func cutAtDate(s string) string {
	cut := len(s)
	for i := 1; i < len(s); i++ {
		if s[i-1] == ' ' && s[i] >= '0' && s[i] <= '9' {
			cut = i - 1
			break
		}
	}
	words := strings.Fields(s[:cut])
	for i, w := range words {
		if _, isMonth := monthNames[strings.ToLower(strings.Trim(w, ".,"))]; isMonth && i > 0 && len(w) > 2 {
			cut = strings.Index(s, " "+w)
			break
		}
	}
	head := strings.TrimRight(s[:cut], " ,;")
	for _, word := range []string{" am", " on", " le", " el", " il", " vom", " den", " Updated", " Published"} {
		head = strings.TrimSuffix(head, word)
	}
	return cutAtWeekday(head)
}

// weekdays end a name in bylines such as "Isabella am Samstag".
var weekdays = []string{"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

func cutAtWeekday(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if i > 0 && slices.Contains(weekdays, strings.ToLower(strings.Trim(w, ".,"))) {
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
	return unicode.IsSpace(r) || strings.ContainsRune("|-–—·•:,;'\"“”„«»", r)
}
