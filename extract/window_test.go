package extract

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// wideAndDeepPage has a wide list, a deep nest and a long run of
// paragraphs, so that both the per-element cap and the cut are used.
func wideAndDeepPage() string {
	var b strings.Builder
	b.WriteString("<html><head><title>t</title></head><body><ul>")
	for i := 0; i < 3000; i++ {
		fmt.Fprintf(&b, "<li><a href=/m%d>menu %d</a></li>", i, i)
	}
	b.WriteString("</ul>")
	for i := 0; i < 200; i++ {
		b.WriteString("<div><div><div><span>deep</span></div></div></div>")
	}
	b.WriteString("<article>")
	for i := 0; i < 3000; i++ {
		fmt.Fprintf(&b, "<p>paragraph %d <em>of</em> prose</p>", i)
	}
	b.WriteString("</article><footer>end</footer></body></html>")
	return b.String()
}

func renderTree(t *testing.T, n *html.Node) string {
	t.Helper()
	var b bytes.Buffer
	if err := html.Render(&b, n); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func countElements(n *html.Node) int {
	count := 0
	for d := range n.Descendants() {
		if d.Type == html.ElementNode {
			count++
		}
	}
	return count
}

// Hiding and restoring without a pass in between gives the page back as
// it was, node for node and in order, marks removed.
func TestHideBulkRoundTrip(t *testing.T) {
	for _, window := range []int{10, 100, 1000, 4000, 100_000} {
		doc, err := parseHTML([]byte(wideAndDeepPage()))
		if err != nil {
			t.Fatal(err)
		}
		want, total := renderTree(t, doc), countElements(doc)
		runs := hideBulk(doc, window)
		if got := countElements(doc); got > window+20 { // + the cut's ancestors
			t.Errorf("window %d: the pass would see %d elements", window, got)
		}
		if (total > window) != (runs != nil) {
			t.Errorf("window %d, page of %d elements: %d runs hidden", window, total, len(runs))
		}
		restoreHidden(nil, runs)
		if got := renderTree(t, doc); got != want {
			t.Errorf("window %d: the page changed after the round trip", window)
		}
	}
}

// A run whose parent the pass copied into its article goes to that copy,
// after the children the pass kept.
func TestRestoreHiddenIntoTheCopy(t *testing.T) {
	doc, err := parseHTML([]byte("<html><body><article><p>1</p><p>2</p><p>3</p><p>4</p><p>5</p></article></body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	runs := hideBulk(doc, 5) // html, head, body, article, and one paragraph
	original := findElement(doc, "article")
	if original.FirstChild == nil || original.FirstChild.NextSibling != nil {
		t.Fatalf("visible article: %s", renderTree(t, original))
	}
	article := &html.Node{Type: html.ElementNode, Data: "div"}
	article.AppendChild(cloneTree(original))
	restoreHidden(article, runs)
	if got, want := renderTree(t, article), "<div><article><p>1</p><p>2</p><p>3</p><p>4</p><p>5</p></article></div>"; got != want {
		t.Errorf("article = %s, want %s", got, want)
	}
	if got := renderTree(t, original); got != "<article><p>1</p></article>" {
		t.Errorf("the page's own article = %s, want the paragraph the pass saw, unmarked", got)
	}
}

// A site menu of thousands of links before the article must not push the
// article out of what the readability pass sees.
func TestLargeMenuBeforeTheArticle(t *testing.T) {
	var b strings.Builder
	b.WriteString("<html><body><div>")
	for i := 0; i < 60; i++ {
		b.WriteString("<ul>")
		for j := 0; j < 100; j++ {
			fmt.Fprintf(&b, "<li><a href=/s%d/%d>Section %d item %d</a></li>", i, j, i, j)
		}
		b.WriteString("</ul>")
	}
	b.WriteString("</div><div>")
	for i := 0; i < 40; i++ {
		fmt.Fprintf(&b, "<p>The council met on Tuesday, paragraph %d, to weigh the library budget, which has grown for years.</p>", i)
	}
	b.WriteString("</div></body></html>")
	page := []byte(b.String())
	doc, err := parseHTML(page)
	if err != nil {
		t.Fatal(err)
	}
	if n := countElements(doc); n <= passWindow {
		t.Fatalf("the page has %d elements, not more than the window (%d)", n, passWindow)
	}
	art, err := FromBytes(context.Background(), page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 40; i++ {
		if !strings.Contains(art.Text, fmt.Sprintf("paragraph %d,", i)) {
			t.Errorf("paragraph %d lost", i)
		}
	}
	if strings.Contains(art.Text, "Section 1 item") {
		t.Errorf("the menu leaked into the article: %.300q", art.Text)
	}
	if strings.Contains(art.Text, runMarker) || strings.Contains(renderTree(t, art.Content), runMarker) {
		t.Error("a run mark was left in the article")
	}
}

// Random trees of random shapes, hidden and restored at random windows,
// come back as they were.
func TestHideBulkRoundTripRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	tags := []string{"div", "p", "span", "ul", "li", "section", "em"}
	var grow func(b *strings.Builder, depth int)
	grow = func(b *strings.Builder, depth int) {
		for i, n := 0, rng.IntN(40); i < n && b.Len() < 20_000; i++ {
			tag := tags[rng.IntN(len(tags))]
			b.WriteString("<" + tag + ">t")
			if depth < 6 && rng.IntN(3) == 0 {
				grow(b, depth+1)
			}
			b.WriteString("</" + tag + ">")
		}
	}
	for round := 0; round < 50; round++ {
		var b strings.Builder
		b.WriteString("<html><body>")
		grow(&b, 0)
		b.WriteString("</body></html>")
		doc, err := parseHTML([]byte(b.String()))
		if err != nil {
			t.Fatal(err)
		}
		want := renderTree(t, doc)
		window := 1 + rng.IntN(countElements(doc)+10)
		runs := hideBulk(doc, window)
		if got := countElements(doc); got > window+20 {
			t.Errorf("round %d, window %d: %d elements visible", round, window, got)
		}
		restoreHidden(nil, runs)
		if got := renderTree(t, doc); got != want {
			t.Fatalf("round %d, window %d: the page changed after the round trip", round, window)
		}
	}
}
