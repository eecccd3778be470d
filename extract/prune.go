package extract

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// protectShare is the share of the page's text above which a block is never
// removed by a class or id rule: a wrapper holding most of the page is the
// article (WordPress marks posts "tag-…" and "comments-open").
const protectShare = 0.6

// pruneBoilerplate removes page furniture from doc in place before the
// readability pass: elements that never hold article text, hidden elements,
// ARIA landmarks of furniture, and blocks whose class or id names a kind of
// boilerplate (rules.go). Removals are recorded in log when it is not nil.
// Kinds in keep stay in the page, except comments, which are taken out
// and returned apart so that they never mix with the article. The
// caption of a pictured item is marked instead of removed (deferred.go);
// deferred reports whether any was.
func pruneBoilerplate(doc *html.Node, keep kindSet, log *explainLog) (comments []*html.Node, deferred bool) {
	body := findElement(doc, "body")
	if body == nil {
		return nil, false
	}
	if head := findElement(doc, "head"); head != nil {
		pruneHead(head)
	}
	pageText, captionText := textAndCaptionLen(body)
	if !keep[KindCaptions] && captionsAreContent(pageText, captionText) {
		keep = keep.with(KindCaptions)
	}
	p := pruner{pageText: pageText, log: log, keep: keep, root: body}
	p.walk(body)
	dropOrphanedHeadings(body, p.orphaned, log)
	return p.comments, p.deferred
}

// pruneCopy removes boilerplate from n, a copy of part of the page taken
// before pruning, by the rules pruneBoilerplate applies to the page. Its
// comment blocks are dropped with the rest, and captions the page's rules
// would defer to after the readability pass go at once: no pass follows.
func pruneCopy(n *html.Node, keep kindSet) {
	p := pruner{pageText: textLen(n), keep: keep, root: n}
	p.walk(n)
	dropOrphanedHeadings(n, p.orphaned, nil)
	removeDeferred(n)
}

// kindSet is a set of kinds of boilerplate (those the user keeps).
type kindSet map[Kind]bool

// with returns a copy of k that also keeps kind.
func (k kindSet) with(kind Kind) kindSet {
	out := make(kindSet, len(k)+1)
	for kk, v := range k {
		out[kk] = v
	}
	out[kind] = true
	return out
}

// kept reports whether blocks of kind stay; markup never does.
func (k kindSet) kept(kind Kind) bool {
	return kind != KindMarkup && k[kind]
}

// pruneHead keeps only the <head> elements the readability pass reads
// (title, meta, link, base): scripts and styles there are large and would
// be copied on each of its passes.
func pruneHead(head *html.Node) {
	for c := head.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type != html.ElementNode {
			head.RemoveChild(c)
		} else {
			switch c.Data {
			case "title", "meta", "link", "base":
			default:
				head.RemoveChild(c)
			}
		}
		c = next
	}
}

type pruner struct {
	root  *html.Node // the page's body, or the copy pruneCopy prunes
	shown string     // root's text as it stood when first asked for (see shownText)
	// copyChecks counts the hidden elements looked for in shown (see
	// hidesRestOfStory).
	copyChecks int
	pageText   int
	keep       kindSet
	comments   []*html.Node // comment blocks taken out when comments are kept
	deferred   bool         // a block was marked for removal after the pass
	orphaned   []orphan     // wrappers that lost a block whose heading may go with it
	token      []byte       // scratch buffer for class and id words
	code       int          // depth of <pre> and <code> elements around the walk: their classes are a highlighter's ("token comment"), not furniture
	log        *explainLog
}

