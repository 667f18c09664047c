package reason

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/policies"
	"github.com/umassist/umassist/tools"
)

// Result is one criterion's finding.
type Result struct {
	ID        string
	Text      string
	Status    umassist.CriterionStatus
	Evidence  []string
	Passages  []string
	Finding   string
	Required  bool
	Exclusion bool
	Question  string
	Missing   string
}

type hintResult struct {
	status  umassist.CriterionStatus
	refs    []string
	finding string
	// supporting refs back a met criterion without meeting a hint on
	// their own (a stopped anticoagulant behind "unable to take long-term
	// anticoagulation").
	supporting bool
}

// Evaluate checks one criterion against the evidence as of the request
// date. For an exclusion, the result is stated as a coverage criterion:
// met when the exclusion is absent, not_met (with its evidence) when the
// record shows it.
func Evaluate(c tools.CriterionView, ev *Evidence, asOf umassist.Date) Result {
	r := Result{ID: c.ID, Text: c.Text, Passages: c.Passages, Required: c.Required, Exclusion: c.Exclusion, Question: c.Question, Missing: c.Missing}
	// The criterion is met when any hint is satisfied (policies/packs
	// README); otherwise not_met when a hint found contrary documentation.
	// A measured value (an observation or a note measure against a
	// threshold, a therapy's duration) governs: a phrase that merely names
	// the test ("AzBio") cannot outweigh the score the test gave.
	var quant, qual []hintResult
	for _, h := range c.Evidence {
		switch h.Kind {
		case "observation":
			quant = append(quant, evalObservation(h, ev, asOf))
		case "condition":
			qual = append(qual, evalCoded(h, ev, asOf, "condition"))
		case "procedure":
			qual = append(qual, evalCoded(h, ev, asOf, "procedure"))
		case "medication":
			quant = append(quant, evalMedication(h, ev, asOf))
		case "note":
			if h.Measure != "" {
				quant = append(quant, evalNote(h, ev, asOf))
			} else {
				qual = append(qual, evalNote(h, ev, asOf))
			}
		}
	}
	q, l := anyOf(quant), anyOf(qual)
	final := anyOf(append(quant, qual...))
	if final.status == umassist.CriterionMet {
		for _, h := range append(quant, qual...) {
			if h.supporting {
				final.refs = appendNew(final.refs, h.refs...)
			}
		}
	}
	if q.status == umassist.CriterionNotMet {
		final = q
		if l.status == umassist.CriterionMet {
			final.finding += " (a measured value outweighs the mention: " + l.finding + ")"
		}
	}
	if c.Exclusion {
		// Pack semantics: an exclusion is met when the record shows it.
		if final.status == umassist.CriterionMet {
			r.Status, r.Evidence, r.Finding = umassist.CriterionMet, final.refs, "present: "+final.finding
		} else {
			r.Status, r.Finding = umassist.CriterionNotMet, "not found in the record as of the request date"
		}
		return r
	}
	r.Status, r.Evidence, r.Finding = final.status, final.refs, final.finding
	if r.Finding == "" && r.Status == umassist.CriterionNotDocumented {
		r.Finding = "the record is silent"
	}
	return r
}

// anyOf: met if any hint is met, else not_met if any is, else not_documented.
func anyOf(hs []hintResult) hintResult {
	out := hintResult{status: umassist.CriterionNotDocumented}
	for _, s := range []umassist.CriterionStatus{umassist.CriterionMet, umassist.CriterionNotMet} {
		var refs, findings []string
		for _, h := range hs {
			if h.status == s {
				refs = appendNew(refs, h.refs...)
				findings = appendNew(findings, h.finding)
			}
		}
		if len(findings) > 0 {
			return hintResult{status: s, refs: refs, finding: strings.Join(findings, "; ")}
		}
	}
	for _, h := range hs {
		if h.finding != "" {
			out.finding = h.finding
			out.refs = appendNew(out.refs, h.refs...)
		}
	}
	return out
}

func appendNew(s []string, xs ...string) []string {
	for _, x := range xs {
		if x != "" && !contains(s, x) {
			s = append(s, x)
		}
	}
	return s
}

func windowStart(asOf umassist.Date, days int) time.Time {
	if days <= 0 || asOf.IsZero() {
		return time.Time{}
	}
	return asOf.AddDate(0, 0, -days)
}

func visible(t time.Time, asOf umassist.Date) bool {
	return asOf.IsZero() || t.IsZero() || !t.After(asOf.EndOfDay())
}

