package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist/agent/offline"
	"github.com/umassist/umassist/evals"
	"github.com/umassist/umassist/postgres"
)

// bigDevSubset is the first n dev cases as their own dataset.
func bigDevSubset(t testing.TB, n int) string {
	t.Helper()
	return devDatasetCopy(t, n, false)
}

// bigDevDataset writes an n-case dataset: the dev cases repeated under new
// ids, over the dev patients (linked, not copied).
func bigDevDataset(b *testing.B, n int) string {
	b.Helper()
	return devDatasetCopy(b, n, true)
}

// devDatasetCopy writes n dev cases (repeated under new ids when renumber)
// over the dev patients, linked.
func devDatasetCopy(b testing.TB, n int, renumber bool) string {
	dir := b.TempDir()
	abs, err := filepath.Abs(filepath.Join(devDataset, "patients"))
	require.NoError(b, err)
	require.NoError(b, os.Symlink(abs, filepath.Join(dir, "patients")))
	f, err := os.Open(filepath.Join(devDataset, "cases.jsonl"))
	require.NoError(b, err)
	defer f.Close()
	var lines []map[string]any
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var m map[string]any
		require.NoError(b, json.Unmarshal(sc.Bytes(), &m))
		lines = append(lines, m)
	}
	out, err := os.Create(filepath.Join(dir, "cases.jsonl"))
	require.NoError(b, err)
	defer out.Close()
	enc := json.NewEncoder(out)
	for i := range n {
		m := lines[i%len(lines)]
		c := map[string]any{}
		for k, v := range m {
			c[k] = v
		}
		if renumber {
			c["id"] = fmt.Sprintf("%s-r%04d", m["id"], i)
		}
		require.NoError(b, enc.Encode(c))
	}
	return dir
}

// BenchmarkEvalOffline1000 is a 1,000-case run through the real pipeline
// with the offline model (goal: under 60 s on 2 cores).
func BenchmarkEvalOffline1000(b *testing.B) {
	url := evalDatabase(b)
	pool, err := postgres.Open(context.Background(), url)
	require.NoError(b, err)
	b.Cleanup(pool.Close)
	ds, err := evals.ReadDataset(bigDevDataset(b, 1000))
	require.NoError(b, err)
	p, err := newEvalPipeline(context.Background(), pool, offline.New(), nil, nil)
	require.NoError(b, err)
	n := 0
	for b.Loop() {
		res, err := evals.Run(context.Background(), ds, p.Drafter, p.Loader, evals.RunOptions{Out: b.TempDir(), Concurrency: 4, RunID: fmt.Sprintf("bench-%d", n)})
		require.NoError(b, err)
		require.Zero(b, res.Summary.Errors)
		n++
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(n)/1000, "s/run")
}

// BenchmarkEvalCachedRerun1000 re-runs a cached 1,000-case run of the same
// build (goal: under 10 s): every case replays from the cache.
func BenchmarkEvalCachedRerun1000(b *testing.B) {
	url := evalDatabase(b)
	pool, err := postgres.Open(context.Background(), url)
	require.NoError(b, err)
	b.Cleanup(pool.Close)
	ds, err := evals.ReadDataset(bigDevDataset(b, 1000))
	require.NoError(b, err)
	cache, err := evals.NewCache(b.TempDir())
	require.NoError(b, err)
	model := &countingModel{Model: offline.New()}
	cached := evals.NewCachedModel(model, cache)
	p, err := newEvalPipeline(context.Background(), pool, cached, nil, nil)
	require.NoError(b, err)
	fp, err := evalFingerprint(context.Background(), pool, cached)
	require.NoError(b, err)
	drafter := &evals.ReplayDrafter{Drafter: p.Drafter, Cache: cache, Fingerprint: fp, Dataset: ds}
	_, err = evals.Run(context.Background(), ds, drafter, p.Loader, evals.RunOptions{Concurrency: 2, RunID: "warm"})
	require.NoError(b, err)
	warm := model.calls.Load()
	n := 0
	for b.Loop() {
		_, err := evals.Run(context.Background(), ds, drafter, p.Loader, evals.RunOptions{Out: b.TempDir(), Concurrency: 2, RunID: fmt.Sprintf("rerun-%d", n)})
		require.NoError(b, err)
		n++
	}
	require.Equal(b, warm, model.calls.Load(), "the re-run made no model calls")
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(n)/1000, "s/run")
}
