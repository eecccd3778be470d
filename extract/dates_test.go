package extract

import (
	"context"
	"strings"
	"testing"
	"time"
)

// publishedDay extracts page and returns the day it was published, as
// YYYY-MM-DD ("0001-01-01" when none).
func publishedDay(t *testing.T, page []byte, opts Options) string {
	t.Helper()
	return mustExtract(t, page, opts).Published.Format("2006-01-02")
}

// councilPage is an article page titled "Council Votes" with body.
func councilPage(body string) []byte {
	return articlePage("<title>Council Votes</title>", body)
}

func TestShortAndLeadingDates(t *testing.T) {
	for _, tt := range []struct {
		name string
		got  func() (time.Time, bool)
		want string
	}{
		{"two-digit year", func() (time.Time, bool) { return shortDateInText(" 23.09.22 ") }, "2022-09-23"},
		{"two-digit year, last century", func() (time.Time, bool) { return shortDateInText("am 01.02.98") }, "1998-02-01"},
		{"a version number is no date", func() (time.Time, bool) { return shortDateInText("v1.2.3.4") }, ""},
		{"a broken timestamp's date", func() (time.Time, bool) { return leadingISODate("2022-05-04-0305:49:00-10800") }, "2022-05-04"},
		{"no date at the start", func() (time.Time, bool) { return leadingISODate("May 4, 2022") }, ""},
		{"Danish month", func() (time.Time, bool) { return dateInText("Publiceret 3. marts 2021 kl. 09:12") }, "2021-03-03"},
		{"Swedish month", func() (time.Time, bool) { return dateInText("publicerad 12 augusti 2020") }, "2020-08-12"},
		{"Norwegian month", func() (time.Time, bool) { return dateInText("oppdatert 1. desember 2019") }, "2019-12-01"},
		{"Russian month", func() (time.Time, bool) { return dateInText("24 сентября 2020, 10:15") }, "2020-09-24"},
		{"Ukrainian month", func() (time.Time, bool) { return dateInText("11 червня 2020 року") }, "2020-06-11"},
		{"Czech month", func() (time.Time, bool) { return dateInText("4. února 2020") }, "2020-02-04"},
		{"Romanian month", func() (time.Time, bool) { return dateInText("Unica.md, 20 septembrie 2020 16:20") }, "2020-09-20"},
		{"Turkish month", func() (time.Time, bool) { return dateInText("30 Ekim 2020 Cuma 14:05") }, "2020-10-30"},
		{"Greek month", func() (time.Time, bool) { return dateInText("19 Αυγούστου 2020") }, "2020-08-19"},
		{"Finnish month", func() (time.Time, bool) { return dateInText("julkaistu 3. kesäkuuta 2020") }, "2020-06-03"},
		{"Indonesian month", func() (time.Time, bool) { return dateInText("Senin, 17 Agustus 2020 10:00 WIB") }, "2020-08-17"},
	} {
		d, ok := tt.got()
		got := ""
		if ok {
			got = d.Format("2006-01-02")
		}
		if got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestInSiteZone(t *testing.T) {
	at := func(s string) time.Time {
		d, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	for _, tt := range []struct {
		declared, lang, host, want string
	}{
		{"2021-11-04T23:00:00Z", "de", "www.kas.de", "2021-11-05"},          // midnight in Berlin, in winter
		{"2019-10-18T22:04:00Z", "de-DE", "", "2019-10-19"},                 // after midnight in Berlin, in summer
		{"2022-05-04T00:44:52Z", "pt-BR", "", "2022-05-03"},                 // the evening before in São Paulo
		{"2022-05-04T00:25:56Z", "es", "www.lanacion.com.ar", "2022-05-03"}, // the country's domain tells
		{"2022-05-04T00:25:56Z", "es", "example.com", "2022-05-04"},         // Spanish alone does not
		{"2022-05-04T00:25:56Z", "en", "startup.co", "2022-05-04"},          // nor a domain sold worldwide
		{"2022-05-04T00:00:00Z", "pt-BR", "", "2022-05-04"},                 // a bare date stays
		{"2022-05-04T00:30:00+02:00", "pt-BR", "", "2022-05-04"},            // a local time stays
	} {
		got := inSiteZone(at(tt.declared), tt.lang, tt.host).Format("2006-01-02")
		if got != tt.want {
			t.Errorf("inSiteZone(%s, %q, %q) = %s, want %s", tt.declared, tt.lang, tt.host, got, tt.want)
		}
	}
}

// Each case is a page whose date only one source gives, or gives best.
func TestPublishedSources(t *testing.T) {
	tests := []struct {
		name, head, body, want string
	}{
		{"labelled date", "", `<ul><li><span>Datum:</span> 26. Januar 2022</li></ul>`, "2022-01-26"},
		{"a date in the page's script state", "",
			`<script>window.__STATE__ = {"product":{"title":"Sidamo","published_at":"2019-03-02T06:22:28+01:00"}};</script>`, "2019-03-02"},
		{"an update's date when no other", "", `<p class="info">Aktualisiert: 30.12.2016</p>`, "2016-12-30"},
		{"RDFa property", "", `<span property="schema:dateCreated" content="2022-01-28T12:45:46+00:00"></span>`, "2022-01-28"},
		{"two-digit year in a date element", "", `<div class="post-created">28.01.22</div>`, "2022-01-28"},
		{"a UTC time on the site's day",
			`<link rel="canonical" href="https://www.example.de/a"><meta property="article:published_time" content="2022-11-06T23:00:00Z">`,
			"", "2022-11-07"},
		{"a Recipe's date", `<script type="application/ld+json">{"@type":"Recipe","name":"Cake","datePublished":"2018-07-25"}</script>`, "", "2018-07-25"},
		{"a Recipe's date ranks below the page's",
			`<meta property="article:published_time" content="2019-07-04T13:23:38+02:00"><script type="application/ld+json">{"@type":"Recipe","name":"Cake","datePublished":"2019-01-08"}</script>`,
			"", "2019-07-04"},
		{"broken JSON-LD's date, read as script state",
			`<script type="application/ld+json">{"@type":"HowTo","datePublished":"2022-01-10T22:06:08:684Z",}</script>`, "", "2022-01-10"},
		{"a publication label after an update label, in one line", "",
			`<p class="footer">Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023<br>Lesungen: 61</p>`, "2023-11-01"},
		{"a date after a lone label, not the parent's first", "",
			`<div>Gedruckt 03.02.2021 <span>Erschienen am:</span> 01.11.2023</div>`, "2023-11-01"},
		{"a Polish month name", "", `<div class="date">16 marca 2021</div>`, "2021-03-16"},
		{"a declared date beats a written one",
			`<meta property="article:published_time" content="2022-11-01T10:00:00Z">`,
			`<div class="date">7. November 2022</div>`, "2022-11-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := articlePage("<title>Council Votes</title>"+tt.head, "<h1>Council Votes</h1>"+paragraphs(26)+tt.body)
			art, err := FromBytes(context.Background(), page, Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if !art.Published.IsZero() {
				got = art.Published.Format("2006-01-02")
			}
			if got != tt.want {
				t.Errorf("published = %q, want %q", got, tt.want)
			}
		})
	}
}

// A date the text gives without a time takes the time the page's script
// state gives for the same day.
func TestWrittenDayTakesTheScriptTime(t *testing.T) {
	body := "<h1>Council Votes</h1>" + paragraphs(6) + `<ul><li><span>Datum:</span> 16. März 2021</li></ul>` +
		`<script>window.__STATE__ = {"published_at":"2021-03-16T09:00:48+01:00"};</script>`
	got := mustExtract(t, councilPage(body), Options{}).Published.Format(time.RFC3339)
	if got != "2021-03-16T09:00:48+01:00" {
		t.Errorf("published = %s, want 2021-03-16T09:00:48+01:00", got)
	}
}

func TestDatelineAboveTheHeadline(t *testing.T) {
	body := `<p class="kicker">24. April 2020 | Nachricht</p><h1>Council Votes</h1>` + paragraphs(26)
	if got := publishedDay(t, councilPage(body), Options{}); got != "2020-04-24" {
		t.Errorf("published = %s, want 2020-04-24", got)
	}
}

func TestDatelineAtTheArticleStart(t *testing.T) {
	body := `<p>Apr 7, 2009 — The council met on Tuesday to weigh the library budget.</p>` + paragraphs(6)
	if got := publishedDay(t, councilPage(body), Options{}); got != "2009-04-07" {
		t.Errorf("published = %s, want 2009-04-07", got)
	}
}

// The day the page shows twice (its date element, and the first date after
// the headline) wins over declared metadata; an update's date does not.
func TestShownDateOverDeclared(t *testing.T) {
	head := `<title>Council Votes</title><meta property="article:published_time" content="2022-11-01T10:00:00Z">`
	for _, tt := range []struct{ name, above, dateline, want string }{
		{"shown", "", `<div class="date">7. November 2022</div>`, "2022-11-07"},
		{"an update", "", `<div class="date">Aktualisiert am 7. November 2022</div>`, "2022-11-01"},
		{"the declared day shown too", "", `<div class="date">7. November 2022 | 1. November 2022</div>`, "2022-11-01"},
		{"shown just above the headline", `<div class="date">7 November 2022 - 2:00 a.m.</div>`, "", "2022-11-07"},
		{"the declared day written month first", "", `<div class="date">11/01/2022</div>`, "2022-11-01"},
		{"the dateline and the <time> element agree", "", `<p>by Jane Doe 7 November 2022</p><time datetime="2022-11-07">today</time>`, "2022-11-07"},
		{"another declared date that the dateline shows", "", `<meta itemprop="datePublished" content="2022-11-07T09:13:00+01:00"><p>by Jane Doe 7 November 2022</p>`, "2022-11-07"},
	} {
		body := tt.above + `<h1>Council Votes</h1>` + tt.dateline + paragraphs(6)
		if got := publishedDay(t, articlePage(head, body), Options{}); got != tt.want {
			t.Errorf("%s: published = %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestPublishedInText(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Published 3 May 2021, updated 5 May 2021", "2021-05-03"},
		{"Updated 5 May 2021, first published 3 May 2021", "2021-05-03"},
		{"Aktualisiert am 12.03.2022", ""},
		{"Stand: 28.04.2020 18:00 Uhr", "2020-04-28"}, // German broadcasters' timestamp of the story
	} {
		got := ""
		if d, ok := publishedInText(tt.text); ok {
			got = d.Format("2006-01-02")
		}
		if got != tt.want {
			t.Errorf("publishedInText(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// A declared UTC time goes to the zone the page's <time> element shows it
// in, and stays on the day the page's date element shows when the guessed
// zone would move it off that day, unless it falls on the zone's midnight.
func TestPublishedOnTheShownDay(t *testing.T) {
	for _, tt := range []struct{ name, head, body, want string }{
		{"the same instant on a local clock",
			`<meta property="article:published_time" content="2023-11-09T05:30:59Z">`,
			`<time datetime="2023-11-08 23:30:59">November 8</time>`, "2023-11-08"},
		{"a local clock at another second is another time",
			`<meta property="article:published_time" content="2023-11-09T05:30:59Z">`,
			`<time datetime="2023-11-08 23:30:12">November 8</time>`, "2023-11-09"},
		{"the zone guess does not move it off the shown day",
			`<link rel="canonical" href="https://news.example.us/a"><meta property="article:published_time" content="2018-01-28T03:38:45Z">`,
			`<div class="entry-date">January 28, 2018</div>`, "2018-01-28"},
		{"the zone guess stands without a shown day",
			`<link rel="canonical" href="https://news.example.us/a"><meta property="article:published_time" content="2018-01-28T03:38:45Z">`,
			``, "2018-01-27"},
		{"local midnight is the site's day",
			`<link rel="canonical" href="https://www.example.de/a"><meta property="article:published_time" content="2022-11-06T23:00:00Z">`,
			`<div class="date">6.11.22</div>`, "2022-11-07"},
	} {
		page := articlePage("<title>Council Votes</title>"+tt.head, "<h1>Council Votes</h1>"+tt.body+paragraphs(6))
		if got := publishedDay(t, page, Options{}); got != tt.want {
			t.Errorf("%s: published = %s, want %s", tt.name, got, tt.want)
		}
	}
}

// With no declared date, the date element that shows the dateline's day
// beats the first date element on the page, a sidebar's.
func TestDateElementAtTheHeadline(t *testing.T) {
	body := `<aside><div class="event-date">19.1.23, 10:00-11:30 Uhr</div></aside><h1>Council Votes</h1>` +
		`<div class="date">20.12.2022</div>` + paragraphs(6)
	if got := publishedDay(t, councilPage(body), Options{}); got != "2022-12-20" {
		t.Errorf("published = %s, want 2022-12-20", got)
	}
}

// With no declared date, a date right under the headline beats the page's
// date elements, which may be a sidebar's or a comment's.
func TestDateRightUnderTheHeadline(t *testing.T) {
	body := `<h1>Council Votes</h1><p>Teile: 24.01.2022 11:38 Kategorie: News</p>` + paragraphs(6) +
		`<aside><div class="post-date">9. Oktober 2021</div></aside>`
	if got := publishedDay(t, councilPage(body), Options{}); got != "2022-01-24" {
		t.Errorf("published = %s, want 2022-01-24", got)
	}
}

// With no declared date, a labelled publication date beats a date element
// that a comment carries; an update's label does not.
func TestLabelledPublicationDate(t *testing.T) {
	for _, tt := range []struct{ name, label, want string }{
		{"published", `<p><span>Veröffentlicht am</span> 16.08.2019 Dauer: 1 Stunde</p>`, "2019-08-16"},
		{"updated", `<p><span>Aktualisiert am</span> 16.08.2019</p>`, "2019-08-24"},
	} {
		body := `<h1>Council Votes</h1>` + paragraphs(6) + tt.label +
			`<div class="comment"><span class="comment-date">Peter sagt: 24. August 2019 um 03:36 Uhr</span></div>`
		if got := publishedDay(t, councilPage(body), Options{}); got != tt.want {
			t.Errorf("%s: published = %s, want %s", tt.name, got, tt.want)
		}
	}
}

// The text kept after the headline is measured with its spaces collapsed:
// a page indented deeply still shows its dateline within the window.
func TestDatelineAfterIndentation(t *testing.T) {
	indent := "\n" + strings.Repeat("\t", 60)
	body := `<h1>Council Votes</h1>` + strings.Repeat(`<div>`+indent+`</div>`, 10) +
		`<p>von Marianne1 am 20.09.2020</p>` + paragraphs(6) + `<time datetime="2020-09-23T18:19:06+02:00">Kommentar</time>`
	if got := publishedDay(t, councilPage(body), Options{}); got != "2020-09-20" {
		t.Errorf("published = %s, want 2020-09-20", got)
	}
}

// A /29-10-2021 path segment gives the date when the page gives none.
func TestDayFirstDateInTheURL(t *testing.T) {
	for _, tt := range []struct{ url, body, want string }{
		{"https://example.org/meldungen/29-10-2021", "", "2021-10-29"},
		{"https://example.org/meldungen/29-10-2021", `<div class="date">3. November 2021</div>`, "2021-11-03"},
		{"https://example.org/meldungen/10-2021", "", "0001-01-01"},
	} {
		body := `<h1>Council Votes</h1>` + paragraphs(6) + tt.body
		if got := publishedDay(t, councilPage(body), Options{URL: tt.url}); got != tt.want {
			t.Errorf("%s %q: published = %s, want %s", tt.url, tt.body, got, tt.want)
		}
	}
}

func TestHasYear(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"3 May 2021", true},
		{"1999", true},
		{"am 12.03.19", false},
		{"5 comments, 10:30", false},
		{"2100 km", false},
		{"1899", false},
		{"201", false},
	} {
		if got := hasYear(tt.text); got != tt.want {
			t.Errorf("hasYear(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
