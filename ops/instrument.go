package ops

import (
	"context"

	"github.com/umassist/umassist/queue"
	"github.com/umassist/umassist/telemetry"
)

// Instrument wraps a drafter so every drafting job gets a trace span (the
// parent of the agent's spans) and is timed in
// umassist_job_duration_seconds.
func Instrument(d queue.Drafter) queue.Drafter { return instrumented{d} }

type instrumented struct{ d queue.Drafter }

func (i instrumented) DraftCase(ctx context.Context, caseID string) error {
	ctx, end := telemetry.StartJobSpan(ctx, queue.KindReviewCase, caseID)
	err := i.d.DraftCase(ctx, caseID)
	end(err)
	return err
}
