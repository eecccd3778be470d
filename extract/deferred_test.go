package extract

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// A story told as pictured items: each item's heading stays in the
// article, and its caption and credit do not.
func TestPicturedItemHeadingsKept(t *testing.T) {
	var items strings.Builder
	for i := range 3 {
		fmt.Fprintf(&items, `<div class="list-item"><h2>Item %d: the mother described how her daughter was burning up from within moments before her death.</h2>`+
			`<div class="item-content"><img src="https://example.com/%d.jpg" alt=""><div class="pinit"><a class="pin-share" href="#"><span class="icon"></span></a></div>`+
			`<p class="print"><a href="https://example.com/%d.jpg"><b>View this image ›</b></a></p></div>`+
			`<p class="item-caption">West Mercia Police %d</p></div>`, i, i, i, i)
		fmt.Fprintf(&items, `<div class="list-item"><p>%s</p><p>%s</p></div>`, prose, prose)
	}
	page := articlePage("<title>Pills</title>", `<h1>Pills</h1>`+items.String())
	art, err := FromBytes(context.Background(), page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		if want := fmt.Sprintf("Item %d: the mother", i); !strings.Contains(art.Text, want) {
			t.Errorf("heading %q is missing:\n%s", want, art.Text)
		}
		if bad := fmt.Sprintf("West Mercia Police %d", i); strings.Contains(art.Text, bad) {
			t.Errorf("caption %q stayed:\n%s", bad, art.Text)
		}
	}
}
