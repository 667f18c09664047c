package evals

import (
	"encoding/base64"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
)

func TestPerturbations(t *testing.T) {
	t.Parallel()
	in := "HPI: NYHA class III, LVEF 30%.\nShe denies syncope.\n\nPlan: ICD."
	tests := map[string]string{
		"percent":      "HPI: NYHA class III, LVEF 30 percent.\nShe denies syncope.\n\nPlan: ICD.",
		"nyha-arabic":  "HPI: NYHA class 3, LVEF 30%.\nShe denies syncope.\n\nPlan: ICD.",
		"lvef-words":   "HPI: NYHA class III, left ventricular ejection fraction 30%.\nShe denies syncope.\n\nPlan: ICD.",
		"negative-for": "HPI: NYHA class III, LVEF 30%.\nShe negative for syncope.\n\nPlan: ICD.",
		"oneline":      "HPI: NYHA class III, LVEF 30%. She denies syncope. Plan: ICD.",
		"bullets":      "- HPI: NYHA class III, LVEF 30%.\n- She denies syncope.\n\n- Plan: ICD.",
		"lower":        "hpi: nyha class iii, lvef 30%.\nshe denies syncope.\n\nplan: icd.",
		"crlf":         "HPI: NYHA class III, LVEF 30%.\r\nShe denies syncope.\r\n\r\nPlan: ICD.",
	}
	for _, p := range Perturbations {
		if p.apply == nil {
			continue
		}
		want, ok := tests[p.Name]
		require.True(t, ok, "%s is tested", p.Name)
		require.Equal(t, want, p.apply(in), p.Name)
	}
}

func TestCodesOnly(t *testing.T) {
	t.Parallel()
	loinc := map[string]any{"resourceType": "Observation", "code": map[string]any{"text": "LVEF",
		"coding": []any{map[string]any{"system": umassist.SystemLOINC, "code": "10230-1", "display": "Left ventricular Ejection fraction"}}}}
	local := map[string]any{"resourceType": "Observation", "code": map[string]any{"text": "Home sleep test - valid monitoring time",
		"coding": []any{map[string]any{"system": "urn:local", "code": "hst-valid-time", "display": "Valid time"}}}}
	note := map[string]any{"resourceType": "DocumentReference", "type": map[string]any{"text": "Progress note"}}
	codesOnly(loinc)
	codesOnly(local)
	codesOnly(note)
	require.NotContains(t, loinc["code"], "text")
	require.NotContains(t, loinc["code"].(map[string]any)["coding"].([]any)[0], "display")
	require.Equal(t, "Home sleep test - valid monitoring time", local["code"].(map[string]any)["text"], "a local code keeps its words")
	require.Equal(t, "Progress note", note["type"].(map[string]any)["text"])
}

func TestPerturb(t *testing.T) {
	t.Parallel()
	dst := filepath.Join(t.TempDir(), "out")
	st, err := Perturb("testdata/valid", dst, []string{"oneline", "percent"})
	require.NoError(t, err)
	require.Equal(t, 2, st.Bundles)
	require.Positive(t, st.Notes)
	for _, f := range []string{"cases.jsonl", "policies/index.json", "policies/cigna-bariatric.md"} {
		a, err := os.ReadFile(filepath.Join("testdata/valid", f))
		require.NoError(t, err)
		b, err := os.ReadFile(filepath.Join(dst, f))
		require.NoError(t, err)
		require.Equal(t, a, b, "%s is copied unchanged", f)
	}
	ds, err := ReadDataset(dst)
	require.NoError(t, err, "the perturbed dataset is a valid dataset")
	require.NotEmpty(t, ds.Cases)
	// Every text note of the copy has no line break and no "%" left.
	b, err := os.ReadFile(filepath.Join(dst, "patients", "p1.json"))
	require.NoError(t, err)
	var bundle struct {
		Entry []struct {
			Resource struct {
				ResourceType string `json:"resourceType"`
				Content      []struct {
					Attachment struct {
						ContentType string `json:"contentType"`
						Data        string `json:"data"`
					} `json:"attachment"`
				} `json:"content"`
			} `json:"resource"`
		} `json:"entry"`
	}
	require.NoError(t, json.Unmarshal(b, &bundle))
	notes := 0
	for _, e := range bundle.Entry {
		for _, c := range e.Resource.Content {
			if !strings.HasPrefix(c.Attachment.ContentType, "text/plain") {
				continue
			}
			raw, err := base64.StdEncoding.DecodeString(c.Attachment.Data)
			require.NoError(t, err)
			require.NotContains(t, string(raw), "\n")
			require.NotContains(t, string(raw), "%")
			notes++
		}
	}
	require.Positive(t, notes)

	_, err = Perturb("testdata/valid", dst, []string{"oneline"})
	require.Error(t, err, "an existing destination is refused, not overwritten")
	_, err = Perturb("testdata/valid", filepath.Join(t.TempDir(), "x"), []string{"shuffle"})
	require.Equal(t, umassist.EINVALID, umassist.ErrorCode(err))
}
