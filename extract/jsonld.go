package extract

import (
	"encoding/json"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// JSON-LD: the first article object of a page's ld+json scripts, and the
// site's name from a WebSite object.

// ldArticle holds the fields pith reads from JSON-LD.
type ldArticle struct {
	headline, author, published, publisher, siteName string
	image, body, description, language, url          string
	creator                                          string            // the creators, who may be more than the author given
	authorIDs                                        []string          // @id references of an author given by reference only
	persons                                          map[string]string // @id → name of every Person object
	workPublished, workAuthor                        string            // a Recipe's or HowTo's, trusted below the page's own
	ingredients                                      []string          // a Recipe's recipeIngredient (recipe.go)
}

// articleTypes are the schema.org types whose JSON-LD describes an article.
var articleTypes = map[string]bool{
	"article": true, "newsarticle": true, "blogposting": true, "reportagenewsarticle": true,
	"analysisnewsarticle": true, "opinionnewsarticle": true, "reviewnewsarticle": true,
	"backgroundnewsarticle": true, "techarticle": true, "scholarlyarticle": true,
	"report": true, "liveblogposting": true, "socialmediaposting": true,
	"discussionforumposting": true, "webpage": false, "satiricalarticle": true,
}

// readJSONLD reads the first article object of a JSON-LD script, and the
// site's name from a WebSite or Organization object. It reports false for
// a script that is not JSON even once its raw line breaks are mended.
func (m *pageMeta) readJSONLD(raw string) bool {
	raw = strings.TrimSpace(raw)
	raw = strings.TrimPrefix(raw, "<![CDATA[")
	raw = strings.TrimSuffix(raw, "]]>")
	var v any
	if err := json.Unmarshal([]byte(raw), &v); err != nil {
		// Raw line breaks and tabs inside strings are the commonest
		// breakage; outside strings they are only white space.
		if err := json.Unmarshal([]byte(jsonControlChars.Replace(raw)), &v); err != nil {
			return false // broken JSON-LD is common; the other sources remain
		}
	}
	m.walkJSONLD(v, 0)
	return true
}

// jsonControlChars turns the control characters JSON forbids in strings
// into spaces.
var jsonControlChars = strings.NewReplacer("\n", " ", "\r", " ", "\t", " ")

func (m *pageMeta) walkJSONLD(v any, depth int) {
	if depth > 8 {
		return
	}
	switch t := v.(type) {
	case []any:
		for _, item := range t {
			m.walkJSONLD(item, depth+1)
		}
	case map[string]any:
		if graph, ok := t["@graph"]; ok {
			m.walkJSONLD(graph, depth+1)
		}
		types := ldTypes(t["@type"])
		for _, typ := range types {
			switch {
			case articleTypes[typ]:
				m.takeArticle(t)
			case typ == "person":
				if id, name := ldString(t["@id"]), fullName(ldString(t["name"]), ldString(t["description"])); id != "" && name != "" {
					if m.ld.persons == nil {
						m.ld.persons = map[string]string{}
					}
					m.ld.persons[id] = name
				}
			case typ == "recipe" || typ == "howto":
				m.takeWork(t)
			case typ == "website" && m.ld.siteName == "":
				m.ld.siteName = ldString(t["name"])
			case typ == "webpage" && m.ld.headline == "" && m.ld.published == "":
				// A WebPage's date and author describe the article when no Article is given.
				m.ld.published = ldString(t["datePublished"])
				m.ld.authorIDs = ldIDs(t["author"])
			}
		}
	}
}

func (m *pageMeta) takeArticle(t map[string]any) {
	ld := &m.ld
	if ld.headline != "" || ld.body != "" {
		return // the first article object wins
	}
	ld.headline = ldString(t["headline"])
	if ld.headline == "" {
		ld.headline = ldString(t["name"])
	}
	ld.author, ld.creator = ldNames(t["author"]), ldNames(t["creator"])
	if ld.author == "" {
		ld.author = ld.creator
	}
	if ld.author == "" {
		ld.authorIDs = ldIDs(t["author"])
	}
	ld.published = firstNonEmpty(ldString(t["datePublished"]), ldString(t["dateCreated"]), ld.published)
	ld.publisher = ldNames(t["publisher"])
	ld.image = ldURL(t["image"])
	ld.body = ldString(t["articleBody"])
	ld.description = ldString(t["description"])
	ld.language = ldString(t["inLanguage"])
	ld.url = ldString(t["url"])
}

// fullName returns the full name a person's description begins with when
// the name given is a first name only: "Nils" with the description "Nils
// Doe ist freier Autor …" is "Nils Doe". It takes at most two more
// capitalised words, up to the first word that is not one.
func fullName(name, description string) string {
	if name == "" || strings.Contains(name, " ") {
		return name
	}
	rest, ok := strings.CutPrefix(description, name+" ")
	if !ok {
		return name
	}
	full := name
	for i, w := range strings.Fields(rest) {
		r, _ := utf8.DecodeRuneInString(w)
		if i == 2 || !unicode.IsUpper(r) || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
			break
		}
		full += " " + w
	}
	return full
}

