package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A follow prompt asks readers to follow someone on a social network:
// "Follow The Gleaner on Twitter and Instagram @…", "Follow Jane Doe on
// Twitter: @janedoe", "Folge uns auf Facebook | Instagram", "Folgt uns auf
// unserem neuen offiziellen Instagram-Account …", "تابعوا أخبار الإمارات من
// البيان عبر غوغل نيوز" (follow the Emirates' news from Al Bayan on Google
// News), "Join ST's Telegram channel and get the latest breaking news
// delivered to you", "Join us on WhatsApp", "Join us at Facebook/CNNOpinion".

// followNameMax bounds the name, in runes, between "follow" and "on" in a
// follow prompt.
const followNameMax = 40

// followNetworkWords is how many words after "on" may come before the
// network's name ("auf unserem neuen offiziellen Instagram-Account"):
// further on, "on" began a place ("follow the money on Wall Street, the
// senator said on Twitter").
const followNetworkWords = 4

// joinPromptWordsMax bounds the words after "join" in a prompt to join a
// network ("Join us on Telegram", "Join the conversation on Twitter").
const joinPromptWordsMax = 6

// followCalls open a follow prompt, each with the word that comes before
// the network.
var followCalls = []struct{ call, on string }{
	{"follow ", " on "}, {"please follow ", " on "}, {"join ", " on "}, {"join ", " at "},
	{"folge ", " auf "}, {"folgt ", " auf "}, {"folgen sie ", " auf "},
	{"suivez", " sur "}, {"seguici", " su "}, {"siga-nos", " no "}, {"volg ", " op "},
	{"تابعوا ", " عبر "}, {"تابعوا ", " على "}, {"تابعونا ", " عبر "}, {"تابعونا ", " على "},
}

// followedThings open what a sentence tells the reader to follow that is
// no account: "follow these steps", "follow this advice".
var followedThings = []string{"these ", "this ", "those ", "that ", "the steps", "the instructions", "the advice"}

// socialNetworks are the networks follow prompts name.
var socialNetworks = []string{"twitter", "facebook", "instagram", "x ", "x:", "x.", "tiktok", "linkedin",
	"youtube", "threads", "bluesky", "mastodon", "telegram", "whatsapp", "google news",
	"تويتر", "فيسبوك", "فيس بوك", "إنستغرام", "انستغرام", "يوتيوب", "تلغرام", "تيليجرام", "غوغل نيوز", "جوجل نيوز"}

// isFollowPrompt reports whether lower, a short block's lower-cased text,
// is a follow prompt: a call, at most followNameMax bytes of name, the
// call's "on", and a network's name within followNetworkWords words.
func isFollowPrompt(lower string) bool {
	for _, f := range followCalls {
		rest, ok := strings.CutPrefix(lower, f.call)
		if !ok {
			continue
		}
		if hasAnyPrefix(rest, followedThings) {
			return false // "Follow these steps shared on Twitter to …": advice, not a prompt
		}
		if f.call == "join " {
			if joinsChannel(rest) {
				return true // "Join ST's Telegram channel and get the latest breaking news"
			}
			if len(strings.Fields(rest)) > joinPromptWordsMax {
				continue // "Join the march on Facebook's headquarters planned by …": a story's call
			}
		}
		on := strings.Index(" "+rest, f.on) // the call may end where "on" begins ("seguici su")
		if on >= 0 && utf8.RuneCountInString(rest[:max(on-1, 0)]) <= followNameMax && namesNetwork((" " + rest)[on+len(f.on):]) {
			return true
		}
	}
	return false
}

// channelWords name what a network's readers join.
var channelWords = []string{"channel", "group", "community"}

// joinsChannel reports whether rest, what follows "join", names a network
// and then its channel within followNetworkWords words: "st's telegram
// channel", "our whatsapp channel".
func joinsChannel(rest string) bool {
	words := strings.Fields(rest)
	for i := 0; i+1 < len(words) && i < followNetworkWords; i++ {
		if slices.Contains(socialNetworks, words[i]) && hasAnyPrefix(words[i+1], channelWords) {
			return true
		}
	}
	return false
}

// namesNetwork reports whether a social network's name begins one of the
// first followNetworkWords words of after.
func namesNetwork(after string) bool {
	for range followNetworkWords {
		if slices.ContainsFunc(socialNetworks, func(n string) bool { return strings.HasPrefix(after, n) }) {
			return true
		}
		_, next, found := strings.Cut(after, " ")
		if !found {
			return false
		}
		after = next
	}
	return false
}
