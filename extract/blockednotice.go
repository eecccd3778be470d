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
// embed was; it is read by its wording in short blocks (phraseBlockMax),
// and in longer ones up to consentPlaceholderMax when they name consent.

// consentWords name the reader's consent ("einverstanden" only as the
// reader gives it: "Ich bin damit einverstanden, …", "… erklären Sie sich
// einverstanden": a story's "Die Ministerin war einverstanden" gives none).
var consentWords = []string{"zustimmung", "zustimmen", "stimme bitte", "stimmen sie bitte", "einwilligung",
	"bin damit einverstanden", "bin einverstanden", "sich einverstanden", "consent", "akzeptier", "consentimiento", "consentement", "consenso", "toestemming", "zgod"}

// A placeholder may name the cookies it waits for instead of consent; it
// then says that the content is blocked, or asks for the cookies to be
// accepted or switched on ("Ce contenu est bloqué car vous n'avez pas
// accepté les cookies"), which a story about cookies ("Cookies let sites
// show you content you viewed before") does not; and it names the content
// it stands for ("this video", "ce contenu"), where such a story ("if you
// accept cookies, sites can show you content …") names content in general.
var (
	thisContent = []string{"this content", "this video", "this post", "this embed", "ce contenu", "cette vidéo",
		"este contenido", "este vídeo", "questo contenuto", "deze inhoud", "dieser inhalt", "diesen inhalt", "dieses video"}
	cookieWords   = []string{"cookie", "traceurs"}
	heldBackWords = []string{"blocked", "blockiert", "bloqué", "bloquead", "bloccat", "accept", "akzeptier", "acept", "accett",
		"enable", "aktivier", "activez", "activer", "activar", "attiva"}
)

// showWords say that something is shown or loaded, or held back.
var showWords = []string{"anzeigen", "angezeigt", "zeigen", "laden", "geladen", "blockiert", "show", "display",
	"load", "blocked", "mostrar", "cargar", "afficher", "charger", "visualizza", "caricare", "weergeven", "wyświetl",
	"bloqué", "bloquead", "bloccat", "visualiser", "weergegeven"}

// readerWords address the reader, as whole words (not Dutch "u": it is
// also what "U.S." splits into), or are the reader speaking, as in the
// consent a button gives ("Ich bin damit einverstanden, dass mir externe
// Inhalte angezeigt werden").
var readerWords = []string{"sie", "du", "dir", "deine", "ihre", "you", "your", "vous", "votre", "usted", "tu", "twoj", "twojej",
	"je", "jij", "uw", "ich", "mir"}

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
// consent: it names consent and showing or loading (or cookies and their
// being accepted, or the content's being blocked), and what is held back
// (content, a video, a form), and it addresses the reader; or it asks for
// a click, or the reader's permission, to load content.
func isConsentPlaceholder(lower string) bool {
	clicks := containsAny(lower, clickWords)
	if (clicks || containsAny(lower, permissionAsks)) && hasWordStarting(lower, loadStems) && hasWordStarting(lower, contentStems) {
		return clicks && asksForClick(lower) || addressesReader(lower)
	}
	consents := containsAny(lower, consentWords) && containsAny(lower, showWords) ||
		containsAny(lower, cookieWords) && containsAny(lower, heldBackWords) && containsAny(lower, thisContent)
	return consents && containsAny(lower, embedWords) && addressesReader(lower) // the words first: most blocks name none of them
}

// A placeholder may ask for a click or for permission to load its embed
// without naming consent: "Klicken Sie auf den unteren Button, um den
// Inhalt von www.komoot.de zu laden", "Clicca qui per caricare il
// contenuto", "This article contains content provided by Twitter. We ask
// for your permission before anything is loaded". Its loading and its
// content are then read as the starts of words, so that "download a video
// … with a single click" is no such request.
//
// The site asks for permission in the first person ("we ask for your
// permission"): a story that reports that apps "must ask for your
// permission before they load content" is no placeholder.
var (
	clickWords     = []string{"click", "klick", "klik", "cliquez", "cliquant", "haga clic", "haz clic", "clicca"}
	permissionAsks = []string{"we ask for your permission", "we need your permission", "we require your permission"}
	loadStems      = []string{"load", "laden", "geladen", "nachladen", "nachzuladen", "anzeigen", "angezeigt", "show", "display",
		"cargar", "caricare", "charger", "afficher", "visualiser", "carregar", "mostrar", "weergeven", "weergegeven"}
	contentStems = []string{"inhalt", "content", "contenido", "contenu", "contenuto", "inhoud", "conteúdo"}
)

