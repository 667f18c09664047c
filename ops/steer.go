package ops

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
	"github.com/umassist/umassist/postgres"
)

// MinPriority and MaxPriority bound a case's priority (the table checks it).
const (
	MinPriority = -100
	MaxPriority = 100
)

// Assignment is who a case is pointed at and its priority.
type Assignment struct {
	CaseID    string    `json:"case_id"`
	Assignee  string    `json:"assignee"`
	Priority  int       `json:"priority"`
	UpdatedBy string    `json:"updated_by"`
	UpdatedAt time.Time `json:"updated_at"`
}

// canSteer reports whether actor may assign and reprioritise.
func canSteer(a umassist.Actor) error {
	if !a.Human() || (a.Role != umassist.RoleOperator && a.Role != umassist.RoleAdmin) {
		return umassist.Errorf(umassist.EFORBIDDEN, "ops: only operators and admins assign and reprioritise cases")
	}
	return nil
}

// Assign points an open case at a reviewer (assignee "" unassigns) with a
// priority, in one transaction with its audit entry ("case.assign"; the
// detail keeps the previous and new values). It never changes the case's
// status nor who holds its claim: the reviewer still claims it.
func Assign(ctx context.Context, pool *pgxpool.Pool, caseID, assignee string, priority int, actor umassist.Actor, now time.Time) (*Assignment, error) {
	if err := canSteer(actor); err != nil {
		return nil, err
	}
	assignee = strings.TrimSpace(assignee)
	if len(assignee) > 64 {
		return nil, umassist.Errorf(umassist.EINVALID, "ops: assignee id is too long")
	}
	if priority < MinPriority || priority > MaxPriority {
		return nil, umassist.Errorf(umassist.EINVALID, "ops: priority must be between %d and %d", MinPriority, MaxPriority)
	}
	out := &Assignment{CaseID: caseID, Assignee: assignee, Priority: priority, UpdatedBy: actor.ID, UpdatedAt: now}
	err := postgres.InTx(ctx, pool, func(tx pgx.Tx) error {
		c, err := lockCase(ctx, tx, caseID)
		if err != nil {
			return err
		}
		if c.status.Closed() {
			return umassist.Errorf(umassist.ECONFLICT, "ops: case %s is already %s", caseID, c.status)
		}
		if assignee != "" {
			u, err := postgres.GetUser(ctx, tx, assignee)
			if err != nil {
				if umassist.ErrorCode(err) == umassist.ENOTFOUND {
					return umassist.Errorf(umassist.EINVALID, "ops: no user %q to assign to", assignee)
				}
				return err
			}
			if u.Role != umassist.RoleNurse && u.Role != umassist.RolePhysician {
				return umassist.Errorf(umassist.EINVALID, "ops: %s is not a reviewer", assignee)
			}
			if c.status == umassist.StatusEscalated && u.Role != umassist.RolePhysician {
				return umassist.Errorf(umassist.EINVALID, "ops: case %s was escalated: assign it to a physician", caseID)
			}
		}
		var prevAssignee string
		var prevPriority int
		if err := tx.QueryRow(ctx, qAssign, caseID, assignee, priority, actor.ID, now).Scan(&prevAssignee, &prevPriority); err != nil {
			if postgres.IsRowSecurityViolation(err) {
				return umassist.Errorf(umassist.EINVALID, "ops: %s does not work for this case's client", assignee)
			}
			return fmt.Errorf("ops: assign %s: %w", caseID, err)
		}
		detail, _ := json.Marshal(map[string]any{
			"assignee": assignee, "priority": priority, "previous_assignee": prevAssignee, "previous_priority": prevPriority,
		})
		_, err = postgres.AppendAudit(ctx, tx, umassist.AuditEntry{
			At: now, Namespace: c.namespace, Actor: actor, Action: "case.assign", CaseID: caseID, Patient: c.patient, Detail: detail,
		})
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Assignments returns the assignments of the given cases, by case id.
func Assignments(ctx context.Context, q postgres.Querier, caseIDs []string) (map[string]Assignment, error) {
	rows, err := q.Query(ctx, qAssignmentsFor, caseIDs)
	if err != nil {
		return nil, fmt.Errorf("ops: assignments: %w", err)
	}
	list, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (Assignment, error) {
		var a Assignment
		return a, r.Scan(&a.CaseID, &a.Assignee, &a.Priority, &a.UpdatedBy, &a.UpdatedAt)
	})
	if err != nil {
		return nil, fmt.Errorf("ops: assignments: %w", err)
	}
	out := make(map[string]Assignment, len(list))
	for _, a := range list {
		out[a.CaseID] = a
	}
	return out, nil
}

// ExtendTimeframe records an extension of a case's review clock (CMS-0057-F
// permits one, e.g. while information is awaited) with its audit entry.
func ExtendTimeframe(ctx context.Context, pool *pgxpool.Pool, caseID string, newDue time.Time, reason string, actor umassist.Actor, now time.Time) error {
	if err := canSteer(actor); err != nil {
		return err
	}
	if strings.TrimSpace(reason) == "" {
		return umassist.Errorf(umassist.EINVALID, "ops: an extension needs a reason")
	}
	return postgres.InTx(ctx, pool, func(tx pgx.Tx) error {
		c, err := lockCase(ctx, tx, caseID)
		if err != nil {
			return err
		}
		if !newDue.After(c.due) {
			return umassist.Errorf(umassist.EINVALID, "ops: the new due time must be after %s", c.due.UTC().Format(time.RFC3339))
		}
		var id int64
		if err := tx.QueryRow(ctx, qExtend, caseID, now, newDue, reason, actor.ID).Scan(&id); err != nil {
			return fmt.Errorf("ops: extend %s: %w", caseID, err)
		}
		detail, _ := json.Marshal(map[string]any{"extension_id": id, "new_due_at": newDue.UTC()})
		_, err = postgres.AppendAudit(ctx, tx, umassist.AuditEntry{
			At: now, Namespace: c.namespace, Actor: actor, Action: "case.extend", CaseID: caseID, Patient: c.patient, Detail: detail,
		})
		return err
	})
}

// AppealOutcome is how an appeal of a denial ended.
type AppealOutcome string

const (
	AppealApproved AppealOutcome = "approved" // the denial was overturned
	AppealUpheld   AppealOutcome = "upheld"
)

// FileAppeal records an appeal of a denied case.
func FileAppeal(ctx context.Context, pool *pgxpool.Pool, caseID string, actor umassist.Actor, now time.Time) (int64, error) {
	if !actor.Human() {
		return 0, umassist.Errorf(umassist.EFORBIDDEN, "ops: an appeal is filed by a person")
	}
	var id int64
	err := postgres.InTx(ctx, pool, func(tx pgx.Tx) error {
		c, err := lockCase(ctx, tx, caseID)
		if err != nil {
			return err
		}
		if c.status != umassist.StatusDenied {
			return umassist.Errorf(umassist.ECONFLICT, "ops: only a denied case can be appealed; %s is %s", caseID, c.status)
		}
		if err := tx.QueryRow(ctx, qAppealFile, caseID, now, actor.ID).Scan(&id); err != nil {
			return fmt.Errorf("ops: file appeal %s: %w", caseID, err)
		}
		detail, _ := json.Marshal(map[string]any{"appeal_id": id})
		_, err = postgres.AppendAudit(ctx, tx, umassist.AuditEntry{
			At: now, Namespace: c.namespace, Actor: actor, Action: "appeal.file", CaseID: caseID, Patient: c.patient, Detail: detail,
		})
		return err
	})
	return id, err
}

// DecideAppeal records an appeal's outcome. Only a physician decides an
// appeal: the AI never takes part in a determination.
func DecideAppeal(ctx context.Context, pool *pgxpool.Pool, appealID int64, outcome AppealOutcome, actor umassist.Actor, now time.Time) error {
	if !actor.Human() || actor.Role != umassist.RolePhysician {
		return umassist.Errorf(umassist.EFORBIDDEN, "ops: only a physician reviewer decides an appeal")
	}
	if outcome != AppealApproved && outcome != AppealUpheld {
		return umassist.Errorf(umassist.EINVALID, "ops: appeal outcome must be approved or upheld, not %q", outcome)
	}
	return postgres.InTx(ctx, pool, func(tx pgx.Tx) error {
		var caseID string
		err := tx.QueryRow(ctx, qAppealDecide, appealID, string(outcome), now).Scan(&caseID)
		if errors.Is(err, pgx.ErrNoRows) {
			return umassist.Errorf(umassist.ENOTFOUND, "ops: no pending appeal %d", appealID)
		}
		if err != nil {
			return fmt.Errorf("ops: decide appeal %d: %w", appealID, err)
		}
		c, err := lockCase(ctx, tx, caseID)
		if err != nil {
			return err
		}
		detail, _ := json.Marshal(map[string]any{"appeal_id": appealID, "outcome": outcome})
		_, err = postgres.AppendAudit(ctx, tx, umassist.AuditEntry{
			At: now, Namespace: c.namespace, Actor: actor, Action: "appeal." + string(outcome), CaseID: caseID, Patient: c.patient, Detail: detail,
		})
		return err
	})
}

type lockedCase struct {
	namespace, patient string
	status             umassist.CaseStatus
	due                time.Time
}

func lockCase(ctx context.Context, tx pgx.Tx, id string) (*lockedCase, error) {
	var c lockedCase
	var st string
	err := tx.QueryRow(ctx, qCaseForUpdate, id).Scan(&c.namespace, &c.patient, &st, &c.due)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, umassist.Errorf(umassist.ENOTFOUND, "case %s not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("ops: lock case %s: %w", id, err)
	}
	c.status = umassist.CaseStatus(st)
	return &c, nil
}
