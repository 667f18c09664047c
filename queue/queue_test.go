package queue_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/postgres/pgtest"
	"github.com/umassist/umassist/queue"
)

func TestReviewCaseJobIsWorkedOncePerCase(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	pool := pgtest.DB(t)

	var mu sync.Mutex
	drafted := map[string]int{}
	done := make(chan string, 10)
	client, err := queue.New(pool, queue.Config{Workers: 2, Drafter: queue.DrafterFunc(func(ctx context.Context, caseID string) error {
		mu.Lock()
		drafted[caseID]++
		mu.Unlock()
		done <- caseID
		return nil
	})})
	require.NoError(t, err)

	store := postgres.NewCaseStore(pool, client)
	req := umassist.ServiceRequest{Service: umassist.Coding{System: umassist.SystemCPT, Code: "33249"}, Payer: "medicare", Urgency: umassist.UrgencyExpedited, Date: umassist.MustDate("2026-03-02")}
	nurse := umassist.Actor{ID: "intake", Role: umassist.RoleOperator}
	var ids []string
	for range 3 {
		c, _, err := store.Create(ctx, postgres.CreateCase{Patient: "Patient/p1", Request: req, Actor: nurse})
		require.NoError(t, err)
		ids = append(ids, c.ID)
	}
	// A second enqueue of an in-flight case is absorbed by uniqueness.
	tx, err := pool.Begin(ctx)
	require.NoError(t, err)
	require.NoError(t, client.EnqueueReviewTx(ctx, tx, ids[0], 0))
	require.NoError(t, tx.Commit(ctx))
	var jobs int
	require.NoError(t, pool.QueryRow(ctx, `SELECT count(*) FROM river_job WHERE kind = 'review_case'`).Scan(&jobs))
	require.Equal(t, 3, jobs)
	// A re-draft after the clinician's answer is a job of its own even
	// while the previous one is still in flight (it used to be skipped as
	// its duplicate, so the answer was never read).
	tx, err = pool.Begin(ctx)
	require.NoError(t, err)
	require.NoError(t, client.EnqueueReviewTx(ctx, tx, ids[1], 1))
	require.NoError(t, tx.Commit(ctx))
	require.NoError(t, pool.QueryRow(ctx, `SELECT count(*) FROM river_job WHERE kind = 'review_case'`).Scan(&jobs))
	require.Equal(t, 4, jobs)

	require.NoError(t, client.Start(ctx))
	for range 4 {
		select {
		case <-done:
		case <-ctx.Done():
			t.Fatal("jobs were not worked")
		}
	}
	require.NoError(t, client.Stop(ctx))
	require.Equal(t, map[string]int{ids[0]: 1, ids[1]: 2, ids[2]: 1}, drafted)
}
