package extract

// This file holds pith's boilerplate rules as data. Each rule names the kind
// of block it catches; prune.go and cleanup.go apply them. Rules never name a
// site: they describe markup and wording that many sites share.

// Kind names a family of boilerplate blocks.
type Kind string

// The kinds of boilerplate pith removes.
const (
	KindSubscribe  Kind = "subscribe"  // subscribe buttons, newsletter and paywall prompts
	KindComments   Kind = "comments"   // comment widgets and "log in to comment" prompts
	KindRelated    Kind = "related"    // "Read more", related-story links and teasers
	KindShare      Kind = "share"      // share bars and social buttons
	KindTags       Kind = "tags"       // tag and topic lists
	KindConsent    Kind = "consent"    // cookie and consent banners
	KindSidebar    Kind = "sidebar"    // sidebars, "most read" and trending lists
	KindNewsfeed   Kind = "newsfeed"   // live newsfeeds and tickers
	KindCredits    Kind = "credits"    // photo credits and copyright lines
	KindCaptions   Kind = "captions"   // image captions and figure legends
	KindChat       Kind = "chat"       // chat pop-ups and modal overlays
	KindBio        Kind = "bio"        // author bio boxes
	KindAds        Kind = "ads"        // advertising slots
	KindFooter     Kind = "footer"     // page and article footers
	KindNavigation Kind = "navigation" // menus, breadcrumbs, skip links, hidden text
	// KindMarkup is what never holds text (scripts, styles, embeds, form
	// controls). It is always removed; --keep cannot switch it off.
	KindMarkup Kind = "markup"
)

// Kinds lists the kinds a user can keep or drop, in the order the README
// documents them.
func Kinds() []Kind {
	return []Kind{KindSubscribe, KindComments, KindRelated, KindShare, KindTags, KindConsent,
		KindSidebar, KindNewsfeed, KindCredits, KindCaptions, KindChat, KindBio, KindAds,
		KindFooter, KindNavigation}
}

// removedTags are elements that never hold article text.
var removedTags = map[string]Kind{
	"script": KindMarkup, "style": KindMarkup, "template": KindMarkup, "svg": KindMarkup,
	"canvas": KindMarkup, "iframe": KindMarkup, "object": KindMarkup, "embed": KindMarkup,
	"button": KindMarkup, "input": KindMarkup, "select": KindMarkup,
	"textarea": KindMarkup, "nav": KindNavigation, "aside": KindSidebar,
	"footer": KindFooter, "dialog": KindChat, "menu": KindNavigation, "form": KindSubscribe,
	"figcaption": KindCaptions,
}

// removedRoles are ARIA roles of page furniture.
var removedRoles = map[string]Kind{
	"navigation": KindNavigation, "menu": KindNavigation, "menubar": KindNavigation,
	"search": KindNavigation, "banner": KindNavigation, "contentinfo": KindFooter,
	"complementary": KindSidebar, "dialog": KindChat, "alertdialog": KindChat,
	"status": KindNewsfeed, "marquee": KindNewsfeed, "log": KindChat,
}

// classTokens are whole words of class and id values (split at every
// character that is not a letter or digit, lower-cased) that mark furniture.
var classTokens = map[string]Kind{
	"subscribe": KindSubscribe, "subscription": KindSubscribe, "newsletter": KindSubscribe,
	"paywall": KindSubscribe, "signup": KindSubscribe, "optin": KindSubscribe,
	"suscripcion": KindSubscribe, "suscripciones": KindSubscribe, "assinatura": KindSubscribe,
	"comment": KindComments, "comments": KindComments, "disqus": KindComments,
	"discussion": KindComments, "respond": KindComments, "reply": KindComments,
	"kommentare": KindComments, "commentaires": KindComments,
	"comentarios": KindComments, "commenti": KindComments, "komentarze": KindComments,
	"related": KindRelated, "recommended": KindRelated, "recommendations": KindRelated,
	"readmore": KindRelated, "teaser": KindRelated, "teasers": KindRelated,
	"outbrain": KindRelated, "taboola": KindRelated, "recirculation": KindRelated,
	"share": KindShare, "sharing": KindShare, "social": KindShare, "sharebar": KindShare,
	"addthis": KindShare, "sociallinks": KindShare, "socials": KindShare,
	"tags": KindTags, "taglist": KindTags, "keywords": KindTags,
	"topics": KindTags,
	"cookie": KindConsent, "cookies": KindConsent, "consent": KindConsent, "gdpr": KindConsent,
	"sidebar": KindSidebar, "mostread": KindSidebar,
	"popular": KindSidebar, "trending": KindSidebar, "rail": KindSidebar,
	"newsfeed": KindNewsfeed, "ticker": KindNewsfeed, "feed": KindNewsfeed,
	"copyright": KindCredits, "credit": KindCredits, "credits": KindCredits,
	"caption": KindCaptions, "figcaption": KindCaptions, "legend": KindCaptions,
	"chat": KindChat, "chats": KindChat, "popup": KindChat, "modal": KindChat, "overlay": KindChat, "toast": KindChat,
	"bio": KindBio, "authorbio": KindBio, "biography": KindBio,
	"ad": KindAds, "ads": KindAds, "advert": KindAds, "advertisement": KindAds,
	"adslot": KindAds, "sponsor": KindAds, "sponsored": KindAds, "dfp": KindAds,
	"footer": KindFooter,
	"nav":    KindNavigation, "navbar": KindNavigation, "navigation": KindNavigation,
	"menu": KindNavigation, "breadcrumb": KindNavigation, "breadcrumbs": KindNavigation,
	"skip": KindNavigation, "masthead": KindNavigation,
	"vjs": KindMarkup, // Video.js player controls and caption settings ("vjs-control-bar")
}

