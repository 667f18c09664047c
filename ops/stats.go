package ops

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
)

// Stats is one snapshot of the queue for the command centre.
type Stats struct {
	At     time.Time     `json:"at"`
	Window time.Duration `json:"-"`
	// WindowHours is the look-back of the rates and productivity figures.
	WindowHours int `json:"window_hours"`

	ByStatus  []Count        `json:"by_status"` // every status, in workflow order
	OpenBy    []UrgencyPayer `json:"open_by"`   // open cases by urgency and payer
	Open      int            `json:"open"`      // not yet approved or denied
	Breached  int            `json:"breached"`  // open and past due
	AtRisk    int            `json:"at_risk"`   // open, not past due, < 24 h or 20 % of window left
	Attention []SLACase      `json:"attention"` // the breached and at-risk cases, most urgent first
	Jobs      []Count        `json:"jobs"`      // review_case jobs by River state
	Failed    []FailedCase   `json:"failed"`    // cases the agent could not draft
	Hourly    []HourCount    `json:"drafts_per_hour"`

	Drafts              int     `json:"drafts"`
	UnverifiedDrafts    int     `json:"unverified_drafts"`
	FailedCases         int     `json:"failed_cases"`
	AgentErrorRate      float64 `json:"agent_error_rate"`
	VerifierFailureRate float64 `json:"verifier_failure_rate"`

	Reviewers []ReviewerStats `json:"reviewers"`
	// Team is every reviewer together.
	Team ReviewerStats `json:"team"`
}

// Count is a number of things in a state.
type Count struct {
	State string `json:"state"`
	N     int    `json:"n"`
}

// UrgencyPayer counts open cases of one urgency and payer.
type UrgencyPayer struct {
	Urgency string `json:"urgency"`
	Payer   string `json:"payer"`
	N       int    `json:"n"`
}

// SLACase is an open case near or past its decision clock.
type SLACase struct {
	ID         string    `json:"id"`
	Service    string    `json:"service"`
	Payer      string    `json:"payer"`
	Urgency    string    `json:"urgency"`
	Status     string    `json:"status"`
	ReceivedAt time.Time `json:"received_at"`
	DueAt      time.Time `json:"due_at"`
	Assignee   string    `json:"assignee,omitempty"`
	Priority   int       `json:"priority"`
	Breached   bool      `json:"breached"`
	// RemainingHours is negative once breached.
	RemainingHours float64 `json:"remaining_hours"`
}

// FailedCase is a case the agent could not draft, with its latest job.
type FailedCase struct {
	ID       string    `json:"id"`
	Service  string    `json:"service"`
	Payer    string    `json:"payer"`
	Urgency  string    `json:"urgency"`
	Status   string    `json:"status"`
	DueAt    time.Time `json:"due_at"`
	JobID    int64     `json:"job_id,omitempty"`
	JobState string    `json:"job_state,omitempty"`
	Attempts int       `json:"attempts"`
}

// HourCount is drafts stored in one UTC hour.
type HourCount struct {
	Hour time.Time `json:"hour"`
	N    int       `json:"n"`
}

// ReviewerStats is one reviewer's (or the team's) productivity.
type ReviewerStats struct {
	ActorID   string `json:"actor_id,omitempty"`
	Name      string `json:"name,omitempty"`
	Role      string `json:"role,omitempty"`
	Decisions int    `json:"decisions"`
	// Closed counts final decisions (approved or denied).
	Closed int `json:"closed"`
	// Compared counts decisions made on a draft; Overrides those that
	// differ from the draft's recommendation (see OverrideRate).
	Compared  int `json:"compared"`
	Overrides int `json:"overrides"`
	// OverrideRate = Overrides / Compared. A decision agrees with the draft
	// when approve→approved, request_info→info_requested, and
	// refer→escalated, denied or any physician decision (refer means "a
	// physician should decide", which a physician's decision honours).
	OverrideRate float64 `json:"override_rate"`
	// MedianHandlingSeconds is the reviewer's own time: from their claim
	// of the case to the decision.
	MedianHandlingSeconds float64 `json:"median_handling_seconds"`
	// MedianWaitSeconds is the queue's: from the draft the reviewer saw
	// (the case ready for review) to their claim.
	MedianWaitSeconds float64 `json:"median_wait_seconds"`
}

// statusOrder is the workflow order of the status bars.
var statusOrder = []umassist.CaseStatus{
	umassist.StatusReceived, umassist.StatusDrafting, umassist.StatusReadyForReview, umassist.StatusEscalated,
	umassist.StatusInfoRequested, umassist.StatusFailed, umassist.StatusApproved, umassist.StatusDenied,
}

// SnapshotOptions narrows a snapshot.
type SnapshotOptions struct {
	Namespace string        // "" is production
	Window    time.Duration // look-back of rates and productivity; default 24 h
	Hours     int           // sparkline length; default 24
	Attention int           // at most this many SLA cases listed; default 50
}

