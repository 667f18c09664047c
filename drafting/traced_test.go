package drafting_test

import (
	"context"
	"encoding/json"
	"errors"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/agent"
	"github.com/umassist/umassist/drafting"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/postgres/pgtest"
	"github.com/umassist/umassist/telemetry"
	"github.com/umassist/umassist/tools"
)

// labs is a hand-written tool.
type labs struct{}

func (labs) Name() string                { return "get_labs" }
func (labs) Description() string         { return "labs" }
func (labs) Parameters() json.RawMessage { return json.RawMessage(`{"type":"object"}`) }
func (labs) Call(context.Context, json.RawMessage) (*tools.Output, error) {
	return &tools.Output{Data: map[string]string{"ok": "yes"}}, nil
}

// Not parallel: it installs the global tracer provider.
func TestTracedInstrumentsModelAndTools(t *testing.T) {
	exp := tracetest.NewInMemoryExporter()
	tp := telemetry.NewTracerProvider(sdktrace.NewSimpleSpanProcessor(exp), telemetry.TraceConfig{})
	prev := otel.GetTracerProvider()
	otel.SetTracerProvider(tp)
	t.Cleanup(func() { otel.SetTracerProvider(prev) })
	pool := pgtest.DB(t)
	ctx := context.Background()

	for i, tc := range []struct {
		name, provider, wantModel string
	}{
		{"openai:gpt-test", "openai", "gpt-test"},
		// A langchaingo model reports its own provider; it was once
		// reported as offline, guessed from the lack of an "openai:"
		// prefix.
		{"langchain:ollama:llama3", "ollama", "llama3"},
	} {
		exp.Reset()
		id := []string{"case-trace-1", "case-trace-2"}[i]
		_, _, err := postgres.NewCaseStore(pool, nil).Create(ctx, postgres.CreateCase{ID: id, Patient: "Patient/p1",
			Request: umassist.ServiceRequest{Service: umassist.Coding{System: umassist.SystemCPT, Code: "33249"}, Payer: "medicare",
				Urgency: umassist.UrgencyStandard, Date: umassist.MustDate("2026-03-02")},
			Actor: umassist.Actor{ID: "intake", Role: umassist.RoleOperator}})
		require.NoError(t, err)
		// One tool call, then the model fails: the case fails, traced.
		var calls atomic.Int32
		model := agent.ModelFunc{NameValue: tc.name, ProviderValue: tc.provider, GenerateFunc: func(context.Context, []agent.Message, []agent.ToolSpec, agent.Options) (*agent.Response, error) {
			if calls.Add(1) > 1 {
				return nil, errors.New("model down")
			}
			return &agent.Response{Message: agent.Message{Role: agent.RoleAssistant, ToolCalls: []agent.ToolCall{{ID: "c1", Name: "get_labs", Arguments: "{}"}}},
				Usage: umassist.Tokens{Prompt: 11, Completion: 4}, Model: tc.wantModel + "-2026", FinishReason: "tool_calls"}, nil
		}}
		cd := &drafting.CaseDrafter{Pool: pool, Drafter: &agent.Drafter{
			Model:  model,
			Limits: agent.Limits{MaxSteps: 3},
			Tools: func(context.Context, *umassist.Case, tools.Scope) ([]tools.Tool, error) {
				return []tools.Tool{labs{}}, nil
			},
			Reader: func(string) agent.ResourceReader { return nil },
			Packs:  tools.PackList{},
		}}
		require.Error(t, drafting.Traced(cd).DraftCase(ctx, id))
		_, plain := cd.Drafter.Model.(agent.ModelFunc)
		require.True(t, plain, "the drafter given is left alone")

		byName := map[string]sdktrace.ReadOnlySpan{}
		for _, s := range exp.GetSpans().Snapshots() {
			byName[s.Name()] = s
		}
		require.Contains(t, byName, "execute_tool get_labs")
		require.Contains(t, byName, "invoke_agent umassist")
		chat, ok := byName["chat "+tc.wantModel]
		require.True(t, ok, "spans: %v", keys(byName))
		attrs := map[attribute.Key]attribute.Value{}
		for _, kv := range chat.Attributes() {
			attrs[kv.Key] = kv.Value
		}
		require.Equal(t, tc.provider, attrs[telemetry.AttrProviderName].AsString())
		require.Equal(t, tc.wantModel, attrs[telemetry.AttrRequestModel].AsString())
	}
	// Tracing twice traces once: one span a call.
	exp.Reset()
	m := agent.ModelFunc{NameValue: "x", GenerateFunc: func(context.Context, []agent.Message, []agent.ToolSpec, agent.Options) (*agent.Response, error) {
		return &agent.Response{}, nil
	}}
	_, err := agent.Traced(agent.Traced(m)).Generate(ctx, nil, nil, agent.Options{})
	require.NoError(t, err)
	require.Len(t, exp.GetSpans(), 1)
}

func keys(m map[string]sdktrace.ReadOnlySpan) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
