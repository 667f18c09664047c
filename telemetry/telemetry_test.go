package telemetry

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/labstack/echo/v4"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"
	"go.opentelemetry.io/otel/trace"
)

// Not parallel: it installs the global tracer provider.
func TestAgentRunSpansFollowGenAIConventions(t *testing.T) {
	exp := tracetest.NewInMemoryExporter()
	tp := NewTracerProvider(sdktrace.NewSimpleSpanProcessor(exp), TraceConfig{Version: "test"})
	prev := otel.GetTracerProvider()
	otel.SetTracerProvider(tp)
	t.Cleanup(func() { otel.SetTracerProvider(prev) })

	ctx, endRun := StartAgentSpan(context.Background(), "case_1", "v3")
	mctx, endModel := StartModelSpan(ctx, SystemOffline, "offline-1")
	_, endTool := StartToolSpan(mctx, "get_labs", "call_1")
	endTool(nil)
	_, endTool2 := StartToolSpan(ctx, "read_note", "")
	endTool2(errors.New("tools: note not found"))
	endModel(ModelUsage{InputTokens: 120, OutputTokens: 30, FinishReasons: []string{"tool_calls"}})
	endRun(AgentResult{Recommendation: "approve", Verified: true})
	require.NoError(t, tp.ForceFlush(context.Background()))

	spans := exp.GetSpans()
	require.Len(t, spans, 4)
	byName := map[string]tracetest.SpanStub{}
	for _, s := range spans {
		byName[s.Name] = s
	}
	run, ok := byName["invoke_agent umassist"]
	require.True(t, ok, "agent span")
	model, ok := byName["chat offline-1"]
	require.True(t, ok, "model span")
	tool, ok := byName["execute_tool get_labs"]
	require.True(t, ok, "tool span")
	failed, ok := byName["execute_tool read_note"]
	require.True(t, ok, "failing tool span")

	// One trace, properly nested.
	require.Equal(t, run.SpanContext.TraceID(), model.SpanContext.TraceID())
	require.Equal(t, run.SpanContext.SpanID(), model.Parent.SpanID())
	require.Equal(t, model.SpanContext.SpanID(), tool.Parent.SpanID())
	require.Equal(t, run.SpanContext.SpanID(), failed.Parent.SpanID())

	require.Equal(t, trace.SpanKindClient, model.SpanKind)
	attrs := func(s tracetest.SpanStub) map[attribute.Key]attribute.Value {
		m := map[attribute.Key]attribute.Value{}
		for _, kv := range s.Attributes {
			m[kv.Key] = kv.Value
		}
		return m
	}
	ma := attrs(model)
	require.Equal(t, "chat", ma[AttrOperationName].AsString())
	require.Equal(t, "offline-1", ma[AttrRequestModel].AsString())
	require.Equal(t, SystemOffline, ma[AttrSystem].AsString())
	require.Equal(t, int64(120), ma[AttrInputTokens].AsInt64())
	require.Equal(t, int64(30), ma[AttrOutputTokens].AsInt64())
	require.Equal(t, []string{"tool_calls"}, ma[AttrFinishReasons].AsStringSlice())

	ta := attrs(tool)
	require.Equal(t, "execute_tool", ta[AttrOperationName].AsString())
	require.Equal(t, "get_labs", ta[AttrToolName].AsString())
	require.Equal(t, "call_1", ta[AttrToolCallID].AsString())
	require.Equal(t, codes.Unset, tool.Status.Code)

	require.Equal(t, codes.Error, failed.Status.Code)
	require.Equal(t, "*errors.errorString", attrs(failed)[AttrErrorType].AsString())

	ra := attrs(run)
	require.Equal(t, "case_1", ra[AttrCaseID].AsString())
	require.Equal(t, "approve", ra[AttrRecommendation].AsString())
	require.True(t, ra[AttrVerified].AsBool())
}

func TestSetupTracingWithoutEndpointIsNoop(t *testing.T) {
	t.Setenv("OTEL_EXPORTER_OTLP_ENDPOINT", "")
	t.Setenv("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "")
	prev := otel.GetTracerProvider()
	shutdown, err := SetupTracing(context.Background(), TraceConfig{})
	require.NoError(t, err)
	require.NoError(t, shutdown(context.Background()))
	require.Equal(t, prev, otel.GetTracerProvider(), "no provider installed without an endpoint")
}

func TestSetupTracingExportsOverOTLPHTTP(t *testing.T) {
	got := make(chan string, 4)
	collector := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got <- r.URL.Path
		_, _ = io.Copy(io.Discard, r.Body)
		w.WriteHeader(http.StatusOK)
	}))
	defer collector.Close()
	prev := otel.GetTracerProvider()
	t.Cleanup(func() { otel.SetTracerProvider(prev) })

	shutdown, err := SetupTracing(context.Background(), TraceConfig{Endpoint: collector.URL + "/v1/traces", Insecure: true})
	require.NoError(t, err)
	_, end := StartToolSpan(context.Background(), "get_labs", "")
	end(nil)
	require.NoError(t, shutdown(context.Background()))
	require.Equal(t, "/v1/traces", <-got)
}

