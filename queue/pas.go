package queue

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"github.com/umassist/umassist/postgres"
)

// Job kinds of the provider's end of Da Vinci PAS.
const (
	KindPASSubmit  = "pas_submit"  // send an approved pre-submission case to its payer
	KindPASInquire = "pas_inquire" // ask the payer where a pended request stands
)

// PASArgs is a PAS job's payload: the case id only.
type PASArgs struct {
	CaseID string `json:"case_id"`
}

// PASSubmitArgs submits a case.
type PASSubmitArgs PASArgs

// PASInquireArgs follows a submitted case.
type PASInquireArgs PASArgs

// Kind implements river.JobArgs.
func (PASSubmitArgs) Kind() string { return KindPASSubmit }

// Kind implements river.JobArgs.
func (PASInquireArgs) Kind() string { return KindPASInquire }

var uniqueInFlight = river.UniqueOpts{
	ByArgs: true,
	ByState: []rivertype.JobState{
		rivertype.JobStateAvailable, rivertype.JobStatePending, rivertype.JobStateRunning,
		rivertype.JobStateRetryable, rivertype.JobStateScheduled,
	},
}

// InsertOpts: one submission in flight per case; a payer that is down is
// retried with River's backoff.
func (PASSubmitArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{MaxAttempts: 10, UniqueOpts: uniqueInFlight}
}

// InsertOpts: one follow-up in flight per case.
func (PASInquireArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{MaxAttempts: 25, UniqueOpts: uniqueInFlight}
}

// Submitter is the provider's end of PAS: it sends an approved case to its
// payer and follows a pended one until a final answer. Both must be safe
// to run twice.
type Submitter interface {
	// Submit sends the case; pended means the payer has not decided yet.
	Submit(ctx context.Context, caseID string) (pended bool, err error)
	// Inquire asks again; final means the payer has decided.
	Inquire(ctx context.Context, caseID string) (final bool, err error)
}

// AddPASWorkers registers the pas_submit and pas_inquire workers; a pended
// request is asked about every every (default 1 minute). Every process
// that works jobs from a queue where approvals enqueue pas_submit needs
// them.
func AddPASWorkers(workers *river.Workers, s Submitter, every time.Duration) {
	if every <= 0 {
		every = time.Minute
	}
	river.AddWorker(workers, &pasSubmitWorker{s: s, every: every})
	river.AddWorker(workers, &pasInquireWorker{s: s, every: every})
}

type pasSubmitWorker struct {
	river.WorkerDefaults[PASSubmitArgs]
	s     Submitter
	every time.Duration
}

func (w *pasSubmitWorker) Work(ctx context.Context, job *river.Job[PASSubmitArgs]) error {
	pended, err := w.s.Submit(ctx, job.Args.CaseID)
	if err != nil || !pended {
		return err
	}
	// Follow it up: the payer answers pended until a person has decided.
	c := river.ClientFromContext[pgx.Tx](ctx)
	if _, err := c.Insert(ctx, PASInquireArgs{CaseID: job.Args.CaseID}, &river.InsertOpts{ScheduledAt: time.Now().Add(w.every)}); err != nil {
		return fmt.Errorf("queue: schedule pas_inquire: %w", err)
	}
	return nil
}

// maxFollowUp bounds how long a pended request is followed: the longest
// CMS-0057-F clock (7 days) and then some.
const maxFollowUp = 14 * 24 * time.Hour

type pasInquireWorker struct {
	river.WorkerDefaults[PASInquireArgs]
	s     Submitter
	every time.Duration
}

func (w *pasInquireWorker) Work(ctx context.Context, job *river.Job[PASInquireArgs]) error {
	final, err := w.s.Inquire(ctx, job.Args.CaseID)
	if err != nil || final {
		return err
	}
	if time.Since(job.CreatedAt) > maxFollowUp {
		return fmt.Errorf("queue: pas_inquire %s: no final answer after %s", job.Args.CaseID, maxFollowUp)
	}
	return river.JobSnooze(w.every)
}

// EnqueuePASSubmitTx implements postgres.SubmissionEnqueuer: the case goes
// to its payer once the approval that enqueues it commits.
func (c *Client) EnqueuePASSubmitTx(ctx context.Context, tx pgx.Tx, caseID string) error {
	if _, err := c.River.InsertTx(ctx, tx, PASSubmitArgs{CaseID: caseID}, nil); err != nil {
		return fmt.Errorf("queue: insert pas_submit: %w", err)
	}
	return nil
}

var _ postgres.SubmissionEnqueuer = (*Client)(nil)
