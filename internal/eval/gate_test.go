package eval

import (
	"context"
	"encoding/json"
	"flag"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"testing"
)

var repin = flag.Bool("repin", false, "raise the floors in testdata/eval-floors.json to today's scores (never lowers them)")

// sharedData is ../shared/data beside the repository.
const sharedData = "../../../shared/data"

// floorsFile pins the lowest scores the gate accepts.
const floorsFile = "../../testdata/eval-floors.json"

// TestEvaluationGate scores pith on the evaluation sets of ../shared/data
// and fails when any score falls below its pinned floor. It skips when the
// data is absent (a fresh clone on its own). Run with -repin after an
// improvement to raise the floors.
func TestEvaluationGate(t *testing.T) {
	if testing.Short() {
		t.Skip("evaluation gate skipped in -short mode")
	}
	if _, err := os.Stat(sharedData); err != nil {
		t.Skipf("evaluation data not found at %s: gate skipped (CI has it)", sharedData)
	}
	scores := map[string]float64{}
	for _, name := range []string{"trafilatura-eval", "mozilla-readability"} {
		ds, err := Load(filepath.Join(sharedData, name))
		if err != nil {
			t.Fatal(err)
		}
		rep := Evaluate(context.Background(), ds, Pith(), runtime.NumCPU())
		for k, v := range rep.Scores() {
			scores[name+"/"+k] = v
		}
	}
	floors := map[string]float64{}
	if raw, err := os.ReadFile(floorsFile); err == nil {
		if err := json.Unmarshal(raw, &floors); err != nil {
			t.Fatalf("%s: %v", floorsFile, err)
		}
	}
	keys := make([]string, 0, len(scores))
	for k := range scores {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		got, floor := scores[k], floors[k]
		t.Logf("%-40s %.6f (floor %.4f)", k, got, floor)
		if *repin {
			floors[k] = math.Max(floor, math.Floor(got*1e4)/1e4)
			continue
		}
		if got < floor {
			t.Errorf("%s = %.4f, below its floor %.4f", k, got, floor)
		}
	}
	if *repin {
		out, _ := json.MarshalIndent(floors, "", "  ")
		if err := os.WriteFile(floorsFile, append(out, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
