package extract

import (
	"bytes"
	"encoding/json"
	"net/url"
	"regexp"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// pageMeta is what the page says about itself, read before any pruning.
type pageMeta struct {
	lang          string
	titleTag      string
	h1            string    // the first <h1>
	headings      []heading // the first h1 and h2 elements, for the title
	canonical     string
	base          string
	meta          map[string]string // lower-cased name or property → first content
	ld            ldArticle
	timeTag       string // datetime of the first <time> element
	itemprops     map[string]string
	authorRel     string          // text of the first rel=author link
	dateTexts     []string        // texts of elements whose class or id says "date"
	bylineTexts   []string        // texts of elements whose class or id says "author"
	textBylines   []string        // names after a byline word in the page's text ("von Jane Doe")
	labelledDates []string        // texts around a date label ("Datum: 26. Januar 2022")
	scripts       []string        // the texts of the page's other scripts, for a date in their state
	afterH1       strings.Builder // the text that follows the first <h1>
	beforeH1      []byte          // the last beforeH1Text bytes, or a little more, of the text before it
	sawH1         bool
	h1Count       int
	scratch       []byte // see lowerScratch
	articleTag    bool   // an <article> or itemprop=articleBody element is on the page
}

// Bounds of the text kept to find a written date.
const (
	maxDateTexts = 32
	afterH1Text  = 2500
	beforeH1Text = 300
)

// ldArticle holds the fields pith reads from JSON-LD.
type ldArticle struct {
	headline, author, published, publisher, siteName string
	image, body, description, language, url          string
	creator                                          string            // the creators, who may be more than the author given
	authorIDs                                        []string          // @id references of an author given by reference only
	persons                                          map[string]string // @id → name of every Person object
}

// readMetadata collects metadata from the head, JSON-LD and a few body
// elements in one walk of doc.
func readMetadata(doc *html.Node) *pageMeta {
	m := &pageMeta{meta: map[string]string{}, itemprops: map[string]string{}}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if isScriptLike(n.Data) && n.Data != "script" {
				return
			}
			m.visit(n)
			if n.Data == "script" {
				return
			}
		}
		if n.Type == html.TextNode && !m.sawH1 {
			m.keepBeforeH1(n.Data)
		}
		if n.Type == html.TextNode && m.sawH1 && m.afterH1.Len() < afterH1Text {
			text := n.Data
			if room := afterH1Text - m.afterH1.Len(); len(text) > room {
				text = text[:room]
			}
			m.afterH1.WriteString(text)
			m.afterH1.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return m
}

// keepBeforeH1 adds text to the window of text before the first <h1>,
// where a dateline above the headline sits, keeping only its end.
func (m *pageMeta) keepBeforeH1(text string) {
	if len(text) > beforeH1Text {
		text = text[len(text)-beforeH1Text:]
	}
	if len(m.beforeH1)+len(text) > 2*beforeH1Text {
		keep := m.beforeH1[len(m.beforeH1)-beforeH1Text:]
		m.beforeH1 = append(m.beforeH1[:0], keep...)
	}
	m.beforeH1 = append(m.beforeH1, text...)
	m.beforeH1 = append(m.beforeH1, ' ')
}

func (m *pageMeta) visit(n *html.Node) {
	switch n.Data {
	case "html":
		if m.lang == "" {
			m.lang = strings.TrimSpace(attr(n, "lang"))
		}
	case "title":
		if m.titleTag == "" && n.Parent != nil && n.Parent.Data != "svg" {
			m.titleTag = textContent(n)
		}
	case "article":
		m.articleTag = true
	case "h1", "h2":
		if n.Data == "h1" {
			m.sawH1 = true
			m.h1Count++
		}
		if len(m.headings) < maxTitleHeadings {
			text := headlineText(n)
			if n.Data == "h1" && m.h1 == "" {
				m.h1 = text
			}
			if text != "" && len(text) <= 300 {
				m.headings = append(m.headings, heading{text: text, h1: n.Data == "h1", parts: headingParts(n)})
			}
		}
	case "base":
		if m.base == "" {
			m.base = strings.TrimSpace(attr(n, "href"))
		}
	case "link":
		rel := strings.ToLower(attr(n, "rel"))
		if m.canonical == "" && rel == "canonical" {
			m.canonical = strings.TrimSpace(attr(n, "href"))
		}
	case "meta":
		key := strings.ToLower(strings.TrimSpace(attr(n, "property")))
		if key == "" {
			key = strings.ToLower(strings.TrimSpace(attr(n, "name")))
		}
		if key == "" {
			key = strings.ToLower(strings.TrimSpace(attr(n, "itemprop")))
		}
		content := strings.TrimSpace(attr(n, "content"))
		if content == "" {
			break
		}
		for _, k := range strings.Fields(key) { // property="dc:creator og:author"
			k = normalizeMetaKey(k)
			if _, seen := m.meta[k]; !seen {
				m.meta[k] = content
			}
		}
	case "script":
		if n.FirstChild == nil {
			break
		}
		if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
			m.readJSONLD(n.FirstChild.Data)
		} else if len(m.scripts) < maxScripts {
			m.scripts = append(m.scripts, n.FirstChild.Data) // read only if no other date is found
		}
	case "time":
		if m.timeTag == "" {
			m.timeTag = strings.TrimSpace(attr(n, "datetime"))
		}
	case "a":
		if m.authorRel == "" && strings.Contains(strings.ToLower(attr(n, "rel")), "author") {
			m.authorRel = textContent(n)
		}
	}
	m.visitTextByline(n)
	m.visitDateLabel(n)
	if byline, date := m.classSays(n); byline || date {
		if byline && len(m.bylineTexts) < maxDateTexts {
			if text, ok := boundedText(n, 120); ok {
				m.bylineTexts = append(m.bylineTexts, text)
			}
		}
		if date && len(m.dateTexts) < maxDateTexts {
			if text, ok := boundedText(n, 200); ok {
				m.dateTexts = append(m.dateTexts, text)
			}
		}
	}
	if prop := itemProp(n); prop != "" && n.Data != "meta" {
		if prop == "articlebody" {
			m.articleTag = true
		}
		if _, seen := m.itemprops[prop]; !seen {
			switch prop {
			case "datepublished", "datecreated":
				v := attr(n, "datetime")
				if v == "" {
					v = attr(n, "content")
				}
				m.itemprops[prop] = strings.TrimSpace(v)
			case "author", "headline":
				if v, ok := boundedText(n, 200); ok {
					m.itemprops[prop] = v
				}
			}
		}
	}
}

