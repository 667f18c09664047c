package telemetry

import (
	"context"
	"fmt"
	"os"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	"go.opentelemetry.io/otel/propagation"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/trace"
)

// InstrumentationName names umassist's tracer.
const InstrumentationName = "github.com/umassist/umassist"

// TraceConfig configures trace export.
type TraceConfig struct {
	// Endpoint is the OTLP/HTTP collector, "http://127.0.0.1:4318" or a
	// host:port. Empty falls back to OTEL_EXPORTER_OTLP_ENDPOINT /
	// OTEL_EXPORTER_OTLP_TRACES_ENDPOINT; with neither, tracing is a no-op.
	Endpoint    string
	ServiceName string // default "umassist"
	Version     string
	// Insecure sends plain HTTP (a local collector).
	Insecure bool
}

// SetupTracing installs the global tracer provider. It returns a shutdown
// function that flushes pending spans; with no endpoint it installs nothing
// and the shutdown is a no-op.
func SetupTracing(ctx context.Context, cfg TraceConfig) (func(context.Context) error, error) {
	noop := func(context.Context) error { return nil }
	envSet := os.Getenv("OTEL_EXPORTER_OTLP_ENDPOINT") != "" || os.Getenv("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT") != ""
	if cfg.Endpoint == "" && !envSet {
		return noop, nil
	}
	var opts []otlptracehttp.Option
	if cfg.Endpoint != "" {
		opts = append(opts, otlptracehttp.WithEndpointURL(endpointURL(cfg.Endpoint, cfg.Insecure)))
	}
	if cfg.Insecure {
		opts = append(opts, otlptracehttp.WithInsecure())
	}
	exp, err := otlptracehttp.New(ctx, opts...)
	if err != nil {
		return noop, fmt.Errorf("telemetry: otlp exporter: %w", err)
	}
	tp := NewTracerProvider(sdktrace.NewBatchSpanProcessor(exp), cfg)
	otel.SetTracerProvider(tp)
	otel.SetTextMapPropagator(propagation.NewCompositeTextMapPropagator(propagation.TraceContext{}, propagation.Baggage{}))
	return tp.Shutdown, nil
}

func endpointURL(ep string, insecure bool) string {
	if len(ep) > 7 && (ep[:7] == "http://" || (len(ep) > 8 && ep[:8] == "https://")) {
		return ep
	}
	if insecure {
		return "http://" + ep
	}
	return "https://" + ep
}

// NewTracerProvider builds a provider exporting through sp, with the
// service's resource attributes; tests pass a tracetest recorder.
func NewTracerProvider(sp sdktrace.SpanProcessor, cfg TraceConfig) *sdktrace.TracerProvider {
	name := cfg.ServiceName
	if name == "" {
		name = "umassist"
	}
	attrs := []attribute.KeyValue{attribute.String("service.name", name)}
	if cfg.Version != "" {
		attrs = append(attrs, attribute.String("service.version", cfg.Version))
	}
	return sdktrace.NewTracerProvider(
		sdktrace.WithSpanProcessor(sp),
		sdktrace.WithResource(resource.NewSchemaless(attrs...)),
	)
}

// tracer is looked up at each use so a provider installed after package
// initialisation (SetupTracing, tests) takes effect.
func tracer() trace.Tracer { return otel.Tracer(InstrumentationName) }
