package server_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
)

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
	for _, c := range []postgres.Client{{ID: "north", Name: "North Health"}, {ID: "south", Name: "South Health"}} {
		require.NoError(t, postgres.CreateClient(ctx, tb.owner, c))
	}
	nurse := tb.users[umassist.RoleNurse]
	require.NoError(t, postgres.AssignClients(ctx, tb.owner, nurse.ID, []string{"north"}))
	require.NoError(t, postgres.AssignClients(ctx, tb.owner, tb.nurse2.ID, []string{"south"}))

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
