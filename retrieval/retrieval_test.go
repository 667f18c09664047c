package retrieval_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/criteria"
	"github.com/umassist/umassist/internal/sourcetree"
	"github.com/umassist/umassist/policies"
	"github.com/umassist/umassist/postgres/pgtest"
	"github.com/umassist/umassist/retrieval"
	"github.com/umassist/umassist/retrieval/policystore"
)

var (
	mcdDir = sourcetree.SharedData("mcd")
	lcdDir = sourcetree.SharedData("lcd")
)

type labelled struct {
	Query    string   `json:"query"`
	Policy   string   `json:"policy"`
	Passages []string `json:"passages"`
}

// loadQueries reads the labelled queries the ranking was tuned on.
func loadQueries(t testing.TB) []labelled { return loadQueryFile(t, "queries.json") }

// loadQueryFile reads a labelled query set from testdata.
func loadQueryFile(t testing.TB, name string) []labelled {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	var qs []labelled
	require.NoError(t, json.Unmarshal(b, &qs))
	return qs
}

// Metrics are the retrieval quality numbers for one ranking.
type Metrics struct {
	Mode     string  `json:"mode"`
	Recall1  float64 `json:"recall_at_1"`
	Recall5  float64 `json:"recall_at_5"`
	Recall10 float64 `json:"recall_at_10"`
	MRR      float64 `json:"mrr"`
	NDCG10   float64 `json:"ndcg_at_10"`
	MeanMS   float64 `json:"mean_ms,omitempty"`
	P95MS    float64 `json:"p95_ms,omitempty"`
}

// score computes recall@k as "a relevant passage is in the top k", MRR of
// the first relevant passage, and binary nDCG@10.
func score(mode string, qs []labelled, ranked [][]string, took []time.Duration) Metrics {
	m := Metrics{Mode: mode}
	if len(took) > 0 {
		var sum time.Duration
		for _, d := range took {
			sum += d
		}
		m.MeanMS = float64(sum.Microseconds()) / 1000 / float64(len(took))
		sorted := slices.Clone(took)
		slices.Sort(sorted)
		m.P95MS = float64(sorted[(len(sorted)*95+99)/100-1].Microseconds()) / 1000
	}
	for i, q := range qs {
		rel := map[string]bool{}
		for _, p := range q.Passages {
			rel[p] = true
		}
		first := 0
		var dcg float64
		for r, id := range ranked[i] {
			if rel[id] {
				if first == 0 {
					first = r + 1
				}
				if r < 10 {
					dcg += 1 / math.Log2(float64(r+2))
				}
			}
		}
		var idcg float64
		for r := 0; r < min(len(rel), 10); r++ {
			idcg += 1 / math.Log2(float64(r+2))
		}
		if first == 1 {
			m.Recall1++
		}
		if first >= 1 && first <= 5 {
			m.Recall5++
		}
		if first >= 1 && first <= 10 {
			m.Recall10++
		}
		if first > 0 {
			m.MRR += 1 / float64(first)
		}
		m.NDCG10 += dcg / idcg
	}
	n := float64(len(qs))
	m.Recall1 /= n
	m.Recall5 /= n
	m.Recall10 /= n
	m.MRR /= n
	m.NDCG10 /= n
	return m
}

