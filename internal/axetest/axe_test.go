package axetest_test

import (
	"context"
	"net/url"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist/internal/axetest"
)

// The check can fail: a page with an unlabeled field and an image without
// alternative text breaks WCAG rules axe rates serious or critical; the
// same page, labelled, passes.
func TestCheckFindsViolations(t *testing.T) {
	path := os.Getenv("CHROMIUM")
	if path == "" {
		path = "/usr/bin/chromium"
	}
	if _, err := exec.LookPath(path); err != nil {
		t.Skipf("no Chromium at %s", path)
	}
	src, err := axetest.Load()
	require.NoError(t, err)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), chromedp.ExecPath(path), chromedp.Headless, chromedp.NoSandbox,
		chromedp.DisableGPU, chromedp.UserDataDir(t.TempDir()))
	defer cancel()
	ctx, cancel2 := chromedp.NewContext(actx)
	defer cancel2()
	ctx, cancel3 := context.WithTimeout(ctx, 60*time.Second)
	defer cancel3()
	page := func(html string) string { return "data:text/html," + url.PathEscape(html) }

	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(page(`<!doctype html><html lang="en"><head><title>t</title></head><body><main><img src="x.png"><input type="text"></main></body></html>`))))
	vs, err := axetest.Check(ctx, src)
	require.NoError(t, err)
	var ids []string
	for _, v := range vs {
		ids = append(ids, v.ID)
	}
	require.Contains(t, ids, "image-alt")
	require.Contains(t, ids, "label")

	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(page(`<!doctype html><html lang="en"><head><title>t</title></head><body><main><img src="x.png" alt="logo"><label for="f">Name</label><input id="f" type="text"></main></body></html>`))))
	vs, err = axetest.Check(ctx, src)
	require.NoError(t, err)
	require.Empty(t, vs)
}
