package main

import (
	"context"
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/queue"
	"github.com/umassist/umassist/server"
)

// TestOperatorConsoleInChromium signs an operator in (a session cookie),
// opens the command centre and River UI in real Chromium under the
// server's CSP, and retries a discarded job from River UI's page: the
// injected script must carry the CSRF token for the retry to pass.
func TestOperatorConsoleInChromium(t *testing.T) {
	path := chromiumOrSkip(t)
	t.Parallel()
	ctx := context.Background()
	q := newQueueDB(t)
	ids := q.submit(t, 3)
	pool := q.pool
	_, err := pool.Exec(ctx, `UPDATE river_job SET state = 'discarded', finalized_at = now() WHERE args->>'case_id' = $1`, ids[0])
	require.NoError(t, err)
	require.NoError(t, postgres.SetStatus(ctx, pool, ids[0], umassist.StatusDrafting)) // the workflow fails a case while drafting it
	require.NoError(t, postgres.SetStatus(ctx, pool, ids[0], umassist.StatusFailed))
	var jobID int64
	require.NoError(t, pool.QueryRow(ctx, `SELECT id FROM river_job WHERE args->>'case_id' = $1`, ids[0]).Scan(&jobID))

	require.NoError(t, postgres.CreateUser(ctx, pool, &postgres.User{ID: "u-op", Name: "otto", Role: umassist.RoleOperator}))
	qc, err := queue.New(pool, queue.Config{})
	require.NoError(t, err)
	srv, err := server.New(server.Config{
		Records: postgres.Records{Pool: pool}, Accounts: postgres.Accounts{Pool: pool}, Cases: postgres.NewCaseStore(pool, qc), Review: postgres.NewReviewStore(pool, qc),
		Middleware: serveMiddleware(), Mount: func(s *server.Server) { mountOps(s, pool) },
	})
	require.NoError(t, err)
	ts := httptest.NewServer(srv)
	defer ts.Close()
	br := newChrome(t, path, 1300, 1000, 90*time.Second)
	br.signIn(pool, ts.URL, "u-op")
	bctx := br.ctx
	text := br.text
	// River UI is River's page, not ours: no axe check there.
	shot := func(name string) { br.shot(name, !strings.HasPrefix(name, "ops-riverui")) }
	require.NoError(t, chromedp.Do(bctx, chromedp.Navigate(ts.URL+"/ops")))
	require.Equal(t, "Queue command centre", text("h1"))
	require.Contains(t, text("body"), ids[0], "the failed case is listed")
	shot("ops-command-centre")

	// The BPO lead's documentation-gap report, reached from the command
	// centre: what the pre-submission audit found undocumented.
	require.NoError(t, postgres.AddOrderAudit(ctx, pool, postgres.OrderAudit{At: time.Now(), CDSClient: "ehr", Hook: "order-sign",
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
