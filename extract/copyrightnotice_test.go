package extract

import (
	"strings"
	"testing"
)

func TestIsCopyrightNotice(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"© 2022, Example News. This article is the copyrighted property of Example News. Written permission must be obtained before reprint.", true},
		{"Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.", true},
		{"(c) 2023 Beispiel Verlag. Alle Rechte vorbehalten.", true},
		{"Copyright 2023 NPR. To see more, visit https://www.npr.org.", true},
		{"© Markus Leitner", false},                                     // a photo credit: the credit rule's
		{"Copyright law reserves to authors the right to copy.", false}, // prose about copyright
		{"The publisher may not be reached for comment. © 2020", false}, // the mark does not open it
	} {
		if got := isCopyrightNotice(strings.ToLower(tc.text)); got != tc.want {
			t.Errorf("isCopyrightNotice(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// A reprint warning longer than a photo credit, and a news agency's
// redistribution notice, leave the article's end; its last paragraph stays.
func TestCopyrightNoticeRemoved(t *testing.T) {
	notice := "© 2022, Example News. This article is the copyrighted property of Example News. " +
		"Written permission must be obtained before reprint in online or print media. " +
		"REPRINTING CONTENT WITHOUT PERMISSION AND/OR PAYMENT IS THEFT AND PUNISHABLE BY LAW."
	agency := "This material may not be published, broadcast, rewritten or redistributed."
	last := "The minister said the talks would go on next week in the capital."
	page := articlePage("<title>Talks</title>", "<h1>Talks</h1>"+paragraphs(4)+"<p>"+last+"</p><p>"+notice+"</p><p>"+agency+"</p>")
	art := mustExtract(t, page, Options{})
	wantGone(t, art.Text, "copyrighted property", "may not be published")
	wantKept(t, art.Text, last)
}

func TestIsDatedCopyrightLine(t *testing.T) {
	checkLowerPredicate(t, "isDatedCopyrightLine", isDatedCopyrightLine, []lineCase{
		{"Copyright © 2020 The Washington Times, LLC.", true},
		{"© 1999-2020 Example Media", true},
		{"(c) 2016", true},
		{"Copyright 2022", true},
		{"© Markus Leitner", false},                               // no year: a photo credit, read by the credit rules
		{"Copyright law changed in 2020, the court said.", false}, // a sentence
		{"Copyright © 20200 Example", false},                      // no year
	})
}

// A site's bare copyright line under the story goes, and the story's
// paragraphs stay.
func TestDatedCopyrightLineRemovedAtEnd(t *testing.T) {
	line := "Copyright © 2020 The Washington Times, LLC."
	page := articlePage("<title>Story</title>", "<h1>Story</h1>"+paragraphs(5)+"<p>"+line+"</p>")
	text := mustExtract(t, page, Options{}).Text
	wantGone(t, text, "Washington Times")
	wantKept(t, text, "Paragraph number E")
}
