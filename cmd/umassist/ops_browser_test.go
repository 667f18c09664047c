package main

import (
	"context"
	"crypto/sha256"
	"fmt"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/internal/axetest"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/queue"
	"github.com/umassist/umassist/server"
)

// TestOperatorConsoleInChromium signs an operator in (a session cookie),
// opens the command centre and River UI in real Chromium under the
// server's CSP, and retries a discarded job from River UI's page: the
// injected script must carry the CSRF token for the retry to pass.
func TestOperatorConsoleInChromium(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Chromium")
	}
	path := os.Getenv("CHROMIUM")
	if path == "" {
		path = "/usr/bin/chromium"
	}
	if _, err := exec.LookPath(path); err != nil {
		t.Skipf("no Chromium at %s", path)
	}
	t.Parallel()
	ctx := context.Background()
	q := newQueueDB(t)
	ids := q.submit(t, 3)
	pool := q.pool
	_, err := pool.Exec(ctx, `UPDATE river_job SET state = 'discarded', finalized_at = now() WHERE args->>'case_id' = $1`, ids[0])
	require.NoError(t, err)
	require.NoError(t, postgres.SetStatus(ctx, pool, ids[0], umassist.StatusFailed))
	var jobID int64
	require.NoError(t, pool.QueryRow(ctx, `SELECT id FROM river_job WHERE args->>'case_id' = $1`, ids[0]).Scan(&jobID))

	require.NoError(t, postgres.CreateUser(ctx, pool, &postgres.User{ID: "u-op", Name: "otto", Role: umassist.RoleOperator}))
	sessTok := "browser-session"
	sh := sha256.Sum256([]byte(sessTok))
	require.NoError(t, postgres.CreateSession(ctx, pool, postgres.Session{TokenHash: sh[:], UserID: "u-op", CSRFToken: "csrf-browser",
		CreatedAt: time.Now(), ExpiresAt: time.Now().Add(time.Hour)}))
	qc, err := queue.New(pool, queue.Config{})
	require.NoError(t, err)
	srv, err := server.New(server.Config{
		Pool: pool, Cases: postgres.NewCaseStore(pool, qc), Review: postgres.NewReviewStore(pool, qc),
		Middleware: serveMiddleware(), Mount: func(s *server.Server) { mountOps(s, pool) },
	})
	require.NoError(t, err)
	ts := httptest.NewServer(srv)
	defer ts.Close()
	u, _ := url.Parse(ts.URL)

	actx, cancel := chromedp.NewExecAllocator(ctx, chromedp.ExecPath(path), chromedp.Headless, chromedp.NoSandbox,
		chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1300, 1000))
	defer cancel()
	bctx, cancel2 := chromedp.NewContext(actx)
	defer cancel2()
	bctx, cancel3 := context.WithTimeout(bctx, 90*time.Second)
	defer cancel3()
	dir := os.Getenv("UMASSIST_SCREENSHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	require.NoError(t, os.MkdirAll(dir, 0o755))
	axeSrc, err := axetest.Load()
	require.NoError(t, err)
	shot := func(name string) {
		buf, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, name+".png"), buf, 0o644))
		if strings.HasPrefix(name, "ops-riverui") {
			return // River UI is River's page, not ours
		}
		vs, err := axetest.Check(bctx, axeSrc)
		require.NoError(t, err)
		require.Empty(t, vs, "%s: accessibility violations", name)
	}
	text := func(sel string) string {
		s, err := chromedp.Run(bctx, chromedp.Text(chromedp.CSS(sel)))
		require.NoError(t, err, sel)
		return s
	}

	httpOnly := true
	require.NoError(t, chromedp.Do(bctx, chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, network.SetCookie, network.SetCookieParams{
			Name: "umassist_session", Value: sessTok, Domain: u.Hostname(), Path: "/", HTTPOnly: &httpOnly})
		return err
	})))
	require.NoError(t, chromedp.Do(bctx, chromedp.Navigate(ts.URL+"/ops")))
	require.Equal(t, "Queue command centre", text("h1"))
	require.Contains(t, text("body"), ids[0], "the failed case is listed")
	shot("ops-command-centre")

	// The BPO lead's documentation-gap report, reached from the command
	// centre: what the pre-submission audit found undocumented.
	require.NoError(t, postgres.AddOrderAudit(ctx, pool, postgres.OrderAudit{At: time.Now(), ClientID: "ehr", Hook: "order-sign",
		HookInstance: "hi", AssertionID: "a1", Patient: "Patient/p", Order: "ServiceRequest/o", Clinician: "PractitionerRole/okafor",
		Service: "33249", Payer: "medicare", Policy: "NCD 20.4", Recommendation: "request_info",
		Missing: []string{"nyha"}, MissingText: []string{"NYHA class II or III"}}))
	require.NoError(t, chromedp.Do(bctx,
		chromedp.Click(chromedp.CSS(`a[href="/ops/gaps"]`)),
		chromedp.WaitVisible(chromedp.CSS(`svg.chart`))))
	require.Equal(t, "Documentation gaps at the order", text("h1"))
	gaps := text("main")
	require.Contains(t, gaps, "NYHA class II or III")
	require.Contains(t, gaps, "PractitionerRole/okafor")
	shot("ops-documentation-gaps")

	// River UI renders (its script and styles load under our CSP).
	require.NoError(t, chromedp.Do(bctx,
		chromedp.Navigate(ts.URL+"/riverui/jobs?state=discarded"),
		chromedp.WaitVisible(chromedp.Search(`//*[contains(text(), "review_case")]`)),
	))
	jobs := text("body")
	require.Contains(t, jobs, "review_case")
	shot("ops-riverui-discarded")

	// A retry from River UI's page: the patched fetch adds the token.
	status, err := chromedp.Run(bctx, chromedp.Evaluate[int](fmt.Sprintf(
		`fetch("/riverui/api/jobs/retry", {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify({ids: ["%d"]})}).then(r => r.status)`, jobID),
		chromedp.EvalAwaitPromise))
	require.NoError(t, err)
	require.Less(t, status, 300, "status %d", status)
	var state string
	require.NoError(t, pool.QueryRow(ctx, `SELECT state::text FROM river_job WHERE id = $1`, jobID).Scan(&state))
	require.Equal(t, "available", state)
	require.False(t, strings.Contains(jobs, "csrf-browser"), "the token is in a meta tag, never in visible text")
}
