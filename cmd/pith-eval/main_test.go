package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func gzipFile(t *testing.T, path, content string) {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	_, _ = zw.Write([]byte(content))
	_ = zw.Close()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

const evalPage = `<html><head><title>Budget Vote | Example</title></head><body><nav><a href="/">Home</a></nav>
<article><h1>Budget Vote</h1><p>The council met on Tuesday to weigh the proposal, which would change how the city funds its libraries.</p>
<p>It voted to delay the decision until the autumn session, when the new figures are due.</p></article>
<footer>Impressum</footer></body></html>`

// TestRunOnBothLayouts scores pith on a one-page dataset in each layout of
// ../shared/data and checks the figures it prints.
func TestRunOnBothLayouts(t *testing.T) {
	traf := t.TempDir()
	gzipFile(t, filepath.Join(traf, "html", "a.html.gz"), evalPage)
	meta, _ := json.Marshal(map[string]any{"https://example.com/a": map[string]any{
		"file": "a.html", "with": []string{"council met on Tuesday", "delay the decision"},
		"without": []string{"Impressum", "Home"}, "title": "Budget Vote", "date": "",
	}})
	if err := os.WriteFile(filepath.Join(traf, "evaldata.json"), meta, 0o644); err != nil {
		t.Fatal(err)
	}
	moz := t.TempDir()
	gzipFile(t, filepath.Join(moz, "case1", "source.html.gz"), evalPage)
	_ = os.WriteFile(filepath.Join(moz, "case1", "expected.html"), []byte(`<div><p>The council met on Tuesday to weigh the proposal, which would change how the city funds its libraries.</p><p>It voted to delay the decision until the autumn session, when the new figures are due.</p></div>`), 0o644)
	_ = os.WriteFile(filepath.Join(moz, "case1", "expected-metadata.json"), []byte(`{"title":"Budget Vote"}`), 0o644)

	var out, errs bytes.Buffer
	if code := run([]string{"-baseline", "-worst", "1", traf, moz}, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	got := out.String()
	for _, want := range []string{
		"(trafilatura, 1 pages)",
		"pith                 P 1.000  R 1.000  F 1.000  (TP 2 FN 0 FP 0 TN 2)  title 1.000 (1)",
		"go-readability v2",
		"(mozilla, 1 pages)",
		"pith                 shingle P 1.000  R 1.000  F1 1.000  short 0  title 1.000 (1)",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
}

func TestRunUsage(t *testing.T) {
	var out, errs bytes.Buffer
	if code := run(nil, &out, &errs); code != 2 || !strings.Contains(errs.String(), "usage") {
		t.Errorf("code %d stderr %q", code, errs.String())
	}
	if code := run([]string{t.TempDir()}, &out, &errs); code != 1 {
		t.Errorf("empty folder: code %d", code)
	}
}
