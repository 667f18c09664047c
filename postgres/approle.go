package postgres

import (
	"context"
	"fmt"
	"net/url"
)

// AppRole is the role serve and worker run as (migration 0711): it reads
// and writes the working tables, only adds to the history, and owns
// nothing, so it cannot disable a trigger or rewrite the audit. The
// schema's owner only migrates.
const AppRole = "umassist_app"

// AllowAppLogin lets AppRole itself log in: for the private cluster and
// tests, whose socket trusts local users. Production instead makes its own
// login roles members of AppRole (see README).
func AllowAppLogin(ctx context.Context, q Querier) error {
	if _, err := q.Exec(ctx, `ALTER ROLE `+AppRole+` LOGIN`); err != nil {
		return fmt.Errorf("postgres: let %s log in: %w", AppRole, err)
	}
	return nil
}

// AsRole returns a connection URL for another role on the same server and
// database (no password: for a socket that trusts local users).
func AsRole(rawURL, role string) (string, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return "", fmt.Errorf("postgres: database url: %w", err)
	}
	u.User = url.User(role)
	return u.String(), nil
}

// RunsAsOwner reports whether the connection's role could rewrite history:
// a superuser, or the owner of the schema's tables.
func RunsAsOwner(ctx context.Context, q Querier) (bool, error) {
	var owner bool
	err := q.QueryRow(ctx, `SELECT r.rolsuper OR EXISTS (SELECT 1 FROM pg_tables WHERE tablename = 'audit_log' AND tableowner = current_user)
		FROM pg_roles r WHERE r.rolname = current_user`).Scan(&owner)
	if err != nil {
		return false, fmt.Errorf("postgres: check role: %w", err)
	}
	return owner, nil
}
