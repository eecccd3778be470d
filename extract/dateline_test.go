package extract

import (
	"context"
	"strings"
	"testing"
)

func TestIsDateLine(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"aktualisiert: 11.04.2020, 10:27", true},
		{"veröffentlicht am 26. oktober 2023", true},
		{"posted on april 29, 2022", true},
		{"sonntag, 06. februar 2022", true},
		{"publicado el 03/05/2022 a las 22h03", true},
		{"20.06.2019 07:30 uhr", true},
		{"updated june 13, 2019 10:15 am et", true},
		{"11.04.2020", true},
		{"Posted: Thursday, April 21, 2022. 10:11 pm CST.", true},
		{"Opublikowano: 2021-04-29 17:13:04.031886+02:00", true},
		{"Sarah Gooding March 9, 2017", false}, // a byline with its date: Readability keeps it
		{"Einsendeschluss: 03.11.2019 (Poststempel)", false},
		{"10:27", false},                           // a time without a date
		{"april 2022", false},                      // no day: a heading, not a date line
		{"on 3 may 2021 the council voted", false}, // a sentence
		{"published by jane doe on 3 may 2021", false},
		{"version 2.4.1", false},
	} {
		if got := isDateLine(tc.text); got != tc.want {
			t.Errorf("isDateLine(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// A line that only gives the date leaves the article; a sentence with a
// date, a table's date cell and the dates heading a schedule's days in
// the middle of the article stay, and the page's date is still read.
func TestDateLineRemoved(t *testing.T) {
	page := articlePage(`<title>Council Votes</title><meta property="article:published_time" content="2020-04-11T10:27:00Z">`,
		`<h1>Council Votes</h1><p>Aktualisiert: 11.04.2020, 10:27</p>`+paragraphs(4)+
			`<p>On 3 May 2021 the council voted again.</p>`+
			`<p>Samstag, 05. Februar 2022</p><p>Council session, 11:00 in the town hall</p>`+
			`<p>Sonntag, 06. Februar 2022</p><p>Library tour, 14:00 from the main entrance</p>`+paragraphs(3)+
			`<table><tr><td>Meeting</td><td>12.05.2021</td></tr><tr><td>Vote</td><td><div>19.05.2021</div></td></tr></table>`)
	art, err := FromBytes(context.Background(), page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(art.Text, "Aktualisiert") {
		t.Errorf("the date line stayed:\n%s", art.Text)
	}
	for _, want := range []string{"On 3 May 2021 the council voted again.", "12.05.2021", "19.05.2021",
		"Samstag, 05. Februar 2022", "Sonntag, 06. Februar 2022"} {
		if !strings.Contains(art.Text, want) {
			t.Errorf("%q was removed:\n%s", want, art.Text)
		}
	}
	if got := art.Published.Format("2006-01-02"); got != "2020-04-11" {
		t.Errorf("date = %s, want 2020-04-11", got)
	}
}
