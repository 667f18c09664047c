package fhir_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir"
	"github.com/umassist/umassist/tools/toolstest"
)

// The in-memory source (what a CDS Hooks prefetch becomes) passes the same
// tool suite as the local store and the remote client.
func TestClinicalMemorySource(t *testing.T) {
	t.Parallel()
	toolstest.Run(t, func(t *testing.T, path string) umassist.FHIRSource {
		var ps []*fhir.Parsed
		require.NoError(t, fhir.ReadPath(context.Background(), path, fhir.ParseOptions{}, func(p *fhir.Parsed) error {
			require.NoError(t, p.Err)
			ps = append(ps, p)
			return nil
		}))
		return fhir.NewMemorySource(ps...)
	})
}

func TestMemorySourceRefusesBadQueries(t *testing.T) {
	t.Parallel()
	src := fhir.NewMemorySource()
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		call func() error
		code string
	}{
		{"read a bad reference", func() error { _, err := src.Read(ctx, "Observation"); return err }, umassist.EINVALID},
		{"read a missing resource", func() error { _, err := src.Read(ctx, "Observation/x"); return err }, umassist.ENOTFOUND},
		{"search without a patient", func() error { _, err := src.Search(ctx, umassist.FHIRQuery{Type: "Observation"}); return err }, umassist.EINVALID},
		{"notes without a patient", func() error { _, err := src.Notes(ctx, umassist.NoteQuery{}); return err }, umassist.EINVALID},
		{"note search without words", func() error {
			_, err := src.SearchNotes(ctx, umassist.NoteQuery{Patient: "Patient/p"})
			return err
		}, umassist.EINVALID},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.Equal(t, tc.code, umassist.ErrorCode(tc.call()))
		})
	}
}
