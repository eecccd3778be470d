package extract

import "testing"

func TestIsURLLine(t *testing.T) {
	checkLowerPredicate(t, "isURLLine", isURLLine, []lineCase{
		{"https://www.sfgate.com/news/article/New-anthology-collects-dozens-of-poems-about-15250468.php", true},
		{" http://example.com/story ", true},
		{"https://www.faz.net/-gxh-9pi7o", true},
		{"www.schillergarten.de", false},              // no scheme: a site named in the story's text
		{"https://example.com/a and more", false},     // a sentence
		{"Source: https://example.com/report", false}, // a label before it
		{"https://localhost", false},                  // no host a reader could visit
		{"The report is at https://example.com/report.", false},
	})
}

// An address alone goes as the article's first line, where a print header
// sets it, and stays after any of the story's text, even near the start (a
// short story's source).
func TestURLLineRemovedAtStart(t *testing.T) {
	line := "https://news.example.com/local/article/Council-weighs-library-funds-1234.php"
	page := articlePage("<title>Story</title>", "<h1>Story</h1><div><span>"+line+"</span></div>"+paragraphs(4))
	wantGone(t, mustExtract(t, page, Options{}).Text, line)

	for _, before := range []string{paragraphs(1), paragraphs(5)} {
		page = articlePage("<title>Story</title>", "<h1>Story</h1>"+before+"<p>"+line+"</p>"+paragraphs(2))
		wantKept(t, mustExtract(t, page, Options{}).Text, line)
	}
}
