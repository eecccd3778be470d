package main

import (
	"bytes"
	"fmt"

	"github.com/pithtool/pith/extract"
)

// renderArticle formats one article in the chosen format, whole, so that a
// failure never leaves half an article on stdout.
func renderArticle(opts *options, art *extract.Article, source string) ([]byte, error) {
	var b bytes.Buffer
	if opts.explain && opts.format != "json" {
		writeRemovals(&b, art.Removed)
		b.WriteString("choice\t" + art.Explanation + "\n")
		return b.Bytes(), nil
	}
	switch opts.format {
	case "json":
		if err := extract.RenderJSON(&b, art, source, extract.JSONBody(opts.jsonBody)); err != nil {
			return nil, err
		}
		return b.Bytes(), nil
	case "markdown":
		if !opts.noTitle && art.Title != "" && !art.OpensWithTitle() {
			b.WriteString("# ")
			b.WriteString(art.Title)
			b.WriteString("\n\n")
		}
		if err := extract.RenderMarkdown(&b, art.Content); err != nil {
			return nil, err
		}
		if art.Comments != "" {
			b.WriteString("\n\n## Comments\n\n")
			b.WriteString(art.Comments)
		}
	case "html":
		if err := extract.RenderHTML(&b, art.Content); err != nil {
			return nil, err
		}
	default:
		if !opts.noTitle && art.Title != "" && !art.OpensWithTitle() {
			b.WriteString(art.Title)
			b.WriteString("\n\n")
		}
		b.WriteString(art.Text)
		if art.Comments != "" {
			b.WriteString("\n\n" + commentsMarker + "\n\n")
			b.WriteString(art.Comments)
		}
	}
	b.WriteByte('\n')
	return b.Bytes(), nil
}

// commentsMarker is the line that sets the page's comments apart from the
// article in text output (with --keep comments).
const commentsMarker = "--- comments ---"

// writeRemovals lists removed blocks one a line: stage, kind, rule, size
// and first words, tab-separated.
func writeRemovals(b *bytes.Buffer, removed []extract.Removal) {
	for _, r := range removed {
		fmt.Fprintf(b, "%s\t%s\t%s\t%dB\t%s\n", r.Stage, r.Kind, r.Rule, r.Size, r.Text)
	}
}
