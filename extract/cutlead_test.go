package extract

import (
	"strings"
	"testing"
)

const standfirst = "Attacks on reporters have grown this spring, and a new law punishes whoever covers the gangs with up to fifteen years in prison, the union says."

// cutShortPage is a page whose description the CMS cut short from a
// standfirst printed above the article, apart from it (in a row of its
// own kind: rows of one kind are rejoined, rows.go).
func cutShortPage(description, deck string) []byte {
	return []byte(`<!DOCTYPE html><html><head><title>Assembly tells reporters to leave</title>` +
		`<meta property="og:description" content="` + description + `"></head><body>` +
		`<nav><a href="/">Home</a> <a href="/news">News</a></nav>` +
		`<div class="row"><div class="col"><h1>Assembly tells reporters to leave</h1></div></div>` +
		`<div class="row deck-row"><div class="col"><div class="wrap"><div class="deck">` + deck + `</div></div></div></div>` +
		`<div class="row"><div class="col"><div class="wrap"><div class="body">` + paragraphs(5) + `</div></div></div></div>` +
		`<footer>© 2024 Example Media</footer></body></html>`)
}

// A description cut short ("… with up to fifteen...") names the standfirst
// the readability pass left out: it opens the article, whole and once.
func TestCutShortLead(t *testing.T) {
	cut := standfirst[:strings.Index(standfirst, " years")] + "..."
	for _, tt := range []struct {
		name, description, deck, want string
		restored                      bool
	}{
		{"paragraph", cut, "<p>" + standfirst + "</p>", standfirst, true},
		{"with its date", cut, "<h2>" + standfirst + "<span>Monday, 6 January 2020</span></h2>", standfirst, true},
		{"a list", "Attacks on reporters have grown this spring A new law punishes whoever covers the gangs with up…",
			"<ul><li>Attacks on reporters have grown this spring</li><li>A new law punishes whoever covers the gangs with up to fifteen years in prison</li></ul>",
			"- Attacks on reporters have grown this spring\n- A new law punishes", true},
		{"whole description", standfirst[:100], "<p>" + standfirst + "</p>", "", false},
		{"two paragraphs and a share bar", "Attacks on reporters have grown this spring. A new law punishes whoever covers the gangs with up...",
			`<p>Attacks on reporters have grown this spring.</p><p>A new law punishes whoever covers the gangs with up to fifteen years in prison.</p>` +
				`<div class="social-share"><span>Post it to your wall</span></div>`,
			"Attacks on reporters have grown this spring.\n\nA new law", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			art := mustExtract(t, cutShortPage(tt.description, tt.deck), Options{})
			if got := strings.Contains(art.Text, "Attacks on reporters"); got != tt.restored {
				t.Fatalf("standfirst in the article: %v, want %v\n%s", got, tt.restored, art.Text)
			}
			if !tt.restored {
				return
			}
			if !strings.HasPrefix(art.Text, tt.want) || strings.Count(art.Text, "Attacks on reporters") != 1 {
				t.Errorf("the article does not open with the standfirst, once:\n%s", art.Text)
			}
			for _, leak := range []string{"Monday", "Post it to your wall"} {
				if strings.Contains(art.Text, leak) {
					t.Errorf("%q came back with the standfirst:\n%s", leak, art.Text)
				}
			}
			if !strings.Contains(art.Text, "Paragraph number E") {
				t.Errorf("the story is missing:\n%s", art.Text)
			}
		})
	}
}

// A description cut from the article's own first paragraph adds nothing,
// and a block longer than leadBlockMax is a whole story, not a standfirst.
func TestCutShortLeadLimits(t *testing.T) {
	first := "The committee met on Tuesday to weigh the proposal, which would change how the city funds its libraries for the..."
	art := mustExtract(t, cutShortPage(first, ""), Options{})
	if n := strings.Count(art.Text, "The committee met on Tuesday"); n != 5 {
		t.Errorf("%d paragraphs start like the first, want 5:\n%s", n, art.Text)
	}
	long := strings.Repeat(standfirst+" ", leadBlockMax/len(standfirst)+1)
	if cutShortLead(parseFragment(t, "<div><p>"+long+"</p></div>"), standfirst[:120]+"...") != nil {
		t.Error("a block over leadBlockMax was taken as the standfirst")
	}
}
