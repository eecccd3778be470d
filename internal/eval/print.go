package eval

import (
	"fmt"
	"io"
)

// PrintReport writes a report's scores on one line; the comment figures
// only for an extractor that returned comments.
func PrintReport(w io.Writer, r Report) {
	if r.Dataset == "trafilatura" {
		s := r.Snippets
		fmt.Fprintf(w, "  %-20s P %.3f  R %.3f  F %.3f  (TP %d FN %d FP %d TN %d)",
			r.Extractor, s.Precision(), s.Recall(), s.F(), s.TP, s.FN, s.FP, s.TN)
	} else {
		fmt.Fprintf(w, "  %-20s shingle P %.3f  R %.3f  F1 %.3f  short %d",
			r.Extractor, r.ShingleP, r.ShingleR, F1(r.ShingleP, r.ShingleR), len(r.Short))
	}
	fmt.Fprintf(w, "  title %.3f (%d)  author %.3f (%d)  date %.3f (%d)  empty %d",
		r.Title.Rate(), r.Title.Total, r.Author.Rate(), r.Author.Total, r.Date.Rate(), r.Date.Total, r.Empty)
	if r.CommentsFound.Hit > 0 {
		fmt.Fprintf(w, "  comments found %.3f (%d of %d), in body %d",
			r.CommentsFound.Rate(), r.CommentsFound.Hit, r.CommentsFound.Total, r.CommentsInBody)
	}
	fmt.Fprintln(w)
}