// TestRealCorpus imports the real NCD export once and runs the store's
// behaviour and the quality measurement against it.
func TestRealCorpus(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.DB(t)
	store := policystore.New(pool, retrieval.NewHashEmbedder())
	store.Now = func() time.Time { return time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC) }
	im := &policies.Importer{Store: store}
	rep, err := im.ImportMCD(ctx, mcdDir)
	require.NoError(t, err)
	require.NoError(t, rep.Err())
	require.GreaterOrEqual(t, rep.Stored, 340)
	require.Greater(t, rep.Embedded, 1000)

	t.Run("reimport is idempotent and embeds nothing", func(t *testing.T) {
		again, err := im.ImportMCD(ctx, mcdDir)
		require.NoError(t, err)
		require.Equal(t, rep.Policies, again.Unchanged)
		require.Zero(t, again.Embedded)
		require.Zero(t, again.Stored)
	})

	t.Run("packs cite passages that exist", func(t *testing.T) {
		// The drug packs follow our own payer policies.
		rep, err := im.LoadDocs(ctx, "", "../criteria/payer-docs")
		require.NoError(t, err)
		require.NoError(t, rep.Err())
		ids, err := store.PassageIDs(ctx, "")
		require.NoError(t, err)
		// The LCD packs' passages, read here: the LCDs are imported by a
		// later subtest that counts what it stores.
		lcds, err := policies.ReadLCDs(lcdDir, policies.DefaultChunker())
		require.NoError(t, err)
		for _, l := range lcds {
			for _, p := range l.Passages {
				ids[p.ID] = true
			}
		}
		packs, err := criteria.LoadPacks()
		require.NoError(t, err)
		for _, p := range packs {
			require.NoError(t, p.Validate(criteria.PassageSetFunc(func(id string) bool { return ids[id] })))
		}
	})

	t.Run("search finds the governing indication", func(t *testing.T) {
		hits, err := store.Search(ctx, "ICD for ischemic cardiomyopathy NYHA class II LVEF 30%", retrieval.Filter{Payer: "Medicare"}, 5)
		require.NoError(t, err)
		var ids []string
		for _, h := range hits {
			ids = append(ids, h.PassageID)
			require.Positive(t, h.Score)
			require.True(t, h.TextRank > 0 || h.VectorRank > 0)
		}
		require.Contains(t, ids, "NCD 20.4#B3")
		require.Equal(t, "NCD 20.4", hits[0].PolicyID)
		require.Equal(t, "5", hits[0].PolicyVersion)
	})

	t.Run("filters", func(t *testing.T) {
		q := "implantable cardioverter defibrillator LVEF"
		hits, err := store.Search(ctx, q, retrieval.Filter{Payer: "acme"}, 5)
		require.NoError(t, err)
		require.Empty(t, hits)
		// NCD 20.4 version 5 took effect 2023-07-31: not in force in 2020.
		hits, err = store.Search(ctx, q, retrieval.Filter{AsOf: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)}, 20)
		require.NoError(t, err)
		for _, h := range hits {
			require.NotEqual(t, "NCD 20.4", h.PolicyID)
		}
		hits, err = store.Search(ctx, q, retrieval.Filter{PolicyIDs: []string{"NCD 240.4"}}, 5)
		require.NoError(t, err)
		require.NotEmpty(t, hits)
		for _, h := range hits {
			require.Equal(t, "NCD 240.4", h.PolicyID)
		}
	})

	t.Run("vectors of another model are not compared", func(t *testing.T) {
		// The corpus was embedded with fragment weights; a store whose
		// embedder is another model ranks it by full text alone until a
		// re-import embeds it again.
		other := policystore.New(pool, &retrieval.HashEmbedder{Dims: retrieval.Dimensions})
		require.NotEqual(t, store.Embedder().Model(), other.Embedder().Model())
		hits, err := other.Search(ctx, "ICD for ischemic cardiomyopathy NYHA class II LVEF 30%", retrieval.Filter{}, 5)
		require.NoError(t, err)
		require.NotEmpty(t, hits)
		for _, h := range hits {
			require.Zero(t, h.VectorRank, h.PassageID)
			require.Positive(t, h.TextRank, h.PassageID)
		}
	})

	t.Run("governing policy without a pack", func(t *testing.T) {
		// Requests for policies no pack covers, the governing one labelled
		// by hand: two sets the choice was tuned on, and one written after
		// tuning and read once (retrieval/README.md).
		// The strength of each governing choice, counted over the sets
		// its bands were measured on, and over the one never tuned on.
		read, fresh := strengths{}, strengths{}
		dev := governingRate(t, ctx, store, loadGoverning(t, "governing.json"), read)
		dev2 := governingRate(t, ctx, store, loadGoverning(t, "governing_dev2.json"), read)
		held := governingRate(t, ctx, store, loadGoverning(t, "governing_heldout.json"), read)
		// Written before the round of changes that followed the first
		// held-out reading, read once, then its misses looked at.
		held2 := governingRate(t, ctx, store, loadGoverning(t, "governing_heldout2.json"), read)
		// Written after that, read once, then used to choose among the
		// round's changes.
		held3 := governingRate(t, ctx, store, loadGoverning(t, "governing_heldout3.json"), read)
		// Read once at 0.741; then one cause of its misses
		// mended (a drugs-only policy governing a test).
		held4 := governingRate(t, ctx, store, loadGoverning(t, "governing_heldout4.json"), read)
		// Written blind by someone who had read neither the rules nor the
		// other sets, committed before its first reading (0.833), then
		// its misses read.
		held5 := governingRate(t, ctx, store, loadGoverning(t, "governing_heldout5.json"), read)
		// Written blind after those rules, committed before its first
		// reading; kept for measuring, never tuned on.
		held6 := governingRate(t, ctx, store, loadGoverning(t, "governing_heldout6.json"), fresh)
		// Written blind (2026-12-07) after every rule above, committed
		// before its first reading; kept for measuring.
		held7 := governingRate(t, ctx, store, loadGoverning(t, "governing_heldout7.json"), fresh)
		// Written blind after held-out 7's rules; its writer reported
		// counts only, so no label was seen before its reading.
		held8 := governingRate(t, ctx, store, loadGoverning(t, "governing_heldout8.json"), fresh)
		// Written blind (2026-12-08) by a writer who reported counts only,
		// committed (0c5a020) before its first reading.
		held9 := governingRate(t, ctx, store, loadGoverning(t, "governing_heldout9.json"), fresh)
		// Written blind (2026-12-08) after the reference-list rule and
		// the rule for weak choices were written, committed (2d01cfb)
		// before its first reading.
		held10 := governingRate(t, ctx, store, loadGoverning(t, "governing_heldout10.json"), fresh)
		t.Logf("governing policy right: dev %.3f, dev2 %.3f, held-out %.3f, held-out 2 %.3f, held-out 3 %.3f, held-out 4 %.3f, held-out 5 %.3f, held-out 6 %.3f, held-out 7 %.3f, held-out 8 %.3f, held-out 9 %.3f, held-out 10 %.3f", dev, dev2, held, held2, held3, held4, held5, held6, held7, held8, held9, held10)
		// Local determinations beside the NCDs, written before they were
		// imported and read once.
		rep, err := im.ImportLCDs(ctx, lcdDir)
		require.NoError(t, err)
		require.NoError(t, rep.Err())
		require.Equal(t, 5, rep.Stored)
		lcd := governingRate(t, ctx, store, loadGoverning(t, "governing_lcd.json"), read)
		t.Logf("governing policy right with LCDs: %.3f", lcd)
		// Floors a little under today's rates: they catch a regression, they
		// are not the goal (0.9 on requests the rules never saw).
		require.GreaterOrEqual(t, lcd, 0.8)
		// The strengths are calibrated: a stronger choice is right more
		// often, and a strong one nearly always.
		for _, st := range []strengths{read, fresh} {
			for _, s := range []string{retrieval.StrengthStrong, retrieval.StrengthModerate, retrieval.StrengthWeak} {
				if c := st[s]; c != nil {
					t.Logf("%s choices: %d, right %d (%.2f)", s, c[0], c[1], st.precision(s))
				}
			}
		}
		require.GreaterOrEqual(t, read.precision(retrieval.StrengthStrong), 0.9)
		require.Greater(t, read.precision(retrieval.StrengthStrong), read.precision(retrieval.StrengthModerate))
		require.GreaterOrEqual(t, dev, 0.9)
		require.GreaterOrEqual(t, dev2, 0.85)
		require.GreaterOrEqual(t, held, 0.75)
		// 0.853 before the DME reference list's rows routed equipment: its
		// cane for a blind person now goes where the list sends canes.
		require.GreaterOrEqual(t, held2, 0.8)
		require.GreaterOrEqual(t, held3, 0.8)
		// 0.815 before weak choices that name little of the service stopped
		// governing: its complex uroflowmetry, whose policy's title names
		// it in another form and whose text hardly at all, is now listed
		// as the nearest rather than chosen.
		require.GreaterOrEqual(t, held4, 0.75)
		require.GreaterOrEqual(t, held5, 0.9)
		require.GreaterOrEqual(t, held6, 0.6)
	})

	t.Run("passage lookup", func(t *testing.T) {
		h, err := store.Passage(ctx, "", "NCD 20.4#B3")
		require.NoError(t, err)
		require.Contains(t, h.Text, "NYHA Class II or III")
		require.Equal(t, "Nationally Covered Indications", h.Section)
		_, err = store.Passage(ctx, "", "NCD 20.4#B99")
		require.ErrorContains(t, err, "not found")
		ps, err := store.PolicyPassages(ctx, "", "NCD 20.4")
		require.NoError(t, err)
		require.Equal(t, "NCD 20.4#A", ps[0].PassageID)
	})

	t.Run("namespace docs load beside the corpus and go", func(t *testing.T) {
		dir := t.TempDir()
		require.NoError(t, os.WriteFile(filepath.Join(dir, "acme-icd.md"), []byte("# Acme ICD policy\n\n## Criteria\n\n1. LVEF of 30 percent or less.\n2. Wearable defibrillator tried first for 90 days.\n\n## Exclusions\n\nNone.\n"), 0o600))
		require.NoError(t, os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o600))
		require.NoError(t, os.WriteFile(filepath.Join(dir, "index.json"), []byte(`[
			{"file": "acme-icd.md", "id": "ACME CP-12", "title": "Acme ICD", "payer": "acme", "effective": "2024-01-01", "reviewed_by": "extra fields are ignored (SPEC)"},
			{"file": "empty.txt", "id": "ACME CP-13", "title": "Empty", "payer": "acme", "effective": "2024-01-01"},
			{"file": "acme-icd.md", "id": "ACME CP-12", "title": "dup", "payer": "acme", "effective": "2024-01-01"}]`), 0o600))
		rep, err := im.LoadDocs(ctx, "eval-run-1", dir)
		require.NoError(t, err)
		require.Equal(t, 1, rep.Stored)
		require.Equal(t, 2, rep.Failed)
		require.ErrorContains(t, rep.Err(), "ACME CP-13")
		require.ErrorContains(t, rep.Err(), "duplicate id")
		hits, err := store.Search(ctx, "wearable defibrillator tried first", retrieval.Filter{Namespace: "eval-run-1", Payer: "acme"}, 3)
		require.NoError(t, err)
		require.NotEmpty(t, hits)
		require.Equal(t, "ACME CP-12#B2", hits[0].PassageID)
		// Invisible from the standard corpus.
		hits, err = store.Search(ctx, "wearable defibrillator tried first", retrieval.Filter{Payer: "acme"}, 3)
		require.NoError(t, err)
		require.Empty(t, hits)
		n, err := store.DeleteNamespace(ctx, "eval-run-1")
		require.NoError(t, err)
		require.EqualValues(t, 1, n)
		_, err = store.DeleteNamespace(ctx, "")
		require.Error(t, err)
	})

	t.Run("quality: hybrid vs fts and vector", func(t *testing.T) {
		qs := loadQueries(t)
		require.GreaterOrEqual(t, len(qs), 60)
		if os.Getenv("SWEEP") != "" {
			defaults := *store
			for _, k := range []float64{5, 10, 20, 60} {
				for _, tw := range []float64{0.5, 0.7, 1} {
					for _, terms := range []int{4, 6} {
						store.RRFK, store.TextWeight, store.QueryTerms = k, tw, terms
						ranked, _ := rankAll(t, ctx, store, qs, policystore.Hybrid)
						m := score("h", qs, ranked, nil)
						t.Logf("k=%v text=%v terms=%d R@1 %.3f R@5 %.3f R@10 %.3f MRR %.3f nDCG@10 %.3f", k, tw, terms, m.Recall1, m.Recall5, m.Recall10, m.MRR, m.NDCG10)
					}
				}
			}
			store.RRFK, store.TextWeight, store.QueryTerms = defaults.RRFK, defaults.TextWeight, defaults.QueryTerms
		}
		results := map[policystore.Mode]Metrics{}
		for _, mode := range []policystore.Mode{policystore.TextOnly, policystore.VectorOnly, policystore.Hybrid} {
			rankAll(t, ctx, store, qs, mode) // warm: the latencies are of a serving system
			ranked, took := rankAll(t, ctx, store, qs, mode)
			results[mode] = score(mode.String(), qs, ranked, took)
		}
		for _, m := range results {
			t.Logf("%-7s R@1 %.3f R@5 %.3f R@10 %.3f MRR %.3f nDCG@10 %.3f", m.Mode, m.Recall1, m.Recall5, m.Recall10, m.MRR, m.NDCG10)
		}
		h, f, v := results[policystore.Hybrid], results[policystore.TextOnly], results[policystore.VectorOnly]
		// Measured ordering: hybrid beats both on recall@5, MRR and nDCG@10.
		require.Greater(t, h.Recall5, f.Recall5, "hybrid vs fts recall@5")
		require.Greater(t, h.Recall5, v.Recall5, "hybrid vs vector recall@5")
		require.Greater(t, h.MRR, f.MRR, "hybrid vs fts MRR")
		require.Greater(t, h.MRR, v.MRR, "hybrid vs vector MRR")
		require.Greater(t, h.NDCG10, f.NDCG10, "hybrid vs fts nDCG@10")
		require.Greater(t, h.NDCG10, v.NDCG10, "hybrid vs vector nDCG@10")
		lc := langchainBaseline(t, ctx, pool, qs)
		t.Logf("%-7s R@1 %.3f R@5 %.3f R@10 %.3f MRR %.3f nDCG@10 %.3f", lc.Mode, lc.Recall1, lc.Recall5, lc.Recall10, lc.MRR, lc.NDCG10)
		// Same embedder, same passages: the difference is fusion with full
		// text (and the title/section text we embed).
		require.Greater(t, h.MRR, lc.MRR, "hybrid vs langchaingo pgvector MRR")
		if os.Getenv("UMASSIST_WRITE_RESULTS") != "" {
			b, _ := json.MarshalIndent([]Metrics{f, v, h, lc}, "", "  ")
			require.NoError(t, os.WriteFile(filepath.Join("testdata", "quality.json"), b, 0o644))
		}
	})

	t.Run("quality on held-out queries", func(t *testing.T) {
		// Written after every setting was chosen, about policies the tuned
		// set never asks about: how the choices carry to the rest of the
		// corpus.
		qs := loadQueryFile(t, "queries_heldout.json")
		require.GreaterOrEqual(t, len(qs), 30)
		results := map[policystore.Mode]Metrics{}
		for _, mode := range []policystore.Mode{policystore.TextOnly, policystore.VectorOnly, policystore.Hybrid} {
			ranked, _ := rankAll(t, ctx, store, qs, mode)
			results[mode] = score(mode.String(), qs, ranked, nil)
			m := results[mode]
			t.Logf("held-out %-7s R@1 %.3f R@5 %.3f R@10 %.3f MRR %.3f nDCG@10 %.3f", m.Mode, m.Recall1, m.Recall5, m.Recall10, m.MRR, m.NDCG10)
		}
		if os.Getenv("UMASSIST_WRITE_RESULTS") != "" {
			b, _ := json.MarshalIndent([]Metrics{results[policystore.TextOnly], results[policystore.VectorOnly], results[policystore.Hybrid]}, "", "  ")
			require.NoError(t, os.WriteFile(filepath.Join("testdata", "quality_heldout.json"), b, 0o644))
		}
	})
}

