package extract

import (
	"encoding/json"
	"fmt"
	"io"
	"time"
)

// JSONBody chooses an extra formatted copy of the body in JSON output.
type JSONBody string

// The formatted bodies RenderJSON can add beside "text".
const (
	JSONBodyNone     JSONBody = ""
	JSONBodyMarkdown JSONBody = "markdown"
	JSONBodyHTML     JSONBody = "html"
)

// jsonArticle fixes the JSON field names; they are documented in the README
// and stay stable.
type jsonArticle struct {
	Source      string    `json:"source"`
	URL         string    `json:"url"`
	Title       string    `json:"title"`
	Byline      string    `json:"byline"`
	Published   string    `json:"published,omitempty"`
	SiteName    string    `json:"site_name"`
	Language    string    `json:"language"`
	Excerpt     string    `json:"excerpt"`
	Image       string    `json:"image"`
	Text        string    `json:"text"`
	WordCount   int       `json:"word_count"`
	Confidence  float64   `json:"confidence"`
	Markdown    string    `json:"markdown,omitempty"`
	HTML        string    `json:"html,omitempty"`
	Comments    string    `json:"comments,omitempty"`
	Explanation string    `json:"explanation,omitempty"`
	Removed     []Removal `json:"removed,omitempty"`
}

// RenderJSON writes a as one JSON object on one line, followed by a
// newline (so that several make JSON Lines). source names where the page
// came from (a path, a URL or "-"). published is RFC 3339 and absent when
// unknown; <, > and & are not escaped. body adds a "markdown" or "html"
// field with the formatted body. When the article was extracted with
// Options.Explain, "removed" lists the removed blocks.
func RenderJSON(w io.Writer, a *Article, source string, body JSONBody) error {
	rec := jsonArticle{
		Source: source, URL: a.URL, Title: a.Title, Byline: a.Byline,
		SiteName: a.SiteName, Language: a.Language, Excerpt: a.Excerpt,
		Image: a.Image, Text: a.Text, WordCount: a.WordCount(), Confidence: a.Confidence,
		Comments: a.Comments, Explanation: a.Explanation, Removed: a.Removed,
	}
	if !a.Published.IsZero() {
		rec.Published = a.Published.Format(time.RFC3339)
	}
	switch body {
	case JSONBodyNone:
	case JSONBodyMarkdown:
		rec.Markdown = a.Markdown()
	case JSONBodyHTML:
		rec.HTML = a.HTML()
	default:
		return fmt.Errorf("unknown JSON body format %q", body)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(rec)
}
