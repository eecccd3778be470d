package extract

import "testing"

func TestIsAppPrompt(t *testing.T) {
	checkLowerPredicate(t, "isAppPrompt", isAppPrompt, []lineCase{
		{"Die Sport BILD-App Jetzt kostenlos für iOS und Android!", true},
		{"If you're on the ABC7 News app, click here to watch live", true},
		{"不用抽 不用搶 現在用APP看新聞 保證天天中獎 點我下載APP 按我看活動辦法", true},
		{"Download the Microsoft News app for full coverage of the crisis", true},
		{"1Password kostet aktuell knapp 50 Euro im Mac App Store und setzt OS X 10.10 voraus.", false}, // no call
		{"Coinbase Pro offers a mobile app on both the iOS and Android platforms.", false},
		{"Download the full report from the ministry's website.", false}, // no app
		{"Apply now and download the form.", false},
		{"Click here to download WhatsApp.", false},
		{"डाउनलोड करें जागरण एप और न्यूज़ जगत की सभी खबरों के साथ पायें जॉब अलर्ट", true}, // download the Jagran app
		{"रहें हर खबर से अपडेट, डाउनलोड करें Android Hindi News App", true},
		{"नया एपिसोड यहां से डाउनलोड करें", false}, // download the new episode: "एप" opens a word
	})
}

// An app prompt goes at the article's edge; a story's own sentence that
// names an app and a download stays further in.
func TestAppPromptRemovedAtEdge(t *testing.T) {
	wantRemovedOnlyAtEdge(t, "Die Sport BILD-App Jetzt kostenlos für iOS und Android!")
	// 121 runes in 203 bytes: the bound counts runes.
	wantRemovedOnlyAtEdge(t, "रहें हर खबर से अपडेट, डाउनलोड करें Android Hindi News App, iOS Hindi News App और Amarujala Hindi News APP अपने मोबाइल पे|")
}
