package batch

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
)

// logRecord is one line of the --log file. The field names are documented
// in the README and stay stable.
type logRecord struct {
	Source string `json:"source"`
	Output string `json:"output,omitempty"`
	Status Status `json:"status"`
	Error  string `json:"error,omitempty"`
	Bytes  int    `json:"bytes_in"`
	Chars  int    `json:"chars_out"`
	Millis int64  `json:"ms"`
}

// resultLog writes one JSON line per input; a nil log writes nothing.
type resultLog struct {
	f   *os.File
	w   *bufio.Writer
	enc *json.Encoder
}

func openLog(path string) (*resultLog, error) {
	if path == "" {
		return nil, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("log: %w", err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &resultLog{f: f, w: w, enc: enc}, nil
}

func (l *resultLog) write(r result) error {
	if l == nil {
		return nil
	}
	rec := logRecord{Source: r.source, Status: r.status, Bytes: r.bytesIn, Chars: r.chars, Millis: r.elapsed.Milliseconds()}
	if r.status == StatusOK || r.status == StatusSkipped {
		rec.Output = r.outPath
	}
	if r.err != nil {
		rec.Error = describe(r.err)
	}
	if err := l.enc.Encode(rec); err != nil {
		return fmt.Errorf("log: %w", err)
	}
	return nil
}

func (l *resultLog) close() error {
	if l == nil {
		return nil
	}
	if err := l.w.Flush(); err != nil {
		l.f.Close()
		return fmt.Errorf("log: %w", err)
	}
	if err := l.f.Close(); err != nil {
		return fmt.Errorf("log: %w", err)
	}
	return nil
}
