package criteria

import (
	"fmt"
	"slices"
	"strings"

	"github.com/umassist/umassist"
)

// doseLookbackDays is how far back an order counts when the hint sets no
// window: a prescription older than a year is not the order requested.
const doseLookbackDays = 365

// evalDose checks the order for the drug against a quantity limit: of the
// orders for it dated on or before the request (active, on hold or still
// a draft: the order being requested), the newest governs. An order with
// no readable dose and frequency leaves the criterion not documented; the
// dose is never guessed from a product's strength alone.
func evalDose(h Hint, ev *Evidence, asOf umassist.Date) hintResult {
	names := doseDrugNames(h)
	what := strings.Join(names, " or ")
	if what == "" {
		what = "the drug requested"
	}
	if h.MaxDose == nil || h.PerDays <= 0 || !requested(h, names, ev.Requested) {
		// Another drug's limit: the requested drug's hint decides.
		return hintResult{status: umassist.CriterionNotDocumented}
	}
	limit := fmt.Sprintf("%s %s over %d days", trimFloat(*h.MaxDose), h.Unit, h.PerDays)
	lookback := h.LookbackDays
	if lookback <= 0 {
		lookback = doseLookbackDays
	}
	end, from := asOf.EndOfDay(), asOf.AddDate(0, 0, -lookback)
	var order *Item
	for _, it := range ev.Sorted(KindMedication) { // newest first
		if it.Date.IsZero() || it.Date.After(end) || it.Date.Before(from) || !orderStands(it.Status) {
			continue
		}
		if medicationMatches(it, h) || namesDrug(it.Display, names) {
			order = it
			break
		}
	}
	if order == nil {
		return hintResult{status: umassist.CriterionNotDocumented,
			finding: fmt.Sprintf("no order for %s on or before %s gives the dose", what, asOf)}
	}
	on := order.Date.Format("2006-01-02")
	if order.Dose == nil {
		return hintResult{status: umassist.CriterionNotDocumented, refs: []string{order.Ref},
			finding: fmt.Sprintf("the order for %s of %s gives no dose and frequency", orderName(order, what), on)}
	}
	got, ok := order.Dose.Over(float64(h.PerDays), h.Unit)
	if !ok {
		return hintResult{status: umassist.CriterionNotDocumented, refs: []string{order.Ref},
			finding: fmt.Sprintf("the order for %s of %s gives %s, which does not convert to %s", orderName(order, what), on, order.Dose, h.Unit)}
	}
	out := hintResult{status: umassist.CriterionMet, refs: []string{order.Ref},
		finding: fmt.Sprintf("%s ordered %s: %s, %s %s over %d days, within %s", orderName(order, what), on, order.Dose, trimFloat(round2(got)), h.Unit, h.PerDays, limit)}
	if got > *h.MaxDose*(1+1e-9) {
		out.status = umassist.CriterionNotMet
		out.finding = fmt.Sprintf("%s ordered %s: %s, %s %s over %d days, above the limit of %s", orderName(order, what), on, order.Dose, trimFloat(round2(got)), h.Unit, h.PerDays, limit)
	}
	return out
}

func round2(f float64) float64 { return float64(int64(f*100+0.5)) / 100 }

// orderStands: an order that is active, on hold or a draft (the
// prescription being requested) stands; a stopped, completed, cancelled
// or mistaken one does not.
func orderStands(status string) bool {
	switch strings.ToLower(status) {
	case "", "active", "draft", "on-hold", "unknown":
		return true
	}
	return false
}

// requested reports whether a dose hint is about the drug the request
// asks for (by code, by the ingredient its name starts with, or by class);
// true when the request is unknown.
func requested(h Hint, names []string, req umassist.Coding) bool {
	if req.Code == "" && req.Display == "" {
		return true
	}
	if slices.Contains(h.RxNorm, req.Code) || namesDrug(req.Display, names) {
		return true
	}
	classes := vocab.ClassesOf(req.Code, req.Display)
	return slices.ContainsFunc(h.MedicationClasses, func(c string) bool { return slices.Contains(classes, c) })
}

// doseDrugNames are the ingredient names a dose hint is about.
func doseDrugNames(h Hint) []string {
	var out []string
	for _, code := range h.RxNorm {
		if in, ok := vocab.Ingredient(code); ok {
			out = appendNew(out, in.Name)
		}
	}
	for _, id := range h.MedicationClasses {
		if c, ok := vocab.Class(id); ok {
			out = appendNew(out, c.Label)
		}
	}
	return out
}

// namesDrug reports whether a product's name names one of the drugs, by
// the vocabulary's pattern for each ("semaglutide 2.4 MG/0.75 ML
// Auto-Injector" names semaglutide).
func namesDrug(display string, names []string) bool {
	return slices.ContainsFunc(names, func(n string) bool { return vocab.NamedAt(display, n) >= 0 })
}

func orderName(it *Item, what string) string {
	if it.Display != "" {
		return it.Display
	}
	return what
}
