package telemetry

import (
	"context"
	"net/http"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics holds umassist's Prometheus series on their own registry (not the
// global one, so tests can build as many as they like).
type Metrics struct {
	Registry *prometheus.Registry

	HTTPDuration     *prometheus.HistogramVec // method, route, code
	Drafts           *prometheus.CounterVec   // recommendation
	VerifierFailures prometheus.Counter
	DraftFailures    prometheus.Counter
	ModelTokens      *prometheus.CounterVec   // system, model, type (input|output)
	ModelDuration    *prometheus.HistogramVec // system, model, outcome
	ToolCalls        *prometheus.CounterVec   // tool, outcome
	JobDuration      *prometheus.HistogramVec // kind, outcome
}

// NewMetrics registers every series, plus the Go runtime and process
// collectors, on a fresh registry.
func NewMetrics() *Metrics {
	r := prometheus.NewRegistry()
	m := &Metrics{
		Registry: r,
		HTTPDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "umassist_http_request_duration_seconds", Help: "HTTP request latency by method, route pattern and status code.",
			Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}, []string{"method", "route", "code"}),
		Drafts: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "umassist_drafts_total", Help: "Drafts stored, by the agent's recommendation.",
		}, []string{"recommendation"}),
		VerifierFailures: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "umassist_verifier_failures_total", Help: "Drafts the verifier found at least one problem with.",
		}),
		DraftFailures: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "umassist_draft_errors_total", Help: "Drafting attempts that ended in an error.",
		}),
		ModelTokens: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "umassist_model_tokens_total", Help: "Model tokens used, by system, model and type (input or output).",
		}, []string{"system", "model", "type"}),
		ModelDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "umassist_model_request_duration_seconds", Help: "Model call latency by system, model and outcome.",
			Buckets: []float64{.001, .01, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60},
		}, []string{"system", "model", "outcome"}),
		ToolCalls: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "umassist_tool_calls_total", Help: "Agent tool calls by tool and outcome.",
		}, []string{"tool", "outcome"}),
		JobDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "umassist_job_duration_seconds", Help: "Queue job run time by kind and outcome.",
			Buckets: []float64{.01, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60, 120, 300},
		}, []string{"kind", "outcome"}),
	}
	r.MustRegister(m.HTTPDuration, m.Drafts, m.VerifierFailures, m.DraftFailures, m.ModelTokens, m.ModelDuration, m.ToolCalls, m.JobDuration,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Default is the process's metrics; the package-level recorders write here
// and Handler serves it.
var Default = NewMetrics()

// Handler serves the metrics in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	// ContinueOnError: a database hiccup in the depth gauges must not
	// blank every other series.
	return promhttp.HandlerFor(m.Registry, promhttp.HandlerOpts{Registry: m.Registry, ErrorHandling: promhttp.ContinueOnError})
}

// Handler serves Default's metrics.
func Handler() http.Handler { return Default.Handler() }

// Middleware times every request by its route pattern (never the raw path,
// which would carry case ids into label values without bound). statusOf
// is the status the server's error handler will answer a returned error
// with (it has not run yet when the middleware sees the error); an
// echo.HTTPError counts as its code, and with a nil statusOf any other
// error counts as 500.
func (m *Metrics) Middleware(statusOf func(error) int) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			start := time.Now()
			err := next(c)
			status := c.Response().Status
			if err != nil {
				switch he, ok := err.(*echo.HTTPError); {
				case ok:
					status = he.Code
				case statusOf != nil:
					status = statusOf(err)
				default:
					status = http.StatusInternalServerError
				}
			}
			route := c.Path()
			if route == "" {
				route = "unmatched"
			}
			m.HTTPDuration.WithLabelValues(c.Request().Method, route, strconv.Itoa(status)).Observe(time.Since(start).Seconds())
			return err
		}
	}
}

// Middleware is Default's request timer.
func Middleware(statusOf func(error) int) echo.MiddlewareFunc {
	return Default.Middleware(statusOf)
}

// RecordDraft counts a stored draft: its recommendation and whether the
// verifier passed it.
func (m *Metrics) RecordDraft(recommendation string, verified bool) {
	m.Drafts.WithLabelValues(recommendation).Inc()
	if !verified {
		m.VerifierFailures.Inc()
	}
}

// RecordDraft counts a stored draft on Default.
func RecordDraft(recommendation string, verified bool) { Default.RecordDraft(recommendation, verified) }

// RecordDraftError counts a failed drafting attempt on Default.
func RecordDraftError() { Default.DraftFailures.Inc() }

// RecordJob times one queue job on Default.
func RecordJob(kind string, d time.Duration, err error) {
	Default.JobDuration.WithLabelValues(kind, outcome(err)).Observe(d.Seconds())
}

func outcome(err error) string {
	if err != nil {
		return "error"
	}
	return "ok"
}

// StateCounter reports a count per state, e.g. cases by status; it is called
// at every scrape.
type StateCounter func(ctx context.Context) (map[string]float64, error)

// gaugeFunc is a collector that asks for its values at scrape time, so a
// gauge of rows in PostgreSQL is never stale and needs no background loop.
type gaugeFunc struct {
	desc    *prometheus.Desc
	fn      StateCounter
	timeout time.Duration
}

func (g *gaugeFunc) Describe(ch chan<- *prometheus.Desc) { ch <- g.desc }

func (g *gaugeFunc) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), g.timeout)
	defer cancel()
	vals, err := g.fn(ctx)
	if err != nil {
		ch <- prometheus.NewInvalidMetric(g.desc, err)
		return
	}
	for k, v := range vals {
		ch <- prometheus.MustNewConstMetric(g.desc, prometheus.GaugeValue, v, k)
	}
}

// RegisterGaugeFunc adds a gauge with one label whose values are computed
// at scrape time by fn.
func (m *Metrics) RegisterGaugeFunc(name, help, label string, fn StateCounter) error {
	return m.Registry.Register(&gaugeFunc{
		desc: prometheus.NewDesc(name, help, []string{label}, nil), fn: fn, timeout: 5 * time.Second,
	})
}

// RegisterQueueDepth adds umassist_queue_depth{state} (cases by status) and
// umassist_jobs{state} (River jobs by state) computed at scrape time.
func (m *Metrics) RegisterQueueDepth(cases, jobs StateCounter) error {
	if cases != nil {
		if err := m.Registry.Register(&gaugeFunc{
			desc: prometheus.NewDesc("umassist_queue_depth", "Cases by workflow status.", []string{"state"}, nil),
			fn:   cases, timeout: 5 * time.Second,
		}); err != nil {
			return err
		}
	}
	if jobs != nil {
		if err := m.Registry.Register(&gaugeFunc{
			desc: prometheus.NewDesc("umassist_jobs", "Queue jobs by River state.", []string{"state"}, nil),
			fn:   jobs, timeout: 5 * time.Second,
		}); err != nil {
			return err
		}
	}
	return nil
}
