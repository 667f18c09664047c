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

var nurse = umassist.Actor{ID: "u-nurse", Role: umassist.RoleNurse}

func request() umassist.ServiceRequest {
	return umassist.ServiceRequest{
		Service:   umassist.Coding{System: umassist.SystemCPT, Code: "33249"},
		Diagnoses: []umassist.Coding{{System: umassist.SystemICD10CM, Code: "I50.22"}},
		Payer:     "medicare", Urgency: umassist.UrgencyStandard, Date: umassist.MustDate("2026-03-02"),
	}
}

// recordingEnqueuer proves the job is inserted in the case's transaction.
type recordingEnqueuer struct {
	EnqueueFunc func(ctx context.Context, tx pgx.Tx, caseID string) error
}

func (r *recordingEnqueuer) EnqueueReviewTx(ctx context.Context, tx pgx.Tx, caseID string, _ int) error {
	return r.EnqueueFunc(ctx, tx, caseID)
}

func TestMigrateIsIdempotent(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.DB(t)
	res, err := postgres.Migrate(ctx, pool)
	require.NoError(t, err)
	require.Empty(t, res.Applied, "template is already migrated")
	st, err := postgres.Status(ctx, pool)
	require.NoError(t, err)
	require.Empty(t, st.Pending)
	require.Zero(t, st.RiverPending)
	require.NotEmpty(t, st.VectorVersion)
	var v string
	require.NoError(t, pool.QueryRow(ctx, `SELECT '[1,2,3]'::vector <=> '[1,2,4]'::vector`).Scan(new(float64)))
	require.NoError(t, pool.QueryRow(ctx, `SELECT extversion FROM pg_extension WHERE extname = 'vector'`).Scan(&v))
	require.Equal(t, st.VectorVersion, v)
}

func TestAuditLogIsAppendOnly(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.DB(t)
	id, err := postgres.AppendAudit(ctx, pool, umassist.AuditEntry{Actor: nurse, Action: "case.view", CaseID: "c1", Patient: "Patient/p1", Resources: []string{"Observation/o1"}})
	require.NoError(t, err)

	attacks := []struct{ name, sql string }{
		{"update", `UPDATE audit_log SET action = 'nothing' WHERE id = $1`},
		{"delete", `DELETE FROM audit_log WHERE id = $1`},
		{"truncate", `TRUNCATE audit_log`},
		{"update all", `UPDATE audit_log SET actor_id = 'someone-else'`},
	}
	for _, a := range attacks {
		t.Run(a.name, func(t *testing.T) {
			var err error
			if a.name == "truncate" || a.name == "update all" {
				_, err = pool.Exec(ctx, a.sql)
			} else {
				_, err = pool.Exec(ctx, a.sql, id)
			}
			require.ErrorContains(t, err, "append-only")
		})
	}
	// The application role holds no UPDATE or DELETE grant either.
	var canUpdate, canDelete, canInsert bool
	require.NoError(t, pool.QueryRow(ctx, `SELECT has_table_privilege('umassist_app', 'audit_log', 'UPDATE'),
		has_table_privilege('umassist_app', 'audit_log', 'DELETE'), has_table_privilege('umassist_app', 'audit_log', 'INSERT')`).Scan(&canUpdate, &canDelete, &canInsert))
	require.False(t, canUpdate)
	require.False(t, canDelete)
	require.True(t, canInsert)

	got, err := postgres.ListAudit(ctx, pool, postgres.AuditFilter{CaseID: "c1"})
	require.NoError(t, err)
	require.Len(t, got, 1)
	require.Equal(t, "case.view", got[0].Action)
	require.Equal(t, []string{"Observation/o1"}, got[0].Resources)
}

func TestCreateCaseEnqueuesInSameTransaction(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.DB(t)
	var enqueued []string
	store := postgres.NewCaseStore(pool, &recordingEnqueuer{EnqueueFunc: func(ctx context.Context, tx pgx.Tx, caseID string) error {
		// The case must be visible inside the transaction that enqueues it.
		var n int
		require.NoError(t, tx.QueryRow(ctx, `SELECT count(*) FROM cases WHERE id = $1`, caseID).Scan(&n))
		require.Equal(t, 1, n)
		enqueued = append(enqueued, caseID)
		return nil
	}})
	received := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	c, created, err := store.Create(ctx, postgres.CreateCase{Patient: "Patient/p1", Request: request(), IdempotencyKey: "k1", ReceivedAt: received, Actor: nurse})
	require.NoError(t, err)
	require.True(t, created)
	require.Equal(t, []string{c.ID}, enqueued)
	require.Equal(t, received.Add(7*24*time.Hour), c.DueAt)

	again, created, err := store.Create(ctx, postgres.CreateCase{Patient: "Patient/p1", Request: request(), IdempotencyKey: "k1", Actor: nurse})
	require.NoError(t, err)
	require.False(t, created)
	require.Equal(t, c.ID, again.ID)
	require.Len(t, enqueued, 1, "an idempotent retry enqueues nothing")

	got, err := store.Get(ctx, c.ID)
	require.NoError(t, err)
	require.Equal(t, "I50.22", got.Request.Diagnoses[0].Code)
	require.Equal(t, umassist.StatusReceived, got.Status)
}

