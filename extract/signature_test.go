package extract

import (
	"strings"
	"testing"
)

func TestSignature(t *testing.T) {
	for _, tt := range []struct{ name, html, want string }{
		{"bold name last", `<p>The story.</p><p class="clearfix"><strong>Marina Mucha</strong></p>`, "Marina Mucha"},
		{"italic bold name last", `<p>The story.</p><p><b><i>Stefan Wasmer</i></b></p>`, "Stefan Wasmer"},
		{"right-aligned name last", `<p>The story.</p><p align="right">Denis Clerc</p>`, "Denis Clerc"},
		{"a plain last line", `<p>The story.</p><p>Marina Mucha</p>`, ""},
		{"a bold sentence", `<p>The story.</p><p><strong>Read more about the council</strong></p>`, ""},
		{"a bold label in capitals", `<p>The story.</p><p><strong>WEITERE INFOS</strong></p>`, ""},
		{"one word", `<p>The story.</p><p><strong>Redaktion</strong></p>`, ""},
		{"a name, then more text", `<p><strong>Marina Mucha</strong></p><p>The story.</p>`, ""},
		{"a name, then a little furniture", `<p>` + strings.Repeat("The story goes on. ", 30) + `</p><p><b><i>Stefan Wasmer</i></b></p>` +
			`<h2>Our App</h2><p>Read it all on your phone.</p>`, "Stefan Wasmer"},
		{"a name, then a long paragraph", `<p>` + strings.Repeat("The story goes on. ", 30) + `</p><p><b><i>Stefan Wasmer</i></b></p>` +
			`<p>` + strings.Repeat("Another story begins. ", 20) + `</p>`, ""},
		{"a credit with its label", `<p>` + strings.Repeat("The story goes on. ", 30) + `</p><p><strong>出品︱网易科学人栏目组 胖胖</strong></p>`, ""},
	} {
		if got := signature(parseFragment(t, tt.html)); got != tt.want {
			t.Errorf("%s: signature = %q, want %q", tt.name, got, tt.want)
		}
	}
}
