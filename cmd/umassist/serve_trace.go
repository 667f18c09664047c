package main

import (
	"context"
	"encoding/json"
	"strings"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/agent"
	"github.com/umassist/umassist/drafting"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/queue"
	"github.com/umassist/umassist/telemetry"
	"github.com/umassist/umassist/tools"
)

// traceDrafter instruments a drafting.CaseDrafter; other drafters pass
// through.
func traceDrafter(d queue.Drafter) queue.Drafter {
	cd, ok := d.(*drafting.CaseDrafter)
	if !ok || cd.Drafter == nil {
		return d
	}
	inner := *cd.Drafter
	if inner.Model != nil {
		inner.Model = tracedModel{inner.Model}
	}
	if tf := inner.Tools; tf != nil {
		inner.Tools = func(ctx context.Context, c *umassist.Case, sc tools.Scope) ([]tools.Tool, error) {
			ts, err := tf(ctx, c, sc)
			for i := range ts {
				ts[i] = tracedTool{ts[i]}
			}
			return ts, err
		}
	}
	out := *cd
	out.Drafter = &inner
	return tracedCaseDrafter{&out}
}

type tracedCaseDrafter struct{ cd *drafting.CaseDrafter }

func (t tracedCaseDrafter) DraftCase(ctx context.Context, caseID string) error {
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

// tracedModel gives every model call a GenAI client span and the token and
// latency metrics.
type tracedModel struct{ m agent.Model }

func (t tracedModel) Name() string { return t.m.Name() }

func (t tracedModel) Generate(ctx context.Context, msgs []agent.Message, ts []agent.ToolSpec, opts agent.Options) (*agent.Response, error) {
	name := t.m.Name()
	system, model := telemetry.SystemOffline, name
	if rest, ok := strings.CutPrefix(name, "openai:"); ok {
		system, model = telemetry.SystemOpenAI, rest
	}
	ctx, end := telemetry.StartModelSpan(ctx, system, model)
	resp, err := t.m.Generate(ctx, msgs, ts, opts)
	u := telemetry.ModelUsage{Err: err}
	if resp != nil {
		u.InputTokens, u.OutputTokens, u.ResponseModel = resp.Usage.Prompt, resp.Usage.Completion, resp.Model
		if resp.FinishReason != "" {
			u.FinishReasons = []string{resp.FinishReason}
		}
	}
	end(u)
	return resp, err
}

// tracedTool gives every tool call an "execute_tool {name}" span.
type tracedTool struct{ tools.Tool }

func (t tracedTool) Call(ctx context.Context, args json.RawMessage) (*tools.Output, error) {
	ctx, end := telemetry.StartToolSpan(ctx, t.Name(), "")
	out, err := t.Tool.Call(ctx, args)
	end(err)
	return out, err
}

var (
	_ agent.Model = tracedModel{}
	_ tools.Tool  = tracedTool{}
)
