package faxgen

import (
	"fmt"
	"strings"
)

// Score is how a reading of a packet compares with its truth.
type Score struct {
	Fields      int `json:"fields"`
	FieldsExact int `json:"fields_exact"`
	Pages       int `json:"pages"`
	PagesRight  int `json:"pages_right"`
	// Misses lists the fields read wrong: "member_id: want X, got Y".
	Misses []string `json:"misses"`
}

// Add adds another packet's score.
func (s *Score) Add(o Score) {
	s.Fields += o.Fields
	s.FieldsExact += o.FieldsExact
	s.Pages += o.Pages
	s.PagesRight += o.PagesRight
	s.Misses = append(s.Misses, o.Misses...)
}

// FieldAccuracy is the share of fields read exactly.
func (s Score) FieldAccuracy() float64 {
	if s.Fields == 0 {
		return 0
	}
	return float64(s.FieldsExact) / float64(s.Fields)
}

// PageAccuracy is the share of pages classified right.
func (s Score) PageAccuracy() float64 {
	if s.Pages == 0 {
		return 0
	}
	return float64(s.PagesRight) / float64(s.Pages)
}

// Compare scores what was read (field name → value, page kinds in order)
// against the truth. Values compare exactly, but for case and spacing.
func Compare(name string, t Truth, got map[string]string, kinds []string) Score {
	var s Score
	for f, want := range t.Fields {
		s.Fields++
		g := got[f]
		if same(g, want) {
			s.FieldsExact++
			continue
		}
		s.Misses = append(s.Misses, name+" "+f+": want "+want+", got "+g)
	}
	for i, k := range t.Pages {
		s.Pages++
		if i < len(kinds) && kinds[i] == k {
			s.PagesRight++
		} else if i < len(kinds) {
			s.Misses = append(s.Misses, fmt.Sprintf("%s page %d: want %s, got %s", name, i+1, k, kinds[i]))
		}
	}
	return s
}

// same compares two values but for case and spacing.
func same(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}
