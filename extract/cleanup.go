package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Limits of the phrase rules: only short blocks are judged by their wording.
const (
	phraseBlockMax     = 300 // bytes of text: longer blocks are prose
	creditBlockMax     = 200
	teaserOwnTextMax   = 80 // bytes of text outside links in a teaser card
	furniturePrefixMax = 250
	sectionHeadingMax  = 60
)

// blockStats sums what a subtree holds.
type blockStats struct {
	text   int  // bytes of non-space text
	link   int  // of which inside links
	images bool // an <img> or <picture> is inside
	teaser bool // an image inside a link to another page is inside
	// headingOnly: the block held a furniture heading, now removed, and
	// nothing else is left in it (<div class="headingbar"><h2>Weitere
	// Videos</h2></div>): what follows it belongs to the heading.
	headingOnly bool
}

// cleanupArticle removes, in place, the boilerplate that survives inside the
// article the readability pass chose: "READ MORE:" and related-story lines,
// teaser blocks (an image and a headline link), photo credits, furniture
// phrases ("Subscribe", "Advertisement") and the empty blocks they leave.
// One post-order walk: a block is judged after its children.
// Kinds in rules.keep stay, and so do blocks a rules file keeps; its
// phrases apply first. Removals are recorded in rules.log when it is not
// nil. It
// returns the text of the first date line it judged at the article's
// start, which no longer opens the text but still dates the page.
func cleanupArticle(root *html.Node, rules cleanupRules) (dateLine string) {
	if root == nil {
		return ""
	}
	c := cleaner{cleanupRules: rules, total: textLen(root)}
	c.children(root)
	return c.dateLine
}

// cleanupRules are what the clean-up reads besides the tree.
type cleanupRules struct {
	keep    kindSet     // the kinds that stay
	phrases phraseRules // a rules file's phrases, judged first
	host    string      // the page's host ("" when unknown), whose links lead to the site's other stories
	log     *explainLog // where removals are recorded, or nil
}

type cleaner struct {
	cleanupRules
	protected int    // depth inside blocks a rules file keeps
	total     int    // bytes of text in the article as the pass left it (textLen)
	seen      int    // of which in the blocks walked so far, removed or not
	removed   int    // of which in the blocks removed so far
	scripts   int    // depth inside script-like elements, whose text textLen leaves out
	dateLine  string // the first date line judged at the article's start
}

func (cl *cleaner) children(n *html.Node) blockStats {
	var s blockStats
	inFurnitureSection := false // after a heading such as "Related articles"
	removedHeading := false     // a furniture heading was removed here
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch c.Type {
		case html.TextNode:
			t := len(strings.TrimSpace(c.Data))
			s.text += t
			if cl.scripts == 0 {
				cl.seen += t // counted as textLen counts total
			}
		case html.ElementNode:
			kept, script := hasAttr(c, keepAttr), isScriptLike(c.Data)
			if kept {
				cl.protected++
			}
			if script {
				cl.scripts++
			}
			cs := cl.children(c)
			if kept {
				cl.protected--
			}
			if script {
				cl.scripts--
			}
			if c.Data == "img" || c.Data == "picture" || c.Data == "video" {
				cs.images = true
			}
			if c.Data == "a" {
				cs.link = cs.text
				cs.teaser = cs.images && !isImageURL(attr(c, "href"))
			}
			var kind Kind
			rule := ""
			switch {
			case inFurnitureSection && isSectionFollower(c, cs):
				kind, rule = KindRelated, "follows a furniture heading"
			case isSectionHeading(c, cs) && !cl.keep.kept(KindRelated):
				kind, rule = KindRelated, "furniture heading"
				inFurnitureSection, removedHeading = true, true
			case cs.headingOnly && cl.protected == 0 && !kept:
				kind, rule = KindRelated, "wraps a furniture heading"
				inFurnitureSection, removedHeading = true, true
			default:
				inFurnitureSection = false
				kind, rule = cl.judge(c, cs)
			}
			remove := rule != "" && !cl.keep.kept(kind) && cl.protected == 0 && !kept
			if remove {
				cl.log.add("cleanup", kind, rule, c)
				if !script {
					cl.removed += cs.text // as seen counts it
				}
				removeBetweenWords(n, c)
			} else {
				s.text += cs.text
				s.link += cs.link
				s.images = s.images || cs.images
				s.teaser = s.teaser || cs.teaser
			}
		case html.CommentNode:
			n.RemoveChild(c)
		}
		c = next
	}
	s.headingOnly = removedHeading && s.text == 0 && !s.images
	return s
}