// classPhrases are multi-word class and id names, matched on the value with
// every non-alphanumeric character removed ("sr-only" → "sronly"). A list,
// so that the first match is the same on every run.
var classPhrases = []struct {
	phrase string
	kind   Kind
}{
	{"sronly", KindNavigation}, {"visuallyhidden", KindNavigation}, {"screenreadertext", KindNavigation},
	{"mostread", KindSidebar}, {"mostpopular", KindSidebar}, {"morestories", KindRelated},
	{"relatedarticles", KindRelated}, {"relatedposts", KindRelated}, {"readalso", KindRelated},
	{"socialshare", KindShare}, {"sharebuttons", KindShare}, {"sharetools", KindShare},
	{"authorbio", KindBio}, {"aboutauthor", KindBio}, {"authorbox", KindBio},
	{"cookiebanner", KindConsent}, {"cookienotice", KindConsent}, {"dialog", KindChat},
	{"shortnews", KindNewsfeed}, {"newsticker", KindNewsfeed},
	{"skiplink", KindNavigation}, {"skipnav", KindNavigation}, {"navskip", KindNavigation},
	{"postviews", KindNavigation},
}

// protectTokens mark elements that hold the article itself: a block with
// one of these words in its class or id is never pruned by a class rule.
var protectTokens = map[string]bool{
	"articlebody": true, "articletext": true, "articlecontent": true, "entrycontent": true,
	"postcontent": true, "postbody": true, "storybody": true, "storycontent": true,
	"maincontent": true,
}

