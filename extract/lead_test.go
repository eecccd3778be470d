package extract

import (
	"strings"
	"testing"
)

// leadPage is a page whose standfirst, the same words as its description,
// stands between the headline and the story's container.
func leadPage(lead, first string) []byte {
	return []byte(`<!DOCTYPE html><html><head><title>Farm Grant Backed</title>` +
		`<meta name="description" content="` + lead + `"></head><body>` +
		`<nav><a href="/">Home</a> <a href="/farming">Farming</a></nav>` +
		`<div class="intro"><h1>Farm Grant Backed</h1><p class="a-lead">` + lead + `</p></div>` +
		`<div class="story"><p>` + first + `</p>` + paragraphs(4) + `</div>` +
		`<footer>© 2024 Example Media</footer></body></html>`)
}

// The standfirst comes back above the story unless the story already
// opens with it: a lead that shares only its first sentence with the
// story's first paragraph is the page's own text; one the first paragraph
// holds, or holds lightly edited (a date dropped), would be a repetition.
func TestLeadRestoredUnlessTheStoryHoldsIt(t *testing.T) {
	const first = "Young farmers' groups ask for a start-up grant for new farms. Farmers would receive up to 70,000 euros from the second pillar when they first settle."
	for _, tt := range []struct {
		name, lead string
		count      int // times the lead's second sentence is in the text
	}{
		{"another second sentence", "Young farmers' groups ask for a start-up grant for new farms. In a first meeting the minister was open to the idea.", 1},
		{"the first paragraph itself", first, 1},
		{"the first paragraph lightly edited", "Young farmers' groups ask for a start-up grant for new farms. Farmers would receive up to 70,000 euros from the second pillar when they settle.", 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			art := mustExtract(t, leadPage(tt.lead, first), Options{})
			second := tt.lead[strings.Index(tt.lead, ". ")+2:]
			if n := strings.Count(art.Text, second); n != tt.count {
				t.Errorf("the lead's second sentence is there %d times, want %d:\n%s", n, tt.count, art.Text)
			}
			if !strings.HasPrefix(art.Text, "Young farmers' groups") {
				t.Errorf("the article does not open with the lead or the story:\n%s", art.Text)
			}
			if strings.Count(art.Text, "Young farmers' groups") > 2 {
				t.Errorf("the opening repeats:\n%s", art.Text)
			}
		})
	}
}

// A description that runs on from the standfirst into the story's first
// lines, cut short, still brings the standfirst back: the block the
// description begins with, ending a sentence, is the lead.
func TestLeadOpeningTheDescriptionRestored(t *testing.T) {
	const lead = "The minister backed a start-up grant for young farmers on Monday. Up to 70,000 euros would go to each new farm."
	const first = "Young farmers' groups had asked for the grant for years, and the ministry had turned them down twice before the election."
	page := []byte(`<!DOCTYPE html><html><head><title>Farm Grant Backed</title>` +
		`<meta name="description" content="` + lead + ` Young farmers' groups had asked for the grant for years, and […]"></head><body>` +
		`<nav><a href="/">Home</a> <a href="/farming">Farming</a></nav>` +
		`<div class="intro"><h1>Farm Grant Backed</h1><div class="cartouche"><span>4.02.2022</span></div>` +
		`<div class="chapo"><div><p>` + lead + `</p></div></div></div>` +
		`<div class="story"><p>` + first + `</p>` + paragraphs(4) + `</div>` +
		`<footer>© 2024 Example Media</footer></body></html>`)
	art := mustExtract(t, page, Options{})
	if !strings.HasPrefix(art.Text, lead) {
		t.Errorf("the article does not open with the lead:\n%s", art.Text)
	}
	if strings.Count(art.Text, "Young farmers' groups had asked") != 1 {
		t.Errorf("the story's first paragraph is missing or repeated:\n%s", art.Text)
	}
}

// A story that opens with its description, its names set as links, holds
// the lead already: it does not come back above it. The text nodes there
// hold only the lead's first words ("<a><strong>Elias</strong></a> and
// …").
func TestLeadSplitByLinksNotRepeated(t *testing.T) {
	const lead = "Elias and Mikael Ymer caused two upsets at the ATP events in Pune and Montpellier. The Swedish brothers beat Karatsev and Monfils in straight sets."
	page := []byte(`<!DOCTYPE html><html><head><title>Two Upsets</title>` +
		`<meta name="description" content="` + lead + `"></head><body>` +
		`<div class="intro"><h1>Two Upsets</h1></div><article><p class="lead">` + lead + `</p></article>` +
		`<div class="story"><p><strong><a href="/players/elias"><strong>Elias</strong></a></strong> and ` +
		`<a href="/players/mikael">Mikael Ymer</a> caused two upsets at the ATP events in Pune and Montpellier. ` +
		`The Swedish brothers beat <a href="/players/karatsev">Karatsev</a> and Monfils in straight sets.</p>` +
		paragraphs(4) + `</div></body></html>`)
	art := mustExtract(t, page, Options{})
	if n := strings.Count(art.Text, "straight sets"); n != 1 {
		t.Errorf("the lead is there %d times, want 1:\n%s", n, art.Text)
	}
}
