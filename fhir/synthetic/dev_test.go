package synthetic_test

import (
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist/evals"
	"github.com/umassist/umassist/fhir/synthetic"
)

var update = flag.Bool("update", false, "rewrite evals/testdata/dev from the generator")

// devDir is the committed development eval dataset.
var devDir = filepath.Join("..", "..", "evals", "testdata", "dev")

// TestDevDataset keeps the committed dev dataset identical to what the
// generator produces, so the two never drift; -update rewrites it.
func TestDevDataset(t *testing.T) {
	cases, err := synthetic.All(synthetic.DefaultSeed)
	require.NoError(t, err)
	want, err := synthetic.DatasetFiles(cases, synthetic.DatasetReadme(cases))
	require.NoError(t, err)

	if *update {
		require.NoError(t, os.RemoveAll(devDir))
		require.NoError(t, synthetic.WriteDataset(devDir, cases))
	}

	got := map[string]bool{}
	err = filepath.WalkDir(devDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(devDir, path)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		got[rel] = true
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		w, ok := want[rel]
		require.True(t, ok, "%s is not generated; rerun with -update", rel)
		if string(w) != string(b) {
			t.Errorf("%s differs from the generator (rerun go test ./fhir/synthetic -run TestDevDataset -update): %s", rel, firstDiff(string(w), string(b)))
		}
		return nil
	})
	require.NoError(t, err)
	for name := range want {
		require.True(t, got[name], "%s is missing; rerun with -update", name)
	}

	// The harness accepts it, and it is what the issue asks for.
	ds, err := evals.ReadDataset(devDir)
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(ds.Cases), 40)
	recs := map[string]int{}
	for _, c := range ds.Cases {
		require.NotNil(t, c.Gold)
		recs[string(c.Gold.Recommendation)]++
	}
	require.Len(t, recs, 3)
}

func firstDiff(want, got string) string {
	d := cmp.Diff(want, got)
	if len(d) > 600 {
		d = d[:600] + "…"
	}
	return d
}
