package extract

import "testing"

func TestIsAdOffer(t *testing.T) {
	checkLowerPredicate(t, "isAdOffer", isAdOffer, []lineCase{
		{"Advertise with the most visited news site in Belize ~ We offer fully customizable and flexible digital marketing packages.", true},
		{"Want to advertise with us? Email ads@example.com", true},
		{"To advertise, contact ads@example.com or call 555-0100.", true},
		{"Interested in advertising? Contact our sales team.", true},
		{"Werben Sie bei uns: Mediadaten und Preise auf Anfrage.", true},
		{"To advertise on television, the candidates spent four million dollars in the last month of the race.", false},
		{"Advertisers pulled out of the show after the remarks.", false},
		{"Advertising revenue fell by a fifth in the quarter, the company said.", false},
	})
}

func TestAdOfferRemovedAtEdge(t *testing.T) {
	wantRemovedOnlyAtEdge(t, "Want to advertise with us? Email ads@example.com or call our sales team on 555-0100.")
}
