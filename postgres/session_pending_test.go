package postgres_test

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/postgres/pgtest"
)

// What waits with a session is taken once.
func TestSessionPending(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.DB(t)
	require.NoError(t, postgres.CreateUser(ctx, pool, &postgres.User{ID: "u1", Name: "u1", Role: umassist.RoleNurse}))
	hash := []byte("session-hash")
	require.NoError(t, postgres.CreateSession(ctx, pool, postgres.Session{TokenHash: hash, UserID: "u1", CSRFToken: "c", CreatedAt: time.Now(), ExpiresAt: time.Now().Add(time.Hour)}))
	require.NoError(t, postgres.SetSessionPending(ctx, pool, hash, json.RawMessage(`{"case":"c1","message":"refused"}`)))
	got, err := postgres.TakeSessionPending(ctx, pool, hash)
	require.NoError(t, err)
	require.JSONEq(t, `{"case":"c1","message":"refused"}`, string(got))
	got, err = postgres.TakeSessionPending(ctx, pool, hash)
	require.NoError(t, err)
	require.Empty(t, got, "once")
}