func day(t time.Time) string {
	if t.IsZero() {
		return "undated"
	}
	return t.Format(umassist.DateLayout)
}

// FormatNumber writes a number as short as it is: 30, 0.3, 27.5.
func FormatNumber(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// Compare applies a pack comparator.
func Compare(v float64, cmp string, th, high *float64) bool {
	if th == nil {
		return true
	}
	t := *th
	switch cmp {
	case "<":
		return v < t
	case "<=", "≤":
		return v <= t+1e-9
	case ">":
		return v > t
	case ">=", "≥":
		return v >= t-1e-9
	case "==", "=":
		return v > t-1e-9 && v < t+1e-9
	case "!=":
		return v < t-1e-9 || v > t+1e-9
	case "between":
		if high == nil {
			return v >= t-1e-9
		}
		return v >= t-1e-9 && v <= *high+1e-9
	}
	return false
}

// normalise brings an observed value into the hint's unit where the two
// notations differ (an ejection fraction of 0.30 against 35 %).
func normalise(v float64, unit, want string) float64 {
	u := strings.ToLower(strings.TrimSpace(unit))
	if want == "%" && u != "%" && v <= 1 && (u == "" || u == "1" || u == "fraction" || u == "{ratio}" || u == "ratio") {
		return round(v*100, 4)
	}
	return v
}

func evalObservation(h policies.Hint, ev *Evidence, asOf umassist.Date) hintResult {
	from := windowStart(asOf, h.LookbackDays)
	var stale *Item
	var latest *hintResult
	for _, it := range ev.Sorted("observation") {
		if it.Value == nil || !codeMatch(it.Codes, h.LOINC, false) || !visible(it.Date, asOf) {
			continue
		}
		if !from.IsZero() && it.Date.Before(from) {
			if stale == nil {
				stale = it
			}
			continue
		}
		v := normalise(*it.Value, it.Unit, h.Unit)
		desc := fmt.Sprintf("%s %s %s on %s", label(it), FormatNumber(*it.Value), it.Unit, day(it.Date))
		if Compare(v, h.Comparator, h.Threshold, h.ThresholdHigh) {
			return hintResult{status: umassist.CriterionMet, refs: []string{it.Ref}, finding: desc}
		}
		if latest == nil {
			latest = &hintResult{status: umassist.CriterionNotMet, refs: []string{it.Ref}, finding: desc}
		}
	}
	if latest != nil {
		return *latest
	}
	if stale != nil {
		return hintResult{status: umassist.CriterionNotDocumented, refs: []string{stale.Ref},
			finding: fmt.Sprintf("the latest %s is dated %s, outside the look-back window", label(stale), day(stale.Date))}
	}
	return hintResult{status: umassist.CriterionNotDocumented}
}

func label(it *Item) string {
	if it.Display != "" {
		return it.Display
	}
	return it.Kind
}

func normCode(s string) string {
	return strings.ToUpper(strings.ReplaceAll(strings.TrimSpace(s), ".", ""))
}

func codeMatch(have, want []string, prefix bool) bool {
	for _, h := range have {
		if i := strings.LastIndex(h, "|"); i >= 0 {
			h = h[i+1:]
		}
		for _, w := range want {
			if normCode(h) == normCode(w) || (prefix && strings.HasPrefix(normCode(h), normCode(w))) {
				return true
			}
		}
	}
	return false
}

func evalCoded(h policies.Hint, ev *Evidence, asOf umassist.Date, kind string) hintResult {
	from := windowStart(asOf, h.LookbackDays)
	var refs, findings []string
	for _, it := range ev.Sorted(kind) {
		if !codeMatch(it.Codes, h.Codes, true) {
			continue
		}
		when := it.Date
		if kind == "condition" && !it.Start.IsZero() {
			when = it.Start
		}
		if !visible(when, asOf) || (!from.IsZero() && when.Before(from)) {
			continue
		}
		if strings.EqualFold(it.Status, "entered-in-error") || strings.EqualFold(it.Status, "refuted") {
			continue
		}
		refs = append(refs, it.Ref)
		findings = append(findings, fmt.Sprintf("%s (%s)", label(it), day(when)))
		if kind == "condition" {
			refs = appendNew(refs, notesAbout(ev, it, when, asOf)...)
		}
	}
	if len(refs) > 0 {
		return hintResult{status: umassist.CriterionMet, refs: refs, finding: strings.Join(findings, ", ")}
	}
	return hintResult{status: umassist.CriterionNotDocumented}
}

// notesAbout finds the notes written when a condition was diagnosed (the
// week after its onset) that name it: the urgent-care note behind an
// otitis, the discharge summary behind an infarction.
func notesAbout(ev *Evidence, cond *Item, onset time.Time, asOf umassist.Date) []string {
	if onset.IsZero() {
		return nil
	}
	var words []string
	for _, w := range strings.FieldsFunc(strings.ToLower(cond.Display), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}) {
		if len(w) >= 5 && !genericWords[w] {
			words = append(words, w)
		}
	}
	if len(words) < 2 {
		return nil
	}
	var out []string
	for _, n := range ev.Sorted("note") {
		if !n.FullText || n.Date.Before(onset.AddDate(0, 0, -1)) || n.Date.After(onset.AddDate(0, 0, 7)) || !visible(n.Date, asOf) {
			continue
		}
		low := strings.ToLower(n.Text)
		hits := 0
		for _, w := range words {
			if strings.Contains(low, w) {
				hits++
			}
		}
		if hits >= 2 {
			out = append(out, n.Ref)
		}
	}
	return out
}

