package extract

import "testing"

// A gallery's or a forum attachment's "click to enlarge" under an image is
// the image's control, wherever it stands; a sentence that says it stays.
func TestImageLabelsRemoved(t *testing.T) {
	for _, label := range []string{"Zum Vergrößern bitte anklicken", "Click to enlarge", "Cliquez pour agrandir"} {
		body := "<h1>Story</h1>" + paragraphs(3) + `<p><a href="/img/big.jpg"><img src="/img/small.jpg" alt=""></a></p><p>` + label + "</p>" + paragraphs(3)
		wantGone(t, mustExtract(t, articlePage("<title>Story</title>", body), Options{}).Text, label)
	}
	sentence := "Click to enlarge the map, then follow the river north to the old mill."
	body := "<h1>Story</h1>" + paragraphs(3) + "<p>" + sentence + "</p>" + paragraphs(3)
	wantKept(t, mustExtract(t, articlePage("<title>Story</title>", body), Options{}).Text, sentence)
}
