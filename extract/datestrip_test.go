package extract

import (
	"testing"
)

func TestIsDateStrip(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"24. April 2020 | Pressemitteilungen", true},
		{"04.02.2022 | 13:10 Uhr | Uta Helkenberg", true},
		{"28.04.2021 - 07:18 | Quelle: dpa-afx | Lesedauer etwa 4 min. | Text vorlesen", true},
		{"14.09.2018 · Männer · HBL1", true},
		{"February 4, 2020 • words written by Kanae Nakamine • Art by Koichi", true},
		{"24. April 2020", false},              // one part: the date line's rule
		{"Pressemitteilungen | Archiv", false}, // no date
		{"Published 04.02.2022 | Updated 05.02.2022", true},
		{"2020 | 2021 | 2022", false},                                                            // years alone are no date line
		{"24. April 2020 |", false},                                                              // one part: the date line's rule
		{"12.05.2021 | Entwicklungsfinanzierungsinstitutionen Abteilung", false},                 // a part too long
		{"3.5.2021 | so it is as we all see it", false},                                          // a part of too many words
		{"Veröffentlicht: 05.01.2020 | Abgelegt unter: Canon Powershot S110, Fotografie", false}, // a part too long
		{"tel +49 611 7878 394 | karen.ehrhardt@example.com", false},                             // digits, no date
		{"The council met on 3 May 2021 | and voted", false},                                     // no part is a date line
	} {
		if got := isDateStrip(tc.text); got != tc.want {
			t.Errorf("isDateStrip(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// A date strip at the article's start leaves the text but still dates a
// page that declares no date; one in the middle of the story stays.
func TestDateStripRemovedAndDates(t *testing.T) {
	middle := "03.05.2021 | Council minutes"
	page := articlePage("<title>Council Votes</title>",
		"<p>24. April 2020 | Pressemitteilungen</p>"+paragraphs(5)+"<p>"+middle+"</p>"+paragraphs(5))
	art := mustExtract(t, page, Options{})
	wantGone(t, art.Text, "Pressemitteilungen")
	wantKept(t, art.Text, middle)
	if got := art.Published.Format("2006-01-02"); got != "2020-04-24" {
		t.Errorf("date = %s, want 2020-04-24 from the removed strip", got)
	}
}
