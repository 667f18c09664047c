package main

import (
	"context"
	"crypto/sha256"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist/internal/axetest"
	"github.com/umassist/umassist/postgres"
)

// chromiumOrSkip returns Chromium's path, or skips the test (short mode,
// or no Chromium installed).
func chromiumOrSkip(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("starts Chromium")
	}
	path := os.Getenv("CHROMIUM")
	if path == "" {
		path = "/usr/bin/chromium"
	}
	if _, err := exec.LookPath(path); err != nil {
		t.Skipf("no Chromium at %s", path)
	}
	return path
}

// chrome is a headless Chromium for a test: screenshots go to
// UMASSIST_SCREENSHOTS (or a temporary folder), each of our pages checked
// with axe-core.
type chrome struct {
	t   *testing.T
	ctx context.Context
	dir string
	axe []byte
}

func newChrome(t *testing.T, path string, width, height int, timeout time.Duration) *chrome {
	t.Helper()
	actx, cancel := chromedp.NewExecAllocator(context.Background(), chromedp.ExecPath(path), chromedp.Headless, chromedp.NoSandbox,
		chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(width, height))
	t.Cleanup(cancel)
	bctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	bctx, cancel3 := context.WithTimeout(bctx, timeout)
	t.Cleanup(cancel3)
	dir := os.Getenv("UMASSIST_SCREENSHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	require.NoError(t, os.MkdirAll(dir, 0o755))
	src, err := axetest.Load()
	require.NoError(t, err)
	return &chrome{t: t, ctx: bctx, dir: dir, axe: src}
}

// signIn makes a session for a user already stored and gives Chromium its
// cookie for base.
func (c *chrome) signIn(pool *pgxpool.Pool, base, userID string) {
	c.t.Helper()
	// A new session each time: a journey signs the same person in again.
	tok := "browser-session-" + userID + "-" + strconv.FormatInt(time.Now().UnixNano(), 36)
	sum := sha256.Sum256([]byte(tok))
	require.NoError(c.t, postgres.CreateSession(context.Background(), pool, postgres.Session{TokenHash: sum[:], UserID: userID,
		CSRFToken: "csrf-" + userID, CreatedAt: time.Now(), ExpiresAt: time.Now().Add(time.Hour)}))
	u, err := url.Parse(base)
	require.NoError(c.t, err)
	httpOnly := true
	require.NoError(c.t, chromedp.Do(c.ctx, chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, network.SetCookie, network.SetCookieParams{
			Name: "umassist_session", Value: tok, Domain: u.Hostname(), Path: "/", HTTPOnly: &httpOnly})
		return err
	})))
}

// shot saves a full-page screenshot; with check, the page must pass
// axe-core (WCAG 2.1 AA) without a violation.
func (c *chrome) shot(name string, check bool) {
	c.t.Helper()
	buf, err := chromedp.Run(c.ctx, chromedp.FullScreenshot(90))
	require.NoError(c.t, err)
	require.NoError(c.t, os.WriteFile(filepath.Join(c.dir, name+".png"), buf, 0o644))
	if !check {
		return
	}
	vs, err := axetest.Check(c.ctx, c.axe)
	require.NoError(c.t, err)
	require.Empty(c.t, vs, "%s: accessibility violations", name)
}

// text is the visible text of the first element sel matches.
func (c *chrome) text(sel string) string {
	c.t.Helper()
	s, err := chromedp.Run(c.ctx, chromedp.Text(chromedp.CSS(sel)))
	require.NoError(c.t, err, sel)
	return s
}

// do runs actions, failing the test on an error.
func (c *chrome) do(actions ...chromedp.Action[chromedp.Void]) {
	c.t.Helper()
	require.NoError(c.t, chromedp.Do(c.ctx, actions...))
}
