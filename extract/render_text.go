package extract

import (
	"io"

	"golang.org/x/net/html"
)

// RenderText writes the article tree n as plain text: paragraphs and
// headings separated by one blank line, list items as "- item" (an ordered
// list's numbers are the browser's, not the page's words: Markdown keeps them),
// <br> as a line break, <pre> verbatim, table rows one a line with cells
// separated by tabs. Whitespace runs become one space; non-breaking and
// zero-width spaces are dropped or made plain. Images are left out.
func RenderText(w io.Writer, n *html.Node) error {
	_, err := io.WriteString(w, renderText(n))
	return err
}

func renderText(n *html.Node) string {
	r := blockRenderer{}
	return r.render(n)
}
