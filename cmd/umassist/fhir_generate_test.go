package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestFHIRGenerate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		args  []string
		code  int
		files []string
	}{
		{"one scenario", []string{"--scenario", "cpap"}, 0, []string{"manifest.json", "pt-cpap-meets.json", "pt-cpap-ahi-3.json"}},
		{"one variant", []string{"--scenario", "icd", "--variant", "no-nyha", "--seed", "3"}, 0, []string{"manifest.json", "pt-icd-no-nyha.json"}},
		{"dataset", []string{"--dataset", "--scenario", "oxygen"}, 0, []string{"cases.jsonl", "README.md", "patients/pt-oxygen-meets.json"}},
		{"unknown scenario", []string{"--scenario", "nope"}, 2, nil},
		{"variant without scenario", []string{"--variant", "meets"}, 2, nil},
		{"unknown variant", []string{"--scenario", "icd", "--variant", "nope"}, 2, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			var out, errb bytes.Buffer
			code := run(t.Context(), append([]string{"umassist", "fhir", "generate", "--out", dir}, tt.args...), &out, &errb)
			require.Equal(t, tt.code, code, "stderr: %s", errb.String())
			for _, f := range tt.files {
				_, err := os.Stat(filepath.Join(dir, f))
				require.NoError(t, err, f)
			}
			if tt.code == 0 {
				require.Contains(t, out.String(), "wrote ")
			}
		})
	}
}

func TestFHIRGenerateManifestMatchesFiles(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	var out, errb bytes.Buffer
	require.Equal(t, 0, run(t.Context(), []string{"umassist", "fhir", "generate", "--out", dir}, &out, &errb), errb.String())
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	require.NoError(t, err)
	var m []struct {
		File      string `json:"file"`
		Resources int    `json:"resources"`
	}
	require.NoError(t, json.Unmarshal(b, &m))
	require.GreaterOrEqual(t, len(m), 40)
	for _, e := range m {
		_, err := os.Stat(filepath.Join(dir, e.File))
		require.NoError(t, err)
		require.Positive(t, e.Resources)
	}
}
