package main

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist/fhir/fhirtest"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/postgres/pgtest"
	"github.com/umassist/umassist/tools/toolstest"
)

func TestFHIRLoadAndTool(t *testing.T) {
	url := pgtest.WithDatabase(pgtest.URL(t), pgtest.NewDatabase(t))
	env := map[string]string{"DATABASE_URL": url}
	bundle := toolstest.WriteFixture(t, t.TempDir())

	code, stdout, stderr := runCLI(t, env, "fhir", "load", "--namespace", "cli", bundle)
	require.Equal(t, exitOK, code, stderr)
	require.Contains(t, stdout, "Observation")
	require.Contains(t, stdout, "DocumentReference")
	require.Contains(t, stderr, "loading FHIR", "progress goes to stderr")

	code, stdout, stderr = runCLI(t, env, "tool", "search_observations", "--namespace", "cli", "--patient", "pt-hf",
		"--as-of", "2026-03-01", "--case", "case-cli", "--args", `{"codes": ["10230-1"], "limit": 1}`)
	require.Equal(t, exitOK, code, stderr)
	var out struct {
		Data struct {
			Observations []struct {
				Ref   string  `json:"ref"`
				Value float64 `json:"value"`
			} `json:"observations"`
			Truncated bool `json:"truncated"`
		} `json:"data"`
		Resources []string `json:"resources"`
	}
	require.NoError(t, json.Unmarshal([]byte(stdout), &out), stdout)
	require.Equal(t, "Observation/lvef-2", out.Data.Observations[0].Ref)
	require.EqualValues(t, 35, out.Data.Observations[0].Value)
	require.True(t, out.Data.Truncated)

	pool, err := postgres.Open(context.Background(), url)
	require.NoError(t, err)
	defer pool.Close()
	entries, err := postgres.ListAudit(context.Background(), pool, postgres.AuditFilter{CaseID: "case-cli"})
	require.NoError(t, err)
	require.Len(t, entries, 1)
	require.Equal(t, "tool.search_observations", entries[0].Action)
	require.Equal(t, []string{"Observation/lvef-2"}, entries[0].Resources)
	require.Contains(t, entries[0].Actor.ID, "cli:")

	code, _, stderr = runCLI(t, env, "tool", "search_observations", "--patient", "pt-hf", "--as-of", "2026-03-01", "--args", `{"bogus": 1}`)
	require.Equal(t, exitUsage, code, stderr)
	code, _, stderr = runCLI(t, env, "tool", "no_such_tool", "--patient", "pt-hf", "--as-of", "2026-03-01")
	require.Equal(t, exitUsage, code, stderr)
	code, _, _ = runCLI(t, env, "fhir", "load")
	require.Equal(t, exitUsage, code)
}

// The same command reads a remote FHIR server with SMART Backend Services.
func TestToolRemote(t *testing.T) {
	url := pgtest.WithDatabase(pgtest.URL(t), pgtest.NewDatabase(t))
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	require.NoError(t, err)
	srv := fhirtest.New(t, fhirtest.WithSMART("cli-client", &key.PublicKey, time.Hour))
	srv.Load(t, toolstest.WriteFixture(t, t.TempDir()))
	keyFile := filepath.Join(t.TempDir(), "key.pem")
	require.NoError(t, os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(key)}), 0o600))

	code, stdout, stderr := runCLI(t, map[string]string{"DATABASE_URL": url}, "tool", "list_notes", "--patient", "pt-hf", "--as-of", "2026-03-01",
		"--fhir-url", srv.URL, "--smart-client-id", "cli-client", "--smart-key", keyFile)
	require.Equal(t, exitOK, code, stderr)
	require.Contains(t, stdout, "DocumentReference/note-cardio")
	require.NotContains(t, stdout, "note-future")
	require.EqualValues(t, 1, srv.TokenRequests.Load())
}
