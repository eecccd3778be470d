// Package warctest writes small WARC files for tests: response records
// around HTML pages, plain or gzip-compressed one member per record, as
// crawlers write them.
package warctest

import (
	"compress/gzip"
	"fmt"
	"io"
	"strings"
)

// Record is one HTTP response to store.
type Record struct {
	URI         string
	Status      int    // 200 when zero
	ContentType string // "text/html; charset=utf-8" when empty
	Body        []byte
}

// Write writes records as WARC/1.1 response records, gzip-compressed one
// member per record when gz.
func Write(w io.Writer, records []Record, gz bool) error {
	for i, r := range records {
		status, ctype := r.Status, r.ContentType
		if status == 0 {
			status = 200
		}
		if ctype == "" {
			ctype = "text/html; charset=utf-8"
		}
		http := fmt.Sprintf("HTTP/1.1 %d Status\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n", status, ctype, len(r.Body))
		block := append([]byte(http), r.Body...)
		header := strings.Join([]string{
			"WARC/1.1",
			"WARC-Type: response",
			"WARC-Target-URI: " + r.URI,
			"WARC-Date: 2024-01-02T03:04:05Z",
			fmt.Sprintf("WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>", i),
			"Content-Type: application/http;msgtype=response",
			fmt.Sprintf("Content-Length: %d", len(block)),
		}, "\r\n") + "\r\n\r\n"
		rec := append([]byte(header), block...)
		rec = append(rec, "\r\n\r\n"...)
		if !gz {
			if _, err := w.Write(rec); err != nil {
				return err
			}
			continue
		}
		zw := gzip.NewWriter(w)
		if _, err := zw.Write(rec); err != nil {
			return err
		}
		if err := zw.Close(); err != nil {
			return err
		}
	}
	return nil
}

// Page returns a small article page whose text names n, so that each
// record's output can be told apart.
func Page(n int) []byte {
	return []byte(fmt.Sprintf(`<html><head><title>Story %d</title></head><body><nav><a href="/">Home</a></nav>
<article><h1>Story %d</h1><p>This is story number %d, told in a paragraph long enough to be an article body.</p>
<p>Its second paragraph adds more words about story number %d so the readability pass keeps it.</p></article>
<footer>Copyright</footer></body></html>`, n, n, n, n))
}
