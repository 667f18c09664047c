package agent

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/tools"
)

// DefaultDeadline is a run's wall clock unless Limits says otherwise; the
// job queue's attempt timeout and rescue threshold are set from it.
const DefaultDeadline = 2 * time.Minute

// Limits bound a run. Zero fields take the defaults.
type Limits struct {
	MaxSteps    int           // model calls; default 12
	Deadline    time.Duration // wall clock for the whole run; default 2 min
	TokenBudget int           // prompt+completion tokens; default 200 000; <0: unlimited
	// MaxParallel caps the tool calls of one turn run at once; default 4.
	MaxParallel int
}

func (l Limits) withDefaults() Limits {
	if l.MaxSteps <= 0 {
		l.MaxSteps = 12
	}
	if l.Deadline <= 0 {
		l.Deadline = DefaultDeadline
	}
	if l.TokenBudget == 0 {
		l.TokenBudget = 200_000
	}
	if l.MaxParallel <= 0 {
		l.MaxParallel = 4
	}
	return l
}

// Agent runs a Model through a case's tools.
type Agent struct {
	Model   Model
	Limits  Limits
	Options Options
	// NowFunc is swappable so traces are reproducible in tests.
	NowFunc func() time.Time
}

// ToolOutput is what one successful tool call returned, kept for the
// verifier (numbers quoted in the summary must come from what was seen).
type ToolOutput struct {
	Tool      string
	Data      json.RawMessage
	Resources []string
}

// Result is a run's outcome. Draft is nil when the run ended in an error;
// Trace is always set.
type Result struct {
	Draft   *umassist.Draft
	Trace   *Trace
	Outputs []ToolOutput
}

func (a *Agent) now() time.Time {
	if a.NowFunc != nil {
		return a.NowFunc()
	}
	return time.Now()
}

// Run drives the model until it submits a draft, or a limit, the context or
// a model failure ends the run. Bad tool calls (unknown tool, invalid
// arguments, a tool error) go back to the model as tool messages.
func (a *Agent) Run(ctx context.Context, in CaseInput, ts []tools.Tool) (*Result, error) {
	lim := a.Limits.withDefaults()
	start := a.now()
	tr := &Trace{CaseID: in.CaseID, Model: a.Model.Name(), PromptVersion: PromptVersion, StartedAt: start, Steps: []Step{}}
	res := &Result{Trace: tr}
	finish := func(err error) (*Result, error) {
		tr.LatencyMS = a.now().Sub(start).Milliseconds()
		if err != nil {
			tr.Ending = err.Error()
		} else {
			tr.Ending = "submitted"
		}
		return res, err
	}
	if len(ts) == 0 {
		return finish(ErrNoTools)
	}
	byName := make(map[string]tools.Tool, len(ts))
	specs := make([]ToolSpec, 0, len(ts)+1)
	for _, t := range ts {
		byName[t.Name()] = t
		specs = append(specs, ToolSpec{Name: t.Name(), Description: t.Description(), Parameters: t.Parameters()})
	}
	specs = append(specs, SubmitDraftSpec())

	ctx, cancel := context.WithTimeout(ctx, lim.Deadline)
	defer cancel()
	msgs := []Message{{Role: RoleSystem, Content: SystemPrompt}, {Role: RoleUser, Content: UserMessage(in)}}

	for step := 1; step <= lim.MaxSteps; step++ {
		if err := ctxErr(ctx); err != nil {
			return finish(err)
		}
		t0 := a.now()
		resp, err := a.Model.Generate(ctx, msgs, specs, a.Options)
		st := Step{N: step, Kind: "model", LatencyMS: ms(a.now().Sub(t0))}
		tr.ModelCalls++
		if err != nil {
			st.Error = err.Error()
			tr.Steps = append(tr.Steps, st)
			if cerr := ctxErr(ctx); cerr != nil {
				return finish(fmt.Errorf("%w: %v", cerr, err))
			}
			return finish(fmt.Errorf("%w: %w", ErrModel, err))
		}
		st.Tokens = resp.Usage
		st.Calls = len(resp.Message.ToolCalls)
		tr.Steps = append(tr.Steps, st)
		tr.Tokens = tr.Tokens.Add(resp.Usage)
		if lim.TokenBudget > 0 && tr.Tokens.Prompt+tr.Tokens.Completion > lim.TokenBudget {
			return finish(ErrTokenBudget)
		}
		msg := resp.Message
		msg.Role = RoleAssistant
		msgs = append(msgs, msg)
		if len(msg.ToolCalls) == 0 {
			msgs = append(msgs, Message{Role: RoleUser, Content: nudge})
			continue
		}
		for i := range msg.ToolCalls {
			if msg.ToolCalls[i].ID == "" {
				msg.ToolCalls[i].ID = fmt.Sprintf("call_%d_%d", step, i)
			}
		}
		replies, draft := a.callTools(ctx, step, msg.ToolCalls, byName, lim.MaxParallel, res)
		msgs = append(msgs, replies...)
		if draft != nil {
			res.Draft = draft
			return finish(nil)
		}
	}
	return finish(ErrMaxSteps)
}

