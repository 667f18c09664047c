package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/umassist/umassist"
)

// ReviewStore runs the reviewer workflow: claims, decisions and new
// information, each one transaction with its audit entries.
type ReviewStore struct {
	Pool  *pgxpool.Pool
	Queue Enqueuer // re-drafts after new information; nil: not enqueued
	// Submissions sends approved pre-submission cases (opened from an
	// order) to their payer; nil: approval sends nothing.
	Submissions SubmissionEnqueuer
	// LeaseTTL is how long a claim lasts unless renewed.
	LeaseTTL time.Duration
	NowFunc  func() time.Time
	// Answers, when set, files the ordering clinician's answer (the n-th
	// for the case) as a note on the patient's record, in the same
	// transaction, so that the re-draft reads it (fhirstore.NewAnswer).
	Answers AnswerFiler
}

// AnswerFiler makes the record that files an answer to a request for
// information.
type AnswerFiler func(c *umassist.Case, n int, text string, recordedBy umassist.Actor, received time.Time) (TxWriter, error)

// DefaultLeaseTTL is a claim's default length: long enough to review a
// case, short enough that an abandoned case returns to the queue.
const DefaultLeaseTTL = 30 * time.Minute

// NewReviewStore returns a store with the real clock.
func NewReviewStore(pool *pgxpool.Pool, q Enqueuer) *ReviewStore {
	return &ReviewStore{Pool: pool, Queue: q, LeaseTTL: DefaultLeaseTTL, NowFunc: time.Now}
}

func (s *ReviewStore) now() time.Time {
	if s.NowFunc == nil {
		return time.Now()
	}
	return s.NowFunc()
}

