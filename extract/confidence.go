package extract

import (
	"math"

	"golang.org/x/net/html"
)

// articleChoice names the candidate that became the article.
type articleChoice string

// The candidates FromDocument chooses between.
const (
	choicePass          articleChoice = "the readability pass's choice"
	choiceDenser        articleChoice = "the densest block of paragraphs, with more than twice the prose of the readability pass's choice"
	choiceDenseFallback articleChoice = "the densest block of paragraphs (the readability pass found too little)"
	choiceJSONLD        articleChoice = "the JSON-LD articleBody (the readability pass found too little)"
	choiceLongerJSONLD  articleChoice = "the JSON-LD articleBody, with more than twice the text of the readability pass's choice (a teaser on the page)"
	choiceShortPass     articleChoice = "the readability pass's choice, short, with no better fallback"
	choiceRules         articleChoice = "the block the rules file's body selector names"
	choiceFragment      articleChoice = "the whole input, a fragment of HTML rather than a page"
)

// Weights and scales of the confidence figure.
const (
	confidentWords    = 250  // words at which length stops adding confidence
	weightLength      = 0.45 // how much length counts
	weightProse       = 0.35 // how much text in prose paragraphs counts
	weightFewLinks    = 0.20 // how much a low link density counts
	markupBonus       = 0.10 // the page marks itself as an article
	fallbackDiscount  = 0.80 // the readability pass found too little, or the page shows less than its metadata
	confidenceDecimal = 100  // round to two decimals
)

// confidence weighs how likely it is that text is the page's article:
// long text, most of it in paragraphs of prose, few links, a page that
// marks itself as an article (JSON-LD, og:type, <article>), and a result
// from the readability pass rather than a fallback.
func confidence(content *html.Node, text string, meta *pageMeta, choice articleChoice) float64 {
	if content == nil || text == "" {
		return 0
	}
	stats := cleanupStatsOf(content)
	length := math.Min(1, float64(countWords(text))/confidentWords)
	prose := 0.0
	if stats.text > 0 {
		prose = math.Min(1, float64(proseLen(content))/float64(stats.text))
	}
	fewLinks := 1.0
	if stats.text > 0 {
		fewLinks = math.Max(0, 1-2*float64(stats.link)/float64(stats.text))
	}
	c := weightLength*length + weightProse*prose + weightFewLinks*fewLinks
	if meta.declaresArticle() {
		c += markupBonus
	}
	if choice == choiceDenseFallback || choice == choiceJSONLD || choice == choiceLongerJSONLD || choice == choiceShortPass {
		c *= fallbackDiscount
	}
	return math.Round(math.Min(1, c)*confidenceDecimal) / confidenceDecimal
}
