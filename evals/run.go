package evals

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/umassist/umassist"
)

// Drafter drafts one case: in production the agent loop with its tools,
// retrieval and verifier, reading the patient from namespace ns.
type Drafter interface {
	Draft(ctx context.Context, c Case, ns string) (*Output, error)
}

// Loader puts a dataset's patients (and policies/) into an isolated
// namespace; cleanup removes them.
type Loader interface {
	LoadDataset(ctx context.Context, ns string, ds *Dataset) (cleanup func(context.Context) error, err error)
}

// DrafterFunc adapts a function to Drafter (fakes and benchmarks).
type DrafterFunc func(ctx context.Context, c Case, ns string) (*Output, error)

func (f DrafterFunc) Draft(ctx context.Context, c Case, ns string) (*Output, error) {
	return f(ctx, c, ns)
}

// LoaderFunc adapts a function to Loader.
type LoaderFunc func(ctx context.Context, ns string, ds *Dataset) (func(context.Context) error, error)

func (f LoaderFunc) LoadDataset(ctx context.Context, ns string, ds *Dataset) (func(context.Context) error, error) {
	return f(ctx, ns, ds)
}

var (
	_ Drafter = DrafterFunc(nil)
	_ Loader  = LoaderFunc(nil)
)

// Output is what drafting a case produced.
type Output struct {
	Draft *umassist.Draft
	// Trace is the agent's run trace (steps, tool calls, model calls).
	Trace      json.RawMessage
	ToolCalls  int
	ModelCalls int
}

type repeatKey struct{}

// WithRepeat tells the model-call cache which repeat a call belongs to, so
// repeats sample the model afresh instead of replaying repeat 0.
func WithRepeat(ctx context.Context, i int) context.Context {
	return context.WithValue(ctx, repeatKey{}, i)
}

// RepeatFrom returns the repeat index set by WithRepeat (0 if none).
func RepeatFrom(ctx context.Context) int {
	i, _ := ctx.Value(repeatKey{}).(int)
	return i
}

// RunOptions configure a run.
type RunOptions struct {
	Out         string // results folder; "" writes nothing
	Repeats     int    // samples per case (default 1)
	Concurrency int    // cases in flight (default 1)
	Model       string
	// RunID names the namespace "eval-<RunID>"; "" picks a random one.
	RunID string
	// Progress receives the progress bar (stderr); nil shows none.
	Progress io.Writer
	Score    ScoreOptions
}

// RunResult is a finished run.
type RunResult struct {
	Namespace string
	Results   []Result
	Summary   *Summary
}

// NewRunID returns a short random run id.
func NewRunID() string {
	b := make([]byte, 5)
	_, _ = rand.Read(b)
	return time.Now().UTC().Format("20060102t150405") + "-" + hex.EncodeToString(b)
}

// Run drafts every case of ds (Repeats times each) in an isolated
// namespace, scores the run and, with Out set, writes results.jsonl,
// summary.json, report.html and the per-case drafts and traces. A case that
// fails is recorded as errored and the run goes on; only cancellation or a
// failure to load the dataset stops it.
func Run(ctx context.Context, ds *Dataset, d Drafter, l Loader, opt RunOptions) (res *RunResult, err error) {
	if opt.Repeats < 1 {
		opt.Repeats = 1
	}
	if opt.Concurrency < 1 {
		opt.Concurrency = 1
	}
	if opt.RunID == "" {
		opt.RunID = NewRunID()
	}
	ns := "eval-" + opt.RunID
	if l != nil {
		cleanup, err := l.LoadDataset(ctx, ns, ds)
		if err != nil {
			return nil, fmt.Errorf("evals: load dataset into %s: %w", ns, err)
		}
		defer func() {
			// The namespace goes even when the run was cancelled.
			cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Minute)
			defer cancel()
			if cerr := cleanup(cctx); cerr != nil && err == nil {
				err = fmt.Errorf("evals: clean namespace %s: %w", ns, cerr)
			}
		}()
	}
	n := len(ds.Cases)
	outs := make([][]*caseRun, n)
	for i := range outs {
		outs[i] = make([]*caseRun, opt.Repeats)
	}
	bar := newBar(opt.Progress, n*opt.Repeats, opt.Model)
	type job struct{ i, rep int }
	jobs := make(chan job)
	var wg sync.WaitGroup
	for range opt.Concurrency {
		wg.Go(func() {
			for j := range jobs {
				outs[j.i][j.rep] = draftOne(WithRepeat(ctx, j.rep), d, ds.Cases[j.i], ns)
				if bar != nil {
					_ = bar.Add(1)
				}
			}
		})
	}
