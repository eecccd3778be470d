package extract

import (
	"bytes"
	"context"
	"errors"
	"io"
	"math/rand"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/text/encoding/charmap"
)

// The hostile-input suite of the library: every input ends with an article
// or a documented error, in time proportional to its size. Inputs are built
// on the fly; the large ones skip in -short mode.

const hostileProse = "The council met on Tuesday to weigh the proposal, which would change how the city funds its libraries. "

func hostileArticle() string {
	return "<article><h1>Budget vote</h1><p>" + strings.Repeat(hostileProse, 3) + "</p><p>" + strings.Repeat(hostileProse, 2) + "</p></article>"
}

func TestHostileDeepNesting(t *testing.T) {
	for _, tag := range []string{"div", "font", "span", "table"} {
		t.Run(tag, func(t *testing.T) {
			page := "<html><body>" + strings.Repeat("<"+tag+">", 100_000) + hostileArticle() + "</body></html>"
			start := time.Now()
			art, err := FromBytes(context.Background(), []byte(page), Options{})
			if err != nil {
				t.Fatalf("FromBytes: %v", err)
			}
			if !strings.Contains(art.Text, "The council met on Tuesday") {
				t.Errorf("article lost under 100,000 <%s>: %.200q", tag, art.Text)
			}
			t.Logf("100,000 unclosed <%s>: %v", tag, time.Since(start))
		})
	}
}

func TestHostileBytes(t *testing.T) {
	random := make([]byte, 1<<16)
	rand.New(rand.NewSource(1)).Read(random)
	cases := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"whitespace", []byte(" \t\r\n\n   ")},
		{"png", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), random[:256]...)},
		{"pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog>>endobj")},
		{"random bytes", random},
		{"nul bytes", append([]byte("<html><body><p>text"), make([]byte, 4096)...)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := FromBytes(context.Background(), c.data, Options{})
			if !errors.Is(err, ErrNotHTML) {
				t.Fatalf("err = %v, want ErrNotHTML", err)
			}
		})
	}
}

func TestHostileEncodings(t *testing.T) {
	russian := "Бюджет библиотек города обсуждали во вторник, и совет решил отложить голосование до осени. "
	article := func(meta string) string {
		return "<html><head>" + meta + "<title>Бюджет</title></head><body><article><p>" +
			strings.Repeat(russian, 4) + "</p></article></body></html>"
	}
	cp1251 := func(s string) []byte {
		b, _ := charmap.Windows1251.NewEncoder().Bytes([]byte(s))
		return b
	}
	cases := []struct {
		name string
		data []byte
		want string // "" when any article or documented error will do
	}{
		{"invalid UTF-8", []byte("<article><p>" + strings.Repeat(hostileProse, 3) + "\xff\xfe\xc3(</p></article>"), "The council met"},
		{"truncated multibyte", []byte("<article><p>" + strings.Repeat(hostileProse, 3) + "Grö\xc3"), "The council met"},
		{"declared windows-1251, bytes UTF-8", []byte(article(`<meta charset="windows-1251">`)), "Бюджет библиотек"},
		{"declared UTF-8, bytes windows-1251", cp1251(article(`<meta charset="utf-8">`)), ""},
		{"UTF-8 BOM against a windows-1251 meta", append([]byte("\xEF\xBB\xBF"), article(`<meta charset="windows-1251">`)...), "Бюджет библиотек"},
		{"undeclared windows-1251", cp1251(article("")), "Бюджет библиотек"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			art, err := FromBytes(context.Background(), c.data, Options{})
			if err != nil {
				if c.want != "" || !(errors.Is(err, ErrNotHTML) || errors.Is(err, ErrNoArticle)) {
					t.Fatalf("FromBytes: %v", err)
				}
				return
			}
			if c.want != "" && !strings.Contains(art.Text, c.want) {
				t.Errorf("text lacks %q: %.200q", c.want, art.Text)
			}
			if strings.Contains(art.Text, "Ð") || strings.Contains(art.Text, "Р±") {
				t.Errorf("mojibake: %.200q", art.Text)
			}
		})
	}
}

