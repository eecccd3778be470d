package batch

import (
	"net/url"
	"path"
	"path/filepath"
	"strconv"
	"strings"
)

// maxSegment bounds one folder or file name of an output path.
const maxSegment = 100

// pageExtensions are dropped from input names to make output names.
var pageExtensions = []string{".gz", ".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", ".jsp", ".warc"}

// outputPath joins the output folder, a relative name and the extension.
func outputPath(dir, rel, ext string) string {
	return filepath.Join(dir, filepath.FromSlash(rel)+ext)
}

// nameFromFile turns a path relative to a walked folder (or a file's base
// name) into an output name: "a/b.html.gz" → "a/b".
func nameFromFile(rel string) string {
	rel = filepath.ToSlash(rel)
	return cleanRelPath(stripPageExt(rel))
}

func stripPageExt(name string) string {
	for changed := true; changed; {
		changed = false
		lower := strings.ToLower(name)
		for _, ext := range pageExtensions {
			if strings.HasSuffix(lower, ext) && len(name) > len(ext) && !strings.HasSuffix(name[:len(name)-len(ext)], "/") {
				name, changed = name[:len(name)-len(ext)], true
				break
			}
		}
	}
	return name
}

// nameFromURL turns a page address into a readable output name:
// "https://example.com/2019/03/article.html?id=7" → "example.com/2019/03/article_id=7".
func nameFromURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		if i := strings.Index(raw, "://"); i >= 0 {
			raw = raw[i+3:]
		}
		return cleanRelPath(stripPageExt(raw))
	}
	p := u.EscapedPath()
	if unescaped, err := url.PathUnescape(p); err == nil {
		p = unescaped
	}
	if p == "" || strings.HasSuffix(p, "/") {
		p += "index"
	}
	p = stripPageExt(p)
	if u.RawQuery != "" {
		p += "_" + u.RawQuery
	}
	return cleanRelPath(u.Hostname() + "/" + p)
}

// cleanRelPath makes a relative path safe under the output folder: no
// "..", ".", empty or absolute parts, no control or reserved characters,
// no part longer than maxSegment bytes.
func cleanRelPath(p string) string {
	var parts []string
	for _, seg := range strings.Split(p, "/") {
		seg = cleanSegment(seg)
		if seg == "" || seg == "." || seg == ".." {
			continue
		}
		parts = append(parts, seg)
	}
	if len(parts) == 0 {
		return "page"
	}
	return path.Join(parts...)
}

func cleanSegment(seg string) string {
	var b strings.Builder
	for _, r := range seg {
		switch {
		case r < 0x20 || r == 0x7f || r == 0xfffd:
			b.WriteByte('_')
		case strings.ContainsRune(`\:*?"<>|`, r):
			b.WriteByte('_')
		default:
			b.WriteRune(r)
		}
	}
	s := strings.Trim(b.String(), " .")
	if len(s) > maxSegment {
		cut := maxSegment
		for cut > 0 && !isRuneStart(s[cut]) {
			cut--
		}
		s = s[:cut]
	}
	if strings.HasPrefix(s, ".pith-") {
		s = "_" + s // never the name of a temporary file
	}
	return s
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// nameRegistry hands out each output name once: a second input that maps
// to the same name gets "-2", then "-3".
type nameRegistry map[string]bool

func (r nameRegistry) claim(name string) string {
	key := strings.ToLower(name)
	if !r[key] {
		r[key] = true
		return name
	}
	for i := 2; ; i++ {
		candidate := name + "-" + strconv.Itoa(i)
		if !r[strings.ToLower(candidate)] {
			r[strings.ToLower(candidate)] = true
			return candidate
		}
	}
}
