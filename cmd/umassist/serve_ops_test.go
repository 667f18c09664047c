package main

import (
	"context"
	"crypto/sha256"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/postgres/pgtest"
	"github.com/umassist/umassist/server"
)

// TestServeMountsOperations builds the real server with the operations
// mounts and calls each route with API tokens of an operator and a nurse.
//
// Not parallel: the queue-depth gauges read the process's latest
// registered pool (one per process in production), and a parallel test
// mounting its own server swaps it for its database mid-scrape; a
// sequential test runs before any parallel one starts.
func TestServeMountsOperations(t *testing.T) {
	ctx := context.Background()
	pool := pgtest.DB(t)
	token := func(id, name string, role umassist.Role) string {
		require.NoError(t, postgres.CreateUser(ctx, pool, &postgres.User{ID: id, Name: name, Role: role}))
		tok := "tok-" + id
		h := sha256.Sum256([]byte(tok))
		_, err := postgres.CreateAPIToken(ctx, pool, h[:], id, "test", time.Now().Add(time.Hour))
		require.NoError(t, err)
		return tok
	}
	opTok := token("u-op", "otto", umassist.RoleOperator)
	nurseTok := token("u-nurse", "nina", umassist.RoleNurse)

	_, _, err := postgres.NewCaseStore(pool, nil).Create(ctx, postgres.CreateCase{Patient: "Patient/p1", Actor: umassist.Actor{ID: "u-op", Role: umassist.RoleOperator},
		Request: umassist.ServiceRequest{Service: umassist.Coding{System: umassist.SystemCPT, Code: "33249"}, Payer: "medicare",
			Urgency: umassist.UrgencyStandard, Date: umassist.MustDate("2026-03-02")}})
	require.NoError(t, err)

	srv, err := server.New(server.Config{
		Records: postgres.Records{Pool: pool}, Accounts: postgres.Accounts{Pool: pool}, Cases: postgres.NewCaseStore(pool, nil), Review: postgres.NewReviewStore(pool, nil),
		Middleware: serveMiddleware(),
		Mount:      func(s *server.Server) { mountOps(s, pool) },
	})
	require.NoError(t, err)

	get := func(path, tok string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodGet, path, nil)
		req.Header.Set("Authorization", "Bearer "+tok)
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		return rec
	}
	for _, p := range []string{"/ops", "/api/v1/ops/stats", "/api/v1/reports/cms-0057f?year=2026", "/riverui/", "/riverui/api/queues", "/metrics"} {
		rec := get(p, opTok)
		require.Equal(t, http.StatusOK, rec.Code, "%s: %s", p, rec.Body.String())
		require.Equal(t, http.StatusForbidden, get(p, nurseTok).Code, p)
	}
	// The operations API is documented beside the server's own, in one
	// valid OpenAPI document.
	doc, err := openapi3.NewLoader().LoadFromData(get("/api/openapi.json", opTok).Body.Bytes())
	require.NoError(t, err)
	require.NoError(t, doc.Validate(ctx))
	for _, p := range []string{"/api/v1/cases", "/api/v1/reports/cms-0057f", "/api/v1/ops/stats"} {
		require.NotNil(t, doc.Paths.Find(p), "%s not documented", p)
	}

	metrics := get("/metrics", opTok).Body.String()
	require.Contains(t, metrics, `umassist_http_request_duration_seconds_count{code="200",method="GET",route="/ops"}`)
	require.Contains(t, metrics, `umassist_queue_depth{state="received"}`)
	require.Contains(t, metrics, `umassist_sla_cases{clock="breached"} 0`)

	// A browser session: River UI's page carries the session's CSRF token,
	// and its retry call passes the CSRF check only with it.
	sessTok, csrfTok := "sess-op", "csrf-op"
	sh := sha256.Sum256([]byte(sessTok))
	require.NoError(t, postgres.CreateSession(ctx, pool, postgres.Session{TokenHash: sh[:], UserID: "u-op", CSRFToken: csrfTok,
		CreatedAt: time.Now(), ExpiresAt: time.Now().Add(time.Hour)}))
	browser := func(method, path, csrf string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(method, path, strings.NewReader(`{"ids":["1"]}`))
		req.Header.Set("Content-Type", "application/json")
		req.AddCookie(&http.Cookie{Name: "umassist_session", Value: sessTok})
		if csrf != "" {
			req.Header.Set("X-CSRF-Token", csrf)
		}
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		return rec
	}
	page := browser(http.MethodGet, "/riverui/jobs", "")
	require.Equal(t, http.StatusOK, page.Code)
	require.Contains(t, page.Body.String(), `<meta name="umassist-csrf" content="`+csrfTok+`">`)
	require.Equal(t, http.StatusForbidden, browser(http.MethodPost, "/riverui/api/jobs/retry", "").Code)
	require.NotEqual(t, http.StatusForbidden, browser(http.MethodPost, "/riverui/api/jobs/retry", csrfTok).Code)
}
