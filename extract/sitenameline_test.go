package extract

import (
	"strings"
	"testing"
)

// The site's name alone on the article's last line goes, whether the page
// declares it or its host spells it; a last line that only starts with
// it, the name further up, and a name too short to tell from a word stay.
func TestSiteNameLineRemoved(t *testing.T) {
	last := "All three men will appear in the district court."
	extractWith := func(head, tail string, opts Options) string {
		page := articlePage("<title>Court</title>"+head, "<h1>Court</h1>"+paragraphs(4)+"<p>"+last+"</p>"+tail)
		return mustExtract(t, page, opts).Text
	}
	declared := `<meta property="og:site_name" content="City News">`

	text := extractWith(declared, "<p>City News</p>", Options{})
	wantGone(t, text, "City News")
	wantKept(t, text, last)
	wantGone(t, extractWith("", "<div><p>Stuff</p></div>", Options{URL: "https://www.stuff.co.nz/national/1"}), "Stuff")

	wantKept(t, extractWith(declared, "<p>City News reported it first.</p>", Options{}), "City News reported it first.")
	wantKept(t, extractWith(`<meta property="og:site_name" content="OK">`, "<p>OK</p>", Options{}), "OK")
	if text := extractWith(declared, "<p>City News</p><p>The trial opens in May.</p>", Options{}); !strings.Contains(text, "City News") {
		t.Errorf("the name on a line before the last was removed:\n%s", text)
	}
}
