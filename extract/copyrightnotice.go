package extract

import "strings"

// A copyright notice is the reprint warning a site puts after its
// articles: "© 2022, Example News. This article is the copyrighted property
// of Example News. Written permission must be obtained before reprint…".
// It is longer than a photo credit (creditBlockMax), so it is read only at
// the article's edge, and only when it both opens with a copyright mark
// and says what the reader may not do.

// copyrightNoticeMax bounds the text, in bytes, of a block read as a
// copyright notice; phraseBlockMax bounds it too.
const copyrightNoticeMax = 300

// copyrightNoticeWords say what a copyright notice reserves or forbids, or
// where its owner's stories are ("Copyright 2023 NPR. To see more, visit
// https://www.npr.org.", under NPR's stories on its member stations' sites).
var copyrightNoticeWords = []string{"rights reserved", "copyrighted", "permission", "may not be",
	"reprint", "reproduc", "redistribut", "rechte vorbehalten", "droits réservés",
	"derechos reservados", "diritti riservati", "права защищены", "to see more, visit"}

// isCopyrightNotice reports whether lower, a block's lower-cased text,
// opens with a copyright mark ("©", "(c)", "copyright") and holds one of
// copyrightNoticeWords.
func isCopyrightNotice(lower string) bool {
	return hasAnyPrefix(strings.TrimSpace(lower), copyrightStarts) && containsAny(lower, copyrightNoticeWords)
}

// copyrightLineMax bounds the text, in bytes, of a site's bare copyright
// line at the article's end ("Copyright © 2020 The Washington Times,
// LLC.").
const copyrightLineMax = 120

// isDatedCopyrightLine reports whether lower, a block's lower-cased text,
// opens with a copyright mark and names a year: the site's own line under
// its stories, which says nothing else. The word "copyright" counts as a
// mark only before "©", "(c)" or a year: "Copyright law changed in 2020,
// the court said" is a sentence.
func isDatedCopyrightLine(lower string) bool {
	lower = strings.TrimSpace(lower)
	if len(lower) > copyrightLineMax || !holdsYear(lower) {
		return false
	}
	if rest, ok := strings.CutPrefix(lower, "copyright"); ok {
		rest = strings.TrimSpace(rest)
		return strings.HasPrefix(rest, "©") || strings.HasPrefix(rest, "(c)") || rest != "" && isASCIIDigit(rest[0])
	}
	return strings.HasPrefix(lower, "©") || strings.HasPrefix(lower, "(c)")
}

// holdsYear reports whether s holds a year of this century or the last as
// a number of its own ("2020", "1999-2020").
func holdsYear(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isASCIIDigit(s[i+2]) && isASCIIDigit(s[i+3]) &&
			(i == 0 || !isASCIIDigit(s[i-1])) && (i+4 == len(s) || !isASCIIDigit(s[i+4])) {
			return true
		}
	}
	return false
}
