package extract

import (
	"context"
	"testing"
	"time"
)

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

func TestUTCShifted(t *testing.T) {
	day := func(s string) time.Time {
		d, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	written := day("2022-11-07T00:00:00Z")
	for _, tt := range []struct {
		declared string
		want     bool
	}{
		{"2022-11-06T23:00:00Z", true},       // midnight in Berlin
		{"2022-11-06T13:00:00Z", false},      // the afternoon before: another date of the page
		{"2022-11-08T03:30:00Z", true},       // the evening before in Bogotá
		{"2022-11-06T23:00:00+01:00", false}, // a local time says its own day
		{"2022-11-05T23:00:00Z", false},      // two days apart
	} {
		if got := utcShifted(day(tt.declared), written); got != tt.want {
			t.Errorf("utcShifted(%s, 2022-11-07) = %v, want %v", tt.declared, got, tt.want)
		}
	}
}

// Each case is a page whose date only one source gives, or gives best.
func TestPublishedSources(t *testing.T) {
	tests := []struct {
		name, head, body, want string
	}{
		{"labelled date", "", `<ul><li><span>Datum:</span> 26. Januar 2022</li></ul>`, "2022-01-26"},
		{"RDFa property", "", `<span property="schema:dateCreated" content="2022-01-28T12:45:46+00:00"></span>`, "2022-01-28"},
		{"two-digit year in a date element", "", `<div class="post-created">28.01.22</div>`, "2022-01-28"},
		{"a UTC midnight declared, the local day written",
			`<meta property="article:published_time" content="2022-11-06T23:00:00Z">`,
			`<div class="date">7. November 2022</div>`, "2022-11-07"},
		{"a declared date beats another written date",
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

func TestDatelineAboveTheHeadline(t *testing.T) {
	body := `<p class="kicker">24. April 2020 | Nachricht</p><h1>Council Votes</h1>` + paragraphs(26)
	art, err := FromBytes(context.Background(), articlePage("<title>Council Votes</title>", body), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := art.Published.Format("2006-01-02"); got != "2020-04-24" {
		t.Errorf("published = %s, want 2020-04-24", got)
	}
}