var genericWords = map[string]bool{"without": true, "unspecified": true, "other": true, "right": true, "chronic": true,
	"disorder": true, "disease": true, "mellitus": true, "primary": true, "secondary": true, "episode": true, "spontaneous": true}

func evalMedication(h policies.Hint, ev *Evidence, asOf umassist.Date) hintResult {
	var classes []string
	for _, c := range h.MedicationClasses {
		classes = append(classes, ClassLabel(c))
	}
	what := strings.Join(classes, " or ")
	if what == "" {
		what = "the required medication"
	}
	all := ev.Sorted("medication")
	var best *Item
	var bestDays int
	var inactive *Item
	for _, it := range all {
		match := codeMatch(it.Codes, h.RxNorm, false)
		for _, c := range MedicationClasses(it.Display) {
			if contains(h.MedicationClasses, c) {
				match = true
			}
		}
		if !match {
			continue
		}
		if !it.Active {
			if inactive == nil {
				inactive = it
			}
			continue
		}
		start := it.Start
		if start.IsZero() {
			start = it.Date
		}
		days := 0
		if !start.IsZero() && !asOf.IsZero() {
			days = int(asOf.Sub(start).Hours() / 24)
		}
		if best == nil || days > bestDays {
			best, bestDays = it, days
		}
	}
	if best != nil {
		start := best.Start
		if start.IsZero() {
			start = best.Date
		}
		if bestDays >= h.MinDurationDays {
			return hintResult{status: umassist.CriterionMet, refs: []string{best.Ref}, finding: fmt.Sprintf("%s (%s) since %s", best.Display, what, day(start))}
		}
		return hintResult{status: umassist.CriterionNotMet, refs: []string{best.Ref},
			finding: fmt.Sprintf("%s (%s) only since %s, short of the required duration", best.Display, what, day(start))}
	}
	if inactive != nil {
		return hintResult{status: umassist.CriterionNotDocumented, refs: []string{inactive.Ref}, supporting: true, finding: fmt.Sprintf("%s is not active", inactive.Display)}
	}
	return hintResult{status: umassist.CriterionNotDocumented, finding: fmt.Sprintf("no %s on the medication list", what)}
}

func evalNote(h policies.Hint, ev *Evidence, asOf umassist.Date) hintResult {
	from := windowStart(asOf, h.LookbackDays)
	var met, contrary *hintResult
	note := func(r **hintResult, st umassist.CriterionStatus, it *Item, quote string) {
		if *r == nil {
			*r = &hintResult{status: st, finding: fmt.Sprintf("%s %s: %q", label(it), day(it.Date), quote)}
		}
		(*r).refs = appendNew((*r).refs, it.Ref)
	}
	for _, it := range ev.Sorted("note") {
		if it.Text == "" || !visible(it.Date, asOf) || (!from.IsZero() && !it.Date.IsZero() && it.Date.Before(from)) {
			continue
		}
		if h.Measure != "" {
			ms := FindMeasures(it.Text, h.Measure)
			found := false
			for _, m := range ms {
				if Compare(m.Value, h.Comparator, h.Threshold, h.ThresholdHigh) {
					note(&met, umassist.CriterionMet, it, m.Quote)
					found = true
					break
				}
			}
			if !found && len(ms) > 0 {
				note(&contrary, umassist.CriterionNotMet, it, ms[0].Quote)
			}
			continue
		}
		affirmed := false
		var negatedAt = -1
		for _, p := range h.Phrases {
			for _, hit := range FindPhrase(it.Text, p) {
				if !hit.Negated {
					note(&met, umassist.CriterionMet, it, sentenceAt(it.Text, hit.Offset))
					affirmed = true
					break
				}
				if negatedAt < 0 {
					negatedAt = hit.Offset
				}
			}
			if affirmed {
				break
			}
		}
		if !affirmed && negatedAt >= 0 {
			note(&contrary, umassist.CriterionNotMet, it, sentenceAt(it.Text, negatedAt))
		}
	}
	switch {
	case met != nil:
		return *met
	case contrary != nil:
		return *contrary
	}
	return hintResult{status: umassist.CriterionNotDocumented}
}

