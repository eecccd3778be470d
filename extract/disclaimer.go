package extract

// A disclaimer distances the site from its author's opinion: "Dieser
// Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die
// der Redaktion", "The views expressed by the author are personal." It is
// the site's note, set at the article's start or end, and read only there.

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

// isDisclaimer reports whether lower, a short line's lower-cased text, is
// a disclaimer: it names the author's opinion and distances the site
// from it, or disclaims its contributors' words.
func isDisclaimer(lower string) bool {
	return containsAny(lower, authorViewWords) && containsAny(lower, distanceWords) || containsAny(lower, liabilityWords)
}