// furniturePhrases are the whole text of short blocks that are page
// furniture, in several languages (compared lower-cased, spaces collapsed,
// trailing punctuation dropped).
var furniturePhrases = map[string]Kind{
	"subscribe": KindSubscribe, "subscribe now": KindSubscribe, "sign up": KindSubscribe, "sign up now": KindSubscribe,
	"abonnieren": KindSubscribe, "jetzt abonnieren": KindSubscribe, "s'abonner": KindSubscribe,
	"suscríbete": KindSubscribe, "suscribite": KindSubscribe, "suscribirse": KindSubscribe, "abbonati": KindSubscribe,
	"подписаться": KindSubscribe,
	"share":       KindShare, "share this": KindShare, "share this article": KindShare,
	"share on facebook": KindShare, "share on twitter": KindShare, "tweet": KindShare,
	"teilen": KindShare, "partager": KindShare, "compartir": KindShare, "condividi": KindShare,
	"поделиться": KindShare, "email": KindShare, "print": KindShare,
	"advertisement": KindAds, "advertising": KindAds, "anzeige": KindAds, "werbung": KindAds,
	"publicité": KindAds, "publicidad": KindAds, "pubblicità": KindAds, "реклама": KindAds,
	"sponsored": KindAds, "sponsored content": KindAds, "advertorial": KindAds,
	"newsfeed": KindNewsfeed, "лента новостей": KindNewsfeed,
	"loader": KindComments, "loading": KindComments, "загрузка": KindComments,
	"comments": KindComments, "kommentare": KindComments, "commentaires": KindComments,
	"comentarios": KindComments, "commenti": KindComments, "комментарии": KindComments, "kommentarer": KindComments,
	"te recomendamos": KindRelated, "ver noticia": KindRelated, "view photos": KindNavigation,
	"caption": KindCaptions, "ख़बर सुनें": KindNavigation, "खबर सुनें": KindNavigation,
	"log in or register": KindComments, "to participate in the discussion": KindComments,
	"chats": KindChat, "chat": KindChat,
	"tags": KindTags, "schlagworte": KindTags, "themen": KindTags, "теги": KindTags,
	"related": KindRelated, "related articles": KindRelated, "related stories": KindRelated,
	"read more": KindRelated, "more stories": KindRelated, "mehr zum thema": KindRelated, "mehr lesen": KindRelated,
	"weitere videos": KindRelated, "mehr videos": KindRelated, "more videos": KindRelated, "related videos": KindRelated,
	"weitere artikel": KindRelated, "читайте также": KindRelated, "à lire aussi": KindRelated,
	"lire aussi": KindRelated, "leer más": KindRelated, "leggi anche": KindRelated,
	"kommentieren": KindComments, "kommentar": KindComments, "leave a reply": KindComments,
	"antworten": KindComments, "reply": KindComments, "permalink": KindNavigation, "permalien": KindNavigation,
	"drucken": KindShare, "imprimer": KindShare, "imprimir": KindShare, "stampa": KindShare, "drukuj": KindShare,
	"bild anzeigen": KindNavigation, "click to enlarge": KindNavigation, "click to expand": KindNavigation,
	"zum vergrößern bitte anklicken": KindNavigation, "zum vergrößern anklicken": KindNavigation,
	"zum vergrößern klicken": KindNavigation, "klicken zum vergrößern": KindNavigation,
	"cliquez pour agrandir": KindNavigation, "haga clic para ampliar": KindNavigation, "clicca per ingrandire": KindNavigation, "community": KindComments, "meist-diskutiert": KindSidebar,
	"most read": KindSidebar, "meistgelesen": KindSidebar, "most popular": KindSidebar, "trending": KindSidebar,
	"you may also like": KindRelated, "recommended": KindRelated, "related posts": KindRelated,
	"related content": KindRelated, "more from": KindRelated, "auch interessant": KindRelated,
	"more on the topic": KindRelated, "more on this topic": KindRelated, "audios and videos on the topic": KindRelated,
	"audios und videos zum thema": KindRelated, "audios et vidéos sur le sujet": KindRelated,
	"audios y videos sobre el tema": KindRelated, "artikel und videos zum thema": KindRelated,
	"artikel zum thema": KindRelated, "videos zum thema": KindRelated, "beiträge zum thema": KindRelated,
	"weitere artikel zum thema": KindRelated, "news zum thema": KindRelated,
	"das könnte sie auch interessieren": KindRelated, "weitere informationen": KindRelated,
	"kontakt": KindFooter, "contact": KindFooter, "contact us": KindFooter,
	"aktualisiert am": KindNavigation, "aktualisiert": KindNavigation, "veröffentlichung": KindNavigation,
	"veröffentlicht am": KindNavigation, "publikacja": KindNavigation, "opublikowano": KindNavigation,
	"aufrufe": KindNavigation, "views": KindNavigation, "von": KindBio, "autoren": KindBio, "autor": KindBio,
	"kommentare insgesamt": KindComments, "keine kommentare": KindComments, "kommentare geschlossen": KindComments,
	"no comments": KindComments, "comments are closed": KindComments, "kommentare deaktiviert": KindComments,
	"kommentare sind geschlossen": KindComments, "neue kommentare": KindComments, "neueste kommentare": KindComments,
	"letzte kommentare": KindComments, "recent comments": KindComments, "latest comments": KindComments,
	"über den autor": KindBio, "über die autorin": KindBio, "about the author": KindBio, "à propos de l'auteur": KindBio,
	"sobre el autor": KindBio, "l'autore": KindBio, "об авторе": KindBio,
	"verwandte artikel": KindRelated, "ähnliche artikel": KindRelated, "ähnliche beiträge": KindRelated,
	"empfohlene beiträge": KindRelated, "empfohlene artikel": KindRelated, "das könnte dich auch interessieren": KindRelated,
	"le puede interesar": KindRelated, "te puede interesar": KindRelated, "noticias relacionadas": KindRelated,
	"articles similaires": KindRelated, "sur le même sujet": KindRelated, "articoli correlati": KindRelated,
	"похожие статьи": KindRelated, "heute empfehlen wir": KindRelated, "mehr themen": KindRelated,
	"zum weiterlesen": KindRelated, "weiterführender link": KindRelated, "weiterführende links": KindRelated,
	"noch mehr infos für dich": KindRelated, "viel spaß beim stöbern": KindRelated,
	"beitragsbild": KindCaptions, "image illustrative": KindCaptions, "representative image": KindCaptions,
	"representational image": KindCaptions, "image for representation": KindCaptions, "file photo": KindCaptions,
	"關鍵字": KindTags, "关键词": KindTags, "分享": KindShare, "分享到": KindShare, "分享至": KindShare,
	"责任编辑": KindBio, "責任編輯": KindBio, "關鍵詞": KindTags, "关键字": KindTags, "photograph by": KindCredits,
	"rezept drucken": KindShare, "print recipe": KindShare, "pin recipe": KindShare, "save recipe": KindShare,
	"jump to recipe": KindShare, "rezept merken": KindShare, "pin": KindShare, "pin it": KindShare, "speichern": KindShare, "merken": KindShare,
	"pdf": KindShare, "drucken / pdf": KindShare,
	"zurück": KindNavigation, "zurück zur übersicht": KindNavigation, "zurück zur listenansicht": KindNavigation,
	"previous": KindNavigation, "next": KindNavigation, "vorheriger artikel": KindNavigation, "nächster artikel": KindNavigation,
	"news": KindNavigation, "externer inhalt": KindAds, "anzeigen": KindAds,
	"valora esta noticia": KindShare, "bewerten": KindShare, "rate this article": KindShare,
	"quellen ausblenden": KindNavigation, "quellenangaben": KindCredits,
	"back to top": KindNavigation, "nach oben": KindNavigation, "skip to content": KindNavigation, "na vrh": KindNavigation,
	"show more": KindNavigation, "mostrar más": KindNavigation, "mostrar mais": KindNavigation, "report this page": KindNavigation,
	"mehr anzeigen": KindNavigation, "weniger anzeigen": KindNavigation, "alle bilder anzeigen": KindNavigation,
	"alle fotos anzeigen": KindNavigation, "zum seitenanfang": KindNavigation, "anmelden und weiterlesen": KindSubscribe,
	"the interactive transcript could not be loaded": KindMarkup, "rating is available when the video has been rented": KindMarkup,
	"this feature is not available right now. please try again later": KindMarkup, // a video player's own messages
	"listen to this article": KindMarkup, "listen to article": KindMarkup, "escuchar artículo": KindMarkup,
	"escuchar nota": KindMarkup, "artikel anhören": KindMarkup, "écouter cet article": KindMarkup, "ascolta l'articolo": KindMarkup,
	"comments powered by": KindComments, "comments powered by disqus": KindComments,
	"next story": KindNavigation, "be the first to know": KindSubscribe, "comparte esta noticia": KindShare,
	"dieses thema im programm": KindNavigation, "your thoughts and comments": KindComments,
	"related information": KindRelated, "read more on": KindRelated, "topics mentioned in this article": KindTags,
	"this post is also available in": KindNavigation, "写真を拡大": KindNavigation,
	"go to comments": KindComments,
	"kategorien":     KindTags, "teilen sie diesen artikel": KindShare, "répondre à cet article": KindComments,
	"dies könnte sie auch interessieren": KindRelated, "newsletter-anmeldung": KindSubscribe,
	"erstveröffentlichung": KindNavigation, "letzte aktualisierung": KindNavigation,
	"trending stories": KindSidebar, "latest news": KindNewsfeed, "breaking news": KindNewsfeed, "more news": KindNewsfeed, "latest stories": KindNewsfeed, "top stories": KindNewsfeed,
	"notre sélection vidéo": KindRelated,
	"إقرأ أيضاً":            KindRelated, "اقرأ أيضاً": KindRelated, "اقرأ أيضا": KindRelated, "إقرأ أيضا": KindRelated,
	"skip to main content": KindNavigation, "skip to navigation": KindNavigation, "zum inhalt springen": KindNavigation,
	"zum hauptinhalt springen": KindNavigation, "zur navigation springen": KindNavigation, "zur suche springen": KindNavigation,
	"menu": KindNavigation, "menü": KindNavigation, "hauptinhalt": KindNavigation, "main content": KindNavigation,
	"view author archive": KindBio,
	"follow":              KindShare, "mitteilen": KindShare, "rss": KindShare, "rss-feed": KindShare, "reportar error": KindShare,
	"report a correction or typo": KindShare, "report a typo": KindShare, "report an error": KindShare, "submit a correction": KindShare,
	"fehler melden": KindShare, "signaler une erreur": KindShare,
	"anmelden": KindNavigation, "log in": KindNavigation,
	"sign in": KindNavigation, "login": KindNavigation,
	"lo más leído": KindSidebar, "más leídos": KindSidebar, "zobacz więcej": KindRelated, "saber más": KindRelated,
	"redaktionstipp": KindRelated, "geschrieben von": KindBio,
	"teile mich": KindShare, "vielen dank für deine stimme": KindShare, "feedback": KindShare,
	"lue seuraavaksi": KindRelated, "lue myös": KindRelated, "siste saker": KindRelated, "les også": KindRelated,
	"läs också": KindRelated, "lees ook": KindRelated, "what's next": KindRelated, "up next": KindRelated, "next up": KindRelated, "beliebte inhalte": KindSidebar,
	"jetzt anmelden": KindSubscribe, "donate now": KindSubscribe, "zurück zum inhaltsverzeichnis": KindNavigation,
	"impressum | datenschutz": KindFooter, "suche": KindNavigation, "search": KindNavigation,
	"lesermeinungen": KindComments, "leserkommentare": KindComments,
	"direkt zum inhalt": KindNavigation, "aller au contenu": KindNavigation, "ir al contenido": KindNavigation,
	"trackback": KindComments, "trackback url": KindComments, "trackback-url": KindComments,
	"kommentar erstellen": KindComments, "weitere kommentare": KindComments, "show comments": KindComments,
	"view comments": KindComments, "kommentare anzeigen": KindComments,
	"beitragsnavigation": KindNavigation, "post navigation": KindNavigation, "article navigation": KindNavigation,
	"navigation des articles": KindNavigation, "zur übersicht": KindNavigation,
	"close": KindNavigation, "schließen": KindNavigation, "bild schließen": KindNavigation, "fermer": KindNavigation,
	"cerrar": KindNavigation, "fotostrecke": KindNavigation, "bildergalerie": KindNavigation,
	"read the rest": KindRelated, "artikel lesen": KindRelated, "zum artikel": KindRelated, "link zum artikel": KindRelated,
	"continua depois da publicidade": KindAds, "continúa después de la publicidad": KindAds,
	"story continues below advertisement": KindAds, "article continues below advertisement": KindAds,
	"advertisement - continue reading below": KindAds, "continue reading below": KindAds,
	"weiterlesen nach der anzeige": KindAds, "lesen sie nach der anzeige weiter": KindAds,
	"article continues below this ad": KindAds, "story continues below": KindAds, "scroll to continue with content": KindAds,
	"ad feedback": KindAds, "video ad feedback": KindAds,
	"copy link": KindShare, "copy link to article": KindShare, "save article": KindShare, "save story": KindShare,
	"gift this article": KindShare, "print this page": KindShare, "print this article": KindShare, "email this article": KindShare,
	"recommended stories": KindRelated, "recommended for you": KindRelated,
	"related topics": KindRelated, "more on this story": KindRelated, "what to read next": KindRelated,
	"trending now": KindSidebar, "join the conversation": KindComments,
	"related coverage": KindRelated, "more coverage": KindRelated, "related reading": KindRelated,
	"explore more on these topics": KindRelated, "don't miss": KindRelated, "read next": KindRelated,
	"editors' picks": KindRelated, "full coverage": KindRelated, "most viewed": KindSidebar, "most shared": KindSidebar,
	"reuse this content": KindShare, "send any friend a story": KindShare, "share full article": KindShare,
	"share via email": KindShare, "whatsapp": KindShare, "like this": KindShare, "like loading": KindShare,
	"supported by": KindAds, "skip advertisement": KindAds, "advertisement skip advertisement": KindAds,
	"paid content": KindAds, "partner content": KindAds,
	"read in app": KindSubscribe, "get the app": KindSubscribe, "open in app": KindSubscribe,
	"never miss a story": KindSubscribe, "stay informed": KindSubscribe,
	"premium content": KindSubscribe, "premium article": KindSubscribe, "this is a premium article": KindSubscribe,
	"exclusive to subscribers": KindSubscribe, "subscriber exclusive": KindSubscribe, "subscribers only": KindSubscribe,
	"for subscribers only": KindSubscribe, "want to read more": KindSubscribe,
	"thank you for subscribing": KindSubscribe, "thanks for subscribing": KindSubscribe,
	"thank you for signing up": KindSubscribe, "thanks for signing up": KindSubscribe,
	"invalid email": KindSubscribe, "invalid email address": KindSubscribe,
	"please enter a valid email": KindSubscribe, "please enter a valid email address": KindSubscribe,
	"something went wrong, please try again later": KindSubscribe, "something went wrong. please try again later": KindSubscribe,
	"hide caption": KindCaptions, "toggle caption": KindCaptions, "show caption": KindCaptions, "enlarge this image": KindCaptions,
	"next article": KindNavigation, "previous article": KindNavigation, "more from this author": KindBio,
	"article continues after advertisement": KindAds, "story continues after advertisement": KindAds,
	"sort by newest": KindComments, "sort by oldest": KindComments, "sort by best": KindComments,
	"jetzt weiterlesen": KindRelated, "lees verder": KindRelated,
	"latest headlines": KindNewsfeed, "top headlines": KindNewsfeed, "latest videos": KindRelated,
	"popular stories": KindSidebar, "most commented": KindSidebar, "editor's picks": KindRelated,
	"editor's choice": KindRelated, "editors' choice": KindRelated, "recommended videos": KindRelated, "watch next": KindRelated,
	"sponsored stories": KindAds, "promoted stories": KindAds, "around the web": KindAds, "from around the web": KindAds,
	"from our partners": KindAds, "paid post": KindAds, "report an ad": KindAds, "report this ad": KindAds, "advertise with us": KindAds,
	"comment on this story": KindComments, "be the first to comment": KindComments, "tell us what you think": KindComments,
	"share your thoughts": KindComments, "have your say": KindComments, "join the discussion": KindComments,
	"report abuse": KindComments, "flag as inappropriate": KindComments,
	"share on linkedin": KindShare, "share on whatsapp": KindShare, "share on reddit": KindShare, "share on pinterest": KindShare,
	"copy url": KindShare, "link copied": KindShare, "font size": KindShare, "text size": KindShare, "print article": KindShare,
	"add to reading list": KindShare, "bookmark": KindShare, "get push notifications": KindSubscribe,
	"allow notifications": KindSubscribe, "send us your feedback": KindShare, "email the author": KindBio,
	"photo gallery": KindNavigation, "view gallery": KindNavigation, "open gallery": KindNavigation,
	"view all photos": KindNavigation, "see all photos": KindNavigation, "swipe for more photos": KindNavigation,
	"show less": KindNavigation, "read less": KindNavigation, "now playing": KindMarkup, "autoplay": KindMarkup,
	"unmute": KindMarkup, "full screen": KindMarkup, "fullscreen": KindMarkup, "video unavailable": KindMarkup,
	"show transcript": KindMarkup, "watch the video above": KindRelated, "watch the full video above": KindRelated,
	"manage cookies": KindConsent, "cookie settings": KindConsent, "accept all cookies": KindConsent,
	"do not sell my personal information": KindFooter, "your privacy choices": KindFooter,
	"recent posts": KindRelated, "recent articles": KindRelated, "latest articles": KindRelated, "latest posts": KindRelated,
	"neueste artikel": KindRelated, "neueste beiträge": KindRelated, "neuste beiträge": KindRelated,
	"aktuelle beiträge": KindRelated, "derniers articles": KindRelated, "articles récents": KindRelated,
	"entradas recientes": KindRelated, "artículos recientes": KindRelated, "últimas noticias": KindNewsfeed,
	"ultimi articoli": KindRelated, "articoli recenti": KindRelated,
	"share page": KindShare, "about sharing": KindShare, "close panel": KindNavigation, "gift article": KindShare,
	"artikel verschenken": KindShare, "diesen artikel verschenken": KindShare, "zur startseite": KindNavigation,
	"next page": KindNavigation, "previous page": KindNavigation, "nächste seite": KindNavigation,
	"vorherige seite": KindNavigation, "page suivante": KindNavigation, "página siguiente": KindNavigation,
	"archiv anzeigen": KindNavigation, "mehr": KindNavigation, "zum angebot": KindAds, "zum deal": KindAds,
	"hágase miembro ahora": KindSubscribe, "hazte miembro": KindSubscribe,
	"show thumbnails": KindNavigation, "show captions": KindCaptions, "share what you think": KindComments,
	"share or comment on this article": KindComments, "most read news": KindSidebar, "most read sport": KindSidebar,
	"recommended by": KindAds, "sponsored links": KindAds, "promoted links": KindAds, "promoted content": KindAds,
	"you may like": KindAds, "sponsored links by taboola": KindAds, "open this photo in gallery": KindNavigation,
	"after newsletter promotion": KindSubscribe, "skip past newsletter promotion": KindSubscribe,
	"loading something is loading": KindMarkup, "continue reading the full story": KindNavigation,
	"read full story": KindNavigation, "read the original article": KindRelated, "view this post on instagram": KindMarkup,
	"watch now": KindMarkup, "watch live": KindMarkup, "listen live": KindMarkup, "listen now": KindMarkup,
	"like us on facebook": KindShare, "thanks for reading": KindSubscribe, "enjoyed this article": KindSubscribe,
	"site index": KindNavigation, "quick links": KindNavigation, "top of page": KindNavigation,
	"skip to comments": KindNavigation, "continue reading": KindNavigation, "read full article": KindNavigation,
	"show full article": KindNavigation, "expand article": KindNavigation, "leer en español": KindNavigation,
	"read in english": KindNavigation, "listen to this story": KindMarkup, "contact the author": KindBio,
	"gd star rating": KindShare, "sterne anklicken zum bewerten": KindShare, "alle bewertungen anzeigen": KindShare,
	"bewertung verfassen": KindShare, "rate this recipe": KindShare, "rezept bewerten": KindShare,
}

