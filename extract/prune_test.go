package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// A live blog's entries, classed "live-match-comment", are the article; a
// comment system's ("livefyre-comments") are not.
func TestLiveCommentaryIsNoComments(t *testing.T) {
	entry := func(class, text string) string {
		return `<div class="` + class + `"><p>` + text + `</p></div>`
	}
	body := `<h1>Lorient vs Lyon</h1>` + paragraphs(3) +
		entry("live-match-comment", "55' The corner kick comes to nothing, and Lyon break away on the left wing.") +
		entry("live-match-comment", "58' Lyon claim a penalty after a challenge on Aouar; the referee waves play on.") +
		entry("livefyre-comments", "Great match, what a goal by the home side, I was there in the stands!")
	art := mustExtract(t, articlePage("<title>Lorient vs Lyon</title>", body), Options{})
	if !strings.Contains(art.Text, "The corner kick comes to nothing") {
		t.Errorf("a live entry is missing:\n%s", art.Text)
	}
	if strings.Contains(art.Text, "I was there in the stands") {
		t.Errorf("a reader's comment leaked:\n%s", art.Text)
	}
}

// Skip links ("Zum Hauptinhalt springen") are for keyboard and screen-reader
// users of the site, not part of its story, whether their class names them
// ("skiplinks", "navSkip") or only their words do.
func TestSkipLinks(t *testing.T) {
	for _, links := range []string{
		`<div class="skiplinks"><ul><li><a href="#main">Main</a></li><li><a href="#search">Search</a></li></ul></div>`,
		`<ul class="navSkip"><li><a href="#main">Main</a></li><li><a href="#nav">Navigation</a></li></ul>`,
		`<p><a href="#main">Zum Hauptinhalt springen</a></p>`,
		`<p><a href="#main">Skip to main content</a></p>`,
	} {
		body := links + `<h1>Heat pumps sell</h1>` + paragraphs(3)
		art := mustExtract(t, articlePage("<title>Heat pumps sell</title>", body), Options{})
		for _, word := range []string{"Main", "Search", "Navigation", "springen", "Skip"} {
			if strings.Contains(art.Text, word) {
				t.Errorf("skip link %q leaked from %s:\n%s", word, links, art.Text)
			}
		}
	}
}

// A phrase in an inline element with words right after it is a label of
// its line: the line is judged whole, and the label never goes alone,
// leaving "FOR OUR NEWSLETTER", ": https://…" or "zu" of "zuteilen".
func TestLabelJudgedWithItsLine(t *testing.T) {
	body := paragraphs(2) +
		`<p><span>SIGN UP</span> FOR OUR NEWSLETTER</p>` + paragraphs(1) +
		`<p>Sie teilen ihre Gedanken mit der Welt zu<span>teilen</span>. Aber die Regeln gelten auch dort.</p>` +
		`<p><strong>Newsfeed:</strong> Coinbase keeps users up to date with a newsfeed built into the platform itself.</p>` +
		paragraphs(1) + `<p><b>Permalink</b>: https://example.org/news/2021/heliumkerne.php</p>`
	art := mustExtract(t, articlePage("<title>T</title>", body), Options{})
	wantGone(t, art.Text, "NEWSLETTER", "SIGN UP", "https://example.org", "Permalink")
	wantKept(t, art.Text, "mit der Welt zuteilen. Aber", "Newsfeed: Coinbase keeps users")
}

