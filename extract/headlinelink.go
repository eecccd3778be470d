package extract

import (
	"net/url"
	"path"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/text/unicode/norm"
)

// A paragraph that is one link whose address spells its words is the
// headline of another story set into this one: "<p><b><a
// href="/liga/marathon-en-graves-problemas-para-mantener-el-11-titular-HJ78">
// Marathón, en graves problemas para mantener el 11 titular</a></b></p>".
// Sites build a story's address from its headline, so the words of the
// link and of its address's last part agree; a link to a report
// ("/reports/budget-2024.pdf", "The full budget report") or to a person's
// page does not. News sites join the words of the address with hyphens;
// wikis name a page by its title, joined with underscores, and a link to
// one in a table's cell is the table's content.

// headlineLinkWordsMin is the least number of words of a headline link,
// and headlineLinkShare the share of them that its address must spell.
const (
	headlineLinkWordsMin = 4
	headlineLinkShare    = 0.8
)

// isHeadlineLink reports whether n, whose text is all link text, holds a
// single link whose address's last path segment spells its words.
func isHeadlineLink(n *html.Node) bool {
	var link *html.Node
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && d.Data == "a" {
			if link != nil {
				return false
			}
			link = d
		}
	}
	if link == nil {
		return false
	}
	text, ok := boundedText(link, phraseBlockMax)
	if !ok {
		return false
	}
	words := foldedWords(text)
	if len(words) < headlineLinkWordsMin || strings.Contains(text, "/") {
		// an address written out is a source cited, not a headline
		return false
	}
	u, err := url.Parse(strings.TrimSpace(attr(link, "href")))
	if err != nil {
		return false
	}
	last := path.Base(strings.TrimSuffix(u.Path, "/"))
	if strings.Count(last, "-") < headlineLinkWordsMin-1 {
		return false // a wiki's page name ("Feast_of_the_Winter_Star") or no slug at all
	}
	spelled := sharedWords(words, foldedWords(last))
	return float64(spelled) >= headlineLinkShare*float64(len(words))
}

// foldedWords splits s into its runs of letters and digits, lower-cased
// and without accents ("Marathón, en" → "marathon", "en"), as an address
// built from s spells them.
func foldedWords(s string) []string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue // an accent, spelled without it
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			b.WriteByte(' ')
		}
	}
	return strings.Fields(b.String())
}