// leadInPhrases start short link blocks that point to other stories ("READ
// MORE: Headline"). A block is removed when it starts with one of these
// (lower-cased) and most of its text is a link.
var leadInPhrases = []leadIn{
	{"read more", KindRelated}, {"read also", KindRelated}, {"also read", KindRelated},
	{"related", KindRelated}, {"see also", KindRelated}, {"more:", KindRelated}, {"more :", KindRelated},
	{"recommended", KindRelated}, {"you may also like", KindRelated},
	{"you might also like", KindRelated}, {"watch:", KindRelated}, {"listen:", KindRelated},
	{"lesen sie auch", KindRelated}, {"lesen sie mehr", KindRelated}, {"lesen sie hier", KindRelated},
	{"mehr zum thema", KindRelated}, {"auch interessant", KindRelated}, {"siehe auch", KindRelated},
	{"das könnte sie auch interessieren", KindRelated}, {"weiterlesen", KindRelated},
	{"lire aussi", KindRelated}, {"à lire aussi", KindRelated}, {"a lire aussi", KindRelated},
	{"voir aussi", KindRelated}, {"lire la suite", KindRelated}, {"à voir aussi", KindRelated},
	{"leer más", KindRelated}, {"lea también", KindRelated}, {"lee también", KindRelated},
	{"te puede interesar", KindRelated}, {"ver también", KindRelated}, {"relacionado", KindRelated},
	{"lea más", KindRelated}, {"lea también", KindRelated}, {"lea:", KindRelated}, {"lee:", KindRelated},
	{"auch lesen", KindRelated}, {"lesen sie:", KindRelated}, {"mehr dazu", KindRelated},
	{"dowiedz się więcej", KindRelated}, {"więcej", KindRelated},
	{"puedes ver", KindRelated}, {"vea también", KindRelated}, {"mira:", KindRelated}, {"mire:", KindRelated},
	{"también te puede interesar", KindRelated}, {"lire également", KindRelated},
	{"leggi anche", KindRelated}, {"leggi pure", KindRelated}, {"potrebbe interessarti", KindRelated},
	{"vedi anche", KindRelated},
	{"читайте также", KindRelated}, {"читайте еще", KindRelated}, {"читайте ещё", KindRelated},
	{"смотрите также", KindRelated}, {"по теме", KindRelated}, {"подробнее", KindRelated}, {"читайте материал", KindRelated},
	{"baca juga", KindRelated}, {"baca:", KindRelated}, // Indonesian
}

