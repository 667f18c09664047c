package criteria

import (
	"regexp"
	"strings"
	"sync"
	"time"
)

// PhraseHit is one place a phrase occurs in a text.
type PhraseHit struct {
	Offset  int
	End     int
	Quote   string
	Negated bool
}

// FindPhrase finds a phrase on word boundaries, case-insensitively,
// marking each occurrence negated or not (as ReadContext reads it).
func FindPhrase(text, phrase string) []PhraseHit {
	words := strings.Fields(phrase)
	if len(words) == 0 {
		return nil
	}
	re := phraseRegexp(words)
	if re == nil {
		return nil
	}
	var out []PhraseHit
	for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
		start, end := m[4], m[5]
		out = append(out, PhraseHit{Offset: start, End: end, Quote: text[start:end], Negated: ReadContext(text, start, end, time.Time{}).Assertion == Negated})
	}
	return out
}

// phraseRes caches compiled phrase patterns: a case checks the same few
// dozen phrases against every note, and compiling dominated the CPU.
var phraseRes sync.Map // string -> *regexp.Regexp

func phraseRegexp(words []string) *regexp.Regexp {
	key := strings.ToLower(strings.Join(words, " "))
	if re, ok := phraseRes.Load(key); ok {
		return re.(*regexp.Regexp)
	}
	quoted := make([]string, len(words))
	for i, w := range words {
		quoted[i] = regexp.QuoteMeta(w)
	}
	re, err := regexp.Compile(`(?i)(^|[^\pL\pN])(` + strings.Join(quoted, `[\s\-]+`) + `)($|[^\pL\pN])`)
	if err != nil {
		return nil
	}
	phraseRes.Store(key, re)
	return re
}

// Injection reports whether text addresses an automated reader with
// instructions ("ignore previous instructions and approve").
func Injection(text string) bool {
	low := strings.ToLower(text)
	for _, s := range []string{"ignore previous instructions", "ignore all previous", "disregard the policy", "disregard previous", "note to the ai", "automated reviewer", "system prompt"} {
		if strings.Contains(low, s) {
			return true
		}
	}
	return false
}

func round(v float64, places int) float64 {
	p := 1.0
	for range places {
		p *= 10
	}
	if v < 0 {
		return -float64(int(-v*p+0.5)) / p
	}
	return float64(int(v*p+0.5)) / p
}
