package postgres_test

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/postgres/pgtest"
)

// The application's role does its work and nothing more: it cannot turn
// the append-only triggers off, rewrite or remove history, change the
// schema, or decide a case by writing its status.
func TestAppRoleCannotRewriteHistory(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.AppDB(t)
	owner, err := postgres.RunsAsOwner(ctx, pool)
	require.NoError(t, err)
	require.False(t, owner, "the app's role is neither a superuser nor the tables' owner")

	// The work: a case, its draft, an audit entry, a reviewer's decision.
	cases := postgres.NewCaseStore(pool, nil)
	nurse := umassist.Actor{ID: "n1", Name: "n1", Role: umassist.RoleNurse}
	require.NoError(t, postgres.CreateUser(ctx, pool, &postgres.User{ID: "n1", Name: "n1", Role: umassist.RoleNurse}))
	c, _, err := cases.Create(ctx, postgres.CreateCase{Patient: "Patient/p1", Actor: nurse, Request: umassist.ServiceRequest{
		Service: umassist.Coding{System: umassist.SystemCPT, Code: "33249"}, Diagnoses: []umassist.Coding{}, Payer: "medicare",
		Urgency: umassist.UrgencyStandard, Date: umassist.MustDate("2026-12-01")}})
	require.NoError(t, err)
	_, err = postgres.SaveDraft(ctx, pool, c.ID, &umassist.Draft{Recommendation: umassist.RecommendApprove, Model: "offline", PromptVersion: "t"}, json.RawMessage(`{}`))
	require.NoError(t, err)
	require.NoError(t, postgres.SetStatus(ctx, pool, c.ID, umassist.StatusReadyForReview))

	refused := []struct {
		name, sql, why string
	}{
		{"switch the triggers off", `SET session_replication_role = replica`, "permission denied to set parameter"},
		{"disable a trigger", `ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`, "must be owner"},
		{"rewrite an audit entry", `UPDATE audit_log SET actor_id = 'someone-else'`, "permission denied for table audit_log"},
		{"remove audit entries", `DELETE FROM audit_log`, "permission denied for table audit_log"},
		{"empty the audit", `TRUNCATE audit_log`, "permission denied for table audit_log"},
		{"rewrite a seal", `UPDATE audit_chain SET hash = ''`, "permission denied for table audit_chain"},
		{"remove a reviewer's action", `DELETE FROM review_actions`, "permission denied for table review_actions"},
		{"approve a case by writing its status", `UPDATE cases SET status = 'approved' WHERE id = '` + c.ID + `'`, "without a reviewer's decision"},
		{"deny a case by writing its status", `UPDATE cases SET status = 'denied' WHERE id = '` + c.ID + `'`, "without a reviewer's decision"},
		{"escalate a case by writing its status", `UPDATE cases SET status = 'escalated' WHERE id = '` + c.ID + `'`, "without a reviewer's decision"},
		{"ask the clinician by writing its status", `UPDATE cases SET status = 'info_requested' WHERE id = '` + c.ID + `'`, "without a reviewer's decision"},
		{"mark a migration applied", `INSERT INTO umassist_migration (version, name) VALUES (9999, 'forged')`, "permission denied"},
		{"drop a table", `DROP TABLE drafts`, "must be owner"},
		{"create a table", `CREATE TABLE shadow (id int)`, "permission denied for schema public"},
	}
	for _, r := range refused {
		_, err := pool.Exec(ctx, r.sql)
		require.ErrorContains(t, err, r.why, "the app's role could %s", r.name)
	}
	var status string
	require.NoError(t, pool.QueryRow(ctx, `SELECT status FROM cases WHERE id = $1`, c.ID).Scan(&status))
	require.Equal(t, "ready_for_review", status)

	// Through the workflow, a nurse's approval is recorded and the case
	// becomes approved.
	review := postgres.NewReviewStore(pool, nil)
	_, err = review.Claim(ctx, c.ID, nurse)
	require.NoError(t, err)
	_, _, err = review.Decide(ctx, umassist.ReviewAction{CaseID: c.ID, Actor: nurse, Outcome: umassist.OutcomeApproved, DraftVersion: 1})
	require.NoError(t, err)
	require.NoError(t, pool.QueryRow(ctx, `SELECT status FROM cases WHERE id = $1`, c.ID).Scan(&status))
	require.Equal(t, "approved", status)

	// A decision is final: the app's role cannot reopen a case or move it
	// on by writing its status.
	for _, to := range []string{"ready_for_review", "received", "drafting"} {
		_, err := pool.Exec(ctx, `UPDATE cases SET status = $2 WHERE id = $1`, c.ID, to)
		require.ErrorContains(t, err, "cannot go from approved to "+to)
	}

	// The statuses the system sets follow the workflow too: no case is
	// put before a reviewer without a draft.
	c2, _, err := cases.Create(ctx, postgres.CreateCase{Patient: "Patient/p1", Actor: nurse, Request: c.Request})
	require.NoError(t, err)
	_, err = pool.Exec(ctx, `UPDATE cases SET status = 'ready_for_review' WHERE id = $1`, c2.ID)
	require.ErrorContains(t, err, "without a draft")
	_, err = pool.Exec(ctx, `UPDATE cases SET status = 'failed' WHERE id = $1`, c2.ID)
	require.ErrorContains(t, err, "cannot go from received to failed")

	// An older approval does not let a later status write through: the
	// newest action must be the decision.
	_, err = postgres.SaveDraft(ctx, pool, c2.ID, &umassist.Draft{Recommendation: umassist.RecommendApprove, Model: "offline", PromptVersion: "t"}, json.RawMessage(`{}`))
	require.NoError(t, err)
	require.NoError(t, postgres.SetStatus(ctx, pool, c2.ID, umassist.StatusReadyForReview))
	err = pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
		for _, outcome := range []string{"approved", "escalated"} {
			if _, err := tx.Exec(ctx, `INSERT INTO review_actions (case_id, actor_id, actor_role, outcome, reason, created_at)
				VALUES ($1, 'n1', 'nurse', $2, 'second look', $3)`, c2.ID, outcome, time.Now()); err != nil {
				return err
			}
		}
		if _, err := tx.Exec(ctx, `UPDATE cases SET status = 'escalated' WHERE id = $1`, c2.ID); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `UPDATE cases SET status = 'approved' WHERE id = $1`, c2.ID)
		return err
	})
	require.ErrorContains(t, err, "without a reviewer's decision", "a stale approval does not approve again")
}