func ctxErr(ctx context.Context) error {
	switch err := ctx.Err(); {
	case err == nil:
		return nil
	case errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("%w: %w", ErrDeadline, err)
	default:
		return err
	}
}

// callTools runs one turn's calls (in parallel, bounded) and returns the
// tool messages in call order, plus the draft if one was submitted and
// accepted.
func (a *Agent) callTools(ctx context.Context, step int, calls []ToolCall, byName map[string]tools.Tool, par int, res *Result) ([]Message, *umassist.Draft) {
	type done struct {
		msg   Message
		st    Step
		out   *ToolOutput
		draft *umassist.Draft
	}
	results := make([]done, len(calls))
	one := func(i int) {
		c := calls[i]
		t0 := a.now()
		st := Step{N: step, Kind: "tool", Tool: c.Name, Args: rawArgs(c.Arguments)}
		var content string
		var out *ToolOutput
		var draft *umassist.Draft
		switch t, ok := byName[c.Name]; {
		case c.Name == ToolSubmitDraft:
			d, err := parseSubmission(c.Arguments)
			if err != nil {
				st.Error = err.Error()
				content = ToolErrorContent(c.Name, err.Error())
			} else {
				draft = d
				content = ToolResultContent(c.Name, map[string]string{"status": "received"})
			}
		case !ok:
			st.Error = tools.ErrUnknownTool.Error()
			content = ToolErrorContent(c.Name, fmt.Sprintf("unknown tool %q; use one of the tools listed", c.Name))
		case !json.Valid([]byte(c.Arguments)) && c.Arguments != "":
			st.Error = tools.ErrInvalidArguments.Error()
			content = ToolErrorContent(c.Name, "the arguments are not valid JSON; call again with a JSON object matching the tool's schema")
		default:
			args := json.RawMessage(c.Arguments)
			if len(args) == 0 {
				args = json.RawMessage("{}")
			}
			o, err := t.Call(ctx, args)
			if err != nil {
				st.Error = err.Error()
				content = ToolErrorContent(c.Name, toolErrorMessage(err))
			} else {
				data, merr := json.Marshal(o.Data)
				if merr != nil {
					st.Error = merr.Error()
					content = ToolErrorContent(c.Name, "the tool's output could not be encoded")
				} else {
					st.Resources = o.Resources
					st.Truncated = o.Truncated
					out = &ToolOutput{Tool: c.Name, Data: data, Resources: o.Resources}
					content = ToolResultContent(c.Name, struct {
						Data      json.RawMessage `json:"data"`
						Resources []string        `json:"resources,omitempty"`
						Truncated bool            `json:"truncated,omitempty"`
					}{data, o.Resources, o.Truncated})
				}
			}
		}
		st.LatencyMS = ms(a.now().Sub(t0))
		results[i] = done{msg: Message{Role: RoleTool, Content: content, ToolCallID: c.ID, Name: c.Name}, st: st, out: out, draft: draft}
	}
	if len(calls) == 1 || par == 1 {
		for i := range calls {
			one(i)
		}
	} else {
		sem := make(chan struct{}, par)
		var wg sync.WaitGroup
		for i := range calls {
			wg.Add(1)
			sem <- struct{}{}
			go func() {
				defer wg.Done()
				defer func() { <-sem }()
				one(i)
			}()
		}
		wg.Wait()
	}
	msgs := make([]Message, len(calls))
	var draft *umassist.Draft
	for i, r := range results {
		msgs[i] = r.msg
		res.Trace.Steps = append(res.Trace.Steps, r.st)
		res.Trace.ToolCalls++
		if r.out != nil {
			res.Outputs = append(res.Outputs, *r.out)
		}
		if r.draft != nil && draft == nil {
			draft = r.draft
		}
	}
	return msgs, draft
}

// toolErrorMessage says what went wrong without leaking internals: the
// model sees domain messages and the tool sentinels, not stack details.
func toolErrorMessage(err error) string {
	switch {
	case errors.Is(err, tools.ErrInvalidArguments), errors.Is(err, tools.ErrOutOfScope), errors.Is(err, tools.ErrUnknownTool):
		return err.Error()
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		return "the tool timed out"
	}
	if umassist.ErrorCode(err) != umassist.EINTERNAL {
		return umassist.ErrorMessage(err)
	}
	return "the tool failed; try other arguments or another tool"
}
