package postgres

import (
	"context"
	"encoding/json"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/umassist/umassist"
)

// Records reads a case's record (the case, its drafts, actions and
// answers) and appends to the audit log, over one pool: the package's
// functions for callers that take an interface (server.Records).
type Records struct {
	Pool *pgxpool.Pool
}

// Case returns a case (GetCase).
func (r Records) Case(ctx context.Context, id string) (*umassist.Case, error) {
	return GetCase(ctx, r.Pool, id)
}

// LatestDraft returns a case's newest draft and its trace.
func (r Records) LatestDraft(ctx context.Context, caseID string) (*umassist.Draft, json.RawMessage, error) {
	return LatestDraft(ctx, r.Pool, caseID)
}

// DraftVersion returns one version of a case's draft (GetDraftVersion).
func (r Records) DraftVersion(ctx context.Context, caseID string, version int) (*umassist.Draft, json.RawMessage, error) {
	return GetDraftVersion(ctx, r.Pool, caseID, version)
}

// DraftVersions lists a case's drafts (ListDraftVersions).
func (r Records) DraftVersions(ctx context.Context, caseID string) ([]DraftVersion, error) {
	return ListDraftVersions(ctx, r.Pool, caseID)
}

// Actions lists a case's reviewer actions (ListActions).
func (r Records) Actions(ctx context.Context, caseID string) ([]umassist.ReviewAction, error) {
	return ListActions(ctx, r.Pool, caseID)
}

// Information lists the answers a case received (ListInformation).
func (r Records) Information(ctx context.Context, caseID string) ([]Information, error) {
	return ListInformation(ctx, r.Pool, caseID)
}

// PASCase finds the case a PAS request opened, by its identifier's key.
func (r Records) PASCase(ctx context.Context, key string) (*umassist.Case, json.RawMessage, error) {
	return PASCase(ctx, r.Pool, key)
}

// PatientsBornOn lists the patients of a namespace born on a day.
func (r Records) PatientsBornOn(ctx context.Context, ns, birthDate string) ([]PatientMatch, error) {
	return PatientsBornOn(ctx, r.Pool, ns, birthDate)
}

// Append writes one audit entry (AppendAudit).
func (r Records) Append(ctx context.Context, e umassist.AuditEntry) error {
	return AuditLog{DB: r.Pool}.Append(ctx, e)
}

// Ping checks the database answers.
func (r Records) Ping(ctx context.Context) error { return r.Pool.Ping(ctx) }

// Accounts is people, their sessions, API tokens and second factors over
// one pool, for callers that take an interface (server.Accounts).
type Accounts struct {
	Pool *pgxpool.Pool
}

// UserClients lists the clients a person works for.
func (a Accounts) UserClients(ctx context.Context, userID string) ([]string, error) {
	return UserClients(ctx, a.Pool, userID)
}

// TokenUser is the user an API token's hash belongs to (APITokenUser).
func (a Accounts) TokenUser(ctx context.Context, tokenHash []byte, now time.Time) (*User, error) {
	return APITokenUser(ctx, a.Pool, tokenHash, now)
}

// SessionUser is the live session a cookie's hash names, and its user.
func (a Accounts) SessionUser(ctx context.Context, tokenHash []byte, now time.Time) (*Session, *User, error) {
	return SessionUser(ctx, a.Pool, tokenHash, now)
}

// StartSession removes expired sessions and stores a new one.
func (a Accounts) StartSession(ctx context.Context, s Session, now time.Time) error {
	if _, err := DeleteExpiredSessions(ctx, a.Pool, now); err != nil {
		return err
	}
	return CreateSession(ctx, a.Pool, s)
}

// EndSession removes a session (DeleteSession).
func (a Accounts) EndSession(ctx context.Context, tokenHash []byte) error {
	return DeleteSession(ctx, a.Pool, tokenHash)
}

// SetPending keeps what a session was doing (a form to finish after a
// second factor) (SetSessionPending).
func (a Accounts) SetPending(ctx context.Context, tokenHash []byte, v json.RawMessage) error {
	return SetSessionPending(ctx, a.Pool, tokenHash, v)
}

// TakePending returns and clears it (TakeSessionPending).
func (a Accounts) TakePending(ctx context.Context, tokenHash []byte) (json.RawMessage, error) {
	return TakeSessionPending(ctx, a.Pool, tokenHash)
}

// UserByName finds a local account (GetUserByName).
func (a Accounts) UserByName(ctx context.Context, name string) (*User, error) {
	return GetUserByName(ctx, a.Pool, name)
}

// UserByOIDC finds the account an identity provider's subject is linked to.
func (a Accounts) UserByOIDC(ctx context.Context, issuer, subject string) (*User, error) {
	return GetUserByOIDC(ctx, a.Pool, issuer, subject)
}

// UserByEmail finds an account by e-mail (GetUserByEmail).
func (a Accounts) UserByEmail(ctx context.Context, email string) (*User, error) {
	return GetUserByEmail(ctx, a.Pool, email)
}

// UpdateUser rewrites a user's mutable fields (UpdateUser).
func (a Accounts) UpdateUser(ctx context.Context, u *User) error { return UpdateUser(ctx, a.Pool, u) }

// UseTOTPStep spends a time step of a user's second factor, once.
func (a Accounts) UseTOTPStep(ctx context.Context, userID string, step int64) (bool, error) {
	return UseTOTPStep(ctx, a.Pool, userID, step)
}

// PendingTOTP is the secret being enrolled (made once by make).
func (a Accounts) PendingTOTP(ctx context.Context, userID string, make func() (string, error)) (string, error) {
	return PendingTOTP(ctx, a.Pool, userID, make)
}

// EnrolTOTP makes the pending secret the user's second factor.
func (a Accounts) EnrolTOTP(ctx context.Context, userID, secret string) (bool, error) {
	return EnrolTOTP(ctx, a.Pool, userID, secret)
}
