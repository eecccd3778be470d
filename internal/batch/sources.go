package batch

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"

	"github.com/pithtool/pith/extract"
	"github.com/pithtool/pith/internal/fetch"
)

// defaultPatterns are the page files a folder walk picks up, each also
// gzip-compressed; WARC files are read record by record.
var defaultPatterns = []string{"*.html", "*.htm", "*.xhtml", "*.shtml"}

// producer turns the inputs into jobs, in input order, streaming: folders
// are walked and WARC files read as the workers take jobs, never ahead of
// the window.
type producer struct {
	cfg   Config
	names nameRegistry
	seq   int
	count atomic.Int64
	emit  func(job) bool
	ok    bool // false once emit refused: stop producing
	// counting walks the inputs only to count them (for the progress
	// bar's total): WARC files count once, stdin and lists are not read.
	counting bool
}

func newProducer(cfg Config) *producer {
	return &producer{cfg: cfg, names: nameRegistry{}, ok: true}
}

// countInputs walks the inputs once without reading any page, for the
// progress bar's total; it stops when ctx ends.
func countInputs(ctx context.Context, cfg Config, total *atomic.Int64) {
	p := newProducer(cfg)
	p.counting = true
	p.produce(ctx, func(job) bool {
		total.Add(1)
		return ctx.Err() == nil
	})
}

// seen is the number of inputs found so far.
func (p *producer) seen() int { return int(p.count.Load()) }

func (p *producer) produce(ctx context.Context, emit func(job) bool) {
	p.emit = emit
	inputs := p.cfg.Inputs
	if len(inputs) == 0 && p.cfg.InputFile == "" {
		inputs = []string{"-"}
	}
	for _, in := range inputs {
		if !p.ok || ctx.Err() != nil {
			return
		}
		if p.counting && in == "-" {
			continue
		}
		p.input(ctx, in)
	}
	if p.cfg.InputFile != "" && p.ok && !p.counting {
		p.inputList(ctx)
	}
}

// send numbers a job and hands it on.
func (p *producer) send(j job) {
	if !p.ok {
		return
	}
	j.seq = p.seq
	p.seq++
	p.count.Add(1)
	if j.outRel != "" {
		j.outRel = p.names.claim(j.outRel)
	}
	p.ok = p.emit(j)
}

func (p *producer) fail(source string, err error) {
	p.send(job{source: source, err: err})
}

// input dispatches one INPUT by its kind.
func (p *producer) input(ctx context.Context, in string) {
	switch {
	case in == "-":
		p.stdin(ctx)
	case isHTTPURL(in):
		p.send(job{source: in, outRel: nameFromURL(in), load: p.fetchLoader(in)})
	case hasURLScheme(in):
		p.fail(in, fmt.Errorf("%w: only http and https URLs are fetched", fetch.ErrUnsupportedURL))
	default:
		info, err := os.Stat(in)
		switch {
		case err != nil:
			p.fail(in, plainPathError(err))
		case info.IsDir():
			p.walk(ctx, in)
		case isWARC(in) && p.counting:
			p.send(job{source: in})
		case isWARC(in):
			p.warcFile(ctx, in, in)
		default:
			p.send(job{source: in, outRel: nameFromFile(filepath.Base(in)), path: in, load: p.fileLoader(in)})
		}
	}
}

// inputList reads -i: one path or URL a line, blank lines and # comments
// skipped.
func (p *producer) inputList(ctx context.Context) {
	var r io.Reader
	if p.cfg.InputFile == "-" {
		r = p.cfg.Stdin
	} else {
		f, err := os.Open(p.cfg.InputFile)
		if err != nil {
			p.fail(p.cfg.InputFile, plainPathError(err))
			return
		}
		defer f.Close()
		r = f
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() && p.ok && ctx.Err() == nil {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		p.input(ctx, line)
	}
	if err := sc.Err(); err != nil {
		p.fail(p.cfg.InputFile, fmt.Errorf("read input list: %w", err))
	}
}

// walk visits a folder recursively in name order. Symbolic links are
// followed; a link back to a folder already on the walk is reported as a
// loop, and unreadable entries are reported, not fatal.
func (p *producer) walk(ctx context.Context, root string) {
	visited := map[fileID]bool{}
	var visit func(dir string, ancestors []fileID)
	visit = func(dir string, ancestors []fileID) {
		if !p.ok || ctx.Err() != nil {
			return
		}
		info, err := os.Stat(dir)
		if err != nil {
			p.fail(dir, plainPathError(err))
			return
		}
		id := idOf(info)
		for _, a := range ancestors {
			if a == id {
				p.fail(dir, errors.New("symbolic link loop"))
				return
			}
		}
		if visited[id] || p.isOutputDir(info) {
			return
		}
		visited[id] = true
		entries, err := os.ReadDir(dir)
		if err != nil {
			p.fail(dir, plainPathError(err))
			return
		}
		for _, e := range entries {
			if !p.ok || ctx.Err() != nil {
				return
			}
			full := filepath.Join(dir, e.Name())
			isDir := e.IsDir()
			if e.Type()&fs.ModeSymlink != 0 {
				target, err := os.Stat(full)
				if err != nil {
					p.fail(full, fmt.Errorf("broken symbolic link: %w", plainPathError(err)))
					continue
				}
				isDir = target.IsDir()
			}
			if isDir {
				visit(full, append(ancestors, id))
				continue
			}
			rel, _ := filepath.Rel(root, full)
			switch {
			case isWARC(e.Name()) && p.counting:
				p.send(job{source: full})
			case isWARC(e.Name()):
				p.warcFile(ctx, full, rel)
			case p.matches(e.Name()):
				p.send(job{source: full, outRel: nameFromFile(rel), path: full, load: p.fileLoader(full)})
			}
		}
	}
	visit(root, nil)
}

func (p *producer) isOutputDir(info os.FileInfo) bool {
	if p.cfg.OutputDir == "" {
		return false
	}
	out, err := os.Stat(p.cfg.OutputDir)
	return err == nil && os.SameFile(out, info)
}

// matches reports whether a file name is a page to extract.
func (p *producer) matches(name string) bool {
	patterns := p.cfg.Include
	lower := strings.ToLower(name)
	if len(patterns) == 0 {
		patterns = defaultPatterns
		lower = strings.TrimSuffix(lower, ".gz")
	}
	for _, pat := range patterns {
		if ok, _ := filepath.Match(strings.ToLower(pat), lower); ok {
			return true
		}
	}
	return false
}

// fileID identifies a folder across links.
type fileID struct{ dev, ino uint64 }

func idOf(info os.FileInfo) fileID {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		return fileID{uint64(st.Dev), uint64(st.Ino)}
	}
	return fileID{}
}

