package extract

import "testing"

func TestIsPDFOffer(t *testing.T) {
	checkLowerPredicate(t, "isPDFOffer", isPDFOffer, []lineCase{
		{"Dieses Skript als PDF herunterladen", true},
		{"» Meldung als PDF-Datei herunterladen", true},
		{"Download this article as PDF", true},
		{"The report can be read online.", false},
		{"PDF", false}, // a bare label: the phrase rules read it
	})
}

// A download offer goes wherever it stands; the story's own sentences
// about a report stay.
func TestPDFOfferRemoved(t *testing.T) {
	page := articlePage("<title>Podcast</title>", "<h1>Podcast</h1><p>Dieses Skript als PDF herunterladen</p>"+paragraphs(4))
	checkGoneKept(t, mustExtract(t, page, Options{}).Text, []string{"als PDF herunterladen"}, []string{"Paragraph number D"})
}