func (p *pruner) walk(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch c.Type {
		case html.ElementNode:
			if hasAttr(c, keepAttr) {
				break // a rules file keeps this block whole
			}
			if end := phpErrorEnd(c); end != nil {
				p.log.add("prune", KindMarkup, "PHP error message", c.NextSibling)
				next = removePHPError(c, end)
				break
			}
			hidden := hiddenRule(c)
			if hidden != "" && (p.hidesPage(c) || p.hidesRestOfStory(c) || p.hidesSlideOfStory(c)) {
				reveal(c) // the page, or its story's rest, hidden until a script shows it (reveal.go)
				hidden = ""
			}
			kind, rule, ok := p.match(c, hidden)
			switch {
			case ok && kind == KindComments && p.keep.kept(kind):
				n.RemoveChild(c)
				p.comments = append(p.comments, c)
			case ok && kind == KindCaptions && !p.keep.kept(kind) && captionsPicturedItem(c):
				p.log.add("prune", kind, rule, c)
				markDeferred(c) // removed after the readability pass (deferred.go)
				p.deferred = true
			case ok && !p.keep.kept(kind):
				p.log.add("prune", kind, rule, c)
				removeBetweenWords(n, c)
				p.noteOrphaning(n, kind)
			case c.Data == "pre" || c.Data == "code":
				p.code++ // a highlighter's classes name the code's parts (inCode)
				p.walk(c)
				p.code--
			default:
				markBylineElement(c)
				trimTrailingBreaks(c)
				p.walk(c)
			}
		case html.CommentNode:
			n.RemoveChild(c)
		}
		c = next
	}
}

// match reports whether the element n is boilerplate, of which kind, and
// by which rule. hidden is hiddenRule's answer for n, which the walk asks
// first.
func (p *pruner) match(n *html.Node, hidden string) (Kind, string, bool) {
	if kind, ok := removedTags[n.Data]; ok {
		if isLandmarkTag(n.Data) && p.isProtected(n) ||
			n.Data == "form" && isProseRich(n) || kind == KindCaptions && textLen(n) > captionMax {
			return "", "", false
		}
		return kind, "tag <" + n.Data + ">", true
	}
	if n.Data == "noscript" && !holdsImage(n) {
		return KindMarkup, "tag <noscript> without an image", true
	}
	if hidden != "" {
		return KindNavigation, hidden, true
	}
	if p.code > 0 {
		return "", "", false // inside code only its tags go (a copy button, a script)
	}
	if isHiddenUpdatedTime(n) {
		return KindNavigation, "updated time a theme hides beside the published one", true
	}
	if rule := signUpBoxRule(n); rule != "" {
		return KindSubscribe, rule, true
	}
	if len(n.Attr) == 0 || isArticleContainer(n) || isHeading(n.Data) && !isKickerHeading(n) {
		return "", "", false // headings carry ids for in-page anchors ("nav-…"), not furniture
	}
	role := strings.ToLower(attr(n, "role"))
	if kind, ok := removedRoles[role]; ok {
		return kind, "role=" + role, !p.isProtected(n)
	}
	kind, word, ok := p.classKind(attr(n, "class"))
	rule := "class word "
	if !ok {
		kind, word, ok = p.classKind(attr(n, "id"))
		rule = "id word "
	}
	if !ok || p.isProtected(n) || inRunningText(n) || (kind != KindComments && isProseRich(n)) ||
		(kind == KindCaptions && textLen(n) > captionMax) || (kind == KindRelated && isPlainProse(n)) ||
		(kickerClassWords[word] && textLenOver(n, kickerMax)) ||
		isPaywalledParagraph(n, word) {
		return "", "", false
	}
	return kind, rule + strconv.Quote(word), true
}

// inRunningText reports an inline element set in a sentence: text on both
// sides of it ("I am a <a class="popup">rather elderly</a> man"), or text
// on one side that the element's words carry on (a sentence it opens or
// ends, or a sentence of its own). Whatever its class says, it is part of
// the prose.
func inRunningText(n *html.Node) bool {
	if !isInline(n.Data) {
		return false
	}
	before, after := hasTextSibling(n, prevSibling), hasTextSibling(n, nextSibling)
	switch {
	case before && after:
		return true
	case after: // the element opens a sentence: "<a class="popup">I</a> am a rather elderly man."
		return continuesSentence(nearestSibling(n, nextSibling).Data) || isWholeSentence(textContent(n))
	case before: // it ends one: "… he answered, and <a class="popup">slid aside.</a>"
		own := textContent(n)
		return leadsOn(nearestSibling(n, prevSibling).Data) && endsSentence(own) || isWholeSentence(own)
	}
	return false
}

// continuesSentence reports text that goes on with a sentence begun before
// it: its first word is lower-case.
func continuesSentence(text string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(text, unicode.IsSpace))
	return unicode.IsLower(r)
}

// leadsOn reports text that breaks off in the middle of a sentence: it ends
// in a word, a comma, a semicolon or a dash, not a full stop or a colon.
func leadsOn(text string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(text, unicode.IsSpace))
	return unicode.IsLetter(r) || strings.ContainsRune(",;-–—", r)
}

