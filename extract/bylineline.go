package extract

import "strings"

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

// hasAnyPrefix reports whether s begins with one of prefixes.
func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
