package evals

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist/fhir/fhirstore"
	"github.com/umassist/umassist/postgres/pgtest"
)

// TestStoreLoaderKeepsBundlesApart: resource ids are unique only within a
// bundle (SPEC), so two patients' "Observation/lvef" must not overwrite
// each other. Before each bundle had its own namespace, the second patient's
// LVEF replaced the first's and the first case was drafted on it.
func TestStoreLoaderKeepsBundlesApart(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.DB(t)
	store := fhirstore.New(pool)
	ds, err := ReadDataset("testdata/shared-ids")
	require.NoError(t, err)
	l := &StoreLoader{Pool: pool, FHIR: store}
	const ns = "eval-shared-ids"
	cleanup, err := l.LoadDataset(ctx, ns, ds)
	require.NoError(t, err)

	want := map[string]string{"patients/a.json": "Patient/a", "patients/b.json": "Patient/b"}
	values := map[string]string{"patients/a.json": `"value": 25`, "patients/b.json": `"value": 55`}
	for _, c := range ds.Cases {
		r, err := store.Source(BundleNamespace(ns, c.Patient)).Read(ctx, "Observation/lvef")
		require.NoError(t, err)
		require.Equal(t, want[c.Patient], r.Patient, c.ID)
		require.Contains(t, string(r.Raw), values[c.Patient], c.ID)
	}

	require.NoError(t, cleanup(ctx))
	for _, c := range ds.Cases {
		_, err := store.Source(BundleNamespace(ns, c.Patient)).Read(ctx, "Observation/lvef")
		require.Error(t, err, "the run's namespaces are dropped")
	}
}
