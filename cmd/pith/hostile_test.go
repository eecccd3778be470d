package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The hostile-input suite of the command: each case runs the pith binary
// (the test binary under the name pith, see TestMain) and checks its exit
// code, its one-line error, its time and, for the large ones, its peak
// memory. Network cases use local httptest servers only; every loop is
// bounded.

type runResult struct {
	code   int
	stdout string
	stderr string
	took   time.Duration
	maxRSS int64 // bytes
}

func runPith(t *testing.T, stdin io.Reader, args ...string) runResult {
	t.Helper()
	cmd := exec.Command("pith", args...)
	cmd.Stdin = stdin
	var out, errs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errs
	start := time.Now()
	err := cmd.Run()
	r := runResult{stdout: out.String(), stderr: errs.String(), took: time.Since(start)}
	if cmd.ProcessState == nil {
		t.Fatalf("pith did not run: %v", err)
	}
	r.code = cmd.ProcessState.ExitCode()
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.maxRSS = ru.Maxrss << 10
	}
	return r
}

// endlessReader yields chunk forever; n counts what was read.
type endlessReader struct {
	chunk []byte
	n     int64
}

func (e *endlessReader) Read(p []byte) (int, error) {
	k := 0
	for k < len(p) {
		k += copy(p[k:], e.chunk)
	}
	e.n += int64(k)
	return k, nil
}

func TestHostileStdinStopsAtMaxSize(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	const limit = 64 << 20
	src := &endlessReader{chunk: []byte("<p>" + strings.Repeat("endless ", 100) + "</p>\n")}
	r := runPith(t, src, "--max-size", "64MiB")
	if r.code != 1 || !strings.Contains(r.stderr, "pith: -: input too large: over --max-size 64MiB") {
		t.Fatalf("code %d stderr %q", r.code, r.stderr)
	}
	t.Logf("endless stdin: stopped after %v, peak RSS %.0f MB for a %d MB limit", r.took, float64(r.maxRSS)/1e6, limit>>20)
	if r.maxRSS > 2*limit {
		t.Errorf("peak RSS %d MB for a %d MB limit", r.maxRSS>>20, limit>>20)
	}
}

func TestHostileFilesThroughTheCLI(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// A gzip bomb on disk: 1 GB of zeros in a ~1 MB file.
	var bomb bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&bomb, gzip.BestCompression)
	zero := make([]byte, 1<<20)
	for i := 0; i < 1024; i++ {
		_, _ = zw.Write(zero)
	}
	_ = zw.Close()
	cases := []struct {
		name, file string
		data       []byte
		args       []string
		code       int
		stderr     string
	}{
		{"gzip bomb", "bomb.html.gz", bomb.Bytes(), []string{"--max-size", "10MB"}, 1, "input too large: over --max-size 10MB"},
		{"binary", "photo.html", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), nil, 1, "not HTML: content looks like image/png"},
		{"empty", "empty.html", nil, nil, 1, "not HTML: empty input"},
		{"whitespace", "blank.html", []byte("\n\n   \t\n"), nil, 1, "not HTML: empty input"},
		{"no article", "nav.html", []byte(`<nav><a href="/">Home</a></nav>`), nil, 3, "no article found"},
	}
	// Large pages: an article among 1,000,000 elements and inside a 10 MB
	// attribute's element, and 100,000 paragraphs; each must come out, with
	// its time and peak memory logged.
	article := "<article><p>" + strings.Repeat("The council met on Tuesday to weigh the library budget. ", 6) + "</p></article>"
	large := []struct{ name, page string }{
		{"1,000,000 elements", "<html><body>" + article + strings.Repeat("<span>x</span>", 1_000_000) + "</body></html>"},
		{"10 MB attribute", `<html><body><div data-x="` + strings.Repeat("a", 10<<20) + `">` + article + "</div></body></html>"},
		{"100,000 paragraphs", "<html><body><article>" + strings.Repeat("<p>The council met on Tuesday to weigh the library budget.</p>", 100_000) + "</article></body></html>"},
	}
	for _, l := range large {
		path := write(strings.ReplaceAll(l.name, " ", "-")+".html", []byte(l.page))
		r := runPith(t, nil, "--no-title", path)
		if r.code != 0 || !strings.Contains(r.stdout, "The council met on Tuesday") {
			t.Errorf("%s: code %d stderr %q", l.name, r.code, r.stderr)
		}
		t.Logf("%s (%.1f MB): %v, peak RSS %.0f MB", l.name, float64(len(l.page))/1e6, r.took, float64(r.maxRSS)/1e6)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := write(c.file, c.data)
			r := runPith(t, nil, append(c.args, path)...)
			want := "pith: " + path + ": " + c.stderr + "\n"
			if r.code != c.code || r.stderr != want {
				t.Errorf("code %d stderr %q; want %d %q", r.code, r.stderr, c.code, want)
			}
			t.Logf("%s: %v, peak RSS %.0f MB", c.name, r.took, float64(r.maxRSS)/1e6)
		})
	}
}

