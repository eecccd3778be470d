package extract

import "testing"

func TestIsRatingLine(t *testing.T) {
	checkLowerPredicate(t, "isRatingLine", isRatingLine, []lineCase{
		{"5 from 7 votes", true},
		{"3.65 von 1990 Bewertungen", true},
		{"Durchschnitt: 4.6 (7 Bewertungen)", true},
		{"(Noch keine Bewertungen)", true},
		{"Rating: 5.0/5 (1 vote cast)", true},
		{"Bewertung: 1,00 von 5 Sterne, basierend auf 1 abgegebenen Stimmen.", true},
		{"Overall Rating", false}, // a review's heading
		{"Bewertungen", false},    // a tab's label, no count
		{"7 votes were cast for the new mayor on Tuesday", false},
		{"6.0 out of 6 based on 1 rating", true},
	})
}

func TestIsTitledRating(t *testing.T) {
	checkLowerPredicate(t, "isTitledRating", isTitledRating, []lineCase{
		{"Truckwash A31, 6.0 out of 6 based on 1 rating", true},
		{"Haben sich Mozarts Eltern je wegen seiner Schulnoten gesorgt?, 5.0 out of 5 based on 2 ratings", true},
		{"In the end, 7 votes", false}, // a sentence's end: no "based on"
		{"Truckwash A31 6.0 out of 6 based on 1 rating", false},
		{"The judges met, and based on 3 ratings they chose", false},
	})
}

// A rating plugin's line that repeats the title goes at the article's
// edge and stays inside the story.
func TestTitledRatingRemovedAtEdge(t *testing.T) {
	wantRemovedOnlyAtEdge(t, "Truckwash A31, 6.0 out of 6 based on 1 rating")
}
