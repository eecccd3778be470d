package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// The title: the headline as the page prints it, from its headings and its
// declared titles, without the site's name, a section's or a kicker.

// title returns the article's headline in the order of trust, without a
// site-name suffix or prefix.
func (m *pageMeta) title(site siteName) string {
	site.logo = logoIn(m.titleTag, m.h1, m.meta["og:title"])
	declared := m.declaredTitle()
	if h1 := m.h1; h1 != "" && declared != "" && extendsTitle(h1, stripSiteName(declared, site)) {
		return trimTitle(stripNamedSite(h1, site)) // the headline as printed, longer than the declared short form
	}
	if heading := m.visibleHeadline(declared, site); heading != "" {
		if og := m.meta["og:title"]; og != m.titleTag && foldTitle(heading) == foldTitle(og) {
			return trimTitle(heading) // printed as og:title gives it, which drops the site name the <title> adds
		}
		return trimTitle(stripNamedSite(heading, site)) // some pages print the whole <title> in a hidden h1
	}
	if h1, count := m.headlineH1(site); declared == m.titleTag && count == 1 && h1 != "" && !site.is(h1) && !isKicker(h1) &&
		(len(strings.Fields(h1)) >= 2 || site.is(m.titleTag) || strings.Contains(foldTitle(m.titleTag), foldTitle(h1))) {
		// A one-word h1 only when the <title> is the site's name or holds it ("Trails! Ischgl").
		return trimTitle(stripNamedSite(h1, site))
	}
	if declared == "" {
		return trimTitle(m.h1)
	}
	return trimTitle(stripSiteName(declared, site))
}

// headlineH1 returns the page's first <h1> and how many it has, not
// counting an <h1> that prints the site's name as its logo: with the logo
// and one more, the other is the headline.
func (m *pageMeta) headlineH1(site siteName) (string, int) {
	if m.h1Count != 2 || m.headingCount(true) != 2 {
		return m.h1, m.h1Count
	}
	other, others := "", 0
	for _, h := range m.headings {
		if h.h1 && !site.is(h.text) {
			other, others = h.text, others+1
		}
	}
	if others != 1 {
		return m.h1, m.h1Count
	}
	return other, 1
}

