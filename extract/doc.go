// Package extract finds the article in an HTML page and returns it as a
// typed Article: title, byline, date, site, language, URL, plain text and a
// cleaned HTML tree that renders as text, Markdown, HTML or JSON.
//
// The stages, one file each:
//
//	decode.go        bytes in any charset → UTF-8 (BOM, HTTP header, <meta>, detection)
//	parse.go         golang.org/x/net/html, flattening pages nested too deeply
//	metadata.go      meta tags and the page's own elements, read before pruning,
//	                 with jsonld.go, title.go, byline.go (bylineclean.go,
//	                 bylinetext.go, signature.go, copyright.go), dates.go
//	                 and zone.go
//	noscript.go      an article a page gives only in a <noscript>, read as markup
//	stories.go       the stories a page appends below its own, dropped
//	prune.go         boilerplate removed by the rules in rules.go and PHP
//	                 error messages (phperror.go); a pictured
//	                 item's caption marked, to go after the pass (deferred.go)
//	inlinebyline.go  byline marks taken off phrases inside sentences, which
//	                 the pass would remove as the byline
//	extract.go       the readability pass (codeberg.org/readeck/go-readability/v2),
//	                 shown a bounded part of large pages (window.go)
//	split.go         the paragraphs of a story cut into sections, which the pass
//	                 left out, put back
//	fallback.go      JSON-LD articleBody or the densest block when that pass fails
//	                 or shows a teaser
//	cleanup.go       in-body furniture: "READ MORE" lines, teasers, credits,
//	                 rating lines, share bars and gallery counters
//	                 (ratingline.go, sharenames.go, gallerycounter.go), and
//	                 date, byline, reading-time and copyright-notice lines at
//	                 the article's edges (dateline.go, readingtime.go,
//	                 copyrightnotice.go, bylineline.go with the byline
//	                 elements prune.go marks)
//	lead.go          the standfirst put back when it sits beside the body, also
//	                 when the description was cut short from it (cutlead.go)
//	recipe.go        a recipe's declared ingredients put back when the body lacks them
//	titleheading.go  the headline that opens the body dropped: it is the title
//	render_*.go      text, Markdown, HTML and JSON
//
// FromBytes and FromReader take a whole page and Options; FromDocument takes
// a parsed tree and changes it. Nothing is shared between calls, so any
// number of extractions may run at once.
//
// It is the caller's duty to cap what it reads: FromReader does so with
// Options.MaxSize, FromBytes takes the bytes it is given.
package extract
