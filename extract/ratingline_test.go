package extract

import (
	"strings"
	"testing"
)

func TestIsRatingLine(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"5 from 7 votes", true},
		{"3.65 von 1990 Bewertungen", true},
		{"Durchschnitt: 4.6 (7 Bewertungen)", true},
		{"(Noch keine Bewertungen)", true},
		{"Rating: 5.0/5 (1 vote cast)", true},
		{"Bewertung: 1,00 von 5 Sterne, basierend auf 1 abgegebenen Stimmen.", true},
		{"Overall Rating", false}, // a review's heading
		{"Bewertungen", false},    // a tab's label, no count
		{"7 votes were cast for the new mayor on Tuesday", false},
	} {
		if got := isRatingLine(strings.ToLower(tc.text)); got != tc.want {
			t.Errorf("isRatingLine(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