// judge applies a rules file's phrases, then pith's own rules. The text of
// a short block is read once, here, for all of them.
func (cl *cleaner) judge(n *html.Node, s blockStats) (Kind, string) {
	if (n.Data == "a" || isCleanableBlock(n.Data)) && cl.atEdge(s) && isControlLine(n, s) {
		return KindNavigation, "control link"
	}
	linkLine := isLinkLine(n)
	if !linkLine && !isCleanableBlock(n.Data) {
		return "", ""
	}
	raw, lower := phraseText(n, s)
	if raw != "" {
		switch keep, drop := cl.phrases.match(lower); {
		case keep:
			return "", ""
		case drop:
			return KindRules, "drop phrase"
		}
	}
	if linkLine {
		return cl.judgeLinkLine(n, s, raw, lower)
	}
	if kind, rule := judgeBlock(n, s, lower); rule != "" {
		return kind, rule
	}
	if s.link > 0 && s.text <= cookieNoticeMax && cl.atEdge(s) && isCookieNotice(n, lower) {
		return KindConsent, "cookie notice"
	}
	if isPostList(n, s) { // wherever it stands: the links say what it is
		return KindRelated, "list of other posts"
	}
	if isLoneLinkItem(n, s, cl.host) {
		return KindRelated, "list of one link to another story"
	}
	if s.text <= postMetaMax && cl.atEnd(s) && isPostMeta(n, lower) {
		return KindTags, "post's filing line"
	}
	if s.text > phraseBlockMax && s.text <= donationPromptMax && cl.atEnd(s) && isLongDonationPrompt(n) {
		return KindSubscribe, "donation prompt"
	}
	if s.text > phraseBlockMax && s.text <= consentPlaceholderMax && isLongConsentPlaceholder(n) {
		return KindConsent, "notice of blocked content"
	}
	if s.text > 0 && s.text <= browserNoticeMax && cl.atEdge(s) && isBrowserNoticeBlock(n, lower) {
		return KindFooter, "notice about the reader's browser"
	}
	if raw != "" && cl.first(s) && isKickerList(n, s, raw) {
		return KindNavigation, "section links above the headline"
	}
	if raw == "" || !standsAsLine(n) {
		return "", ""
	}
	return cl.judgeLine(n, s, raw, lower)
}

// The rules for lines that say when the page was published.
const (
	ruleDateLine      = "date line"
	ruleDatedCategory = "date line with its section"
	ruleDateStrip     = "date with its section, author or source"
)

// datesPage reports whether a line judged by rule dates the page.
func datesPage(rule string) bool {
	return rule == ruleDateLine || rule == ruleDatedCategory || rule == ruleDateStrip
}

// judgeLine applies the rules for short lines that stand alone (see
// standsAsLine), raw and lower being the block's text as read and
// lower-cased, and keeps the first line at the story's start that dates
// the page (cleanupArticle returns it).
func (cl *cleaner) judgeLine(n *html.Node, s blockStats, raw, lower string) (Kind, string) {
	kind, rule := cl.lineRule(n, s, raw, lower)
	if datesPage(rule) && cl.dateLine == "" && cl.atStart(s) {
		cl.dateLine = raw
	}
	return kind, rule
}

