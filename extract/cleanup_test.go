package extract

import (
	"strconv"
	"strings"
	"testing"
)

func TestIsCredit(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"photograph by ed marshall, redonda restoration programme", true},
		{"illustration by jane doe", true},
		{"foto: dpa/picture alliance", true},
		{"the photographer took the picture at dawn.", false},
		{"kyrre lien/ritzau scanpix", true},
		{"khalil ashaw / reuters", true},
		{"fmw/bloomberg", true},
		{"the input/output ratio", false},
		{"open 24/7", false},
		{"a lap", false},
		{"image illustrative : lots of lego minifigures by ninja brick", true},
		{"photo d'illustration : afp", true},
		{"riproduzione riservata © copyright ansa", true},
		{"images may be subject to copyright.", true},
		{"- tapie en 2008. reuters/benoit tessier -", true}, // the agency before the photographer
		{"protesters march in paris. ap photo/evan vucci, file", true},
		{"(reuters/stringer)", true},
		{"a reuters/ipsos poll found that 40% of americans approve.", false}, // more than a name after it
		{"harareuters/jane doe", false},                                      // no word boundary before the agency
	} {
		if got := isCredit(tc.text); got != tc.want {
			t.Errorf("isCredit(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// A heading that opens a list of the site's other stories on a topic
// ("read more in politics", "Mehr zu diesem Thema:") goes with its list;
// a sentence that starts the same way, and a line that is neither a
// heading nor ends in a colon, stay.
func TestTopicHeading(t *testing.T) {
	links := `<ul><li><a href="/a">Minister resigns over the budget row</a></li><li><a href="/b">What the vote means for the city</a></li></ul>`
	body := paragraphs(2) +
		`<h2>read more in politics</h2>` + links +
		paragraphs(1) +
		`<p><strong>Mehr zu diesem Thema:</strong></p>` + links +
		`<p>Mehr zu den Hintergründen im Interview unten.</p>` +
		`<p>Related to the vote, the branches stay open.</p>` +
		paragraphs(1)
	art := mustExtract(t, articlePage("<title>Library Budget</title>", "<h1>Library Budget</h1>"+body), Options{})
	wantGone(t, art.Text, "read more in politics", "Mehr zu diesem Thema", "Minister resigns")
	wantKept(t, art.Text, "Mehr zu den Hintergründen", "Related to the vote", "Paragraph number A")
}

// The phrase rules read a block as it prints: the soft hyphens a
// hyphenation plugin sets inside words ("illus&shy;tra&shy;tive",
// "Wer&shy;bung") do not hide a phrase.
func TestPhrasesThroughSoftHyphens(t *testing.T) {
	body := "<h1>Library Budget</h1>" + paragraphs(2) +
		"<p>Image illus&shy;tra&shy;tive : Lots of Lego Minifigures by Ninja Brick</p>" +
		"<p>Adver&shy;tise&shy;ment</p>" + paragraphs(2)
	art := mustExtract(t, articlePage("<title>Library Budget</title>", body), Options{})
	for _, gone := range []string{"Lego", "tise"} {
		if strings.Contains(art.Text, gone) {
			t.Errorf("the block with %q stayed:\n%s", gone, art.Text)
		}
	}
	if !strings.Contains(art.Text, "Paragraph number B") {
		t.Errorf("the story is missing:\n%s", art.Text)
	}
}

// A byline line stands at the article's start when only furniture the
// clean-up removed comes before it; kept text of the same length puts it
// inside the story.
func TestStartCountsKeptText(t *testing.T) {
	byline := "Posted by: Jane Doe on March 3, 2020"
	var feed strings.Builder
	feed.WriteString("<h3>Breaking News</h3><ul>")
	for i := 0; i < 20; i++ {
		feed.WriteString(`<li><a href="/news/` + strconv.Itoa(i) + `">Another story on the council's budget, number ` + strconv.Itoa(i) + `</a></li>`)
	}
	feed.WriteString("</ul>")
	page := articlePage("<title>Budget</title>", "<h1>Budget</h1>"+feed.String()+"<p>"+byline+"</p>"+paragraphs(4))
	text := mustExtract(t, page, Options{})
	wantGone(t, text.Text, byline, "Another story")

	lead := strings.ReplaceAll(paragraphs(4), "committee", "council")
	page = articlePage("<title>Budget</title>", "<h1>Budget</h1>"+lead+"<p>"+byline+"</p>"+paragraphs(4))
	wantKept(t, mustExtract(t, page, Options{}).Text, byline)
}

func TestIsAgencyLine(t *testing.T) {
	checkLowerPredicate(t, "isAgencyLine", isAgencyLine, []lineCase{
		{"AFP", true},
		{"(SID)", true},
		{"Reuters", true},
		{"AP / EFE", true},
		{"PAP", true},
		{"The Associated Press", true},
		{"Getty Images", true},
		{"The Associated Press reported", false},
		{"AFP says", false},
		{"Jane Doe, AFP", false}, // a byline: its own rules read it
		{"—", false},
	})
}

// A news agency's name alone on a line credits a wire story or a picture
// and goes; the same name in a sentence, or as a heading, stays.
func TestAgencyLineRemoved(t *testing.T) {
	body := `<h1>Story</h1><p><em><strong>AFP</strong></em></p>` + paragraphs(3) +
		`<p>The agency (<span>DPA</span>) of the institute reviews the plan.</p>` +
		`<h2>Reuters</h2><p>The wire service that broke the story was founded in London in 1851 and sells news to papers.</p>` +
		paragraphs(1) + `<p>(SID)</p>`
	art := mustExtract(t, articlePage("<title>Story</title>", body), Options{})
	checkGoneKept(t, art.Text, []string{"AFP", "(SID)"}, []string{"(DPA)", "Reuters\n", "Paragraph number A"})
}

func TestIsSourceLine(t *testing.T) {
	checkLowerPredicate(t, "isSourceLine", isSourceLine, []lineCase{
		{"Source: CDC, Chicago Department of Public Health", true},
		{"Fuente: Actualidad", true},
		{"(Source: Met Office)", true},
		{"Sourced from local farms, the menu changes every week.", false},
	})
}

// A source line standing alone under a chart or a story goes; the same
// words in a sentence's brackets stay with it.
func TestSourceLineRemoved(t *testing.T) {
	body := `<h1>Story</h1>` + paragraphs(3) + `<p>Source: CDC, Chicago Department of Public Health</p>` +
		`<p>The painting shows the harbour at dusk (<span>Source: Riivka</span>), as the artist saw it from the pier.</p>` + paragraphs(1)
	art := mustExtract(t, articlePage("<title>Story</title>", body), Options{})
	checkGoneKept(t, art.Text, []string{"Chicago Department"}, []string{"(Source: Riivka)"})
}

// A lead-in and its link in brackets ("[Read more: …]") are the lead-in's
// line all the same.
func TestBracketedLeadInRemoved(t *testing.T) {
	body := `<h1>Story</h1>` + paragraphs(2) + `<p>[Read more: <a href="/story/2">Council approves library funding</a>]</p>` +
		`<p>(Read more: <a href="/story/3">Mayor answers the council</a>)</p>` + paragraphs(2)
	art := mustExtract(t, articlePage("<title>Story</title>", body), Options{})
	checkGoneKept(t, art.Text, []string{"Council approves library funding", "Mayor answers the council"}, []string{"Paragraph number B"})
}

// A card that links a picture to another story, with a short headline,
// goes as a teaser; a section's heading with a linked picture set in it,
// its words no link, stays.
func TestTeaserCardAndPicturedHeading(t *testing.T) {
	body := paragraphs(3) +
		`<div class="card"><a href="/news/other-story"><img src="/i/other.jpg" alt=""></a><h3>Mayor opens the new bridge</h3></div>` +
		`<h2>The Special Editions Caused Controversy <a href="https://images.example.net/e80dae8a"><img src="https://images.example.net/e80dae8a/627" alt="han solo"></a></h2>` +
		paragraphs(3)
	text := mustExtract(t, articlePage("<title>T</title>", body), Options{}).Text
	wantGone(t, text, "Mayor opens the new bridge")
	wantKept(t, text, "The Special Editions Caused Controversy")
}

// A heading that names a section of the article stays with its list, even
// where the same words label a button elsewhere ("Reading list", "Embed").
func TestArticleSectionHeadingsKeepTheirLists(t *testing.T) {
	body := paragraphs(3) +
		`<h2>Reading list</h2><ul><li>The Structure of Scientific Revolutions, by Thomas Kuhn</li><li>The Double Helix, by James Watson</li></ul>` +
		`<h2>Embed</h2><ul><li>Copy the snippet into your page's body where the map should appear.</li><li>Set its width and height in pixels.</li></ul>` +
		paragraphs(2)
	text := mustExtract(t, articlePage("<title>T</title>", body), Options{}).Text
	wantKept(t, text, "Reading list", "The Double Helix, by James Watson", "Embed", "Set its width and height in pixels.")
}
