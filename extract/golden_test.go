package extract

import (
	"bytes"
	"compress/gzip"
	"context"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/pages")

// goldenDir is the repository's folder of golden pages.
const goldenDir = "../testdata/pages"

// goldenCase is one folder of testdata/pages: the page (source.html or
// source.html.gz), its address (url.txt, optional) and expected output.
type goldenCase struct {
	name, dir, url string
	page           []byte
}

func loadGoldenCases(t testing.TB) []goldenCase {
	t.Helper()
	dirs, err := filepath.Glob(filepath.Join(goldenDir, "*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no golden pages in %s: %v", goldenDir, err)
	}
	var cases []goldenCase
	for _, dir := range dirs {
		page, err := readSource(dir)
		if err != nil {
			t.Fatalf("%s: %v", dir, err)
		}
		u, _ := os.ReadFile(filepath.Join(dir, "url.txt"))
		cases = append(cases, goldenCase{name: filepath.Base(dir), dir: dir, url: strings.TrimSpace(string(u)), page: page})
	}
	return cases
}

func readSource(dir string) ([]byte, error) {
	if data, err := os.ReadFile(filepath.Join(dir, "source.html")); err == nil {
		return data, nil
	}
	f, err := os.Open(filepath.Join(dir, "source.html.gz"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return gunzip(f)
}

// TestGolden extracts every golden page and compares the text (title line,
// blank line, body) and the JSON record with want.txt and want.json.
// Run with -update to rewrite them after a deliberate change.
func TestGolden(t *testing.T) {
	for _, gc := range loadGoldenCases(t) {
		t.Run(gc.name, func(t *testing.T) {
			art, err := FromBytes(context.Background(), gc.page, Options{URL: gc.url})
			if err != nil {
				t.Fatalf("FromBytes: %v", err)
			}
			var js bytes.Buffer
			if err := RenderJSON(&js, art, "source.html", JSONBodyNone); err != nil {
				t.Fatal(err)
			}
			compareGolden(t, filepath.Join(gc.dir, "want.txt"), art.Title+"\n\n"+art.Text+"\n")
			compareGolden(t, filepath.Join(gc.dir, "want.json"), js.String())
		})
	}
}

func compareGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./extract -run TestGolden -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", path, diff)
	}
}

// TestIdempotent extracts pith's own HTML output again: the text must not
// change, so nothing pith keeps looks like boilerplate to pith.
func TestIdempotent(t *testing.T) {
	for _, gc := range loadGoldenCases(t) {
		t.Run(gc.name, func(t *testing.T) {
			first, err := FromBytes(context.Background(), gc.page, Options{URL: gc.url})
			if err != nil {
				t.Fatalf("FromBytes: %v", err)
			}
			again := "<html><head><title>" + first.Title + "</title></head><body><article>" + first.HTML() + "</article></body></html>"
			second, err := FromBytes(context.Background(), []byte(again), Options{URL: gc.url})
			if err != nil {
				t.Fatalf("second FromBytes: %v", err)
			}
			if diff := cmp.Diff(first.Text, second.Text); diff != "" {
				t.Errorf("text changed on re-extraction (-first +second):\n%s", diff)
			}
		})
	}
}

func gunzip(r io.Reader) ([]byte, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	return io.ReadAll(zr)
}
