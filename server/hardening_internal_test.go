package server

import (
	"math"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestSafeNext: a post-login redirect stays on this site, whatever a link
// smuggles into next=.
func TestSafeNext(t *testing.T) {
	t.Parallel()
	for next, want := range map[string]string{
		"/cases/abc":              "/cases/abc",
		"/queue?status=escalated": "/queue?status=escalated",
		"":                        "/",
		"https://evil.example/":   "/",
		"//evil.example":          "/",
		"/\\evil.example":         "/",
		"/\t/evil.example":        "/", // browsers drop the tab: //evil.example
		"/\n/evil.example":        "/",
		"/%0a/evil.example":       "/%0a/evil.example", // encoded, it is a path
		"/login?next=https://x.y": "/",
		"javascript:alert(1)":     "/",
		"/cases/\x00":             "/",
		"/ok\\@evil.example":      "/",
		"/cases/abc#frag":         "/cases/abc#frag",
		"/\u2028/evil.example":    "/\u2028/evil.example", // not a control character browsers drop
	} {
		require.Equal(t, want, safeNext(next), "next=%q", next)
	}
}

// TestHighlightOffsetOverflow: an offset near the largest int used to
// overflow offset+len(quote) and panic the source page (500).
func TestHighlightOffsetOverflow(t *testing.T) {
	t.Parallel()
	for _, off := range []int{math.MaxInt, math.MaxInt - 1, math.MinInt, -1} {
		require.NotPanics(t, func() { _ = highlight("NYHA class II", "II", off) }, "offset %d", off)
		require.Contains(t, string(highlight("NYHA class II", "II", off)), `<mark id="excerpt">II</mark>`)
	}
}
