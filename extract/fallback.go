package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minArticleText is the text, in bytes, below which the readability pass is
// taken to have missed the article and the fallbacks are tried.
const minArticleText = 250

// denseLinkShare is the link density above which a paragraph counts as
// navigation, not prose, when the densest block is searched for.
const denseLinkShare = 0.3

// minDenseText is the least prose, in bytes, that the densest block must
// hold to stand for an article: about a sentence. A page whose story its
// scripts load leaves a date or a label as its densest block.
const minDenseText = 80

// denseBlock finds the element whose own paragraphs hold the most prose:
// the sum of the text of its <p> children (and direct text) with few links.
// It is the fallback for pages whose article the readability pass missed.
func denseBlock(root *html.Node) (*html.Node, int) {
	var best *html.Node
	bestScore := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		score := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				score += len(strings.TrimSpace(c.Data))
			case c.Type == html.ElementNode && (c.Data == "p" || c.Data == "pre" || c.Data == "blockquote"):
				s := cleanupStatsOf(c)
				if float64(s.link) <= denseLinkShare*float64(s.text) {
					score += s.text
				}
			}
			if c.Type == html.ElementNode {
				walk(c)
			}
		}
		if score > bestScore {
			best, bestScore = n, score
		}
	}
	if root != nil {
		walk(root)
	}
	return best, bestScore
}

// isFurnitureOnly reports a fallback block whose whole text is furniture
// the clean-up would remove from an article ("You must log in or register
// to reply here." on a forum page whose post is an image): the clean-up
// judges a block's children, never the block it is given.
func isFurnitureOnly(n *html.Node) bool {
	raw, ok := boundedText(n, phraseBlockMax)
	if !ok || strings.TrimSpace(raw) == "" {
		return false
	}
	_, rule := judgeBlock(n, cleanupStatsOf(n), strings.ToLower(strings.Join(strings.Fields(raw), " ")))
	return rule != ""
}

// cleanupStatsOf measures n's text and link text without changing it.
func cleanupStatsOf(n *html.Node) blockStats {
	var s blockStats
	for d := range n.Descendants() {
		if d.Type != html.TextNode {
			continue
		}
		l := len(strings.TrimSpace(d.Data))
		s.text += l
		for p := d.Parent; p != nil && p != n; p = p.Parent {
			if p.Type == html.ElementNode && p.Data == "a" {
				s.link += l
				break
			}
		}
	}
	return s
}

// ldBodyTree turns a JSON-LD articleBody into a tree: its HTML parsed, when
// it is written in HTML, else a paragraph per line of its text.
func ldBodyTree(body string) *html.Node {
	if isHTMLBody(body) {
		div := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
		if nodes, err := html.ParseFragment(strings.NewReader(body), div); err == nil {
			for _, n := range nodes {
				div.AppendChild(n)
			}
			return div
		}
	}
	return textToTree(body)
}

// textToTree turns plain text (a JSON-LD articleBody) into a <div> of
// paragraphs, one per non-empty line.
func textToTree(text string) *html.Node {
	div := &html.Node{Type: html.ElementNode, Data: "div"}
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		p := &html.Node{Type: html.ElementNode, Data: "p"}
		p.AppendChild(&html.Node{Type: html.TextNode, Data: line})
		div.AppendChild(p)
	}
	return div
}

// denserMargin is how much more prose the densest block must hold than
// the readability pass's choice to replace it.
const denserMargin = 2.0

// denserBlock returns the page's densest block of paragraphs when it holds
// far more prose, and more text, than the article the readability pass
// chose (which then picked a list of names or a teaser rail over the
// story), else nil. An article made of lists keeps the pass's choice.
func denserBlock(doc, chosen *html.Node) *html.Node {
	block, score := denseBlock(findElement(doc, "body"))
	if block == nil || score < minArticleText {
		return nil
	}
	if float64(score) > denserMargin*float64(proseLen(chosen)) && textLen(block) > textLen(chosen) {
		return block
	}
	return nil
}

// proseLen sums the text of the paragraphs under n that are not mostly
// links: the same measure denseBlock scores blocks by.
func proseLen(n *html.Node) int {
	total := 0
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && (d.Data == "p" || d.Data == "pre" || d.Data == "blockquote") {
			s := cleanupStatsOf(d)
			if float64(s.link) <= denseLinkShare*float64(s.text) {
				total += s.text
			}
		}
	}
	return total
}

// ldBodyHoldsMore reports a JSON-LD articleBody of real length that holds
// more than twice the prose of the article chosen: the page shows a
// teaser or a paywall's first lines, its metadata the whole story.
func ldBodyHoldsMore(body string, chosen *html.Node) bool {
	l := len(strings.TrimSpace(body))
	return l >= minLongBody && float64(l) > denserMargin*float64(proseLen(chosen)) && !markedUp(body)
}

// markedUp reports an articleBody written in HTML or Markdown, not plain
// text: its length overstates its text, and as text it would show the
// markup.
func markedUp(body string) bool {
	return isHTMLBody(body) || strings.Contains(body, "](") || strings.Contains(body, "**")
}

// isHTMLBody reports an articleBody written in HTML.
func isHTMLBody(body string) bool {
	return strings.Contains(body, "</") || strings.Contains(body, "<p") || strings.Contains(body, "<br")
}

// minLongBody is the least JSON-LD articleBody, in bytes, that may replace
// a longer-looking choice: shorter ones are often summaries.
const minLongBody = 1000
