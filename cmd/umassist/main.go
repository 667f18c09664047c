package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"sync"
	"syscall"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/urfave/cli/v3"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/evals"
	"github.com/umassist/umassist/logging"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/postgres/cluster"
	"github.com/umassist/umassist/scan"
)

// Exit codes.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
	exitGate    = 3
)

// Set by the linker: -ldflags "-X main.version=...".
var (
	version = "dev"
	commit  = ""
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// app is the state shared by subcommands: configuration and lazily opened
// resources.
type app struct {
	stdout, stderr io.Writer
	log            *slog.Logger
	pool           *pgxpool.Pool // the schema's owner: migrations, imports, admin commands
	appPool        *pgxpool.Pool // the app's role: serve and worker
	// newEvalPipeline builds eval run's pipeline; nil: the production one
	// (evalPipeline). Tests give a fake.
	newEvalPipeline func(ctx context.Context, cmd *cli.Command, spec modelSpec, cache *evals.Cache) (*evalPipeline, error)
	// codes are the code lists read so far, by folder (codeList).
	codesMu sync.Mutex
	codes   map[string]*scan.CodeList
}

// run is main without the process: tests call it.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	return (&app{stdout: stdout, stderr: stderr}).run(ctx, args)
}

// run runs the command line args with a's dependencies.
func (a *app) run(ctx context.Context, args []string) int {
	stdout, stderr := a.stdout, a.stderr
	root := &cli.Command{
		Name:                  "umassist",
		Usage:                 "AI-prepared, human-decided utilization-management review",
		Version:               versionString(),
		Writer:                stdout,
		ErrWriter:             stderr,
		EnableShellCompletion: true,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "database-url", Usage: "PostgreSQL connection string; empty starts the private cluster", Sources: cli.EnvVars("UMASSIST_DATABASE_URL", "DATABASE_URL")},
			&cli.StringFlag{Name: "app-database-url", Usage: "PostgreSQL connection string serve and worker run on: a login role that is a member of umassist_app, never the schema's owner (the private cluster needs none)", Sources: cli.EnvVars("UMASSIST_APP_DATABASE_URL")},
			&cli.StringFlag{Name: "pg-dir", Usage: "folder of the private PostgreSQL cluster", Value: "", Sources: cli.EnvVars("UMASSIST_PGDIR")},
			&cli.StringFlag{Name: "log-level", Usage: "debug, info, warn or error", Value: "info", Sources: cli.EnvVars("UMASSIST_LOG_LEVEL")},
			&cli.StringFlag{Name: "log-format", Usage: "json or text", Value: "json", Sources: cli.EnvVars("UMASSIST_LOG_FORMAT")},
		},
		Before: func(ctx context.Context, cmd *cli.Command) (context.Context, error) {
			var lvl slog.Level
			if err := lvl.UnmarshalText([]byte(cmd.String("log-level"))); err != nil {
				return ctx, usageError{fmt.Errorf("--log-level: %w", err)}
			}
			a.log = logging.New(stderr, logging.Options{Level: lvl, Text: cmd.String("log-format") == "text"})
			return ctx, nil
		},
		Commands: a.commands(),
		ExitErrHandler: func(context.Context, *cli.Command, error) {
			// Exit codes are decided in run, not by the library.
		},
	}
	err := root.Run(ctx, args)
	if a.appPool != nil && a.appPool != a.pool {
		a.appPool.Close()
	}
	if a.pool != nil {
		a.pool.Close()
	}
	return exitCode(err, stderr)
}

// commands lists every subcommand; each lives in its own file.
func (a *app) commands() []*cli.Command {
	return []*cli.Command{
		a.dbCommand(),
		a.fhirCommand(),     // fhir.go
		a.toolCommand(),     // tool.go
		a.policiesCommand(), // policies.go
		a.packsCommand(),    // packs.go
		a.reviewCommand(),   // review.go
		a.clientsCommand(),  // clients.go
		a.cdsCommand(),      // cds.go
		a.pasCommand(),      // pas.go
		a.intakeCommand(),   // intake.go
		a.serveCommand(),    // serve.go
		a.workerCommand(),   // worker.go
		a.evalCommand(),     // eval.go
		a.reportCommand(),   // report.go
		a.auditCommand(),    // audit.go
		a.demoCommand(),     // demo.go
		a.versionCommand(),
	}
}

