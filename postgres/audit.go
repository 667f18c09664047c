package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/umassist/umassist"
)

// AuditLog is the audit log as a value, for code that takes an interface
// (tools.AuditLog) rather than a database.
type AuditLog struct {
	DB Querier
}

// Append writes one entry (AppendAudit).
func (l AuditLog) Append(ctx context.Context, e umassist.AuditEntry) error {
	_, err := AppendAudit(ctx, l.DB, e)
	return err
}

// AppendAudit writes one entry. Pass the transaction that does the audited
// work, so the entry and the work commit or fail together.
func AppendAudit(ctx context.Context, q Querier, e umassist.AuditEntry) (int64, error) {
	if e.Actor.ID == "" || e.Action == "" {
		return 0, fmt.Errorf("audit: actor and action are required")
	}
	if e.Outcome == "" {
		e.Outcome = "success"
	}
	if e.Purpose == "" {
		e.Purpose = "HPAYMT"
	}
	if e.Resources == nil {
		e.Resources = []string{}
	}
	detail := e.Detail
	if len(detail) == 0 {
		detail = json.RawMessage("{}")
	}
	var at any
	if !e.At.IsZero() {
		at = e.At
	}
	var id int64
	err := q.QueryRow(ctx, `
		INSERT INTO audit_log (at, namespace, actor_id, actor_role, action, case_id, patient_ref, resources, purpose, outcome, detail)
		VALUES (coalesce($1, now()), $2, $3, $4, $5, nullif($6, ''), nullif($7, ''), $8, $9, $10, $11)
		RETURNING id`,
		at, e.Namespace, e.Actor.ID, string(e.Actor.Role), e.Action, e.CaseID, e.Patient, e.Resources, e.Purpose, e.Outcome, detail,
	).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("audit: append %s: %w", e.Action, err)
	}
	return id, nil
}

// AuditFilter selects audit entries.
type AuditFilter struct {
	Since   time.Time
	CaseID  string
	AfterID int64
	Limit   int
}

// ListAudit returns entries in id order.
func ListAudit(ctx context.Context, q Querier, f AuditFilter) ([]umassist.AuditEntry, error) {
	if f.Limit <= 0 {
		f.Limit = 1000
	}
	rows, err := q.Query(ctx, `
		SELECT id, at, namespace, actor_id, actor_role, action, coalesce(case_id, ''), coalesce(patient_ref, ''), resources, purpose, outcome, detail
		FROM audit_log
		WHERE at >= $1 AND ($2 = '' OR case_id = $2) AND id > $3
		ORDER BY id LIMIT $4`, f.Since, f.CaseID, f.AfterID, f.Limit)
	if err != nil {
		return nil, fmt.Errorf("audit: list: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (umassist.AuditEntry, error) {
		var e umassist.AuditEntry
		var role string
		err := r.Scan(&e.ID, &e.At, &e.Namespace, &e.Actor.ID, &role, &e.Action, &e.CaseID, &e.Patient, &e.Resources, &e.Purpose, &e.Outcome, &e.Detail)
		e.Actor.Role = umassist.Role(role)
		return e, err
	})
	if err != nil {
		return nil, fmt.Errorf("audit: list: %w", err)
	}
	return out, nil
}