// furniturePrefixes start short blocks that are page furniture whether or
// not they hold a link: subscribe and paywall prompts, comment prompts,
// share and feedback questions, reprint notices.
var furniturePrefixes = []leadIn{
	{"sign up for", KindSubscribe}, {"subscribe to", KindSubscribe}, {"subscribe for", KindSubscribe},
	{"to view the full story", KindSubscribe}, {"already a subscriber", KindSubscribe},
	{"if you’re seeing this message but you’re already a subscriber", KindSubscribe},
	{"if you're seeing this message but you're already a subscriber", KindSubscribe},
	{"get our newsletter", KindSubscribe}, {"newsletter abonnieren", KindSubscribe},
	{"melden sie sich für unseren newsletter", KindSubscribe}, {"abonnez-vous", KindSubscribe},
	{"inscrivez-vous à notre newsletter", KindSubscribe}, {"suscríbete a", KindSubscribe},
	{"iscriviti alla newsletter", KindSubscribe}, {"подпишитесь на", KindSubscribe},
	{"you must be logged in", KindComments}, {"sie müssen sich einloggen", KindComments},
	{"sie müssen angemeldet sein", KindComments}, {"leave a reply", KindComments},
	{"leave a comment", KindComments}, {"post a comment", KindComments}, {"add a comment", KindComments},
	{"schreibe einen kommentar", KindComments}, {"kommentar schreiben", KindComments},
	{"kommentare schreiben", KindComments}, {"laisser un commentaire", KindComments},
	{"deja un comentario", KindComments}, {"lascia un commento", KindComments},
	{"оставить комментарий", KindComments}, {"добавить комментарий", KindComments},
	{"to participate in the discussion", KindComments}, {"you must log in or register", KindComments},
	{"du musst eingeloggt sein", KindComments}, {"du musst angemeldet sein", KindComments},
	{"um einen kommentar zu hinterlassen", KindComments}, {"um einen kommentar zu schreiben", KindComments},
	{"um selbst kommentare", KindComments}, {"um kommentare zu schreiben", KindComments}, {"kommentare lesen und schreiben", KindComments},
	{"log in to comment", KindComments}, {"sign in to comment", KindComments}, {"please log in to comment", KindComments},
	{"you must be signed in to", KindComments}, {"connectez-vous pour commenter", KindComments},
	{"vous devez être connecté pour", KindComments}, {"inicia sesión para comentar", KindComments},
	{"debes iniciar sesión para", KindComments}, {"devi essere connesso per", KindComments},
	{"commenting feature is disabled", KindComments}, {"our standards:the thomson reuters", KindFooter}, {"our standards: the thomson reuters", KindFooter},
	{"have a tip?", KindBio}, {"have a story?", KindBio}, {"do you have a story?", KindBio},
	{"have a confidential tip", KindBio}, {"got a confidential news tip", KindBio},
	{"únete a nuestro canal", KindShare}, {"únete a nuestro grupo", KindShare}, {"receba notícias", KindShare},
	{"receba as notícias", KindShare}, {"cet article vous a plu", KindShare}, {"did you like this article", KindShare},
	{"like this article?", KindShare}, {"hat ihnen dieser artikel gefallen", KindShare},
	{"hat dir dieser artikel gefallen", KindShare}, {"¿te ha gustado este artículo", KindShare},
	{"for more news", KindRelated}, {"click here to read more", KindRelated},
	{"click to share on", KindShare}, {"image caption,", KindCaptions}, {"media caption,", KindCaptions},
	{"listen to this article", KindMarkup}, {"listen to article", KindMarkup}, {"got a story?", KindBio},
	{"заголовок в газете:", KindFooter}, {"опубликован в газете ", KindFooter},
	{"you are here:", KindNavigation}, {"етикети:", KindTags}, {"подписывайтесь на", KindSubscribe},
	{"original-content von:", KindCredits}, {"rückfragen bitte an", KindFooter}, {"got a tip?", KindBio}, {"انتهای پیام", KindFooter}, {"have a news tip?", KindBio}, {"we'd love to get your feedback", KindComments},
	{"we'd love your feedback", KindComments}, {"we’d love to get your feedback", KindComments}, {"allerede bruger", KindSubscribe}, {"allerede abonnent", KindSubscribe}, {"follow our full coverage", KindRelated},
	{"want to get notified", KindSubscribe}, {"wypróbuj prenumeratę", KindSubscribe},
	{"køb digitalt abonnement", KindSubscribe}, {"citeşte toată ştirea", KindRelated}, {"citește toată știrea", KindRelated},
	{"file photo of", KindCaptions}, {"file photo:", KindCaptions},
	{"please follow and like us", KindShare}, {"▶️ mantente informado en nuestro canal", KindShare},
	{"mantente informado en nuestro canal", KindShare},
	{"was this article helpful", KindShare}, {"war der artikel nützlich", KindShare},
	{"war dieser artikel hilfreich", KindShare}, {"möchten sie den artikel teilen", KindShare},
	{"share this article", KindShare}, {"share this story", KindShare}, {"diesen artikel teilen", KindShare},
	{"follow us on", KindShare}, {"follow us:", KindShare}, {"folgen sie uns", KindShare}, {"suivez-nous", KindShare},
	{"síguenos en", KindShare},
	{"this article is the copyrighted property", KindCredits},
	{"written permission must be obtained", KindCredits},
	{"this material may not be published", KindCredits},
	{"lade weitere inhalte", KindNavigation}, {"load more", KindNavigation}, {"mehr laden", KindNavigation},
	{"weitere artikel", KindRelated}, {"das könnte sie auch interessieren", KindRelated},
	{"das könnte dich auch interessieren", KindRelated}, {"schon gelesen", KindRelated},
	{"auch interessant", KindRelated}, {"weiterführende links", KindRelated},
	{"beiträge zum thema", KindRelated}, {"veja também", KindRelated}, {"leia também", KindRelated},
	{"zobacz także", KindRelated}, {"czytaj także", KindRelated}, {"czytaj też", KindRelated},
	{"this entry was posted", KindTags}, {"this entry is filed", KindTags}, {"posted in", KindTags},
	{"kategorie:", KindTags}, {"category:", KindTags}, {"category :", KindTags}, {"categories:", KindTags},
	{"schlagwörter:", KindTags}, {"tags:", KindTags}, {"stichworte:", KindTags},
	{"erstellt am", KindNavigation}, {"release date:", KindNavigation}, {"dieser text wurde veröffentlicht", KindNavigation},
	{"der beitrag wurde am", KindNavigation},
	{"if you enjoyed reading", KindShare}, {"if you liked this", KindShare}, {"we want to hear what you think", KindComments},
	{"submit your letter", KindComments}, {"never miss the latest", KindSubscribe}, {"for the latest stories", KindSubscribe},
	{"do you want to be informed", KindSubscribe}, {"download our app", KindSubscribe},
	{"click here to get the", KindSubscribe}, {"click here to download", KindSubscribe}, {"click here to sign up", KindSubscribe},
	{"click here to subscribe", KindSubscribe}, {"click here for more", KindRelated},
	{"hier können sie den artikel bewerten", KindShare}, {"artikel gefallen", KindShare}, {"gefällt dir", KindShare},
	{"hat ihnen dieser artikel gefallen", KindSubscribe}, {"hat dir dieser artikel gefallen", KindSubscribe},
	{"hat ihnen der artikel gefallen", KindSubscribe}, {"hat dir der artikel gefallen", KindSubscribe},
	{"watch more of our videos", KindRelated}, {"read more on ", KindRelated},
	{"follow ap's coverage", KindRelated}, {"follow our coverage", KindRelated}, {"follow the latest", KindRelated},
	{"turn on notifications", KindSubscribe},
	{"read or share this story", KindShare}, {"read the entire article", KindRelated}, {"all products recommended by", KindAds},
	{"our website uses cookies", KindConsent}, {"this website uses cookies", KindConsent}, {"this site uses cookies", KindConsent},
	{"we use cookies", KindConsent}, {"diese website verwendet cookies", KindConsent}, {"wir verwenden cookies", KindConsent},
	{"schlagworte:", KindTags}, {"dieser beitrag wurde", KindTags},
	{"read |", KindRelated}, {"also read |", KindRelated}, {"must read |", KindRelated}, {"read more |", KindRelated},
	{"go to comments:", KindComments}, {"para comentar debes", KindComments}, {"den artikel mit anderen teilen", KindShare}, {"continue reading for free", KindSubscribe},
	{"sie sind aktuell nicht eingeloggt", KindComments}, {"bitte teilen sie uns", KindComments},
	{"jede kleine spende", KindSubscribe}, {"unterstützen sie", KindSubscribe}, {"support our journalism", KindSubscribe},
	{"tú también puedes", KindSubscribe}, {"hacemos periodismo", KindSubscribe}, {"hazte miembro", KindSubscribe},
	{"¿ya sabías que", KindSubscribe}, {"¡mira lo que tiene", KindSubscribe}, {"síguenos", KindShare},
	{"mit diesem button", KindShare}, {"*werbung", KindAds}, {"werbung:", KindAds}, {"anzeige -", KindAds},
	{"anzeige:", KindAds}, {"geld erhalten wir", KindAds}, {"bei den verlinkungen handelt es sich", KindAds},
	{"für links auf dieser seite", KindAds}, {"affiliate links", KindAds}, {"this post contains affiliate", KindAds},
	{"subscribe now", KindSubscribe}, {"first-time subscribers", KindSubscribe}, {"zapraszamy", KindSubscribe},
	{"materiał chroniony prawem", KindCredits}, {"alle angaben ohne gewähr", KindCredits},
	{"le puede interesar", KindRelated}, {"das thema könnte dich auch interessieren", KindRelated},
	{"lesen sie auch die folgenden", KindRelated}, {"mehr zum thema", KindRelated}, {"weitere beiträge", KindRelated},
	{"entdecke weitere", KindRelated}, {"entdecken sie jetzt", KindRelated}, {"mehr aus der sendung", KindRelated},
	{"(visited ", KindNavigation}, {"kommentarfeed", KindComments}, {"karte wird geladen", KindNavigation},
	{"fotostrecke mit ", KindNavigation},
	{"short-url:", KindShare}, {"filed under", KindTags}, {"eingeordnet unter", KindTags},
	{"seguir leyendo", KindRelated}, {"leer artículo completo", KindRelated}, {"leer articulo completo", KindRelated},
	{"recibe alertas", KindSubscribe}, {"permalink", KindNavigation}, {"permalien", KindNavigation},
	{"ihnen hat der artikel gefallen", KindSubscribe}, {"video verfügbar bis", KindNavigation},
	{"we use your sign-up to provide content", KindSubscribe}, {"this site is protected by recaptcha", KindSubscribe},
	{"by signing up, you agree to", KindSubscribe}, {"by signing up you agree to", KindSubscribe},
	{"by subscribing, you agree to", KindSubscribe}, {"by subscribing you agree to", KindSubscribe},
	{"when you subscribe we will use the information", KindSubscribe},
	{"privacy notice: newsletters may contain", KindSubscribe}, {"get this delivered to your inbox", KindSubscribe},
	{"access your favorite topics in a personalized feed", KindSubscribe}, {"acquire licensing rights", KindShare},
	{"click here to read the full", KindRelated}, {"a post shared by", KindMarkup}, {"got a confidential news tip", KindBio},
	{"the comments below have not been moderated", KindComments}, {"by posting your comment you agree", KindComments},
	{"do you want to automatically post your", KindComments}, {"your comment will be posted to", KindComments},
	{"we will automatically post your comment", KindComments}, {"data is a real-time snapshot", KindNavigation},
	{"this article is more than", KindNavigation}, {"this article is over", KindNavigation},
	{"your browser does not support", KindMarkup}, {"sorry, this video is not available", KindMarkup},
	{"this video can not be played", KindMarkup}, {"this video cannot be played", KindMarkup},
}

