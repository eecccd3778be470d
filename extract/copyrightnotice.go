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
