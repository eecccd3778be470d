package batch

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/pithtool/pith/extract"
	"github.com/pithtool/pith/internal/fetch"
	"github.com/pithtool/pith/internal/warctest"
	"golang.org/x/text/encoding/charmap"
)

// testConfig extracts with the real library and renders the text only.
func testConfig(stdout, stderr *bytes.Buffer) Config {
	cfg := Config{
		Stdin: strings.NewReader(""),
		Jobs:  4, Extension: ".txt", Timeout: 10 * time.Second, MaxSize: 1 << 20,
		Fetcher: fetch.New(fetch.Options{}),
		Extract: func(ctx context.Context, p *Page) (*extract.Article, error) {
			return extract.FromBytes(ctx, p.Data, extract.Options{URL: p.URL, ContentType: p.ContentType})
		},
		Render: func(art *extract.Article, source string) ([]byte, error) {
			return []byte(art.Title + "\n"), nil
		},
	}
	if stdout != nil {
		cfg.Stdout, cfg.Stderr = stdout, stderr
	}
	return cfg
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// writePages writes n article pages p00.html … into dir and returns their paths.
func writePages(t *testing.T, dir string, n int) []string {
	t.Helper()
	var paths []string
	for i := 0; i < n; i++ {
		p := filepath.Join(dir, fmt.Sprintf("p%02d.html", i))
		writeFile(t, p, warctest.Page(i))
		paths = append(paths, p)
	}
	return paths
}

// TestOrderKeptWhateverTheTiming extracts with random delays on 8 workers:
// stdout must still follow input order.
func TestOrderKeptWhateverTheTiming(t *testing.T) {
	inputs := writePages(t, t.TempDir(), 60)
	var out, errs bytes.Buffer
	cfg := testConfig(&out, &errs)
	cfg.Inputs, cfg.Jobs = inputs, 8
	extractFn := cfg.Extract
	cfg.Extract = func(ctx context.Context, p *Page) (*extract.Article, error) {
		time.Sleep(time.Duration(rand.Intn(5)) * time.Millisecond)
		return extractFn(ctx, p)
	}
	sum, err := Run(context.Background(), cfg)
	if err != nil || sum.OK != 60 {
		t.Fatalf("sum %+v err %v stderr %s", sum, err, errs.String())
	}
	var want strings.Builder
	for i := 0; i < 60; i++ {
		fmt.Fprintf(&want, "Story %d\n", i)
	}
	if out.String() != want.String() {
		t.Errorf("out of order:\n%s", out.String())
	}
}

// TestBoundedWindow checks that the producer never runs more than the
// window ahead of the slowest unfinished input.
func TestBoundedWindow(t *testing.T) {
	inputs := writePages(t, t.TempDir(), 40)
	var out, errs bytes.Buffer
	cfg := testConfig(&out, &errs)
	cfg.Inputs, cfg.Jobs = inputs, 2
	var started, whileHeld atomic.Int64
	release := make(chan struct{})
	extractFn := cfg.Extract
	cfg.Extract = func(ctx context.Context, p *Page) (*extract.Article, error) {
		started.Add(1)
		if bytes.Contains(p.Data, []byte("Story 0<")) {
			<-release // the first input is slow
		}
		return extractFn(ctx, p)
	}
	go func() {
		time.Sleep(300 * time.Millisecond)
		whileHeld.Store(started.Load())
		close(release)
	}()
	sum, err := Run(context.Background(), cfg)
	if err != nil || sum.OK != 40 {
		t.Fatal(sum, err)
	}
	if limit := int64(2*cfg.Jobs + 2); whileHeld.Load() > limit || whileHeld.Load() < 2 {
		t.Errorf("%d inputs started while the first was held; window is %d", whileHeld.Load(), limit)
	}
}

func TestFolderToFolder(t *testing.T) {
	in, out := t.TempDir(), filepath.Join(t.TempDir(), "out")
	writeFile(t, filepath.Join(in, "a", "b.html"), warctest.Page(1))
	writeFile(t, filepath.Join(in, "a", "c.htm"), warctest.Page(2))
	writeFile(t, filepath.Join(in, "d.xhtml"), warctest.Page(3))
	writeFile(t, filepath.Join(in, "notes.txt"), []byte("not a page"))
	writeFile(t, filepath.Join(in, "broken.html"), []byte("\x89PNG\r\n\x1a\n\x00\x00"))
	if err := os.Symlink(in, filepath.Join(in, "a", "loop")); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	cfg := testConfig(&stdout, &stderr)
	cfg.Inputs, cfg.OutputDir = []string{in}, out
	cfg.LogPath = filepath.Join(t.TempDir(), "log.jsonl")
	sum, err := Run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if sum.OK != 3 || sum.Failed != 2 {
		t.Errorf("summary %+v; stderr:\n%s", sum, stderr.String())
	}
	for name, want := range map[string]string{"a/b.txt": "Story 1\n", "a/c.txt": "Story 2\n", "d.txt": "Story 3\n"} {
		got, err := os.ReadFile(filepath.Join(out, name))
		if err != nil || string(got) != want {
			t.Errorf("%s = %q, %v", name, got, err)
		}
	}
	if !strings.Contains(stderr.String(), "symbolic link loop") || !strings.Contains(stderr.String(), "broken.html: not HTML") {
		t.Errorf("stderr lacks the loop or the broken file:\n%s", stderr.String())
	}
	if stdout.Len() != 0 {
		t.Errorf("stdout not empty with -o: %q", stdout.String())
	}
	logData, _ := os.ReadFile(cfg.LogPath)
	lines := strings.Split(strings.TrimSpace(string(logData)), "\n")
	if len(lines) != 5 {
		t.Fatalf("log has %d lines, want 5:\n%s", len(lines), logData)
	}
	var rec logRecord
	if err := json.Unmarshal([]byte(lines[0]), &rec); err != nil || rec.Status == "" || rec.Source == "" {
		t.Errorf("log record %q: %v", lines[0], err)
	}
	leftovers, _ := filepath.Glob(filepath.Join(out, "*", ".pith-*"))
	if len(leftovers) > 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}

	// A second run with SkipExisting does nothing.
	cfg.SkipExisting = true
	cfg.LogPath = ""
	sum, err = Run(context.Background(), cfg)
	if err != nil || sum.Skipped != 3 || sum.OK != 0 {
		t.Errorf("resume: %+v %v", sum, err)
	}
}