// rankAll searches every query with mode, top 10, and returns the ranked
// passage ids and each search's latency. DEBUG_MISSES=1 logs hybrid
// results against the labels.
func rankAll(t *testing.T, ctx context.Context, store *policystore.Store, qs []labelled, mode policystore.Mode) ([][]string, []time.Duration) {
	t.Helper()
	ranked := make([][]string, len(qs))
	took := make([]time.Duration, len(qs))
	for i, q := range qs {
		t0 := time.Now()
		hits, err := store.SearchMode(ctx, q.Query, retrieval.Filter{}, 10, mode)
		took[i] = time.Since(t0)
		require.NoError(t, err)
		for _, h := range hits {
			ranked[i] = append(ranked[i], h.PassageID)
		}
		if os.Getenv("DEBUG_MISSES") != "" && mode == policystore.Hybrid {
			t.Logf("%q want %v got %v", q.Query, q.Passages, ranked[i][:min(5, len(ranked[i]))])
		}
	}
	return ranked, took
}

func TestHashEmbedder(t *testing.T) {
	t.Parallel()
	e := retrieval.NewHashEmbedder()
	a, err := e.Embed(context.Background(), []string{"LVEF 35% NYHA class II", "LVEF 35% NYHA class II", "", "continuous positive airway pressure"})
	require.NoError(t, err)
	require.Equal(t, a[0], a[1], "deterministic")
	for _, v := range a {
		require.Len(t, v, retrieval.Dimensions)
		var n float64
		for _, x := range v {
			n += float64(x) * float64(x)
		}
		require.InDelta(t, 1, n, 1e-4, "L2-normalised")
	}
	b, _ := e.Embed(context.Background(), []string{"NYHA class III heart failure with LVEF 30%"})
	require.Greater(t, cosine(a[0], b[0]), cosine(a[0], a[3]))
}

