package extract

import (
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// RenderHTML writes the article tree n as an HTML fragment. The tree has
// already been cleaned by Extract: links are absolute and scripts, styles,
// event-handler attributes and tracking pixels are gone.
func RenderHTML(w io.Writer, n *html.Node) error {
	if n == nil {
		return nil
	}
	return html.Render(w, n)
}

// asFragmentRoot renames the article's root to <div> when it is the page's
// <body> or <html> (the densest block of a page can be its whole body):
// the article's HTML is a fragment, and one holding a <body> tag would
// read as a page again when fed back to pith.
func asFragmentRoot(root *html.Node) {
	if root != nil && root.Type == html.ElementNode && (root.Data == "body" || root.Data == "html") {
		root.Data, root.DataAtom = "div", atom.Div
	}
}

// sanitizeHTML removes from the article tree what must never reach HTML
// output: executable and styling elements, event-handler and style
// attributes, javascript: URLs and 1×1 tracking images.
func sanitizeHTML(root *html.Node) {
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			switch {
			case c.Type == html.CommentNode:
				n.RemoveChild(c)
			case c.Type == html.ElementNode && c.Data == "form":
				// A form around the article (product pages, old ASP.NET
				// sites) is unwrapped: its text stays, its controls go.
				if first := unwrap(c); first != nil {
					next = first
				}
			case c.Type == html.ElementNode && isUnsafeElement(c):
				n.RemoveChild(c)
			default:
				if c.Type == html.ElementNode {
					c.Attr = safeAttrs(c.Attr)
				}
				walk(c)
			}
			c = next
		}
	}
	if root != nil {
		root.Attr = safeAttrs(root.Attr)
		walk(root)
	}
}

// unwrap replaces n by its children and returns the first of them.
func unwrap(n *html.Node) *html.Node {
	first := n.FirstChild
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		n.RemoveChild(c)
		n.Parent.InsertBefore(c, n)
		c = next
	}
	n.Parent.RemoveChild(n)
	return first
}

func isUnsafeElement(n *html.Node) bool {
	switch n.Data {
	case "script", "style", "link", "meta", "iframe", "object", "embed",
		"input", "button", "textarea", "select", "noscript", "template", "base":
		return true
	case "img":
		return isTrackingPixel(n)
	}
	return false
}

func isTrackingPixel(n *html.Node) bool {
	w, h := strings.TrimSpace(attr(n, "width")), strings.TrimSpace(attr(n, "height"))
	return (w == "0" || w == "1") && (h == "0" || h == "1")
}

// safeAttrs drops event handlers, inline styles and script URLs in place.
func safeAttrs(attrs []html.Attribute) []html.Attribute {
	kept := attrs[:0]
	for _, a := range attrs {
		key := strings.ToLower(a.Key)
		if strings.HasPrefix(key, "on") || key == "style" || key == keepAttr {
			continue
		}
		if (key == "href" || key == "src") && strings.HasPrefix(strings.ToLower(strings.TrimSpace(a.Val)), "javascript:") {
			continue
		}
		if key == "class" {
			if a.Val = withoutPithClasses(a.Val); a.Val == "" {
				continue
			}
		}
		kept = append(kept, a)
	}
	return kept
}

// withoutPithClasses drops the classes pith adds to mark blocks for its
// own stages (bylineClass, deferredClass) from a class value.
func withoutPithClasses(val string) string {
	if !strings.Contains(val, "pith-") {
		return val
	}
	classes := strings.Fields(val)
	kept := classes[:0]
	for _, c := range classes {
		if !strings.HasPrefix(c, "pith-") {
			kept = append(kept, c)
		}
	}
	return strings.Join(kept, " ")
}
