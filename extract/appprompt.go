package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// An app prompt sends the reader to the publisher's app: "Die Sport
// BILD-App Jetzt kostenlos für iOS und Android!", "If you're on the ABC7
// News app, click here to watch live", "現在用APP看新聞 … 點我下載APP". A
// story about an app names it too ("1Password kostet knapp 50 Euro im Mac
// App Store"), so a prompt needs a call to download or click as well.

// appPromptMax bounds the text, in runes, of an app prompt: a Hindi
// prompt takes three bytes a letter.
const appPromptMax = 160

// appCalls are the calls of an app prompt, lower-cased.
var appCalls = []string{"download", "herunterladen", "jetzt kostenlos", "click here", "tap here", "hier klicken",
	"descarga", "descárgala", "télécharge", "scarica", "baixe", "下載", "下载", "डाउनलोड"}

// appWords name an app in scripts other than the Latin one: Hindi's "एप"
// and "ऐप".
var appWords = []string{"एप", "ऐप"}

// isAppPrompt reports lower-cased text that names an app, as a word of its
// own ("app", "BILD-App", "APP看新聞") or in Hindi ("एप"), and calls the
// reader to it.
func isAppPrompt(lower string) bool {
	return (hasWordApp(lower) || slices.ContainsFunc(appWords, func(w string) bool { return hasWholeWord(lower, w) })) &&
		containsAny(lower, appCalls)
}

// hasWordApp reports "app" in lower with no letter of the Latin alphabet
// on either side: "bild-app" and "用app看" count, "apply" and "whatsapp"
// do not.
func hasWordApp(lower string) bool {
	return hasWordWithin(lower, "app", isLatinLetter)
}

// hasWholeWord reports w in s with no letter and no vowel sign on either
// side: "एप" alone, not the start of "एपिसोड" (episode).
func hasWholeWord(s, w string) bool {
	return hasWordWithin(s, w, isWordRune)
}

// hasWordWithin reports w in s with no rune that partOfWord accepts on
// either side.
func hasWordWithin(s, w string, partOfWord func(rune) bool) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(w)
		before, _ := utf8.DecodeLastRuneInString(s[:start])
		after, _ := utf8.DecodeRuneInString(s[end:])
		if !partOfWord(before) && !partOfWord(after) {
			return true
		}
		i = end
	}
}

// isWordRune reports a letter or a mark that belongs to one (a vowel
// sign of an Indic script).
func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsMark(r))
}

// isLatinLetter reports a letter of the Latin script.
func isLatinLetter(r rune) bool {
	return r != utf8.RuneError && unicode.Is(unicode.Latin, r)
}
