// Package extract finds the article in an HTML page and returns it as a
// typed Article: title, byline, date, site, language, URL, plain text and a
// cleaned HTML tree that renders as text, Markdown, HTML or JSON.
//
// The stages, one file each:
//
//	decode.go        bytes in any charset → UTF-8 (BOM, HTTP header, <meta>, detection)
//	parse.go         golang.org/x/net/html, flattening pages nested too deeply
//	fragment.go      an input that is a fragment of HTML, not a page: the article whole
//	rulesfile.go     a user's rules file: a body selector, blocks to drop or keep
//	metadata.go      meta tags and the page's own elements, read before pruning,
//	                 with jsonld.go, title.go, byline.go (bylineclean.go,
//	                 bylinetext.go, signature.go, copyright.go), dates.go
//	                 and zone.go
//	noscript.go      an article a page gives only in a <noscript>, read as markup
//	stories.go       the stories a page appends below its own, dropped
//	prune.go         boilerplate removed by the rules in rules.go and PHP
//	                 error messages (phperror.go), but not a hidden wrapper
//	                 that is the page itself or hidden paragraphs that are
//	                 the rest of the story (reveal.go); a pictured
//	                 item's caption marked, to go after the pass (deferred.go);
//	                 a heading left alone by a removed block (orphanheading.go)
//	captionpage.go   pages told in image captions keep their captions
//	inlinebyline.go  byline marks taken off phrases inside sentences, which
//	                 the pass would remove as the byline
//	extract.go       the readability pass (codeberg.org/readeck/go-readability/v2),
//	                 shown a bounded part of large pages (window.go)
//	split.go         the paragraphs of a story cut into sections, which the pass
//	                 left out, put back, and the prose of a page builder's
//	                 layout rows beside the article's row (rows.go)
//	fallback.go      JSON-LD articleBody or the densest block when that pass fails
//	                 or shows a teaser
//	cleanup.go       in-body furniture: "READ MORE" lines, teasers, credits,
//	                 sign-up and paywall prompts (signup.go), links set apart
//	                 by arrows or in capitals (arrowlink.go, capitalslink.go),
//	                 a link alone whose address spells its words, another
//	                 story's headline, or a list of one link to the site's
//	                 own pages (headlinelink.go),
//	                 lines of links to category or tag pages and breadcrumbs
//	                 that open with a link home (taxonomylinks.go,
//	                 breadcrumb.go, both read by linkrun.go),
//	                 rating lines, share bars and gallery counters
//	                 (ratingline.go, sharenames.go, gallerycounter.go), a
//	                 section link above the headline (kicker.go), and
//	                 date, byline, reading-time and copyright-notice lines at
//	                 the article's edges (dateline.go, readingtime.go,
//	                 copyrightnotice.go, bylineline.go with the byline
//	                 elements prune.go marks), and an author's contact
//	                 lines at its start (contactline.go)
//	lead.go          the standfirst put back when it sits beside the body, also
//	                 when the description was cut short from it (cutlead.go)
//	recipe.go        a recipe's declared ingredients put back when the body lacks them
//	titleheading.go  the headline that opens the body dropped: it is the title
//	trailingheading.go a heading left last with nothing under it dropped
//	wordbreak.go     a block prune.go or cleanup.go removes leaves a space
//	                 where it parted two words
//	nfc.go           text and metadata in Unicode NFC
//	confidence.go    how likely the result is the page's article
//	render_*.go      text, Markdown, HTML and JSON (render.go lays out blocks)
//
// FromBytes and FromReader take a whole page (or a fragment of HTML) and
// Options; FromDocument takes a parsed page and changes it. Nothing is shared between calls, so any
// number of extractions may run at once.
//
// It is the caller's duty to cap what it reads: FromReader does so with
// Options.MaxSize, FromBytes takes the bytes it is given.
package extract
