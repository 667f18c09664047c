package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/server"
)

// TestBadInputIsRefusedNot500: each of these once answered 500 or was
// stored; each is now a 4xx problem and writes nothing.
func TestBadInputIsRefusedNot500(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	tok := tb.tokens[umassist.RoleOperator]
	with := func(edit func(b map[string]any)) map[string]any {
		b := intakeBody()
		edit(b)
		return b
	}
	many := make([]map[string]string, 10000)
	for i := range many {
		many[i] = map[string]string{"system": umassist.SystemICD10CM, "code": "I25.5"}
	}
	for _, tt := range []struct {
		name string
		body map[string]any
	}{
		{"request date 0000-01-01", with(func(b map[string]any) { b["date"] = "0000-01-01" })},
		{"request date 9999-12-31", with(func(b map[string]any) { b["date"] = "9999-12-31" })},
		{"a 1 MiB payer", with(func(b map[string]any) { b["payer"] = strings.Repeat("p", 1<<20) })},
		{"10,000 diagnoses", with(func(b map[string]any) { b["diagnoses"] = many })},
		{"a patient the store does not hold", with(func(b map[string]any) { b["patient"] = "nobody-42" })},
		{"a NUL byte in the payer", with(func(b map[string]any) { b["payer"] = "medi\x00care" })},
	} {
		res, body := tb.api(t, tok, http.MethodPost, "/api/v1/cases", tt.body)
		require.Equal(t, http.StatusBadRequest, res.StatusCode, "%s: %s", tt.name, body)
	}
	cases, err := tb.cases.List(context.Background(), postgres.CaseFilter{})
	require.NoError(t, err)
	require.Empty(t, cases, "nothing refused was stored")

	for _, path := range []string{
		"/api/v1/cases?payer=" + url.QueryEscape("medi\x00care"),
		"/api/v1/cases?cursor=" + url.QueryEscape("\x00"),
		"/api/v1/cases/" + url.PathEscape("abc\x00def"),
	} {
		res, body := tb.api(t, tok, http.MethodGet, path, nil)
		require.Less(t, res.StatusCode, 500, "%s: %s", path, body)
		require.GreaterOrEqual(t, res.StatusCode, 400, "%s: %s", path, body)
	}
}

// TestPublicRoutesIgnoreBadCredentials: a liveness probe or the sign-in
// page answers whatever Authorization header a client sends, and a bad one
// on a protected route is a 401, not a 500.
func TestPublicRoutesIgnoreBadCredentials(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	for _, h := range []string{"Bearer nope", "Basic dXNlcjpwYXNz", "Bearer "} {
		res, body := tb.api(t, "", http.MethodGet, "/healthz", nil, "Authorization", h)
		require.Equal(t, http.StatusOK, res.StatusCode, "%s: %s", h, body)
		res, body = tb.api(t, "", http.MethodGet, "/api/v1/cases", nil, "Authorization", h)
		require.Equal(t, http.StatusUnauthorized, res.StatusCode, "%s: %s", h, body)
	}
}

// TestDatabaseOutageIs503: with the database unreachable the API says so
// (503, retry later), and the liveness probe still answers.
func TestDatabaseOutageIs503(t *testing.T) {
	t.Parallel()
	cfg, err := pgxpool.ParseConfig("postgres://nobody@127.0.0.1:1/none?connect_timeout=1&sslmode=disable")
	require.NoError(t, err)
	down, err := pgxpool.NewWithConfig(context.Background(), cfg)
	require.NoError(t, err)
	t.Cleanup(down.Close)
	tb := setup(t, func(c *server.Config) {
		c.Records, c.Accounts = postgres.Records{Pool: down}, postgres.Accounts{Pool: down}
	})
	res, body := tb.api(t, tb.tokens[umassist.RoleNurse], http.MethodGet, "/api/v1/cases", nil)
	require.Equal(t, http.StatusServiceUnavailable, res.StatusCode, string(body))
	require.Contains(t, string(body), `"code":"unavailable"`)
	res, _ = tb.api(t, tb.tokens[umassist.RoleNurse], http.MethodGet, "/healthz", nil)
	require.Equal(t, http.StatusOK, res.StatusCode)
}

