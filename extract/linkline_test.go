package extract

import "testing"

// A link standing as a line of its own between blocks is read by the
// phrase rules, even when an element the pass does not know as phrasing
// (a custom element) keeps the pass from wrapping it in a paragraph; a
// link with other words, and a link line no rule names, stay.
func TestLinkLineReadByPhraseRules(t *testing.T) {
	page := articlePage("<title>Story</title>", "<h1>Story</h1>"+paragraphs(4)+
		`<div class="offer"><p>The council will vote on the plan on Friday, after a last hearing for residents.</p></div>`+"\n"+
		`<a class="commentsBar" href="#comments">Go to comments: <b><vf-conversations-count>0</vf-conversations-count></b> posted</a>`+"\n"+
		`<p>Readers can go to comments: <a href="#c">the thread</a> is open until Friday, the editors said.</p>`+"\n"+
		`<a href="/reports/budget-2024.pdf">The full <x-mark>budget</x-mark> report</a>`+"\n"+
		`<div class="end"></div>`)
	art := mustExtract(t, page, Options{})
	checkGoneKept(t, art.Text, []string{"Go to comments: 0 posted"}, []string{"Readers can go to comments", "The full budget report"})
}

// A rules file's phrases judge a link line as they judge a paragraph: a
// drop phrase removes it, a keep phrase keeps a line pith's own rules
// would remove ("Skip to content").
func TestLinkLineReadByRulesFilePhrases(t *testing.T) {
	rules, err := ParseRules("r.json", []byte(`{"rules": [
		{"host": "example.com", "drop_phrases": ["listen to this story"], "keep_phrases": ["skip to content"]}]}`))
	if err != nil {
		t.Fatal(err)
	}
	page := articlePage("<title>Story</title>", "<h1>Story</h1>"+paragraphs(4)+
		`<div class="a"><p>The council will vote on the plan on Friday, after a last hearing for residents.</p></div>`+"\n"+
		`<a href="/audio/story.mp3">Listen to <x-mark>this</x-mark> story</a>`+"\n"+
		`<p>Residents may speak for three minutes each at the hearing, the clerk said.</p>`+"\n"+
		`<a href="#main">Skip to <x-mark>content</x-mark></a>`+"\n"+
		`<div class="end"></div>`)
	art := mustExtract(t, page, Options{URL: "https://news.example.com/a", Rules: rules})
	checkGoneKept(t, art.Text, []string{"Listen to this story"}, []string{"Skip to content", "The council will vote"})
}

// A date standing as a link line at the story's start dates the page, as
// the same date in a paragraph does, and leaves the text.
func TestLinkLineDatesPage(t *testing.T) {
	page := articlePage("<title>Story</title>", `<div class="top"></div>`+"\n"+
		`<a href="/archive/"><x-mark>7 November 2022</x-mark></a>`+"\n"+paragraphs(4))
	art := mustExtract(t, page, Options{})
	if got := art.Published.Format("2006-01-02"); got != "2022-11-07" {
		t.Errorf("Published = %s, want 2022-11-07\n%s", got, art.Text)
	}
	checkGoneKept(t, art.Text, []string{"7 November 2022"}, []string{"Paragraph number D"})
}
