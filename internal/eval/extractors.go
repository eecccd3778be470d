package eval

import (
	"bytes"
	"context"
	"net/url"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/pithtool/pith/extract"
)

// Pith is pith's library with its defaults, scoring the body only.
func Pith() Extractor {
	return PithKeeping("pith")
}

// PithKeeping is pith keeping the given kinds of boilerplate (comments come
// apart, in Result.Comments).
func PithKeeping(name string, keep ...extract.Kind) Extractor {
	return Extractor{Name: name, Run: func(ctx context.Context, page []byte, pageURL string) Result {
		art, err := extract.FromBytes(ctx, page, extract.Options{URL: pageURL, Keep: keep})
		if err != nil {
			return Result{Err: err}
		}
		res := Result{Text: art.Text, Title: art.Title, Author: art.Byline, Comments: art.Comments}
		if !art.Published.IsZero() {
			res.Date = art.Published.Format("2006-01-02")
		}
		return res
	}}
}

// Readability is go-readability v2 alone, given the raw page, as its users
// call it: the baseline pith must beat.
func Readability() Extractor {
	return Extractor{Name: "go-readability v2", Run: func(ctx context.Context, page []byte, pageURL string) Result {
		u, _ := url.Parse(pageURL)
		art, err := readability.FromReader(bytes.NewReader(page), u)
		if err != nil {
			return Result{Err: err}
		}
		var text bytes.Buffer
		if art.Node != nil {
			_ = art.RenderText(&text)
		}
		res := Result{Text: text.String(), Title: art.Title(), Author: art.Byline()}
		if t, err := art.PublishedTime(); err == nil {
			res.Date = t.Format("2006-01-02")
		}
		return res
	}}
}