func TestWARCRecords(t *testing.T) {
	dir := t.TempDir()
	var recs []warctest.Record
	for i := 0; i < 5; i++ {
		recs = append(recs, warctest.Record{URI: fmt.Sprintf("https://example.com/2024/story-%d.html", i), Body: warctest.Page(i)})
	}
	// A page larger than gowarc's read buffer, whose charset only the
	// HTTP header gives.
	big := "<html><body><article><h1>Большая статья</h1>" + strings.Repeat("<p>Длинный абзац русского текста, который повторяется много раз подряд.</p>", 300) + "</article></body></html>"
	bigCP1251, _ := charmap.Windows1251.NewEncoder().Bytes([]byte(big))
	recs = append(recs,
		warctest.Record{URI: "https://example.ru/big", ContentType: "text/html; charset=windows-1251", Body: bigCP1251},
		warctest.Record{URI: "https://example.com/logo.png", ContentType: "image/png", Body: []byte("\x89PNG")},
		warctest.Record{URI: "https://example.com/moved", Status: 301, Body: nil})
	for _, gz := range []bool{false, true} {
		var b bytes.Buffer
		if err := warctest.Write(&b, recs, gz); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, fmt.Sprintf("crawl-%v.warc", gz))
		if gz {
			path += ".gz"
		}
		writeFile(t, path, b.Bytes())
		var out, errs bytes.Buffer
		cfg := testConfig(&out, &errs)
		cfg.Inputs = []string{path}
		cfg.Render = func(art *extract.Article, source string) ([]byte, error) {
			if strings.HasPrefix(source, "https://example.ru/") {
				return []byte(fmt.Sprintf("%s %d paragraphs\n", art.Title, strings.Count(art.Text, "Длинный абзац"))), nil
			}
			return []byte(source + " " + art.URL + " " + art.Title + "\n"), nil
		}
		sum, err := Run(context.Background(), cfg)
		if err != nil || sum.OK != 6 || sum.Total() != 6 {
			t.Fatalf("gz=%v: %+v %v %s", gz, sum, err, errs.String())
		}
		if !strings.Contains(out.String(), "Большая статья 300 paragraphs\n") {
			t.Errorf("gz=%v: large windows-1251 record wrong:\n%s", gz, out.String())
		}
		for i := 0; i < 5; i++ {
			u := fmt.Sprintf("https://example.com/2024/story-%d.html", i)
			if !strings.Contains(out.String(), u+" "+u+" Story "+fmt.Sprint(i)+"\n") {
				t.Errorf("gz=%v: record %d missing:\n%s", gz, i, out.String())
			}
		}
	}
}