// hostileServer serves the network cases.
func hostileServer(t *testing.T) *httptest.Server {
	page := []byte("<html><body><article><p>" + strings.Repeat("A paragraph of article text for the network tests. ", 8) + "</p></article></body></html>")
	mux := http.NewServeMux()
	mux.HandleFunc("/endless", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := bytes.Repeat([]byte("<p>endless</p>"), 4096)
		for i := 0; i < 100_000 && r.Context().Err() == nil; i++ {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/bomb", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		zw, _ := gzip.NewWriterLevel(w, gzip.BestSpeed)
		zero := make([]byte, 1<<20)
		for i := 0; i < 10_000 && r.Context().Err() == nil; i++ { // up to 10 GB inflated
			if _, err := zw.Write(zero); err != nil {
				return
			}
		}
		_ = zw.Close()
	})
	mux.HandleFunc("/stall", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(http.StatusOK)
		w.(http.Flusher).Flush()
		select {
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	})
	mux.HandleFunc("/trickle", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for i := 0; i < 60 && r.Context().Err() == nil; i++ {
			_, _ = w.Write([]byte("<"))
			w.(http.Flusher).Flush()
			time.Sleep(time.Second)
		}
	})
	mux.HandleFunc("/lying-type", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"))
	})
	mux.HandleFunc("/short-length", func(w http.ResponseWriter, r *http.Request) {
		conn, buf, _ := w.(http.Hijacker).Hijack()
		defer conn.Close()
		fmt.Fprintf(buf, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n", len(page)-30)
		_, _ = buf.Write(page) // 30 bytes more than declared
		_ = buf.Flush()
	})
	mux.HandleFunc("/long-length", func(w http.ResponseWriter, r *http.Request) {
		conn, buf, _ := w.(http.Hijacker).Hijack()
		defer conn.Close()
		fmt.Fprintf(buf, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n", len(page)+1000)
		_, _ = buf.Write(page)
		_ = buf.Flush()
	})
	mux.HandleFunc("/reset", func(w http.ResponseWriter, r *http.Request) {
		conn, buf, _ := w.(http.Hijacker).Hijack()
		fmt.Fprintf(buf, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<html><body><p>half")
		_ = buf.Flush()
		if tcp, ok := conn.(*net.TCPConn); ok {
			_ = tcp.SetLinger(0) // close with RST
		}
		conn.Close()
	})
	mux.Handle("/loop", http.RedirectHandler("/loop", http.StatusFound))
	mux.Handle("/to-file", http.RedirectHandler("file:///etc/passwd", http.StatusFound))
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestHostileNetwork(t *testing.T) {
	srv := hostileServer(t)
	tls := httptest.NewTLSServer(http.NotFoundHandler())
	t.Cleanup(tls.Close)
	cases := []struct {
		name   string
		args   []string
		code   int
		stderr string
		within time.Duration
	}{
		{"endless body", []string{"--max-size", "5MB", srv.URL + "/endless"}, 1, "input too large: body over the limit of 5000000 bytes", 10 * time.Second},
		{"gzip bomb", []string{"--max-size", "5MB", srv.URL + "/bomb"}, 1, "input too large: body over the limit of 5000000 bytes", 10 * time.Second},
		{"stall after headers", []string{"--timeout", "1s", srv.URL + "/stall"}, 1, "timed out (--timeout)", 5 * time.Second},
		{"a byte a second", []string{"--timeout", "2s", srv.URL + "/trickle"}, 1, "timed out (--timeout)", 6 * time.Second},
		{"redirect loop", []string{srv.URL + "/loop"}, 1, "stopped after 10 redirects", 5 * time.Second},
		{"redirect to file://", []string{srv.URL + "/to-file"}, 1, `redirect to file:///etc/passwd: unsupported URL: scheme "file" (only http and https)`, 5 * time.Second},
		{"file:// input", []string{"file:///etc/passwd"}, 1, "unsupported URL: only http and https URLs are fetched", 5 * time.Second},
		{"ftp:// input", []string{"ftp://example.com/a.html"}, 1, "unsupported URL: only http and https URLs are fetched", 5 * time.Second},
		{"lying Content-Type", []string{srv.URL + "/lying-type"}, 1, "not HTML: content looks like image/png", 5 * time.Second},
		{"Content-Length longer than the body", []string{srv.URL + "/long-length"}, 1, "read body: unexpected EOF", 5 * time.Second},
		{"connection reset mid-body", []string{srv.URL + "/reset"}, 1, "read body:", 5 * time.Second},
		{"TLS certificate unknown", []string{tls.URL + "/"}, 1, "x509: certificate signed by unknown authority", 5 * time.Second},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := runPith(t, nil, c.args...)
			input := c.args[len(c.args)-1]
			prefix := "pith: " + input + ": "
			if r.code != c.code || !strings.HasPrefix(r.stderr, prefix) || !strings.Contains(r.stderr, c.stderr) ||
				strings.Count(r.stderr, "\n") != 1 {
				t.Errorf("code %d stderr %q; want %d and one line %q…%q", r.code, r.stderr, c.code, prefix, c.stderr)
			}
			if r.took > c.within {
				t.Errorf("took %v, more than %v", r.took, c.within)
			}
			t.Logf("%s: %v, peak RSS %.0f MB", c.name, r.took, float64(r.maxRSS)/1e6)
		})
	}

	// A Content-Length shorter than the body: the page is what the length
	// says, which here cuts the end of the article but not its text.
	r := runPith(t, nil, "--no-title", srv.URL+"/short-length")
	if r.code != 0 || !strings.Contains(r.stdout, "A paragraph of article text") {
		t.Errorf("short Content-Length: code %d stdout %q stderr %q", r.code, r.stdout, r.stderr)
	}
}

// TestHostileOutputs: a full disk and a read-only output folder give a
// clear error and a non-zero exit, and nothing half-written. It mounts
// small tmpfs folders, so it needs root; it skips elsewhere.
func TestHostileOutputs(t *testing.T) {
	dir := t.TempDir()
	var inputs []string
	for i := 0; i < 40; i++ {
		p := filepath.Join(dir, fmt.Sprintf("page%02d.html", i))
		body := "<html><body><article><p>" + strings.Repeat(fmt.Sprintf("Page %d has a long paragraph of article text. ", i), 40) + "</p></article></body></html>"
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, p)
	}

	// stdout and the log on a full device.
	r := runPith(t, nil, append([]string{"-q", "--log", "/dev/full"}, inputs[:2]...)...)
	if r.code != 1 || !strings.Contains(r.stderr, "log: write /dev/full: no space left on device") {
		t.Errorf("log on /dev/full: code %d stderr %q", r.code, r.stderr)
	}
	cmd := exec.Command("pith", inputs[0])
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full")
	}
	defer full.Close()
	var errs bytes.Buffer
	cmd.Stdout, cmd.Stderr = full, &errs
	_ = cmd.Run()
	if cmd.ProcessState.ExitCode() != 1 || !strings.Contains(errs.String(), "write output") {
		t.Errorf("stdout on /dev/full: code %d stderr %q", cmd.ProcessState.ExitCode(), errs.String())
	}

	mnt := filepath.Join(t.TempDir(), "small")
	if err := os.Mkdir(mnt, 0o755); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=32k", "tmpfs", mnt).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a small tmpfs (%v: %s): full-disk case skipped", err, out)
	}
	defer exec.Command("umount", mnt).Run()
	r = runPith(t, nil, append([]string{"-q", "-j", "1", "-o", mnt}, inputs...)...)
	if r.code != 1 || !strings.Contains(r.stderr, "no space left on device") {
		t.Errorf("full disk: code %d stderr %q", r.code, r.stderr)
	}
	entries, _ := os.ReadDir(mnt)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".pith-") {
			t.Errorf("temporary file left on a full disk: %s", e.Name())
			continue
		}
		data, _ := os.ReadFile(filepath.Join(mnt, e.Name()))
		if !strings.HasSuffix(string(data), "article text.\n") {
			t.Errorf("%s is incomplete: %d bytes", e.Name(), len(data))
		}
	}
	t.Logf("full disk: %d complete files written before it filled", len(entries))

	if out, err := exec.Command("mount", "-o", "remount,ro", mnt).CombinedOutput(); err != nil {
		t.Skipf("cannot remount read-only (%v: %s)", err, out)
	}
	r = runPith(t, nil, "-q", "-o", filepath.Join(mnt, "sub"), inputs[0])
	if r.code != 1 || !strings.Contains(r.stderr, "read-only file system") {
		t.Errorf("read-only output: code %d stderr %q", r.code, r.stderr)
	}
}

// TestHostileTimeoutCoversExtraction: --timeout bounds the extraction too,
// so one slow page cannot stall a batch; the next input still runs.
func TestHostileTimeoutCoversExtraction(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	dir := t.TempDir()
	slow := filepath.Join(dir, "slow.html")
	page := "<html><body><article><p>" + strings.Repeat("word ", 8<<20) + "</p></article></body></html>"
	if err := os.WriteFile(slow, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	fast := filepath.Join(dir, "fast.html")
	if err := os.WriteFile(fast, []byte("<article><p>"+strings.Repeat("A short article that is fast to extract. ", 10)+"</p></article>"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runPith(t, nil, "-j", "1", "--timeout", "300ms", slow, fast)
	if r.code != 1 || !strings.Contains(r.stderr, "pith: "+slow+": timed out (--timeout)\n") ||
		!strings.Contains(r.stdout, "A short article") {
		t.Errorf("code %d stderr %q stdout %.80q", r.code, r.stderr, r.stdout)
	}
	if r.took > 5*time.Second {
		t.Errorf("took %v", r.took)
	}
	t.Logf("40 MB page under a 300ms timeout, then a small one: %v", r.took)
}
