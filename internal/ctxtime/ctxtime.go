// Package ctxtime waits the way every retry loop here waits: for a
// duration, or until the context ends, whichever comes first. It imports
// nothing of ours.
package ctxtime

import (
	"context"
	"time"
)

// Sleep waits d, or until ctx ends (returning its error).
func Sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
