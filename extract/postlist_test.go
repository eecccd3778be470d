package extract

import (
	"strings"
	"testing"
)

func TestPostListRemoved(t *testing.T) {
	item := func(rel, headline string) string {
		return `<li><strong><a rel="` + rel + `" href="/entertainment/` + strings.ReplaceAll(headline, " ", "-") + `/">` + headline + `</a></strong></li>`
	}
	dated := func(headline string) string {
		return `<li><a href="https://news.example.com/local/2020/02/17/` + strings.ReplaceAll(headline, " ", "-") + `/">` + headline + `</a></li>`
	}
	posts := []string{"Singer sends a blunt message to her fans", "Actress shows off her new look at the beach"}
	for _, tt := range []struct {
		name, list string
		gone       bool
	}{
		{"posts", "<ul>" + item("bookmark", posts[0]) + item("bookmark", posts[1]) + "</ul>", true},
		{"posts, other rel words", "<ol>" + item("noopener bookmark", posts[0]) + item("Bookmark", posts[1]) + "</ol>", true},
		{"dated posts", "<ul>" + dated(posts[0]) + dated(posts[1]) + "</ul>", true},
		{"a dated post and a marked one", "<ul>" + dated(posts[0]) + item("bookmark", posts[1]) + "</ul>", true},
		{"sources", "<ul>" + item("noopener", posts[0]) + item("noopener", posts[1]) + "</ul>", false},
		{"a post and a source", "<ul>" + dated(posts[0]) + item("noopener", posts[1]) + "</ul>", false},
		{"one post", "<ul>" + item("bookmark", posts[0]) + "</ul>", true}, // a list of one link to the site (isLoneLinkItem)
		{"one source", "<ul>" + strings.ReplaceAll(item("noopener", posts[0]), `href="/`, `href="https://other.example.org/`) + "</ul>", false},
		{"items of words", "<ul>" + strings.ReplaceAll(item("bookmark", posts[0])+item("bookmark", posts[1]), "</strong>",
			", which the council weighed on Tuesday with the mayor and the library's board</strong>") + "</ul>", false},
		{"dated posts with their dates", "<ul>" + strings.ReplaceAll(dated(posts[0])+dated(posts[1]), "</a>", "</a><p>26 abril 2022 |</p>") + "</ul>", true},
		{"dated posts with a sentence each", "<ul>" + strings.ReplaceAll(dated(posts[0])+dated(posts[1]), "</a>",
			"</a> was read by the council on Tuesday, 26 April 2022, with the mayor") + "</ul>", false},
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

func TestDatedPath(t *testing.T) {
	for _, tt := range []struct {
		href string
		want bool
	}{
		{"https://example.com/2021/11/08/story/", true},
		{"/news/2020/02/council-vote", true},
		{"/2021/13/story", false},    // no month 13
		{"/products/2021-11", false}, // not a path of its own
		{"/page/2021/", false},       // a year alone
		{"/tag/1999/", false},
	} {
		if got := datedPath.MatchString(tt.href); got != tt.want {
			t.Errorf("datedPath.MatchString(%q) = %v, want %v", tt.href, got, tt.want)
		}
	}
}
