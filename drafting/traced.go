package drafting

import (
	"context"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/agent"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/queue"
	"github.com/umassist/umassist/telemetry"
	"github.com/umassist/umassist/tools"
)

// Traced returns a drafter that traces each case (an agent span with the
// recommendation), every model call and every tool call, and counts
// drafts and failures in telemetry.Default. cd itself is left as it is.
func Traced(cd *CaseDrafter) queue.Drafter {
	if cd == nil || cd.Drafter == nil {
		return cd
	}
	inner := *cd.Drafter
	inner.Model = agent.Traced(inner.Model)
	if tf := inner.Tools; tf != nil {
		inner.Tools = func(ctx context.Context, c *umassist.Case, sc tools.Scope) ([]tools.Tool, error) {
			ts, err := tf(ctx, c, sc)
			for i := range ts {
				ts[i] = tools.Traced(ts[i])
			}
			return ts, err
		}
	}
	out := *cd
	out.Drafter = &inner
	return TracedDrafter{&out}
}

// TracedDrafter is a CaseDrafter with its tracing (Traced).
type TracedDrafter struct{ cd *CaseDrafter }

var _ queue.Drafter = TracedDrafter{}

// DraftCase implements queue.Drafter.
func (t TracedDrafter) DraftCase(ctx context.Context, caseID string) error {
	ctx, end := telemetry.StartAgentSpan(ctx, caseID, agent.PromptVersion)
	err := t.cd.DraftCase(ctx, caseID)
	res := telemetry.AgentResult{Err: err}
	if err != nil {
		telemetry.RecordDraftError()
	} else if d, _, derr := postgres.LatestDraft(ctx, t.cd.Pool, caseID); derr == nil {
		res.Recommendation, res.Verified = string(d.Recommendation), d.Verified()
		telemetry.RecordDraft(res.Recommendation, res.Verified)
	}
	end(res)
	return err
}
