package criteria

import (
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/umassist/umassist"
)

// SourcePassage is a policy passage criteria can be derived from.
type SourcePassage struct {
	ID      string `json:"passage_id"`
	Section string `json:"section"`
	Text    string `json:"text"`
}

// Unreviewed is a criterion read off a policy's text by machine and not
// reviewed by a clinical editor: it shows a reviewer what the policy asks
// and where the chart may speak to it, and it never decides a case.
type Unreviewed struct {
	ID   string `json:"id"`
	Text string `json:"text"`
	// Passages are the policy passages it was read from.
	Passages []string `json:"policy_passages"`
	// Exclusion: the policy says the service is not covered when this
	// holds.
	Exclusion bool `json:"exclusion,omitempty"`
	// Evidence are the hints the compiler read off the text (a measure's
	// threshold, a drug class, codes): a machine reading for the reviewer,
	// never a judgement.
	Evidence []Hint `json:"evidence_hints,omitempty"`
}

// Criterion is the unreviewed criterion as a pack criterion, to evaluate
// its hints.
func (u Unreviewed) Criterion() View {
	return View{ID: u.ID, Text: u.Text, Passages: u.Passages, Evidence: u.Evidence}
}

// maxUnreviewed bounds how many criteria one policy yields: a checklist
// of fifty sentences is not one a nurse reads.
const maxUnreviewed = 12

// sectionRole is what a policy section's heading says its clauses are.
type sectionRole int

const (
	sectionOther    sectionRole = iota
	sectionCovered              // each clause a requirement, unless it says it is not covered
	sectionExcluded             // each clause an exclusion
)

var (
	nonCoveredSectionRE = regexp.MustCompile(`(?i)non-?\s?covered|not covered`)
	limitSectionRE      = regexp.MustCompile(`(?i)exclusion|limitation|contraindication`)
	coveredRE           = regexp.MustCompile(`(?i)\bcovered\b|indications|coverage|criteria|requirements|conditions|authori[sz]ation|approval|continuation|renewal`)
	// mixedRE: a heading that names indications beside limitations
	// ("Indications and Limitations of Coverage", the heading of most
	// NCDs; an LCD's "Coverage Indications, Limitations, and/or Medical
	// Necessity") files both under it, so each clause says by its own
	// words which it is.
	mixedRE = regexp.MustCompile(`(?i)\bindications|criteria|requirements|medical necessity`)
)

func roleOf(section string) sectionRole {
	switch {
	case nonCoveredSectionRE.MatchString(section):
		return sectionExcluded
	case limitSectionRE.MatchString(section) && mixedRE.MatchString(section):
		return sectionCovered
	case limitSectionRE.MatchString(section):
		return sectionExcluded
	case coveredRE.MatchString(section):
		return sectionCovered
	}
	return sectionOther
}

// UnreviewedCriteria lists a compiled draft pack's criteria as unreviewed
// ones (see Compile), in the policy's order: those with machine-checkable
// hints first claim the places, then the rest, up to twelve.
func UnreviewedCriteria(p *Pack) []Unreviewed {
	keep := map[string]bool{}
	n := 0
	for pass := 0; pass < 2; pass++ {
		for _, c := range p.Criteria {
			if n == maxUnreviewed {
				break
			}
			if !keep[c.ID] && (pass == 1 || len(c.Evidence) > 0) {
				keep[c.ID] = true
				n++
			}
		}
	}
	var out []Unreviewed
	for _, c := range p.Criteria {
		if keep[c.ID] {
			out = append(out, Unreviewed{ID: c.ID, Text: c.Text, Passages: c.Passages, Exclusion: slices.Contains(p.Logic.Exclusions, c.ID), Evidence: c.Evidence})
		}
	}
	return out
}

// Candidate is something in the chart that may bear on an unreviewed
// criterion: a resource that shares the criterion's telling words, with
// the sentence of a note that does.
type Candidate struct {
	Ref   string
	Words []string // the criterion's words it shares
	Quote *Quote   // for notes: the sentence, at its offsets
}

// minShared is how many of a criterion's words a candidate must share,
// unless it shares one long word (a drug's or a test's name,
// "methotrexate"): long words are rare and telling.
const (
	minShared = 2
	longWord  = 9
)

func enough(shared []string) bool {
	if len(shared) >= minShared {
		return true
	}
	return len(shared) == 1 && len(shared[0]) >= longWord
}

