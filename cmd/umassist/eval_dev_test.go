package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist/evals"
	"github.com/umassist/umassist/internal/sourcetree"
	"github.com/umassist/umassist/policies"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/postgres/pgtest"
	"github.com/umassist/umassist/retrieval"
)

const (
	devDataset = "../../evals/testdata/dev"
	devGate    = "../../evals/testdata/dev.gate.yaml"
)

var evalMCDDir = sourcetree.SharedData("mcd")

// evalDatabase is a fresh migrated database holding the standard policy
// corpus (the real CMS NCD export, read in place), as production has it.
func evalDatabase(t testing.TB) string {
	t.Helper()
	if _, err := os.Stat(evalMCDDir); err != nil {
		t.Skip("CMS NCD export not present at " + evalMCDDir)
	}
	url := pgtest.WithDatabase(pgtest.URL(t), pgtest.NewDatabase(t))
	pool, err := postgres.Open(context.Background(), url)
	require.NoError(t, err)
	defer pool.Close()
	im := &policies.Importer{Store: retrieval.NewStore(pool, retrieval.NewHashEmbedder())}
	rep, err := im.ImportMCD(context.Background(), evalMCDDir)
	require.NoError(t, err)
	require.Positive(t, rep.Passages)
	return url
}

func namespacedRows(t testing.TB, url string) int {
	t.Helper()
	pool, err := postgres.Open(context.Background(), url)
	require.NoError(t, err)
	defer pool.Close()
	var n int
	require.NoError(t, pool.QueryRow(context.Background(),
		`SELECT (SELECT count(*) FROM fhir_resources WHERE namespace LIKE 'eval-%') + (SELECT count(*) FROM policies WHERE namespace LIKE 'eval-%')`).Scan(&n))
	return n
}

// TestEvalDevDatasetGate runs the development dataset through the real
// pipeline (offline model, real tools, retrieval, verifier, store) under
// its gate: this is the release gate `make test` enforces.
func TestEvalDevDatasetGate(t *testing.T) {
	if _, err := os.Stat(filepath.Join(devDataset, "cases.jsonl")); err != nil {
		t.Skip("no dev dataset yet")
	}
	url := evalDatabase(t)
	out := os.Getenv("UMASSIST_EVAL_KEEP") // to look at the report by hand
	if out == "" {
		out = t.TempDir()
	}
	cache := t.TempDir()
	code, stdout, stderr := runCLI(t, map[string]string{"DATABASE_URL": url},
		"eval", "run", "--dataset", devDataset, "--out", out, "--gate", devGate, "--quiet", "--run-id", "dev", "--cache", cache)
	t.Logf("summary:\n%s", stdout)
	require.Equal(t, exitOK, code, "stderr:\n%s", stderr)
	require.Contains(t, stdout, "gate: all")
	require.Zero(t, namespacedRows(t, url), "the run's namespace is dropped")
	sum, err := evals.ReadSummary(filepath.Join(out, "summary.json"))
	require.NoError(t, err)
	require.Zero(t, sum.Denials)
	require.GreaterOrEqual(t, sum.Cases, 40)

	// The same build re-running the same dataset replays every case from
	// the cache: no model and no tool calls, the same results.
	out2 := t.TempDir()
	code, stdout, stderr = runCLI(t, map[string]string{"DATABASE_URL": url},
		"eval", "run", "--dataset", devDataset, "--out", out2, "--gate", devGate, "--quiet", "--run-id", "dev-again", "--cache", cache)
	require.Equal(t, exitOK, code, "stderr:\n%s", stderr)
	require.Contains(t, stdout, fmt.Sprintf("cache: %d cases replayed whole", sum.Cases))
	again, err := evals.ReadSummary(filepath.Join(out2, "summary.json"))
	require.NoError(t, err)
	require.Equal(t, sum.Recommendation, again.Recommendation)
	require.Equal(t, sum.EvidenceRecall, again.EvidenceRecall)
	a, err := evals.ReadResults(filepath.Join(out, "results.jsonl"))
	require.NoError(t, err)
	b, err := evals.ReadResults(filepath.Join(out2, "results.jsonl"))
	require.NoError(t, err)
	require.Len(t, b, len(a))
	for i := range a {
		require.Equal(t, a[i].Recommendation, b[i].Recommendation)
		require.Equal(t, a[i].Evidence, b[i].Evidence)
	}
}
