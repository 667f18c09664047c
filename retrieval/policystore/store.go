package policystore

import (
	"context"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/pgvector/pgvector-go"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/retrieval"
)

var (
	//go:embed sql/search.sql
	searchSQL string
	//go:embed sql/passage.sql
	passageSQL string
	//go:embed sql/upsert_policy.sql
	upsertPolicySQL string
	//go:embed sql/upsert_passage.sql
	upsertPassageSQL string
)

// DB is what the store needs from PostgreSQL: a pool (transactions per
// policy and per search).
type DB interface {
	Begin(ctx context.Context) (pgx.Tx, error)
	SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// Mode picks the ranking a search uses; Hybrid is the default, the others
// exist to measure what fusion adds.
type Mode int

// Search modes.
const (
	Hybrid Mode = iota
	TextOnly
	VectorOnly
)

func (m Mode) String() string {
	return [...]string{"hybrid", "fts", "vector"}[m]
}

// Store keeps policies and passages in PostgreSQL and searches them.
type Store struct {
	db       DB
	embedder retrieval.Embedder
	// EFSearch is hnsw.ef_search for vector candidates: 400 keeps HNSW
	// recall@10 against an exact scan at 0.96-1.00 on the 100,000-passage
	// benchmark across three fresh index builds (300 gave 0.96-0.98;
	// parallel builds differ), at a p95 under 15 ms (retrieval/README.md).
	EFSearch int
	// Candidates is how many passages each ranking contributes to fusion.
	Candidates int
	// RRFK is the Reciprocal Rank Fusion constant: 60, as in the RRF paper
	// (Cormack et al., 2009). On testdata/queries.json (SWEEP=1 in the
	// quality test prints the grid) k from 5 to 60 and text weights from
	// 0.5 to 1 move MRR by less than 0.02, so the textbook values stay.
	RRFK float64
	// TextWeight and VectorWeight scale each ranking's RRF term.
	TextWeight, VectorWeight float64
	// QueryTerms is how many of a query's rarest lexemes full text keeps.
	QueryTerms int
	// TextPostings caps how many passages those lexemes may match together:
	// full-text cost grows with every passage ranked, so a lexeme that
	// would take the total past the cap is dropped (the rarest one is
	// always kept). It binds on large corpora, not on the NCD export.
	TextPostings int
	// Now gives "today" for searches without AsOf; injectable for tests.
	Now func() time.Time
	// routes keeps a reference list's rows by namespace, policy and
	// version: a version's text does not change, and every governing
	// choice reads them.
	routes *sync.Map
}

// New returns a store searching with embedder (which must produce
// Dimensions-wide vectors).
func New(db DB, embedder retrieval.Embedder) *Store {
	return &Store{db: db, embedder: embedder, EFSearch: 400, Candidates: 60, RRFK: 60, TextWeight: 1, VectorWeight: 1, QueryTerms: 4, TextPostings: 1500, Now: time.Now, routes: &sync.Map{}}
}

// Embedder returns the store's embedder.
func (s *Store) Embedder() retrieval.Embedder { return s.embedder }

// UpsertStats says what an upsert did.
type UpsertStats struct {
	Unchanged bool // the policy version was already stored with this content
	Passages  int
	Embedded  int // passages whose text had no cached embedding
	Cached    int // passages whose embedding came from the cache
	Removed   int // passages of the version no longer produced
}

// UpsertPolicy stores one policy version and its passages in one
// transaction: either all of it is indexed or none of it. Unchanged
// versions are skipped; changed passages are re-embedded, unchanged ones
// reuse their cached embedding.
func (s *Store) UpsertPolicy(ctx context.Context, p umassist.Policy, passages []umassist.Passage) (UpsertStats, error) {
	var st UpsertStats
	if err := validatePolicy(p, passages); err != nil {
		return st, err
	}
	p.Payer = strings.ToLower(strings.TrimSpace(p.Payer))
	if s.embedder.Dimensions() != retrieval.Dimensions {
		return st, fmt.Errorf("retrieval: %s: %w: embedder %s makes %d, the store holds %d", p.ID, retrieval.ErrDimension, s.embedder.Model(), s.embedder.Dimensions(), retrieval.Dimensions)
	}
	model := s.embedder.Model()
	hashes := make([]string, len(passages))
	ph := sha256.New()
	fmt.Fprintf(ph, "%s|%s|%s|%s|%s|%s|%s|%s|%s|%v|%s|%s\n", p.Source, p.Payer, p.Title, day(p.Effective), day(p.Implemented), day(p.Terminated), p.CoverageLevel, p.URL, model, p.BenefitCategories, p.ID, p.Version)
	for i, ps := range passages {
		hashes[i] = retrieval.ContentHash(p.Title, ps.Section, ps.Text)
		fmt.Fprintf(ph, "%s|%d|%s\n", ps.ID, ps.Ordinal, hashes[i])
	}
	policyHash := hex.EncodeToString(ph.Sum(nil))
	st.Passages = len(passages)

	var existing string
	err := s.db.QueryRow(ctx, `SELECT content_hash FROM policies WHERE namespace = $1 AND policy_id = $2 AND version = $3`, p.Namespace, p.ID, p.Version).Scan(&existing)
	if err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return st, fmt.Errorf("retrieval: %s: look up: %w", p.ID, err)
	}
	if existing == policyHash {
		st.Unchanged = true
		return st, nil
	}

	// Embed before the transaction opens: a slow or failing endpoint must
	// not hold locks, and a failure leaves the stored version untouched.
	vecs, embedded, err := s.embedCached(ctx, model, hashes, func(i int) string {
		return retrieval.EmbedText(p.Title, passages[i].Section, passages[i].Text)
	})
	if err != nil {
		return st, fmt.Errorf("retrieval: %s version %s: %w", p.ID, p.Version, err)
	}
	st.Embedded = embedded
	st.Cached = len(passages) - embedded

	tx, err := s.db.Begin(ctx)
	if err != nil {
		return st, fmt.Errorf("retrieval: %s: begin: %w", p.ID, err)
	}
	defer tx.Rollback(ctx) //nolint:errcheck // no-op after commit
	if _, err := tx.Exec(ctx, upsertPolicySQL, p.Namespace, p.ID, p.Version, p.Source, p.Payer, p.Title,
		date(p.Effective), date(p.Implemented), date(p.Terminated), p.CoverageLevel, nonNil(p.BenefitCategories), p.URL, policyHash); err != nil {
		return st, fmt.Errorf("retrieval: %s: store policy: %w", p.ID, err)
	}
	ids := make([]string, len(passages))
	for i, ps := range passages {
		ids[i] = ps.ID
	}
	tag, err := tx.Exec(ctx, `DELETE FROM policy_passages WHERE namespace = $1 AND policy_id = $2 AND version = $3 AND NOT (passage_id = ANY($4))`, p.Namespace, p.ID, p.Version, ids)
	if err != nil {
		return st, fmt.Errorf("retrieval: %s: remove stale passages: %w", p.ID, err)
	}
	st.Removed = int(tag.RowsAffected())
	batch := &pgx.Batch{}
	for i, ps := range passages {
		batch.Queue(upsertPassageSQL, p.Namespace, p.ID, p.Version, ps.ID, ps.Ordinal, p.Payer, p.Title,
			ps.Section, ps.Text, date(p.Effective), date(p.Terminated), hashes[i], model, pgvector.NewHalfVector(vecs[i]))
	}
	if err := tx.SendBatch(ctx, batch).Close(); err != nil {
		return st, fmt.Errorf("retrieval: %s: store passages: %w", p.ID, err)
	}
	if err := tx.Commit(ctx); err != nil {
		return st, fmt.Errorf("retrieval: %s: commit: %w", p.ID, err)
	}
	return st, nil
}

