package extract

import "strings"

// An affiliate disclosure tells the reader that the site is paid for what
// they buy through its links: "Die mit Sternchen (*) gekennzeichneten
// Links sind sogenannte Affiliate-Links … bekommen wir … eine Provision",
// "If you click this link and make a purchase, we earn a commission at no
// additional cost to you." It names a commission, a purchase or a click,
// and the links or the site that earns: a story about affiliate marketing
// seldom says all three in one short paragraph.

// affiliateCommissions are what the site earns, lower-cased.
var affiliateCommissions = []string{"commission", "provision", "prämie", "vergütung", "verkaufserlös", "comisión", "commissione"}

// affiliatePurchases are what the reader does to earn it.
var affiliatePurchases = []string{"purchase", "buy", "kauf", "klick", "click", "compra", "achat", "acquist"}

// affiliateLinks name the links or the earning site.
var affiliateLinks = []string{"affiliate", "partnerlink", "partner-link", "we earn", "we may earn", "we receive",
	"i may receive", "i receive", "erhalten wir", "bekommen wir", "erhält", "erhalte ich", "bekomme ich", "links"}

// productAPICredit is the credit that the affiliate plugins of blogs print
// under each product box they fill from Amazon ("Letzte Aktualisierung am
// 2.02.2022 / Bei den Verlinkungen handelt es sich um Affiliate Links /
// Bilder von der Amazon Product Advertising API"), lower-cased.
const productAPICredit = "product advertising api"

// affiliateEarners say, in the first person, that the site earns: with a
// commission from its links they disclose without naming a purchase ("We
// may earn commission from links on this page, but we only recommend
// products we back").
var affiliateEarners = []string{"we earn", "we may earn", "we might earn"}

// commissionsFromLinks say what the site earns from.
var commissionsFromLinks = []string{"commission from link", "commission from the link", "commissions from link",
	"commissions from the link"}

// isAffiliateDisclosure reports lower-cased text that discloses affiliate
// links, or credits the product data an affiliate plugin shows.
func isAffiliateDisclosure(lower string) bool {
	if containsAny(lower, affiliateCommissions) && // most text names none: one list read, not three
		(containsAny(lower, affiliatePurchases) && containsAny(lower, affiliateLinks) ||
			containsAny(lower, commissionsFromLinks) && containsAny(lower, affiliateEarners)) {
		return true
	}
	return strings.Contains(lower, productAPICredit)
}
