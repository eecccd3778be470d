package extract

import (
	"strings"
	"testing"
)

// A list told in captions keeps them; a story's captions still go.
func TestCaptionsThatAreTheContent(t *testing.T) {
	item := func() string {
		return `<figure><img src="costume.jpg"><figcaption>Costume idea: ` + strings.Repeat("a red jumper, a white collar and a black headband. ", 3) +
			`</figcaption></figure>`
	}
	var list strings.Builder
	list.WriteString(`<h1>Costumes to Make at Home</h1><div class="story"><p>Cheap and easy costumes are all that matter this year, and here are ours.</p>`)
	for i := 0; i < 8; i++ {
		list.WriteString(item())
	}
	list.WriteString(`</div>`)
	art := mustExtract(t, articlePage("<title>Costumes to Make at Home</title>", list.String()), Options{})
	if got := strings.Count(art.Text, "Costume idea:"); got != 8 {
		t.Errorf("kept %d of 8 captions that are the list:\n%s", got, art.Text)
	}

	story := `<h1>Council Votes</h1><div class="story">` + paragraphs(6) +
		`<figure><img src="vote.jpg"><figcaption>The council chamber on Tuesday.</figcaption></figure>` + paragraphs(2) + `</div>`
	art = mustExtract(t, articlePage("<title>Council Votes</title>", story), Options{})
	if strings.Contains(art.Text, "council chamber on Tuesday") {
		t.Errorf("a story's caption was kept:\n%s", art.Text)
	}
}
