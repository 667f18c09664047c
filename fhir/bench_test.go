package fhir_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/umassist/umassist/fhir/fhirstore"
	"github.com/umassist/umassist/postgres/pgtest"
)

// BenchmarkLoadSyntheaSample loads the 145 shared Synthea bundles (45,254
// resources) into a fresh namespace per iteration.
func BenchmarkLoadSyntheaSample(b *testing.B) {
	ctx := context.Background()
	db := pgtest.DB(b)
	s := fhirstore.New(db)
	var loaded int
	var elapsed time.Duration
	for i := 0; b.Loop(); i++ {
		res, err := s.Load(ctx, fmt.Sprintf("bench-%d", i), smartSample)
		if err != nil || res.Failed > 0 {
			b.Fatalf("load: %v (%d failed)", err, res.Failed)
		}
		loaded += res.Loaded
		elapsed += res.Elapsed
	}
	b.ReportMetric(float64(loaded)/elapsed.Seconds(), "resources/s")
}

// BenchmarkLoadBulkNotes loads the bulk export with 1,215 notes (text
// extraction and full-text indexing included).
func BenchmarkLoadBulkNotes(b *testing.B) {
	ctx := context.Background()
	db := pgtest.DB(b)
	s := fhirstore.New(db)
	var loaded int
	var elapsed time.Duration
	for i := 0; b.Loop(); i++ {
		res, err := s.Load(ctx, fmt.Sprintf("bench-%d", i), bulkNotes)
		if err != nil || res.Failed > 0 {
			b.Fatalf("load: %v", err)
		}
		loaded += res.Loaded
		elapsed += res.Elapsed
	}
	b.ReportMetric(float64(loaded)/elapsed.Seconds(), "resources/s")
}
