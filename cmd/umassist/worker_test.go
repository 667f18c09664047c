package main

import (
	"context"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestWorkersScaleOut runs three worker processes on one queue, kills one
// with SIGKILL while it is drafting, and shows that every case is drafted
// exactly once: the killed worker's job is rescued and retried by another
// process without a duplicate draft.
func TestWorkersScaleOut(t *testing.T) {
	if testing.Short() {
		t.Skip("starts worker processes and waits for River's rescuer")
	}
	t.Parallel()
	ctx := context.Background()
	q := newQueueDB(t)
	ids := q.submit(t, 60)

	flags := []string{"--drafter", "synthetic", "--synthetic-delay", "300ms", "--workers", "2",
		"--job-timeout", "2s", "--rescue-after", "3s", "--shutdown-timeout", "10s"}
	victim := startWorker(t, q.url, "w1", flags...)

	// Kill w1 while it is drafting a case (the draft not yet written).
	var killedJob int64
	deadline := time.Now().Add(30 * time.Second)
	for killedJob == 0 {
		err := q.pool.QueryRow(ctx, `
			SELECT j.id FROM river_job j JOIN cases c ON c.id = j.args->>'case_id'
			WHERE j.state = 'running' AND j.attempted_by[array_upper(j.attempted_by, 1)] = 'w1' AND c.status = 'drafting'
			LIMIT 1`).Scan(&killedJob)
		if err != nil && time.Now().After(deadline) {
			t.Fatalf("w1 never ran a job: %v\n%s", err, victim.out.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	require.NoError(t, victim.cmd.Process.Signal(syscall.SIGKILL))
	victim.wait(t, 10*time.Second)

	w2 := startWorker(t, q.url, "w2", flags...)
	w3 := startWorker(t, q.url, "w3", flags...)
	q.waitDrafted(t, 120*time.Second, w2, w3)
	// The rescued job completes too (the case may be drafted by then, and
	// River records completions in batches).
	deadline = time.Now().Add(60 * time.Second)
	for {
		var state string
		require.NoError(t, q.pool.QueryRow(ctx, `SELECT state::text FROM river_job WHERE id = $1`, killedJob).Scan(&state))
		if state == "completed" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the killed job is still %s\n%s\n%s", state, w2.out.String(), w3.out.String())
		}
		time.Sleep(100 * time.Millisecond)
	}

	// Exactly one draft per case, every case ready for review.
	var cases, drafted, drafts, maxPerCase int
	require.NoError(t, q.pool.QueryRow(ctx, `
		SELECT count(*), count(*) FILTER (WHERE status = 'ready_for_review'),
		       (SELECT count(*) FROM drafts), coalesce((SELECT max(n) FROM (SELECT count(*) AS n FROM drafts GROUP BY case_id) x), 0)
		FROM cases`).Scan(&cases, &drafted, &drafts, &maxPerCase))
	require.Equal(t, len(ids), cases)
	require.Equal(t, len(ids), drafted)
	require.Equal(t, len(ids), drafts)
	require.Equal(t, 1, maxPerCase)

	// The killed job was rescued and finished by another worker.
	var state string
	var attempt int
	var by []string
	require.NoError(t, q.pool.QueryRow(ctx, `SELECT state::text, attempt, attempted_by FROM river_job WHERE id = $1`, killedJob).Scan(&state, &attempt, &by))
	require.Equal(t, "completed", state)
	require.GreaterOrEqual(t, attempt, 2, "the job ran again after w1 died")
	require.Equal(t, "w1", by[0])
	require.NotEqual(t, "w1", by[len(by)-1])

	// Both surviving workers did work, and both stop cleanly on SIGTERM.
	var workers int
	require.NoError(t, q.pool.QueryRow(ctx, `SELECT count(DISTINCT attempted_by[array_upper(attempted_by, 1)]) FROM river_job WHERE state = 'completed'`).Scan(&workers))
	require.GreaterOrEqual(t, workers, 2)
	for _, p := range []*workerProc{w2, w3} {
		require.NoError(t, p.cmd.Process.Signal(syscall.SIGTERM))
	}
	for _, p := range []*workerProc{w2, w3} {
		require.Equal(t, 0, p.wait(t, 15*time.Second), p.out.String())
		require.Contains(t, p.out.String(), "worker "+p.id+" stopped")
	}
}

// TestWorkerGracefulShutdown: on SIGTERM a worker finishes the job in
// flight when it can, and when the grace period is too short it cancels
// and releases the job for another worker, which drafts it once.
func TestWorkerGracefulShutdown(t *testing.T) {
	if testing.Short() {
		t.Skip("starts worker processes")
	}
	t.Parallel()
	tests := []struct {
		name       string
		grace      string
		wantStates []string // the job's state right after the worker exits
	}{
		{"finishes in-flight work", "10s", []string{"completed"}},
		// Cancelled on shutdown, the job goes back to the queue at once.
		{"releases work it cannot finish", "200ms", []string{"available", "retryable"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			q := newQueueDB(t)
			q.submit(t, 1)
			flags := []string{"--drafter", "synthetic", "--synthetic-delay", "1500ms", "--workers", "1",
				"--job-timeout", "5s", "--rescue-after", "5s", "--shutdown-timeout", tt.grace}
			w := startWorker(t, q.url, "g1", flags...)
			deadline := time.Now().Add(30 * time.Second)
			for {
				var n int
				require.NoError(t, q.pool.QueryRow(ctx, `SELECT count(*) FROM river_job WHERE state = 'running'`).Scan(&n))
				if n == 1 {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("the job never started:\n%s", w.out.String())
				}
				time.Sleep(10 * time.Millisecond)
			}
			require.NoError(t, w.cmd.Process.Signal(syscall.SIGTERM))
			require.Equal(t, 0, w.wait(t, 20*time.Second), w.out.String())
			var state string
			require.NoError(t, q.pool.QueryRow(ctx, `SELECT state::text FROM river_job`).Scan(&state))
			require.Contains(t, tt.wantStates, state)
			if state == "completed" {
				return
			}
			// Released, not lost: the next worker drafts it, once.
			w2 := startWorker(t, q.url, "g2", flags...)
			q.waitDrafted(t, 60*time.Second, w2)
			var drafts int
			require.NoError(t, q.pool.QueryRow(ctx, `SELECT count(*) FROM drafts`).Scan(&drafts))
			require.Equal(t, 1, drafts)
		})
	}
}
