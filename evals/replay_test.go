package evals

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
)

func TestReplayDrafter(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeSynthDataset(t, dir, 30)
	ds, err := ReadDataset(dir)
	require.NoError(t, err)
	cache, err := NewCache(t.TempDir())
	require.NoError(t, err)
	var calls atomic.Int64
	var failCase atomic.Value
	failCase.Store("")
	inner := DrafterFunc(func(ctx context.Context, c Case, ns string) (*Output, error) {
		calls.Add(1)
		if c.ID == failCase.Load().(string) {
			return nil, errors.New("model: 503")
		}
		return &Output{Draft: &umassist.Draft{Recommendation: c.Gold.Recommendation, Evidence: c.Gold.Evidence, Confidence: 0.8},
			Trace: []byte(`{"steps":[]}`), ToolCalls: 5, ModelCalls: 3}, nil
	})
	run := func(fp string, ds *Dataset) *RunResult {
		r := &ReplayDrafter{Drafter: inner, Cache: cache, Fingerprint: fp, Dataset: ds}
		res, err := Run(context.Background(), ds, r, nil, RunOptions{RunID: "replay", Concurrency: 2})
		require.NoError(t, err)
		return res
	}
	failCase.Store("case-0003")
	first := run("build-1", ds)
	require.Equal(t, int64(30), calls.Load())
	require.Equal(t, 1, first.Summary.Errors)
	failCase.Store("")
	second := run("build-1", ds)
	require.Equal(t, int64(31), calls.Load(), "only the errored case is drafted again: errors are never cached")
	require.Zero(t, second.Summary.Errors)
	require.Equal(t, 5, second.Results[0].ToolCalls, "a replayed case keeps its counts")
	run("build-2", ds)
	require.Equal(t, int64(61), calls.Load(), "a new build drafts afresh")

	// An edited record misses; the other patients' cases replay.
	b, err := os.ReadFile(filepath.Join(dir, "patients", "p0.json"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "patients", "p0.json"), append(b, '\n'), 0o644))
	ds2, err := ReadDataset(dir)
	require.NoError(t, err)
	run("build-2", ds2)
	require.Equal(t, int64(61+2), calls.Load(), "cases 0 and 20 use p0")
}
