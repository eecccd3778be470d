package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// A cookie notice is the consent banner a site lays over its pages: "Wir
// verwenden Cookies, um Inhalte und Anzeigen zu personalisieren … Weitere
// Informationen", "Cookies erleichtern die Bereitstellung unserer Dienste
// … Mehr dazu." Its markup is often a plugin's own ("pea_cook_wrapper"),
// which no class rule names, and when it sits in the block the readability
// pass keeps, it ends up after the story. It is read by its wording, and
// only at the article's edge and with a link (to the privacy page): it
// names cookies, the site or its services, and the site's use of them or
// the reader's consent. A paragraph of a privacy policy, in the middle of
// the page, stays.

// cookieNoticeMax bounds the text, in bytes, of a block read as a cookie
// notice: the longer banners run to three sentences.
const cookieNoticeMax = 600

// cookieSiteWords name the site or what it offers.
var cookieSiteWords = []string{"site", "website", "webseite", "seite", "dienste", "service", "browsing",
	"navigat", "experience", "erlebnis", "nutzererfahrung", "sitio", "página", "pagina", "servizi",
	"servicios", "serviços", "strona", "witryn"}

// cookieUseWords say that the site uses cookies or that the reader agrees
// to them.
var cookieUseWords = []string{"we use", "we and our", "uses cookies", "use of cookies", "you agree",
	"you accept", "accept cookies", "consent", "wir verwenden", "wir nutzen", "wir setzen",
	"verwendet cookies", "nutzt cookies", "einverstanden", "zustimm", "akzeptier", "cookies erleichtern",
	"utilizamos", "usamos", "utiliza cookies", "usa cookies", "aceptas", "aceptar", "nous utilisons",
	"utilise des cookies", "acceptez", "accepter", "utilizziamo", "utilizza cookie", "accetti", "acconsent",
	"wij gebruiken", "we gebruiken", "gebruikt cookies", "akkoord", "używamy", "używa", "zgod"}

// isCookieNotice reports whether n, a block of at most cookieNoticeMax
// bytes of text, reads as a cookie notice (see above). lower is its
// lower-cased text when the caller has read it, else "".
func isCookieNotice(n *html.Node, lower string) bool {
	if lower == "" {
		if !textMentions(n, "cookie") {
			return false // most blocks asked: read their text only when it could be one
		}
		text, whole := boundedText(n, cookieNoticeMax*2)
		if !whole {
			return false
		}
		lower = strings.ToLower(text)
	}
	return strings.Contains(lower, "cookie") && containsAny(lower, cookieSiteWords) && containsAny(lower, cookieUseWords)
}

// textMentions reports whether a text node under n holds w, an ASCII
// lower-case word, in any case.
func textMentions(n *html.Node, w string) bool {
	return textMentionsAny(n, []string{w})
}

// containsAnyFold reports whether s holds one of words (lower-case ASCII)
// in any case.
func containsAnyFold(s string, words []string) bool {
	for _, w := range words {
		if containsFold(s, w) {
			return true
		}
	}
	return false
}

// textMentionsAny reports whether a text node under n holds one of words,
// ASCII lower-case, in any case: several words in one walk.
func textMentionsAny(n *html.Node, words []string) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && containsAnyFold(c.Data, words):
			return true
		case c.Type == html.ElementNode && !isScriptLike(c.Data) && textMentionsAny(c, words):
			return true
		}
	}
	return false
}
