package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// Sign-up prompts inside the story: a short paragraph in which the site
// asks for a subscription or a newsletter sign-up, often after a sentence
// of its own ("Want more sports news? Sign up for the Sports Omelette …",
// "Politics.co.uk is the UK’s leading … Subscribe to our daily newsletter
// here.").

// signUpStarts begin a sentence that asks the reader to sign up, in the
// imperative, which news prose does not use for that.
var signUpStarts = []string{"sign up for ", "sign up to ", "sign up here", "sign up now", "sign-up ",
	"subscribe to ", "subscribe for ", "subscribe here", "subscribe now", "then sign up for ",
	"abonnieren sie ", "abonniere ", "melden sie sich hier", "abonnez-vous", "inscrivez-vous",
	"suscríbete", "suscribite", "iscriviti"}

// isSignUpPrompt reports a short paragraph (at most furniturePrefixMax
// bytes; longer ones are prose that may quote such a call), lower-cased,
// one of whose sentences after the first asks the reader to sign up or
// subscribe. Sentences end at ". ", "? ", "! " and at a dash between
// spaces. (A paragraph that begins with the call is furniturePrefixes'
// to judge.) It reads the line in place: it runs on every short block.
func isSignUpPrompt(lower string) bool {
	for i := 0; i < len(lower); i++ {
		next := 0
		switch {
		case (lower[i] == '.' || lower[i] == '?' || lower[i] == '!') && strings.HasPrefix(lower[i+1:], " "):
			next = i + 2
		case strings.HasPrefix(lower[i:], " - "), strings.HasPrefix(lower[i:], " – "), strings.HasPrefix(lower[i:], " — "):
			next = i + 1
		default:
			continue
		}
		rest := strings.TrimLeft(lower[next:], " -–—")
		if hasAnyPrefix(rest, signUpStarts) {
			return true
		}
	}
	return false
}

// signUpWords name the sign-up that an inbox promise comes with.
var signUpWords = []string{"newsletter", "sign up", "signing up", "subscribe", "abonnier", "inscri", "suscr"}

// ownSignUps ask the reader to sign up for what the site itself sends or
// sells: "… sign up to our daily newsletter here", "Try MEN Premium for
// FREE by clicking here …", "… download the app to enjoy Le Monde".
var ownSignUps = []string{"sign up to our ", "sign up for our ", "signing up to our ", "signing up for our ", "subscribe to our ",
	" premium for free", "download the app", "download our app",
	"a nuestra newsletter", "a nuestro boletín", "unseren newsletter", "à notre newsletter", "alla nostra newsletter", "a nossa newsletter"}

// optOutPromises are what a sign-up box promises about leaving it: "You
// may edit your settings or unsubscribe at any time."
var optOutPromises = []string{"unsubscribe at any time", "unsubscribe anytime", "opt out at any time",
	"jederzeit abbestellen", "jederzeit abmelden", "désinscrire à tout moment", "darte de baja en cualquier momento"}

// isSignUpMention reports a short paragraph, lower-cased, that promises the
// reader's inbox and names the sign-up ("Get your weekly fix of good news
// delivered to your inbox every Saturday, by signing up to the … email
// newsletter."; one that ends with the promise is isInboxPrompt's), asks
// for a sign-up to the site's own newsletter, feed or premium offer
// mid-sentence ("For all the latest news, visit the … homepage here and
// sign up to our daily newsletter here."), or promises that the reader may
// leave the sign-up again ("Sign-up Next time we write about …, we'll
// email you a link to the story. You may edit your settings or
// unsubscribe at any time.").
func isSignUpMention(lower string) bool {
	return containsAny(lower, inboxEndings) && containsAny(lower, signUpWords) || containsAny(lower, ownSignUps) ||
		containsAny(lower, optOutPromises)
}

// subscriptionWords name a subscription in a paywall's prompt.
var subscriptionWords = []string{"subscription", "subscribed", "subscriber", "abonnement", "abonnent", "abonniert",
	"abonnés", "abonnées", "suscripción", "suscriptor", "assinatura", "assinante", "abbonamento", "abbonato", "prenumeration"}

