package extract

import (
	"strings"
	"testing"
)

func TestIsCookieNotice(t *testing.T) {
	for _, tc := range []struct {
		html string
		want bool
	}{
		{`<p>We use <b>COOKIES</b> on this site. <a href="/privacy">Privacy</a></p>`, true}, // in any case, in an inner element
		{`<p>Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und die Zugriffe auf unsere Website zu analysieren. <a href="#">Weitere Informationen</a></p>`, true},
		{`<p>Cookies erleichtern die Bereitstellung unserer Dienste. Mit der Nutzung unserer Dienste erklären Sie sich damit einverstanden, dass wir Cookies verwenden. <a href="/datenschutz">Mehr dazu.</a></p>`, true},
		{`<p>This website uses cookies to improve your experience. <a href="/privacy">Learn more</a></p>`, true},
		{`<p>Utilizamos cookies propias y de terceros para mejorar nuestros servicios. <a href="/cookies">Más información</a></p>`, true},
		{`<p>Bake the cookies for twelve minutes, then <a href="/cooling">let them cool</a> on a rack.</p>`, false},                     // no site, no use
		{`<p>We use a cookie cutter for the stars; <a href="/shop">ours</a> came from a market.</p>`, false},                            // no site
		{`<p>We use our website to sell what we bake, <a href="/shop">order here</a>.</p>`, false},                                      // no cookie
		{`<p>Der Browser speichert die Seite, <a href="/x">mehr</a>: ein Cookie ist eine Textdatei, die ihn wiedererkennt.</p>`, false}, // no use or consent
	} {
		n := parseFragment(t, tc.html).FirstChild
		if got := isCookieNotice(n, ""); got != tc.want {
			t.Errorf("isCookieNotice(%s) = %v, want %v", tc.html, got, tc.want)
		}
		if got := isCookieNotice(n, strings.ToLower(textContent(n))); got != tc.want {
			t.Errorf("isCookieNotice(%s) with its text read = %v, want %v", tc.html, got, tc.want)
		}
	}
}

// A cookie banner whose markup no class rule names, left at the end of
// the article's block, goes; the same words without a link, or in the
// middle of the story (a privacy policy's own paragraph), stay.
func TestCookieNoticeRemoved(t *testing.T) {
	notice := "Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren, Funktionen für soziale Medien " +
		"anbieten zu können und die Zugriffe auf unsere Website zu analysieren. Außerdem geben wir Informationen " +
		"zur Nutzung unserer Website an unsere Partner für soziale Medien, Werbung und Analysen weiter."
	last := "The minister said the talks would go on next week in the capital."
	banner := `<div class="pea_wrapper"><p>` + notice + ` <a href="#">Weitere Informationen</a> <button>Verstanden</button></p></div>`

	at := func(body string) string {
		return mustExtract(t, articlePage("<title>Talks</title>", "<h1>Talks</h1>"+body), Options{}).Text
	}
	text := at(paragraphs(4) + "<p>" + last + "</p>" + banner)
	wantGone(t, text, "Wir verwenden Cookies")
	wantKept(t, text, last)

	wantKept(t, at(paragraphs(4)+"<p>"+last+"</p><p>"+notice+"</p>"), "Wir verwenden Cookies") // no link
	long := "<p>" + notice + " " + strings.Repeat(prose, 3) + `<a href="/more">More</a></p>`
	wantKept(t, at(paragraphs(4)+"<p>"+last+"</p>"+long), "Wir verwenden Cookies") // prose, not a banner
	if text := at(paragraphs(5) + banner + paragraphs(5) + "<p>" + last + "</p>"); !strings.Contains(text, "Wir verwenden Cookies") {
		t.Errorf("notice in the middle of the story removed:\n%s", text)
	}
}
