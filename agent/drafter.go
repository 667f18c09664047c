package agent

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/queue"
	"github.com/umassist/umassist/tools"
)

// AgentActor is who the agent is in the audit log: never a human, so it
// can never record a decision.
var AgentActor = umassist.Actor{ID: "agent", Name: "umassist agent", Role: umassist.RoleAgent}

// ToolsFunc builds a case's tools (clinical + policy), bound to its scope.
type ToolsFunc func(ctx context.Context, c *umassist.Case, scope tools.Scope) ([]tools.Tool, error)

// ReaderFunc returns the FHIR reader of a namespace for the verifier.
type ReaderFunc func(namespace string) ResourceReader

// Drafter runs the agent on one case and verifies the draft; it stores
// nothing (CaseDrafter does), so the CLI and eval runs use it directly.
type Drafter struct {
	Model   Model
	Limits  Limits
	Options Options
	Tools   ToolsFunc
	Reader  ReaderFunc
	// Packs finds the criteria pack governing each request for the
	// verifier (the same packs the policy tools serve); required.
	Packs tools.PackFinder
	// Passages checks cited passages; nil trusts what the run's policy
	// tools returned.
	Passages PassageChecker
	// Versions tells the verifier which policy versions are in force, so
	// that a stale pack never approves; nil skips the check.
	Versions tools.PolicyVersions
	NowFunc  func() time.Time
}

// Drafted is a verified draft and its trace (a human decision is an
// umassist.Outcome).
type Drafted struct {
	Draft *umassist.Draft
	Trace *Trace
}

func (d *Drafter) now() time.Time {
	if d.NowFunc != nil {
		return d.NowFunc()
	}
	return time.Now()
}

// Draft runs the model on c and verifies what it submits. The trace is
// returned even when the run fails.
func (d *Drafter) Draft(ctx context.Context, c *umassist.Case) (*Drafted, error) {
	if d.Model == nil || d.Tools == nil || d.Reader == nil || d.Packs == nil {
		return nil, errors.New("agent: drafter needs a model, tools, a resource reader and criteria packs")
	}
	scope := tools.Scope{CaseID: c.ID, Namespace: c.Namespace, Patient: c.Patient, AsOf: c.Request.Date, Actor: AgentActor}
	ts, err := d.Tools(ctx, c, scope)
	if err != nil {
		return nil, fmt.Errorf("agent: tools for case %s: %w", c.ID, err)
	}
	in := CaseInput{CaseID: c.ID, Patient: c.Patient, Request: c.Request}
	a := &Agent{Model: d.Model, Limits: d.Limits, Options: d.Options, NowFunc: d.NowFunc}
	start := d.now()
	res, err := a.Run(ctx, in, ts)
	out := &Drafted{Trace: res.Trace}
	if err != nil {
		return out, err
	}
	v := &Verifier{Resources: d.Reader(c.Namespace), Packs: d.Packs, Passages: d.Passages, Versions: d.Versions, Namespace: c.Namespace}
	draft := res.Draft
	submitted := draft.Recommendation
	findings, err := v.Verify(ctx, in, draft, res.Outputs)
	if err != nil {
		res.Trace.Ending = err.Error()
		return out, err
	}
	Finalize(draft, findings)
	draft.Citations = Citations(draft.Summary)
	draft.ID = c.ID
	draft.Model = d.Model.Name()
	draft.PromptVersion = PromptVersion
	draft.Tokens = res.Trace.Tokens
	draft.LatencyMS = d.now().Sub(start).Milliseconds()
	draft.CreatedAt = d.now()
	res.Trace.Findings = findings
	res.Trace.Submitted = submitted
	res.Trace.Recommendation = draft.Recommendation
	out.Draft = draft
	return out, nil
}

// CaseDrafter is the review_case job's work: it loads the case, marks it
// drafting, runs and verifies the agent, and stores the draft with its
// trace, leaving the case ready for review. Errors leave the case failed
// with the reason in the audit log. It is safe to run twice for a case.
type CaseDrafter struct {
	Pool    *pgxpool.Pool
	Drafter *Drafter
	Log     *slog.Logger
}

var _ queue.Drafter = (*CaseDrafter)(nil)

// DraftCase implements queue.Drafter.
func (cd *CaseDrafter) DraftCase(ctx context.Context, caseID string) error {
	c, err := postgres.GetCase(ctx, cd.Pool, caseID)
	if err != nil {
		return fmt.Errorf("agent: draft case %s: %w", caseID, err)
	}
	switch c.Status {
	case umassist.StatusReceived, umassist.StatusDrafting, umassist.StatusFailed:
	case umassist.StatusReadyForReview:
		if _, _, err := postgres.LatestDraft(ctx, cd.Pool, caseID); err == nil {
			return nil // a retried job after the draft was stored: nothing to do
		}
	default:
		// A human has already acted on the case; a stale job must not redraft it.
		cd.logger().Info("agent: case no longer needs a draft", "case", caseID, "status", string(c.Status))
		return nil
	}
	if err := postgres.SetStatus(ctx, cd.Pool, caseID, umassist.StatusDrafting,
		umassist.StatusReceived, umassist.StatusDrafting, umassist.StatusFailed, umassist.StatusReadyForReview); err != nil {
		return fmt.Errorf("agent: draft case %s: %w", caseID, err)
	}
	out, err := cd.Drafter.Draft(ctx, c)
	if err != nil {
		cd.fail(c, out, err)
		return fmt.Errorf("agent: draft case %s: %w", caseID, err)
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
		if _, err := postgres.AppendAudit(ctx, tx, postgres.AuditEntry{
			Namespace: c.Namespace, Actor: AgentActor, Action: "agent.draft", CaseID: caseID, Patient: c.Patient,
			Resources: out.Draft.Evidence, Detail: detail,
		}); err != nil {
			return err
		}
		return postgres.SetStatus(ctx, tx, caseID, umassist.StatusReadyForReview, umassist.StatusDrafting)
	})
	if err != nil {
		cd.fail(c, out, err)
		return fmt.Errorf("agent: store draft for case %s: %w", caseID, err)
	}
	cd.logger().Info("agent: case drafted", "case", caseID, "recommendation", string(out.Draft.Recommendation),
		"findings", len(out.Draft.Findings), "latency_ms", out.Draft.LatencyMS)
	return nil
}

// fail records the failure on a fresh context: the job's may be what ended.
func (cd *CaseDrafter) fail(c *umassist.Case, out *Drafted, cause error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	d := map[string]any{"error": cause.Error()}
	if out != nil && out.Trace != nil {
		d["trace"] = out.Trace
	}
	detail, _ := json.Marshal(d)
	err := postgres.InTx(ctx, cd.Pool, func(tx pgx.Tx) error {
		if _, err := postgres.AppendAudit(ctx, tx, postgres.AuditEntry{
			Namespace: c.Namespace, Actor: AgentActor, Action: "agent.draft", CaseID: c.ID, Patient: c.Patient,
			Outcome: "failure", Detail: detail,
		}); err != nil {
			return err
		}
		return postgres.SetStatus(ctx, tx, c.ID, umassist.StatusFailed, umassist.StatusDrafting)
	})
	if err != nil {
		cd.logger().Error("agent: could not record a failed draft", "case", c.ID, "err", err)
	}
}

func (cd *CaseDrafter) logger() *slog.Logger {
	if cd.Log != nil {
		return cd.Log
	}
	return slog.New(slog.DiscardHandler)
}