// lineRule finds the rule for judgeLine's line, or returns an empty rule.
func (cl *cleaner) lineRule(n *html.Node, s blockStats, raw, lower string) (Kind, string) {
	size := len(raw) // its words, spaced once: s.text also counts the runs of white space inside a text node
	switch {
	case cl.seen == s.text && isSectionKicker(n, s, raw):
		return KindNavigation, "section link above the headline"
	case size <= dateLineMax && cl.atEdge(s) && (isDateLine(raw) || isCountedDateLine(raw)) && !inTable(n):
		return KindNavigation, ruleDateLine
	case size <= dateLineMax && cl.atEdge(s) && isDatedCategoryLine(raw) && !inTable(n):
		return KindNavigation, ruleDatedCategory
	case cl.atEdge(s) && isWeekdayLine(raw) && !inTable(n):
		return KindNavigation, "weekday line"
	case size <= dateLineMax && cl.atEdge(s) && (isTimeLine(raw) || isBareTimeLine(raw)) && !inTable(n):
		return KindNavigation, "time line" // no date: it dates nothing (datesPage)
	case size <= dateLineMax && cl.atEdge(s) && isRelativeTimeLine(lower) && !inTable(n):
		return KindNavigation, "relative time line" // "2 hours ago": it dates nothing
	case size <= dateStripMax && cl.atEdge(s) && isDateStrip(raw) && !inTable(n):
		return KindNavigation, ruleDateStrip
	case size <= bylineLineMax && cl.atEdge(s) && isBylineLine(raw, lower) && !hasAncestor(n, "li"):
		return KindBio, "byline line" // a teaser's byline in a list of stories stays with its teaser
	case size <= bareBylineLabelMax && cl.atEdge(s) && isBareBylineLabel(lower):
		return KindBio, "byline label without a name"
	case size <= bylineRoleMax && cl.atEdge(s) && isBylineWithRole(raw, lower) && !hasAncestor(n, "li"):
		return KindBio, "byline line with the author's role"
	case size <= bylineLineMax && cl.atStart(s) && isAgencyByline(raw) && !hasAncestor(n, "li"):
		return KindBio, "byline line with a news agency"
	case size <= bylineRoleMax && cl.atEdge(s) && isAuthorNote(lower):
		return KindBio, "note on the author"
	case size <= residueLineMax && cl.atEdge(s) && (isPlayerTimeLine(lower) || isVideoLengthLine(lower) || isWordlessLine(raw)):
		return KindMarkup, "player or markup residue"
	case size <= residueLineMax && isGluedVideoLength(lower):
		return KindMarkup, "video's length run into its label"
	case size <= adCallLineMax && cl.atEdge(s) && isAdCallLine(lower):
		return KindAds, "advertisement's call to act now"
	case cl.atEdge(s) && isAdOffer(lower):
		return KindAds, "offer to advertisers"
	case cl.atEdge(s) && isSitePromo(lower):
		return KindSubscribe, "the site's promotion of its news"
	case size <= sponsorLineMax && cl.atEdge(s) && isSponsorLine(lower):
		return KindAds, "sponsor line"
	case size <= preferredSourceMax && isPreferredSourcePrompt(lower):
		return KindSubscribe, "request to be a preferred source"
	case size <= urlLineMax && cl.first(s) && isURLLine(lower):
		return KindNavigation, "address line above the story" // a print header
	case size <= writeToLineMax && cl.atEdge(s) && (isWriteToLine(lower) || isReachableLine(raw)):
		return KindBio, "author's contact line"
	case size <= contactLineMax && cl.atStart(s) && isContactLine(n, raw, lower):
		return KindBio, "author's contact line"
	case size <= bylineElementMax && cl.atEdge(s) && hasClass(n, bylineClass) && !hasAncestor(n, "li"):
		return KindBio, "byline element"
	case size <= copyrightNoticeMax && cl.atEdge(s) && isCopyrightNotice(lower):
		return KindCredits, "copyright notice"
	case cl.atEnd(s) && isDatedCopyrightLine(lower):
		return KindCredits, "the site's copyright line"
	case cl.atEdge(s) && isCourtesyLine(lower):
		return KindCredits, "courtesy line"
	case size <= captionMax && isFigureLegend(lower):
		return KindCaptions, "figure legend"
	case size <= pdfOfferMax && isPDFOffer(lower):
		return KindShare, "offer to download the page as a PDF"
	case cl.atEdge(s) && isDisclaimer(lower):
		return KindFooter, "disclaimer"
	case size <= readingTimeLineMax && cl.atEdge(s) && isReadingTimeLine(lower):
		return KindNavigation, "reading time"
	case size <= shareBarMax && isShareBar(lower):
		return KindShare, "share bar"
	case size <= ratingLineMax && isRatingLine(lower):
		return KindShare, "rating line"
	case size <= titledRatingMax && cl.atEdge(s) && isTitledRating(lower):
		return KindShare, "rating line after the title"
	case size <= agencyLineMax && !isHeading(n.Data) && isAgencyLine(lower):
		return KindCredits, "news agency's name alone"
	case size <= creditBlockMax && isSourceLine(lower):
		return KindCredits, "source line"
	case cl.atEdge(s) && isDonationPrompt(lower):
		return KindSubscribe, "donation prompt"
	case size <= appPromptMax*utf8.UTFMax && cl.atEdge(s) && utf8.RuneCountInString(raw) <= appPromptMax && isAppPrompt(lower):
		return KindSubscribe, "app prompt"
	case size <= paginationLineMax && cl.atEdge(s) && isPaginationLine(lower):
		return KindNavigation, "pagination line"
	case size <= counterLineMax && cl.atEdge(s) && isCounterLine(lower):
		return KindNavigation, "counter line"
	case size <= bareCountMax && cl.last() && isBareCount(raw) && !inTable(n) && !hasAncestor(n, "li"):
		return KindNavigation, "bare count after the story"
	case size <= galleryCounterMax && isGalleryCounter(lower):
		return KindNavigation, "gallery counter"
	case size <= gallerySizeMax && isGallerySize(lower):
		return KindNavigation, "gallery's size"
	case size <= postFooterMax && cl.atEdge(s) && isPostFooter(lower):
		return KindTags, "post's footer"
	case size <= embedMarkerMax && isEmbedMarker(lower):
		return KindMarkup, "marker around an embedded post"
	case size <= referenceLinksMax && 2*s.link >= s.text && isReferenceIndexLinks(lower):
		return KindNavigation, "a reference's links to indexes"
	}
	return "", ""
}

