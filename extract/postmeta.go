package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// A post's filing line is the sentence a blog theme sets after the post:
// "This entry was posted on Wednesday, November 27th, 2019 at 3:21 pm and
// is filed under Events. You can follow any responses to this entry
// through the RSS 2.0 feed. Responses are currently closed.", in the
// blog's language ("Der Beitrag wurde am Mittwoch, den 27. November 2019
// um 15:21 Uhr veröffentlicht und wurde unter … abgelegt. Du kannst die
// Kommentare …"). Its list of categories makes it longer than the phrase
// rules read (furniturePrefixMax), so it is read at the article's end.

// postMetaMax bounds the text, in bytes, of a block read as a filing line.
const postMetaMax = 600

// postMetaStarts open a filing line, lower-cased, in the languages of
// the blog themes that print one.
var postMetaStarts = []string{"this entry was posted", "this entry is filed", "this entry was filed",
	"der beitrag wurde am", "dieser beitrag wurde", "dieser eintrag wurde", "cette entrée a été publiée",
	"esta entrada fue publicada", "questa voce è stata pubblicata", "dit bericht is geplaatst"}

// isPostMeta reports whether n, a block at the article's end, is a
// filing line. lower is its lower-cased text when the caller has read
// it, else "".
func isPostMeta(n *html.Node, lower string) bool {
	if lower == "" {
		if !opensWithAny(n, postMetaStarts) {
			return false // most blocks asked: read their text only when it could be one
		}
		text, whole := boundedText(n, postMetaMax*2)
		if !whole {
			return false
		}
		lower = strings.ToLower(text)
	}
	return hasAnyPrefix(strings.TrimSpace(lower), postMetaStarts)
}

// opensWithAny reports whether the first text under n that is not white
// space opens with one of starts, lower-case prefixes, in any case.
func opensWithAny(n *html.Node, starts []string) bool {
	text := firstTextNode(n)
	if text == nil {
		return false
	}
	first := strings.TrimLeftFunc(text.Data, unicode.IsSpace)
	for _, start := range starts {
		if len(first) >= len(start) && strings.EqualFold(first[:len(start)], start) {
			return true
		}
	}
	return false
}

// A post's footer in a Blogger theme names its author and the time it
// was posted: "Posted by Stadler at 12:53", "Eingestellt von Anna um
// 09:15", "Publié par Marc à 18:02". Read at the article's edge only, up
// to postFooterMax.

// postFooterMax bounds the text, in bytes, of a block read as a post's
// footer: the line, and the comment count a theme may add.
const postFooterMax = 100

// postFooterWords are the words, lower-cased, that open a post's footer,
// each with the word that comes before its time.
var postFooterWords = []struct{ by, at string }{
	{"posted by ", " at "}, {"eingestellt von ", " um "}, {"publié par ", " à "},
	{"publicado por ", " en "}, {"publicado por ", " às "}, {"pubblicato da ", " alle "},
}

// maxFooterNameWords bounds the words of the author's name in a post's
// footer; maxFooterTrailWords those after its time ("PM", "2 comments").
const (
	maxFooterNameWords  = 3
	maxFooterTrailWords = 3
)

// isPostFooter reports whether lower, a block's lower-cased text, is a
// post's footer: the opening words, a name of a few words, and a time.
func isPostFooter(lower string) bool {
	for _, w := range postFooterWords {
		rest, ok := strings.CutPrefix(lower, w.by)
		if !ok {
			continue
		}
		name, after, ok := strings.Cut(rest, w.at)
		if !ok || len(strings.Fields(name)) > maxFooterNameWords {
			continue
		}
		words := strings.Fields(after)
		if len(words) > 0 && isClockTime(strings.TrimRight(words[0], ",;")) && len(words) <= 1+maxFooterTrailWords {
			return true
		}
	}
	return false
}
