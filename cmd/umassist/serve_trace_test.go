package main

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/agent"
	"github.com/umassist/umassist/drafting"
	"github.com/umassist/umassist/queue"
	"github.com/umassist/umassist/telemetry"
	"github.com/umassist/umassist/tools"
)

type fakeTool struct{ tools.Tool }

func (fakeTool) Name() string { return "get_labs" }
func (fakeTool) Call(context.Context, json.RawMessage) (*tools.Output, error) {
	return &tools.Output{}, nil
}

// Not parallel: it installs the global tracer provider.
func TestTraceDrafterInstrumentsModelAndTools(t *testing.T) {
	exp := tracetest.NewInMemoryExporter()
	tp := telemetry.NewTracerProvider(sdktrace.NewSimpleSpanProcessor(exp), telemetry.TraceConfig{})
	prev := otel.GetTracerProvider()
	otel.SetTracerProvider(tp)
	t.Cleanup(func() { otel.SetTracerProvider(prev) })

	model := agent.ModelFunc{NameValue: "openai:gpt-test", GenerateFunc: func(context.Context, []agent.Message, []agent.ToolSpec, agent.Options) (*agent.Response, error) {
		return &agent.Response{Usage: umassist.Tokens{Prompt: 11, Completion: 4}, Model: "gpt-test-2026", FinishReason: "tool_calls"}, nil
	}}
	cd := &drafting.CaseDrafter{Drafter: &agent.Drafter{
		Model: model,
		Tools: func(context.Context, *umassist.Case, tools.Scope) ([]tools.Tool, error) {
			return []tools.Tool{fakeTool{}}, nil
		},
	}}
	d := traceDrafter(cd)
	tcd, ok := d.(tracedCaseDrafter)
	require.True(t, ok)
	_, wrapped := cd.Drafter.Model.(tracedModel)
	require.False(t, wrapped, "the original drafter is left alone")

	ctx := context.Background()
	_, err := tcd.cd.Drafter.Model.Generate(ctx, nil, nil, agent.Options{})
	require.NoError(t, err)
	ts, err := tcd.cd.Drafter.Tools(ctx, &umassist.Case{}, tools.Scope{})
	require.NoError(t, err)
	_, err = ts[0].Call(ctx, nil)
	require.NoError(t, err)
	require.Equal(t, "get_labs", ts[0].Name())

	spans := exp.GetSpans()
	require.Len(t, spans, 2)
	require.Equal(t, "chat gpt-test", spans[0].Name)
	attrs := map[attribute.Key]attribute.Value{}
	for _, kv := range spans[0].Attributes {
		attrs[kv.Key] = kv.Value
	}
	require.Equal(t, "openai", attrs[telemetry.AttrSystem].AsString())
	require.Equal(t, "gpt-test", attrs[telemetry.AttrRequestModel].AsString())
	require.Equal(t, "gpt-test-2026", attrs[telemetry.AttrResponseModel].AsString())
	require.Equal(t, int64(11), attrs[telemetry.AttrInputTokens].AsInt64())
	require.Equal(t, int64(4), attrs[telemetry.AttrOutputTokens].AsInt64())
	require.Equal(t, "execute_tool get_labs", spans[1].Name)

	// Anything but the agent passes through untouched.
	_, traced := traceDrafter(queue.DrafterFunc(func(context.Context, string) error { return nil })).(tracedCaseDrafter)
	require.False(t, traced)
}
