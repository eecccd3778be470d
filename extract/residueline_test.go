package extract

import "testing"

func TestIsPlayerTimeLine(t *testing.T) {
	checkLowerPredicate(t, "isPlayerTimeLine", isPlayerTimeLine, []lineCase{
		{"0:00 / 5:12", true},
		{"0:00 0:00 Live", true},
		{"00:00 / 1:02:03", true},
		{"0:00", true},
		{"5:12", false},     // a length alone: a video's, which Mozilla's expected text keeps
		{"17:40", false},    // a time line's to judge
		{"0:00 Uhr", false}, // midnight, a time of day
		{"Score 0:00 at half-time", false},
	})
}

func TestIsVideoLengthLine(t *testing.T) {
	checkLowerPredicate(t, "isVideoLengthLine", isVideoLengthLine, []lineCase{
		{"Watch video 02:17", true},
		{"Video 1:05", true},
		{"Video ansehen 3:40", true},
		{"Regarder la vidéo 1:05", true},
		{"Watch 02:17", false}, // no video named
		{"Video", false},
		{"Watch the video of the rally 02:17", false},
		{"Video: the rally at 02:17", false},
	})
}

func TestIsGluedVideoLength(t *testing.T) {
	checkLowerPredicate(t, "isGluedVideoLength", isGluedVideoLength, []lineCase{
		{"VIDEO2:3102:31", true}, // CNBC: the label and the length twice, run together
		{"VIDEO2:31", true},
		{"Videos2:31", false},
		{"VIDEO2:3102", false}, // no second time
		{"Video 2:31", false},  // spaced: isVideoLengthLine's, at the edge
	})
}

// CNBC's label of a video inside the story, its length run into it, goes
// wherever it stands.
func TestGluedVideoLengthRemoved(t *testing.T) {
	body := "<h1>Story</h1>" + paragraphs(4) + `<div class="InlineVideo"><p>VIDEO<span>2:31</span><span>02:31</span></p></div>` +
		"<p>The council voted on Tuesday to keep every library open, the mayor said after the meeting.</p>" + paragraphs(4)
	text := mustExtract(t, articlePage("<title>Story</title>", body), Options{}).Text
	wantGone(t, text, "VIDEO")
	wantKept(t, text, "keep every library open")
}

func TestIsWordlessLine(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"-->", true}, {"• • •", true}, {"___", false}, {"×", true}, {"...", true}, {"∼ ∼ ∼", true},
		{"=)", false}, // a blog's smiley: trafilatura's annotators count it
		{"%", false},  // a table's cell
		{"", false}, {"1.", false}, {"Ende", false},
	} {
		if got := isWordlessLine(tc.text); got != tc.want {
			t.Errorf("isWordlessLine(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestResidueLineRemovedAtEdge(t *testing.T) {
	wantRemovedOnlyAtEdge(t, "0:00 / 5:12")
	wantRemovedOnlyAtEdge(t, "Watch video 02:17")
	wantRemovedOnlyAtEdge(t, "• • •") // further in, a scene break stays
}
