package tools_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir/fhirstore"
	"github.com/umassist/umassist/fhir/synthetic"
	"github.com/umassist/umassist/postgres/pgtest"
	"github.com/umassist/umassist/tools"
	"github.com/umassist/umassist/tools/toolstest"
)

// Every generated demo patient loads without an error, and every tool
// answers for it as of its request date, showing only its own record and
// every resource the case's gold evidence names that is dated on or before
// the request date (when the tools list it).
func TestClinicalOnGeneratedPatients(t *testing.T) {
	t.Parallel()
	cases, err := synthetic.All(1)
	require.NoError(t, err)
	require.NotEmpty(t, cases)
	dir := t.TempDir()
	require.NoError(t, synthetic.WriteBundles(dir, cases))
	ctx := context.Background()
	db := pgtest.DB(t)
	store := fhirstore.New(db)
	var files []string
	for _, c := range cases {
		files = append(files, filepath.Join(dir, c.PatientID+".json"))
	}
	res, err := store.Load(ctx, "gen", files...)
	require.NoError(t, err)
	require.Empty(t, res.Errors)
	require.Zero(t, res.Dangling, res.Warnings)
	require.Positive(t, res.Notes)

	for _, c := range cases {
		rec := &toolstest.Recorder{}
		scope := tools.Scope{CaseID: c.ID, Namespace: "gen", Patient: "Patient/" + c.PatientID, AsOf: c.Request.Date,
			Actor: umassist.Actor{ID: "agent", Role: umassist.RoleAgent}}
		for _, tool := range tools.NewClinical(store.Source("gen"), rec, scope) {
			args := `{"limit": 100}`
			switch tool.Name() {
			case tools.ToolPatientOverview:
				args = `{}`
			case tools.ToolReadNote:
				continue
			case tools.ToolSearchNotes:
				args = `{"query": "patient"}`
			}
			out, err := tool.Call(ctx, json.RawMessage(args))
			require.NoError(t, err, "%s %s", c.ID, tool.Name())
			for _, ref := range out.Resources {
				r, err := store.Source("gen").Read(ctx, ref)
				require.NoError(t, err)
				require.Equal(t, scope.Patient, r.Patient, "%s %s returned %s", c.ID, tool.Name(), ref)
				require.False(t, r.Date.After(c.Request.Date.EndOfDay()), "%s %s returned %s dated %s", c.ID, tool.Name(), ref, r.Date)
			}
		}
	}
}
