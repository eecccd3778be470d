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
		{"Rezept drucken Bei Pinterest speichern", true},
		{"Pin Recipe", true},
		{"Share on Twitter Share on Facebook", true},
		{"Share on Facebook", true},
		{"Shareholders on Twitter", false},
		{"Comments", false},
		{"Bei Regen", false},
		{"Twitter", false}, // one name is a word, not a bar
		{"Facebook shares fell 3%", false},
		{"Mail Online", false},
	} {
		if got := isShareBar(strings.ToLower(tc.text)); got != tc.want {
			t.Errorf("isShareBar(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// The buttons a recipe card or an image leaves as lines of their own
// ("Pin" under each photo, a pasted Pinterest "Merken", "Jump to Recipe")
// go; the paragraphs stay.
func TestButtonLinesRemoved(t *testing.T) {
	body := "<h1>Lemon Cake</h1><p>Jump to Recipe</p>" + paragraphs(2) + `<figure><img src="/a.jpg"><p>Pin</p></figure>` +
		paragraphs(2) + "<p>Merken</p>" + paragraphs(2) + "<p>Speichern</p>"
	text := mustExtract(t, articlePage("<title>Lemon Cake</title>", body), Options{}).Text
	for _, line := range []string{"Jump to Recipe", "Pin", "Merken", "Speichern"} {
		if strings.Contains("\n"+text+"\n", "\n"+line+"\n") {
			t.Errorf("the button line %q stayed:\n%s", line, text)
		}
	}
	wantKept(t, text, "Paragraph number B adds")
}
