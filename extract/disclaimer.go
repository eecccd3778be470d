package extract

// A disclaimer distances the site from its author's opinion: "Dieser
// Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die
// der Redaktion", "The views expressed by the author are personal." It is
// the site's note, set at the article's start or end, and read only there.
// So is the note that a story came from an agency's feed unedited, which
// Indian papers print under agency copy.

// authorViewWords name the author's opinion.
var authorViewWords = []string{"meinung des autors", "meinung der autorin", "meinung der autoren",
	"meinung des verfassers", "views expressed", "opinions expressed", "views of the author",
	"opinions of the author", "opinion of the author", "l'opinion de l'auteur", "l’opinion de l’auteur",
	"opinión del autor", "opinione dell'autore", "opinione dell’autore"}

// distanceWords say that the opinion is the author's alone.
var distanceWords = []string{"wieder", "nicht notwendigerweise", "nicht unbedingt", "not necessarily",
	"personal", "their own", "his own", "her own", "solely", "those of the author", "do not reflect",
	"does not reflect", "don't reflect", "n'engage", "n’engage", "no necesariamente", "non necessariamente"}

// liabilityWords disclaim the contributors' words outright: "NOW Grenada
// is not responsible for the opinions, statements or media content
// presented by contributors."
var liabilityWords = []string{"not responsible for the opinions", "not responsible for the views",
	"not responsible for the content", "nicht verantwortlich für die meinung", "keine verantwortung für die meinung"}

// feedWords name a news agency's feed that a story was published from:
// "(Except for the headline, this story has not been edited by NDTV staff
// and is published from a syndicated feed.)", "This story has been
// published from a wire agency feed without modifications to the text."
var feedWords = []string{"from a syndicated feed", "from syndicated feed", "from a wire agency feed", "from an agency feed",
	"from agency feed", "auto-generated from", "automatically generated from"}

// unchangedWords say that the site left the agency's story as it came.
var unchangedWords = []string{"not been edited", "not edited", "without modification", "only the headline",
	"except for the headline", "auto-generated", "automatically generated"}

// isDisclaimer reports whether lower, a short line's lower-cased text, is
// a disclaimer: it names the author's opinion and distances the site
// from it, disclaims its contributors' words, or says the story came from
// an agency's feed unedited.
func isDisclaimer(lower string) bool {
	return containsAny(lower, authorViewWords) && containsAny(lower, distanceWords) || containsAny(lower, liabilityWords) ||
		containsAny(lower, feedWords) && containsAny(lower, unchangedWords)
}
