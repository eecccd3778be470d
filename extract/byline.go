package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The author: the first name, in the order of trust, that the metadata,
// the page's byline elements, the readability pass, the page's text
// (bylinetext.go) or the article's signature give, each cleaned of what
// surrounds the name (bylineclean.go).

// byline returns the first source, in the order of trust, that holds a
// name; last come the names found in the page's text, then the article's
// signature (see signature), then the login names a blog's byline gives.
// A weak name gives way to a person named by a later source, and is
// returned only when no source names one: the site's own name ("Example
// Times" on exampletimes.com) and a user name ("jane.doe"). A name gives
// way to another source that goes on from it: "Jane" to "Jane Doe", "Jane
// Doe" to "Jane Doe, John Roe". The site or a wire agency after a comma
// ("Jane Doe, CNN", "Jane Doe, dpa") is dropped. When no source names
// anyone, the person the site's copyright line names (copyright.go).
func (m *pageMeta) byline(fromReadability, signature string, site siteName) string {
	sources := []string{m.ld.author, m.ld.authorByID(), m.ld.creator, m.meta["dc.creator"], m.meta["dcterms.creator"], m.meta["author"],
		m.twitterAuthor(), m.meta["article:author"], m.meta["parsely-author"], m.meta["sailthru.author"],
		m.meta["byl"], m.itemprops["author"], m.authorRel, m.ld.workAuthor}
	elementsFrom := len(sources)
	sources = append(sources, m.bylineTexts...)
	elementsTo := len(sources)
	sources = append(sources, fromReadability)
	sources = append(sources, m.textBylines...)
	sources = append(sources, onlyName(m.labelBylines))
	sources = append(sources, m.datedBylines...)
	sources = append(sources, onlyName(m.boxBylines))
	sources = append(sources, signature)
	sources = append(sources, m.loginBylines...)
	names := make([]string, 0, len(sources))
	for k, s := range sources {
		name := cleanByline(s)
		if k >= elementsFrom && k < elementsTo && isHeadlineLike(name) {
			continue // a teaser's author and headline in an element classed as the author's
		}
		if name != "" {
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
	if holder := onlyName(m.copyrightBylines); weak == "" && holder != "" && (!site.owns(holder) || site.isPersonalSite(holder)) {
		return holder // no source names anyone: the person the site's copyright names (copyright.go)
	}
	return weak
}

// isHeadlineLike reports a text of more than four words that no name
// list reads as: a teaser's "Author Headline of the story" in an element
// classed as the author's ("Katie Couric New Yorkers post their feelings
// about Trump election in subway").
func isHeadlineLike(name string) bool {
	return len(strings.Fields(name)) > 4 && !looksLikeName(name) && !allFullNames(name)
}

// newsAgencies are the wire services a byline names after the writer
// ("Jane Doe, dpa"): the writer is the author.
var newsAgencies = map[string]bool{
	"dpa": true, "afp": true, "ap": true, "reuters": true, "apa": true, "sda": true, "kna": true, "epd": true,
	"efe": true, "ansa": true, "ddp": true, "upi": true, "dpa-afx": true, "sid": true, "ots": true, "pap": true,
	"associated press": true, "the associated press": true, "agence france-presse": true, "thomson reuters": true,
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
