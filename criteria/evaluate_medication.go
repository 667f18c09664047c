package criteria

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/umassist/umassist"
)

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
	for _, it := range ev.Sorted(KindMedication) {
		if !medicationMatches(it, h) {
			continue
		}
		start := startOf(it)
		if start.IsZero() || start.After(end) {
			continue
		}
		st := strings.ToLower(it.Status)
		// A statement that the patient is not taking a drug, or only
		// intends to, is no exposure to it.
		if st == "entered-in-error" || st == "cancelled" || st == "draft" || st == "not-taken" || st == "intended" {
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
		if slices.ContainsFunc(current.items, func(it *Item) bool { return it.StartUnknown && dayOf(startOf(it)).Equal(dayOf(current.start)) }) {
			// Listed or refilled on that day, begun then or before: how
			// long it has been taken is not in the record.
			return hintResult{status: umassist.CriterionNotDocumented, refs: refs,
				finding: fmt.Sprintf("%s (%s) at least since %s; the record does not say when it was started (the policy asks for %d days)", strings.Join(names, ", then "), what, day(current.start), h.MinDurationDays)}
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
		} else {
			f += " (the prescription gives no reason)"
		}
		return hintResult{status: umassist.CriterionNotDocumented, refs: []string{it.Ref}, supporting: true, finding: f}
	}
	return hintResult{status: umassist.CriterionNotDocumented, finding: fmt.Sprintf("no %s on the medication list", what)}
}

// startOf is when a prescription's therapy starts as the record gives it.
func startOf(it *Item) time.Time {
	if !it.Start.IsZero() {
		return it.Start
	}
	return it.Date
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
	// A product coded otherwise (NDC, a local code) or written by its brand
	// ("Coumadin 5 mg") is the drug its name names.
	for _, code := range h.RxNorm {
		if in, ok := vocab.Ingredient(code); ok && vocab.NamedAt(it.Display, in.Name) >= 0 {
			return true
		}
	}
	// ClassesOf counts a combination that is a class of its own as that
	// class only (sacubitril/valsartan is an ARNI, not an ARB).
	classes := vocab.ClassesOf("", it.Display)
	for _, code := range it.Codes {
		classes = append(classes, vocab.ClassesOf(code, it.Display)...)
	}
	return slices.ContainsFunc(h.MedicationClasses, func(id string) bool { return slices.Contains(classes, id) })
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
