package extract

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"strings"
	"unicode"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/text/unicode/norm"
)

// Options tune one extraction. The zero value is ready to use.
type Options struct {
	// URL is the page's address: the base for relative links and the
	// Article's URL. When empty, the page's canonical link, og:url or
	// <base> is used.
	URL string
	// ContentType is the HTTP Content-Type header the page came with, if
	// any; its charset parameter outranks the page's own declaration.
	ContentType string
	// Encoding, when set, decodes the page with this encoding (a WHATWG
	// label such as "windows-1251") whatever the page or header say.
	Encoding string
	// MaxSize caps the bytes FromReader reads (0: no limit); more fails
	// with ErrTooLarge.
	MaxSize int64
	// Explain records every removed block in Article.Removed. Off, it
	// costs nothing.
	Explain bool
	// Rules are the user's own rules (ParseRules); they win over pith's.
	Rules *Rules
	// MinConfidence turns an article whose Confidence is below it into
	// ErrNoArticle (0: accept any).
	MinConfidence float64
	// Keep names kinds of boilerplate to leave in the article (see
	// Kinds). KindComments is special: the page's comments are then
	// returned apart, in Article.Comments, never mixed into the body.
	Keep []Kind
}

// FromReader reads a whole page from r and extracts its article. It reads
// at most opts.MaxSize bytes when that is set.
func FromReader(ctx context.Context, r io.Reader, opts Options) (*Article, error) {
	data, err := ReadLimited(r, opts.MaxSize)
	if err != nil {
		return nil, err
	}
	return FromBytes(ctx, data, opts)
}

// readChunk is the size of the pieces ReadLimited reads a stream in.
const readChunk = 1 << 20