// embedCached returns one vector per hash: cached ones from
// embedding_cache, the rest embedded (each distinct hash once) and cached.
func (s *Store) embedCached(ctx context.Context, model string, hashes []string, text func(int) string) ([][]float32, int, error) {
	vecs := make([][]float32, len(hashes))
	if len(hashes) == 0 {
		return vecs, 0, nil
	}
	rows, err := s.db.Query(ctx, `SELECT content_hash, embedding FROM embedding_cache WHERE model = $1 AND content_hash = ANY($2)`, model, hashes)
	if err != nil {
		return nil, 0, fmt.Errorf("read embedding cache: %w", err)
	}
	cached := map[string][]float32{}
	for rows.Next() {
		var h string
		var v pgvector.Vector
		if err := rows.Scan(&h, &v); err != nil {
			rows.Close()
			return nil, 0, fmt.Errorf("read embedding cache: %w", err)
		}
		cached[h] = v.Slice()
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("read embedding cache: %w", err)
	}
	var missTexts []string
	var missHashes []string
	firstIdx := map[string]int{}
	for i, h := range hashes {
		if v, ok := cached[h]; ok && len(v) == s.embedder.Dimensions() {
			vecs[i] = v
			continue
		}
		if _, ok := firstIdx[h]; !ok {
			firstIdx[h] = len(missTexts)
			missTexts = append(missTexts, text(i))
			missHashes = append(missHashes, h)
		}
	}
	embedded := 0
	if len(missTexts) > 0 {
		got, err := s.embedder.Embed(ctx, missTexts)
		if err != nil {
			return nil, 0, fmt.Errorf("embed with %s: %w", model, err)
		}
		if err := retrieval.CheckDims(got, len(missTexts), retrieval.Dimensions); err != nil {
			return nil, 0, fmt.Errorf("embed with %s: %w", model, err)
		}
		batch := &pgx.Batch{}
		for j, h := range missHashes {
			batch.Queue(`INSERT INTO embedding_cache (model, content_hash, embedding) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, model, h, pgvector.NewVector(got[j]))
		}
		if err := s.db.SendBatch(ctx, batch).Close(); err != nil {
			return nil, 0, fmt.Errorf("write embedding cache: %w", err)
		}
		for i, h := range hashes {
			if vecs[i] == nil {
				vecs[i] = got[firstIdx[h]]
				embedded++
			}
		}
	}
	return vecs, embedded, nil
}

func validatePolicy(p umassist.Policy, passages []umassist.Passage) error {
	switch {
	case strings.TrimSpace(p.ID) == "":
		return umassist.Errorf(umassist.EINVALID, "retrieval: policy without id")
	case strings.TrimSpace(p.Version) == "":
		return umassist.Errorf(umassist.EINVALID, "retrieval: %s: no version", p.ID)
	case p.Source != "ncd" && p.Source != "lcd" && p.Source != "doc":
		return umassist.Errorf(umassist.EINVALID, "retrieval: %s: source %q", p.ID, p.Source)
	case len(passages) == 0:
		return umassist.Errorf(umassist.EINVALID, "retrieval: %s: no passages (empty document?)", p.ID)
	}
	seen := map[string]bool{}
	for _, ps := range passages {
		if !strings.HasPrefix(ps.ID, p.ID+"#") {
			return umassist.Errorf(umassist.EINVALID, "retrieval: %s: passage id %q does not start with %q", p.ID, ps.ID, p.ID+"#")
		}
		if seen[ps.ID] {
			return umassist.Errorf(umassist.EINVALID, "retrieval: %s: duplicate passage id %q", p.ID, ps.ID)
		}
		seen[ps.ID] = true
	}
	return nil
}

// Search runs a hybrid search (see SearchMode).
func (s *Store) Search(ctx context.Context, query string, f retrieval.Filter, k int) ([]retrieval.Hit, error) {
	return s.SearchMode(ctx, query, f, k, Hybrid)
}

// SearchMode ranks passages for query with the given mode: HNSW cosine over
// the embedded query and full-text search (title weighted above body),
// fused by Reciprocal Rank Fusion in one SQL statement. Filters keep a
// namespace (plus the standard corpus), a payer, the versions in force on
// AsOf and given policy ids; iterative index scans keep filtered vector
// queries at full recall.
func (s *Store) SearchMode(ctx context.Context, query string, f retrieval.Filter, k int, mode Mode) ([]retrieval.Hit, error) {
	if k <= 0 {
		k = 10
	}
	if k > 200 {
		return nil, umassist.Errorf(umassist.EINVALID, "retrieval: k %d is more than 200", k)
	}
	if strings.TrimSpace(query) == "" {
		return nil, umassist.Errorf(umassist.EINVALID, "retrieval: empty query")
	}
	vecs, err := s.embedder.Embed(ctx, []string{query})
	if err != nil {
		return nil, fmt.Errorf("retrieval: embed query: %w", err)
	}
	if err := retrieval.CheckDims(vecs, 1, retrieval.Dimensions); err != nil {
		return nil, fmt.Errorf("retrieval: embed query: %w", err)
	}
	asOf := f.AsOf
	if asOf.IsZero() {
		asOf = s.Now()
	}
	wv, wt := s.VectorWeight, s.TextWeight
	switch mode {
	case TextOnly:
		wv = 0
	case VectorOnly:
		wt = 0
	}
	cand := max(s.Candidates, k)
	// A broad search of the standard corpus (the agent's and reviewers'
	// usual one) reuses one generic plan: planning the fused query for its
	// values costs 1-2 ms, a sixth of a search at 100,000 passages. With
	// seq scans off that plan cannot fall back to a full scan it mis-costs
	// for an unknown payer. Selective searches (policy ids, an eval run's
	// namespace) are planned for their values, where reading a few rows
	// exactly can beat the index.
	planMode, seqScan := "force_custom_plan", "on"
	if len(f.PolicyIDs) == 0 && f.Namespace == "" {
		planMode, seqScan = "force_generic_plan", "off"
	}
	ids := nonNil(f.PolicyIDs)
	payer := strings.ToLower(strings.TrimSpace(f.Payer))
	// One round trip: a batch runs as one implicit transaction, so the
	// local settings hold for the search that follows them and no longer.
	batch := &pgx.Batch{}
	batch.Queue(`SELECT set_config('hnsw.iterative_scan', 'relaxed_order', true), set_config('hnsw.ef_search', $1, true), set_config('plan_cache_mode', $2, true), set_config('enable_seqscan', $3, true)`,
		fmt.Sprint(max(s.EFSearch, cand)), planMode, seqScan)
	batch.Queue(searchSQL, pgvector.NewHalfVector(vecs[0]), query, f.Namespace, payer, asOf.Format("2006-01-02"), ids, cand, k, s.RRFK, wv, wt, max(s.QueryTerms, 1), s.TextPostings, s.embedder.Model())
	br := s.db.SendBatch(ctx, batch)
	defer br.Close()
	if _, err := br.Exec(); err != nil {
		return nil, fmt.Errorf("retrieval: search settings: %w", err)
	}
	rows, err := br.Query()
	if err != nil {
		return nil, fmt.Errorf("retrieval: search: %w", err)
	}
	hits, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (retrieval.Hit, error) {
		var h retrieval.Hit
		var eff, term *time.Time
		err := r.Scan(&h.PassageID, &h.PolicyID, &h.PolicyVersion, &h.PolicyTitle, &h.Payer, &h.Section, &h.Text, &eff, &term, &h.TextRank, &h.VectorRank, &h.Score)
		h.Effective, h.Terminated = deref(eff), deref(term)
		return h, err
	})
	if err != nil {
		return nil, fmt.Errorf("retrieval: search: %w", err)
	}
	if err := br.Close(); err != nil {
		return nil, fmt.Errorf("retrieval: search: %w", err)
	}
	return hits, nil
}

// Passage returns one passage by id ("NCD 20.4#B3"): the namespace's own
// first, then the standard corpus; of several versions, the one in force
// today. A missing passage is an ENOTFOUND error.
func (s *Store) Passage(ctx context.Context, namespace, id string) (*retrieval.Hit, error) {
	var h retrieval.Hit
	var eff, term *time.Time
	err := s.db.QueryRow(ctx, passageSQL, namespace, id, s.Now().Format("2006-01-02")).Scan(&h.PassageID, &h.PolicyID, &h.PolicyVersion, &h.PolicyTitle, &h.Payer, &h.Section, &h.Text, &eff, &term)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, umassist.Errorf(umassist.ENOTFOUND, "retrieval: passage %q not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("retrieval: passage %s: %w", id, err)
	}
	h.Effective, h.Terminated = deref(eff), deref(term)
	return &h, nil
}

// HasPassage reports whether the standard corpus has the passage.
func (s *Store) HasPassage(ctx context.Context, id string) (bool, error) {
	var ok bool
	err := s.db.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM policy_passages WHERE namespace = '' AND passage_id = $1)`, id).Scan(&ok)
	if err != nil {
		return false, fmt.Errorf("retrieval: has passage %s: %w", id, err)
	}
	return ok, nil
}

// PassageIDs lists every passage id of a namespace (the standard corpus
// for ""), for validating criteria packs against what was imported.
func (s *Store) PassageIDs(ctx context.Context, namespace string) (map[string]bool, error) {
	rows, err := s.db.Query(ctx, `SELECT passage_id FROM policy_passages WHERE namespace = $1`, namespace)
	if err != nil {
		return nil, fmt.Errorf("retrieval: passage ids: %w", err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("retrieval: passage ids: %w", err)
	}
	out := make(map[string]bool, len(ids))
	for _, id := range ids {
		out[id] = true
	}
	return out, nil
}

// PolicyPassages returns a policy's passages in order (the version in force
// today, or the newest).
func (s *Store) PolicyPassages(ctx context.Context, namespace, policyID string) ([]retrieval.Hit, error) {
	rows, err := s.db.Query(ctx, `
		WITH v AS (
			SELECT namespace, version FROM policies
			WHERE namespace IN ('', $1) AND policy_id = $2
			ORDER BY (namespace = $1) DESC, (terminated IS NULL OR terminated > $3::date) DESC, effective DESC NULLS LAST
			LIMIT 1)
		SELECT passage_id, policy_id, p.version, policy_title, payer, section, body, effective, terminated
		FROM policy_passages p JOIN v USING (namespace, version)
		WHERE p.policy_id = $2 ORDER BY ordinal`, namespace, policyID, s.Now().Format("2006-01-02"))
	if err != nil {
		return nil, fmt.Errorf("retrieval: policy %s: %w", policyID, err)
	}
	hits, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (retrieval.Hit, error) {
		var h retrieval.Hit
		var eff, term *time.Time
		err := r.Scan(&h.PassageID, &h.PolicyID, &h.PolicyVersion, &h.PolicyTitle, &h.Payer, &h.Section, &h.Text, &eff, &term)
		h.Effective, h.Terminated = deref(eff), deref(term)
		return h, err
	})
	if err != nil {
		return nil, fmt.Errorf("retrieval: policy %s: %w", policyID, err)
	}
	if len(hits) == 0 {
		return nil, umassist.Errorf(umassist.ENOTFOUND, "retrieval: policy %q not found", policyID)
	}
	return hits, nil
}

// RefreshLexemes recomputes the document frequency of every full-text
// lexeme (search keeps a query's rarest words). Importers call it after
// writing; it is one statement, seconds at 100,000 passages.
func (s *Store) RefreshLexemes(ctx context.Context) error {
	tx, err := s.db.Begin(ctx)
	if err != nil {
		return fmt.Errorf("retrieval: refresh lexemes: %w", err)
	}
	defer tx.Rollback(ctx) //nolint:errcheck // no-op after commit
	if _, err := tx.Exec(ctx, `DELETE FROM policy_lexemes`); err != nil {
		return fmt.Errorf("retrieval: refresh lexemes: %w", err)
	}
	if _, err := tx.Exec(ctx, `INSERT INTO policy_lexemes (word, ndoc) SELECT word, ndoc FROM ts_stat('SELECT tsv FROM policy_passages')`); err != nil {
		return fmt.Errorf("retrieval: refresh lexemes: %w", err)
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("retrieval: refresh lexemes: %w", err)
	}
	return nil
}

// DeleteNamespace removes an eval run's policies; the standard corpus
// ("") cannot be deleted this way.
func (s *Store) DeleteNamespace(ctx context.Context, namespace string) (int64, error) {
	if namespace == "" {
		return 0, umassist.Errorf(umassist.EINVALID, "retrieval: refusing to delete the standard corpus")
	}
	tag, err := s.db.Exec(ctx, `DELETE FROM policies WHERE namespace = $1`, namespace)
	if err != nil {
		return 0, fmt.Errorf("retrieval: delete namespace %s: %w", namespace, err)
	}
	return tag.RowsAffected(), nil
}

func date(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.Format("2006-01-02")
}

func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

func deref(t *time.Time) time.Time {
	if t == nil {
		return time.Time{}
	}
	return *t
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
