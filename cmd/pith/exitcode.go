package main

import (
	"context"
	"errors"

	"github.com/pithtool/pith/extract"
)

// ExitCode is pith's process exit status.
type ExitCode int

// The exit codes, documented in the README.
const (
	ExitOK        ExitCode = 0 // every input gave an article
	ExitFailed    ExitCode = 1 // some input failed: unreadable, fetch error, too large, not HTML
	ExitUsage     ExitCode = 2 // bad flags or arguments
	ExitNoArticle ExitCode = 3 // some input had no article, and none failed
)

// outcome is the result class of one input.
type outcome int

const (
	outcomeOK outcome = iota
	outcomeNoArticle
	outcomeFailed
)

// classify maps an input's error to its outcome.
func classify(err error) outcome {
	switch {
	case err == nil:
		return outcomeOK
	case errors.Is(err, extract.ErrNoArticle):
		return outcomeNoArticle
	default:
		return outcomeFailed
	}
}

// tally folds the outcomes of a run into one exit code: any failure wins,
// then any page without an article.
type tally struct {
	ok, noArticle, failed int
}

func (t *tally) add(o outcome) {
	switch o {
	case outcomeOK:
		t.ok++
	case outcomeNoArticle:
		t.noArticle++
	default:
		t.failed++
	}
}

func (t *tally) exitCode() ExitCode {
	switch {
	case t.failed > 0:
		return ExitFailed
	case t.noArticle > 0:
		return ExitNoArticle
	}
	return ExitOK
}

// isTimeout reports whether err is a deadline hit.
func isTimeout(err error) bool {
	return errors.Is(err, context.DeadlineExceeded)
}
