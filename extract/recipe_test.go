package extract

import (
	"context"
	"strings"
	"testing"
)

func recipePage(body string) []byte {
	ld := `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Recipe","name":"Lemon Cake",` +
		`"recipeIngredient":["250 g flour","200 g sugar","4 eggs ((large))","2 lemons"]}</script>`
	return articlePage("<title>Lemon Cake</title>"+ld, "<h1>Lemon Cake</h1>"+body+paragraphs(4))
}

func TestRecipeIngredientsRestored(t *testing.T) {
	art, err := FromBytes(context.Background(), recipePage(""), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"- 250 g flour\n", "- 200 g sugar\n", "- 4 eggs ((large))\n", "- 2 lemons\n"} {
		if !strings.Contains(art.Text, want) {
			t.Errorf("ingredient %q missing:\n%s", want, art.Text)
		}
	}
	if i, j := strings.Index(art.Text, "250 g flour"), strings.Index(art.Text, prose[:40]); i < 0 || i > j {
		t.Errorf("the ingredients are not before the method:\n%s", art.Text)
	}
}

func TestRecipeIngredientsNotRepeated(t *testing.T) {
	held := `<ul><li>250 g (2 cups) flour</li><li>200 g (1 cup) sugar</li><li>4 eggs</li><li>2 lemons (zested)</li></ul>`
	art, err := FromBytes(context.Background(), recipePage(held), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(art.Text, "sugar"); n != 1 {
		t.Errorf("sugar appears %d times, want once:\n%s", n, art.Text)
	}
}

func TestWithoutBrackets(t *testing.T) {
	for in, want := range map[string]string{
		"2/3 cup (160 g) creamy peanut butter (see notes)": "2/3 cup  creamy peanut butter ",
		"2/3 cup creamy peanut butter ((see notes))":       "2/3 cup creamy peanut butter ",
		"unbalanced ) stays (and the rest goes":            "unbalanced ) stays ",
	} {
		if got := withoutBrackets(in); got != want {
			t.Errorf("withoutBrackets(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRecipeMicrodataIngredientsRestored(t *testing.T) {
	box := `<aside class="recipe-box"><ul><li itemprop="recipeIngredient">250 g Weizenmehl</li>` +
		`<li itemprop="recipeIngredient">50 g Zucker</li><li itemprop="recipeIngredient">2 Eier</li></ul></aside>`
	page := articlePage("<title>Muffins</title>", `<div itemscope itemtype="https://schema.org/Recipe">`+box+"<h1>Muffins</h1>"+paragraphs(4)+`</div>`)
	art, err := FromBytes(context.Background(), page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"- 250 g Weizenmehl\n", "- 50 g Zucker\n", "- 2 Eier\n"} {
		if strings.Count(art.Text, want) != 1 {
			t.Errorf("ingredient %q not there once:\n%s", want, art.Text)
		}
	}
}
