package extract

import (
	"context"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// A line that only names the author leaves the article at its start; a
// sentence that begins with "By", and the bylines of a list of stories,
// stay.
func TestBylineLineRemoved(t *testing.T) {
	page := articlePage("<title>Flixtrain</title>",
		`<h1>Flixtrain</h1><p>Von Markus Balser, Berlin</p><p>by: Elizabeth Chmurak</p><p>Posted by: Ed de Leon on February 18, 2020 in Showbiz</p>`+
			`<p>By the time we realised what was happening, it was already too late.</p>`+paragraphs(4)+
			`<ul><li><p>The trains of the future, in a story of their own</p><p>By David Streitfeld</p></li></ul>`)
	art, err := FromBytes(context.Background(), page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	wantGone(t, art.Text, "Von Markus Balser", "Elizabeth Chmurak", "Ed de Leon")
	for _, want := range []string{"By the time we realised", "By David Streitfeld"} {
		if !strings.Contains(art.Text, want) {
			t.Errorf("%q was removed:\n%s", want, art.Text)
		}
	}
}

// "Story by" and "Words by" name the author as "By" does: the line goes and
// gives the byline; "Story by story, …" is a sentence.
func TestStoryByLine(t *testing.T) {
	for _, line := range []string{"Story by Jane Doe", "Words by Jane Doe"} {
		art := mustExtract(t, articlePage("<title>Bridge</title>", "<h1>Bridge</h1><p>"+line+"</p>"+paragraphs(4)), Options{})
		wantGone(t, art.Text, line)
		if art.Byline != "Jane Doe" {
			t.Errorf("%q: byline %q, want Jane Doe", line, art.Byline)
		}
	}
	sentence := "Story by story, the council rebuilt the old library over the winter."
	art := mustExtract(t, articlePage("<title>Bridge</title>", "<h1>Bridge</h1><p>"+sentence+"</p>"+paragraphs(4)), Options{})
	wantKept(t, art.Text, sentence)
}

func TestIsBareBylineLabel(t *testing.T) {
	checkLowerPredicate(t, "isBareBylineLabel", isBareBylineLabel, []lineCase{
		{"by:", true},
		{"By", true},
		{"Von :", true},
		{"Autor:", true},
		{"By Jane Doe", false}, // a name: a byline line
		{"Bye", false},
		{"Authorised by the board", false},
	})
}

// A byline label left without its name goes at the article's edge.
func TestBareBylineLabelRemovedAtEdge(t *testing.T) {
	wantRemovedOnlyAtEdge(t, "by:")
}

func TestIsBylineWithRole(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"By Alex Heath, a deputy editor and author of the Command Line newsletter. He’s covered the tech industry for over a decade.", true},
		{"By Maria Lopez, an investigative reporter covering housing.", true},
		{"By Jon Smith, the paper's Washington correspondent.", true},
		{"By Sunday, a storm had passed over the coast and the roads were open again.", false},
		{"By the end of the week, a deal looked likely.", false},
		{"By Tuesday evening, the river had risen by two metres.", false},
		{"Alex Heath, a deputy editor, tried the headset.", false}, // no byline word
	} {
		if got := isBylineWithRole(tc.text, strings.ToLower(tc.text)); got != tc.want {
			t.Errorf("isBylineWithRole(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// A byline that goes on to describe its author leaves the article's start
// like a bare one.
func TestBylineWithRoleRemoved(t *testing.T) {
	byline := `<p><span>By</span> <a href="/authors/alex-heath">Alex Heath</a>, <span>a deputy editor and author ` +
		`of the Command Line newsletter. He’s covered the tech industry for over a decade at The Information.</span></p>`
	page := articlePage("<title>Vision Pro</title>", `<h1>Vision Pro</h1>`+byline+paragraphs(4))
	art := mustExtract(t, page, Options{})
	if strings.Contains(art.Text, "deputy editor") {
		t.Errorf("the byline with its author's role stayed:\n%s", art.Text)
	}
	if art.Byline != "Alex Heath" {
		t.Errorf("byline %q, want %q", art.Byline, "Alex Heath")
	}
}

// A block whose class names it the byline leaves the article's edge even
// without a "By" ("Colleen Barry, The Associated Press"); a quotation's
// source classed "quote-author" stays, and pith's mark on the byline never
// reaches the HTML output.
func TestBylineElementRemoved(t *testing.T) {
	byline := `<div class="byline-item">Colleen Barry, The Associated Press</div>`
	quote := `<blockquote><p>We will open the borders on June 3.</p><p class="quote-author">Luigi Di Maio</p></blockquote>`
	inner := `<p class="author-name">Paolo Rossi</p>` // mid-article: no edge, so it stays, marked
	page := articlePage(`<title>Italy opens borders</title><meta name="author" content="Colleen Barry">`,
		`<h1>Italy opens borders</h1>`+byline+paragraphs(4)+inner+paragraphs(2)+quote+paragraphs(2))
	art := mustExtract(t, page, Options{})
	wantGone(t, art.Text, "Colleen Barry")
	wantKept(t, art.Text, "Luigi Di Maio", "Paolo Rossi")
	if h := art.HTML(); strings.Contains(h, "pith-") {
		t.Errorf("a pith mark reached the HTML:\n%s", h)
	}
}

func TestIsBylineElement(t *testing.T) {
	for _, tc := range []struct {
		class string
		want  bool
	}{
		{"byline-item", true},
		{"article__author", true},
		{"author-bio", false},
		{"quote-author", false},
		{"authority-notice", false},
		{"social-share", false},
	} {
		n := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "class", Val: tc.class}}}
		if got := isBylineElement(n); got != tc.want {
			t.Errorf("isBylineElement(class=%q) = %v, want %v", tc.class, got, tc.want)
		}
	}
}

// A short note on the author that links to more of their work goes at
// the article's end; the phrase in the story's middle stays.
func TestAuthorNoteAtEnd(t *testing.T) {
	middle := "<p>The gallery will show more of her work next spring, the director said.</p>"
	note := "<p>Jane Doe joined the City News staff in 2020. You can see more of her work here.</p>"
	art := mustExtract(t, articlePage("<title>T</title>", paragraphs(4)+middle+paragraphs(4)+note), Options{})
	wantGone(t, art.Text, "joined the City News staff")
	wantKept(t, art.Text, "more of her work next spring")
}

func TestIsAgencyByline(t *testing.T) {
	checkPredicate(t, "isAgencyByline", isAgencyByline, []lineCase{
		{"JANE DOE, Associated Press", true},
		{"Jane Doe, The Associated Press", true},
		{"Jane Doe | Reuters", true},
		{"Jane Doe and John Roe, Reuters", true},
		{"The figures came from Reuters", false},
		{"Council figures, Reuters", false},
		{"Jane Doe, Staff Writer", false}, // a role, not an agency: its own rule
		{"Madonna, AFP", false},           // one word is no full name
	})
}

// A byline line of the writer and the agency goes at the article's start;
// the same line further down, under a quotation, stays.
func TestAgencyBylineRemovedAtStart(t *testing.T) {
	line := "Jane Doe, Associated Press"
	page := articlePage("<title>Story</title>", "<h1>Story</h1><p>"+line+"</p>"+paragraphs(4))
	wantGone(t, mustExtract(t, page, Options{}).Text, line)
	later := strings.ReplaceAll(paragraphs(4), "committee", "council") // not a repeat of the first four
	page = articlePage("<title>Story</title>", "<h1>Story</h1>"+paragraphs(5)+"<p>"+line+"</p>"+later)
	wantKept(t, mustExtract(t, page, Options{}).Text, line)
}
