package extract

import (
	"strings"
	"testing"
)

// A blog theme's filing line, longer than the phrase rules read, leaves
// the article's end; the same words elsewhere, or a longer block, stay.
func TestPostFilingLineRemoved(t *testing.T) {
	line := "This entry was posted on Wednesday, November 27th, 2019 at 3:21 pm and is filed under Events, " +
		"Region Halle - Leipzig, Tastings &amp; Events, Calendar. You can follow any responses to this entry " +
		"through the RSS 2.0 feed. Responses are currently closed, but you can trackback from your own site."
	page := func(body string) string {
		return mustExtract(t, articlePage("<title>Tasting</title>", "<h1>Tasting</h1>"+body), Options{}).Text
	}
	wantGone(t, page(paragraphs(6)+"<p>"+line+"</p>"), "This entry was posted")
	wantKept(t, page(paragraphs(6)+"<p>"+line+"</p>"+paragraphs(6)), "This entry was posted on Wednesday")
	long := line + " " + strings.Repeat(prose, 3)
	wantKept(t, page(paragraphs(6)+"<p>"+long+"</p>"), "This entry was posted on Wednesday")
}

func TestIsPostFooter(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Posted by Stadler at 12:53", true},
		{"Posted by Jane Doe at 3:21 PM 2 comments", true},
		{"Eingestellt von Anna um 09:15", true},
		{"Publié par Marc à 18:02", true},
		{"Posted by the council at its meeting on Monday", false}, // no time
		{"Posted by a reader who works at 10.30 Downing Street, the letter was long", false},
		{"Posted by", false},
	} {
		if got := isPostFooter(strings.ToLower(tc.text)); got != tc.want {
			t.Errorf("isPostFooter(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// A Blogger theme's footer after the post goes; the post stays.
func TestPostFooterRemovedAtEnd(t *testing.T) {
	last := "The court will rule on the case next spring, the lawyers said."
	page := articlePage("<title>Ruling</title>", "<h1>Ruling</h1>"+paragraphs(4)+"<p>"+last+"</p>"+
		`<div class="post-footer">Posted by Stadler at 12:53</div>`)
	text := mustExtract(t, page, Options{}).Text
	wantGone(t, text, "Posted by Stadler")
	wantKept(t, text, last)
}
