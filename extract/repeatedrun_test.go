package extract

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// storyParas returns n paragraphs of distinct text, numbered from first.
func storyParas(first, n int) string {
	var b strings.Builder
	for i := first; i < first+n; i++ {
		fmt.Fprintf(&b, "<p>Paragraph %d of the story tells the reader what the council decided about the libraries.</p>", i)
	}
	return b.String()
}

// countOf returns how often line stands as a line of its own in text.
func countOf(text, line string) int {
	return strings.Count("\n"+text+"\n", "\n"+line+"\n")
}

// The body shipped twice, in a "content-body" and a
// "content-continued-body", is printed once; a repeat of two blocks, and
// a run repeated further on, stay.
func TestStoryPrintedTwice(t *testing.T) {
	para := func(i int) string {
		return fmt.Sprintf("Paragraph %d of the story tells the reader what the council decided about the libraries.", i)
	}
	extractBody := func(body string) string {
		return mustExtract(t, articlePage("<title>Council</title>", "<h1>Council</h1>"+body), Options{}).Text
	}

	text := extractBody(`<div class="content-body">` + storyParas(1, 5) + `</div><div class="ad"></div>` +
		`<div class="content-continued-body">` + storyParas(1, 5) + `</div>`)
	for i := 1; i <= 5; i++ {
		if n := countOf(text, para(i)); n != 1 {
			t.Errorf("paragraph %d printed %d times, want once:\n%s", i, n, text)
		}
	}

	long := "<p>" + para(1) + " " + para(2) + "</p><p>" + para(3) + " " + para(4) + "</p>"
	text = extractBody(long + long + storyParas(5, 2)) // a repeat of two blocks, of 370 bytes
	if n := strings.Count(text, para(3)); n != 2 {
		t.Errorf("a repeat of two paragraphs: paragraph 3 printed %d times, want twice:\n%s", n, text)
	}

	cell := "<td>" + para(9) + "</td>"
	row := "<tr>" + cell + cell + cell + "</tr>"
	text = extractBody(storyParas(1, 4) + "<table>" + row + row + "</table>") // a table is one block
	if n := strings.Count(text, para(9)); n != 6 {
		t.Errorf("a table's repeated row: its cell printed %d times, want six:\n%s", n, text)
	}

	text = extractBody(storyParas(1, 4) + "<ul><li>Yes</li><li>No</li><li>Maybe</li><li>Yes</li><li>No</li><li>Maybe</li></ul>") // a short run
	if n := countOf(text, "- Maybe"); n != 2 {
		t.Errorf("a run of 13 bytes: its last item printed %d times, want twice:\n%s", n, text)
	}

	text = extractBody(strings.Repeat(storyParas(1, 1), 8)) // one paragraph over and over
	if n := countOf(text, para(1)); n != 8 {
		t.Errorf("one paragraph eight times: printed %d times, want eight:\n%s", n, text)
	}

	text = extractBody(storyParas(1, 3) + storyParas(7, 1) + storyParas(1, 3)) // not back to back
	if n := countOf(text, para(2)); n != 2 {
		t.Errorf("a run repeated further on: paragraph 2 printed %d times, want twice:\n%s", n, text)
	}
}

// Blocks that differ between two runs of equal paragraphs (a table, a
// block's loose text) part them: no run repeats.
func TestRepeatedRunSeesTablesAndLooseText(t *testing.T) {
	for name, between := range map[string][2]string{
		"tables":     {"<table><tr><td>Diesel</td><td>310</td></tr></table>", "<table><tr><td>Petrol</td><td>420</td></tr></table>"},
		"loose text": {"<div>Tuesday's session</div>", "<div>Wednesday's session</div>"},
	} {
		content := parseFragment(t, storyParas(1, 2)+between[0]+storyParas(3, 1)+storyParas(1, 2)+between[1]+storyParas(3, 1))
		dropRepeatedRun(content, nil)
		if n := strings.Count(textContent(content), "Paragraph 1 "); n != 2 {
			t.Errorf("%s: paragraph 1 printed %d times, want twice", name, n)
		}
	}
}

// An article of many blocks would cost the search a time quadratic in
// its blocks, and one of two short blocks in turn ("a b a b …", where
// every even run matches and then fails the checks that read it whole)
// a time cubic; the comparison budget, charged for those reads too, keeps
// both linear.
func TestRepeatedRunSearchBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	parse := func(body string) *html.Node {
		doc, err := html.Parse(strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		return doc
	}
	near := func(k int) *html.Node { // each run nearly repeated
		var b strings.Builder
		for i := 0; i < k; i++ {
			fmt.Fprintf(&b, "<p>b%d</p>", i)
		}
		for i := 0; i < k-1; i++ {
			fmt.Fprintf(&b, "<p>b%d</p>", i)
		}
		b.WriteString("<p>end</p>")
		for i := 0; i < k; i++ {
			fmt.Fprintf(&b, "<p>c%d</p>", i) // room for each near-repeat to be checked
		}
		return parse(b.String())
	}
	alternating := func(k int) *html.Node {
		return parse(strings.Repeat("<p>a</p><p>b</p>", k))
	}
	best := func(page func(int) *html.Node, k int) time.Duration {
		fastest := time.Duration(1 << 62)
		for range 5 {
			doc := page(k)
			start := time.Now()
			dropRepeatedRun(doc, nil)
			fastest = min(fastest, time.Since(start))
		}
		return fastest
	}
	small, large := best(near, 2000), best(near, 32000)
	t.Logf("near repeats, 6,000 blocks: %v, 96,000 blocks: %v", small, large)
	if large > 64*small {
		t.Errorf("16x the blocks took %.1fx the time", float64(large)/float64(small))
	}
	alt := best(alternating, 1500) // 3,000 blocks
	t.Logf("two blocks in turn, 3,000 blocks: %v", alt)
	if alt > 16*small {
		t.Errorf("3,000 blocks of two in turn took %.1fx the time of 6,000 blocks of near repeats", float64(alt)/float64(small))
	}
}

// Runs whose hashes agree are compared word for word before one goes: a
// collision is no repeat.
func TestSameTextsReadsTheWords(t *testing.T) {
	content := parseFragment(t, "<p>One</p><p>Two</p>")
	first, second := content.FirstChild, content.FirstChild.NextSibling
	if sameTexts([]hashedBlock{{node: first, hash: 7}}, []hashedBlock{{node: second, hash: 7}}) {
		t.Error("blocks of different text with one hash read as the same")
	}
	if !sameTexts([]hashedBlock{{node: first, hash: 7}}, []hashedBlock{{node: first, hash: 7}}) {
		t.Error("a block read as differing from itself")
	}
}
