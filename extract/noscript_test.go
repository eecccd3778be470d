package extract

import (
	"strings"
	"testing"
)

// An article a page gives only in a <noscript> (its script renders it from
// a template) is read; a <noscript> with an image or a short notice is not.
func TestArticleInNoscript(t *testing.T) {
	article := `<p>` + strings.Repeat("Over the past few years threats on the web have grown more sophisticated. ", 5) + `</p>` +
		`<p>` + strings.Repeat("Phishing sites rotate their domains quickly to avoid being blocked. ", 5) + `</p>`
	body := `<h1>Safe Browsing Protection</h1><div class="post-body"><script type="text/template">` + article +
		`</script><noscript>` + article + `</noscript></div>` +
		`<noscript><img src="pixel.gif"></noscript><noscript><p>Please enable JavaScript.</p></noscript>`
	art := mustExtract(t, articlePage("<title>Safe Browsing Protection</title>", body), Options{})
	if !strings.Contains(art.Text, "Phishing sites rotate their domains") {
		t.Errorf("the article in the <noscript> is missing:\n%s", art.Text)
	}
	if strings.Contains(art.Text, "enable JavaScript") {
		t.Errorf("a short <noscript> notice leaked:\n%s", art.Text)
	}
}
