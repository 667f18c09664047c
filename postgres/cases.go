package postgres

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/umassist/umassist"
)

// Enqueuer puts a case on the agent's work queue inside the transaction that
// writes the case, so a case is never stored without its job, nor a job
// without its case.
type Enqueuer interface {
	// EnqueueReviewTx drafts caseID for the round-th time: 0 at intake,
	// n after the n-th answer, so a re-draft is never mistaken for a job
	// still finishing the draft before it.
	EnqueueReviewTx(ctx context.Context, tx pgx.Tx, caseID string, round int) error
}

// SubmissionEnqueuer queues a pre-submission case for its payer (Da Vinci
// PAS) in the transaction that approves it.
type SubmissionEnqueuer interface {
	EnqueuePASSubmitTx(ctx context.Context, tx pgx.Tx, caseID string) error
}

// CaseStore keeps review cases.
type CaseStore struct {
	Pool  *pgxpool.Pool
	Queue Enqueuer // nil: cases are stored without a job (imports, tests)
	// NowFunc and NewIDFunc are swappable for reproducible tests.
	NowFunc   func() time.Time
	NewIDFunc func() string
}

// NewCaseStore returns a store with the real clock and random ids.
func NewCaseStore(pool *pgxpool.Pool, q Enqueuer) *CaseStore {
	return &CaseStore{Pool: pool, Queue: q, NowFunc: time.Now, NewIDFunc: NewCaseID}
}

// NewCaseID returns a random, URL-safe case id such as "case_7k2m9x4q1t".
func NewCaseID() string {
	const alphabet = "0123456789abcdefghjkmnpqrstvwxyz"
	b := make([]byte, 12)
	_, _ = rand.Read(b)
	for i := range b {
		b[i] = alphabet[int(b[i])%len(alphabet)]
	}
	return "case_" + string(b)
}

// CreateCase is what intake supplies.
type CreateCase struct {
	ID             string // optional: eval runs use the dataset's ids
	Namespace      string
	Patient        string // "Patient/123"
	Request        umassist.ServiceRequest
	IdempotencyKey string
	ReceivedAt     time.Time // zero: now
	Actor          umassist.Actor
	// Client is whom the case is worked for; a signed-in person may only
	// create cases of their own clients. Empty: see clientFor.
	Client string
	// Records, when set, writes the patient's records submitted with the
	// case (an intake bundle) in the case's own transaction: a refused or
	// replayed request writes none of them, and each one written is
	// audited with the patient.
	Records TxWriter
}

// TxWriter writes records in a transaction and returns their references
// ("Observation/1").
type TxWriter interface {
	WriteTx(ctx context.Context, tx pgx.Tx) ([]string, error)
}

