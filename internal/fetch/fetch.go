// Package fetch downloads web pages for pith with the limits a command-line
// tool needs: a context deadline, a redirect cap, a body-size cap that fails
// rather than truncates, and checks of status and content type.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"strings"

	"github.com/pithtool/pith/extract"
)

// MaxRedirects is the number of redirects followed before a fetch fails.
const MaxRedirects = 10

// ErrUnsupportedURL reports a URL whose scheme is not http or https.
var ErrUnsupportedURL = errors.New("unsupported URL")

// Options configure a Fetcher.
type Options struct {
	// UserAgent is sent with every request.
	UserAgent string
	// MaxSize caps the decoded body in bytes (0: no cap).
	MaxSize int64
	// Transport, when set, replaces http.DefaultTransport (tests).
	Transport http.RoundTripper
}

// Page is a fetched HTML page.
type Page struct {
	// Body is the page as served, after any transfer compression is undone.
	Body []byte
	// URL is the address the page was finally served from, after redirects.
	URL string
	// ContentType is the response's Content-Type header.
	ContentType string
}

// Fetcher downloads pages. It is safe for concurrent use.
type Fetcher struct {
	client    *http.Client
	userAgent string
	maxSize   int64
}

// New returns a Fetcher with the given options.
func New(opts Options) *Fetcher {
	transport := opts.Transport
	if transport == nil {
		transport = http.DefaultTransport
	}
	return &Fetcher{
		client: &http.Client{
			Transport:     transport,
			CheckRedirect: checkRedirect,
		},
		userAgent: opts.UserAgent,
		maxSize:   opts.MaxSize,
	}
}

func checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) >= MaxRedirects {
		return fmt.Errorf("stopped after %d redirects", MaxRedirects)
	}
	if err := checkScheme(req.URL); err != nil {
		return fmt.Errorf("redirect to %s: %w", req.URL.Redacted(), err)
	}
	return nil
}

func checkScheme(u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%w: scheme %q (only http and https)", ErrUnsupportedURL, u.Scheme)
	}
	if u.Host == "" {
		return fmt.Errorf("%w: no host", ErrUnsupportedURL)
	}
	return nil
}

// Get downloads rawURL. It fails on a non-2xx status, a content type that
// is not HTML (an empty one is allowed and left to content checks), and a
// body larger than the size cap (wrapping extract.ErrTooLarge). The
// deadline of ctx covers the whole download, body included.
func (f *Fetcher) Get(ctx context.Context, rawURL string) (*Page, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnsupportedURL, err)
	}
	if err := checkScheme(u); err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", f.userAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, describeError(ctx, err)
	}
	defer resp.Body.Close()

	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("HTTP %s", resp.Status)
	}
	contentType := resp.Header.Get("Content-Type")
	if err := checkContentType(contentType); err != nil {
		return nil, err
	}
	if f.maxSize > 0 && resp.ContentLength > f.maxSize {
		return nil, fmt.Errorf("%w: Content-Length %d is over the limit of %d bytes", extract.ErrTooLarge, resp.ContentLength, f.maxSize)
	}
	body, err := extract.ReadLimited(resp.Body, f.maxSize)
	if err != nil {
		if errors.Is(err, extract.ErrTooLarge) {
			return nil, fmt.Errorf("%w: body over the limit of %d bytes", extract.ErrTooLarge, f.maxSize)
		}
		return nil, fmt.Errorf("read body: %w", describeError(ctx, err))
	}
	return &Page{Body: body, URL: resp.Request.URL.String(), ContentType: contentType}, nil
}

// checkContentType accepts HTML and XHTML, and a missing header.
func checkContentType(contentType string) error {
	if strings.TrimSpace(contentType) == "" {
		return nil
	}
	mediaType, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return fmt.Errorf("%w: bad Content-Type %q", extract.ErrNotHTML, contentType)
	}
	switch mediaType {
	case "text/html", "application/xhtml+xml":
		return nil
	}
	return fmt.Errorf("%w: Content-Type is %s", extract.ErrNotHTML, mediaType)
}

// describeError turns a deadline hit into a plain "timed out" error.
func describeError(ctx context.Context, err error) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) || errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("timed out: %w", context.DeadlineExceeded)
	}
	var urlErr *url.Error
	if errors.As(err, &urlErr) {
		return urlErr.Err
	}
	return err
}
