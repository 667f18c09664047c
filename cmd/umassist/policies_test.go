package main

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist/internal/sourcetree"
	"github.com/umassist/umassist/postgres/pgtest"
)

func TestPoliciesCLI(t *testing.T) {
	url := pgtest.WithDatabase(pgtest.URL(t), pgtest.NewDatabase(t))
	env := map[string]string{"DATABASE_URL": url}
	code, stdout, stderr := runCLI(t, env, "policies", "import-mcd", evalMCDDir)
	require.Equal(t, exitOK, code, stderr)
	require.Contains(t, stdout, "policies 352: stored 352")

	tests := []struct {
		name     string
		args     []string
		code     int
		contains string
	}{
		{"reimport changes nothing", []string{"policies", "import-mcd", evalMCDDir}, exitOK, "unchanged 352"},
		{"search", []string{"policies", "search", "--payer", "medicare", "--as-of", "2026-03-02", "-k", "3", "CPAP AHI 15 events per hour"}, exitOK, "NCD 240.4#B5"},
		{"search json", []string{"policies", "search", "--json", "home oxygen PO2 55"}, exitOK, `"passage_id": "NCD 240.2`},
		{"search bad date", []string{"policies", "search", "--as-of", "March", "x"}, exitUsage, "as-of"},
		{"search no query", []string{"policies", "search"}, exitUsage, "QUERY"},
		{"show passage", []string{"policies", "show", "NCD 20.4#B3"}, exitOK, "NYHA Class II or III"},
		{"show policy", []string{"policies", "show", "NCD 50.3"}, exitOK, "[NCD 50.3#B]"},
		{"show missing", []string{"policies", "show", "NCD 99.9#Z"}, exitFailure, "not found"},
		// The packs follow the LCDs and our payer policies too.
		{"import the LCDs", []string{"policies", "import-lcd", sourcetree.SharedData("lcd")}, exitOK, "5"},
		{"load the payer policies", []string{"policies", "load-docs", payerDocsDir()}, exitOK, "stored 5"},
		{"load packs", []string{"policies", "load", "../../criteria/packs"}, exitOK, "ok  icd-ncd-20.4"},
		{"load-docs", []string{"policies", "load-docs", "--namespace", "cli-docs", "../../policies/testdata/payer-docs"}, exitOK, "stored 2, unchanged 0, failed 0"},
		{"search a namespace", []string{"policies", "search", "--namespace", "cli-docs", "--payer", "acme", "-k", "1", "defibrillator ejection fraction 35 percent"}, exitOK, "ACME CP-12#A1"},
		{"load-docs needs index.json", []string{"policies", "load-docs", "../../criteria/packs"}, exitFailure, "index.json"},
		{"import-mcd needs a dir", []string{"policies", "import-mcd"}, exitUsage, "DIR"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, env, tt.args...)
			require.Equal(t, tt.code, code, "stdout=%s stderr=%s", stdout, stderr)
			require.Contains(t, stdout+stderr, tt.contains)
		})
	}
}
