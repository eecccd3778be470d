package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// The readability pass removes the first element whose class or id says
// "byline", "author" or "dateline", or that links rel="author", as the
// article's byline. When that element is a phrase inside a paragraph (a
// wire story's "<span class="dateline">CAIRO —</span> Gunmen opened
// fire …", or an author named mid-sentence) the paragraph loses its
// first words. shieldInlineBylines takes those marks off such phrases
// before the pass. A byline that is a paragraph of its own, or most of
// one, keeps them and is still removed.

// inlineBylineRest is the text, in bytes, a paragraph must hold beside a
// marked phrase for the phrase to be part of its sentence.
const inlineBylineRest = 80

// shieldInlineBylines removes the byline marks of marked phrases that
// stand inside a paragraph's sentence.
func shieldInlineBylines(body *html.Node) {
	if body == nil {
		return
	}
	for n := range body.Descendants() {
		if n.Type != html.ElementNode || !isInline(n.Data) || !hasBylineMark(n) {
			continue
		}
		para := enclosingParagraph(n)
		if para == nil || textLen(para)-textLen(n) < inlineBylineRest {
			continue
		}
		n.Attr = removeBylineMarks(n.Attr)
	}
}

// hasBylineMark reports the attributes the pass reads as a byline's.
func hasBylineMark(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id":
			if isBylineWord(a.Val) {
				return true
			}
		case "rel":
			if a.Val == "author" {
				return true
			}
		case "itemprop":
			if strings.Contains(a.Val, "author") {
				return true
			}
		}
	}
	return false
}

// bylineWords are what the pass looks for, case-insensitively, in a class
// or id.
var bylineWords = []string{"byline", "author", "dateline", "writtenby"}

func isBylineWord(val string) bool {
	for _, w := range bylineWords {
		if containsFold(val, w) {
			return true
		}
	}
	return false
}

// containsFold reports whether s holds the lower-case ASCII word w in any
// letter case, without allocating.
func containsFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		j := 0
		for j < len(w) && s[i+j]|0x20 == w[j] {
			j++
		}
		if j == len(w) {
			return true
		}
	}
	return false
}

// removeBylineMarks drops the class, id, rel and itemprop attributes.
func removeBylineMarks(attrs []html.Attribute) []html.Attribute {
	kept := attrs[:0]
	for _, a := range attrs {
		switch a.Key {
		case "class", "id", "rel", "itemprop":
		default:
			kept = append(kept, a)
		}
	}
	return kept
}

// enclosingParagraph returns the <p> that n stands in, through inline
// elements only.
func enclosingParagraph(n *html.Node) *html.Node {
	for p := n.Parent; p != nil && p.Type == html.ElementNode; p = p.Parent {
		switch {
		case p.Data == "p":
			return p
		case !isInline(p.Data):
			return nil
		}
	}
	return nil
}
