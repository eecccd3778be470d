package extract

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// An author's contact lines at the article's start: many papers print the
// byline as lines of its own before the story's first sentence, "By
// EARYEL BOWLEG", "Tribune Staff Reporter", "ebowleg@tribunemedia.net",
// or without the "By", "PETER CHRISTOPHER" above
// "peter.christopher@guardian.co.tt". The "By" line goes as a byline line
// (bylineline.go); the others go by these rules. An e-mail address at the
// article's end stays: there it is as often the story's own ("write to
// …", a project's contact) as its author's.

// contactLineMax bounds the text, in bytes, of a block read as a contact
// line.
const contactLineMax = 100

// contactNameWordsMax bounds the words of a name line above an e-mail
// line.
const contactNameWordsMax = 4

// isContactLine reports whether n, a block whose text is raw (lower,
// lower-cased), is an author's contact line: an e-mail address alone, a
// staff reporter's title, or a name above an e-mail line.
func isContactLine(n *html.Node, raw, lower string) bool {
	if isEmailLine(lower) || isStaffRoleLine(lower) {
		return true
	}
	if len(strings.Fields(raw)) > contactNameWordsMax || !looksLikeName(raw) {
		return false
	}
	next := nearestSibling(n, nextSibling)
	if next == nil || next.Type != html.ElementNode {
		return false
	}
	text, ok := boundedText(next, contactLineMax)
	return ok && isEmailLine(strings.ToLower(withoutInvisible(text)))
}

// emailLabels may stand before an author's e-mail address.
var emailLabels = []string{"email:", "e-mail:", "mail:"}

// isEmailLine reports text that is one e-mail address and nothing else,
// after an optional label ("E-mail: jdoe@example.com").
func isEmailLine(lower string) bool {
	lower = strings.TrimSpace(lower)
	for _, label := range emailLabels {
		if rest, ok := strings.CutPrefix(lower, label); ok {
			lower = strings.TrimSpace(rest)
			break
		}
	}
	return isEmailAddress(lower)
}

// isEmailAddress reports s, an address of the form local@host.domain with
// no spaces.
func isEmailAddress(s string) bool {
	local, host, ok := strings.Cut(s, "@")
	if !ok || local == "" || strings.ContainsAny(s, " \t\n") || strings.Contains(host, "@") {
		return false
	}
	labels := strings.Split(host, ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if l == "" {
			return false
		}
	}
	return true
}

// staffRoleWordsMax bounds the words of a staff reporter's title line.
const staffRoleWordsMax = 5

// staffRoles end a staff reporter's title: "Tribune Staff Reporter",
// "Staff Writer".
var staffRoles = []string{"reporter", "writer", "correspondent", "photographer"}

// isStaffRoleLine reports a short line naming the author's post on the
// paper's staff: a few words holding "staff" and ending in a reporter's
// title.
func isStaffRoleLine(lower string) bool {
	words := strings.Fields(lower)
	if len(words) == 0 || len(words) > staffRoleWordsMax || !slices.Contains(words, "staff") {
		return false
	}
	last := strings.TrimRight(words[len(words)-1], ".,")
	for _, role := range staffRoles {
		if last == role || last == role+"s" {
			return true
		}
	}
	return false
}

// writeToLineMax bounds the text, in bytes, of a "Write to" or "Contact
// reporter" line: two or three authors and their addresses fit.
const writeToLineMax = 200

// reporterContactCalls open a line that gives the reporter's address:
// "Contact reporter Jane Doe at jdoe@example.com or 541-555-0100."
var reporterContactCalls = []string{"contact reporter ", "contact the reporter ", "contact the writer ",
	"contact staff writer ", "reach reporter ", "reach the reporter ", "contact the author ", "email the author ",
	"email the reporter "}

// writeToCalls open a line that names whom to write to and then the
// address: "Write to Jane Doe at …", "Email Jane Doe at …".
var writeToCalls = []string{"write to ", "email ", "e-mail "}

