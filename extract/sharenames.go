package extract

import "strings"

// A share bar left as text is a run of the networks' names, spaced or not:
// "FacebookTwitterLinkedin", "Facebook Twitter WhatsApp E-Mail",
// "Facebook Twitter WhatsApp Comentar", "Share on Twitter Share on
// Facebook". Its buttons are links or spans the class rules did not name.

// shareBarNames are the names a share bar prints, lower-cased, without
// spaces or hyphens, with the button that jumps to the comments. A name
// that begins another comes after it ("commentaires" before "comment"):
// isShareBar takes the first that matches.
var shareBarNames = []string{"facebook", "twitter", "linkedin", "whatsapp", "telegram", "pinterest", "reddit",
	"tumblr", "xing", "messenger", "email", "mail", "print", "shareon", "share", "tweet", "copylink", "flipboard",
	"pocket", "vk", "ok", "line", "sms", "x", "pin", "save", "recipe",
	"drucken", "teilen", "speichern", "merken", "rezept", "bei",
	"commentaires", "comments", "commenter", "commenti", "commenta", "comment", "comentarios", "comentar",
	"kommentare", "kommentieren", "kommentar"}

// shareBarMax bounds the text, in bytes, of a block read as a share bar.
const shareBarMax = 80

// isShareBar reports whether lower, a block's lower-cased text, is made
// only of two or more of shareBarNames.
func isShareBar(lower string) bool {
	rest := strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' || r == '|' || r == '·' || r == '\u00a0' || r == '\n' || r == '\t' {
			return -1
		}
		return r
	}, lower)
	names := 0
	for rest != "" {
		matched := false
		for _, name := range shareBarNames {
			if strings.HasPrefix(rest, name) {
				rest, matched = rest[len(name):], true
				names++
				break
			}
		}
		if !matched {
			return false
		}
	}
	return names >= 2
}