// extendsTitle reports a headline that begins with the declared title and
// goes on for a few more words: "Ultium Cells erhöht Kapazität in
// Tennessee" for the declared "Ultium Cells erhöht Kapazität".
func extendsTitle(headline, declared string) bool {
	h, d := foldTitle(headline), foldTitle(declared)
	rest, ok := strings.CutPrefix(h, d)
	if len(strings.Fields(d)) < 3 || !ok || rest == "" {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(rest); writesWord(r) {
		return false // "Ultium Cells erhöht Kapazitäten": another word, not more of them
	}
	return len(strings.Fields(h))-len(strings.Fields(d)) <= 6
}

// trimTitle drops punctuation a hidden kicker leaves at the start (": Wie
// …"), a separator left at the end, and a date printed before the headline
// ("23.01.2022 - Wierer …").
func trimTitle(t string) string {
	t = strings.TrimLeft(t, ":;,–—-|· ")
	t = strings.TrimRight(t, ";,–—-|· ") // "National Rail Enquiries -": an empty part after the separator
	for _, sep := range titleSeparators {
		if before, after, ok := strings.Cut(t, sep); ok && after != "" && isOnlyDate(before) {
			return after
		}
	}
	return t
}

// isOnlyDate reports text that is a date and nothing else.
func isOnlyDate(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 8 || len(s) > 20 {
		return false
	}
	if _, ok := dateInText(s); !ok {
		return false
	}
	return strings.Trim(s, "0123456789./- ") == "" || len(strings.Fields(s)) <= 3
}

// foldedTitles returns the titles the page declares, folded (see
// foldTitle): the one trusted most, the <title> and og:title.
func (m *pageMeta) foldedTitles(declared string) []string {
	return []string{foldTitle(declared), foldTitle(m.titleTag), foldTitle(m.meta["og:title"])}
}

// declaredTitle returns the title the page's metadata gives, in the order
// of trust.
func (m *pageMeta) declaredTitle() string {
	return firstNonEmpty(m.ld.headline, m.meta["dc.title"], m.meta["dcterms.title"], m.meta["og:title"],
		m.meta["twitter:title"], m.meta["parsely-title"], m.itemprops["headline"], m.titleTag)
}

// maxTitleHeadings bounds the h1 elements, and apart from them the h2
// elements, kept as title candidates: a dozen h2s of a navigation bar
// before the h1 ("Dólar blue hoy", "Encuesta", …) must not crowd it out.
const maxTitleHeadings = 12

// headingCount returns how many h1 (or h2) title candidates are kept.
func (m *pageMeta) headingCount(h1 bool) int {
	n := 0
	for _, h := range m.headings {
		if h.h1 == h1 {
			n++
		}
	}
	return n
}

// visibleHeadline returns the page's own headline as printed: the longest
// <h1> (or failing that <h2>) whose words the declared titles contain, and
// that is not the site's name. That is the headline without the site name
// or kicker the <title> adds.
func (m *pageMeta) visibleHeadline(declared string, site siteName) string {
	titles := m.foldedTitles(declared)
	for _, wantH1 := range []bool{true, false} {
		best := ""
		for _, h := range m.headings {
			if h.h1 != wantH1 || len(h.text) <= len(best) || isKicker(h.text) || len(strings.Fields(h.text)) < 2 && (len(h.text) < 16 || site.is(h.text)) ||
				site.printsName(h.text) || (site.logo != "" && strings.EqualFold(h.text, site.logo)) {
				continue
			}
			if h.matches(titles) {
				best = h.text
			} else if part := h.partIn(titles); len(part) > len(best) {
				best = part
			}
		}
		if best != "" {
			return best
		}
	}
	return ""
}

// maxNameExtraWords bounds the words a heading may add to the site's
// name and still be the name ("Sputnik" printed as "Sputnik
// International").
const maxNameExtraWords = 2

// printsName reports a heading that is the site's declared name: the same
// name, or one it begins with and a word or two more. A headline that
// begins with the name ("Welpen kaufen – Tipps zu jeder Hunderasse" on the
// site "Welpen") is not.
func (sn siteName) printsName(heading string) bool {
	return sn.name != "" && sameName(heading, sn.name) &&
		len(strings.Fields(heading)) <= len(strings.Fields(sn.name))+maxNameExtraWords
}

// isKicker reports a heading that ends in a colon: a kicker the headline
// follows in another element ("<h1>Open Journalism Project:</h1><h4>Better
// Student Journalism</h4>"), not the headline.
func isKicker(text string) bool {
	return strings.HasSuffix(strings.TrimSpace(text), ":")
}

// titleFolder maps the typographic quotes and dashes a headline prints to
// the plain ones its <title> or og:title often has instead.
var titleFolder = strings.NewReplacer("’", "'", "‘", "'", "‚", "'", "´", "'", "`", "'", "“", "\"", "”", "\"", "„", "\"",
	"«", "\"", "»", "\"", "–", "-", "—", "-", "\u00a0", " ")

// foldTitle returns t lower-cased, its quotes and dashes made plain and
// its spaces collapsed, so that a headline and a title can be compared.
func foldTitle(t string) string {
	return strings.Join(strings.Fields(titleFolder.Replace(strings.ToLower(t))), " ")
}

// matches reports whether one of the folded titles holds the heading's
// text, not as the site-name part after a separator.
func (h heading) matches(titles []string) bool {
	return textIn(h.text, titles)
}

// partIn returns the longest part of the heading (of two words or more)
// that one of the folded titles holds: the headline without its kicker.
func (h heading) partIn(titles []string) string {
	best := ""
	for _, p := range h.parts {
		if len(p) > len(best) && len(strings.Fields(p)) >= 2 && textIn(p, titles) {
			best = p
		}
	}
	return best
}

func textIn(text string, titles []string) bool {
	lower := foldTitle(text)
	for _, t := range titles {
		if t != "" && strings.Contains(t, lower) && !isSiteSuffix(t, lower) {
			return true
		}
	}
	return false
}

// isSiteSuffix reports whether title ends in " - part" (any separator)
// after other words, or in " :: part ::": then part is the site's name,
// not the headline.
func isSiteSuffix(title, part string) bool {
	title = strings.TrimRight(title, " :|-»·/")
	for _, sep := range titleSeparators {
		if strings.HasSuffix(title, sep+part) {
			return true
		}
	}
	return false
}

// heading is a title candidate from the page body.
type heading struct {
	text  string
	h1    bool
	parts []string // the texts of its child elements, when it has several: a kicker and a headline
}

// headingParts returns the texts of n's children, elements and text, when
// two or more hold text ("<h1><small>Tunesien</small><br> Große Aufgaben
// …</h1>"), else nil.
func headingParts(n *html.Node) []string {
	var parts []string
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if text := strings.Join(strings.Fields(c.Data), " "); text != "" {
				parts = append(parts, text)
			}
		case html.ElementNode:
			if text, ok := boundedText(c, 300); ok && text != "" {
				parts = append(parts, text)
			}
		}
	}
	if len(parts) < 2 {
		return nil
	}
	return parts
}

