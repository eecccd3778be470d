package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// The copyright line: on a personal site the only place that names the
// author ("© 2019 Sven Schreivogel", "Copyright (c) 2012- Gregory Szorc.
// All rights reserved."). It is read only when no other source names
// anyone, and only a site's notice counts: a year or the rights it
// reserves set it apart from a photo credit ("© Markus Leitner"), and
// only a person's name, not a company's ("© 2020 Example Media GmbH").

// copyrightStarts begin a copyright line; copyrightPrefixes are what
// comes before the holder's name, the years apart ("Copyright © 2015 by").
var (
	copyrightStarts   = []string{"©", "(c)", "copyright"}
	copyrightPrefixes = append(copyrightStarts[:len(copyrightStarts):len(copyrightStarts)], "by ")
)

// copyrightEnds end the holder's name in a copyright line.
var copyrightEnds = []string{". ", " • ", " · ", " | ", " - ", " – ", ", ", " all rights", " alle rechte", " weitere rechte"}

// companyWords mark a holder that is an organisation or a title ("The Big
// Bone", "Der Spiegel"), not a person.
var companyWords = map[string]bool{
	"gmbh": true, "ag": true, "inc": true, "inc.": true, "ltd": true, "ltd.": true, "llc": true, "kg": true,
	"e.v.": true, "verlag": true, "media": true, "medien": true, "group": true, "gruppe": true, "news": true,
	"press": true, "presse": true, "magazin": true, "magazine": true, "online": true, "team": true,
	"se": true, "sa": true, "co.": true, "corporation": true, "company": true, "stiftung": true,
	"software": true, "productions": true, "entertainment": true, "forum": true, "the": true, "der": true,
	"die": true, "das": true, "stadt": true, "kanton": true, "club": true, "verband": true, "blog": true,
	"studio": true, "studios": true, "design": true, "agentur": true, "redaktion": true,
}

// maxCopyrightBylines bounds the copyright lines read on one page.
const maxCopyrightBylines = 2

// visitCopyright keeps the person a copyright line names.
func (m *pageMeta) visitCopyright(n *html.Node, start *textStart) {
	if len(m.copyrightBylines) >= maxCopyrightBylines || !start.hasPrefix(copyrightStarts) {
		return
	}
	if text, ok := boundedText(n, 120); ok {
		if name := copyrightHolder(text); name != "" {
			m.copyrightBylines = append(m.copyrightBylines, name)
		}
	}
}

// copyrightHolder returns the person a copyright line names, or "".
func copyrightHolder(line string) string {
	s := strings.Join(strings.Fields(line), " ")
	notice := hasRightsPhrase(s)
	for changed := true; changed; {
		changed = false
		lower := lowerAligned(s) // its offsets cut s
		for _, p := range copyrightPrefixes {
			if strings.HasPrefix(lower, p) {
				s, changed = strings.TrimSpace(s[len(p):]), true
				break // lower is s's before the cut
			}
		}
		if trimmed := strings.TrimLeftFunc(s, isYearRune); trimmed != s {
			s, changed, notice = trimmed, true, notice || len(s)-len(trimmed) >= 4 // "2006-2008 ", "2012- "
		}
	}
	lower := lowerAligned(s) // its offsets cut s
	for _, end := range copyrightEnds {
		if i := strings.Index(lower, end); i > 0 {
			s, lower = s[:i], lower[:i]
		}
	}
	s = strings.TrimRight(s, ". ")
	if year := strings.TrimLeftFunc(s[strings.LastIndexByte(s, ' ')+1:], unicode.IsDigit); year == "" && len(s) > 5 {
		s, notice = strings.TrimSpace(s[:strings.LastIndexByte(s, ' ')+1]), true // "© Example AG 2022"
	}
	words := strings.Fields(s)
	if !notice || len(words) < 2 || len(words) > 3 || !looksLikeName(s) || !isPersonShaped(words) {
		return ""
	}
	for _, w := range words {
		if companyWords[strings.ToLower(w)] {
			return ""
		}
	}
	return s
}

// isYearRune reports the runes of the years before a copyright's holder.
func isYearRune(r rune) bool {
	return unicode.IsDigit(r) || r == '-' || r == '–' || r == ' '
}

// hasRightsPhrase reports a notice that reserves rights ("All rights
// reserved", "Alle Rechte vorbehalten", "Weitere Rechte siehe Impressum").
func hasRightsPhrase(line string) bool {
	lower := strings.ToLower(line)
	return strings.Contains(lower, "rights") || strings.Contains(lower, "rechte")
}

// isPersonShaped reports words written as a person's name is: each a
// capital and then lower-case letters, or two such joined by a hyphen
// ("Kurt-Walter"); not "KBS WORLD", "KulturKaufhaus" or "Steinzeit & Co".
func isPersonShaped(words []string) bool {
	for _, w := range words {
		for _, part := range strings.Split(w, "-") {
			for i, r := range part {
				if !unicode.IsLetter(r) || (i == 0) != unicode.IsUpper(r) {
					return false
				}
			}
		}
	}
	return true
}

// isPersonalSite reports a holder whose name is the site's host:
// "Gregory Szorc" on gregoryszorc.com, a person's own site, and not
// "Eishockeynews Straubing" on eishockeynews.de, a publisher's.
func (sn siteName) isPersonalSite(holder string) bool {
	sq := squash(holder)
	for _, label := range strings.Split(strings.ToLower(sn.host), ".") {
		if strings.ReplaceAll(label, "-", "") == sq {
			return true
		}
	}
	return false
}
