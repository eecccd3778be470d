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

// videoLabelWords label a video's link with its length: "Watch video
// 02:17", "Video ansehen 3:40", "Regarder la vidéo 1:05".
var videoLabelWords = map[string]bool{"watch": true, "play": true, "ansehen": true, "abspielen": true,
	"ver": true, "el": true, "regarder": true, "la": true, "guarda": true, "il": true}

// videoNouns name the video in such a label.
var videoNouns = map[string]bool{"video": true, "vídeo": true, "vidéo": true}

// isVideoLengthLine reports lower-cased text that labels a video with its
// length, as a link to the video prints it: "watch video 02:17".
func isVideoLengthLine(lower string) bool {
	words := strings.Fields(lower)
	if len(words) < 2 || !isPlayerTime(words[len(words)-1]) {
		return false
	}
	noun := false
	for _, w := range words[:len(words)-1] {
		switch {
		case videoNouns[w]:
			noun = true
		case !videoLabelWords[w]:
			return false
		}
	}
	return noun
}

// isGluedVideoLength reports lower-cased text that is "video" and a
// video's length run together, "video2:3102:31" (CNBC prints the length
// twice, once for screen readers, beside every video in a story). No
// sentence reads so, so it goes wherever it stands.
func isGluedVideoLength(lower string) bool {
	rest, ok := strings.CutPrefix(lower, "video")
	return ok && isGluedPlayerTimes(rest)
}

// isGluedPlayerTimes reports s that is a player's time, or two run
// together ("2:3102:31").
func isGluedPlayerTimes(s string) bool {
	if isPlayerTime(s) {
		return true
	}
	for i := 1; i < len(s); i++ {
		if isPlayerTime(s[:i]) && isPlayerTime(s[i:]) {
			return true
		}
	}
	return false
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
