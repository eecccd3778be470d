package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/pithtool/pith/internal/warctest"
	"golang.org/x/text/encoding/charmap"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"pith": func() {
			os.Exit(int(Main(os.Args[1:], Streams{In: os.Stdin, Out: os.Stdout, Err: os.Stderr})))
		},
	})
}

// TestScript runs the CLI scripts in testdata/script. Each script gets
// $PAGES (the golden pages) and $SERVER (a local HTTP server, see
// newTestServer).
func TestScript(t *testing.T) {
	pages, err := filepath.Abs("../../testdata/pages")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: "../../testdata/script",
		Setup: func(env *testscript.Env) error {
			srv := newTestServer(t, pages)
			env.Defer(srv.Close)
			env.Setenv("PAGES", pages)
			env.Setenv("SERVER", srv.URL)
			return nil
		},
		UpdateScripts: os.Getenv("UPDATE_SCRIPTS") != "",
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"mkwarc":  mkwarc,
			"mkpages": mkpages,
		},
	})
}

// mkwarc FILE FIRST COUNT writes a WARC file (gzip-compressed per record
// when FILE ends in .gz) of COUNT article records numbered from FIRST.
func mkwarc(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: mkwarc FILE FIRST COUNT")
	}
	first, err1 := strconv.Atoi(args[1])
	count, err2 := strconv.Atoi(args[2])
	if err1 != nil || err2 != nil {
		ts.Fatalf("mkwarc: bad numbers")
	}
	var recs []warctest.Record
	for i := first; i < first+count; i++ {
		recs = append(recs, warctest.Record{URI: fmt.Sprintf("https://example.com/news/story-%d.html", i), Body: warctest.Page(i)})
	}
	var b bytes.Buffer
	ts.Check(warctest.Write(&b, recs, strings.HasSuffix(args[0], ".gz")))
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), b.Bytes(), 0o644))
}

// mkpages DIR COUNT writes COUNT article pages as DIR/sub/pageN.html.
func mkpages(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: mkpages DIR COUNT")
	}
	count, err := strconv.Atoi(args[1])
	ts.Check(err)
	for i := 0; i < count; i++ {
		path := filepath.Join(ts.MkAbs(args[0]), fmt.Sprintf("sub%d", i%3), fmt.Sprintf("page%d.html", i))
		ts.Check(os.MkdirAll(filepath.Dir(path), 0o755))
		ts.Check(os.WriteFile(path, warctest.Page(i), 0o644))
	}
}

// newTestServer serves the seed page in the ways the URL tests need.
func newTestServer(t *testing.T, pages string) *httptest.Server {
	article, err := os.ReadFile(filepath.Join(pages, "sputnik-utf8", "source.html"))
	if err != nil {
		t.Fatal(err)
	}
	// The same page in windows-1251 with no <meta> charset: only the
	// header says what it is.
	noMeta := strings.Replace(string(article), `<meta charset="utf-8">`, "", 1)
	cp1251, err := charmap.Windows1251.NewEncoder().Bytes([]byte(noMeta))
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	html := func(body []byte, contentType string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", contentType)
			_, _ = w.Write(body)
		}
	}
	mux.HandleFunc("/article.html", html(article, "text/html; charset=utf-8"))
	mux.HandleFunc("/cp1251.html", html(cp1251, "text/html; charset=windows-1251"))
	mux.HandleFunc("/image.png", html([]byte("\x89PNG\r\n\x1a\n0000"), "image/png"))
	mux.HandleFunc("/nav.html", html([]byte(`<html><body><nav><a href="/">Home</a></nav></body></html>`), "text/html"))
	mux.HandleFunc("/user-agent", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		_, _ = w.Write([]byte("<html><body><article><p>" + strings.Repeat("The agent was "+r.UserAgent()+". ", 10) + "</p></article></body></html>"))
	})
	mux.HandleFunc("/gzip.html", func(w http.ResponseWriter, r *http.Request) {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		_, _ = zw.Write(article)
		_ = zw.Close()
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Encoding", "gzip")
		_, _ = w.Write(b.Bytes())
	})
	mux.Handle("/moved", http.RedirectHandler("/article.html", http.StatusMovedPermanently))
	mux.Handle("/loop", http.RedirectHandler("/loop", http.StatusFound))
	mux.Handle("/to-ftp", http.RedirectHandler("ftp://example.com/page.html", http.StatusFound))
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(http.StatusOK)
		w.(http.Flusher).Flush()
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		_, _ = w.Write([]byte("<html><body><p>"))
		chunk := bytes.Repeat([]byte("big page "), 1<<10)
		for i := 0; i < 300; i++ { // about 2.7 MB, sent without a Content-Length
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	return httptest.NewServer(mux)
}
