package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// A CMS that cuts the page's description short ("… que penaliza a quienes
// hagan cobertura de...") cuts it from the standfirst, which news pages
// often print in a block of its own beside the body, where the readability
// pass leaves it. The description then names that block by its first
// words, and the block is put back whole, structure and all (a standfirst
// of bullet points stays a list).

// leadBlockMax bounds the text, in bytes, of a block a cut-short
// description is taken from: a standfirst, not a whole article set in one
// element.
const leadBlockMax = 1500

// cutShortLead returns a copy of the block of doc's body that description,
// cut short, was taken from, ready to open the article; nil when the
// description is whole or no block of at most leadBlockMax bytes begins
// with it.
func cutShortLead(doc *html.Node, description string) *html.Node {
	prefix, ok := cutShort(strings.Join(strings.Fields(description), " "))
	if !ok {
		return nil
	}
	block := blockStartingWith(findElement(doc, "body"), prefix)
	if block == nil {
		return nil
	}
	if block.Data == "ul" || block.Data == "ol" {
		return cloneTree(block)
	}
	lead := &html.Node{Type: html.ElementNode, Data: "p"}
	for c := block.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && !isInline(c.Data) {
			lead.Data = "div" // a <p> holds phrasing only
		}
		if c.Type == html.ElementNode {
			if text, short := boundedText(c, dateLineMax); short && isDateLine(text) {
				continue // the deck's date ("…its recovery?<span>Monday, 6 January 2020</span>")
			}
		}
		lead.AppendChild(cloneTree(c))
	}
	return lead
}

// cutShort returns a description that ends in an ellipsis without it and
// without its last word, which the cut may have split, when enough is left
// to name a block.
func cutShort(description string) (string, bool) {
	head, ok := strings.CutSuffix(description, "...")
	if !ok {
		if head, ok = strings.CutSuffix(description, "…"); !ok {
			return "", false
		}
	}
	head = strings.TrimSpace(head)
	if i := strings.LastIndexByte(head, ' '); i > 0 {
		head = head[:i]
	}
	return head, len(head) >= minLeadText
}

// blockStartingWith returns the smallest element under body whose text
// begins with prefix and holds more than it, when that text is at most
// leadBlockMax bytes; else nil.
func blockStartingWith(body *html.Node, prefix string) *html.Node {
	return smallestBlock(body, prefix, leadBlockMax, func(got string) bool {
		return len(got) > len(prefix) && strings.HasPrefix(got, prefix)
	})
}

// restoreLeadBlock puts lead, a block cutShortLead found, at the top of the
// article, unless the article already holds its first words.
func restoreLeadBlock(content, lead *html.Node) {
	if content == nil || lead == nil || containsTextStart(content, textContent(lead)) {
		return
	}
	content.InsertBefore(lead, content.FirstChild)
}
