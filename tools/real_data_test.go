package tools_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir/fhirstore"
	"github.com/umassist/umassist/internal/sourcetree"
	"github.com/umassist/umassist/postgres/pgtest"
	"github.com/umassist/umassist/tools"
	"github.com/umassist/umassist/tools/toolstest"
)

var bulkNotes = sourcetree.SharedData("fhir", "synthea_bulk_10_patients_with_notes")

// The tools on the real Synthea bulk export: a patient with 708 notes.
func TestClinicalOnSyntheaNotes(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := pgtest.DB(t)
	store := fhirstore.New(db)
	res, err := store.Load(ctx, "synthea", bulkNotes)
	require.NoError(t, err)
	require.Zero(t, res.Failed)
	rec := &toolstest.Recorder{}
	asOf := umassist.MustDate("2000-01-01")
	set := tools.NewClinical(store.Source("synthea"), rec, tools.Scope{CaseID: "c", Namespace: "synthea",
		Patient: "Patient/79a66c97-6131-3213-f3c9-4606946ab056", AsOf: asOf, Actor: umassist.Actor{ID: "agent", Role: umassist.RoleAgent}})
	call := func(name, args string) map[string]any {
		tool, err := tools.Find(set, name)
		require.NoError(t, err)
		out, err := tool.Call(ctx, json.RawMessage(args))
		require.NoError(t, err)
		b, _ := json.Marshal(out.Data)
		var m map[string]any
		require.NoError(t, json.Unmarshal(b, &m))
		return m
	}

	m := call("list_notes", `{"limit": 100}`)
	notes := m["notes"].([]any)
	require.Len(t, notes, 100)
	require.Equal(t, true, m["truncated"])
	for _, n := range notes {
		d := n.(map[string]any)["date"].(string)
		require.LessOrEqual(t, d[:10], "2000-01-01", "nothing after as-of")
	}

	m = call("search_notes", `{"query": "lisinopril"}`)
	hits := m["hits"].([]any)
	require.NotEmpty(t, hits)
	h := hits[0].(map[string]any)
	require.Contains(t, strings.ToLower(h["untrusted_snippet"].(string)), "lisinopril")
	off, _ := json.Marshal(h["offset"])
	m = call("read_note", `{"note": "`+h["note"].(string)+`", "offset": `+string(off)+`, "limit": 10}`)
	require.Equal(t, "lisinopril", strings.ToLower(m["untrusted_text"].(string)))

	m = call("list_medications", `{"text": "lisinopril"}`)
	require.NotEmpty(t, m["medications"])
	m = call("patient_overview", `{}`)
	require.NotEmpty(t, m["sex"])
	require.Empty(t, m["inpatient_stays"], "the one hospital stay is nine years before as-of")
	require.Len(t, rec.Entries, 5, "every call audited")

	// A month after the stay: of 708 encounters, the one inpatient stay
	// (Synthea's class IMP), with its admission and discharge.
	after := tools.NewClinical(store.Source("synthea"), rec, tools.Scope{CaseID: "c", Namespace: "synthea",
		Patient: "Patient/79a66c97-6131-3213-f3c9-4606946ab056", AsOf: umassist.MustDate("1990-12-10"), Actor: umassist.Actor{ID: "agent", Role: umassist.RoleAgent}})
	tool, err := tools.Find(after, tools.ToolPatientOverview)
	require.NoError(t, err)
	out, err := tool.Call(ctx, json.RawMessage(`{}`))
	require.NoError(t, err)
	ov := out.Data.(*tools.Overview)
	require.Len(t, ov.InpatientStays, 1)
	st := ov.InpatientStays[0]
	require.Equal(t, "Encounter/78cbcee4-5c37-aa56-ac25-1b9244646fb2", st.Ref)
	// As written: in UTC it was a 10/28 admission, a day off for every
	// rule that counts days from it.
	require.Equal(t, "1990-10-27T23:58:16-04:00", st.Start)
	require.Equal(t, "1990-11-09T10:18:39-05:00", st.End)
	require.Contains(t, out.Resources, st.Ref, "the stay is a resource the draft may cite")
}
