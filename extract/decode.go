package extract

import (
	"bytes"
	"fmt"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// metaScanWindow is how far into the page a <meta charset> is looked for when
// it is not in the first 1024 bytes, where the HTML standard's prescan stops.
// Real pages put long comments or scripts before it often enough to matter.
const metaScanWindow = 64 << 10

// detectWindow bounds the bytes handed to the statistical charset detector.
const detectWindow = 64 << 10

// checkHTML rejects input that is empty, blank or binary, before any decoding.
func checkHTML(data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return fmt.Errorf("%w: empty input", ErrNotHTML)
	}
	if hasUTF16BOM(data) {
		return nil
	}
	sniffed := http.DetectContentType(data)
	for _, prefix := range []string{"image/", "audio/", "video/", "font/", "application/"} {
		if strings.HasPrefix(sniffed, prefix) {
			return fmt.Errorf("%w: content looks like %s", ErrNotHTML, strings.SplitN(sniffed, ";", 2)[0])
		}
	}
	head := data[:min(len(data), 4096)]
	if bytes.IndexByte(head, 0) >= 0 {
		return fmt.Errorf("%w: binary data (NUL bytes)", ErrNotHTML)
	}
	if bytes.IndexByte(data[:min(len(data), metaScanWindow)], '<') < 0 {
		return fmt.Errorf("%w: no markup in the first %d KiB", ErrNotHTML, metaScanWindow>>10)
	}
	return nil
}

func hasUTF16BOM(data []byte) bool {
	return bytes.HasPrefix(data, []byte{0xFE, 0xFF}) || bytes.HasPrefix(data, []byte{0xFF, 0xFE})
}

// decodeToUTF8 returns data as UTF-8, choosing the encoding in the HTML
// standard's order: the override, a byte order mark, the HTTP Content-Type
// charset, a <meta> declaration, then detection. It returns the name of the
// encoding it used. UTF-8 input is returned without a copy.
func decodeToUTF8(data []byte, contentType, override string) ([]byte, string, error) {
	enc, name, err := chooseEncoding(data, contentType, override)
	if err != nil {
		return nil, "", err
	}
	if enc == encoding.Nop || name == "utf-8" {
		data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
		return data, "utf-8", nil
	}
	if name != "utf-16le" && name != "utf-16be" {
		// Drop a BOM of another encoding so it is not decoded as text.
		data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, "", fmt.Errorf("decode as %s: %w", name, err)
	}
	return out, name, nil
}

func chooseEncoding(data []byte, contentType, override string) (encoding.Encoding, string, error) {
	if override != "" {
		enc, name := charset.Lookup(override)
		if enc == nil {
			return nil, "", fmt.Errorf("unknown encoding %q", override)
		}
		return enc, name, nil
	}
	if hasBOM(data) {
		enc, name, _ := charset.DetermineEncoding(data, "")
		return enc, name, nil
	}
	enc, name, certain := charset.DetermineEncoding(data, contentType)
	if certain {
		return preferValidUTF8(data, enc, name)
	}
	// DetermineEncoding's prescan found a <meta> in the first 1024 bytes
	// unless it fell back to its UTF-8 / windows-1252 guess.
	if declared := declaredInPrescan(data); declared {
		enc, name, _ = fixUTF16Declaration(enc, name)
		return preferValidUTF8(data, enc, name)
	}
	if enc, name := metaCharset(data[:min(len(data), metaScanWindow)]); enc != nil {
		enc, name, _ = fixUTF16Declaration(enc, name)
		return preferValidUTF8(data, enc, name)
	}
	if utf8.Valid(data) {
		return encoding.Nop, "utf-8", nil
	}
	if enc, name := detectCharset(data); enc != nil {
		return enc, name, nil
	}
	return enc, name, nil
}

