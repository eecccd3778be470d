package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// A recipe page often sets its ingredients in a box apart from the
// method, and the readability pass keeps only the method. The page
// declares the ingredients (schema.org Recipe's recipeIngredient, in
// JSON-LD or microdata); when the article holds fewer than half of them,
// they are put back at its top as a list.

// maxIngredients bounds the ingredients read from one recipe.
const maxIngredients = 100

// visitIngredient keeps the text of an element that microdata marks as an
// ingredient (itemprop="recipeIngredient", or the older "ingredients").
func (m *pageMeta) visitIngredient(n *html.Node) {
	if len(m.microIngredients) >= maxIngredients {
		return
	}
	if text, ok := boundedText(n, 300); ok && text != "" {
		m.microIngredients = append(m.microIngredients, text)
	}
}

// ingredients returns the recipe's declared ingredients: JSON-LD's, else
// microdata's.
func (m *pageMeta) ingredients() []string {
	if len(m.ld.ingredients) > 0 {
		return m.ld.ingredients
	}
	return m.microIngredients
}

// restoreIngredients puts a recipe's declared ingredients at the top of
// content when content lacks most of them.
func restoreIngredients(content *html.Node, ingredients []string) {
	if content == nil || len(ingredients) < 2 {
		return
	}
	text := squash(withoutBrackets(textContent(content)))
	held := 0
	for _, ing := range ingredients {
		if strings.Contains(text, squash(withoutBrackets(ing))) {
			held++
		}
	}
	if 2*held >= len(ingredients) {
		return
	}
	list := &html.Node{Type: html.ElementNode, Data: "ul"}
	for _, ing := range ingredients {
		li := &html.Node{Type: html.ElementNode, Data: "li"}
		li.AppendChild(&html.Node{Type: html.TextNode, Data: ing})
		list.AppendChild(li)
	}
	content.InsertBefore(list, content.FirstChild)
}

// withoutBrackets drops the bracketed parts of s, which a page and its
// declared ingredients write differently ("2/3 cup (160 g) creamy peanut
// butter (see notes)" and "2/3 cup creamy peanut butter ((see notes))").
func withoutBrackets(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}