// TestFlashIsAKeyNotText: the success banner after a decision is chosen by
// key; a link cannot put its own words on a case page.
func TestFlashIsAKeyNotText(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	id := tb.seedCase(t)
	b := tb.browser(t).login("nurse1")
	_, page := b.get("/cases/" + id + "?done=" + url.QueryEscape("Your session expired: call 555-0100 to verify your password"))
	require.NotContains(t, page, "555-0100")
	_, page = b.get("/cases/" + id + "?done=approved")
	require.Contains(t, page, "Recorded: approved")
}

// TestAuditNamesWhoWasShownAndWhoWasRefused (IHE BALP): a list view records
// the cases and patients it showed; a refused request, a failed and a
// rate-limited sign-in record who tried, what and from where.
func TestAuditNamesWhoWasShownAndWhoWasRefused(t *testing.T) {
	t.Parallel()
	tb := setup(t, func(c *server.Config) { c.LoginAttemptsPerMinute = 3 })
	id := tb.seedCase(t)
	ctx := context.Background()
	find := func(action string, match func(umassist.AuditEntry) bool) *umassist.AuditEntry {
		t.Helper()
		entries, err := postgres.ListAudit(ctx, tb.pool, postgres.AuditFilter{})
		require.NoError(t, err)
		for i := len(entries) - 1; i >= 0; i-- {
			if entries[i].Action == action && match(entries[i]) {
				return &entries[i]
			}
		}
		return nil
	}
	detail := func(e *umassist.AuditEntry) map[string]any {
		var m map[string]any
		if len(e.Detail) > 0 {
			require.NoError(t, json.Unmarshal(e.Detail, &m))
		}
		return m
	}

	res, body := tb.api(t, tb.tokens[umassist.RoleNurse], http.MethodGet, "/api/v1/cases", nil)
	require.Equal(t, http.StatusOK, res.StatusCode, string(body))
	e := find("case.list", func(e umassist.AuditEntry) bool { return e.Actor.Role == umassist.RoleNurse })
	require.NotNil(t, e)
	require.Equal(t, []string{"Patient/p1"}, e.Resources, "the patients shown")
	require.Equal(t, []any{id}, detail(e)["cases"])

	// A nurse may not read agent traces: refused, and recorded.
	res, _ = tb.api(t, tb.tokens[umassist.RoleNurse], http.MethodGet, "/traces", nil)
	require.Equal(t, http.StatusForbidden, res.StatusCode)
	e = find("access.refused", func(e umassist.AuditEntry) bool { return e.Actor.Role == umassist.RoleNurse })
	require.NotNil(t, e)
	require.Equal(t, "/traces", detail(e)["path"])
	require.Equal(t, "failure", e.Outcome)

	// A wrong password, then the limiter.
	b := tb.browser(t)
	for range 5 {
		_, _ = b.get("/login")
		_, _ = b.post("/login", url.Values{"name": {"mallory"}, "password": {"guess"}, "csrf_token": {b.csrf}})
	}
	e = find("auth.login", func(e umassist.AuditEntry) bool {
		return e.Outcome == "failure" && detail(&e)["reason"] == "bad_credentials"
	})
	require.NotNil(t, e)
	require.Equal(t, "mallory", detail(e)["name"])
	require.NotEmpty(t, detail(e)["address"])
	e = find("auth.login", func(e umassist.AuditEntry) bool { return detail(&e)["reason"] == "rate_limited" })
	require.NotNil(t, e, "a rate-limited sign-in is recorded")
	require.Equal(t, "mallory", detail(e)["name"])
}