func isWARC(name string) bool {
	lower := strings.ToLower(name)
	return strings.HasSuffix(lower, ".warc") || strings.HasSuffix(lower, ".warc.gz")
}

// stdin reads standard input, which holds one HTML page, a WARC stream or
// JSON Lines of {"url": …, "html": …}, plain or gzip-compressed.
func (p *producer) stdin(ctx context.Context) {
	br := bufio.NewReaderSize(p.cfg.Stdin, 64<<10)
	head, _ := br.Peek(2)
	var r *bufio.Reader = br
	if bytes.Equal(head, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			p.fail("-", fmt.Errorf("gunzip: %w", err))
			return
		}
		defer zr.Close()
		r = bufio.NewReaderSize(zr, 64<<10)
	}
	start, _ := r.Peek(16)
	trimmed := bytes.TrimLeft(start, " \t\r\n")
	switch {
	case bytes.HasPrefix(trimmed, []byte("WARC/")):
		p.warcStream(ctx, r, "-")
	case bytes.HasPrefix(trimmed, []byte("{")):
		p.jsonLines(ctx, r)
	default:
		data, err := extract.ReadLimited(r, p.cfg.MaxSize)
		page := &Page{Data: data, URL: p.cfg.PageURL}
		p.send(job{source: "-", outRel: "stdin", load: func(context.Context) (*Page, error) {
			if err != nil {
				return nil, sizeError(err, p.cfg.MaxSize)
			}
			return page, nil
		}})
	}
}

func (p *producer) fetchLoader(u string) func(ctx context.Context) (*Page, error) {
	return func(ctx context.Context) (*Page, error) {
		got, err := p.cfg.Fetcher.Get(ctx, u)
		if err != nil {
			return nil, err
		}
		return &Page{Data: got.Body, URL: got.URL, ContentType: got.ContentType}, nil
	}
}

// fileLoader reads a file (a .gz one decompressed) within MaxSize.
func (p *producer) fileLoader(path string) func(ctx context.Context) (*Page, error) {
	return func(ctx context.Context) (*Page, error) {
		data, err := readFile(path, p.cfg.MaxSize)
		if err != nil {
			return nil, err
		}
		return &Page{Data: data, URL: p.cfg.PageURL}, nil
	}
}

func readFile(path string, maxSize int64) ([]byte, error) {
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
	data, err := extract.ReadLimited(r, maxSize)
	if err != nil {
		return nil, sizeError(plainPathError(err), maxSize)
	}
	return data, nil
}

// sizeError names the --max-size limit when err is extract.ErrTooLarge.
func sizeError(err error, limit int64) error {
	if errors.Is(err, extract.ErrTooLarge) {
		return fmt.Errorf("%w: over --max-size %s", extract.ErrTooLarge, FormatSize(limit))
	}
	return fmt.Errorf("read: %w", err)
}

// FormatSize writes a byte count the way --max-size reads it.
func FormatSize(n int64) string {
	for _, u := range []struct {
		suffix string
		factor int64
	}{{"GiB", 1 << 30}, {"GB", 1e9}, {"MiB", 1 << 20}, {"MB", 1e6}, {"KiB", 1 << 10}, {"kB", 1e3}} {
		if n >= u.factor && n%u.factor == 0 {
			return strconv.FormatInt(n/u.factor, 10) + u.suffix
		}
	}
	return strconv.FormatInt(n, 10) + "B"
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
