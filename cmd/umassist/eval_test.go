package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/urfave/cli/v3"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/evals"
	"github.com/umassist/umassist/postgres/pgtest"
)

const validDataset = "../../evals/testdata/valid"

// fakePipeline recommends rec for every case, citing the gold policy and
// evidence.
func fakePipeline(t *testing.T, rec umassist.Recommendation) *app {
	t.Helper()
	return fakePipelineFunc(t, func(evals.Case) umassist.Recommendation { return rec })
}

// fakePipelineFunc is fakePipeline with the recommendation chosen per case.
func fakePipelineFunc(t *testing.T, recommend func(evals.Case) umassist.Recommendation) *app {
	t.Helper()
	return &app{newEvalPipeline: func(ctx context.Context, cmd *cli.Command, spec modelSpec, cache *evals.Cache) (*evalPipeline, error) {
		return &evalPipeline{Drafter: evals.DrafterFunc(func(ctx context.Context, c evals.Case, ns string) (*evals.Output, error) {
			d := &umassist.Draft{Recommendation: recommend(c), Confidence: 0.8}
			if c.Gold != nil {
				d.Policy = c.Gold.Policy
				d.Evidence = c.Gold.Evidence
			}
			return &evals.Output{Draft: d}, nil
		})}, nil
	}}
}

func TestEvalValidate(t *testing.T) {
	code, stdout, stderr := runCLI(t, nil, "eval", "validate", validDataset)
	require.Equal(t, exitOK, code, stderr)
	require.Contains(t, stdout, "4 cases (3 labelled)")
	code, _, stderr = runCLI(t, nil, "eval", "validate", "../../evals/testdata/invalid/urgency")
	require.Equal(t, exitUsage, code)
	require.Contains(t, stderr, `cases.jsonl:3: request.urgency: must be standard or expedited`)
}

func TestEvalRunGateAndCompare(t *testing.T) {
	dir := t.TempDir()
	gate := filepath.Join(dir, "gate.yaml")
	require.NoError(t, os.WriteFile(gate, []byte("denials: 0\nerrors: 0\nmacro_f1: \">= 0.90\"\n"), 0o644))

	a := fakePipeline(t, umassist.RecommendApprove)
	runA := filepath.Join(dir, "a")
	code, stdout, stderr := runApp(t, a, "eval", "run", "--dataset", validDataset, "--out", runA, "--gate", gate, "--run-id", "cli-a")
	require.Equal(t, exitGate, code, "approving everything misses the macro F1 gate: %s", stderr)
	require.Contains(t, stderr, "gate FAILED: macro_f1 = ")
	require.NotContains(t, stderr, "gate FAILED: denials")
	require.Contains(t, stdout, "cases 4")
	require.FileExists(t, filepath.Join(runA, "report.html"))

	a = fakePipeline(t, umassist.RecommendRefer)
	runB := filepath.Join(dir, "b")
	code, _, stderr = runApp(t, a, "eval", "run", "--dataset", validDataset, "--out", runB, "--quiet", "--repeats", "2")
	require.Equal(t, exitOK, code, stderr)

	html := filepath.Join(dir, "cmp.html")
	code, stdout, stderr = runCLI(t, nil, "eval", "compare", runA, runB, "--out", html)
	require.Equal(t, exitOK, code, stderr)
	require.Contains(t, stdout, "accuracy")
	require.Contains(t, stdout, "icd-001")
	require.FileExists(t, html)

	code, _, stderr = runCLI(t, nil, "eval", "check", "--gate", gate, runB)
	require.Equal(t, exitGate, code)
	require.Contains(t, stderr, "gate FAILED")
}

