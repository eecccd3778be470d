package extract

import "testing"

// News sites' tool and teaser labels, ad markers, audio players, tip
// prompts and agency credits go as blocks of their own, wherever they
// stand.
func TestNewsFurnitureLinesRemoved(t *testing.T) {
	for _, line := range []string{
		"Copy link", "Save article", "Gift this article", "Print this page", "Email this article",
		"Article continues below this ad", "Scroll to continue with content", "Ad Feedback", "Video Ad Feedback",
		"Recommended Stories", "Related Topics", "More on this story", "What to read next", "Recommended for you",
		"Trending Now", "Join the conversation", "Listen to article 5 min", "Got a story? Email newsdesk@example.com",
		"(AP Photo/Evan Vucci)", "REUTERS/Kevin Lamarque",
		"Explore more on these topics", "Reuse this content", "Most viewed", "Supported by", "Share full article",
		"SKIP ADVERTISEMENT", "Click to share on Twitter (Opens in new window)", "Like this:", "Like Loading...",
		"Thanks for reading!", "Get the app", "Top of page", "Skip to comments", "Read full article", "Don't miss",
		"Leer en español", "Listen to this story", "Image caption, Protesters gathered outside parliament",
		"Have a tip? Send it to tips@example.com", "Do you have a story? Contact us at news@example.com",
		"For more news, visit our homepage.", "Click here to read more stories like this.", "Related Coverage",
		"Опубликован в газете \"Московский комсомолец\" №28372 от 24 сентября 2020", "Заголовок в газете: Тайный стыд", "Original Print Headline: More reasons",
		"Premium content", "Exclusive to subscribers", "Want to read more?", "Unlock this article",
		"You've reached your free article limit.", "Already have an account? Log in",
		"Thank you for subscribing!", "Invalid Email", "Something went wrong, please try again later.",
		"We use your sign-up to provide content in ways you've consented to and to improve our understanding of you.",
		"This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
		"By signing up, you agree to our privacy policy.", "Hide caption", "Toggle caption", "Enlarge this image",
		"Next article", "Previous article", "More from this author", "Article continues after advertisement",
		"Sort by Newest", "Jetzt weiterlesen", "Mehr anzeigen", "Weniger anzeigen", "Alle Bilder anzeigen",
		"Zum Seitenanfang", "Anmelden und weiterlesen",
		"Have a confidential tip for our reporters? Get in Touch", "Image Source : PTI", "Únete a nuestro canal de WhatsApp",
		"Receba notícias no WhatsApp", "Cet article vous a plu ?", "Like this article? Share it with your friends",
		"Zur Startseite", "Artikel verschenken", "Hat Ihnen dieser Artikel gefallen? Dann teilen Sie ihn.",
		"Next Page", "Nächste Seite", "Archiv anzeigen", "Mehr", "Zum Angebot", "Zum Deal »", "Hágase miembro ahora",
		"More on the topic", "Audios and videos on the topic", "Audios et vidéos sur le sujet", "Artikel und Videos zum Thema",
		"Beiträge zum Thema", "Get our free newsletter", "Our journalism needs your support. Please subscribe today.",
		"Photo illustration by Jane Doe", "Recommended by Outbrain", "Hide comments", "Send us a correction",
		"Corrections policy", "Sign in to read more",
		"أخبار ذات صلة", "مواضيع ساخنة اخرى",
		"(Alle Angaben ohne Gewähr)", "Alle Angaben ohne Gewähr.",
		"Inhaltsverzeichnis", "Table of Contents", "SUGGESTED CITATION Sauer, Heiko: Expert*innen in der Krise, VerfBlog, 2020/4/09",
		"Latest Headlines", "Editor's Picks", "Around the Web", "From Our Partners", "Paid Post", "Report this ad",
		"Be the first to comment", "Have your say", "Report abuse", "Share on LinkedIn", "Link copied!", "Text size",
		"Add to reading list", "Get push notifications", "Email the author", "Photo gallery", "View all photos",
		"Swipe for more photos", "Show less", "Now playing", "Unmute", "Fullscreen", "Watch the video above",
		"Accept all cookies", "Do not sell my personal information", "Image 1 of 12", "Photo 3/12",
		"Your browser does not support the video tag.", "Video unavailable", "Show transcript",
		"Sorry, this video is not available", "Illustration: Jane Doe",
		"Recent Posts", "Neueste Artikel", "Neueste Beiträge", "Entradas recientes", "Articles récents",
		"Image source, Reuters", "Share page", "About sharing", "Photograph: Jane Doe/The Guardian",
		"Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.",
		"skip past newsletter promotion", "Credit...Jane Doe for The New York Times", "Gift Article",
		"Acquire Licensing Rights, opens new tab", "Item 1 of 3", "Loading Something is loading.",
		"Share or comment on this article:", "The comments below have not been moderated.",
		"By posting your comment you agree to our house rules.", "Sponsored Links by Taboola", "You May Like",
		"Open this photo in gallery:", "Click here to read the full article.", "View this post on Instagram",
		"A post shared by Jane Doe (@janedoe)", "Watch Live", "Like us on Facebook",
		"Get this delivered to your inbox, and more info about our products and services.",
		"Got a confidential news tip? We want to hear from you.", "This article is more than 2 years old",
		"Composite: Guardian Design", "Order Reprints | Today’s Paper | Subscribe", "Join our commenting forum",
		"Want to read more? Subscribe", "Click here for the latest political news", "JUST WATCHED", "Replay",
		"Sponsored Content by Taboola", "(Video: The Washington Post)", "(Video: Jane Doe/Reuters)", "Slideshow (3 Images)",
		"Show key events only", "Pinned post", "Share this post", "Copied to clipboard", "Link copied to clipboard",
		"Most Read Stories", "Lecture restreinte",
		"Make Example News your preferred source on Google", "Advertisement - Scroll to continue", "Start your free trial",
		"Create a free account", "Copy article link", "Save to reading list", "Email article",
		"Already subscribed? Sign in", "As a subscriber, you have 10 gift articles to give each month.",
		"This summary was generated by AI and reviewed by our editors.",
		"Want to bookmark your favourite articles and stories to read or reference later? Start your Independent Premium subscription today.",
		"Get the biggest daily stories by email Subscribe", "This story has been shared 12,345 times. 12,345",
		"Tap here to turn on desktop notifications to get the news sent straight to you.", "Sponsor Message",
		"Become an NPR sponsor", "Read More Related Articles", "Know something we don't? E-mail us at biz@example.com",
		"Add to myFT", "Sign in to save", "Save for later", "Add topic", "Free to read", "A A A", "Translate",
		"This article was published more than 5 years ago", "Have feedback on this story? Email us.",
		"Submit a letter to the editor", "Read our community guidelines", "Did you find this article helpful?",
		"Thanks for your feedback!", "This content was produced by Example Studios.", "Thomson Reuters",
		"Article continues after this advertisement", "The story continues below.", "Scroll to continue reading",
		"Read more below", "Tap to expand", "Swipe to see more", "Powered by", "This video is no longer available.",
		"Video Player is loading.", "Content continues below", "Advertisement Advertisement", "Get our free app",
		"Newsletter sign-up", "Yes No", "This content is not available in your region", "Pic: AP", "Picture: Jane Doe/PA",
		"Have a story idea? Email tips@example.com", "Got a story idea? Call 555-0100.",
		"Embedded video", "Watch on YouTube", "Watch this video on YouTube", "This is a modal window.",
		"Beginning of dialog window. Escape will cancel and close the window.", "End of dialog window.",
	} {
		for _, where := range []string{"start", "middle", "end"} {
			body := "<h1>Story</h1>" + paragraphs(3) + "<p>" + line + "</p>" + paragraphs(3)
			switch where {
			case "start":
				body = "<h1>Story</h1><p>" + line + "</p>" + paragraphs(6)
			case "end":
				body = "<h1>Story</h1>" + paragraphs(6) + "<p>" + line + "</p>"
			}
			wantGone(t, mustExtract(t, articlePage("<title>Story</title>", body), Options{}).Text, line)
		}
	}
}