func TestUpsertPolicyBadInput(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.DB(t)
	pol := umassist.Policy{ID: "NCD 1.1", Version: "1", Source: "ncd", Payer: "medicare", Title: "T"}
	ps := []umassist.Passage{{ID: "NCD 1.1#A", PolicyID: "NCD 1.1", Version: "1", Ordinal: 1, Text: "hello"}}
	tests := []struct {
		name     string
		embedder retrieval.Embedder
		policy   umassist.Policy
		passages []umassist.Passage
		want     string
	}{
		{"endpoint error", &fakeEmbedder{EmbedFunc: func([]string) ([][]float32, error) { return nil, fmt.Errorf("503 from upstream") }}, pol, ps, "NCD 1.1"},
		{"wrong dimension", &fakeEmbedder{EmbedFunc: func(in []string) ([][]float32, error) { return [][]float32{make([]float32, 3)}, nil }}, pol, ps, "wrong dimension"},
		{"empty document", retrieval.NewHashEmbedder(), pol, nil, "no passages"},
		{"duplicate ids", retrieval.NewHashEmbedder(), pol, append(ps, ps[0]), "duplicate passage id"},
		{"foreign passage", retrieval.NewHashEmbedder(), pol, []umassist.Passage{{ID: "NCD 9.9#A", Text: "x"}}, "does not start with"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := policystore.New(pool, tt.embedder)
			_, err := s.UpsertPolicy(ctx, tt.policy, tt.passages)
			require.ErrorContains(t, err, tt.want)
			require.ErrorContains(t, err, "NCD 1.1")
			var n int
			require.NoError(t, pool.QueryRow(ctx, `SELECT count(*) FROM policies`).Scan(&n))
			require.Zero(t, n, "nothing half-indexed")
		})
	}
}