// titleSeparators split a headline from a site name in <title> and og:title.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / ", " │ "}

// siteNameSeparators set a part that names the site apart from the rest
// of a title: the title separators, and the spaced colon of "Headline :
// Site Blog" (which French headlines use too, so only a part naming the
// site is cut at it).
var siteNameSeparators = append(titleSeparators[:len(titleSeparators):len(titleSeparators)], " : ")

// siteName knows the site's name and host, to tell them in a title.
type siteName struct {
	name string // og:site_name or the publisher, if declared
	host string // the page's host, if its URL is known
	logo string // an h1 that prints the site's name (see logoIn), if any
}

// logoSeparators set a site's name before the headline in a <title>: the
// title separators and a colon ("Silicon Exposed: Open Verilog flow …").
var logoSeparators = append(titleSeparators[:len(titleSeparators):len(titleSeparators)], ": ")

// logoIn returns h1 when the <title> holds it as its last part, or as its
// first before a section's name, and holds a longer part besides, or when
// the <title> is the h1, a separator and og:title: then the h1 is the
// site's name set as the page's logo ("Four Years Remaining » Blog Archive » Interning of
// Small Integers", "Rinderleber mit Apfel und Zwiebel | Liebe geht durch
// den Magen"), not the headline.
func logoIn(titleTag, h1, ogTitle string) string {
	if h1 == "" {
		return ""
	}
	if ogTitle != "" && ogTitle != titleTag {
		// "Silicon Exposed: Open Verilog flow …" with og:title "Open Verilog
		// flow …": the <title> is the h1, a separator and the headline.
		tag, head, og := foldTitle(titleTag), foldTitle(h1), foldTitle(ogTitle)
		for _, sep := range logoSeparators {
			if tag == head+sep+og {
				return h1
			}
		}
	}
	parts := splitAll(strings.Join(strings.Fields(titleTag), " "), titleSeparators)
	if len(parts) < 2 {
		return ""
	}
	first, last := strings.TrimSpace(parts[0]), strings.TrimSpace(parts[len(parts)-1])
	siteFirst := len(parts) >= 3 && strings.EqualFold(first, h1) && sectionNames[strings.ToLower(strings.TrimSpace(parts[1]))]
	if !strings.EqualFold(last, h1) && !siteFirst {
		return "" // a short first part is as often a headline before its subtitle
	}
	for _, p := range parts {
		if len(strings.TrimSpace(p)) > len(h1) {
			return h1
		}
	}
	return ""
}

// is reports whether a title segment names the site: its declared name,
// a domain, or words of the page's host ("ARSnova" on arsnova.thm.de).
func (sn siteName) is(seg string) bool {
	seg = strings.TrimSpace(seg)
	if seg == "" {
		return false
	}
	if sn.name != "" && sameName(seg, sn.name) || looksLikeDomain(seg) || sn.logo != "" && strings.EqualFold(seg, sn.logo) {
		return true
	}
	if sn.host == "" || len(strings.Fields(seg)) > maxSiteWords {
		return false
	}
	squashed := squash(seg)
	for _, label := range strings.Split(strings.ToLower(sn.host), ".") {
		label = strings.ReplaceAll(label, "-", "") // "l-mag" is written "L-MAG", squashed "lmag"
		if len(label) >= 4 && label != "www" && strings.Contains(squashed, label) {
			return true
		}
	}
	return false
}

// maxSiteWords bounds a site name found by its host's words.
const maxSiteWords = 4

// stripSiteName removes " - Site Name" (or "Site Name | ") from title when
// a part names the site (see siteName.is).
func stripSiteName(title string, site siteName) string {
	title = strings.Join(strings.Fields(title), " ")
	return stripShortSuffixes(stripNamedSite(longestSegment(title, site), site))
}

// Limits of an unnamed suffix: a last part of at most suffixWordsMax words
// after a headline of at least headlineWordsMin words ("… für die Zukunft
// - Eintracht Presse - News", "Lorem ipsum dolor sit amet – My website").
const (
	suffixWordsMax   = 3
	headlineWordsMin = 5
)

// stripShortSuffixes removes the short last parts, after a dash, that a
// long headline carries: the site's or a section's name, even when the
// page does not declare it. "Story - Part Two" keeps its part: its
// headline is too short to tell.
func stripShortSuffixes(title string) string {
	for {
		cut := -1
		for _, sep := range dashSeparators {
			if i := strings.LastIndex(title, sep); i > cut {
				cut = i
			}
		}
		if cut <= 0 {
			return title
		}
		head := title[:cut]
		_, tail, _ := strings.Cut(title[cut+1:], " ")
		if len(strings.Fields(tail)) > suffixWordsMax || len(strings.Fields(head)) < headlineWordsMin ||
			strings.Count(head, "(") > strings.Count(head, ")") { // "(只能想念你 - 蕭敬騰)": inside brackets
			return title
		}
		title = strings.TrimSpace(head)
	}
}

