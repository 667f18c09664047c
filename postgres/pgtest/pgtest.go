// Package pgtest gives every test real PostgreSQL + pgvector, isolated:
// DB hands a test its own database, cloned from a migrated template and
// dropped when the test ends; Tx hands it a transaction on a shared
// migrated database, rolled back when the test ends.
//
// With DATABASE_URL unset it starts (or reuses) the project's private
// cluster, so tests never depend on a server started by hand. With
// DATABASE_URL set, that server is used; its role needs CREATEDB.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/postgres/cluster"
)

var (
	once       sync.Once
	baseURL    string
	template   string
	sharedDB   string
	setupErr   error
	sharedMu   sync.Mutex
	sharedPool *pgxpool.Pool
)

// URL returns the server's connection string (its default database).
func URL(t testing.TB) string {
	t.Helper()
	setup()
	if setupErr != nil {
		t.Fatalf("pgtest: %v", setupErr)
	}
	return baseURL
}

// DB returns a pool on a new database with the latest schema, dropped when
// the test ends. Use it for tests that commit, run workers or need several
// connections.
func DB(t testing.TB) *pgxpool.Pool {
	t.Helper()
	name := NewDatabase(t)
	pool, err := postgres.Open(context.Background(), WithDatabase(URL(t), name))
	if err != nil {
		t.Fatalf("pgtest: open %s: %v", name, err)
	}
	t.Cleanup(pool.Close)
	return pool
}

// AppDB is DB connected as the application's role (postgres.AppRole), as
// serve and worker connect: what the app may not do fails here as it would
// in production.
func AppDB(t testing.TB) *pgxpool.Pool {
	t.Helper()
	name := NewDatabase(t)
	u, err := postgres.AsRole(WithDatabase(URL(t), name), postgres.AppRole)
	if err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	pool, err := postgres.Open(context.Background(), u)
	if err != nil {
		t.Fatalf("pgtest: open %s as %s: %v", name, postgres.AppRole, err)
	}
	t.Cleanup(pool.Close)
	return pool
}

// OwnerAndApp opens one migrated database twice: as the schema's owner
// (what the command line sets up: clients, assignments) and as the
// application's role (what serve does, under its row-level policies).
func OwnerAndApp(t testing.TB) (owner, app *pgxpool.Pool) {
	t.Helper()
	name := NewDatabase(t)
	ctx := context.Background()
	owner, err := postgres.Open(ctx, WithDatabase(URL(t), name))
	if err != nil {
		t.Fatalf("pgtest: open %s: %v", name, err)
	}
	t.Cleanup(owner.Close)
	u, err := postgres.AsRole(WithDatabase(URL(t), name), postgres.AppRole)
	if err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	app, err = postgres.Open(ctx, u)
	if err != nil {
		t.Fatalf("pgtest: open %s as %s: %v", name, postgres.AppRole, err)
	}
	t.Cleanup(app.Close)
	return owner, app
}

// NewDatabase creates a migrated database for the test and returns its
// name; it is dropped when the test ends. Use it when the code under test
// opens its own connections (a subprocess, a CLI command).
func NewDatabase(t testing.TB) string {
	t.Helper()
	setup()
	if setupErr != nil {
		t.Fatalf("pgtest: %v", setupErr)
	}
	ctx := context.Background()
	name := fmt.Sprintf("umassist_t_%d_%s", os.Getpid(), randHex(6))
	if err := admin(ctx, func(c *pgx.Conn) error {
		_, err := c.Exec(ctx, fmt.Sprintf("CREATE DATABASE %s TEMPLATE %s", name, template))
		return err
	}); err != nil {
		t.Fatalf("pgtest: create database: %v", err)
	}
	t.Cleanup(func() {
		_ = admin(context.Background(), func(c *pgx.Conn) error {
			_, err := c.Exec(context.Background(), fmt.Sprintf("DROP DATABASE IF EXISTS %s WITH (FORCE)", name))
			return err
		})
	})
	return name
}

// Tx returns a transaction on a shared migrated database, rolled back when
// the test ends. It is the cheapest isolation; use DB when the code under
// test commits or needs several connections.
func Tx(t testing.TB) pgx.Tx {
	t.Helper()
	pool := shared(t)
	ctx := context.Background()
	tx, err := pool.Begin(ctx)
	if err != nil {
		t.Fatalf("pgtest: begin: %v", err)
	}
	t.Cleanup(func() { _ = tx.Rollback(context.Background()) })
	return tx
}

