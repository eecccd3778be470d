package eval

import (
	"math"
	"testing"
)

func TestScoreSnippets(t *testing.T) {
	text := "The  quick brown\nfox jumps over the lazy dog. Footer: Impressum"
	c, missed, leaked := ScoreSnippets(text, []string{"quick brown fox", "lazy dog", "not there"}, []string{"Impressum", "Cookies"})
	if c != (SnippetCounts{TP: 2, FN: 1, FP: 1, TN: 1}) {
		t.Errorf("counts = %+v", c)
	}
	if len(missed) != 1 || missed[0] != "not there" || len(leaked) != 1 || leaked[0] != "Impressum" {
		t.Errorf("missed %v leaked %v", missed, leaked)
	}
	if got := c.F(); math.Abs(got-4.0/6.0) > 1e-9 {
		t.Errorf("F = %v", got)
	}
}

func TestScoreShingles(t *testing.T) {
	want := "one two three four five six"
	if s := ScoreShingles(want, want); s.Precision != 1 || s.Recall != 1 {
		t.Errorf("identical: %+v", s)
	}
	// Got adds one shingle-worth of noise and misses the last word.
	s := ScoreShingles("zero one two three four five", want)
	// got shingles: [0123][1234][2345]; want: [1234][2345][3456]
	if math.Abs(s.Precision-2.0/3.0) > 1e-9 || math.Abs(s.Recall-2.0/3.0) > 1e-9 {
		t.Errorf("partial: %+v", s)
	}
	if s := ScoreShingles("", want); s.Recall != 0 {
		t.Errorf("empty got: %+v", s)
	}
}

func TestSameAuthor(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		same bool
	}{
		{"Jane Doe", "jane  doe", true},
		{"By\n\t\t\tScott Cunningham", "Scott Cunningham", true},
		{"Isabel Caro, Rocío Latorre, José Miguel Wilson", "Isabel Caro, Rocío Latorre y José Miguel Wilson", true},
		{"Rodolfo Costa.", "Rodolfo Costa", true},
		{"Jane Doe and John Roe", "John Roe; Jane Doe", true},
		{"By Nathan Willis March 25, 2015", "Nathan Willis", false},
		{"Bylund Smith", "Smith", false},
		{"Jane Doe", "", false},
	} {
		if got := sameAuthor(tt.a, tt.b); got != tt.same {
			t.Errorf("sameAuthor(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
}