func TestCreateCaseRollsBackWhenEnqueueFails(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.DB(t)
	store := postgres.NewCaseStore(pool, &recordingEnqueuer{EnqueueFunc: func(context.Context, pgx.Tx, string) error {
		return context.DeadlineExceeded
	}})
	_, _, err := store.Create(ctx, postgres.CreateCase{ID: "case_x", Patient: "Patient/p1", Request: request(), Actor: nurse})
	require.Error(t, err)
	var n int
	require.NoError(t, pool.QueryRow(ctx, `SELECT count(*) FROM cases`).Scan(&n))
	require.Zero(t, n, "no case without its job")
	require.NoError(t, pool.QueryRow(ctx, `SELECT count(*) FROM audit_log`).Scan(&n))
	require.Zero(t, n, "no audit entry for work that did not happen")
}

func TestCreateCaseRejectsBadInput(t *testing.T) {
	t.Parallel()
	store := postgres.NewCaseStore(pgtest.DB(t), nil)
	bad := request()
	bad.Urgency = "whenever"
	tests := []struct {
		name string
		in   postgres.CreateCase
	}{
		{"bad urgency", postgres.CreateCase{Patient: "Patient/p1", Request: bad, Actor: nurse}},
		{"bad patient", postgres.CreateCase{Patient: "p1", Request: request(), Actor: nurse}},
		{"no actor", postgres.CreateCase{Patient: "Patient/p1", Request: request()}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := store.Create(context.Background(), tt.in)
			require.Equal(t, umassist.EINVALID, umassist.ErrorCode(err), "%v", err)
		})
	}
}

