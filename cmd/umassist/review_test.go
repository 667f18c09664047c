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
	"github.com/umassist/umassist/criteria"
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
// against the real policies (exists, in force on the request date), and a
// request no pack covers.
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
		d := reviewJSON(t, env, sc.Request.Diagnoses, "--bundle", path, "--service", sc.Request.Service.Code, "--date", sc.Request.Date.String())
		require.Empty(t, d.Findings, "%s: %v", sc.ID, d.Findings)
		require.Equal(t, sc.Gold.Recommendation, d.Recommendation, "%s:\n%s", sc.ID, d.Summary)
	}
	// A HCPCS code no pack covers, given bare: the draft reads it by the
	// HCPCS file's words, which is how its policy is found.
	sc, err := synthetic.Generate(synthetic.Scenarios()[0].Name, synthetic.Scenarios()[0].Variants[0].Name, 5)
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "bundle.json")
	require.NoError(t, os.WriteFile(path, sc.Bundle, 0o600))
	d := reviewJSON(t, env, []umassist.Coding{{Code: "N39.41"}}, "--bundle", path, "--service", "E0740", "--date", sc.Request.Date.String())
	require.Equal(t, "NCD 230.8", d.Policy, d.Summary)
	require.Equal(t, umassist.RecommendRefer, d.Recommendation)
	require.Contains(t, d.Summary, "Non-implanted pelvic floor electrical stimulator, complete system (E0740) for Urge incontinence (N39.41)")
}

// A drug request on the command line: the code's system read from its
// shape or named before it. An NDC labelled with the brand is reviewed
// under the payer's drug pack, like its RxNorm product; a code of no known
// shape is a usage error naming the way to say it.
func TestReviewDrugRequests(t *testing.T) {
	url := pgtest.WithDatabase(pgtest.URL(t), pgtest.NewDatabase(t))
	env := map[string]string{"DATABASE_URL": url}
	code, _, errOut := runCLI(t, env, "policies", "load-docs", payerDocsDir())
	require.Equal(t, exitOK, code, errOut)
	packs, err := criteria.LoadPacks()
	require.NoError(t, err)
	var pk *criteria.Pack
	for i := range packs {
		if packs[i].ID == "nw-rx-201-adalimumab-ra" {
			pk = &packs[i]
		}
	}
	require.NotNil(t, pk)
	sc, err := synthetic.FromPack(pk, synthetic.PackMeets, "", 7)
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "bundle.json")
	require.NoError(t, os.WriteFile(path, sc.Bundle, 0o600))
	for _, tt := range []struct {
		name, service, display string
		want                   umassist.Recommendation
	}{
		{"an RxNorm ingredient by its shape", "327361", "", umassist.RecommendApprove},
		{"an NDC labelled with the brand", "0074-0554-02", "HUMIRA PEN 40 MG/0.8ML", umassist.RecommendApprove},
		{"an NDC named as one", "ndc:00074055402", "Humira pen", umassist.RecommendApprove},
		{"an NDC whose label names no drug", "0074-0554-02", "PEN KIT", umassist.RecommendRefer},
	} {
		t.Run(tt.name, func(t *testing.T) {
			args := []string{"--bundle", path, "--service", tt.service, "--payer", "northwind", "--date", sc.Request.Date.String()}
			if tt.display != "" {
				args = append(args, "--service-display", tt.display)
			}
			d := reviewJSON(t, env, sc.Request.Diagnoses, args...)
			require.Equal(t, tt.want, d.Recommendation, d.Summary)
			if tt.want == umassist.RecommendApprove {
				require.Equal(t, "NW RX-201", d.Policy, d.Summary)
			}
		})
	}
	code, _, errOut = runCLI(t, env, "review", "--bundle", path, "--service", "12", "--date", sc.Request.Date.String())
	require.Equal(t, exitUsage, code)
	require.Contains(t, errOut, "not a CPT, HCPCS, NDC or RxNorm code")
}

// reviewJSON runs `review --json` with the diagnoses and returns the draft.
func reviewJSON(t *testing.T, env map[string]string, diagnoses []umassist.Coding, args ...string) umassist.Draft {
	t.Helper()
	args = append([]string{"review", "--json"}, args...)
	for _, d := range diagnoses {
		args = append(args, "--diagnosis", d.Code)
	}
	code, out, errOut := runCLI(t, env, args...)
	require.Equal(t, exitOK, code, errOut)
	var d umassist.Draft
	require.NoError(t, json.Unmarshal([]byte(out), &d))
	return d
}
