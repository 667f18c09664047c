package evals

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
)

func TestReadDatasetValid(t *testing.T) {
	t.Parallel()
	ds, err := ReadDataset("testdata/valid")
	require.NoError(t, err)
	require.Len(t, ds.Cases, 4)
	c := ds.Cases[0]
	require.Equal(t, "icd-001", c.ID)
	require.Equal(t, "Patient/p1", c.PatientRef)
	require.Equal(t, umassist.UrgencyStandard, c.Request.Urgency)
	require.Equal(t, "2026-03-02", c.Request.Date.String())
	require.Equal(t, umassist.RecommendApprove, c.Gold.Recommendation)
	require.Equal(t, map[string]umassist.CriterionStatus{"lvef": "met", "nyha": "met"}, c.Gold.Criteria)
	require.Equal(t, umassist.CriterionNotDocumented, ds.Cases[2].Gold.Criteria["diet"], "criteria as an object")
	require.Nil(t, ds.Cases[3].Gold, "a case without gold is unlabelled")
	require.Len(t, ds.Policies, 1)
	require.Equal(t, "Cigna 0051", ds.Policies[0].ID)
	require.FileExists(t, ds.Policies[0].Path)
	idx := ds.Bundles["patients/p1.json"]
	require.True(t, idx.Citable("Observation/lvef-2026-01-20", c.Request.Date))
	require.True(t, idx.Citable("Practitioner/dr1", c.Request.Date), "undated resources exist at any date")
	require.False(t, idx.Citable("Observation/lvef-2026-04-01", c.Request.Date), "dated after the request")
	require.False(t, idx.Citable("Observation/nope", c.Request.Date))
}

func TestReadDatasetUnlabelled(t *testing.T) {
	t.Parallel()
	ds, err := ReadDataset("testdata/unlabelled")
	require.NoError(t, err)
	for _, c := range ds.Cases {
		require.Nil(t, c.Gold)
	}
	require.Empty(t, ds.Policies)
}

func TestReadDatasetInvalid(t *testing.T) {
	t.Parallel()
	tests := []struct {
		dir  string
		want string
	}{
		{"urgency", `cases.jsonl:3: request.urgency: must be standard or expedited, not "urgent"`},
		{"deny-gold", `cases.jsonl:1: gold.recommendation: must be approve, refer or request_info: the AI never denies`},
		{"missing-patient", `cases.jsonl:2: patient: patients/nope.json does not exist`},
		{"bad-date", `cases.jsonl:4: request.date: must be a date YYYY-MM-DD, not "03/02/2026"`},
		{"duplicate-id", `cases.jsonl:4: id: duplicate id "icd-001" (first on line 1)`},
		{"type-error", `cases.jsonl:2: request.payer: must be a JSON string, not number`},
		{"bad-evidence", `cases.jsonl:1: gold.evidence[2]: must be a resource reference Type/id, not "lvef"`},
		{"policy-index", `policies/index.json:6: [1].file: policies/missing.pdf does not exist`},
		{"bad-bundle", `patients/p2.json: entry[3].resource.id: duplicate Observation/bmi-1`},
		{"not-json", `cases.jsonl:3: not a JSON object`},
	}
	for _, tt := range tests {
		t.Run(tt.dir, func(t *testing.T) {
			t.Parallel()
			_, err := ReadDataset(filepath.Join("testdata/invalid", tt.dir))
			require.Error(t, err)
			var ide *InvalidDatasetError
			require.ErrorAs(t, err, &ide)
			require.Contains(t, err.Error(), tt.want)
			require.Equal(t, umassist.EINVALID, umassist.ErrorCode(err), "the CLI maps it to a usage error")
		})
	}
}

func TestReadDatasetMissingFolder(t *testing.T) {
	t.Parallel()
	_, err := ReadDataset(filepath.Join(t.TempDir(), "nope"))
	require.Error(t, err)
	require.Equal(t, umassist.EINVALID, umassist.ErrorCode(err))
}

func TestReadDatasetRejectsEscapingPatientPath(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	line := `{"id":"a","patient":"../outside.json","request":{"service":{"system":"http://www.ama-assn.org/go/cpt","code":"1"},"payer":"m","urgency":"standard","date":"2026-01-01"}}`
	require.NoError(t, os.WriteFile(filepath.Join(dir, "cases.jsonl"), []byte(line+"\n"), 0o644))
	_, err := ReadDataset(dir)
	require.ErrorContains(t, err, "cases.jsonl:1: patient: must be a path inside the dataset folder")
}

func FuzzReadBundle(f *testing.F) {
	b, err := os.ReadFile("testdata/valid/patients/p1.json")
	require.NoError(f, err)
	f.Add(b)
	f.Add([]byte(`{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"Patient","id":"x","date":"20"}}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		idx, fe := indexBundle("p.json", b)
		if fe == nil && idx.Patient == "" {
			t.Fatal("an accepted bundle has a patient")
		}
	})
}
