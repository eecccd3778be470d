package extract

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// page builds a small HTML page around text, with an optional <meta> charset.
func page(metaCharset, text string) string {
	head := ""
	if metaCharset != "" {
		head = `<meta charset="` + metaCharset + `">`
	}
	return "<!DOCTYPE html><html><head>" + head + "<title>t</title></head><body><p>" + text + "</p></body></html>"
}

func mustEncode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	out, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode: %v", err)
	}
	return out
}

func TestDecodeToUTF8(t *testing.T) {
	russian := "Читайте также: Германия не исключит Huawei из строительства сетей 5G, заявил глава агентства."
	german := "Die Bundesnetzagentur hat keine konkreten Hinweise gegen Huawei erhalten, sagte Homann über die Größe."
	japaneseText := "ファーウェイの最高経営責任者は、ドイツに対してスパイ行為をしない協定を提案した。"
	chinese := "华为首席执行官任正非提出与德国签署无间谍协议，以解决安全方面的担忧。"
	tests := []struct {
		name        string
		data        []byte
		contentType string
		override    string
		want        string
		wantName    string
	}{
		{"utf-8 with meta", []byte(page("utf-8", russian)), "", "", russian, "utf-8"},
		{"utf-8 without meta", []byte(page("", german)), "", "", german, "utf-8"},
		{"utf-8 with BOM", append([]byte("\xEF\xBB\xBF"), page("", german)...), "", "", german, "utf-8"},
		{"windows-1251 meta", mustEncode(t, charmap.Windows1251, page("windows-1251", russian)), "", "", russian, "windows-1251"},
		{"koi8-r meta", mustEncode(t, charmap.KOI8R, page("koi8-r", russian)), "", "", russian, "koi8-r"},
		{"iso-8859-1 meta", mustEncode(t, charmap.Windows1252, page("iso-8859-1", german)), "", "", german, "windows-1252"},
		{"shift_jis meta", mustEncode(t, japanese.ShiftJIS, page("shift_jis", japaneseText)), "", "", japaneseText, "shift_jis"},
		{"gb18030 meta", mustEncode(t, simplifiedchinese.GB18030, page("gb18030", chinese)), "", "", chinese, "gb18030"},
		{"charset only in header", mustEncode(t, charmap.Windows1251, page("", russian)), "text/html; charset=windows-1251", "", russian, "windows-1251"},
		{"header beats meta", mustEncode(t, charmap.Windows1251, page("utf-8", russian)), "text/html; charset=windows-1251", "", russian, "windows-1251"},
		{"override beats all", mustEncode(t, charmap.KOI8R, page("utf-8", russian)), "text/html; charset=utf-8", "koi8-r", russian, "koi8-r"},
		{"meta after 1024 bytes", mustEncode(t, charmap.Windows1251,
			"<html><head><!--"+strings.Repeat("x", 2000)+"--><meta charset=windows-1251></head><body><p>"+russian+"</p></body></html>"),
			"", "", russian, "windows-1251"},
		{"undeclared windows-1251 detected", mustEncode(t, charmap.Windows1251, page("", strings.Repeat(russian+" ", 5))), "", "", russian, "windows-1251"},
		{"utf-16 meta in utf-8 page", []byte(page("utf-16", german)), "", "", german, "utf-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, name, err := decodeToUTF8(tt.data, tt.contentType, tt.override)
			if err != nil {
				t.Fatalf("decodeToUTF8: %v", err)
			}
			if name != tt.wantName {
				t.Errorf("encoding = %q, want %q", name, tt.wantName)
			}
			if !bytes.Contains(got, []byte(tt.want)) {
				t.Errorf("decoded text does not contain %q:\n%s", tt.want, got)
			}
		})
	}
}

func TestDecodeUnknownOverride(t *testing.T) {
	_, _, err := decodeToUTF8([]byte(page("", "x")), "", "no-such-charset")
	if err == nil || !strings.Contains(err.Error(), "no-such-charset") {
		t.Fatalf("err = %v, want an error naming the encoding", err)
	}
}

func TestCheckHTML(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		ok   bool
	}{
		{"page", []byte(page("", "hello")), true},
		{"empty", nil, false},
		{"whitespace", []byte(" \n\t \r\n"), false},
		{"png", append([]byte("\x89PNG\r\n\x1a\n"), make([]byte, 64)...), false},
		{"pdf", []byte("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), false},
		{"nul bytes", []byte("<html>\x00\x00\x00\x01\x02</html>"), false},
		{"plain text", []byte("just some words, no markup at all"), false},
		{"utf-16 bom", mustEncode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), page("", "hello")), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := checkHTML(tt.data)
			if tt.ok && err != nil {
				t.Fatalf("checkHTML: %v", err)
			}
			if !tt.ok && !errors.Is(err, ErrNotHTML) {
				t.Fatalf("checkHTML = %v, want ErrNotHTML", err)
			}
		})
	}
}

func TestMetaCharset(t *testing.T) {
	for _, tt := range []struct {
		head, want string
	}{
		{`<meta charset="windows-1251">`, "windows-1251"},
		{`<META CHARSET=KOI8-R>`, "koi8-r"},
		{`<Meta Http-Equiv="Content-Type" Content="text/html; Charset=Shift_JIS">`, "shift_jis"},
		{`<meta name="viewport" content="width=device-width"><meta charset = 'gbk' />`, "gbk"},
		{`<meta charset="no-such-label"><meta charset="iso-8859-2">`, "iso-8859-2"},
		{`<meta name="description" content="charset of the day">`, ""},
		{`<title>charset=utf-8</title>`, ""},
		{`<meta charset="utf-8"`, ""}, // unclosed
	} {
		_, name := metaCharset([]byte("<html><head>" + tt.head))
		if name != tt.want {
			t.Errorf("metaCharset(%s) = %q, want %q", tt.head, name, tt.want)
		}
	}
}

func TestIndexFold(t *testing.T) {
	for _, tt := range []struct {
		data, word string
		want       int
	}{
		{"<META", "<meta", 0},
		{"x<MeTa", "<meta", 1},
		{"<met", "<meta", -1},
		{"CHARSET", "charset", 0},
		{"Xcharse", "charset", -1},
	} {
		if got := indexFold([]byte(tt.data), tt.word); got != tt.want {
			t.Errorf("indexFold(%q, %q) = %d, want %d", tt.data, tt.word, got, tt.want)
		}
	}
}
