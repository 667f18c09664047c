package main

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/labstack/echo/v4"

	"github.com/umassist/umassist/agent"
	"github.com/umassist/umassist/queue"
	"github.com/umassist/umassist/server"
	"github.com/umassist/umassist/telemetry"
)

// The wiring every command shares, built here and only here, by explicit
// calls: no init functions and no package-level hooks, so what a command
// runs does not depend on which files exist or the order Go initialises
// them in. A new capability adds a line to one of these functions (and a
// test in wire_test.go).

// agentDrafter is the case drafter of serve, worker and demo: the agent,
// with the model UMASSIST_MODEL names (default offline), traced and
// measured around the agent (a span per run, per model call and per tool
// call) so the agent itself carries no instrumentation.
func (a *app) agentDrafter(ctx context.Context, pool *pgxpool.Pool) (queue.Drafter, error) {
	model, err := agentModel(envOr("UMASSIST_MODEL", "offline"))
	if err != nil {
		return nil, err
	}
	d, err := newAgentDrafter(ctx, pool, model)
	if err != nil {
		return nil, err
	}
	return traceDrafter(&agent.CaseDrafter{Pool: pool, Drafter: d, Log: a.log}), nil
}

// serveMiddleware runs on every route of `umassist serve`: request metrics.
// The operations routes (command centre, reports, River UI, /metrics) are
// mounted by mountOps.
func serveMiddleware() []echo.MiddlewareFunc {
	return []echo.MiddlewareFunc{telemetry.Middleware(server.StatusOf)}
}