// leadIn is one entry of leadInPhrases and furniturePrefixes.
type leadIn struct {
	prefix string
	kind   Kind
}

// creditPrefixes start photo-credit lines in captions and under images.
var creditPrefixes = []string{"©", "(c) ", "photo:", "photo by", "photograph by", "photographs by", "photography by", "illustration by", "photos:", "image:", "images:",
	"foto:", "fotos:", "bild:", "bilder:", "titelbild:", "quelle:", "photo :", "crédit", "credit:",
	"credits:", "image credit", "photo credit", "getty images", "фото:", "фото ", "źródło:",
	"image illustrative", "image d'illustration", "photo d'illustration", "illustration :", "illustration:", "ap photo/", "reuters/",
	"photograph:", "image source, ", "image source :", "image source:", "credit...", "credit…"}

// photoAgencies are the news and picture agencies whose name ends a
// credit line after a slash (endsWithAgency), lower-cased.
var photoAgencies = []string{"reuters", "afp", "ap", "dpa", "epa", "getty images", "getty", "bloomberg",
	"ritzau scanpix", "ntb scanpix", "scanpix", "ntb", "tt", "lehtikuva", "anp", "belga", "ansa", "efe",
	"xinhua", "imago", "keystone", "apa", "kyodo", "yonhap", "sipa", "abaca", "zuma press", "nurphoto",
	"alamy", "istock", "shutterstock", "pa", "pa wire", "pa images", "rex features", "ddp", "anadolu"}

// creditPhrases anywhere in a short block mark it as a credit line.
var creditPhrases = []string{"go to the mediabank", "all rights reserved", "alle rechte vorbehalten",
	"foto:", "photo:", "bild:", "image:", "photos:", "fotos:", "/getty", "getty images", "shutterstock",
	"/afp", "afp /", "/dpa", "dpa /", "/pap", "/reuters", "reuters /", "/wenn", "/imago", "imago /",
	"/epa", "/keystone", "/unsplash", "/ap photo", "picture alliance", "picture-alliance",
	"tous droits réservés", "todos los derechos reservados", "tutti i diritti riservati", "riproduzione riservata",
	"subject to copyright",
	"все права защищены", "(credits:", "(credit:", " nuotr.", "무단전재", "무단 전재", "재배포 금지", "無断転載", "版權所有", "版权所有"}
