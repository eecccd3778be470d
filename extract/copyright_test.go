package extract

import (
	"context"
	"testing"
)

func TestCopyrightHolder(t *testing.T) {
	tests := []struct{ line, want string }{
		{"© 2019 Sven Schreivogel", "Sven Schreivogel"},
		{"Copyright (c) 2012- Gregory Szorc. All rights reserved. Design by CSS Templates.", "Gregory Szorc"},
		{"(c) Johannes Wolf • Weitere Rechte siehe Impressum", "Johannes Wolf"},
		{"© Jane Doe Miller 2021", "Jane Doe Miller"},
		{"© Markus Leitner", ""},                   // a photo credit: no year, no rights
		{"© Kurt-Walter Wessolek, 31.05.2013", ""}, // a dated photo credit
		{"© 2015 EHM Productions, Inc. All rights reserved", ""},
		{"© 2023 KBS WORLD All Rights Reserved.", ""},
		{"© 2015 Steinzeit & Co. Theme: Ari von Elmastudio.", ""},
		{"© 2021 KulturKaufhaus Dussmann | Friedrichstraße 90", ""},
		{"© 2020 Example Media GmbH", ""},
		{"© 2020 Reuters", ""},
	}
	for _, tt := range tests {
		if got := copyrightHolder(tt.line); got != tt.want {
			t.Errorf("copyrightHolder(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

func TestCopyrightByline(t *testing.T) {
	tests := []struct{ name, url, head, body, want string }{
		{"the holder when no source names anyone", "", "", `<footer><p>© 2019 Sven Schreivogel</p></footer>`, "Sven Schreivogel"},
		{"a byline beats the holder", "", "", `<p class="author">Von Max Mustermann</p><footer><p>© 2019 Sven Schreivogel</p></footer>`, "Max Mustermann"},
		{"a person's own site", "https://gregoryszorc.com/blog/a", "",
			`<footer><p>Copyright (c) 2012- Gregory Szorc. All rights reserved.</p></footer>`, "Gregory Szorc"},
		{"a publisher's site is no author", "https://www.eishockeynews.de/a", "",
			`<footer><p>© 2022 Eishockeynews Straubing</p></footer>`, ""},
		{"two holders name no one", "", "", `<p>© 2019 Sven Schreivogel</p><footer><p>© 2020 Anna Schäffer</p></footer>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := articlePage("<title>Council Votes</title>"+tt.head, "<h1>Council Votes</h1>"+paragraphs(4)+tt.body)
			art, err := FromBytes(context.Background(), page, Options{URL: tt.url})
			if err != nil {
				t.Fatal(err)
			}
			if art.Byline != tt.want {
				t.Errorf("byline = %q, want %q", art.Byline, tt.want)
			}
		})
	}
}