// A Video.js player inside the article prints its controls and caption
// settings as text ("Current Time 0:00", "Font Size"); they leave with the
// player's markup, even with every kind kept. The paragraph after it stays.
func TestVideoPlayerControls(t *testing.T) {
	player := `<div class="video-js vjs-default-skin"><div class="vjs-control-bar">` +
		`<button class="vjs-play-control">Play</button>` +
		`<div class="vjs-current-time"><span class="vjs-control-text">Current Time</span> 0:00</div>` +
		`<div class="vjs-progress-holder"><span class="vjs-control-text">Loaded: 0%</span></div></div>` +
		`<div class="vjs-text-track-settings"><label class="vjs-label">Font Size</label>` +
		`<label class="vjs-label">Text Edge Style</label></div></div>`
	after := "The hotel chain said it would review its cleaning rules after the report."
	body := `<h1>Hotel secrets</h1>` + paragraphs(2) + player + `<p>` + after + `</p>` + paragraphs(2)
	for _, keep := range []string{"", "all"} {
		opts := Options{}
		if keep == "all" {
			opts.Keep = Kinds()
		}
		art := mustExtract(t, articlePage("<title>Hotel secrets</title>", body), opts)
		for _, word := range []string{"Current Time", "Loaded", "Font Size", "Text Edge Style"} {
			if strings.Contains(art.Text, word) {
				t.Errorf("keep %q: player control %q leaked:\n%s", keep, word, art.Text)
			}
		}
		if !strings.Contains(art.Text, after) {
			t.Errorf("keep %q: the paragraph after the player is missing:\n%s", keep, art.Text)
		}
	}
}

// Comment sections named in the site's language ("kommentare",
// "comentarios") are comments like "comments" ones. An opinion piece,
// which German sites class "kommentar", is the article.
func TestCommentClassesInOtherLanguages(t *testing.T) {
	for _, class := range []string{"kommentare", "comentarios", "commentaires", "box-commenti"} {
		section := `<section class="` + class + `"><h2>0 Kommentare</h2>` +
			`<p>Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)</p></section>`
		body := `<h1>Hechte im Winter</h1>` + paragraphs(4) + section
		art := mustExtract(t, articlePage("<title>Hechte im Winter</title>", body), Options{})
		if strings.Contains(art.Text, "Freigabe") {
			t.Errorf("class %q: the comment section stayed:\n%s", class, art.Text)
		}
	}
	view := "<p>Die Wahl hat gezeigt, dass die Parteien der Mitte ihre Wähler nicht mehr erreichen, und das muss sich ändern.</p>"
	opinion := `<h1>Ein Kommentar zur Wahl</h1><div class="kommentar">` + strings.Repeat(view, 4) + `</div>` +
		`<div class="more-stories">` + paragraphs(5) + `</div>`
	art := mustExtract(t, articlePage("<title>Ein Kommentar zur Wahl</title>", opinion), Options{})
	if !strings.Contains(art.Text, "Parteien der Mitte") {
		t.Errorf("the opinion piece classed \"kommentar\" was removed:\n%s", art.Text)
	}
}

// A paragraph of the article that the page marks as behind its paywall
// (<p class="paywall">, the text in the page) stays; the paywall's prompt
// goes.
func TestPaywalledParagraphKept(t *testing.T) {
	body := paragraphs(1) +
		`<p class="body-paragraph paywall">Speaking to reporters in the capital, the mayor said the budget would be balanced by spring and that no library would close this year.</p>` +
		`<p class="body-paragraph paywall">She added that the council would publish the figures on Monday, after the vote.</p>` +
		paragraphs(2) + `<div class="paywall"><p>Subscribe to keep reading.</p><a href="/subscribe">Subscribe</a></div>` +
		`<p class="paywall">Already a subscriber? Log in.</p><p class="paywall">Subscribe today to keep reading every story we publish, on any device.</p>`
	art := mustExtract(t, articlePage("<title>T</title>", body), Options{})
	wantKept(t, art.Text, "Speaking to reporters in the capital", "publish the figures on Monday")
	wantGone(t, art.Text, "keep reading", "Already a subscriber")
}

// An author box classed "author-info" under the story (a portrait, the
// name and a line of biography) is about the writer, not the story.
func TestAuthorInfoBoxRemoved(t *testing.T) {
	body := `<h1>Story</h1>` + paragraphs(4) +
		`<div class="mt-5 author-info"><a rel="author" href="/autor/jane-doe"><img src="/jane.jpg" alt="Jane Doe"><strong>Jane Doe</strong></a>` +
		`<p class="w-auto"><em>Graduated in journalism from the national university, she has worked for printed and digital newspapers and in radio.</em></p></div>`
	art := mustExtract(t, articlePage("<title>Story</title>", body), Options{})
	checkGoneKept(t, art.Text, []string{"Graduated in journalism"}, []string{"Paragraph number D"})
}

