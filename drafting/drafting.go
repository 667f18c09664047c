package drafting

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/agent"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/queue"
)

// CaseDrafter is the review_case job's work: it loads the case, marks it
// drafting, runs and verifies the agent, and stores the draft with its
// trace, leaving the case ready for review. Errors leave the case failed
// with the reason in the audit log. It is safe to run twice for a case.
type CaseDrafter struct {
	Pool    *pgxpool.Pool
	Drafter *agent.Drafter
	Log     *slog.Logger
}

var _ queue.Drafter = (*CaseDrafter)(nil)

// DraftCase implements queue.Drafter.
func (cd *CaseDrafter) DraftCase(ctx context.Context, caseID string) error {
	c, err := postgres.GetCase(ctx, cd.Pool, caseID)
	if err != nil {
		return fmt.Errorf("drafting: case %s: %w", caseID, err)
	}
	switch c.Status {
	case umassist.StatusReceived, umassist.StatusDrafting, umassist.StatusFailed:
	case umassist.StatusReadyForReview:
		if _, _, err := postgres.LatestDraft(ctx, cd.Pool, caseID); err == nil {
			return nil // a retried job after the draft was stored: nothing to do
		}
	default:
		// A human has already acted on the case; a stale job must not redraft it.
		cd.logger().Info("drafting: case no longer needs a draft", "case", caseID, "status", string(c.Status))
		return nil
	}
	if err := postgres.SetStatus(ctx, cd.Pool, caseID, umassist.StatusDrafting,
		umassist.StatusReceived, umassist.StatusDrafting, umassist.StatusFailed, umassist.StatusReadyForReview); err != nil {
		return fmt.Errorf("drafting: case %s: %w", caseID, err)
	}
	out, err := cd.Drafter.Draft(ctx, c)
	if err != nil {
		cd.fail(c, out, err)
		return fmt.Errorf("drafting: case %s: %w", caseID, err)
	}
	err = postgres.InTx(ctx, cd.Pool, func(tx pgx.Tx) error {
		version, err := postgres.SaveDraft(ctx, tx, caseID, out.Draft, out.Trace.JSON())
		if err != nil {
			return err
		}
		detail, _ := json.Marshal(map[string]any{
			"version": version, "recommendation": out.Draft.Recommendation, "policy": out.Draft.Policy,
			"confidence": out.Draft.Confidence, "verified": out.Draft.Verified(), "model": out.Draft.Model,
			"prompt_version": out.Draft.PromptVersion, "findings": len(out.Draft.Findings),
		})
		if _, err := postgres.AppendAudit(ctx, tx, umassist.AuditEntry{
			Namespace: c.Namespace, Actor: agent.AgentActor, Action: "agent.draft", CaseID: caseID, Patient: c.Patient,
			Resources: out.Draft.Evidence, Detail: detail,
		}); err != nil {
			return err
		}
		return postgres.SetStatus(ctx, tx, caseID, umassist.StatusReadyForReview, umassist.StatusDrafting)
	})
	if err != nil {
		cd.fail(c, out, err)
		return fmt.Errorf("drafting: store draft for case %s: %w", caseID, err)
	}
	cd.logger().Info("drafting: case drafted", "case", caseID, "recommendation", string(out.Draft.Recommendation),
		"findings", len(out.Draft.Findings), "latency_ms", out.Draft.LatencyMS)
	return nil
}

// fail records the failure on a fresh context: the job's may be what ended.
func (cd *CaseDrafter) fail(c *umassist.Case, out *agent.Drafted, cause error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	d := map[string]any{"error": cause.Error()}
	if out != nil && out.Trace != nil {
		d["trace"] = out.Trace
	}
	detail, _ := json.Marshal(d)
	err := postgres.InTx(ctx, cd.Pool, func(tx pgx.Tx) error {
		if _, err := postgres.AppendAudit(ctx, tx, umassist.AuditEntry{
			Namespace: c.Namespace, Actor: agent.AgentActor, Action: "agent.draft", CaseID: c.ID, Patient: c.Patient,
			Outcome: "failure", Detail: detail,
		}); err != nil {
			return err
		}
		return postgres.SetStatus(ctx, tx, c.ID, umassist.StatusFailed, umassist.StatusDrafting)
	})
	if err != nil {
		cd.logger().Error("drafting: could not record a failed draft", "case", c.ID, "err", err)
	}
}

func (cd *CaseDrafter) logger() *slog.Logger {
	if cd.Log != nil {
		return cd.Log
	}
	return slog.New(slog.DiscardHandler)
}
