package extract

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
)

func TestZZD(t *testing.T) {
	for _, f := range strings.Fields(os.Getenv("PAGES")) {
		fh, _ := os.Open("/work/shared/data/trafilatura-eval/html/" + f + ".html.gz")
		zr, _ := gzip.NewReader(fh)
		b, _ := io.ReadAll(zr)
		doc, _ := parseHTML(b)
		m := readMetadata(doc)
		fmt.Printf("== %s ld=%q og=%q ipdp=%q time=%q date=%q dc=%q\n   dateTexts=%q\n", f, m.ld.published, m.meta["article:published_time"], m.itemprops["datepublished"], m.timeTag, m.meta["date"], m.meta["dc.date"], m.dateTexts[:min(3, len(m.dateTexts))])
	}
}
