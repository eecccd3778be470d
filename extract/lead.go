package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// minLeadText is the shortest description worth restoring as a lead.
const minLeadText = 60

// pageLead returns the page's standfirst: its description, when a block of
// the page (before pruning: CMSs often class the lead "teaser") holds
// exactly those words; else "" (the caller falls back on the dek, below,
// then on the block a cut-short description was taken from, then on the
// block the description begins with: leadOpeningDescription).
func pageLead(doc *html.Node, description string) string {
	lead := strings.Join(strings.Fields(description), " ")
	if len(lead) < minLeadText || !pageHasBlockWithText(doc, lead) {
		return ""
	}
	return lead
}

// leadOpeningDescription returns the text of the block of doc's body that
// the description begins with, whole sentences of minLeadText bytes or
// more, or "". Some pages describe themselves with the lead and the
// story's first lines after it, cut short ("… die Nachwuchs-Flugzeugführer
// der Luftwaffe trainieren. Das Bundesamt für Ausrüstung … hat mit dem
// […]"): the lead is the block that ends where the story begins.
func leadOpeningDescription(doc *html.Node, description string) string {
	description = strings.Join(strings.Fields(description), " ")
	if len(description) < minLeadText {
		return ""
	}
	fits := func(got string) bool {
		return len(got) >= minLeadText && len(got) < len(description) && strings.HasPrefix(description, got) &&
			description[len(got)] == ' ' && strings.ContainsRune(".!?", rune(got[len(got)-1]))
	}
	block := smallestBlock(findElement(doc, "body"), description, len(description), fits)
	if block == nil {
		return ""
	}
	text, _ := boundedText(block, len(description))
	return text
}

// restoreLead puts the page's standfirst back at the top of the article.
// News pages often print the lead (the same words as their meta
// description) in a block beside the body, which the readability pass
// leaves out. When the article does not start with it, it becomes the
// first paragraph, judged first as the clean-up judges the article's
// first paragraph (with the clean-up's rules, unlogged): the
// block after the headline that dek reads may be a newsletter prompt the
// clean-up has just removed, and logged.
func restoreLead(content *html.Node, lead string, rules cleanupRules) {
	if content == nil || lead == "" || containsTextStart(content, lead) {
		return
	}
	p := &html.Node{Type: html.ElementNode, Data: "p"}
	p.AppendChild(&html.Node{Type: html.TextNode, Data: lead})
	judged := &html.Node{Type: html.ElementNode, Data: "div"}
	judged.AppendChild(p)
	rules.log = nil
	cleanupArticle(judged, rules)
	if p.Parent != judged {
		return // furniture
	}
	judged.RemoveChild(p)
	content.InsertBefore(p, content.FirstChild)
}

// pageHasBlockWithText reports whether some element of doc's body has
// exactly text as its whole text (whitespace collapsed).
func pageHasBlockWithText(doc *html.Node, text string) bool {
	return smallestBlock(findElement(doc, "body"), text, len(text), func(got string) bool { return got == text }) != nil
}

// smallestBlock returns the first element of body, outward from each text
// node that begins like start, whose text (whitespace collapsed, read up
// to limit bytes) fits; nil when none does. Starting from the text nodes
// keeps the search linear.
func smallestBlock(body *html.Node, start string, limit int, fits func(text string) bool) *html.Node {
	if body == nil {
		return nil
	}
	probe := start[:min(len(start), 40)]
	for d := range body.Descendants() {
		if d.Type != html.TextNode || !hasCollapsedPrefix(d.Data, probe) {
			continue
		}
		for el := d.Parent; el != nil && el != body; el = el.Parent {
			got, ok := boundedText(el, limit)
			if !ok {
				break
			}
			if fits(got) {
				return el
			}
		}
	}
	return nil
}

// containsTextStart reports whether the article n already starts a block
// with text: from a text node that begins like text, its block reads on as
// text does (see readsAs). A paragraph that only opens with the same words
// (the lead "A. B." over a story that begins "A. C.") does not hold it.
func containsTextStart(n *html.Node, text string) bool {
	want := strings.TrimRight(strings.Join(strings.Fields(text), " "), ".… ") // a description cut short ends in "..."
	probe := want[:min(len(want), 40)]
	for d := range n.Descendants() {
		if d.Type != html.TextNode {
			continue
		}
		whole := hasCollapsedPrefix(d.Data, probe)
		if !whole && !opensSplitText(d, probe) {
			continue
		}
		block := d.Parent
		for block != nil && block != n && block.Type == html.ElementNode && isInline(block.Data) {
			block = block.Parent
		}
		if block == nil || !whole && firstTextNode(block) != d {
			continue
		}
		got, _ := boundedText(block, -1) // read whole: the lead may start deep in a long block
		if i := strings.Index(got, probe); i >= 0 && readsAs(got[i:], want) {
			return true
		}
	}
	return false
}

