package tools_test

import (
	"context"
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir/fhirstore"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/postgres/pgtest"
	"github.com/umassist/umassist/tools"
	"github.com/umassist/umassist/tools/toolstest"
)

func TestPostgresAuditor(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := pgtest.DB(t)
	store := fhirstore.New(db)
	_, err := store.Load(ctx, "ns-audit", toolstest.WriteFixture(t, t.TempDir()))
	require.NoError(t, err)
	scope := tools.Scope{CaseID: "case-a", Namespace: "ns-audit", Patient: toolstest.Patient, AsOf: toolstest.AsOf,
		Actor: umassist.Actor{ID: "agent:offline", Role: umassist.RoleAgent}}
	set := tools.NewClinical(store.Source("ns-audit"), tools.LogAuditor{Log: postgres.AuditLog{DB: db}}, scope)

	tool, err := tools.Find(set, tools.ToolListNotes)
	require.NoError(t, err)
	out, err := tool.Call(ctx, json.RawMessage(`{}`))
	require.NoError(t, err)
	tool, _ = tools.Find(set, tools.ToolReadNote)
	_, err = tool.Call(ctx, json.RawMessage(`{"note": "DocumentReference/note-other"}`))
	require.ErrorIs(t, err, tools.ErrOutOfScope)

	entries, err := postgres.ListAudit(ctx, db, postgres.AuditFilter{CaseID: "case-a"})
	require.NoError(t, err)
	require.Len(t, entries, 2)
	require.Equal(t, "tool.list_notes", entries[0].Action)
	require.Equal(t, out.Resources, entries[0].Resources)
	require.Equal(t, "ns-audit", entries[0].Namespace)
	require.Equal(t, toolstest.Patient, entries[0].Patient)
	require.Equal(t, umassist.RoleAgent, entries[0].Actor.Role)
	require.Equal(t, "tool.read_note", entries[1].Action)
	require.Equal(t, "failure", entries[1].Outcome)
}

// No audit, no data.
func TestAuditFailureFailsTheCall(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := pgtest.DB(t)
	store := fhirstore.New(db)
	_, err := store.Load(ctx, "", toolstest.WriteFixture(t, t.TempDir()))
	require.NoError(t, err)
	broken := tools.AuditorFunc(func(context.Context, tools.ToolAudit) error { return errors.New("audit log unavailable") })
	set := tools.NewClinical(store.Source(""), broken, tools.Scope{Patient: toolstest.Patient, AsOf: toolstest.AsOf})
	for _, tool := range set {
		args := `{}`
		switch tool.Name() {
		case tools.ToolReadNote:
			args = `{"note": "DocumentReference/note-cardio"}`
		case tools.ToolSearchNotes:
			args = `{"query": "NYHA"}`
		}
		out, err := tool.Call(ctx, json.RawMessage(args))
		require.Error(t, err, tool.Name())
		require.Nil(t, out, tool.Name())
	}
}