// A block classed "promo" promotes the site (its app, its news in Hindi);
// a container of the story whose class names a promotion it holds
// ("has-promo-tout") keeps its prose.
func TestPromoClassRemoved(t *testing.T) {
	body := `<div class="main has-promo-tout"><h1>Story</h1>` + paragraphs(4) +
		`<div class="promo_description hide-on-mobile-app"><p>Stay up to date with every story: download the <a href="https://play.example/app">Example News App</a> for Android and iOS.<br>` +
		`Get all the news on politics, sports, entertainment and technology, and stay updated with us for all breaking news.</p></div></div>`
	art := mustExtract(t, articlePage("<title>Story</title>", body), Options{})
	checkGoneKept(t, art.Text, []string{"Example News App", "stay updated with us"}, []string{"Paragraph number A", "Paragraph number D"})
}

// A video player's end slate, the videos it offers when one ends ("JUST
// WATCHED", a title, "MUST WATCH"), goes with its class; a paragraph
// beside the player stays.
func TestVideoEndSlateRemoved(t *testing.T) {
	player := `<div class="el__video--standard"><div class="video__end-slate--inactive"><div class="l-container">` +
		`<div class="video__end-slate__secondary"><ul class="cn"><h3>JUST WATCHED</h3><h2 class="cd__headline"><span>"The driver's best laps of the season"</span></h2></ul>` +
		`<div class="video__end-slate__engage"><a>Replay</a> <a href="/videos">More Videos ...</a></div></div>` +
		`<h4>MUST WATCH</h4></div></div></div>`
	after := "<p>The team said the car would be repaired before the next race, and that the driver was well.</p>"
	body := `<h1>Story</h1>` + paragraphs(3) + player + after
	art := mustExtract(t, articlePage("<title>Story</title>", body), Options{})
	checkGoneKept(t, art.Text, []string{"JUST WATCHED", "best laps", "MUST WATCH"}, []string{"Paragraph number A", "repaired before the next race"})
}

// A caption classed in one camelCase word ("imageCaption", as the Daily
// Mail writes under every picture) is a caption like one classed
// "caption"; the story's paragraphs stay.
func TestCamelCaseCaptionClassRemoved(t *testing.T) {
	for _, class := range []string{"imageCaption", "photoCaption"} {
		body := `<h1>Story</h1>` + paragraphs(3) + `<div class="artSplitter mol-img-group"><img src="/bags.jpg">` +
			`<p class="` + class + `">Shoppers have been charged up to 10p for paper bags at two department stores</p></div>` + paragraphs(2)
		art := mustExtract(t, articlePage("<title>Story</title>", body), Options{})
		checkGoneKept(t, art.Text, []string{"charged up to 10p"}, []string{"Paragraph number A", "Paragraph number C"})
	}
}

// A toolbar above or under the story holds its buttons: a social
// network's activity widget ("Click \"Add to Timeline\" to publish what
// you read to Facebook"), a gallery's counter. It goes with its class.
func TestToolbarRemoved(t *testing.T) {
	toolbar := `<div class="entry-toolbar entry-toolbar-above"><div class="facebook-broadcasting"><div class="animator">` +
		`<a class="more-activity-button">More Activity</a><div class="header">Facebook Activity</div>` +
		`<div class="whats-this"><p>Click "Add to Timeline" to publish what you read to Facebook</p>` +
		`<p>See what your friends have read on our sites</p></div></div></div></div>`
	body := `<div class="post"><h1>Story</h1>` + toolbar + `<div class="entry-content">` + paragraphs(4) + `</div></div>`
	art := mustExtract(t, articlePage("<title>Story</title>", body), Options{})
	checkGoneKept(t, art.Text, []string{"Facebook Activity", "Add to Timeline", "friends have read"}, []string{"Paragraph number A", "Paragraph number D"})
}

