package extract

import (
	"bytes"
	"fmt"
	"io"

	"golang.org/x/net/html"
)

// maxParseDepth is the nesting depth kept when a page is too deeply nested for
// golang.org/x/net/html, which refuses trees deeper than 512 elements. It
// leaves room for the elements the parser opens implicitly.
const maxParseDepth = 400

// endTagSearch bounds how far down the open-element stack an end tag looks for
// its start tag, so that malformed input cannot make flattening quadratic.
const endTagSearch = 64

// parseHTML parses UTF-8 HTML. A page nested too deeply for the parser is
// flattened (elements past maxParseDepth lose their tags, keep their text)
// and parsed again, so the article inside it is still found.
func parseHTML(data []byte) (*html.Node, error) {
	doc, err := html.Parse(bytes.NewReader(data))
	if err == nil {
		return doc, nil
	}
	flat, ferr := flattenDeepNesting(data, maxParseDepth)
	if ferr != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	doc, err = html.Parse(bytes.NewReader(flat))
	if err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	return doc, nil
}

// flattenDeepNesting re-serialises data, dropping the start and end tags of
// elements that would open deeper than maxDepth. Text is kept.
func flattenDeepNesting(data []byte, maxDepth int) ([]byte, error) {
	type open struct {
		name string
		kept bool
	}
	var (
		out   bytes.Buffer
		stack []open
		kept  int
	)
	out.Grow(len(data))
	z := html.NewTokenizer(bytes.NewReader(data))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if z.Err() == io.EOF {
				return out.Bytes(), nil
			}
			return nil, z.Err()
		case html.StartTagToken:
			name, _ := z.TagName()
			if voidElements[string(name)] {
				out.Write(z.Raw())
				continue
			}
			keep := kept < maxDepth
			stack = append(stack, open{name: string(name), kept: keep})
			if keep {
				kept++
				out.Write(z.Raw())
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			for i := len(stack) - 1; i >= 0 && i >= len(stack)-endTagSearch; i-- {
				if stack[i].name != string(name) {
					continue
				}
				for _, o := range stack[i:] {
					if o.kept {
						kept--
					}
				}
				if stack[i].kept {
					out.Write(z.Raw())
				}
				stack = stack[:i]
				break
			}
		default:
			out.Write(z.Raw())
		}
	}
}

// voidElements never have content or an end tag.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "source": true,
	"track": true, "wbr": true, "param": true, "keygen": true,
}
