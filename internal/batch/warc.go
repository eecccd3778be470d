package batch

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"os"
	"strconv"

	"github.com/nlnwa/gowarc/v3"

	"github.com/pithtool/pith/extract"
)

// warcFile reads a WARC file (.warc or .warc.gz) record by record.
func (p *producer) warcFile(ctx context.Context, path, shown string) {
	f, err := os.Open(path)
	if err != nil {
		p.fail(shown, plainPathError(err))
		return
	}
	defer f.Close()
	p.warcStream(ctx, f, shown)
}

// warcStream yields one job per HTML response record with a 2xx status:
// the record's target URI is the job's source and URL, and the HTTP
// headers' Content-Type gives the charset. Other records are passed over.
func (p *producer) warcStream(ctx context.Context, r io.Reader, shown string) {
	// Spec violations are collected (ErrWarn) and then ignored: at ErrIgnore
	// gowarc does not buffer the block, and discards whatever of a large
	// payload its HTTP parser had not read yet when it moves on.
	reader, err := gowarc.NewWarcFileReaderFromStream(r, 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore), gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithBlockErrorPolicy(gowarc.ErrIgnore), gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
		gowarc.WithBufferMaxMemBytes(p.cfg.MaxSize+1<<20))
	if err != nil {
		p.fail(shown, fmt.Errorf("read WARC: %w", err))
		return
	}
	defer reader.Close()
	for p.ok && ctx.Err() == nil {
		rec, err := reader.Next()
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			p.fail(shown, fmt.Errorf("read WARC at byte %d: %w", rec.Offset, err))
			return
		}
		p.warcRecord(rec.WarcRecord)
		rec.Close()
	}
}

func (p *producer) warcRecord(wr gowarc.WarcRecord) {
	if wr == nil || wr.Type() != gowarc.Response {
		return
	}
	block, ok := wr.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return
	}
	status := block.HttpStatusCode()
	contentType := ""
	if h := block.HttpHeader(); h != nil {
		contentType = h.Get("Content-Type")
	}
	if status < 200 || status > 299 || !isHTMLType(contentType) {
		return
	}
	uri := wr.WarcHeader().Get(gowarc.WarcTargetURI)
	payload, err := block.PayloadBytes()
	var data []byte
	if err == nil {
		data, err = extract.ReadLimited(payload, p.cfg.MaxSize)
	}
	if err != nil {
		err = sizeError(err, p.cfg.MaxSize)
	}
	page := &Page{Data: data, URL: uri, ContentType: contentType}
	p.send(job{source: uri, outRel: nameFromURL(uri), load: func(context.Context) (*Page, error) {
		if err != nil {
			return nil, err
		}
		return page, nil
	}})
}

// isHTMLType accepts HTML and XHTML, and a missing type.
func isHTMLType(contentType string) bool {
	if contentType == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(contentType)
	return err == nil && (mt == "text/html" || mt == "application/xhtml+xml")
}

// jsonRecord is one line of JSON Lines input.
type jsonRecord struct {
	URL         string `json:"url"`
	HTML        string `json:"html"`
	ContentType string `json:"content_type"`
}

// jsonLines yields one job per JSON object {"url": …, "html": …} on the
// stream; source is the url, or "-:N" for the N-th record without one.
func (p *producer) jsonLines(ctx context.Context, r io.Reader) {
	dec := json.NewDecoder(r)
	for n := 1; p.ok && ctx.Err() == nil; n++ {
		var rec jsonRecord
		err := dec.Decode(&rec)
		if errors.Is(err, io.EOF) {
			return
		}
		source := "-:" + strconv.Itoa(n)
		if err != nil {
			p.fail(source, fmt.Errorf("read JSON Lines: %w", err))
			return
		}
		name := "record-" + strconv.Itoa(n)
		if rec.URL != "" {
			source, name = rec.URL, nameFromURL(rec.URL)
		}
		var tooLarge error
		if p.cfg.MaxSize > 0 && int64(len(rec.HTML)) > p.cfg.MaxSize {
			tooLarge = sizeError(extract.ErrTooLarge, p.cfg.MaxSize)
		}
		page := &Page{Data: []byte(rec.HTML), URL: rec.URL, ContentType: rec.ContentType}
		p.send(job{source: source, outRel: name, load: func(context.Context) (*Page, error) {
			if tooLarge != nil {
				return nil, tooLarge
			}
			return page, nil
		}})
	}
}