// opensSplitText reports a text node that holds only the first words of
// probe: the rest follows in other elements, as when a lead sets its
// names as links ("<a><strong>Elias</strong></a> und <a>Mikael Ymer</a>
// haben …").
func opensSplitText(d *html.Node, probe string) bool {
	i := skipSpace(d.Data, 0)
	if i >= len(d.Data) || d.Data[i] != probe[0] {
		return false // most text nodes: read without allocating
	}
	text := strings.Join(strings.Fields(d.Data), " ")
	return len(text) < len(probe) && strings.HasPrefix(probe, text)
}

// minLeadOverlap is the share of a lead's words that the text from where
// it starts in the article must hold, in its first words, for the article
// to hold the lead: descriptions are often the first paragraph lightly
// edited (a date dropped, "minimising" spelled "minimizing").
const minLeadOverlap = 0.75

// readsAs reports whether from, the article's text from where the lead
// starts, reads as the lead: from holds all of lead, lead runs on past
// from's end (over the next paragraphs), or from's first words hold
// minLeadOverlap of lead's.
func readsAs(from, lead string) bool {
	if strings.HasPrefix(from, lead) || strings.HasPrefix(lead, from) {
		return true
	}
	leadWords := strings.Fields(strings.ToLower(lead))
	fromWords := strings.Fields(strings.ToLower(from))
	held := sharedWords(leadWords, fromWords[:min(len(fromWords), len(leadWords)+len(leadWords)/4)])
	return float64(held) >= minLeadOverlap*float64(len(leadWords))
}

// sharedWords counts the words of words that also stand among others.
func sharedWords(words, others []string) int {
	seen := make(map[string]bool, len(others))
	for _, w := range others {
		seen[w] = true
	}
	shared := 0
	for _, w := range words {
		if seen[w] {
			shared++
		}
	}
	return shared
}

// hasCollapsedPrefix reports whether s, with leading space dropped and runs
// of white space (Unicode's, non-breaking included) read as one space,
// starts with prefix. It does not allocate.
func hasCollapsedPrefix(s, prefix string) bool {
	i, j := skipSpace(s, 0), 0
	for j < len(prefix) {
		if i >= len(s) {
			return false
		}
		if next := skipSpace(s, i); next > i {
			if prefix[j] != ' ' {
				return false
			}
			i, j = next, j+1
			continue
		}
		if s[i] != prefix[j] {
			return false
		}
		i++
		j++
	}
	return true
}

// skipSpace returns the index of the first non-space rune of s from i.
func skipSpace(s string, i int) int {
	for i < len(s) {
		if isASCIISpace(s[i]) {
			i++
			continue
		}
		if s[i] < utf8.RuneSelf {
			return i
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			return i
		}
		i += size
	}
	return i
}

func isASCIISpace(b byte) bool {
	return b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f'
}

// dek returns the subheadline printed right after the first <h1>, when
// that <h1> is the headline the page declares, one of titles (see
// foldedTitles): not the site's name, which a tagline follows.
func (m *pageMeta) dek(titles []string) string {
	if m.firstH1 == nil || !textIn(m.h1, titles) {
		return ""
	}
	s := m.firstH1.NextSibling
	for s != nil && s.Type != html.ElementNode {
		s = s.NextSibling
	}
	if s == nil || (s.Data != "h2" && s.Data != "p") {
		return ""
	}
	text, ok := boundedText(s, 400)
	if !ok || len(text) < minLeadText || strings.Contains(text, " | ") || strings.Contains(text, " • ") {
		return ""
	}
	if _, dated := dateInText(text); dated {
		return "" // a dateline or byline, not a subheadline
	}
	lower := strings.ToLower(text)
	if strings.HasPrefix(lower, "posted") || slices.ContainsFunc(textBylineStarts, func(p string) bool { return strings.HasPrefix(lower, p) }) {
		return "" // "Posted on28. Juli 2019Author …", "By Jane Doe …"
	}
	return text
}
