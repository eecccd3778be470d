package extract

import (
	"context"
	"strings"
	"testing"
)

// A dateline that opens a paragraph, and an author linked in the middle
// of a sentence, stay in the article: the readability pass would take the
// first of them for the byline and remove it. (The dateline's paragraph
// comes second here: pith puts a first paragraph the pass lost back whole.)
func TestInlineBylinesKept(t *testing.T) {
	for _, tc := range []struct{ para, want string }{
		{`<p> <span class="dateline">CAIRO —</span> Gunmen opened fire on visitors at the country's most renowned museum on Wednesday, killing at least 19 people.</p>`,
			"CAIRO — Gunmen opened fire"},
		{`<p>As <a rel="author" href="/people/sam-roe">Sam Roe</a> wrote in this newspaper last spring, the museum had asked for more guards for two years.</p>`,
			"As Sam Roe wrote in this newspaper"},
	} {
		page := articlePage("<title>Museum Attack</title>", `<h1>Museum Attack</h1>`+paragraphs(1)+tc.para+paragraphs(3))
		art, err := FromBytes(context.Background(), page, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(art.Text, tc.want) {
			t.Errorf("%q is missing:\n%s", tc.want, art.Text)
		}
	}
}

// A byline that is a paragraph of its own keeps its mark and still leaves
// the article.
func TestBylineParagraphRemoved(t *testing.T) {
	page := articlePage("<title>Museum Attack</title>",
		`<h1>Museum Attack</h1><p><span class="byline">By Jane Doe</span></p>`+paragraphs(4))
	art, err := FromBytes(context.Background(), page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(art.Text, "By Jane Doe") {
		t.Errorf("the byline paragraph stayed in the article:\n%s", art.Text)
	}
}

func TestContainsFold(t *testing.T) {
	for _, tc := range []struct {
		s, w string
		want bool
	}{
		{"story-Dateline", "dateline", true},
		{"AUTHOR", "author", true},
		{"auth-or", "author", false},
		{"", "author", false},
	} {
		if got := containsFold(tc.s, tc.w); got != tc.want {
			t.Errorf("containsFold(%q, %q) = %v, want %v", tc.s, tc.w, got, tc.want)
		}
	}
}
