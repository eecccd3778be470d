package extract

import "testing"

// An author's contact lines before the story's first sentence go: a staff
// title and an e-mail address under a "By" line (tribune242.com), a name
// above an e-mail address (guardian.co.tt). An address at the article's
// end, a name line with no address under it and a title line without
// "staff" stay.
func TestAuthorContactLines(t *testing.T) {
	for _, tt := range []struct {
		name       string
		body       string
		gone, kept []string
	}{
		{"by line, staff title, address",
			`<p>By EARYEL BOWLEG</p><p>Tribune Staff Reporter</p><p>ebowleg@tribunemedia.net</p>` + paragraphs(3),
			[]string{"BOWLEG", "Staff Reporter", "ebowleg@"}, []string{"Paragraph number A"}},
		{"name above address",
			`<p>PETER CHRISTOPHER</p><p>pe` + "\u00ad" + `ter.christopher@guardian.co.tt</p>` + paragraphs(3),
			[]string{"PETER CHRISTOPHER", "guardian.co.tt"}, []string{"Paragraph number A"}},
		{"labelled address",
			`<p>E-mail: jdoe@example.com</p>` + paragraphs(3),
			[]string{"jdoe@"}, []string{"Paragraph number A"}},
		{"address at the end",
			paragraphs(6) + `<p>Write to the project at</p><p>pippin@example.org</p>`,
			nil, []string{"pippin@example.org", "Paragraph number F"}},
		{"name line without an address",
			`<p>Peter Christopher</p>` + paragraphs(3),
			nil, []string{"Peter Christopher"}},
		{"title line without staff",
			`<h2>Letter to the Editor</h2>` + paragraphs(3),
			nil, []string{"Letter to the Editor"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			art := mustExtract(t, articlePage("<title>Stores stalled by a cyber attack</title>",
				`<h1>Stores stalled by a cyber attack</h1>`+tt.body), Options{})
			checkGoneKept(t, art.Text, tt.gone, tt.kept)
		})
	}
}

func TestIsEmailLine(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"ebowleg@tribunemedia.net", true},
		{"e-mail: jdoe@example.com", true},
		{"email:jdoe@mail.example.co.uk", true},
		{"write to jdoe@example.com", false},
		{"@jdoe", false},
		{"jdoe@localhost", false},
		{"jdoe@example..com", false},
		{"a@b@c.com", false},
	} {
		if got := isEmailLine(tt.text); got != tt.want {
			t.Errorf("isEmailLine(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestIsWriteToLine(t *testing.T) {
	checkLowerPredicate(t, "isWriteToLine", isWriteToLine, []lineCase{
		{"Write to Jane Doe at jane.doe@wsj.com", true},
		{"Write to Jane Doe at jane.doe@wsj.com and John Roe at john.roe@wsj.com.", true},
		{"Write to your MP at the House of Commons.", false},            // no address
		{"Write to jane.doe@wsj.com", false},                            // no " at ": not the form
		{"Please write to Jane Doe at jane.doe@wsj.com", false},         // not the line's start
		{"Write to Jane Doe at jane.doe@wsj.com with questions", false}, // the address does not end it
		{"Contact reporter Jane Doe at jane@example.com or 541-338-2454, and follow her on Twitter @janedoe.", true},
		{"Contact the reporter at jdoe@example.com.", true},
		{"Reach reporter John Roe at (555) 555-0100 or jroe@example.com.", true},
		{"Contact reporter Jane Doe on Twitter @janedoe.", false}, // no address
		{"Contact reporter Jane Doe at 541-338-2454.", false},     // a telephone only
		{"Contact the reporter if you saw the crash, police said.", false},
		{"Napisz do autora: jan.kowalski@grupawp.pl", true},
		{"Write to the author: jane@example.com, john@example.com", true},
		{"Napisz do autora: jeśli masz pytania, zadzwoń do redakcji.", false}, // no address only
		{"Write to the author:", false},
		{"To reach the reporter behind this story, contact Jane@example.org. To reach the editor, contact Emma@example.org", true},
		{"To reach the reporter, residents drove for two hours through the flooded valley.", false},
		{"Email Jane Doe at jane.doe@example.com.", true}, {"Contact the author at jane@example.com.", true},
		{"Email alerts went out at noon, the county said.", false}, // no address
		{"Email Jane Doe at jane.doe@example.com with your questions about the plan", false},
	})
}

func TestWriteToLineRemovedAtEdge(t *testing.T) {
	wantRemovedOnlyAtEdge(t, "Write to Jane Doe at jane.doe@wsj.com")
	wantRemovedOnlyAtEdge(t, "Contact reporter Jane Doe at jane@example.com or 541-338-2454, and follow her on Twitter @janedoe.")
	wantRemovedOnlyAtEdge(t, "Napisz do autora: jan.kowalski@example.pl")
	wantRemovedOnlyAtEdge(t, "To reach the reporter behind this story, contact jane@example.org.")
	wantRemovedOnlyAtEdge(t, "Jane Doe can be reached at jdoe@example.com or 555-0100.")
}

func TestIsReachableLine(t *testing.T) {
	checkPredicate(t, "isReachableLine", isReachableLine, []lineCase{
		{"Jane Doe can be reached at jdoe@example.com.", true},
		{"Jane Doe and John Roe can be reached at news@example.com.", true},
		{"The library can be reached at info@library.org for questions about the new hours.", false},
		{"Jane Doe can be reached at the town hall on Mondays.", false},
	})
}
