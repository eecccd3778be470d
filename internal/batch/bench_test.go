package batch

import (
	"context"
	"io"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
)

// BenchmarkBatch runs the whole batch path (walk, read, gunzip, extract,
// render, ordered output) over trafilatura-eval's 990 pages, with 1 and 2
// workers: compare pages/s between the two in one run. It skips without
// ../shared/data. The collector runs at the CLI's setting (GOGC=400, see
// cmd/pith/main.go) unless GOGC is set.
func BenchmarkBatch(b *testing.B) {
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(400))
	}
	dir := "../../../shared/data/trafilatura-eval/html"
	if _, err := os.Stat(dir); err != nil {
		b.Skip("no ../shared/data")
	}
	for _, jobs := range []int{1, 2} {
		b.Run("jobs="+strconv.Itoa(jobs), func(b *testing.B) {
			pages := 0
			for b.Loop() {
				var errs strings.Builder
				cfg := testConfigDiscard(&errs)
				cfg.Inputs, cfg.Jobs, cfg.MaxSize = []string{dir}, jobs, 50<<20
				sum, err := Run(context.Background(), cfg)
				if err != nil || sum.Failed > 0 {
					b.Fatal(sum, err, errs.String())
				}
				pages += sum.Total()
			}
			b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}

func testConfigDiscard(stderr io.Writer) Config {
	cfg := testConfig(nil, nil)
	cfg.Stdout, cfg.Stderr = io.Discard, stderr
	return cfg
}
