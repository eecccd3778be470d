package extract

import (
	"context"
	"strings"
	"testing"
)

func TestIsSignUpPrompt(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"want more sports news? sign up for the sports omelette to get all our analysis.", true},
		{"don't miss the latest news - sign up to our daily newsletter here.", true},
		{"nie mehr die wichtigsten news verpassen? abonnieren sie unser daily briefing.", true},
		{"sign up for the newsletter.", false}, // a call that opens the line is furniturePrefixes' to judge
		{"the council voted on tuesday. members who sign up for the scheme pay less.", false},
		{"he said he would sign up for it. - the council agreed.", false},
		{"x. - y", false}, // a sentence's end and a dash together: no empty or reversed part
		{". - ", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := isSignUpPrompt(tt.line); got != tt.want {
			t.Errorf("isSignUpPrompt(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestSignUpBox(t *testing.T) {
	tests := []struct {
		name, box string
		gone      bool
	}{
		{"a box under a WhatsApp heading",
			`<div class="factbox"><h3>Join our WhatsApp channel</h3><p>Get the news on your phone.</p></div>`, true},
		{"a box under a newsletter heading",
			`<aside><h4>Sign up for our newsletter</h4><p>Every morning, the day's news.</p></aside>`, true},
		{"a section under a heading of the story",
			`<section><h3>Join the club, said the mayor</h3><p>Get the news on your phone, he added.</p></section>`, false},
		{"a box whose first text is no heading",
			`<div><p>Residents were asked to sign up.</p><h3>Sign up for our newsletter</h3></div>`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			art, err := FromBytes(context.Background(), articlePage("<title>T</title>", paragraphs(3)+tt.box+paragraphs(1)), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if gone := !strings.Contains(art.Text, "Get the news") && !strings.Contains(art.Text, "the day's news") &&
				!strings.Contains(art.Text, "Residents were"); gone != tt.gone {
				t.Errorf("box gone = %v, want %v:\n%s", gone, tt.gone, art.Text)
			}
		})
	}
}

// A paywall's prompt names a subscription and the article it holds back;
// a paragraph on subscriptions, or on this article, alone is prose. In an
// article the prompt goes and the story stays.
func TestPaywallPrompt(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"votre abonnement n’autorise pas la lecture de cet article", true},
		{"for at læse denne artikel skal du have et digitalt abonnement eller et abonnement på et af vores dagblade.", true},
		{"subscribed to the week? register your account with the same email as your subscription.", true},
		{"the paper lost a third of its subscribers last year, the publisher said.", false},
		{"this article was amended on 3 march to correct the date of the vote.", false},
		{"cet article est réservé aux abonnés.", true},
		{"this content is for subscribers only", true},
		{"este contenido es exclusivo para suscriptores", true},
		{"you have reached your limit of free articles.", true},
		{"you've reached your free article limit.", true},
		{"il vous reste 75% de cet article à lire.", true},
		{"få fuld adgang til sn.dk og læs resten af artiklen", true},
		{"already have an account? sign in", true},
		{"create a free account to continue reading", true},
		{"to continue reading, subscribe now.", true},
		{"become a member to read this article", true},
		{"readers who reached their limit of free rides on the ferry paid the full fare.", false},
		{"to continue reading the report, the committee adjourned until monday.", false},
		{"she said she did not yet have an account with the bank.", false},
	} {
		if got := isPaywallPrompt(tt.line); got != tt.want {
			t.Errorf("isPaywallPrompt(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
	art := mustExtract(t, articlePage("<title>Budget</title>", "<h1>Budget</h1>"+paragraphs(4)+
		"<p>Votre abonnement n’autorise pas la lecture de cet article</p>"), Options{})
	if strings.Contains(art.Text, "abonnement") || !strings.Contains(art.Text, "Paragraph number D") {
		t.Errorf("the prompt stayed or the story went:\n%s", art.Text)
	}
}
