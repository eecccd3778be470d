package extract

import "testing"

func TestIsDonationPrompt(t *testing.T) {
	checkLowerPredicate(t, "isDonationPrompt", isDonationPrompt, []lineCase{
		{"If you found the reporting above valuable, please consider making a donation to support it.", true},
		{"If our services have assisted you, our work would be much more secure with your help - For as little as £5, you can support ZimEye.", true},
		{"Spenden könnt ihr ganz einfach per Paypal oder direkt auf unser Konto.", true},
		{"Si te parece valioso el trabajo de El Faro, apóyanos para seguir.", true},
		{"So far, the GoFundMe page has raised over £49,000 in donations.", false}, // a story about a charity
		{"Flights to Malaga go for as little as £20 this winter.", false},          // a price
		{"The project was funded with a donation (mit einer Spende) of 5,000 euros.", false},
		{"LVMH’s donation will cover a portion of the purchase price.", false},
		{"Der Segen wird grundsätzlich jedem einzeln gespendet.", false},
		{"El periodismo de El Diario no sería posible sin tu apoyo. Con cada membresía o donación, respaldás el trabajo de nuestros periodistas.", true},
		{"Independent journalism like ours is not possible without your support.", true},
		{"“None of this would be possible without your support,” the coach told the fans after the final.", false}, // no journalism named
		{"The reporting of the census was slow, the office said.", false},
	})
}

func TestDonationPromptRemovedAtEdge(t *testing.T) {
	wantRemovedOnlyAtEdge(t, "If you found the reporting above valuable, please consider making a donation to support it.")
}

// An appeal that explains what the reader's money pays for runs longer
// than the phrase rules read; at the article's end it goes all the same.
func TestLongDonationPromptRemovedAtEdge(t *testing.T) {
	wantRemovedOnlyAtEdge(t, "El periodismo de El Diario no sería posible sin tu apoyo. Con cada membresía o donación que realicés, "+
		"respaldás el trabajo de nuestros periodistas y garantizás que todos los lectores tengan acceso a información confiable "+
		"y de calidad, sin muros de pago, en un momento crucial para el futuro del país. Si está entre tus posibilidades, "+
		"te invitamos a unirte a este esfuerzo colectivo en apoyo a la libertad de prensa.")
}
