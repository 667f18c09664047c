package postgres

import (
	"context"
	"fmt"
	"time"
)

// ClaimJTI records that a CDS client's token id was used; it reports false
// when (issuer, jti) was already claimed and has not expired, which is a
// replayed token. Expired claims are swept on the way.
func ClaimJTI(ctx context.Context, q Querier, issuer, jti string, expires, now time.Time) (bool, error) {
	if _, err := q.Exec(ctx, `DELETE FROM cds_jtis WHERE expires_at < $1`, now); err != nil {
		return false, fmt.Errorf("cds: sweep token ids: %w", err)
	}
	tag, err := q.Exec(ctx, `INSERT INTO cds_jtis (issuer, jti, expires_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, issuer, jti, expires)
	if err != nil {
		return false, fmt.Errorf("cds: claim token id: %w", err)
	}
	return tag.RowsAffected() == 1, nil
}

// OrderAudit is one order a CDS client sent and what the agent found.
type OrderAudit struct {
	At             time.Time
	ClientID       string
	Hook           string
	HookInstance   string
	AssertionID    string
	Patient        string
	Order          string
	Clinician      string
	Service        string
	Payer          string
	Policy         string
	Recommendation string
	Missing        []string // criterion ids
	MissingText    []string // their wording
}

// AddOrderAudit records one audited order.
func AddOrderAudit(ctx context.Context, q Querier, o OrderAudit) error {
	if o.Missing == nil {
		o.Missing, o.MissingText = []string{}, []string{}
	}
	_, err := q.Exec(ctx, `INSERT INTO order_audits (at, client_id, hook, hook_instance, assertion_id, patient_ref, order_ref,
		clinician, service, payer, policy, recommendation, missing, missing_text)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
		o.At, o.ClientID, o.Hook, o.HookInstance, o.AssertionID, o.Patient, o.Order,
		o.Clinician, o.Service, o.Payer, o.Policy, o.Recommendation, o.Missing, o.MissingText)
	if err != nil {
		return fmt.Errorf("cds: record order audit: %w", err)
	}
	return nil
}
