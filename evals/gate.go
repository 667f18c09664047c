package evals

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/goccy/go-yaml"

	"github.com/umassist/umassist"
)

// Gate is a list of thresholds a run must meet (a YAML map: metric →
// threshold). A bare number means "at least" for scores and "at most" for
// counts and costs (denials: 0, citation_precision: 1.0); a string gives
// the operator (macro_f1: ">= 0.90", latency_p95: "< 2000").
type Gate struct {
	Checks []Check
}

// Check is one threshold.
type Check struct {
	Metric string
	Op     string // >=, <=, >, <, ==
	Value  float64
}

func (c Check) String() string { return fmt.Sprintf("%s %s %s", c.Metric, c.Op, fmtNum(c.Value)) }

// GateFailure is a threshold a run missed.
type GateFailure struct {
	Check Check
	// Got is nil when the run could not measure the metric.
	Got *float64
}

func (f GateFailure) String() string {
	if f.Got == nil {
		return fmt.Sprintf("%s: not measured (want %s %s)", f.Check.Metric, f.Check.Op, fmtNum(f.Check.Value))
	}
	return fmt.Sprintf("%s = %s, want %s %s", f.Check.Metric, fmtNum(*f.Got), f.Check.Op, fmtNum(f.Check.Value))
}

func fmtNum(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// lowerIsBetter are the metrics whose bare threshold is a maximum.
var lowerIsBetter = map[string]bool{
	"denials": true, "errors": true, "error_rate": true, "latency_p50": true, "latency_p95": true,
	"ece": true, "verifier_failure_rate": true, "cost_usd": true, "tool_calls_per_case": true,
	"tokens_prompt": true, "tokens_completion": true, "model_calls": true,
	"false_approvals": true, "false_approval_rate": true,
}

// metricAliases maps the SPEC's nested names to gate names.
var metricAliases = map[string]string{
	"recommendation.accuracy": "accuracy", "recommendation.macro_f1": "macro_f1",
	"latency_ms.p50": "latency_p50", "latency_ms.p95": "latency_p95", "calibration.ece": "ece",
	"tokens.prompt": "tokens_prompt", "tokens.completion": "tokens_completion",
}

// Metrics flattens a summary into the gate's metric names; a nil value is
// a metric the run could not measure.
func (s *Summary) Metrics() map[string]*float64 {
	f := func(v float64) *float64 { return &v }
	m := map[string]*float64{
		"cases": f(float64(s.Cases)), "errors": f(float64(s.Errors)), "scored": f(float64(s.Scored)),
		"denials": f(float64(s.Denials)), "accuracy": s.Recommendation.Accuracy, "macro_f1": s.Recommendation.MacroF1,
		"policy_hit_rate": s.PolicyHitRate, "evidence_recall": s.EvidenceRecall,
		"citation_precision": s.CitationPrecision, "missing_recall": s.MissingRecall,
		"latency_p50": f(float64(s.LatencyMS.P50)), "latency_p95": f(float64(s.LatencyMS.P95)),
		"verifier_failure_rate": s.VerifierFailureRate, "tool_calls_per_case": s.ToolCallsPerCase,
		"consistency": s.Consistency, "cost_usd": f(s.CostUSD), "model_calls": f(float64(s.ModelCalls)),
		"tokens_prompt": f(float64(s.Tokens.Prompt)), "tokens_completion": f(float64(s.Tokens.Completion)),
		"false_approval_rate": s.FalseApprovalRate,
		"error_rate":          nil, "ece": nil, "false_approvals": nil,
	}
	if s.FalseApprovals != nil {
		m["false_approvals"] = f(float64(*s.FalseApprovals))
	}
	if s.Cases > 0 {
		m["error_rate"] = f(float64(s.Errors) / float64(s.Cases))
	}
	if s.Calibration != nil {
		m["ece"] = f(s.Calibration.ECE)
	}
	return m
}

// LoadGate reads a gate file.
func LoadGate(path string) (*Gate, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("evals: gate: %w", err)
	}
	g, err := ParseGate(b)
	if err != nil {
		return nil, fmt.Errorf("evals: gate %s: %w", path, err)
	}
	return g, nil
}

// ParseGate parses gate YAML; an unknown metric or a malformed threshold is
// an error, so a typo never passes a gate silently.
func ParseGate(b []byte) (*Gate, error) {
	var ms yaml.MapSlice
	if err := yaml.Unmarshal(b, &ms); err != nil {
		return nil, umassist.Errorf(umassist.EINVALID, "gate: %v", err)
	}
	known := (&Summary{}).Metrics()
	g := &Gate{}
	for _, it := range ms {
		name, ok := it.Key.(string)
		if !ok {
			return nil, umassist.Errorf(umassist.EINVALID, "gate: metric %v is not a name", it.Key)
		}
		if a, ok := metricAliases[name]; ok {
			name = a
		}
		if _, ok := known[name]; !ok {
			return nil, umassist.Errorf(umassist.EINVALID, "gate: unknown metric %q", name)
		}
		c := Check{Metric: name, Op: ">="}
		if lowerIsBetter[name] {
			c.Op = "<="
		}
		switch v := it.Value.(type) {
		case uint64:
			c.Value = float64(v)
		case int64:
			c.Value = float64(v)
		case int:
			c.Value = float64(v)
		case float64:
			c.Value = v
		case string:
			op, num, err := parseThreshold(v)
			if err != nil {
				return nil, umassist.Errorf(umassist.EINVALID, "gate: %s: %v", name, err)
			}
			if op != "" {
				c.Op = op
			}
			c.Value = num
		default:
			return nil, umassist.Errorf(umassist.EINVALID, "gate: %s: threshold must be a number or a string like \">= 0.9\", not %v", name, it.Value)
		}
		g.Checks = append(g.Checks, c)
	}
	if len(g.Checks) == 0 {
		return nil, umassist.Errorf(umassist.EINVALID, "gate: no thresholds")
	}
	return g, nil
}

func parseThreshold(s string) (string, float64, error) {
	s = strings.TrimSpace(s)
	op := ""
	for _, o := range []string{">=", "<=", "==", ">", "<", "="} {
		if strings.HasPrefix(s, o) {
			op, s = o, strings.TrimSpace(s[len(o):])
			break
		}
	}
	if op == "=" {
		op = "=="
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return "", 0, fmt.Errorf("threshold %q is not [op] number", s)
	}
	return op, v, nil
}

// Check returns every threshold the summary misses.
func (g *Gate) Check(s *Summary) []GateFailure {
	m := s.Metrics()
	var out []GateFailure
	for _, c := range g.Checks {
		got := m[c.Metric]
		if got == nil || !compare(*got, c.Op, c.Value) {
			out = append(out, GateFailure{Check: c, Got: got})
		}
	}
	return out
}

// compare allows for float rounding (an accuracy of 0.9 read back from
// JSON still meets ">= 0.9").
func compare(got float64, op string, want float64) bool {
	const eps = 1e-9
	switch op {
	case ">=":
		return got >= want-eps
	case "<=":
		return got <= want+eps
	case ">":
		return got > want+eps
	case "<":
		return got < want-eps
	default:
		return got >= want-eps && got <= want+eps
	}
}
