package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/stretchr/testify/require"
)

func TestProgressOutsideATerminalIsAFewLines(t *testing.T) {
	var out bytes.Buffer
	a := &app{stderr: &out}
	w := a.progressOut()
	bar := progressbar.NewOptions(1000, progressbar.OptionSetWriter(w), progressbar.OptionSetDescription("policies"),
		progressbar.OptionShowCount(), progressbar.OptionOnCompletion(func() { _, _ = w.Write([]byte("\n")) }))
	for i := 1; i <= 1000; i++ {
		_ = bar.Set(i)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	require.LessOrEqual(t, len(lines), 3, out.String())
	require.Contains(t, lines[len(lines)-1], "1000/1000", "the final state is shown")
	require.NotContains(t, out.String(), "\r")
}

func TestProgressLinesThrottle(t *testing.T) {
	var out bytes.Buffer
	p := &progressLines{w: &out, every: time.Hour}
	for _, f := range []string{"\r a 1%", "\r a 2%", "\r a 3%"} {
		_, err := p.Write([]byte(f))
		require.NoError(t, err)
	}
	require.Equal(t, "a 1%\n", out.String(), "first frame, then quiet until the interval")
	_, _ = p.Write([]byte("\r a 100%\n"))
	require.Equal(t, "a 1%\na 100%\n", out.String())
}
