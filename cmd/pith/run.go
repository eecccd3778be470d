package main

import (
	"context"
	"fmt"
	"os"

	"github.com/pithtool/pith/extract"
	"github.com/pithtool/pith/internal/batch"
	"github.com/pithtool/pith/internal/fetch"
)

// run hands the inputs to the batch runner with the extraction and output
// the flags chose, and turns its counts into the exit code.
func run(ctx context.Context, opts *options, inputs []string, streams Streams) ExitCode {
	keep, _ := opts.keptKinds() // validated before run
	cfg := batch.Config{
		Inputs:       inputs,
		InputFile:    opts.inputFile,
		Stdin:        streams.In,
		Stdout:       streams.Out,
		Stderr:       streams.Err,
		Progress:     isTerminal(streams.Err),
		Quiet:        opts.quiet,
		Jobs:         opts.jobs,
		OutputDir:    opts.outputDir,
		Extension:    extensionFor(opts.format),
		SkipExisting: opts.skipExisting,
		LogPath:      opts.logPath,
		Include:      opts.include,
		Headers:      opts.format != "json" && opts.outputDir == "" && (len(inputs) > 1 || opts.inputFile != "" || hasFolder(inputs)),
		Timeout:      opts.timeout,
		MaxSize:      int64(opts.maxSize),
		PageURL:      opts.url,
		Fetcher:      fetch.New(fetch.Options{UserAgent: opts.userAgent, MaxSize: int64(opts.maxSize)}),
		Extract: func(ctx context.Context, p *batch.Page) (*extract.Article, error) {
			return extract.FromBytes(ctx, p.Data, extract.Options{
				URL: p.URL, ContentType: p.ContentType, Encoding: opts.encoding, Explain: opts.explain, Keep: keep,
				MinConfidence: opts.minConf, Rules: opts.rules,
			})
		},
		Render: func(art *extract.Article, source string) ([]byte, error) {
			return renderArticle(opts, art, source)
		},
	}
	sum, err := batch.Run(ctx, cfg)
	if err != nil {
		fmt.Fprintf(streams.Err, "pith: %v\n", err)
		return ExitFailed
	}
	return exitCodeOf(sum)
}

// hasFolder reports whether any input is a folder (many documents).
func hasFolder(inputs []string) bool {
	for _, in := range inputs {
		if info, err := os.Stat(in); err == nil && info.IsDir() {
			return true
		}
	}
	return false
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

func extensionFor(format string) string {
	switch format {
	case "markdown":
		return ".md"
	case "html":
		return ".html"
	case "json":
		return ".json"
	}
	return ".txt"
}