// normalizeMetaKey writes Dublin Core keys one way: "dc:title",
// "DC.title" and "dcterm:title" become "dc.title" / "dcterms.title".
func normalizeMetaKey(k string) string {
	for _, prefix := range []string{"dcterms:", "dcterm:", "dcterm."} {
		if strings.HasPrefix(k, prefix) {
			return "dcterms." + k[len(prefix):]
		}
	}
	if strings.HasPrefix(k, "dc:") {
		return "dc." + k[3:]
	}
	return k
}

// articleTypes are the schema.org types whose JSON-LD describes an article.
var articleTypes = map[string]bool{
	"article": true, "newsarticle": true, "blogposting": true, "reportagenewsarticle": true,
	"analysisnewsarticle": true, "opinionnewsarticle": true, "reviewnewsarticle": true,
	"backgroundnewsarticle": true, "techarticle": true, "scholarlyarticle": true,
	"report": true, "liveblogposting": true, "socialmediaposting": true,
	"discussionforumposting": true, "webpage": false, "satiricalarticle": true,
}

// readJSONLD reads the first article object of a JSON-LD script, and the
// site's name from a WebSite or Organization object.
func (m *pageMeta) readJSONLD(raw string) {
	raw = strings.TrimSpace(raw)
	raw = strings.TrimPrefix(raw, "<![CDATA[")
	raw = strings.TrimSuffix(raw, "]]>")
	var v any
	if err := json.Unmarshal([]byte(raw), &v); err != nil {
		// Raw line breaks and tabs inside strings are the commonest
		// breakage; outside strings they are only white space.
		if err := json.Unmarshal([]byte(jsonControlChars.Replace(raw)), &v); err != nil {
			return // broken JSON-LD is common; the other sources remain
		}
	}
	m.walkJSONLD(v, 0)
}

