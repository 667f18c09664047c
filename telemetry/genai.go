package telemetry

import (
	"context"
	"time"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
)

// OpenTelemetry GenAI semantic-convention attribute keys. They are spelled
// out here rather than imported from a semconv package because the GenAI
// conventions are still experimental and move between semconv versions.
const (
	AttrOperationName       = attribute.Key("gen_ai.operation.name")
	AttrSystem              = attribute.Key("gen_ai.system")
	AttrProviderName        = attribute.Key("gen_ai.provider.name")
	AttrRequestModel        = attribute.Key("gen_ai.request.model")
	AttrResponseModel       = attribute.Key("gen_ai.response.model")
	AttrInputTokens         = attribute.Key("gen_ai.usage.input_tokens")
	AttrOutputTokens        = attribute.Key("gen_ai.usage.output_tokens")
	AttrFinishReasons       = attribute.Key("gen_ai.response.finish_reasons")
	AttrAgentName           = attribute.Key("gen_ai.agent.name")
	AttrToolName            = attribute.Key("gen_ai.tool.name")
	AttrToolCallID          = attribute.Key("gen_ai.tool.call.id")
	AttrErrorType           = attribute.Key("error.type")
	AttrCaseID              = attribute.Key("umassist.case.id")
	AttrPromptVersion       = attribute.Key("umassist.prompt.version")
	AttrRecommendation      = attribute.Key("umassist.recommendation")
	AttrVerified            = attribute.Key("umassist.verified")
	OperationChat           = "chat"
	OperationInvokeAgent    = "invoke_agent"
	OperationExecuteTool    = "execute_tool"
	OperationEmbeddings     = "embeddings"
	SystemOffline           = "umassist.offline"
	SystemOpenAI            = "openai"
	defaultAgentName        = "umassist"
	errorTypeFallback       = "_OTHER"
	statusDescriptionLength = 200
)

// AgentResult is what an agent run reports when it ends.
type AgentResult struct {
	Recommendation string
	Verified       bool
	Err            error
}

// StartAgentSpan opens the span of one agent run over a case
// ("invoke_agent umassist"); model and tool spans started from the returned
// context become its children. Call end exactly once.
func StartAgentSpan(ctx context.Context, caseID, promptVersion string) (context.Context, func(AgentResult)) {
	ctx, span := tracer().Start(ctx, OperationInvokeAgent+" "+defaultAgentName,
		trace.WithSpanKind(trace.SpanKindInternal),
		trace.WithAttributes(
			AttrOperationName.String(OperationInvokeAgent),
			AttrAgentName.String(defaultAgentName),
			AttrCaseID.String(caseID),
			AttrPromptVersion.String(promptVersion),
		))
	return ctx, func(r AgentResult) {
		if r.Recommendation != "" {
			span.SetAttributes(AttrRecommendation.String(r.Recommendation), AttrVerified.Bool(r.Verified))
		}
		endWith(span, r.Err)
	}
}

// ModelUsage is what a model call reports when it ends.
type ModelUsage struct {
	InputTokens   int
	OutputTokens  int
	ResponseModel string   // when the server names a different model
	FinishReasons []string // "stop", "tool_calls", "length"
	Err           error
}

// StartModelSpan opens a client span for one chat call to model on system
// (SystemOffline, SystemOpenAI, ...), named "chat {model}" as the GenAI
// conventions ask. end records the usage on the span and the
// umassist_model_* metrics of Default. Call end exactly once.
func StartModelSpan(ctx context.Context, system, model string) (context.Context, func(ModelUsage)) {
	return startModel(ctx, OperationChat, system, model)
}

// StartEmbeddingSpan is StartModelSpan for an embeddings call.
func StartEmbeddingSpan(ctx context.Context, system, model string) (context.Context, func(ModelUsage)) {
	return startModel(ctx, OperationEmbeddings, system, model)
}

func startModel(ctx context.Context, op, system, model string) (context.Context, func(ModelUsage)) {
	start := time.Now()
	ctx, span := tracer().Start(ctx, op+" "+model,
		trace.WithSpanKind(trace.SpanKindClient),
		trace.WithAttributes(
			AttrOperationName.String(op),
			AttrSystem.String(system),
			AttrProviderName.String(system),
			AttrRequestModel.String(model),
		))
	return ctx, func(u ModelUsage) {
		span.SetAttributes(AttrInputTokens.Int(u.InputTokens), AttrOutputTokens.Int(u.OutputTokens))
		if u.ResponseModel != "" {
			span.SetAttributes(AttrResponseModel.String(u.ResponseModel))
		}
		if len(u.FinishReasons) > 0 {
			span.SetAttributes(AttrFinishReasons.StringSlice(u.FinishReasons))
		}
		Default.ModelTokens.WithLabelValues(system, model, "input").Add(float64(u.InputTokens))
		Default.ModelTokens.WithLabelValues(system, model, "output").Add(float64(u.OutputTokens))
		Default.ModelDuration.WithLabelValues(system, model, outcome(u.Err)).Observe(time.Since(start).Seconds())
		endWith(span, u.Err)
	}
}

// StartToolSpan opens the span of one tool call ("execute_tool {name}").
// callID is the model's tool-call id ("" when there is none). end counts the
// call in umassist_tool_calls_total. Call end exactly once.
func StartToolSpan(ctx context.Context, name, callID string) (context.Context, func(error)) {
	attrs := []attribute.KeyValue{AttrOperationName.String(OperationExecuteTool), AttrToolName.String(name)}
	if callID != "" {
		attrs = append(attrs, AttrToolCallID.String(callID))
	}
	ctx, span := tracer().Start(ctx, OperationExecuteTool+" "+name,
		trace.WithSpanKind(trace.SpanKindInternal), trace.WithAttributes(attrs...))
	return ctx, func(err error) {
		Default.ToolCalls.WithLabelValues(name, outcome(err)).Inc()
		endWith(span, err)
	}
}

// ErrorTyper lets an error name its class for error.type (a sentinel's
// name, a domain code); otherwise the Go type is used.
type ErrorTyper interface{ ErrorType() string }

func endWith(span trace.Span, err error) {
	if err != nil {
		typ := errorTypeFallback
		if et, ok := err.(ErrorTyper); ok {
			typ = et.ErrorType()
		} else {
			typ = typeName(err)
		}
		span.SetAttributes(AttrErrorType.String(typ))
		// Only the error class and a bounded message: tool errors could
		// quote what the model sent, which is not ours to export.
		msg := err.Error()
		if len(msg) > statusDescriptionLength {
			msg = msg[:statusDescriptionLength]
		}
		span.SetStatus(codes.Error, msg)
	}
	span.End()
}

// StartJobSpan opens the span of one queue job ("{kind} {id}"); an agent
// run inside it becomes its child. end records umassist_job_duration_seconds
// and, on error, umassist_draft_errors_total when kind is a drafting job.
func StartJobSpan(ctx context.Context, kind, caseID string) (context.Context, func(error)) {
	start := time.Now()
	ctx, span := tracer().Start(ctx, "job "+kind,
		trace.WithSpanKind(trace.SpanKindConsumer),
		trace.WithAttributes(attribute.String("messaging.system", "river"), attribute.String("messaging.operation.type", "process"),
			attribute.String("umassist.job.kind", kind), AttrCaseID.String(caseID)))
	return ctx, func(err error) {
		RecordJob(kind, time.Since(start), err)
		endWith(span, err)
	}
}
