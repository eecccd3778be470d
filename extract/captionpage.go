package extract

import "golang.org/x/net/html"

// Some pages tell their story in image captions: a gallery, or a list of
// costumes each a picture and the <figcaption> that says what you need.
// pith drops captions as furniture, which would leave such a page only its
// headings. When the captions hold a large share of the page's text, they
// are its content and stay.

// captionShareMin is the share, in percent of the page's text, that
// <figcaption> elements must hold to be the page's content. A news story's
// captions, however many photos it has, hold far less than its paragraphs.
const captionShareMin = 25

// captionsAreContent reports whether the <figcaption> elements under body
// hold at least captionShareMin percent of pageText, body's text length.
func captionsAreContent(body *html.Node, pageText int) bool {
	return pageText > 0 && 100*figcaptionText(body) >= captionShareMin*pageText
}

// figcaptionText returns the bytes of text inside <figcaption> elements
// under n.
func figcaptionText(n *html.Node) int {
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || isScriptLike(c.Data) {
			continue
		}
		if c.Data == "figcaption" {
			total += textLen(c)
		} else {
			total += figcaptionText(c)
		}
	}
	return total
}