func TestStdinKinds(t *testing.T) {
	var warc bytes.Buffer
	_ = warctest.Write(&warc, []warctest.Record{{URI: "https://e.com/a", Body: warctest.Page(7)}}, true)
	jsonl := `{"url":"https://e.com/x","html":` + jsonString(warctest.Page(8)) + "}\n" +
		`{"html":` + jsonString(warctest.Page(9)) + "}\n"
	cases := []struct {
		name, stdin, want string
	}{
		{"page", string(warctest.Page(1)), "Story 1\n"},
		{"warc.gz", warc.String(), "Story 7\n"},
		{"jsonl", jsonl, "Story 8\nStory 9\n"},
	}
	for _, c := range cases {
		var out, errs bytes.Buffer
		cfg := testConfig(&out, &errs)
		cfg.Stdin = strings.NewReader(c.stdin)
		if _, err := Run(context.Background(), cfg); err != nil || out.String() != c.want {
			t.Errorf("%s: out %q err %v stderr %s", c.name, out.String(), err, errs.String())
		}
	}
}

func jsonString(b []byte) string {
	out, _ := json.Marshal(string(b))
	return string(out)
}

// TestCancelStopsCleanly cancels a run midway: it stops taking inputs,
// reports itself interrupted, and leaves only complete output files.
func TestCancelStopsCleanly(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	for i := 0; i < 200; i++ {
		writeFile(t, filepath.Join(in, fmt.Sprintf("p%03d.html", i)), warctest.Page(i))
	}
	ctx, cancel := context.WithCancel(context.Background())
	var stdout, stderr bytes.Buffer
	cfg := testConfig(&stdout, &stderr)
	cfg.Inputs, cfg.OutputDir, cfg.Jobs = []string{in}, out, 2
	var n atomic.Int64
	extractFn := cfg.Extract
	cfg.Extract = func(ctx context.Context, p *Page) (*extract.Article, error) {
		if n.Add(1) == 20 {
			cancel()
		}
		return extractFn(ctx, p)
	}
	sum, err := Run(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if !sum.Interrupted || sum.Total() >= 200 {
		t.Errorf("summary %+v", sum)
	}
	files, _ := os.ReadDir(out)
	for _, f := range files {
		if strings.HasPrefix(f.Name(), ".pith-") {
			t.Errorf("temporary file left: %s", f.Name())
			continue
		}
		data, _ := os.ReadFile(filepath.Join(out, f.Name()))
		if !strings.HasPrefix(string(data), "Story ") || !strings.HasSuffix(string(data), "\n") {
			t.Errorf("incomplete output %s: %q", f.Name(), data)
		}
	}
	if !strings.Contains(stderr.String(), "(interrupted)") {
		t.Errorf("summary does not say interrupted: %s", stderr.String())
	}
}

func TestNeverOverwritesInput(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "p.html")
	writeFile(t, page, warctest.Page(1))
	var stdout, stderr bytes.Buffer
	cfg := testConfig(&stdout, &stderr)
	cfg.Inputs, cfg.OutputDir, cfg.Extension = []string{page}, dir, ".html"
	sum, err := Run(context.Background(), cfg)
	if err != nil || sum.Failed != 1 {
		t.Fatalf("%+v %v", sum, err)
	}
	if data, _ := os.ReadFile(page); !bytes.Equal(data, warctest.Page(1)) {
		t.Error("input overwritten")
	}
	if !strings.Contains(stderr.String(), "would overwrite the input") {
		t.Errorf("stderr: %s", stderr.String())
	}
}