// Create stores a case, enqueues its review job and writes the audit entry,
// all in one transaction. With an idempotency key already used in the same
// namespace, it returns the existing case and created=false.
func (s *CaseStore) Create(ctx context.Context, in CreateCase) (c *umassist.Case, created bool, err error) {
	if err := in.Request.Validate(); err != nil {
		return nil, false, err
	}
	if !strings.HasPrefix(in.Patient, "Patient/") || len(in.Patient) <= len("Patient/") {
		return nil, false, umassist.Errorf(umassist.EINVALID, "case: patient must be a reference like Patient/123, not %q", in.Patient)
	}
	if in.Actor.ID == "" {
		return nil, false, umassist.Errorf(umassist.EINVALID, "case: the submitting actor is required for the audit log")
	}
	now := s.NowFunc()
	if in.ReceivedAt.IsZero() {
		in.ReceivedAt = now
	}
	id := in.ID
	if id == "" {
		id = s.NewIDFunc()
	}
	if in.Client, err = clientFor(ctx, s.Pool, in.Client); err != nil {
		return nil, false, err
	}
	c = &umassist.Case{
		ID: id, Patient: in.Patient, Request: in.Request, Status: umassist.StatusReceived,
		ReceivedAt: in.ReceivedAt, DueAt: in.Request.Urgency.DueAt(in.ReceivedAt),
		Namespace: in.Namespace, Client: in.Client, UpdatedAt: now,
	}
	err = InTx(ctx, s.Pool, func(tx pgx.Tx) error {
		if in.IdempotencyKey != "" {
			existing, err := s.byIdempotencyKey(ctx, tx, in.Namespace, in.IdempotencyKey)
			if err != nil {
				return err
			}
			if existing != nil {
				c = existing
				return nil
			}
		}
		if in.Records != nil {
			refs, err := in.Records.WriteTx(ctx, tx)
			if err != nil {
				return err
			}
			if _, err := AppendAudit(ctx, tx, umassist.AuditEntry{
				Namespace: c.Namespace, Actor: in.Actor, Action: "fhir.write", CaseID: c.ID, Patient: c.Patient, Resources: refs,
			}); err != nil {
				return err
			}
		}
		reqJSON, _ := json.Marshal(in.Request)
		diags, _ := json.Marshal(orEmpty(in.Request.Diagnoses))
		var key any
		if in.IdempotencyKey != "" {
			key = in.IdempotencyKey
		}
		_, err := tx.Exec(ctx, `
			INSERT INTO cases (id, namespace, patient_ref, service_system, service_code, service_display, diagnoses,
				payer, urgency, request_date, request, status, received_at, due_at, idempotency_key, created_at, updated_at, client_id)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'received', $12, $13, $14, $15, $15, $16)`,
			c.ID, c.Namespace, c.Patient, in.Request.Service.System, in.Request.Service.Code, in.Request.Service.Display,
			diags, strings.ToLower(in.Request.Payer), string(in.Request.Urgency), in.Request.Date.Time, reqJSON,
			c.ReceivedAt, c.DueAt, key, now, c.Client)
		if err != nil {
			if IsUniqueViolation(err) {
				return umassist.Errorf(umassist.ECONFLICT, "case %s already exists", c.ID)
			}
			if IsRowSecurityViolation(err) {
				return umassist.Errorf(umassist.EFORBIDDEN, "you do not work for client %s", c.Client)
			}
			if IsForeignKeyViolation(err) {
				return umassist.Errorf(umassist.EINVALID, "unknown client %q", c.Client)
			}
			return fmt.Errorf("case: insert: %w", err)
		}
		if _, err := AppendAudit(ctx, tx, umassist.AuditEntry{
			Namespace: c.Namespace, Actor: in.Actor, Action: "case.create", CaseID: c.ID, Patient: c.Patient,
		}); err != nil {
			return err
		}
		if s.Queue != nil {
			if err := s.Queue.EnqueueReviewTx(ctx, tx, c.ID, 0); err != nil {
				return fmt.Errorf("case: enqueue: %w", err)
			}
		}
		created = true
		return nil
	})
	if err != nil {
		return nil, false, err
	}
	return c, created, nil
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

const caseColumns = `id, namespace, patient_ref, request, status, received_at, due_at, updated_at, client_id`

func scanCase(row pgx.Row) (*umassist.Case, error) {
	var c umassist.Case
	var req []byte
	var status string
	if err := row.Scan(&c.ID, &c.Namespace, &c.Patient, &req, &status, &c.ReceivedAt, &c.DueAt, &c.UpdatedAt, &c.Client); err != nil {
		return nil, err
	}
	c.Status = umassist.CaseStatus(status)
	if err := json.Unmarshal(req, &c.Request); err != nil {
		return nil, fmt.Errorf("case %s: stored request: %w", c.ID, err)
	}
	return &c, nil
}

func (s *CaseStore) byIdempotencyKey(ctx context.Context, q Querier, ns, key string) (*umassist.Case, error) {
	c, err := scanCase(q.QueryRow(ctx, `SELECT `+caseColumns+` FROM cases WHERE namespace = $1 AND idempotency_key = $2`, ns, key))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("case: by idempotency key: %w", err)
	}
	return c, nil
}

// Get returns one case.
func (s *CaseStore) Get(ctx context.Context, id string) (*umassist.Case, error) {
	return GetCase(ctx, s.Pool, id)
}

// GetCase returns one case through any querier (a transaction included).
func GetCase(ctx context.Context, q Querier, id string) (*umassist.Case, error) {
	c, err := scanCase(q.QueryRow(ctx, `SELECT `+caseColumns+` FROM cases WHERE id = $1`, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, umassist.Errorf(umassist.ENOTFOUND, "case %s not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("case: get %s: %w", id, err)
	}
	return c, nil
}

// SetStatus moves a case to a new status, but only from one of the given
// states (optimistic concurrency: two workers cannot both take a case).
func SetStatus(ctx context.Context, q Querier, id string, to umassist.CaseStatus, from ...umassist.CaseStatus) error {
	froms := make([]string, len(from))
	for i, f := range from {
		froms[i] = string(f)
	}
	tag, err := q.Exec(ctx, `UPDATE cases SET status = $2, updated_at = now() WHERE id = $1 AND (cardinality($3::text[]) = 0 OR status = ANY($3))`, id, string(to), froms)
	if err != nil {
		return fmt.Errorf("case: set status %s: %w", to, err)
	}
	if tag.RowsAffected() == 0 {
		if _, err := GetCase(ctx, q, id); err != nil {
			return err
		}
		return umassist.Errorf(umassist.ECONFLICT, "case %s is not in a state that can become %s", id, to)
	}
	return nil
}

// CaseFilter selects cases for a list.
type CaseFilter struct {
	Namespace string
	Statuses  []umassist.CaseStatus
	Limit     int
}

// List returns cases by due time.
func (s *CaseStore) List(ctx context.Context, f CaseFilter) ([]*umassist.Case, error) {
	if f.Limit <= 0 || f.Limit > 1000 {
		f.Limit = 100
	}
	st := make([]string, len(f.Statuses))
	for i, x := range f.Statuses {
		st[i] = string(x)
	}
	rows, err := s.Pool.Query(ctx, `SELECT `+caseColumns+` FROM cases
		WHERE namespace = $1 AND (cardinality($2::text[]) = 0 OR status = ANY($2))
		ORDER BY due_at, id LIMIT $3`, f.Namespace, st, f.Limit)
	if err != nil {
		return nil, fmt.Errorf("case: list: %w", err)
	}
	defer rows.Close()
	var out []*umassist.Case
	for rows.Next() {
		c, err := scanCase(rows)
		if err != nil {
			return nil, fmt.Errorf("case: list: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
