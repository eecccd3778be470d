package extract

import "testing"

// The updated time a WordPress theme hides beside the published one
// leaves the text, which no longer runs two dates together; an updated
// time alone, or one that is also the published time, stays.
func TestHiddenUpdatedTime(t *testing.T) {
	for _, tc := range []struct {
		name, line, want string
	}{
		{"updated after published",
			`<time class="entry-date published" datetime="2022-04-03">3. April 2022</time><time class="updated" datetime="2022-04-04">4. April 2022</time> by Mady`,
			"3. April 2022 by Mady"},
		{"updated before published",
			`<time class="updated">4. April 2022</time> <time class="entry-date published">3. April 2022</time> by Mady`,
			"3. April 2022 by Mady"},
		{"updated alone", `Updated <time class="entry-date updated">4. April 2022</time> by Mady`, "Updated 4. April 2022 by Mady"},
		{"published and updated", `<time class="entry-date published updated">3. April 2022</time> <time class="published">3. April 2022</time> by Mady`,
			"3. April 2022 3. April 2022 by Mady"},
		{"beside another time", `<time class="updated">4. April 2022</time> <time class="modified">5. April 2022</time> by Mady`,
			"4. April 2022 5. April 2022 by Mady"},
	} {
		page := articlePage("<title>Energy</title>", "<h1>Energy</h1>"+paragraphs(5)+"<p>"+tc.line+"</p>"+paragraphs(5))
		wantKept(t, mustExtract(t, page, Options{}).Text, tc.want)
	}
}
