package evals_test

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/evals"
	"github.com/umassist/umassist/evals/evalstest"
)

// TestSyntheaDatasetRunsUnchanged: a dataset written by someone else from
// real Synthea records reads, runs and scores with no code changes; citing
// a resource dated after the request lowers citation precision.
func TestSyntheaDatasetRunsUnchanged(t *testing.T) {
	t.Parallel()
	dir := evalstest.SyntheaDataset(t, 6)
	ds, err := evals.ReadDataset(dir)
	require.NoError(t, err)
	require.Len(t, ds.Cases, 6)
	for _, c := range ds.Cases {
		require.True(t, strings.HasPrefix(c.PatientRef, "Patient/"))
	}
	d := evals.DrafterFunc(func(ctx context.Context, c evals.Case, ns string) (*evals.Output, error) {
		ev := append([]string(nil), c.Gold.Evidence...)
		if c.ID == "synthea-00" {
			// The newest observation is after the request date.
			idx := ds.Bundles[c.Patient]
			var newest string
			for ref, d := range idx.Dates {
				if strings.HasPrefix(ref, "Observation/") && (newest == "" || d.After(idx.Dates[newest])) {
					newest = ref
				}
			}
			ev = append(ev, newest)
		}
		return &evals.Output{Draft: &umassist.Draft{Recommendation: c.Gold.Recommendation, Policy: c.Gold.Policy, Evidence: ev,
			Questions: []string{"What is the patient's NYHA functional class?"}, Confidence: 0.9}}, nil
	})
	res, err := evals.Run(context.Background(), ds, d, nil, evals.RunOptions{Out: t.TempDir(), RunID: "synthea"})
	require.NoError(t, err)
	s := res.Summary
	require.Equal(t, 6, s.Scored)
	require.InDelta(t, 1.0, *s.Recommendation.Accuracy, 1e-9)
	require.InDelta(t, 1.0, *s.EvidenceRecall, 1e-9)
	require.InDelta(t, 6.0/7, *s.CitationPrecision, 1e-9)
}