// jsonControlChars turns the control characters JSON forbids in strings
// into spaces.
var jsonControlChars = strings.NewReplacer("\n", " ", "\r", " ", "\t", " ")

func (m *pageMeta) walkJSONLD(v any, depth int) {
	if depth > 8 {
		return
	}
	switch t := v.(type) {
	case []any:
		for _, item := range t {
			m.walkJSONLD(item, depth+1)
		}
	case map[string]any:
		if graph, ok := t["@graph"]; ok {
			m.walkJSONLD(graph, depth+1)
		}
		types := ldTypes(t["@type"])
		for _, typ := range types {
			switch {
			case articleTypes[typ]:
				m.takeArticle(t)
			case typ == "person":
				if id, name := ldString(t["@id"]), ldString(t["name"]); id != "" && name != "" {
					if m.ld.persons == nil {
						m.ld.persons = map[string]string{}
					}
					m.ld.persons[id] = name
				}
			case typ == "website" && m.ld.siteName == "":
				m.ld.siteName = ldString(t["name"])
			case typ == "webpage" && m.ld.headline == "" && m.ld.published == "":
				// A WebPage's dates describe the article when no Article is given.
				m.ld.published = ldString(t["datePublished"])
			}
		}
	}
}

func (m *pageMeta) takeArticle(t map[string]any) {
	ld := &m.ld
	if ld.headline != "" || ld.body != "" {
		return // the first article object wins
	}
	ld.headline = ldString(t["headline"])
	if ld.headline == "" {
		ld.headline = ldString(t["name"])
	}
	ld.author, ld.creator = ldNames(t["author"]), ldNames(t["creator"])
	if ld.author == "" {
		ld.author = ld.creator
	}
	if ld.author == "" {
		ld.authorIDs = ldIDs(t["author"])
	}
	ld.published = firstNonEmpty(ldString(t["datePublished"]), ldString(t["dateCreated"]), ld.published)
	ld.publisher = ldNames(t["publisher"])
	ld.image = ldURL(t["image"])
	ld.body = ldString(t["articleBody"])
	ld.description = ldString(t["description"])
	ld.language = ldString(t["inLanguage"])
	ld.url = ldString(t["url"])
}

func ldTypes(v any) []string {
	switch t := v.(type) {
	case string:
		return []string{strings.ToLower(t)}
	case []any:
		out := make([]string, 0, len(t))
		for _, x := range t {
			if s, ok := x.(string); ok {
				out = append(out, strings.ToLower(s))
			}
		}
		return out
	}
	return nil
}

func ldString(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(html.UnescapeString(t))
	case []any:
		if len(t) > 0 {
			return ldString(t[0])
		}
	case map[string]any:
		return ldString(t["@value"])
	}
	return ""
}

