package tools_test

import (
	"context"
	"io"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir/fhirstore"
	"github.com/umassist/umassist/postgres/pgtest"
	"github.com/umassist/umassist/tools/toolstest"
)

// The local store passes the shared suite (the remote client runs it in
// package fhir's tests).
func TestClinicalLocalStore(t *testing.T) {
	toolstest.Run(t, func(t *testing.T, path string) umassist.FHIRSource {
		db := pgtest.DB(t)
		store := fhirstore.New(db, fhirstore.WithProgress(io.Discard))
		res, err := store.Load(context.Background(), "toolstest", path)
		require.NoError(t, err)
		require.Empty(t, res.Errors)
		return store.Source("toolstest")
	})
}
