package criteria

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/umassist/umassist"
)

// evalMeasure: the newest affirmed, current reading in the window governs.
func evalMeasure(h Hint, measure string, ev *Evidence, asOf umassist.Date) hintResult {
	from := windowStart(asOf, h.LookbackDays)
	all := ev.Readings(measure, asOf.Time)
	var inWindow, stale, unsure, early, unreadable []Reading
	m, _ := vocab.Measure(measure)
	// byOther are the readings of tests performed by someone the policy
	// does not accept (a supplier's overnight oximetry), with the notes
	// that retell their values: a physician's "reviewed the supplier's
	// oximetry, nadir 81%" is still the supplier's test.
	var byOther, disqualified []Reading
	by := func(ref string) bool {
		it := ev.Items[ref]
		return it != nil && (it.Kind == KindNote && authoredBy(it, h.NotBy) || it.Kind == KindObservation && performedBy(it, h.NotBy))
	}
	if len(h.NotBy) > 0 {
		for _, r := range all {
			// A value computed from such a test (a fall from the awake
			// baseline to the supplier's nadir) is that test's too.
			if by(r.Ref) || r.Source == FromComputed && slices.ContainsFunc(r.Inputs, by) {
				byOther = append(byOther, r)
			}
		}
	}
	for _, r := range all {
		if h.Setting != "" && r.Setting != h.Setting {
			continue
		}
		if m != nil && m.Interpretable != nil && (r.Value < m.Interpretable[0] || r.High > m.Interpretable[1]) && r.Context.Counts() {
			unreadable = append(unreadable, r)
			continue
		}
		if slices.ContainsFunc(byOther, func(o Reading) bool { return o.Ref == r.Ref && o.Value == r.Value || retellsReading(r, o) }) {
			// Who performed the test disqualifies it.
			if r.Context.Counts() && (from.IsZero() || r.Date.IsZero() || !r.Date.Before(from)) {
				disqualified = append(disqualified, r)
			}
			continue
		}
		if st := dischargeStay(h, ev, r, asOf); st != nil && (dayOf(r.Date).Before(dayOf(st.End).AddDate(0, 0, -h.DischargeDays)) || r.Source == FromNote && r.Context.Historical) {
			// Taken early in a hospital stay: for an inpatient the policy
			// wants the test closest to the discharge. A discharge
			// summary's "PaO2 52 on room air on arrival" is the arrival's
			// value, retold.
			if r.Context.Counts() {
				early = append(early, r)
			}
			continue
		}
		switch {
		case !r.Context.Counts():
			unsure = append(unsure, r)
		case !from.IsZero() && !r.Date.IsZero() && r.Date.Before(from):
			stale = append(stale, r)
		default:
			inWindow = append(inWindow, r)
		}
	}
	if len(unreadable) > 0 {
		// A test that gave an unreadable value on one side gave no answer
		// the reader can trust on the other without knowing which limb
		// is affected: the day's readings of that test are asked about,
		// never taken as met.
		kept := inWindow[:0]
		for _, r := range inWindow {
			if !slices.ContainsFunc(unreadable, func(u Reading) bool { return u.Ref == r.Ref || dayOf(u.Date).Equal(dayOf(r.Date)) }) {
				kept = append(kept, r)
			}
		}
		inWindow = kept
	}
	tests := measureTests(measure, ev, from, asOf)
	if len(inWindow) == 0 && len(tests) > 0 && len(unsure) == 0 {
		t := tests[0]
		return hintResult{status: umassist.CriterionNotDocumented, refs: []string{t.Ref},
			finding: fmt.Sprintf("%s was done on %s, but its result (%s) is not in the record", label(t), day(t.Date), measureLabel(measure))}
	}
	if len(inWindow) == 0 {
		switch {
		case len(disqualified) > 0:
			// The only tests in the window were performed by someone
			// the policy does not accept: documented, and not qualifying.
			d := newest(disqualified)
			out := hintResult{status: umassist.CriterionNotMet,
				finding: fmt.Sprintf("%s was performed by %s, which the policy does not accept for a qualifying test", d.Describe(), performer(disqualified, ev, by, h.NotBy))}
			for _, r := range disqualified {
				out.refs = appendNew(out.refs, r.Ref)
				if r.Source == FromNote {
					out.quotes = append(out.quotes, quoteOf(r))
				}
			}
			return out
		case len(early) > 0:
			r := newest(early)
			st := dischargeStay(h, ev, r, asOf)
			return hintResult{status: umassist.CriterionNotDocumented, refs: appendNew([]string{r.Ref, st.Ref}, r.Inputs...),
				finding: fmt.Sprintf("%s was taken during the inpatient stay of %s to %s, more than %d days before the discharge: for an inpatient only a test within %d days of discharge qualifies",
					r.Describe(), day(st.Start), day(st.End), h.DischargeDays, h.DischargeDays)}
		case len(stale) > 0:
			s := newest(stale)
			return hintResult{status: umassist.CriterionNotDocumented, refs: []string{s.Ref},
				finding: fmt.Sprintf("the latest %s is dated %s, outside the %d-day look-back window", measureLabel(measure), day(s.Date), h.LookbackDays)}
		case len(unreadable) > 0 && (from.IsZero() || !newest(unreadable).Date.Before(from)):
			u := newest(unreadable)
			var qs []Quote
			refs := []string{u.Ref}
			for _, r := range unreadable {
				refs = appendNew(refs, r.Ref)
				if r.Source == FromNote {
					qs = append(qs, quoteOf(r))
				}
			}
			return hintResult{status: umassist.CriterionNotDocumented, refs: refs, quotes: qs, unreadable: measure,
				finding: fmt.Sprintf("%s cannot be read as a result: %s", u.Describe(), m.Uninterpretable)}
		case len(unsure) > 0:
			u := unsure[0]
			out := hintResult{status: umassist.CriterionNotDocumented, refs: []string{u.Ref},
				finding: fmt.Sprintf("%s is only mentioned as %s (%q): not a documented result", measureLabel(measure), describeAssertion(u.Context), u.Context.Sentence)}
			if u.Source == FromNote {
				out.quotes = []Quote{quoteOf(u)}
			} else {
				// A result, not a mention: what makes it unsure is its cue.
				out.finding = fmt.Sprintf("%s: %s", u.Describe(), u.Context.Cue)
			}
			return out
		}
		return hintResult{status: umassist.CriterionNotDocumented}
	}
	gov := governing(inWindow)
	met := compareRange(gov, h)
	res := hintResult{status: umassist.CriterionNotMet, finding: gov.Describe()}
	if met {
		res.status = umassist.CriterionMet
	}
	if confirmed := gov; !met && gov.Unconfirmed > 0 {
		// A score that falls short only because a condition on the record
		// is still provisional is not failed: its confirmation is asked
		// for.
		confirmed.Value += gov.Unconfirmed
		confirmed.High += gov.Unconfirmed
		if compareRange(confirmed, h) {
			res.status = umassist.CriterionNotDocumented
			res.finding += fmt.Sprintf("; with the provisional conditions confirmed it would be %s: their confirmation decides", FormatNumber(confirmed.Value))
		}
	}
	// Cite the governing reading and every other reading in the window
	// that agrees with it, so the nurse sees the test and the notes that
	// restate it.
	for _, r := range inWindow {
		if r.Context.Historical && !gov.Context.Historical {
			continue
		}
		if compareRange(r, h) == met {
			res.refs = appendNew(res.refs, r.Ref)
			res.refs = appendNew(res.refs, r.Inputs...)
			if r.Source == FromNote {
				res.quotes = append(res.quotes, quoteOf(r))
			}
		}
	}
	res.refs = appendNew([]string{gov.Ref}, append(res.refs, gov.Inputs...)...)
	if st := dischargeStay(h, ev, gov, asOf); st != nil {
		// The stay is cited: it is what makes the test's date count.
		res.refs = appendNew(res.refs, st.Ref)
		res.finding += fmt.Sprintf(" (during the inpatient stay discharged %s, within %d days of discharge)", day(st.End), h.DischargeDays)
	}
	// The test that gave the value, when the record has it.
	for _, t := range tests {
		if d := t.Date.Sub(gov.Date).Hours() / 24; d > -4 && d < 4 {
			res.refs = appendNew(res.refs, t.Ref)
		}
	}
	if !met {
		for _, r := range inWindow {
			if compareRange(r, h) && r.Date.Before(gov.Date) {
				// Cited, so the reviewer can see what the newer value
				// replaced.
				res.finding += fmt.Sprintf(" (an older reading, %s, is superseded)", r.Describe())
				res.refs = appendNew(res.refs, r.Ref)
				res.refs = appendNew(res.refs, r.Inputs...)
				break
			}
		}
	}
	return res
}

