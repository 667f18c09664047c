package server_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/scan"
)

// northAndSouth adds two clients, puts the first nurse in north and the
// second in south, and returns the first.
func northAndSouth(t *testing.T, tb *testBundle) *postgres.User {
	t.Helper()
	ctx := context.Background()
	for _, c := range []postgres.Client{{ID: "north", Name: "North Health"}, {ID: "south", Name: "South Health"}} {
		require.NoError(t, postgres.CreateClient(ctx, tb.owner, c))
	}
	nurse := tb.users[umassist.RoleNurse]
	require.NoError(t, postgres.AssignClients(ctx, tb.owner, nurse.ID, []string{"north"}))
	require.NoError(t, postgres.AssignClients(ctx, tb.owner, tb.nurse2.ID, []string{"south"}))
	return nurse
}

// TestReviewersStayInTheirClients tries to cross from one client into
// another through every door a reviewer has: the API and the UI answer as
// if the other client's case did not exist, its queue row is not listed,
// and a case cannot be created for a client one does not work for. The
// line is held by PostgreSQL (row-level security on the app's role); the
// handlers have no client check of their own.
func TestReviewersStayInTheirClients(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	ctx := context.Background()
	nurse := northAndSouth(t, tb)

	south, _, err := tb.cases.Create(ctx, postgres.CreateCase{Patient: "Patient/p1", Request: icdRequest(), Client: "south",
		Actor: umassist.Actor{ID: "intake", Role: umassist.RoleOperator}})
	require.NoError(t, err)
	_, err = postgres.SaveDraft(ctx, tb.pool, south.ID, icdDraft(), nil)
	require.NoError(t, err)
	require.NoError(t, postgres.SetStatus(ctx, tb.pool, south.ID, umassist.StatusReadyForReview))

	tok := tb.tokens[umassist.RoleNurse]
	for _, tc := range []struct{ method, path string }{
		{http.MethodGet, "/api/v1/cases/" + south.ID},
		{http.MethodGet, "/api/v1/cases/" + south.ID + "/drafts"},
		{http.MethodGet, "/api/v1/cases/" + south.ID + "/actions"},
		{http.MethodPost, "/api/v1/cases/" + south.ID + "/claim"},
	} {
		res, body := tb.api(t, tok, tc.method, tc.path, nil)
		require.Equal(t, http.StatusNotFound, res.StatusCode, "%s %s: %s", tc.method, tc.path, body)
	}
	res, body := tb.api(t, tok, http.MethodPost, "/api/v1/cases/"+south.ID+"/actions",
		map[string]any{"outcome": "approved", "reason": "meets the policy"})
	require.Equal(t, http.StatusNotFound, res.StatusCode, "%s", body)
	res, body = tb.api(t, tok, http.MethodGet, "/api/v1/cases", nil)
	require.Equal(t, http.StatusOK, res.StatusCode, "%s", body)
	require.NotContains(t, string(body), south.ID)
	page, html := tb.browser(t).login(nurse.Name).get("/cases/" + south.ID)
	require.Equal(t, http.StatusNotFound, page.StatusCode, "%s", html)
	page, queue := tb.browser(t).login(nurse.Name).get("/queue")
	require.Equal(t, http.StatusOK, page.StatusCode)
	require.Contains(t, queue, "Cases awaiting review", "the queue page itself")
	require.NotContains(t, queue, south.ID)

	// The case's own client's reviewer sees it, and whose it is.
	res, body = tb.api(t, tb.nurse2Token, http.MethodGet, "/api/v1/cases/"+south.ID, nil)
	require.Equal(t, http.StatusOK, res.StatusCode, "%s", body)
	require.Contains(t, string(body), `"client":"south"`)
	page, html = tb.browser(t).login(tb.nurse2.Name).get("/cases/" + south.ID)
	require.Equal(t, http.StatusOK, page.StatusCode, "%s", html)
	require.Contains(t, html, "<dt>Client</dt><dd>south</dd>")

	// The queue says whose each case is, and filters by client.
	_, queue = tb.browser(t).login(tb.nurse2.Name).get("/queue?client=south")
	require.Contains(t, queue, south.ID)
	require.Contains(t, queue, `<span class="hint">south</span>`)
	_, queue = tb.browser(t).login(tb.nurse2.Name).get("/queue?client=north")
	require.NotContains(t, queue, south.ID)
	res, body = tb.api(t, tb.nurse2Token, http.MethodGet, "/api/v1/cases?client=south", nil)
	require.Equal(t, http.StatusOK, res.StatusCode, "%s", body)
	require.Contains(t, string(body), south.ID)

	// New cases: only for one's own clients; unnamed, one's only client.
	req := map[string]any{"patient": "p1", "service": icdRequest().Service, "diagnoses": icdRequest().Diagnoses,
		"payer": "medicare", "urgency": "standard", "date": "2026-03-02"}
	req["client"] = "south"
	res, body = tb.api(t, tb.tokens[umassist.RoleNurse], http.MethodPost, "/api/v1/cases", req)
	require.Equal(t, http.StatusForbidden, res.StatusCode, "%s", body)
	delete(req, "client")
	res, body = tb.api(t, tb.tokens[umassist.RoleNurse], http.MethodPost, "/api/v1/cases", req)
	require.Equal(t, http.StatusAccepted, res.StatusCode, "%s", body)
	require.Contains(t, string(body), `"client":"north"`)
}

