package extract

import "testing"

// A paragraph that is one link spelled by its address is another story's
// headline set into this one; a link to a report, a wiki's page, an
// address written out, a short link and a link in a table stay.
func TestHeadlineLinkRemoved(t *testing.T) {
	body := `<h1>Story</h1>` + paragraphs(2) +
		`<p><b><a href="https://www.example.com/liga/marathon-en-graves-problemas-para-mantener-el-11-titular-HJ7830786">Marathón, en graves problemas para mantener el 11 titular</a></b></p>` +
		paragraphs(1) +
		`<p><a href="/reports/annual-budget-report-2024.pdf">Read the council's full report on it</a></p>` +
		`<p><a href="/wiki/Egg_Festival_of_the_Spring">Egg Festival of the Spring</a></p>` +
		`<p><a href="https://example.org/2016/07/07/study-finds-a-steady-rise-in-developmental-and-behavioural-disorders-among-young-children-caused-by-common-chemicals-found-in-homes-schools-parks-and-the-food-they-eat-every-day">https://example.org/2016/07/07/study-finds-a-steady-rise-in-developmental-and-behavioural-disorders-among-young-children-caused-by-common-chemicals-found-in-homes-schools-parks-and-the-food-they-eat-every-day</a></p>` +
		`<p><a href="/news/mayor-resigns">Mayor resigns</a></p>` +
		`<table><tr><th>Festival</th><th>Day</th><th>What the villagers say</th></tr>` +
		`<tr><td><p><a href="/news/dance-of-the-moonlight-jellies">Dance of the Moonlight Jellies</a></p></td><td>Summer 28</td><td>The jellies come every year, and we watch them from the docks.</td></tr>` +
		`<tr><td><p><a href="/news/feast-of-the-winter-star">Feast of the Winter Star</a></p></td><td>Winter 25</td><td>Everyone gives a gift to someone chosen at random.</td></tr></table>` +
		paragraphs(2)
	art := mustExtract(t, articlePage("<title>Story</title>", body), Options{})
	checkGoneKept(t, art.Text, []string{"Marathón, en graves problemas"},
		[]string{"Read the council's full report", "Egg Festival of the Spring", "Feast of the Winter Star", "https://example.org/2016/07/07/study", "Mayor resigns", "Dance of the Moonlight Jellies"})
}

func TestFoldedWords(t *testing.T) {
	got := foldedWords("Marathón, en graves problemas: ¿el 11 titular?")
	want := []string{"marathon", "en", "graves", "problemas", "el", "11", "titular"}
	if len(got) != len(want) {
		t.Fatalf("foldedWords = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("foldedWords = %q, want %q", got, want)
		}
	}
}

// A document whose file name spells its title is a source the story
// cites, not another story.
func TestHeadlineLinkToDocumentKept(t *testing.T) {
	body := `<h1>Story</h1>` + paragraphs(3) + `<p><em><strong>Book Recommendations:</strong></em></p>` +
		`<p><em><a href="https://example.com/Joseph-A-Tainter-The-collapse-of-complex-societies.pdf">Collapse of Complex Societies by Joseph A. Tainter</a></em></p>` +
		`<p><a href="https://example.com/news/council-approves-new-library-budget-version-2.5">Council approves new library budget version 2.5</a></p>` +
		paragraphs(1)
	art := mustExtract(t, articlePage("<title>Story</title>", body), Options{})
	checkGoneKept(t, art.Text, []string{"Council approves new library budget"}, []string{"Collapse of Complex Societies"})
}

// A list of one link to another page of the site, between paragraphs,
// sets another story into this one; a list of one link to another site,
// of two links, of a short link or of a document stays, and so does an
// absolute link when the page's own address is unknown.
func TestLoneLinkItemRemoved(t *testing.T) {
	item := func(href, text string) string {
		return `<ul><li><a href="` + href + `"><strong>` + text + `</strong></a></li></ul>`
	}
	body := `<h1>Story</h1>` + paragraphs(2) +
		item("https://www.example.se/20200310/timeline-how-it-developed", "The latest news about the outbreak in Sweden") + paragraphs(1) +
		item("https://www.newzealand.com/int/", "Official site of New Zealand Tourism") + paragraphs(1) +
		`<ul><li><a href="/a">The council's report on the library budget</a></li><li><a href="/b">The mayor's answer to the council</a></li></ul>` +
		item("/news/budget", "Budget explained") +
		item("/files/annual-budget-report.pdf", "The annual budget report in full") + paragraphs(1)
	art := mustExtract(t, articlePage("<title>Story</title>", body), Options{URL: "https://example.se/2020/story"})
	checkGoneKept(t, art.Text, []string{"The latest news about the outbreak"},
		[]string{"Official site of New Zealand Tourism", "The council's report", "Budget explained", "The annual budget report in full"})

	art = mustExtract(t, articlePage("<title>Story</title>", body), Options{})
	wantKept(t, art.Text, "The latest news about the outbreak")
}

func TestSameSite(t *testing.T) {
	for _, tc := range []struct {
		link, page string
		want       bool
	}{
		{"", "example.com", true},
		{"", "", true},
		{"www.example.com", "example.com", true},
		{"EXAMPLE.com", "www.example.com", true},
		{"other.org", "example.com", false},
		{"example.com", "", false},
	} {
		if got := sameSite(tc.link, tc.page); got != tc.want {
			t.Errorf("sameSite(%q, %q) = %v, want %v", tc.link, tc.page, got, tc.want)
		}
	}
}
