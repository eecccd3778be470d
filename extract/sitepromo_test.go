package extract

import "testing"

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
