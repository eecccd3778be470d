package extract

import (
	"strings"
	"testing"
)

func TestBookmarkListRemoved(t *testing.T) {
	item := func(rel, headline string) string {
		return `<li><strong><a rel="` + rel + `" href="/2020/02/17/` + strings.ReplaceAll(headline, " ", "-") + `/">` + headline + `</a></strong></li>`
	}
	posts := []string{"Singer sends a blunt message to her fans", "Actress shows off her new look at the beach"}
	for _, tt := range []struct {
		name, list string
		gone       bool
	}{
		{"posts", "<ul>" + item("bookmark", posts[0]) + item("bookmark", posts[1]) + "</ul>", true},
		{"posts, other rel words", "<ol>" + item("noopener bookmark", posts[0]) + item("Bookmark", posts[1]) + "</ol>", true},
		{"sources", "<ul>" + item("noopener", posts[0]) + item("noopener", posts[1]) + "</ul>", false},
		{"one post", "<ul>" + item("bookmark", posts[0]) + "</ul>", false},
		{"items of words", "<ul>" + strings.ReplaceAll(item("bookmark", posts[0])+item("bookmark", posts[1]), "</strong>",
			", which the council weighed on Tuesday with the mayor and the library's board</strong>") + "</ul>", false},
	} {
		for _, where := range []string{"end", "middle"} {
			body := "<h1>Story</h1>" + paragraphs(3) + tt.list
			if where == "middle" {
				body += paragraphs(3)
			}
			text := mustExtract(t, articlePage("<title>Story</title>", body), Options{}).Text
			if gone := !strings.Contains(text, posts[0]); gone != tt.gone {
				t.Errorf("%s at the %s: gone = %v, want %v:\n%s", tt.name, where, gone, tt.gone, text)
			}
		}
	}
}
