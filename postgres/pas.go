package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

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
	if _, err := tx.Exec(ctx, `INSERT INTO pas_claims (idempotency_key, claim) VALUES ($1, $2)
		ON CONFLICT (namespace, idempotency_key) DO NOTHING`, p.Key, p.Claim); err != nil {
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
