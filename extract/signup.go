package extract

import "strings"

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
// bytes; longer ones are prose that may quote such a call), lower-cased, one of whose
// sentences after the first asks the reader to sign up or subscribe. (A
// paragraph that begins with the call is judged by furniturePrefixes.)
func isSignUpPrompt(lower string) bool {
	for _, sentence := range sentencesAfterFirst(lower) {
		if hasAnyPrefix(sentence, signUpStarts) {
			return true
		}
	}
	return false
}

// sentenceBreaks end a sentence or set a clause apart.
var sentenceBreaks = strings.NewReplacer(". ", ".\n", "? ", "?\n", "! ", "!\n", " - ", "\n", " – ", "\n", " — ", "\n")

// sentencesAfterFirst splits a line at the ends of its sentences and at a
// dash between spaces, and returns the non-empty parts after the first,
// trimmed.
func sentencesAfterFirst(line string) []string {
	parts := strings.Split(sentenceBreaks.Replace(line), "\n")
	out := parts[:0]
	for _, p := range parts[1:] {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
