package postgres_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/postgres/pgtest"
)

func TestDropNamespace(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.DB(t)
	store := postgres.NewCaseStore(pool, nil)
	for _, ns := range []string{"eval-a", "eval-b", ""} {
		c, _, err := store.Create(ctx, postgres.CreateCase{Namespace: ns, Patient: "Patient/p1", Request: request(), ReceivedAt: time.Now(), Actor: umassist.Actor{ID: "evals", Role: umassist.RoleMLEngineer}})
		require.NoError(t, err)
		_, err = postgres.SaveDraft(ctx, pool, c.ID, &umassist.Draft{Recommendation: umassist.RecommendRefer, Model: "m", PromptVersion: "v"}, nil)
		require.NoError(t, err)
		_, err = postgres.AppendAudit(ctx, pool, umassist.AuditEntry{Namespace: ns, Actor: umassist.Actor{ID: "agent", Role: umassist.RoleAgent}, Action: "tool.read", CaseID: c.ID})
		require.NoError(t, err)
	}
	var audited int
	require.NoError(t, pool.QueryRow(ctx, `SELECT count(*) FROM audit_log WHERE namespace = 'eval-a'`).Scan(&audited))
	n, err := postgres.DropNamespace(ctx, pool, "eval-a")
	require.NoError(t, err)
	require.Positive(t, n)
	count := func(sql string, args ...any) int {
		var n int
		require.NoError(t, pool.QueryRow(ctx, sql, args...).Scan(&n))
		return n
	}
	require.Zero(t, count(`SELECT count(*) FROM cases WHERE namespace = 'eval-a'`))
	require.Equal(t, 2, count(`SELECT count(*) FROM cases WHERE namespace <> 'eval-a'`), "other namespaces untouched")
	require.Equal(t, 2, count(`SELECT count(*) FROM drafts`))
	require.Equal(t, audited, count(`SELECT count(*) FROM audit_log WHERE namespace = 'eval-a'`), "the audit log keeps everything")

	for _, bad := range []string{"", "eval-", "review-", "prod", "evaluation", "reviewer"} {
		_, err := postgres.DropNamespace(ctx, pool, bad)
		require.Error(t, err, bad)
		require.Equal(t, umassist.EFORBIDDEN, umassist.ErrorCode(err))
	}
}

func TestCorpusFingerprint(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.DB(t)
	empty, err := postgres.CorpusFingerprint(ctx, pool)
	require.NoError(t, err)
	_, err = pool.Exec(ctx, `INSERT INTO policies (policy_id, version, source, payer, title, content_hash) VALUES ('NCD 1', '1', 'ncd', 'medicare', 't', 'h1')`)
	require.NoError(t, err)
	one, err := postgres.CorpusFingerprint(ctx, pool)
	require.NoError(t, err)
	require.NotEqual(t, empty, one)
	_, err = pool.Exec(ctx, `INSERT INTO policies (namespace, policy_id, version, source, payer, title, content_hash) VALUES ('eval-x', 'X 1', '1', 'doc', 'cigna', 't', 'h2')`)
	require.NoError(t, err)
	again, err := postgres.CorpusFingerprint(ctx, pool)
	require.NoError(t, err)
	require.Equal(t, one, again, "eval namespaces are not the standard corpus")
}
