package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestTrimTrailingBreaks(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"<p>Text. &nbsp;<br><br> &nbsp;</p>", "<p>Text.  </p>"}, // the no-break space before the breaks is the text's
		{"<p>Text.<br/></p>", "<p>Text.</p>"},
		{"<p>One<br>two</p>", "<p>One<br/>two</p>"},                // a break between lines stays
		{"<p>Text. <b>bold</b> </p>", "<p>Text. <b>bold</b> </p>"}, // no break: untouched
	} {
		p := parseFragment(t, tc.in).FirstChild
		trimTrailingBreaks(p)
		var b strings.Builder
		if err := html.Render(&b, p); err != nil {
			t.Fatal(err)
		}
		if got := strings.ReplaceAll(b.String(), "\u00a0", " "); got != tc.want {
			t.Errorf("trimTrailingBreaks(%s) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// A paragraph that ends in line breaks, alone in the first of a story's
// sections, stays in the article: the readability pass used to read the
// breaks as a new paragraph and drop the sentence before them.
func TestParagraphEndingInBreaksKept(t *testing.T) {
	section := func(content string) string {
		return `<section class="a"><div class="b"><div class="c"><div class="d">` + content + `</div></div></div></section>`
	}
	page := articlePage("<title>Heat Pumps Boom</title>", `<h1>Heat Pumps Boom</h1>`+
		section(`<p>The opening: despite strained supply chains the heating industry had a good year to the third quarter, the federal association reports. &nbsp;<br><br> &nbsp;</p>`)+
		section(bodyParagraphs("of the heat pump story, in which the association explains at length which systems sold and why.")))
	art := mustExtract(t, page, Options{})
	checkGoneKept(t, art.Text, nil, []string{"The opening", "Body paragraph 5"})
}
