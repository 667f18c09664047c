package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/umassist/umassist"
)

// Claim is a reviewer's lease on a case.
type Claim struct {
	CaseID    string    `json:"case_id"`
	UserID    string    `json:"user_id"`
	UserName  string    `json:"user_name"`
	ClaimedAt time.Time `json:"claimed_at"`
	ExpiresAt time.Time `json:"expires_at"`
}

// Claim gives actor the lease on a case (renewing their own), unless
// someone else holds a live one.
func (s *ReviewStore) Claim(ctx context.Context, caseID string, actor umassist.Actor) (*Claim, error) {
	if actor.Role != umassist.RoleNurse && actor.Role != umassist.RolePhysician {
		return nil, umassist.Errorf(umassist.EFORBIDDEN, "only nurse and physician reviewers claim cases")
	}
	now := s.now()
	ttl := s.LeaseTTL
	if ttl <= 0 {
		ttl = DefaultLeaseTTL
	}
	var out *Claim
	err := InTx(ctx, s.Pool, func(tx pgx.Tx) error {
		c, err := lockCase(ctx, tx, caseID)
		if err != nil {
			return err
		}
		if c.Status.Closed() {
			return umassist.Errorf(umassist.ECONFLICT, "case %s is already %s", caseID, c.Status)
		}
		if c.Status == umassist.StatusEscalated && actor.Role != umassist.RolePhysician {
			return umassist.Errorf(umassist.EFORBIDDEN, "case %s was escalated: a physician reviewer claims it", caseID)
		}
		var cl Claim
		err = tx.QueryRow(ctx, `
			INSERT INTO case_claims (case_id, user_id, user_name, claimed_at, expires_at) VALUES ($1, $2, $3, $4, $5)
			ON CONFLICT (case_id) DO UPDATE SET user_id = excluded.user_id, user_name = excluded.user_name,
				claimed_at = CASE WHEN case_claims.user_id = excluded.user_id AND case_claims.expires_at > $4 THEN case_claims.claimed_at ELSE excluded.claimed_at END,
				expires_at = excluded.expires_at
			WHERE case_claims.user_id = excluded.user_id OR case_claims.expires_at <= $4
			RETURNING case_id, user_id, user_name, claimed_at, expires_at`,
			caseID, actor.ID, actor.Name, now, now.Add(ttl)).Scan(&cl.CaseID, &cl.UserID, &cl.UserName, &cl.ClaimedAt, &cl.ExpiresAt)
		if errors.Is(err, pgx.ErrNoRows) {
			holder, _ := activeClaim(ctx, tx, caseID, now)
			if holder != nil {
				return umassist.Errorf(umassist.ECONFLICT, "case %s is claimed by %s until %s", caseID, holder.UserName, holder.ExpiresAt.UTC().Format("15:04 MST"))
			}
			return umassist.Errorf(umassist.ECONFLICT, "case %s is claimed by someone else", caseID)
		}
		if err != nil {
			return fmt.Errorf("claim: %w", err)
		}
		if _, err := AppendAudit(ctx, tx, umassist.AuditEntry{Namespace: c.Namespace, Actor: actor, Action: "case.claim", CaseID: caseID, Patient: c.Patient}); err != nil {
			return err
		}
		out = &cl
		return nil
	})
	return out, err
}

// ClaimNext claims the case a reviewer should take next: in queue order
// (an operator's priority, then the clock, then the least confident
// draft), among those waiting for a reviewer of actor's role (a nurse:
// ready for review; a physician: escalated first, then ready) that nobody
// holds, preferring those assigned to actor or to no one. ENOTFOUND when
// there is none.
func (s *ReviewStore) ClaimNext(ctx context.Context, actor umassist.Actor) (*Claim, error) {
	statuses := []string{string(umassist.StatusReadyForReview)}
	if actor.Role == umassist.RolePhysician {
		statuses = append([]string{string(umassist.StatusEscalated)}, statuses...)
	}
	// A few tries: another reviewer may claim the same case first.
	for range 5 {
		var id string
		err := s.Pool.QueryRow(ctx, `
			SELECT c.id FROM cases c
			LEFT JOIN LATERAL (SELECT confidence FROM drafts WHERE case_id = c.id ORDER BY version DESC LIMIT 1) d ON true
			LEFT JOIN case_assignments a ON a.case_id = c.id
			WHERE c.namespace = '' AND c.status = ANY($1)
				AND NOT EXISTS (SELECT 1 FROM case_claims cl WHERE cl.case_id = c.id AND cl.expires_at > $2 AND cl.user_id <> $3)
				AND coalesce(a.assignee, '') IN ('', $3)
			ORDER BY array_position($1::text[], c.status), -coalesce(a.priority, 0), c.due_at, coalesce(d.confidence, 2.0), c.id
			LIMIT 1`, statuses, s.now(), actor.ID).Scan(&id)
		if errors.Is(err, pgx.ErrNoRows) {
			return nil, umassist.Errorf(umassist.ENOTFOUND, "no case is waiting for a %s reviewer", actor.Role)
		}
		if err != nil {
			return nil, fmt.Errorf("claim next: %w", err)
		}
		cl, err := s.Claim(ctx, id, actor)
		if umassist.ErrorCode(err) == umassist.ECONFLICT {
			continue
		}
		return cl, err
	}
	return nil, umassist.Errorf(umassist.ECONFLICT, "the next cases were all claimed by others just now: try again")
}

// Release gives up actor's claim. Operators and admins may release anyone's
// claim (reassignment).
func (s *ReviewStore) Release(ctx context.Context, caseID string, actor umassist.Actor) error {
	return InTx(ctx, s.Pool, func(tx pgx.Tx) error {
		c, err := lockCase(ctx, tx, caseID)
		if err != nil {
			return err
		}
		anyone := actor.Role == umassist.RoleOperator || actor.Role == umassist.RoleAdmin
		tag, err := tx.Exec(ctx, `DELETE FROM case_claims WHERE case_id = $1 AND ($2 OR user_id = $3)`, caseID, anyone, actor.ID)
		if err != nil {
			return fmt.Errorf("claim: release: %w", err)
		}
		if tag.RowsAffected() == 0 {
			return umassist.Errorf(umassist.ECONFLICT, "you hold no claim on case %s", caseID)
		}
		_, err = AppendAudit(ctx, tx, umassist.AuditEntry{Namespace: c.Namespace, Actor: actor, Action: "case.release", CaseID: caseID, Patient: c.Patient})
		return err
	})
}

// ActiveClaim returns the live claim on a case, or nil.
func (s *ReviewStore) ActiveClaim(ctx context.Context, caseID string) (*Claim, error) {
	return activeClaim(ctx, s.Pool, caseID, s.now())
}

func activeClaim(ctx context.Context, q Querier, caseID string, now time.Time) (*Claim, error) {
	var cl Claim
	err := q.QueryRow(ctx, `SELECT case_id, user_id, user_name, claimed_at, expires_at FROM case_claims WHERE case_id = $1 AND expires_at > $2`,
		caseID, now).Scan(&cl.CaseID, &cl.UserID, &cl.UserName, &cl.ClaimedAt, &cl.ExpiresAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("claim: get: %w", err)
	}
	return &cl, nil
}