// asksForClick reports text with a sentence that opens with a click word,
// an imperative that addresses the reader without a pronoun ("Clicca qui
// per caricare il contenuto", "Haz clic aquí …"); a story that says "users
// who click to load content were tracked" has none.
func asksForClick(lower string) bool {
	for sentence := range strings.SplitSeq(lower, ". ") {
		if hasAnyPrefix(strings.TrimSpace(sentence), clickWords) {
			return true
		}
	}
	return false
}

// hasWordStarting reports whether one of lower's words (runs of letters)
// starts with one of stems.
func hasWordStarting(lower string, stems []string) bool {
	for word := range strings.FieldsFuncSeq(lower, func(r rune) bool { return !unicode.IsLetter(r) }) {
		for _, stem := range stems {
			if strings.HasPrefix(word, stem) {
				return true
			}
		}
	}
	return false
}

// consentPlaceholderMax bounds the text, in bytes, of a block read as a
// consent placeholder: the BBC's ("This article contains content provided
// by Twitter. We ask for your permission before anything is loaded, …")
// runs to 330, longer than the phrase rules read (phraseBlockMax).
const consentPlaceholderMax = 600

// longConsentStems are the consent words a block longer than the phrase
// rules read must name before it is read as a placeholder at all.
var longConsentStems = []string{"permission", "consent", "zustimm", "einverstanden", "einwillig"}

// isLongConsentPlaceholder reports whether the block n, too long for the
// phrase rules but within consentPlaceholderMax, is a consent placeholder.
func isLongConsentPlaceholder(n *html.Node) bool {
	if !textMentionsAny(n, longConsentStems) {
		return false // most such blocks are paragraphs of the story: read only a likely one
	}
	raw, ok := boundedText(n, consentPlaceholderMax)
	return ok && isConsentPlaceholder(strings.ToLower(raw))
}

// embedMarkerMax bounds the text, in bytes, of a line read as an embed's
// marker (isEmbedMarker): the platform's word and an account's handle.
const embedMarkerMax = 80

// isEmbedMarker reports a line that a page sets around an embedded post
// for screen readers, or above it in place of the post: "Skip Twitter
// post by @BBCNews", "End of Twitter post, 1", "Allow Instagram content?".
// The one word before "post" or "content" names the platform, so it is no
// determiner ("End of the post by the river").
func isEmbedMarker(lower string) bool {
	if rest, ok := strings.CutPrefix(lower, "allow "); ok {
		platform, ok := strings.CutSuffix(rest, " content?")
		return ok && namesPlatform(platform)
	}
	rest, ok := strings.CutPrefix(lower, "skip ")
	if !ok {
		if rest, ok = strings.CutPrefix(lower, "end of "); !ok {
			return false
		}
	}
	platform, after, ok := strings.Cut(rest, " post")
	if !ok || !namesPlatform(platform) {
		return false
	}
	return after == "" || strings.HasPrefix(after, " by ") || strings.HasPrefix(after, ", ")
}

// notPlatforms are the words that may stand where an embed marker names
// its platform but name none.
var notPlatforms = []string{"the", "this", "that", "a", "an", "my", "our", "your", "his", "her", "their", "more", "all"}

// namesPlatform reports whether word, the word an embed marker puts before
// "post" or "content", can be a platform's name: one word, no determiner.
func namesPlatform(word string) bool {
	return word != "" && !strings.ContainsRune(word, ' ') && !slices.Contains(notPlatforms, word)
}

// isScriptNotice reports whether lower, a short block's lower-cased text,
// asks for JavaScript to be switched on: it names JavaScript and switching
// it on, and asks the reader or their browser, or opens by telling the
// reader to ("Enable JavaScript to view this content").
func isScriptNotice(lower string) bool {
	return strings.Contains(lower, "javascript") && containsAny(lower, enableWords) &&
		(containsAny(lower, requestWords) || addressesReader(lower) || hasAnyPrefix(lower, enableImperatives))
}

// enableImperatives open a line that tells the reader to switch something
// on.
var enableImperatives = []string{"enable ", "turn on ", "switch on ", "activate "}

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
