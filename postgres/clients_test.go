package postgres_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/postgres/pgtest"
)

// TestClientsAreKeptApartByPostgreSQL tries to cross from one client's
// cases into another's on the application's role, the way a handler with
// a missing check would: PostgreSQL returns nothing and writes nothing of
// the other client's, and nobody grants themselves a client.
func TestClientsAreKeptApartByPostgreSQL(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	owner, app := pgtest.OwnerAndApp(t)
	for _, c := range []postgres.Client{{ID: "north", Name: "North Health"}, {ID: "south", Name: "South Health", Kind: "plan"}} {
		require.NoError(t, postgres.CreateClient(ctx, owner, c))
	}
	require.Equal(t, umassist.ECONFLICT, umassist.ErrorCode(postgres.CreateClient(ctx, owner, postgres.Client{ID: "north", Name: "again"})))
	require.Equal(t, umassist.EINVALID, umassist.ErrorCode(postgres.CreateClient(ctx, owner, postgres.Client{ID: "Bad Id", Name: "x"})))
	require.Error(t, postgres.CreateClient(ctx, app, postgres.Client{ID: "east", Name: "East"}), "the app's role does not create clients")

	users := map[string][]string{"nora": {"north"}, "sam": {"south"}, "bo": {"north", "south"}}
	for name, clients := range users {
		require.NoError(t, postgres.CreateUser(ctx, owner, &postgres.User{ID: name, Name: name, Role: umassist.RoleNurse, Clients: clients}))
	}
	cases := postgres.NewCaseStore(owner, nil)
	req := umassist.ServiceRequest{Service: umassist.Coding{System: umassist.SystemCPT, Code: "33249"}, Diagnoses: []umassist.Coding{},
		Payer: "medicare", Urgency: umassist.UrgencyStandard, Date: umassist.MustDate("2026-12-01")}
	intake := umassist.Actor{ID: "intake", Role: umassist.RoleOperator}
	for id, client := range map[string]string{"case-north": "north", "case-south": "south"} {
		_, _, err := cases.Create(ctx, postgres.CreateCase{ID: id, Patient: "Patient/p-" + client, Request: req, Actor: intake, Client: client})
		require.NoError(t, err)
		_, err = postgres.SaveDraft(ctx, owner, id, &umassist.Draft{Recommendation: umassist.RecommendRefer, Model: "offline", PromptVersion: "t"}, json.RawMessage(`{}`))
		require.NoError(t, err)
	}

	nora := postgres.AsUser(ctx, "nora")
	// Reading: the other client's case, its draft and its queue row are
	// not there.
	c, err := postgres.GetCase(nora, app, "case-north")
	require.NoError(t, err)
	require.Equal(t, "north", c.Client)
	_, err = postgres.GetCase(nora, app, "case-south")
	require.Equal(t, umassist.ENOTFOUND, umassist.ErrorCode(err), "%v", err)
	_, _, err = postgres.LatestDraft(nora, app, "case-south")
	require.Equal(t, umassist.ENOTFOUND, umassist.ErrorCode(err), "%v", err)
	review := postgres.NewReviewStore(app, nil)
	queue := func(ctx context.Context) []string {
		items, _, err := review.ListQueue(ctx, postgres.QueueFilter{})
		require.NoError(t, err)
		var ids []string
		for _, it := range items {
			ids = append(ids, it.Case.ID)
		}
		return ids
	}
	require.Equal(t, []string{"case-north"}, queue(nora))
	require.ElementsMatch(t, []string{"case-north", "case-south"}, queue(postgres.AsUser(ctx, "bo")))
	require.Equal(t, []string{"case-south"}, queue(postgres.AsUser(ctx, "sam")))
	// A person with no client sees nothing.
	require.Empty(t, queue(postgres.AsUser(ctx, "nobody")))
	// The app's own work (the worker) sees every client.
	require.ElementsMatch(t, []string{"case-north", "case-south"}, queue(ctx))

	// Writing: no row of the other client's changes, nothing is created
	// for it, and nothing hangs off its cases.
	tag, err := app.Exec(nora, `UPDATE cases SET updated_at = now() WHERE id = 'case-south'`)
	require.NoError(t, err)
	require.Zero(t, tag.RowsAffected())
	tag, err = app.Exec(nora, `UPDATE cases SET client_id = 'north' WHERE id = 'case-south'`)
	require.NoError(t, err)
	require.Zero(t, tag.RowsAffected())
	_, err = app.Exec(nora, `UPDATE cases SET client_id = 'south' WHERE id = 'case-north'`)
	require.Error(t, err, "a case cannot be moved to a client one does not work for")
	_, err = postgres.SaveDraft(nora, app, "case-south", &umassist.Draft{Recommendation: umassist.RecommendApprove, Model: "offline", PromptVersion: "t"}, json.RawMessage(`{}`))
	require.Error(t, err, "no draft for the other client's case")
	appCases := postgres.NewCaseStore(app, nil)
	_, _, err = appCases.Create(nora, postgres.CreateCase{Patient: "Patient/p9", Request: req, Actor: intake, Client: "south"})
	require.Equal(t, umassist.EFORBIDDEN, umassist.ErrorCode(err), "%v", err)
	mine, _, err := appCases.Create(nora, postgres.CreateCase{Patient: "Patient/p9", Request: req, Actor: intake, Client: "north"})
	require.NoError(t, err)
	require.Equal(t, "north", mine.Client)

	// Nobody grants themselves a client, nor sees others' assignments.
	require.Error(t, postgres.AssignClients(nora, app, "nora", []string{"north", "south"}))
	got, err := postgres.UserClients(nora, app, "bo")
	require.NoError(t, err)
	require.Empty(t, got, "another person's clients are not nora's to read")
	got, err = postgres.UserClients(nora, app, "nora")
	require.NoError(t, err)
	require.Equal(t, []string{"north"}, got)
	// The owner (the command line) assigns.
	require.NoError(t, postgres.AssignClients(ctx, owner, "nora", []string{"north", "south"}))
	require.ElementsMatch(t, []string{"case-north", "case-south", mine.ID}, queue(nora))
	require.Equal(t, umassist.EINVALID, umassist.ErrorCode(postgres.AssignClients(ctx, owner, "nora", []string{"west"})))
	require.Equal(t, umassist.EINVALID, umassist.ErrorCode(postgres.AssignClients(ctx, owner, "nora", nil)))
}
