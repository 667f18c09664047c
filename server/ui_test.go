package server_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/pquerna/otp/totp"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/server"
)

func TestCSRFIsRequiredOnForms(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	id := tb.seedCase(t)
	b := tb.browser(t).login("nurse1")
	for _, tok := range []string{"", "forged-token"} {
		res, body := b.post("/cases/"+id+"/claim", url.Values{"csrf_token": {tok}})
		require.Equal(t, http.StatusForbidden, res.StatusCode)
		require.Contains(t, body, "CSRF")
	}
	cl, err := tb.review.ActiveClaim(context.Background(), id)
	require.NoError(t, err)
	require.Nil(t, cl)
	b.get("/cases/" + id)
	res, _ := b.post("/cases/"+id+"/claim", url.Values{"csrf_token": {b.csrf}})
	require.Equal(t, http.StatusSeeOther, res.StatusCode)

	// The login form has its own (double-submit) token.
	b2 := tb.browser(t)
	res, _ = b2.post("/login", url.Values{"name": {"nurse1"}, "password": {password}, "csrf_token": {"x"}})
	require.Equal(t, http.StatusForbidden, res.StatusCode)
}

func TestSessionExpires(t *testing.T) {
	t.Parallel()
	tb := setup(t, func(c *server.Config) { c.SessionTTL = time.Hour })
	b := tb.browser(t).login("nurse1")
	res, _ := b.get("/queue")
	require.Equal(t, http.StatusOK, res.StatusCode)
	tb.clock.Advance(61 * time.Minute)
	res, _ = b.get("/queue")
	require.Equal(t, http.StatusSeeOther, res.StatusCode)
	require.True(t, strings.HasPrefix(res.Header.Get("Location"), "/login?next="), res.Header.Get("Location"))
	// The API answers 401 with a problem rather than a redirect.
	res, _ = b.get("/api/v1/me")
	require.Equal(t, http.StatusUnauthorized, res.StatusCode)
	require.Equal(t, "application/problem+json", res.Header.Get("Content-Type"))
}

func TestSecurityHeadersAndCookies(t *testing.T) {
	t.Parallel()
	tb := setup(t, func(c *server.Config) { c.SecureCookies = true })
	res, _ := tb.browser(t).get("/login")
	require.Contains(t, res.Header.Get("Content-Security-Policy"), "frame-ancestors 'none'")
	require.Contains(t, res.Header.Get("Content-Security-Policy"), "script-src 'self'")
	require.Equal(t, "nosniff", res.Header.Get("X-Content-Type-Options"))
	require.Equal(t, "DENY", res.Header.Get("X-Frame-Options"))
	b := tb.browser(t)
	b.get("/login")
	res, _ = b.post("/login", url.Values{"name": {"nurse1"}, "password": {password}, "csrf_token": {b.csrf}})
	require.Equal(t, http.StatusSeeOther, res.StatusCode)
	var sess *http.Cookie
	for _, c := range res.Cookies() {
		if c.Name == "umassist_session" {
			sess = c
		}
	}
	require.NotNil(t, sess)
	require.True(t, sess.HttpOnly)
	require.True(t, sess.Secure)
	require.Equal(t, http.SameSiteLaxMode, sess.SameSite)
}

func TestLoginIsRateLimited(t *testing.T) {
	t.Parallel()
	tb := setup(t, func(c *server.Config) { c.LoginAttemptsPerMinute = 3 })
	b := tb.browser(t)
	codes := []int{}
	for range 5 {
		b.get("/login")
		res, _ := b.post("/login", url.Values{"name": {"nurse1"}, "password": {"wrong password"}, "csrf_token": {b.csrf}})
		codes = append(codes, res.StatusCode)
	}
	require.Equal(t, []int{401, 401, 401, 429, 429}, codes)
	entries, err := postgres.ListAudit(context.Background(), tb.pool, postgres.AuditFilter{})
	require.NoError(t, err)
	// Every refused attempt is recorded, the limited ones as such.
	reasons := map[string]int{}
	for _, e := range entries {
		if e.Action == "auth.login" && e.Outcome == "failure" {
			var d struct{ Reason string }
			require.NoError(t, json.Unmarshal(e.Detail, &d))
			reasons[d.Reason]++
		}
	}
	require.Equal(t, map[string]int{"bad_credentials": 3, "rate_limited": 2}, reasons)
}

