package extract

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"golang.org/x/net/html"
)

func parseFragment(t *testing.T, s string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader("<html><body>" + s + "</body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	return findElement(doc, "body")
}

var renderCases = []struct {
	name, html, text, markdown string
}{
	{"paragraphs", "<p>One  two\n three.</p><p>Four&nbsp;five.</p>",
		"One two three.\n\nFour five.", "One two three.\n\nFour five."},
	{"headings", "<h2>Title</h2><p>Body.</p><h3>Sub</h3>",
		"Title\n\nBody.\n\nSub", "## Title\n\nBody.\n\n### Sub"},
	{"unordered list", "<ul><li>a</li><li>b <b>c</b></li></ul>",
		"- a\n- b c", "- a\n- b **c**"},
	{"ordered list", "<ol><li>first</li><li>second</li></ol><p>after</p>",
		"- first\n- second\n\nafter", "1. first\n2. second\n\nafter"},
	{"ordered list from its start", `<ol start="3"><li>third</li><li>fourth</li></ol>`,
		"- third\n- fourth", "3. third\n4. fourth"},
	{"nested list", "<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>",
		"- a\n  - b\n- c", "- a\n  - b\n- c"},
	{"br", "<p>line one<br>line two</p>", "line one\nline two", "line one\\\nline two"},
	{"ruby readings left out", "<p><ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby>は首都です。</p>",
		"東京は首都です。", "東京は首都です。"},
	{"pre verbatim", "<pre>  x := 1\n\n  y := 2\n</pre>",
		"  x := 1\n\n  y := 2", "```\n  x := 1\n\n  y := 2\n```"},
	{"table", "<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>",
		"a\tb\n1\t2", "| a | b |\n| --- | --- |\n| 1 | 2 |"},
	{"table caption", "<table><caption>Mean <b>temperatures</b></caption><tr><td>Jan</td><td>23</td></tr></table>",
		"Mean temperatures\n\nJan\t23", "Mean **temperatures**\n\n| Jan | 23 |\n| --- | --- |"},
	{"code listing beside its line numbers", "<table><tr><td class=gutter><pre>1\n2\n</pre></td><td class=code><pre><code>x := 1\ny := 2\n</code></pre></td></tr></table>",
		"x := 1\ny := 2", "```\nx := 1\ny := 2\n```"},
	{"blockquote", "<blockquote><p>Quoted.</p></blockquote>", "Quoted.", "> Quoted."},
	{"links and emphasis", `<p>See <a href="https://example.com/a">the <em>page</em></a>.</p>`,
		"See the page.", "See [the *page*](https://example.com/a)."},
	{"image", `<p><img src="https://example.com/i.jpg" alt="A cat"></p><p>Text.</p>`,
		"Text.", "![A cat](https://example.com/i.jpg)\n\nText."},
	{"escapes", "<p>2 * 3 = 6_x [y]</p>", "2 * 3 = 6_x [y]", `2 \* 3 = 6\_x \[y\]`},
	{"zero width and soft hyphen", "<p>a\u200bb\u00adc</p>", "abc", "abc"},
	{"zero-width non-joiner and joiner spell words", "<p>اصلاح\u200cطلبان 👨\u200d👩</p>", "اصلاح\u200cطلبان 👨\u200d👩", "اصلاح\u200cطلبان 👨\u200d👩"},
	{"block inside link", `<a href="https://example.com/x"><p>Inside</p></a><p>After</p>`, "Inside\n\nAfter", "Inside\n\nAfter"},
	{"inline code", "<p>Run <code>go test</code>.</p>", "Run go test.", "Run `go test`."},
	{"list marker after br", "<p>follows:<br>1. Finland<br>- Norway</p>", "follows:\n1. Finland\n- Norway", "follows:\\\n1\\. Finland\\\n\\- Norway"},
	{"space inside emphasis", "<p>but<b> if you</b> can</p>", "but if you can", "but **if you** can"},
	{"br at the end of emphasis", "<p><b>Not<br></b>Then</p>", "Not\nThen", "**Not**\\\nThen"},
	{"adjacent emphasis", "<p><em>a </em><em>b</em></p>", "a b", "*a* *b*"},
	{"joined emphasis", "<p><em>a</em><em>, b</em></p>", "a, b", "*a, b*"},
	{"emphasis closing before a letter", "<p><b>Why?</b>Answer</p>", "Why?Answer", "Why?Answer"},
	{"ampersand entity text", "<p>400&amp;percnt; more</p>", "400&percnt; more", "400\\&percnt; more"},
	{"code with backticks", "<p><code>`x`</code></p>", "`x`", "`` `x` ``"},
}

func TestRenderText(t *testing.T) {
	for _, tt := range renderCases {
		t.Run(tt.name, func(t *testing.T) {
			got := renderText(parseFragment(t, tt.html))
			if diff := cmp.Diff(tt.text, got); diff != "" {
				t.Errorf("text mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRenderMarkdown(t *testing.T) {
	for _, tt := range renderCases {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := RenderMarkdown(&b, parseFragment(t, tt.html)); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.markdown, b.String()); diff != "" {
				t.Errorf("markdown mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestMarkdownRendersBackToText checks that pith's Markdown, rendered by a
// CommonMark implementation (with GitHub's table extension) and flattened to
// text again, gives the text output: the marks say only what the HTML said.
func TestMarkdownRendersBackToText(t *testing.T) {
	for _, tt := range renderCases {
		t.Run(tt.name, func(t *testing.T) {
			var md, back bytes.Buffer
			if err := RenderMarkdown(&md, parseFragment(t, tt.html)); err != nil {
				t.Fatal(err)
			}
			if err := goldmark.New(goldmark.WithExtensions(extension.Table)).Convert(md.Bytes(), &back); err != nil {
				t.Fatal(err)
			}
			got := renderText(parseFragment(t, back.String()))
			want := renderText(parseFragment(t, tt.html))
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("round trip changed the text (-want +got):\n%s\nmarkdown:\n%s", diff, md.String())
			}
		})
	}
}

func TestSanitizeHTML(t *testing.T) {
	body := parseFragment(t, `<p onclick="x()" style="color:red">Hi <a href="javascript:alert(1)">x</a></p>`+
		`<script>alert(1)</script><img src="https://t.example/p.gif" width="1" height="1"><img src="https://example.com/a.jpg">`)
	sanitizeHTML(body)
	var b bytes.Buffer
	if err := RenderHTML(&b, body); err != nil {
		t.Fatal(err)
	}
	got := b.String()
	for _, bad := range []string{"onclick", "style=", "javascript:", "<script", "p.gif"} {
		if strings.Contains(got, bad) {
			t.Errorf("sanitized HTML still has %q: %s", bad, got)
		}
	}
	if !strings.Contains(got, "a.jpg") {
		t.Errorf("sanitized HTML lost the real image: %s", got)
	}
}

// TestMarkdownRoundTripOnGoldens checks the round trip on whole real
// articles: their Markdown, rendered by goldmark and flattened, gives the
// same words as their text output (whitespace aside).
func TestMarkdownRoundTripOnGoldens(t *testing.T) {
	md := goldmark.New(goldmark.WithExtensions(extension.Table))
	for _, gc := range loadGoldenCases(t) {
		t.Run(gc.name, func(t *testing.T) {
			art, err := FromBytes(context.Background(), gc.page, Options{URL: gc.url})
			if err != nil {
				t.Fatal(err)
			}
			var rendered bytes.Buffer
			if err := md.Convert([]byte(art.Markdown()), &rendered); err != nil {
				t.Fatal(err)
			}
			back := renderText(parseFragment(t, rendered.String()))
			if diff := cmp.Diff(strings.Fields(art.Text), strings.Fields(back)); diff != "" {
				t.Errorf("Markdown does not render back to the text (-text +markdown):\n%s", diff)
			}
		})
	}
}

// TestRenderHeadingBreak: text keeps a <br> in a heading as a line break;
// Markdown cannot (an ATX heading is one line), so it writes a space.
func TestRenderHeadingBreak(t *testing.T) {
	body := parseFragment(t, "<h2>One<br>Two</h2>")
	var md bytes.Buffer
	if err := RenderMarkdown(&md, body); err != nil {
		t.Fatal(err)
	}
	if got := renderText(body); got != "One\nTwo" {
		t.Errorf("text = %q", got)
	}
	if md.String() != "## One Two" {
		t.Errorf("markdown = %q", md.String())
	}
}

// A player's fallback (a link to the file, a "does not support" line) is
// not part of the text; the player itself stays in the HTML.
func TestMediaFallbackNotInText(t *testing.T) {
	player := `<audio controls><source src="/a/interview.mp3" type="audio/mpeg"><a href="/a/interview.mp3">https://example.com/a/interview.mp3</a></audio>` +
		`<video controls><source src="/v/clip.mp4" type="video/mp4">Your browser does not support the video tag.</video>`
	art := mustExtract(t, articlePage("<title>Interview</title>", `<h1>Interview</h1>`+paragraphs(2)+player+paragraphs(2)), Options{})
	wantGone(t, art.Text, "interview.mp3", "does not support")
	if h := art.HTML(); !strings.Contains(h, "<audio") {
		t.Errorf("the player left the HTML:\n%s", h)
	}
}

func TestCodeListing(t *testing.T) {
	for _, tt := range []struct {
		name, html string
		want       bool
	}{
		{"gutter and code", "<table><tr><td><pre>1\n2</pre></td><td><pre>a\nb</pre></td></tr></table>", true},
		{"words before the code", "<table><tr><td><pre>a\nb</pre></td><td><pre>c</pre></td></tr></table>", false},
		{"a cell without pre", "<table><tr><td>1</td><td><pre>a</pre></td></tr></table>", false},
		{"two rows", "<table><tr><td><pre>1</pre></td><td><pre>2</pre></td></tr><tr><td><pre>3</pre></td><td><pre>a</pre></td></tr></table>", false},
		{"one cell", "<table><tr><td><pre>a</pre></td></tr></table>", false},
		{"a caption", "<table><caption>Listing 1</caption><tr><td><pre>1</pre></td><td><pre>a</pre></td></tr></table>", false},
		{"a table inside", "<table><tr><td><pre>1</pre></td><td><pre>a</pre><table><tr><td>x</td></tr></table></td></tr></table>", false},
	} {
		table := findElement(parseFragment(t, tt.html), "table")
		if got := codeListing(table) != nil; got != tt.want {
			t.Errorf("%s: codeListing = %v, want %v", tt.name, got, tt.want)
		}
	}
}
