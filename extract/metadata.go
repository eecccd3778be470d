package extract

import (
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// pageMeta is what the page says about itself, read before any pruning.
type pageMeta struct {
	lang             string
	titleTag         string
	h1               string    // the first <h1>
	headings         []heading // the first h1 and h2 elements, for the title
	canonical        string
	base             string
	meta             map[string]string // lower-cased name or property → first content (see setMeta)
	metaByName       map[string]bool   // the keys of meta that a name attribute gave
	ld               ldArticle
	timeTag          string // datetime of the first <time> element
	itemprops        map[string]string
	authorRel        string       // text of the first rel=author link
	dateTexts        []string     // texts of elements whose class or id says "date"
	bylineTexts      []string     // texts of elements whose class or id says "author"
	textBylines      []string     // names after a byline word in the page's text ("von Jane Doe")
	loginBylines     []string     // login names after a blog's byline phrase ("Gespeichert von rasos")
	copyrightBylines []string     // persons a copyright line names (copyright.go)
	microIngredients []string     // the texts of itemprop=recipeIngredient elements (recipe.go)
	datedBylines     []string     // names after a date at the headline ("11.12.2019 - Jane Doe")
	proseNoscripts   []*html.Node // <noscript> elements that hold an article's markup (see openNoscripts)
	stories          []story      // <article>s with an <h1> of their own (stories.go)
	elementDay       time.Time    // elementDate's answer, once read
	elementDateRead  bool
	labelBylines     []string      // names after an element that is only a byline label ("<h4>Autor</h4>")
	boxBylines       []string      // names heading an author's bio box
	labelledDates    []string      // texts around a date label ("Datum: 26. Januar 2022")
	scripts          []string      // the texts of the page's other scripts, for a date in their state
	afterH1          textCollector // the text that follows the first <h1>, its spaces collapsed
	beforeH1         []byte        // the last beforeH1Text bytes, or a little more, of the text before it
	sawH1            bool
	firstH1          *html.Node // the first <h1>, whose next element may be the dek (lead.go)
	h1Count          int
	articleTag       bool // an <article> or itemprop=articleBody element is on the page
}

// maxProseNoscripts bounds the <noscript> elements opened on one page.
const maxProseNoscripts = 8

// Bounds of the text kept to find a written date.
const (
	maxDateTexts = 32
	afterH1Text  = 2500
	beforeH1Text = 300
)

// readMetadata collects metadata from the head, JSON-LD and a few body
// elements in one walk of doc.
func readMetadata(doc *html.Node) *pageMeta {
	m := &pageMeta{meta: map[string]string{}, itemprops: map[string]string{}}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if n.Data == "noscript" && holdsProse(n) && len(m.proseNoscripts) < maxProseNoscripts {
				m.proseNoscripts = append(m.proseNoscripts, n)
			}
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
		if n.Type == html.TextNode && m.sawH1 && m.afterH1.buf.Len() < afterH1Text {
			if m.afterH1.buf.Cap() == 0 {
				m.afterH1.buf.Grow(afterH1Text + 64)
			}
			text := n.Data
			if room := 4 * (afterH1Text - m.afterH1.buf.Len()); len(text) > room {
				text = text[:room] // bounded before its spaces are collapsed
			}
			m.afterH1.add(text)
			m.afterH1.space = m.afterH1.buf.Len() > 0
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return m
}

// textAfterH1 returns the text kept after the first <h1>.
func (m *pageMeta) textAfterH1() string {
	return m.afterH1.buf.String()
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
			if !m.sawH1 {
				m.firstH1 = n
			}
			m.sawH1 = true
			m.h1Count++
		}
		m.visitStoryHeadline(n)
		isH1 := n.Data == "h1"
		if m.headingCount(isH1) < maxTitleHeadings {
			text := headlineText(n)
			if isH1 && m.h1 == "" {
				m.h1 = text
			}
			if text != "" && len(text) <= 300 {
				m.headings = append(m.headings, heading{text: text, h1: isH1, parts: headingParts(n)})
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
		byProperty := key != ""
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
			m.setMeta(normalizeMetaKey(k), content, byProperty)
		}
	case "script":
		if n.FirstChild == nil {
			break
		}
		if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
			if !m.readJSONLD(n.FirstChild.Data) && len(m.scripts) < maxScripts {
				m.scripts = append(m.scripts, n.FirstChild.Data) // broken JSON-LD: its date may still be read
			}
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
	if start, ok := startOf(n); ok {
		m.visitTextByline(n, &start)
		m.visitDatedByline(n, &start)
		m.visitDateLabel(n, &start)
		m.visitCopyright(n, &start)
	}
	if byline, box, date := classSays(n); byline || box || date || n.Data == "byline" { // <byline>Von Jane Doe, dpa</byline>
		byline = byline || n.Data == "byline"
		if box {
			m.visitAuthorBox(n)
		}
		if byline && len(m.bylineTexts) < maxDateTexts && !inComments(n) {
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
		if prop == "recipeingredient" || prop == "ingredients" {
			m.visitIngredient(n)
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

// setMeta keeps the first content of key, except that a property
// attribute (RDFa, as Open Graph and Dublin Core define their keys) beats
// a name attribute that gave the same key before it: <meta name="og:title">
// is a common misspelling, <meta property="og:title"> the declaration.
func (m *pageMeta) setMeta(key, content string, byProperty bool) {
	if _, seen := m.meta[key]; !seen {
		m.meta[key] = content
		if !byProperty {
			if m.metaByName == nil {
				m.metaByName = map[string]bool{}
			}
			m.metaByName[key] = true
		}
	} else if byProperty && m.metaByName[key] {
		m.meta[key] = content
		delete(m.metaByName, key)
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

func (m *pageMeta) siteName() string {
	return firstNonEmpty(m.meta["og:site_name"], m.ld.publisher, m.ld.siteName,
		m.meta["application-name"], m.meta["twitter:site"])
}

// Marks of the words classSays looks for in a class or id.
const (
	markAuthor     = 1 << iota // "author", "autor", "byline"
	markAuthorName             // "author", "autor": a box of the author's
	markBio                    // "bio", "box": a bio box
	markNotByline              // "bio", "box", "avatar", "comment", "form", "reply": around a byline, not one
	markComment                // "comment"
	markDate                   // "date", "time", "publi", "posted", "created", "datum", "fecha", "meta", "byline", "stand"
)

// classWord is a word classSays looks for and the marks it sets.
type classWord struct {
	word  string
	marks int
}

// classWordsByLetter holds the words classSays looks for under their
// first letter, so that one pass over a class value finds them all.
var classWordsByLetter = func() (index [26][]classWord) {
	for _, w := range []classWord{
		{"author", markAuthor | markAuthorName}, {"autor", markAuthor | markAuthorName}, {"byline", markAuthor | markDate},
		{"bio", markBio | markNotByline}, {"box", markBio | markNotByline}, {"avatar", markNotByline},
		{"comment", markNotByline | markComment}, {"form", markNotByline}, {"reply", markNotByline},
		{"date", markDate}, {"time", markDate}, {"publi", markDate}, {"posted", markDate}, {"created", markDate},
		{"datum", markDate}, {"fecha", markDate}, {"meta", markDate}, {"stand", markDate},
	} {
		index[w.word[0]-'a'] = append(index[w.word[0]-'a'], w)
	}
	return index
}()

// classMarks returns the marks of the words in a class or id value,
// its ASCII letters matched in either case.
func classMarks(value string) int {
	marks := 0
	for i := 0; i < len(value); i++ {
		c := asciiLower(value[i])
		if c < 'a' || c > 'z' {
			continue
		}
		for _, w := range classWordsByLetter[c-'a'] {
			if hasPrefixASCIIFold(value[i:], w.word) {
				marks |= w.marks
			}
		}
	}
	return marks
}

// hasPrefixASCIIFold reports whether s begins with lower, a lower-case
// ASCII word, its letters in either case.
func hasPrefixASCIIFold(s, lower string) bool {
	if len(s) < len(lower) {
		return false
	}
	for j := 0; j < len(lower); j++ {
		if asciiLower(s[j]) != lower[j] {
			return false
		}
	}
	return true
}

// asciiLower lower-cases an ASCII capital and leaves other bytes alone.
func asciiLower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// classSays reports whether n's class or id names its author (and not a
// bio, box, avatar, comment or form around it), an author's bio box, or a
// date. Each value is read once for all three.
func classSays(n *html.Node) (byline, box, date bool) {
	for _, a := range n.Attr {
		v := a.Val
		if a.Namespace != "" || v == "" || a.Key != "class" && a.Key != "id" && a.Key != "data-testid" { // data-testid: React sites name parts there
			continue
		}
		marks := classMarks(v)
		byline = byline || marks&markAuthor != 0 && marks&markNotByline == 0
		box = box || marks&markAuthorName != 0 && marks&markBio != 0 && marks&markComment == 0
		date = date || marks&markDate != 0
	}
	return byline, box, date
}

// commentAncestorsMax bounds the ancestors looked at for a comment thread.
const commentAncestorsMax = 8

// inComments reports whether n stands in a comment thread: a byline there
// names a commenter ("<li class="comment"><div class="byline">…"). An
// opinion piece's "commentary" wrapper is no thread.
func inComments(n *html.Node) bool {
	p := n.Parent
	for range commentAncestorsMax {
		if p == nil || p.Type != html.ElementNode {
			return false
		}
		if hasCommentWord(attr(p, "class")) || hasCommentWord(attr(p, "id")) {
			return true
		}
		p = p.Parent
	}
	return false
}

// hasCommentWord reports a class or id with the word "comment" or
// "comments" in it, in any case: "comments-list", "commentItem".
func hasCommentWord(v string) bool {
	for i := 0; i+7 <= len(v); i++ {
		if !containsFold(v[i:i+7], "comment") || i > 0 && isASCIILetter(v[i-1]) && v[i]|0x20 == v[i] {
			continue // inside a word ("nocomment"), not at its start ("jsComment")
		}
		rest := v[i+7:]
		rest = strings.TrimPrefix(strings.TrimPrefix(rest, "s"), "S")
		if rest == "" || !isASCIILetter(rest[0]) || rest[0]|0x20 != rest[0] {
			return true // the word ends here, or a capital begins the next ("commentItem")
		}
	}
	return false
}

func isASCIILetter(c byte) bool {
	return c|0x20 >= 'a' && c|0x20 <= 'z'
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
