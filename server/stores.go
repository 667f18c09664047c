package server

import (
	"context"
	"encoding/json"
	"time"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/scan"
)

// What the server needs from storage, declared here where it is used;
// postgres provides each (the assertions below). Handlers never reach a
// database themselves.

// Records reads a case's record and appends to the audit log
// (postgres.Records).
type Records interface {
	Case(ctx context.Context, id string) (*umassist.Case, error)
	LatestDraft(ctx context.Context, caseID string) (*umassist.Draft, json.RawMessage, error)
	DraftVersion(ctx context.Context, caseID string, version int) (*umassist.Draft, json.RawMessage, error)
	DraftVersions(ctx context.Context, caseID string) ([]postgres.DraftVersion, error)
	Actions(ctx context.Context, caseID string) ([]umassist.ReviewAction, error)
	Information(ctx context.Context, caseID string) ([]postgres.Information, error)
	PASCase(ctx context.Context, key string) (*umassist.Case, json.RawMessage, error)
	PatientsBornOn(ctx context.Context, ns, birthDate string) ([]postgres.PatientMatch, error)
	Append(ctx context.Context, e umassist.AuditEntry) error
	Ping(ctx context.Context) error
}

// Accounts is people, sessions, API tokens and second factors
// (postgres.Accounts).
type Accounts interface {
	TokenUser(ctx context.Context, tokenHash []byte, now time.Time) (*postgres.User, error)
	SessionUser(ctx context.Context, tokenHash []byte, now time.Time) (*postgres.Session, *postgres.User, error)
	StartSession(ctx context.Context, s postgres.Session, now time.Time) error
	EndSession(ctx context.Context, tokenHash []byte) error
	SetPending(ctx context.Context, tokenHash []byte, v json.RawMessage) error
	TakePending(ctx context.Context, tokenHash []byte) (json.RawMessage, error)
	UserByName(ctx context.Context, name string) (*postgres.User, error)
	UserByOIDC(ctx context.Context, issuer, subject string) (*postgres.User, error)
	UserByEmail(ctx context.Context, email string) (*postgres.User, error)
	UpdateUser(ctx context.Context, u *postgres.User) error
	UseTOTPStep(ctx context.Context, userID string, step int64) (bool, error)
	PendingTOTP(ctx context.Context, userID string, make func() (string, error)) (string, error)
	EnrolTOTP(ctx context.Context, userID, secret string) (bool, error)
	UserClients(ctx context.Context, userID string) ([]string, error)
}

// Workflow is the reviewer workflow: the queue, claims, decisions, new
// information and questions to the ordering clinician
// (postgres.ReviewStore). Its rules are the domain's (umassist.
// CheckTransition, ReviewAction.Validate); the store applies them in one
// transaction with the audit.
type Workflow interface {
	ListQueue(ctx context.Context, f postgres.QueueFilter) ([]postgres.QueueItem, string, error)
	ActiveClaim(ctx context.Context, caseID string) (*postgres.Claim, error)
	Claim(ctx context.Context, caseID string, actor umassist.Actor) (*postgres.Claim, error)
	ClaimNext(ctx context.Context, actor umassist.Actor) (*postgres.Claim, error)
	Release(ctx context.Context, caseID string, actor umassist.Actor) error
	Decide(ctx context.Context, a umassist.ReviewAction) (*umassist.Case, int64, error)
	AddInformation(ctx context.Context, caseID string, actor umassist.Actor, text string) (*umassist.Case, error)
	OpenQuery(ctx context.Context, caseID string, by umassist.Actor, token string) (*postgres.ClinicianQuery, error)
	Queries(ctx context.Context, caseID string) ([]postgres.ClinicianQuery, error)
	QueryByToken(ctx context.Context, token string) (*postgres.ClinicianQuery, *umassist.Case, error)
	AnswerQuery(ctx context.Context, token, clinician, text string) (*umassist.Case, error)
}

// Intake keeps faxed and scanned packets (postgres.IntakeStore); what
// confirming one reads is scan's to say.
type Intake interface {
	scan.ReadPackets
	Create(ctx context.Context, in postgres.NewPacket) (*umassist.IntakePacket, bool, error)
	List(ctx context.Context, f postgres.PacketFilter) ([]umassist.IntakePacket, error)
	Extractions(ctx context.Context, ids []string) (map[string]json.RawMessage, error)
	PageFile(ctx context.Context, id string, number int, pdf bool) ([]byte, error)
	Reject(ctx context.Context, id, reason string, by umassist.Actor) error
}

var (
	_ Records  = postgres.Records{}
	_ Accounts = postgres.Accounts{}
	_ Workflow = (*postgres.ReviewStore)(nil)
	_ Intake   = (*postgres.IntakeStore)(nil)
)
