package extract

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func TestIsFragment(t *testing.T) {
	for _, tc := range []struct {
		html string
		want bool
	}{
		{`<div><p>One.</p></div>`, true},
		{`<p>One.</p><p>Two.</p>`, true},
		{`<bodyguard-card>A custom element</bodyguard-card><p>Text.</p>`, true}, // not <body>
		{`<!DOCTYPE html><p>One.</p>`, false},
		{`<HTML><p>One.</p></HTML>`, false},
		{"<head>\n<meta charset=utf-8></head><p>One.</p>", false},
		{`<p>One.</p><body class="x">`, false},
		{`<title>A page</title><p>One.</p>`, false},
	} {
		if got := isFragment([]byte(tc.html)); got != tc.want {
			t.Errorf("isFragment(%q) = %v, want %v", tc.html, got, tc.want)
		}
	}
}

// A fragment of HTML, an essay in three sibling containers, is the
// article whole. The readability pass keeps the long middle one and drops
// the short opening and closing ones, whose score falls under a fifth of
// its. Furniture in the fragment still goes.
func TestFragmentTakenWhole(t *testing.T) {
	opening := `<p>` + strings.Repeat("An opening sentence sets out what the essay will argue. ", 2) + `</p>`
	closing := `<p>` + strings.Repeat("A closing sentence sums up what the essay argued. ", 2) + `</p>`
	fragment := `<div id="story"><div>` + opening + opening + `</div>` +
		`<div>` + paragraphs(20) + `</div>` +
		`<div class="share-bar">Share on Facebook</div>` +
		`<div>` + closing + closing + `</div></div>`
	art := mustExtract(t, []byte(fragment), Options{})
	for _, kept := range []string{"An opening sentence", "Paragraph number T", "A closing sentence"} {
		if !strings.Contains(art.Text, kept) {
			t.Errorf("%q is missing:\n%s", kept, art.Text)
		}
	}
	if strings.Contains(art.Text, "Share on Facebook") {
		t.Errorf("the share bar stayed:\n%s", art.Text)
	}
}

// pith's own HTML output, read again, gives the same text: the golden
// pages' articles survive a round trip through RenderHTML. The second
// pass reads the first heading left in the body as the fragment's title,
// so the text may move it from the body to the title.
func TestHTMLOutputRoundTrip(t *testing.T) {
	for _, gc := range loadGoldenCases(t) {
		t.Run(gc.name, func(t *testing.T) {
			first := mustExtract(t, gc.page, Options{URL: gc.url})
			var out bytes.Buffer
			if err := RenderHTML(&out, first.Content); err != nil {
				t.Fatal(err)
			}
			second, err := FromBytes(context.Background(), out.Bytes(), Options{URL: gc.url})
			if err != nil {
				t.Fatalf("extracting pith's own HTML output: %v", err)
			}
			if second.Text != first.Text && second.Title+"\n\n"+second.Text != first.Text {
				t.Errorf("text changed on the round trip:\nfirst:\n%s\n\nsecond:\n%s", first.Text, second.Text)
			}
		})
	}
}

// A fragment declares no title: its first heading is the title, reported
// apart and not repeated at the top of the text.
func TestFragmentHeadingIsTitle(t *testing.T) {
	art := mustExtract(t, []byte(`<h1>Library Budget Passes</h1>`+paragraphs(3)), Options{})
	if art.Title != "Library Budget Passes" {
		t.Errorf("title %q, want the fragment's heading", art.Title)
	}
	if strings.Contains(art.Text, "Library Budget Passes") {
		t.Errorf("the heading stayed in the text under the same title:\n%s", art.Text)
	}
}

// An article whose root is the page's <body> (the densest block can be the
// whole body) renders as a <div>: its HTML output is a fragment.
func TestBodyRootRendersAsDiv(t *testing.T) {
	doc := parseFragment(t, paragraphs(2))
	asFragmentRoot(doc)
	var out bytes.Buffer
	if err := RenderHTML(&out, doc); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); !strings.HasPrefix(got, "<div>") || !isFragment(out.Bytes()) {
		t.Errorf("rendered %.40q…, want a <div> fragment", got)
	}
}
