package extract

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// A notice of blocked content stands where a page would show something it
// has not loaded: an embed held back until the reader consents ("Um Deine
// persönlichen Daten zu schützen, haben wir das automatische Laden der
// Inhalte von twitter.com blockiert. Wenn Dir Inhalte dieses Anbieters …
// angezeigt werden sollen, stimme bitte … zu"), a sign-up form the reader
// has not agreed to, a feature that needs JavaScript ("Diese
// E-Mail-Adresse ist gegen Spambots geschützt! JavaScript muss aktiviert
// werden …"). Such a notice can stand anywhere in the story, where the
// embed was; it is read by its wording in short blocks (phraseBlockMax).

// consentWords name the reader's consent.
var consentWords = []string{"zustimmung", "zustimmen", "stimme bitte", "stimmen sie bitte", "einwilligung",
	"consent", "akzeptier", "consentimiento", "consentement", "consenso", "toestemming", "zgod"}

// showWords say that something is shown or loaded, or held back.
var showWords = []string{"anzeigen", "angezeigt", "zeigen", "laden", "geladen", "blockiert", "show", "display",
	"load", "blocked", "mostrar", "cargar", "afficher", "charger", "visualizza", "caricare", "weergeven", "wyświetl"}

// readerWords address the reader, as whole words. (Not Dutch "u": it is
// also what "U.S." splits into.)
var readerWords = []string{"sie", "du", "dir", "deine", "ihre", "you", "your", "vous", "votre", "usted", "tu", "twoj", "twojej"}

// enableWords say that something is switched on.
var enableWords = []string{"aktivier", "enable", "włącz", "activate", "activar", "activer", "activez", "activé",
	"attiv", "habilit", "turn on", "switch on", "einschalten"}

// requestWords make a line about switching JavaScript on a request of the
// reader's browser, not a sentence about the language ("JavaScript
// enables interactive pages").
var requestWords = []string{"please", "bitte", "muss", "must", "need", "require", "erforderlich", "benötigt",
	"wymaga", "necesita", "nécessite", "richiede", "browser", "navegador", "navigateur", "przeglądar",
	"funktioniert", "works best"}

// embedWords name what a placeholder holds back.
var embedWords = []string{"inhalt", "content", "contenido", "contenu", "contenuto", "inhoud", "treść", "video",
	"newsletter", "anbieter", "provider", "embed", "karte", "map", "formular", "form"}

// isConsentPlaceholder reports whether lower, a short block's lower-cased
// text, tells the reader that something is not shown without their
// consent: it names consent, showing or loading, and what is held back
// (content, a video, a form), and it addresses the reader.
func isConsentPlaceholder(lower string) bool {
	return containsAny(lower, consentWords) && containsAny(lower, showWords) && containsAny(lower, embedWords) &&
		addressesReader(lower)
}

// isScriptNotice reports whether lower, a short block's lower-cased text,
// asks for JavaScript to be switched on: it names JavaScript and switching
// it on, and asks the reader or their browser.
func isScriptNotice(lower string) bool {
	return strings.Contains(lower, "javascript") && containsAny(lower, enableWords) &&
		(containsAny(lower, requestWords) || addressesReader(lower))
}

// addressesReader reports whether lower holds one of readerWords as a word.
func addressesReader(lower string) bool {
	words := strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) })
	return slices.ContainsFunc(words, func(w string) bool { return slices.Contains(readerWords, w) })
}

// A browser notice tells the reader that the page wants another browser:
// "This page is best viewed in an up-to-date web browser with style sheets
// (CSS) enabled", "You are using an outdated browser. Please upgrade your
// browser to improve your experience." Sites print it in their header or
// footer, so it is read only at the article's edge, up to browserNoticeMax.

// browserNoticeMax bounds the text, in bytes, of a block read as a browser
// notice (the BBC's runs to 330).
const browserNoticeMax = 500

// staleBrowserWords say that the reader's browser is too old for the page.
var staleBrowserWords = []string{"outdated", "out of date", "out-of-date", "no longer supported",
	"not supported", "more modern browser"}

// upgradeWords ask for a newer browser; pageWords tie the request to the
// page ("to improve your experience"), not to the reader's safety in a
// story about a browser's flaw.
var (
	upgradeWords = []string{"upgrade", "update"}
	pageWords    = []string{"this page", "this site", "this website", "our site", "our website", "experience"}
)

// isBrowserNotice reports whether lower, a block's lower-cased text, is a
// notice about the reader's browser: it names a browser and either says
// that the page is best viewed in one, or tells the reader theirs is too
// old, or asks them to upgrade it for the page's sake.
func isBrowserNotice(lower string) bool {
	if !strings.Contains(lower, "browser") {
		return false
	}
	if strings.Contains(lower, "best viewed") {
		return true
	}
	return addressesReader(lower) && (containsAny(lower, staleBrowserWords) ||
		containsAny(lower, upgradeWords) && containsAny(lower, pageWords))
}

// isBrowserNoticeBlock reports whether the block n, whose lower-cased text
// is lower when it is short enough for the phrase rules (else ""), is a
// browser notice.
func isBrowserNoticeBlock(n *html.Node, lower string) bool {
	if lower == "" {
		if !textMentions(n, "browser") {
			return false // most long blocks at the edge are the story's first or last paragraph: read only a likely one
		}
		raw, ok := boundedText(n, browserNoticeMax)
		if !ok {
			return false
		}
		lower = strings.ToLower(raw)
	}
	return isBrowserNotice(lower)
}
