package ops_test

import (
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/otel"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"

	"github.com/umassist/umassist/ops"
	"github.com/umassist/umassist/queue"
	"github.com/umassist/umassist/telemetry"
)

// Not parallel: it installs the global tracer provider.
func TestInstrumentTracesEachJob(t *testing.T) {
	exp := tracetest.NewInMemoryExporter()
	tp := telemetry.NewTracerProvider(sdktrace.NewSimpleSpanProcessor(exp), telemetry.TraceConfig{})
	prev := otel.GetTracerProvider()
	otel.SetTracerProvider(tp)
	t.Cleanup(func() { otel.SetTracerProvider(prev) })

	var seen []string
	d := ops.Instrument(queue.DrafterFunc(func(ctx context.Context, caseID string) error {
		// The agent's spans started from ctx nest under the job's.
		_, end := telemetry.StartToolSpan(ctx, "get_labs", "")
		end(nil)
		seen = append(seen, caseID)
		if caseID == "bad" {
			return errors.New("agent: boom")
		}
		return nil
	}))
	require.NoError(t, d.DraftCase(context.Background(), "good"))
	require.Error(t, d.DraftCase(context.Background(), "bad"))
	require.Equal(t, []string{"good", "bad"}, seen)
	spans := exp.GetSpans()
	require.Len(t, spans, 4)
	require.Equal(t, "execute_tool get_labs", spans[0].Name)
	require.Equal(t, "job review_case", spans[1].Name)
	require.Equal(t, spans[1].SpanContext.SpanID(), spans[0].Parent.SpanID())
}
