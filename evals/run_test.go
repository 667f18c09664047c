package evals

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
)

// fakeDrafter drafts from a table of results, like validResults.
type fakeDrafter struct {
	DraftFunc func(ctx context.Context, c Case, ns string) (*Output, error)
	calls     atomic.Int64
}

func (f *fakeDrafter) Draft(ctx context.Context, c Case, ns string) (*Output, error) {
	f.calls.Add(1)
	return f.DraftFunc(ctx, c, ns)
}

type fakeLoader struct {
	mu       sync.Mutex
	loaded   []string
	cleaned  []string
	LoadFunc func(ctx context.Context, ns string, ds *Dataset) error
}

func (l *fakeLoader) LoadDataset(ctx context.Context, ns string, ds *Dataset) (func(context.Context) error, error) {
	if l.LoadFunc != nil {
		if err := l.LoadFunc(ctx, ns, ds); err != nil {
			return nil, err
		}
	}
	l.mu.Lock()
	l.loaded = append(l.loaded, ns)
	l.mu.Unlock()
	return func(context.Context) error {
		l.mu.Lock()
		defer l.mu.Unlock()
		l.cleaned = append(l.cleaned, ns)
		return nil
	}, nil
}

var (
	_ Drafter = (*fakeDrafter)(nil)
	_ Loader  = (*fakeLoader)(nil)
)

// draftsFromResults replays validResults as drafts; an errored result
// becomes a drafter error.
func draftsFromResults() *fakeDrafter {
	by := map[string]Result{}
	for _, r := range validResults() {
		by[r.ID] = r
	}
	return &fakeDrafter{DraftFunc: func(ctx context.Context, c Case, ns string) (*Output, error) {
		r := by[c.ID]
		if r.Error != nil {
			return nil, errors.New(*r.Error)
		}
		return &Output{
			Draft: &umassist.Draft{ID: c.ID, Recommendation: *r.Recommendation, Policy: r.Policy, Criteria: r.Criteria,
				Evidence: r.Evidence, Questions: r.Questions, Confidence: r.Confidence, Findings: r.VerifierFindings, Tokens: r.Tokens},
			Trace:     json.RawMessage(`{"steps":[{"tool":"search_observations"}]}`),
			ToolCalls: r.ToolCalls, ModelCalls: 2,
		}, nil
	}}
}

func TestRunWritesSpecResults(t *testing.T) {
	t.Parallel()
	ds, err := ReadDataset("testdata/valid")
	require.NoError(t, err)
	out := t.TempDir()
	l := &fakeLoader{}
	d := draftsFromResults()
	var nsSeen sync.Map
	inner := d.DraftFunc
	d.DraftFunc = func(ctx context.Context, c Case, ns string) (*Output, error) {
		nsSeen.Store(ns, true)
		return inner(ctx, c, ns)
	}
	var progress strings.Builder
	res, err := Run(context.Background(), ds, d, l, RunOptions{Out: out, Concurrency: 3, RunID: "t1", Model: "offline", Progress: &progress})
	require.NoError(t, err)
	require.Equal(t, "eval-t1", res.Namespace)
	require.Equal(t, []string{"eval-t1"}, l.loaded)
	require.Equal(t, []string{"eval-t1"}, l.cleaned, "the namespace is removed after the run")
	_, ok := nsSeen.Load("eval-t1")
	require.True(t, ok, "cases are drafted in the run's namespace")
	require.Contains(t, progress.String(), "4/4")

	got, err := ReadResults(filepath.Join(out, "results.jsonl"))
	require.NoError(t, err)
	ids := []string{}
	for _, r := range got {
		ids = append(ids, r.ID)
	}
	require.Equal(t, []string{"icd-001", "icd-002", "bar-001", "bar-002"}, ids, "dataset order")

	// The errored case is written as the SPEC says: recommendation null, error set.
	lines := readLines(t, filepath.Join(out, "results.jsonl"))
	var raw map[string]any
	require.NoError(t, json.Unmarshal([]byte(lines[3]), &raw))
	require.Contains(t, raw, "recommendation")
	require.Nil(t, raw["recommendation"])
	require.Equal(t, "agent: step limit", raw["error"])
	for _, k := range []string{"id", "policy", "criteria", "evidence", "missing", "questions", "summary", "latency_ms", "tokens"} {
		require.Contains(t, raw, k)
	}
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &raw))
	require.Nil(t, raw["error"])
	require.Equal(t, "approve", raw["recommendation"])

	sum, err := ReadSummary(filepath.Join(out, "summary.json"))
	require.NoError(t, err)
	require.Equal(t, 4, sum.Cases)
	require.Equal(t, 1, sum.Errors)
	require.InDelta(t, 2.0/3, *sum.Recommendation.Accuracy, 1e-9)
	require.Equal(t, 6, sum.ModelCalls)
	var top map[string]any
	b, err := os.ReadFile(filepath.Join(out, "summary.json"))
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &top))
	for _, k := range []string{"cases", "errors", "recommendation", "policy_hit_rate", "evidence_recall", "citation_precision", "missing_recall", "denials", "latency_ms", "tokens"} {
		require.Contains(t, top, k, "summary.json has every SPEC field")
	}
	require.EqualValues(t, 1, top["false_approvals"], "bar-001 (gold refer) is drafted approve")
	require.EqualValues(t, 0.5, top["false_approval_rate"])
	require.Equal(t, []any{"bar-001"}, top["false_approval_cases"])

	// Per-case draft and trace files exist and the report links them.
	require.FileExists(t, filepath.Join(out, got[0].DraftFile))
	trace, err := os.ReadFile(filepath.Join(out, got[0].TraceFile))
	require.NoError(t, err)
	require.Contains(t, string(trace), "search_observations")
	html, err := os.ReadFile(filepath.Join(out, "report.html"))
	require.NoError(t, err)
	requireSelfContained(t, string(html))
	require.Contains(t, string(html), `href="cases/icd-001.draft.json"`)
	require.Contains(t, string(html), `href="cases/icd-001.trace.json"`)
	for _, chart := range []string{"confusion matrix", "accuracy bars", "latency histogram", "reliability plot"} {
		require.Contains(t, string(html), chart)
	}
	// Failures first: the errored case, then the wrong one, before the right ones.
	iErr, iWrong, iRight := strings.Index(string(html), `id="case-bar-002"`), strings.Index(string(html), `id="case-bar-001"`), strings.Index(string(html), `id="case-icd-001"`)
	require.Less(t, iErr, iWrong)
	require.Less(t, iWrong, iRight)
}

