package batch

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// writeAtomic writes data to path through a temporary file in the same
// folder, renamed into place once complete, so that an interrupted run
// never leaves a half-written file. It refuses to replace input, the file
// the data came from.
func writeAtomic(path string, data []byte, input string) error {
	if input != "" {
		if in, err := os.Stat(input); err == nil {
			if out, err := os.Stat(path); err == nil && os.SameFile(in, out) {
				return errors.New("output would overwrite the input")
			}
		}
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	tmp, err := os.CreateTemp(dir, ".pith-*.tmp")
	if err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Chmod(tmp.Name(), 0o644)
	}
	if werr == nil {
		werr = os.Rename(tmp.Name(), path)
	}
	if werr != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("write output: %w", werr)
	}
	return nil
}
