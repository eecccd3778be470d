package extract

import (
	"context"
	"strings"
	"testing"
)

func TestDateInText(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Veröffentlicht am 25.01.2022 um 10:00", "2022-01-25"},
		{"Posted 2019-08-02 by Daniel", "2019-08-02"},
		{"6. Mai 2023 | Kultur", "2023-05-06"},
		{"January 25, 2022 at 6:01 am", "2022-01-25"},
		{"le 13 juin 2019", "2019-06-13"},
		{"25 de enero de 2022", "2022-01-25"},
		{"Updated 3 March 2015, first 1 March 2015", "2015-03-03"},
		{"no date here, only 12 apples and 2019 pears", ""},
		{"31.02.2020 is not a day", ""},
		{"02/10/2020", "2020-10-02"},
		{"posted 03/25/2015", "2015-03-25"},
		{"2023/11/02 22:27", "2023-11-02"},
		{"2020.03.04", "2020-03-04"},
		{"2023年11月2日 10:00", "2023-11-02"},
		{"2023년 11월 2일", "2023-11-02"},
		{"version 2023.13.02", ""},
		{"see http://foobar.lu/wp/2012/05/13/a-guide", ""}, // another page's date, in a link
		{"Updated: $Date: 2016/11/18 06:31:41 $", ""},      // when the file last changed
	}
	for _, tt := range tests {
		got := ""
		if d, ok := dateInText(tt.text); ok {
			got = d.Format("2006-01-02")
		}
		if got != tt.want {
			t.Errorf("dateInText(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestCleanByline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"By Jane Doe", "Jane Doe"},
		{"  Von   Max Mustermann ", "Max Mustermann"},
		{"David · 18. Oktober 2019", "David"},
		{"Author: Bo2man am 29.12.2010, 13:36 Uhr", "Bo2man"},
		{"By Nathan Willis March 25, 2015", "Nathan Willis"},
		{"Martin Untersinger (avec Damien Leloup)", "Martin Untersinger (avec Damien Leloup)"},
		{"| Klaus Quibeldey-Cirkel", "Klaus Quibeldey-Cirkel"},
		{"https://example.com/authors/jane", ""},
		{"example.com", ""},
		{"10.11.2021", ""}, // a date in a class="authored" block
		{"publisher", ""},  // a CMS's placeholder in <meta name="author">
		{"Webmaster", ""},
		{"Article by", ""},
		{"Post author By Helge Fahrnberger", "Helge Fahrnberger"},
		{"View all posts by Daniel Lemire", "Daniel Lemire"},
		{"AutorTeufel Blog Redaktion", "Teufel Blog Redaktion"},
		{"Beitragvon r23", "r23"},
		{"Williams Perdomo @wperdomod", "Williams Perdomo"},
		{"© Kathrin Führes", "Kathrin Führes"},
		{"Sara Zinnecker Stand: 12.03.2023", "Sara Zinnecker"},
		{"Posted on September 21, 2020 by Adi Tzlil", "Adi Tzlil"},
		{"Text von Christian Seiler Illustration von Markus Roost", "Christian Seiler"},
		{"Photo by ev on Unsplash", ""},
		{"Follow", ""},
		{"Published by", ""},
		{"Donnerstag", ""},
		{"Last Updated: January 7, 2025", ""},
		{"by Lucas Nolan22 Dec 2016651", "Lucas Nolan"},
		{"Von Tomas Spahn Fr, 18.10.2019", "Tomas Spahn"},
		{"Jo Do", "Jo Do"},
		{"ByAlex Bozarjian Thursday, November 9, 2023 4:41AM", "Alex Bozarjian"},
		{"Byron Smith", "Byron Smith"},
		{"Zur PersonAlle Beiträge", ""},
		{"Laura June Topolsky", "Laura June Topolsky"},
		{"Method", ""},
		{"Grant Tinsley, PhD", "Grant Tinsley"},
		{"Ben Silverman Games Editor", "Ben Silverman"},
		{"Jane Doe Senior Staff Writer", "Jane Doe"},
		{"Letters To The Editor", "Letters To The Editor"},
		{"By Brenda Goodman, MA", "Brenda Goodman"},
		{"Michael L. Anderson, PhD, Carlos Dobkin, PhD", "Michael L. Anderson, Carlos Dobkin"},
		{"责任编辑： 焦鹏", "焦鹏"},
		{"记者王敬照", "王敬照"},
		{"Glen Owen And Brendan Carlin For The Mail On Sunday", "Glen Owen And Brendan Carlin For The Mail On Sunday"},
		{"Isabella am Samstag", "Isabella"},
		{"Laura June Topolsky June 10, 2015", "Laura June Topolsky"},
		{"View all posts", ""},
		{"Eurosport Publiziert 04.02.2022", "Eurosport"},
		{`<a href="/experts/jane-doe" hreflang="en">Jane Doe</a>`, "Jane Doe"},
		{"<p>Jane Doe</p><p>Berlin</p>", "Jane Doe Berlin"},
		{"Jane <b>Doe</b>", "Jane Doe"},
		{"Lire l’article original", ""}, // a translation's link to its original, in an element classed as the authors'
		{"Read the original article", ""},
		{"Angelika Leitner Google+ mehr", "Angelika Leitner"}, // an author box's profile links
		{"Lüder Hoppe info@buero-hoppe.de", "Lüder Hoppe"},
		{"Kristen Falc'honKristen Falc'hon", "Kristen Falc'hon"}, // printed for wide and narrow screens
		{"/ Cory Doctorow /", "Cory Doctorow"},
		{"& Herausgeber", ""},
		{"Autorin", ""},
		{"Autor*innen", ""},
		{"POR MES*", ""},
		{"by Subject", ""}, // a "browse by" menu
		{"Copyright Haufe-Lexware GmbH & Co. KG - all rights reserved", ""},
		{"21.01.2022 Aktuelle Meldung", ""},
		{"15 de Abril de", ""},
		{"PTI Updated:March", "PTI"},
		{"Авторы: Дмитрий Попов", "Дмитрий Попов"},
		{"Recueilli par Patrick ANGEVIN.", "Patrick ANGEVIN."},
		{"durch Stephan Markus", "Stephan Markus"},
		{"Door: Jan de Vries", "Jan de Vries"},
		{"Thomas More", "Thomas More"},
		{"Jane Twitter Doe", "Jane Twitter Doe"}, // a profile link cuts only after two words
	}
	for _, tt := range tests {
		if got := cleanByline(tt.in); got != tt.want {
			t.Errorf("cleanByline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestVisibleHeadlineBeatsTitleTag(t *testing.T) {
	head := `<title>Politics - Council Votes on Library Funding | City News</title>`
	body := `<h1 class="logo">City News</h1><h1>Council Votes on Library Funding</h1>` + paragraphs(4)
	art, err := FromBytes(context.Background(), articlePage(head, body), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if art.Title != "Council Votes on Library Funding" {
		t.Errorf("title = %q", art.Title)
	}
}

// Metadata comes out in Unicode NFC, so a title written with a
// precomposed letter that NFC decomposes (Bengali U+09DC, Devanagari
// U+0958) compares equal to the same title typed elsewhere.
func TestMetadataIsNFC(t *testing.T) {
	head := "<title>\u09ac\u09be\u09dc\u09bf</title>"
	body := "<h1>\u09ac\u09be\u09dc\u09bf</h1><span class=\"author\">\u0958\u093e\u0928</span>" + paragraphs(4)
	art := mustExtract(t, articlePage(head, body), Options{})
	if want := "\u09ac\u09be\u09a1\u09bc\u09bf"; art.Title != want {
		t.Errorf("title = %+q, want %+q", art.Title, want)
	}
	if want := "\u0915\u093c\u093e\u0928"; art.Byline != want {
		t.Errorf("byline = %+q, want %+q", art.Byline, want)
	}
}

// The body comes out in NFC too, in every format: a decomposed umlaut
// ("u" and U+0308) is composed, a Bengali letter NFC decomposes is.
func TestTextIsNFC(t *testing.T) {
	body := "<h1>Council</h1><p>Die Gru\u0308nen stimmen zu, sagt \u09ac\u09be\u09dc\u09bf.</p>" + paragraphs(4)
	art := mustExtract(t, articlePage("<title>Council</title>", body), Options{})
	var md strings.Builder
	if err := RenderMarkdown(&md, art.Content); err != nil {
		t.Fatal(err)
	}
	for name, out := range map[string]string{"text": art.Text, "markdown": md.String()} {
		if !strings.Contains(out, "Die Gr\u00fcnen stimmen zu, sagt \u09ac\u09be\u09a1\u09bc\u09bf.") {
			t.Errorf("%s is not in NFC: %+q", name, out)
		}
	}
}

func TestWrittenDateAndBylineFallback(t *testing.T) {
	body := `<h1>Council Votes</h1><div class="meta"><span class="author">Von Max Mustermann</span> <span class="date">25.01.2022</span></div>` + paragraphs(4)
	art, err := FromBytes(context.Background(), articlePage("<title>Council Votes</title>", body), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := art.Published.Format("2006-01-02"); got != "2022-01-25" {
		t.Errorf("published = %s", got)
	}
	if art.Byline != "Max Mustermann" {
		t.Errorf("byline = %q", art.Byline)
	}
}

// A byline in a comment thread names a commenter, not the author: the
// article's own byline, later in the page, wins, and with none there is
// no byline.
func TestCommentBylinesAreNoAuthors(t *testing.T) {
	comments := `<ul class="comments-list"><li class="comment"><div><div class="byline"><div class="avatar-text">J</div><div class="username">J</div></div><p>First!</p></div></li></ul>`
	for _, tc := range []struct{ body, want string }{
		{comments + `<h1>Council Votes</h1><div class="author-name">Nataliya Vasilyeva</div>` + paragraphs(4), "Nataliya Vasilyeva"},
		{`<h1>Council Votes</h1>` + paragraphs(4) + comments, ""},
	} {
		art := mustExtract(t, articlePage("<title>Council Votes</title>", tc.body), Options{})
		if art.Byline != tc.want {
			t.Errorf("byline = %q, want %q", art.Byline, tc.want)
		}
	}
}

func TestUTF8PageWithWrongMetaCharset(t *testing.T) {
	page := `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>人工智能迈上新台阶</title></head>` +
		`<body><article><p>` + strings.Repeat("人工智能迈上新台阶。", 40) + `</p></article></body></html>`
	art, err := FromBytes(context.Background(), []byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if art.Title != "人工智能迈上新台阶" || !strings.Contains(art.Text, "人工智能") {
		t.Errorf("mojibake: title %q text %.40q", art.Title, art.Text)
	}
}

func TestExplainRecordsRemovals(t *testing.T) {
	body := paragraphs(4) + `<div class="share-bar"><a href="#">Share on Facebook</a></div>` +
		`<p><strong>READ MORE: <a href="/x">Another story somewhere else on the site</a></strong></p>` + paragraphs(1)
	page := articlePage("<title>T</title>", body)
	art, err := FromBytes(context.Background(), page, Options{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, r := range art.Removed {
		kinds = append(kinds, string(r.Kind)+":"+r.Rule)
	}
	all := strings.Join(kinds, "\n")
	for _, want := range []string{`share:class word "share"`, "navigation:tag <nav>", "footer:tag <footer>"} {
		if !strings.Contains(all, want) {
			t.Errorf("explain lacks %q; got:\n%s", want, all)
		}
	}
	plain, err := FromBytes(context.Background(), page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if plain.Removed != nil || plain.Text != art.Text {
		t.Errorf("Explain changed the result or recorded without being asked")
	}
}

// Each case is a page whose title one rule gets right.
func TestTitleRules(t *testing.T) {
	tests := []struct{ name, head, body, want string }{
		{"the headline's own quotes, not the title tag's plain ones",
			`<title>Editor's Letter: bye "OC Baby" - City News</title>`,
			`<h1>Editor’s Letter: bye „OC Baby“</h1>`, "Editor’s Letter: bye „OC Baby“"},
		{"a section's name before the headline",
			`<title>News - Council Votes on Library Funding</title>`, ``, "Council Votes on Library Funding"},
		{"the site and a section before the headline",
			`<title>City News - Aktuelles - Council Votes on Library Funding</title><meta property="og:site_name" content="City News">`,
			``, "Council Votes on Library Funding"},
		{"a date before the headline",
			`<title>23.01.2022 - Council Votes on Library Funding</title>`, ``, "Council Votes on Library Funding"},
		{"the one h1 over a <title> that says otherwise",
			`<title>Example Times - Library Funding</title>`, `<h1>Council Votes on Library Funding</h1>`, "Council Votes on Library Funding"},
		{"declared metadata over an h1 that says otherwise",
			`<title>Library</title><meta property="og:title" content="Library Funding Vote">`, `<h1>Council Votes on Library Funding</h1>`, "Library Funding Vote"},
		{"two h1s: neither is surely the headline",
			`<title>Library Funding Vote</title>`, `<h1>Example Times Online</h1><h1>Council Votes on Library Funding</h1>`, "Library Funding Vote"},
		{"two h1s, one the site's name: the other is the headline",
			`<title>Council Votes on Funding - Example Times</title><meta property="og:site_name" content="Example Times">`,
			`<h1 class="site-title">Example Times</h1><h1>Council Votes to Fund the Library</h1>`, "Council Votes to Fund the Library"},
		{"a kicker in the h1 that the title leaves out",
			`<title>Große Aufgaben für die neue Regierung</title>`, `<h1><small>Tunesien</small><br> Große Aufgaben für die neue Regierung</h1>`,
			"Große Aufgaben für die neue Regierung"},
		{"a printed headline keeps its parts",
			`<title>How to Grow a Lemon Tree | A Step-by-Step Guide</title><meta property="og:site_name" content="Garden Days">`,
			`<h1>How to Grow a Lemon Tree | A Step-by-Step Guide</h1>`, "How to Grow a Lemon Tree | A Step-by-Step Guide"},
		{"a printed headline loses the site's name",
			`<title>How to Grow a Lemon Tree | Garden Days</title><meta property="og:site_name" content="Garden Days">`,
			`<h1>How to Grow a Lemon Tree | Garden Days</h1>`, "How to Grow a Lemon Tree"},
		{"the one h1 keeps a subtitle after \" | \" that names no site",
			`<title>Change Font Size of ggplot2 Plot in R | Axis Text, Main Title &amp; Legend</title>`,
			`<h1>Change Font Size of ggplot2 Plot in R (5 Examples) | Axis Text, Main Title &amp; Legend</h1>`,
			"Change Font Size of ggplot2 Plot in R (5 Examples) | Axis Text, Main Title & Legend"},
		{"the h1 that goes on from the declared title",
			`<title>Ultium Cells Raises Plant Capacity - Battery News</title><meta property="og:site_name" content="Battery News">`,
			`<h1>Ultium Cells Raises Plant Capacity in Tennessee</h1>`, "Ultium Cells Raises Plant Capacity in Tennessee"},
		{"the h1 that goes on from the declared title after a colon",
			`<title>Lemon Cake from the Tray | Baking Days</title>`,
			`<h1>Lemon Cake from the Tray: simply delicious!</h1><h2>Lemon Cake from the Tray</h2>`, "Lemon Cake from the Tray: simply delicious!"},
		{"an h1 that is the title's last part is the site's logo",
			`<title>Liver Stroganoff with Apple and Onion | Love Goes Through the Stomach</title>`,
			`<h1>Love Goes Through the Stomach</h1>`, "Liver Stroganoff with Apple and Onion"},
		{"an h1 that is the title's first part, before a section, is the site's logo",
			`<title>Four Years Remaining » Blog Archive » Interning of Small Integers in Python</title>`,
			`<h1>Four Years Remaining</h1>`, "Interning of Small Integers in Python"},
		{"an h1 that is the title's first part, before a subtitle, is the headline",
			`<title>Splitting Ammonia with LEDs - A New Light Reactor Eases Hydrogen Recovery - Science News</title>`,
			`<h1>Splitting Ammonia with LEDs</h1>`, "Splitting Ammonia with LEDs"},
		{"a one-word headline the title holds, without the title's byline",
			`<title>Mandarinen-Schmand-Kuchen von jesusfreak | Chefkoch</title><meta property="og:site_name" content="Chefkoch">`,
			`<h1>Mandarinen-Schmand-Kuchen</h1>`, "Mandarinen-Schmand-Kuchen"},
		{"a headline without spaces",
			`<title>宇航员在太空中喝酒会怎么样？后果很严重 _探索者 _光明网</title>`,
			`<h1>宇航员在太空中喝酒会怎么样？后果很严重</h1>`, "宇航员在太空中喝酒会怎么样？后果很严重"},
		{"a one-word h1 of the site's host is no headline",
			`<title>Das schwulste Musikvideo der Welt : Krimiblog-Archiv | Gegründet 2005</title><link rel="canonical" href="https://archiv.krimiblog.de/2895">`,
			`<h1>Krimiblog-Archiv</h1>`, "Das schwulste Musikvideo der Welt"},
		{"a headline without its ruby readings",
			`<title>NEWS WEB EASY|子どもへの体罰を禁止する法律ができる</title><meta property="og:site_name" content="NEWS WEB EASY">`,
			`<h1><ruby>子<rt>こ</rt></ruby>どもへの<ruby>体罰<rt>たいばつ</rt></ruby>を<ruby>禁止<rt>きんし</rt></ruby>する<ruby>法律<rt>ほうりつ</rt></ruby>ができる</h1>`,
			"子どもへの体罰を禁止する法律ができる"},
		{"a portal's logo h1 that is the title's part before a closing separator",
			`<title>Autumn Leaves at Misty Camp (2) :: Blog Portal ::</title>`,
			`<h1 class="logo">Blog Portal</h1><h1>Steven's Home</h1>`, "Autumn Leaves at Misty Camp (2)"},
		{"a headline that begins with the site's name, printed as og:title gives it",
			`<title>Puppies to Buy – Tips for Every Breed | Puppies24</title><meta property="og:title" content="Puppies to Buy – Tips for Every Breed"><meta property="og:site_name" content="Puppies">`,
			`<h1>Puppies to Buy – Tips for Every Breed</h1>`, "Puppies to Buy – Tips for Every Breed"},
		{"the site's name a word longer is still the name, not the headline",
			`<title>Council Votes on Library Funding | Sputnik</title><meta property="og:site_name" content="Sputnik">`,
			`<h1>Sputnik International</h1>`, "Council Votes on Library Funding"},
		{"a box-drawing bar sets the site's name apart",
			`<title>Council Votes on Library Funding │ City News</title>`, ``, "Council Votes on Library Funding"},
		{"a separator left at the end goes",
			`<title>Über André Loibl | </title>`, ``, "Über André Loibl"},
		{"a one-word h1 the title holds beside the site's name",
			`<title>Trails! Ischgl</title>`, `<h1>Ischgl</h1>`, "Ischgl"},
		{"a one-word h1 under a <title> that is the site's name",
			`<title>Anwalt Niemeyer</title><link rel="canonical" href="https://anwaltniemeyer.de/">`, `<h1>Willkommen!</h1>`, "Willkommen!"},
		{"a one-word h1 the title does not hold is no headline",
			`<title>Base URL test</title>`, `<h1>Lorem</h1>`, "Base URL test"},
		{"an h1 that is the <title> before og:title is the blog's name",
			`<title>Silicon Exposed: Open Verilog flow for GreenPak4</title><meta property="og:title" content="Open Verilog flow for GreenPak4">`,
			`<h1>Silicon Exposed</h1>`, "Open Verilog flow for GreenPak4"},
		{"an h1 after a dozen h2s of a navigation bar",
			`<title>Council Votes on Library Funding</title>`,
			`<h2>Library Funding</h2>` + strings.Repeat(`<h2>Weather Today</h2>`, 12) + `<h1>Council Votes on Library Funding</h1>`,
			"Council Votes on Library Funding"},
		{"an h1 that ends in a colon is a kicker",
			`<title>Library Project: Better Funding for Books</title>`,
			`<h1>Library Project:</h1><h4>Better Funding for Books</h4>`, "Library Project: Better Funding for Books"},
		{"a property attribute beats a name attribute with the same key",
			`<meta name="og:title" content="Library Funding (name)"><meta property="og:title" content="Library Funding Vote">`,
			``, "Library Funding Vote"},
		{"a headline that begins with a number keeps it",
			`<title>2022 - The Year the Council Voted</title>`, ``, "2022 - The Year the Council Voted"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			art, err := FromBytes(context.Background(), articlePage(tt.head, tt.body+paragraphs(4)), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if art.Title != tt.want {
				t.Errorf("title = %q, want %q", art.Title, tt.want)
			}
		})
	}
}

func TestHasCommentWord(t *testing.T) {
	for _, tc := range []struct {
		v    string
		want bool
	}{
		{"comments-list", true},
		{"comment Pstart(0)", true},
		{"commentItem", true},
		{"js-comments", true},
		{"article-commentary", false}, // an opinion piece's wrapper
		{"commentary", false},
		{"byline", false},
	} {
		if got := hasCommentWord(tc.v); got != tc.want {
			t.Errorf("hasCommentWord(%q) = %v, want %v", tc.v, got, tc.want)
		}
	}
}

func TestClassSays(t *testing.T) {
	for _, tt := range []struct {
		attrs           string
		byline, box, dt bool
	}{
		{`class="article-Author"`, true, false, false},
		{`class="autor-name"`, true, false, false},
		{`id="byline"`, true, false, true},
		{`class="author-bio"`, false, true, false},
		{`class="author-avatar"`, false, false, false},
		{`class="comment-author"`, false, false, false},
		{`class="comment author-box"`, false, false, false},
		{`class="post-date" id="author"`, true, false, true},
		{`data-testid="PublishedTimestamp"`, false, false, true},
		{`class="headline"`, false, false, false},
		{`title="author"`, false, false, false},
	} {
		n := findElement(parseFragment(t, "<div "+tt.attrs+">x</div>"), "div")
		byline, box, dt := classSays(n)
		if byline != tt.byline || box != tt.box || dt != tt.dt {
			t.Errorf("classSays(%s) = %v, %v, %v, want %v, %v, %v", tt.attrs, byline, box, dt, tt.byline, tt.box, tt.dt)
		}
	}
}