// dashSeparators are the title separators that are dashes.
var dashSeparators = []string{" - ", " – ", " — "}

// stripNamedSite removes the leading parts of title that name the site or
// a section, and a first or last part that names the site. A headline the
// page prints keeps its other parts: "How to Grow a Lemon Tree | A
// Step-by-Step Guide" is all headline.
func stripNamedSite(title string, site siteName) string {
	title = stripSections(strings.Join(strings.Fields(title), " "), site)
	for _, sep := range siteNameSeparators {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head, tail := title[:i], title[i+len(sep):]
		if site.is(tail) {
			return strings.TrimSpace(head)
		}
		j := strings.Index(title, sep)
		if site.is(title[:j]) {
			return strings.TrimSpace(title[j+len(sep):])
		}
	}
	return title
}

// sectionNames are the names of site sections that titles print before
// the headline: "News - …", "Aktuelles - …", "Reden / …".
var sectionNames = map[string]bool{
	"news": true, "aktuelles": true, "aktuell": true, "nachrichten": true, "meldungen": true, "fachmeldungen": true,
	"pressemitteilungen": true, "pressemitteilung": true, "presse": true, "reden": true, "blog": true, "artikel": true,
	"home": true, "startseite": true, "article": true, "articles": true, "actualités": true, "actualites": true,
	"noticias": true, "notizie": true, "press releases": true, "press release": true, "latest news": true,
	"blog archive": true, "blog archiv": true,
}

// stripSections removes leading parts of title that name the site or one
// of its sections: "Bundespolizei - Aktuelles - Illegale Migration …".
func stripSections(title string, site siteName) string {
	for {
		cut := false
		for _, sep := range titleSeparators {
			head, tail, ok := strings.Cut(title, sep)
			if ok && tail != "" && (sectionNames[strings.ToLower(strings.TrimSpace(head))] || strings.Contains(tail, sep) && site.is(head)) {
				title, cut = tail, true
				break
			}
		}
		if !cut {
			return title
		}
	}
}

// siteSeparators are the separators that, in a <title>, almost always set
// a site or section name apart (unlike " - ", which headlines use too).
var siteSeparators = []string{" | ", " :: ", " » ", " • ", " · ", " │ "}

// longestSegment splits title at site separators, drops the parts that
// name the site, and keeps the part with the most words: "Section |
// Headline of the story | Site" → the headline.
func longestSegment(title string, site siteName) string {
	parts := splitAll(title, siteSeparators)
	if len(parts) == 1 {
		return title
	}
	best := ""
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if site.is(p) {
			continue
		}
		if len(strings.Fields(p)) > len(strings.Fields(best)) {
			best = p
		}
	}
	if best == "" {
		return title
	}
	return best
}

// sameName compares two names ignoring case, spaces and punctuation, and
// accepts a site name that is the start of the suffix ("Sputnik" for
// "Sputnik International").
func sameName(a, b string) bool {
	a, b = squash(a), squash(b)
	if a == "" || b == "" {
		return false
	}
	return a == b || strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

func squash(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func looksLikeDomain(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	if strings.Contains(s, " ") {
		return false
	}
	for _, tld := range []string{".com", ".org", ".net", ".de", ".ru", ".fr", ".uk", ".it", ".es", ".io", ".info"} {
		if strings.HasSuffix(s, tld) {
			return true
		}
	}
	return false
}

// kickerWords mark the parts of a headline element that are not the
// headline: kickers and roof lines, and text only screen readers get.
var kickerWords = []string{"kicker", "dachzeile", "overline", "topline", "eyebrow", "roofline",
	"subtitle", "visually-hidden", "visuallyhidden", "sr-only", "screen-reader"}

// headlineText is a heading's text without its kicker ("Klimaschutz" in
// <h1><span class=kicker>Klimaschutz</span><span>Bohren, bis es heiß
// wird</span></h1>), or the whole text when that would leave nothing.
func headlineText(n *html.Node) string {
	c := textCollector{limit: 300, skip: func(e *html.Node) bool {
		class := strings.ToLower(attr(e, "class"))
		for _, w := range kickerWords {
			if class != "" && strings.Contains(class, w) {
				return true
			}
		}
		return false
	}}
	c.walk(n)
	if text := c.buf.String(); text != "" && !c.over {
		return text
	}
	text, _ := boundedText(n, 300)
	return text
}