// judgeBlock decides whether the element n, holding s, is boilerplate. It
// returns the kind and the rule that matched, or an empty rule. text is
// n's text lower-cased when it is short enough for the phrase rules, else
// "".
func judgeBlock(n *html.Node, s blockStats, text string) (Kind, string) {
	if s.text == 0 {
		if !s.images && isEmptiable(n.Data) && !(n.Data == "span" && holdsLineBreak(n)) {
			return KindNavigation, "empty block"
		}
		return "", ""
	}
	if isTaxonomyLine(n, s) { // however long: a tag list can be
		return KindTags, "links to category or tag pages"
	}
	if isBreadcrumbLine(n, s) {
		return KindNavigation, "breadcrumb"
	}
	if isShareLinks(n, s) {
		return KindShare, "links to share the page"
	}
	if text == "" {
		return "", ""
	}
	if kind, rule := furniturePhrase(text); rule != "" && !labelsWords(n) {
		return kind, rule
	}
	if s.text <= furniturePrefixMax && !labelsWords(n) {
		if kind, rule := furniturePrefix(text); rule != "" {
			return kind, rule
		}
		if isFollowPrompt(text) {
			return KindShare, "follow prompt"
		}
		if s.text <= inboxPromptMax && isInboxPrompt(text) {
			return KindSubscribe, "newsletter prompt"
		}
		if isSignUpPrompt(text) || isSignUpMention(text) {
			return KindSubscribe, "sign-up prompt"
		}
		if isPaywallPrompt(text) {
			return KindSubscribe, "paywall prompt"
		}
	}
	if isAffiliateDisclosure(text) {
		return KindAds, "affiliate disclosure"
	}
	if isConsentPlaceholder(text) || isScriptNotice(text) {
		return KindConsent, "notice of blocked content"
	}
	if s.link*2 >= s.text {
		opening := strings.TrimLeft(text, "[( ") // "[Read more: …]" as "Read more: …"
		for _, lead := range leadInPhrases {
			if strings.HasPrefix(opening, lead.prefix) {
				return lead.kind, "link after " + strconv.Quote(lead.prefix)
			}
		}
	}
	if s.link > 0 && s.text-s.link <= arrowMarksMax && isArrowMarked(text) {
		return KindRelated, "link set apart by arrows"
	}
	if n.Data == "p" && s.link == s.text && isCapitalsLine(n) {
		return KindRelated, "link in capitals"
	}
	if n.Data == "p" && s.link == s.text && !inTable(n) && isHeadlineLink(n) {
		return KindRelated, "link to a story under its headline"
	}
	if s.text <= creditBlockMax && isCredit(text) {
		return KindCredits, "credit line"
	}
	if s.teaser && n.Data != "p" && s.text-s.link <= teaserOwnTextMax && !(isHeading(n.Data) && 2*s.link < s.text) {
		// A heading whose words are no link is a section's title with a
		// picture set in it, not a card that links a story.
		return KindRelated, "teaser card (linked image and headline)"
	}
	return "", ""
}