type fakeEmbedder struct {
	EmbedFunc func([]string) ([][]float32, error)
}

func (f *fakeEmbedder) Model() string   { return "fake" }
func (f *fakeEmbedder) Dimensions() int { return retrieval.Dimensions }
func (f *fakeEmbedder) Embed(_ context.Context, in []string) ([][]float32, error) {
	return f.EmbedFunc(in)
}

// Search sends its settings and the query as one batch; this is the
// behaviour it relies on: the batch is one implicit transaction, so a local
// setting holds for the statements after it in the batch and not beyond.
func TestBatchSettingsAreLocal(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.DB(t)
	conn, err := pool.Acquire(ctx)
	require.NoError(t, err)
	defer conn.Release()
	batch := &pgx.Batch{}
	batch.Queue(`SELECT set_config('hnsw.ef_search', '123', true)`)
	batch.Queue(`SELECT current_setting('hnsw.ef_search')`)
	br := conn.SendBatch(ctx, batch)
	_, err = br.Exec()
	require.NoError(t, err)
	var inBatch string
	require.NoError(t, br.QueryRow().Scan(&inBatch))
	require.NoError(t, br.Close())
	require.Equal(t, "123", inBatch)
	var after string
	require.NoError(t, conn.QueryRow(ctx, `SELECT current_setting('hnsw.ef_search')`).Scan(&after))
	require.NotEqual(t, "123", after)
}

