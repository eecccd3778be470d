package extract

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// A story cut into sections with rows between them: the readability pass
// keeps the largest section, and the paragraphs written like its own come
// back in the page's order; a promo after the story's end and a link
// paragraph do not.
func TestSplitStoryRejoined(t *testing.T) {
	para := func(s string) string {
		return `<p class="story-text__paragraph">` + s + `</p>`
	}
	section := func(paras ...string) string {
		return `<section class="row"><div class="container"><div class="story-text">` + strings.Join(paras, "") + `</div></div></section>`
	}
	var body []string
	for i := range 6 {
		body = append(body, para(fmt.Sprintf("Body paragraph %d of the council story, in which the members argue over the library budget at length and vote late.", i)))
	}
	page := articlePage("<title>Council Votes</title>", `<h1>Council Votes</h1>`+
		section(para("Opening paragraph: the council met on Tuesday evening to decide the future of the city's libraries."))+
		`<section class="row"><div class="ad-slot">Advertisement</div></section>`+
		section(para(`Read next: <a href="/budget">The whole history of the library budget fight, told from its very beginning</a>`))+
		section(body...)+
		section(para(`<a href="/other">Another story from the city desk that readers might like to read next</a>`),
			para("Subscribe to the city desk newsletter for more stories like this one every single morning."))+
		`<footer><p>Footer</p></footer>`)
	art, err := FromBytes(context.Background(), page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	first, body0 := strings.Index(art.Text, "Opening paragraph"), strings.Index(art.Text, "Body paragraph 0")
	if first < 0 || body0 < 0 || first > body0 {
		t.Errorf("the opening paragraph is missing or out of order:\n%s", art.Text)
	}
	for _, bad := range []string{"The whole history", "Another story", "Subscribe to the city desk"} {
		if strings.Contains(art.Text, bad) {
			t.Errorf("%q came back:\n%s", bad, art.Text)
		}
	}
}