// inboxPromptMax bounds the text, in bytes, of a newsletter prompt read by
// its ending (see isInboxPrompt).
const inboxPromptMax = 120

// inboxEndings end a newsletter's prompt: "Get local news delivered to
// your inbox!", "Get more of the Star in your inbox".
var inboxEndings = []string{"in your inbox", "to your inbox", "in deinem postfach", "in ihr postfach",
	"in dein postfach", "dans votre boîte mail", "dans votre boîte de réception", "en tu bandeja de entrada"}

// isInboxPrompt reports a short line, lower-cased, that ends by promising
// the reader's inbox.
func isInboxPrompt(lower string) bool {
	return hasAnySuffix(strings.TrimRight(lower, ".!… "), inboxEndings)
}

// isSectionHeading reports a short heading that opens a block of
// furniture ("Related articles", "Comments", "Mehr zum Thema"): a heading
// element, or a short block that is all bold, whose words are a furniture
// phrase or a related-story lead-in.
func isSectionHeading(n *html.Node, s blockStats) bool {
	if s.text == 0 || s.text > sectionHeadingMax || !isHeadingLike(n) || labelsWords(n) {
		return false
	}
	raw := strings.TrimSpace(textContent(n))
	text := strings.TrimRight(strings.ToLower(raw), ":.!?…» ：")
	if _, ok := furniturePhrases[text]; ok {
		return true
	}
	for _, lead := range leadInPhrases {
		if text == strings.TrimRight(lead.prefix, ":") {
			return true
		}
	}
	labelled := isHeading(n.Data) || strings.HasSuffix(raw, ":") // a heading, or a line that introduces what follows
	return labelled && len(text) <= topicHeadingMax && hasAnyPrefix(text, topicHeadingStarts)
}

// topicHeadingMax is the longest heading, in bytes, read as "more on a
// topic": a longer one is a sentence that happens to start so.
const topicHeadingMax = 60

// topicHeadingStarts open the heading of a list of the site's other
// stories on a topic: "read more linda nolan", "read more in politics",
// "Mehr zu Klima und Konsum", "related news", "Mehr zu diesem Thema:". The
// line must be a heading or end in a colon: a sentence that starts so
// ("Mehr zu den Hintergründen erfahren Sie …") is prose.
var topicHeadingStarts = []string{"read more ", "more from ", "related ", "mehr zu ", "mehr zum ", "mehr von ", "mehr aus "}

