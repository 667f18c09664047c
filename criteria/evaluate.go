package criteria

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/umassist/umassist"
)

// Evaluate checks one criterion against the evidence as of the request
// date. For an exclusion, the result says whether the record shows it:
// met when present (with its evidence), not_met when absent.
//
// The rules, in the order they apply:
//   - hints without a group are alternatives; grouped hints are conjuncts
//     (every group needs a met hint); ungrouped hints beside groups only
//     support a met criterion with their citations, never meet it alone;
//   - a measured value (a test result, a therapy's duration) governs: a
//     note that merely names the test or asserts "on GDMT for 3 months"
//     cannot outweigh the record's own values;
//   - of a measure's readings, the newest affirmed one in the look-back
//     window governs; a reading told as past ("at admission") does not
//     count while a current one exists;
//   - note text counts only when asserted as a fact about this patient:
//     negated, planned, hypothetical, a relative's and second-hand
//     statements do not meet a criterion (planned ones are reported, so
//     the draft can ask for them);
//   - an event must fall inside the hint's window by the date the note
//     gives it ("in 2019"), not the date of the note that mentions it;
//   - context hints add what the record shows on the subject, cited,
//     whatever the status: "the record is silent" is never said of a
//     record that holds a stopped anticoagulant.
func Evaluate(c View, ev *Evidence, asOf umassist.Date) Result {
	r := evaluate(c, ev, asOf)
	var shown []string
	for _, h := range c.Evidence {
		if !h.Context {
			continue
		}
		res, _ := evalHint(h, ev, asOf)
		if len(res.refs) == 0 || res.finding == "" {
			continue
		}
		shown = append(shown, res.finding)
		r.Evidence = appendNew(r.Evidence, res.refs...)
		r.Quotes = append(r.Quotes, res.quotes...)
	}
	if len(shown) > 0 {
		if r.Finding == silent {
			r.Finding = "not documented"
		}
		r.Finding += "; the record shows: " + strings.Join(shown, "; ")
	}
	return r
}

// silent is the finding of a criterion nothing in the record speaks to.
const silent = "the record is silent"

func evaluate(c View, ev *Evidence, asOf umassist.Date) Result {
	r := Result{ID: c.ID, Text: c.Text, Passages: c.Passages, Required: c.Required, Exclusion: c.Exclusion, Question: c.Question, Missing: c.Missing}
	var final hintResult
	grouped := map[string][]Hint{}
	var order []string
	var loose []Hint
	for _, h := range c.Evidence {
		if h.Context {
			continue
		}
		h.requirement = !c.Exclusion
		if h.Group == "" {
			loose = append(loose, h)
			continue
		}
		if _, ok := grouped[h.Group]; !ok {
			order = append(order, h.Group)
		}
		grouped[h.Group] = append(grouped[h.Group], h)
	}
	if len(order) == 0 {
		final = alternatives(loose, ev, asOf)
	} else {
		final = conjunction(order, grouped, ev, asOf)
		if final.status == umassist.CriterionMet {
			support := alternatives(loose, ev, asOf)
			if support.status == umassist.CriterionMet {
				final.refs = appendNew(final.refs, support.refs...)
				final.quotes = append(final.quotes, support.quotes...)
			}
		}
	}
	if c.Exclusion {
		if final.status == umassist.CriterionMet {
			r.Status, r.Evidence, r.Finding, r.Quotes = umassist.CriterionMet, final.refs, "present: "+final.finding, final.quotes
		} else if final.status == umassist.CriterionNotDocumented && final.unsettled {
			r.Status, r.Evidence, r.Finding, r.Quotes = umassist.CriterionNotDocumented, final.refs, "raised and not settled: "+final.finding, final.quotes
		} else {
			r.Status, r.Finding = umassist.CriterionNotMet, "not found in the record as of the request date"
			if final.finding != "" && (final.status == umassist.CriterionNotMet || len(final.refs) > 0) {
				// What the record shows instead, cited.
				r.Finding += " (" + final.finding + ")"
				r.Evidence, r.Quotes = final.refs, final.quotes
			}
		}
		return r
	}
	r.Status, r.Evidence, r.Finding, r.Quotes = final.status, final.refs, final.finding, final.quotes
	if d := final.doubted; d != nil && r.Status == umassist.CriterionNotDocumented {
		// Not "what does it show": the clinician has the numbers and says
		// they do not settle it.
		r.Question = fmt.Sprintf("The note of %s says: \"%s\". What result or assessment since then establishes it?", day(d.Date), strings.Join(strings.Fields(clipQuote(d.Text)), " "))
	}
	if r.Finding == "" && r.Status == umassist.CriterionNotDocumented {
		r.Finding = silent
	}
	return r
}