// usageError marks a mistake in how the command was called (exit 2).
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// gateError marks a failed gate or check (exit 3).
type gateError struct{ err error }

func (e gateError) Error() string { return e.err.Error() }
func (e gateError) Unwrap() error { return e.err }

func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return exitOK
	}
	if errors.Is(err, context.Canceled) {
		fmt.Fprintln(stderr, "umassist: interrupted")
		return exitFailure
	}
	fmt.Fprintf(stderr, "umassist: %v\n", err)
	var ue usageError
	var ge gateError
	switch {
	case errors.As(err, &ge):
		return exitGate
	case errors.As(err, &ue), isCLIUsage(err), umassist.ErrorCode(err) == umassist.EINVALID:
		return exitUsage
	}
	return exitFailure
}

func isCLIUsage(err error) bool {
	msg := err.Error()
	for _, s := range []string{"flag provided but not defined", "No help topic for", "Required flag", "invalid value", "unknown command"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// db returns the pool, starting the private cluster when no database URL
// is configured, and applying migrations (safe at every start-up).
func (a *app) db(ctx context.Context, cmd *cli.Command) (*pgxpool.Pool, error) {
	if a.pool != nil {
		return a.pool, nil
	}
	url, err := a.databaseURL(ctx, cmd)
	if err != nil {
		return nil, err
	}
	pool, err := postgres.Open(ctx, url)
	if err != nil {
		return nil, err
	}
	if _, err := postgres.Migrate(ctx, pool); err != nil {
		pool.Close()
		return nil, err
	}
	a.pool = pool
	return pool, nil
}

// appDB returns the pool serve and worker run on: the application's role
// (postgres.AppRole), which does its work but cannot rewrite history, turn
// a trigger off or decide a case by writing its status. The schema is
// migrated first, as its owner. With the private cluster the app's role
// logs in over the cluster's socket; with --database-url, --app-database-url
// names the app's login (without it the app runs as the owner, and says so).
func (a *app) appDB(ctx context.Context, cmd *cli.Command) (*pgxpool.Pool, error) {
	if a.appPool != nil {
		return a.appPool, nil
	}
	owner, err := a.db(ctx, cmd)
	if err != nil {
		return nil, err
	}
	url := cmd.String("app-database-url")
	if url == "" {
		if cmd.String("database-url") != "" {
			a.log.Warn("running as the database owner: set --app-database-url (UMASSIST_APP_DATABASE_URL) to a login role in umassist_app, so the app cannot rewrite the audit or switch its triggers off")
			a.appPool = owner
			return owner, nil
		}
		ownerURL, err := a.databaseURL(ctx, cmd)
		if err != nil {
			return nil, err
		}
		if err := postgres.AllowAppLogin(ctx, owner); err != nil {
			return nil, err
		}
		if url, err = postgres.AsRole(ownerURL, postgres.AppRole); err != nil {
			return nil, err
		}
	}
	pool, err := postgres.Open(ctx, url)
	if err != nil {
		return nil, err
	}
	if own, err := postgres.RunsAsOwner(ctx, pool); err != nil {
		pool.Close()
		return nil, err
	} else if own {
		a.log.Warn("--app-database-url connects as a superuser or the schema's owner: the app could rewrite the audit")
	}
	a.appPool = pool
	return pool, nil
}

func (a *app) databaseURL(ctx context.Context, cmd *cli.Command) (string, error) {
	if u := cmd.String("database-url"); u != "" {
		return u, nil
	}
	info, err := a.cluster(cmd).Ensure(ctx)
	if err != nil {
		return "", err
	}
	return info.URL, nil
}

func (a *app) cluster(cmd *cli.Command) *cluster.Cluster {
	dir := cmd.String("pg-dir")
	if dir == "" {
		dir = cluster.DefaultDir()
	}
	return cluster.New(dir)
}
