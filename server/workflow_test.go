package server_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
)

// Workflow tests on the real database, through postgres.ReviewStore. They
// live here to share this package's private template database.

func TestClaimIsALeaseThatExpires(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	ctx := context.Background()
	id := tb.seedCase(t)
	n1, n2 := tb.users[umassist.RoleNurse].Actor(), tb.nurse2.Actor()
	cl, err := tb.review.Claim(ctx, id, n1)
	require.NoError(t, err)
	require.Equal(t, tb.clock.Now().Add(30*time.Minute), cl.ExpiresAt.UTC())
	_, err = tb.review.Claim(ctx, id, n2)
	require.Equal(t, umassist.ECONFLICT, umassist.ErrorCode(err))

	// Renewing keeps the lease with its holder.
	tb.clock.Advance(20 * time.Minute)
	cl2, err := tb.review.Claim(ctx, id, n1)
	require.NoError(t, err)
	require.Equal(t, cl.ClaimedAt, cl2.ClaimedAt)
	require.Equal(t, tb.clock.Now().Add(30*time.Minute), cl2.ExpiresAt.UTC())

	// Once it lapses, another reviewer may take the case, and the first can
	// no longer decide it.
	tb.clock.Advance(31 * time.Minute)
	got, err := tb.review.ActiveClaim(ctx, id)
	require.NoError(t, err)
	require.Nil(t, got)
	_, err = tb.review.Claim(ctx, id, n2)
	require.NoError(t, err)
	_, _, err = tb.review.Decide(ctx, umassist.ReviewAction{CaseID: id, Actor: n1, Outcome: umassist.OutcomeApproved})
	require.Equal(t, umassist.ECONFLICT, umassist.ErrorCode(err))
	c, _, err := tb.review.Decide(ctx, umassist.ReviewAction{CaseID: id, Actor: n2, Outcome: umassist.OutcomeApproved, EditedSummary: "ok"})
	require.NoError(t, err)
	require.Equal(t, umassist.StatusApproved, c.Status)
	// The decision released the claim.
	got, err = tb.review.ActiveClaim(ctx, id)
	require.NoError(t, err)
	require.Nil(t, got)
}

func TestStaleDraftVersionIsRefused(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	ctx := context.Background()
	id := tb.seedCase(t)
	n := tb.users[umassist.RoleNurse].Actor()
	_, err := tb.review.Claim(ctx, id, n)
	require.NoError(t, err)
	_, err = postgres.SaveDraft(ctx, tb.pool, id, icdDraft(), nil)
	require.NoError(t, err)
	_, _, err = tb.review.Decide(ctx, umassist.ReviewAction{CaseID: id, Actor: n, Outcome: umassist.OutcomeApproved, DraftVersion: 1})
	require.Equal(t, umassist.ECONFLICT, umassist.ErrorCode(err))
	require.Contains(t, err.Error(), "draft changed")
}

// The database refuses a denial under a nurse's account even when the
// application is bypassed and the role column forged.
func TestDatabaseRefusesDenialByNonPhysicianAccount(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	ctx := context.Background()
	id := tb.seedCase(t)
	nurse := tb.users[umassist.RoleNurse]
	_, err := tb.pool.Exec(ctx, `INSERT INTO review_actions (case_id, actor_id, actor_role, outcome, reason, passages)
		VALUES ($1, $2, 'physician', 'denied', 'LVEF above the threshold', '{"NCD 20.4#B3"}')`, id, nurse.ID)
	require.Error(t, err)
	require.True(t, postgres.IsCheckViolation(err), err.Error())
	_, err = tb.pool.Exec(ctx, `UPDATE cases SET status = 'denied' WHERE id = $1`, id)
	require.Error(t, err)
	doc := tb.users[umassist.RolePhysician]
	_, err = tb.pool.Exec(ctx, `INSERT INTO review_actions (case_id, actor_id, actor_role, outcome, reason, passages)
		VALUES ($1, $2, 'physician', 'denied', 'LVEF above the threshold', '{"NCD 20.4#B3"}')`, id, doc.ID)
	require.NoError(t, err)
}
