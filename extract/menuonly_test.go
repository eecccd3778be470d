package extract

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// menuPage returns a page whose story its scripts would load: all the
// markup holds is the headline and a menu of sections.
func menuPage() []byte {
	var menu strings.Builder
	for _, s := range []string{"Breaking", "Local", "Queensland", "Opinion", "Police & Courts", "Politics", "True Crime",
		"Education", "National", "World", "Technology", "Photos", "Sport", "Racing", "Cricket", "Tennis"} {
		menu.WriteString(`<li class="item"><a href="/` + strings.ToLower(s) + `">` + s + `</a></li>`)
	}
	return []byte(`<!DOCTYPE html><html lang="en"><head><title>Veteran, 98, Beats the Virus | The Courier</title>` +
		`<meta property="og:site_name" content="The Courier"></head><body>` +
		`<div class="header"><h1>Veteran, 98, Beats the Virus</h1></div>` +
		`<div class="sections"><ul class="section-list">` + menu.String() + `</ul></div>` +
		`<div id="story"></div><script>window.story = {"id": 1}</script></body></html>`)
}

// A page whose story is not in its markup has no article: the menu of
// sections the pass is left with is not one.
func TestMenuOnlyIsNoArticle(t *testing.T) {
	art, err := FromBytes(context.Background(), menuPage(), Options{})
	if err == nil {
		t.Fatalf("got an article, want ErrNoArticle:\n%s", art.Text)
	}
	if !errors.Is(err, ErrNoArticle) {
		t.Fatalf("got %v, want ErrNoArticle", err)
	}
}

func TestIsNavigationOnly(t *testing.T) {
	items := func(n int, item string) string { return `<ul>` + strings.Repeat(item, n) + `</ul>` }
	link := `<li><a href="/s">Section</a></li>`
	for _, tc := range []struct {
		body string
		want bool
	}{
		{items(8, link), true},
		{`<div>` + items(3, link) + items(3, link) + `</div>`, true},
		{items(4, link), false}, // too short to tell from a story's list of sources
		{`<p>The links the column recommends this week, with a word on each.</p>` + items(8, link), false},
		{items(8, `<li><a href="/s">A report</a> on the state of the harbour, and why it matters.</li>`), false},
		{`<ol><li>Preheat the oven.</li><li>Mix the flour.</li><li>Add eggs.</li><li>Stir.</li><li>Bake.</li></ol>`, false},
	} {
		doc := parseFragment(t, tc.body)
		if got := isNavigationOnly(doc); got != tc.want {
			t.Errorf("isNavigationOnly(%.60q) = %v, want %v", tc.body, got, tc.want)
		}
	}
}

// Pages whose story their scripts load leave other shells: a loading
// spinner drawn with dots, or a header whose densest text is the day's
// date, or a flag its scripts print ("false"). None is an article.
func TestScriptShellIsNoArticle(t *testing.T) {
	for name, body := range map[string]string{
		"spinner": `<init-loading><div class="cs-loader"><label>●</label><label>●</label><label>●</label></div></init-loading><app-root></app-root>`,
		"date in the header": `<header><div class="date"><ul><li class="day">SUNDAY 8</li><li>May 2022</li></ul></div>` +
			`<nav><a href="/">Home</a> <a href="/world">World</a></nav></header><div id="story"></div>`,
		"script's flag": `<div id="main-content"><div class="spinner-wrapper"><div class="loader"></div></div></div>` +
			`<div id="css-js-dynamic"><span class="dynamic-css">false</span> <span class="dynamic-js"></span></div>`,
	} {
		art, err := FromBytes(context.Background(), articlePage("<title>Story | The Courier</title>", body), Options{})
		if !errors.Is(err, ErrNoArticle) {
			text := ""
			if art != nil {
				text = art.Text
			}
			t.Errorf("%s: err = %v, want ErrNoArticle; text %q", name, err, text)
		}
	}
}
