package synthetic

// The notes a pack-made chart carries: a phrase as a clinician documents
// it, or a measure's value in a form the measure's own patterns read.

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/umassist/umassist/criteria"
)

// noteText is a clinician's sentence that states a hint: a phrase as
// documented, or a measure's value as notes write it.
func (g *packGen) noteText(c criteria.Criterion, h criteria.Hint, meets bool) (string, bool) {
	if len(h.Phrases) > 0 && meets && h.Measure == "" {
		verb := "Documented today"
		if h.Planned {
			verb = "Planned"
		}
		return fmt.Sprintf("Assessment and plan.\n%s: %s.\nReviewed with the patient.", verb, plainPhrase(h.Phrases)), true
	}
	if h.Measure == "" {
		return "", false
	}
	m, ok := g.vocab.Measure(h.Measure)
	if !ok || h.Threshold == nil {
		return "", false
	}
	v, ok := value(h.Comparator, *h.Threshold, h.ThresholdHigh, meets, m.Range)
	if !ok {
		return "", false
	}
	setting := ""
	switch h.Setting {
	case "sleep":
		setting = " during sleep"
	case "exercise":
		setting = " during exercise"
	case "rest":
		setting = " at rest"
	}
	num := fmt.Sprintf("%g", math.Round(v*10)/10)
	if slices.ContainsFunc(m.NotePatterns, func(p string) bool { return strings.Contains(p, `\d?\.\d`) }) {
		// The notes write it with decimals ("AVA 0.8 cm2").
		num = fmt.Sprintf("%.1f", v)
	}
	if m.Numerals == "roman" {
		num = roman(int(math.Round(v)))
	}
	reading, ok := statedAs(m, num)
	if !ok {
		return "", false
	}
	return fmt.Sprintf("Assessment.\n%s%s, measured %s.\nPlan reviewed.", reading, setting, dateOnly(g.noteDay(h, m))), true
}

// readingForms are ways notes state a measure's value: {w} a word the
// notes use for it, {n} the number, {u} the unit.
var readingForms = []string{"{w} {n} {u}", "{w} of {n} {u}", "{w}: {n} {u}", "{n} {w}", "{n} {u} {w}", "total {w} {n} {u}",
	"{w} reduced by {n} {u}", "{w} {n}"}

// statedAs is a phrase that states value num of measure m as the
// measure's own note patterns read it back, or false.
func statedAs(m *criteria.Measure, num string) (string, bool) {
	unit := m.Unit
	switch unit {
	case "h":
		unit = "hours"
	case "{events}":
		unit = ""
	}
	words := append(slices.Clone(m.SearchWords), m.Label)
	for _, w := range words {
		for _, f := range readingForms {
			text := strings.NewReplacer("{w}", w, "{n}", num, "{u}", unit).Replace(f)
			text = strings.Join(strings.Fields(text), " ")
			for _, re := range m.Patterns() {
				sub := re.FindStringSubmatch(text)
				for _, g := range sub[min(1, len(sub)):] {
					if g != "" {
						if g == num {
							return text, true
						}
						break
					}
				}
			}
		}
	}
	return "", false
}

// noteDay dates a note's reading: a measure the reasoner computes from
// the record (a risk score) is computed as of the request, and the newest
// reading governs, so the note that states it is written that day.
func (g *packGen) noteDay(h criteria.Hint, m *criteria.Measure) time.Time {
	if m.Computed != "" {
		return g.b.day(0)
	}
	return g.within(h.LookbackDays)
}

// consistent is a value of a measure that meets the pack's thresholds on
// it, so that a reading written for one criterion does not contradict
// another (the newest reading of a measure governs).
func (g *packGen) consistent(m *criteria.Measure) (float64, bool) {
	for _, c := range g.pack.Criteria {
		for _, h := range c.Evidence {
			same := h.Measure == m.ID || slices.ContainsFunc(h.LOINC, func(l string) bool { return slices.Contains(m.LOINC, l) })
			if same && h.Threshold != nil && !slices.Contains(g.pack.Logic.Exclusions, c.ID) {
				if v, ok := value(h.Comparator, *h.Threshold, h.ThresholdHigh, true, m.Range); ok {
					return v, true
				}
			}
		}
	}
	return 0, false
}

// negationCues mark a phrase whose sense a reader might turn around.
var negationCues = []string{"not", "no", "without", "unable", "never", "non", "denies"}

// plainPhrase is the phrase a sentence states most plainly: several
// words, none a negation cue; else the first.
func plainPhrase(ps []string) string {
	for _, p := range ps {
		ws := strings.Fields(strings.ToLower(p))
		if len(ws) < 2 {
			continue
		}
		if !slices.ContainsFunc(ws, func(w string) bool { return slices.Contains(negationCues, w) }) {
			return p
		}
	}
	return ps[0]
}

func roman(n int) string {
	r := []string{"", "I", "II", "III", "IV", "V"}
	if n >= 0 && n < len(r) {
		return r[n]
	}
	return fmt.Sprint(n)
}

func ucum(unit string) string {
	switch unit {
	case "mmHg":
		return "mm[Hg]"
	case "/h":
		return "/h"
	}
	return unit
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
