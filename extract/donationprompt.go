package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// A donation prompt asks the reader to fund the site: "If you found the
// reporting above valuable, please consider making a donation to support
// it.", "For as little as £5, you can support …", "Wenn Sie … unterstützen
// Sie uns bitte mit einer Spende", "apóyanos para seguir", "El periodismo
// de … no sería posible sin tu apoyo". It is read by its appeal, at the
// article's edge: a story about a charity says "donated" and "donations",
// not "support us".

// donationAppeals are the appeals of a donation prompt, lower-cased.
var donationAppeals = []string{
	"please consider making a donation", "consider making a donation", "please consider donating",
	"please support us", "you can support us", "support independent journalism",
	"unterstützen sie uns bitte", "unterstützen sie uns mit", "unterstützt uns mit", "unterstütze uns mit",
	"uns mit einer spende", "ist spendenfinanziert", "spenden könnt ihr", "einen spendenbutton",
	"apóyanos", "haz una donación", "hazte socio", "soutenez-nous", "faites un don", "sostienici", "fai una donazione",
}

// readerSupportNeeds say that the work is possible only with the reader's
// support ("would not be possible without your support"), lower-cased.
var readerSupportNeeds = []string{
	"possible without your support", "posible sin tu apoyo", "posible sin su apoyo",
	"ohne ihre unterstützung nicht möglich", "ohne deine unterstützung nicht möglich",
	"possible sans votre soutien", "possibile senza il tuo sostegno", "possibile senza il vostro sostegno",
}

// journalismWords name the work a site asks its readers to fund.
var journalismWords = []string{"journalism", "reporting", "periodismo", "journalismus", "journalisme", "giornalismo"}

// isDonationPrompt reports lower-cased text that appeals for donations,
// asks for support "for as little as" a sum (a price alone is a story's:
// "flights for as little as £20"), or says the site's journalism needs
// the reader's support (a coach thanking fans says the first, never the
// second).
func isDonationPrompt(lower string) bool {
	return containsAny(lower, donationAppeals) ||
		strings.Contains(lower, "for as little as") && strings.Contains(lower, "support") ||
		containsAny(lower, readerSupportNeeds) && containsAny(lower, journalismWords)
}

// donationPromptMax bounds, in bytes, the text of a donation prompt longer
// than the blocks the phrase rules read (phraseBlockMax): an appeal that
// explains what the reader's money pays for runs to a paragraph.
const donationPromptMax = 700

// isLongDonationPrompt reports a block, longer than the phrase rules read,
// whose text is a donation prompt.
func isLongDonationPrompt(n *html.Node) bool {
	raw, ok := boundedText(n, donationPromptMax)
	return ok && isDonationPrompt(strings.ToLower(raw))
}