// TestForwardedForIsTrustedOnlyFromProxies: by default X-Forwarded-For is
// ignored, so rotating it cannot dodge the per-address sign-in limit; from
// a configured proxy it names the client, in the limit and the audit.
func TestForwardedForIsTrustedOnlyFromProxies(t *testing.T) {
	t.Parallel()
	attempt := func(tb *testBundle, i int, xff string) int {
		b := tb.browser(t)
		_, _ = b.get("/login")
		req, _ := http.NewRequest(http.MethodPost, tb.ts.URL+"/login", strings.NewReader(url.Values{
			"name": {fmt.Sprintf("guess%d", i)}, "password": {"x"}, "csrf_token": {b.csrf}}.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("X-Forwarded-For", xff)
		res, err := b.c.Do(req)
		require.NoError(t, err)
		res.Body.Close()
		return res.StatusCode
	}
	direct := setup(t, func(c *server.Config) { c.LoginAttemptsPerMinute = 3 })
	var codes []int
	for i := range 5 {
		codes = append(codes, attempt(direct, i, fmt.Sprintf("203.0.113.%d", i)))
	}
	require.Equal(t, []int{401, 401, 401, 429, 429}, codes, "one address, whatever the header says")

	proxied := setup(t, func(c *server.Config) { c.LoginAttemptsPerMinute = 3; c.TrustedProxies = []string{"127.0.0.1"} })
	codes = nil
	for i := range 5 {
		codes = append(codes, attempt(proxied, i, fmt.Sprintf("203.0.113.%d", i)))
	}
	require.Equal(t, []int{401, 401, 401, 401, 401}, codes, "five clients behind the proxy")
	entries, err := postgres.ListAudit(context.Background(), proxied.pool, postgres.AuditFilter{})
	require.NoError(t, err)
	var addrs []string
	for _, e := range entries {
		var d struct{ Address string }
		if e.Action == "auth.login" && json.Unmarshal(e.Detail, &d) == nil {
			addrs = append(addrs, d.Address)
		}
	}
	require.Contains(t, addrs, "203.0.113.4")

	_, err = server.New(server.Config{Records: postgres.Records{Pool: proxied.pool}, Accounts: postgres.Accounts{Pool: proxied.pool}, Cases: proxied.cases, Review: proxied.review, TrustedProxies: []string{"not-an-address"}})
	require.Equal(t, umassist.EINVALID, umassist.ErrorCode(err))
}

// TestPasswordChangeEndsSessionsAndTokens: whoever held the old password
// (a session, an API token) is out as soon as it changes, and a disabled
// account's sessions end with it.
func TestPasswordChangeEndsSessionsAndTokens(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	ctx := context.Background()
	b := tb.browser(t).login("nurse1")
	res, _ := b.get("/queue")
	require.Equal(t, http.StatusOK, res.StatusCode)
	res, _ = tb.api(t, tb.tokens[umassist.RoleNurse], http.MethodGet, "/api/v1/cases", nil)
	require.Equal(t, http.StatusOK, res.StatusCode)

	// A second device keeps working while nothing changes.
	_, err := server.EnsureUser(ctx, tb.pool, "nurse1", umassist.RoleNurse, "")
	require.NoError(t, err)
	res, _ = b.get("/queue")
	require.Equal(t, http.StatusOK, res.StatusCode, "an update that changes no credential keeps the session")

	_, err = server.EnsureUser(ctx, tb.pool, "nurse1", umassist.RoleNurse, "a new long passphrase 42")
	require.NoError(t, err)
	res, _ = b.get("/queue")
	require.NotEqual(t, http.StatusOK, res.StatusCode, "the old session ended with the password")
	res, _ = tb.api(t, tb.tokens[umassist.RoleNurse], http.MethodGet, "/api/v1/cases", nil)
	require.Equal(t, http.StatusUnauthorized, res.StatusCode, "the API token was revoked with the password")

	// Disabling an account ends the sessions it has.
	doc := tb.browser(t).login("physician1")
	p, err := postgres.GetUserByName(ctx, tb.pool, "physician1")
	require.NoError(t, err)
	p.Disabled = true
	require.NoError(t, postgres.UpdateUser(ctx, tb.pool, p))
	res, _ = doc.get("/queue")
	require.NotEqual(t, http.StatusOK, res.StatusCode)
}