func requireSelfContained(t *testing.T, html string) {
	t.Helper()
	require.Contains(t, html, "<svg")
	for _, bad := range []string{"<script", "<link", "src=", "@import", "url("} {
		require.NotContains(t, html, bad, "the report loads nothing from anywhere")
	}
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return strings.Split(strings.TrimSpace(string(b)), "\n")
}

func TestRunNeverWritesADenial(t *testing.T) {
	t.Parallel()
	ds, err := ReadDataset("testdata/valid")
	require.NoError(t, err)
	d := &fakeDrafter{DraftFunc: func(ctx context.Context, c Case, ns string) (*Output, error) {
		return &Output{Draft: &umassist.Draft{Recommendation: "deny"}}, nil
	}}
	out := t.TempDir()
	res, err := Run(context.Background(), ds, d, nil, RunOptions{Out: out, RunID: "t2"})
	require.NoError(t, err)
	require.Equal(t, 4, res.Summary.Denials)
	require.Equal(t, 4, res.Summary.Errors)
	require.Nil(t, res.Summary.Recommendation.Accuracy, "errored cases are unscored, not wrong")
	b, err := os.ReadFile(filepath.Join(out, "results.jsonl"))
	require.NoError(t, err)
	require.NotContains(t, string(b), `"recommendation":"deny"`)
	g, err := ParseGate([]byte("denials: 0\n"))
	require.NoError(t, err)
	require.Len(t, g.Check(res.Summary), 1)
}

func TestRunRepeatsAndPanics(t *testing.T) {
	t.Parallel()
	ds, err := ReadDataset("testdata/valid")
	require.NoError(t, err)
	d := &fakeDrafter{DraftFunc: func(ctx context.Context, c Case, ns string) (*Output, error) {
		if c.ID == "bar-002" {
			panic("boom")
		}
		r := umassist.RecommendApprove
		if c.ID == "icd-002" && RepeatFrom(ctx)%2 == 1 {
			r = umassist.RecommendRefer // flaky
		}
		return &Output{Draft: &umassist.Draft{Recommendation: r, Confidence: 0.5}}, nil
	}}
	res, err := Run(context.Background(), ds, d, nil, RunOptions{Repeats: 3, Concurrency: 2, RunID: "t3"})
	require.NoError(t, err)
	require.Equal(t, int64(12), d.calls.Load())
	require.Equal(t, []string{"approve", "refer", "approve"}, res.Results[1].Repeats)
	require.Equal(t, 3, res.Summary.Repeats)
	require.InDelta(t, 2.0/3, *res.Summary.Consistency, 1e-9, "the panicking case is unscored")
	require.Contains(t, *res.Results[3].Error, "panicked")
}

