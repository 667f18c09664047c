package server

import (
	"context"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/criteria"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/retrieval"
	"github.com/umassist/umassist/retrieval/policystore"
)

// PackEditor keeps criteria pack revisions and moves them through their
// life (postgres.PackStore).
type PackEditor interface {
	Latest(ctx context.Context) ([]criteria.PackRevision, error)
	Published(ctx context.Context) ([]criteria.PackRevision, error)
	Revisions(ctx context.Context, id string) ([]criteria.PackRevision, error)
	Revision(ctx context.Context, id string, rev int) (*criteria.PackRevision, error)
	SaveDraft(ctx context.Context, actor umassist.Actor, p *criteria.Pack, policyText []criteria.SourcePassage, note string) (*criteria.PackRevision, error)
	Move(ctx context.Context, actor umassist.Actor, id string, rev int, to criteria.PackStatus, note string) (*criteria.PackRevision, error)
}

var _ PackEditor = (*postgres.PackStore)(nil)

// PolicyCorpus is the policy text packs are written against
// (policystore.Store): a pack's passages are checked against it, shown
// beside its criteria, and kept with each revision.
type PolicyCorpus interface {
	PolicyPassages(ctx context.Context, namespace, policyID string) ([]retrieval.Hit, error)
	PoliciesInForce(ctx context.Context, f retrieval.Filter) ([]retrieval.PolicyInfo, error)
	PassageIDs(ctx context.Context, namespace string) (map[string]bool, error)
}

var _ PolicyCorpus = (*policystore.Store)(nil)

// PackTest asks how a pack reads one patient's record.
type PackTest struct {
	Pack      *criteria.Pack
	Patient   string // "Patient/123"
	Namespace string
	AsOf      umassist.Date
	// Diagnoses of the test request; none: the pack's first.
	Diagnoses []umassist.Coding
}

// PackTester runs a pack, published or not, over a patient's record the
// way the agent drafts a case, storing nothing but the audit.
type PackTester interface {
	TestPack(ctx context.Context, t PackTest) (*umassist.Draft, error)
}
