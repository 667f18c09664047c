package main

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"sync/atomic"
	"testing"

	"github.com/labstack/echo/v4"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist/agent"
	"github.com/umassist/umassist/drafting"
	"github.com/umassist/umassist/internal/sourcetree"
	"github.com/umassist/umassist/postgres/pgtest"
	"github.com/umassist/umassist/queue"
	"github.com/umassist/umassist/retrieval"
	"github.com/umassist/umassist/retrieval/policystore"
)

// TestWiring: the drafter serve, worker and demo run is the agent, traced,
// whatever the files of this package are called (tracing once depended on
// one init running before another), and serve's middleware measures every
// route.
func TestWiring(t *testing.T) {
	t.Setenv("UMASSIST_MODEL", "offline")
	a := &app{stderr: os.Stderr}
	d, err := a.agentDrafter(context.Background(), pgtest.DB(t))
	require.NoError(t, err)
	require.IsType(t, drafting.TracedDrafter{}, d, "the agent drafter must be traced")

	t.Setenv("UMASSIST_MODEL", "no-such-model")
	_, err = a.agentDrafter(context.Background(), pgtest.DB(t))
	require.Error(t, err, "an unknown model is refused, not replaced")

	mw := serveMiddleware()
	require.Len(t, mw, 1)
	e := echo.New()
	e.Use(mw...)
	e.GET("/x", func(c echo.Context) error { return c.NoContent(http.StatusNoContent) })
	rec := httptest.NewRecorder()
	e.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/x", nil))
	require.Equal(t, http.StatusNoContent, rec.Code)
}

// TestEmbedderIsChosenByConfiguration: the policy corpus embeds with what
// UMASSIST_EMBEDDER names, in every command (policyStore), and refuses a
// name it does not know rather than silently using another.
func TestEmbedderIsChosenByConfiguration(t *testing.T) {
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		var req struct {
			Input []string `json:"input"`
		}
		require.NoError(t, json.NewDecoder(r.Body).Decode(&req))
		require.Equal(t, "/v1/embeddings", r.URL.Path)
		data := make([]map[string]any, len(req.Input))
		for i := range req.Input {
			v := make([]float32, retrieval.Dimensions)
			v[i] = 1
			data[i] = map[string]any{"object": "embedding", "index": i, "embedding": v}
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{"object": "list", "data": data, "model": "m"})
	}))
	t.Cleanup(srv.Close)

	e, err := embedder("offline")
	require.NoError(t, err)
	require.IsType(t, &retrieval.HashEmbedder{}, e)
	_, err = embedder("openai:")
	require.Error(t, err)
	_, err = embedder("hash")
	require.Error(t, err)

	t.Setenv("UMASSIST_EMBEDDER", "openai:text-embedding-3-small")
	t.Setenv("UMASSIST_OPENAI_BASE_URL", srv.URL+"/v1")
	t.Setenv("OPENAI_API_KEY", "test")
	store, err := policyStore(pgtest.DB(t))
	require.NoError(t, err)
	_, err = store.SearchMode(context.Background(), "implantable defibrillator", retrieval.Filter{}, 5, policystore.VectorOnly)
	require.NoError(t, err)
	require.Positive(t, calls.Load(), "the query was embedded by the configured endpoint")
}

// A killed worker's case comes back once the rescue threshold passes, so
// the threshold is set from the agent's deadline; every job's timeout
// stays under it, or a job still at work would be run twice.
func TestQueueTimeoutsFitTheAgentsDeadline(t *testing.T) {
	require.Less(t, agent.DefaultDeadline, queue.DefaultJobTimeout, "an attempt outlives the agent's own deadline")
	require.LessOrEqual(t, queue.DefaultJobTimeout, queue.DefaultRescueAfter)
	require.Less(t, queue.IntakeTimeout, queue.DefaultRescueAfter)
	require.LessOrEqual(t, queue.DefaultRescueAfter, 2*agent.DefaultDeadline, "a killed worker's case waits no longer than two agent runs")
}

// The code lists are read once per command: the demo's intake, drafter
// and CDS service ask for the same folder.
func TestCodeListIsReadOnce(t *testing.T) {
	if !sourcetree.HasSharedData("codes") {
		t.Skip("shared code lists not present")
	}
	a := &app{log: slog.New(slog.DiscardHandler)}
	first := a.codeList("")
	require.NotNil(t, first)
	require.Same(t, first, a.codeList(""))
	require.Same(t, first, a.codeList(sourcetree.SharedData("codes")), "the flag naming the same folder")
}
