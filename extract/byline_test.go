package extract

import (
	"context"
	"testing"
)

// Each case is a page whose author only one source names, or names best.
func TestBylineSources(t *testing.T) {
	tests := []struct {
		name, head, body, want string
	}{
		{"JSON-LD author by @id",
			`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[` +
				`{"@type":"Article","headline":"Council Votes","author":{"@id":"https://example.com/#/person/1"}},` +
				`{"@type":"Person","@id":"https://example.com/#/person/1","name":"Giovanni Gaggero"}]}</script>`,
			"", "Giovanni Gaggero"},
		{"JSON-LD with a raw line break in a string",
			"<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"Council\nVotes\",\"author\":{\"@type\":\"Person\",\"name\":\"Jacopo Cascioli\"}}</script>",
			"", "Jacopo Cascioli"},
		{"JSON-LD names left as links, in a list",
			`<script type="application/ld+json">{"@type":"Article","headline":"Council Votes","author":{"@type":"Person","name":[` +
				`"\u003Ca href=\u0022/experts/jane-doe\u0022\u003EJane Doe\u003C/a\u003E","<a href=\"/experts/john-roe\">John Roe</a>"]}}</script>`,
			"", "Jane Doe, John Roe"},
		{"twitter label",
			`<meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Karoline Herr">`,
			"", "Karoline Herr"},
		{"byline word in the text", "",
			`<p><i>von Daniela Obers</i></p>`, "Daniela Obers"},
		{"a label, then the name", "",
			`<p><span>Datum:</span> 19.11.2021<br><span>Autor:</span> <br> Fritz Imhof<br>Rubrik: Kultur</p>`, "Fritz Imhof"},
		{"a sentence is no byline", "",
			`<p>By the time the council met, the budget had grown.</p>`, ""},
		{"the site's name gives way to a person",
			`<meta property="og:site_name" content="City News"><meta name="author" content="City News">`,
			`<p class="meta">Von Max Mustermann</p>`, "Max Mustermann"},
		{"the site's name written with its host's hyphen gives way to a person",
			`<link rel="canonical" href="https://www.l-mag.de/a"><meta name="author" content="L-MAG – Das Magazin für Lesben">`,
			`<p class="bodytext">Von Claudia Lindner</p>`, "Claudia Lindner"},
		{"the site's initials give way to a person",
			`<meta property="og:site_name" content="Junge Freiheit">`,
			`<span class="author">JF</span><span class="author">Boris T. Kaiser</span>`, "Boris T. Kaiser"},
		{"a degree and the publication after the name are no second author", "",
			`<span class="byline">By Brenda Goodman, MA</span><span class="author">Brenda Goodman, MA WebMD Health News</span>`, "Brenda Goodman"},
		{"the name heading an author's bio box", "",
			`<div class="author-bio footer"><h3>Martin Junker</h3><p>Martin writes about leasing.</p></div>`, "Martin Junker"},
		{"a bio box headed by a label names nobody", "",
			`<div class="author-box"><h3>Über den Autor</h3><p>Martin writes about leasing.</p></div>`, ""},
		{"a teaser's author and headline in an author element are no byline", "",
			`<span class="author">Katie Couric New Yorkers post their feelings about Trump election in subway</span><span class="author">NATALIYA VASILYEVA</span>`,
			"NATALIYA VASILYEVA"},
		{"the site's name when no person is named",
			`<meta property="og:site_name" content="City News"><meta name="author" content="City News">`,
			"", "City News"},
		{"a user name with digits gives way to a name",
			`<meta name="author" content="CC7567">`, `<span class="author">James Akinaka • 8h</span>`, "James Akinaka"},
		{"a user name gives way to a name",
			`<meta name="author" content="max.mustermann">`, `<span class="author">Max Mustermann</span>`, "Max Mustermann"},
		{"a first name gives way to the full name",
			`<meta name="author" content="Nils">`, `<p>Von Nils Pickert</p>`, "Nils Pickert"},
		{"a list of authors that begins with the name",
			`<meta name="author" content="Rudolf Fischer">`, `<span class="author">von Rudolf Fischer, Simon Kohler</span>`,
			"Rudolf Fischer, Simon Kohler"},
		{"a name and a role are no list",
			`<meta name="author" content="Mathilda Trausch">`, `<span class="author">Mathilda Trausch, Online-Redaktion Veröffentlicht</span>`,
			"Mathilda Trausch"},
		{"the full name a Person's description begins with",
			`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[` +
				`{"@type":"WebPage","name":"Council Votes","author":{"@id":"https://example.com/#/person/1"}},` +
				`{"@type":"Person","@id":"https://example.com/#/person/1","name":"Nils","description":"Nils Pickert ist freier Autor."}]}</script>`,
			"", "Nils Pickert"},
		{"a byline React names in data-testid", "",
			`<div data-testid="prism-byline"><span>By</span><span>J.R. Stone</span> Thursday, November 9, 2023</div>`, "J.R. Stone"},
		{"a label element alone, then the name", "",
			`<h4 class="meta-title">Autor</h4><p class="meta-text"><a href="/p/nh">Nikolai Huke</a><b>, </b></p>`, "Nikolai Huke"},
		{"a label, then the name and an agency", "", `<p><h5>Autor: </h5>Peter Maahn/SP-X</p>`, "Peter Maahn"},
		{"one label, several names: a list", "",
			`<ul><li><span>author</span> <a>Margaret Atwood</a></li><li><span>author</span> <a>David Bromwich</a></li></ul>`, ""},
		{"a plural label: a menu", "", `<nav><span>Authors</span><a>Neueste Aktivitäten</a></nav>`, ""},
		{"a label in a byline class, the name in the next", "",
			`<div><span class="article_author_single">Article by</span><br><span class="author_single">Barry Alleyne </span></div>`, "Barry Alleyne"},
		{"a <byline> element, the agency after the name dropped", "", `<byline>Von David Hutzler, dpa</byline>`, "David Hutzler"},
		{"the agency's full name after the name dropped", `<meta name="author" content="Colleen Barry, The Associated Press">`, "", "Colleen Barry"},
		{"a screen-reader label, then the name", "", `<div><span class="screen-reader-text">| By </span> <span>Cara Stiles</span> | <time>April 13, 2020</time></div>`, "Cara Stiles"},
		{"a name in a script without case", `<meta name="author" content="青网校园崔宁宁">`, "", "青网校园崔宁宁"},
		{"a date, then the name", "", `<p class="text-muted">11.12.2019 - Amelie Loevenich</p>`, "Amelie Loevenich"},
		{"a date and time, then the name", "", `<small>04.02.2022 | 13:10 Uhr | Uta Helkenberg</small>`, "Uta Helkenberg"},
		{"a date, then von and a first name", "", `<span>06.11.2023 13:30 von Olga </span>`, "Olga"},
		{"a date, then a label and the name with a role", "",
			`<div>05.02.2020 <span>-&nbsp;Redaktion: Eberhard Fuhr (Pressesprecher des EJW)</span></div>`, "Eberhard Fuhr"},
		{"a date, then a label in capitals", "", `<span class="date2">04. November 2021 | PAID CONTENT</span>`, ""},
		{"a date, then categories", "", `<p>01. November 2021 | Naturschutz, BUND</p>`, ""},
		{"a date, then a place", "", `<p>01. November 2021 - Berlin</p>`, ""},
		{"a date, then a headline and the site", "",
			`<p>23.01.2022 - Dorothea Wierer darf beim Abschluss noch jubeln - Biathlon Antholz</p>`, ""},
		{"a Recipe's author",
			`<script type="application/ld+json">{"@type":"Recipe","name":"Cake","author":{"@type":"Person","name":"jesusfreak"}}</script>`,
			"", "jesusfreak"},
		{"a login name after a blog's byline phrase", "",
			`<div class="submitted">Gespeichert von <span>rasos</span> am 24. Juli 2017 - 18:55</div>`, "rasos"},
		{"a login name after a category and 'by'", "",
			`<div class="postmeta">Posted in <a href="/c">Datenschutz</a> by damianduchamps on August 3, 2019</div>`, "damianduchamps"},
		{"a byline label with a colon", "",
			`<small>Verfasst von: <strong>mitundvoneinander</strong> | 31. Dezember 2008</small>`, "mitundvoneinander"},
		{"a login name gives way to a full name later in the text", "",
			`<div class="submitted">Gespeichert von human am 7. Juli 2019</div><p>Blog Beitrag von Margarita Koreneva</p>`, "Margarita Koreneva"},
		{"a lower-case word after a bare 'von' is no login name", "",
			`<p>von unten</p>`, ""},
		{"a label in blocks of its own, then the name", "",
			`<div class="f"><p class="label"><strong>By</strong></p></div><div class="f"><p class="full-name">Todd Bates</p></div>`, "Todd Bates"},
		{"a menu item is no label", "",
			`<ul><li><a href="/r">Redaktion</a></li><li><a href="/k">Kontakt</a></li><li><a href="/s">Sitemap Index</a></li></ul>`, ""},
		{"a byline word and a no-break space", "",
			`<span class="field-contributor">Par&nbsp;<a href="/node/hy">Matthieu Hy</a></span> <span>le 07 Mai 2020</span>`, "Matthieu Hy"},
		{"'Written by:' with a colon", "",
			`<p><em>Written by: <a href="https://example.org/a">Julie Mollins</a> </em></p>`, "Julie Mollins"},
		{"a weekday's short form is no byline word", "",
			`<table><tr><th><span>Di&nbsp;&nbsp;</span></th><td>14.30 - 16.00 Uhr</td></tr></table>`, ""},
		{"the site after a comma is dropped",
			`<meta property="og:site_name" content="CNN"><meta name="author" content="Rob Picheta, CNN">`, "", "Rob Picheta"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := articlePage("<title>Council Votes</title>"+tt.head, "<h1>Council Votes</h1>"+tt.body+paragraphs(4))
			art, err := FromBytes(context.Background(), page, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if art.Byline != tt.want {
				t.Errorf("byline = %q, want %q", art.Byline, tt.want)
			}
		})
	}
}

func TestFullName(t *testing.T) {
	for _, tt := range []struct{ name, description, want string }{
		{"Stefanus", "Stefanus Stahl - Maschinenbauer, Abenteurer", "Stefanus Stahl"},
		{"Anna", "Anna ist unsere Autorin.", "Anna"},
		{"Anna", "Über Anna Berg", "Anna"},
		{"Jo", "Jo Ann Smith Brown schreibt", "Jo Ann Smith"},
		{"Jane Doe", "Jane Doe Smith writes", "Jane Doe"},
	} {
		if got := fullName(tt.name, tt.description); got != tt.want {
			t.Errorf("fullName(%q, %q) = %q, want %q", tt.name, tt.description, got, tt.want)
		}
	}
}
