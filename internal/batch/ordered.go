package batch

import "fmt"

// orderedWriter releases results in input order: it holds the ones that
// finish early until those before them are done, and writes their
// documents to stdout in that order.
type orderedWriter struct {
	cfg     Config
	next    int
	pending map[int]result
	written int
	err     error // the first stdout write error; later output is dropped
}

// add takes a finished result and returns those now released, in order.
func (o *orderedWriter) add(r result) []result {
	o.pending[r.seq] = r
	var done []result
	for {
		r, ok := o.pending[o.next]
		if !ok {
			return done
		}
		delete(o.pending, o.next)
		o.next++
		if r.doc != nil && o.err == nil {
			o.err = o.write(r)
		}
		done = append(done, r)
	}
}

func (o *orderedWriter) write(r result) error {
	if o.cfg.Headers {
		prefix := "==> " + r.source + " <==\n"
		if o.written > 0 {
			prefix = "\n" + prefix
		}
		if _, err := fmt.Fprint(o.cfg.Stdout, prefix); err != nil {
			return fmt.Errorf("write output: %w", err)
		}
	}
	o.written++
	if _, err := o.cfg.Stdout.Write(r.doc); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return nil
}
