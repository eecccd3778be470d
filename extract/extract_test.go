package extract

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"
)

// mustExtract extracts page with opts, failing the test on an error.
func mustExtract(t *testing.T, page []byte, opts Options) *Article {
	t.Helper()
	art, err := FromBytes(context.Background(), page, opts)
	if err != nil {
		t.Fatal(err)
	}
	return art
}

// wantGone fails the test for each of lines that text still holds.
func wantGone(t *testing.T, text string, lines ...string) {
	t.Helper()
	for _, line := range lines {
		if strings.Contains(text, line) {
			t.Errorf("%q stayed:\n%s", line, text)
		}
	}
}

// wantKept fails the test for each of lines that text lacks.
func wantKept(t *testing.T, text string, lines ...string) {
	t.Helper()
	for _, line := range lines {
		if !strings.Contains(text, line) {
			t.Errorf("%q was removed:\n%s", line, text)
		}
	}
}

// articlePage wraps body paragraphs in a page with a head.
// lineCase is a line of text and whether a rule should report it.
type lineCase struct {
	text string
	want bool
}

// checkLowerPredicate runs rule, named name, on each case's text
// lower-cased, as the clean-up passes it.
func checkLowerPredicate(t *testing.T, name string, rule func(string) bool, cases []lineCase) {
	t.Helper()
	checkPredicate(t, name, func(text string) bool { return rule(strings.ToLower(text)) }, cases)
}

// checkPredicate runs rule, named name, on each case's text as written.
func checkPredicate(t *testing.T, name string, rule func(string) bool, cases []lineCase) {
	t.Helper()
	for _, tc := range cases {
		if got := rule(tc.text); got != tc.want {
			t.Errorf("%s(%q) = %v, want %v", name, tc.text, got, tc.want)
		}
	}
}

// wantRemovedOnlyAtEdge checks that line, a paragraph of its own, goes
// when it ends an article of four paragraphs and stays when it stands
// between five paragraphs and three more.
func wantRemovedOnlyAtEdge(t *testing.T, line string) {
	t.Helper()
	page := articlePage("<title>Story</title>", "<h1>Story</h1>"+paragraphs(4)+"<p>"+line+"</p>")
	wantGone(t, mustExtract(t, page, Options{}).Text, line)

	later := strings.ReplaceAll(paragraphs(3), "committee", "council") // not a repeat of the first three
	page = articlePage("<title>Story</title>", "<h1>Story</h1>"+paragraphs(5)+"<p>"+line+"</p>"+later)
	wantKept(t, mustExtract(t, page, Options{}).Text, line)
}

func articlePage(head, body string) []byte {
	return []byte("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">" + head +
		"</head><body><header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav></header>" +
		"<main><article>" + body + "</article></main><footer>© 2024 Example Media. All rights reserved.</footer></body></html>")
}

const prose = "The committee met on Tuesday to weigh the proposal, which would change how the city funds its libraries for the next decade. "

func paragraphs(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString("<p>" + prose + "Paragraph number " + string(rune('A'+i)) + " adds its own detail.</p>")
	}
	return b.String()
}

