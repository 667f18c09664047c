package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/umassist/umassist"
)

// User is a person (or a service account) who signs in to umassist.
// Secrets are stored only in forms that cannot be replayed: PasswordHash is
// an argon2id PHC string; sessions and API tokens live elsewhere, hashed.
type User struct {
	ID           string
	Name         string // login name, lower case
	DisplayName  string
	Email        string
	Role         umassist.Role
	PasswordHash string
	TOTPSecret   string // base32, "" when no second factor is enrolled
	OIDCIssuer   string
	OIDCSubject  string
	Disabled     bool
	CreatedAt    time.Time
	// Clients are whom the person works for; CreateUser assigns
	// DefaultClient when none is given.
	Clients []string
}

// Actor is the user as the audit log and decisions record them.
func (u *User) Actor() umassist.Actor {
	name := u.DisplayName
	if name == "" {
		name = u.Name
	}
	return umassist.Actor{ID: u.ID, Name: name, Role: u.Role}
}

const (
	userColumns  = `id, name, display_name, email, role, password_hash, totp_secret, oidc_issuer, oidc_subject, disabled, created_at`
	userColumnsU = `u.id, u.name, u.display_name, u.email, u.role, u.password_hash, u.totp_secret, u.oidc_issuer, u.oidc_subject, u.disabled, u.created_at`
)

func scanUser(row pgx.Row) (*User, error) {
	var u User
	var role string
	if err := row.Scan(&u.ID, &u.Name, &u.DisplayName, &u.Email, &role, &u.PasswordHash, &u.TOTPSecret,
		&u.OIDCIssuer, &u.OIDCSubject, &u.Disabled, &u.CreatedAt); err != nil {
		return nil, err
	}
	u.Role = umassist.Role(role)
	return &u, nil
}

func oneUser(row pgx.Row, what string) (*User, error) {
	u, err := scanUser(row)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, umassist.Errorf(umassist.ENOTFOUND, "user %s not found", what)
	}
	if err != nil {
		return nil, fmt.Errorf("user: get %s: %w", what, err)
	}
	return u, nil
}

