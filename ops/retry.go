package ops

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
)

// JobRetrier makes a job available again inside a transaction (River's
// client).
type JobRetrier interface {
	JobRetryTx(ctx context.Context, tx pgx.Tx, id int64) (*rivertype.JobRow, error)
}

var _ JobRetrier = (*river.Client[pgx.Tx])(nil)

// RetryCase sends a case the agent failed back to the drafting queue: its
// latest review_case job is made available again and a failed case returns
// to received, in one transaction with the audit entry ("case.retry").
func RetryCase(ctx context.Context, pool *pgxpool.Pool, jobs JobRetrier, caseID string, actor umassist.Actor, now time.Time) error {
	if err := canSteer(actor); err != nil {
		return err
	}
	return postgres.InTx(ctx, pool, func(tx pgx.Tx) error {
		c, err := lockCase(ctx, tx, caseID)
		if err != nil {
			return err
		}
		var jobID int64
		var state string
		err = tx.QueryRow(ctx, qLatestJob, caseID).Scan(&jobID, &state)
		if errors.Is(err, pgx.ErrNoRows) {
			return umassist.Errorf(umassist.ENOTFOUND, "ops: case %s has no drafting job to retry", caseID)
		}
		if err != nil {
			return fmt.Errorf("ops: retry %s: %w", caseID, err)
		}
		switch {
		case state == string(rivertype.JobStateRunning):
			return umassist.Errorf(umassist.ECONFLICT, "ops: case %s is being drafted right now", caseID)
		case c.status == umassist.StatusFailed:
			if err := postgres.SetStatus(ctx, tx, caseID, umassist.StatusReceived, umassist.StatusFailed); err != nil {
				return err
			}
		case c.status == umassist.StatusReceived || c.status == umassist.StatusDrafting:
		default:
			return umassist.Errorf(umassist.ECONFLICT, "ops: case %s is %s: nothing to retry", caseID, c.status)
		}
		if _, err := jobs.JobRetryTx(ctx, tx, jobID); err != nil {
			return fmt.Errorf("ops: retry job %d: %w", jobID, err)
		}
		detail, _ := json.Marshal(map[string]any{"job_id": jobID, "previous_job_state": state, "previous_status": c.status})
		_, err = postgres.AppendAudit(ctx, tx, umassist.AuditEntry{
			At: now, Namespace: c.namespace, Actor: actor, Action: "case.retry", CaseID: caseID, Patient: c.patient, Detail: detail,
		})
		return err
	})
}
