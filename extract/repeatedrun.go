package extract

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// A story printed twice, back to back: some publishing systems ship an
// article's body twice, in a "content-body" and again in a
// "content-continued-body", and a script shows the first paragraphs of one
// and the rest of the other. Without the script, or in a saved page, the
// reader gets every paragraph twice. When the article's text blocks, read
// in order, hold a run of repeatedRunMin or more different blocks that
// the next blocks repeat word for word, the repeat goes. Shorter repeats
// stay: a refrain, a quoted line, a test page's two Lorem ipsum
// paragraphs, one paragraph printed over and over.

// repeatedRunMin is the fewest blocks, and repeatedRunBytes the least
// text, a run must have for its repeat to go: three table cells or list
// items of a word or two are no story.
const (
	repeatedRunMin   = 3
	repeatedRunBytes = 200
)

// repeatCompareBudget bounds the block comparisons one article may cost:
// the search compares each block with the one a run's length further on,
// for every length, which for an article of n blocks is n²/4 comparisons,
// and reads a whole run each time one matches. The budget covers every
// length for 2,000 blocks; a longer article is searched for its longest
// repeats only, and stays linear.
const repeatCompareBudget = 1_000_000

// hashedBlock is one block of the article's text and a hash of its words.
type hashedBlock struct {
	node *html.Node
	hash uint64
}

// dropRepeatedRun removes, from content, the longest back-to-back repeat
// of a run of repeatedRunMin or more text blocks (see above).
func dropRepeatedRun(content *html.Node, log *explainLog) {
	if content == nil {
		return
	}
	blocks := collectTextBlocks(content)
	budget := repeatCompareBudget
	for run := len(blocks) / 2; run >= repeatedRunMin; run-- {
		same := 0 // blocks that equal the block run places after them, in a row
		for k := 0; k+run < len(blocks); k++ {
			if budget--; budget < 0 {
				return
			}
			if blocks[k].hash != blocks[k+run].hash {
				same = 0
				continue
			}
			if same++; same < run {
				continue
			}
			first := k + 1 - run
			if budget -= run; budget < 0 {
				return // the checks below read the whole run
			}
			if !holdsDistinct(blocks[first:first+run]) ||
				runBytes(blocks[first:first+run]) < repeatedRunBytes ||
				!sameTexts(blocks[first:first+run], blocks[first+run:first+2*run]) {
				continue
			}
			for _, repeat := range blocks[first+run : first+2*run] {
				log.add("cleanup", KindNavigation, "the story printed twice", repeat.node)
				repeat.node.Parent.RemoveChild(repeat.node)
			}
			return
		}
	}
}

// holdsDistinct reports whether run holds repeatedRunMin or more blocks
// of different text: one paragraph printed over and over is no story.
func holdsDistinct(run []hashedBlock) bool {
	var seen [repeatedRunMin]uint64
	found := 0
	for _, b := range run {
		if slices.Contains(seen[:found], b.hash) {
			continue
		}
		seen[found] = b.hash
		if found++; found == repeatedRunMin {
			return true
		}
	}
	return false
}

// runBytes returns the bytes of text in a run of blocks, read again: a
// run is weighed only when it repeats.
func runBytes(run []hashedBlock) int {
	total := 0
	for _, b := range run {
		_, size := hashWords(b.node)
		total += size
	}
	return total
}

// sameTexts reports whether two runs of blocks, whose hashes agree, hold
// the same text: read only when a repeat is found.
func sameTexts(a, b []hashedBlock) bool {
	for k := range a {
		if textContent(a[k].node) != textContent(b[k].node) {
			return false
		}
	}
	return true
}

// collectTextBlocks returns, in document order, the elements under n
// that hold text and no other such element: paragraphs, headings, list
// items, quotes, tables, a block's loose text. It counts them first, so
// that the one slice it allocates is the size it needs.
func collectTextBlocks(n *html.Node) []hashedBlock {
	var counter blockCollector
	counter.walk(n)
	if counter.count < 2*repeatedRunMin {
		return nil // too few blocks for a run and its repeat
	}
	collector := blockCollector{blocks: make([]hashedBlock, 0, counter.count)}
	collector.walk(n)
	return collector.blocks
}

// blockCollector walks the article for collectTextBlocks: it counts the
// blocks, and when blocks has room, keeps them.
type blockCollector struct {
	count  int
	blocks []hashedBlock
}

func (bc *blockCollector) walk(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || isScriptLike(c.Data) {
			continue
		}
		if c.Data != "table" { // a table is one block, its cells read together
			before := bc.count
			if bc.walk(c); bc.count > before {
				continue
			}
			if !isTextBlockTag(c.Data) && (isInline(c.Data) || !holdsOwnText(c)) {
				continue
			}
		}
		if firstTextNode(c) == nil {
			continue
		}
		bc.count++
		if cap(bc.blocks) > 0 { // hashed only on the second walk, when kept
			h, _ := hashWords(c)
			bc.blocks = append(bc.blocks, hashedBlock{node: c, hash: h})
		}
	}
}

// isTextBlockTag lists the elements that are blocks of text wherever
// their text stands.
func isTextBlockTag(tag string) bool {
	switch tag {
	case "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt":
		return true
	}
	return false
}

// holdsOwnText reports whether a text node that is not white space is
// one of n's children.
func holdsOwnText(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return true
		}
	}
	return false
}

// FNV-1a, 64 bits: hashWords's hash, computed inline rather than with
// hash/fnv, which would cost an allocation per block and a call per byte.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashWords returns a hash of n's text, each run of white space read as
// one space and none at the ends, and the length of that text in bytes.
func hashWords(n *html.Node) (hash uint64, size int) {
	w := wordHasher{hash: fnvOffset}
	w.walk(n)
	return w.hash, w.size
}

// wordHasher is hashWords's state as it walks the text nodes.
type wordHasher struct {
	hash  uint64
	size  int  // bytes hashed
	space bool // white space came after the text hashed
}

func (w *wordHasher) walk(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			for i := 0; i < len(c.Data); i++ {
				if isASCIISpace(c.Data[i]) {
					w.space = w.size > 0
					continue
				}
				if w.space {
					w.hash = (w.hash ^ ' ') * fnvPrime
					w.size++
					w.space = false
				}
				w.hash = (w.hash ^ uint64(c.Data[i])) * fnvPrime
				w.size++
			}
		case c.Type == html.ElementNode && !isScriptLike(c.Data):
			w.walk(c)
		}
	}
}
