package eval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestCompareWithBaseline lists the pages where go-readability alone finds
// more of the must-have snippets than pith: where pith's own stages lose
// text. Run on demand: PITH_COMPARE=1 go test ./internal/eval -run Compare -v
func TestCompareWithBaseline(t *testing.T) {
	if os.Getenv("PITH_COMPARE") == "" {
		t.Skip("set PITH_COMPARE=1 to list the pages where go-readability alone does better")
	}
	ds, err := Load(filepath.Join(sharedData, "trafilatura-eval"))
	if err != nil {
		t.Skip(err)
	}
	a := Evaluate(context.Background(), ds, Pith(), 2)
	b := Evaluate(context.Background(), ds, Readability(), 2)
	for i := range a.PagesScored {
		pa, pb := a.PagesScored[i], b.PagesScored[i]
		if pa.Counts.FN > pb.Counts.FN || pa.Counts.FP > pb.Counts.FP {
			fmt.Printf("%s pith FN %d FP %d len %d | readability FN %d FP %d len %d\n", pa.Name,
				pa.Counts.FN, pa.Counts.FP, pa.TextLen, pb.Counts.FN, pb.Counts.FP, pb.TextLen)
		}
	}
}
