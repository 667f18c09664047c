package postgres

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/umassist/umassist"
)

// ClinicianQuery is a question to the ordering clinician sent as a
// single-use link.
type ClinicianQuery struct {
	ID         int64      `json:"id"`
	CaseID     string     `json:"case_id"`
	Question   string     `json:"question"`
	CreatedBy  string     `json:"created_by"`
	CreatedAt  time.Time  `json:"created_at"`
	ExpiresAt  time.Time  `json:"expires_at"`
	AnsweredAt *time.Time `json:"answered_at,omitempty"`
	AnsweredBy string     `json:"answered_by,omitempty"`
}

// QueryTTL is how long a link works: the respond-by a letter gives.
const QueryTTL = 14 * 24 * time.Hour

func hashToken(token string) []byte {
	h := sha256.Sum256([]byte(token))
	return h[:]
}

// OpenQuery makes a link for the case's latest question: the case must
// be waiting for information. Earlier unanswered links for the case stop
// working, so only the newest is out. The token is returned once; only
// its hash is kept.
func (s *ReviewStore) OpenQuery(ctx context.Context, caseID string, by umassist.Actor, token string) (*ClinicianQuery, error) {
	if len(token) < 32 {
		return nil, fmt.Errorf("query: token too short")
	}
	var q ClinicianQuery
	err := InTx(ctx, s.Pool, func(tx pgx.Tx) error {
		c, err := lockCase(ctx, tx, caseID)
		if err != nil {
			return err
		}
		if c.Status != umassist.StatusInfoRequested {
			return umassist.Errorf(umassist.ECONFLICT, "case %s is %s: request information before sending the clinician a link", caseID, c.Status)
		}
		var question string
		err = tx.QueryRow(ctx, `SELECT question FROM review_actions WHERE case_id = $1 AND outcome = 'info_requested'
			ORDER BY id DESC LIMIT 1`, caseID).Scan(&question)
		if err != nil || strings.TrimSpace(question) == "" {
			return umassist.Errorf(umassist.ECONFLICT, "case %s has no question for the clinician", caseID)
		}
		now := s.now()
		if _, err := tx.Exec(ctx, `UPDATE clinician_queries SET expires_at = $2 WHERE case_id = $1 AND answered_at IS NULL AND expires_at > $2`, caseID, now); err != nil {
			return fmt.Errorf("query: retire earlier links: %w", err)
		}
		q = ClinicianQuery{CaseID: caseID, Question: question, CreatedBy: by.ID, CreatedAt: now, ExpiresAt: now.Add(QueryTTL)}
		if err := tx.QueryRow(ctx, `INSERT INTO clinician_queries (case_id, token_hash, question, created_by, created_at, expires_at)
			VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`, caseID, hashToken(token), question, by.ID, now, q.ExpiresAt).Scan(&q.ID); err != nil {
			return fmt.Errorf("query: insert: %w", err)
		}
		_, err = AppendAudit(ctx, tx, umassist.AuditEntry{Namespace: c.Namespace, Actor: by, Action: "query.sent", CaseID: caseID, Patient: c.Patient,
			Detail: json.RawMessage(fmt.Sprintf(`{"query": %d, "expires_at": %q}`, q.ID, q.ExpiresAt.UTC().Format(time.RFC3339)))})
		return err
	})
	if err != nil {
		return nil, err
	}
	return &q, nil
}

// errLinkUsed is what every unusable link answers: unknown, used,
// expired or for a case no longer waiting all look the same from outside.
var errLinkUsed = umassist.Errorf(umassist.ENOTFOUND, "this link has been used, has expired, or the question was withdrawn")

// QueryByToken returns a link's query and case while it can be answered.
func (s *ReviewStore) QueryByToken(ctx context.Context, token string) (*ClinicianQuery, *umassist.Case, error) {
	q, err := scanQuery(s.Pool.QueryRow(ctx, `SELECT `+queryColumns+` FROM clinician_queries WHERE token_hash = $1`, hashToken(token)))
	if err != nil {
		return nil, nil, err
	}
	c, err := GetCase(ctx, s.Pool, q.CaseID)
	if err != nil {
		return nil, nil, err
	}
	if q.AnsweredAt != nil || !s.now().Before(q.ExpiresAt) || c.Status != umassist.StatusInfoRequested {
		return nil, nil, errLinkUsed
	}
	return q, c, nil
}

// AnswerQuery files the clinician's answer through a link, once: the
// link is spent, the answer is on the record, and the case is re-drafted,
// in one transaction.
func (s *ReviewStore) AnswerQuery(ctx context.Context, token, clinician, text string) (*umassist.Case, error) {
	clinician = strings.TrimSpace(clinician)
	switch {
	case clinician == "":
		return nil, umassist.Errorf(umassist.EINVALID, "please give your name and credentials")
	case len(clinician) > 200:
		return nil, umassist.Errorf(umassist.EINVALID, "the name is longer than 200 characters")
	case strings.TrimSpace(text) == "":
		return nil, umassist.Errorf(umassist.EINVALID, "please write your answer")
	case len(text) > 64<<10:
		return nil, umassist.Errorf(umassist.EINVALID, "the answer is longer than 64 KiB")
	}
	var out *umassist.Case
	err := InTx(ctx, s.Pool, func(tx pgx.Tx) error {
		now := s.now()
		var id int64
		var caseID string
		err := tx.QueryRow(ctx, `UPDATE clinician_queries SET answered_at = $2, answered_by = $3
			WHERE token_hash = $1 AND answered_at IS NULL AND expires_at > $2 RETURNING id, case_id`,
			hashToken(token), now, clinician).Scan(&id, &caseID)
		if errors.Is(err, pgx.ErrNoRows) {
			return errLinkUsed
		}
		if err != nil {
			return fmt.Errorf("query: answer: %w", err)
		}
		actor := umassist.Actor{ID: fmt.Sprintf("clinician-link:%d", id), Name: clinician, Role: umassist.RoleOrderingClinician}
		out, err = s.addInformationTx(ctx, tx, caseID, actor, text)
		if umassist.ErrorCode(err) == umassist.ECONFLICT {
			return errLinkUsed // the case stopped waiting: the question was withdrawn
		}
		return err
	})
	return out, err
}

// Queries lists a case's links, newest first.
func (s *ReviewStore) Queries(ctx context.Context, caseID string) ([]ClinicianQuery, error) {
	rows, err := s.Pool.Query(ctx, `SELECT `+queryColumns+` FROM clinician_queries WHERE case_id = $1 ORDER BY id DESC`, caseID)
	if err != nil {
		return nil, fmt.Errorf("query: list: %w", err)
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (ClinicianQuery, error) {
		q, err := scanQuery(r)
		if err != nil {
			return ClinicianQuery{}, err
		}
		return *q, nil
	})
}

const queryColumns = `id, case_id, question, created_by, created_at, expires_at, answered_at, answered_by`

func scanQuery(row pgx.Row) (*ClinicianQuery, error) {
	var q ClinicianQuery
	err := row.Scan(&q.ID, &q.CaseID, &q.Question, &q.CreatedBy, &q.CreatedAt, &q.ExpiresAt, &q.AnsweredAt, &q.AnsweredBy)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, errLinkUsed
	}
	if err != nil {
		return nil, fmt.Errorf("query: %w", err)
	}
	return &q, nil
}
