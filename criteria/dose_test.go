package criteria_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/criteria"
)

// TestReadDose: sigs as prescribers write them, read into an amount and
// an interval; what a sig does not say is not guessed.
func TestReadDose(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		sig, product string
		want         criteria.Dose
		ok           bool
	}{
		{"Inject 2.4 mg subcutaneously once weekly", "", criteria.Dose{Amount: 2.4, Unit: "mg", EveryDays: 7}, true},
		{"40 mg SC every other week", "", criteria.Dose{Amount: 40, Unit: "mg", EveryDays: 14}, true},
		{"140 mg every 2 weeks", "", criteria.Dose{Amount: 140, Unit: "mg", EveryDays: 14}, true},
		{"5 mg by mouth twice daily", "", criteria.Dose{Amount: 5, Unit: "mg", EveryDays: 0.5}, true},
		{"15 mg once a day", "", criteria.Dose{Amount: 15, Unit: "mg", EveryDays: 1}, true},
		{"420 mg monthly", "", criteria.Dose{Amount: 420, Unit: "mg", EveryDays: 30}, true},
		{"1.8 mg SC daily", "", criteria.Dose{Amount: 1.8, Unit: "mg", EveryDays: 1}, true},
		{"Take 1 tablet by mouth BID", "tofacitinib 5 MG Oral Tablet", criteria.Dose{Amount: 5, Unit: "mg", EveryDays: 0.5}, true},
		{"Inject one pen every 14 days", "adalimumab 40 MG/0.4 ML Pen Injector", criteria.Dose{Amount: 40, Unit: "mg", EveryDays: 14}, true},
		{"500 mcg every 12 hours", "", criteria.Dose{Amount: 500, Unit: "mcg", EveryDays: 0.5}, true},
		{"1 mg q2w", "", criteria.Dose{Amount: 1, Unit: "mg", EveryDays: 14}, true},
		// A titration is held at its highest dose (it once read the first,
		// 0.25 mg, under a 2 mg limit the order's 2.4 mg is above).
		{"0.25 mg SC weekly x4 weeks, then 0.5 mg weekly x4 weeks, then 1 mg weekly, then 2.4 mg weekly", "",
			criteria.Dose{Amount: 2.4, Unit: "mg", EveryDays: 7}, true},
		{"Take 1 tablet twice daily; may increase to 2 tablets twice daily", "tofacitinib 5 MG Oral Tablet",
			criteria.Dose{Amount: 10, Unit: "mg", EveryDays: 0.5}, true},
		{"500 mcg daily, then 1 mg daily", "", criteria.Dose{Amount: 1, Unit: "mg", EveryDays: 1}, true},
		// Not enough to compute: no frequency, no amount, a count of a
		// product with no strength per unit (a vial's concentration).
		{"as directed", "semaglutide", criteria.Dose{}, false},
		{"2 mg", "", criteria.Dose{}, false},
		{"Inject 1 pen weekly", "semaglutide injection", criteria.Dose{}, false},
		{"1 syringe every week", "evolocumab 140 MG/ML Injectable Solution", criteria.Dose{}, false},
	} {
		got, ok := criteria.ReadDose(tc.sig, tc.product)
		require.Equal(t, tc.ok, ok, tc.sig)
		if ok {
			require.Equal(t, tc.want.Unit, got.Unit, tc.sig)
			require.InDelta(t, tc.want.Amount, got.Amount, 1e-9, tc.sig)
			require.InDelta(t, tc.want.EveryDays, got.EveryDays, 1e-9, tc.sig)
		}
	}
}

func TestStructuredDose(t *testing.T) {
	t.Parallel()
	d, ok := criteria.StructuredDose(2, "mg", 1, 1, "wk", "")
	require.True(t, ok)
	require.Equal(t, criteria.Dose{Amount: 2, Unit: "mg", EveryDays: 7}, d)
	d, ok = criteria.StructuredDose(1, "tablet", 2, 1, "d", "upadacitinib 15 MG Extended Release Oral Tablet")
	require.True(t, ok)
	require.Equal(t, criteria.Dose{Amount: 15, Unit: "mg", EveryDays: 0.5}, d)
	_, ok = criteria.StructuredDose(0.4, "mL", 1, 2, "wk", "adalimumab 40 MG/0.4 ML Pen Injector")
	require.False(t, ok, "a volume is not converted without a concentration")
	_, ok = criteria.StructuredDose(1, "mg", 1, 1, "a", "")
	require.False(t, ok, "an unknown period unit")
	over, ok := criteria.Dose{Amount: 140, Unit: "mg", EveryDays: 14}.Over(28, "mg")
	require.True(t, ok)
	require.InDelta(t, 280, over, 1e-9)
	over, ok = criteria.Dose{Amount: 500, Unit: "mcg", EveryDays: 1}.Over(1, "mg")
	require.True(t, ok)
	require.InDelta(t, 0.5, over, 1e-9)
}

