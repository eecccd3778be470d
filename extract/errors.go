package extract

import "errors"

// Sentinel errors that callers branch on. Errors returned by this package wrap
// one of them when the cause is one of these conditions, so test with errors.Is.
var (
	// ErrNotHTML reports input that is empty, binary or otherwise not an HTML page.
	ErrNotHTML = errors.New("not HTML")
	// ErrNoArticle reports an HTML page in which no article text was found.
	ErrNoArticle = errors.New("no article found")
	// ErrTooLarge reports input larger than the configured size limit.
	ErrTooLarge = errors.New("input too large")
)
