package cluster_test

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist/postgres/cluster"
)

// newCluster makes a throwaway cluster in a folder the postgres user can
// reach, stopped when the test ends.
func newCluster(t *testing.T) *cluster.Cluster {
	t.Helper()
	dir, err := os.MkdirTemp("", "umassist-cluster-test-")
	require.NoError(t, err)
	require.NoError(t, os.Chmod(dir, 0o755))
	c := cluster.New(filepath.Join(dir, "pg"))
	t.Cleanup(func() {
		_ = c.Stop(context.Background())
		_ = os.RemoveAll(dir)
	})
	return c
}

func query(t *testing.T, url string) string {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, url)
	require.NoError(t, err)
	defer conn.Close(ctx)
	var db string
	require.NoError(t, conn.QueryRow(ctx, `SELECT current_database()`).Scan(&db))
	return db
}

// One cluster, several lifecycle steps: initdb is the slow part.
func TestClusterLifecycle(t *testing.T) {
	if testing.Short() {
		t.Skip("starts its own PostgreSQL")
	}
	ctx := context.Background()
	c := newCluster(t)

	_, running, err := c.Status()
	require.NoError(t, err)
	require.False(t, running)

	info, err := c.Ensure(ctx)
	require.NoError(t, err)
	require.Equal(t, cluster.Database, query(t, info.URL), "unix socket, trust")
	require.Equal(t, cluster.Database, query(t, info.TCPURL), "loopback with the generated password")

	t.Run("reused when running", func(t *testing.T) {
		again, err := c.Ensure(ctx)
		require.NoError(t, err)
		require.Equal(t, info.PID, again.PID)
	})

	t.Run("tcp refuses a wrong password", func(t *testing.T) {
		u := "postgres://umassist:wrong@127.0.0.1:" + strconv.Itoa(info.Port) + "/umassist?sslmode=disable"
		_, err := pgx.Connect(ctx, u)
		require.Error(t, err)
	})

	t.Run("restart after stop, port taken meanwhile", func(t *testing.T) {
		require.NoError(t, c.Stop(ctx))
		_, running, err := c.Status()
		require.NoError(t, err)
		require.False(t, running)
		// Someone else grabs our port while we are down.
		l, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(info.Port))
		require.NoError(t, err)
		defer l.Close()
		next, err := c.Ensure(ctx)
		require.NoError(t, err)
		require.NotEqual(t, info.Port, next.Port, "a free port is chosen")
		require.Equal(t, cluster.Database, query(t, next.URL))
		info = next
	})

	t.Run("stale postmaster.pid is cleared", func(t *testing.T) {
		require.NoError(t, c.Stop(ctx))
		// A crashed server leaves its pid file behind, naming a dead pid.
		stale := "999999\n" + info.DataDir + "\n1700000000\n" + strconv.Itoa(info.Port) + "\n" + info.SocketDir + "\n127.0.0.1\n"
		pidFile := filepath.Join(info.DataDir, "postmaster.pid")
		require.NoError(t, os.WriteFile(pidFile, []byte(stale), 0o600))
		next, err := c.Ensure(ctx)
		require.NoError(t, err)
		require.Equal(t, cluster.Database, query(t, next.URL))
	})

	t.Run("stop twice is fine", func(t *testing.T) {
		require.NoError(t, c.Stop(ctx))
		require.NoError(t, c.Stop(ctx))
	})
}

func TestClusterUnreachableFolderSaysWhatToDo(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("only root runs the cluster as another user")
	}
	dir, err := os.MkdirTemp("", "umassist-private-")
	require.NoError(t, err)
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	require.NoError(t, os.Chmod(dir, 0o700))
	c := cluster.New(filepath.Join(dir, "pg"))
	_, err = c.Ensure(context.Background())
	require.ErrorContains(t, err, "UMASSIST_PGDIR")
	_, statErr := os.Stat(filepath.Join(dir, "pg"))
	require.True(t, os.IsNotExist(statErr), "nothing half-created")
}

func TestDefaultDirMovesOutOfUnreachableTree(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("only root runs the cluster as another user")
	}
	t.Setenv("UMASSIST_PGDIR", "")
	private, err := os.MkdirTemp("", "umassist-home-")
	require.NoError(t, err)
	t.Cleanup(func() { _ = os.RemoveAll(private) })
	require.NoError(t, os.Chmod(private, 0o700)) // like /root
	repo := filepath.Join(private, "clone")
	require.NoError(t, os.MkdirAll(filepath.Join(repo, "pkg"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(repo, "go.mod"), []byte("module github.com/umassist/umassist\n"), 0o644))
	t.Chdir(filepath.Join(repo, "pkg"))
	got := cluster.DefaultDir()
	require.True(t, strings.HasPrefix(got, "/var/tmp/umassist-pg-"), got)

	// A reachable tree keeps its cluster inside it.
	require.NoError(t, os.Chmod(private, 0o755))
	require.Equal(t, filepath.Join(repo, ".umassist", "pg"), cluster.DefaultDir())
}
