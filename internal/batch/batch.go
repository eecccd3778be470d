// Package batch runs pith over many inputs: files, folders walked
// recursively, URL lists, WARC files and JSON Lines streams. It runs a
// bounded pool of workers, keeps stdout in input order, writes one file per
// input atomically under an output folder, logs a record per input, shows
// progress on a terminal, and stops cleanly on cancellation.
package batch

import (
	"context"
	"errors"
	"io"
	"time"

	"github.com/pithtool/pith/extract"
	"github.com/pithtool/pith/internal/fetch"
)

// Status is the outcome of one input, as written in the log.
type Status string

// The statuses of an input.
const (
	StatusOK        Status = "ok"
	StatusNoArticle Status = "no-article"
	StatusFailed    Status = "failed"
	StatusSkipped   Status = "skipped"
)

// Page is one input's bytes and what is known of them before extraction.
type Page struct {
	Data        []byte
	URL         string // the page's address: final URL, WARC target URI, or --url
	ContentType string // HTTP Content-Type, for its charset
}

// Config describes one batch run. Extract and Render are the library calls
// the CLI chose; the batch package knows nothing of formats or flags.
type Config struct {
	Inputs    []string  // files, folders, URLs, WARC files, "-"
	InputFile string    // -i: a file (or "-") of inputs, one a line
	Stdin     io.Reader // standard input
	Stdout    io.Writer
	Stderr    io.Writer
	// Progress shows a progress bar on Stderr (set when it is a terminal).
	Progress bool
	// Quiet drops the progress bar and the summary line.
	Quiet bool
	// Jobs is the number of parallel workers (at least 1).
	Jobs int
	// OutputDir, when set, receives one file per input instead of stdout.
	OutputDir string
	// Extension is the output files' extension, with its dot (".txt").
	Extension string
	// SkipExisting skips inputs whose output file already exists.
	SkipExisting bool
	// LogPath, when set, receives one JSON line per input.
	LogPath string
	// Include replaces the default page patterns of folder walks.
	Include []string
	// Headers puts a "==> SOURCE <==" line before each stdout document.
	Headers bool
	// Timeout bounds each input: loading and extraction together.
	Timeout time.Duration
	// MaxSize caps each input's bytes, after decompression.
	MaxSize int64
	// PageURL is the --url given for files and stdin.
	PageURL string
	// Fetcher downloads URL inputs.
	Fetcher *fetch.Fetcher
	// Extract turns a page into an article.
	Extract func(ctx context.Context, p *Page) (*extract.Article, error)
	// Render formats an article for output; source names the input.
	Render func(art *extract.Article, source string) ([]byte, error)
}

// Summary counts a run's outcomes.
type Summary struct {
	OK, NoArticle, Failed, Skipped int
	// Interrupted is set when the run was cancelled before its end.
	Interrupted bool
	Elapsed     time.Duration
}

// Total is the number of inputs with an outcome.
func (s Summary) Total() int { return s.OK + s.NoArticle + s.Failed + s.Skipped }

func (s *Summary) add(st Status) {
	switch st {
	case StatusOK:
		s.OK++
	case StatusNoArticle:
		s.NoArticle++
	case StatusSkipped:
		s.Skipped++
	default:
		s.Failed++
	}
}

// statusOf classifies an input's error.
func statusOf(err error) Status {
	switch {
	case err == nil:
		return StatusOK
	case errors.Is(err, extract.ErrNoArticle):
		return StatusNoArticle
	}
	return StatusFailed
}
