package main

import (
	"context"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist/agent"
	"github.com/umassist/umassist/agent/offline"
	"github.com/umassist/umassist/evals"
	"github.com/umassist/umassist/evals/evalstest"
	"github.com/umassist/umassist/postgres"
)

// TestEvalSyntheaDatasetRealPipeline: a dataset another team built from
// real Synthea records (transaction bundles, urn:uuid references, hundreds
// of resources each) runs unchanged through the production pipeline: every
// case drafted, no denial, no citation of anything absent or post-dated.
func TestEvalSyntheaDatasetRealPipeline(t *testing.T) {
	url := evalDatabase(t)
	dir := evalstest.SyntheaDataset(t, 6)
	out := t.TempDir()
	code, stdout, stderr := runCLI(t, map[string]string{"DATABASE_URL": url}, "eval", "run", "--dataset", dir, "--out", out, "--quiet")
	t.Logf("summary:\n%s", stdout)
	require.Equal(t, exitOK, code, stderr)
	sum, err := evals.ReadSummary(filepath.Join(out, "summary.json"))
	require.NoError(t, err)
	require.Equal(t, 6, sum.Cases)
	results, err := os.ReadFile(filepath.Join(out, "results.jsonl"))
	require.NoError(t, err)
	require.Zero(t, sum.Errors, "results:\n%s", results)
	require.Zero(t, sum.Denials)
	if sum.CitationPrecision != nil {
		require.InDelta(t, 1.0, *sum.CitationPrecision, 1e-9, "the verifier lets no absent or future citation through")
	}
	require.Zero(t, namespacedRows(t, url))
}

// countingModel counts the calls that reach the model under the cache.
type countingModel struct {
	agent.Model
	calls atomic.Int64
}

func (m *countingModel) Generate(ctx context.Context, msgs []agent.Message, ts []agent.ToolSpec, o agent.Options) (*agent.Response, error) {
	m.calls.Add(1)
	return m.Model.Generate(ctx, msgs, ts, o)
}

// TestEvalCachedRerunRealPipeline: re-running a cached run through the
// real pipeline (a new run, a new namespace) makes no model calls and
// drafts the same results.
func TestEvalCachedRerunRealPipeline(t *testing.T) {
	url := evalDatabase(t)
	pool, err := postgres.Open(context.Background(), url)
	require.NoError(t, err)
	t.Cleanup(pool.Close)
	ds, err := evals.ReadDataset(devDataset)
	require.NoError(t, err)
	ds.Cases = ds.Cases[:12]
	cache, err := evals.NewCache(t.TempDir())
	require.NoError(t, err)
	model := &countingModel{Model: offline.New()}
	run := func(id string) *evals.RunResult {
		p, err := newEvalPipeline(context.Background(), pool, evals.NewCachedModel(model, cache), nil, nil)
		require.NoError(t, err)
		res, err := evals.Run(context.Background(), ds, p.Drafter, p.Loader, evals.RunOptions{RunID: id, Concurrency: 2})
		require.NoError(t, err)
		return res
	}
	first := run("cache-1")
	calls := model.calls.Load()
	require.Positive(t, calls)
	second := run("cache-2")
	require.Equal(t, calls, model.calls.Load(), "the cached re-run made no model calls")
	for i := range first.Results {
		require.Equal(t, first.Results[i].Recommendation, second.Results[i].Recommendation)
		require.Equal(t, first.Results[i].Evidence, second.Results[i].Evidence)
	}
	require.Equal(t, first.Summary.Recommendation.Accuracy, second.Summary.Recommendation.Accuracy)
}
