package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"

	"github.com/labstack/echo/v4"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist/postgres/pgtest"
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
	require.IsType(t, tracedCaseDrafter{}, d, "the agent drafter must be traced")

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