func TestRunCancelledStillCleansNamespace(t *testing.T) {
	t.Parallel()
	ds, err := ReadDataset("testdata/valid")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	d := &fakeDrafter{DraftFunc: func(ctx context.Context, c Case, ns string) (*Output, error) {
		cancel()
		return nil, ctx.Err()
	}}
	l := &fakeLoader{}
	_, err = Run(ctx, ds, d, l, RunOptions{RunID: "t4"})
	require.ErrorIs(t, err, context.Canceled)
	require.Equal(t, []string{"eval-t4"}, l.cleaned)
}

func TestRunLoadFailure(t *testing.T) {
	t.Parallel()
	ds, err := ReadDataset("testdata/valid")
	require.NoError(t, err)
	l := &fakeLoader{LoadFunc: func(context.Context, string, *Dataset) error { return errors.New("fhir: bad bundle") }}
	_, err = Run(context.Background(), ds, draftsFromResults(), l, RunOptions{RunID: "t5"})
	require.ErrorContains(t, err, "fhir: bad bundle")
}

func TestGate(t *testing.T) {
	t.Parallel()
	ds, err := ReadDataset("testdata/valid")
	require.NoError(t, err)
	s := Score(ds, validResults(), ScoreOptions{})
	tests := []struct {
		yaml string
		fail []string
	}{
		{"denials: 0\ncitation_precision: 0.5\nmacro_f1: \">= 0.5\"\n", nil},
		{"citation_precision: 1.0\n", []string{"citation_precision = 0.6, want >= 1"}},
		{"recommendation.accuracy: '> 0.9'\nlatency_ms.p95: 250\n", []string{"accuracy = 0.6666666666666666, want > 0.9", "latency_p95 = 300, want <= 250"}},
		{"errors: '== 0'\n", []string{"errors = 1, want == 0"}},
		{"consistency: 0.9\n", []string{"consistency: not measured (want >= 0.9)"}},
		// bar-001 (gold refer) is drafted approve: one false approval of
		// two non-approve gold cases. A bare count is a maximum.
		{"false_approvals: 0\n", []string{"false_approvals = 1, want <= 0"}},
		{"false_approvals: 1\nfalse_approval_rate: 0.5\n", nil},
		{"false_approval_rate: '< 0.5'\n", []string{"false_approval_rate = 0.5, want < 0.5"}},
	}
	for _, tt := range tests {
		g, err := ParseGate([]byte(tt.yaml))
		require.NoError(t, err, tt.yaml)
		var got []string
		for _, f := range g.Check(s) {
			got = append(got, f.String())
		}
		require.Equal(t, tt.fail, got, tt.yaml)
	}
	// An unlabelled batch cannot show it has no false approvals.
	unl, err := ReadDataset("testdata/unlabelled")
	require.NoError(t, err)
	g, err := ParseGate([]byte("false_approvals: 0\n"))
	require.NoError(t, err)
	require.Equal(t, []GateFailure{{Check: Check{Metric: "false_approvals", Op: "<=", Value: 0}}}, g.Check(Score(unl, validResults(), ScoreOptions{})))
	for _, bad := range []string{"macro_fl: 0.9\n", "accuracy: 'high'\n", "", "accuracy: [1]\n"} {
		_, err := ParseGate([]byte(bad))
		require.Error(t, err, bad)
		require.Equal(t, umassist.EINVALID, umassist.ErrorCode(err))
	}
}

func TestCompare(t *testing.T) {
	t.Parallel()
	ds, err := ReadDataset("testdata/valid")
	require.NoError(t, err)
	dirA, dirB := t.TempDir(), t.TempDir()
	a := validResults()
	require.NoError(t, WriteRun(dirA, ds, a, Score(ds, a, ScoreOptions{})))
	b := validResults()
	b[2].Recommendation = rec("refer")                      // now right
	b[0].Evidence = []string{"Observation/lvef-2026-01-20"} // dropped a citation
	require.NoError(t, WriteRun(dirB, ds, b, Score(ds, b, ScoreOptions{})))
	ra, err := ReadRun(dirA)
	require.NoError(t, err)
	rb, err := ReadRun(dirB)
	require.NoError(t, err)
	c := Compare(ra, rb)
	require.Len(t, c.Changes, 2)
	require.Equal(t, "bar-001", c.Changes[0].ID, "recommendation changes first")
	require.True(t, c.Changes[0].RecommendationChanged)
	require.Equal(t, CaseChange{ID: "icd-001", RecA: "approve", RecB: "approve", Removed: []string{"DocumentReference/cardiology-2026-02-11"}, CitationsChanged: true}, c.Changes[1])
	var acc MetricDelta
	for _, m := range c.Metrics {
		if m.Metric == "accuracy" {
			acc = m
		}
	}
	require.InDelta(t, 1.0/3, *acc.Delta(), 1e-9)
	require.NotNil(t, acc.CIA)
	var txt strings.Builder
	require.NoError(t, c.WriteText(&txt))
	require.Contains(t, txt.String(), "+0.3333")
	require.Contains(t, txt.String(), "-DocumentReference/cardiology-2026-02-11")
	require.Contains(t, txt.String(), "false approvals fixed in B: bar-001")
	require.NotContains(t, txt.String(), "new false approvals")
	require.Equal(t, "false_approvals", c.Metrics[0].Metric, "the safety number leads")
	require.InDelta(t, -1, *c.Metrics[0].Delta(), 1e-9)
	back := Compare(rb, ra)
	require.Equal(t, []string{"bar-001"}, back.NewFalseApprovals)
	txt.Reset()
	require.NoError(t, back.WriteText(&txt))
	require.Contains(t, txt.String(), "new false approvals in B: bar-001")
	html, err := c.HTML()
	require.NoError(t, err)
	require.Contains(t, string(html), "bar-001")
	require.Contains(t, string(html), `<td class="num up">&#43;0.3333</td>`, "a better accuracy is green")
	require.Contains(t, string(html), `<td class="num up">-0.2000</td>`, "a lower ECE is better")
	require.Contains(t, string(html), `<td>errors</td><td class="num">1</td>`, "counts print whole")
	require.Contains(t, string(html), `<tr><td>false_approvals</td><td class="num">1</td><td class="num"></td><td class="num">0</td><td class="num"></td><td class="num up">-1.0000</td>`, "fewer false approvals is better")
	require.Contains(t, string(html), "False approvals fixed in B:</b> bar-001")
	require.NotContains(t, string(html), "<script")
}

