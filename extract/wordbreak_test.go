package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Taking out a block that stood between two words leaves them apart when
// a browser showed them apart, and joined when it showed them joined.
func TestRemoveBetweenWords(t *testing.T) {
	for _, tt := range []struct {
		name, html, want string
	}{
		{"block between sentences", `left the room.<div class="x">Advertisement</div>Councillors debated`, "left the room. Councillors debated"},
		{"text between inline elements", `<span>Klimaschutz</span><span class="x">: </span><span>Bohren</span>`, "Klimaschutz Bohren"},
		{"a space in an inline element", `von der<span class="x"> </span><strong>aktiven</strong>`, "von der aktiven"},
		{"empty inline element", `Da<span class="x"></span>vid`, "David"},
		{"line break in an inline element", `a letter?<span class="x"><br></span>Tomb`, "a letter? Tomb"},
		{"hidden text", `bockelmann@<span class="x" style="display:none">no spam</span>dkrz.de`, "bockelmann@dkrz.de"},
		{"before punctuation", `the end<span class="x">[1]</span>.`, "the end."},
		{"after an opening bracket", `(<span class="x">note</span>see below)`, "(see below)"},
		{"Chinese", `中文<div class="x">广告</div>文字`, "中文文字"},
		{"already spaced", `left the room. <div class="x">Ad</div>Councillors`, "left the room. Councillors"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			nodes, err := html.ParseFragment(strings.NewReader(tt.html), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
			if err != nil {
				t.Fatal(err)
			}
			root := &html.Node{Type: html.ElementNode, Data: "div"}
			for _, n := range nodes {
				root.AppendChild(n)
			}
			var target *html.Node
			for d := range root.Descendants() {
				if d.Type == html.ElementNode && attr(d, "class") == "x" {
					target = d
					break
				}
			}
			removeBetweenWords(target.Parent, target)
			if got := textContent(root); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// A screen-reader separator between a kicker and a headline
// (zeit.de's "Klimaschutz<span class="visually-hidden">: </span>Bohren, …")
// and an advertisement between two sentences of one block go without
// gluing the words around them.
func TestPrunedBlockKeepsWordsApart(t *testing.T) {
	body := `<h1><span class="kicker">Libraries</span><span class="visually-hidden">: </span><span class="title">A budget plan for the libraries</span></h1>` +
		paragraphs(2) + `<div>The mayor spoke first and then left the room.<div class="ad-slot">Advertisement</div>Councillors debated for three hours before the vote.</div>` +
		paragraphs(2)
	art := mustExtract(t, articlePage("<title>A budget plan for the libraries</title>", body), Options{})
	checkGoneKept(t, art.Text, []string{"LibrariesA budget", "room.Councillors", "Advertisement"},
		[]string{"left the room. Councillors debated"})
}

// A span that holds only a line break is no empty block: taking it out
// ran the joke's question into its answer ("a letter?Tomb it may
// concern", redtri.com).
func TestSpanWithLineBreakStays(t *testing.T) {
	body := paragraphs(2) + `<p><b>14. How does a vampire start a letter?</b><span><br /></span><span>Tomb it may concern...</span></p>` +
		`<p>Keep reading<span></span> for more.</p>` + paragraphs(2)
	art := mustExtract(t, articlePage("<title>Jokes for kids</title>", `<h1>Jokes for kids</h1>`+body), Options{})
	checkGoneKept(t, art.Text, []string{"letter?Tomb"}, []string{"letter?\nTomb it may concern", "Keep reading for more."})
}