func shared(t testing.TB) *pgxpool.Pool {
	t.Helper()
	sharedMu.Lock()
	defer sharedMu.Unlock()
	if sharedPool != nil {
		return sharedPool
	}
	setup()
	if setupErr != nil {
		t.Fatalf("pgtest: %v", setupErr)
	}
	ctx := context.Background()
	if err := admin(ctx, func(c *pgx.Conn) error {
		_, err := c.Exec(ctx, fmt.Sprintf("CREATE DATABASE %s TEMPLATE %s", sharedDB, template))
		return err
	}); err != nil {
		t.Fatalf("pgtest: create shared database: %v", err)
	}
	pool, err := postgres.Open(ctx, WithDatabase(baseURL, sharedDB))
	if err != nil {
		t.Fatalf("pgtest: open shared database: %v", err)
	}
	sharedPool = pool
	return pool
}

// WithDatabase returns url pointing at another database.
func WithDatabase(rawURL, db string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return rawURL
	}
	u.Path = "/" + db
	return u.String()
}

func setup() {
	once.Do(func() { setupErr = doSetup(context.Background()) })
}

func doSetup(ctx context.Context) error {
	baseURL = os.Getenv("DATABASE_URL")
	if baseURL == "" {
		info, err := cluster.New(cluster.DefaultDir()).Ensure(ctx)
		if err != nil {
			return err
		}
		baseURL = info.URL
	}
	hash, err := postgres.SchemaHash()
	if err != nil {
		return err
	}
	template = "umassist_tmpl_" + hash
	sharedDB = fmt.Sprintf("umassist_tx_%d_%s", os.Getpid(), randHex(4))
	return admin(ctx, func(c *pgx.Conn) error {
		h := fnv.New64a()
		h.Write([]byte(template))
		if _, err := c.Exec(ctx, `SELECT pg_advisory_lock($1)`, int64(h.Sum64())); err != nil {
			return fmt.Errorf("lock: %w", err)
		}
		defer func() { _, _ = c.Exec(ctx, `SELECT pg_advisory_unlock($1)`, int64(h.Sum64())) }()
		dropStale(ctx, c)
		var exists bool
		if err := c.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)`, template).Scan(&exists); err != nil {
			return err
		}
		if exists {
			return postgres.AllowAppLogin(ctx, c)
		}
		building := template + "_building"
		_, _ = c.Exec(ctx, "DROP DATABASE IF EXISTS "+building+" WITH (FORCE)")
		if _, err := c.Exec(ctx, "CREATE DATABASE "+building); err != nil {
			return fmt.Errorf("create template: %w", err)
		}
		pool, err := postgres.Open(ctx, WithDatabase(baseURL, building))
		if err != nil {
			return err
		}
		_, err = postgres.Migrate(ctx, pool)
		pool.Close()
		if err != nil {
			_, _ = c.Exec(ctx, "DROP DATABASE IF EXISTS "+building+" WITH (FORCE)")
			return fmt.Errorf("migrate template: %w", err)
		}
		if _, err := c.Exec(ctx, fmt.Sprintf("ALTER DATABASE %s RENAME TO %s", building, template)); err != nil {
			return fmt.Errorf("rename template: %w", err)
		}
		if _, err = c.Exec(ctx, fmt.Sprintf("ALTER DATABASE %s WITH is_template = true", template)); err != nil {
			return err
		}
		return postgres.AllowAppLogin(ctx, c)
	})
}

// dropStale removes databases left by test processes that died.
func dropStale(ctx context.Context, c *pgx.Conn) {
	rows, err := c.Query(ctx, `SELECT datname FROM pg_database WHERE datname LIKE 'umassist\_t\_%' OR datname LIKE 'umassist\_tx\_%' OR datname LIKE 'umassist\_tmpl\_%'`)
	if err != nil {
		return
	}
	names, _ := pgx.CollectRows(rows, pgx.RowTo[string])
	for _, n := range names {
		drop := false
		if strings.HasPrefix(n, "umassist_tmpl_") {
			// Templates of other schemas are left alone: a test binary
			// built from another revision may be cloning one right now.
			// `make clean` removes the whole cluster.
			continue
		} else {
			parts := strings.Split(n, "_")
			pid, err := strconv.Atoi(parts[2])
			drop = err == nil && pid != os.Getpid() && syscall.Kill(pid, 0) != nil
		}
		if drop {
			_, _ = c.Exec(ctx, fmt.Sprintf("DROP DATABASE IF EXISTS %s WITH (FORCE)", n))
		}
	}
}

func admin(ctx context.Context, fn func(c *pgx.Conn) error) error {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	c, err := pgx.Connect(ctx, baseURL)
	if err != nil {
		return fmt.Errorf("connect: %w", err)
	}
	defer c.Close(context.Background())
	return fn(c)
}

func randHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
