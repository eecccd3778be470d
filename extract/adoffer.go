package extract

// An offer to advertisers at the article's edge: "Advertise with the most
// visited news site in Belize ~ We offer fully customizable digital
// marketing packages …", "Want to advertise with us? Email ads@…". The
// site sells its space; a story does not open or close so.

// adOfferOpenings open an offer to advertisers, lower-cased.
var adOfferOpenings = []string{"advertise with us", "advertise with the ", "advertise on our ", "advertise here",
	"to advertise with us", "to advertise, ", "to advertise on our ", "want to advertise", "interested in advertising",
	"advertising inquiries", "advertising enquiries", "for advertising inquiries", "for advertising enquiries",
	"for advertising opportunities", "werben sie bei uns", "möchten sie bei uns werben", "anúnciese con nosotros",
	"anúnciate con nosotros", "annoncez avec nous", "annoncez chez nous"}

// isAdOffer reports lower-cased text that opens with an offer to
// advertisers.
func isAdOffer(lower string) bool {
	return hasAnyPrefix(lower, adOfferOpenings)
}
