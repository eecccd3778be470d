package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// An app prompt sends the reader to the publisher's app: "Die Sport
// BILD-App Jetzt kostenlos für iOS und Android!", "If you're on the ABC7
// News app, click here to watch live", "現在用APP看新聞 … 點我下載APP". A
// story about an app names it too ("1Password kostet knapp 50 Euro im Mac
// App Store"), so a prompt needs a call to download or click as well.

// appPromptMax bounds the text, in bytes, of an app prompt.
const appPromptMax = 160

// appCalls are the calls of an app prompt, lower-cased.
var appCalls = []string{"download", "herunterladen", "jetzt kostenlos", "click here", "tap here", "hier klicken",
	"descarga", "descárgala", "télécharge", "scarica", "baixe", "下載", "下载"}

// isAppPrompt reports lower-cased text that names an app, as a word of its
// own ("app", "BILD-App", "APP看新聞"), and calls the reader to it.
func isAppPrompt(lower string) bool {
	return hasWordApp(lower) && containsAny(lower, appCalls)
}

// hasWordApp reports "app" in lower with no letter of the Latin alphabet
// on either side: "bild-app" and "用app看" count, "apply" and "whatsapp"
// do not.
func hasWordApp(lower string) bool {
	for i := 0; ; {
		j := strings.Index(lower[i:], "app")
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len("app")
		before, _ := utf8.DecodeLastRuneInString(lower[:start])
		after, _ := utf8.DecodeRuneInString(lower[end:])
		if !isLatinLetter(before) && !isLatinLetter(after) {
			return true
		}
		i = end
	}
}

// isLatinLetter reports a letter of the Latin script.
func isLatinLetter(r rune) bool {
	return r != utf8.RuneError && unicode.Is(unicode.Latin, r)
}