// TestIntakePacketsStayInTheirClients: a faxed packet is its client's
// from the upload on. Another client's reviewer finds neither the packet,
// its pages nor its row, by the UI or the API; a person working for two
// clients says which one a fax is for.
func TestIntakePacketsStayInTheirClients(t *testing.T) {
	t.Parallel()
	var store *postgres.IntakeStore
	tb := setup(t, withIntake(&store))
	ctx := context.Background()
	nurse := northAndSouth(t, tb)
	operator := tb.users[umassist.RoleOperator]
	require.NoError(t, postgres.AssignClients(ctx, tb.owner, operator.ID, []string{"north", "south"}))

	p, _, err := store.Create(ctx, postgres.NewPacket{Filename: "fax.png", Format: "png", Pages: 1, File: pagePNG(t), Client: "south",
		Actor: umassist.Actor{ID: "fax-server", Role: umassist.RoleOperator}})
	require.NoError(t, err)
	readPacket(t, store, p.ID, []scan.Page{{Number: 1, Kind: scan.KindForm, Words: words("PRIOR AUTHORIZATION REQUEST FORM")}})

	north := tb.browser(t).login(nurse.Name)
	for _, path := range []string{"/intake/" + p.ID, "/intake/" + p.ID + "/pages/1"} {
		res, body := north.get(path)
		require.Equal(t, http.StatusNotFound, res.StatusCode, "%s: %s", path, body)
	}
	_, list := north.get("/intake")
	require.NotContains(t, list, p.ID)
	res, body := tb.api(t, tb.tokens[umassist.RoleNurse], http.MethodGet, "/api/v1/intake/packets/"+p.ID, nil)
	require.Equal(t, http.StatusNotFound, res.StatusCode, "%s", body)

	south := tb.browser(t).login(tb.nurse2.Name)
	res, page := south.get("/intake/" + p.ID)
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.Contains(t, page, "for south")
	_, list = south.get("/intake")
	require.Contains(t, list, p.ID)
	require.NotContains(t, list, `<select id="client"`, "one client: nothing to choose")

	// Two clients: the upload form asks, and an upload that does not say
	// is refused with the choice named.
	_, list = tb.browser(t).login(operator.Name).get("/intake")
	require.Contains(t, list, `<select id="client" name="client" required>`)
	fax := map[string][]byte{"fax.png": noisePNG(850, 1100)}
	res, body = tb.upload(t, tb.tokens[umassist.RoleOperator], fax, "")
	require.Equal(t, http.StatusBadRequest, res.StatusCode, "%s", body)
	require.Contains(t, string(body), "north, south")
	res, body = tb.upload(t, tb.tokens[umassist.RoleOperator], fax, "north")
	require.Equal(t, http.StatusAccepted, res.StatusCode, "%s", body)
	require.Contains(t, string(body), `"client":"north"`)
	res, body = tb.upload(t, tb.nurse2Token, fax, "north")
	require.Equal(t, http.StatusForbidden, res.StatusCode, "%s", body)
}
