package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/urfave/cli/v3"

	"github.com/umassist/umassist/ops"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/queue"
	"github.com/umassist/umassist/telemetry"
)

// workerCommand runs drafting workers only: any number of these processes,
// on any number of machines, share one PostgreSQL queue. River hands each
// job to one worker; a worker that dies mid-job has its job rescued after
// --rescue-after and retried elsewhere, and drafting is idempotent per case.
func (a *app) workerCommand() *cli.Command {
	return &cli.Command{
		Name:  "worker",
		Usage: "run agent workers only (scale out: run many, on many machines, against one database)",
		Description: "Works the review_case queue until SIGINT/SIGTERM. On a signal it stops taking jobs and waits up to\n" +
			"--shutdown-timeout for jobs in flight; whatever is still running then is cancelled and released for\n" +
			"another worker to retry.",
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "workers", Value: 8, Usage: "cases drafted at once in this process (drafting waits on the database and the model more than the CPU: see ops/BENCHMARK.md)", Sources: cli.EnvVars("UMASSIST_WORKERS")},
			&cli.StringFlag{Name: "drafter", Value: "agent", Usage: "agent (the built-in agent) or synthetic (deterministic stand-in for load tests)", Sources: cli.EnvVars("UMASSIST_DRAFTER")},
			&cli.DurationFlag{Name: "synthetic-delay", Value: 0, Usage: "time the synthetic drafter spends per case", Sources: cli.EnvVars("UMASSIST_SYNTHETIC_DELAY")},
			&cli.DurationFlag{Name: "job-timeout", Value: queue.DefaultJobTimeout, Usage: "bound on one drafting attempt (the agent's own deadline is 2 minutes)", Sources: cli.EnvVars("UMASSIST_JOB_TIMEOUT")},
			&cli.DurationFlag{Name: "rescue-after", Value: queue.DefaultRescueAfter, Usage: "a job running this long is presumed orphaned (its worker died) and retried; must be >= --job-timeout", Sources: cli.EnvVars("UMASSIST_RESCUE_AFTER")},
			&cli.DurationFlag{Name: "shutdown-timeout", Value: 30 * time.Second, Usage: "grace period for jobs in flight on SIGTERM", Sources: cli.EnvVars("UMASSIST_SHUTDOWN_TIMEOUT")},
			&cli.StringFlag{Name: "pas-endpoints", Usage: "JSON file of payers' PAS endpoints: this worker also sends approved pre-submission cases (give every worker the same file as serve)", Sources: cli.EnvVars("UMASSIST_PAS_ENDPOINTS")},
			&cli.StringFlag{Name: "id", Usage: "worker id in River's job records (default: host and a random suffix)", Sources: cli.EnvVars("UMASSIST_WORKER_ID")},
			&cli.StringFlag{Name: "metrics-addr", Usage: "serve Prometheus /metrics on this address, e.g. 127.0.0.1:9091", Sources: cli.EnvVars("UMASSIST_METRICS_ADDR")},
			&cli.StringFlag{Name: "otlp-endpoint", Usage: "export traces over OTLP/HTTP to this collector (default: OTEL_EXPORTER_OTLP_ENDPOINT; none: no tracing)", Sources: cli.EnvVars("UMASSIST_OTLP_ENDPOINT")},
			&cli.BoolFlag{Name: "fast-maintenance", Hidden: true, Usage: "tests only: skip River's staggered maintenance start", Sources: cli.EnvVars("UMASSIST_FAST_MAINTENANCE")},
		},
		Action: a.worker,
	}
}

