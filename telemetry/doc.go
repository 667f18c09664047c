// Package telemetry is umassist's instrumentation: Prometheus metrics (every
// series prefixed umassist_) served at /metrics, an echo middleware timing
// HTTP requests, and OpenTelemetry tracing of agent runs with the GenAI
// semantic conventions (gen_ai.* attributes on a span per model call, an
// "execute_tool {name}" span per tool call).
//
// Tracing is exported over OTLP/HTTP when an endpoint is configured
// (SetupTracing, or OTEL_EXPORTER_OTLP_ENDPOINT) and is a no-op otherwise, so
// instrumented code costs next to nothing offline.
//
// The wrappers that call these live beside what they wrap (this package
// imports nothing of ours): agent.Traced (a model, under the provider the
// model reports), tools.Traced (a tool), drafting.Traced (a case's draft,
// its model and its tools); cmd/umassist wires drafting.Traced once.
//
// How the agent reports (each end function is called exactly once):
//
//	ctx, endRun := telemetry.StartAgentSpan(ctx, caseID, promptVersion)
//	ctx, endModel := telemetry.StartModelSpan(ctx, telemetry.SystemOffline, model)
//	endModel(telemetry.ModelUsage{InputTokens: in, OutputTokens: out, FinishReasons: []string{"tool_calls"}, Err: err})
//	_, endTool := telemetry.StartToolSpan(ctx, toolName, callID)
//	endTool(err)
//	telemetry.RecordDraft(string(draft.Recommendation), draft.Verified())
//	endRun(telemetry.AgentResult{Recommendation: ..., Verified: ..., Err: err})
//
// Series: umassist_http_request_duration_seconds{method,route,code},
// umassist_queue_depth{state} (cases), umassist_jobs{state} (River),
// umassist_sla_cases{clock}, umassist_drafts_total{recommendation},
// umassist_verifier_failures_total, umassist_draft_errors_total,
// umassist_model_tokens_total{system,model,type},
// umassist_model_request_duration_seconds{system,model,outcome},
// umassist_tool_calls_total{tool,outcome},
// umassist_job_duration_seconds{kind,outcome}, plus Go and process series.
//
// The package records ids, counts, codes and timings only: never patient
// data, prompts or model output (spans and labels leave the process).
package telemetry