func TestDefaultPrices(t *testing.T) {
	t.Parallel()
	p := DefaultPrices()
	require.Zero(t, p.Cost("offline", umassist.Tokens{Prompt: 1e6}))
	require.InDelta(t, 2.5, p.Cost("openai:gpt-4o", umassist.Tokens{Prompt: 1e6}), 1e-9)
	require.InDelta(t, 0.6, p.Cost("langchain:openai:gpt-4o-mini", umassist.Tokens{Completion: 1e6}), 1e-9)
	_, err := parsePrices([]byte("x: {prompt: -1, completion: 0}\n"))
	require.Error(t, err)
	_, err = parsePrices([]byte("x: {prompt: 1, completoin: 0}\n"))
	require.Error(t, err, "a typo is an error")
}

func TestCache(t *testing.T) {
	t.Parallel()
	c, err := NewCache(t.TempDir())
	require.NoError(t, err)
	k1, err := CacheKey("m", []string{"hi"}, 0)
	require.NoError(t, err)
	k2, err := CacheKey("m", []string{"hi"}, 1)
	require.NoError(t, err)
	require.NotEqual(t, k1, k2, "the repeat index is part of the key")
	var v string
	ok, err := c.Get(k1, &v)
	require.NoError(t, err)
	require.False(t, ok)
	require.NoError(t, c.Put(k1, "answer"))
	ok, err = c.Get(k1, &v)
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, "answer", v)
	require.Equal(t, CacheStats{Hits: 1, Misses: 1, Writes: 1}, c.Stats())
}

func TestReportFalseApprovals(t *testing.T) {
	t.Parallel()
	ds, err := ReadDataset("testdata/valid")
	require.NoError(t, err)
	unl, err := ReadDataset("testdata/unlabelled")
	require.NoError(t, err)
	fixed := validResults()
	fixed[2].Recommendation = rec("refer")
	tests := []struct {
		name    string
		ds      *Dataset
		results []Result
		want    []string
		notWant []string
	}{
		{"one false approval is named and linked", ds, validResults(),
			[]string{`<b class="bad">1</b><span>false approvals</span>`, `<b class="bad">1 false approval</b>`,
				`<li><a href="#case-bar-001">bar-001</a>: gold refer, draft approve (Cigna 0051)`, `<span class="pill error">false approval</span>`},
			[]string{"No false approvals"}},
		{"none", ds, fixed,
			[]string{`<b class="good">0</b><span>false approvals</span>`, "No false approvals"},
			[]string{`<span class="pill error">false approval</span>`}},
		{"unlabelled: not measured", unl, validResults(),
			[]string{`<b>—</b><span>false approvals</span>`, "Not measured"},
			[]string{"No false approvals", `<span class="pill error">false approval</span>`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			html, err := RenderReport(tt.ds, tt.results, Score(tt.ds, tt.results, ScoreOptions{}))
			require.NoError(t, err)
			safety := strings.Index(string(html), "Safety: false approvals")
			require.Positive(t, safety)
			require.Less(t, safety, strings.Index(string(html), "<h2>Metrics</h2>"), "the safety number comes before every other metric")
			for _, w := range tt.want {
				require.Contains(t, string(html), w)
			}
			for _, w := range tt.notWant {
				require.NotContains(t, string(html), w)
			}
		})
	}
}