// sentenceAt returns the sentence around offset, trimmed for quoting.
func sentenceAt(text string, off int) string {
	start := strings.LastIndexAny(text[:off], ".!?\n") + 1
	end := len(text)
	if i := strings.IndexAny(text[off:], ".!?\n"); i >= 0 {
		end = off + i
	}
	s := strings.TrimSpace(text[start:end])
	if r := []rune(s); len(r) > 160 {
		s = string(r[:160]) + "…"
	}
	return s
}

// Decision is the recommendation the criteria lead to.
type Decision struct {
	Recommendation umassist.Recommendation
	Questions      []string
	Missing        []string
	// Deciding lists the criteria the recommendation rests on.
	Deciding  []Result
	Rationale string
}

// Decide applies the pack's logic: a present exclusion or a required
// criterion documented as not met goes to a physician (refer); otherwise a
// required criterion the record is silent on asks the ordering clinician
// (request_info, one question per gap); approve only when all are met.
func Decide(logic policies.Logic, rs []Result) Decision {
	by := map[string]Result{}
	for _, r := range rs {
		by[r.ID] = r
	}
	var notMet, undoc []Result
	for _, r := range rs {
		if r.Exclusion && r.Status == umassist.CriterionMet {
			notMet = append(notMet, r)
		}
	}
	for _, id := range logic.AllOf {
		r, ok := by[id]
		switch {
		case !ok:
		case r.Status == umassist.CriterionNotMet:
			notMet = append(notMet, r)
		case r.Status == umassist.CriterionNotDocumented:
			undoc = append(undoc, r)
		}
	}
	for _, g := range logic.AnyOf {
		var met bool
		var gUndoc []Result
		var gNot []Result
		for _, id := range g {
			r, ok := by[id]
			if !ok {
				continue
			}
			switch r.Status {
			case umassist.CriterionMet:
				met = true
			case umassist.CriterionNotDocumented:
				gUndoc = append(gUndoc, r)
			default:
				gNot = append(gNot, r)
			}
		}
		switch {
		case met:
		case len(gUndoc) > 0:
			undoc = append(undoc, gUndoc[0])
		default:
			notMet = append(notMet, gNot...)
		}
	}
	d := Decision{Questions: []string{}, Missing: []string{}}
	switch {
	case len(notMet) > 0:
		d.Recommendation, d.Deciding = umassist.RecommendRefer, notMet
		var ids []string
		for _, r := range notMet {
			ids = append(ids, r.ID)
		}
		d.Rationale = "criteria not met or exclusions present (" + strings.Join(ids, ", ") + "): a physician reviewer decides"
	case len(undoc) > 0:
		d.Recommendation, d.Deciding = umassist.RecommendRequestInfo, undoc
		var ids []string
		for _, r := range undoc {
			ids = append(ids, r.ID)
			q := r.Question
			if q == "" {
				q = "Please document: " + r.Text
			}
			if r.Missing != "" && !strings.Contains(strings.ToLower(q), strings.ToLower(r.Missing)) {
				q += " (Missing: " + r.Missing + ".)"
			}
			d.Questions = appendNew(d.Questions, q)
			if r.Missing != "" {
				d.Missing = appendNew(d.Missing, r.Missing)
			}
		}
		d.Rationale = "the record does not document deciding criteria (" + strings.Join(ids, ", ") + "): ask the ordering clinician"
	default:
		d.Recommendation = umassist.RecommendApprove
		d.Rationale = "every required criterion is met with cited evidence"
	}
	return d
}

// CodeMatch reports whether any code matches a wanted code or prefix
// (dots ignored), as condition hints match.
func CodeMatch(have, want []string) bool { return codeMatch(have, want, true) }
