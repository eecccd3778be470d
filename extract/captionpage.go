package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// Some pages tell their story in image captions: a gallery, or a list of
// costumes each a picture and the <figcaption> that says what you need.
// pith drops captions as furniture, which would leave such a page only its
// headings. When the captions hold a large share of the page's text, they
// are its content and stay.

// captionShareMin is the share, in percent of the page's text, that
// <figcaption> elements must hold to be the page's content. A news story's
// captions, however many photos it has, hold far less than its paragraphs.
const captionShareMin = 25

// captionsAreContent reports whether captionText, the bytes of text in
// <figcaption> elements, is at least captionShareMin percent of pageText.
func captionsAreContent(pageText, captionText int) bool {
	return pageText > 0 && 100*captionText >= captionShareMin*pageText
}

// textAndCaptionLen returns the bytes of text under n, as textLen counts
// them, and how many of them are inside <figcaption> elements: one walk
// for both.
func textAndCaptionLen(n *html.Node) (text, captions int) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			text += len(strings.TrimSpace(c.Data))
		case c.Type == html.ElementNode && c.Data == "figcaption":
			l := textLen(c)
			text, captions = text+l, captions+l
		case c.Type == html.ElementNode && !isScriptLike(c.Data):
			t, k := textAndCaptionLen(c)
			text, captions = text+t, captions+k
		}
	}
	return text, captions
}
