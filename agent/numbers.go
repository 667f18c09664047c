package agent

import (
	"encoding/json"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/criteria"
)

var (
	citationRe = regexp.MustCompile(`\[([^\[\]]+)\]`)
	dateRe     = regexp.MustCompile(`\d{4}-\d{2}-\d{2}(?:T[0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?`)
	// A number standing on its own: not part of a code (I50.22, L33718),
	// a reference (Patient/12) or a passage id (#B3).
	summaryNumRe = regexp.MustCompile(`(?:^|[^A-Za-z0-9_.#/\-])(-?\d+(?:\.\d+)?)`)
	listMarkRe   = regexp.MustCompile(`^\s*(?:\d+[.)]|[-*•])\s+`)
	anyNumRe     = regexp.MustCompile(`\d+(?:\.\d+)?`)
	romanClassRe = regexp.MustCompile(`(?i)\bclass\s+(IV|I{1,3})\b`)
	refRe        = regexp.MustCompile(`^[A-Z][A-Za-z]+/[A-Za-z0-9\-.]{1,64}$`)
	sentenceEnd  = regexp.MustCompile(`[.!?](?:\s+|$)`)
)

// summaryNumbers returns the numbers quoted in a sentence, leaving out
// citations, dates, codes and list markers.
func summaryNumbers(s string) []float64 {
	s = citationRe.ReplaceAllString(s, " ")
	s = dateRe.ReplaceAllString(s, " ")
	s = listMarkRe.ReplaceAllString(s, " ")
	var out []float64
	for _, m := range summaryNumRe.FindAllStringSubmatch(s, -1) {
		// a trailing letter means a code or unit-bound token like "2x"; keep units (%, mg).
		if f, err := strconv.ParseFloat(m[1], 64); err == nil {
			out = append(out, f)
		}
	}
	return out
}

// textNumbers returns every number in free text, generously: the allowed
// side of the comparison. NYHA classes written in Roman numerals count as
// their value.
func textNumbers(s string) []float64 {
	var out []float64
	for _, m := range anyNumRe.FindAllString(s, -1) {
		if f, err := strconv.ParseFloat(m, 64); err == nil {
			out = append(out, f)
		}
	}
	for _, m := range romanClassRe.FindAllStringSubmatch(s, -1) {
		out = append(out, float64(criteria.Roman(m[1])))
	}
	return out
}

// jsonNumbers collects the numbers of a JSON document: its numbers and the
// numbers inside its strings.
func jsonNumbers(raw json.RawMessage, into map[float64]bool) {
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return
	}
	walkNumbers(v, into)
}

func walkNumbers(v any, into map[float64]bool) {
	switch x := v.(type) {
	case float64:
		into[x] = true
	case string:
		for _, f := range textNumbers(x) {
			into[f] = true
		}
	case []any:
		for _, e := range x {
			walkNumbers(e, into)
		}
	case map[string]any:
		for _, e := range x {
			walkNumbers(e, into)
		}
	}
}

// numberMatches compares a quoted number with the numbers a source holds,
// across notations: 0.30 and 30 % are the same ejection fraction.
func numberMatches(q float64, allowed map[float64]bool) bool {
	if allowed[q] || allowed[-q] {
		// A source writes "(-1.9%)" where its numbers read 1.9: the sign
		// is punctuation to the extractor.
		return true
	}
	for a := range allowed {
		if near(a, -q) {
			return true
		}
		if near(a, q) || near(a*100, q) || near(a, q*100) {
			return true
		}
	}
	return false
}

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-6*math.Max(1, math.Abs(a)) }

// statement is one sentence of a summary and the rest of its line.
type statement struct{ text, rest string }

// splitSentences splits a summary into statements: lines, then sentences.
// Citations standing after a sentence's full stop belong to it.
func splitSentences(s string) []statement {
	var out []statement
	for _, line := range strings.Split(s, "\n") {
		var parts []string
		start := 0
		for _, ix := range sentenceEnd.FindAllStringIndex(line, -1) {
			parts = append(parts, line[start:ix[1]])
			start = ix[1]
		}
		if start < len(line) {
			parts = append(parts, line[start:])
		}
		var merged []string
		for _, p := range parts {
			t := strings.TrimSpace(p)
			if t == "" {
				continue
			}
			if len(merged) > 0 && strings.HasPrefix(t, "[") && strings.TrimSpace(citationRe.ReplaceAllString(t, "")) == "" {
				merged[len(merged)-1] += " " + t
				continue
			}
			merged = append(merged, t)
		}
		for i, m := range merged {
			out = append(out, statement{text: m, rest: strings.Join(merged[i:], " ")})
		}
	}
	return out
}

// citations returns the references and passage ids cited in s.
func citations(s string) (refs, passages []string) {
	for _, m := range citationRe.FindAllStringSubmatch(s, -1) {
		for _, part := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ',' || r == ';' }) {
			part = strings.TrimSpace(part)
			switch {
			case part == "":
			case refRe.MatchString(part):
				refs = append(refs, part)
			case strings.Contains(part, "#"):
				passages = append(passages, part)
			}
		}
	}
	return refs, passages
}

// Citations lists what each statement of a summary cites, with the
// statement as the quote, so a reviewer can jump from a claim to its
// source.
func Citations(summary string) []umassist.Citation {
	var out []umassist.Citation
	seen := map[umassist.Citation]bool{}
	for _, st := range splitSentences(summary) {
		refs, passages := citations(st.text)
		quote := strings.TrimSpace(citationRe.ReplaceAllString(st.text, ""))
		if r := []rune(quote); len(r) > 240 {
			quote = string(r[:240]) + "…"
		}
		for _, r := range refs {
			c := umassist.Citation{Resource: r, Quote: quote}
			if !seen[c] {
				seen[c] = true
				out = append(out, c)
			}
		}
		for _, p := range passages {
			c := umassist.Citation{Passage: p, Quote: quote}
			if !seen[c] {
				seen[c] = true
				out = append(out, c)
			}
		}
	}
	return out
}
