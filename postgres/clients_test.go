package postgres_test

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"
	"time"

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

// TestClientsOwnTheirOrdersPacketsAndClaims crosses the rest of what a
// client owns: the orders its EHRs sent for audit, its faxed packets and
// their pages, and the Claims received for it over PAS.
func TestClientsOwnTheirOrdersPacketsAndClaims(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	owner, app := pgtest.OwnerAndApp(t)
	for _, c := range []postgres.Client{{ID: "north", Name: "North Health"}, {ID: "south", Name: "South Health"}} {
		require.NoError(t, postgres.CreateClient(ctx, owner, c))
	}
	for name, clients := range map[string][]string{"nora": {"north"}, "sam": {"south"}, "bo": {"north", "south"}} {
		require.NoError(t, postgres.CreateUser(ctx, owner, &postgres.User{ID: name, Name: name, Role: umassist.RoleNurse, Clients: clients}))
	}
	nora, sam, bo := postgres.AsUser(ctx, "nora"), postgres.AsUser(ctx, "sam"), postgres.AsUser(ctx, "bo")
	count := func(ctx context.Context, table string) int {
		var n int
		require.NoError(t, app.QueryRow(ctx, `SELECT count(*) FROM `+table).Scan(&n))
		return n
	}

	// Orders: an EHR's call is the app's own work, recorded for the
	// client its registration names.
	for i, client := range []string{"north", "south"} {
		require.NoError(t, postgres.AddOrderAudit(ctx, app, postgres.OrderAudit{At: time.Now(), CDSClient: "ehr-" + client, Client: client,
			Hook: "order-sign", HookInstance: "h", AssertionID: fmt.Sprint("a", i), Patient: "Patient/p", Order: "ServiceRequest/o",
			Service: "33249", Payer: "medicare"}))
	}
	require.Equal(t, 1, count(nora, "order_audits"))
	require.Equal(t, 2, count(bo, "order_audits"))
	require.Error(t, postgres.AddOrderAudit(nora, app, postgres.OrderAudit{At: time.Now(), CDSClient: "ehr", Client: "south",
		Hook: "order-sign", HookInstance: "h", AssertionID: "a9", Patient: "Patient/p", Order: "ServiceRequest/o", Service: "33249", Payer: "medicare"}),
		"nora records no order for south")
	err := postgres.AddOrderAudit(ctx, app, postgres.OrderAudit{At: time.Now(), CDSClient: "ehr", Client: "west",
		Hook: "order-sign", HookInstance: "h", AssertionID: "a8", Patient: "Patient/p", Order: "ServiceRequest/o", Service: "33249", Payer: "medicare"})
	require.Equal(t, umassist.EINVALID, umassist.ErrorCode(err), "an unknown client: %v", err)

	// Packets: uploaded for the uploader's client; the same fax sent to
	// another client is that client's own packet.
	intake := postgres.NewIntakeStore(app, nil)
	fax := []byte("%PDF-1.4 the same fax")
	upload := func(ctx context.Context, who, client string) (*umassist.IntakePacket, error) {
		p, _, err := intake.Create(ctx, postgres.NewPacket{Filename: "fax.pdf", Format: "pdf", Pages: 1, File: fax, Client: client,
			Actor: umassist.Actor{ID: who, Role: umassist.RoleNurse}})
		return p, err
	}
	north, err := upload(nora, "nora", "")
	require.NoError(t, err)
	require.Equal(t, "north", north.Client)
	south, err := upload(sam, "sam", "")
	require.NoError(t, err)
	require.Equal(t, "south", south.Client)
	require.NotEqual(t, north.ID, south.ID)
	_, err = upload(nora, "nora", "south")
	require.Equal(t, umassist.EFORBIDDEN, umassist.ErrorCode(err), "%v", err)
	_, err = upload(bo, "bo", "")
	require.Equal(t, umassist.EINVALID, umassist.ErrorCode(err), "bo works for two clients and must say which: %v", err)
	again, err := upload(bo, "bo", "south")
	require.NoError(t, err)
	require.Equal(t, south.ID, again.ID, "the same fax for the same client is the same packet")

	_, err = intake.Get(nora, south.ID)
	require.Equal(t, umassist.ENOTFOUND, umassist.ErrorCode(err), "%v", err)
	listed, err := intake.List(nora, postgres.PacketFilter{})
	require.NoError(t, err)
	require.Len(t, listed, 1)
	require.Equal(t, north.ID, listed[0].ID)
	// The reader (the app's own work) stores the pages; only the packet's
	// client reads them.
	_, err = intake.StartReading(ctx, south.ID)
	require.NoError(t, err)
	require.NoError(t, intake.SaveRead(ctx, south.ID, []postgres.IntakePage{{Number: 1, Kind: "letter", Width: 1, Height: 1,
		Words: json.RawMessage(`[]`), PNG: []byte("png"), PDF: []byte("pdf")}}, json.RawMessage(`{}`)))
	_, err = intake.PageFile(nora, south.ID, 1, false)
	require.Equal(t, umassist.ENOTFOUND, umassist.ErrorCode(err), "%v", err)
	png, err := intake.PageFile(sam, south.ID, 1, false)
	require.NoError(t, err)
	require.Equal(t, []byte("png"), png)
	require.Zero(t, count(nora, "intake_pages"))
	tag, err := app.Exec(nora, `UPDATE intake_packets SET status = 'rejected' WHERE id = $1`, south.ID)
	require.NoError(t, err)
	require.Zero(t, tag.RowsAffected())

	// Claims received over PAS are read only with their case.
	cases := postgres.NewCaseStore(app, nil)
	req := umassist.ServiceRequest{Service: umassist.Coding{System: umassist.SystemCPT, Code: "33249"}, Diagnoses: []umassist.Coding{},
		Payer: "medicare", Urgency: umassist.UrgencyStandard, Date: umassist.MustDate("2026-12-01")}
	key := postgres.PASKey("urn:x", "claim-1")
	_, _, err = cases.Create(sam, postgres.CreateCase{Patient: "Patient/p1", Request: req, IdempotencyKey: key,
		Actor: umassist.Actor{ID: "sam", Role: umassist.RoleNurse}, Records: &postgres.PASIntake{Key: key, Claim: json.RawMessage(`{"resourceType":"Claim"}`)}})
	require.NoError(t, err)
	_, _, err = postgres.PASCase(nora, app, key)
	require.Equal(t, umassist.ENOTFOUND, umassist.ErrorCode(err), "%v", err)
	cs, claim, err := postgres.PASCase(sam, app, key)
	require.NoError(t, err)
	require.Equal(t, "south", cs.Client)
	require.JSONEq(t, `{"resourceType":"Claim"}`, string(claim))
	require.Zero(t, count(nora, "pas_claims"))
	require.Equal(t, 1, count(sam, "pas_claims"))

	// A person with two clients names the case's client too.
	_, _, err = cases.Create(bo, postgres.CreateCase{Patient: "Patient/p2", Request: req, Actor: umassist.Actor{ID: "bo", Role: umassist.RoleNurse}})
	require.Equal(t, umassist.EINVALID, umassist.ErrorCode(err), "%v", err)
}
