package ops_test

import (
	"encoding/csv"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/ops"
)

// newEcho mounts the handlers with a fake sign-in: the X-Test-Role header
// names the caller's role, and the role rule is enforced as the server
// would.
func newEcho(t *testing.T, b *testBundle) *echo.Echo {
	t.Helper()
	actors := map[string]umassist.Actor{"operator": operator, "nurse": nurse}
	h := &ops.Handlers{
		Pool: b.pool,
		Actor: func(c echo.Context) (umassist.Actor, bool) {
			a, ok := actors[c.Request().Header.Get("X-Test-Role")]
			return a, ok
		},
		CSRFToken: func(echo.Context) string { return "tok" },
	}
	e := echo.New()
	e.HTTPErrorHandler = func(err error, c echo.Context) {
		code := http.StatusInternalServerError
		switch umassist.ErrorCode(err) {
		case umassist.EINVALID:
			code = http.StatusBadRequest
		case umassist.EFORBIDDEN:
			code = http.StatusForbidden
		case umassist.ENOTFOUND:
			code = http.StatusNotFound
		case umassist.ECONFLICT:
			code = http.StatusConflict
		}
		if he, ok := err.(*echo.HTTPError); ok {
			code = he.Code
		}
		_ = c.String(code, err.Error())
	}
	h.Register(e, func(roles []umassist.Role) echo.MiddlewareFunc {
		return func(next echo.HandlerFunc) echo.HandlerFunc {
			return func(c echo.Context) error {
				a, ok := actors[c.Request().Header.Get("X-Test-Role")]
				if !ok {
					return echo.NewHTTPError(http.StatusUnauthorized)
				}
				for _, r := range roles {
					if r == a.Role {
						return next(c)
					}
				}
				return echo.NewHTTPError(http.StatusForbidden)
			}
		}
	})
	return e
}

func do(e *echo.Echo, method, path, role string, body string, contentType string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	if role != "" {
		req.Header.Set("X-Test-Role", role)
	}
	rec := httptest.NewRecorder()
	e.ServeHTTP(rec, req)
	return rec
}

func TestCommandCentreHTTP(t *testing.T) {
	t.Parallel()
	b := setup(t)
	breached := b.newCase(t, umassist.UrgencyExpedited, "medicare", 80*time.Hour)
	d := b.newCase(t, umassist.UrgencyStandard, "aetna", time.Hour)
	b.draft(t, d, umassist.RecommendApprove, true)
	e := newEcho(t, b)

	// Roles.
	require.Equal(t, http.StatusForbidden, do(e, http.MethodGet, "/ops", "nurse", "", "").Code)
	require.Equal(t, http.StatusUnauthorized, do(e, http.MethodGet, "/ops", "", "", "").Code)

	rec := do(e, http.MethodGet, "/ops", "operator", "", "")
	require.Equal(t, http.StatusOK, rec.Code)
	page := rec.Body.String()
	require.Contains(t, page, `data-refresh="15"`)
	require.NotContains(t, page, `http-equiv="refresh"`, "a meta refresh wipes an assignment being typed")
	require.Contains(t, page, `<nav class="appbar" aria-label="Main">`, "the way back to the rest of umassist")
	require.Contains(t, page, `<svg class="chart bars"`)
	require.Contains(t, page, `<svg class="chart spark"`)
	require.Contains(t, page, breached)
	require.Contains(t, page, `name="csrf_token" value="tok"`)
	require.Contains(t, page, "Nina Nurse (nurse)")
	require.NotContains(t, page, "style=", "the CSP forbids inline styles")

	require.Equal(t, http.StatusOK, do(e, http.MethodGet, "/ops/ops.css", "operator", "", "").Code)
	require.Equal(t, http.StatusOK, do(e, http.MethodGet, "/ops/ops.js", "operator", "", "").Code)

	// Assign through the form, then the JSON API.
	form := url.Values{"assignee": {nurse.ID}, "priority": {"7"}, "csrf_token": {"tok"}}
	rec = do(e, http.MethodPost, "/ops/cases/"+breached+"/assign", "operator", form.Encode(), echo.MIMEApplicationForm)
	require.Equal(t, http.StatusSeeOther, rec.Code, rec.Body.String())
	// The assignee is shown by name, not by user id.
	page = do(e, http.MethodGet, "/ops", "operator", "", "").Body.String()
	require.Contains(t, page, "<td>Nina Nurse (nurse)</td>")
	rec = do(e, http.MethodPost, "/ops/cases/"+breached+"/assign", "operator", url.Values{"priority": {"x"}}.Encode(), echo.MIMEApplicationForm)
	require.Equal(t, http.StatusBadRequest, rec.Code)
	rec = do(e, http.MethodPut, "/api/v1/cases/nope/assignment", "operator", `{"assignee":"","priority":1}`, echo.MIMEApplicationJSON)
	require.Equal(t, http.StatusNotFound, rec.Code)
	rec = do(e, http.MethodPut, "/api/v1/cases/"+d+"/assignment", "operator", `{"assignee":"u-doc","priority":3}`, echo.MIMEApplicationJSON)
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())

	rec = do(e, http.MethodGet, "/api/v1/ops/stats", "operator", "", "")
	require.Equal(t, http.StatusOK, rec.Code)
	var s ops.Stats
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &s))
	require.Equal(t, 1, s.Breached)
	require.Equal(t, nurse.ID, s.Attention[0].Assignee)
	require.Equal(t, 7, s.Attention[0].Priority)
}