// labelsWords reports an inline element with words right after it, which
// it introduces: "<span>SIGN UP</span> FOR OUR NEWSLETTER", "<b>Permalink</b>:
// https://…", "zu<span>teilen</span>. Aber …". Its line is judged whole,
// never its first words alone, whose removal would leave the rest. An
// element with words only before it ("Seht selbst! <a>Weiterlesen</a>")
// or beside another element ("<span>See also</span><span>[edit]</span>")
// is judged on its own.
func labelsWords(n *html.Node) bool {
	return isInline(n.Data) && hasTextSibling(n, nextSibling)
}

func isHeadingLike(n *html.Node) bool {
	switch n.Data {
	case "h2", "h3", "h4", "h5", "h6":
		return true
	case "p", "div", "span", "strong", "b":
		return true
	}
	return false
}

// isSectionFollower reports what follows a furniture heading and belongs to
// it: lists and blocks made mostly of links, or empty ones. An inline
// element with words beside it is part of a line ("<span>Kategorien:
// </span><a>Überwachung</a>, <a>CCTV</a>"), which goes whole or not at
// all: taking its links would leave the commas.
func isSectionFollower(n *html.Node, s blockStats) bool {
	switch {
	case isInline(n.Data) && (hasTextSibling(n, prevSibling) || hasTextSibling(n, nextSibling)):
		return false
	case s.text == 0:
		return true
	case n.Data == "ul" || n.Data == "ol":
		return true
	case s.text <= rankFollowerMax && isRankOnly(textContent(n)):
		return true // "1", "2", … of a most-read box whose titles its scripts fill in
	}
	return s.link*2 >= s.text
}

// rankFollowerMax bounds the text, in bytes, of a block of bare numbers
// taken after a furniture heading.
const rankFollowerMax = 40

// isRankOnly reports text made of digits and white space alone.
func isRankOnly(text string) bool {
	return strings.TrimSpace(text) != "" && strings.Trim(text, "0123456789 ") == ""
}

// isCredit reports lower-cased text that credits a picture or a video:
// "© Agency", "Foto: …", "Jane Doe/Getty Images", "(Video: Reuters)".
func isCredit(text string) bool {
	if isVideoCredit(text) {
		return true
	}
	text = strings.TrimLeft(text, "([ ")
	return hasAnyPrefix(text, creditPrefixes) || containsAny(text, creditPhrases) ||
		strings.IndexByte(text, '/') >= 0 && (endsWithAgency(text) || endsWithAgencyCredit(text)) // both read a slash
}

// isVideoCredit reports a video's credit in brackets under the player,
// "(Video: The Washington Post)", "(Video: Jane Doe/Reuters)". Without the
// brackets "Video: …" leads in to a video's title, not its maker.
func isVideoCredit(text string) bool {
	name, ok := strings.CutPrefix(text, "(video: ")
	return ok && strings.HasSuffix(name, ")") && !strings.Contains(name, "(")
}

// agencyLineMax bounds, in bytes, a line of news agencies' names alone.
const agencyLineMax = 40

// isAgencyLine reports lower-cased text made only of the names of news
// and picture agencies and the marks between them: "AFP", "(SID)",
// "Reuters", "AP / EFE". It credits a wire story or a picture, above or
// under it, and is never a sentence of the story.
func isAgencyLine(text string) bool {
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	if len(words) == 0 {
		return false
	}
	if name := strings.Join(words, " "); newsAgencies[name] || slices.Contains(photoAgencies, name) {
		return true // a name of several words: "The Associated Press", "Getty Images"
	}
	for _, w := range words {
		if !newsAgencies[w] && !slices.Contains(photoAgencies, w) {
			return false
		}
	}
	return true
}

// sourcePrefixes open a line that names the source of a chart, a table or
// a story ("Source: CDC", "Fuente: Actualidad"), lower-cased. Such a line
// is a credit when it stands alone; in a sentence's brackets it is the
// sentence's.
var sourcePrefixes = []string{"source:", "source :", "fuente:", "fonte:"}

