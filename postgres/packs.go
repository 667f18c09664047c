package postgres

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/criteria"
)

// PackStore keeps criteria packs as versioned content: revisions, their
// status (criteria.PackStatus), author and reviewer, each write audited
// in the same transaction. Whether a move is allowed is criteria's rule
// (CheckPackMove); the database holds it too (migration 0800).
type PackStore struct {
	Pool    *pgxpool.Pool
	NowFunc func() time.Time

	// The published packs as last read, and the signature of the
	// published set they were read at: a draft asks for them several
	// times, and parsing thirty packs each time is most of the cost.
	mu        sync.Mutex
	cacheSig  string
	cachePubs []criteria.Pack
}

// NewPackStore returns a PackStore on pool.
func NewPackStore(pool *pgxpool.Pool) *PackStore {
	return &PackStore{Pool: pool, NowFunc: time.Now}
}

// builtinActor imports the packs compiled into the binary.
var builtinActor = umassist.Actor{ID: criteria.BuiltinAuthor, Name: "umassist built-in packs", Role: umassist.RoleAgent}

// packHash is the content hash of a pack's canonical JSON.
func packHash(p *criteria.Pack) ([]byte, string, error) {
	b, err := json.Marshal(p)
	if err != nil {
		return nil, "", fmt.Errorf("packs: encode %s: %w", p.ID, err)
	}
	sum := sha256.Sum256(b)
	return b, hex.EncodeToString(sum[:]), nil
}

// PolicyTextFunc returns the text of one version of a policy, passage by
// passage, or nil when the corpus does not hold that version.
type PolicyTextFunc func(ctx context.Context, policyID, version string) []criteria.SourcePassage

// SeedReport says what Seed did.
type SeedReport struct {
	Published int // built-in packs published (new, or a changed built-in replacing its older self)
	Drafted   int // changed built-in packs stored as drafts: an editor's revision is published
	Unchanged int
}

// Seed imports the packs compiled into the binary. A pack the database
// does not have is published as revision 1 by "umassist". A built-in pack
// whose content changed since its last import is published over the
// previous built-in revision, but only stored as a draft when the
// published revision is an editor's: the editors' content is never
// replaced unseen. Seeding again with the same packs changes nothing.
// With text (may be nil), each new revision keeps the text of the policy
// version it pins, for the diff a later version calls for.
func (s *PackStore) Seed(ctx context.Context, packs []criteria.Pack, text PolicyTextFunc) (SeedReport, error) {
	var rep SeedReport
	err := InTx(ctx, s.Pool, func(tx pgx.Tx) error {
		// One seeder at a time: serve and worker start together.
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtext('umassist.criteria_packs.seed'))`); err != nil {
			return fmt.Errorf("packs: seed lock: %w", err)
		}
		for i := range packs {
			p := &packs[i]
			body, hash, err := packHash(p)
			if err != nil {
				return err
			}
			var seen bool
			if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM criteria_packs WHERE pack_id = $1 AND body_hash = $2 AND author = $3)`,
				p.ID, hash, criteria.BuiltinAuthor).Scan(&seen); err != nil {
				return fmt.Errorf("packs: seed %s: %w", p.ID, err)
			}
			if seen {
				rep.Unchanged++
				continue
			}
			var rev int
			var pubAuthor *string
			if err := tx.QueryRow(ctx, `SELECT coalesce(max(revision), 0) + 1,
				(SELECT author FROM criteria_packs WHERE pack_id = $1 AND status = 'published')
				FROM criteria_packs WHERE pack_id = $1`, p.ID).Scan(&rev, &pubAuthor); err != nil {
				return fmt.Errorf("packs: seed %s: %w", p.ID, err)
			}
			status, action := criteria.PackPublished, "pack.seed_publish"
			if pubAuthor != nil && *pubAuthor != criteria.BuiltinAuthor {
				status, action = criteria.PackDraft, "pack.seed_draft"
			}
			if status == criteria.PackPublished && pubAuthor != nil {
				if _, err := tx.Exec(ctx, `UPDATE criteria_packs SET status = 'retired', updated_at = $2 WHERE pack_id = $1 AND status = 'published'`,
					p.ID, s.NowFunc()); err != nil {
					return fmt.Errorf("packs: seed %s: %w", p.ID, err)
				}
			}
			note := "built into this version of umassist"
			kept := []criteria.SourcePassage{}
			if text != nil && p.PolicyVersion != "" {
				if t := text(ctx, p.Policy, p.PolicyVersion); t != nil {
					kept = t
				}
			}
			policyText, err := json.Marshal(kept)
			if err != nil {
				return fmt.Errorf("packs: seed %s: %w", p.ID, err)
			}
			if _, err := tx.Exec(ctx, `INSERT INTO criteria_packs (pack_id, revision, policy_id, policy_version, payer, status, body, policy_text, body_hash, author, note, created_at, updated_at, published_at)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, CASE WHEN $6 = 'published' THEN $12::timestamptz END)`,
				p.ID, rev, p.Policy, p.PolicyVersion, p.Payer, string(status), body, policyText, hash, criteria.BuiltinAuthor, note, s.NowFunc()); err != nil {
				return fmt.Errorf("packs: seed %s: %w", p.ID, err)
			}
			if err := auditPack(ctx, tx, builtinActor, action, p.ID, rev, nil); err != nil {
				return err
			}
			if status == criteria.PackPublished {
				rep.Published++
			} else {
				rep.Drafted++
			}
		}
		return nil
	})
	return rep, err
}