// ReadLimited reads all of r, failing with ErrTooLarge as soon as more than
// limit bytes arrive (limit ≤ 0: no limit). It never reads more than one
// byte past the limit. It reads in pieces that stay live until the end, so
// that a hostile stream costs no more memory than the limit before it is
// refused; a page within the limit is joined into one slice at the end.
func ReadLimited(r io.Reader, limit int64) ([]byte, error) {
	if limit <= 0 {
		return io.ReadAll(r)
	}
	var (
		chunks [][]byte
		total  int64
	)
	size := int64(64 << 10)
	for {
		chunk := make([]byte, min(size, limit+1-total))
		n, err := fill(r, chunk)
		chunk = chunk[:n]
		total += int64(n)
		if total > limit {
			return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
		}
		if n > 0 {
			chunks = append(chunks, chunk)
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		if total == limit {
			// Exactly at the limit: one more byte means too large.
			var one [1]byte
			if m, _ := fill(r, one[:]); m > 0 {
				return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
			}
			break
		}
		size = min(size*2, readChunk)
	}
	if len(chunks) == 1 {
		return chunks[0], nil
	}
	out := make([]byte, 0, total)
	for i, c := range chunks {
		out = append(out, c...)
		chunks[i] = nil
	}
	return out, nil
}

// fill reads into buf until it is full or r ends; it returns io.EOF only
// for a clean end, and r's own error (an unexpected EOF of a cut
// connection, say) otherwise.
func fill(r io.Reader, buf []byte) (int, error) {
	n := 0
	for n < len(buf) {
		m, err := r.Read(buf[n:])
		n += m
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// FromBytes extracts the article from one HTML page. data is the page as
// served, in any charset: it is decoded to UTF-8 first (see Options). The
// error wraps ErrNotHTML, ErrNoArticle or a context error when one applies.
// FromBytes does not keep or change data.
func FromBytes(ctx context.Context, data []byte, opts Options) (*Article, error) {
	if err := checkHTML(data); err != nil {
		return nil, err
	}
	utf8Data, _, err := decodeToUTF8(data, opts.ContentType, opts.Encoding)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	doc, err := parseHTML(utf8Data)
	if err != nil {
		return nil, err
	}
	if findElement(doc, "body") == nil || !hasElementContent(doc) {
		return nil, fmt.Errorf("%w: no elements", ErrNotHTML)
	}
	return fromDocument(ctx, doc, opts, isFragment(utf8Data))
}

// hasElementContent reports whether the parsed page holds any element
// that the page itself wrote (the parser adds html, head and body).
func hasElementContent(doc *html.Node) bool {
	for d := range doc.Descendants() {
		if d.Type == html.ElementNode {
			switch d.Data {
			case "html", "head", "body":
				continue
			}
			return true
		}
		if d.Type == html.TextNode && strings.TrimSpace(d.Data) != "" {
			return true
		}
	}
	return false
}

// FromDocument extracts the article from a parsed page. It changes doc in
// place (pruning it and handing it to the readability pass), so pass a
// tree you no longer need.
func FromDocument(ctx context.Context, doc *html.Node, opts Options) (*Article, error) {
	return fromDocument(ctx, doc, opts, false)
}

// fromDocument is FromDocument; fragment says that the page was a fragment
// of HTML (see isFragment), whose body is the article whole.
func fromDocument(ctx context.Context, doc *html.Node, opts Options, fragment bool) (*Article, error) {
	meta := readMetadata(doc)
	openNoscripts(meta.proseNoscripts)
	pageURL := opts.URL
	if pageURL == "" {
		pageURL = meta.pageURL()
	}
	base, _ := url.Parse(pageURL)
	if base != nil && !base.IsAbs() {
		base = nil
	}

	var log *explainLog
	if opts.Explain {
		log = &explainLog{}
	}
	keep, bodyKeep := kindSet{}, kindSet{}
	for _, k := range opts.Keep {
		keep[k] = true
		bodyKeep[k] = k != KindComments // kept comments go apart, never in the body
	}
	host := hostOf(base)
	siteRules := opts.Rules.forHost(host)
	phrases := phrasesOf(siteRules)
	clean := cleanupRules{keep: bodyKeep, phrases: phrases, host: host, log: log}
	ruleBody := applyRules(doc, siteRules, log)
	titles := meta.foldedTitles(meta.declaredTitle())
	lead := firstNonEmpty(pageLead(doc, meta.excerpt()), meta.dek(titles)) // after the user's rules: a lead they drop stays out
	var leadBlock *html.Node
	if lead == "" {
		if leadBlock = cutShortLead(doc, meta.excerpt()); leadBlock != nil {
			pruneCopy(leadBlock, keep)
		} else {
			lead = leadOpeningDescription(doc, meta.excerpt())
		}
	}
	dropOtherStories(meta.stories, titles, keep, log)
	commentBlocks, deferred := pruneBoilerplate(doc, keep, log)
	shieldInlineBylines(findElement(doc, "body"))
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	var found readability.Article
	if ruleBody == nil && !fragment {
		parser := readability.NewParser()
		parser.DisableJSONLD = true // read once, by readMetadata
		parser.ClassesToPreserve = append(parser.ClassesToPreserve, deferredClass, bylineClass)
		hidden := hideBulk(doc, passWindow) // bounds the pass's cost on large pages (window.go)
		var err error
		if found, err = parser.ParseAndMutate(doc, base); err != nil {
			return nil, fmt.Errorf("readability: %w", err)
		}
		restoreHidden(found.Node, hidden)
	} else if ruleBody != nil && ruleBody.Parent != nil {
		ruleBody.Parent.RemoveChild(ruleBody)
	}
	if deferred {
		removeDeferred(found.Node, ruleBody, doc)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	content := found.Node
	passLen, choice := 0, choicePass
	dateLine := "" // a date line the clean-up took from the article's start
	switch {
	case ruleBody != nil:
		content, choice = ruleBody, choiceRules
		dateLine = cleanupArticle(content, clean)
	case fragment:
		content, choice = fragmentArticle(doc), choiceFragment
		dateLine = cleanupArticle(content, clean)
	default:
		kept := indexParagraphs(content)
		rejoinSplitStory(doc, content, kept)
		rejoinLayoutRows(doc, content, kept)
		dateLine = cleanupArticle(content, clean)
		if content != nil {
			passLen = textLen(content)
		}
		if passLen < minArticleText {
			content, choice = bestFallback(doc, content, meta.ld.body)
			dateLine = firstNonEmpty(cleanupArticle(content, clean), dateLine)
			if choice == choiceDenseFallback && isFurnitureOnly(content) {
				return nil, ErrNoArticle
			}
		} else if block := denserBlock(doc, content); block != nil {
			content, choice = block, choiceDenser
			dateLine = firstNonEmpty(cleanupArticle(content, clean), dateLine)
		} else if ldBodyHoldsMore(meta.ld.body, content) {
			content, choice = ldBodyTree(meta.ld.body), choiceLongerJSONLD
		}
	}
	if choice != choiceRules && choice != choiceFragment { // a body the user named, or gave, is the article as it stands
		if isNavigationOnly(content) {
			return nil, ErrNoArticle // a page whose story its scripts load leaves the pass a menu
		}
		restoreIngredients(content, meta.ingredients())
		restoreLead(content, lead, clean)
		if leadBlock != nil {
			dateLine = firstNonEmpty(cleanupArticle(leadBlock, clean), dateLine)
			restoreLeadBlock(content, leadBlock)
		}
	}
	site := firstNonEmpty(meta.siteName(), found.SiteName())
	sn := siteName{name: site, host: host}
	title := norm.NFC.String(firstNonEmpty(meta.title(sn), stripSiteName(found.Title(), sn)))
	if choice == choiceFragment {
		titles = append(titles, foldTitle(title)) // a fragment declares no title: its first heading is it
	}
	dropTitleHeading(content, title, titles)
	if choice != choiceRules { // a fragment is cleaned as the pass's choice is
		dropTrailingHeading(content, log)
		dropSiteNameLine(content, sn, log)
		dropRepeatedRun(content, log)
	}
	asFragmentRoot(content)
	sanitizeHTML(content)
	normalizeText(content)
	text := renderText(content)
	if isScriptShell(text) {
		return nil, ErrNoArticle // nothing, a spinner's dots, a script's "false"
	}

	art := &Article{
		Title:     title,
		Byline:    norm.NFC.String(meta.byline(found.Byline(), signature(content), sn)),
		Published: meta.publishedOnSiteDay(pageURL, withDateLine(dateLine, text), sn.host),
		SiteName:  norm.NFC.String(site),
		Language:  meta.language(),
		Excerpt:   firstNonEmpty(meta.excerpt(), found.Excerpt()),
		Image:     absoluteURL(base, firstNonEmpty(meta.image(), found.ImageURL())),
		URL:       pageURL,
		Text:      text,
		Content:   content,
	}
	art.Confidence = confidence(content, text, meta, choice)
	if log != nil {
		art.Removed = log.removals
		if choice == choiceRules || choice == choiceFragment { // the pass did not run
			art.Explanation = fmt.Sprintf("article: %s; confidence %.2f", choice, art.Confidence)
		} else {
			art.Explanation = fmt.Sprintf("article: %s; the readability pass's choice held %d bytes of text; confidence %.2f",
				choice, passLen, art.Confidence)
		}
	}
	if len(commentBlocks) > 0 {
		art.Comments = renderComments(commentBlocks, bodyKeep)
	}
	if art.Confidence < opts.MinConfidence {
		return nil, fmt.Errorf("%w: confidence %.2f is below %.2f", ErrNoArticle, art.Confidence, opts.MinConfidence)
	}
	return art, nil
}

// bestFallback picks, among the readability result and the fallbacks (the
// densest block of paragraphs, the JSON-LD articleBody), the one with the
// most text, and says which it took.
func bestFallback(doc, found *html.Node, ldBody string) (*html.Node, articleChoice) {
	best, bestLen, choice := found, 0, choiceShortPass
	if found != nil {
		bestLen = textLen(found)
	}
	if block, score := denseBlock(findElement(doc, "body")); block != nil && score > bestLen && score >= minDenseText {
		best, bestLen, choice = block, score, choiceDenseFallback
	}
	if l := len(strings.TrimSpace(ldBody)); l > bestLen {
		best, choice = ldBodyTree(ldBody), choiceJSONLD
	}
	return best, choice
}

func absoluteURL(base *url.URL, ref string) string {
	if ref == "" || base == nil {
		return ref
	}
	u, err := base.Parse(ref)
	if err != nil {
		return ref
	}
	return u.String()
}

func hostOf(u *url.URL) string {
	if u == nil {
		return ""
	}
	return u.Hostname()
}

// renderComments turns the comment blocks taken out of the page into text,
// without the furniture around them ("Leave a reply", login prompts).
func renderComments(blocks []*html.Node, keep kindSet) string {
	root := &html.Node{Type: html.ElementNode, Data: "div"}
	for _, b := range blocks {
		root.AppendChild(b)
	}
	cleanupArticle(root, cleanupRules{keep: keep})
	sanitizeHTML(root)
	text := renderText(root)
	if !strings.ContainsFunc(text, unicode.IsLetter) {
		return "" // only counters and icons: no comment was written
	}
	return text
}

// writesWord reports a rune that can spell a word: a letter or a digit.
func writesWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
