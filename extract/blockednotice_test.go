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
		{"Enable JavaScript to view this content.", false, true}, // told, not asked
		{"Turn on JavaScript to see the map.", false, true},
		{"Enabled by JavaScript, the map shows each district.", false, false},
		{"The app did not show patients a consent form before it loaded their records.", false, false}, // nobody addressed
		{"Sie hat ihre Zustimmung zum Vertrag gegeben.", false, false},
		{"The U.S. showed no consent to the plan.", false, false},                  // "U.S." is no reader                                 // nothing shown or loaded
		{"Did you show your consent to the landlord?", false, false},               // nothing held back
		{"You can load the page in JavaScript without a framework.", false, false}, // nothing switched on
		{"Tu mostrar la carta, dijo ella.", false, false},                          // no consent
		{"Enable two-factor login in your settings.", false, false},
		{"JavaScript enables interactive pages and activates them.", false, false},        // about the language
		{"Adhocracy funktioniert am besten, wenn JavaScript aktiviert ist.", false, true}, // no JavaScript
		// A click or permission to load the content, with no word for consent.
		{"Klicken Sie auf den unteren Button, um den Inhalt von www.komoot.de zu laden.", true, false},
		{"Klicken Sie auf den unteren Button, um den Inhalt nachzuladen.", true, false},
		{"An dieser Stelle finden Sie einen externen Inhalt von Twitter, der den Artikel ergänzt. Sie können ihn sich mit einem Klick anzeigen lassen und wieder ausblenden.", true, false},
		{"This article contains content provided by Twitter. We ask for your permission before anything is loaded, as they may be using cookies and other technologies.", true, false},
		{"Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.", true, false},                     // the reader's own consent
		{"Over 30 one-touch tools: clean your drive, download a video, all with just a single click.", false, false}, // "download" loads nothing held back
		{"Some of our apps may use this permission to display your call log and contact information.", false, false}, // no content named
		{"We ask for your permission to quote this letter, which the family kindly shared with us.", false, false},
		{"The council did not accept the content of the report, and you could see why when it was shown.", false, false},
		// Other languages; cookies named instead of consent.
		{"Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs.", true, false},
		{"En cliquant sur « J'accepte », les cookies seront déposés et vous pourrez visualiser les contenus.", true, false},
		{"Deze inhoud kan niet worden weergegeven omdat je geen toestemming hebt gegeven voor cookies.", true, false},
		{"Questo contenuto non è disponibile. Clicca qui per caricare il contenuto.", true, false}, // a click addresses the reader
		{"Haz clic aquí para cargar el contenido de Twitter.", true, false},
		{"To see this video, you need to accept cookies that show content from YouTube.", true, false},
		{"Le contenu de l'accord, que vous avez accepté, a été bloqué par le Sénat mardi.", false, false}, // no cookies, no consent
		{"Cookies let sites show you content you viewed before, the regulator said.", false, false},       // nothing blocked or asked
		{"Cookies track your activity and the content you view, the report said.", false, false},
		{"Apps must now ask for your permission before they load content from other sites, the regulator said.", false, false},
		{"Users who click to load content from the site were tracked, the report found.", false, false},
		{"If you accept cookies, sites can show you content they think you like, the report said.", false, false},
		{"Die Ministerin war einverstanden, dass die Inhalte der Akten angezeigt werden, sagte sie.", false, false},
		{"Mit einem Klick auf 'Inhalte laden' erklären Sie sich einverstanden, dass Ihnen Inhalte von Twitter angezeigt werden.", true, false},
		{"A clique of content creators showed up at the launch.", false, false},
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

// The BBC's placeholder for an embedded post runs longer than the phrase
// rules read; it goes, with the lines that mark the post for screen
// readers and the button, wherever the post stands.
func TestEmbedPlaceholderAndMarkersRemoved(t *testing.T) {
	notice := "This article contains content provided by Twitter. We ask for your permission before anything is loaded, " +
		"as they may be using cookies and other technologies. You may want to read Twitter's cookie policy, external and " +
		"privacy policy, external before accepting. To view this content choose 'accept and continue'."
	if len(notice) <= phraseBlockMax {
		t.Fatalf("the notice is %d bytes: it must be longer than phraseBlockMax (%d) to test the long placeholder", len(notice), phraseBlockMax)
	}
	tweet := "The bridge will reopen on Monday, the council said in a statement on its account."
	page := articlePage("<title>Bridge</title>", "<h1>Bridge</h1>"+paragraphs(4)+
		`<div class="embed"><p>Allow Twitter content?</p><p>`+notice+`</p><button>Accept and continue</button>`+
		`<a href="#end-1">Skip Twitter post by @CityCouncil</a><blockquote><p>`+tweet+`</p></blockquote>`+
		`<p id="end-1">End of Twitter post by @CityCouncil</p></div>`+paragraphs(4))
	text := mustExtract(t, page, Options{}).Text
	wantGone(t, text, "Allow Twitter content", "We ask for your permission", "Accept and continue", "Skip Twitter post", "End of Twitter post")
	wantKept(t, text, tweet, "Paragraph number D adds")
}

func TestIsEmbedMarker(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Skip Twitter post by @BBCNews", true},
		{"End of Twitter post by @BBCNews", true},
		{"Skip YouTube post, 2", true},
		{"End of Instagram post, 1", true},
		{"Skip Facebook post", true},
		{"Allow Instagram content?", true},
		{"Skip this step and post the letter by Friday.", false},
		{"The end of the post office era came in 2019.", false},
		{"End of the post by the river", false},
		{"Allow more content?", false},
		{"Allow TikTok content?", true}, // any one word but a determiner names the platform
		{"Allow children more screen content?", false},
	} {
		if got := isEmbedMarker(strings.ToLower(tc.text)); got != tc.want {
			t.Errorf("isEmbedMarker(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
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