// CreateUser stores a new user.
func CreateUser(ctx context.Context, q Querier, u *User) error {
	_, err := q.Exec(ctx, `INSERT INTO users (id, name, display_name, email, role, password_hash, totp_secret, oidc_issuer, oidc_subject, disabled)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
		u.ID, u.Name, u.DisplayName, u.Email, string(u.Role), u.PasswordHash, u.TOTPSecret, u.OIDCIssuer, u.OIDCSubject, u.Disabled)
	if err != nil {
		if IsUniqueViolation(err) {
			return umassist.Errorf(umassist.ECONFLICT, "user %s already exists", u.Name)
		}
		if IsCheckViolation(err) {
			return umassist.Errorf(umassist.EINVALID, "user %q: name must be 2-64 lower-case letters, digits or ._@- and role one of nurse, physician, operator, ml_engineer, admin", u.Name)
		}
		return fmt.Errorf("user: create %s: %w", u.Name, err)
	}
	if len(u.Clients) == 0 {
		u.Clients = []string{DefaultClient}
	}
	return AssignClients(ctx, q, u.ID, u.Clients)
}

// UpdateUser rewrites a user's mutable fields.
//
// A new password, a disabled account or a changed role ends the user's
// sessions in the same statement; a new password or a disabled account
// also revokes their API tokens. Whoever held the old
// credential is out at once, not when their session expires.
func UpdateUser(ctx context.Context, q Querier, u *User) error {
	var n int
	err := q.QueryRow(ctx, `
		WITH old AS (SELECT password_hash, disabled, role FROM users WHERE id = $1),
		upd AS (
			UPDATE users SET display_name = $2, email = $3, role = $4, password_hash = $5, totp_secret = $6,
				oidc_issuer = $7, oidc_subject = $8, disabled = $9 WHERE id = $1
			RETURNING id, password_hash, disabled, role),
		ended AS (
			DELETE FROM sessions s USING upd, old
			WHERE s.user_id = upd.id AND (upd.password_hash <> old.password_hash
				OR (upd.disabled AND NOT old.disabled) OR upd.role <> old.role)
			RETURNING 1),
		revoked AS (
			UPDATE api_tokens t SET revoked_at = now() FROM upd, old
			WHERE t.user_id = upd.id AND t.revoked_at IS NULL
			  AND (upd.password_hash <> old.password_hash OR (upd.disabled AND NOT old.disabled))
			RETURNING 1)
		-- Data-modifying CTEs run to completion whether read or not.
		SELECT count(*) FROM upd`,
		u.ID, u.DisplayName, u.Email, string(u.Role), u.PasswordHash, u.TOTPSecret, u.OIDCIssuer, u.OIDCSubject, u.Disabled).Scan(&n)
	if err != nil {
		return fmt.Errorf("user: update %s: %w", u.Name, err)
	}
	if n == 0 {
		return umassist.Errorf(umassist.ENOTFOUND, "user %s not found", u.Name)
	}
	return nil
}

// GetUser returns a user by id.
func GetUser(ctx context.Context, q Querier, id string) (*User, error) {
	return oneUser(q.QueryRow(ctx, `SELECT `+userColumns+` FROM users WHERE id = $1`, id), id)
}

// GetUserByName returns a user by login name.
func GetUserByName(ctx context.Context, q Querier, name string) (*User, error) {
	return oneUser(q.QueryRow(ctx, `SELECT `+userColumns+` FROM users WHERE name = $1`, name), name)
}

// GetUserByOIDC returns the user linked to an identity provider's subject.
func GetUserByOIDC(ctx context.Context, q Querier, issuer, subject string) (*User, error) {
	return oneUser(q.QueryRow(ctx, `SELECT `+userColumns+` FROM users WHERE oidc_issuer = $1 AND oidc_subject = $2 AND oidc_subject <> ''`, issuer, subject), "for this identity")
}

// GetUserByEmail returns the user with this e-mail address (case-insensitive).
func GetUserByEmail(ctx context.Context, q Querier, email string) (*User, error) {
	return oneUser(q.QueryRow(ctx, `SELECT `+userColumns+` FROM users WHERE lower(email) = lower($1) AND email <> '' ORDER BY created_at LIMIT 1`, email), "for this e-mail")
}

// Session is a signed-in browser.
type Session struct {
	TokenHash []byte
	UserID    string
	CSRFToken string
	CreatedAt time.Time
	ExpiresAt time.Time
}

// CreateSession stores a session.
func CreateSession(ctx context.Context, q Querier, s Session) error {
	_, err := q.Exec(ctx, `INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)`,
		s.TokenHash, s.UserID, s.CSRFToken, s.CreatedAt, s.ExpiresAt)
	if err != nil {
		return fmt.Errorf("session: create: %w", err)
	}
	return nil
}

// SessionUser returns the live session with this token hash and its user;
// an expired session, a disabled user or an unknown hash is EUNAUTHORIZED.
func SessionUser(ctx context.Context, q Querier, tokenHash []byte, now time.Time) (*Session, *User, error) {
	var s Session
	row := q.QueryRow(ctx, `SELECT s.token_hash, s.user_id, s.csrf_token, s.created_at, s.expires_at, `+userColumnsU+`
		FROM sessions s JOIN users u ON u.id = s.user_id
		WHERE s.token_hash = $1 AND s.expires_at > $2 AND NOT u.disabled`, tokenHash, now)
	var u User
	var role string
	err := row.Scan(&s.TokenHash, &s.UserID, &s.CSRFToken, &s.CreatedAt, &s.ExpiresAt,
		&u.ID, &u.Name, &u.DisplayName, &u.Email, &role, &u.PasswordHash, &u.TOTPSecret, &u.OIDCIssuer, &u.OIDCSubject, &u.Disabled, &u.CreatedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil, umassist.Errorf(umassist.EUNAUTHORIZED, "session expired or unknown: sign in again")
	}
	if err != nil {
		return nil, nil, fmt.Errorf("session: lookup: %w", err)
	}
	u.Role = umassist.Role(role)
	return &s, &u, nil
}

// DeleteSession ends a session (sign out).
func DeleteSession(ctx context.Context, q Querier, tokenHash []byte) error {
	if _, err := q.Exec(ctx, `DELETE FROM sessions WHERE token_hash = $1`, tokenHash); err != nil {
		return fmt.Errorf("session: delete: %w", err)
	}
	return nil
}

// DeleteExpiredSessions removes sessions that ended before now.
func DeleteExpiredSessions(ctx context.Context, q Querier, now time.Time) (int64, error) {
	tag, err := q.Exec(ctx, `DELETE FROM sessions WHERE expires_at <= $1`, now)
	if err != nil {
		return 0, fmt.Errorf("session: delete expired: %w", err)
	}
	return tag.RowsAffected(), nil
}

// CreateAPIToken stores the hash of a new API token for a user.
func CreateAPIToken(ctx context.Context, q Querier, tokenHash []byte, userID, label string, expires time.Time) (int64, error) {
	var exp any
	if !expires.IsZero() {
		exp = expires
	}
	var id int64
	err := q.QueryRow(ctx, `INSERT INTO api_tokens (token_hash, user_id, label, expires_at) VALUES ($1, $2, $3, $4) RETURNING id`,
		tokenHash, userID, label, exp).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("api token: create: %w", err)
	}
	return id, nil
}

// APITokenUser returns the user a live API token belongs to.
func APITokenUser(ctx context.Context, q Querier, tokenHash []byte, now time.Time) (*User, error) {
	u, err := scanUser(q.QueryRow(ctx, `SELECT `+userColumnsU+`
		FROM api_tokens t JOIN users u ON u.id = t.user_id
		WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > $2) AND NOT u.disabled`, tokenHash, now))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, umassist.Errorf(umassist.EUNAUTHORIZED, "API token unknown, revoked or expired")
	}
	if err != nil {
		return nil, fmt.Errorf("api token: lookup: %w", err)
	}
	return u, nil
}

// UseTOTPStep records that a user signed in with the TOTP code of time
// step step. It reports false when that step, or a later one, was used
// already: each code works once.
func UseTOTPStep(ctx context.Context, q Querier, userID string, step int64) (bool, error) {
	tag, err := q.Exec(ctx, `UPDATE users SET totp_last_step = $2 WHERE id = $1 AND totp_last_step < $2`, userID, step)
	if err != nil {
		return false, fmt.Errorf("user: totp step: %w", err)
	}
	return tag.RowsAffected() == 1, nil
}

// APIToken is an issued API token as an administrator sees it: never the
// token itself, which is kept only as a hash.
type APIToken struct {
	ID        int64      `json:"id"`
	Label     string     `json:"label"`
	CreatedAt time.Time  `json:"created_at"`
	ExpiresAt *time.Time `json:"expires_at,omitempty"`
	RevokedAt *time.Time `json:"revoked_at,omitempty"`
}

// ListAPITokens lists a user's tokens, newest first.
func ListAPITokens(ctx context.Context, q Querier, userID string) ([]APIToken, error) {
	rows, err := q.Query(ctx, `SELECT id, label, created_at, expires_at, revoked_at FROM api_tokens WHERE user_id = $1 ORDER BY id DESC`, userID)
	if err != nil {
		return nil, fmt.Errorf("api token: list: %w", err)
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (APIToken, error) {
		var t APIToken
		return t, r.Scan(&t.ID, &t.Label, &t.CreatedAt, &t.ExpiresAt, &t.RevokedAt)
	})
}

// RevokeAPITokens revokes one of a user's live tokens (id), or every one
// (id 0), and reports how many it revoked.
func RevokeAPITokens(ctx context.Context, q Querier, userID string, id int64, now time.Time) (int64, error) {
	tag, err := q.Exec(ctx, `UPDATE api_tokens SET revoked_at = $3 WHERE user_id = $1 AND ($2 = 0 OR id = $2) AND revoked_at IS NULL`, userID, id, now)
	if err != nil {
		return 0, fmt.Errorf("api token: revoke: %w", err)
	}
	return tag.RowsAffected(), nil
}

// PendingTOTP returns the second-factor secret waiting for a user to
// confirm, making one with make when none waits.
func PendingTOTP(ctx context.Context, q Querier, userID string, make func() (string, error)) (string, error) {
	var s string
	if err := q.QueryRow(ctx, `SELECT totp_pending FROM users WHERE id = $1`, userID).Scan(&s); err != nil {
		return "", fmt.Errorf("user: pending second factor: %w", err)
	}
	if s != "" {
		return s, nil
	}
	s, err := make()
	if err != nil {
		return "", err
	}
	// Two pages opened at once keep the first secret made.
	err = q.QueryRow(ctx, `UPDATE users SET totp_pending = CASE WHEN totp_pending = '' THEN $2 ELSE totp_pending END
		WHERE id = $1 RETURNING totp_pending`, userID, s).Scan(&s)
	if err != nil {
		return "", fmt.Errorf("user: pending second factor: %w", err)
	}
	return s, nil
}

// EnrolTOTP makes the pending secret the user's second factor, once: it
// reports false when no secret waits or one is enrolled already.
func EnrolTOTP(ctx context.Context, q Querier, userID, secret string) (bool, error) {
	tag, err := q.Exec(ctx, `UPDATE users SET totp_secret = totp_pending, totp_pending = ''
		WHERE id = $1 AND totp_secret = '' AND totp_pending <> '' AND totp_pending = $2`, userID, secret)
	if err != nil {
		return false, fmt.Errorf("user: enrol second factor: %w", err)
	}
	return tag.RowsAffected() == 1, nil
}

// SetSessionPending keeps v with a session until TakeSessionPending.
func SetSessionPending(ctx context.Context, q Querier, tokenHash []byte, v json.RawMessage) error {
	if _, err := q.Exec(ctx, `UPDATE sessions SET pending = $2 WHERE token_hash = $1`, tokenHash, v); err != nil {
		return fmt.Errorf("session: keep pending: %w", err)
	}
	return nil
}

// TakeSessionPending returns what waits with a session, once (nil when
// nothing does).
func TakeSessionPending(ctx context.Context, q Querier, tokenHash []byte) (json.RawMessage, error) {
	var v json.RawMessage
	// The old value comes from a joined row read before the update (a CTE
	// referenced only in RETURNING would be read after it).
	err := q.QueryRow(ctx, `UPDATE sessions s SET pending = NULL
		FROM (SELECT token_hash, pending FROM sessions WHERE token_hash = $1 FOR UPDATE) old
		WHERE s.token_hash = old.token_hash RETURNING old.pending`, tokenHash).Scan(&v)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("session: take pending: %w", err)
	}
	return v, nil
}
