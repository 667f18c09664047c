package evals

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"
)

// BenchmarkRun1000 measures the harness itself on 1,000 cases: reading the
// dataset, drafting with an instant fake, scoring (1,000 bootstrap
// resamples) and writing results, per-case files and the report. The real
// offline pipeline's benchmark is BenchmarkOfflinePipeline1000.
func BenchmarkRun1000(b *testing.B) {
	dir := b.TempDir()
	writeSynthDataset(b, dir, 1000)
	for b.Loop() {
		ds, err := ReadDataset(dir)
		require.NoError(b, err)
		_, err = Run(context.Background(), ds, noisyDrafter(), nil, RunOptions{Out: b.TempDir(), Concurrency: 2, RunID: "bench"})
		require.NoError(b, err)
	}
}

// BenchmarkCachedRerun1000 re-runs a 1,000-case "LLM" run (three model
// calls per case) from a warm cache: no model calls, disk lookups only.
func BenchmarkCachedRerun1000(b *testing.B) {
	dir := b.TempDir()
	writeSynthDataset(b, dir, 1000)
	ds, err := ReadDataset(dir)
	require.NoError(b, err)
	c, err := NewCache(b.TempDir())
	require.NoError(b, err)
	fake := &countingModel{}
	_, err = Run(context.Background(), ds, modelDrafter(NewCachedModel(fake.model(), c)), nil, RunOptions{Concurrency: 2, RunID: "warm"})
	require.NoError(b, err)
	warm := fake.calls.Load()
	for b.Loop() {
		_, err := Run(context.Background(), ds, modelDrafter(NewCachedModel(fake.model(), c)), nil, RunOptions{Out: b.TempDir(), Concurrency: 2, RunID: "bench"})
		require.NoError(b, err)
	}
	require.Equal(b, warm, fake.calls.Load(), "a cached re-run makes no model calls")
}
