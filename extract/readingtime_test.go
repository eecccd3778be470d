package extract

import (
	"strings"
	"testing"
)

func TestIsReadingTimeLine(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Lesezeit: 2 Minuten", true},
		{"Estimated reading time: 6 minutes", true},
		{"5 min read", true},
		{"1-MIN READ", true},
		{"Tempo di lettura: 3 minuti", true},
		{"Ten tekst przeczytasz w 1 minutę", true},
		{"dzisiaj, 08:07 Ten tekst przeczytasz w 1 minutę", true},
		{"Ten tekst przeczytasz w mniej niż minutę", true},
		{"Less than a minute read", true},
		{"Less than a minute", false},    // not said to be reading time
		{"Backzeit 25 Min.", false},      // a recipe's time
		{"Prep Time: 15 minutes", false}, // another
		{"Lesezeit", false},              // no minutes
		{"Read the 5 minutes that changed the match", false},
	} {
		if got := isReadingTimeLine(strings.ToLower(tc.text)); got != tc.want {
			t.Errorf("isReadingTimeLine(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// The reading time at the article's start leaves it; a recipe's baking
// time stays.
func TestReadingTimeLineRemoved(t *testing.T) {
	page := articlePage("<title>Cake</title>", `<h1>Cake</h1><p>Lesezeit: 2 Minuten</p><p>Backzeit 25 Min.</p>`+paragraphs(4))
	art := mustExtract(t, page, Options{})
	if strings.Contains(art.Text, "Lesezeit") {
		t.Errorf("the reading time stayed:\n%s", art.Text)
	}
	if !strings.Contains(art.Text, "Backzeit 25 Min.") {
		t.Errorf("the baking time was removed:\n%s", art.Text)
	}
}
