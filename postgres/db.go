package postgres

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	pgxvec "github.com/pgvector/pgvector-go/pgx"
)

// Querier is what repositories need from a connection: a pool, a single
// connection and a transaction all satisfy it, so a caller can compose
// several repository calls in one transaction.
type Querier interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

var (
	_ Querier = (*pgxpool.Pool)(nil)
	_ Querier = (pgx.Tx)(nil)
)

// Open connects to PostgreSQL, makes sure the vector extension exists and
// returns a pool whose connections know pgvector's types.
func Open(ctx context.Context, url string) (*pgxpool.Pool, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("postgres: DATABASE_URL is not a valid connection string (%s): set it to postgres://user:password@host:port/dbname, or unset it to use the private cluster", redactURLError(err))
	}
	if err := ensureVector(ctx, cfg.ConnConfig); err != nil {
		return nil, err
	}
	// pgx defaults to max(4, CPUs) connections, too few for a server with
	// dozens of reviewers and a worker pool; a URL's pool_max_conns wins.
	if !strings.Contains(url, "pool_max_conns") {
		cfg.MaxConns = 24
	}
	cfg.AfterConnect = func(ctx context.Context, conn *pgx.Conn) error {
		return pgxvec.RegisterTypes(ctx, conn)
	}
	// Each connection is told whose request it serves as it is handed
	// out (AsUser), for the row-level policies of the app's role.
	sc := newScopes()
	cfg.PrepareConn, cfg.BeforeClose = sc.prepare, sc.forget
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres: open pool: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: ping: %w", err)
	}
	return pool, nil
}

// ensureVector creates the vector extension before any pooled connection
// tries to register its types.
func ensureVector(ctx context.Context, cc *pgx.ConnConfig) error {
	conn, err := pgx.ConnectConfig(ctx, cc)
	if err != nil {
		return fmt.Errorf("postgres: cannot connect to %s:%d as %q: %w (is the server running? check DATABASE_URL, or unset it to use the private cluster)", cc.Host, cc.Port, cc.User, err)
	}
	defer conn.Close(ctx)
	var present bool
	if err := conn.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'vector')`).Scan(&present); err != nil {
		return fmt.Errorf("postgres: check vector extension: %w", err)
	}
	if present {
		return nil
	}
	if _, err := conn.Exec(ctx, `CREATE EXTENSION IF NOT EXISTS vector`); err != nil {
		var pgErr *pgconn.PgError
		if errors.As(err, &pgErr) && (pgErr.Code == "0A000" || pgErr.Code == "58P01") {
			return fmt.Errorf("postgres: pgvector is not installed on the server: run `make setup` (or install postgresql-NN-pgvector): %w", err)
		}
		return fmt.Errorf("postgres: create extension vector (needs a superuser or the extension already created): %w", err)
	}
	return nil
}

// redactURLError keeps a password that may be inside a malformed URL out of
// error messages.
func redactURLError(err error) string {
	msg := err.Error()
	if i := strings.Index(msg, "://"); i >= 0 {
		if j := strings.Index(msg[i:], "@"); j > 0 {
			msg = msg[:i+3] + "…" + msg[i+j:]
		}
	}
	return msg
}

// IsUniqueViolation reports whether err is a unique-constraint violation.
func IsUniqueViolation(err error) bool { return pgCode(err) == "23505" }

// IsCheckViolation reports whether err is a CHECK-constraint violation.
func IsCheckViolation(err error) bool { return pgCode(err) == "23514" }

// IsForeignKeyViolation reports whether err is a foreign-key violation.
func IsForeignKeyViolation(err error) bool { return pgCode(err) == "23503" }

// IsRowSecurityViolation reports whether a row-level policy refused a
// write: a row of a client the person does not work for (migration 0900).
func IsRowSecurityViolation(err error) bool { return pgCode(err) == "42501" }

// IsBadInput reports whether PostgreSQL refused a value the caller sent
// (SQLSTATE class 22, data exception: a NUL byte in text, a number or date
// out of range): the request was wrong, not the server.
func IsBadInput(err error) bool { return strings.HasPrefix(pgCode(err), "22") }

// IsUnavailable reports whether err means the database could not be
// reached or is shutting down: a connection refused, dropped or timed out,
// or SQLSTATE class 08 and 57P01-57P03. The request may work later.
func IsUnavailable(err error) bool {
	var ce *pgconn.ConnectError
	var ne net.Error
	code := pgCode(err)
	return errors.As(err, &ce) || errors.As(err, &ne) || strings.HasPrefix(code, "08") ||
		code == "57P01" || code == "57P02" || code == "57P03"
}

func pgCode(err error) string {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		return pgErr.Code
	}
	return ""
}

// InTx runs fn in a transaction, committing when it returns nil.
func InTx(ctx context.Context, pool *pgxpool.Pool, fn func(tx pgx.Tx) error) error {
	tx, err := pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("postgres: begin: %w", err)
	}
	defer func() { _ = tx.Rollback(ctx) }()
	if err := fn(tx); err != nil {
		return err
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("postgres: commit: %w", err)
	}
	return nil
}
