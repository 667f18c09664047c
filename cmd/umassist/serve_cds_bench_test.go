package main

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist/fhir/synthetic"
)

// BenchmarkCDSHookOrderSign times order-sign calls end to end on loopback:
// JWT check and jti claim, prefetch read into memory, the offline agent's
// full loop (tools, criteria, verifier), cards and the audit entry. It
// reports the p50 and p95 per call (the bound: p95 < 500 ms), with
// the packs alone and with the CMS NCD corpus imported (hybrid policy
// search and passage checks on every call).
//
//	go test -run '^$' -bench CDSHook -benchtime 200x ./cmd/umassist/
func BenchmarkCDSHookOrderSign(b *testing.B) {
	for _, corpus := range []bool{false, true} {
		b.Run(fmt.Sprintf("corpus=%v", corpus), func(b *testing.B) { benchHook(b, corpus) })
	}
}

func benchHook(b *testing.B, corpus bool) {
	bed := newCDSBed(b, corpus)
	var cases []synthetic.Case
	for i, v := range []string{"meets", "no-nyha", "injection-lvef-40"} {
		sc, err := synthetic.Generate("icd", v, uint64(i+1))
		require.NoError(b, err)
		cases = append(cases, sc)
	}
	var took []time.Duration
	b.ResetTimer()
	for i := range b.N {
		start := time.Now()
		bed.orderSign(b, cases[i%len(cases)])
		took = append(took, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(took)
	pct := func(p float64) float64 { return float64(took[int(p*float64(len(took)-1))].Microseconds()) / 1000 }
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.95), "p95-ms")
}
