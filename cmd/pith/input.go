package main

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/pithtool/pith/extract"
	"github.com/pithtool/pith/internal/fetch"
)

// page is one input's bytes and what is known of them before extraction.
type page struct {
	data        []byte
	url         string // base URL: the final URL of a fetch, or --url
	contentType string // HTTP Content-Type, for its charset
}

// inputLoader reads the INPUTs of one run.
type inputLoader struct {
	stdin   io.Reader
	fetcher *fetch.Fetcher
	maxSize int64
	pageURL string // --url
}

// load reads one INPUT: "-" for stdin, an http(s) URL, or a file path
// (a .gz file is decompressed). Other URL schemes are refused.
func (l *inputLoader) load(ctx context.Context, input string) (*page, error) {
	switch {
	case input == "-":
		data, err := extract.ReadLimited(l.stdin, l.maxSize)
		if err != nil {
			return nil, l.sizeError("read stdin", err)
		}
		return &page{data: data, url: l.pageURL}, nil
	case isHTTPURL(input):
		p, err := l.fetcher.Get(ctx, input)
		if err != nil {
			return nil, err
		}
		return &page{data: p.Body, url: p.URL, contentType: p.ContentType}, nil
	case hasURLScheme(input):
		return nil, fmt.Errorf("%w: only http and https URLs are fetched", fetch.ErrUnsupportedURL)
	}
	data, err := l.readFile(input)
	if err != nil {
		return nil, err
	}
	return &page{data: data, url: l.pageURL}, nil
}

func (l *inputLoader) readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, plainPathError(err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, plainPathError(err)
	}
	if info.IsDir() {
		return nil, errors.New("is a directory")
	}
	var r io.Reader = f
	if strings.HasSuffix(strings.ToLower(path), ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("gunzip: %w", err)
		}
		defer zr.Close()
		r = zr
	}
	data, err := extract.ReadLimited(r, l.maxSize)
	if err != nil {
		return nil, l.sizeError("read", plainPathError(err))
	}
	return data, nil
}

// sizeError names the --max-size limit when err is extract.ErrTooLarge.
func (l *inputLoader) sizeError(what string, err error) error {
	if errors.Is(err, extract.ErrTooLarge) {
		return fmt.Errorf("%w: over --max-size %s", extract.ErrTooLarge, formatSize(l.maxSize))
	}
	return fmt.Errorf("%s: %w", what, err)
}

// plainPathError drops the path from an *fs.PathError: pith's error line
// already starts with the input's name.
func plainPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func isHTTPURL(s string) bool {
	lower := strings.ToLower(s)
	return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")
}

// hasURLScheme reports "scheme://..." inputs such as file:// or ftp://.
func hasURLScheme(s string) bool {
	i := strings.Index(s, "://")
	if i <= 0 {
		return false
	}
	for _, c := range s[:i] {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}
