package eval

import (
	"strings"
	"unicode"
)

// SnippetCounts are the confusion counts of the snippet metric.
type SnippetCounts struct {
	TP, FN, FP, TN int
}

// Add accumulates o into c.
func (c *SnippetCounts) Add(o SnippetCounts) {
	c.TP += o.TP
	c.FN += o.FN
	c.FP += o.FP
	c.TN += o.TN
}

// Precision is TP/(TP+FP).
func (c SnippetCounts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN).
func (c SnippetCounts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F is 2TP/(2TP+FP+FN).
func (c SnippetCounts) F() float64 { return ratio(2*c.TP, 2*c.TP+c.FP+c.FN) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// ScoreSnippets applies trafilatura's metric to one page: whitespace is
// collapsed in text and snippets, then each snippet is looked up as a
// substring. It also returns the snippets missed and leaked.
func ScoreSnippets(text string, with, without []string) (c SnippetCounts, missed, leaked []string) {
	body := collapse(text)
	for _, s := range with {
		if strings.Contains(body, collapse(s)) {
			c.TP++
		} else {
			c.FN++
			missed = append(missed, s)
		}
	}
	for _, s := range without {
		if strings.Contains(body, collapse(s)) {
			c.FP++
			leaked = append(leaked, s)
		} else {
			c.TN++
		}
	}
	return c, missed, leaked
}

func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// ShingleScore is one page's precision and recall over 4-word shingles, as
// the article-extraction-benchmark computes them.
type ShingleScore struct {
	Precision, Recall float64
}

// ScoreShingles compares the shingle multisets of got and want: tokens are
// runs of Unicode letters, digits and underscores, shingles are four
// consecutive tokens.
func ScoreShingles(got, want string) ShingleScore {
	g, w := shingles(got), shingles(want)
	tp, fp, fn := 0, 0, 0
	for s, n := range g {
		m := w[s]
		tp += min(n, m)
		if n > m {
			fp += n - m
		}
	}
	for s, m := range w {
		if n := g[s]; m > n {
			fn += m - n
		}
	}
	p, r := 1.0, 1.0
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	return ShingleScore{Precision: p, Recall: r}
}

func shingles(text string) map[string]int {
	tokens := strings.FieldsFunc(text, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || unicode.Is(unicode.Mn, r))
	})
	out := make(map[string]int, len(tokens))
	for i := 0; i+4 <= len(tokens); i++ {
		out[strings.Join(tokens[i:i+4], " ")]++
	}
	if len(tokens) > 0 && len(tokens) < 4 {
		out[strings.Join(tokens, " ")]++
	}
	return out
}

// F1 combines averaged precision and recall.
func F1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
