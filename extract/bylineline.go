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
