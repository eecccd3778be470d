package extract

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
)

// KindRules is the kind of blocks removed by a rules file's drop selectors
// and phrases.
const KindRules Kind = "rules"

// keepAttr marks the elements a rules file keeps; it never reaches output.
const keepAttr = "data-pith-keep"

// Rules are a user's extraction rules, read from a rules file (see
// ParseRules). They win over pith's own rules.
type Rules struct {
	rules []siteRule
}

// siteRule is one compiled entry of a rules file.
type siteRule struct {
	host                     string // "" for every page
	body                     cascadia.Selector
	drop, keep               []cascadia.Selector
	dropPhrases, keepPhrases []string
}

// rulesFile is the documented format of a rules file.
type rulesFile struct {
	Rules []struct {
		Host        string   `json:"host"`
		Body        string   `json:"body"`
		Drop        []string `json:"drop"`
		Keep        []string `json:"keep"`
		DropPhrases []string `json:"drop_phrases"`
		KeepPhrases []string `json:"keep_phrases"`
	} `json:"rules"`
}

// ParseRules reads a rules file: JSON of the form
//
//	{"rules": [
//	  {"host": "example.com",               // optional: this host and its subdomains
//	   "body": "div.story",                 // optional: the article's container
//	   "drop": ["div.promo", ".paywall"],   // CSS selectors to remove
//	   "keep": ["div.editors-note"],        // CSS selectors never removed
//	   "drop_phrases": ["Sign up for"],     // short blocks starting with these go
//	   "keep_phrases": ["Correction:"]}     // blocks starting with these stay
//	]}
//
// name is used in errors, which give the line and the reason.
func ParseRules(name string, data []byte) (*Rules, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var f rulesFile
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%s:%d: %s", name, lineOf(data, jsonErrorOffset(data, err, dec)), strings.TrimPrefix(err.Error(), "json: "))
	}
	rs := &Rules{}
	for i, r := range f.Rules {
		compiled := siteRule{host: strings.ToLower(strings.TrimSpace(r.Host)), dropPhrases: lowerAll(r.DropPhrases), keepPhrases: lowerAll(r.KeepPhrases)}
		compile := func(sel string) (cascadia.Selector, error) {
			s, err := cascadia.Compile(sel)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: rule %d: bad CSS selector %q: %v", name, lineOf(data, bytes.Index(data, []byte(jsonQuote(sel)))), i+1, sel, err)
			}
			return s, nil
		}
		var err error
		if r.Body != "" {
			if compiled.body, err = compile(r.Body); err != nil {
				return nil, err
			}
		}
		for _, sel := range r.Drop {
			s, err := compile(sel)
			if err != nil {
				return nil, err
			}
			compiled.drop = append(compiled.drop, s)
		}
		for _, sel := range r.Keep {
			s, err := compile(sel)
			if err != nil {
				return nil, err
			}
			compiled.keep = append(compiled.keep, s)
		}
		rs.rules = append(rs.rules, compiled)
	}
	return rs, nil
}

func jsonQuote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func lowerAll(list []string) []string {
	out := make([]string, 0, len(list))
	for _, s := range list {
		if s = strings.ToLower(strings.TrimSpace(s)); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// jsonErrorOffset finds where in the input a decoding error happened.
func jsonErrorOffset(data []byte, err error, dec *json.Decoder) int {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		return int(syntax.Offset)
	case errors.As(err, &typ):
		return int(typ.Offset)
	}
	if _, field, ok := strings.Cut(err.Error(), "unknown field "); ok {
		if i := bytes.Index(data, []byte(field)); i >= 0 {
			return i
		}
	}
	return int(dec.InputOffset())
}

// lineOf turns a byte offset into a 1-based line number.
func lineOf(data []byte, offset int) int {
	if offset < 0 {
		return 1
	}
	return bytes.Count(data[:min(offset, len(data))], []byte("\n")) + 1
}

// forHost returns the rules that apply to a page on host: those without a
// host and those for host or a domain above it.
func (rs *Rules) forHost(host string) []siteRule {
	if rs == nil {
		return nil
	}
	host = strings.ToLower(host)
	var out []siteRule
	for _, r := range rs.rules {
		if r.host == "" || host == r.host || strings.HasSuffix(host, "."+r.host) {
			out = append(out, r)
		}
	}
	return out
}

// applyRules marks what the rules keep, removes what they drop, and
// returns the article container their body selector names, if any.
func applyRules(doc *html.Node, rules []siteRule, log *explainLog) *html.Node {
	var body *html.Node
	for _, r := range rules {
		for _, sel := range r.keep {
			for _, n := range sel.MatchAll(doc) {
				n.Attr = append(n.Attr, html.Attribute{Key: keepAttr})
			}
		}
	}
	for _, r := range rules {
		for _, sel := range r.drop {
			for _, n := range sel.MatchAll(doc) {
				if n.Parent != nil && !hasAttr(n, keepAttr) {
					log.add("rules", KindRules, "drop selector", n)
					n.Parent.RemoveChild(n)
				}
			}
		}
		if body == nil && r.body != nil {
			body = r.body.MatchFirst(doc)
		}
	}
	return body
}

// phraseRules are a rules file's phrases, checked by the clean-up stage.
type phraseRules struct {
	drop, keep []string
}

func phrasesOf(rules []siteRule) phraseRules {
	var p phraseRules
	for _, r := range rules {
		p.drop = append(p.drop, r.dropPhrases...)
		p.keep = append(p.keep, r.keepPhrases...)
	}
	return p
}

// match reports whether a block's lower-cased text starts with a kept or a
// dropped phrase.
func (p phraseRules) match(text string) (keep, drop bool) {
	for _, ph := range p.keep {
		if strings.HasPrefix(text, ph) {
			return true, false
		}
	}
	for _, ph := range p.drop {
		if strings.HasPrefix(text, ph) {
			return false, true
		}
	}
	return false, false
}
