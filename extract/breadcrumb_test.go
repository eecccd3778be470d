package extract

import "testing"

// A breadcrumb the class rules did not name goes: a link home to the
// site's root, then section links with separators, and the page's own
// name. A line that opens with a link home but has words between its
// links, a "Home" link that is not to the root, and one link alone stay.
func TestBreadcrumbLineRemoved(t *testing.T) {
	body := `<p><span><a href="https://example.com">Home</a></span> <span>/</span> <span><a href="https://example.com/city/">City</a></span> <span>/</span> Library Budget passes</p>` +
		`<h1>Library Budget</h1>` + paragraphs(2) +
		`<h5><a href="/index.php">Startseite</a> » <a href="/news.php?id=4">Nachrichten</a> » <a href="/news.php?id=5">Stadt</a></h5>` +
		`<p><a href="https://example.com/">Home</a> is where the budget is, the mayor said, quoting <a href="https://example.com/city/">an old city motto</a> again.</p>` +
		`<p><a href="https://example.com/home-improvement/">Home</a> / <a href="https://example.com/diy/">DIY corner</a></p>` +
		`<p><a href="https://example.com/">Home</a> / Back to the front page</p>` + paragraphs(2)
	art := mustExtract(t, articlePage("<title>Library Budget</title>", body), Options{})
	checkGoneKept(t, art.Text,
		[]string{"Library Budget passes", "Nachrichten"},
		[]string{"where the budget is", "DIY corner", "Back to the front page", "Paragraph number B"})
}

// Only a site's home page is a breadcrumb's first link: the root or an
// index file, without a query.
func TestIsRootURL(t *testing.T) {
	for href, want := range map[string]bool{
		"https://example.com":            true,
		"https://example.com/":           true,
		"/":                              true,
		"/index.php":                     true,
		"https://example.com/?page=home": false,
		"https://example.com/news/":      false,
		"":                               false,
	} {
		if got := isRootURL(href); got != want {
			t.Errorf("isRootURL(%q) = %v, want %v", href, got, want)
		}
	}
}