// lockedArticleWords name the article the paywall holds back, or the way
// past it.
var lockedArticleWords = []string{"this article", "this story", "cet article", "denne artikel", "diesen artikel",
	"dieser artikel", "dieses artikels", "este artículo", "esta nota", "questo articolo", "este artigo",
	"continue reading", "keep reading", "lire la suite", "weiterlesen", "register your account",
	"this content", "ce contenu", "dieser inhalt", "este contenido", "questo contenuto", "the full article", "the full story"}

// meteredLimits say that the reader has used up the free articles, or how
// much of the article the paywall holds back ("Il vous reste 75% de cet
// article à lire.", "… læs resten af artiklen"): a paywall's words
// whether or not they name the subscription.
var meteredLimits = []string{"reached your limit of free", "reached your free article", "reached the limit of free",
	"free articles remaining", "free articles left", "read the rest of this article", "de cet article à lire",
	"resten af artiklen", "resten av artikkelen", "resten av artikeln"}

// accountCalls open a paywall's call to log in, register or pay before
// reading on: "Already have an account? Sign in", "Create a free account
// to continue reading", "Become a member to read this article".
var accountCalls = []string{"already have an account?", "create a free account to", "create an account to continue",
	"register to continue reading", "register for free to continue", "register now to continue", "log in or subscribe",
	"sign in or subscribe", "log in to continue reading", "sign in to continue reading", "to continue reading,",
	"continue reading your article", "become a member to read", "unlock this article", "unlock this story"}

// isPaywallPrompt reports a short paragraph, lower-cased, in which a
// paywall names a subscription and the article it holds back ("Votre
// abonnement n’autorise pas la lecture de cet article", "For at læse
// denne artikel skal du have et digitalt abonnement …", "Subscribed to
// The Week? Register your account with the same email as your
// subscription.").
//
// It also reports a metered paywall's count ("You have reached your limit
// of free articles.") and a call to an account that opens the paragraph
// ("Already have an account? Log in").
func isPaywallPrompt(lower string) bool {
	return containsAny(lower, subscriptionWords) && containsAny(lower, lockedArticleWords) ||
		containsAny(lower, meteredLimits) || hasAnyPrefix(lower, accountCalls)
}

// signUpBoxMax bounds the text, in bytes, of a box that a sign-up heading
// opens and that goes whole (see signUpBoxRule).
const signUpBoxMax = 1500

// joinObjects are what a "Join …" heading invites to when it is a prompt:
// "Join the Daily Record WhatsApp community!", "Join our mailing list".
var joinObjects = []string{"whatsapp", "telegram", "community", "channel", "newsletter", "mailing list"}

// isSignUpHeading reports the text of a heading, lower-cased, that calls
// for a sign-up: "Join our WhatsApp channel", "Sign up for our newsletter".
func isSignUpHeading(lower string) bool {
	if strings.HasPrefix(lower, "join ") {
		return containsAny(lower, joinObjects)
	}
	return hasAnyPrefix(lower, signUpStarts) || strings.HasPrefix(lower, "get our newsletter")
}

// signUpBoxRule names the rule when n is a box opened by a sign-up
// heading (<div class="factbox"><h3>Join the … WhatsApp community!</h3>
// <p>Get the latest news sent straight to your messages …</p>…</div>):
// the paragraphs under such a heading sell the sign-up, not the story.
// The box's first text must lie in an h2–h6, and the box be short.
func signUpBoxRule(n *html.Node) string {
	switch n.Data {
	case "div", "aside", "section":
	default:
		return ""
	}
	first := firstTextNode(n)
	if first == nil {
		return ""
	}
	heading := enclosingHeading(first, n)
	if heading == nil || heading.Data == "h1" {
		return ""
	}
	text, ok := boundedText(heading, sectionHeadingMax)
	if !ok || !isSignUpHeading(strings.ToLower(strings.TrimSpace(text))) || textLen(n) > signUpBoxMax {
		return ""
	}
	return "box under a sign-up heading"
}

// firstTextNode returns the first text node under n with other than
// spaces, outside scripts and styles.
func firstTextNode(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return c
		case c.Type == html.ElementNode && !isScriptLike(c.Data):
			if t := firstTextNode(c); t != nil {
				return t
			}
		}
	}
	return nil
}
