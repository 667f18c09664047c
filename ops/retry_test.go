package ops_test

import (
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/ops"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/queue"
)

func TestRetryFailedCase(t *testing.T) {
	t.Parallel()
	b := setup(t)
	qc, err := queue.New(b.pool, queue.Config{})
	require.NoError(t, err)
	b.cases = postgres.NewCaseStore(b.pool, qc)
	failed := b.newCase(t, umassist.UrgencyExpedited, "medicare", time.Hour)
	fine := b.newCase(t, umassist.UrgencyStandard, "medicare", time.Hour)
	require.NoError(t, postgres.SetStatus(b.ctx, b.pool, failed, umassist.StatusDrafting)) // the workflow fails a case while drafting it
	require.NoError(t, postgres.SetStatus(b.ctx, b.pool, failed, umassist.StatusFailed))
	_, err = b.pool.Exec(b.ctx, `UPDATE river_job SET state = 'discarded', finalized_at = now(), attempt = 5 WHERE args->>'case_id' = $1`, failed)
	require.NoError(t, err)

	s, err := ops.Snapshot(b.ctx, b.pool, time.Now(), ops.SnapshotOptions{})
	require.NoError(t, err)
	require.Len(t, s.Failed, 1)
	require.Equal(t, failed, s.Failed[0].ID)
	require.Equal(t, "discarded", s.Failed[0].JobState)
	require.Equal(t, 5, s.Failed[0].Attempts)

	rc, err := river.NewClient(riverpgxv5.New(b.pool), &river.Config{})
	require.NoError(t, err)
	require.Equal(t, umassist.EFORBIDDEN, umassist.ErrorCode(ops.RetryCase(b.ctx, b.pool, rc, failed, nurse, time.Now())))
	require.Equal(t, umassist.ENOTFOUND, umassist.ErrorCode(ops.RetryCase(b.ctx, b.pool, rc, "case_nope", operator, time.Now())))

	// Through the dashboard's form.
	h := &ops.Handlers{Pool: b.pool, Jobs: rc,
		Actor: func(echo.Context) (umassist.Actor, bool) { return operator, true }}
	e := echo.New()
	h.Register(e, nil)
	rec := do(e, http.MethodGet, "/ops", "", "", "")
	require.Equal(t, http.StatusOK, rec.Code)
	require.Contains(t, rec.Body.String(), `action="/ops/cases/`+failed+`/retry"`)
	rec = do(e, http.MethodPost, "/ops/cases/"+failed+"/retry", "", url.Values{}.Encode(), echo.MIMEApplicationForm)
	require.Equal(t, http.StatusSeeOther, rec.Code, rec.Body.String())

	c, err := postgres.GetCase(b.ctx, b.pool, failed)
	require.NoError(t, err)
	require.Equal(t, umassist.StatusReceived, c.Status)
	var state string
	require.NoError(t, b.pool.QueryRow(b.ctx, `SELECT state::text FROM river_job WHERE args->>'case_id' = $1`, failed).Scan(&state))
	require.Equal(t, "available", state)
	entries, err := postgres.ListAudit(b.ctx, b.pool, postgres.AuditFilter{CaseID: failed})
	require.NoError(t, err)
	require.Equal(t, "case.retry", entries[len(entries)-1].Action)

	s, err = ops.Snapshot(b.ctx, b.pool, time.Now(), ops.SnapshotOptions{})
	require.NoError(t, err)
	require.Empty(t, s.Failed)

	// A decided case has nothing to retry.
	b.draft(t, fine, umassist.RecommendApprove, true)
	b.decide(t, umassist.ReviewAction{CaseID: fine, Actor: nurse, Outcome: umassist.OutcomeApproved})
	require.Equal(t, umassist.ECONFLICT, umassist.ErrorCode(ops.RetryCase(b.ctx, b.pool, rc, fine, operator, time.Now())))
}
