package main

import "github.com/pithtool/pith/internal/batch"

// ExitCode is pith's process exit status.
type ExitCode int

// The exit codes, documented in the README.
const (
	ExitOK          ExitCode = 0   // every input gave an article (or was skipped)
	ExitFailed      ExitCode = 1   // some input failed: unreadable, fetch error, too large, not HTML
	ExitUsage       ExitCode = 2   // bad flags or arguments
	ExitNoArticle   ExitCode = 3   // some input had no article, and none failed
	ExitInterrupted ExitCode = 130 // stopped by SIGINT or SIGTERM
)

// exitCodeOf folds a run's counts into one exit code: an interruption
// first, then any failure, then any page without an article.
func exitCodeOf(s batch.Summary) ExitCode {
	switch {
	case s.Interrupted:
		return ExitInterrupted
	case s.Failed > 0:
		return ExitFailed
	case s.NoArticle > 0:
		return ExitNoArticle
	}
	return ExitOK
}