// alternatives: any hint met meets; a measured not-met outweighs a mention.
func alternatives(hs []Hint, ev *Evidence, asOf umassist.Date) hintResult {
	var quant, qual []hintResult
	for _, h := range hs {
		res, measured := evalHint(h, ev, asOf)
		if measured {
			quant = append(quant, res)
		} else {
			qual = append(qual, res)
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
	if final.status == umassist.CriterionMet && q.status != umassist.CriterionMet && l.status == umassist.CriterionMet {
		for _, u := range quant {
			if u.unreadable == "" || !restsOn(l, u) {
				continue
			}
			// "ABI 1.48 R - adequate perfusion": the mention reads the
			// test that gave no answer; it documents no more than the
			// test does.
			final = u
			final.finding += " (the notes' reading of it does not make it one: " + l.finding + ")"
			final.refs = appendNew(final.refs, l.refs...)
			final.quotes = append(final.quotes, l.quotes...)
			return final
		}
	}
	if final.status == umassist.CriterionMet {
		if d, ok := doubted(append(quant, qual...), ev); ok {
			return d
		}
	}
	switch {
	case q.status == umassist.CriterionNotMet:
		final = q
		if l.status == umassist.CriterionMet {
			final.finding += " (a measured value outweighs the mention: " + l.finding + ")"
			final.refs = appendNew(final.refs, l.refs...)
		}
	case q.status == umassist.CriterionNotDocumented && len(q.refs) > 0 && final.status == umassist.CriterionNotMet:
		// The record holds a result that no longer counts (outside the
		// window, unconfirmed): a note saying it was not repeated at a
		// visit does not make the criterion failed, it leaves it open.
		final = q
		final.finding += " (" + l.finding + ")"
		final.refs = appendNew(final.refs, l.refs...)
	}
	return final
}

// doubted reads a finding a code or a value would meet against a
// clinician's statement, made on or after every piece of it, that the
// finding is not established (a valve area of 0.91 cm² and "I cannot tell
// whether this is true severe AS" from the cardiologist who had it in
// hand): the clinician's reading of the numbers is the newer word, so the
// finding is not documented, and both are cited.
func doubted(rs []hintResult, ev *Evidence) (hintResult, bool) {
	var doubt *Quote
	for _, r := range rs {
		if r.doubt != nil && (doubt == nil || r.doubt.Date.After(doubt.Date)) {
			doubt = r.doubt
		}
	}
	if doubt == nil || doubt.Date.IsZero() {
		return hintResult{}, false
	}
	var met []hintResult
	for _, r := range rs {
		if r.status != umassist.CriterionMet {
			continue
		}
		if newest := newestOf(r, ev); newest.IsZero() || dayOf(newest).After(dayOf(doubt.Date)) {
			return hintResult{}, false
		}
		met = append(met, r)
	}
	if len(met) == 0 {
		return hintResult{}, false
	}
	m := anyOf(met)
	out := hintResult{status: umassist.CriterionNotDocumented, doubted: doubt, refs: appendNew([]string{doubt.Ref}, m.refs...),
		quotes:  append([]Quote{*doubt}, m.quotes...),
		finding: fmt.Sprintf("not established: on %s a clinician wrote %q; what would meet it is no newer (%s)", day(doubt.Date), clipQuote(doubt.Text), m.finding)}
	return out, true
}

// newestOf is the date of the newest quote or cited item of a result,
// zero when none is dated.
func newestOf(r hintResult, ev *Evidence) time.Time {
	var t time.Time
	for _, q := range r.quotes {
		if q.Date.After(t) {
			t = q.Date
		}
	}
	for _, ref := range r.refs {
		if it := ev.Items[ref]; it != nil && it.Date.After(t) {
			t = it.Date
		}
	}
	return t
}

// conjunction: every group must be met.
func conjunction(order []string, grouped map[string][]Hint, ev *Evidence, asOf umassist.Date) hintResult {
	out := hintResult{status: umassist.CriterionMet}
	var findings, missing []string
	for _, g := range order {
		res := alternatives(grouped[g], ev, asOf)
		out.refs = appendNew(out.refs, res.refs...)
		out.quotes = append(out.quotes, res.quotes...)
		if res.finding != "" {
			findings = append(findings, res.finding)
		}
		switch res.status {
		case umassist.CriterionNotMet:
			out.status = umassist.CriterionNotMet
		case umassist.CriterionNotDocumented:
			if res.doubted != nil {
				out.doubted = res.doubted
			}
			if out.status == umassist.CriterionMet {
				out.status = umassist.CriterionNotDocumented
			}
			if res.finding == "" {
				missing = append(missing, g)
			}
		}
	}
	for _, g := range missing {
		findings = append(findings, "nothing documented for "+strings.ReplaceAll(g, "_", " "))
	}
	out.finding = strings.Join(findings, "; ")
	return out
}

// evalHint evaluates one hint; measured reports whether it tested a value
// (which then outweighs mentions).
func evalHint(h Hint, ev *Evidence, asOf umassist.Date) (hintResult, bool) {
	switch h.Kind {
	case KindObservation:
		var byMeasure []hintResult
		seen := map[string]bool{}
		for _, code := range h.LOINC {
			if m, ok := vocab.MeasureForLOINC(code); ok && !seen[m.ID] {
				seen[m.ID] = true
				byMeasure = append(byMeasure, evalMeasure(h, m.ID, ev, asOf))
			}
		}
		if len(byMeasure) > 0 {
			return anyOf(byMeasure), true
		}
		return evalObservation(h, ev, asOf), true
	case KindCondition:
		return evalCoded(h, ev, asOf, KindCondition), false
	case KindProcedure:
		return evalCoded(h, ev, asOf, KindProcedure), false
	case KindMedication:
		return evalMedication(h, ev, asOf), true
	case KindNote:
		if h.Measure != "" {
			return evalMeasure(h, h.Measure, ev, asOf), true
		}
		return evalPhrases(h, ev, asOf), false
	case KindPatient:
		return evalAge(h, ev, asOf), true
	case KindDose:
		return evalDose(h, ev, asOf), true
	}
	return hintResult{status: umassist.CriterionNotDocumented}, false
}

// evalAge compares the patient's age on the request date with the hint's
// bounds; the record's date of birth is the evidence.
func evalAge(h Hint, ev *Evidence, asOf umassist.Date) hintResult {
	age := ev.Patient.Age(asOf.Time)
	if age < 0 {
		return hintResult{status: umassist.CriterionNotDocumented, finding: "the record gives no date of birth"}
	}
	out := hintResult{status: umassist.CriterionMet, finding: fmt.Sprintf("age %d on %s", age, asOf)}
	if ev.Patient.Ref != "" {
		out.refs = []string{ev.Patient.Ref}
	}
	switch {
	case h.MinAge > 0 && age < h.MinAge:
		out.status, out.finding = umassist.CriterionNotMet, fmt.Sprintf("age %d on %s, under %d", age, asOf, h.MinAge)
	case h.MaxAge > 0 && age > h.MaxAge:
		out.status, out.finding = umassist.CriterionNotMet, fmt.Sprintf("age %d on %s, over %d", age, asOf, h.MaxAge)
	}
	return out
}

// evalCoded matches conditions and procedures by code. A refuted,
// entered-in-error or merely provisional condition does not count; with
// a look-back window the onset (or the procedure) must fall inside it;
// without one, a condition must still be active (a resolved otitis is not
// an active one).
func evalCoded(h Hint, ev *Evidence, asOf umassist.Date, kind string) hintResult {
	from := windowStart(asOf, h.LookbackDays)
	var refs, findings, doubtful, treated, treatedRefs, undated, undatedRefs []string
	for _, it := range ev.Sorted(kind) {
		if !codeMatch(it.Codes, h.Codes, true) {
			continue
		}
		when := it.Date
		if kind == KindCondition && !it.Start.IsZero() {
			when = it.Start
		}
		if kind == KindProcedure && it.End.After(when) && !asOf.IsZero() && !when.After(asOf.EndOfDay()) {
			// A course done over a period (hyperbaric sessions from July
			// to August) is as recent as its last day, or the request's
			// when it goes on past it.
			when = it.End
			if !visible(when, asOf) {
				when = asOf.Time
			}
		}
		st := strings.ToLower(it.Status)
		if kind == KindCondition && h.Current && !from.IsZero() && when.Before(from) && st == "active" &&
			visible(it.Date, asOf) && !it.Date.Before(from) {
			// Begun before the window, recorded in it and still active:
			// the state is present now.
			when = it.Date
		}
		if when.IsZero() && !from.IsZero() && kind == KindProcedure && st != "entered-in-error" && st != "not-done" &&
			st != "cancelled" && st != "stopped" && st != "preparation" {
			// Done, and not dated ("winter 2025-2026, per patient"): whether
			// it falls in the window cannot be told, which is not the same
			// as its falling outside it.
			said := ""
			if it.DateText != "" {
				said = fmt.Sprintf(" (the record says only %q)", it.DateText)
			}
			undated = append(undated, fmt.Sprintf("%s has no date%s: whether it was within the %d-day window cannot be told", label(it), said, h.LookbackDays))
			undatedRefs = append(undatedRefs, it.Ref)
			continue
		}
		if !visible(when, asOf) || (!from.IsZero() && when.Before(from)) {
			continue
		}
		if st == "entered-in-error" || st == "not-done" || st == "cancelled" || st == "stopped" && kind == KindProcedure {
			continue
		}
		switch strings.ToLower(it.Verification) {
		case "refuted", "entered-in-error":
			continue
		case "provisional", "differential", "unconfirmed":
			doubtful = append(doubtful, fmt.Sprintf("%s is only %s", label(it), strings.ToLower(it.Verification)))
			continue
		}
		if kind == KindCondition && h.LookbackDays == 0 && (st == "resolved" || st == "inactive" || st == "remission") {
			continue
		}
		if kind == KindProcedure && (st == "preparation" || st == "in-progress" && !it.Date.Before(asOf.Time)) {
			continue
		}
		if kind == KindCondition && !h.requirement {
			// An exclusion recorded and then treated to the end of its
			// course (an otitis, ten days of antibiotics completed) is not
			// known to be present now, nor known to be gone: the problem
			// list keeps the visit's status. It is asked about.
			if rx := treatedSince(ev, it, when, asOf); rx != nil {
				treated = append(treated, fmt.Sprintf("%s (%s) was treated: %s, completed %s; nothing since says whether it persists", label(it), day(when), rx.Display, day(rx.End)))
				treatedRefs = appendNew(treatedRefs, it.Ref, rx.Ref)
				continue
			}
		}
		refs = append(refs, it.Ref)
		findings = append(findings, fmt.Sprintf("%s (%s)", label(it), day(when)))
		// The notes written when it was diagnosed or done (the discharge
		// summary behind an infarction, the report of an MRI) back it up.
		refs = appendNew(refs, notesAbout(ev, it, when, asOf)...)
	}
	if len(refs) > 0 {
		return hintResult{status: umassist.CriterionMet, refs: refs, finding: strings.Join(findings, ", ")}
	}
	if len(treated)+len(undated) > 0 {
		return hintResult{status: umassist.CriterionNotDocumented, refs: append(treatedRefs, undatedRefs...), unsettled: true,
			finding: strings.Join(append(append(treated, undated...), doubtful...), "; ")}
	}
	return hintResult{status: umassist.CriterionNotDocumented, finding: strings.Join(doubtful, "; ")}
}

// isAntibiotic reports whether a medication is of the antibiotic class,
// by any of its codes or its name.
func isAntibiotic(rx *Item) bool {
	for _, c := range append(slices.Clone(rx.Codes), "") {
		if slices.Contains(vocab.ClassesOf(c, rx.Display), "antibiotic") {
			return true
		}
	}
	return false
}

// infection names a condition an antibiotic course treats.
var infection = regexp.MustCompile(`(?i)infect|otitis|sinusitis|mastoiditis|cellulitis|abscess|pneumonia|osteomyelitis|bronchitis|pyelonephritis|cystitis|sepsis`)

// treatedSince is a completed course of treatment ordered for a condition
// (its indication names the condition, or, for an infection, an
// antibiotic ordered that day with no indication given), begun on or
// after the day the condition was recorded and ended by asOf; nil when
// there is none.
func treatedSince(ev *Evidence, cond *Item, when time.Time, asOf umassist.Date) *Item {
	name := strings.ToLower(strings.TrimSpace(cond.Display))
	if name == "" {
		return nil
	}
	for _, rx := range ev.Sorted(KindMedication) {
		ind := strings.ToLower(strings.TrimSpace(rx.Indication))
		start := startOf(rx)
		switch {
		case ind != "" && (ind == name || strings.Contains(ind, name) || strings.Contains(name, ind)):
		case ind == "" && infection.MatchString(name) && isAntibiotic(rx) &&
			!start.IsZero() && !dayOf(start).After(dayOf(when).AddDate(0, 0, 1)):
			// An antibiotic ordered the day an infection was recorded, for
			// no other stated reason, is its treatment.
		default:
			continue
		}
		if !strings.EqualFold(rx.Status, "completed") || rx.End.IsZero() || start.IsZero() ||
			dayOf(start).Before(dayOf(when)) || !visible(rx.End, asOf) {
			continue
		}
		return rx
	}
	return nil
}

func clipQuote(s string) string {
	if r := []rune(s); len(r) > 200 {
		return string(r[:200]) + "…"
	}
	return s
}

// describeWhen says a date as precisely as the note gave it: "2019",
// "2026-03" or a day.
func describeWhen(c Context, when time.Time) string {
	if c.When.IsZero() || !when.Equal(c.WhenLast) {
		return day(when)
	}
	switch span := c.WhenLast.Sub(c.When).Hours() / 24; {
	case span > 40:
		return c.WhenLast.Format("2006")
	case span > 20:
		return c.WhenLast.Format("2006-01")
	}
	return day(when)
}

// measureTests lists the performed procedures that measure a measure (the
// vocabulary's codes) inside the window, newest first.
func measureTests(measure string, ev *Evidence, from time.Time, asOf umassist.Date) []*Item {
	m, ok := vocab.Measure(measure)
	if !ok || len(m.Procedures) == 0 {
		return nil
	}
	var out []*Item
	for _, it := range ev.Sorted(KindProcedure) {
		st := strings.ToLower(it.Status)
		if !codeMatch(it.Codes, m.Procedures, false) || !visible(it.Date, asOf) || (!from.IsZero() && it.Date.Before(from)) ||
			st == "not-done" || st == "entered-in-error" || st == "preparation" {
			continue
		}
		out = append(out, it)
	}
	return out
}

// restsOn reports whether every quote that met a mention reads the test
// that gave no answer: it names the test, or stands in its report.
func restsOn(mention, test hintResult) bool {
	m, ok := vocab.Measure(test.unreadable)
	if !ok || len(mention.quotes) == 0 {
		return false
	}
	for _, q := range mention.quotes {
		if q.Assertion == Affirmed && !m.Names(q.Text) && !slices.Contains(test.refs, q.Ref) {
			return false
		}
	}
	return true
}