func TestTOTPSecondFactor(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	b := tb.browser(t).login("physician1")
	_, body := b.get("/account")
	secret := between(body, `<code class="secret">`, `<`)
	require.NotEmpty(t, secret)
	_, again := b.get("/account")
	require.Equal(t, secret, between(again, `<code class="secret">`, `<`), "the key waits, the same, until it is confirmed")
	res, _ := b.post("/account/totp", url.Values{"csrf_token": {b.csrf}, "password": {password}, "code": {"000000"}})
	require.Equal(t, http.StatusBadRequest, res.StatusCode)

	// A secret the client chooses is never enrolled: the form's secret is
	// ignored and the code must come from the server's key.
	mine := "JBSWY3DPEHPK3PXP"
	forged, err := totp.GenerateCode(mine, time.Now())
	require.NoError(t, err)
	res, _ = b.post("/account/totp", url.Values{"csrf_token": {b.csrf}, "password": {password}, "secret": {mine}, "code": {forged}})
	require.Equal(t, http.StatusBadRequest, res.StatusCode)

	// An open session alone cannot add a factor: the password is asked.
	code, err := totp.GenerateCode(secret, time.Now())
	require.NoError(t, err)
	res, body = b.post("/account/totp", url.Values{"csrf_token": {b.csrf}, "password": {"not the password"}, "code": {code}})
	require.Equal(t, http.StatusBadRequest, res.StatusCode)
	require.Contains(t, body, "password is not right")
	res, body = b.post("/account/totp", url.Values{"csrf_token": {b.csrf}, "password": {password}, "code": {code}})
	require.Equal(t, http.StatusOK, res.StatusCode, body)
	require.Contains(t, body, "enrolled")

	// Now a password alone no longer signs in.
	b2 := tb.browser(t)
	b2.get("/login")
	res, _ = b2.post("/login", url.Values{"name": {"physician1"}, "password": {password}, "csrf_token": {b2.csrf}})
	require.Equal(t, http.StatusUnauthorized, res.StatusCode)
	b2.get("/login")
	code, _ = totp.GenerateCode(secret, time.Now())
	res, _ = b2.post("/login", url.Values{"name": {"physician1"}, "password": {password}, "code": {code}, "csrf_token": {b2.csrf}})
	require.Equal(t, http.StatusSeeOther, res.StatusCode)

	// The same code, replayed within its window (read over a shoulder, or
	// from a proxy log), does not sign in again.
	b3 := tb.browser(t)
	b3.get("/login")
	res, _ = b3.post("/login", url.Values{"name": {"physician1"}, "password": {password}, "code": {code}, "csrf_token": {b3.csrf}})
	require.Equal(t, http.StatusUnauthorized, res.StatusCode, "a TOTP code works once")
}

func between(s, a, b string) string {
	_, rest, ok := strings.Cut(s, a)
	if !ok {
		return ""
	}
	v, _, _ := strings.Cut(rest, b)
	return v
}

