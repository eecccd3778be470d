package extract

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/net/html"
)

// benchCorpus is trafilatura-eval's pages when ../shared/data is present,
// else the golden pages, so the benchmarks run on a fresh clone too.
func benchCorpus(b *testing.B) [][]byte {
	b.Helper()
	paths, _ := filepath.Glob("../../shared/data/trafilatura-eval/html/*.html.gz")
	var pages [][]byte
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			b.Fatal(err)
		}
		data, err := gunzip(f)
		f.Close()
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
	}
	if len(pages) == 0 {
		for _, gc := range loadGoldenCases(b) {
			pages = append(pages, gc.page)
		}
	}
	return pages
}

func corpusBytes(pages [][]byte) int64 {
	var n int64
	for _, p := range pages {
		n += int64(len(p))
	}
	return n
}

// BenchmarkBareParse is the floor: golang.org/x/net/html's Parse of each
// page's bytes and nothing else. One op is the whole corpus.
func BenchmarkBareParse(b *testing.B) {
	pages := benchCorpus(b)
	b.SetBytes(corpusBytes(pages))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			_, _ = html.Parse(bytes.NewReader(p))
		}
	}
	b.ReportMetric(float64(len(pages)), "pages/op")
}

// BenchmarkPipeline is pith's whole extraction to plain text (decode,
// parse, metadata, prune, readability pass, clean-up, text rendering) over
// the same corpus. Compare its ns/op with BenchmarkBareParse's.
func BenchmarkPipeline(b *testing.B) {
	pages := benchCorpus(b)
	b.SetBytes(corpusBytes(pages))
	b.ReportAllocs()
	ctx := context.Background()
	for b.Loop() {
		for _, p := range pages {
			_, _ = FromBytes(ctx, p, Options{})
		}
	}
	b.ReportMetric(float64(len(pages)), "pages/op")
}