// dischargeStay is the inpatient stay a reading was taken in, when the
// hint times tests by the discharge and the patient was discharged by the
// request date (a request made before discharge is timed by nothing yet);
// nil otherwise.
func dischargeStay(h Hint, ev *Evidence, r Reading, asOf umassist.Date) *Item {
	if h.DischargeDays <= 0 || r.Date.IsZero() {
		return nil
	}
	if st := ev.StayAt(r.Date); st != nil && !st.End.IsZero() && !dayOf(st.End).After(dayOf(asOf.Time)) {
		return st
	}
	return nil
}

func describeAssertion(c Context) string {
	if c.Cue != "" {
		return fmt.Sprintf("%s (%q)", c.Assertion, c.Cue)
	}
	return string(c.Assertion)
}

// quoteOf quotes the sentence a note reading stands in.
func quoteOf(r Reading) Quote {
	return Quote{Ref: r.Ref, Start: r.Context.Start, End: r.Context.End, Text: r.Context.Sentence, Assertion: r.Context.Assertion, Date: r.Date}
}

// governing picks the reading that speaks for now: current before past,
// newest first, a test's own value before a note's retelling of it.
func governing(rs []Reading) Reading {
	sorted := append([]Reading(nil), rs...)
	rank := func(r Reading) int {
		switch r.Source {
		case FromObservation:
			return 0
		case FromComputed:
			return 1
		}
		return 2
	}
	sort.SliceStable(sorted, func(i, j int) bool {
		a, b := sorted[i], sorted[j]
		if a.Context.Historical != b.Context.Historical {
			return !a.Context.Historical
		}
		if !a.Date.Equal(b.Date) {
			return a.Date.After(b.Date)
		}
		if rank(a) != rank(b) {
			return rank(a) < rank(b)
		}
		return a.Start > b.Start // later in the same note: the conclusion
	})
	gov := sorted[0]
	if gov.Source == FromNote {
		// A note is often the retelling of a test done days before (the
		// report or the visit after the study): the test's own value
		// speaks for it.
		for _, r := range sorted {
			if r.Source != FromNote && !r.Context.Historical && !r.Date.After(gov.Date) && !r.Date.Before(gov.Date.AddDate(0, 0, -30)) {
				return r
			}
		}
	}
	return gov
}

