package postgres

import (
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivermigrate"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// Migration is one numbered schema change.
type Migration struct {
	Version int
	Name    string
	SQL     string
}

// Migrations returns our migrations in order. File names are
// NNNN_name.up.sql; a number may not repeat.
func Migrations() ([]Migration, error) {
	entries, err := fs.Glob(migrationFS, "migrations/*.up.sql")
	if err != nil {
		return nil, fmt.Errorf("postgres: list migrations: %w", err)
	}
	var out []Migration
	seen := map[int]string{}
	for _, name := range entries {
		base := path.Base(name)
		num, rest, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("postgres: migration %s: name must be NNNN_name.up.sql", base)
		}
		if other, dup := seen[v]; dup {
			return nil, fmt.Errorf("postgres: migrations %s and %s share version %d", other, base, v)
		}
		seen[v] = base
		b, err := migrationFS.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("postgres: read migration %s: %w", base, err)
		}
		out = append(out, Migration{Version: v, Name: strings.TrimSuffix(rest, ".up.sql"), SQL: string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Version < out[j].Version })
	return out, nil
}

// SchemaHash identifies the complete schema (ours and River's), so test
// templates are rebuilt exactly when a migration changes.
func SchemaHash() (string, error) {
	ms, err := Migrations()
	if err != nil {
		return "", err
	}
	h := sha256.New()
	for _, m := range ms {
		fmt.Fprintf(h, "%d\x00%s\x00%s\x00", m.Version, m.Name, m.SQL)
	}
	migrator, err := rivermigrate.New(riverpgxv5.New(nil), nil)
	if err != nil {
		return "", fmt.Errorf("postgres: river migrator: %w", err)
	}
	for _, m := range migrator.AllVersions() {
		fmt.Fprintf(h, "river%d\x00%s\x00", m.Version, m.SQLUp)
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// migrationLock serialises concurrent migrators (several workers starting
// at once) on one database.
const migrationLock = 0x756d61737369 // "umassi"

// MigrateResult says what Migrate applied.
type MigrateResult struct {
	Applied      []Migration
	RiverApplied []int
}

// Migrate applies River's migrations and then ours, each of ours in its own
// transaction, under an advisory lock. It is safe to call at every start-up.
func Migrate(ctx context.Context, pool *pgxpool.Pool) (*MigrateResult, error) {
	ms, err := Migrations()
	if err != nil {
		return nil, err
	}
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return nil, fmt.Errorf("postgres: migrate: acquire: %w", err)
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, migrationLock); err != nil {
		return nil, fmt.Errorf("postgres: migrate: lock: %w", err)
	}
	defer func() { _, _ = conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, migrationLock) }()

	res := &MigrateResult{}
	migrator, err := rivermigrate.New(riverpgxv5.New(pool), nil)
	if err != nil {
		return nil, fmt.Errorf("postgres: river migrator: %w", err)
	}
	rr, err := migrator.Migrate(ctx, rivermigrate.DirectionUp, nil)
	if err != nil {
		return nil, fmt.Errorf("postgres: river migrations: %w", err)
	}
	for _, v := range rr.Versions {
		res.RiverApplied = append(res.RiverApplied, v.Version)
	}

	if _, err := conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS umassist_migration (
		version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`); err != nil {
		return nil, fmt.Errorf("postgres: migrate: create version table: %w", err)
	}
	applied, err := appliedVersions(ctx, conn.Conn())
	if err != nil {
		return nil, err
	}
	for _, m := range ms {
		if applied[m.Version] {
			continue
		}
		tx, err := conn.Begin(ctx)
		if err != nil {
			return nil, fmt.Errorf("postgres: migrate %04d: begin: %w", m.Version, err)
		}
		if _, err := tx.Exec(ctx, m.SQL); err != nil {
			_ = tx.Rollback(ctx)
			return nil, fmt.Errorf("postgres: migration %04d_%s: %w", m.Version, m.Name, err)
		}
		if _, err := tx.Exec(ctx, `INSERT INTO umassist_migration (version, name) VALUES ($1, $2)`, m.Version, m.Name); err != nil {
			_ = tx.Rollback(ctx)
			return nil, fmt.Errorf("postgres: migrate %04d: record: %w", m.Version, err)
		}
		if err := tx.Commit(ctx); err != nil {
			return nil, fmt.Errorf("postgres: migrate %04d: commit: %w", m.Version, err)
		}
		res.Applied = append(res.Applied, m)
	}
	return res, nil
}

func appliedVersions(ctx context.Context, q Querier) (map[int]bool, error) {
	rows, err := q.Query(ctx, `SELECT version FROM umassist_migration`)
	if err != nil {
		return nil, fmt.Errorf("postgres: read applied migrations: %w", err)
	}
	defer rows.Close()
	out := map[int]bool{}
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			return nil, fmt.Errorf("postgres: read applied migrations: %w", err)
		}
		out[v] = true
	}
	return out, rows.Err()
}

// SchemaStatus describes the database's schema against this binary's.
type SchemaStatus struct {
	Applied       []int
	Pending       []Migration
	RiverVersion  int
	RiverPending  int
	VectorVersion string
	ServerVersion string
}

// Status reports which migrations are applied and pending.
func Status(ctx context.Context, pool *pgxpool.Pool) (*SchemaStatus, error) {
	ms, err := Migrations()
	if err != nil {
		return nil, err
	}
	st := &SchemaStatus{}
	if err := pool.QueryRow(ctx, `SELECT current_setting('server_version'), coalesce((SELECT extversion FROM pg_extension WHERE extname='vector'), '')`).Scan(&st.ServerVersion, &st.VectorVersion); err != nil {
		return nil, fmt.Errorf("postgres: status: %w", err)
	}
	var exists bool
	if err := pool.QueryRow(ctx, `SELECT to_regclass('umassist_migration') IS NOT NULL`).Scan(&exists); err != nil {
		return nil, fmt.Errorf("postgres: status: %w", err)
	}
	applied := map[int]bool{}
	if exists {
		if applied, err = appliedVersions(ctx, pool); err != nil {
			return nil, err
		}
	}
	for _, m := range ms {
		if applied[m.Version] {
			st.Applied = append(st.Applied, m.Version)
		} else {
			st.Pending = append(st.Pending, m)
		}
	}
	migrator, err := rivermigrate.New(riverpgxv5.New(pool), nil)
	if err != nil {
		return nil, fmt.Errorf("postgres: river migrator: %w", err)
	}
	existing, err := migrator.ExistingVersions(ctx)
	if err != nil {
		return nil, fmt.Errorf("postgres: river versions: %w", err)
	}
	for _, v := range existing {
		st.RiverVersion = max(st.RiverVersion, v.Version)
	}
	st.RiverPending = len(migrator.AllVersions()) - len(existing)
	return st, nil
}
