package extract

import "testing"

func TestIsShareURL(t *testing.T) {
	for href, want := range map[string]bool{
		"https://twitter.com/share?url=https%3A%2F%2Fexample.com%2Fstory":   true,
		"https://www.facebook.com/sharer/sharer.php?u=https://example.com/": true,
		"https://www.linkedin.com/shareArticle?mini=true&url=x":             true,
		"https://api.whatsapp.com/send?text=x":                              true,
		"whatsapp://send?text=x":                                            true,
		"https://wa.me/?text=Read%20this":                                   true,
		"https://wa.me/493012345678":                                        false, // a number to write to
		"mailto:?subject=Read%20this":                                       true,
		"https://twitter.com/janedoe":                                       false, // a profile: a follow link
		"https://www.facebook.com/examplenews":                              false,
		"mailto:desk@example.com":                                           false, // a contact address
		"https://example.com/share-your-story":                              false,
		"":                                                                  false,
	} {
		if got := isShareURL(href); got != want {
			t.Errorf("isShareURL(%q) = %v, want %v", href, got, want)
		}
	}
}

// A list item that only links to a share endpoint goes, whatever its text;
// a link to the author's profile, and a sentence with a share link in it,
// stay.
func TestShareLinksRemoved(t *testing.T) {
	page := articlePage("<title>Story</title>", "<h1>Story</h1>"+paragraphs(4)+
		`<ul><li><a href="https://twitter.com/share?url=https%3A%2F%2Fexample.com%2Fstory">twittern</a></li></ul>`+
		`<p><a href="https://twitter.com/janedoe">Jane Doe on Twitter</a></p>`+
		`<p>Readers can <a href="mailto:?subject=Story">mail the story</a> to the council before the vote on Friday.</p>`)
	art := mustExtract(t, page, Options{})
	checkGoneKept(t, art.Text, []string{"twittern"}, []string{"Jane Doe on Twitter", "mail the story"})
}