func auditPack(ctx context.Context, q Querier, actor umassist.Actor, action, id string, rev int, detail map[string]string) error {
	d := map[string]any{"pack": id, "revision": rev}
	for k, v := range detail {
		d[k] = v
	}
	b, err := json.Marshal(d)
	if err != nil {
		return fmt.Errorf("packs: audit: %w", err)
	}
	_, err = AppendAudit(ctx, q, umassist.AuditEntry{Actor: actor, Action: action, Purpose: "HOPERAT", Detail: b})
	return err
}

// SaveDraft stores pack as a new draft revision by actor, with the text
// of the policy version it is written against. The caller has validated
// the pack (against the corpus where there is one).
func (s *PackStore) SaveDraft(ctx context.Context, actor umassist.Actor, p *criteria.Pack, policyText []criteria.SourcePassage, note string) (*criteria.PackRevision, error) {
	if !actor.Human() || !criteria.CanEditPacks(actor.Role) {
		return nil, umassist.Errorf(umassist.EFORBIDDEN, "packs: only a clinical editor or a physician writes a pack revision")
	}
	body, hash, err := packHash(p)
	if err != nil {
		return nil, err
	}
	if policyText == nil {
		policyText = []criteria.SourcePassage{}
	}
	text, err := json.Marshal(policyText)
	if err != nil {
		return nil, fmt.Errorf("packs: encode policy text: %w", err)
	}
	var rev int
	err = InTx(ctx, s.Pool, func(tx pgx.Tx) error {
		// Revisions of one pack are numbered in order: lock the pack's
		// number while the next is taken.
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtext('umassist.criteria_packs:' || $1))`, p.ID); err != nil {
			return fmt.Errorf("packs: save %s: %w", p.ID, err)
		}
		if err := tx.QueryRow(ctx, `SELECT coalesce(max(revision), 0) + 1 FROM criteria_packs WHERE pack_id = $1`, p.ID).Scan(&rev); err != nil {
			return fmt.Errorf("packs: save %s: %w", p.ID, err)
		}
		if _, err := tx.Exec(ctx, `INSERT INTO criteria_packs (pack_id, revision, policy_id, policy_version, payer, status, body, policy_text, body_hash, author, note, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, 'draft', $6, $7, $8, $9, $10, $11, $11)`,
			p.ID, rev, p.Policy, p.PolicyVersion, p.Payer, body, text, hash, actor.ID, note, s.NowFunc()); err != nil {
			return fmt.Errorf("packs: save %s: %w", p.ID, err)
		}
		return auditPack(ctx, tx, actor, "pack.save", p.ID, rev, nil)
	})
	if err != nil {
		return nil, err
	}
	return s.Revision(ctx, p.ID, rev)
}

// Move moves a revision to another status, as criteria.CheckPackMove
// allows, by actor, with a note. Publishing retires the revision that was
// published before, in the same transaction.
func (s *PackStore) Move(ctx context.Context, actor umassist.Actor, id string, rev int, to criteria.PackStatus, note string) (*criteria.PackRevision, error) {
	err := InTx(ctx, s.Pool, func(tx pgx.Tx) error {
		var from, author string
		err := tx.QueryRow(ctx, `SELECT status, author FROM criteria_packs WHERE pack_id = $1 AND revision = $2 FOR UPDATE`, id, rev).Scan(&from, &author)
		if errors.Is(err, pgx.ErrNoRows) {
			return umassist.Errorf(umassist.ENOTFOUND, "packs: no revision %d of %s", rev, id)
		}
		if err != nil {
			return fmt.Errorf("packs: move %s r%d: %w", id, rev, err)
		}
		if err := criteria.CheckPackMove(criteria.PackStatus(from), to, author, actor); err != nil {
			return err
		}
		now := s.NowFunc()
		if to == criteria.PackPublished {
			if _, err := tx.Exec(ctx, `UPDATE criteria_packs SET status = 'retired', updated_at = $2 WHERE pack_id = $1 AND status = 'published'`, id, now); err != nil {
				return fmt.Errorf("packs: move %s r%d: %w", id, rev, err)
			}
		}
		reviewer := ""
		if to == criteria.PackPublished || (from == string(criteria.PackInReview) && to == criteria.PackDraft) {
			reviewer = actor.ID
		}
		if _, err := tx.Exec(ctx, `UPDATE criteria_packs SET status = $3, updated_at = $4,
			reviewer = CASE WHEN $5 <> '' THEN $5 ELSE reviewer END,
			note = CASE WHEN $6 <> '' THEN $6 ELSE note END,
			published_at = CASE WHEN $3 = 'published' THEN $4 ELSE published_at END
			WHERE pack_id = $1 AND revision = $2`, id, rev, string(to), now, reviewer, note); err != nil {
			return fmt.Errorf("packs: move %s r%d: %w", id, rev, err)
		}
		return auditPack(ctx, tx, actor, "pack."+string(to), id, rev, map[string]string{"from": from})
	})
	if err != nil {
		return nil, err
	}
	return s.Revision(ctx, id, rev)
}

const revisionColumns = `body, revision, status, author, reviewer, note, policy_text`

func scanRevision(row pgx.Row) (*criteria.PackRevision, error) {
	var r criteria.PackRevision
	var body, text []byte
	var status string
	if err := row.Scan(&body, &r.Revision, &status, &r.Author, &r.Reviewer, &r.Note, &text); err != nil {
		return nil, err
	}
	p, err := criteria.ParsePack(body)
	if err != nil {
		return nil, fmt.Errorf("packs: stored pack: %w", err)
	}
	r.Pack, r.Status = *p, criteria.PackStatus(status)
	if err := json.Unmarshal(text, &r.PolicyText); err != nil {
		return nil, fmt.Errorf("packs: stored policy text: %w", err)
	}
	return &r, nil
}

// Revision reads one revision.
func (s *PackStore) Revision(ctx context.Context, id string, rev int) (*criteria.PackRevision, error) {
	r, err := scanRevision(s.Pool.QueryRow(ctx, `SELECT `+revisionColumns+` FROM criteria_packs WHERE pack_id = $1 AND revision = $2`, id, rev))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, umassist.Errorf(umassist.ENOTFOUND, "packs: no revision %d of %s", rev, id)
	}
	if err != nil {
		return nil, fmt.Errorf("packs: read %s r%d: %w", id, rev, err)
	}
	return r, nil
}

func (s *PackStore) revisions(ctx context.Context, where string, args ...any) ([]criteria.PackRevision, error) {
	rows, err := s.Pool.Query(ctx, `SELECT `+revisionColumns+` FROM criteria_packs WHERE `+where+` ORDER BY pack_id, revision DESC`, args...)
	if err != nil {
		return nil, fmt.Errorf("packs: list: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (criteria.PackRevision, error) {
		rev, err := scanRevision(r)
		if err != nil {
			return criteria.PackRevision{}, err
		}
		return *rev, nil
	})
	if err != nil {
		return nil, fmt.Errorf("packs: list: %w", err)
	}
	return out, nil
}

// Revisions lists every revision of one pack, newest first.
func (s *PackStore) Revisions(ctx context.Context, id string) ([]criteria.PackRevision, error) {
	out, err := s.revisions(ctx, `pack_id = $1`, id)
	if err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, umassist.Errorf(umassist.ENOTFOUND, "packs: no pack %s", id)
	}
	return out, nil
}

// Latest lists each pack's newest revision, by pack id.
func (s *PackStore) Latest(ctx context.Context) ([]criteria.PackRevision, error) {
	return s.revisions(ctx, `(pack_id, revision) IN (SELECT pack_id, max(revision) FROM criteria_packs GROUP BY pack_id)`)
}

// Published returns the published revision of every pack: the packs that
// drive drafts.
func (s *PackStore) Published(ctx context.Context) ([]criteria.PackRevision, error) {
	return s.revisions(ctx, `status = 'published'`)
}

// PublishedPacks returns the published packs (tools.PackLoader). A cheap
// query of the published set's signature (how many, the newest move, which
// revisions) decides whether the packs are read and parsed again: a
// publish or a retire changes it, so the next draft sees it.
func (s *PackStore) PublishedPacks(ctx context.Context) ([]criteria.Pack, error) {
	var sig string
	if err := s.Pool.QueryRow(ctx, `SELECT count(*) || '/' || coalesce(max(updated_at)::text, '') || '/' || coalesce(string_agg(pack_id || ':' || revision, ',' ORDER BY pack_id), '')
		FROM criteria_packs WHERE status = 'published'`).Scan(&sig); err != nil {
		return nil, fmt.Errorf("packs: published: %w", err)
	}
	s.mu.Lock()
	if sig == s.cacheSig && s.cachePubs != nil {
		out := slices.Clone(s.cachePubs)
		s.mu.Unlock()
		return out, nil
	}
	s.mu.Unlock()
	revs, err := s.Published(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]criteria.Pack, len(revs))
	for i := range revs {
		out[i] = revs[i].Pack
	}
	s.mu.Lock()
	s.cacheSig, s.cachePubs = sig, out
	s.mu.Unlock()
	return slices.Clone(out), nil
}