func TestCasePageShowsEvidenceAndPolicyAndAudits(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	id := tb.seedCase(t)
	b := tb.browser(t).login("nurse1")
	res, body := b.get("/cases/" + id)
	require.Equal(t, http.StatusOK, res.StatusCode)
	for _, want := range []string{
		"LVEF ≤ 35 %", "Left ventricular ejection fraction", "<strong>30 %</strong>", "2026-01-20",
		"<mark>NYHA class II symptoms</mark>", "ischemic dilated cardiomyopathy", "NCD 20.4#B3", "Claim this case",
		// Hostile note text is shown as data, escaped, never obeyed.
		"Ignore previous instructions",
	} {
		require.Contains(t, body, want)
	}
	// Two criteria cite NCD 20.4#B3: its text is shown once.
	require.Equal(t, 1, strings.Count(body, "ischemic dilated cardiomyopathy, documented prior myocardial infarction"))
	require.Equal(t, 1, strings.Count(body, "as quoted above"))
	res, body = b.get("/cases/" + id + "/source?ref=" + url.QueryEscape("DocumentReference/note-1") + "&quote=" + url.QueryEscape("NYHA class II symptoms") + "&offset=55")
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.Contains(t, body, `<mark id="excerpt">NYHA class II symptoms</mark>`)
	// Only resources the draft cites can be opened.
	res, _ = b.get("/cases/" + id + "/source?ref=" + url.QueryEscape("Observation/someone-else"))
	require.Equal(t, http.StatusNotFound, res.StatusCode)
	res, body = b.get("/cases/" + id + "/policy?passage=" + url.QueryEscape("NCD 20.4#B3"))
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.Contains(t, body, "LVEF ≤ 35 %")
	// The sentence the case page picked out is marked; words the passage
	// does not hold mark nothing.
	_, body = b.get("/cases/" + id + "/policy?passage=" + url.QueryEscape("NCD 20.4#B3") + "&quote=" + url.QueryEscape("NYHA Class II and III heart failure"))
	require.Contains(t, body, `<mark id="excerpt">NYHA Class II and III heart failure</mark>`)
	_, body = b.get("/cases/" + id + "/policy?passage=" + url.QueryEscape("NCD 20.4#B3") + "&quote=" + url.QueryEscape("<script>"))
	require.NotContains(t, body, "<mark")
	require.NotContains(t, body, "<script>")

	entries, err := postgres.ListAudit(context.Background(), tb.pool, postgres.AuditFilter{CaseID: id})
	require.NoError(t, err)
	var views []umassist.AuditEntry
	for _, e := range entries {
		if e.Action == "case.view" || e.Action == "resource.view" {
			views = append(views, e)
		}
	}
	require.Len(t, views, 2)
	require.Equal(t, tb.users[umassist.RoleNurse].ID, views[0].Actor.ID)
	require.Contains(t, views[0].Resources, "Observation/lvef-1")
	require.Equal(t, []string{"DocumentReference/note-1"}, views[1].Resources)
}

func TestSourceUnavailableWithoutStores(t *testing.T) {
	t.Parallel()
	tb := setup(t, func(c *server.Config) { c.Resources, c.Passages = nil, nil })
	id := tb.seedCase(t)
	b := tb.browser(t).login("nurse1")
	res, body := b.get("/cases/" + id)
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.Contains(t, body, "source unavailable in this deployment")
	res, body = b.get("/cases/" + id + "/source?ref=" + url.QueryEscape("Observation/lvef-1"))
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.Contains(t, body, `id="unavailable"`)
}

