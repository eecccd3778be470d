package extract

import "testing"

func TestIsAdCallLine(t *testing.T) {
	checkLowerPredicate(t, "isAdCallLine", isAdCallLine, []lineCase{
		{"Time to show-off your poker skills and win Rs.25 lakhs with no investment. Register Now!", true},
		{"- Start Your Daily Mornings with Times of India Newspaper! Order Now", true},
		{"Die neue Kollektion ist da – jetzt bestellen »", true},
		{"Visit Shots! now", true}, {"Visit our store now »", true},
		{"Visit the museum now, before it closes for the winter and the collection moves to storage", false},
		{"Tickets for the festival went on sale on Monday.", false},
		{"Register now, the mayor urged voters who have not yet done so, before the deadline on Friday.", false},
	})
}

func TestAdCallLineRemovedAtEdge(t *testing.T) {
	wantRemovedOnlyAtEdge(t, "Time to show-off your poker skills and win Rs.25 lakhs with no investment. Register Now!")
}

// A call to visit another site, set as a link between blocks, is read as
// a line: "<div>Watch more of our videos on Shots!</div><a …>Visit Shots!
// now</a>".
func TestVisitCallLinkRemoved(t *testing.T) {
	page := articlePage("<title>Story</title>", "<h1>Story</h1>"+paragraphs(4)+
		`<div class="banner"><div>Watch more of our videos on Shots!<br>and live on Freeview channel 276</div>`+
		`<a href="https://shots.example/" id="shots-tv-banner">Visit Shots! now</a></div>`)
	art := mustExtract(t, page, Options{})
	checkGoneKept(t, art.Text, []string{"Visit Shots! now", "Watch more of our videos"}, []string{"Paragraph number D"})
}
