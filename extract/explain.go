package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// Removal describes one block that pith removed from the page, in document
// order. Removals are recorded only when Options.Explain is set.
type Removal struct {
	// Stage is "prune" (before the readability pass) or "cleanup" (inside
	// the article it chose).
	Stage string `json:"stage"`
	// Kind is the family of boilerplate the rule belongs to.
	Kind Kind `json:"kind"`
	// Rule names what matched: a tag, a role, a class or id word, a phrase.
	Rule string `json:"rule"`
	// Text is the first words of the block.
	Text string `json:"text"`
	// Size is the block's text length in bytes.
	Size int `json:"size"`
}

// explainLog collects removals; a nil log records nothing and costs nothing.
type explainLog struct {
	removals []Removal
}

// explainWords is how many words of a removed block are kept for display.
const explainWords = 12

func (l *explainLog) add(stage string, kind Kind, rule string, n *html.Node) {
	if l == nil {
		return
	}
	words := strings.Fields(textContent(n))
	text := strings.Join(words[:min(len(words), explainWords)], " ")
	if len(words) > explainWords {
		text += " …"
	}
	l.removals = append(l.removals, Removal{Stage: stage, Kind: kind, Rule: rule, Text: text, Size: textLen(n)})
}
