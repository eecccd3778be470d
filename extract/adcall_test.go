package extract

import "testing"

func TestIsAdCallLine(t *testing.T) {
	checkLowerPredicate(t, "isAdCallLine", isAdCallLine, []lineCase{
		{"Time to show-off your poker skills and win Rs.25 lakhs with no investment. Register Now!", true},
		{"- Start Your Daily Mornings with Times of India Newspaper! Order Now", true},
		{"Die neue Kollektion ist da – jetzt bestellen »", true},
		{"Tickets for the festival went on sale on Monday.", false},
		{"Register now, the mayor urged voters who have not yet done so, before the deadline on Friday.", false},
	})
}

func TestAdCallLineRemovedAtEdge(t *testing.T) {
	wantRemovedOnlyAtEdge(t, "Time to show-off your poker skills and win Rs.25 lakhs with no investment. Register Now!")
}