// minSentenceWords is the words an inline element's text needs to be read
// as a sentence of its own (isWholeSentence).
const minSentenceWords = 3

// isWholeSentence reports text that is a sentence: a capital first (after
// any opening quote), a full stop, question or exclamation mark last, and
// a few words between ("<a class="popup">Shall I acknowledge it?</a> The
// conclusion of …").
func isWholeSentence(text string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(text, "\"'“‘„«¿¡("))
	return unicode.IsUpper(r) && endsSentence(text) && len(strings.Fields(text)) >= minSentenceWords
}

// endsSentence reports text whose last mark ends a sentence. A credit after
// a caption ("… Thomas Spalt<span class="credit">Parlamentsdirektion/Thomas
// Topf</span>") or a link after a label ("MORE FROM <a class="writer-social">
// Jane Doe</a>") has none.
func endsSentence(text string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text, "\"'”’) "))
	return r == '.' || r == '!' || r == '?'
}

// hasTextSibling reports whether the nearest sibling in one direction
// that is not white space is text: words, not another element (a row of
// links, "Share Pin Newsletter", is no sentence).
func hasTextSibling(n *html.Node, step func(*html.Node) *html.Node) bool {
	s := nearestSibling(n, step)
	return s != nil && s.Type == html.TextNode
}

// Prose thresholds: a block with this much text in paragraphs of at least
// proseParagraphMin bytes and few links is kept whatever its class says
// ("content-sidebar-wrap", "has-share-buttons"), except comments, which
// are prose too. The readability pass still weighs it against the rest.
const (
	proseRichMin      = 500
	proseParagraphMin = 100
)

// captionMax is the longest text, in bytes, taken for an image caption:
// longer "captions" carry the article (galleries, listicles).
const captionMax = 250

// isPlainProse reports a block with text and almost no links: a "teaser"
// or "related" class on it names the article's own lead (as many CMSs call
// it), not a block of links to other stories.
func isPlainProse(n *html.Node) bool {
	return isPlainProseOf(n, proseParagraphMin)
}

// isPlainProseOf reports a block of at least min bytes of text with almost
// no links.
func isPlainProseOf(n *html.Node, min int) bool {
	s := cleanupStatsOf(n)
	return s.text >= min && float64(s.link) < 0.1*float64(s.text)
}

// isPaywalledParagraph reports a paragraph of the article that the page
// marks as behind its paywall (<p class="body-paragraph paywall"> on Arc
// sites, The Week's <p class="paywall">): the text is in the page, the
// class names where it stands, not a prompt to subscribe.
// A paywall's own prompt in such a paragraph is shorter than
// paywalledParagraphMin bytes ("Already a subscriber? Log in.") or is
// left to the clean-up's phrase rules ("Subscribe to keep reading").
func isPaywalledParagraph(n *html.Node, word string) bool {
	return word == "paywall" && n.Data == "p" && isPlainProseOf(n, paywalledParagraphMin)
}

// paywalledParagraphMin bounds from below the text, in bytes, of a
// paragraph kept though classed "paywall".
const paywalledParagraphMin = 50

// isProseRich reports whether n holds paragraphs of real prose.
func isProseRich(n *html.Node) bool {
	total := 0
	for d := range n.Descendants() {
		if d.Type != html.ElementNode || d.Data != "p" {
			continue
		}
		s := cleanupStatsOf(d)
		if s.text >= proseParagraphMin && float64(s.link) <= denseLinkShare*float64(s.text) {
			total += s.text
			if total >= proseRichMin {
				return true
			}
		}
	}
	return false
}

func isHeading(tag string) bool {
	switch tag {
	case "h1", "h2", "h3", "h4", "h5", "h6":
		return true
	}
	return false
}

// isLandmarkTag reports the furniture elements that some pages misuse as
// the article's container (an <aside> or <footer> around the whole story).
func isLandmarkTag(tag string) bool {
	switch tag {
	case "aside", "footer", "nav", "menu", "dialog", "form":
		return true
	}
	return false
}

// isProtected reports a block that a class, role or landmark rule matched
// but that holds the article: most of the page's text, or the page's <h1>
// or article markup.
func (p *pruner) isProtected(n *html.Node) bool {
	return p.isMostOfPage(n) || holdsArticleMarkup(n)
}

