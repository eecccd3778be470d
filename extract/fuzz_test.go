package extract

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzFromBytes feeds arbitrary bytes to the whole extraction: it must
// never panic, must return an article or one of the documented errors, and
// must render whatever it returns.
func FuzzFromBytes(f *testing.F) {
	for _, gc := range loadGoldenCases(f) {
		f.Add(gc.page)
	}
	f.Add([]byte("<p>a</p>"))
	f.Add([]byte("<div><br />\n<b>Warning</b>:  x() failed in <b>/www/a.php</b> on line <b>12</b><br />\n<p>Text.</p></div>")) // phperror.go
	f.Add([]byte("<p>Prose of the story. - Sign up. - ? - ! x</p>"))                                                           // sentence breaks and dashes together (signup.go)
	f.Add([]byte("\xEF\xBB\xBF<meta charset=koi8-r><p>\xd0\xd2\xc9\xd7\xc5\xd4</p>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		art, err := FromBytes(ctx, data, Options{URL: "https://example.com/a/b.html"})
		if err != nil {
			if !errors.Is(err, ErrNotHTML) && !errors.Is(err, ErrNoArticle) && ctx.Err() == nil && !isParseError(err) {
				t.Fatalf("unexpected error kind: %v", err)
			}
			return
		}
		if art.Text == "" {
			t.Fatal("article with empty text")
		}
		var b bytes.Buffer
		if err := RenderJSON(&b, art, "fuzz", JSONBodyMarkdown); err != nil {
			t.Fatalf("RenderJSON: %v", err)
		}
		_ = art.HTML()
	})
}

// FuzzDecode checks that charset decoding never panics and always yields
// valid UTF-8 for any bytes and declared charset.
func FuzzDecode(f *testing.F) {
	f.Add([]byte("<meta charset=windows-1251><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>"), "")
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"), "text/html; charset=utf-16")
	f.Add([]byte("<p>plain</p>"), "text/html; charset=shift_jis")
	f.Fuzz(func(t *testing.T, data []byte, contentType string) {
		out, _, err := decodeToUTF8(data, contentType, "")
		if err != nil {
			return
		}
		if !utf8.Valid(out) && !isUTF8Passthrough(data, out) {
			t.Fatalf("decoded output is not valid UTF-8: %q", out)
		}
	})
}

func isParseError(err error) bool {
	return bytes.Contains([]byte(err.Error()), []byte("parse:"))
}

// isUTF8Passthrough reports output that is the input handed through as
// UTF-8 without a copy: invalid sequences in it are rendered as U+FFFD by
// the parser, not by the decoder.
func isUTF8Passthrough(in, out []byte) bool {
	return bytes.HasSuffix(in, out)
}
