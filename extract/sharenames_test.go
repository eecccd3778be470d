package extract

import (
	"strings"
	"testing"
)

func TestIsShareBar(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"FacebookTwitterLinkedin", true},
		{"Facebook Twitter WhatsApp E-Mail", true},
		{"Share | Tweet | Email", true},
		{"Facebook Twitter WhatsApp Comentar", true},
		{"Share Tweet Comments", true},
		{"Facebook Commentaires", true}, // "commentaires" is tried before "comment"
		{"Comments", false},
		{"Twitter", false}, // one name is a word, not a bar
		{"Facebook shares fell 3%", false},
		{"Mail Online", false},
	} {
		if got := isShareBar(strings.ToLower(tc.text)); got != tc.want {
			t.Errorf("isShareBar(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
