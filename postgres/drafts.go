package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/umassist/umassist"
)

// SaveDraft stores a new version of a case's draft with the trace of the
// run that produced it, and returns the version. A deny can never be
// stored: the type has no such value and the table has a CHECK.
func SaveDraft(ctx context.Context, q Querier, caseID string, d *umassist.Draft, trace json.RawMessage) (int, error) {
	if !d.Recommendation.Valid() {
		return 0, fmt.Errorf("draft: %w", umassist.ErrAIDenial)
	}
	if d.Model == "" || d.PromptVersion == "" {
		return 0, umassist.Errorf(umassist.EINVALID, "draft: model and prompt version are required")
	}
	if len(trace) == 0 {
		trace = json.RawMessage("{}")
	}
	var version int
	if err := q.QueryRow(ctx, `SELECT coalesce(max(version), 0) + 1 FROM drafts WHERE case_id = $1`, caseID).Scan(&version); err != nil {
		return 0, fmt.Errorf("draft: next version: %w", err)
	}
	d.ID = caseID
	d.Version = version
	body, err := json.Marshal(d)
	if err != nil {
		return 0, fmt.Errorf("draft: encode: %w", err)
	}
	_, err = q.Exec(ctx, `
		INSERT INTO drafts (case_id, version, recommendation, policy, confidence, verified, draft, trace, model, prompt_version)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
		caseID, version, string(d.Recommendation), d.Policy, d.Confidence, d.Verified(), body, trace, d.Model, d.PromptVersion)
	if err != nil {
		if IsUniqueViolation(err) {
			return 0, umassist.Errorf(umassist.ECONFLICT, "draft: case %s version %d was written concurrently", caseID, version)
		}
		return 0, fmt.Errorf("draft: insert: %w", err)
	}
	return version, nil
}

// LatestDraft returns the newest draft of a case and its trace.
func LatestDraft(ctx context.Context, q Querier, caseID string) (*umassist.Draft, json.RawMessage, error) {
	var body, trace []byte
	err := q.QueryRow(ctx, `SELECT draft, trace FROM drafts WHERE case_id = $1 ORDER BY version DESC LIMIT 1`, caseID).Scan(&body, &trace)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil, umassist.Errorf(umassist.ENOTFOUND, "case %s has no draft", caseID)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("draft: latest: %w", err)
	}
	var d umassist.Draft
	if err := json.Unmarshal(body, &d); err != nil {
		return nil, nil, fmt.Errorf("draft: decode: %w", err)
	}
	return &d, trace, nil
}

// RecordAction stores a reviewer's decision with its audit entry and moves
// the case to the outcome's status, in the caller's transaction.
func RecordAction(ctx context.Context, tx pgx.Tx, a umassist.ReviewAction) (int64, error) {
	if err := a.Validate(); err != nil {
		return 0, err
	}
	var id int64
	err := tx.QueryRow(ctx, `
		INSERT INTO review_actions (case_id, actor_id, actor_role, actor_name, outcome, reason, passages, question, edited_summary, draft_version, override_code)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, nullif($10, 0), $11) RETURNING id`,
		a.CaseID, a.Actor.ID, string(a.Actor.Role), a.Actor.Name, string(a.Outcome), a.Reason, orEmpty(a.Passages),
		a.Question, a.EditedSummary, a.DraftVersion, a.OverrideCode).Scan(&id)
	if err != nil {
		if IsCheckViolation(err) {
			return 0, umassist.Errorf(umassist.EFORBIDDEN, "review action refused by the database: %v", err)
		}
		return 0, fmt.Errorf("review action: insert: %w", err)
	}
	detail, _ := json.Marshal(map[string]any{"outcome": a.Outcome, "passages": a.Passages, "draft_version": a.DraftVersion, "override_code": a.OverrideCode})
	c, err := GetCase(ctx, tx, a.CaseID)
	if err != nil {
		return 0, err
	}
	if _, err := AppendAudit(ctx, tx, umassist.AuditEntry{
		Namespace: c.Namespace, Actor: a.Actor, Action: "review." + string(a.Outcome), CaseID: a.CaseID,
		Patient: c.Patient, Detail: detail,
	}); err != nil {
		return 0, err
	}
	if err := SetStatus(ctx, tx, a.CaseID, umassist.CaseStatus(a.Outcome)); err != nil {
		return 0, err
	}
	return id, nil
}
