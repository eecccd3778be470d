package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Bylines in the page's text, with no metadata or class to say so: names
// after a byline word, after a lone label, or after a date at the headline.

// textBylineStarts begin a short element that names the author in the
// page's text with no class to say so: "von Daniela Obers", "Text: …".
var textBylineStarts = []string{
	"by ", "by:", "von ", "par ", "por ", "di ", "text:", "text von ", "autor:", "autorin:", "autoren ", "autoren:",
	"auteur :", "auteur:", "author:", "posted by ", "posted by:", "written by ", "written by:", "gespeichert von ", "ein artikel von ",
	"beitrag von ", "blog beitrag von ", "verfasst von ", "verfasst von:", "geschrieben von ", "redaktion:", "von:",
	"posted in ", "story by ", "words by ", "责任编辑：", "作者：", "记者：",
}

// loginBylineStarts begin a byline that only a blog's software writes
// ("Posted by", "Gespeichert von"), so that a login name after them
// ("rasos", "damianduchamps") is the author's, as it would not be after a
// bare "by" or "von" in prose.
var loginBylineStarts = []string{
	"posted by ", "posted in ", "gespeichert von ", "verfasst von", "written by ", "geschrieben von ",
	"eingestellt von ", "erstellt von ", "publié par ",
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
		if start.hasPrefix(postedIn) {
			// "Posted in Datenschutz by damianduchamps on August 3, 2019"
			_, text, _ = strings.Cut(text, " by ")
		}
		name := cleanByline(text)
		if name == "" && bylineLabels[strings.TrimRight(strings.ToLower(strings.TrimSpace(text)), ": ")] {
			name = withoutAgency(cleanByline(textAfter(n, 80))) // "<span>Autor:</span> Jane Doe<br>"
		}
		if looksLikeName(name) {
			m.textBylines = append(m.textBylines, name)
		} else if isLogin(name) && start.hasPrefix(loginBylineStarts) && len(m.loginBylines) < maxTextBylines {
			m.loginBylines = append(m.loginBylines, name)
		}
	}
}

// postedIn begins a blog's "Posted in Category by author on date".
var postedIn = []string{"posted in "}

// isLogin reports one word that reads as a login name: letters, digits
// and "._-", with a letter, between 3 and 30 characters.
func isLogin(name string) bool {
	if n := utf8.RuneCountInString(name); n < 3 || n > 30 || notNames[strings.ToLower(name)] {
		return false
	}
	letter := false
	for _, r := range name {
		switch {
		case unicode.IsLetter(r):
			letter = true
		case unicode.IsDigit(r), r == '.', r == '_', r == '-':
		default:
			return false
		}
	}
	return letter
}

// visitBylineLabel keeps the full name that follows an element holding
// only a byline label with no byline word's colon: "<h4>Autor</h4><p><a>Jane
// Doe</a></p>", "<h5>Autor: </h5>Jane Doe/SP-X".
func (m *pageMeta) visitBylineLabel(n *html.Node, start *textStart) {
	if len(m.labelBylines) >= maxTextBylines || !isBylineLabel(n, start) {
		return
	}
	name := withoutAgency(cleanByline(textAfterLabel(n)))
	if len(strings.Fields(name)) >= 2 && looksLikeName(name) {
		m.labelBylines = append(m.labelBylines, name)
	}
}

// textAfterLabel returns the text after a label element, or after the
// elements that hold only it: "<div><p><strong>By</strong></p></div>
// <div><p>Todd Bates</p></div>".
func textAfterLabel(label *html.Node) string {
	n := label
	for range 3 {
		if text := textAfter(n, 80); strings.TrimSpace(text) != "" || n.Parent == nil || !onlyChild(n) || isMenuItem(n) || isMenuItem(n.Parent) {
			return text
		}
		n = n.Parent
	}
	return textAfter(n, 80)
}

// isMenuItem reports a link or a list item: a menu's "Redaktion" is no
// label, and the items after it ("Kontakt", "Sitemap") no name.
func isMenuItem(n *html.Node) bool {
	return n.Type == html.ElementNode && (n.Data == "a" || n.Data == "li")
}

// onlyChild reports whether n is its parent's one child but for spaces.
func onlyChild(n *html.Node) bool {
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c != n && !(c.Type == html.TextNode && strings.TrimSpace(c.Data) == "") && c.Type != html.CommentNode {
			return false
		}
	}
	return true
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
	if len(m.datedBylines) >= maxTextBylines || m.afterH1.buf.Len() > datelineText || !start.digit() {
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

// visitAuthorBox keeps the name that heads an author's bio box ("<div
// class=author-bio><h3>Jane Doe</h3><p>Jane writes about …</p></div>"): its
// first heading or bold line, when that is a name of two to four words.
func (m *pageMeta) visitAuthorBox(box *html.Node) {
	if len(m.boxBylines) >= maxTextBylines {
		return
	}
	for d := range box.Descendants() {
		if d.Type != html.ElementNode {
			continue
		}
		switch d.Data {
		case "h2", "h3", "h4", "h5", "h6", "strong", "b":
			text, ok := boundedText(d, 60)
			_, heading := furniturePhrases[strings.ToLower(strings.TrimRight(text, ":"))] // "Über den Autor"
			if words := len(strings.Fields(text)); ok && !heading && words >= 2 && words <= 4 && looksLikeName(text) {
				m.boxBylines = append(m.boxBylines, text)
			}
			return // the first heading names the author, or nobody
		}
	}
}
