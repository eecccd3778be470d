package extract

import (
	"context"
	"strings"
	"testing"
)

func TestParseRulesErrors(t *testing.T) {
	cases := []struct{ file, want string }{
		{"{\"rules\": [\n{\"drop\": [\"a[[\"]}]}", "r.json:2: rule 1: bad CSS selector \"a[[\""},
		{"{\"rules\": [\n\n{\"bogus\": 1}]}", "r.json:3: unknown field \"bogus\""},
		{"{\"rules\": [\n{\"drop\": 7}]}", "r.json:2: cannot unmarshal number"},
		{"{\"rules\": [\n{\"drop\": []}\n{}]}", "r.json:3: invalid character '{'"},
	}
	for _, c := range cases {
		_, err := ParseRules("r.json", []byte(c.file))
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("ParseRules(%q) = %v, want %q…", c.file, err, c.want)
		}
	}
}

func TestRulesApply(t *testing.T) {
	rules, err := ParseRules("r.json", []byte(`{"rules": [
		{"host": "example.com", "drop": ["p.plan"], "keep": ["p.credit"], "drop_phrases": ["editor's note"],
		 "keep_phrases": ["subscribe to the council minutes"]},
		{"host": "other.org", "drop": ["article"]}]}`))
	if err != nil {
		t.Fatal(err)
	}
	body := paragraphs(4) + `<p class="plan">` + prose + `Buy our annual plan today.</p>` +
		`<p>Editor's note: this story was updated on Friday.</p>` +
		`<p>Subscribe to the council minutes at the town hall.</p>` +
		`<p class="credit">Photo: Jane Doe for the Example Times, taken at the council.</p>`
	art, err := FromBytes(context.Background(), articlePage("<title>T</title>", body), Options{URL: "https://news.example.com/a", Rules: rules})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(art.Text, "annual plan") || strings.Contains(art.Text, "Editor's note") {
		t.Errorf("dropped blocks kept:\n%s", art.Text)
	}
	if !strings.Contains(art.Text, "Photo: Jane Doe") || !strings.Contains(art.Text, "Subscribe to the council minutes") {
		t.Errorf("kept blocks removed:\n%s", art.Text)
	}
	if strings.Contains(art.HTML(), keepAttr) {
		t.Errorf("the keep marker reached the output")
	}
	plain, err := FromBytes(context.Background(), articlePage("<title>T</title>", body), Options{URL: "https://elsewhere.net/a", Rules: rules})
	if err != nil || !strings.Contains(plain.Text, "annual plan") || strings.Contains(plain.Text, "Photo: Jane Doe") {
		t.Errorf("rules applied to another host: %v\n%s", err, plain.Text)
	}
}
