package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/pithtool/pith/extract"
	"github.com/pithtool/pith/internal/fetch"
)

// run extracts every input in order, writes the results to stdout and one
// line per failure to stderr, and returns the run's exit code.
func run(ctx context.Context, opts *options, inputs []string, streams Streams) ExitCode {
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	loader := &inputLoader{
		stdin:   streams.In,
		fetcher: fetch.New(fetch.Options{UserAgent: opts.userAgent, MaxSize: int64(opts.maxSize)}),
		maxSize: int64(opts.maxSize),
		pageURL: opts.url,
	}
	out := &documentWriter{w: streams.Out, headers: len(inputs) > 1 && opts.format != "json"}
	var t tally
	for _, input := range inputs {
		if ctx.Err() != nil {
			fmt.Fprintf(streams.Err, "pith: interrupted before %s\n", input)
			t.add(outcomeFailed)
			break
		}
		doc, err := extractOne(ctx, opts, loader, input)
		t.add(classify(err))
		if err != nil {
			fmt.Fprintf(streams.Err, "pith: %s: %s\n", input, describe(err))
			continue
		}
		if err := out.write(input, doc); err != nil {
			fmt.Fprintf(streams.Err, "pith: write output: %v\n", err)
			return ExitFailed
		}
	}
	if len(inputs) > 1 && !opts.quiet {
		fmt.Fprintf(streams.Err, "pith: %d inputs: %d ok, %d no article, %d failed\n",
			len(inputs), t.ok, t.noArticle, t.failed)
	}
	return t.exitCode()
}

// extractOne loads, extracts and renders one input within --timeout.
// A panic inside is reported as this input's failure, as a last resort.
func extractOne(parent context.Context, opts *options, loader *inputLoader, input string) (doc []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error: %v", r)
		}
	}()
	ctx, cancel := context.WithTimeout(parent, opts.timeout)
	defer cancel()
	p, err := loader.load(ctx, input)
	if err != nil {
		return nil, err
	}
	source := input
	art, err := extract.FromBytes(ctx, p.data, extract.Options{
		URL: p.url, ContentType: p.contentType, Encoding: opts.encoding, Explain: opts.explain,
	})
	if err != nil {
		return nil, err
	}
	return renderArticle(opts, art, source)
}

// describe turns an input's error into the cause shown after its name.
func describe(err error) string {
	switch {
	case isTimeout(err):
		return "timed out (--timeout)"
	case errors.Is(err, context.Canceled):
		return "interrupted"
	}
	msg := err.Error()
	return strings.ReplaceAll(msg, "\n", " ")
}