// Snapshot computes the command centre's figures at now.
func Snapshot(ctx context.Context, q postgres.Querier, now time.Time, o SnapshotOptions) (*Stats, error) {
	if o.Window <= 0 {
		o.Window = 24 * time.Hour
	}
	if o.Hours <= 0 || o.Hours > 24*14 {
		o.Hours = 24
	}
	if o.Attention <= 0 {
		o.Attention = 50
	}
	now = now.UTC()
	since := now.Add(-o.Window)
	s := &Stats{At: now, Window: o.Window, WindowHours: int(o.Window / time.Hour)}

	counts, err := stateCounts(ctx, q, qDepthByStatus, o.Namespace)
	if err != nil {
		return nil, fmt.Errorf("ops: depth by status: %w", err)
	}
	for _, st := range statusOrder {
		s.ByStatus = append(s.ByStatus, Count{State: string(st), N: counts[string(st)]})
	}

	rows, err := q.Query(ctx, qOpenByUrgency, o.Namespace)
	if err != nil {
		return nil, fmt.Errorf("ops: open by urgency: %w", err)
	}
	s.OpenBy, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (UrgencyPayer, error) {
		var u UrgencyPayer
		return u, r.Scan(&u.Urgency, &u.Payer, &u.N)
	})
	if err != nil {
		return nil, fmt.Errorf("ops: open by urgency: %w", err)
	}

	if err := q.QueryRow(ctx, qSLACounts, o.Namespace, now).Scan(&s.Open, &s.Breached, &s.AtRisk); err != nil {
		return nil, fmt.Errorf("ops: sla counts: %w", err)
	}
	rows, err = q.Query(ctx, qSLACases, o.Namespace, now, o.Attention)
	if err != nil {
		return nil, fmt.Errorf("ops: sla cases: %w", err)
	}
	s.Attention, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (SLACase, error) {
		var c SLACase
		err := r.Scan(&c.ID, &c.Service, &c.Payer, &c.Urgency, &c.Status, &c.ReceivedAt, &c.DueAt, &c.Assignee, &c.Priority, &c.Breached)
		c.RemainingHours = c.DueAt.Sub(now).Hours()
		return c, err
	})
	if err != nil {
		return nil, fmt.Errorf("ops: sla cases: %w", err)
	}

	jobs, err := stateCounts(ctx, q, qQueueJobs)
	if err != nil {
		return nil, fmt.Errorf("ops: jobs: %w", err)
	}
	for _, st := range []string{"available", "scheduled", "running", "retryable", "completed", "discarded", "cancelled"} {
		s.Jobs = append(s.Jobs, Count{State: st, N: jobs[st]})
	}

	rows, err = q.Query(ctx, qFailedCases, o.Namespace, o.Attention)
	if err != nil {
		return nil, fmt.Errorf("ops: failed cases: %w", err)
	}
	s.Failed, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (FailedCase, error) {
		var f FailedCase
		return f, r.Scan(&f.ID, &f.Service, &f.Payer, &f.Urgency, &f.Status, &f.DueAt, &f.JobID, &f.JobState, &f.Attempts)
	})
	if err != nil {
		return nil, fmt.Errorf("ops: failed cases: %w", err)
	}

	rows, err = q.Query(ctx, qDraftsPerHour, o.Namespace, now, o.Hours)
	if err != nil {
		return nil, fmt.Errorf("ops: drafts per hour: %w", err)
	}
	s.Hourly, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (HourCount, error) {
		var h HourCount
		err := r.Scan(&h.Hour, &h.N)
		h.Hour = h.Hour.UTC()
		return h, err
	})
	if err != nil {
		return nil, fmt.Errorf("ops: drafts per hour: %w", err)
	}

	if err := q.QueryRow(ctx, qRates, o.Namespace, since).Scan(&s.Drafts, &s.UnverifiedDrafts, &s.FailedCases); err != nil {
		return nil, fmt.Errorf("ops: rates: %w", err)
	}
	// Agent error rate: failed cases per drafting outcome (a stored draft or
	// a failure) in the window.
	s.AgentErrorRate = ratio(s.FailedCases, s.FailedCases+s.Drafts)
	s.VerifierFailureRate = ratio(s.UnverifiedDrafts, s.Drafts)

	rows, err = q.Query(ctx, qReviewers, o.Namespace, since)
	if err != nil {
		return nil, fmt.Errorf("ops: reviewers: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r ReviewerStats
		var total bool
		if err := rows.Scan(&r.ActorID, &r.Name, &r.Role, &r.Decisions, &r.Closed, &r.Compared, &r.Overrides, &r.MedianHandlingSeconds, &r.MedianWaitSeconds, &total); err != nil {
			return nil, fmt.Errorf("ops: reviewers: %w", err)
		}
		r.OverrideRate = ratio(r.Overrides, r.Compared)
		if total {
			r.ActorID, r.Name, r.Role = "", "", ""
			s.Team = r
			continue
		}
		s.Reviewers = append(s.Reviewers, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("ops: reviewers: %w", err)
	}
	return s, nil
}

func stateCounts(ctx context.Context, q postgres.Querier, sql string, args ...any) (map[string]int, error) {
	rows, err := q.Query(ctx, sql, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var k string
		var n int
		if err := rows.Scan(&k, &n); err != nil {
			return nil, err
		}
		out[k] = n
	}
	return out, rows.Err()
}

// CaseDepth counts cases by status, for the umassist_queue_depth gauge.
func CaseDepth(q postgres.Querier) func(ctx context.Context) (map[string]float64, error) {
	return floatCounts(q, qDepthByStatus, "")
}

// SLACounts counts open production cases breached and at risk, for the
// umassist_sla_cases gauge that alerting rules watch.
func SLACounts(q postgres.Querier) func(ctx context.Context) (map[string]float64, error) {
	return floatCounts(q, qSLAGauge)
}

// JobDepth counts review_case jobs by River state, for umassist_jobs.
func JobDepth(q postgres.Querier) func(ctx context.Context) (map[string]float64, error) {
	return floatCounts(q, qQueueJobs)
}

func floatCounts(q postgres.Querier, sql string, args ...any) func(ctx context.Context) (map[string]float64, error) {
	return func(ctx context.Context) (map[string]float64, error) {
		m, err := stateCounts(ctx, q, sql, args...)
		if err != nil {
			return nil, fmt.Errorf("ops: counts: %w", err)
		}
		out := make(map[string]float64, len(m))
		for k, v := range m {
			out[k] = float64(v)
		}
		return out, nil
	}
}

func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}