func newest(rs []Reading) Reading {
	n := rs[0]
	for _, r := range rs[1:] {
		if r.Date.After(n.Date) {
			n = r
		}
	}
	return n
}

// compareRange meets a threshold only when every value of a range does:
// "LVEF 30-40%" does not meet "<= 35".
func compareRange(r Reading, h Hint) bool {
	return Compare(r.Value, h.Comparator, h.Threshold, h.ThresholdHigh) && Compare(r.High, h.Comparator, h.Threshold, h.ThresholdHigh)
}

// evalObservation handles observation hints whose codes no measure of
// the vocabulary names: the newest result in the window governs.
func evalObservation(h Hint, ev *Evidence, asOf umassist.Date) hintResult {
	from := windowStart(asOf, h.LookbackDays)
	var stale *Item
	for _, it := range ev.Observations() {
		if it.Value == nil || !codeMatch(it.Codes, h.LOINC, false) || !visible(it.Date, asOf) {
			continue
		}
		if !from.IsZero() && it.Date.Before(from) {
			if stale == nil {
				stale = it
			}
			continue
		}
		desc := fmt.Sprintf("%s %s %s on %s", label(it), FormatNumber(*it.Value), it.Unit, day(it.Date))
		if Compare(*it.Value, h.Comparator, h.Threshold, h.ThresholdHigh) {
			return hintResult{status: umassist.CriterionMet, refs: []string{it.Ref}, finding: desc}
		}
		return hintResult{status: umassist.CriterionNotMet, refs: []string{it.Ref}, finding: desc}
	}
	if stale != nil {
		return hintResult{status: umassist.CriterionNotDocumented, refs: []string{stale.Ref},
			finding: fmt.Sprintf("the latest %s is dated %s, outside the look-back window", label(stale), day(stale.Date))}
	}
	return hintResult{status: umassist.CriterionNotDocumented}
}

// performedBy reports whether an observation's own words say it was made
// by one of who ("SpO2 spot check by supplier at delivery assessment"):
// its name, method or performer.
func performedBy(it *Item, who []string) bool {
	if it == nil {
		return false
	}
	return namesAny(it.Display+" "+it.Method+" "+it.Author, who)
}

// performer names who performed the disqualified tests: the author of
// the first whose own record is theirs (not a physician's retelling).
func performer(rs []Reading, ev *Evidence, by func(ref string) bool, who []string) string {
	for _, r := range rs {
		if it := ev.Items[r.Ref]; it != nil && by(r.Ref) && it.Author != "" {
			return it.Author
		}
	}
	return "a " + strings.Join(who, " or ")
}

// namesAny reports whether text names any of who, in any case.
func namesAny(text string, who []string) bool {
	hay := strings.ToLower(text)
	for _, w := range who {
		if strings.Contains(hay, strings.ToLower(w)) {
			return true
		}
	}
	return false
}
