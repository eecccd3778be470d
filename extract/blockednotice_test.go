package extract

import (
	"strings"
	"testing"
)

func TestIsBlockedContentNotice(t *testing.T) {
	for _, tc := range []struct {
		text        string
		placeholder bool // isConsentPlaceholder
		script      bool // isScriptNotice
	}{
		{"Wir würden hier gerne eine Newsletter Anmeldung zeigen. Leider haben Sie uns hierfür keine Zustimmung gegeben.", true, false},
		{"To show this video, you have to consent to YouTube's cookies.", true, false},
		{"Pełne korzystanie z serwisu wymaga włączonego w Twojej przeglądarce JavaScript.", false, true},
		{"Please enable JavaScript to view the comments.", false, true},
		{"The app did not show patients a consent form before it loaded their records.", false, false}, // nobody addressed
		{"Sie hat ihre Zustimmung zum Vertrag gegeben.", false, false},
		{"The U.S. showed no consent to the plan.", false, false},                  // "U.S." is no reader                                 // nothing shown or loaded
		{"Did you show your consent to the landlord?", false, false},               // nothing held back
		{"You can load the page in JavaScript without a framework.", false, false}, // nothing switched on
		{"Tu mostrar la carta, dijo ella.", false, false},                          // no consent
		{"Enable two-factor login in your settings.", false, false},
		{"JavaScript enables interactive pages and activates them.", false, false},        // about the language
		{"Adhocracy funktioniert am besten, wenn JavaScript aktiviert ist.", false, true}, // no JavaScript
	} {
		lower := strings.ToLower(tc.text)
		if got := isConsentPlaceholder(lower); got != tc.placeholder {
			t.Errorf("isConsentPlaceholder(%q) = %v, want %v", tc.text, got, tc.placeholder)
		}
		if got := isScriptNotice(lower); got != tc.script {
			t.Errorf("isScriptNotice(%q) = %v, want %v", tc.text, got, tc.script)
		}
	}
}

// A placeholder where an embed was held back goes wherever it stands in
// the story; the paragraphs around it stay.
func TestBlockedContentNoticeRemoved(t *testing.T) {
	notice := "Um Deine Daten zu schützen, haben wir das Laden der Inhalte von video.example blockiert. " +
		"Wenn Dir Inhalte dieses Anbieters angezeigt werden sollen, stimme bitte zu."
	script := "Diese E-Mail-Adresse ist gegen Spambots geschützt! JavaScript muss aktiviert werden, damit sie angezeigt werden kann."
	last := "The minister said the talks would go on next week in the capital."
	page := articlePage("<title>Talks</title>", "<h1>Talks</h1>"+paragraphs(5)+
		`<div class="embed"><p>`+notice+`</p><button>Akzeptieren</button></div>`+paragraphs(5)+"<p>"+script+"</p><p>"+last+"</p>")
	text := mustExtract(t, page, Options{}).Text
	wantGone(t, text, "haben wir das Laden", "JavaScript muss")
	wantKept(t, text, last, "Paragraph number E adds")
}

func TestIsBrowserNotice(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"This page is best viewed in an up-to-date web browser with style sheets (CSS) enabled.", true},
		{"You are using an outdated browser. Please upgrade your browser to improve your experience.", true},
		{"You're using the Internet Explorer 6 browser to view the BBC website. Our site will work much better if you change to a more modern browser.", true},
		{"Please update your browser to view this site.", true},
		{"The comet is best viewed in the early morning, low on the eastern horizon.", false},   // no browser
		{"Update your browser today: the flaw lets attackers run code on your machine.", false}, // the reader's safety, not the page
		{"The browser maker said the outdated version would stop working in May.", false},       // nobody addressed
	} {
		if got := isBrowserNotice(strings.ToLower(tc.text)); got != tc.want {
			t.Errorf("isBrowserNotice(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// A browser notice at the article's end goes, however long (the BBC's
// runs past the phrase rules' bound); the same words inside the story
// stay: it is read only at the edge.
func TestBrowserNoticeRemovedAtEdge(t *testing.T) {
	notice := "This page is best viewed in an up-to-date web browser with style sheets (CSS) enabled. " +
		"While you will be able to view the content of this page in your current browser, you will not be able to get the full visual experience. " +
		"Please consider upgrading your browser software or enabling style sheets (CSS) if you are able to do so."
	inside := "You are using an outdated browser, the help desk told every caller, and the council's staff heard it forty times that week."
	after := strings.Repeat("<p>The council said the new system would be in place before the summer, and that calls had already fallen by half.</p>", 3)
	page := articlePage("<title>Talks</title>", "<h1>Talks</h1>"+paragraphs(5)+"<p>"+inside+"</p>"+after+
		`<div id="obit"><p><strong>`+notice+`</strong></p></div>`)
	text := mustExtract(t, page, Options{}).Text
	wantGone(t, text, "best viewed")
	wantKept(t, text, inside, "fallen by half")
}
