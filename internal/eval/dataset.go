// Package eval scores extractors on the evaluation sets of ../shared/data:
// trafilatura's snippet set and Mozilla Readability's test pages. It backs
// the pith-eval command and the accuracy gate test.
package eval

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Case is one page with its ground truth.
type Case struct {
	Name string // file name or folder name, for reports
	URL  string
	Path string // the page, possibly gzip-compressed
	// Snippets (trafilatura-eval): text the body must and must not contain.
	With, Without []string
	// ExpectedHTML (Mozilla): the reference article HTML.
	ExpectedHTML string
	// Metadata ground truth; empty when not annotated.
	Title, Author, Date string
	// Comments (trafilatura-eval): snippets of the page's user comments.
	Comments []string
}

// Dataset is a named list of cases.
type Dataset struct {
	Kind  string // "trafilatura" or "mozilla"
	Cases []Case
}

// Load reads a dataset folder in either layout of ../shared/data: a folder
// with evaldata.json and html/, or a folder of <case>/source.html.gz with
// expected.html and expected-metadata.json.
func Load(dir string) (*Dataset, error) {
	if _, err := os.Stat(filepath.Join(dir, "evaldata.json")); err == nil {
		return loadTrafilatura(dir)
	}
	return loadMozilla(dir)
}

func loadTrafilatura(dir string) (*Dataset, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "evaldata.json"))
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", dir, err)
	}
	var entries map[string]struct {
		File     string   `json:"file"`
		With     []string `json:"with"`
		Without  []string `json:"without"`
		Title    string   `json:"title"`
		Comments []string `json:"comments"`
		Author   names    `json:"author"`
		Date     string   `json:"date"`
	}
	if err := json.Unmarshal(raw, &entries); err != nil {
		return nil, fmt.Errorf("load %s/evaldata.json: %w", dir, err)
	}
	ds := &Dataset{Kind: "trafilatura"}
	for url, e := range entries {
		ds.Cases = append(ds.Cases, Case{
			Name: e.File, URL: url, Path: filepath.Join(dir, "html", e.File+".gz"),
			With: e.With, Without: e.Without, Title: e.Title, Author: string(e.Author), Date: e.Date,
			Comments: e.Comments,
		})
	}
	sort.Slice(ds.Cases, func(i, j int) bool { return ds.Cases[i].Name < ds.Cases[j].Name })
	return ds, nil
}

func loadMozilla(dir string) (*Dataset, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", dir, err)
	}
	ds := &Dataset{Kind: "mozilla"}
	for _, e := range entries {
		caseDir := filepath.Join(dir, e.Name())
		source := filepath.Join(caseDir, "source.html.gz")
		if _, err := os.Stat(source); err != nil {
			continue
		}
		expected, err := os.ReadFile(filepath.Join(caseDir, "expected.html"))
		if err != nil {
			return nil, fmt.Errorf("load %s: %w", caseDir, err)
		}
		var meta struct {
			Title         string `json:"title"`
			Byline        string `json:"byline"`
			PublishedTime string `json:"publishedTime"`
		}
		if raw, err := os.ReadFile(filepath.Join(caseDir, "expected-metadata.json")); err == nil {
			_ = json.Unmarshal(raw, &meta) // a case without metadata still scores its body
		}
		ds.Cases = append(ds.Cases, Case{
			Name: e.Name(), Path: source, ExpectedHTML: string(expected),
			Title: meta.Title, Author: meta.Byline, Date: dateOnly(meta.PublishedTime),
		})
	}
	if len(ds.Cases) == 0 {
		return nil, fmt.Errorf("load %s: no evaluation cases found", dir)
	}
	return ds, nil
}

// dateOnly keeps the YYYY-MM-DD part of a timestamp.
func dateOnly(s string) string {
	if len(s) >= 10 {
		return s[:10]
	}
	return s
}

// ReadPage returns a case's page bytes, gunzipped when the name ends in .gz.
func ReadPage(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("gunzip %s: %w", path, err)
		}
		defer zr.Close()
		r = zr
	}
	return io.ReadAll(r)
}

// names reads an author field that is a string or a list of strings.
type names string

func (n *names) UnmarshalJSON(b []byte) error {
	var one string
	if err := json.Unmarshal(b, &one); err == nil {
		*n = names(one)
		return nil
	}
	var many []string
	if err := json.Unmarshal(b, &many); err != nil {
		return err
	}
	*n = names(strings.Join(many, "; "))
	return nil
}