feed:
	for rep := range opt.Repeats {
		for i := range n {
			select {
			case jobs <- job{i, rep}:
			case <-ctx.Done():
				break feed
			}
		}
	}
	close(jobs)
	wg.Wait()
	if bar != nil {
		_ = bar.Finish()
		fmt.Fprintln(opt.Progress)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("evals: run: %w", err)
	}
	results := make([]Result, n)
	names := caseFileNames(ds.Cases)
	for i, reps := range outs {
		r := reps[0].result
		if opt.Repeats > 1 {
			r.Repeats = make([]string, opt.Repeats)
			for k, cr := range reps {
				if cr.result.Recommendation != nil {
					r.Repeats[k] = string(*cr.result.Recommendation)
				}
			}
		}
		if opt.Out != "" {
			r.DraftFile = "cases/" + names[i] + ".draft.json"
			r.TraceFile = "cases/" + names[i] + ".trace.json"
		}
		results[i] = r
	}
	so := opt.Score
	so.Model = opt.Model
	if so.Prices == nil {
		so.Prices = DefaultPrices()
	}
	sum := Score(ds, results, so)
	sum.RunID, sum.Dataset = opt.RunID, ds.Dir
	res = &RunResult{Namespace: ns, Results: results, Summary: sum}
	if opt.Out != "" {
		if err := writeCaseFiles(opt.Out, ds, outs, results); err != nil {
			return nil, err
		}
		if err := WriteRun(opt.Out, ds, results, sum); err != nil {
			return nil, err
		}
	}
	return res, nil
}

type caseRun struct {
	result Result
	out    *Output
}

func draftOne(ctx context.Context, d Drafter, c Case, ns string) (cr *caseRun) {
	start := time.Now()
	defer func() {
		// A panicking drafter errors its case, not the run.
		if p := recover(); p != nil {
			cr = &caseRun{result: erroredResult(c.ID, fmt.Errorf("evals: drafter panicked: %v", p), time.Since(start).Milliseconds())}
		}
	}()
	out, err := d.Draft(ctx, c, ns)
	ms := time.Since(start).Milliseconds()
	if err == nil && (out == nil || out.Draft == nil) {
		err = errors.New("evals: drafter returned no draft")
	}
	if err == nil && !out.Draft.Recommendation.Valid() {
		err = fmt.Errorf("evals: draft recommendation %q: %w", out.Draft.Recommendation, umassist.ErrAIDenial)
	}
	if err != nil {
		r := erroredResult(c.ID, err, ms)
		if out != nil {
			r.ToolCalls, r.ModelCalls = out.ToolCalls, out.ModelCalls
		}
		return &caseRun{result: r, out: out}
	}
	r := resultFromDraft(c.ID, out.Draft)
	r.LatencyMS, r.ToolCalls, r.ModelCalls = ms, out.ToolCalls, out.ModelCalls
	return &caseRun{result: r, out: out}
}

func newBar(w io.Writer, total int, model string) *progressbar.ProgressBar {
	if w == nil {
		return nil
	}
	desc := "eval"
	if model != "" {
		desc = "eval " + model
	}
	return progressbar.NewOptions(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription(desc),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("cases"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSetWidth(30),
	)
}

var unsafeName = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

// caseFileNames gives each case a file-system-safe, unique name.
func caseFileNames(cases []Case) []string {
	out := make([]string, len(cases))
	seen := map[string]bool{}
	for i, c := range cases {
		n := strings.Trim(unsafeName.ReplaceAllString(c.ID, "_"), "._")
		if n == "" {
			n = "case"
		}
		if seen[strings.ToLower(n)] {
			n = fmt.Sprintf("%s-%d", n, i+1)
		}
		seen[strings.ToLower(n)] = true
		out[i] = n
	}
	return out
}

// writeCaseFiles writes each case's draft (the result, with every repeat)
// and trace, linked from the report.
func writeCaseFiles(out string, ds *Dataset, outs [][]*caseRun, results []Result) error {
	if err := os.MkdirAll(filepath.Join(out, "cases"), 0o755); err != nil {
		return fmt.Errorf("evals: %w", err)
	}
	for i, reps := range outs {
		c := ds.Cases[i]
		draft := map[string]any{"case": c, "result": results[i]}
		if reps[0].out != nil && reps[0].out.Draft != nil {
			draft["draft"] = reps[0].out.Draft
		}
		if len(reps) > 1 {
			rs := make([]Result, len(reps))
			for k, cr := range reps {
				rs[k] = cr.result
			}
			draft["repeats"] = rs
		}
		if err := writeJSON(filepath.Join(out, filepath.FromSlash(results[i].DraftFile)), draft); err != nil {
			return err
		}
		trace := json.RawMessage(`{}`)
		if reps[0].out != nil && len(reps[0].out.Trace) > 0 {
			trace = reps[0].out.Trace
		}
		if err := writeJSON(filepath.Join(out, filepath.FromSlash(results[i].TraceFile)), trace); err != nil {
			return err
		}
	}
	return nil
}

// WriteRun writes results.jsonl, summary.json and report.html.
func WriteRun(out string, ds *Dataset, results []Result, sum *Summary) error {
	if err := WriteResults(filepath.Join(out, "results.jsonl"), results); err != nil {
		return err
	}
	if err := writeJSON(filepath.Join(out, "summary.json"), sum); err != nil {
		return err
	}
	html, err := RenderReport(ds, results, sum)
	if err != nil {
		return err
	}
	return writeFile(filepath.Join(out, "report.html"), html)
}

// ReadSummary reads a run's summary.json.
func ReadSummary(path string) (*Summary, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("evals: summary: %w", err)
	}
	var s Summary
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, fmt.Errorf("evals: summary %s: %w", path, err)
	}
	return &s, nil
}