// TestDoseLimit: the newest standing order for the drug governs; a dose
// above the limit is not met, a sig with no dose is not documented (the
// reviewer asks), an old or stopped order does not stand for the one
// requested.
func TestDoseLimit(t *testing.T) {
	t.Parallel()
	two := 2.0
	c := criteria.View{ID: "dose", Text: "Semaglutide up to 2 mg once weekly.", Required: true,
		Evidence: []criteria.Hint{{Kind: criteria.KindDose, RxNorm: []string{"1991302"}, MaxDose: &two, Unit: "mg", PerDays: 7}}}
	asOf := umassist.MustDate("2026-03-18")
	order := func(ref, date, status, display, dosage string) string {
		return `{"ref":"MedicationRequest/` + ref + `","date":"` + date + `","start_date":"` + date + `","status":"` + status + `","active":true,"display":"` + display + `","dosage":"` + dosage + `"}`
	}
	for _, tc := range []struct {
		name string
		meds string
		want umassist.CriterionStatus
		ref  string
	}{
		{"1 mg weekly", order("a", "2026-03-10", "draft", "semaglutide 1 MG/0.75 ML Pen Injector", "Inject 1 mg SC once weekly"), umassist.CriterionMet, "MedicationRequest/a"},
		{"2 mg weekly, at the limit", order("a", "2026-03-10", "active", "semaglutide", "2 mg weekly"), umassist.CriterionMet, "MedicationRequest/a"},
		{"2.4 mg weekly, above", order("a", "2026-03-10", "active", "semaglutide", "2.4 mg weekly"), umassist.CriterionNotMet, "MedicationRequest/a"},
		{"1 mg twice a week, at the limit", order("a", "2026-03-10", "active", "semaglutide", "1 mg twice a week"), umassist.CriterionMet, "MedicationRequest/a"},
		{"the sig gives no dose", order("a", "2026-03-10", "draft", "semaglutide injection", "as directed"), umassist.CriterionNotDocumented, "MedicationRequest/a"},
		{"no order for the drug", order("m", "2026-03-10", "active", "metformin 500 MG Oral Tablet", "500 mg twice daily"), umassist.CriterionNotDocumented, ""},
		{"the newest order governs", order("old", "2026-01-10", "active", "semaglutide", "1 mg weekly") + "," + order("new", "2026-03-01", "active", "semaglutide", "4 mg weekly"), umassist.CriterionNotMet, "MedicationRequest/new"},
		{"a stopped order does not stand", order("s", "2026-03-01", "stopped", "semaglutide", "1 mg weekly"), umassist.CriterionNotDocumented, ""},
		{"an order after the request does not exist", order("f", "2026-04-01", "active", "semaglutide", "1 mg weekly"), umassist.CriterionNotDocumented, ""},
		{"an order two years old is not the one requested", order("o", "2024-01-10", "active", "semaglutide", "1 mg weekly"), umassist.CriterionNotDocumented, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			r := criteria.Evaluate(c, evidenceOf(meds(tc.meds)), asOf)
			require.Equal(t, tc.want, r.Status, r.Finding)
			if tc.ref != "" {
				require.Contains(t, r.Evidence, tc.ref, r.Finding)
			} else {
				require.Empty(t, r.Evidence, r.Finding)
			}
		})
	}
}

// TestDoseLimitIsTheRequestedDrugs: a policy that limits several drugs
// holds the request to its own drug's limit. A semaglutide order still
// active from earlier therapy must not meet the limit of a dulaglutide
// request whose order is above its own (it did, as an alternative).
func TestDoseLimitIsTheRequestedDrugs(t *testing.T) {
	t.Parallel()
	two, fourHalf := 2.0, 4.5
	c := criteria.View{ID: "dose", Text: "Semaglutide up to 2 mg weekly; dulaglutide up to 4.5 mg weekly.", Required: true,
		Evidence: []criteria.Hint{
			{Kind: criteria.KindDose, RxNorm: []string{"1991302"}, MaxDose: &two, Unit: "mg", PerDays: 7},
			{Kind: criteria.KindDose, RxNorm: []string{"1551291"}, MaxDose: &fourHalf, Unit: "mg", PerDays: 7},
		}}
	asOf := umassist.MustDate("2026-03-18")
	chart := meds(`{"ref":"MedicationRequest/sema","date":"2025-10-01","start_date":"2025-10-01","status":"active","active":true,"display":"semaglutide","dosage":"1 mg weekly"},` +
		`{"ref":"MedicationRequest/dula","date":"2026-03-10","start_date":"2026-03-10","status":"draft","display":"dulaglutide","dosage":"9 mg weekly"}`)
	for _, tc := range []struct {
		name string
		req  umassist.Coding
		want umassist.CriterionStatus
		ref  string
	}{
		{"dulaglutide requested", umassist.Coding{System: umassist.SystemRxNorm, Code: "1551291", Display: "dulaglutide"}, umassist.CriterionNotMet, "MedicationRequest/dula"},
		{"a dulaglutide product requested", umassist.Coding{System: umassist.SystemRxNorm, Code: "1551306", Display: "dulaglutide 4.5 MG/0.5 ML Auto-Injector"}, umassist.CriterionNotMet, "MedicationRequest/dula"},
		{"semaglutide requested", umassist.Coding{System: umassist.SystemRxNorm, Code: "1991302", Display: "semaglutide"}, umassist.CriterionMet, "MedicationRequest/sema"},
	} {
		ev := evidenceOf(chart)
		ev.Requested = tc.req
		r := criteria.Evaluate(c, ev, asOf)
		require.Equal(t, tc.want, r.Status, "%s: %s", tc.name, r.Finding)
		require.Equal(t, []string{tc.ref}, r.Evidence, tc.name)
	}
}
