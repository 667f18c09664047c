package queue

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivertype"

	"github.com/umassist/umassist/postgres"
)

// KindReviewCase is the job kind that drafts a case.
const KindReviewCase = "review_case"

// ReviewCaseArgs is the review_case job's payload: only the case id, never
// patient data.
type ReviewCaseArgs struct {
	CaseID string `json:"case_id"`
	// Round tells drafts of one case apart for uniqueness: 0 at intake,
	// n after the n-th answer from the ordering clinician. Without it a
	// re-draft asked for while the previous job is still being marked
	// complete would be skipped as its duplicate.
	Round int `json:"round,omitempty"`
}

// Kind implements river.JobArgs.
func (ReviewCaseArgs) Kind() string { return KindReviewCase }

// InsertOpts makes the job unique per case while it is in flight.
func (ReviewCaseArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{
		MaxAttempts: 5,
		UniqueOpts: river.UniqueOpts{
			ByArgs: true,
			ByState: []rivertype.JobState{
				rivertype.JobStateAvailable, rivertype.JobStatePending, rivertype.JobStateRunning,
				rivertype.JobStateRetryable, rivertype.JobStateScheduled,
			},
		},
	}
}

// Drafter drafts one case: runs the agent and stores the draft. It must be
// safe to run twice for the same case (a retried job).
type Drafter interface {
	DraftCase(ctx context.Context, caseID string) error
}

// DrafterFunc adapts a function to Drafter.
type DrafterFunc func(ctx context.Context, caseID string) error

// DraftCase implements Drafter.
func (f DrafterFunc) DraftCase(ctx context.Context, caseID string) error { return f(ctx, caseID) }

// ReviewCaseWorker works review_case jobs.
type ReviewCaseWorker struct {
	river.WorkerDefaults[ReviewCaseArgs]
	Drafter Drafter
	// AttemptTimeout bounds one drafting attempt.
	AttemptTimeout time.Duration
}

var _ river.Worker[ReviewCaseArgs] = (*ReviewCaseWorker)(nil)

// Work implements river.Worker.
func (w *ReviewCaseWorker) Work(ctx context.Context, job *river.Job[ReviewCaseArgs]) error {
	if w.Drafter == nil {
		return fmt.Errorf("queue: review_case %s: no drafter configured", job.Args.CaseID)
	}
	return w.Drafter.DraftCase(ctx, job.Args.CaseID)
}

// The agent's run has a 2-minute deadline (agent.DefaultDeadline). One
// drafting attempt is given that and time to verify and store the draft;
// a job still "running" after DefaultRescueAfter belongs to a worker that
// died, and River hands it to another. Every worker's timeout stays under
// the rescue threshold, or a job still at work would be run twice.
const (
	DefaultJobTimeout  = 2*time.Minute + 30*time.Second
	DefaultRescueAfter = 3 * time.Minute
)

// Timeout implements river's per-worker timeout.
func (w *ReviewCaseWorker) Timeout(*river.Job[ReviewCaseArgs]) time.Duration {
	if w.AttemptTimeout > 0 {
		return w.AttemptTimeout
	}
	return DefaultJobTimeout
}

// Config sets up a client.
type Config struct {
	// Drafter works review_case jobs; nil makes an insert-only client.
	Drafter Drafter
	// Workers is how many cases are drafted at once in this process.
	Workers int
	Logger  *slog.Logger
	// JobTimeout bounds one drafting attempt.
	JobTimeout time.Duration
	// Submitter works the PAS jobs (the provider's end); nil: this process
	// does not submit to payers.
	Submitter Submitter
	// InquireEvery is how often a pended request is followed up
	// (default 1 minute).
	InquireEvery time.Duration
	// Intake reads faxed and scanned packets (intake_read jobs, on their
	// own queue); nil: this process does not read packets.
	Intake PacketReader
}

// Client wraps River's client for umassist's jobs.
type Client struct {
	River *river.Client[pgx.Tx]
}

var _ postgres.Enqueuer = (*Client)(nil)

// New returns a River client on pool. With a Drafter it can work jobs once
// Start is called; without one it only inserts.
func New(pool *pgxpool.Pool, cfg Config) (*Client, error) {
	rc := &river.Config{Logger: cfg.Logger}
	if cfg.Drafter != nil {
		workers := river.NewWorkers()
		river.AddWorker(workers, &ReviewCaseWorker{Drafter: cfg.Drafter, AttemptTimeout: cfg.JobTimeout})
		if cfg.Submitter != nil {
			AddPASWorkers(workers, cfg.Submitter, cfg.InquireEvery)
		}
		n := cfg.Workers
		if n <= 0 {
			n = 4
		}
		rc.Workers = workers
		rc.Queues = map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: n}}
		if cfg.Intake != nil {
			AddIntakeWorker(workers, cfg.Intake)
			rc.Queues[QueueIntake] = IntakeQueue()
		}
		rc.FetchCooldown = 20 * time.Millisecond
		rc.FetchPollInterval = 250 * time.Millisecond
		// A worker that died mid-job: its job is rescued and retried after
		// this long (drafting is idempotent per case).
		rc.RescueStuckJobsAfter = DefaultRescueAfter
	}
	if rc.Logger == nil {
		rc.Logger = slog.New(slog.DiscardHandler)
	}
	c, err := river.NewClient(riverpgxv5.New(pool), rc)
	if err != nil {
		return nil, fmt.Errorf("queue: new client: %w", err)
	}
	return &Client{River: c}, nil
}

// EnqueueReviewTx implements postgres.Enqueuer.
func (c *Client) EnqueueReviewTx(ctx context.Context, tx pgx.Tx, caseID string, round int) error {
	if _, err := c.River.InsertTx(ctx, tx, ReviewCaseArgs{CaseID: caseID, Round: round}, nil); err != nil {
		return fmt.Errorf("queue: insert review_case: %w", err)
	}
	return nil
}

// Start starts working jobs until ctx ends or Stop is called.
func (c *Client) Start(ctx context.Context) error {
	if err := c.River.Start(ctx); err != nil {
		return fmt.Errorf("queue: start: %w", err)
	}
	return nil
}

// Stop stops fetching new jobs and waits for running ones to finish (until
// ctx ends, after which they are cancelled and River's rescuer retries them).
func (c *Client) Stop(ctx context.Context) error {
	if err := c.River.Stop(ctx); err != nil {
		if err := c.River.StopAndCancel(context.WithoutCancel(ctx)); err != nil {
			return fmt.Errorf("queue: stop and cancel: %w", err)
		}
	}
	return nil
}