// isSourceLine reports lower-cased text that opens, brackets aside, with a
// source prefix.
func isSourceLine(lower string) bool {
	return hasAnyPrefix(strings.TrimLeft(lower, "([ "), sourcePrefixes)
}

// endsWithAgency reports a line that ends in "/ Agency" or "/Agency", a
// photographer and the agency that distributes the picture ("Kyrre
// Lien/Ritzau Scanpix", "Khalil Ashaw / Reuters").
func endsWithAgency(text string) bool {
	text = strings.TrimRight(text, ") .")
	for _, agency := range photoAgencies {
		rest, ok := strings.CutSuffix(text, agency)
		if ok && strings.HasSuffix(strings.TrimRight(rest, " "), "/") {
			return true
		}
	}
	return false
}

// agencyCredits open the credit a wire service prints after a caption,
// its name before the photographer's: "REUTERS/Benoit Tessier", "AP
// Photo/Evan Vucci", lower-cased.
var agencyCredits = []string{"reuters/", "ap photo/", "afp photo/", "afp/", "epa/", "epa-efe/"}

// agencyCreditWordsMax bounds the words of the photographer's name after
// an agency's credit.
const agencyCreditWordsMax = 3

// endsWithAgencyCredit reports lower-cased text that ends in a wire
// service's credit and the photographer's name: "tapie en 2008.
// reuters/benoit tessier -". A poll's name in a sentence ("a reuters/ipsos
// poll found that …") runs on for more words than a name.
func endsWithAgencyCredit(text string) bool {
	for _, credit := range agencyCredits {
		i := strings.LastIndex(text, credit)
		if i < 0 || i > 0 && !strings.ContainsRune(" .,;:(-–—|", rune(text[i-1])) {
			continue
		}
		name := strings.Trim(text[i+len(credit):], " -–—).,;")
		if words := len(strings.Fields(name)); words > 0 && words <= agencyCreditWordsMax && !strings.ContainsAny(name, ".!?") {
			return true
		}
	}
	return false
}

// isCleanableBlock lists the elements the phrase rules may remove whole.
func isCleanableBlock(tag string) bool {
	switch tag {
	case "p", "div", "section", "li", "ul", "ol", "figure", "figcaption", "span", "time",
		"h2", "h3", "h4", "h5", "h6", "aside", "small", "blockquote", "article", "header", "footer", "dl":
		return true
	}
	return false
}

// isLinkLine reports a link that stands as a line of its own between
// blocks ("<div>…</div><a href="#comments">Go to comments: 0 posted</a>
// <div>…"): the pass wraps such a link in a paragraph, and the phrase rules
// read it as one, unless an element it does not know as phrasing (a
// custom element such as <vf-conversations-count>) stands inside it.
func isLinkLine(n *html.Node) bool {
	return n.Data == "a" && standsBetweenBlocks(n)
}

// phraseText returns the text of a block short enough for the phrase
// rules (phraseBlockMax bytes), as read and lower-cased, without the soft
// hyphens a hyphenation plugin set; "", "" for a longer or empty block.
func phraseText(n *html.Node, s blockStats) (raw, lower string) {
	if s.text == 0 || s.text > phraseBlockMax {
		return "", ""
	}
	raw, _ = boundedText(n, phraseBlockMax*2)
	raw = withoutInvisible(raw)
	return raw, strings.ToLower(raw)
}

// judgeLinkLine applies to a link that stands as a line (isLinkLine),
// raw and lower being its text as phraseText reads it, the phrase rules
// that read a block's words alone, then the line rules: a link's own
// rules (a linked image and headline as a teaser, a lead-in before a link)
// judge the paragraph around it, which this link has none of.
func (cl *cleaner) judgeLinkLine(n *html.Node, s blockStats, raw, lower string) (Kind, string) {
	if raw == "" {
		return "", ""
	}
	if kind, rule := furniturePhrase(lower); rule != "" {
		return kind, rule
	}
	if s.text <= furniturePrefixMax {
		if kind, rule := furniturePrefix(lower); rule != "" {
			return kind, rule
		}
	}
	return cl.judgeLine(n, s, raw, lower)
}

