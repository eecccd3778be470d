package extract

import (
	"strings"
	"testing"
)

// A page that appends the next stories, each an <article> with its own
// <h1>, gives the story its title names, not the longest one.
func TestOtherStoriesDropped(t *testing.T) {
	own := `<article id="a0"><h1>Blessing of Vehicles This Saturday</h1>` +
		`<p>Drivers of every kind of vehicle are invited to the yearly blessing the friars hold on Perón Avenue this Saturday.</p>` +
		`<p>It is the twentieth time the friars hold it, from six in the morning until nine at night, on both sides of the avenue.</p></article>`
	next := `<article id="a1"><h1>Flood Closes the Old Bridge</h1>` + paragraphs(10) + `</article>`
	for _, tt := range []struct {
		name, title string
		keep        []Kind
		wantOwn     bool
	}{
		{"the title names the first story", "Daily News | Blessing of Vehicles This Saturday", nil, true},
		{"the title names no story", "Daily News", nil, false},
		{"related stories kept", "Daily News | Blessing of Vehicles This Saturday", []Kind{KindRelated}, false},
	} {
		page := []byte("<html><head><title>" + tt.title + "</title></head><body><main>" + own + next + "</main></body></html>")
		art := mustExtract(t, page, Options{Keep: tt.keep})
		if got := strings.Contains(art.Text, "twentieth time") && !strings.Contains(art.Text, prose); got != tt.wantOwn {
			t.Errorf("%s: got the page's own story alone = %v, want %v\n%s", tt.name, got, tt.wantOwn, art.Text)
		}
	}
}

// Sites that keep the <h1> for their name head each story of an endless
// page with an <h2> (correctiv.org); a sidebar list that repeats the
// headline in an <article> of its own (hoy.com) does not make an <h1>
// story ambiguous.
func TestOtherStoriesByH2(t *testing.T) {
	own := func(tag string) string {
		return `<article id="a0"><` + tag + `>Blessing of Vehicles This Saturday</` + tag + `>` +
			`<p>Drivers of every kind of vehicle are invited to the yearly blessing the friars hold on Perón Avenue this Saturday.</p>` +
			`<p>It is the twentieth time the friars hold it, from six in the morning until nine at night, on both sides of the avenue.</p></article>`
	}
	next := func(tag string) string {
		return `<article id="a1"><` + tag + `>Flood Closes the Old Bridge</` + tag + `>` + paragraphs(10) + `</article>`
	}
	sidebar := `<aside><article class="entry"><h2>Blessing of Vehicles This Saturday</h2></article>` +
		`<article class="entry"><h2>Flood Closes the Old Bridge</h2></article></aside>`
	for _, tt := range []struct {
		name, body string
	}{
		{"h2 stories", `<header><h1>Daily News</h1></header><main>` + own("h2") + next("h2") + `</main>`},
		{"h1 stories and a sidebar of h2 ones", `<main>` + own("h1") + next("h1") + `</main>` + sidebar},
	} {
		page := []byte("<html><head><title>Daily News | Blessing of Vehicles This Saturday</title></head><body>" + tt.body + "</body></html>")
		art := mustExtract(t, page, Options{})
		if !strings.Contains(art.Text, "twentieth time") || strings.Contains(art.Text, prose) {
			t.Errorf("%s: want the page's own story alone:\n%s", tt.name, art.Text)
		}
	}
}