// cutWriteTo returns lower after a writeToCalls call, if it opens with one.
func cutWriteTo(lower string) (string, bool) {
	for _, call := range writeToCalls {
		if rest, ok := strings.CutPrefix(lower, call); ok {
			return rest, true
		}
	}
	return "", false
}

// isWriteToLine reports lower-cased text that tells the reader whom to
// write to and where, as a newspaper closes a story: "Write to Jane Doe
// at jane.doe@wsj.com", "Write to A at a@x.com and B at b@x.com", with
// the address last; or "Contact reporter Jane Doe at jdoe@example.com or
// 541-555-0100, and follow her on Twitter", whose call names the reporter
// and whose address may stand anywhere after " at ".
func isWriteToLine(lower string) bool {
	lower = strings.TrimSpace(lower)
	if isLabelledAddress(lower) || isReachCall(lower) {
		return true
	}
	if rest, ok := cutWriteTo(lower); ok {
		if !strings.Contains(rest, " at ") {
			return false
		}
		fields := strings.Fields(rest)
		return isEmailAddress(strings.TrimRight(fields[len(fields)-1], "."))
	}
	for _, call := range reporterContactCalls {
		rest, ok := strings.CutPrefix(lower, call)
		if !ok {
			continue
		}
		_, after, ok := strings.Cut(" "+rest, " at ")
		return ok && holdsEmailAddress(after)
	}
	return false
}

// writeToLabels label the author's address that closes a story: "Napisz
// do autora: jan.kowalski@example.pl".
var writeToLabels = []string{"write to the author:", "email the author:", "contact the author:",
	"napisz do autora:", "kontakt zum autor:", "kontakt zur autorin:", "schreiben sie dem autor:",
	"schreiben sie der autorin:", "écrire à l'auteur :", "écrire à l'auteur:", "escriba al autor:"}

// addressListSeparators turns the commas and semicolons between the
// addresses of a list into spaces.
var addressListSeparators = strings.NewReplacer(",", " ", ";", " ")

// isLabelledAddress reports lower-cased text that is a writeToLabels label
// and nothing after it but e-mail addresses.
func isLabelledAddress(lower string) bool {
	for _, label := range writeToLabels {
		rest, ok := strings.CutPrefix(lower, label)
		if !ok {
			continue
		}
		fields := strings.Fields(addressListSeparators.Replace(rest))
		for _, f := range fields {
			if !isEmailAddress(strings.TrimRight(f, ".")) {
				return false
			}
		}
		return len(fields) > 0
	}
	return false
}

// reachCalls open a line that tells the reader how to reach the
// newsroom: "To reach the reporter behind this story, contact
// jane@example.org."
var reachCalls = []string{"to reach the reporter", "to reach the editor", "to reach the author"}

// isReachCall reports lower-cased text that opens with a reachCalls call
// and gives an e-mail address.
func isReachCall(lower string) bool {
	return hasAnyPrefix(lower, reachCalls) && holdsEmailAddress(lower)
}

// holdsEmailAddress reports whether one of the words of s, its
// punctuation trimmed, is an e-mail address.
func holdsEmailAddress(s string) bool {
	for _, f := range strings.Fields(s) {
		if isEmailAddress(strings.Trim(f, ".,;:()")) {
			return true
		}
	}
	return false
}

// reachableMarks join a writer's name to the ways to reach them: "Jane Doe
// can be reached at jdoe@example.com or 555-0100."
var reachableMarks = []string{" can be reached at ", " may be reached at ", " can be reached by email at "}

// isReachableLine reports a line, raw as read, that names people and says
// they can be reached at an e-mail address: a newspaper's close to a
// story. The names must look like people's ("The library can be reached
// at …" is the story's).
func isReachableLine(raw string) bool {
	for _, mark := range reachableMarks {
		names, after, ok := strings.Cut(raw, mark)
		if !ok {
			continue
		}
		names = strings.TrimSpace(names)
		return allFullNames(names) && looksLikeNames(names) && holdsEmailAddress(after)
	}
	return false
}