func TestRelatedLinksInBodyRemoved(t *testing.T) {
	leads := []string{"READ MORE:", "Read also:", "Related:", "Lesen Sie auch:", "Читайте также:",
		"Lire aussi :", "Leer más:", "Leggi anche:", "See also:", "MORE :", "Baca juga:", "Читайте материал",
		"Also see:", "Further reading:", "Don't miss:", "Trending:", "Previously:", "Opinion:", "Video:", "Go deeper:",
		"More from City News:", "Previous coverage:", "Read next:", "Up next:", "Must read:", "Top stories:"}
	for _, lead := range leads {
		t.Run(lead, func(t *testing.T) {
			body := paragraphs(3) + `<p><strong>` + lead + ` <a href="/other">Another story entirely about something else</a></strong></p>` + paragraphs(2)
			art, err := FromBytes(context.Background(), articlePage("<title>T</title>", body), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(art.Text, "Another story") {
				t.Errorf("related link kept:\n%s", art.Text)
			}
			if got := strings.Count(art.Text, prose[:40]); got != 5 {
				t.Errorf("got %d article paragraphs, want 5:\n%s", got, art.Text)
			}
		})
	}
}

// A heading that opens a list of other stories ("Mehr lesen:") goes with
// the links under it; the paragraphs before it stay.
func TestReadMoreSectionRemoved(t *testing.T) {
	for _, heading := range []string{"Mehr lesen:", "Mehr zum Thema", "Related articles"} {
		section := `<h3>` + heading + `&nbsp;</h3><p><a href="/a">Kohlmann: Als nächstes gewinnen wir den Davis Cup</a></p>` +
			`<p><a href="/b">DTB nominiert Porsche Nachwuchsteams für 2022</a></p>`
		art := mustExtract(t, articlePage("<title>T</title>", paragraphs(4)+section), Options{})
		for _, gone := range []string{heading, "Davis Cup", "Nachwuchsteams"} {
			if strings.Contains(art.Text, gone) {
				t.Errorf("%s: kept %q:\n%s", heading, gone, art.Text)
			}
		}
		if got := strings.Count(art.Text, prose[:40]); got != 4 {
			t.Errorf("%s: got %d article paragraphs, want 4:\n%s", heading, got, art.Text)
		}
	}
}

// A furniture heading in a wrapper of its own (<div class="headingbar">
// <h2>Weitere Videos</h2></div>) heads the list that follows the wrapper,
// as a bare heading heads its next siblings; with related kept, all stay.
func TestWrappedFurnitureHeadingTakesItsList(t *testing.T) {
	section := `<div class="headingbar"><div><h2>Weitere Videos</h2></div></div><div class="scroll-wrapper"><ul>` +
		`<li><a href="/v/1">Action! Anna Gasser im Olympia-Interview</a></li>` +
		`<li><a href="/v/2">RB Salzburg: Gespräche mit Haudegen Ulmer</a></li></ul></div>`
	for _, tc := range []struct {
		keep []Kind
		want bool
	}{{nil, false}, {[]Kind{KindRelated}, true}} {
		art := mustExtract(t, articlePage("<title>T</title>", paragraphs(4)+section), Options{Keep: tc.keep})
		for _, line := range []string{"Weitere Videos", "Anna Gasser", "Haudegen Ulmer"} {
			if got := strings.Contains(art.Text, line); got != tc.want {
				t.Errorf("keep %v: %q in the text is %v, want %v:\n%s", tc.keep, line, got, tc.want, art.Text)
			}
		}
		if got := strings.Count(art.Text, prose[:40]); got != 4 {
			t.Errorf("keep %v: got %d article paragraphs, want 4:\n%s", tc.keep, got, art.Text)
		}
	}
}

// A most-read box whose titles its scripts fill in leaves its heading and
// bare ranks ("1", "2", …): the ranks go with the heading; numbers under a
// heading of the story stay.
func TestFurnitureHeadingTakesBareRanks(t *testing.T) {
	box := `<div id="placeholder--box"><h3>Les plus lus</h3><div><div><p>1</p></div><div><p>2</p></div><div><p>3</p></div></div></div>`
	table := `<h3>Final score</h3><div><p>21 14</p></div>`
	art := mustExtract(t, articlePage("<title>T</title>", paragraphs(4)+table+paragraphs(1)+box), Options{})
	checkGoneKept(t, art.Text, []string{"Les plus lus", "\n\n1\n\n2"}, []string{"Final score", "21 14"})
}

// A link in running text after a furniture heading set inside the
// paragraph (lepoint.fr: "… appeler au meurtre des <div><b>À LIRE
// AUSSI</b></div><a>Juifs en France</a> ?") belongs to the sentence, not
// to the heading's list.
func TestLinkInSentenceAfterFurnitureHeading(t *testing.T) {
	para := `<p>` + prose + `The court asked whether he had meant the <span><b>READ ALSO</b></span>` +
		`<a href="/news/town-people">people of the town</a> when he wrote it.</p>`
	art := mustExtract(t, articlePage("<title>T</title>", paragraphs(3)+para+paragraphs(2)), Options{})
	wantGone(t, art.Text, "READ ALSO")
	wantKept(t, art.Text, "meant the people of the town when he wrote it.")
}

// An inline element that begins with a furniture prefix but has words
// after it is judged with its line, never alone: removing "Filed under:
// Gardening" from the middle of a line would leave "notes | | spring".
func TestPrefixInMidLineKeepsLine(t *testing.T) {
	line := `<p>Garden notes from the mayor | <span>Filed under: Gardening</span> | spring, roses</p>`
	art := mustExtract(t, articlePage("<title>T</title>", paragraphs(3)+line+paragraphs(2)), Options{})
	wantGone(t, art.Text, "| |")
}

// "Latest stories" heads a list of other stories' headlines, each in an
// <article> of its own, which goes with it.
func TestLatestStoriesHeadingTakesItsList(t *testing.T) {
	section := `<h3>LATEST STORIES</h3>` +
		`<article><div><h2><a href="/a/1">Storm death toll rises in Europe</a></h2></div></article>` +
		`<article><div><h2><a href="/a/2">Office building sold to the health service</a></h2></div></article>`
	art := mustExtract(t, articlePage("<title>T</title>", paragraphs(4)+section), Options{})
	wantGone(t, art.Text, "LATEST STORIES", "Storm death toll", "Office building")
	if got := strings.Count(art.Text, prose[:40]); got != 4 {
		t.Errorf("got %d article paragraphs, want 4:\n%s", got, art.Text)
	}
}

func TestBoilerplateBlocksRemoved(t *testing.T) {
	furniture := `<div class="share-bar"><a href="#">Share on Facebook</a><a href="#">Tweet</a></div>` +
		`<div class="newsletter-signup"><p>Sign up for our daily newsletter and never miss a story from us again.</p></div>` +
		`<div id="comments"><h3>Comments</h3><p>To participate in the discussion log in or register</p></div>` +
		`<div class="cookie-banner">We use cookies to improve your experience on our website.</div>` +
		`<ul class="tags"><li><a href="/t/a">Libraries</a></li><li><a href="/t/b">City</a></li></ul>` +
		`<div class="author-bio">Jane Doe covers city hall and has written for many papers over twenty years.</div>` +
		`<p>Advertisement</p>` +
		`<div class="shortnews"><h2>Kurznachrichtenticker</h2><ul><li>Weitere Absagen in der Oberliga Nord wegen Corona-Fällen bei Erfurt.</li></ul></div>` +
		`<div class="mensaje_suscripcion_nota"><p>Las noticias locales nunca fueron tan importantes<br>Suscribite hoy</p></div>` +
		`<div id="makehomepagedialog"><h2>Make City News my homepage</h2><p>On the toolbar, click the menu, then click Preferences to set it.</p></div>` +
		`<div id="bookmark-toast-article"><span>Story Saved</span><span>You can find this story in My Bookmarks.</span></div>` +
		`<div class="factbox"><span><h3>Join the City News WhatsApp community!</h3></span><div><p>Get the latest news sent straight to your messages.</p>` +
		`<p>No one will be able to see who is signed up and no one can send messages except our team.</p></div></div>`
	art, err := FromBytes(context.Background(), articlePage("<title>T</title>", paragraphs(4)+furniture), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"Share on", "Tweet", "newsletter", "participate", "cookies", "Libraries", "Jane Doe", "Advertisement", "All rights reserved", "Home", "homepage", "Oberliga", "noticias locales", "Story Saved", "My Bookmarks", "WhatsApp", "straight to your messages", "signed up"} {
		if strings.Contains(art.Text, bad) {
			t.Errorf("kept %q:\n%s", bad, art.Text)
		}
	}
	if got := strings.Count(art.Text, prose[:40]); got != 4 {
		t.Errorf("got %d article paragraphs, want 4:\n%s", got, art.Text)
	}
}

// Lines of furniture inside and after the article: ad breaks, comment
// and post navigation, view counters, gallery buttons and counters, star
// ratings.
func TestFurnitureLinesRemoved(t *testing.T) {
	lines := []string{"Story continues below advertisement", "انتهای پیام/ی", "We'd love to get your feedback at radio@example.com",
		"We’d love to get your feedback at radio@example.com", "Allerede bruger - Log ind her", "Have a news tip? Email us at tips@example.com",
		"Advertorial", "Sponsored content", "Te recomendamos ⬇", "Advertisement ▼", "The interactive transcript could not be loaded.",
		"Rating is available when the video has been rented.", "This feature is not available right now. Please try again later.",
		"CONTINUA DEPOIS DA PUBLICIDADE", "Trackback URL", "Accept and continue", "Empfohlener externer Inhalt",
		"Show external content", "Externe Inhalte anzeigen", "Inhalt laden", "Video laden", "Afficher le contenu", "Load content", "Videobeitrag", "Ende des Videobeitrags", "Open image in gallery", "Share via", "Featured Video",
		"Next Video", "Already a member? Log in", "Give this article",
		"Kommentarfeed | Kommentare geschlossen | Trackback-URL", "(Visited 215 times, 55 visits today)",
		"Beitragsnavigation", "Bild schließen", "READ THE REST", "5 from 7 votes", "Sterne anklicken zum Bewerten", "3 von 17",
		"- Advertisement -", "Menü", "Hauptinhalt", "- View author archive", "Seguir leyendo:", "Reportar error",
		"Short-URL: https://example.org/m57399", "Eingeordnet unter Allgemein", "Recibe alertas desde Google News",
		"Geschrieben von:", "Follow", "RSS-feed", "LO MÁS LEÍDO", "Teile mich:", "Lue seuraavaksi:", "What's Next",
		"Zurück zum Inhaltsverzeichnis", "Impressum | Datenschutz", "Donate now", "Video verfügbar bis 28.02.2021",
		"Suche", "Lesermeinungen", "UP NEXT", "Commenting feature is disabled in your country/region.",
		"Please follow and like us:", "Representative image.", "<저작권자ⓒ대전일보사. 무단전재-재배포 금지>", "關鍵字：",
		"Our Standards:The Thomson Reuters Trust Principles.", "You must log in or register to reply here.", "SUSCRIBITE", "Report a correction or typo", "Get local news delivered to your inbox!", "Sign Up Now",
		"Kommentarer", "Ver noticia", "View photos", "▶️ Mantente informado en nuestro canal de Google Noticias",
		"You are here: Home / Showbiz / Aktres", "Got a tip? Email Nathan Bernier at nbernier@kut.org.",
		"Follow our full coverage of the coronavirus pandemic here.", "Want to get notified whenever we write about Gideon?",
		"Sign-up Next time we write about Gideon, we'll email you a link to the story. You may edit your settings or unsubscribe at any time.",
		"Wypróbuj prenumeratę cyfrową Wyborczej", "Køb digitalt abonnement", "Citeşte toată ştirea",
		"File photo of Suspended AAP councillor Tahir Hussain.", "Caption", "ख़बर सुनें",
		"Етикети: таблет компютър Хасково", "NA VRH", "Trending Stories", "Mostrar mais", "Подписывайтесь на наш канал:",
		"Farmers protest in Bathinda, Punjab. (Credits: PTI)", "Report this page", "Notre sélection vidéo", "إقرأ أيضاً",
		"Original-Content von: Polizei Steinfurt, übermittelt durch news aktuell", "FacebookTwitterLinkedin",
		"Ihnen hat der Artikel gefallen? Bitte helfen Sie uns und spenden Sie jetzt.",
		"Want more sports news? Sign up for the Sports Omelette to get all our analysis on Denver’s teams.",
		"City Politics is the leading political website. Subscribe to our daily newsletter here.",
		"Don't miss the latest news from around Scotland and beyond - Sign up to our daily newsletter here.",
		"CLICK HERE TO GET THE CITY NEWS APP", "Click here to sign up for our lifestyle newsletter",
		"Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns gern.", "Watch more of our videos on Shots!",
		"Get your weekly fix of good news delivered to your inbox every Saturday, by signing up to our email newsletter.",
		"For all the latest news, visit the City News homepage here and sign up to our daily newsletter here.",
		"Puede escribirnos a redaccion@example.com o seguir a Materia en Facebook o suscribirse aquí a nuestra newsletter.",
		"Try City News Premium for FREE by clicking here for no ads, fun puzzles and brilliant new features.",
		"Follow AP's coverage at https://apnews.com/hub/elections", "Follow the latest storm updates on our live blog.",
		"Turn on notifications to receive alerts as stories develop in real-time.",
		"Get the most out of your experience: download the app to read City News anywhere, anytime",
		"Follow us: Apple News | Google News | Facebook", "Read More on The City News", "Continue reading for free",
		"We hope you're enjoying City News's refreshingly open-minded journalism.", "Explore More",
		"Dalsza część artykułu pod materiałem wideo", "Nos lecteurs ont lu aussi", "Get alerts for live updates",
		"Je m'abonne", "Les plus lus", "Offre limitée. 2 mois pour 1€ sans engagement",
		"Your email address will not be published. Required fields are marked *", "Skip Ad", "Send us a tip",
		"This content is imported from Twitter. You may be able to find the same content in another format, or you may be able to find more information, at their web site.",
		"By continuing to use this site you consent to our use of cookies.", "Never miss a story: subscribe to the City Newsletter.",
		"Got a news tip? Contact us.", "Do you have a story to share? Email us.",
		"Hinweis: Dieser Artikel enthält Affiliate-Links.", "Jetzt kostenlos registrieren und weiterlesen",
		"Sie haben bereits ein Abo? Hier einloggen", "Vous souhaitez réagir ? Connectez-vous.", "Diskutieren Sie mit",
		"Kommentar verfassen", "Artikel drucken", "Partager cet article", "Condividi questo articolo", "Contenido patrocinado",
		"Continue reading the main story", "Save", "Follow live updates on the storm here.",
		"Media playback is unsupported on your device", "Share this with Email Facebook Messenger Twitter WhatsApp Copy this link",
		"You may also be interested in:", "Please use Chrome browser for a more accessible video player",
		"Before it's here, it's on the Bloomberg Terminal.", "All quotes delayed a minimum of 15 minutes. See here for a full list of exchanges and delays.",
		"Image caption The fire spread quickly through the harbour", "Advertisement - story continues below", "Scroll down for video",
		"Recommended Video:", "Jump to comments", "Play Video", "Since you're here …", "Sign up to the daily Business Today email",
		"Sign up to our newsletter for the best of the week.", "Have something to say about this story? Leave a comment below.",
		"What do you think? Let us know in the comments.", "Story continues", "Article continues below",
		"Tell us what you think of the crash on our Facebook page", "Let us know what you think in the comments.",
		"Go to Home Page »", "Return to top", "Back to home page",
		"Right Click Here To Download", "blog comments powered by", "[+] Enlarge", "REKLAMA", "hirdetés", "Annons", "Publicidade",
		"Questions? Comments? Email us at marketinsider@example.com",
		"Get push notifications with news, features and more.", "We respect your privacy.",
		"Ad", "Presented by", "See more", "Enlarge", "Expand", "Add Comment", "Free trial", "Related Tags", "Article content",
		"Fox News Flash top headlines are here. Check out what's clicking on Foxnews.com.",
		"Para comentar debes registrarte y completar los datos generales.",
		"Du musst Eingeloggt sein um Kommentare zu schreiben! oder noch gar nicht Registriert?",
		"Um einen Kommentar zu hinterlassen, loggen Sie sich bitte ein.", "Kommentare lesen und schreiben, hier klicken",
		"Um selbst Kommentare verfassen zu können müssen Sie sich bitte einloggen.", "Log in to comment.",
		"Connectez-vous pour commenter cet article.", "Neue Kommentare", "Kommentare deaktiviert", "Recent Comments",
		"Breaking News", "More News", "分享|", "责任编辑：",
		"Escuchar artículo", "Listen to this article", "comments powered by", "Erstveröffentlichung", "Den Artikel mit anderen teilen/diskutieren:",
		"READ | Insurer's business hit by bushfires", "MUST READ | Thousands are calling for the minister's resignation",
		"Next Story", "Be the first to know", "Comparte esta noticia", "Dieses Thema im Programm:", "Your Thoughts and Comments",
		"RELATED INFORMATION", "Topics mentioned in this article", "This post is also available in:", "写真を拡大",
		"Read or Share this story: https://www.example.com/story/news/2020/03/17/council/5073935002/",
		"Read the entire article here: example.com",
		"All products recommended by City News are selected by our editorial team, independent of our parent company.",
		"Teilen Sie diesen Artikel!", "Répondre à cet article", "Dies könnte Sie auch interessieren:", "Newsletter-Anmeldung",
		"Our website uses cookies to offer you optimal navigation and personalized content.",
		"Schlagworte: Cybercrime, Hacking", "FILE PHOTO: The mayor delivers her new year wishes to the council during a ceremony in the town hall on the main square in the old city centre, January 16, 2020, as members of the public and the press look on from the gallery. Jane Doe/Pool", "Dieser Beitrag wurde am Samstag, 3. Dezember 2011 veröffentlicht und unter Technik abgelegt."}
	body := paragraphs(2)
	for _, line := range lines {
		body += "<p>" + line + "</p>" + paragraphs(1)
	}
	art, err := FromBytes(context.Background(), articlePage("<title>T</title>", body), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range lines {
		if strings.Contains(art.Text, line) {
			t.Errorf("kept %q:\n%s", line, art.Text)
		}
	}
	if got := strings.Count(art.Text, prose[:40]); got != 2+len(lines) {
		t.Errorf("got %d article paragraphs, want %d:\n%s", got, 2+len(lines), art.Text)
	}
}

// A view counter (the Post Views Counter plugin's div) goes whole, its
// label and its number.
func TestViewCounterRemoved(t *testing.T) {
	body := `<div class="post-views entry-meta"><span class="post-views-label">Views:</span> <span class="post-views-count">184</span></div>` +
		paragraphs(4)
	art := mustExtract(t, articlePage("<title>T</title>", body), Options{})
	if strings.Contains(art.Text, "Views") || strings.Contains(art.Text, "184") {
		t.Errorf("the view counter stayed:\n%s", art.Text)
	}
}

func TestNoArticle(t *testing.T) {
	page := []byte(`<html><head><title>Index</title></head><body><nav><a href="/a">A</a><a href="/b">B</a></nav></body></html>`)
	_, err := FromBytes(context.Background(), page, Options{})
	if !errors.Is(err, ErrNoArticle) {
		t.Fatalf("err = %v, want ErrNoArticle", err)
	}
}

func TestNotHTML(t *testing.T) {
	for _, data := range [][]byte{nil, []byte("   \n"), []byte("%PDF-1.4 binary"), []byte("GIF89a\x01\x00")} {
		if _, err := FromBytes(context.Background(), data, Options{}); !errors.Is(err, ErrNotHTML) {
			t.Errorf("FromBytes(%q) = %v, want ErrNotHTML", data, err)
		}
	}
}

func TestFallbackToJSONLDArticleBody(t *testing.T) {
	ld := `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",` +
		`"headline":"Rendered by script","articleBody":"First paragraph of the story told in full sentences here.\nSecond paragraph of the story, also in full sentences, with more words to read."}</script>`
	page := []byte(`<html><head>` + ld + `</head><body><div id="app"></div></body></html>`)
	art, err := FromBytes(context.Background(), page, Options{})
	if err != nil {
		t.Fatalf("FromBytes: %v", err)
	}
	want := "First paragraph of the story told in full sentences here.\n\nSecond paragraph of the story, also in full sentences, with more words to read."
	if art.Text != want || art.Title != "Rendered by script" {
		t.Errorf("got title %q text %q", art.Title, art.Text)
	}
}

func TestDeepNesting(t *testing.T) {
	const depth = 20000
	page := "<html><body>" + strings.Repeat("<div>", depth) + "<p>" + prose + "</p><p>" + prose + "</p><p>" + prose + "</p>" + "</body></html>"
	start := time.Now()
	art, err := FromBytes(context.Background(), []byte(page), Options{})
	if err != nil {
		t.Fatalf("FromBytes: %v", err)
	}
	if !strings.Contains(art.Text, "The committee met") {
		t.Errorf("article lost: %q", art.Text)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("took %v", d)
	}
}

func TestMetadata(t *testing.T) {
	head := `<title>City Weighs Library Plan | Example Times</title>` +
		`<meta property="og:site_name" content="Example Times">` +
		`<meta name="author" content="By Jane Doe">` +
		`<meta name="description" content="The city weighs a plan.">` +
		`<meta property="og:image" content="/img/lead.jpg">` +
		`<link rel="canonical" href="https://example.com/2021/04/05/library-plan/">`
	art, err := FromBytes(context.Background(), articlePage(head, paragraphs(4)), Options{})
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct{ field, got, want string }{
		{"title", art.Title, "City Weighs Library Plan"},
		{"site", art.SiteName, "Example Times"},
		{"byline", art.Byline, "Jane Doe"},
		{"excerpt", art.Excerpt, "The city weighs a plan."},
		{"url", art.URL, "https://example.com/2021/04/05/library-plan/"},
		{"image", art.Image, "https://example.com/img/lead.jpg"},
		{"published (from URL)", art.Published.Format("2006-01-02"), "2021-04-05"},
		{"language", art.Language, "en"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.field, c.got, c.want)
		}
	}
	if art.WordCount() != countWords(art.Text) || art.WordCount() < 50 {
		t.Errorf("word count %d", art.WordCount())
	}
}

func TestOptionsURLIsBase(t *testing.T) {
	body := paragraphs(3) + `<p>` + prose + ` See <a href="/docs/plan.pdf">the plan</a>.</p>`
	art, err := FromBytes(context.Background(), articlePage("<title>T</title>", body), Options{URL: "https://news.example.org/story"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(art.Markdown(), "(https://news.example.org/docs/plan.pdf)") {
		t.Errorf("relative link not made absolute:\n%s", art.Markdown())
	}
	if art.URL != "https://news.example.org/story" {
		t.Errorf("URL = %q", art.URL)
	}
}

func TestCanceledContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := FromBytes(ctx, articlePage("", paragraphs(3)), Options{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func TestStripSiteName(t *testing.T) {
	tests := []struct{ title, site, want string }{
		{"Story - Example Times", "Example Times", "Story"},
		{"Example Times | Story", "Example Times", "Story"},
		{"Story – Sputnik International", "Sputnik", "Story"},
		{"Story - Part Two", "", "Story - Part Two"},
		{"Lorem ipsum dolor sit amet – My website", "", "Lorem ipsum dolor sit amet"},
		{"Eintracht Frankfurt stellt Weichen für die Zukunft - Eintracht Presse - News", "", "Eintracht Frankfurt stellt Weichen für die Zukunft"},
		{"Zhi Neng Xiang Nian Ni - Jam Hsiao Jing Teng (只能想念你 - 蕭敬騰)", "", "Zhi Neng Xiang Nian Ni - Jam Hsiao Jing Teng (只能想念你 - 蕭敬騰)"},
		{"Council Votes on the Library Budget - A Long Night in the Town Hall", "", "Council Votes on the Library Budget - A Long Night in the Town Hall"},
		{"Story | example.com", "", "Story"},
		{"Huawei - Reports - Sputnik International", "Sputnik International", "Huawei - Reports"},
	}
	hosted := siteName{host: "www.umweltbundesamt.de"}
	if got := stripSiteName("EU-Taxonomie: Atomkraft ist nicht nachhaltig | Umweltbundesamt", hosted); got != "EU-Taxonomie: Atomkraft ist nicht nachhaltig" {
		t.Errorf("host-named suffix kept: %q", got)
	}
	if got := stripSiteName("Story - Part Two", hosted); got != "Story - Part Two" {
		t.Errorf("headline cut: %q", got)
	}
	for _, tt := range tests {
		if got := stripSiteName(tt.title, siteName{name: tt.site}); got != tt.want {
			t.Errorf("stripSiteName(%q, %q) = %q, want %q", tt.title, tt.site, got, tt.want)
		}
	}
}

func TestKeepKinds(t *testing.T) {
	body := paragraphs(4) + `<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a> ` +
		`<a href="#">Share by email</a></div>` +
		`<div id="comments"><div class="comment"><p>First! Great piece, thanks for writing it up so clearly.</p></div>` +
		`<div class="comment"><p>I disagree with the second paragraph entirely.</p></div><p>Leave a reply</p></div>`
	page := articlePage("<title>T</title>", body)
	plain, err := FromBytes(context.Background(), page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(plain.Text, "Great piece") || plain.Comments != "" {
		t.Errorf("comments leaked by default: text %q comments %q", plain.Text, plain.Comments)
	}
	kept, err := FromBytes(context.Background(), page, Options{Keep: []Kind{KindComments}})
	if err != nil {
		t.Fatal(err)
	}
	want := "First! Great piece, thanks for writing it up so clearly.\n\nI disagree with the second paragraph entirely."
	if kept.Comments != want || strings.Contains(kept.Text, "Great piece") || kept.Text != plain.Text {
		t.Errorf("--keep comments: text %q\ncomments %q", kept.Text, kept.Comments)
	}
	all, err := FromBytes(context.Background(), page, Options{Keep: Kinds()})
	if err != nil {
		t.Fatal(err)
	}
	if all.Comments == "" || len(all.Text) < len(plain.Text) {
		t.Errorf("--keep all lost text: %q / %q", all.Text, all.Comments)
	}
}

func TestConfidence(t *testing.T) {
	good, err := FromBytes(context.Background(), articlePage(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"T"}</script>`, paragraphs(6)), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var links strings.Builder
	for i := 0; i < 30; i++ {
		links.WriteString(`<li><a href="/s">Another story headline on the front page</a> and a few words</li>`)
	}
	weak, err := FromBytes(context.Background(), []byte("<html><body><div><ul>"+links.String()+"</ul></div></body></html>"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if good.Confidence < 0.9 || weak.Confidence > 0.6 || weak.Confidence <= 0 {
		t.Errorf("confidence: article %.2f, link list %.2f", good.Confidence, weak.Confidence)
	}
	_, err = FromBytes(context.Background(), []byte("<html><body><div><ul>"+links.String()+"</ul></div></body></html>"), Options{MinConfidence: 0.7})
	if !errors.Is(err, ErrNoArticle) || !strings.Contains(err.Error(), "confidence") {
		t.Errorf("MinConfidence: err = %v", err)
	}
}

// A class that says a block has no caption ("no_caption") does not make it
// one.
func TestNegatedClassWord(t *testing.T) {
	body := `<div class="item image_hit no_caption"><h2>The mother of a student described her last hours in detail.</h2></div>` + paragraphs(4)
	art, err := FromBytes(context.Background(), articlePage("<title>T</title>", body), Options{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range art.Removed {
		if strings.Contains(r.Text, "The mother of a student") {
			t.Errorf("removed by %s (%s)", r.Rule, r.Kind)
		}
	}
}

// An inline element in the middle of a sentence is prose whatever its
// class; the same class on a link in a row of links is furniture.
func TestInlineElementInRunningText(t *testing.T) {
	body := `<p>I am a <a class="popup" href="javascript:void(0)">rather elderly</a> man, and the nature of my avocations for the last thirty years has brought me into contact with an interesting set of men.</p>` +
		paragraphs(4) +
		`<div class="tools"><a class="share" href="/s">Teilen</a> <a class="newsletter" href="/n">Jagdbericht</a></div>`
	art, err := FromBytes(context.Background(), articlePage("<title>T</title>", body), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(art.Text, "I am a rather elderly man") {
		t.Errorf("the link's words left the sentence: %.120q", art.Text)
	}
	if strings.Contains(art.Text, "Jagdbericht") {
		t.Errorf("the newsletter link stayed")
	}
}

// A glossed word that opens a sentence, a glossed phrase that ends one and a
// glossed sentence between two are prose too; a credit after a caption, or
// a writer's link after a label ("Stories by"), with no sentence of its
// own, is not.
func TestInlineElementAtSentenceEdges(t *testing.T) {
	body := `<h5>Click on text in red for notes</h5> <a class="popup" href="#">I</a> am a rather elderly man, and the nature of my avocations has brought me into contact with an interesting set of men.` +
		`<p>"I have given up copying," he answered, and <a class="popup" href="#">slid aside.</a></p>` +
		`<p>It was the distress of mind that made me. <a class="popup" href="#">Shall I acknowledge it?</a> The conclusion of the whole business was plain.</p>` +
		`<p>A final thought occurred to me--<a class="popup" href="#">one which had not been wholly unindulged before.</a></p>` +
		`<p>He said nothing more that day. <a class="popup" href="#">"Will you go?" I asked him again.</a></p>` +
		paragraphs(4) +
		`<p>The minister spoke to reporters after the vote on Tuesday in the capital.<span class="credit">Parlamentsdirektion/Thomas Topf</span></p>` +
		`<p><strong>Stories by <a class="writer-social" href="/writer/nathan">Nathan Miles</a></strong></p>`
	text := mustExtract(t, articlePage("<title>T</title>", body), Options{}).Text
	wantKept(t, text, "I am a rather elderly man", "and slid aside.", "Shall I acknowledge it? The conclusion",
		"occurred to me--one which had not", `day. "Will you go?" I asked him again.`)
	wantGone(t, text, "Thomas Topf", "Nathan Miles")
}

// A syntax highlighter's classes inside a code block name the code's parts,
// not furniture: Prism's "token comment" and highlight.js's "hljs-comment"
// keep their comments. A button in the block still goes.
func TestCodeCommentsKept(t *testing.T) {
	body := paragraphs(3) +
		`<pre class="language-c"><button class="copy">Copy code</button><code class="language-c"><span class="token comment">// add.c</span><br><span class="token keyword">int</span> add(int x, int y);</code></pre>` +
		`<pre><code class="hljs"><span class="hljs-keyword">def</span> plus_one(x): <span class="hljs-comment"># adds one to x</span></code></pre>` +
		paragraphs(3)
	text := mustExtract(t, articlePage("<title>T</title>", body), Options{}).Text
	wantKept(t, text, "// add.c", "# adds one to x")
	wantGone(t, text, "Copy code") // a tag rule still applies inside code
}

// A page that shows a teaser while its JSON-LD articleBody holds the whole
// story gives the story; a marked-up body, or a page that shows the story,
// keeps what the page shows.
func TestLongerJSONLDBody(t *testing.T) {
	story := strings.Repeat("The committee met on Tuesday to weigh the library budget for the coming decade. ", 20)
	teaser := `<h1>Council Votes</h1><p>The committee met on Tuesday to weigh the library budget, and the vote was close in the end.</p>` +
		`<p>It took three rounds of voting and a long night before the members agreed on the plan. Read the full article.</p>` +
		`<p>The mayor said she would sign the budget once the finance office had checked the figures again next week.</p>`
	ld := func(body string) string {
		return `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council Votes","articleBody":` +
			strconv.Quote(body) + `}</script>`
	}
	for _, tt := range []struct {
		name, head, body string
		wantStory        bool
	}{
		{"a teaser on the page", ld(story), teaser, true},
		{"a body in HTML", ld("<p>" + story + "</p>"), teaser, false},
		{"the story on the page", ld(story), "<h1>Council Votes</h1>" + paragraphs(8), false},
	} {
		art := mustExtract(t, articlePage("<title>Council Votes</title>"+tt.head, tt.body), Options{})
		if got := strings.Contains(art.Text, story[:200]); got != tt.wantStory {
			t.Errorf("%s: text holds the JSON-LD story = %v, want %v\n%s", tt.name, got, tt.wantStory, art.Text)
		}
	}
}

func TestLDBodyTree(t *testing.T) {
	for _, tt := range []struct{ body, want string }{
		{"First line.\n\nSecond line.", "First line.\n\nSecond line."},
		{"<p>First <b>line</b>.</p><p>Second line.</p>", "First line.\n\nSecond line."},
	} {
		if got := renderText(ldBodyTree(tt.body)); got != tt.want {
			t.Errorf("ldBodyTree(%q) renders %q, want %q", tt.body, got, tt.want)
		}
	}
}

// The subheadline printed right after the headline, outside the body's
// container, is the article's first paragraph; a blog's tagline after its
// name and a byline after the headline are not.
func TestDekRestored(t *testing.T) {
	tests := []struct{ name, head, header, want, notWant string }{
		{"a dek after the headline", `<title>Council Votes on Library Funding</title>`,
			`<h1>Council Votes on Library Funding</h1><h2>After a long night the members agreed to keep every branch open for another year.</h2>`,
			"After a long night the members agreed", ""},
		{"a tagline after the site's name", `<title>Council Votes on Library Funding | Little Green Notes</title>`,
			`<h1>Little Green Notes</h1><p>Natural soaps, mindful shopping and whatever else comes between them every week.</p>`,
			"", "Natural soaps"},
		{"a byline after the headline", `<title>Council Votes on Library Funding</title>`,
			`<h1>Council Votes on Library Funding</h1><p>By Jane Doe, city hall reporter, who has covered the council for twenty years</p>`,
			"", "city hall reporter"},
		{"a newsletter prompt after the headline", `<title>Council Votes on Library Funding</title>`,
			`<h1>Council Votes on Library Funding</h1><p>Sign up for our daily newsletter to get the latest stories in your inbox every morning.</p>`,
			"", "daily newsletter"},
		{"a prompt after the headline, inside the body", `<title>Council Votes on Library Funding</title>`,
			`</header><div class="story-body"><h1>Council Votes on Library Funding</h1><p>Sign up for our daily newsletter to get the latest stories in your inbox every morning.</p></div><header>`,
			"", "daily newsletter"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := articlePage(tt.head, `<header class="story-header">`+tt.header+`</header><div class="story-body">`+paragraphs(5)+`</div>`)
			art, err := FromBytes(context.Background(), page, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if tt.want != "" && !strings.HasPrefix(art.Text, tt.want) {
				t.Errorf("the article does not begin with the dek:\n%s", art.Text)
			}
			if tt.notWant != "" && strings.Contains(art.Text, tt.notWant) {
				t.Errorf("%q is in the article:\n%s", tt.notWant, art.Text)
			}
		})
	}
}

// checkGoneKept fails t for each of gone that text still holds and each
// of kept it lost.
func checkGoneKept(t *testing.T, text string, gone, kept []string) {
	t.Helper()
	for _, g := range gone {
		if strings.Contains(text, g) {
			t.Errorf("%q stayed:\n%s", g, text)
		}
	}
	for _, k := range kept {
		if !strings.Contains(text, k) {
			t.Errorf("%q was removed:\n%s", k, text)
		}
	}
}

// A forum thread whose post is only an image leaves the fallback a login
// prompt, furniture the clean-up would remove from any article: no
// article, not the prompt. A page whose densest block is a short real
// paragraph still gives it.
func TestFallbackOfFurnitureOnly(t *testing.T) {
	body := `<article class="message-body"><img src="/attachments/1.png" alt="shot.png"></article>` +
		`<div class="block-outer"><div><a href="/login/"><span>You must log in or register to reply here.</span></a></div></div>`
	_, err := FromBytes(context.Background(), articlePage("<title>Thread</title>", body), Options{})
	if !errors.Is(err, ErrNoArticle) {
		t.Fatalf("err = %v, want ErrNoArticle", err)
	}

	body = `<article class="message-body"><img src="/attachments/1.png" alt="shot.png"></article>` +
		`<div class="block-outer"><div><span>The server restarts at noon on Sunday.</span></div></div>`
	art := mustExtract(t, articlePage("<title>Thread</title>", body), Options{})
	wantKept(t, art.Text, "The server restarts at noon on Sunday.")
}

// The furniture prefixes read a short block's opening, so a sentence of
// the story that opens as a prompt would ("Sign up to volunteer …",
// "Share this with your neighbours …") must not match one.
func TestSentencesLikePromptsKept(t *testing.T) {
	lines := []string{"Sign up to volunteer at the library by Friday, the council said in its notice to residents.",
		"Share this with your neighbours, the mayor said on Tuesday when she opened the new library."}
	body := paragraphs(2)
	for _, line := range lines {
		body += "<p>" + line + "</p>" + paragraphs(1)
	}
	text := mustExtract(t, articlePage("<title>T</title>", body), Options{}).Text
	for _, line := range lines {
		wantKept(t, text, line)
	}
}
