package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/umassist/umassist"
)

// PASKey is the idempotency key of a case received over PAS: a resubmitted
// Claim (same identifier) finds its case instead of opening another.
func PASKey(system, value string) string { return "pas:" + system + "|" + value }

// PASIntake writes a PAS request's records and its Claim in the case's
// own transaction: a refused or replayed request writes neither.
type PASIntake struct {
	Records TxWriter
	Key     string          // PASKey of the Claim
	Claim   json.RawMessage // the Claim as read, for the responses
}

var _ TxWriter = (*PASIntake)(nil)

// WriteTx implements TxWriter.
func (p *PASIntake) WriteTx(ctx context.Context, tx pgx.Tx) ([]string, error) {
	var refs []string
	if p.Records != nil {
		var err error
		if refs, err = p.Records.WriteTx(ctx, tx); err != nil {
			return nil, err
		}
	}
	// Only a new case writes its Claim (CaseStore.Create finds a resubmitted
	// one first), so a Claim already there was received a moment ago, or
	// for a client this caller does not work for: a conflict either way.
	if _, err := tx.Exec(ctx, `INSERT INTO pas_claims (idempotency_key, claim) VALUES ($1, $2)`, p.Key, p.Claim); err != nil {
		if IsUniqueViolation(err) {
			return nil, umassist.Errorf(umassist.ECONFLICT, "pas: a Claim with this identifier was already received")
		}
		return nil, fmt.Errorf("pas: store claim: %w", err)
	}
	return refs, nil
}

// PASCase finds the case a PAS Claim opened, with the Claim as stored;
// ENOTFOUND when no such Claim was received.
func PASCase(ctx context.Context, q Querier, key string) (*umassist.Case, json.RawMessage, error) {
	var id string
	var claim json.RawMessage
	err := q.QueryRow(ctx, `SELECT c.id, p.claim FROM pas_claims p
		JOIN cases c ON c.namespace = p.namespace AND c.idempotency_key = p.idempotency_key
		WHERE p.namespace = '' AND p.idempotency_key = $1`, key).Scan(&id, &claim)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil, umassist.Errorf(umassist.ENOTFOUND, "pas: no prior-authorization request with that identifier")
	}
	if err != nil {
		return nil, nil, fmt.Errorf("pas: find claim: %w", err)
	}
	c, err := GetCase(ctx, q, id)
	if err != nil {
		return nil, nil, err
	}
	return c, claim, nil
}

// PASSubmission is an approved pre-submission case sent to its payer.
type PASSubmission struct {
	CaseID        string     `json:"case_id"`
	Payer         string     `json:"payer"`
	Service       string     `json:"service"`
	Endpoint      string     `json:"endpoint"`
	ClaimSystem   string     `json:"claim_system"`
	ClaimValue    string     `json:"claim_value"`
	SubmittedAt   *time.Time `json:"submitted_at,omitempty"`
	Action        string     `json:"action"` // X12 278 review action code
	PreAuthRef    string     `json:"pre_auth_ref,omitempty"`
	Disposition   string     `json:"disposition,omitempty"`
	HumanReviewed bool       `json:"human_reviewed"`
	FinalAt       *time.Time `json:"final_at,omitempty"`
	Inquiries     int        `json:"inquiries"`
	LastError     string     `json:"last_error,omitempty"`
	// AppealCaseID is the case opened to appeal a non-certification.
	AppealCaseID string `json:"appeal_case_id,omitempty"`
}

// SavePASSubmission writes a submission's state.
func SavePASSubmission(ctx context.Context, q Querier, s PASSubmission) error {
	_, err := q.Exec(ctx, `INSERT INTO pas_submissions (case_id, payer, service, endpoint, claim_system, claim_value, submitted_at,
			action, pre_auth_ref, disposition, human_reviewed, final_at, inquiries, last_error, appeal_case_id, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, nullif($15, ''), now())
		ON CONFLICT (case_id) DO UPDATE SET payer = $2, service = $3, endpoint = $4, claim_system = $5, claim_value = $6,
			submitted_at = $7, action = $8, pre_auth_ref = $9, disposition = $10, human_reviewed = $11, final_at = $12,
			inquiries = $13, last_error = $14, appeal_case_id = nullif($15, ''), updated_at = now()`,
		s.CaseID, s.Payer, s.Service, s.Endpoint, s.ClaimSystem, s.ClaimValue, s.SubmittedAt,
		s.Action, s.PreAuthRef, s.Disposition, s.HumanReviewed, s.FinalAt, s.Inquiries, s.LastError, s.AppealCaseID)
	if err != nil {
		return fmt.Errorf("pas: save submission: %w", err)
	}
	return nil
}

// GetPASSubmission reads a case's submission; ENOTFOUND before one.
func GetPASSubmission(ctx context.Context, q Querier, caseID string) (*PASSubmission, error) {
	var s PASSubmission
	err := q.QueryRow(ctx, `SELECT case_id, payer, service, endpoint, claim_system, claim_value, submitted_at, action, pre_auth_ref,
		disposition, human_reviewed, final_at, inquiries, last_error, coalesce(appeal_case_id, '') FROM pas_submissions WHERE case_id = $1`, caseID).Scan(
		&s.CaseID, &s.Payer, &s.Service, &s.Endpoint, &s.ClaimSystem, &s.ClaimValue, &s.SubmittedAt, &s.Action, &s.PreAuthRef,
		&s.Disposition, &s.HumanReviewed, &s.FinalAt, &s.Inquiries, &s.LastError, &s.AppealCaseID)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, umassist.Errorf(umassist.ENOTFOUND, "case %s has not been submitted to a payer", caseID)
	}
	if err != nil {
		return nil, fmt.Errorf("pas: submission: %w", err)
	}
	return &s, nil
}
