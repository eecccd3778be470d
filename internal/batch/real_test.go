package batch

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pithtool/pith/extract"
	"github.com/pithtool/pith/internal/warctest"
)

// TestRealFolder runs the batch over trafilatura-eval's 990 saved pages
// with broken files mixed in: one output per page, the tree mirrored, the
// broken files reported, a resume that does nothing, and a WARC of the same
// pages giving the same texts. It skips without ../shared/data.
func TestRealFolder(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	src := "../../../shared/data/trafilatura-eval/html"
	pages, _ := filepath.Glob(filepath.Join(src, "*.html.gz"))
	if len(pages) == 0 {
		t.Skip("no ../shared/data/trafilatura-eval")
	}
	in := t.TempDir()
	for i, p := range pages {
		abs, _ := filepath.Abs(p)
		sub := []string{"a", "b/c", "d"}[i%3]
		if err := os.MkdirAll(filepath.Join(in, sub), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(abs, filepath.Join(in, sub, filepath.Base(p))); err != nil {
			t.Fatal(err)
		}
	}
	writeFile(t, filepath.Join(in, "b", "image.html"), []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	writeFile(t, filepath.Join(in, "d", "empty.htm"), nil)
	writeFile(t, filepath.Join(in, "d", "truncated.html.gz"), []byte{0x1f, 0x8b, 0x08, 0x00})
	if err := os.Symlink(filepath.Join(in, "nowhere"), filepath.Join(in, "a", "dangling.html")); err != nil {
		t.Fatal(err)
	}

	out := filepath.Join(t.TempDir(), "out")
	var stdout, stderr bytes.Buffer
	cfg := testConfig(&stdout, &stderr)
	cfg.Inputs, cfg.OutputDir, cfg.Jobs, cfg.MaxSize = []string{in}, out, 2, 50<<20
	cfg.LogPath = filepath.Join(t.TempDir(), "log.jsonl")
	cfg.Render = func(art *extract.Article, source string) ([]byte, error) { return []byte(art.Text + "\n"), nil }
	sum, err := Run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if sum.OK != len(pages) || sum.Failed != 4 {
		t.Fatalf("summary %+v; stderr:\n%s", sum, stderr.String())
	}
	for _, bad := range []string{"image.html: not HTML", "empty.htm: not HTML: empty input", "truncated.html.gz: gunzip", "dangling.html: broken symbolic link"} {
		if !strings.Contains(stderr.String(), bad) {
			t.Errorf("stderr lacks %q", bad)
		}
	}
	outputs, _ := filepath.Glob(filepath.Join(out, "*", "*.txt"))
	deeper, _ := filepath.Glob(filepath.Join(out, "*", "*", "*.txt"))
	if len(outputs)+len(deeper) != len(pages) {
		t.Errorf("%d output files for %d pages", len(outputs)+len(deeper), len(pages))
	}
	logData, _ := os.ReadFile(cfg.LogPath)
	if n := strings.Count(string(logData), "\n"); n != len(pages)+4 {
		t.Errorf("log has %d records", n)
	}

	cfg.SkipExisting, cfg.LogPath = true, ""
	sum, err = Run(context.Background(), cfg)
	if err != nil || sum.Skipped != len(pages) || sum.OK != 0 {
		t.Errorf("resume: %+v %v", sum, err)
	}

	// The same pages in a WARC give the same texts as the folder.
	var recs []warctest.Record
	for _, p := range pages[:100] {
		data, err := readFile(p, 50<<20)
		if err != nil {
			t.Fatal(err)
		}
		recs = append(recs, warctest.Record{URI: "https://example.org/" + filepath.Base(p), ContentType: "text/html", Body: data})
	}
	var warc bytes.Buffer
	if err := warctest.Write(&warc, recs, true); err != nil {
		t.Fatal(err)
	}
	warcPath := filepath.Join(t.TempDir(), "pages.warc.gz")
	writeFile(t, warcPath, warc.Bytes())
	var fromWARC, fromFolder bytes.Buffer
	cfg = testConfig(&fromWARC, &stderr)
	cfg.Inputs, cfg.MaxSize = []string{warcPath}, 50<<20
	cfg.Render = func(art *extract.Article, source string) ([]byte, error) { return []byte(art.Text + "\n"), nil }
	if _, err := Run(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	cfg.Stdout, cfg.Inputs = &fromFolder, pages[:100]
	if _, err := Run(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	if fromWARC.Len() == 0 || fromWARC.String() != fromFolder.String() {
		t.Errorf("WARC and folder texts differ (%d vs %d bytes)", fromWARC.Len(), fromFolder.Len())
	}
}
