package batch

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/pithtool/pith/extract"
)

// job is one input, ready to be loaded by a worker.
type job struct {
	seq    int
	source string // as shown on stderr, in the log and in JSON
	outRel string // output path under OutputDir, without extension
	path   string // the input file, when it is one (never overwritten)
	load   func(ctx context.Context) (*Page, error)
	err    error // set when producing the job already failed (unreadable entry)
}

// result is a finished job.
type result struct {
	seq     int
	source  string
	outPath string
	status  Status
	err     error
	doc     []byte
	bytesIn int
	chars   int
	elapsed time.Duration
}

// Run processes every input of cfg and returns the counts. Cancelling ctx
// stops taking new inputs; inputs already started finish, and the log and
// summary are still written.
func Run(ctx context.Context, cfg Config) (Summary, error) {
	start := time.Now()
	if cfg.Jobs < 1 {
		cfg.Jobs = 1
	}
	log, err := openLog(cfg.LogPath)
	if err != nil {
		return Summary{}, err
	}
	if cfg.OutputDir != "" {
		if err := os.MkdirAll(cfg.OutputDir, 0o755); err != nil {
			return Summary{}, fmt.Errorf("output folder: %w", err)
		}
	}

	// window bounds the jobs between the producer and the writer, so that
	// memory stays bounded however many inputs there are.
	window := make(chan struct{}, 2*cfg.Jobs+2)
	jobs := make(chan job)
	results := make(chan result)
	prod := newProducer(cfg)
	go func() {
		defer close(jobs)
		prod.produce(ctx, func(j job) bool {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return false
			}
			select {
			case jobs <- j:
				return true
			case <-ctx.Done():
				<-window
				return false
			}
		})
	}()

	var wg sync.WaitGroup
	for w := 0; w < cfg.Jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- cfg.process(ctx, j)
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	var sum Summary
	out := &orderedWriter{cfg: cfg, pending: map[int]result{}}
	bar := newProgress(cfg)
	var counted atomic.Int64
	if bar.on {
		countCtx, stopCounting := context.WithCancel(ctx)
		defer stopCounting()
		go countInputs(countCtx, cfg, &counted)
	}
	var writeErr error
	for r := range results {
		for _, done := range out.add(r) {
			<-window
			sum.add(done.status)
			if done.err != nil {
				fmt.Fprintf(cfg.Stderr, "%spith: %s: %s\n", bar.clearLine(), done.source, describe(done.err))
			}
			if err := log.write(done); err != nil && writeErr == nil {
				writeErr = err
			}
			bar.update(sum, max(prod.seen(), int(counted.Load())))
		}
		if out.err != nil && writeErr == nil {
			writeErr = out.err
		}
	}
	bar.finish()
	sum.Interrupted = ctx.Err() != nil
	sum.Elapsed = time.Since(start)
	if err := log.close(); err != nil && writeErr == nil {
		writeErr = err
	}
	if !cfg.Quiet && (prod.seen() > 1 || cfg.OutputDir != "" || sum.Interrupted) {
		fmt.Fprintln(cfg.Stderr, summaryLine(sum))
	}
	return sum, writeErr
}

func summaryLine(s Summary) string {
	line := fmt.Sprintf("pith: %d inputs: %d ok, %d no article, %d failed, %d skipped in %s",
		s.Total(), s.OK, s.NoArticle, s.Failed, s.Skipped, s.Elapsed.Round(time.Millisecond))
	if s.Interrupted {
		line += " (interrupted)"
	}
	return line
}

// errInterrupted is the error of inputs cut short by cancellation.
var errInterrupted = errors.New("interrupted")

// describe turns an input's error into the cause shown after its name.
func describe(err error) string {
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return "timed out (--timeout)"
	case errors.Is(err, context.Canceled):
		return "interrupted"
	}
	return strings.ReplaceAll(err.Error(), "\n", " ")
}

// process loads, extracts, renders and (with OutputDir) writes one input.
// A panic inside is reported as this input's failure, as a last resort.
func (cfg Config) process(parent context.Context, j job) (r result) {
	start := time.Now()
	r = result{seq: j.seq, source: j.source}
	defer func() {
		if p := recover(); p != nil {
			r.err = fmt.Errorf("internal error: %v", p)
			r.doc = nil
		}
		if r.err != nil && parent.Err() != nil {
			r.err = errInterrupted // whatever the cause said, the run was stopped
		}
		if r.status == "" {
			r.status = statusOf(r.err)
		}
		r.elapsed = time.Since(start)
	}()
	if j.err != nil {
		r.err = j.err
		return r
	}
	if cfg.OutputDir != "" {
		r.outPath = outputPath(cfg.OutputDir, j.outRel, cfg.Extension)
		if cfg.SkipExisting {
			if _, err := os.Stat(r.outPath); err == nil {
				r.status = StatusSkipped
				return r
			}
		}
	}
	if parent.Err() != nil {
		r.err = parent.Err()
		return r
	}
	ctx, cancel := context.WithTimeout(parent, cfg.Timeout)
	defer cancel()
	page, err := j.load(ctx)
	if err != nil {
		r.err = err
		return r
	}
	r.bytesIn = len(page.Data)
	art, err := extractWithin(ctx, cfg.Extract, page)
	if err != nil {
		r.err = err
		return r
	}
	r.chars = len([]rune(art.Text))
	doc, err := cfg.Render(art, j.source)
	if err != nil {
		r.err = err
		return r
	}
	if cfg.OutputDir != "" {
		if err := writeAtomic(r.outPath, doc, j.path); err != nil {
			r.err = err
			return r
		}
		return r // written: nothing for stdout
	}
	r.doc = doc
	return r
}

// extractWithin runs extract but returns when ctx ends, so that --timeout
// holds for the extraction too: the library checks ctx between its stages,
// and a stage that runs long on a hostile page is left to finish in the
// background while the batch moves on. A panic in it is re-raised here, to
// be reported as this input's failure.
func extractWithin(ctx context.Context, extractFn func(context.Context, *Page) (*extract.Article, error), page *Page) (*extract.Article, error) {
	type outcome struct {
		art   *extract.Article
		err   error
		panic any
	}
	done := make(chan outcome, 1)
	go func() {
		var o outcome
		defer func() {
			o.panic = recover()
			done <- o
		}()
		o.art, o.err = extractFn(ctx, page)
	}()
	select {
	case o := <-done:
		if o.panic != nil {
			panic(o.panic)
		}
		return o.art, o.err
	case <-ctx.Done():
		return nil, fmt.Errorf("extract: %w", ctx.Err())
	}
}
