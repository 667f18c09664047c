package evals

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist/fhir/synthetic"
)

// TestSyntheticDatasetIsValid: the demo-patient generator writes datasets
// this harness accepts (the dev dataset is made with it).
func TestSyntheticDatasetIsValid(t *testing.T) {
	t.Parallel()
	cases, err := synthetic.All(1)
	require.NoError(t, err)
	dir := t.TempDir()
	require.NoError(t, synthetic.WriteDataset(dir, cases))
	ds, err := ReadDataset(dir)
	require.NoError(t, err)
	require.Len(t, ds.Cases, len(cases))
	recs := map[string]int{}
	for _, c := range ds.Cases {
		require.NotNil(t, c.Gold)
		recs[string(c.Gold.Recommendation)]++
		idx := ds.Bundles[c.Patient]
		for _, e := range c.Gold.Evidence {
			require.True(t, idx.Citable(e, c.Request.Date), "%s: gold evidence %s is citable", c.ID, e)
		}
	}
	require.Len(t, recs, 3, "every recommendation is covered")
	tagged := 0
	for _, c := range ds.Cases {
		if len(c.Tags) > 0 {
			tagged++
		}
	}
	require.Positive(t, tagged, "the tags extra is read")
}