func (a *app) worker(ctx context.Context, cmd *cli.Command) error {
	n := int(cmd.Int("workers"))
	if n <= 0 {
		return usageError{fmt.Errorf("worker: --workers must be at least 1")}
	}
	if cmd.Duration("rescue-after") < cmd.Duration("job-timeout") {
		return usageError{fmt.Errorf("worker: --rescue-after (%s) must be at least --job-timeout (%s)", cmd.Duration("rescue-after"), cmd.Duration("job-timeout"))}
	}
	pool, err := a.appDB(ctx, cmd)
	if err != nil {
		return err
	}
	shutdownTracing, err := telemetry.SetupTracing(ctx, telemetry.TraceConfig{Endpoint: cmd.String("otlp-endpoint"), Version: version, ServiceName: "umassist-worker"})
	if err != nil {
		return err
	}
	defer func() { _ = shutdownTracing(context.WithoutCancel(ctx)) }()

	drafter, err := a.workerDrafter(ctx, cmd, pool)
	if err != nil {
		return err
	}
	submitter, err := a.pasSubmitter(pool, cmd.String("pas-endpoints"))
	if err != nil {
		return err
	}
	_, reader := a.intake(pool, a.codeList(""))
	rc, err := river.NewClient(riverpgxv5.New(pool), workerConfig(cmd, drafter, asSubmitter(submitter), reader, n, a))
	if err != nil {
		return fmt.Errorf("worker: river client: %w", err)
	}
	if submitter != nil {
		// Appeal cases are queued for drafting through this worker's client.
		submitter.Cases = postgres.NewCaseStore(pool, &queue.Client{River: rc})
	}
	qc := &queue.Client{River: rc}

	if addr := cmd.String("metrics-addr"); addr != "" {
		stop, err := serveWorkerMetrics(ctx, addr, pool)
		if err != nil {
			return err
		}
		defer stop()
	}

	// Start with a context that signals do not cancel: cancelling River's
	// start context is a hard stop, and a SIGTERM asks for a soft one.
	if err := qc.Start(context.WithoutCancel(ctx)); err != nil {
		return err
	}
	a.log.Info("worker started", "id", rc.ID(), "workers", n, "drafter", cmd.String("drafter"))
	fmt.Fprintf(a.stdout, "umassist: worker %s working the queue with %d slots\n", rc.ID(), n)
	<-ctx.Done()

	a.log.Info("worker stopping", "id", rc.ID(), "grace", cmd.Duration("shutdown-timeout"))
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), cmd.Duration("shutdown-timeout"))
	defer cancel()
	if err := qc.Stop(sctx); err != nil {
		return fmt.Errorf("worker: stop: %w", err)
	}
	a.log.Info("worker stopped", "id", rc.ID())
	fmt.Fprintf(a.stdout, "umassist: worker %s stopped\n", rc.ID())
	return nil
}

// workerConfig is River's configuration for a worker process.
func workerConfig(cmd *cli.Command, drafter queue.Drafter, submitter queue.Submitter, reader queue.PacketReader, n int, a *app) *river.Config {
	workers := river.NewWorkers()
	river.AddWorker(workers, &queue.ReviewCaseWorker{Drafter: ops.Instrument(drafter), AttemptTimeout: cmd.Duration("job-timeout")})
	if submitter != nil {
		queue.AddPASWorkers(workers, submitter, 0)
	}
	queues := map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: n}}
	if reader != nil {
		queue.AddIntakeWorker(workers, reader)
		queues[queue.QueueIntake] = queue.IntakeQueue()
	}
	return &river.Config{
		ID:                   cmd.String("id"),
		Logger:               a.log,
		Workers:              workers,
		Queues:               queues,
		JobTimeout:           cmd.Duration("job-timeout"),
		RescueStuckJobsAfter: cmd.Duration("rescue-after"),
		FetchCooldown:        20 * time.Millisecond,
		FetchPollInterval:    250 * time.Millisecond,
		TestOnly:             cmd.Bool("fast-maintenance"),
	}
}

// workerDrafter picks the drafter: the agent (agentDrafter, as serve and
// demo build it) or the synthetic stand-in.
func (a *app) workerDrafter(ctx context.Context, cmd *cli.Command, pool *pgxpool.Pool) (queue.Drafter, error) {
	switch cmd.String("drafter") {
	case "agent":
		return a.agentDrafter(ctx, pool)
	case "synthetic":
		return &ops.SyntheticDrafter{Pool: pool, Delay: cmd.Duration("synthetic-delay")}, nil
	}
	return nil, usageError{fmt.Errorf("worker: --drafter must be agent or synthetic, not %q", cmd.String("drafter"))}
}

var (
	depthOnce sync.Once
	// depthPool is the pool the gauges read: the latest one registered
	// (one per process in production; tests open many).
	depthPool atomic.Pointer[pgxpool.Pool]
)

// registerDepth points the queue-depth and SLA gauges at pool, registering
// them with the process's metrics on first use.
func registerDepth(pool *pgxpool.Pool) {
	depthPool.Store(pool)
	current := func(f func(postgres.Querier) func(context.Context) (map[string]float64, error)) telemetry.StateCounter {
		return func(ctx context.Context) (map[string]float64, error) { return f(depthPool.Load())(ctx) }
	}
	depthOnce.Do(func() {
		_ = telemetry.Default.RegisterQueueDepth(current(ops.CaseDepth), current(ops.JobDepth))
		_ = telemetry.Default.RegisterGaugeFunc("umassist_sla_cases", "Open cases breached or at risk against their CMS-0057-F clock.", "clock", current(ops.SLACounts))
	})
}

// serveWorkerMetrics serves /metrics for Prometheus to scrape a worker.
func serveWorkerMetrics(ctx context.Context, addr string, pool *pgxpool.Pool) (func(), error) {
	registerDepth(pool)
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("worker: metrics listener: %w", err)
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", telemetry.Handler())
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	return func() {
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
	}, nil
}
