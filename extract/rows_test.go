package extract

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// layoutRow wraps content in a page builder's row, column and wrapper, as
// WPBakery and tagDiv print them.
func layoutRow(content string) string {
	return `<div class="vc_row wpb_row"><div class="wpb_column"><div class="wpb_wrapper"><div class="wpb_text_column">` +
		content + `</div></div></div></div>`
}

// bodyParagraphs returns six paragraphs, "Body paragraph 0 " to "Body
// paragraph 5 ", each followed by rest.
func bodyParagraphs(rest string) string {
	var b strings.Builder
	for i := range 6 {
		fmt.Fprintf(&b, "<p>Body paragraph %d %s</p>", i, rest)
	}
	return b.String()
}

// An article set as a run of layout rows: the readability pass keeps the
// row with the most text; the standfirst (an <h2> set as a paragraph) in
// the row before it and the points and conclusion in the rows after it
// come back, in the page's order, without a line of controls above them; a teaser row
// ends the run.
func TestLayoutRowsRejoined(t *testing.T) {
	body := bodyParagraphs("of the harbour story, in which the port authority explains at length why the new quay was late and over budget.")
	page := articlePage("<title>Harbour Quay Opens</title>", `<h1>Harbour Quay Opens</h1>`+
		layoutRow(`<h2>The standfirst: after four years of building and two of delays, the city's new harbour quay opened to ships on Monday morning.</h2>`)+
		layoutRow(`<figure><img src="quay.jpg"></figure>`)+
		layoutRow(body)+
		layoutRow(`<ul><li>1 December 2021</li><li>› Larger text</li><li>› Night mode</li></ul>`+
			`<p><strong>Lower costs</strong><br>Ships unload in half the time at the new quay, which the port says will cut its fees for every shipping line.</p>`)+
		layoutRow(`<p>The conclusion: the port authority expects the first cruise ships at the new quay by the beginning of the summer season.</p>`)+
		layoutRow(`<h3><a href="/other-story">Another harbour story from the archive</a></h3><p>A teaser of another story that readers of this one might also like to read, with its own photographs.</p>`)+
		layoutRow(`<p>A paragraph in the rows after the teaser, which belongs to whatever the teaser opened rather than to the harbour story.</p>`))
	art, err := FromBytes(context.Background(), page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	order := []string{"The standfirst", "Body paragraph 0", "Body paragraph 5", "Lower costs", "The conclusion"}
	last := -1
	for _, want := range order {
		i := strings.Index(art.Text, want)
		if i < 0 || i < last {
			t.Errorf("%q is missing or out of order:\n%s", want, art.Text)
		}
		last = i
	}
	for _, bad := range []string{"Larger text", "teaser of another story", "rows after the teaser"} {
		if strings.Contains(art.Text, bad) {
			t.Errorf("%q came in:\n%s", bad, art.Text)
		}
	}
}

// A row that opens another story (its own <h1>, an <article>) ends the
// run: the rows after it are that story's.
func TestLayoutRowsEndAtAnotherStory(t *testing.T) {
	body := bodyParagraphs("of the harbour story, in which the port authority explains at length why the new quay was late and over budget.")
	page := articlePage("<title>Harbour Quay Opens</title>", `<h1>Harbour Quay Opens</h1>`+
		layoutRow(body)+
		layoutRow(`<article><h1>Trams Return</h1><p>The next story on the page, which a reader scrolls into after this one has ended, about the city's trams.</p></article>`)+
		layoutRow(`<p>A paragraph of the next story's own rows, which no reader of the harbour story wants to see under it at all.</p>`))
	art, err := FromBytes(context.Background(), page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(art.Text, "Body paragraph 5") {
		t.Fatalf("the story is missing:\n%s", art.Text)
	}
	for _, bad := range []string{"scrolls into", "next story's own rows"} {
		if strings.Contains(art.Text, bad) {
			t.Errorf("%q came in:\n%s", bad, art.Text)
		}
	}
}

// Rows at the run's end whose content is set otherwise than the article's
// (an author box, a book's promotion, in a "highlighted" column) stay
// out; one so set between the article's rows (a tip box) comes in.
func TestLayoutRowsEndWithTheArticlesLayout(t *testing.T) {
	row := func(module, content string) string {
		return `<div class="vc_row wpb_row"><div class="wpb_column ` + module + `"><div class="wpb_wrapper"><div class="wpb_text_column">` +
			content + `</div></div></div></div>`
	}
	body := bodyParagraphs("of the riding lesson, in which the trainer explains at length how the rider's seat follows the horse.")
	page := articlePage("<title>Four Exercises</title>", `<h1>Four Exercises</h1>`+
		row("content", body)+
		row("content highlighted", `<h3>Rest matters</h3><p>The tip box: all four exercises are done quickly and fit into any day, three sets of ten to begin with.</p>`)+
		row("content", `<p>Exercise four: on the gym ball the rider bounces in time, and the pelvis learns the trot's swing without a horse.</p>`)+
		row("content highlighted", `<h3>The book</h3><p>The promotion: the trainer's book of exercises for riders has 192 pages and 68 cards and costs 39.90 euros.</p>`))
	art, err := FromBytes(context.Background(), page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"The tip box", "Exercise four"} {
		if !strings.Contains(art.Text, want) {
			t.Errorf("%q is missing:\n%s", want, art.Text)
		}
	}
	if strings.Contains(art.Text, "The promotion") {
		t.Errorf("the box after the article came in:\n%s", art.Text)
	}
}

// A page builder names each row's content apart ("vc_row tdi_27_611"):
// the names with digits do not make the last row of the article a box
// set otherwise, while a box whose shared names differ still ends the run.
func TestLayoutRowsGeneratedNames(t *testing.T) {
	row := func(id, module, content string) string {
		return `<div class="tdc-row"><div class="vc_row tdi_` + id + ` wpb_row` + module + `"><div class="wpb_wrapper"><div class="wpb_text_column">` +
			content + `</div></div></div></div>`
	}
	body := bodyParagraphs("of the crow hunt, in which the hunter explains at length how decoys and calls bring the birds in.")
	page := articlePage("<title>Crow Hunting</title>", `<h1>Crow Hunting</h1>`+
		row("9_d4f", "", body)+
		row("22_4c2", "", `<figure><img src="crow.jpg"></figure>`)+
		row("26_22c", "", `<p>The last paragraph: in flight the carrion crow is told from the rook by the base of its bill, bare and grey in older rooks.</p>`)+
		row("30_416", " author-box", `<p>The promotion: the hunting shop has decoys, calls and camouflage nets for the crow season at reduced prices.</p>`))
	art := mustExtract(t, page, Options{})
	checkGoneKept(t, art.Text, []string{"The promotion"}, []string{"The last paragraph", "Body paragraph 5"})
}

// Rows of one class that are not the article's (a grid of teasers beside
// a story in a single container) add nothing: the run is found from the
// article's own paragraphs, and a story in no row has none.
func TestLayoutRowsNeedTheArticlesRow(t *testing.T) {
	body := bodyParagraphs("of the harbour story, in which the port authority explains at length why the new quay was late and over budget.")
	page := articlePage("<title>Harbour Quay Opens</title>", `<h1>Harbour Quay Opens</h1><main><div class="story">`+body+`</div></main>`+
		`<div class="grid">`+layoutRow(`<p>A paragraph in a grid beside the story, long enough to count as prose if anything were to take it in.</p>`)+
		layoutRow(`<p>A second paragraph in that grid, just as long and just as far from the story that the page is about.</p>`)+`</div>`)
	art, err := FromBytes(context.Background(), page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(art.Text, "in a grid beside") || strings.Contains(art.Text, "second paragraph in that grid") {
		t.Errorf("a row beside the story came in:\n%s", art.Text)
	}
}

// A builder sets rows of more than one kind under one row word
// ("container-fluid text-row", "container-fluid table-row"): a table's row
// between the article's rows does not end their run, and inside a row an
// empty sibling (a heading row left blank) is no run of its own.
func TestLayoutRowsAcrossOtherKinds(t *testing.T) {
	row := func(kind, content string) string {
		return `<div class="container-fluid ` + kind + `"><div class="container"><div class="row"><div class="col-md-12"> </div></div>` +
			`<div class="row"><div class="col-md-8"><div class="text"><div class="inner">` + content + `</div></div></div></div></div></div>`
	}
	body := bodyParagraphs("of the fuel story, in which the supplier explains at length how the new gas is made and stored.")
	page := []byte(`<!DOCTYPE html><html lang="en"><head><title>A New Fuel</title></head><body>` +
		`<nav><a href="/">Home</a> <a href="/news">News</a></nav><section class="head"><h1>A New Fuel</h1></section>` +
		row("text-row", body) +
		row("table-row", `<button>Show table</button><table><tr><th>Formula</th><td>C2H6O</td></tr></table>`) +
		row("text-row", `<h2>What comes next</h2><p>The outlook: the supplier expects the renewable gas to be sold for heating homes within the next three years.</p>`) +
		`<footer>© 2024 Example Media. All rights reserved.</footer></body></html>`)
	art := mustExtract(t, page, Options{})
	checkGoneKept(t, art.Text, []string{"Show table"}, []string{"Body paragraph 5", "What comes next", "The outlook"})
}
