package extract

import (
	"strings"
	"testing"
)

func TestIsAffiliateDisclosure(t *testing.T) {
	checkLowerPredicate(t, "isAffiliateDisclosure", isAffiliateDisclosure, []lineCase{
		{"If you click this link and make a purchase, we earn a commission at no additional cost to you.", true},
		{"Die mit Sternchen (*) gekennzeichneten Links sind sogenannte »Affiliate-Links«. Wenn du auf so einen Affiliate-Link klickst und über diesen Link einkaufst, bekommen wir eine kleine Provision.", true},
		{"This post may contain affiliate links. If you purchase something through the link, I may receive a small commission.", true},
		{"Die Ausbreitung des E-Commerce hat das Berufsfeld Marketing umgekrempelt, von Affiliate- bis Influencer-Marketing.", false}, // no commission
		{"The affiliate commission was cut to 3 percent, Amazon said.", false},                                                        // no purchase or click
		{"Click the affiliate links below to buy the products we tested.", false},                                                     // no commission
		{"Shoppers who buy through the app pay a commission of 5 percent to the platform.", false},                                    // no affiliate link, nobody earning
		{"Letzte Aktualisierung am 2.02.2022 / Bei den Verlinkungen handelt es sich um Affiliate Links / Bilder von der Amazon Product Advertising API", true},
		{"Last update on 2024-03-01 / Affiliate links / Images from Amazon Product Advertising API", true},
		{"We may earn commission from links on this page, but we only recommend products we back.", true}, // no purchase named
		{"We may earn a commission from links on this page.", true},
		{"Sellers say we earn a commission on every sale, the report found.", false},             // no link
		{"The links we earn from other sites matter more than the commission, she said.", false}, // earns no commission from links
	})
}

// A disclosure goes wherever it stands: after a list of products it is
// inside the article.
func TestAffiliateDisclosureRemoved(t *testing.T) {
	disclosure := "If you click this link and make a purchase, we earn a commission at no additional cost to you."
	later := strings.ReplaceAll(paragraphs(3), "committee", "council")
	page := articlePage("<title>Plants</title>", "<h1>Plants</h1>"+paragraphs(5)+"<p>"+disclosure+"</p>"+later)
	text := mustExtract(t, page, Options{}).Text
	wantGone(t, text, disclosure)
	wantKept(t, text, "The council met")
}
