package ops_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/ops"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/postgres/pgtest"
)

// Sealing makes tampering by a database owner visible: a sealed row
// changed or removed breaks the chain, and a chain rewritten from the
// start no longer contains the head hash kept outside.
func TestAuditChain(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.DB(t)
	actor := umassist.Actor{ID: "u-nurse", Role: umassist.RoleNurse}
	add := func(at time.Time, action string) {
		_, err := postgres.AppendAudit(ctx, pool, umassist.AuditEntry{At: at, Actor: actor, Action: action, Patient: "Patient/p1",
			Detail: []byte(`{"n": 1}`)})
		require.NoError(t, err)
	}
	old := time.Now().Add(-time.Hour)
	for range 5 {
		add(old, "case.read")
	}
	add(time.Now(), "case.read") // too new to seal yet

	n, id, head, err := ops.Seal(ctx, pool, time.Now())
	require.NoError(t, err)
	require.Equal(t, 5, n)
	rep, err := ops.Verify(ctx, pool, head)
	require.NoError(t, err)
	require.True(t, rep.OK(), rep.Why)
	require.Equal(t, id, rep.AnchorAt)
	require.Equal(t, 5, rep.Sealed)

	// Sealing again seals only what is new (and old enough).
	add(old, "case.read")
	n, _, head2, err := ops.Seal(ctx, pool, time.Now())
	require.NoError(t, err)
	require.Equal(t, 0, n, "a row that commits below newer unsealed rows waits for them")
	_, _, _, err = ops.Seal(ctx, pool, time.Now().Add(10*time.Minute))
	require.NoError(t, err)
	rep, err = ops.Verify(ctx, pool, head)
	require.NoError(t, err)
	require.True(t, rep.OK(), "the earlier head is still in the chain: %s", rep.Why)
	require.NotEqual(t, head2, rep.Head)

	// An owner switches the append-only trigger off and edits a row.
	tamper := func(sql string, args ...any) {
		t.Helper()
		tx, err := pool.Begin(ctx)
		require.NoError(t, err)
		_, err = tx.Exec(ctx, `SET LOCAL session_replication_role = replica`)
		require.NoError(t, err)
		_, err = tx.Exec(ctx, sql, args...)
		require.NoError(t, err)
		require.NoError(t, tx.Commit(ctx))
	}
	var second int64
	require.NoError(t, pool.QueryRow(ctx, `SELECT id FROM audit_log ORDER BY id OFFSET 1 LIMIT 1`).Scan(&second))
	tamper(`UPDATE audit_log SET action = 'case.nothing' WHERE id = $1`, second)
	rep, err = ops.Verify(ctx, pool, "")
	require.NoError(t, err)
	require.False(t, rep.OK())
	require.Equal(t, second, rep.Broken)
	require.Contains(t, rep.Why, "changed")

	tamper(`UPDATE audit_log SET action = 'case.read' WHERE id = $1`, second)
	tamper(`DELETE FROM audit_log WHERE id = $1`, second)
	rep, err = ops.Verify(ctx, pool, "")
	require.NoError(t, err)
	require.Equal(t, second, rep.Broken)
	require.Contains(t, rep.Why, "gone")

	// Rewriting the whole chain to match passes the rows, not the anchor.
	tamper(`DELETE FROM audit_chain`)
	_, _, _, err = ops.Seal(ctx, pool, time.Now().Add(10*time.Minute))
	require.NoError(t, err)
	rep, err = ops.Verify(ctx, pool, head)
	require.NoError(t, err)
	require.Zero(t, rep.Broken)
	require.False(t, rep.OK())
	require.Contains(t, rep.Why, "rewritten")
}
