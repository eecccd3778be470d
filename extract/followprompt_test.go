package extract

import "testing"

func TestFollowPrompt(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"follow the gleaner on twitter and instagram @jamaicagleaner and on facebook @gleanerjamaica.", true},
		{"follow jane doe on x: @janedoe", true},
		{"follow us on instagram", true},
		{"folge uns auf facebook | instagram", true},
		{"folgt uns auf unserem neuen offiziellen instagram-account instagram.com/magazin", true},
		{"suivez-nous sur twitter", true},
		{"seguici su facebook", true},
		{"follow the money on wall street, the senator said.", false},
		{"join st's telegram channel and get the latest breaking news delivered to you.", true},
		{"join our gaijinpot study facebook group to connect with fellow learners", true},
		{"join us on whatsapp", true},
		{"join the conversation on twitter", true},
		{"join the march on facebook's headquarters planned by the union for saturday morning, organisers said.", false},
		{"join the club, the mayor told the protesters.", false},
		{"join us at facebook/cnnopinion", true},
		{"please follow money game on twitter and facebook.", true},
		{"please follow the instructions posted on facebook by the fire service.", false},
		{"join us at the town hall on monday.", false},                           // no network after "at"
		{"follow the money on wall street, the senator said on twitter.", false}, // the network too far after "on"
		{"followers on twitter doubled in a year.", false},
		{"follow the story of the three brothers who built the old mill, as told on instagram.", false}, // no name this long
		{"تابعوا أخبار الإمارات من البيان عبر غوغل نيوز", true},                                         // follow the Emirates' news from Al Bayan on Google News
		{"تابعونا على تويتر", true},                                                                     // follow us on Twitter
		{"تابعوا التطورات على الحدود مع استمرار القصف", false},                                          // follow the events on the border: no network
		{"follow these steps shared on twitter to safely apprehend a train groper in japan.", false},
		{"follow this advice posted on facebook by the fire service.", false},
		{"folge 3 läuft auf netflix.", false},
		{"folgt man ihm auf den berg, sieht man das tal.", false},
	} {
		if got := isFollowPrompt(tt.text); got != tt.want {
			t.Errorf("isFollowPrompt(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
