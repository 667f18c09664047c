package criteria

import (
	"fmt"
	"sort"
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
//     gives it ("in 2019"), not the date of the note that mentions it.
func Evaluate(c View, ev *Evidence, asOf umassist.Date) Result {
	r := Result{ID: c.ID, Text: c.Text, Passages: c.Passages, Required: c.Required, Exclusion: c.Exclusion, Question: c.Question, Missing: c.Missing}
	var final hintResult
	grouped := map[string][]Hint{}
	var order []string
	var loose []Hint
	for _, h := range c.Evidence {
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
	if r.Finding == "" && r.Status == umassist.CriterionNotDocumented {
		r.Finding = "the record is silent"
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
		return evalCoded(h, ev, asOf, "condition"), false
	case KindProcedure:
		return evalCoded(h, ev, asOf, "procedure"), false
	case KindMedication:
		return evalMedication(h, ev, asOf), true
	case KindNote:
		if h.Measure != "" {
			return evalMeasure(h, h.Measure, ev, asOf), true
		}
		return evalPhrases(h, ev, asOf), false
	}
	return hintResult{status: umassist.CriterionNotDocumented}, false
}

// evalMeasure: the newest affirmed, current reading in the window governs.
func evalMeasure(h Hint, measure string, ev *Evidence, asOf umassist.Date) hintResult {
	from := windowStart(asOf, h.LookbackDays)
	all := ev.Readings(measure, asOf.Time)
	var inWindow, stale, unsure []Reading
	for _, r := range all {
		if h.Setting != "" && r.Setting != h.Setting {
			continue
		}
		if len(h.NotBy) > 0 && r.Source == "note" && authoredBy(ev.Items[r.Ref], h.NotBy) {
			// Who performed the test disqualifies it.
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
	tests := measureTests(measure, ev, from, asOf)
	if len(inWindow) == 0 && len(tests) > 0 && len(unsure) == 0 {
		t := tests[0]
		return hintResult{status: umassist.CriterionNotDocumented, refs: []string{t.Ref},
			finding: fmt.Sprintf("%s was done on %s, but its result (%s) is not in the record", label(t), day(t.Date), measureLabel(measure))}
	}
	if len(inWindow) == 0 {
		switch {
		case len(stale) > 0:
			s := newest(stale)
			return hintResult{status: umassist.CriterionNotDocumented, refs: []string{s.Ref},
				finding: fmt.Sprintf("the latest %s is dated %s, outside the %d-day look-back window", measureLabel(measure), day(s.Date), h.LookbackDays)}
		case len(unsure) > 0:
			u := unsure[0]
			return hintResult{status: umassist.CriterionNotDocumented, refs: []string{u.Ref}, quotes: []Quote{quoteOf(u)},
				finding: fmt.Sprintf("%s is only mentioned as %s (%q): not a documented result", measureLabel(measure), describeAssertion(u.Context), u.Context.Sentence)}
		}
		return hintResult{status: umassist.CriterionNotDocumented}
	}
	gov := governing(inWindow)
	met := compareRange(gov, h)
	res := hintResult{status: umassist.CriterionNotMet, finding: gov.Describe()}
	if met {
		res.status = umassist.CriterionMet
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
			if r.Source == "note" {
				res.quotes = append(res.quotes, quoteOf(r))
			}
		}
	}
	res.refs = appendNew([]string{gov.Ref}, append(res.refs, gov.Inputs...)...)
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
		case "observation":
			return 0
		case "computed":
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
	if gov.Source == "note" {
		// A note is often the retelling of a test done days before (the
		// report or the visit after the study): the test's own value
		// speaks for it.
		for _, r := range sorted {
			if r.Source != "note" && !r.Context.Historical && !r.Date.After(gov.Date) && !r.Date.Before(gov.Date.AddDate(0, 0, -30)) {
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

// evalCoded matches conditions and procedures by code. A refuted,
// entered-in-error or merely provisional condition does not count; with
// a look-back window the onset (or the procedure) must fall inside it;
// without one, a condition must still be active (a resolved otitis is not
// an active one).
func evalCoded(h Hint, ev *Evidence, asOf umassist.Date, kind string) hintResult {
	from := windowStart(asOf, h.LookbackDays)
	var refs, findings, doubtful []string
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
		st := strings.ToLower(it.Status)
		if st == "entered-in-error" || st == "not-done" || st == "cancelled" || st == "stopped" && kind == "procedure" {
			continue
		}
		switch strings.ToLower(it.Verification) {
		case "refuted", "entered-in-error":
			continue
		case "provisional", "differential", "unconfirmed":
			doubtful = append(doubtful, fmt.Sprintf("%s is only %s", label(it), strings.ToLower(it.Verification)))
			continue
		}
		if kind == "condition" && h.LookbackDays == 0 && (st == "resolved" || st == "inactive" || st == "remission") {
			continue
		}
		if kind == "procedure" && (st == "preparation" || st == "in-progress" && !it.Date.Before(asOf.Time)) {
			continue
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
	return hintResult{status: umassist.CriterionNotDocumented, finding: strings.Join(doubtful, "; ")}
}

// exposure is one continuous stretch of therapy in a class.
type exposure struct {
	start, end time.Time
	items      []*Item
}

// evalMedication checks that a drug of the hint's classes (or RxNorm
// codes) is taken now and has been, continuously, for MinDurationDays:
// therapy stretches are built from each prescription's start and stop
// (a switch within the class, lisinopril to sacubitril/valsartan, keeps
// the stretch going); a prescription that stopped before the request does
// not count as current.
func evalMedication(h Hint, ev *Evidence, asOf umassist.Date) hintResult {
	var classes []string
	for _, c := range h.MedicationClasses {
		classes = append(classes, ClassLabel(c))
	}
	what := strings.Join(classes, " or ")
	if what == "" {
		what = "the required medication"
	}
	end := asOf.EndOfDay()
	var stretches []exposure
	var stopped []*Item
	for _, it := range ev.Sorted("medication") {
		if !medicationMatches(it, h) {
			continue
		}
		start := it.Start
		if start.IsZero() {
			start = it.Date
		}
		if start.IsZero() || start.After(end) {
			continue
		}
		st := strings.ToLower(it.Status)
		if st == "entered-in-error" || st == "cancelled" || st == "draft" {
			continue
		}
		stop := end
		switch {
		case !it.End.IsZero() && it.End.Before(end):
			stop = it.End
		case !it.Active && (st == "stopped" || st == "completed" || st == "ended"):
			if it.End.IsZero() {
				stop = start
			}
		}
		if st == "stopped" || st == "completed" || st == "ended" || !it.End.IsZero() && it.End.Before(end) {
			stopped = append(stopped, it)
		}
		stretches = append(stretches, exposure{start: start, end: stop, items: []*Item{it}})
	}
	merged := mergeExposures(stretches)
	var current *exposure
	for i := range merged {
		if !merged[i].end.Before(end.AddDate(0, 0, -7)) {
			current = &merged[i]
		}
	}
	if h.Ever && current == nil {
		for i := range merged {
			if int(merged[i].end.Sub(merged[i].start).Hours()/24) >= h.MinDurationDays {
				current = &merged[i]
			}
		}
		if current != nil {
			var refs, names []string
			for _, it := range current.items {
				refs = append(refs, it.Ref)
				names = append(names, describeMed(it))
			}
			return hintResult{status: umassist.CriterionMet, refs: refs,
				finding: fmt.Sprintf("%s (%s) from %s to %s", strings.Join(names, ", then "), what, day(current.start), day(current.end))}
		}
	}
	if current != nil {
		days := int(asOf.Sub(current.start).Hours() / 24)
		var refs, names []string
		for _, it := range current.items {
			refs = append(refs, it.Ref)
			names = append(names, it.Display)
		}
		if days >= h.MinDurationDays {
			return hintResult{status: umassist.CriterionMet, refs: refs,
				finding: fmt.Sprintf("%s (%s) since %s", strings.Join(names, ", then "), what, day(current.start))}
		}
		return hintResult{status: umassist.CriterionNotMet, refs: refs,
			finding: fmt.Sprintf("%s (%s) only since %s, short of the required %d days", strings.Join(names, ", then "), what, day(current.start), h.MinDurationDays)}
	}
	if len(stopped) > 0 {
		it := stopped[0]
		f := fmt.Sprintf("%s was stopped", it.Display)
		if !it.End.IsZero() {
			f += " on " + day(it.End)
		}
		if it.Reason != "" {
			f += " (" + it.Reason + ")"
		}
		return hintResult{status: umassist.CriterionNotDocumented, refs: []string{it.Ref}, supporting: true, finding: f}
	}
	return hintResult{status: umassist.CriterionNotDocumented, finding: fmt.Sprintf("no %s on the medication list", what)}
}

func describeMed(it *Item) string {
	if it.Reason != "" {
		return it.Display + " (stopped: " + it.Reason + ")"
	}
	return it.Display
}

func medicationMatches(it *Item, h Hint) bool {
	if codeMatch(it.Codes, h.RxNorm, false) {
		return true
	}
	for _, id := range h.MedicationClasses {
		c, ok := vocab.Class(id)
		if !ok {
			continue
		}
		for _, code := range it.Codes {
			if c.Has(code, "") {
				return true
			}
		}
		if c.Has("", it.Display) {
			// A combination that is a class of its own does not count as
			// its parts (sacubitril/valsartan is an ARNI, not an ARB).
			if id == "arb" && contains(vocab.ClassesOf(firstCode(it.Codes), it.Display), "arni") {
				continue
			}
			return true
		}
	}
	return false
}

func firstCode(cs []string) string {
	if len(cs) == 0 {
		return ""
	}
	return cs[0]
}

// mergeExposures joins stretches that overlap or follow within two weeks.
func mergeExposures(xs []exposure) []exposure {
	sort.Slice(xs, func(i, j int) bool { return xs[i].start.Before(xs[j].start) })
	var out []exposure
	for _, x := range xs {
		if n := len(out); n > 0 && !x.start.After(out[n-1].end.AddDate(0, 0, 14)) {
			if x.end.After(out[n-1].end) {
				out[n-1].end = x.end
			}
			out[n-1].items = append(out[n-1].items, x.items...)
			continue
		}
		out = append(out, x)
	}
	return out
}

// evalPhrases reads note phrases in context.
func evalPhrases(h Hint, ev *Evidence, asOf umassist.Date) hintResult {
	from := windowStart(asOf, h.LookbackDays)
	var met, contrary, pending, other *hintResult
	note := func(r **hintResult, st umassist.CriterionStatus, it *Item, q Quote, finding string) {
		if *r == nil {
			*r = &hintResult{status: st, finding: finding}
		}
		(*r).refs = appendNew((*r).refs, it.Ref)
		(*r).quotes = append((*r).quotes, q)
	}
	for _, it := range ev.Sorted("note") {
		if it.Text == "" || !visible(it.Date, asOf) || (!from.IsZero() && !it.Date.IsZero() && it.Date.Before(from)) {
			continue
		}
		if !authoredBy(it, h.Authors) {
			continue
		}
		for _, p := range h.Phrases {
			if !hasWords(it.lowerText(), p) {
				continue
			}
			for _, hit := range FindPhrase(it.Text, p) {
				ctx := ReadContext(it.Text, hit.Offset, hit.End, it.Date)
				q := Quote{Ref: it.Ref, Start: ctx.Start, End: ctx.End, Text: ctx.Sentence, Assertion: ctx.Assertion, Date: it.Date}
				where := fmt.Sprintf("%s %s: %q", label(it), day(it.Date), clipQuote(q.Text))
				if !from.IsZero() {
					when := ctx.WhenLast
					if when.IsZero() && ctx.Historical {
						// Told as past with no date: not a recent event.
						note(&other, umassist.CriterionNotDocumented, it, q, "mentioned only as history: "+where)
						continue
					}
					if when.IsZero() {
						when = it.Date
					}
					if when.Before(from) {
						note(&other, umassist.CriterionNotDocumented, it, q, fmt.Sprintf("dated %s, outside the %d-day window: %s", describeWhen(ctx, when), h.LookbackDays, where))
						continue
					}
				}
				if h.Planned {
					if ctx.Assertion == Hypothetical {
						note(&met, umassist.CriterionMet, it, q, fmt.Sprintf("%s, not yet done: %s", describeAssertion(ctx), where))
					}
					continue
				}
				switch ctx.Assertion {
				case Affirmed:
					note(&met, umassist.CriterionMet, it, q, where)
				case Negated:
					note(&contrary, umassist.CriterionNotMet, it, q, where)
				case Hypothetical:
					note(&pending, umassist.CriterionNotDocumented, it, q, fmt.Sprintf("only %s, not documented as done: %s", describeAssertion(ctx), where))
				default:
					note(&other, umassist.CriterionNotDocumented, it, q, fmt.Sprintf("only %s: %s", describeAssertion(ctx), where))
				}
			}
		}
	}
	// Why a drug was stopped is clinical text too ("stopped after a GI
	// bleed"): the prescription is the source. (A prescription has no
	// author a hint could name.)
	for _, it := range ev.Sorted("medication") {
		if it.Reason == "" || !visible(it.Date, asOf) || len(h.Authors) > 0 {
			continue
		}
		for _, p := range h.Phrases {
			for _, hit := range FindPhrase(it.Reason, p) {
				ctx := ReadContext(it.Reason, hit.Offset, hit.End, it.Date)
				if ctx.Counts() {
					// Not a note: nothing to quote at offsets.
					note(&met, umassist.CriterionMet, it, Quote{}, fmt.Sprintf("%s stopped: %q", it.Display, it.Reason))
				}
			}
		}
	}
	switch {
	case met != nil:
		return *met
	case contrary != nil:
		return *contrary
	case pending != nil:
		return *pending
	case other != nil:
		return *other
	}
	return hintResult{status: umassist.CriterionNotDocumented}
}

func clipQuote(s string) string {
	if r := []rune(s); len(r) > 200 {
		return string(r[:200]) + "…"
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
	// Branch is the indication pathway that governed, if the policy has
	// several; nil for the policy's main pathway.
	Branch *Branch
	// Applies lists the criteria the governing pathway uses.
	Applies map[string]bool
}

// Request is what of the request selects a policy's pathway.
type Request struct {
	Service   string
	Diagnoses []string
}

// RequestOf reads a service request.
func RequestOf(r umassist.ServiceRequest) Request {
	q := Request{Service: r.Service.Code}
	for _, d := range r.Diagnoses {
		q.Diagnoses = append(q.Diagnoses, d.Code)
	}
	return q
}

// Pathway returns the logic that governs: the first branch whose When
// holds, else the top level.
func Pathway(logic Logic, rs []Result, req Request) (all []string, any [][]string, excl []string, branch *Branch) {
	status := map[string]umassist.CriterionStatus{}
	for _, r := range rs {
		status[r.ID] = r.Status
	}
	for i := range logic.Branches {
		b := &logic.Branches[i]
		sel := false
		for _, s := range b.When.Services {
			sel = sel || strings.EqualFold(s, strings.TrimSpace(req.Service))
		}
		for _, d := range b.When.Diagnoses {
			for _, have := range req.Diagnoses {
				sel = sel || strings.HasPrefix(normCode(have), normCode(d))
			}
		}
		for _, id := range b.When.Criteria {
			sel = sel || status[id] == umassist.CriterionMet
		}
		if sel {
			return b.AllOf, b.AnyOf, b.Exclusions, b
		}
	}
	return logic.AllOf, logic.AnyOf, logic.Exclusions, nil
}

// Decide applies the pack's logic, on the pathway the request and record
// select: a non-covered indication, a present exclusion or a required
// criterion documented as not met goes to a physician (refer); otherwise a
// required criterion the record is silent on asks the ordering clinician
// (request_info, one question per gap); approve only when all are met.
func Decide(logic Logic, rs []Result, req Request) Decision {
	by := map[string]Result{}
	for _, r := range rs {
		by[r.ID] = r
	}
	allOf, anyOf, exclusions, branch := Pathway(logic, rs, req)
	d := Decision{Questions: []string{}, Missing: []string{}, Branch: branch, Applies: map[string]bool{}}
	for _, id := range allOf {
		d.Applies[id] = true
	}
	for _, g := range anyOf {
		for _, id := range g {
			d.Applies[id] = true
		}
	}
	for _, id := range append(append([]string{}, exclusions...), logic.NotCovered...) {
		d.Applies[id] = true
	}
	if branch != nil {
		for _, id := range branch.When.Criteria {
			if by[id].Status == umassist.CriterionMet {
				d.Applies[id] = true
			}
		}
	}
	if branch != nil && branch.NotCovered {
		d.Recommendation = umassist.RecommendRefer
		d.Rationale = "pathway " + branch.Title + ": the policy does not cover this request as asked: a physician reviewer decides"
		return d
	}
	var notMet, undoc []Result
	for _, id := range append(append([]string{}, logic.NotCovered...), exclusions...) {
		if r, ok := by[id]; ok && r.Status == umassist.CriterionMet {
			notMet = append(notMet, r)
		}
	}
	for _, id := range allOf {
		r, ok := by[id]
		switch {
		case !ok:
		case r.Status == umassist.CriterionNotMet:
			notMet = append(notMet, r)
		case r.Status == umassist.CriterionNotDocumented:
			undoc = append(undoc, r)
		}
	}
	for _, g := range anyOf {
		var met bool
		var gUndoc, gNot []Result
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
		// Alternatives the record is wholly silent on are other pathways
		// nobody tried, not a gap in this one: when a documented
		// alternative failed, a physician decides (refer); the clinician
		// is asked only about an alternative the record began (a test
		// ordered, a result half documented) or when all are silent.
		var begun []Result
		for _, r := range gUndoc {
			if len(r.Evidence) > 0 {
				begun = append(begun, r)
			}
		}
		switch {
		case met:
		case len(begun) > 0:
			undoc = append(undoc, begun[0])
		case len(gUndoc) > 0 && len(gNot) == 0:
			undoc = append(undoc, gUndoc[0])
		default:
			notMet = append(notMet, gNot...)
		}
	}
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
	if branch != nil {
		d.Rationale = "pathway " + branch.Title + ": " + d.Rationale
	}
	return d
}

// authoredBy reports whether a note was written by one of the roles or
// specialties named (its author line, else its title line); no names
// means anyone.
func authoredBy(it *Item, who []string) bool {
	if len(who) == 0 {
		return true
	}
	title := it.Text
	if i := strings.IndexByte(title, '\n'); i >= 0 {
		title = title[:i]
	}
	hay := strings.ToLower(it.Author + " " + it.Display + " " + title)
	for _, w := range who {
		if strings.Contains(hay, strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// hasWords reports whether every word of a phrase occurs in lower-cased
// text: a necessary condition for FindPhrase to find it.
func hasWords(lower, phrase string) bool {
	for _, w := range strings.Fields(strings.ToLower(phrase)) {
		if !strings.Contains(lower, w) {
			return false
		}
	}
	return true
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
	for _, it := range ev.Sorted("procedure") {
		st := strings.ToLower(it.Status)
		if !codeMatch(it.Codes, m.Procedures, false) || !visible(it.Date, asOf) || (!from.IsZero() && it.Date.Before(from)) ||
			st == "not-done" || st == "entered-in-error" || st == "preparation" {
			continue
		}
		out = append(out, it)
	}
	return out
}
