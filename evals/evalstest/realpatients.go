// Package evalstest builds eval datasets for tests: a SPEC dataset from
// real Synthea patients, linked in place, as another team would write it.
package evalstest

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/evals"
	"github.com/umassist/umassist/internal/sourcetree"
)

// SyntheaDir holds real Synthea patients (public data, read in place:
// never copied into the project).
var SyntheaDir = sourcetree.SharedData("fhir")

// SyntheaDataset writes a SPEC dataset in a temp folder from n real
// Synthea patients with a condition prior authorization cares about: the
// bundles are linked, not copied; cases and gold are written the way
// another team would, from what each record holds.
func SyntheaDataset(t testing.TB, n int) string {
	t.Helper()
	f, err := os.Open(filepath.Join(SyntheaDir, "synthea_r4_smart_sample_manifest.csv"))
	if os.IsNotExist(err) {
		t.Skip("Synthea sample not present at " + SyntheaDir)
	}
	require.NoError(t, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "patients"), 0o755))
	var lines []string
	for _, r := range rows[1:] {
		if len(lines) == n {
			break
		}
		conds := r[col["pa_relevant_conditions"]]
		if conds == "" || r[col["n_lab_Observation"]] == "0" {
			continue
		}
		src := filepath.Join(SyntheaDir, r[col["file"]][len("fhir/"):])
		idx, fe := evals.ReadBundleIndex(src)
		require.Nil(t, fe)
		// The request is dated a day after the middle of the record, so
		// part of the record is "the future" the draft must not cite.
		var obs []string
		for ref, d := range idx.Dates {
			if strings.HasPrefix(ref, "Observation/") && !d.IsZero() {
				obs = append(obs, ref)
			}
		}
		sort.Slice(obs, func(i, j int) bool { return idx.Dates[obs[i]].Before(idx.Dates[obs[j]]) })
		if len(obs) < 2 {
			continue
		}
		mid := obs[len(obs)/2]
		date := idx.Dates[mid].AddDate(0, 0, 1).Format(umassist.DateLayout)
		name := fmt.Sprintf("s%02d.json", len(lines))
		require.NoError(t, os.Symlink(src, filepath.Join(dir, "patients", name)))
		rec := umassist.Recommendations[len(lines)%3]
		gold := map[string]any{"recommendation": rec, "policy": "NCD 20.4", "evidence": []string{mid}, "rationale": "built from " + conds}
		if rec == umassist.RecommendRequestInfo {
			gold["missing"] = []string{"NYHA|functional class"}
		}
		b, err := json.Marshal(map[string]any{
			"id": fmt.Sprintf("synthea-%02d", len(lines)), "patient": "patients/" + name,
			"request": map[string]any{
				"service":   map[string]any{"system": umassist.SystemCPT, "code": "33249", "display": "Insertion of implantable defibrillator"},
				"diagnoses": []map[string]any{{"system": umassist.SystemICD10CM, "code": "I50.22"}},
				"payer":     "medicare", "urgency": "standard", "date": date,
			},
			"gold":          gold,
			"synthea_conds": conds, // an extra field a foreign team adds
		})
		require.NoError(t, err)
		lines = append(lines, string(b))
	}
	require.Len(t, lines, n)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "cases.jsonl"), []byte(strings.Join(lines, "\n")+"\n"), 0o644))
	return dir
}