// A sentence that names an agency's poll, or says a label's words among
// others, stays.
func TestNewsFurnitureWordsInSentencesKept(t *testing.T) {
	for _, sentence := range []string{
		"A Reuters/Ipsos poll found that 40% of Americans approve.",
		"AP Photo editors chose the picture from 300 frames.",
		"Readers can copy link addresses from the council's site to share the plans.",
		"The next article in this series looks at how the council spends its reserves.",
		"By signing up, the council agreed to share the costs of the bridge with its neighbours.",
		"Photographs of the bridge were shown at the meeting.",
		"Credit unions in the region lent more than last year.",
		"This article is more or less what the council asked for, the mayor said.",
		"Newsletter", // an agenda item of a club's minutes; a sign-up box goes by its markup or prompt
		"Composite materials made the wing lighter, the engineers said.",
		"The replay showed the ball had crossed the line.",
		"Have a story idea, the workshop asks its writers, and then test it on a friend.",
		"Get alerts on your phone when the river rises, the council told residents.",         // a how-to's advice, not the FT's prompt
		"Video: How the council rebuilt the bridge in a single summer",                       // a video's title after its label, not a credit in brackets
		"Go deeper: the council's report runs to 400 pages, and most of it is about drains.", // no link to another story
	} {
		body := "<h1>Story</h1>" + paragraphs(3) + "<p>" + sentence + "</p>" + paragraphs(3)
		wantKept(t, mustExtract(t, articlePage("<title>Story</title>", body), Options{}).Text, sentence)
	}
	// A site's legal pages are articles too: their headings are their own.
	for _, heading := range []string{"Terms of use", "Privacy policy", "Cookie policy"} {
		body := "<h1>Our photo gallery</h1>" + paragraphs(3) + "<h2>" + heading + "</h2>" + paragraphs(3)
		wantKept(t, mustExtract(t, articlePage("<title>Gallery</title>", body), Options{}).Text, heading)
	}
}