func TestOutputNames(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://example.com/2019/03/article.html", "example.com/2019/03/article"},
		{"https://example.com/", "example.com/index"},
		{"https://example.com/a/../../../etc/passwd", "example.com/a/etc/passwd"},
		{"https://example.com/news?id=7&x=%2F", "example.com/news_id=7&x=%2F"},
		{"https://example.com/%00evil\x01", "example.com/%00evil_"},
	}
	for _, tt := range tests {
		if got := nameFromURL(tt.in); got != tt.want {
			t.Errorf("nameFromURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := nameFromFile("../x/./y.html.gz"); got != "x/y" {
		t.Errorf("nameFromFile = %q", got)
	}
	r := nameRegistry{}
	if a, b := r.claim("x/a"), r.claim("x/a"); a != "x/a" || b != "x/a-2" {
		t.Errorf("claims %q %q", a, b)
	}
	for _, name := range []string{"../../etc", "/abs/path", "a/\x00/b"} {
		if p := outputPath("/out", cleanRelPath(name), ".txt"); !strings.HasPrefix(p, "/out/") {
			t.Errorf("%q escapes: %s", name, p)
		}
	}
}

func TestInputList(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.html"), warctest.Page(1))
	writeFile(t, filepath.Join(dir, "b.html"), warctest.Page(2))
	list := "# pages\n" + filepath.Join(dir, "a.html") + "\n\n  " + filepath.Join(dir, "b.html") + "  \n"
	var out, errs bytes.Buffer
	cfg := testConfig(&out, &errs)
	cfg.InputFile, cfg.Stdin = "-", strings.NewReader(list)
	sum, err := Run(context.Background(), cfg)
	if err != nil || sum.OK != 2 || out.String() != "Story 1\nStory 2\n" {
		t.Errorf("%+v %v %q %s", sum, err, out.String(), errs.String())
	}
}

func TestPanicIsOneFailure(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.html"), warctest.Page(1))
	writeFile(t, filepath.Join(dir, "b.html"), warctest.Page(2))
	var out, errs bytes.Buffer
	cfg := testConfig(&out, &errs)
	cfg.Inputs = []string{filepath.Join(dir, "a.html"), filepath.Join(dir, "b.html")}
	extractFn := cfg.Extract
	cfg.Extract = func(ctx context.Context, p *Page) (*extract.Article, error) {
		if bytes.Contains(p.Data, []byte("Story 1<")) {
			panic("boom")
		}
		return extractFn(ctx, p)
	}
	sum, err := Run(context.Background(), cfg)
	if err != nil || sum.Failed != 1 || sum.OK != 1 || !strings.Contains(errs.String(), "internal error: boom") {
		t.Errorf("%+v %v %s", sum, err, errs.String())
	}
	if errors.Is(err, context.Canceled) {
		t.Error("cancelled")
	}
}

// TestProgressOnlyWhenAsked draws the bar when Progress is set (stderr is
// a terminal) and never otherwise; Quiet silences it.
func TestProgressOnlyWhenAsked(t *testing.T) {
	inputs := writePages(t, t.TempDir(), 30)
	for _, c := range []struct {
		progress, quiet, want bool
	}{{true, false, true}, {false, false, false}, {true, true, false}} {
		var out, errs bytes.Buffer
		cfg := testConfig(&out, &errs)
		cfg.Inputs, cfg.Progress, cfg.Quiet = inputs, c.progress, c.quiet
		slow := cfg.Extract
		cfg.Extract = func(ctx context.Context, p *Page) (*extract.Article, error) {
			time.Sleep(10 * time.Millisecond)
			return slow(ctx, p)
		}
		if _, err := Run(context.Background(), cfg); err != nil {
			t.Fatal(err)
		}
		drawn := strings.Contains(errs.String(), "\r\033[K")
		if drawn != c.want || (drawn && !strings.Contains(errs.String(), "/30")) {
			t.Errorf("progress=%v quiet=%v: stderr %q", c.progress, c.quiet, errs.String())
		}
	}
}
