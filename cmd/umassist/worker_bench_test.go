package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/demo"
	"github.com/umassist/umassist/postgres"
)

// BenchmarkDrain drains a backlog of submitted cases with one and with two
// `umassist worker` processes and reports cases/s and the p50/p95 time from
// submission (received_at) to draft (the draft's created_at) — for a
// backlog mostly the wait in the queue — and the p95 of the drafter's own
// time per case (the draft's latency_ms).
//
//	go test -run '^$' -bench Drain -benchtime 1x ./cmd/umassist/
//
// UMASSIST_BENCH_CASES sets the backlog (default 2000; the figure
// is 10000), UMASSIST_BENCH_DRAFTER the drafter (synthetic, or agent: the
// offline model through the real agent loop, tools and verifier, on the
// demo's policies and patients, which `umassist demo --exit` loads first),
// UMASSIST_BENCH_SLOTS the slots per process (default 4), and
// UMASSIST_BENCH_OUT a JSON file the results are appended to.
func BenchmarkDrain(b *testing.B) {
	n := envInt("UMASSIST_BENCH_CASES", 2000)
	slots := envInt("UMASSIST_BENCH_SLOTS", 4)
	drafter := os.Getenv("UMASSIST_BENCH_DRAFTER")
	if drafter == "" {
		drafter = "synthetic"
	}
	for _, procs := range []int{1, 2} {
		b.Run(fmt.Sprintf("procs=%d", procs), func(b *testing.B) {
			for range b.N {
				b.StopTimer()
				q := newQueueDB(b)
				if drafter == "agent" {
					q.submitDemo(b, n)
				} else {
					q.submit(b, n)
				}
				b.StartTimer()
				start := time.Now()
				var ws []*workerProc
				for i := range procs {
					ws = append(ws, startWorker(b, q.url, fmt.Sprintf("bench%d", i+1),
						"--drafter", drafter, "--workers", strconv.Itoa(slots)))
				}
				q.waitDrafted(b, 30*time.Minute, ws...)
				elapsed := time.Since(start)
				b.StopTimer()
				for _, w := range ws {
					_ = w.cmd.Process.Signal(syscall.SIGTERM)
				}
				for _, w := range ws {
					w.wait(b, 30*time.Second)
				}
				// Benchmark cases have no idempotency key (the demo's do).
				var p50, p95, work95 float64
				var drafts, failed, maxPerCase int
				require.NoError(b, q.pool.QueryRow(context.Background(), `
					SELECT count(*),
					       coalesce(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM d.created_at - c.received_at)), 0),
					       coalesce(percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM d.created_at - c.received_at)), 0),
					       (SELECT count(*) FROM cases WHERE idempotency_key IS NULL AND status = 'failed'),
					       coalesce((SELECT max(k) FROM (SELECT count(*) AS k FROM drafts GROUP BY case_id) x), 0),
					       coalesce(percentile_cont(0.95) WITHIN GROUP (ORDER BY (d.draft->>'latency_ms')::float8), 0)
					FROM drafts d JOIN cases c ON c.id = d.case_id AND c.idempotency_key IS NULL`).Scan(&drafts, &p50, &p95, &failed, &maxPerCase, &work95))
				require.Equal(b, n, drafts+failed, "every case drafted or failed")
				require.Equal(b, 1, maxPerCase, "never two drafts of a case")
				rate := float64(n) / elapsed.Seconds()
				b.ReportMetric(rate, "cases/s")
				b.ReportMetric(p50*1000, "p50_ms")
				b.ReportMetric(p95*1000, "p95_ms")
				b.ReportMetric(float64(failed), "failed")
				// The drafter's own time per case, without the backlog's wait.
				b.ReportMetric(work95, "p95_draft_ms")
				writeBenchResult(b, map[string]any{
					"benchmark": "drain", "at": time.Now().UTC(), "cases": n, "processes": procs, "slots_per_process": slots,
					"drafter": drafter, "seconds": elapsed.Seconds(), "cases_per_second": rate,
					"p50_submission_to_draft_ms": p50 * 1000, "p95_submission_to_draft_ms": p95 * 1000, "failed": failed, "p95_drafting_ms": work95,
				})
				b.StartTimer()
			}
		})
	}
}

// submitDemo loads the demo (policies, patients) with `umassist demo
// --exit` and submits n cases cycling through the demo queue's requests.
func (q *queueDB) submitDemo(b *testing.B, n int) {
	b.Helper()
	code, _, stderr := runWith(q.url, "--log-level", "error", "demo", "--exit")
	require.Equal(b, exitOK, code, stderr)
	cases, err := demo.CasesAt(time.Now().UTC())
	require.NoError(b, err)
	for i := range n {
		c := cases[i%len(cases)]
		_, _, err := q.cases.Create(context.Background(), postgres.CreateCase{
			Patient: "Patient/" + c.PatientID, Request: c.Request,
			Actor: umassist.Actor{ID: "loadgen", Role: umassist.RoleOperator},
		})
		require.NoError(b, err)
	}
}

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

func writeBenchResult(b *testing.B, r map[string]any) {
	path := os.Getenv("UMASSIST_BENCH_OUT")
	if path == "" {
		return
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	require.NoError(b, err)
	defer f.Close()
	require.NoError(b, json.NewEncoder(f).Encode(r))
}
