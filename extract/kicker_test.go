package extract

import "testing"

func TestIsSectionURL(t *testing.T) {
	for _, tt := range []struct {
		href string
		want bool
	}{
		{"https://www.foxnews.com/politics", true},
		{"/world/middle-east/", true},
		{"https://www.boston.com/tag/crime/", true},
		{"/2023/11/02/israeli-forces-enter-gaza-city/", false}, // a story: digits
		{"/israeli-forces-enter-gaza-city-as-foreign-nationals-flee/", false},
		{"/search?q=crime", false},
		{"mailto:desk@example.com", false},
		{"/", false},
		{"/a/b/c/d", false},
		{"https://www.foxnews.com/category/world/world-regions/russia", true}, // a taxonomy root, then three
		{"/category/a/b/c/d", false},
		{"/category", true},
		{"https://www.watson.ch/Leben/", true}, // capitals: a section all the same
		{"/News/2023/Story-Title", false},
	} {
		if got := isSectionURL(tt.href); got != tt.want {
			t.Errorf("isSectionURL(%q) = %v, want %v", tt.href, got, tt.want)
		}
	}
}

// The link to the story's section above the headline goes; the same link
// further down, and a first line that links to a story, stay.
func TestSectionKickerRemoved(t *testing.T) {
	kicker := `<p><span><a href="https://example.com/politics">POLITICS</a></span></p>`
	art := mustExtract(t, articlePage("<title>T</title>", kicker+paragraphs(4)+`<p><a href="/politics">More politics</a></p>`+paragraphs(2)), Options{})
	wantGone(t, art.Text, "POLITICS")
	wantKept(t, art.Text, "More politics")

	story := `<p><a href="/2023/11/02/council-votes-budget">Council votes</a></p>`
	art = mustExtract(t, articlePage("<title>T</title>", story+paragraphs(4)), Options{})
	wantKept(t, art.Text, "Council votes")
}

// A theme's list of the story's sections above the headline goes, after
// a breadcrumb the clean-up took first as well; a list of stories there,
// and a list of sections further down, stay.
func TestKickerListRemoved(t *testing.T) {
	crumb := `<div class="breadcrumb"><a href="/">Home</a> <a href="/category/issues/">Issues</a> Harbour Quay Opens</div>`
	kickers := `<ul class="td-category"><li><a href="/category/issues/">Issues</a></li><li><a href="/category/local/">Local News</a></li></ul>`
	art := mustExtract(t, articlePage("<title>Harbour Quay Opens</title>",
		crumb+kickers+`<h1>Harbour Quay Opens</h1>`+paragraphs(4)+`<ul><li><a href="/category/ports/">Ports</a></li></ul>`+paragraphs(2)), Options{})
	wantGone(t, art.Text, "Local News")
	wantKept(t, art.Text, "Ports")

	stories := `<ul><li><a href="/2023/11/02/council-votes-budget">Council votes</a></li></ul>`
	art = mustExtract(t, articlePage("<title>T</title>", stories+paragraphs(4)), Options{})
	wantKept(t, art.Text, "Council votes")

	// The site's editions, each a link to a home page, above the story; an
	// in-page tab list ("#anchor_94") is no such list.
	editions := `<header><div id="version-toggle"><ul><li><a href="https://www.example.co.uk/">Uk</a></li>` +
		`<li><a href="https://example.com">Us</a></li></ul></div></header>`
	art = mustExtract(t, articlePage("<title>T</title>", editions+paragraphs(4)), Options{})
	wantGone(t, art.Text, "Uk")
	tabs := `<ul><li><a href="#anchor_94">Mischung</a></li><li><a href="#anchor_95">Zubereitung</a></li></ul>`
	art = mustExtract(t, articlePage("<title>T</title>", tabs+paragraphs(4)), Options{})
	wantKept(t, art.Text, "Zubereitung")
}

// A label classed as a kicker goes, link or not ("OH NO-LAN" in
// <span class="article__kicker">, a <h4 class="dachzeile">); a standfirst
// a site classes "story_kicker" is longer than a kicker and stays.
func TestKickerClassRemoved(t *testing.T) {
	page := articlePage("<title>Singer's update</title>",
		`<header><div><p><span class="article__kicker">OH NO-LAN</span></p></div>`+
			`<h1>Singer's update</h1><p class="standfirst">The singer previously opened up on her plans for the winter</p></header>`+
			`<h4 class="dachzeile">Einwanderung</h4>`+paragraphs(4)+
			`<div class="story_kicker"><p>Invoking powers granted under the regulation, the district collector announced a lockdown from Friday.</p></div>`+
			paragraphs(2))
	art := mustExtract(t, page, Options{})
	checkGoneKept(t, art.Text, []string{"OH NO-LAN", "Einwanderung"},
		[]string{"The singer previously opened up", "Invoking powers granted"})
}
