// Command pith-eval scores pith (and, with -baseline, go-readability v2 alone)
// on the evaluation sets in ../shared/data, and lists the worst pages.
//
//	go run ./cmd/pith-eval ../shared/data/trafilatura-eval ../shared/data/mozilla-readability
//	go run ./cmd/pith-eval -baseline -worst 20 ../shared/data/trafilatura-eval
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"

	"github.com/pithtool/pith/extract"
	"github.com/pithtool/pith/internal/eval"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("pith-eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	baseline := fs.Bool("baseline", false, "also score go-readability v2 alone, in the same run")
	worst := fs.Int("worst", 0, "list the N worst pages with their missed and leaked snippets")
	meta := fs.String("meta", "", "list the pages whose title, author or date missed (name the field)")
	keep := fs.String("keep", "", "also score pith keeping these kinds (comma-separated, or all); comments are scored apart")
	compare := fs.Bool("compare", false, "with -baseline: list the pages where go-readability alone misses or leaks less than pith")
	jobs := fs.Int("j", runtime.NumCPU(), "parallel workers")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "usage: pith-eval [-baseline] [-worst N] DATASET_DIR...")
		return 2
	}
	extractors := []eval.Extractor{eval.Pith()}
	if *baseline {
		extractors = append(extractors, eval.Readability())
	}
	if *keep != "" {
		var kinds []extract.Kind
		for _, name := range strings.Split(*keep, ",") {
			if name == "all" {
				kinds = append(kinds, extract.Kinds()...)
			} else {
				kinds = append(kinds, extract.Kind(strings.TrimSpace(name)))
			}
		}
		extractors = append(extractors, eval.PithKeeping("pith --keep "+*keep, kinds...))
	}
	for _, dir := range fs.Args() {
		ds, err := eval.Load(dir)
		if err != nil {
			fmt.Fprintf(stderr, "pith-eval: %v\n", err)
			return 1
		}
		fmt.Fprintf(stdout, "%s (%s, %d pages)\n", dir, ds.Kind, len(ds.Cases))
		var reports []eval.Report
		for _, ex := range extractors {
			rep := eval.Evaluate(context.Background(), ds, ex, *jobs)
			reports = append(reports, rep)
			eval.PrintReport(stdout, rep)
		}
		pithReport := reports[0]
		if *compare && len(reports) > 1 {
			printBaselineWins(stdout, reports[0], reports[1])
		}
		if *worst > 0 {
			printWorst(stdout, pithReport, *worst)
		}
		for _, m := range pithReport.Mismatches() {
			if m.Field == *meta {
				fmt.Fprintf(stdout, "    %s %s: want %q got %q\n", m.Page, m.Field, m.Want, m.Got)
			}
		}
	}
	return 0
}

func printWorst(w io.Writer, r eval.Report, n int) {
	fmt.Fprintf(w, "  worst %d pages for %s:\n", n, r.Extractor)
	for _, p := range r.Worst(n) {
		fmt.Fprintf(w, "    %s  text %d ref %d", p.Name, p.TextLen, p.RefLen)
		if r.Dataset == "trafilatura" {
			fmt.Fprintf(w, "  FN %d FP %d", p.Counts.FN, p.Counts.FP)
		} else {
			fmt.Fprintf(w, "  P %.2f R %.2f", p.Shingle.Precision, p.Shingle.Recall)
		}
		if p.Err != nil {
			fmt.Fprintf(w, "  error: %v", p.Err)
		}
		fmt.Fprintln(w)
		for _, s := range p.Missed {
			fmt.Fprintf(w, "      missed: %s\n", clip(s))
		}
		for _, s := range p.Leaked {
			fmt.Fprintf(w, "      leaked: %s\n", clip(s))
		}
	}
	if len(r.Short) > 0 {
		fmt.Fprintf(w, "  body shorter than half the reference: %s\n", strings.Join(r.Short, " "))
	}
}

func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 100 {
		return s[:100] + "…"
	}
	return s
}

// printBaselineWins lists the pages where the baseline scored better than
// pith: where pith's own stages lose text or keep furniture.
func printBaselineWins(w io.Writer, pith, base eval.Report) {
	fmt.Fprintf(w, "  pages where %s does better than %s:\n", base.Extractor, pith.Extractor)
	for i := range pith.PagesScored {
		p, b := pith.PagesScored[i], base.PagesScored[i]
		if pith.Dataset == "trafilatura" && (p.Counts.FN > b.Counts.FN || p.Counts.FP > b.Counts.FP) {
			fmt.Fprintf(w, "    %s  pith FN %d FP %d (%d bytes) | baseline FN %d FP %d (%d bytes)\n",
				p.Name, p.Counts.FN, p.Counts.FP, p.TextLen, b.Counts.FN, b.Counts.FP, b.TextLen)
		}
		if pith.Dataset != "trafilatura" && eval.F1(p.Shingle.Precision, p.Shingle.Recall) < eval.F1(b.Shingle.Precision, b.Shingle.Recall)-0.05 {
			fmt.Fprintf(w, "    %s  pith P %.2f R %.2f | baseline P %.2f R %.2f\n",
				p.Name, p.Shingle.Precision, p.Shingle.Recall, b.Shingle.Precision, b.Shingle.Recall)
		}
	}
}