// TestEvalFalseApprovalsGate: one false approval fails `false_approvals: 0`
// with exit 3 and names the case, in run and in check; a run without one
// passes the same gate.
func TestEvalFalseApprovalsGate(t *testing.T) {
	dir := t.TempDir()
	gate := filepath.Join(dir, "gate.yaml")
	require.NoError(t, os.WriteFile(gate, []byte("false_approvals: 0\n"), 0o644))
	goldBut := func(id string, rec umassist.Recommendation) func(evals.Case) umassist.Recommendation {
		return func(c evals.Case) umassist.Recommendation {
			if c.ID == id || c.Gold == nil {
				return rec
			}
			return c.Gold.Recommendation
		}
	}
	tests := []struct {
		name   string
		draft  func(evals.Case) umassist.Recommendation
		code   int
		stdout string
		stderr []string
	}{
		{"gold refer drafted approve", goldBut("bar-001", umassist.RecommendApprove), exitGate,
			"false approvals 1 (50.0% of gold refer/request_info): bar-001",
			[]string{"gate FAILED: false_approvals = 1, want <= 0", "falsely approved: bar-001"}},
		{"gold everywhere; the unlabelled case approved", goldBut("", umassist.RecommendApprove), exitOK,
			"false approvals 0 (0.0% of gold refer/request_info)", nil},
		{"over-cautious is not a false approval", goldBut("icd-001", umassist.RecommendRefer), exitOK,
			"false approvals 0", nil},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := fakePipelineFunc(t, tt.draft)
			out := filepath.Join(dir, fmt.Sprint(i))
			code, stdout, stderr := runApp(t, a, "eval", "run", "--dataset", validDataset, "--out", out, "--gate", gate, "--quiet", "--run-id", fmt.Sprintf("fa-%d", i))
			require.Equal(t, tt.code, code, "stderr:\n%s", stderr)
			require.Contains(t, stdout, tt.stdout)
			for _, w := range tt.stderr {
				require.Contains(t, stderr, w)
			}
			code, _, stderr = runCLI(t, nil, "eval", "check", "--gate", gate, out)
			require.Equal(t, tt.code, code, "eval check agrees with eval run: %s", stderr)
			for _, w := range tt.stderr {
				require.Contains(t, stderr, w)
			}
		})
	}
}

func TestEvalRunUsage(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"eval", "run", "--dataset", validDataset, "--out", "x", "--model", "gpt"}, "--model"},
		{[]string{"eval", "run", "--dataset", validDataset, "--out", "x", "--repeats", "0"}, "--repeats"},
		{[]string{"eval", "run", "--dataset", "../../evals/testdata/invalid/deny-gold", "--out", "x"}, "gold.recommendation"},
		{[]string{"eval", "compare", "onlyone"}, "RUN_A RUN_B"},
		{[]string{"eval", "export-reviews", "--since", "yesterday", "--out", "x"}, "--since"},
	}
	for _, tt := range tests {
		code, _, stderr := runCLI(t, nil, tt.args...)
		require.Equal(t, exitUsage, code, "%v: %s", tt.args, stderr)
		require.Contains(t, stderr, tt.want)
	}
}

func TestParseModelSpec(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]modelSpec{
		"offline":                   {Kind: "offline"},
		"openai:gpt-4o-mini":        {Kind: "openai", Model: "gpt-4o-mini"},
		"langchain:ollama:llama3.1": {Kind: "langchain", Provider: "ollama", Model: "llama3.1"},
	} {
		got, err := parseModelSpec(in)
		require.NoError(t, err)
		require.Equal(t, want, got)
		require.Equal(t, in, got.String())
	}
	for _, bad := range []string{"", "openai", "openai:", "langchain:x", "foo:bar"} {
		_, err := parseModelSpec(bad)
		require.Error(t, err, bad)
	}
}

func TestEvalExportReviewsWiring(t *testing.T) {
	url := pgtest.WithDatabase(pgtest.URL(t), pgtest.NewDatabase(t))
	out := filepath.Join(t.TempDir(), "reviewed")
	code, stdout, stderr := runCLI(t, map[string]string{"DATABASE_URL": url}, "eval", "export-reviews", "--since", "2026-01-01", "--out", out)
	require.Equal(t, exitOK, code, stderr)
	require.Contains(t, stdout, "exported 0 cases")
	require.FileExists(t, filepath.Join(out, "cases.jsonl"))
}
