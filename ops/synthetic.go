package ops

import (
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/queue"
	"github.com/umassist/umassist/telemetry"
)

// SyntheticModel names the drafts SyntheticDrafter writes, so they are
// never mistaken for the agent's.
const SyntheticModel = "synthetic-load"

// SyntheticDrafter is a deterministic stand-in for the agent, for load
// tests, benchmarks and scale-out tests of the queue: it waits Delay (the
// model's time), then stores a draft whose recommendation is a hash of the
// case id, and moves the case to ready_for_review.
//
// It is idempotent per case version: the draft, the status change and the
// audit entry commit together under the case's row lock, and a case that is
// no longer received/drafting is skipped, so a retried or rescued job never
// writes a second draft.
type SyntheticDrafter struct {
	Pool  *pgxpool.Pool
	Delay time.Duration
}

var _ queue.Drafter = (*SyntheticDrafter)(nil)

var syntheticActor = umassist.Actor{ID: "agent", Name: "synthetic drafter", Role: umassist.RoleAgent}

// DraftCase implements queue.Drafter.
func (d *SyntheticDrafter) DraftCase(ctx context.Context, caseID string) (err error) {
	defer func() {
		if err != nil {
			telemetry.RecordDraftError()
		}
	}()
	// Mark drafting first so the command centre sees work in progress.
	if err := postgres.SetStatus(ctx, d.Pool, caseID, umassist.StatusDrafting, umassist.StatusReceived); err != nil &&
		umassist.ErrorCode(err) != umassist.ECONFLICT {
		return err
	}
	if d.Delay > 0 {
		t := time.NewTimer(d.Delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
	}
	var rec umassist.Recommendation
	var verified, wrote bool
	err = postgres.InTx(ctx, d.Pool, func(tx pgx.Tx) error {
		c, err := lockCase(ctx, tx, caseID)
		if err != nil {
			return err
		}
		if c.status != umassist.StatusReceived && c.status != umassist.StatusDrafting {
			return nil // drafted already (a retried job): nothing to do
		}
		h := fnv.New32a()
		h.Write([]byte(caseID))
		sum := h.Sum32()
		rec = umassist.Recommendations[sum%3]
		verified = sum%10 != 0
		draft := &umassist.Draft{
			Recommendation: rec, Policy: "synthetic", Confidence: float64(sum%100) / 100,
			Summary: "Synthetic draft for load testing.", Model: SyntheticModel, PromptVersion: "synthetic-1",
			LatencyMS: d.Delay.Milliseconds(), Criteria: []umassist.Criterion{}, Evidence: []string{}, Missing: []string{}, Questions: []string{},
		}
		if !verified {
			draft.Findings = []umassist.VerifierIssue{{Rule: "synthetic", Message: "synthetic verifier failure"}}
		}
		trace, _ := json.Marshal(map[string]any{"synthetic": true})
		version, err := postgres.SaveDraft(ctx, tx, caseID, draft, trace)
		if err != nil {
			return err
		}
		if err := postgres.SetStatus(ctx, tx, caseID, umassist.StatusReadyForReview, umassist.StatusReceived, umassist.StatusDrafting); err != nil {
			return err
		}
		detail, _ := json.Marshal(map[string]any{"version": version, "recommendation": rec})
		if _, err := postgres.AppendAudit(ctx, tx, umassist.AuditEntry{
			Namespace: c.namespace, Actor: syntheticActor, Action: "draft.save", CaseID: caseID, Patient: c.patient, Detail: detail,
		}); err != nil {
			return err
		}
		wrote = true
		return nil
	})
	if err != nil {
		return fmt.Errorf("ops: synthetic draft %s: %w", caseID, err)
	}
	if wrote {
		telemetry.RecordDraft(string(rec), verified)
	}
	return nil
}
