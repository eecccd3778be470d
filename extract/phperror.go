package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// A PHP error message is what a broken server prints into the page before
// or inside its markup, in PHP's fixed shape: a bold label, a colon, the
// message, the bold file name and the bold line number.
//
//	<br /><b>Warning</b>:  Creating default object from empty value in
//	<b>/www/htdocs/wp-includes/classes.php</b> on line <b>407</b><br />
//
// It sits among other text, not in a block of its own, so the pruning walk
// takes it out node by node.

// phpErrorLabels are the labels PHP prints before its messages, lower-cased.
var phpErrorLabels = map[string]bool{
	"warning": true, "notice": true, "deprecated": true, "strict standards": true,
	"fatal error": true, "parse error": true, "catchable fatal error": true,
}

// phpErrorNodesMax bounds the nodes between a message's colon and its "on
// line": the file name and little else.
const phpErrorNodesMax = 4

// phpErrorEnd returns the last node of the PHP error message that the
// element b begins (its bold line number), or nil when b begins none.
func phpErrorEnd(b *html.Node) *html.Node {
	if b.Data != "b" {
		return nil
	}
	label, ok := boundedText(b, len("catchable fatal error"))
	if !ok || !phpErrorLabels[strings.ToLower(label)] {
		return nil
	}
	message := b.NextSibling
	if message == nil || message.Type != html.TextNode || !strings.HasPrefix(message.Data, ":") {
		return nil
	}
	c := message
	for range phpErrorNodesMax {
		if c = c.NextSibling; c == nil {
			return nil
		}
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "on line" {
			line := c.NextSibling
			if line != nil && line.Type == html.ElementNode && line.Data == "b" && isDigits(textContent(line)) {
				return line
			}
			return nil
		}
	}
	return nil
}

// removePHPError removes the message from its first node, b, to its last,
// end, and the line break PHP prints after it. It returns the node that
// follows.
func removePHPError(b, end *html.Node) *html.Node {
	after := end.NextSibling
	if after != nil && after.Type == html.ElementNode && after.Data == "br" {
		after = after.NextSibling
	}
	parent := b.Parent
	for c := b; c != after; {
		next := c.NextSibling
		parent.RemoveChild(c)
		c = next
	}
	return after
}

// isDigits reports a non-empty string of ASCII digits.
func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}