// Re-upserting a policy version embeds only the passages whose text
// changed; the rest come from the embedding cache, and passages no longer
// produced are removed.
func TestUpsertPolicyReembedsOnlyChangedPassages(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	store := policystore.New(pgtest.DB(t), retrieval.NewHashEmbedder())
	pol := umassist.Policy{ID: "NCD 9.9", Version: "1", Source: "ncd", Payer: "medicare", Title: "Test policy"}
	passage := func(key, text string, ordinal int) umassist.Passage {
		return umassist.Passage{ID: "NCD 9.9#" + key, PolicyID: "NCD 9.9", Version: "1", Ordinal: ordinal, Text: text}
	}
	first := []umassist.Passage{passage("A", "apnea hypopnea index", 1), passage("B", "ninety day trial", 2), passage("C", "face to face visit", 3)}
	st, err := store.UpsertPolicy(ctx, pol, first)
	require.NoError(t, err)
	require.Equal(t, policystore.UpsertStats{Passages: 3, Embedded: 3}, st)

	second := []umassist.Passage{first[0], passage("B", "twelve week trial", 2)}
	st, err = store.UpsertPolicy(ctx, pol, second)
	require.NoError(t, err)
	require.Equal(t, policystore.UpsertStats{Passages: 2, Embedded: 1, Cached: 1, Removed: 1}, st)
	h, err := store.Passage(ctx, "", "NCD 9.9#B")
	require.NoError(t, err)
	require.Equal(t, "twelve week trial", h.Text)
	_, err = store.Passage(ctx, "", "NCD 9.9#C")
	require.ErrorContains(t, err, "not found")

	st, err = store.UpsertPolicy(ctx, pol, second)
	require.NoError(t, err)
	require.True(t, st.Unchanged)
	require.Zero(t, st.Embedded)
}