// ldNames joins the names of one or more persons or organisations.
func ldNames(v any) string {
	switch t := v.(type) {
	case string:
		if strings.HasPrefix(t, "http") {
			return ""
		}
		return strings.TrimSpace(t)
	case map[string]any:
		return ldString(t["name"])
	case []any:
		var names []string
		for _, x := range t {
			if n := ldNames(x); n != "" && !contains(names, n) {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

// ldIDs returns the @id of an object or of each object of a list.
func ldIDs(v any) []string {
	switch t := v.(type) {
	case map[string]any:
		if id := ldString(t["@id"]); id != "" {
			return []string{id}
		}
	case []any:
		var ids []string
		for _, x := range t {
			ids = append(ids, ldIDs(x)...)
		}
		return ids
	}
	return nil
}

// authorByID returns the names of the Person objects the article's author
// refers to by @id (a Yoast-style @graph), joined with ", ".
func (ld *ldArticle) authorByID() string {
	var names []string
	for _, id := range ld.authorIDs {
		if name := ld.persons[id]; name != "" && !contains(names, name) {
			names = append(names, name)
		}
	}
	return strings.Join(names, ", ")
}

func ldURL(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case map[string]any:
		return firstNonEmpty(ldString(t["url"]), ldString(t["contentUrl"]))
	case []any:
		if len(t) > 0 {
			return ldURL(t[0])
		}
	}
	return ""
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func firstNonEmpty(values ...string) string {
	for _, v := range values {
		if v != "" {
			return v
		}
	}
	return ""
}

// title returns the article's headline in the order of trust, without a
// site-name suffix or prefix.
func (m *pageMeta) title(site siteName) string {
	declared := firstNonEmpty(m.ld.headline, m.meta["dc.title"], m.meta["dcterms.title"], m.meta["og:title"],
		m.meta["twitter:title"], m.meta["parsely-title"], m.itemprops["headline"], m.titleTag)
	if heading := m.visibleHeadline(declared, site.name); heading != "" {
		return trimTitle(stripSiteName(heading, site)) // some pages print the whole <title> in a hidden h1
	}
	if h1 := m.h1; declared == m.titleTag && m.h1Count == 1 && len(strings.Fields(h1)) >= 2 && !site.is(h1) {
		return trimTitle(stripSiteName(h1, site))
	}
	if declared == "" {
		return trimTitle(m.h1)
	}
	return trimTitle(stripSiteName(declared, site))
}

// trimTitle drops punctuation a hidden kicker leaves at the start (": Wie
// …") and a date printed before the headline ("23.01.2022 - Wierer …").
func trimTitle(t string) string {
	t = strings.TrimLeft(t, ":;,–—-|· ")
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

// maxTitleHeadings bounds the headings kept as title candidates.
const maxTitleHeadings = 12

// visibleHeadline returns the page's own headline as printed: the longest
// <h1> (or failing that <h2>) whose words the declared titles contain, and
// that is not the site's name. That is the headline without the site name
// or kicker the <title> adds.
func (m *pageMeta) visibleHeadline(declared, site string) string {
	titles := []string{foldTitle(declared), foldTitle(m.titleTag), foldTitle(m.meta["og:title"])}
	for _, wantH1 := range []bool{true, false} {
		best := ""
		for _, h := range m.headings {
			if h.h1 != wantH1 || len(h.text) <= len(best) || len(strings.Fields(h.text)) < 2 ||
				(site != "" && sameName(h.text, site)) {
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
// after other words: then part is the site's name, not the headline.
func isSiteSuffix(title, part string) bool {
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
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / "}

// siteName knows the site's name and host, to tell them in a title.
type siteName struct {
	name string // og:site_name or the publisher, if declared
	host string // the page's host, if its URL is known
}

// is reports whether a title segment names the site: its declared name,
// a domain, or words of the page's host ("ARSnova" on arsnova.thm.de).
func (sn siteName) is(seg string) bool {
	seg = strings.TrimSpace(seg)
	if seg == "" {
		return false
	}
	if sn.name != "" && sameName(seg, sn.name) || looksLikeDomain(seg) {
		return true
	}
	if sn.host == "" || len(strings.Fields(seg)) > maxSiteWords {
		return false
	}
	squashed := squash(seg)
	for _, label := range strings.Split(strings.ToLower(sn.host), ".") {
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
	title = stripSections(longestSegment(title, site), site)
	for _, sep := range titleSeparators {
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
var siteSeparators = []string{" | ", " :: ", " » ", " • ", " · "}

// longestSegment splits title at site separators, drops the parts that
// name the site, and keeps the part with the most words: "Section |
// Headline of the story | Site" → the headline.
func longestSegment(title string, site siteName) string {
	parts := []string{title}
	for _, sep := range siteSeparators {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
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

func (m *pageMeta) siteName() string {
	return firstNonEmpty(m.meta["og:site_name"], m.ld.publisher, m.ld.siteName,
		m.meta["application-name"], m.meta["twitter:site"])
}

// lowerScratch returns s lower-cased (ASCII) in a buffer reused between
// calls: class names are checked for many words, once per element.
func (m *pageMeta) lowerScratch(s string) []byte {
	m.scratch = m.scratch[:0]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		m.scratch = append(m.scratch, c)
	}
	return m.scratch
}

// datePattern finds /2019/03/18/ or /2019-03-18 style dates in URLs.
var datePattern = regexp.MustCompile(`/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:[/-]|\b)`)

// dateClassWords are class and id words of elements that show a date.
var dateClassWords = []string{"date", "time", "publi", "posted", "created", "datum", "fecha", "meta", "byline", "dateline", "stand"}

// classSays reports whether n's class or id names its author (and not a
// bio, box, avatar, comment or form around it) or a date. Each value is
// lower-cased once for both.
func (m *pageMeta) classSays(n *html.Node) (byline, date bool) {
	for _, v := range [2]string{attr(n, "class"), attr(n, "id")} {
		if v == "" {
			continue
		}
		lower := m.lowerScratch(v)
		if !byline && (bytes.Contains(lower, []byte("author")) || bytes.Contains(lower, []byte("byline")) || bytes.Contains(lower, []byte("autor"))) &&
			!bytes.Contains(lower, []byte("bio")) && !bytes.Contains(lower, []byte("box")) && !bytes.Contains(lower, []byte("avatar")) &&
			!bytes.Contains(lower, []byte("comment")) && !bytes.Contains(lower, []byte("form")) && !bytes.Contains(lower, []byte("reply")) {
			byline = true
		}
		for _, w := range dateClassWords {
			if date {
				break
			}
			date = bytes.Contains(lower, []byte(w))
		}
	}
	return byline, date
}

// itemProp returns n's microdata itemprop, or its RDFa schema.org
// property ("schema:dateCreated"), lower-cased.
func itemProp(n *html.Node) string {
	if prop := attr(n, "itemprop"); prop != "" {
		return strings.ToLower(prop)
	}
	prop := strings.ToLower(attr(n, "property"))
	if after, ok := strings.CutPrefix(prop, "schema:"); ok {
		return after
	}
	return ""
}

func plausibleDate(t time.Time) bool {
	return t.Year() >= 1990 && t.Before(time.Now().AddDate(1, 0, 0))
}

// pageURL returns the page's own address: canonical link, og:url or <base>,
// made absolute against given when it is relative.
func (m *pageMeta) pageURL() string {
	for _, candidate := range []string{m.canonical, m.meta["og:url"], m.ld.url, m.base} {
		u, err := url.Parse(candidate)
		if err == nil && u.IsAbs() && (u.Scheme == "http" || u.Scheme == "https") {
			return u.String()
		}
	}
	return ""
}

func (m *pageMeta) language() string {
	return firstNonEmpty(m.lang, m.meta["og:locale"], m.meta["content-language"], m.ld.language)
}

func (m *pageMeta) excerpt() string {
	return firstNonEmpty(m.meta["og:description"], m.meta["description"], m.ld.description,
		m.meta["twitter:description"])
}

func (m *pageMeta) image() string {
	return firstNonEmpty(m.meta["og:image"], m.meta["og:image:url"], m.ld.image, m.meta["twitter:image"])
}

// declaresArticle reports a page that says it is an article: JSON-LD of an
// article type, og:type "article", or article markup.
func (m *pageMeta) declaresArticle() bool {
	return m.ld.headline != "" || m.ld.body != "" || strings.EqualFold(m.meta["og:type"], "article") || m.articleTag
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
	if text := string(c.buf); text != "" && !c.over {
		return text
	}
	text, _ := boundedText(n, 300)
	return text
}
