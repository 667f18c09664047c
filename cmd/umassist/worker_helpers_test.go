package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"os/signal"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/postgres/pgtest"
	"github.com/umassist/umassist/queue"
)

// The worker tests run real `umassist worker` processes: the test binary
// re-executes itself with UMASSIST_WORKER_CHILD set, and this function then
// runs the CLI with the arguments in UMASSIST_WORKER_ARGS instead of the
// tests. The parent never runs it as a test (it skips).
func TestWorkerChildProcess(t *testing.T) {
	if os.Getenv("UMASSIST_WORKER_CHILD") != "1" {
		t.Skip("runs only as a worker child process")
	}
	var args []string
	if err := json.Unmarshal([]byte(os.Getenv("UMASSIST_WORKER_ARGS")), &args); err != nil {
		os.Exit(exitUsage)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, append([]string{"umassist"}, args...), os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// workerProc is a running worker child.
type workerProc struct {
	cmd    *exec.Cmd
	id     string
	out    *syncBuffer
	done   chan struct{}
	result error
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// startWorker starts `umassist worker --id id extra...` against dbURL.
func startWorker(tb testing.TB, dbURL, id string, extra ...string) *workerProc {
	tb.Helper()
	args := append([]string{"--log-format", "text", "--log-level", "warn", "worker", "--id", id, "--fast-maintenance"}, extra...)
	js, _ := json.Marshal(args)
	cmd := exec.Command(os.Args[0], "-test.run=^TestWorkerChildProcess$")
	cmd.Env = append(os.Environ(), "UMASSIST_WORKER_CHILD=1", "UMASSIST_WORKER_ARGS="+string(js), "DATABASE_URL="+dbURL)
	p := &workerProc{cmd: cmd, id: id, out: &syncBuffer{}, done: make(chan struct{})}
	cmd.Stdout, cmd.Stderr = p.out, p.out
	require.NoError(tb, cmd.Start())
	go func() { p.result = cmd.Wait(); close(p.done) }()
	tb.Cleanup(func() {
		select {
		case <-p.done:
		default:
			_ = cmd.Process.Kill()
			<-p.done
		}
	})
	return p
}

// wait waits for the process to exit and returns its exit code.
func (p *workerProc) wait(tb testing.TB, timeout time.Duration) int {
	tb.Helper()
	select {
	case <-p.done:
	case <-time.After(timeout):
		tb.Fatalf("worker %s did not exit within %s; output:\n%s", p.id, timeout, p.out.String())
	}
	return p.cmd.ProcessState.ExitCode()
}

// queueDB is a fresh migrated database for worker processes.
type queueDB struct {
	url   string
	pool  *pgxpool.Pool
	cases *postgres.CaseStore
}

func newQueueDB(tb testing.TB) *queueDB {
	tb.Helper()
	url := pgtest.WithDatabase(pgtest.URL(tb), pgtest.NewDatabase(tb))
	pool, err := postgres.Open(context.Background(), url)
	require.NoError(tb, err)
	tb.Cleanup(pool.Close)
	qc, err := queue.New(pool, queue.Config{})
	require.NoError(tb, err)
	return &queueDB{url: url, pool: pool, cases: postgres.NewCaseStore(pool, qc)}
}

// submit creates n cases, each enqueued in its own transaction as intake
// does.
func (q *queueDB) submit(tb testing.TB, n int) []string {
	tb.Helper()
	ids := make([]string, 0, n)
	for i := range n {
		urg := umassist.UrgencyStandard
		if i%4 == 0 {
			urg = umassist.UrgencyExpedited
		}
		c, _, err := q.cases.Create(context.Background(), postgres.CreateCase{
			Patient: "Patient/load-1",
			Request: umassist.ServiceRequest{
				Service: umassist.Coding{System: umassist.SystemCPT, Code: "33249"}, Payer: []string{"medicare", "aetna", "cigna"}[i%3],
				Urgency: urg, Date: umassist.MustDate("2026-03-02"),
			},
			Actor: umassist.Actor{ID: "loadgen", Role: umassist.RoleOperator},
		})
		require.NoError(tb, err)
		ids = append(ids, c.ID)
	}
	return ids
}

// waitDrafted polls until no case is left undrafted, or fails after
// timeout.
func (q *queueDB) waitDrafted(tb testing.TB, timeout time.Duration, procs ...*workerProc) {
	tb.Helper()
	deadline := time.Now().Add(timeout)
	for {
		var left int
		require.NoError(tb, q.pool.QueryRow(context.Background(),
			`SELECT count(*) FROM cases WHERE status IN ('received', 'drafting')`).Scan(&left))
		if left == 0 {
			return
		}
		if time.Now().After(deadline) {
			for _, p := range procs {
				tb.Logf("worker %s output:\n%s", p.id, p.out.String())
			}
			tb.Fatalf("%d cases still undrafted after %s", left, timeout)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