// TestHostileSizes times large pathological pages against a bare parse of
// the same bytes: pith may cost a bounded multiple of the parse, never a
// quadratic one.
func TestHostileSizes(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	cases := []struct {
		name string
		page func() []byte
	}{
		{"1,000,000 elements", func() []byte {
			return []byte("<html><body>" + hostileArticle() + strings.Repeat("<span>x</span>", 1_000_000) + "</body></html>")
		}},
		{"50 MB text node", func() []byte {
			return []byte("<html><body>" + hostileArticle() + "<p>" + strings.Repeat("word ", 10<<20) + "</p></body></html>")
		}},
		{"10 MB attribute", func() []byte {
			return []byte(`<html><body><div data-x="` + strings.Repeat("a", 10<<20) + `">` + hostileArticle() + "</div></body></html>")
		}},
		{"100,000 paragraphs", func() []byte {
			return []byte("<html><body><article>" + strings.Repeat("<p>"+hostileProse+"</p>", 100_000) + "</article></body></html>")
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			page := c.page()
			start := time.Now()
			if _, err := html.Parse(bytes.NewReader(page)); err != nil {
				t.Fatal(err)
			}
			parse := time.Since(start)
			start = time.Now()
			art, err := FromBytes(context.Background(), page, Options{})
			took := time.Since(start)
			if err != nil {
				t.Fatalf("FromBytes: %v", err)
			}
			if !strings.Contains(art.Text, "The council met") {
				t.Errorf("article lost")
			}
			t.Logf("%.1f MB: bare parse %v, pith %v (%.1fx)", float64(len(page))/1e6, parse, took, float64(took)/float64(parse))
			if took > 40*parse+2*time.Second {
				t.Errorf("pith took %v, %.0fx a bare parse (%v)", took, float64(took)/float64(parse), parse)
			}
		})
	}
}

// endless yields the same bytes forever.
type endless struct{ chunk []byte }

func (e endless) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		n += copy(p[n:], e.chunk)
	}
	return n, nil
}

func TestReadLimitedStopsAtTheLimit(t *testing.T) {
	const limit = 10 << 20
	data, err := ReadLimited(endless{[]byte("<p>aaaa</p>")}, limit)
	if !errors.Is(err, ErrTooLarge) || data != nil {
		t.Fatalf("err = %v", err)
	}
	got, err := ReadLimited(io.LimitReader(endless{[]byte("x")}, limit), limit)
	if err != nil || len(got) != limit || cap(got) > limit+1 {
		t.Fatalf("exactly the limit: len %d cap %d err %v", len(got), cap(got), err)
	}
}

// This stop's new stages on hostile input: a <noscript> holding deep or
// huge markup, an HTML articleBody with scripts, and many stories with
// headlines of their own. Each ends with the article, in bounded time.
func TestHostileNewStages(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	paras := strings.Repeat("<p>"+hostileProse+"</p>", 3)
	cases := []struct{ name, page, want string }{
		{"deep markup in a noscript",
			"<html><body>" + hostileArticle() + "<noscript>" + paras + strings.Repeat("<div>", 10_000) + paras + "</noscript></body></html>",
			"The council met on Tuesday"},
		{"a 10 MB noscript",
			"<html><body>" + hostileArticle() + "<noscript>" + strings.Repeat(paras, 20_000) + "</noscript></body></html>",
			"The council met on Tuesday"},
		{"an articleBody of scripts",
			`<html><head><title>Budget vote</title><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"<script>alert(1)</script>` +
				strings.Repeat("<p>x</p>", 1000) + `"}</script></head><body><h1>Budget vote</h1><p>Short.</p></body></html>`,
			"x"},
		{"20,000 stories with headlines",
			"<html><head><title>Budget vote</title></head><body>" + hostileArticle() +
				strings.Repeat("<article><h1>Another story here</h1><p>"+hostileProse+"</p></article>", 20_000) + "</body></html>",
			"The council met on Tuesday"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			start := time.Now()
			art, err := FromBytes(context.Background(), []byte(c.page), Options{})
			if err != nil {
				t.Fatalf("FromBytes: %v", err)
			}
			if !strings.Contains(art.Text, c.want) {
				t.Errorf("the article is lost: %.200q", art.Text)
			}
			if strings.Contains(art.Text, "alert(1)") {
				t.Errorf("a script's text leaked: %.200q", art.Text)
			}
			if elapsed := time.Since(start); elapsed > 20*time.Second {
				t.Errorf("%s took %v", c.name, elapsed)
			}
			t.Logf("%s: %v, %d bytes of text", c.name, time.Since(start), len(art.Text))
		})
	}
}

// Letters whose lower case is longer or shorter in UTF-8 ("Ⱥ" becomes
// three bytes, the Kelvin sign one) must not shift the offsets that the
// line rules find in a lower-cased copy and cut the line with: each of
// these lines once cut out of range and panicked.
func TestLowerCaseOffsets(t *testing.T) {
	if got := lowerAligned("Ⱥ\u212aÄB"); got != "Ⱥ\u212aäb" { // the Kelvin sign stays
		t.Errorf("lowerAligned = %q", got)
	}
	if isDatedCategoryLine("ȺȺȺȺȺȺȺȺ 24.01.2022 kategorie: x") {
		t.Error("a line of letters read as a date line")
	}
	if got := afterDatedPrefix("ȺȺȺȺȺȺȺȺ 3 March 2020 by Jane Doe"); got != "Jane Doe" {
		t.Errorf("afterDatedPrefix = %q", got)
	}
	copyrightHolder("© ȺȺȺȺȺȺȺȺȺȺ all rights reserved")
}