func TestCMS0057FHTTP(t *testing.T) {
	t.Parallel()
	b := setup(t)
	id := b.newCase(t, umassist.UrgencyStandard, "medicare", 10*time.Hour)
	b.draft(t, id, umassist.RecommendApprove, true)
	b.decide(t, umassist.ReviewAction{CaseID: id, Actor: nurse, Outcome: umassist.OutcomeApproved})
	e := newEcho(t, b)
	year := b.now.Year()

	rec := do(e, http.MethodGet, "/api/v1/reports/cms-0057f?year="+itoa(int64(year)), "operator", "", "")
	require.Equal(t, http.StatusOK, rec.Code)
	var r ops.CMS0057F
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &r))
	require.Equal(t, 1, r.Requests)
	require.Equal(t, 100.0, r.PercentApproved)
	require.NotEmpty(t, r.Definitions["decision_time"])

	rec = do(e, http.MethodGet, "/api/v1/reports/cms-0057f?format=csv&year="+itoa(int64(year)), "operator", "", "")
	require.Equal(t, http.StatusOK, rec.Code)
	require.Equal(t, "text/csv; charset=utf-8", rec.Header().Get("Content-Type"))
	rows, err := csv.NewReader(rec.Body).ReadAll()
	require.NoError(t, err)
	require.Contains(t, rows, []string{"percent_approved", "all", "100.00"})

	for _, q := range []string{"year=abc", "year=12", "format=xml"} {
		require.Equal(t, http.StatusBadRequest, do(e, http.MethodGet, "/api/v1/reports/cms-0057f?"+q, "operator", "", "").Code, q)
	}
	require.Equal(t, http.StatusForbidden, do(e, http.MethodGet, "/api/v1/reports/cms-0057f", "nurse", "", "").Code)
}

func TestRiverUIServes(t *testing.T) {
	t.Parallel()
	b := setup(t)
	client, err := river.NewClient(riverpgxv5.New(b.pool), &river.Config{})
	require.NoError(t, err)
	h, err := ops.NewRiverUI(t.Context(), client, "/riverui", nil)
	require.NoError(t, err)
	mux := http.NewServeMux()
	mux.Handle("/riverui/", h)
	page := httptest.NewRecorder()
	h.ServeCSRF(page, httptest.NewRequest(http.MethodGet, "/riverui/jobs", nil), "tok<1>")
	require.Equal(t, http.StatusOK, page.Code)
	require.Contains(t, page.Body.String(), `<meta name="umassist-csrf" content="tok&lt;1&gt;"><script src="/riverui/umassist-csrf.js"></script></head>`)
	api := httptest.NewRecorder()
	h.ServeCSRF(api, httptest.NewRequest(http.MethodGet, "/riverui/api/queues", nil), "tok")
	require.NotContains(t, api.Body.String(), "umassist-csrf", "JSON is never edited")
	js := httptest.NewRecorder()
	h.ServeCSRF(js, httptest.NewRequest(http.MethodGet, "/riverui/umassist-csrf.js", nil), "")
	require.Contains(t, js.Body.String(), "X-CSRF-Token")
	for _, p := range []string{"/riverui/", "/riverui/api/jobs?state=available&limit=5", "/riverui/api/queues"} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p, nil))
		require.Equal(t, http.StatusOK, rec.Code, "%s: %s", p, rec.Body.String())
		require.Contains(t, rec.Header().Get("Content-Security-Policy"), "frame-ancestors 'none'")
	}
}
