package eval

import (
	"bytes"
	"context"
	"sort"
	"strings"
	"sync"

	"github.com/pithtool/pith/extract"
	"golang.org/x/net/html"
)

// Result is what an extractor gave for one page.
type Result struct {
	Text, Title, Author, Date string // Date as YYYY-MM-DD
	Comments                  string // the comments part, when asked for
	Err                       error
}

// Extractor is a named extraction function under evaluation.
type Extractor struct {
	Name string
	Run  func(ctx context.Context, page []byte, pageURL string) Result
}

// PageReport is one page's score, kept to list the worst pages.
type PageReport struct {
	Name            string
	Counts          SnippetCounts
	Shingle         ShingleScore
	Missed, Leaked  []string
	TextLen, RefLen int
	Err             error
}

// Report is an extractor's score on a dataset.
type Report struct {
	Extractor, Dataset  string
	Pages               int
	Snippets            SnippetCounts
	ShingleP, ShingleR  float64
	Title, Author, Date Hits
	// CommentsFound counts comment snippets found in the comments part;
	// CommentsInBody those found in the article body instead.
	CommentsFound  Hits
	CommentsInBody int
	Empty          int      // pages with no body text
	Short          []string // Mozilla: body shorter than half the reference
	PagesScored    []PageReport
	mismatches     []Mismatch
}

// Hits count metadata matches against annotated pages.
type Hits struct{ Hit, Total int }

// Rate is Hit/Total.
func (h Hits) Rate() float64 { return ratio(h.Hit, h.Total) }

// add counts one annotated field; it reports false for a miss.
func (h *Hits) add(want, got string, equal func(a, b string) bool) bool {
	if want == "" {
		return true
	}
	h.Total++
	if equal(want, got) {
		h.Hit++
		return true
	}
	return false
}

// Evaluate runs ex over every case of ds with the given number of workers.
func Evaluate(ctx context.Context, ds *Dataset, ex Extractor, workers int) Report {
	rep := Report{Extractor: ex.Name, Dataset: ds.Kind, Pages: len(ds.Cases)}
	pages := make([]PageReport, len(ds.Cases))
	results := make([]Result, len(ds.Cases))
	refs := make([]string, len(ds.Cases))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < max(workers, 1); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				c := ds.Cases[i]
				data, err := ReadPage(c.Path)
				if err != nil {
					results[i] = Result{Err: err}
					continue
				}
				results[i] = ex.Run(ctx, data, c.URL)
				if c.ExpectedHTML != "" {
					refs[i] = ReferenceText(c.ExpectedHTML)
				}
			}
		}()
	}
	for i := range ds.Cases {
		next <- i
	}
	close(next)
	wg.Wait()

	sumP, sumR := 0.0, 0.0
	for i, c := range ds.Cases {
		res := results[i]
		pr := PageReport{Name: c.Name, Err: res.Err, TextLen: len(res.Text), RefLen: len(refs[i])}
		if strings.TrimSpace(res.Text) == "" {
			rep.Empty++
		}
		for _, snippet := range c.Comments {
			rep.CommentsFound.add(snippet, res.Comments, func(want, got string) bool {
				return strings.Contains(collapse(got), collapse(want))
			})
			if strings.Contains(collapse(res.Text), collapse(snippet)) {
				rep.CommentsInBody++
			}
		}
		if ds.Kind == "trafilatura" {
			pr.Counts, pr.Missed, pr.Leaked = ScoreSnippets(res.Text, c.With, c.Without)
			rep.Snippets.Add(pr.Counts)
		} else {
			pr.Shingle = ScoreShingles(res.Text, refs[i])
			sumP += pr.Shingle.Precision
			sumR += pr.Shingle.Recall
			if len(strings.TrimSpace(res.Text)) < len(refs[i])/2 {
				rep.Short = append(rep.Short, c.Name)
			}
		}
		for _, f := range []struct {
			name      string
			hits      *Hits
			want, got string
			equal     func(a, b string) bool
		}{
			{"title", &rep.Title, c.Title, res.Title, sameText},
			{"author", &rep.Author, c.Author, res.Author, sameAuthor},
			{"date", &rep.Date, c.Date, res.Date, func(a, b string) bool { return a == b }},
		} {
			if !f.hits.add(f.want, f.got, f.equal) {
				rep.mismatches = append(rep.mismatches, Mismatch{Page: c.Name, Field: f.name, Want: f.want, Got: f.got})
			}
		}
		pages[i] = pr
	}
	if n := len(ds.Cases); n > 0 && ds.Kind != "trafilatura" {
		rep.ShingleP, rep.ShingleR = sumP/float64(n), sumR/float64(n)
	}
	rep.PagesScored = pages
	return rep
}

// Worst returns the n pages with the most snippet errors (trafilatura) or
// the lowest shingle F1 (Mozilla).
func (r Report) Worst(n int) []PageReport {
	pages := append([]PageReport(nil), r.PagesScored...)
	badness := func(p PageReport) float64 {
		if r.Dataset == "trafilatura" {
			return float64(p.Counts.FN + p.Counts.FP)
		}
		return 1 - F1(p.Shingle.Precision, p.Shingle.Recall)
	}
	sort.SliceStable(pages, func(i, j int) bool { return badness(pages[i]) > badness(pages[j]) })
	if len(pages) > n {
		pages = pages[:n]
	}
	return pages
}

func sameText(a, b string) bool {
	return collapse(a) == collapse(b)
}

// sameAuthor compares author names case-insensitively, ignoring order, the
// separators between several names (English, German and Spanish), a byline
// label before them ("By Jane Doe", as Readability's expected metadata
// keeps it) and a full stop after one.
func sameAuthor(a, b string) bool {
	return authorKey(a) == authorKey(b)
}

// authorLabels are the byline words sameAuthor passes over.
var authorLabels = []string{"written by ", "by ", "von ", "par ", "por "}

func authorKey(s string) string {
	s = collapse(strings.ToLower(s))
	for _, label := range authorLabels {
		if rest, ok := strings.CutPrefix(s, label); ok {
			s = rest
			break
		}
	}
	s = strings.NewReplacer(";", ",", " and ", ",", " und ", ",", " y ", ",", "&", ",").Replace(s)
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSuffix(collapse(p), "."); p != "" {
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return strings.Join(out, ",")
}

// ReferenceText renders a reference article's HTML as plain text with
// pith's text renderer, so both sides are laid out alike.
func ReferenceText(articleHTML string) string {
	doc, err := html.Parse(strings.NewReader(articleHTML))
	if err != nil {
		return ""
	}
	var b bytes.Buffer
	if err := extract.RenderText(&b, doc); err != nil {
		return ""
	}
	return b.String()
}

// Scores are the report's figures by name, for the evaluation gate: higher
// is better for each.
func (r Report) Scores() map[string]float64 {
	s := map[string]float64{
		"title":  r.Title.Rate(),
		"author": r.Author.Rate(),
		"date":   r.Date.Rate(),
	}
	if r.Dataset == "trafilatura" {
		s["precision"] = r.Snippets.Precision()
		s["recall"] = r.Snippets.Recall()
		s["f"] = r.Snippets.F()
	} else {
		s["shingle-precision"] = r.ShingleP
		s["shingle-recall"] = r.ShingleR
		s["shingle-f1"] = F1(r.ShingleP, r.ShingleR)
		s["not-short"] = 1 - ratio(len(r.Short), r.Pages)
	}
	s["not-empty"] = 1 - ratio(r.Empty, r.Pages)
	return s
}