// takeWork reads the date and author of the first Recipe or HowTo, which
// a page of one describes; they rank below every other declared date and
// author. Its name is the dish's or the task's, often shorter than the
// headline, so it is not taken as the title.
func (m *pageMeta) takeWork(t map[string]any) {
	ld := &m.ld
	if ld.workPublished == "" {
		ld.workPublished = firstNonEmpty(ldString(t["datePublished"]), ldString(t["dateCreated"]))
	}
	if ld.workAuthor == "" {
		ld.workAuthor = ldNames(t["author"])
	}
	if ld.ingredients == nil {
		ld.ingredients = ldStrings(t["recipeIngredient"], maxIngredients)
	}
}

// ldStrings returns the non-empty strings of v, one value or a list of
// them (each read as ldString reads it), their spaces collapsed, at most
// limit of them.
func ldStrings(v any, limit int) []string {
	var out []string
	add := func(x any) {
		if s := strings.Join(strings.Fields(ldString(x)), " "); s != "" && len(out) < limit {
			out = append(out, s)
		}
	}
	if list, ok := v.([]any); ok {
		for _, x := range list {
			add(x)
		}
	} else {
		add(v)
	}
	return out
}

func ldTypes(v any) []string {
	switch t := v.(type) {
	case string:
		return []string{strings.ToLower(t)}
	case []any:
		out := make([]string, 0, len(t))
		for _, x := range t {
			if s, ok := x.(string); ok {
				out = append(out, strings.ToLower(s))
			}
		}
		return out
	}
	return nil
}

func ldString(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(html.UnescapeString(t))
	case []any:
		if len(t) > 0 {
			return ldString(t[0])
		}
	case map[string]any:
		return ldString(t["@value"])
	}
	return ""
}

// ldNames joins the names of one or more persons or organisations.
func ldNames(v any) string {
	switch t := v.(type) {
	case string:
		if strings.HasPrefix(t, "http") {
			return ""
		}
		return strings.TrimSpace(html.UnescapeString(t))
	case map[string]any:
		return ldNames(t["name"]) // one name, or a list of them
	case []any:
		var names []string
		for _, x := range t {
			if n := ldNames(x); n != "" && !contains(names, n) {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

// ldIDs returns the @id of an object or of each object of a list.
func ldIDs(v any) []string {
	switch t := v.(type) {
	case map[string]any:
		if id := ldString(t["@id"]); id != "" {
			return []string{id}
		}
	case []any:
		var ids []string
		for _, x := range t {
			ids = append(ids, ldIDs(x)...)
		}
		return ids
	}
	return nil
}

// authorByID returns the names of the Person objects the article's author
// refers to by @id (a Yoast-style @graph), joined with ", ".
func (ld *ldArticle) authorByID() string {
	var names []string
	for _, id := range ld.authorIDs {
		if name := ld.persons[id]; name != "" && !contains(names, name) {
			names = append(names, name)
		}
	}
	return strings.Join(names, ", ")
}

func ldURL(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case map[string]any:
		return firstNonEmpty(ldString(t["url"]), ldString(t["contentUrl"]))
	case []any:
		if len(t) > 0 {
			return ldURL(t[0])
		}
	}
	return ""
}
