package main

import (
	"fmt"
	"github.com/pithtool/pith/internal/batch"
	"strconv"
	"strings"
)

// sizeUnits maps suffixes to multipliers: SI (KB = 1000) and IEC (KiB = 1024).
var sizeUnits = []struct {
	suffix string
	factor int64
}{
	{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30}, {"tib", 1 << 40},
	{"kb", 1e3}, {"mb", 1e6}, {"gb", 1e9}, {"tb", 1e12},
	{"k", 1 << 10}, {"m", 1 << 20}, {"g", 1 << 30},
	{"b", 1},
}

// byteSize is a pflag.Value for sizes such as 512KiB, 10MB or 1GiB.
type byteSize int64

func (s *byteSize) String() string { return batch.FormatSize(int64(*s)) }

func (s *byteSize) Type() string { return "size" }

func (s *byteSize) Set(v string) error {
	n, err := parseSize(v)
	if err != nil {
		return err
	}
	*s = byteSize(n)
	return nil
}

func parseSize(v string) (int64, error) {
	text := strings.ToLower(strings.TrimSpace(v))
	factor := int64(1)
	for _, u := range sizeUnits {
		if strings.HasSuffix(text, u.suffix) {
			text = strings.TrimSpace(strings.TrimSuffix(text, u.suffix))
			factor = u.factor
			break
		}
	}
	f, err := strconv.ParseFloat(text, 64)
	if err != nil || f <= 0 {
		return 0, fmt.Errorf("invalid size %q (want a positive number with an optional unit: 10MB, 50MiB, 1GiB)", v)
	}
	return int64(f * float64(factor)), nil
}
