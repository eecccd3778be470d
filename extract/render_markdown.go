package extract

import (
	"io"

	"golang.org/x/net/html"
)

// RenderMarkdown writes the article tree n as CommonMark: ATX headings,
// emphasis, links and images with the URLs of the tree (absolute after
// extraction), lists, block quotes, fenced code blocks and pipe tables.
// Characters that CommonMark would read as marks are escaped.
func RenderMarkdown(w io.Writer, n *html.Node) error {
	r := blockRenderer{markdown: true}
	_, err := io.WriteString(w, r.render(n))
	return err
}