// furniturePhrase matches lower-cased text, its trailing marks and dashes
// trimmed ("- Advertisement -", "Te recomendamos ⬇"), against the
// furniture phrases, and returns the kind and the rule, or an empty rule.
func furniturePhrase(lower string) (Kind, string) {
	trimmed := strings.Trim(strings.TrimRightFunc(lower, isTrailingMark), "-–— ")
	trimmed = strings.TrimPrefix(trimmed, "[+] ") // an icon's label before the word ("[+] Enlarge")
	if kind, ok := furniturePhrases[trimmed]; ok {
		return kind, "phrase " + strconv.Quote(trimmed)
	}
	return "", ""
}

// furniturePrefix matches the start of lower-cased text against the
// furniture prefixes, and returns the kind and the rule, or an empty rule.
func furniturePrefix(lower string) (Kind, string) {
	for _, lead := range furniturePrefixes {
		if strings.HasPrefix(lower, lead.prefix) {
			return lead.kind, "starts with " + strconv.Quote(lead.prefix)
		}
	}
	return "", ""
}

// isEmptiable lists the elements removed when they hold no text or image.
func isEmptiable(tag string) bool {
	switch tag {
	case "p", "div", "section", "li", "ul", "ol", "figure", "figcaption", "span", "blockquote", "aside", "header", "footer", "dl":
		return true
	}
	return false
}

// holdsLineBreak reports an element with a <br> inside: "<b>Question?</b>
// <span><br></span>Answer" breaks the line, however empty the span.
func holdsLineBreak(n *html.Node) bool {
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && d.Data == "br" {
			return true
		}
	}
	return false
}

// isImageURL reports links to image files: a linked image that opens its
// full-size version is a figure, not a teaser.
func isImageURL(href string) bool {
	href = strings.ToLower(href)
	if i := strings.IndexAny(href, "?#"); i >= 0 {
		href = href[:i]
	}
	return hasAnySuffix(href, []string{".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg"})
}

// lineEdge bounds the text, in bytes, between a date, byline or
// reading-time line and the article's start or end. Dates further in head
// the sections of a schedule or a diary ("Samstag, 05. Februar 2022" and
// that day's games).
const lineEdge = 300

// leadEdge is lineEdge at the article's start, where a standfirst of a
// few lines may come before the date and byline lines.
const leadEdge = 500

// atStart reports whether the block just walked, holding s, stands within
// leadEdge of the article's start, counting the text that stays: furniture
// removed before it (a newsfeed over the story) moves it no further in.
func (cl *cleaner) atStart(s blockStats) bool {
	return cl.seen-cl.removed-s.text <= leadEdge
}

// first reports whether the block just walked, holding s, is the first
// text of the article that stays.
func (cl *cleaner) first(s blockStats) bool {
	return cl.seen-cl.removed == s.text
}

// atEnd reports whether the block just walked, holding s, stands within
// lineEdge of the article's end.
func (cl *cleaner) atEnd(s blockStats) bool {
	return cl.total-cl.seen <= lineEdge
}

// last reports whether the block just walked is the article's last text:
// none follows it.
func (cl *cleaner) last() bool {
	return cl.seen == cl.total
}

// atEdge reports whether the block just walked, holding s, stands within
// leadEdge of the article's start or lineEdge of its end.
func (cl *cleaner) atEdge(s blockStats) bool {
	return cl.atStart(s) || cl.atEnd(s)
}

// isTrailingMark reports what may end a furniture phrase without being
// part of it: punctuation, spaces, and symbols such as arrows and emoji
// ("Te recomendamos ⬇", "Lesen Sie auch ➜").
func isTrailingMark(r rune) bool {
	return strings.ContainsRune(":.!?…» ：", r) || unicode.IsSymbol(r) || unicode.Is(unicode.Variation_Selector, r)
}
