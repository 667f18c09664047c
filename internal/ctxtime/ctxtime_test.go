package ctxtime_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist/internal/ctxtime"
)

func TestSleep(t *testing.T) {
	t.Parallel()
	require.NoError(t, ctxtime.Sleep(context.Background(), time.Millisecond))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	start := time.Now()
	require.ErrorIs(t, ctxtime.Sleep(ctx, time.Hour), context.Canceled)
	require.Less(t, time.Since(start), time.Minute, "an ended context does not wait")
}
