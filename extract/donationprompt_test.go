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
	})
}

func TestDonationPromptRemovedAtEdge(t *testing.T) {
	wantRemovedOnlyAtEdge(t, "If you found the reporting above valuable, please consider making a donation to support it.")
}
