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
