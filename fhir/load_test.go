package fhir_test

import (
	"context"
	"io"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist/fhir/fhirstore"
	"github.com/umassist/umassist/internal/sourcetree"
	"github.com/umassist/umassist/postgres/pgtest"
)

var (
	smartSample = sourcetree.SharedData("fhir", "synthea_r4_smart_sample")
	bulkNotes   = sourcetree.SharedData("fhir", "synthea_bulk_10_patients_with_notes")
)

func TestLoadSyntheaSample(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := pgtest.DB(t)
	s := fhirstore.New(db, fhirstore.WithProgress(io.Discard))
	res, err := s.Load(ctx, "", smartSample)
	require.NoError(t, err)
	require.Empty(t, res.Errors)
	require.Equal(t, 145, res.Files)
	require.Zero(t, res.Dangling, res.Warnings)
	require.Equal(t, 45254, res.Loaded)
	require.Equal(t, 29760, res.Counts["Observation"])
	require.Equal(t, 145, res.Counts["Patient"])
	var n, unresolved int
	require.NoError(t, db.QueryRow(ctx, `SELECT count(*) FROM fhir_resources`).Scan(&n))
	require.Equal(t, 44904, n, "distinct resources: organizations and practitioners repeat across bundles")
	require.NoError(t, db.QueryRow(ctx, `SELECT count(*) FROM fhir_resources WHERE resource::text LIKE '%urn:uuid:%'`).Scan(&unresolved))
	require.Zero(t, unresolved, "every urn:uuid reference is resolved to Type/id")
	require.NoError(t, db.QueryRow(ctx, `SELECT count(*) FROM fhir_resources WHERE type <> 'Patient' AND patient IS NULL AND type NOT IN ('Organization', 'Practitioner')`).Scan(&n))
	require.Zero(t, n, "every clinical resource names its patient")
	t.Logf("loaded %d resources in %s (%.0f/s)", res.Loaded, res.Elapsed, res.PerSecond())

}

func TestLoadBulkNotes(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := pgtest.DB(t)
	s := fhirstore.New(db)
	res, err := s.Load(ctx, "eval-1", bulkNotes)
	require.NoError(t, err)
	require.Empty(t, res.Errors)
	require.Zero(t, res.Dangling, res.Warnings)
	require.Equal(t, 1215, res.Counts["DocumentReference"])
	require.Equal(t, 1215, res.Notes)
	require.Equal(t, 7160, res.Loaded)
	var n int
	require.NoError(t, db.QueryRow(ctx, `SELECT count(*) FROM fhir_notes WHERE namespace = 'eval-1' AND length > 0`).Scan(&n))
	require.Equal(t, 1215, n)
	require.NoError(t, db.QueryRow(ctx, `SELECT count(*) FROM fhir_resources WHERE namespace = ''`).Scan(&n))
	require.Zero(t, n, "a namespaced load leaves production alone")

	// Idempotent: a second load writes the same rows and changes nothing.
	var before, after string
	require.NoError(t, db.QueryRow(ctx, `SELECT md5(string_agg(type || id || resource::text, ',' ORDER BY type, id)) FROM fhir_resources`).Scan(&before))
	res2, err := s.Load(ctx, "eval-1", bulkNotes)
	require.NoError(t, err)
	require.Equal(t, res.Counts, res2.Counts)
	require.NoError(t, db.QueryRow(ctx, `SELECT md5(string_agg(type || id || resource::text, ',' ORDER BY type, id)) FROM fhir_resources`).Scan(&after))
	require.Equal(t, before, after)
	require.NoError(t, db.QueryRow(ctx, `SELECT count(*) FROM fhir_notes`).Scan(&n))
	require.Equal(t, 1215, n)
}
