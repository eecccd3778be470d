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
