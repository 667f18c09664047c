package evals

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir/fhirstore"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/postgres/pgtest"
)

func TestGoldFromOutcome(t *testing.T) {
	t.Parallel()
	for o, want := range map[umassist.Outcome]umassist.Recommendation{
		umassist.OutcomeApproved: "approve", umassist.OutcomeEscalated: "refer",
		umassist.OutcomeDenied: "refer", umassist.OutcomeInfoRequested: "request_info",
	} {
		got, ok := GoldFromOutcome(o)
		require.True(t, ok)
		require.Equal(t, want, got, "a denial by a physician is gold refer: the AI never denies")
	}
	require.Equal(t, "NYHA class", MissingFromQuestion("What is the patient's NYHA class?"))
	require.True(t, MissingMatched(MissingFromQuestion("Please provide the most recent QRS duration."), []string{"What is the QRS duration on ECG?"}))
}

func TestExportReviews(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.DB(t)
	store := fhirstore.New(pool)
	res, err := store.Load(ctx, "", "testdata/valid/patients/p1.json", "testdata/valid/patients/p2.json")
	require.NoError(t, err)
	require.Zero(t, res.Failed)

	cases := postgres.NewCaseStore(pool, nil)
	nurse := umassist.Actor{ID: "n1", Role: umassist.RoleNurse}
	doc := umassist.Actor{ID: "d1", Role: umassist.RolePhysician}
	ds, err := ReadDataset("testdata/valid")
	require.NoError(t, err)
	mk := func(id, patient string, rec umassist.Recommendation, evidence []string, actions ...umassist.ReviewAction) {
		t.Helper()
		_, _, err := cases.Create(ctx, postgres.CreateCase{ID: id, Patient: patient, Request: ds.Cases[0].Request, Actor: nurse})
		require.NoError(t, err)
		_, err = postgres.SaveDraft(ctx, pool, id, &umassist.Draft{Recommendation: rec, Policy: "NCD 20.4", Evidence: evidence, Model: "offline", PromptVersion: "v1"}, nil)
		require.NoError(t, err)
		require.NoError(t, postgres.SetStatus(ctx, pool, id, umassist.StatusReadyForReview))
		for _, a := range actions {
			a.CaseID = id
			require.NoError(t, postgres.InTx(ctx, pool, func(tx pgx.Tx) error {
				_, err := postgres.RecordAction(ctx, tx, a)
				return err
			}))
		}
	}
	ev := []string{"Observation/lvef-2026-01-20"}
	mk("c-approved", "Patient/p1", "approve", ev, umassist.ReviewAction{Actor: nurse, Outcome: umassist.OutcomeApproved})
	mk("c-info", "Patient/p1", "request_info", ev, umassist.ReviewAction{Actor: nurse, Outcome: umassist.OutcomeInfoRequested, Question: "What is the patient's NYHA class?"})
	mk("c-denied", "Patient/p2", "refer", []string{"Observation/bmi-1"},
		umassist.ReviewAction{Actor: nurse, Outcome: umassist.OutcomeEscalated, Reason: "needs a physician"},
		umassist.ReviewAction{Actor: doc, Outcome: umassist.OutcomeDenied, Reason: "BMI criterion not met per policy", Passages: []string{"Cigna 0051#2"}})
	mk("c-overruled", "Patient/p2", "approve", ev, umassist.ReviewAction{Actor: nurse, Outcome: umassist.OutcomeEscalated, Reason: "unclear imaging"})
	mk("c-pending", "Patient/p2", "approve", ev) // no decision yet

	out := t.TempDir()
	exp, err := ExportReviews(ctx, pool, ExportOptions{
		Since: time.Now().Add(-time.Hour), Out: out, Source: store.Source,
		Actor: umassist.Actor{ID: "ml1", Role: umassist.RoleMLEngineer},
	})
	require.NoError(t, err)
	require.Equal(t, 4, exp.Cases)
	require.Equal(t, 2, exp.Patients)

	got, err := ReadDataset(out)
	require.NoError(t, err, "the export is a valid SPEC dataset")
	byID := map[string]Case{}
	for _, c := range got.Cases {
		byID[c.ID] = c
	}
	require.Equal(t, umassist.RecommendApprove, byID["c-approved"].Gold.Recommendation)
	require.Equal(t, ev, byID["c-approved"].Gold.Evidence, "the reviewer agreed with the draft's citations")
	require.Equal(t, umassist.RecommendRequestInfo, byID["c-info"].Gold.Recommendation)
	require.Equal(t, []string{"NYHA class"}, byID["c-info"].Gold.Missing)
	require.Equal(t, umassist.RecommendRefer, byID["c-denied"].Gold.Recommendation, "the final decision counts")
	require.Equal(t, umassist.RecommendRefer, byID["c-overruled"].Gold.Recommendation)
	require.Empty(t, byID["c-overruled"].Gold.Evidence, "an overruled draft's citations are no gold")
	require.NotContains(t, byID, "c-pending")
	require.Equal(t, "Patient/p1", byID["c-approved"].PatientRef)
	idx := got.Bundles[byID["c-approved"].Patient]
	require.Contains(t, idx.Dates, "Observation/lvef-2026-01-20")
	require.Contains(t, idx.Dates, "DocumentReference/cardiology-2026-02-11")
	require.FileExists(t, filepath.Join(out, "README.md"))

	// The exported bundles load back whole (as an eval run will load them).
	back, err := store.Load(ctx, "eval-export", filepath.Join(out, "patients"))
	require.NoError(t, err)
	require.Zero(t, back.Failed)
	require.Equal(t, res.Loaded-1, back.Loaded, "everything but Practitioner/dr1, which belongs to no patient's record")

	entries, err := postgres.ListAudit(ctx, pool, postgres.AuditFilter{})
	require.NoError(t, err)
	exports := 0
	for _, e := range entries {
		if e.Action == "eval.export_patient" {
			exports++
			require.Equal(t, "ml1", e.Actor.ID)
		}
	}
	require.Equal(t, 2, exports, "reading each patient's record is audited")

	// Nothing since tomorrow.
	exp, err = ExportReviews(ctx, pool, ExportOptions{Since: time.Now().Add(24 * time.Hour), Out: t.TempDir(), Source: store.Source, Actor: umassist.Actor{ID: "ml1", Role: umassist.RoleMLEngineer}})
	require.NoError(t, err)
	require.Zero(t, exp.Cases)
}
