package main

import (
	"context"
	"log/slog"
	"net/http"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/labstack/echo/v4"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/ops"
	"github.com/umassist/umassist/server"
	"github.com/umassist/umassist/telemetry"
)

// mountOps registers the operations routes on the server.
func mountOps(s *server.Server, pool *pgxpool.Pool) {
	// An insert-only River client: River UI and job retries need one; the
	// workers run elsewhere (serve's own queue client or umassist worker).
	rc, err := river.NewClient(riverpgxv5.New(pool), &river.Config{})
	if err != nil {
		slog.Error("ops: river client unavailable", "error", err)
		rc = nil
	}
	h := &ops.Handlers{
		Pool: pool,
		Actor: func(c echo.Context) (umassist.Actor, bool) {
			u := server.UserFrom(c)
			if u == nil {
				return umassist.Actor{}, false
			}
			return u.Actor(), true
		},
		CSRFToken:   server.CSRFToken,
		RiverUIPath: ops.RiverUIPrefix,
	}
	if rc != nil {
		h.Jobs = rc
	}
	// Traces go out over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set; the
	// batch exporter flushes every few seconds, so no shutdown hook is
	// needed for a long-running server.
	if _, err := telemetry.SetupTracing(context.Background(), telemetry.TraceConfig{Version: version}); err != nil {
		slog.Error("ops: tracing unavailable", "error", err)
	}
	for _, r := range h.Routes() {
		s.Handle(r.Method, r.Path, r.Handler, server.Access{Roles: r.Roles})
	}
	if err := s.AddOpenAPI(ops.OpenAPI); err != nil {
		slog.Error("ops: API not documented in /api/openapi.json", "error", err)
	}
	registerDepth(pool)
	s.Mount("/metrics", telemetry.Handler(), server.Access{Roles: ops.Operators})
	if rc == nil {
		return
	}
	// River UI's background services live as long as the process.
	ui, err := ops.NewRiverUI(context.Background(), rc, ops.RiverUIPrefix, nil)
	if err != nil {
		slog.Error("ops: river ui unavailable", "error", err)
		return
	}
	// Registered route by route rather than with s.Mount, so the handler
	// sees the session and gives River UI's page its CSRF token.
	serveUI := func(c echo.Context) error {
		ui.ServeCSRF(c.Response(), c.Request(), server.CSRFToken(c))
		return nil
	}
	acc := server.Access{Roles: ops.Operators}
	for _, m := range []string{http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete} {
		s.Handle(m, ops.RiverUIPrefix, serveUI, acc)
		s.Handle(m, ops.RiverUIPrefix+"/*", serveUI, acc)
	}
}
