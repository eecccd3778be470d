package extract

import (
	"strings"
	"time"
	"unicode"

	"golang.org/x/net/html"
)

// Article is the result of an extraction: the page's metadata and its main
// text. Fields that could not be found are left at their zero value.
// Text, the text of Content, Title, Byline and SiteName are in Unicode
// normal form C.
type Article struct {
	// Title is the article's headline, without a trailing " - Site Name".
	Title string
	// Byline names the author or authors.
	Byline string
	// Published is when the article was first published; zero when unknown.
	Published time.Time
	// SiteName is the name of the publication.
	SiteName string
	// Language is the page's language as a BCP 47 tag ("en", "de-DE"), if declared.
	Language string
	// Excerpt is a short description or the first paragraph.
	Excerpt string
	// Image is the absolute URL of the lead image.
	Image string
	// URL is the page's address: the one given in Options, else the page's
	// canonical link, og:url or <base>.
	URL string
	// Text is the article body as plain text (see RenderText for its layout).
	Text string
	// Content is the cleaned article body as an HTML tree. It is owned by the
	// Article; render it with RenderHTML or RenderMarkdown.
	Content *html.Node
	// Removed lists the blocks removed as boilerplate, in the order they
	// were removed; filled only when Options.Explain is set.
	Removed []Removal
	// Comments is the page's user comments as plain text, when
	// Options.Keep names KindComments; they are never part of Text.
	Comments string
	// Confidence, from 0 to 1, is how sure pith is that Text is the
	// page's article (see confidence.go for what it weighs).
	Confidence float64
	// Explanation says which candidate became the article and why; filled
	// only when Options.Explain is set.
	Explanation string
}

// WordCount returns the number of whitespace-separated words in the body text.
func (a *Article) WordCount() int {
	return countWords(a.Text)
}

// countWords counts runs of non-space characters.
func countWords(s string) int {
	n, inWord := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			inWord = false
		} else if !inWord {
			inWord = true
			n++
		}
	}
	return n
}

// OpensWithTitle reports whether the body's first block is the title
// itself: the page's headline, kept in the body because the page's <title>
// and og:title word the story otherwise and pith took the headline's
// wording as the title. A writer that prints the title above the body
// (pith's text and Markdown output) then leaves its own line out, so the
// headline is not printed twice.
func (a *Article) OpensWithTitle() bool {
	if a.Title == "" {
		return false
	}
	first, _, _ := strings.Cut(strings.TrimLeft(a.Text, "\n"), "\n\n")
	return foldTitle(first) == foldTitle(a.Title)
}

// HTML returns the cleaned article body as an HTML fragment.
func (a *Article) HTML() string {
	var b strings.Builder
	_ = RenderHTML(&b, a.Content) // strings.Builder never fails
	return b.String()
}

// Markdown returns the article body as CommonMark.
func (a *Article) Markdown() string {
	var b strings.Builder
	_ = RenderMarkdown(&b, a.Content)
	return b.String()
}