func TestNoAIDenial(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.DB(t)
	store := postgres.NewCaseStore(pool, nil)
	c, _, err := store.Create(ctx, postgres.CreateCase{Patient: "Patient/p1", Request: request(), Actor: nurse})
	require.NoError(t, err)

	t.Run("draft with deny is refused by the type", func(t *testing.T) {
		d := &umassist.Draft{Recommendation: "deny", Model: "m", PromptVersion: "p"}
		_, err := postgres.SaveDraft(ctx, pool, c.ID, d, nil)
		require.ErrorIs(t, err, umassist.ErrAIDenial)
	})
	t.Run("draft with deny is refused by the database", func(t *testing.T) {
		_, err := pool.Exec(ctx, `INSERT INTO drafts (case_id, version, recommendation, confidence, verified, draft, model, prompt_version)
			VALUES ($1, 1, 'deny', 0.9, true, '{"recommendation":"deny"}', 'm', 'p')`, c.ID)
		require.True(t, postgres.IsCheckViolation(err), "%v", err)
	})
	t.Run("draft json cannot disagree with its column", func(t *testing.T) {
		_, err := pool.Exec(ctx, `INSERT INTO drafts (case_id, version, recommendation, confidence, verified, draft, model, prompt_version)
			VALUES ($1, 1, 'approve', 0.9, true, '{"recommendation":"deny"}', 'm', 'p')`, c.ID)
		require.True(t, postgres.IsCheckViolation(err), "%v", err)
	})
	t.Run("recommendation json refuses deny", func(t *testing.T) {
		var d umassist.Draft
		require.ErrorIs(t, json.Unmarshal([]byte(`{"recommendation":"DENY"}`), &d), umassist.ErrAIDenial)
	})

	denials := []struct {
		name string
		sql  string
		args []any
	}{
		{"agent actor", `INSERT INTO review_actions (case_id, actor_id, actor_role, outcome, reason, passages) VALUES ($1, 'agent', 'agent', 'denied', 'criteria not met per policy', '{NCD 20.4#B3}')`, nil},
		{"nurse", `INSERT INTO review_actions (case_id, actor_id, actor_role, outcome, reason, passages) VALUES ($1, 'n1', 'nurse', 'denied', 'criteria not met per policy', '{NCD 20.4#B3}')`, nil},
		{"physician without reason", `INSERT INTO review_actions (case_id, actor_id, actor_role, outcome, reason, passages) VALUES ($1, 'd1', 'physician', 'denied', '  ', '{NCD 20.4#B3}')`, nil},
		{"physician without passage", `INSERT INTO review_actions (case_id, actor_id, actor_role, outcome, reason) VALUES ($1, 'd1', 'physician', 'denied', 'LVEF above 35 percent on echo')`, nil},
		{"physician without identity", `INSERT INTO review_actions (case_id, actor_id, actor_role, outcome, reason, passages) VALUES ($1, '', 'physician', 'denied', 'LVEF above 35 percent on echo', '{NCD 20.4#B3}')`, nil},
		{"status flipped directly", `UPDATE cases SET status = 'denied' WHERE id = $1`, nil},
	}
	for _, d := range denials {
		t.Run("db refuses denial by "+d.name, func(t *testing.T) {
			_, err := pool.Exec(ctx, d.sql, c.ID)
			require.Error(t, err)
		})
	}

	t.Run("application refuses agent denial", func(t *testing.T) {
		tx, err := pool.Begin(ctx)
		require.NoError(t, err)
		defer tx.Rollback(ctx)
		_, err = postgres.RecordAction(ctx, tx, umassist.ReviewAction{CaseID: c.ID, Actor: umassist.Actor{ID: "agent", Role: umassist.RoleAgent}, Outcome: umassist.OutcomeDenied, Reason: "not met", Passages: []string{"NCD 20.4#B3"}})
		require.ErrorIs(t, err, umassist.ErrAIDenial)
	})

	t.Run("physician with reason and passage can deny", func(t *testing.T) {
		tx, err := pool.Begin(ctx)
		require.NoError(t, err)
		defer tx.Rollback(ctx)
		// A decision is recorded on a case a reviewer has in front of them.
		_, err = postgres.SaveDraft(ctx, tx, c.ID, &umassist.Draft{Recommendation: umassist.RecommendRefer, Model: "m", PromptVersion: "p"}, nil)
		require.NoError(t, err)
		require.NoError(t, postgres.SetStatus(ctx, tx, c.ID, umassist.StatusReadyForReview))
		doc := umassist.Actor{ID: "d1", Role: umassist.RolePhysician, Name: "Dr A"}
		_, err = postgres.RecordAction(ctx, tx, umassist.ReviewAction{CaseID: c.ID, Actor: doc, Outcome: umassist.OutcomeDenied, Reason: "LVEF 45 % is above the 35 % threshold", Passages: []string{"NCD 20.4#B3"}})
		require.NoError(t, err)
		got, err := postgres.GetCase(ctx, tx, c.ID)
		require.NoError(t, err)
		require.Equal(t, umassist.StatusDenied, got.Status)
		entries, err := postgres.ListAudit(ctx, tx, postgres.AuditFilter{CaseID: c.ID})
		require.NoError(t, err)
		require.Equal(t, "review.denied", entries[len(entries)-1].Action)
		require.Equal(t, "d1", entries[len(entries)-1].Actor.ID)
	})
}

func TestDraftsAreVersioned(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	tx := pgtest.Tx(t)
	_, err := tx.Exec(ctx, `INSERT INTO cases (id, patient_ref, service_system, service_code, payer, urgency, request_date, request, received_at, due_at)
		VALUES ('c1', 'Patient/p1', 's', '33249', 'medicare', 'standard', '2026-03-02', '{}', now(), now() + interval '7 days')`)
	require.NoError(t, err)
	for i, rec := range []umassist.Recommendation{umassist.RecommendRequestInfo, umassist.RecommendApprove} {
		v, err := postgres.SaveDraft(ctx, tx, "c1", &umassist.Draft{Recommendation: rec, Confidence: 0.8, Model: "offline", PromptVersion: "v1"}, json.RawMessage(`{"steps":[]}`))
		require.NoError(t, err)
		require.Equal(t, i+1, v)
	}
	d, trace, err := postgres.LatestDraft(ctx, tx, "c1")
	require.NoError(t, err)
	require.Equal(t, umassist.RecommendApprove, d.Recommendation)
	require.Equal(t, 2, d.Version)
	require.JSONEq(t, `{"steps":[]}`, string(trace))
}
