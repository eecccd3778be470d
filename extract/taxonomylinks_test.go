package extract

import "testing"

// A line of links to category or tag pages is the story's filing and
// goes, above the headline or below the story, with or without a label;
// links to stories, a line with words beside its links and tag links
// inside a sentence stay.
func TestTaxonomyLineRemoved(t *testing.T) {
	tag := func(path, text string) string { return `<a href="https://example.com` + path + `">` + text + `</a>` }
	body := `<p>` + tag("/category/politics/", "Politics") + `, ` + tag("/category/news/city/", "City news") + `</p>` +
		`<h1>Library Budget</h1>` + paragraphs(2) +
		`<p>Read the ` + tag("/tag/budget/", "budget") + ` and ` + tag("/tag/libraries/", "libraries") + ` coverage from last year, which set out the plan.</p>` +
		`<p>` + tag("/2024/05/city-budget-vote", "Budget vote") + ` | ` + tag("/2024/04/library-hours", "Library hours") + `</p>` +
		`<p>` + tag("/tag/budget/", "Budget") + ` and more ` + tag("/tag/city/", "City") + `</p>` +
		paragraphs(2) +
		`<div>Themen: ` + tag("/themen/haushalt", "Haushalt") + ` ` + tag("/themen/bibliothek", "Bibliothek") + `</div>` +
		`<p><span>Kategorisiert</span> unter: ` + tag("/category/guides/", "Guides") + ` • ` + tag("/category/tipps/", "Tipps &amp; Tricks") + `</p>` +
		`<div><ul><li>` + tag("/search/label/Budget", "Budget") + `</li><li>` + tag("/search/label/City", "City") + `</li></ul></div>`
	art := mustExtract(t, articlePage("<title>Library Budget</title>", body), Options{})
	checkGoneKept(t, art.Text,
		[]string{"City news", "Themen", "Bibliothek", "- City", "Kategorisiert"},
		[]string{"coverage from last year", "Budget vote | Library hours", "Budget and more City", "Paragraph number B"})
}

// Only a path segment before the last names a taxonomy page: a story
// whose slug is "tag" or a site's /tags page itself is no tag link.
func TestIsTaxonomyURL(t *testing.T) {
	for href, want := range map[string]bool{
		"https://example.com/tag/iran/":           true,
		"/Category/News":                          true,
		"https://x.blogspot.com/search/label/Go":  true,
		"https://example.com/newstopics/aap.html": true,
		"/news-tags/klima":                        true,
		"http://g1.globo.com/topico/rondonia":     true,
		"/argomenti/politica":                     true,
		"/article_topics/budget":                  true,
		"https://example.com/tags":                false,
		"/stage/story":                            false,
		"/heritage-sites/story":                   false,
		"https://example.com/2024/05/tag":         false,
		"https://example.com/news/story-1":        false,
		"":                                        false,
	} {
		if got := isTaxonomyURL(href); got != want {
			t.Errorf("isTaxonomyURL(%q) = %v, want %v", href, got, want)
		}
	}
}