// The class and id names of furniture found on news pages, and names that
// only look like one.
func TestClassKindNamesFurniture(t *testing.T) {
	for _, tc := range []struct {
		value string
		want  Kind
	}{
		{"postend kudo able clearfix", KindShare}, // Svbtle's "Kudos" button
		{"readnext", KindRelated},                 // Svbtle's "Read this next"
		{"whats-hot read-next brand-hint-bg", KindRelated},
		{"video__end-slate--inactive video__end-slate", KindRelated},
		{"imageCaption", KindCaptions},
		{"entry-toolbar entry-toolbar-above", KindShare},
		{"util-bar-module util-bar-module-ugc", KindShare}, // USA Today's utility bar: share, comment, upload
		{"utility-bar-wrap", KindShare},
		{"c-flyout js-flyout", KindChat},
		{"off-screen", KindNavigation},                    // the BBC's screen-reader labels: "Skip Twitter post by …", "Image caption"
		{"inread inread--NL js-services-inread", KindAds}, // Le Monde's in-read slot: an app's promotion
		{"unread-count", ""},                              // no "inread" word
		{"jugendscreening", ""},                           // no end screen
		{"already", ""},                                   // no "read"
		{"article-body readnext", ""},                     // the article, whatever else it names
	} {
		var p pruner
		got, _, _ := p.classKind(tc.value)
		if got != tc.want {
			t.Errorf("classKind(%q) = %q, want %q", tc.value, got, tc.want)
		}
	}
}

// A post's "Kudos" button with its count, and the "read next" teaser of
// another post (Svbtle's blogs close every post with both), go with their
// classes.
func TestKudosAndReadNextRemoved(t *testing.T) {
	body := `<section id="container"><article class="post"><h1>Story</h1>` + paragraphs(5) +
		`<figure class="postend kudo able clearfix"><a href="#kudo"><div class="filling">&nbsp;</div></a><div class="num">861</div><div class="txt">Kudos</div></figure></article></section>` +
		`<section id="readnext"><a href="/other-post"><h4 class="readnext_header">Read this next</h4><h3 class="readnext_title">RIM CEOs quit</h3>` +
		`<p class="readnext_content">From The Wall Street Journal: after twenty years together at the helm of the company, its two chief executives, ` +
		`who built the firm from a small shop into a maker of phones, said they planned to turn over the top job early Monday... <span>Continue →</span></p></a></section>`
	art := mustExtract(t, articlePage("<title>Story</title>", body), Options{})
	checkGoneKept(t, art.Text, []string{"861", "Kudos", "RIM CEOs", "helm of the company"}, []string{"Paragraph number A", "Paragraph number D"})
}

// Inside code the pruner applies its tag rules (a copy button goes) but
// not its class rules: Prism's "token comment" is the code's comment.
func TestPruneInsideCodeByTagOnly(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<body><p>Intro.</p><pre><button>Copy code</button><code>` +
		`<span class="token comment">// add.c</span><br>int add(int x, int y);</code></pre></body>`))
	if err != nil {
		t.Fatal(err)
	}
	pruneBoilerplate(doc, kindSet{}, nil)
	text := textContent(doc)
	if !strings.Contains(text, "// add.c") {
		t.Errorf("the code's comment went: %q", text)
	}
	if strings.Contains(text, "Copy code") {
		t.Errorf("the copy button stayed: %q", text)
	}
}

// An AMP page's ad, share, embed and list components print only their
// placeholders and fallbacks until a script loads them; none stays. The
// story's paragraphs between them stay.
func TestAMPComponentsRemoved(t *testing.T) {
	body := "<h1>Story</h1>" + paragraphs(2) +
		`<amp-ad width="300" height="250" type="doubleclick"><div fallback>Ad fallback text</div></amp-ad>` + paragraphs(1) +
		`<amp-social-share type="twitter">Tweet this</amp-social-share><amp-social-share type="facebook">Share on FB</amp-social-share>` +
		`<amp-iframe src="https://example.com/map"><div placeholder>Loading the interactive map</div></amp-iframe>` + paragraphs(2) +
		`<amp-list src="/related.json"><div overflow>See more related stories</div></amp-list>` +
		`<amp-user-notification id="cookies"><p>We use cookies on this site.</p></amp-user-notification>` + paragraphs(1)
	text := mustExtract(t, articlePage("<title>Story</title>", body), Options{}).Text
	wantGone(t, text, "Ad fallback text", "Tweet this", "Share on FB", "Loading the interactive map", "See more related stories",
		"We use cookies")
	if got := strings.Count(text, "The committee met"); got != 6 {
		t.Errorf("%d of the story's 6 paragraphs kept:\n%s", got, text)
	}
}
