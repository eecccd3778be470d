// Command evalpeers scores pith beside the Go extractors it is compared
// with, go-readability v2 and go-trafilatura (with and without its
// fallback), on the evaluation sets of ../shared/data, in one run.
//
// It is a module of its own so that go-trafilatura and its dependencies
// stay out of pith's: run it from this folder,
//
//	go run . ../../../shared/data/trafilatura-eval ../../../shared/data/mozilla-readability
package main

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"os"
	"runtime"

	trafilatura "github.com/markusmobius/go-trafilatura"

	"github.com/pithtool/pith/internal/eval"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: evalpeers DATASET_DIR...")
		os.Exit(2)
	}
	extractors := []eval.Extractor{eval.Pith(), eval.Readability(), goTrafilatura(false), goTrafilatura(true)}
	for _, dir := range os.Args[1:] {
		ds, err := eval.Load(dir)
		if err != nil {
			fmt.Fprintln(os.Stderr, "evalpeers:", err)
			os.Exit(1)
		}
		fmt.Printf("%s (%s, %d pages)\n", dir, ds.Kind, len(ds.Cases))
		for _, ex := range extractors {
			eval.PrintReport(os.Stdout, eval.Evaluate(context.Background(), ds, ex, runtime.NumCPU()))
		}
	}
}

// goTrafilatura is go-trafilatura v1.12.2 with its defaults, body only.
func goTrafilatura(fallback bool) eval.Extractor {
	name := "go-trafilatura"
	if fallback {
		name += " +fallback"
	}
	return eval.Extractor{Name: name, Run: func(ctx context.Context, page []byte, pageURL string) eval.Result {
		u, _ := url.Parse(pageURL)
		res, err := trafilatura.Extract(bytes.NewReader(page), trafilatura.Options{
			OriginalURL: u, EnableFallback: fallback, ExcludeComments: true,
		})
		if err != nil {
			return eval.Result{Err: err}
		}
		r := eval.Result{Text: res.ContentText, Title: res.Metadata.Title, Author: res.Metadata.Author}
		if !res.Metadata.Date.IsZero() {
			r.Date = res.Metadata.Date.Format("2006-01-02")
		}
		return r
	}}
}