// Candidates finds the chart items that share at least two of an
// unreviewed criterion's content words, best first, at most n: conditions,
// procedures, medications and observations by their display, notes by
// their best sentence. Items dated after asOf and notes whose author's
// words are not evidence (the patient's, the payer's) are left out.
func Candidates(u Unreviewed, ev *Evidence, asOf umassist.Date, n int) []Candidate {
	words := contentWords(u.Text)
	if len(words) == 0 {
		return nil
	}
	type scored struct {
		c     Candidate
		score int
	}
	var found []scored
	late := func(it *Item) bool { return !asOf.IsZero() && it.Date.After(asOf.EndOfDay()) }
	for _, kind := range []string{KindCondition, KindProcedure, KindMedication, KindObservation} {
		for _, it := range ev.Sorted(kind) {
			if late(it) {
				continue
			}
			if shared := sharedWords(words, it.Display+" "+it.ValueText); enough(shared) {
				found = append(found, scored{Candidate{Ref: it.Ref, Words: shared}, len(shared)})
			}
		}
	}
	for _, it := range ev.Notes() {
		if late(it) {
			continue
		}
		best, bs, be := []string(nil), 0, 0
		for s := 0; s < len(it.Text); {
			_, e := sentenceBounds(it.Text, s, s)
			if shared := sharedWords(words, it.Text[s:e]); len(shared) > len(best) {
				best, bs, be = shared, s, e
			}
			s = e + 1
		}
		if enough(best) {
			if be < len(it.Text) && strings.ContainsRune(".!?", rune(it.Text[be])) {
				be++ // the sentence with its full stop
			}
			q := &Quote{Ref: it.Ref, Date: it.Date}
			q.Start, q.End, q.Text = trimQuote(it.Text, bs, be)
			found = append(found, scored{Candidate{Ref: it.Ref, Words: best, Quote: q}, len(best)})
		}
	}
	sort.SliceStable(found, func(i, j int) bool { return found[i].score > found[j].score })
	var out []Candidate
	for _, f := range found {
		if len(out) == n {
			break
		}
		out = append(out, f.c)
	}
	return out
}

// trimQuote drops the white space around a sentence, keeping its offsets
// true to the note.
func trimQuote(text string, s, e int) (int, int, string) {
	for s < e && isSpace(text[s]) {
		s++
	}
	for e > s && isSpace(text[e-1]) {
		e--
	}
	return s, e, text[s:e]
}

// commonWords say nothing about which part of a chart a criterion is
// about.
var commonWords = map[string]bool{
	"the": true, "and": true, "for": true, "with": true, "that": true, "this": true, "are": true, "was": true,
	"were": true, "has": true, "have": true, "had": true, "been": true, "from": true, "not": true, "may": true,
	"must": true, "will": true, "shall": true, "any": true, "all": true, "who": true, "which": true, "such": true,
	"other": true, "than": true, "their": true, "they": true, "patient": true, "patients": true, "beneficiary": true,
	"beneficiaries": true, "covered": true, "coverage": true, "medicare": true, "following": true, "indications": true,
	"indicated": true, "treatment": true, "therapy": true, "use": true, "used": true, "when": true, "where": true,
	"also": true, "more": true, "less": true, "least": true, "only": true, "these": true, "those": true, "there": true,
	"into": true, "under": true, "within": true, "each": true, "one": true, "two": true, "per": true, "its": true,
	"cms": true, "ncd": true, "nationally": true, "reasonable": true, "necessary": true, "documented": true,
}

// wordRE keeps words of four letters or more: "due", "has" and "per"
// say nothing.
var wordRE = regexp.MustCompile(`[a-z][a-z0-9-]{3,}`)

// contentWords are a text's telling words, as written (lower case).
func contentWords(s string) []string {
	var out []string
	for _, w := range wordRE.FindAllString(strings.ToLower(s), -1) {
		if !commonWords[w] && !commonWords[singular(w)] && !contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// singular folds a plural so that "months" meets "month".
func singular(w string) string {
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "is") {
		return w[:len(w)-1]
	}
	return w
}

// sharedWords are the words of words that text has too, as words writes
// them.
func sharedWords(words []string, text string) []string {
	have := map[string]bool{}
	for _, w := range contentWords(text) {
		have[singular(w)] = true
	}
	var out []string
	for _, w := range words {
		if have[singular(w)] && !contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}
