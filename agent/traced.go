package agent

import (
	"context"
	"strings"

	"github.com/umassist/umassist/telemetry"
)

// Traced gives every call of m a GenAI client span ("chat {model}") and
// the token and latency metrics of telemetry.Default, under the provider
// m reports. Tracing a traced model again changes nothing.
func Traced(m Model) Model {
	if _, ok := m.(tracedModel); ok || m == nil {
		return m
	}
	return tracedModel{m}
}

type tracedModel struct{ m Model }

var _ Model = tracedModel{}

func (t tracedModel) Name() string     { return t.m.Name() }
func (t tracedModel) Provider() string { return t.m.Provider() }

func (t tracedModel) Generate(ctx context.Context, msgs []Message, ts []ToolSpec, opts Options) (*Response, error) {
	// The request model is the name after its provider ("openai:gpt-4o"
	// and "langchain:ollama:llama3" ask for gpt-4o and llama3).
	model := t.m.Name()
	if i := strings.Index(model, t.m.Provider()+":"); i >= 0 {
		model = model[i+len(t.m.Provider())+1:]
	} else if _, rest, ok := strings.Cut(model, ":"); ok && rest != "" {
		model = rest
	}
	ctx, end := telemetry.StartModelSpan(ctx, t.m.Provider(), model)
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