// A blog's "Recent Posts" widget, set inside the post's container, goes
// with its list of links.
func TestRecentPostsWidgetRemoved(t *testing.T) {
	body := "<h1>Story</h1>" + paragraphs(5) + `<h3>Recent Posts</h3><ul><li><a href="/a">Our summer trip</a></li>` +
		`<li><a href="/b">Ten tips for the garden</a></li><li><a href="/c">A new bakery in town</a></li></ul>`
	text := mustExtract(t, articlePage("<title>Story</title>", body), Options{}).Text
	wantGone(t, text, "Recent Posts")
	wantGone(t, text, "Ten tips for the garden")
	wantKept(t, text, "Paragraph number E")
}

// A link to the author's page under the story ("More by Jane Doe", "View
// all posts by Jane Doe") goes; the same words opening a sentence, not a
// link, stay.
func TestAuthorPageLinkRemoved(t *testing.T) {
	for _, link := range []string{"More by Jane Doe", "More stories by Jane Doe", "See all stories by Jane Doe",
		"View all posts by Jane Doe"} {
		body := "<h1>Story</h1>" + paragraphs(6) + `<p><a href="/author/jane-doe">` + link + `</a></p>`
		wantGone(t, mustExtract(t, articlePage("<title>Story</title>", body), Options{}).Text, link)
	}
	sentence := "More by the council than by the mayor, the plan was shaped in committee."
	body := "<h1>Story</h1>" + paragraphs(6) + "<p>" + sentence + "</p>"
	wantKept(t, mustExtract(t, articlePage("<title>Story</title>", body), Options{}).Text, sentence)
}
