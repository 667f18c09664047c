// Package telemetry is umassist's instrumentation: Prometheus metrics (every
// series prefixed umassist_) served at /metrics, an echo middleware timing
// HTTP requests, and OpenTelemetry tracing of agent runs with the GenAI
// semantic conventions (gen_ai.* attributes on a span per model call, an
// "execute_tool {name}" span per tool call).
//
// Tracing is exported over OTLP/HTTP when an endpoint is configured and is a
// no-op otherwise, so instrumented code costs next to nothing offline.
//
// The package records ids, counts, codes and timings only: never patient
// data, prompts or model output (spans and labels leave the process).
package telemetry
