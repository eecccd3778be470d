package extract

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
)

// A line of links to the site's category or tag pages, and nothing else,
// is the story's filing: "Nahostkonflikt, Debatte, Naher Osten,
// Spotlight" over a headline, each a link to /category/…; "Drohne, Iran,
// USA" under the story, each a link to /tag/…. Content management systems
// name those pages' paths with these words, so the addresses tell the
// line apart from a sentence that happens to be all links. A bare list of
// them (<ul><li>More about:</li><li>Hotels</li>…) is no line and stays:
// Mozilla's expected texts keep one (bug-1255978; taking lists cost its
// shingle recall 0.976535 -> 0.976475). A line block that holds only
// such a list is a line and goes.

// taxonomySegments are the path segments that name a site's category and
// tag pages ("/category/news/", "/tag/iran/", "/search/label/Travel",
// "/themen/klima").
var taxonomySegments = map[string]bool{
	"category": true, "categories": true, "tag": true, "tags": true, "topic": true, "topics": true,
	"label": true, "kategorie": true, "kategorien": true, "thema": true, "themen": true,
	"schlagwort": true, "schlagworte": true, "stichwort": true, "stichworte": true,
	"categoria": true, "categorias": true, "categorie": true, "tema": true, "temas": true,
	"etiqueta": true, "etiquetas": true, "sujet": true, "sujets": true, "rubrik": true,
	"topico": true, "topicos": true, "tópico": true, "tópicos": true, "assunto": true, "assuntos": true,
	"argomento": true, "argomenti": true,
}

// isTaxonomyLine reports whether n, holding s and standing as a line, is
// two or more links, each to a category or tag page, with only separators
// (commas, bars, slashes, bullets) between them and at most a label before
// them ("Themen:", "Schlagwörter :").
func isTaxonomyLine(n *html.Node, s blockStats) bool {
	if s.link == 0 || s.link*3 < s.text || !standsAsLine(n) { // the walk reads the rest
		return false
	}
	run, ok := readLinkRun(n, taxonomyGlue, func(a *html.Node) bool { return isTaxonomyURL(attr(a, "href")) })
	lead := strings.Trim(run.lead, taxonomyGlue)
	return ok && run.links >= 2 && run.glued && strings.Trim(run.tail, taxonomyGlue) == "" &&
		(lead == "" || isLineLabel(lead))
}

// taxonomyLabelWordsMax bounds the words of the label a taxonomy line may
// open with.
const taxonomyLabelWordsMax = 2

// isLineLabel reports text that is a short label ending in a colon.
func isLineLabel(text string) bool {
	label, ok := strings.CutSuffix(strings.TrimSpace(text), ":")
	words := len(strings.Fields(label))
	return ok && words >= 1 && words <= taxonomyLabelWordsMax
}

// taxonomyGlue holds the characters a taxonomy line sets between its links.
const taxonomyGlue = " \t\r\n\u00a0,;|/·•-–#"

// isTaxonomyURL reports an address one of whose path segments, other than
// the last, names category or tag pages.
func isTaxonomyURL(href string) bool {
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil {
		return false
	}
	segments := strings.FieldsFunc(u.Path, func(r rune) bool { return r == '/' })
	for _, seg := range segments[:max(len(segments)-1, 0)] {
		if isTaxonomySegment(strings.ToLower(seg)) {
			return true
		}
	}
	return false
}

// isTaxonomySegment reports a lower-cased path segment that names category
// or tag pages: one of taxonomySegments, one joined to another word by a
// hyphen or an underscore ("news-tags", "article_topics"), or one run into
// the word before it as "topics" ("newstopics").
func isTaxonomySegment(seg string) bool {
	if taxonomySegments[seg] || strings.HasSuffix(seg, "topics") {
		return true
	}
	if !strings.ContainsAny(seg, "-_") {
		return false
	}
	for _, part := range strings.FieldsFunc(seg, func(r rune) bool { return r == '-' || r == '_' }) {
		if taxonomySegments[part] {
			return true
		}
	}
	return false
}
