package extract

import "strings"

// A donation prompt asks the reader to fund the site: "If you found the
// reporting above valuable, please consider making a donation to support
// it.", "For as little as £5, you can support …", "Wenn Sie … unterstützen
// Sie uns bitte mit einer Spende", "apóyanos para seguir". It is read by
// its appeal, at the article's edge: a story about a charity says
// "donated" and "donations", not "support us".

// donationAppeals are the appeals of a donation prompt, lower-cased.
var donationAppeals = []string{
	"please consider making a donation", "consider making a donation", "please consider donating",
	"please support us", "you can support us", "support independent journalism",
	"unterstützen sie uns bitte", "unterstützen sie uns mit", "unterstützt uns mit", "unterstütze uns mit",
	"uns mit einer spende", "ist spendenfinanziert", "spenden könnt ihr", "einen spendenbutton",
	"apóyanos", "haz una donación", "hazte socio", "soutenez-nous", "faites un don", "sostienici", "fai una donazione",
}

// isDonationPrompt reports lower-cased text that appeals for donations,
// or asks for support "for as little as" a sum (a price alone is a
// story's: "flights for as little as £20").
func isDonationPrompt(lower string) bool {
	return containsAny(lower, donationAppeals) || strings.Contains(lower, "for as little as") && strings.Contains(lower, "support")
}