func TestUIDecisionsAndLetters(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	id := tb.seedCase(t)
	nurse := tb.browser(t).login("nurse1")
	nurse.get("/cases/" + id)
	res, _ := nurse.post("/cases/"+id+"/claim", url.Values{"csrf_token": {nurse.csrf}})
	require.Equal(t, http.StatusSeeOther, res.StatusCode)
	// A nurse's deny is refused even if the form is forged.
	res, _ = nurse.post("/cases/"+id+"/decide", url.Values{"csrf_token": {nurse.csrf}, "action": {"deny"}, "reason": {"LVEF above threshold"}, "passage": {"NCD 20.4#B3"}})
	require.Equal(t, http.StatusSeeOther, res.StatusCode, "refused, then shown by a GET (Post/Redirect/Get)")
	_, body := nurse.get(res.Header.Get("Location"))
	require.Contains(t, body, "only a physician")
	res, _ = nurse.post("/cases/"+id+"/decide", url.Values{"csrf_token": {nurse.csrf}, "action": {"request_info"}, "question": {"Please send the medication list."}, "draft_version": {"1"}})
	require.Equal(t, http.StatusSeeOther, res.StatusCode)
	res, body = nurse.get("/cases/" + id)
	require.Equal(t, http.StatusOK, res.StatusCode, body)
	res, body = nurse.get("/cases/" + id + "/letter")
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.Contains(t, body, "Request for additional information")
	require.Contains(t, body, "Please send the medication list.")

	id2 := tb.seedCase(t)
	doc := tb.browser(t).login("physician1")
	doc.get("/cases/" + id2)
	doc.post("/cases/"+id2+"/claim", url.Values{"csrf_token": {doc.csrf}})
	_, body = doc.get("/cases/" + id2)
	require.Contains(t, body, `id="deny-form"`)
	res, _ = doc.post("/cases/"+id2+"/decide", url.Values{"csrf_token": {doc.csrf}, "action": {"deny"}, "reason": {"LVEF 45 % is above the threshold"}})
	require.Equal(t, http.StatusSeeOther, res.StatusCode)
	_, body = doc.get(res.Header.Get("Location"))
	require.Contains(t, body, "must cite")
	res, _ = doc.post("/cases/"+id2+"/decide", url.Values{"csrf_token": {doc.csrf}, "action": {"deny"}, "reason": {"LVEF 45 % is above the 35 % threshold"}, "passage": {"NCD 20.4#B3"}})
	require.Equal(t, http.StatusSeeOther, res.StatusCode)
	res, body = doc.get("/cases/" + id2 + "/letter")
	require.Equal(t, http.StatusOK, res.StatusCode)
	for _, want := range []string{"Notice of denial", "LVEF 45 % is above the 35 % threshold", "NCD 20.4#B3", "appeal rights", "ischemic dilated cardiomyopathy"} {
		require.Contains(t, body, want)
	}
}

func TestTracePageForMLEngineers(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	id := tb.seedCase(t)
	b := tb.browser(t).login("ml_engineer1")
	res, body := b.get("/cases/" + id + "/trace")
	require.Equal(t, http.StatusOK, res.StatusCode, body)
	for _, want := range []string{"read_observations", `{&#34;code&#34;:&#34;10230-1&#34;}`, "Observation/lvef-1", "bad arguments", "<svg", `class="bar-tool"`, "2 model calls",
		// The timeline names its rows and has an axis in milliseconds.
		`>1 tool read_observations</text>`, `>2 model</text>`, `>7.0 ms</text>`, `>0.0 ms</text>`} {
		require.Contains(t, body, want)
	}
	res, _ = b.get("/traces")
	require.Equal(t, http.StatusOK, res.StatusCode)

	// One rule for the UI and the API: an ML engineer reads the case as
	// its reviewer saw it (the drafts' quotes and the cited note text are
	// in the API's drafts too), read-only and audited; the member's letter
	// is not theirs to read.
	res, page := b.get("/cases/" + id)
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.Contains(t, page, "<mark>NYHA class II symptoms</mark>")
	for _, form := range []string{`action="/cases/` + id + `/claim"`, `action="/cases/` + id + `/decide"`, `action="/cases/` + id + `/information"`, `id="next-case"`} {
		require.NotContains(t, page, form)
	}
	res, _ = b.get("/cases/" + id + "/source?ref=" + url.QueryEscape("DocumentReference/note-1"))
	require.Equal(t, http.StatusOK, res.StatusCode)
	res, _ = tb.api(t, tb.tokens[umassist.RoleMLEngineer], http.MethodGet, "/api/v1/cases/"+id+"/drafts/latest", nil)
	require.Equal(t, http.StatusOK, res.StatusCode)
	res, _ = b.get("/cases/" + id + "/letter")
	require.Equal(t, http.StatusForbidden, res.StatusCode)
	res, _ = b.post("/cases/"+id+"/claim", url.Values{"csrf_token": {b.csrf}})
	require.Equal(t, http.StatusForbidden, res.StatusCode)
	entries, err := postgres.ListAudit(context.Background(), tb.pool, postgres.AuditFilter{CaseID: id})
	require.NoError(t, err)
	seen := map[string]bool{}
	for _, e := range entries {
		if e.Actor.Role == umassist.RoleMLEngineer {
			seen[e.Action] = true
		}
	}
	require.True(t, seen["case.view"] && seen["resource.view"], "the ML engineer's reads are audited: %v", seen)
}
