package extract

import "testing"

func TestIsSignUpPrompt(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"want more sports news? sign up for the sports omelette to get all our analysis.", true},
		{"don't miss the latest news - sign up to our daily newsletter here.", true},
		{"nie mehr die wichtigsten news verpassen? abonnieren sie unser daily briefing.", true},
		{"sign up for the newsletter.", false}, // a call that opens the line is furniturePrefixes' to judge
		{"the council voted on tuesday. members who sign up for the scheme pay less.", false},
		{"he said he would sign up for it. - the council agreed.", false},
		{"x. - y", false}, // a sentence's end and a dash together: no empty or reversed part
		{". - ", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := isSignUpPrompt(tt.line); got != tt.want {
			t.Errorf("isSignUpPrompt(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
