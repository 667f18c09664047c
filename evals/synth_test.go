package evals

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
)

// writeSynthDataset writes a SPEC dataset of n cases over 20 patients to
// dir, labelled with a seeded mix of recommendations and policies.
func writeSynthDataset(tb testing.TB, dir string, n int) {
	tb.Helper()
	require.NoError(tb, os.MkdirAll(filepath.Join(dir, "patients"), 0o755))
	for p := range 20 {
		entries := []map[string]any{{"resource": map[string]any{"resourceType": "Patient", "id": fmt.Sprintf("p%d", p)}}}
		for k := range 10 {
			entries = append(entries, map[string]any{"resource": map[string]any{
				"resourceType": "Observation", "id": fmt.Sprintf("o%d", k), "effectiveDateTime": fmt.Sprintf("2026-01-%02dT08:00:00Z", k+1),
			}})
		}
		b, err := json.Marshal(map[string]any{"resourceType": "Bundle", "type": "collection", "entry": entries})
		require.NoError(tb, err)
		require.NoError(tb, os.WriteFile(filepath.Join(dir, "patients", fmt.Sprintf("p%d.json", p)), b, 0o644))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	policies := []string{"NCD 20.4", "LCD L33718", "NCD 240.4", "Cigna 0051", "NCD 20.8.3"}
	f, err := os.Create(filepath.Join(dir, "cases.jsonl"))
	require.NoError(tb, err)
	defer f.Close()
	enc := json.NewEncoder(f)
	for i := range n {
		recs := umassist.Recommendations
		g := map[string]any{"recommendation": recs[rng.IntN(3)], "policy": policies[rng.IntN(len(policies))],
			"evidence": []string{fmt.Sprintf("Observation/o%d", rng.IntN(5))}}
		if g["recommendation"] == umassist.RecommendRequestInfo {
			g["missing"] = []string{"NYHA|functional class"}
		}
		require.NoError(tb, enc.Encode(map[string]any{
			"id": fmt.Sprintf("case-%04d", i), "patient": fmt.Sprintf("patients/p%d.json", i%20),
			"request": map[string]any{"service": map[string]any{"system": umassist.SystemCPT, "code": "33249"},
				"payer": "medicare", "urgency": "standard", "date": "2026-01-08"},
			"gold": g,
		}))
	}
}

// noisyDrafter is right about 80 % of the time, with confidence that
// tracks it loosely, and errors on one case in 50.
func noisyDrafter() DrafterFunc {
	return func(ctx context.Context, c Case, ns string) (*Output, error) {
		h := 0
		for _, r := range c.ID {
			h = h*31 + int(r)
		}
		rng := rand.New(rand.NewPCG(uint64(h), uint64(RepeatFrom(ctx))))
		if rng.IntN(50) == 0 {
			return nil, fmt.Errorf("agent: step limit reached")
		}
		d := &umassist.Draft{Recommendation: c.Gold.Recommendation, Policy: c.Gold.Policy, Evidence: c.Gold.Evidence,
			Questions: []string{"What is the NYHA functional class?"}, Confidence: 0.55 + 0.4*rng.Float64(),
			Tokens: umassist.Tokens{Prompt: 1200, Completion: 300}}
		if rng.Float64() > d.Confidence {
			d.Recommendation = umassist.Recommendations[rng.IntN(3)]
		}
		if rng.IntN(20) == 0 {
			d.Evidence = append(d.Evidence, "Observation/o9") // dated after the request
		}
		return &Output{Draft: d, ToolCalls: 3 + rng.IntN(4), ModelCalls: 2}, nil
	}
}

// TestRenderSampleReport writes a sample run to EVALS_SAMPLE_OUT when set,
// to look at the report in a browser; it always checks the run is sane.
func TestRenderSampleReport(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeSynthDataset(t, dir, 120)
	ds, err := ReadDataset(dir)
	require.NoError(t, err)
	out := os.Getenv("EVALS_SAMPLE_OUT")
	if out == "" {
		out = t.TempDir()
	}
	res, err := Run(context.Background(), ds, noisyDrafter(), nil, RunOptions{Out: out, RunID: "sample", Model: "openai:gpt-4o-mini", Concurrency: 2, Repeats: 2})
	require.NoError(t, err)
	require.Equal(t, 120, res.Summary.Cases)
	require.Positive(t, res.Summary.Errors)
	require.Less(t, *res.Summary.CitationPrecision, 1.0)
	require.NotNil(t, res.Summary.Consistency)
}
