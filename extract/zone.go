package extract

import (
	"strings"
	"time"
)

// A page often declares its date as a UTC time: an article a Berlin site
// published at 00:30 says 23:30Z, the day before the one its readers saw.
// The site's time zone, guessed from the page's language and region or
// its host's country domain, puts such a time back on the local day.

// zoneRule is a region's standard offset from UTC in minutes and whether
// it keeps northern summer time (one hour more from April to October).
type zoneRule struct {
	minutes int
	summer  bool
}

// regionZones are the usual offsets of the regions pages come from. A
// region with several zones has its most populous one.
var regionZones = map[string]zoneRule{
	// Europe
	"gb": {0, true}, "uk": {0, true}, "ie": {0, true}, "pt": {0, true},
	"de": {60, true}, "at": {60, true}, "ch": {60, true}, "fr": {60, true}, "it": {60, true}, "es": {60, true},
	"nl": {60, true}, "be": {60, true}, "lu": {60, true}, "pl": {60, true}, "cz": {60, true}, "sk": {60, true},
	"hu": {60, true}, "si": {60, true}, "hr": {60, true}, "rs": {60, true}, "dk": {60, true}, "se": {60, true},
	"no": {60, true}, "fi": {120, true}, "ee": {120, true}, "lv": {120, true}, "lt": {120, true},
	"gr": {120, true}, "ro": {120, true}, "bg": {120, true}, "ua": {120, true}, "ru": {180, false},
	"tr": {180, false}, "tn": {60, false},
	// the Americas
	"us": {-300, true}, "ca": {-300, true}, "mx": {-360, false}, "co": {-300, false}, "pe": {-300, false},
	"ec": {-300, false}, "ve": {-240, false}, "bo": {-240, false}, "cl": {-240, false}, "py": {-180, false},
	"ar": {-180, false}, "uy": {-180, false}, "br": {-180, false}, "cu": {-300, false},
	// Asia and Oceania
	"in": {330, false}, "bd": {360, false}, "cn": {480, false}, "hk": {480, false}, "tw": {480, false},
	"sg": {480, false}, "my": {480, false}, "ph": {480, false}, "jp": {540, false}, "kr": {540, false},
	"au": {600, false}, "nz": {720, false},
}

// languageRegions are the regions of languages spoken mostly in one
// zone, for pages that give a language without a region. English,
// Spanish and Portuguese are spoken across many and give none.
var languageRegions = map[string]string{
	"de": "de", "fr": "fr", "it": "it", "nl": "nl", "pl": "pl", "cs": "cz", "sk": "sk", "hu": "hu",
	"sl": "si", "hr": "hr", "da": "dk", "sv": "se", "nb": "no", "nn": "no", "fi": "fi", "et": "ee",
	"el": "gr", "ro": "ro", "bg": "bg", "uk": "ua", "ru": "ru", "tr": "tr", "ja": "jp", "ko": "kr",
	"zh": "cn", "bn": "bd",
}

// siteZone guesses the time zone of a page in language lang ("de-AT",
// "en_US", "fr") on host, at time t: from the language's region, else the
// host's country domain, else the language. It reports false when none
// tells.
func siteZone(lang, host string, t time.Time) (*time.Location, bool) {
	lang = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(lang), "_", "-"))
	language, region, _ := strings.Cut(lang, "-")
	candidates := []string{region, countryDomain(host), languageRegions[language]}
	for _, r := range candidates {
		rule, ok := regionZones[r]
		if r == "" || !ok {
			continue
		}
		minutes := rule.minutes
		if rule.summer && t.Month() >= time.April && t.Month() <= time.October {
			minutes += 60
		}
		return time.FixedZone("", minutes*60), true
	}
	return nil, false
}

// countryDomain returns the country code of host's top-level domain
// ("ar" for lanacion.com.ar), or "".
func countryDomain(host string) string {
	i := strings.LastIndexByte(host, '.')
	if i < 0 || len(host)-i-1 != 2 {
		return ""
	}
	code := strings.ToLower(host[i+1:])
	switch code {
	case "co", "me", "tv", "io", "ai", "fm", "ly", "to", "cc", "ws", "eu":
		return "" // sold worldwide, not a country's sites
	}
	return code
}

// inSiteZone returns t in the site's time zone when t is a UTC time and
// the zone can be guessed; otherwise t as it is.
func inSiteZone(t time.Time, lang, host string) time.Time {
	if _, offset := t.Zone(); offset != 0 || t.IsZero() {
		return t
	}
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return t // a bare date: no time to move
	}
	if zone, ok := siteZone(lang, host, t); ok {
		return t.In(zone)
	}
	return t
}
