package evals

import (
	"bytes"
	"fmt"
	"html/template"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"
)

// Run is a results folder read back.
type RunDir struct {
	Dir     string
	Summary *Summary
	Results []Result
}

// ReadRun reads a results folder.
func ReadRun(dir string) (*RunDir, error) {
	s, err := ReadSummary(filepath.Join(dir, "summary.json"))
	if err != nil {
		return nil, err
	}
	rs, err := ReadResults(filepath.Join(dir, "results.jsonl"))
	if err != nil {
		return nil, err
	}
	return &RunDir{Dir: dir, Summary: s, Results: rs}, nil
}

// MetricDelta is one metric in two runs.
type MetricDelta struct {
	Metric string
	A, B   *float64
	// CIA and CIB are each run's bootstrap intervals, when it has them.
	CIA, CIB *Interval
	// Separated is set when the intervals do not overlap: the change is
	// unlikely to be resampling noise.
	Separated bool
}

// Delta is B - A, or nil when either run lacks the metric.
func (d MetricDelta) Delta() *float64 {
	if d.A == nil || d.B == nil {
		return nil
	}
	v := *d.B - *d.A
	return &v
}

// CaseChange is a case whose recommendation or citations differ.
type CaseChange struct {
	ID                    string
	RecA, RecB            string // "error" for an errored case, "absent" if not in the run
	Added, Removed        []string
	RecommendationChanged bool
	CitationsChanged      bool
}

// Comparison is RUN_B against RUN_A.
type Comparison struct {
	A, B    *RunDir
	Metrics []MetricDelta
	Changes []CaseChange
	// NewFalseApprovals are cases B falsely approves that A did not;
	// FixedFalseApprovals the reverse. Both are empty when either run
	// predates the metric.
	NewFalseApprovals, FixedFalseApprovals []string
}

// compareMetrics lead with the safety numbers.
var compareMetrics = []struct{ name, ci string }{
	{"false_approvals", ""}, {"false_approval_rate", "false_approval_rate"},
	{"accuracy", "accuracy"}, {"macro_f1", "macro_f1"}, {"policy_hit_rate", "policy_hit_rate"},
	{"evidence_recall", "evidence_recall"}, {"citation_precision", "citation_precision"},
	{"missing_recall", "missing_recall"}, {"verifier_failure_rate", "verifier_failure_rate"},
	{"consistency", ""}, {"ece", ""}, {"denials", ""}, {"errors", ""}, {"latency_p50", ""}, {"latency_p95", ""},
	{"tool_calls_per_case", ""}, {"tokens_prompt", ""}, {"tokens_completion", ""}, {"cost_usd", ""},
}

// Compare lines up two runs metric by metric and case by case.
func Compare(a, b *RunDir) *Comparison {
	c := &Comparison{A: a, B: b}
	ma, mb := a.Summary.Metrics(), b.Summary.Metrics()
	for _, m := range compareMetrics {
		d := MetricDelta{Metric: m.name, A: ma[m.name], B: mb[m.name]}
		if m.ci != "" {
			if iv, ok := a.Summary.CI[m.ci]; ok {
				d.CIA = &iv
			}
			if iv, ok := b.Summary.CI[m.ci]; ok {
				d.CIB = &iv
			}
			if d.CIA != nil && d.CIB != nil {
				d.Separated = d.CIA.Hi < d.CIB.Lo || d.CIB.Hi < d.CIA.Lo
			}
		}
		c.Metrics = append(c.Metrics, d)
	}
	if a.Summary.FalseApprovals != nil && b.Summary.FalseApprovals != nil {
		fa, fb := setOf(a.Summary.FalseApprovalCases), setOf(b.Summary.FalseApprovalCases)
		c.NewFalseApprovals, c.FixedFalseApprovals = setDiff(fb, fa), setDiff(fa, fb)
	}
	byB := map[string]*Result{}
	for i := range b.Results {
		byB[b.Results[i].ID] = &b.Results[i]
	}
	seen := map[string]bool{}
	for i := range a.Results {
		ra := &a.Results[i]
		seen[ra.ID] = true
		rb := byB[ra.ID]
		ch := CaseChange{ID: ra.ID, RecA: recLabel(ra), RecB: recLabel(rb)}
		ch.RecommendationChanged = ch.RecA != ch.RecB
		ca, cb := citedRefs(ra), map[string]bool{}
		if rb != nil {
			cb = citedRefs(rb)
		}
		ch.Added, ch.Removed = setDiff(cb, ca), setDiff(ca, cb)
		ch.CitationsChanged = len(ch.Added)+len(ch.Removed) > 0
		if ch.RecommendationChanged || ch.CitationsChanged {
			c.Changes = append(c.Changes, ch)
		}
	}
	for i := range b.Results {
		rb := &b.Results[i]
		if !seen[rb.ID] {
			c.Changes = append(c.Changes, CaseChange{ID: rb.ID, RecA: "absent", RecB: recLabel(rb), RecommendationChanged: true, Added: sortedKeys(citedRefs(rb)), CitationsChanged: true})
		}
	}
	// Recommendation changes first: they are what a reviewer sees.
	sort.SliceStable(c.Changes, func(i, j int) bool {
		return c.Changes[i].RecommendationChanged && !c.Changes[j].RecommendationChanged
	})
	return c
}

