package fhir

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// DefaultLimit is the page size when a query sets none.
const DefaultLimit = 100

// Snippet is a window of note text around a matched word; Offset is the
// match's position in runes.
type Snippet struct {
	Offset int
	Text   string
}

// SearchWords splits a note query into lowercase words.
func SearchWords(q string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(q), func(r rune) bool {
		return !(r == '-' || r == '.' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r > 127)
	}) {
		switch w {
		case "and", "or", "the", "of", "a", "an", "in", "on", "for", "with", "to":
			continue
		}
		out = append(out, strings.Trim(w, "-."))
	}
	return out
}

// stem is a crude prefix that matches inflections the way PostgreSQL's
// English stemmer does often enough to place a snippet.
func stem(w string) string {
	r := []rune(w)
	if len(r) > 5 {
		return string(r[:max(5, len(r)-3)])
	}
	return w
}

// ContainsWords reports whether text holds every word of q (by stem),
// the remote source's stand-in for PostgreSQL full-text search.
func ContainsWords(text, q string) bool {
	lower := strings.ToLower(text)
	words := SearchWords(q)
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		if !strings.Contains(lower, stem(w)) {
			return false
		}
	}
	return true
}

// FindSnippets returns up to max windows of text around the query's words,
// in text order, each at least a window apart.
func FindSnippets(text, q string, maxHits int) []Snippet {
	const before, after = 80, 200
	words := SearchWords(q)
	if len(words) == 0 {
		return nil
	}
	runes := []rune(text)
	lower := make([]rune, len(runes))
	for i, r := range runes {
		lower[i] = toLower(r)
	}
	var offs []int
	for _, w := range words {
		st := []rune(stem(w))
		for i := 0; i+len(st) <= len(lower); i++ {
			if lower[i] == st[0] && string(lower[i:i+len(st)]) == string(st) {
				offs = append(offs, i)
				i += len(st) - 1
			}
		}
	}
	slices.Sort(offs)
	var out []Snippet
	last := -1 << 30
	for _, o := range offs {
		if o-last < after {
			continue
		}
		last = o
		lo, hi := max(0, o-before), min(len(runes), o+after)
		out = append(out, Snippet{Offset: o, Text: string(runes[lo:hi])})
		if len(out) == maxHits {
			break
		}
	}
	if len(out) == 0 && len(runes) > 0 {
		out = append(out, Snippet{Offset: 0, Text: string(runes[:min(len(runes), after)])})
	}
	return out
}

func toLower(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	return []rune(strings.ToLower(string(r)))[0]
}
