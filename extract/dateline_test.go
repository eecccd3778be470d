package extract

import (
	"context"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestUnglueYearAndTime(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"4 de mayo de 202207:59 hs", "4 de mayo de 2022 07:59 hs"},
		{"28 luglio 20207:05", "28 luglio 2020 7:05"},
		{"4 de mayo de 2022 07:59 hs", "4 de mayo de 2022 07:59 hs"}, // already apart
		{"12202207:59", "12202207:59"},                               // no year: a longer number
		{"2022", "2022"},
	} {
		if got := unglueYearAndTime(tc.in); got != tc.want {
			t.Errorf("unglueYearAndTime(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestIsDateLine(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"aktualisiert: 11.04.2020, 10:27", true},
		{"veröffentlicht am 26. oktober 2023", true},
		{"posted on april 29, 2022", true},
		{"sonntag, 06. februar 2022", true},
		{"miércoles, 4 de mayo de 2022 07:59 hs", true}, // "hs", the hours, after the time
		{"miércoles, 4 de mayo de 202207:59 hs", true},  // the year and the time run together by two elements
		{"28 luglio 202010:43", true},
		{"le 5 mai 2022 à 7:59 h", true},
		{"flight 202207:59 departs", false}, // a word no date line holds
		{"publicado el 03/05/2022 a las 22h03", true},
		{"입력 2020.08.27 20:27", true}, // Korean: entered
		{"Jan 5, 2020 / 3:41 PM / Updated 2 hours ago", true},
		{"First published on Tue 5 Jan 2021 15.41 GMT", true},
		{"Filed Jan 5, 2020 at 3:41 PM", true},
		{"Originally published May 5, 2020", true},
		{"First prize: 5 Jan 2021", false},
		{"Jan 5, 2020: 2 hours of talks ended the strike", false},
		{"更新 2023/11/02 22:27", true},
		{"postado em 04/05/2022 05:49 / atualizado em 04/05/2022 05:50", true},
		{"20.06.2019 07:30 uhr", true},
		{"updated june 13, 2019 10:15 am et", true},
		{"11.04.2020", true},
		{"Posted: Thursday, April 21, 2022. 10:11 pm CST.", true},
		{"Opublikowano: 2021-04-29 17:13:04.031886+02:00", true},
		{"Written by on November 7, 2023", true}, // the pass took the rel=author name out of the line
		{"Von / 6. November 2023 /", true},
		{"by on December 4, 2006", true},
		{"Veröffentlichung: 2. Februar 2022", true},
		{"Article mis à jour le 7 janvier 2020.", true},
		{"Publiziert: 03.04.2020, 12:35", true},
		{"Créé: 12.12.2019, 07h36", true},
		{"Letzte Aktualisierung: 28.01.2022", true},
		{"Ultimo aggiornamento: 30 Settembre 2020", true},
		{"Wed, Oct 14, 2020 - 5:50 AM", true},
		{"May 15, 2020,07:02pm EDT", true},
		{"/ martes 17 de marzo de 2020", true},
		{"jeudi 13 juin 2019", true},
		{"30.11.2020 18:14 | Son Güncelleme: 30.11.2020 18:14", true},
		{"Publish Date:Sat, 28 Nov 2020 01:34 PM (IST)", true},
		{"Mar 16, 2020 at 3:44 AM Mar 16, 2020 at 3:54 AM", true}, // published and updated
		{"Pubblicato il: 30 Settembre 2020 Ultimo aggiornamento: 30 Settembre 2020", true},
		{"Posted: Oct 6, 2020 / 03:38 PM MDT / Updated: Oct 6, 2020 / 03:38 PM MDT", true},
		{"Nachricht vom 06.11.2023", true},
		{"Published 9th Nov 2023, 09:34 GMT", true},
		{"November 21st, 2022", true},
		{"Publié le 2 nov. 2023 à 16:00Mis à jour le 2 nov. 2023 à 16:16", true},
		{"9th inning, 2023 season", false},
		{"Aktualisiert am 06. Mär. 2023", true},
		{"24.01.2022 Meldung", true},
		{"publié le 3 févr. 2021", true},
		{"actualizado el 7 dic 2022", true},
		{"Sun, 3 May 2020: the Sun reports", false}, // words beyond a date's
		{"article 7 of the treaty", false},
		{"by 2030", false},                     // no date
		{"Sarah Gooding March 9, 2017", false}, // a byline with its date: Readability keeps it
		{"Einsendeschluss: 03.11.2019 (Poststempel)", false},
		{"10:27", false},                           // a time without a date
		{"april 2022", false},                      // no day: a heading, not a date line
		{"on 3 may 2021 the council voted", false}, // a sentence
		{"published by jane doe on 3 may 2021", false},
		{"version 2.4.1", false},
		{"Erhverv - 02. januar 2020 kl. 10:21", true},    // the section's name before the date
		{"Publication | 17 January, 2017 at 1:00", true}, // the same, with a bar
		{"Wien - Mittwoch, 02.02.2022, 11:17 Uhr", true}, // a dateline's place
		{"Publiceret 3. marts 2021 kl. 09:12", true},     // Danish
		{"Rates - rise 3 may 2021 say analysts", false},  // one word only may lead
		{"Bundesliga Wien - 02.02.2022", false},          // two words before the mark
	} {
		if got := isDateLine(tc.text); got != tc.want {
			t.Errorf("isDateLine(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// A date line may end with the section the story is filed in; a
// sentence before the label, or a label with no name or a long one after
// it, is no such line.
func TestIsDatedCategoryLine(t *testing.T) {
	for text, want := range map[string]bool{
		"24.01.2022 11:38 Kategorie: News":                           true,
		"Datum: 22.12.2012, Rubrik: USA":                             true,
		"Posted on March 3, 2021 Category : Press Releases":          true,
		"Kategorie: News":                                            false, // no date
		"24.01.2022 11:38 Kategorie:":                                false,
		"24.01.2022 Kategorie: one two three four five":              false,
		"The council met on 3 May 2021 Category: a sentence's words": false,
	} {
		if got := isDatedCategoryLine(text); got != want {
			t.Errorf("isDatedCategoryLine(%q) = %v, want %v", text, got, want)
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
			`<p>24.01.2022 11:38<br>Kategorie: <a href="/news">News</a></p>`+
			`<table><tr><td>Meeting</td><td>12.05.2021</td></tr><tr><td>Vote</td><td><div>19.05.2021</div></td></tr></table>`)
	art, err := FromBytes(context.Background(), page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, gone := range []string{"Aktualisiert", "Kategorie"} {
		if strings.Contains(art.Text, gone) {
			t.Errorf("the date line with %q stayed:\n%s", gone, art.Text)
		}
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

// A date line is measured by its words, not by the indentation a template
// left inside its text node: 60 bytes of words and 40 tabs are a line.
func TestIndentedDateLineRemoved(t *testing.T) {
	line := "<p><small>postado em 04/05/2022 05:49" + strings.Repeat("\t", 40) + "/ atualizado em 04/05/2022 05:50</small></p>"
	art := mustExtract(t, articlePage("<title>Council Votes</title>", "<h1>Council Votes</h1>"+line+paragraphs(4)), Options{})
	wantGone(t, art.Text, "postado em")
	wantKept(t, art.Text, "Paragraph number A adds")
}

// A date in a <span> or <time> of its own, with blocks around it, is a date
// line too (a WordPress theme's <span class="posted-on">); one inside a
// sentence, or beside other words, is not.
func TestInlineDateLine(t *testing.T) {
	page := articlePage(`<title>Schools safe</title>`,
		`<span class="date"><span class="posted-on">Posted on <time datetime="2022-04-22">April 22, 2022</time></span></span>`+
			`<h2>Round two of the pay talks</h2><time datetime="2021-10-29">29. Oktober 2021</time>`+
			`<h2>Schools safe amid surge</h2>`+paragraphs(4)+
			`<p>The vote, <span>April 22, 2022</span>, was close.</p>`+
			`<div>Next meeting <time>May 3, 2022</time></div>`+paragraphs(3))
	art := mustExtract(t, page, Options{})
	for _, line := range []string{"Posted on", "29. Oktober 2021"} {
		if strings.Contains(art.Text, line) {
			t.Errorf("the date line %q stayed:\n%s", line, art.Text)
		}
	}
	for _, want := range []string{"The vote, April 22, 2022, was close.", "Next meeting May 3, 2022"} {
		if !strings.Contains(art.Text, want) {
			t.Errorf("%q was removed:\n%s", want, art.Text)
		}
	}
}

func TestStandsAsLine(t *testing.T) {
	body := parseFragment(t, `<div><span id="alone">April 22, 2022</span><!-- c --> <br>`+
		`<p>Text <span id="inside">April 22, 2022</span> more.</p>`+
		`<span id="outer"><span id="nested">April 22, 2022</span></span><p>x</p>`+
		`<a id="link" href="/">April 22, 2022</a><p>y</p></div>`)
	for id, want := range map[string]bool{"alone": true, "inside": false, "outer": true, "nested": false, "link": false} {
		n := findByID(body, id)
		if n == nil {
			t.Fatalf("no #%s", id)
		}
		if got := standsAsLine(n); got != want {
			t.Errorf("standsAsLine(#%s) = %v, want %v", id, got, want)
		}
	}
}

// findByID returns the element under n whose id is id, or nil.
func findByID(n *html.Node, id string) *html.Node {
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && attr(d, "id") == id {
			return d
		}
	}
	return nil
}

// A date line after a standfirst of a few lines, or alone in a <section>,
// still stands at the article's edge.
func TestDateLineAfterStandfirst(t *testing.T) {
	standfirst := "<p>" + strings.Repeat("The former striker talks about the club's chances this season. ", 7) + "</p>"
	page := articlePage(`<title>Interview</title>`,
		standfirst+`<p>07. November 2023 - 10:38 Uhr</p>`+paragraphs(5)+`<section><time>08. November 2023 - 09:12 Uhr</time> | </section>`)
	art := mustExtract(t, page, Options{})
	wantGone(t, art.Text, "10:38 Uhr", "09:12 Uhr")
	wantKept(t, art.Text, "former striker")
}

func TestIsTimeLine(t *testing.T) {
	checkLowerPredicate(t, "isTimeLine", isTimeLine, []lineCase{
		{"Updated: 9.45pm", true},
		{"Aktualisiert um 10:27 Uhr", true},
		{"Mis à jour à 16h30", true},
		{"Ultimo aggiornamento: 22:07", true},
		{"Updated: 12 March 2021, 9.45pm", false}, // a date: a date line
		{"9.45pm", false},                         // no label
		{"Updated: 3 times", false},               // no time
		{"Updated 1.5 million", false},
		{"Updated: 12", false}, // a number, no time
	})
}

func TestIsBareTimeLine(t *testing.T) {
	checkLowerPredicate(t, "isBareTimeLine", isBareTimeLine, []lineCase{
		{"17:40", true},
		{"6:14 a.m.", true},
		{"9:27 am", true},
		{"6:14pm", true},
		{"10:43 Uhr", true},
		{"8:09", false},         // a video's length as much as a time
		{"9.45", false},         // a price as much as a time
		{"28:25", false},        // a handball score: no hour 28
		{"21:75", false},        // no minute 75
		{"17:40 Berlin", false}, // more than a time
		{"1:2", false},
		{"", false},
	})
}

// A time line, labelled or bare, goes at the article's edge, stays
// further in, and dates nothing.
func TestTimeLineRemovedAtEdge(t *testing.T) {
	for _, line := range []string{"Updated: 9.45pm", "6:14 a.m.", "17:40"} {
		page := articlePage("<title>Court</title>", "<h1>Court</h1><p>"+line+"</p>"+paragraphs(4))
		art := mustExtract(t, page, Options{})
		wantGone(t, art.Text, line)
		if !art.Published.IsZero() {
			t.Errorf("the time line %q dated the page: %v", line, art.Published)
		}
		wantRemovedOnlyAtEdge(t, line)
	}
}

// A date line written year first, as East Asian pages write it, goes.
// A date line of its own goes and dates the article: written year first
// ("2023/11/02 22:27"), or ending with how long ago the story was updated.
func TestDateLineRemovedDatesArticle(t *testing.T) {
	for _, tc := range []struct{ line, gone, want string }{
		{"2023/11/02 22:27", "2023/11/02", "2023-11-02"},
		{"Jan 5, 2020 / 3:41 PM / Updated 2 hours ago", "hours ago", "2020-01-05"},
		{"First published on Tue 5 Jan 2021 15.41 GMT", "First published", "2021-01-05"},
		{"Originally published May 5, 2020", "Originally published", "2020-05-05"},
		{"14. Januar 2020, 9:21 Uhr 571 Kommentare", "571 Kommentare", "2020-01-14"},
		{"Sunday, 11.12.2022 - 05:00 (1 comment)", "1 comment", "2022-12-11"},
	} {
		page := articlePage("<title>Gaza</title>", "<h1>Gaza</h1><p>"+tc.line+"</p>"+paragraphs(4))
		art := mustExtract(t, page, Options{})
		wantGone(t, art.Text, tc.gone)
		if got := art.Published.Format("2006-01-02"); got != tc.want {
			t.Errorf("%q: published %s, want %s from the date line", tc.line, got, tc.want)
		}
	}
}

// A count of comments after the date is no more than the date line; in
// a sentence it is the story's.
func TestIsCountedDateLine(t *testing.T) {
	for line, want := range map[string]bool{
		"14. Januar 2020, 9:21 Uhr 571 Kommentare":       true,
		"am Sonntag, 11.12.2022 - 05:00 (1 Kommentar)":   true,
		"17 January, 2017 1 comment":                     true,
		"14. Januar 2020, 9:21 Uhr":                      false, // a date line, not a counted one
		"Am 3. März 2021 wurden 12 Kommentare gelöscht":  false,
		"14. Januar 2020 ist ein Tag mit 571 Kommentare": false,
		"571 Kommentare":                                 false,
	} {
		if got := isCountedDateLine(line); got != want {
			t.Errorf("isCountedDateLine(%q) = %v, want %v", line, got, want)
		}
	}
}

func TestIsWeekdayLine(t *testing.T) {
	checkLowerPredicate(t, "isWeekdayLine", isWeekdayLine, []lineCase{
		{"Monday", true},
		{"Saturday,", true},
		{"Domenica", true},
		{"Monday Night Football", false},
		{"Sunday Times", false},
	})
}

func TestWeekdayLineRemovedAtEdge(t *testing.T) {
	wantRemovedOnlyAtEdge(t, "Monday")
}
