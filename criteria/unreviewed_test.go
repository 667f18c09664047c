package criteria_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/criteria"
)

func TestUnreviewedCriteria(t *testing.T) {
	t.Parallel()
	src := criteria.PolicyText{ID: "P", Passages: []criteria.SourcePassage{
		{ID: "P#A", Section: "General", Text: "Pacemakers are devices."},
		{ID: "P#B", Section: "Nationally Covered Indications", Text: "The following indications are covered:"},
		{ID: "P#B1", Section: "Nationally Covered Indications", Text: "1. Documented symptomatic bradycardia due to sinus node dysfunction, and"},
		{ID: "P#B2", Section: "Nationally Covered Indications", Text: "2. LVEF of 35% or less."},
		{ID: "P#C1", Section: "Nationally Non-Covered Indications", Text: "Syncope of undetermined cause."},
		{ID: "P#D", Section: "Other", Text: "Contractors decide."},
	}}
	got := criteria.UnreviewedCriteria(criteria.Compile(src))
	var ids []string
	for _, u := range got {
		ids = append(ids, u.ID)
	}
	require.Equal(t, []string{"text-1", "lvef", "no-text-2"}, ids, "in the policy's order; general and other sections skipped")
	require.Equal(t, []string{"P#B2"}, got[1].Passages)
	require.NotEmpty(t, got[1].Evidence, "the compiled hints come along")
	require.True(t, got[2].Exclusion)
	require.Equal(t, "lvef", got[1].Criterion().ID)
}

func TestCandidates(t *testing.T) {
	t.Parallel()
	note := "Seen in clinic. Holter showed symptomatic bradycardia from sinus node dysfunction with pauses. Plan follow-up."
	ev := criteria.NewEvidence()
	add := func(ref, kind, date, display, text string, role umassist.AuthorRole) {
		it := ev.Item(ref, kind)
		it.Date = umassist.MustDate(date).Time
		it.Display, it.Text, it.FullText, it.AuthorRole = display, text, text != "", role
	}
	add("DocumentReference/cardio", "note", "2026-01-10", "Cardiology note", note, umassist.AuthorClinician)
	add("DocumentReference/portal", "note", "2026-01-11", "Portal message", "My doctor says sinus node dysfunction and bradycardia.", umassist.AuthorPatient)
	add("DocumentReference/late", "note", "2026-04-01", "Note", "Sinus node dysfunction with bradycardia.", umassist.AuthorClinician)
	add("Condition/sss", "condition", "2025-12-01", "Sick sinus syndrome", "", "")
	add("Condition/brady", "condition", "2025-12-01", "Bradycardia due to sinus node dysfunction", "", "")
	u := criteria.Unreviewed{ID: "c1", Text: "Documented non-reversible symptomatic bradycardia due to sinus node dysfunction"}
	got := criteria.Candidates(u, ev, umassist.MustDate("2026-03-02"), 5)
	var refs []string
	for _, c := range got {
		refs = append(refs, c.Ref)
	}
	require.ElementsMatch(t, []string{"DocumentReference/cardio", "Condition/brady"}, refs,
		"the patient's own words and a note after the request are not candidates; one shared word is not enough")
	for _, c := range got {
		if c.Quote != nil {
			require.Equal(t, note[c.Quote.Start:c.Quote.End], c.Quote.Text, "the quote sits at its offsets")
			require.Equal(t, "Holter showed symptomatic bradycardia from sinus node dysfunction with pauses.", c.Quote.Text)
			require.Equal(t, time.Date(2026, 1, 10, 0, 0, 0, 0, time.UTC), c.Quote.Date)
		}
	}
	require.Empty(t, criteria.Candidates(criteria.Unreviewed{Text: "Covered."}, ev, umassist.Date{}, 5))

	// One shared word is enough when it is long and telling (a drug's
	// name), not when it is short.
	add("MedicationRequest/mtx", "medication", "2025-06-01", "methotrexate 2.5 MG Oral Tablet", "", "")
	add("MedicationRequest/asa", "medication", "2025-06-01", "aspirin 81 MG Oral Tablet", "", "")
	step := criteria.Unreviewed{Text: "Tried and failed at least 3 months of methotrexate or aspirin."}
	refs = nil
	for _, c := range criteria.Candidates(step, ev, umassist.MustDate("2026-03-02"), 5) {
		refs = append(refs, c.Ref)
		require.NotEmpty(t, c.Words)
	}
	require.Equal(t, []string{"MedicationRequest/mtx"}, refs)
}
