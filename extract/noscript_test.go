package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// An article a page gives only in a <noscript> (its script renders it from
// a template) is read; a <noscript> with an image or a short notice is not.
func TestArticleInNoscript(t *testing.T) {
	article := `<p>` + strings.Repeat("Over the past few years threats on the web have grown more sophisticated. ", 5) + `</p>` +
		`<p>` + strings.Repeat("Phishing sites rotate their domains quickly to avoid being blocked. ", 5) + `</p>`
	body := `<h1>Safe Browsing Protection</h1><div class="post-body"><script type="text/template">` + article +
		`</script><noscript>` + article + `</noscript></div>` +
		`<noscript><img src="pixel.gif"></noscript><noscript><p>Please enable JavaScript.</p></noscript>`
	art := mustExtract(t, articlePage("<title>Safe Browsing Protection</title>", body), Options{})
	if !strings.Contains(art.Text, "Phishing sites rotate their domains") {
		t.Errorf("the article in the <noscript> is missing:\n%s", art.Text)
	}
	if strings.Contains(art.Text, "enable JavaScript") {
		t.Errorf("a short <noscript> notice leaked:\n%s", art.Text)
	}
}

// A <noscript> that gives a lazy-loaded image's real source keeps it: the
// readability pass puts it in the placeholder's place. Others go before
// the pass, with the same result.
func TestNoscriptImageKept(t *testing.T) {
	body := `<h1>Council Votes</h1><div class="story">` + paragraphs(2) +
		`<figure><img class="lazy" data-lazy="x"><noscript><IMG src="https://example.com/vote.jpg" alt="The vote"></noscript></figure>` +
		paragraphs(2) + `<noscript><p>Please enable JavaScript.</p></noscript></div>`
	art := mustExtract(t, articlePage("<title>Council Votes</title>", body), Options{})
	var out strings.Builder
	if err := RenderHTML(&out, art.Content); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "https://example.com/vote.jpg") {
		t.Errorf("the image in the <noscript> is missing:\n%s", out.String())
	}
	if strings.Contains(out.String(), "enable JavaScript") {
		t.Errorf("a <noscript> notice leaked:\n%s", out.String())
	}
}

func TestHoldsImage(t *testing.T) {
	for _, tt := range []struct {
		raw  string
		want bool
	}{
		{`<img src="a.jpg">`, true},
		{` <IMG SRC="a.jpg">`, true},
		{`<picture><source srcset="a.webp"><img src="a.jpg"></picture>`, true},
		{`<p>Please enable JavaScript.</p>`, false},
		{`<iframe src="https://www.googletagmanager.com/ns.html"></iframe>`, false},
		{`<im`, false},
		{``, false},
	} {
		n := &html.Node{Type: html.ElementNode, Data: "noscript"}
		if tt.raw != "" {
			n.AppendChild(&html.Node{Type: html.TextNode, Data: tt.raw})
		}
		if got := holdsImage(n); got != tt.want {
			t.Errorf("holdsImage(%q) = %v, want %v", tt.raw, got, tt.want)
		}
	}
}