// holdsArticleMarkup reports whether n contains an <h1>, an <article> or an
// element marked itemprop="articleBody".
func holdsArticleMarkup(n *html.Node) bool {
	for d := range n.Descendants() {
		if d.Type != html.ElementNode {
			continue
		}
		if d.Data == "h1" || d.Data == "article" || strings.EqualFold(attr(d, "itemprop"), "articleBody") {
			return true
		}
	}
	return false
}

// isArticleContainer reports elements that hold the article by their markup.
func isArticleContainer(n *html.Node) bool {
	switch n.Data {
	case "html", "body", "main", "article":
		return true
	}
	return strings.EqualFold(attr(n, "itemprop"), "articleBody")
}

// isMostOfPage reports a block holding most of the page's text, when that
// text is long enough to be an article.
func (p *pruner) isMostOfPage(n *html.Node) bool {
	if p.pageText < minArticleText {
		return false
	}
	return float64(textLen(n)) > protectShare*float64(p.pageText)
}

// hiddenRule names why a browser would not show n, or returns "".
func hiddenRule(n *html.Node) string {
	if hasAttr(n, "hidden") {
		return "hidden attribute"
	}
	if strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return "aria-hidden"
	}
	if stylesHidden(attr(n, "style")) {
		return "hidden by style"
	}
	return ""
}

// stylesHidden reports an inline style that hides its element. It reads
// the style without its white space and in lower case, in a buffer on the
// stack for the usual short style: it is asked for every element that has
// one.
func stylesHidden(style string) bool {
	if style == "" {
		return false
	}
	var small [128]byte
	compact := small[:0]
	for i := 0; i < len(style); i++ {
		c := style[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f':
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		compact = append(compact, c)
	}
	return bytes.Contains(compact, []byte("display:none")) || bytes.Contains(compact, []byte("visibility:hidden"))
}

// negations are class-name words that deny the word after them:
// "no_caption", "without-sidebar".
var negations = map[string]bool{"no": true, "not": true, "non": true, "without": true}

// liveWords in a class name mark a live blog's or ticker's entries, which
// sites call comments too ("live-match-comment"): the reporter's, not the
// readers'. A comment system's name ("livefyre") is not one of them.
var liveWords = map[string]bool{"live": true, "liveblog": true, "ticker": true, "liveticker": true}

// classKind matches a class or id value against the word and phrase rules.
// A value that names the article body itself never matches.
func (p *pruner) classKind(value string) (Kind, string, bool) {
	var (
		found     Kind
		foundWord string
		phrase    int = -1
	)
	// Each class name in turn: its words for classTokens, and the name
	// with its separators dropped for protectTokens and classPhrases.
	for start := 0; start < len(value); {
		end := start
		for end < len(value) && !isASCIISpace(value[end]) {
			end++
		}
		name := value[start:end]
		start = end + 1
		if name == "" {
			continue
		}
		joined := p.token[:0]
		wordStart, negated := 0, false
		foundBefore, wordBefore, live := found, foundWord, false
		for i := 0; i <= len(name); i++ {
			var c byte
			if i < len(name) {
				c = name[i]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				if ('a' <= c && c <= 'z') || ('0' <= c && c <= '9') {
					joined = append(joined, c)
					continue
				}
			}
			if word := joined[wordStart:]; len(word) > 0 {
				if found == "" && !negated {
					if kind, ok := classTokens[string(word)]; ok {
						found, foundWord = kind, string(word)
					}
				}
				negated = negations[string(word)] // "no_caption" says there is none
				live = live || liveWords[string(word)]
			}
			wordStart = len(joined)
		}
		p.token = joined
		if protectTokens[string(joined)] {
			return "", "", false
		}
		if found == KindComments && foundBefore == "" && live {
			found, foundWord = foundBefore, wordBefore // "live-match-comment": the reporter's, not readers'
		}
		if found == "" && phrase < 0 {
			for k, cp := range classPhrases {
				if i := bytes.Index(joined, []byte(cp.phrase)); i >= 0 && !bytes.HasSuffix(joined[:i], []byte("no")) {
					phrase = k
					break
				}
			}
		}
	}
	switch {
	case found != "":
		return found, foundWord, true
	case phrase >= 0:
		return classPhrases[phrase].kind, classPhrases[phrase].phrase, true
	}
	return "", "", false
}
