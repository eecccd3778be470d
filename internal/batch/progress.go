package batch

import (
	"fmt"
	"time"
)

// progress draws "done/total, rate, ETA, failures" on one stderr line,
// at most ten times a second, when the run has a terminal to draw on.
type progress struct {
	on    bool
	cfg   Config
	start time.Time
	last  time.Time
	drawn bool
}

func newProgress(cfg Config) *progress {
	return &progress{on: cfg.Progress && !cfg.Quiet, cfg: cfg, start: time.Now()}
}

func (p *progress) update(s Summary, found int) {
	if !p.on || time.Since(p.last) < 100*time.Millisecond {
		return
	}
	p.last = time.Now()
	done := s.Total()
	elapsed := time.Since(p.start).Seconds()
	rate := float64(done) / max(elapsed, 1e-9)
	eta := "?"
	if rate > 0 && found >= done {
		eta = (time.Duration(float64(found-done)/rate) * time.Second).Round(time.Second).String()
	}
	fmt.Fprintf(p.cfg.Stderr, "\r\033[K%d/%d  %.1f/s  ETA %s  %d failed", done, found, rate, eta, s.Failed)
	p.drawn = true
}

// clearLine returns what to print before a message so it does not mix
// with the bar.
func (p *progress) clearLine() string {
	if p.drawn {
		p.drawn = false
		return "\r\033[K"
	}
	return ""
}

func (p *progress) finish() {
	if p.drawn {
		fmt.Fprint(p.cfg.Stderr, "\r\033[K")
		p.drawn = false
	}
}
