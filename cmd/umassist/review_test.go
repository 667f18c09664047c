package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir/synthetic"
	"github.com/umassist/umassist/postgres/pgtest"
)

func TestReviewDraftsOneCase(t *testing.T) {
	url := pgtest.WithDatabase(pgtest.URL(t), pgtest.NewDatabase(t))
	env := map[string]string{"DATABASE_URL": url}
	tests := []struct {
		variant string
		want    umassist.Recommendation
		text    string
	}{
		{"meets", umassist.RecommendApprove, "Recommendation: APPROVE"},
		{"no-nyha", umassist.RecommendRequestInfo, "NYHA"},
		{"injection-lvef-40", umassist.RecommendRefer, "NOT MET: Left ventricular ejection fraction"},
	}
	for _, tt := range tests {
		sc, err := synthetic.Generate("icd", tt.variant, 3)
		require.NoError(t, err)
		path := filepath.Join(t.TempDir(), "bundle.json")
		require.NoError(t, os.WriteFile(path, sc.Bundle, 0o600))
		args := []string{"review", "--bundle", path, "--service", sc.Request.Service.Code,
			"--date", sc.Request.Date.String()}
		for _, d := range sc.Request.Diagnoses {
			args = append(args, "--diagnosis", d.Code)
		}
		code, out, errOut := runCLI(t, env, args...)
		require.Equal(t, 0, code, errOut)
		require.Contains(t, out, tt.text)
		require.Contains(t, out, "NCD 20.4")

		// The patient's data does not outlive the run.
		pool, err := pgxpool.New(context.Background(), url)
		require.NoError(t, err)
		var left int
		err = pool.QueryRow(context.Background(), `SELECT count(*) FROM fhir_resources WHERE namespace LIKE 'review-%'`).Scan(&left)
		pool.Close()
		require.NoError(t, err)
		require.Zero(t, left, "review left the bundle in the database")

		code, out, errOut = runCLI(t, env, append(args, "--json")...)
		require.Equal(t, 0, code, errOut)
		var d umassist.Draft
		require.NoError(t, json.Unmarshal([]byte(out), &d))
		require.Equal(t, tt.want, d.Recommendation, d.Summary)
		require.Empty(t, d.Findings)
	}
}

func TestReviewUsageErrors(t *testing.T) {
	code, _, errOut := runCLI(t, nil, "review", "--bundle", "x.json", "--service", "33249", "--date", "March 2")
	require.Equal(t, exitUsage, code)
	require.True(t, strings.Contains(errOut, "date"), errOut)
	code, _, _ = runCLI(t, nil, "review", "--bundle", "x.json", "--service", "33249", "--date", "2026-03-02", "--model", "gpt")
	require.Equal(t, exitUsage, code)
}

// TestReviewWithTheRealCorpus drafts one case per scenario against the
// imported CMS NCD corpus, so the verifier checks every cited passage
// against the real policies (exists, in force on the request date).
func TestReviewWithTheRealCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("imports the NCD corpus")
	}
	url := pgtest.WithDatabase(pgtest.URL(t), pgtest.NewDatabase(t))
	env := map[string]string{"DATABASE_URL": url}
	code, _, errOut := runCLI(t, env, "policies", "import-mcd", evalMCDDir)
	require.Equal(t, exitOK, code, errOut)
	for _, s := range synthetic.Scenarios() {
		sc, err := synthetic.Generate(s.Name, s.Variants[0].Name, 5)
		require.NoError(t, err)
		path := filepath.Join(t.TempDir(), "bundle.json")
		require.NoError(t, os.WriteFile(path, sc.Bundle, 0o600))
		args := []string{"review", "--json", "--bundle", path, "--service", sc.Request.Service.Code, "--date", sc.Request.Date.String()}
		for _, d := range sc.Request.Diagnoses {
			args = append(args, "--diagnosis", d.Code)
		}
		code, out, errOut := runCLI(t, env, args...)
		require.Equal(t, exitOK, code, errOut)
		var d umassist.Draft
		require.NoError(t, json.Unmarshal([]byte(out), &d))
		require.Empty(t, d.Findings, "%s: %v", sc.ID, d.Findings)
		require.Equal(t, sc.Gold.Recommendation, d.Recommendation, "%s:\n%s", sc.ID, d.Summary)
	}
}
