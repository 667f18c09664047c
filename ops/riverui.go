package ops

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"

	"github.com/jackc/pgx/v5"
	"github.com/riverqueue/river"
	"riverqueue.com/riverui"
)

// RiverUIPrefix is where River UI is served by default.
const RiverUIPrefix = "/riverui"

// riverUICSP relaxes the application's policy for River UI only: its
// bundled single-page app sets inline styles, which the reviewer UI's
// strict style-src would block. Scripts still load from 'self' only.
const riverUICSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; " +
	"connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'"

// NewRiverUI returns River UI for operators to inspect, retry and cancel
// jobs, served under prefix (the full request path is expected: mount it at
// prefix and prefix/*, without stripping). The client may be insert-only.
// Its background services run until ctx ends.
func NewRiverUI(ctx context.Context, client *river.Client[pgx.Tx], prefix string, logger *slog.Logger) (http.Handler, error) {
	if prefix == "" {
		prefix = RiverUIPrefix
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	h, err := riverui.NewHandler(&riverui.HandlerOpts{
		Endpoints: riverui.NewEndpoints(client, nil),
		Logger:    logger,
		Prefix:    prefix,
		// Job args are case ids only, but keep the list compact anyway.
		JobListHideArgsByDefault: true,
	})
	if err != nil {
		return nil, fmt.Errorf("ops: river ui: %w", err)
	}
	if err := h.Start(ctx); err != nil {
		return nil, fmt.Errorf("ops: river ui start: %w", err)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", riverUICSP)
		h.ServeHTTP(w, r)
	}), nil
}
