package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// linkRun is a line read as a run of links: tag lines and breadcrumbs are
// links with separators between them, a label before them or the page's
// own name after them.
type linkRun struct {
	links int    // links that hold text
	lead  string // the text before the first link
	tail  string // the text after the last link
	glued bool   // only glue characters stand between the links
}

// readLinkRun reads n's text as a run of links, with glue the characters
// allowed between them. It stops, returning false, at the first link
// linkOK refuses (nil: any link will do).
func readLinkRun(n *html.Node, glue string, linkOK func(*html.Node) bool) (linkRun, bool) {
	run := linkRun{glued: true}
	var loose strings.Builder // text outside links since the last link
	ok := true
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		for ; c != nil && ok; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				loose.WriteString(c.Data)
			case c.Type != html.ElementNode || isScriptLike(c.Data):
			case c.Data == "a" && firstTextNode(c) != nil:
				if run.links == 0 {
					run.lead = loose.String()
				} else if strings.Trim(loose.String(), glue) != "" {
					run.glued = false
				}
				loose.Reset()
				run.links++
				ok = linkOK == nil || linkOK(c)
			default:
				walk(c.FirstChild)
			}
		}
	}
	walk(n.FirstChild)
	run.tail = loose.String()
	return run, ok
}
