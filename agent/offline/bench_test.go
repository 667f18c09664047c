package offline_test

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/umassist/umassist/fhir/synthetic"
)

// BenchmarkOfflineCase drafts one whole case (the ICD "meets" patient)
// with the offline model through the real tools on local PostgreSQL:
// model turns, every tool call with its audit entry, and the verifier.
// Goal: p50 under 100 ms; parallel=2 estimates cases/s on 2 cores.
func BenchmarkOfflineCase(b *testing.B) {
	tb := setup(b)
	sc, err := synthetic.Generate("icd", "meets", 1)
	if err != nil {
		b.Fatal(err)
	}
	c := tb.load(b, sc)
	b.Run("serial", func(b *testing.B) {
		var lat []time.Duration
		for b.Loop() {
			t0 := time.Now()
			if _, err := tb.drafter.Draft(context.Background(), c); err != nil {
				b.Fatal(err)
			}
			lat = append(lat, time.Since(t0))
		}
		slices.Sort(lat)
		b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
		b.ReportMetric(float64(lat[len(lat)*95/100].Microseconds())/1000, "p95-ms")
	})
	b.Run("parallel=2", func(b *testing.B) {
		start := time.Now()
		var wg sync.WaitGroup
		n := b.N
		work := make(chan struct{}, n)
		for range n {
			work <- struct{}{}
		}
		close(work)
		for range 2 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for range work {
					if _, err := tb.drafter.Draft(context.Background(), c); err != nil {
						b.Error(err)
						return
					}
				}
			}()
		}
		wg.Wait()
		b.ReportMetric(float64(n)/time.Since(start).Seconds(), "cases/s")
	})
}
