package extract

import "strings"

// Residue lines at the article's edge: what a media player, a page's
// controls or broken markup leave as a line of its own, "0:00 / 5:12",
// "0:00 0:00 Live", "-->", "×". They say nothing of the story.

// residueLineMax bounds the text, in bytes, of a residue line.
const residueLineMax = 40

// playerWords may stand beside a player's times: "0:00 0:00 Live".
var playerWords = map[string]bool{"/": true, "live": true, "uživo": true, "direkt": true, "en": true, "vivo": true, "directo": true}

// isPlayerTimeLine reports lower-cased text that is a media player's
// position and length: player times ("0:00", "05:12", "1:02:03") and the
// player's words, one of the times at the start, zero.
func isPlayerTimeLine(lower string) bool {
	if !strings.Contains(lower, "0:00") {
		return false // every player's line holds its zero; most edge lines looked at do not
	}
	zero := false
	for _, w := range strings.Fields(lower) {
		switch {
		case w == "0:00" || w == "00:00" || w == "0:00:00" || w == "00:00:00":
			zero = true
		case isPlayerTime(w) || playerWords[w]:
		default:
			return false
		}
	}
	return zero
}

// isPlayerTime reports a player's time: minutes and seconds, with hours
// before them or not, each part of one or two digits.
func isPlayerTime(w string) bool {
	parts := strings.Split(w, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for _, p := range parts {
		if len(p) == 0 || len(p) > 2 || strings.Trim(p, "0123456789") != "" {
			return false
		}
	}
	return true
}

// residueMarks are the marks a residue line is made of: rules ("- - -",
// "• • •"), a comment's broken end ("-->"), a slider's arrows ("<", ">"),
// a close button ("×"), "back to top" ("^"), an ellipsis. Not "___": AP
// sets it between a story and its contributors' line, and
// Readability.js's expected texts keep it.
const residueMarks = "-–—•·*~∼.<>|×^ \u00a0"

// isWordlessLine reports text made only of residueMarks. An emoticon
// ("=)", a blog's last line) or a table's lone "%" is not one.
func isWordlessLine(raw string) bool {
	return strings.Trim(raw, residueMarks) == "" && strings.TrimSpace(raw) != ""
}