func recLabel(r *Result) string {
	switch {
	case r == nil:
		return "absent"
	case r.Errored():
		return "error"
	}
	return string(*r.Recommendation)
}

func setOf(ids []string) map[string]bool {
	m := make(map[string]bool, len(ids))
	for _, id := range ids {
		m[id] = true
	}
	return m
}

func setDiff(a, b map[string]bool) []string {
	var out []string
	for k := range a {
		if !b[k] {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// countMetrics print as whole numbers; the rest are rates or means.
var countMetrics = map[string]bool{
	"cases": true, "errors": true, "scored": true, "denials": true, "false_approvals": true, "latency_p50": true, "latency_p95": true,
	"model_calls": true, "tokens_prompt": true, "tokens_completion": true,
}

func fmtMetric(name string, v *float64) string {
	if v == nil {
		return "—"
	}
	if countMetrics[name] {
		return fmt.Sprintf("%d", int64(*v))
	}
	return fmt.Sprintf("%.4f", *v)
}

func fmtCI(iv *Interval) string {
	if iv == nil {
		return ""
	}
	return fmt.Sprintf("[%.3f, %.3f]", iv.Lo, iv.Hi)
}

func fmtDelta(v *float64) string {
	if v == nil {
		return "—"
	}
	return fmt.Sprintf("%+.4f", *v)
}

// WriteText prints the comparison as plain-text tables.
func (c *Comparison) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "metric\tA (%s)\t95%% CI\tB (%s)\t95%% CI\tB-A\t\n", filepath.Base(c.A.Dir), filepath.Base(c.B.Dir))
	for _, m := range c.Metrics {
		mark := ""
		if m.Separated {
			mark = "*"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s%s\t\n", m.Metric, fmtMetric(m.Metric, m.A), fmtCI(m.CIA), fmtMetric(m.Metric, m.B), fmtCI(m.CIB), fmtDelta(m.Delta()), mark)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "(* the 95%% intervals do not overlap)\n")
	if len(c.NewFalseApprovals) > 0 {
		fmt.Fprintf(w, "new false approvals in B: %s\n", strings.Join(c.NewFalseApprovals, ", "))
	}
	if len(c.FixedFalseApprovals) > 0 {
		fmt.Fprintf(w, "false approvals fixed in B: %s\n", strings.Join(c.FixedFalseApprovals, ", "))
	}
	fmt.Fprintf(w, "\n%d cases changed\n", len(c.Changes))
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	if len(c.Changes) > 0 {
		fmt.Fprintf(tw, "case\tA\tB\tcitations\t\n")
	}
	for _, ch := range c.Changes {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t\n", ch.ID, ch.RecA, ch.RecB, citationDiff(ch))
	}
	return tw.Flush()
}

func citationDiff(ch CaseChange) string {
	if len(ch.Added)+len(ch.Removed) > 4 {
		// The HTML lists them all; a terminal line stays readable.
		return fmt.Sprintf("+%d -%d citations", len(ch.Added), len(ch.Removed))
	}
	var parts []string
	for _, a := range ch.Added {
		parts = append(parts, "+"+a)
	}
	for _, r := range ch.Removed {
		parts = append(parts, "-"+r)
	}
	return strings.Join(parts, " ")
}

var compareTmpl = template.Must(template.New("compare").Funcs(template.FuncMap{
	"m": fmtMetric, "ci": fmtCI, "d": fmtDelta, "cit": citationDiff,
	// better colours a delta green when it is an improvement for its
	// metric (higher accuracy, lower latency), red when a regression.
	"better": func(metric string, v *float64) string {
		if v == nil || *v == 0 || metric == "tool_calls_per_case" || strings.HasPrefix(metric, "tokens") {
			return ""
		}
		if (*v > 0) != lowerIsBetter[metric] {
			return "up"
		}
		return "down"
	},
}).Parse(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>umassist eval compare</title>
<style>{{.CSS}} .up{color:#067647}.down{color:#b42318} del{color:#b42318} ins{color:#067647;text-decoration:none}</style></head><body>
<h1>Eval comparison</h1>
<div class="meta">A: {{.C.A.Dir}} ({{.C.A.Summary.Model}}, {{.C.A.Summary.Cases}} cases) · B: {{.C.B.Dir}} ({{.C.B.Summary.Model}}, {{.C.B.Summary.Cases}} cases)</div>
<h2>Metrics</h2>
<table><tr><th>metric</th><th class="num">A</th><th class="num">A 95% CI</th><th class="num">B</th><th class="num">B 95% CI</th><th class="num">B − A</th><th>intervals</th></tr>
{{range .C.Metrics}}{{$d := .Delta}}<tr><td>{{.Metric}}</td><td class="num">{{m .Metric .A}}</td><td class="num">{{ci .CIA}}</td><td class="num">{{m .Metric .B}}</td><td class="num">{{ci .CIB}}</td><td class="num {{better .Metric $d}}">{{d $d}}</td><td>{{if .Separated}}<b>separate</b>{{else if .CIA}}overlap{{end}}</td></tr>
{{end}}</table>
{{if .C.NewFalseApprovals}}<p class="bad"><b>New false approvals in B:</b> {{range .C.NewFalseApprovals}}{{.}} {{end}}</p>{{end}}
{{if .C.FixedFalseApprovals}}<p class="good"><b>False approvals fixed in B:</b> {{range .C.FixedFalseApprovals}}{{.}} {{end}}</p>{{end}}
<h2>{{len .C.Changes}} cases changed</h2>
<table><tr><th>case</th><th>A</th><th>B</th><th>citations (+ added in B, − removed)</th></tr>
{{range .C.Changes}}<tr><td>{{.ID}}</td><td>{{.RecA}}</td><td>{{if .RecommendationChanged}}<b>{{.RecB}}</b>{{else}}{{.RecB}}{{end}}</td><td>{{range .Added}}<ins>+{{.}}</ins> {{end}}{{range .Removed}}<del>−{{.}}</del> {{end}}</td></tr>
{{end}}</table></body></html>
`))

// HTML renders the comparison as a self-contained page.
func (c *Comparison) HTML() ([]byte, error) {
	var buf bytes.Buffer
	if err := compareTmpl.Execute(&buf, map[string]any{"C": c, "CSS": template.CSS(reportCSS)}); err != nil {
		return nil, fmt.Errorf("evals: render comparison: %w", err)
	}
	return buf.Bytes(), nil
}

// WriteHTML writes the comparison page to path.
func (c *Comparison) WriteHTML(path string) error {
	b, err := c.HTML()
	if err != nil {
		return err
	}
	return writeFile(path, b)
}
