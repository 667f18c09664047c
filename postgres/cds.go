package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/umassist/umassist"
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
	At time.Time
	// CDSClient is the registration (the JWT's sub) of the EHR that sent
	// the order; Client is the umassist client it is worked for.
	CDSClient    string
	Client       string
	Hook         string
	HookInstance string
	AssertionID  string
	Patient      string
	Order        string
	Clinician    string
	// Practice is the ordering clinician's organisation, when the EHR said.
	Practice       string
	Service        string
	Payer          string
	Policy         string
	Recommendation string
	Missing        []string // criterion ids
	MissingText    []string // their wording
	// CaseID is the pre-submission case the order opened, if it opened one.
	CaseID string
}

// AddOrderAudit records one audited order; with no client named, the
// default one.
func AddOrderAudit(ctx context.Context, q Querier, o OrderAudit) error {
	if o.Missing == nil {
		o.Missing, o.MissingText = []string{}, []string{}
	}
	if o.Client == "" {
		o.Client = DefaultClient
	}
	_, err := q.Exec(ctx, `INSERT INTO order_audits (at, cds_client, client_id, hook, hook_instance, assertion_id, patient_ref, order_ref,
		clinician, practice, service, payer, policy, recommendation, missing, missing_text, case_id)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, nullif($17, ''))`,
		o.At, o.CDSClient, o.Client, o.Hook, o.HookInstance, o.AssertionID, o.Patient, o.Order,
		o.Clinician, o.Practice, o.Service, o.Payer, o.Policy, o.Recommendation, o.Missing, o.MissingText, o.CaseID)
	if IsForeignKeyViolation(err) {
		return umassist.Errorf(umassist.EINVALID, "cds: unknown client %q", o.Client)
	}
	if err != nil {
		return fmt.Errorf("cds: record order audit: %w", err)
	}
	return nil
}

// CaseOrder is the order a pre-submission case was opened for.
type CaseOrder struct {
	CDSClient string // the EHR's registration
	Order     string // "ServiceRequest/abc", stored with the case's records
	Clinician string // the ordering user, "PractitionerRole/x"
	Payer     string
}

// OrderOfCase returns the order a case was opened for at order-sign;
// ENOTFOUND for a case that did not come from an order.
func OrderOfCase(ctx context.Context, q Querier, caseID string) (*CaseOrder, error) {
	var o CaseOrder
	err := q.QueryRow(ctx, `SELECT cds_client, order_ref, clinician, payer FROM order_audits
		WHERE case_id = $1 ORDER BY id DESC LIMIT 1`, caseID).Scan(&o.CDSClient, &o.Order, &o.Clinician, &o.Payer)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, umassist.Errorf(umassist.ENOTFOUND, "case %s was not opened from an order", caseID)
	}
	if err != nil {
		return nil, fmt.Errorf("cds: order of case: %w", err)
	}
	return &o, nil
}