func lockCase(ctx context.Context, tx pgx.Tx, id string) (*umassist.Case, error) {
	c, err := scanCase(tx.QueryRow(ctx, `SELECT `+caseColumns+` FROM cases WHERE id = $1 FOR UPDATE`, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, umassist.Errorf(umassist.ENOTFOUND, "case %s not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("case: lock %s: %w", id, err)
	}
	return c, nil
}

// Decide records a reviewer's decision: the case is locked, the workflow
// rule and the actor's claim are checked, the action and its audit entry are
// written and the claim is released, all in one transaction. Of two
// concurrent decisions on one case exactly one wins; the other gets
// ECONFLICT.
func (s *ReviewStore) Decide(ctx context.Context, a umassist.ReviewAction) (*umassist.Case, int64, error) {
	if err := a.Validate(); err != nil {
		return nil, 0, err
	}
	now := s.now()
	var out *umassist.Case
	var id int64
	err := InTx(ctx, s.Pool, func(tx pgx.Tx) error {
		c, err := lockCase(ctx, tx, a.CaseID)
		if err != nil {
			return err
		}
		if err := umassist.CheckTransition(c.Status, a.Actor.Role, a.Outcome); err != nil {
			return err
		}
		cl, err := activeClaim(ctx, tx, a.CaseID, now)
		if err != nil {
			return err
		}
		if cl == nil || cl.UserID != a.Actor.ID {
			if cl != nil {
				return umassist.Errorf(umassist.ECONFLICT, "case %s is claimed by %s", a.CaseID, cl.UserName)
			}
			return umassist.Errorf(umassist.ECONFLICT, "claim case %s before deciding it (your claim may have expired)", a.CaseID)
		}
		if a.DraftVersion > 0 {
			var latest int
			if err := tx.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM drafts WHERE case_id = $1`, a.CaseID).Scan(&latest); err != nil {
				return fmt.Errorf("review: latest draft: %w", err)
			}
			if latest != a.DraftVersion {
				return umassist.Errorf(umassist.ECONFLICT, "the draft changed (version %d is now %d): reload the case", a.DraftVersion, latest)
			}
		}
		// An approval is held to the draft it decides (the newest).
		d, _, err := LatestDraft(ctx, tx, a.CaseID)
		if err != nil && umassist.ErrorCode(err) != umassist.ENOTFOUND {
			return err
		}
		if err := a.CheckOverride(d); err != nil {
			return err
		}
		if id, err = RecordAction(ctx, tx, a); err != nil {
			return err
		}
		if a.Outcome == umassist.OutcomeApproved && s.Submissions != nil {
			// A BPO's case from an order goes to the payer once a nurse
			// approves it, in this transaction: approved and queued, or
			// neither.
			if _, err := OrderOfCase(ctx, tx, a.CaseID); err == nil {
				if err := s.Submissions.EnqueuePASSubmitTx(ctx, tx, a.CaseID); err != nil {
					return err
				}
			} else if umassist.ErrorCode(err) != umassist.ENOTFOUND {
				return err
			}
		}
		if _, err := tx.Exec(ctx, `DELETE FROM case_claims WHERE case_id = $1`, a.CaseID); err != nil {
			return fmt.Errorf("review: release claim: %w", err)
		}
		out, err = GetCase(ctx, tx, a.CaseID)
		return err
	})
	if err != nil {
		return nil, 0, err
	}
	return out, id, nil
}

// AddInformation stores the ordering clinician's answer on an
// info_requested case and sends the case back to be re-drafted: the status
// change, the answer, the audit entry and the job commit together.
func (s *ReviewStore) AddInformation(ctx context.Context, caseID string, actor umassist.Actor, text string) (*umassist.Case, error) {
	if strings.TrimSpace(text) == "" {
		return nil, umassist.Errorf(umassist.EINVALID, "information: text is required")
	}
	if len(text) > 64<<10 {
		return nil, umassist.Errorf(umassist.EINVALID, "information: text is longer than 64 KiB")
	}
	var out *umassist.Case
	err := InTx(ctx, s.Pool, func(tx pgx.Tx) error {
		var err error
		out, err = s.addInformationTx(ctx, tx, caseID, actor, text)
		return err
	})
	return out, err
}

// addInformationTx is AddInformation inside tx: the answer, its note on
// the record, the status, the audit entry and the re-draft job.
func (s *ReviewStore) addInformationTx(ctx context.Context, tx pgx.Tx, caseID string, actor umassist.Actor, text string) (*umassist.Case, error) {
	c, err := lockCase(ctx, tx, caseID)
	if err != nil {
		return nil, err
	}
	if c.Status != umassist.StatusInfoRequested {
		return nil, umassist.Errorf(umassist.ECONFLICT, "case %s is %s, not waiting for information", caseID, c.Status)
	}
	if _, err := tx.Exec(ctx, `INSERT INTO case_information (case_id, actor_id, text) VALUES ($1, $2, $3)`, caseID, actor.ID, text); err != nil {
		return nil, fmt.Errorf("information: insert: %w", err)
	}
	var n int
	if err := tx.QueryRow(ctx, `SELECT count(*) FROM case_information WHERE case_id = $1`, caseID).Scan(&n); err != nil {
		return nil, fmt.Errorf("information: count: %w", err)
	}
	if s.Answers != nil {
		w, err := s.Answers(c, n, text, actor, s.now())
		if err != nil {
			return nil, err
		}
		refs, err := w.WriteTx(ctx, tx)
		if err != nil {
			return nil, err
		}
		if _, err := AppendAudit(ctx, tx, umassist.AuditEntry{Namespace: c.Namespace, Actor: actor, Action: "fhir.write", CaseID: caseID, Patient: c.Patient, Resources: refs}); err != nil {
			return nil, err
		}
	}
	if err := SetStatus(ctx, tx, caseID, umassist.StatusReceived, umassist.StatusInfoRequested); err != nil {
		return nil, err
	}
	if _, err := tx.Exec(ctx, `DELETE FROM case_claims WHERE case_id = $1`, caseID); err != nil {
		return nil, fmt.Errorf("information: release claim: %w", err)
	}
	if _, err := AppendAudit(ctx, tx, umassist.AuditEntry{Namespace: c.Namespace, Actor: actor, Action: "case.information", CaseID: caseID, Patient: c.Patient}); err != nil {
		return nil, err
	}
	if s.Queue != nil {
		if err := s.Queue.EnqueueReviewTx(ctx, tx, caseID, n); err != nil {
			return nil, fmt.Errorf("information: enqueue re-draft: %w", err)
		}
	}
	return GetCase(ctx, tx, caseID)
}

// Information is an answer supplied for a case.
type Information struct {
	ID        int64     `json:"id"`
	ActorID   string    `json:"actor_id"`
	Text      string    `json:"text"`
	CreatedAt time.Time `json:"created_at"`
}

// ListInformation returns the answers supplied for a case, oldest first.
func ListInformation(ctx context.Context, q Querier, caseID string) ([]Information, error) {
	rows, err := q.Query(ctx, `SELECT id, actor_id, text, created_at FROM case_information WHERE case_id = $1 ORDER BY id`, caseID)
	if err != nil {
		return nil, fmt.Errorf("information: list: %w", err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowToStructByPos[Information])
	if err != nil {
		return nil, fmt.Errorf("information: list: %w", err)
	}
	return out, nil
}

// ListActions returns a case's reviewer actions, oldest first.
func ListActions(ctx context.Context, q Querier, caseID string) ([]umassist.ReviewAction, error) {
	rows, err := q.Query(ctx, `SELECT id, case_id, actor_id, actor_role, actor_name, outcome, reason, passages, question, edited_summary,
		coalesce(draft_version, 0), override_code, created_at FROM review_actions WHERE case_id = $1 ORDER BY id`, caseID)
	if err != nil {
		return nil, fmt.Errorf("review actions: list: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (umassist.ReviewAction, error) {
		var a umassist.ReviewAction
		var role, outcome string
		err := r.Scan(&a.ID, &a.CaseID, &a.Actor.ID, &role, &a.Actor.Name, &outcome, &a.Reason, &a.Passages, &a.Question,
			&a.EditedSummary, &a.DraftVersion, &a.OverrideCode, &a.CreatedAt)
		a.Actor.Role, a.Outcome = umassist.Role(role), umassist.Outcome(outcome)
		return a, err
	})
	if err != nil {
		return nil, fmt.Errorf("review actions: list: %w", err)
	}
	return out, nil
}

// DraftVersion summarises one stored draft.
type DraftVersion struct {
	Version        int                     `json:"version"`
	Recommendation umassist.Recommendation `json:"recommendation"`
	Confidence     float64                 `json:"confidence"`
	Verified       bool                    `json:"verified"`
	Model          string                  `json:"model"`
	PromptVersion  string                  `json:"prompt_version"`
	CreatedAt      time.Time               `json:"created_at"`
}

// ListDraftVersions returns a case's drafts, newest first, without bodies.
func ListDraftVersions(ctx context.Context, q Querier, caseID string) ([]DraftVersion, error) {
	rows, err := q.Query(ctx, `SELECT version, recommendation, confidence, verified, model, prompt_version, created_at
		FROM drafts WHERE case_id = $1 ORDER BY version DESC`, caseID)
	if err != nil {
		return nil, fmt.Errorf("draft: list: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (DraftVersion, error) {
		var d DraftVersion
		var rec string
		err := r.Scan(&d.Version, &rec, &d.Confidence, &d.Verified, &d.Model, &d.PromptVersion, &d.CreatedAt)
		d.Recommendation = umassist.Recommendation(rec)
		return d, err
	})
	if err != nil {
		return nil, fmt.Errorf("draft: list: %w", err)
	}
	return out, nil
}

// GetDraftVersion returns one version of a case's draft and its trace.
func GetDraftVersion(ctx context.Context, q Querier, caseID string, version int) (*umassist.Draft, json.RawMessage, error) {
	var body, trace []byte
	err := q.QueryRow(ctx, `SELECT draft, trace FROM drafts WHERE case_id = $1 AND version = $2`, caseID, version).Scan(&body, &trace)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil, umassist.Errorf(umassist.ENOTFOUND, "case %s has no draft version %d", caseID, version)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("draft: get: %w", err)
	}
	var d umassist.Draft
	if err := json.Unmarshal(body, &d); err != nil {
		return nil, nil, fmt.Errorf("draft: decode: %w", err)
	}
	return &d, trace, nil
}
