package fetch

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pithtool/pith/extract"
)

func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/ok", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte("<p>hello " + r.UserAgent() + "</p>"))
	})
	mux.Handle("/redirect", http.RedirectHandler("/ok", http.StatusFound))
	mux.Handle("/loop", http.RedirectHandler("/loop", http.StatusFound))
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "gone", http.StatusGone) })
	mux.HandleFunc("/pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		_, _ = w.Write([]byte("%PDF"))
	})
	mux.HandleFunc("/declared-big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", "5000")
		_, _ = w.Write([]byte(strings.Repeat("x", 5000)))
	})
	mux.HandleFunc("/stall", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(http.StatusOK)
		w.(http.Flusher).Flush()
		<-r.Context().Done()
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestGet(t *testing.T) {
	srv := newServer(t)
	f := New(Options{UserAgent: "pith-test", MaxSize: 1000})
	ctx := context.Background()

	p, err := f.Get(ctx, srv.URL+"/redirect")
	if err != nil {
		t.Fatal(err)
	}
	if p.URL != srv.URL+"/ok" || string(p.Body) != "<p>hello pith-test</p>" || !strings.HasPrefix(p.ContentType, "text/html") {
		t.Errorf("page = %+v", p)
	}

	cases := []struct {
		path, want string
		is         error
	}{
		{"/gone", "HTTP 410 Gone", nil},
		{"/pdf", "Content-Type is application/pdf", extract.ErrNotHTML},
		{"/declared-big", "Content-Length 5000 is over the limit of 1000 bytes", extract.ErrTooLarge},
		{"/loop", "stopped after 10 redirects", nil},
	}
	for _, c := range cases {
		_, err := f.Get(ctx, srv.URL+c.path)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err = %v, want %q", c.path, err, c.want)
		}
		if c.is != nil && !errors.Is(err, c.is) {
			t.Errorf("%s: err = %v, want errors.Is %v", c.path, err, c.is)
		}
	}
}

func TestGetRefusesOtherSchemes(t *testing.T) {
	f := New(Options{})
	for _, u := range []string{"file:///etc/passwd", "ftp://example.com/a", "gopher://x", "http://"} {
		if _, err := f.Get(context.Background(), u); !errors.Is(err, ErrUnsupportedURL) {
			t.Errorf("%s: err = %v, want ErrUnsupportedURL", u, err)
		}
	}
}

func TestGetDeadline(t *testing.T) {
	srv := newServer(t)
	f := New(Options{})
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := f.Get(ctx, srv.URL+"/stall")
	if err == nil || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want a deadline error", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("took %v past a 200ms deadline", d)
	}
}

// TestConcurrentGets shares one Fetcher between goroutines, as a batch
// does; run with -race.
func TestConcurrentGets(t *testing.T) {
	srv := newServer(t)
	f := New(Options{MaxSize: 1000})
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := f.Get(context.Background(), srv.URL+"/ok"); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
}
