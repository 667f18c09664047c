package main

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/postgres/pgtest"
)

// An administrator sets up the health systems a BPO works for and who
// works for which, from the command line; each change is audited, and an
// unknown client or a bad id is refused.
func TestClientsCommands(t *testing.T) {
	ctx := context.Background()
	url := pgtest.WithDatabase(pgtest.URL(t), pgtest.NewDatabase(t))
	env := map[string]string{"DATABASE_URL": url}
	cli := func(want int, args ...string) string {
		t.Helper()
		code, out, errOut := runCLI(t, env, args...)
		require.Equal(t, want, code, errOut)
		return out + errOut
	}
	require.Contains(t, cli(exitOK, "clients", "add", "north", "--name", "North Health"), "client north (North Health) added")
	cli(exitOK, "clients", "add", "south", "--name", "South Plan", "--kind", "plan")
	require.Contains(t, cli(exitFailure, "clients", "add", "north", "--name", "again"), "already exists")
	require.Contains(t, cli(exitUsage, "clients", "add", "Not An Id", "--name", "x"), "lower-case")
	list := cli(exitOK, "clients", "list")
	require.Contains(t, list, "north")
	require.Contains(t, list, "plan")
	require.Contains(t, list, "default")

	cli(exitOK, "serve", "user-add", "--role", "nurse", "--password", "nurse-pass-12", "--client", "north", "nora")
	require.Contains(t, cli(exitOK, "clients", "assign", "nora", "north", "south"), "nora works for north, south")
	require.Contains(t, cli(exitUsage, "clients", "assign", "nora", "west"), "unknown client")
	cli(exitUsage, "clients", "assign", "nora")

	pool, err := pgxpool.New(ctx, url)
	require.NoError(t, err)
	t.Cleanup(pool.Close)
	u, err := postgres.GetUserByName(ctx, pool, "nora")
	require.NoError(t, err)
	got, err := postgres.UserClients(ctx, pool, u.ID)
	require.NoError(t, err)
	require.Equal(t, []string{"north", "south"}, got)
	audit, err := postgres.ListAudit(ctx, pool, postgres.AuditFilter{})
	require.NoError(t, err)
	actions := map[string]int{}
	for _, e := range audit {
		actions[e.Action]++
	}
	require.Equal(t, 2, actions["client.create"])
	require.Equal(t, 2, actions["user.clients"], "user-add's assignment and the assign command")
}
