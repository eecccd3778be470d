package extract

import (
	"strings"
	"testing"
)

func TestIsSitePromo(t *testing.T) {
	checkLowerPredicate(t, "isSitePromo", isSitePromo, []lineCase{
		{"Catch all the Business News, Market News, Breaking News Events and Latest News Updates on Live Mint.", true},
		{"Catch all the Latest Tech News and Updates on The Economic Times.", true},
		{"Get all India News in Hindi related to live update of politics, sports, entertainment. Stay updated with us for all breaking news.", true},
		{"Get all the paperwork ready before the news conference, the minister told staff.", false},
		{"Breaking news: the council voted. More news to follow.", false},
	})
}

func TestSitePromoRemovedAtEdge(t *testing.T) {
	wantRemovedOnlyAtEdge(t, "Catch all the Business News, Market News, Breaking News Events and Latest News Updates on Live Mint.")
}

func TestIsPreferredSourcePrompt(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Make Example News your preferred source on Google", true},
		{"Add Example News as a preferred source on Google", true},
		{"Maak Solar & Storage Magazine jouw voorkeursbron in Google", true},
		{"Machen Sie Example zu Ihrer bevorzugten Quelle bei Google", true},
		{"Example als bevorzugte Quelle in Google hinzufügen", true},
		{"Google said publishers could now be picked by readers.", false},
		{"The minister was the reporters' preferred source on the budget.", false},                  // no search engine
		{"Google's preferred sources feature lets readers pick the outlets they see first.", false}, // a story about it
	} {
		if got := isPreferredSourcePrompt(strings.ToLower(tc.text)); got != tc.want {
			t.Errorf("isPreferredSourcePrompt(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