// preferValidUTF8 overrules a declared legacy encoding when the bytes are
// valid UTF-8 with multi-byte sequences in them: pages saved or served as
// UTF-8 keep the old <meta> or header often, and text really written in a
// legacy encoding is almost never valid UTF-8 (Cyrillic or CJK in
// windows-1251 or GBK never is). Decoding such bytes as declared would
// print mojibake while the bytes themselves are unambiguous.
func preferValidUTF8(data []byte, enc encoding.Encoding, name string) (encoding.Encoding, string, error) {
	if name != "utf-8" && !strings.HasPrefix(name, "utf-16") && hasMultibyteUTF8(data) && utf8.Valid(data) {
		return encoding.Nop, "utf-8", nil
	}
	return enc, name, nil
}

// hasMultibyteUTF8 reports whether data has any byte outside ASCII.
func hasMultibyteUTF8(data []byte) bool {
	for _, b := range data {
		if b >= 0x80 {
			return true
		}
	}
	return false
}

func hasBOM(data []byte) bool {
	return hasUTF16BOM(data) || bytes.HasPrefix(data, []byte("\xEF\xBB\xBF"))
}

// fixUTF16Declaration applies the standard's rule that a <meta> declaring
// UTF-16 in an ASCII-compatible document means UTF-8.
func fixUTF16Declaration(enc encoding.Encoding, name string) (encoding.Encoding, string, error) {
	if enc == unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM) || strings.HasPrefix(name, "utf-16") {
		return encoding.Nop, "utf-8", nil
	}
	return enc, name, nil
}

// declaredInPrescan reports whether the first 1024 bytes hold a charset
// declaration in a <meta> tag.
func declaredInPrescan(data []byte) bool {
	enc, _ := metaCharset(data[:min(len(data), 1024)])
	return enc != nil
}

// metaCharset finds the first <meta charset=...> or <meta http-equiv
// content="...; charset=..."> in data and looks its label up. It reads
// data in place, matching letters in either case, so that a page's head
// costs no copy.
func metaCharset(data []byte) (encoding.Encoding, string) {
	for off := 0; ; {
		i := indexFold(data[off:], "<meta")
		if i < 0 {
			return nil, ""
		}
		start := off + i
		end := bytes.IndexByte(data[start:], '>')
		if end < 0 {
			return nil, ""
		}
		tag := data[start : start+end]
		off = start + end
		j := indexFold(tag, "charset")
		if j < 0 {
			continue
		}
		rest := bytes.TrimLeft(tag[j+len("charset"):], " \t\r\n")
		if len(rest) == 0 || rest[0] != '=' {
			continue
		}
		rest = bytes.TrimLeft(rest[1:], " \t\r\n\"'")
		k := bytes.IndexAny(rest, " \t\r\n\"';/")
		if k >= 0 {
			rest = rest[:k]
		}
		if enc, name := charset.Lookup(string(rest)); enc != nil { // Lookup ignores case
			return enc, name
		}
	}
}

// indexFold returns the index of the first match of the lower-case ASCII
// word in data, letters matched in either case, or -1.
func indexFold(data []byte, word string) int {
	first, upper := word[0], word[0]
	if 'a' <= upper && upper <= 'z' {
		upper -= 'a' - 'A'
	}
	for i := 0; i+len(word) <= len(data); i++ {
		if c := data[i]; c != first && c != upper {
			continue
		}
		if bytes.EqualFold(data[i:i+len(word)], []byte(word)) {
			return i
		}
	}
	return -1
}

// detectCharset guesses the encoding of undeclared, non-UTF-8 bytes from
// their statistics (the HTML detector skips markup itself).
func detectCharset(data []byte) (encoding.Encoding, string) {
	result, err := chardet.NewHtmlDetector().DetectBest(data[:min(len(data), detectWindow)])
	if err != nil || result == nil {
		return nil, ""
	}
	label := result.Charset
	if label == "GB-18030" {
		label = "gb18030"
	}
	enc, name := charset.Lookup(label)
	if enc == nil {
		return nil, ""
	}
	return enc, name
}