func TestMetricsEndpoint(t *testing.T) {
	t.Parallel()
	m := NewMetrics()
	require.NoError(t, m.RegisterQueueDepth(
		func(context.Context) (map[string]float64, error) {
			return map[string]float64{"received": 3, "ready_for_review": 2}, nil
		},
		func(context.Context) (map[string]float64, error) { return map[string]float64{"available": 3}, nil },
	))
	m.RecordDraft("approve", true)
	m.RecordDraft("refer", false)

	e := echo.New()
	// The server maps its domain errors to status after the middleware
	// has run; the middleware asks the same mapping.
	conflict := errors.New("conflict")
	e.Use(m.Middleware(func(err error) int {
		if errors.Is(err, conflict) {
			return http.StatusConflict
		}
		return http.StatusInternalServerError
	}))
	e.GET("/api/v1/cases/:id", func(c echo.Context) error { return c.String(http.StatusOK, "ok") })
	e.POST("/api/v1/cases/:id/claim", func(c echo.Context) error { return conflict })
	e.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodPost, "/api/v1/cases/case_1/claim", nil))
	e.GET("/metrics", echo.WrapHandler(m.Handler()))
	for _, p := range []string{"/api/v1/cases/case_1", "/api/v1/cases/case_2", "/missing"} {
		e.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, p, nil))
	}
	rec := httptest.NewRecorder()
	e.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	require.Equal(t, http.StatusOK, rec.Code)
	body := rec.Body.String()
	for _, want := range []string{
		`umassist_http_request_duration_seconds_count{code="200",method="GET",route="/api/v1/cases/:id"} 2`,
		`umassist_http_request_duration_seconds_count{code="404",method="GET",route="unmatched"}`,
		`umassist_http_request_duration_seconds_count{code="409",method="POST",route="/api/v1/cases/:id/claim"} 1`,
		`umassist_queue_depth{state="received"} 3`,
		`umassist_queue_depth{state="ready_for_review"} 2`,
		`umassist_jobs{state="available"} 3`,
		`umassist_drafts_total{recommendation="approve"} 1`,
		`umassist_drafts_total{recommendation="refer"} 1`,
		`umassist_verifier_failures_total 1`,
	} {
		require.Contains(t, body, want)
	}
	require.NotContains(t, body, "case_1", "raw paths never become labels")
}

func TestModelMetricsRecorded(t *testing.T) {
	_, end := StartModelSpan(context.Background(), SystemOpenAI, "gpt-test")
	end(ModelUsage{InputTokens: 7, OutputTokens: 5})
	rec := httptest.NewRecorder()
	Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	body := rec.Body.String()
	require.Contains(t, body, `umassist_model_tokens_total{model="gpt-test",system="openai",type="input"} 7`)
	require.Contains(t, body, `umassist_model_tokens_total{model="gpt-test",system="openai",type="output"} 5`)
	require.True(t, strings.Contains(body, `umassist_model_request_duration_seconds_count{model="gpt-test",outcome="ok",system="openai"} 1`))
}

func TestJobSpanParentsAgentRun(t *testing.T) {
	exp := tracetest.NewInMemoryExporter()
	tp := NewTracerProvider(sdktrace.NewSimpleSpanProcessor(exp), TraceConfig{})
	prev := otel.GetTracerProvider()
	otel.SetTracerProvider(tp)
	t.Cleanup(func() { otel.SetTracerProvider(prev) })

	ctx, endJob := StartJobSpan(context.Background(), "review_case", "case_9")
	_, endRun := StartAgentSpan(ctx, "case_9", "v1")
	endRun(AgentResult{Err: errors.New("agent: step limit")})
	endJob(errors.New("agent: step limit"))
	spans := exp.GetSpans()
	require.Len(t, spans, 2)
	require.Equal(t, "invoke_agent umassist", spans[0].Name)
	require.Equal(t, "job review_case", spans[1].Name)
	require.Equal(t, spans[1].SpanContext.SpanID(), spans[0].Parent.SpanID())
	require.Equal(t, trace.SpanKindConsumer, spans[1].SpanKind)
	require.Equal(t, codes.Error, spans[0].Status.Code)
}
