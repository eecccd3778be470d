package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// A byline line is a short block at the article's start or end that only
// names its author: "Von Markus Balser, Berlin", "Posted by Alex Durán,
// AMP Project Marketing, Google", "Autor: Rechtsanwalt Sebastian
// Einbock". The name is the article's byline, kept in its metadata.

// bylineLineMax bounds the text, in bytes, of a block read as a byline line.
const bylineLineMax = 120

// isBylineLine reports whether raw, a block's text (lower, lower-cased),
// begins with a byline word and what follows reads as a name.
func isBylineLine(raw, lower string) bool {
	if !hasAnyPrefix(lower, textBylineStarts) {
		return false
	}
	name := cleanByline(raw)
	return looksLikeName(name) || isLogin(name) && hasAnyPrefix(lower, loginBylineStarts)
}

// isBareBylineLabel reports lower-cased text that is a byline's label and
// no name (see bylineLabels): "by:", "Von", "Autor:", left alone on its
// line when the page set the name in another block or filled it in with a
// script.
func isBareBylineLabel(lower string) bool {
	return len(lower) <= bareBylineLabelMax && bylineLabels[strings.TrimSpace(strings.TrimRight(lower, ": \u00a0"))]
}

// bareBylineLabelMax bounds the text, in bytes, of a bare byline label.
const bareBylineLabelMax = 16

// hasAnyPrefix reports whether s begins with one of prefixes.
func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// hasAnySuffix reports whether s ends with one of suffixes.
func hasAnySuffix(s string, suffixes []string) bool {
	for _, p := range suffixes {
		if strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}

// containsAny reports whether s holds one of parts.
func containsAny(s string, parts []string) bool {
	for _, p := range parts {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// agencyBylineSeparators stand between the writers' names and the news
// agency they write for in a byline line.
var agencyBylineSeparators = []string{", ", " | ", " - ", " – ", " / "}

// isAgencyByline reports a line that names the writers and then, alone,
// the news agency they write for: "Jane Doe, Associated Press", "JANE
// DOE, The Associated Press", "Jane Doe and John Roe | Reuters". Each name
// is a person's full name (allFullNames), so a sentence ending in an
// agency's name ("The figures came from Reuters") is no byline.
func isAgencyByline(raw string) bool {
	for _, sep := range agencyBylineSeparators {
		i := strings.LastIndex(raw, sep)
		if i <= 0 || !isAgencyLine(strings.ToLower(raw[i+len(sep):])) {
			continue
		}
		names := strings.TrimSpace(raw[:i])
		return allFullNames(names) && looksLikeNames(names)
	}
	return false
}

// looksLikeNames reports a list of names each of which looks like one
// (looksLikeName), joined by nameSeparators.
func looksLikeNames(list string) bool {
	for _, name := range splitAll(list, nameSeparators) {
		if !looksLikeName(name) {
			return false
		}
	}
	return true
}

// bylineRoleMax bounds the text, in bytes, of a byline line that goes on
// to say who the author is (see isBylineWithRole).
const bylineRoleMax = 300

// roleAppositives follow the author's name in a byline that describes
// the author.
var roleAppositives = []string{", a ", ", an ", ", the "}

// isBylineWithRole reports a byline line that names the author and then
// says who they are: "By Alex Heath, a deputy editor and author of the
// Command Line newsletter. He’s covered the tech industry for over a
// decade." Such a line is longer than bylineLineMax allows. What comes
// before the role must read as a name: "By Sunday, a storm had passed"
// is the story.
func isBylineWithRole(raw, lower string) bool {
	if !strings.HasPrefix(lower, "by ") {
		return false
	}
	for _, sep := range roleAppositives {
		if i := strings.Index(raw, sep); i > 0 {
			return looksLikeName(cleanByline(raw[:i]))
		}
	}
	return false
}

// bylineElementMax bounds the text, in bytes, of an element read as a
// byline by its class (see isBylineElement); Readability's bound for a
// byline is the same.
const bylineElementMax = 100

// bylineClassWords name an element that prints the byline; notBylineWords,
// beside them, name something else about the author or a quotation's
// source.
var (
	bylineClassWords = map[string]bool{"byline": true, "bylines": true, "author": true, "authors": true,
		"autor": true, "autoren": true, "authorname": true, "byl": true}
	notBylineWords = map[string]bool{"bio": true, "box": true, "avatar": true, "comment": true, "comments": true,
		"image": true, "photo": true, "img": true, "quote": true, "cite": true, "caption": true, "credit": true,
		"follow": true, "social": true, "more": true}
)

// bylineClass marks, before the readability pass (which drops other
// classes but is told to keep this one), the elements isBylineElement
// finds, for the clean-up to judge at the article's edge.
const bylineClass = "pith-signed" // not a word the pass reads as a byline's (see inlinebyline.go)

// markBylineElement marks n and the elements inside it with bylineClass
// when its class or id names it the byline and it holds at most
// bylineElementMax bytes of text; the pass may rebuild any of them.
func markBylineElement(n *html.Node) {
	if !mayNameByline(n) || hasClass(n, bylineClass) || !isBylineElement(n) || textLen(n) > bylineElementMax {
		return // no byline, or marked already with an element around it
	}
	addClass(n, bylineClass)
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && !hasClass(d, bylineClass) {
			addClass(d, bylineClass)
		}
	}
}

// mayNameByline is isBylineElement's first look, made without allocating
// for every element of the page.
func mayNameByline(n *html.Node) bool {
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && (containsFold(a.Val, "byl") || containsFold(a.Val, "aut")) {
			return true
		}
	}
	return false
}

// isBylineElement reports an element whose class or id names it the
// article's byline ("byline-item", "article__author"): a block of the
// author's name, with or without a date, that GateHouse, Gannett and many
// themes print above the story without a "By".
func isBylineElement(n *html.Node) bool {
	found := false
	for _, key := range []string{"class", "id"} {
		for _, w := range strings.FieldsFunc(strings.ToLower(attr(n, key)), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}) {
			if notBylineWords[w] {
				return false
			}
			found = found || bylineClassWords[w]
		}
	}
	return found
}

// bioLinkPhrases end a short note on the author with a link to the rest
// of their work: "Aidan Joly joined the News 4 staff in 2022. He is a
// graduate of Canisius College. You can see more of his work here."
var bioLinkPhrases = []string{"more of his work", "more of her work", "more of their work",
	"more of his stories", "more of her stories", "more of their stories"}

// isAuthorNote reports such a note, lower-cased; the caller bounds its
// length and keeps it to the article's edge.
func isAuthorNote(lower string) bool {
	return containsAny(lower, bioLinkPhrases)
}
