package extract

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// A story told as pictured items (a heading, an image, its caption) loses
// its headings when pith prunes the captions before the readability pass:
// the pass drops a block that holds a heading and no other text. Such a
// caption is marked instead, and removed right after the pass.

// deferredClass marks the blocks removed after the readability pass. It is
// a class because the pass keeps a class when it rebuilds a <div> as the
// <p> inside it, and the pass is told to preserve it.
const deferredClass = "pith-deferred"

// itemOtherTextMax bounds the text, in bytes, that a pictured item holds
// besides its heading and its caption ("View this image ›").
const itemOtherTextMax = 24

// itemChildrenMax bounds the elements of a pictured item: a heading, an
// image's block, a caption and little else.
const itemChildrenMax = 6

// captionsPicturedItem reports whether the caption n is all that stands
// beside a heading in its parent block, with an image. The block's
// children are counted first, so that a caption straight inside a long
// article costs one look at its siblings.
func captionsPicturedItem(n *html.Node) bool {
	item := n.Parent
	if item == nil {
		return false
	}
	var heading *html.Node
	children := 0
	for c := item.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if children++; children > itemChildrenMax {
			return false
		}
		if heading == nil && isHeading(c.Data) && c.Data != "h1" {
			heading = c
		}
	}
	if heading == nil || findElement(item, "img") == nil {
		return false
	}
	return textLen(item)-textLen(heading)-textLen(n) <= itemOtherTextMax
}

// markDeferred adds deferredClass to n and every element inside it, so
// that the mark survives whichever of them the pass rebuilds.
func markDeferred(n *html.Node) {
	addClass(n, deferredClass)
	for d := range n.Descendants() {
		if d.Type == html.ElementNode {
			addClass(d, deferredClass)
		}
	}
}

func addClass(n *html.Node, class string) {
	for i, a := range n.Attr {
		if a.Key == "class" {
			n.Attr[i].Val = a.Val + " " + class
			return
		}
	}
	n.Attr = append(n.Attr, html.Attribute{Key: "class", Val: class})
}

// removeDeferred removes the marked blocks from each tree in roots.
func removeDeferred(roots ...*html.Node) {
	var marked []*html.Node
	for _, root := range roots {
		if root == nil {
			continue
		}
		marked = marked[:0]
		for d := range root.Descendants() {
			if isDeferred(d) && (d.Parent == nil || !isDeferred(d.Parent)) {
				marked = append(marked, d)
			}
		}
		for _, d := range marked {
			d.Parent.RemoveChild(d)
		}
	}
}

func isDeferred(n *html.Node) bool {
	return n.Type == html.ElementNode && slices.Contains(strings.Fields(attr(n, "class")), deferredClass)
}
