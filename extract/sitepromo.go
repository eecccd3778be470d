package extract

import "strings"

// A site's promotion of its own news at the article's end: "Catch all the
// Business News, Market News, Breaking News Events and Latest News Updates
// on Live Mint.", "Get all India News in Hindi related to live update of
// politics, sports … Stay updated with us for all breaking news". It
// offers the site, not the story: it names news twice, or news and its
// updates.

// sitePromoOpenings open a site's promotion of its news, lower-cased.
var sitePromoOpenings = []string{"catch all the ", "catch all ", "get all the latest ", "get all "}

// isSitePromo reports lower-cased text that promotes the site's news.
func isSitePromo(lower string) bool {
	if !hasAnyPrefix(lower, sitePromoOpenings) {
		return false
	}
	news := strings.Count(lower, "news")
	return news >= 2 || news == 1 && strings.Contains(lower, "update")
}

// preferredSourceWords name a search engine's setting that favours a news
// source: the site asks its readers to pick it ("Make Example News your
// preferred source on Google", "Maak Solar & Storage Magazine jouw
// voorkeursbron in Google").
var preferredSourceWords = []string{"preferred source", "voorkeursbron", "bevorzugte quelle", "bevorzugten quelle", "source préférée",
	"fuente preferida", "fonte preferida", "fonte preferita"}

// preferredSourceMax bounds the text, in bytes, of a block read as such a
// request.
const preferredSourceMax = 160

// preferredSourceAsks open the request, an imperative ("Make …", "Add …",
// "Maak …", "Machen Sie …"); a story about the search engine's setting
// ("Google's preferred sources let readers pick outlets") asks nothing.
var preferredSourceAsks = []string{"make ", "add ", "set ", "choose ", "select ", "maak ", "voeg ", "stel ",
	"machen sie ", "mach ", "füge ", "fügen sie ", "wählen sie ", "ajoutez ", "faites ", "añade ", "agrega ",
	"haz ", "aggiungi ", "adicione ", "torne "}

// isPreferredSourcePrompt reports lower-cased text that asks the reader to
// set the site as a preferred source of a search engine's news.
func isPreferredSourcePrompt(lower string) bool {
	return strings.Contains(lower, "google") && containsAny(lower, preferredSourceWords) &&
		(hasAnyPrefix(lower, preferredSourceAsks) || strings.Contains(lower, "als bevorzugte quelle"))
}
