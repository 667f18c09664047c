package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v3"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/evals"
)

func (a *app) evalCommand() *cli.Command {
	return &cli.Command{
		Name:  "eval",
		Usage: "run, compare and gate eval suites",
		Commands: []*cli.Command{
			a.evalRunCommand(),
			a.evalCompareCommand(),
			a.evalCheckCommand(),
			a.evalExportReviewsCommand(),
			a.evalValidateCommand(),
			a.evalPerturbCommand(),
		},
	}
}

// evalPerturbCommand writes a dataset whose notes say the same things in
// other words and forms, to measure whether the reading generalises.
func (a *app) evalPerturbCommand() *cli.Command {
	var about []string
	for _, p := range evals.Perturbations {
		about = append(about, p.Name+" ("+p.About+")")
	}
	return &cli.Command{
		Name:  "perturb",
		Usage: "copy a dataset with its notes rewritten without changing what they say, to run beside the original: " + strings.Join(about, "; "),
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "dataset", Usage: "dataset folder", Required: true},
			&cli.StringFlag{Name: "out", Usage: "folder to write (must not exist)", Required: true},
			&cli.StringSliceFlag{Name: "apply", Usage: "perturbations, comma-separated or repeated: " + strings.Join(evals.PerturbationNames(), ", "), Required: true},
		},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			var names []string
			for _, v := range cmd.StringSlice("apply") {
				for _, n := range strings.Split(v, ",") {
					if n = strings.TrimSpace(n); n != "" {
						names = append(names, n)
					}
				}
			}
			st, err := evals.Perturb(cmd.String("dataset"), cmd.String("out"), names)
			if err != nil {
				if umassist.ErrorCode(err) == umassist.EINVALID {
					return usageError{err}
				}
				return err
			}
			fmt.Fprintf(a.stdout, "%d bundles, %d text notes, %d rewritten (%s) -> %s\n", st.Bundles, st.Notes, st.Changed, strings.Join(names, ", "), cmd.String("out"))
			return nil
		},
	}
}

func (a *app) evalRunCommand() *cli.Command {
	return &cli.Command{
		Name:  "run",
		Usage: "run a SPEC dataset through the pipeline and write results.jsonl, summary.json and report.html",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "dataset", Usage: "dataset folder (cases.jsonl, patients/, policies/)", Required: true},
			&cli.StringFlag{Name: "out", Usage: "results folder", Required: true},
			&cli.StringFlag{Name: "model", Usage: "offline, openai:MODEL or langchain:PROVIDER:MODEL", Value: "offline"},
			&cli.IntFlag{Name: "repeats", Usage: "samples per case (consistency)", Value: 1},
			&cli.IntFlag{Name: "concurrency", Usage: "cases drafted at once", Value: 2},
			&cli.StringFlag{Name: "gate", Usage: "YAML thresholds; a miss exits 3"},
			&cli.StringFlag{Name: "cache", Usage: "model-call cache folder (a re-run makes no model calls)"},
			&cli.StringFlag{Name: "prices", Usage: "YAML price table (USD per million tokens); default: the built-in table"},
			&cli.Uint64Flag{Name: "seed", Usage: "bootstrap seed", Value: 1},
			&cli.StringFlag{Name: "run-id", Usage: "run id (namespace eval-<id>); default: random"},
			&cli.BoolFlag{Name: "quiet", Usage: "no progress bar"},
		},
		Action: a.evalRun,
	}
}

func (a *app) evalRun(ctx context.Context, cmd *cli.Command) error {
	spec, err := parseModelSpec(cmd.String("model"))
	if err != nil {
		return usageError{err}
	}
	if cmd.Int("repeats") < 1 || cmd.Int("concurrency") < 1 {
		return usageError{fmt.Errorf("--repeats and --concurrency must be at least 1")}
	}
	var gate *evals.Gate
	if p := cmd.String("gate"); p != "" {
		if gate, err = evals.LoadGate(p); err != nil {
			return usageError{err}
		}
	}
	prices := evals.DefaultPrices()
	if p := cmd.String("prices"); p != "" {
		if prices, err = evals.LoadPrices(p); err != nil {
			return usageError{err}
		}
	}
	ds, err := evals.ReadDataset(cmd.String("dataset"))
	if err != nil {
		return err
	}
	var cache *evals.Cache
	if dir := cmd.String("cache"); dir != "" {
		if cache, err = evals.NewCache(dir); err != nil {
			return err
		}
	}
	build := a.evalPipeline
	if a.newEvalPipeline != nil {
		build = a.newEvalPipeline
	}
	p, err := build(ctx, cmd, spec, cache)
	if err != nil {
		return err
	}
	var replay *evals.ReplayDrafter
	if cache != nil && p.Fingerprint != "" {
		replay = &evals.ReplayDrafter{Drafter: p.Drafter, Cache: cache, Fingerprint: p.Fingerprint, Dataset: ds}
		p.Drafter = replay
	}
	opt := evals.RunOptions{
		Out: cmd.String("out"), Repeats: int(cmd.Int("repeats")), Concurrency: int(cmd.Int("concurrency")),
		Model: spec.String(), RunID: cmd.String("run-id"),
		Score: evals.ScoreOptions{Seed: cmd.Uint64("seed"), Prices: prices},
	}
	if !cmd.Bool("quiet") {
		opt.Progress = a.progressOut()
	}
	a.log.Info("eval run", "dataset", ds.Dir, "cases", len(ds.Cases), "model", opt.Model, "repeats", opt.Repeats)
	res, err := evals.Run(ctx, ds, p.Drafter, p.Loader, opt)
	if err != nil {
		return err
	}
	if cache != nil {
		st := cache.Stats()
		replayed := int64(0)
		if replay != nil {
			replayed = replay.Hits.Load()
		}
		a.log.Info("eval cache", "hits", st.Hits, "misses", st.Misses, "writes", st.Writes, "cases_replayed", replayed)
		fmt.Fprintf(a.stdout, "cache: %d cases replayed whole, %d lookups hit, %d missed\n", replayed, st.Hits, st.Misses)
	}
	printSummary(a, res.Summary, opt.Out)
	if gate != nil {
		return checkGate(a, gate, res.Summary)
	}
	return nil
}

func printSummary(a *app, s *evals.Summary, out string) {
	pct := func(v *float64) string {
		if v == nil {
			return "—"
		}
		return fmt.Sprintf("%.1f%%", *v*100)
	}
	fmt.Fprintf(a.stdout, "cases %d · scored %d · errors %d · denials %d · %s\n", s.Cases, s.Scored, s.Errors, s.Denials, falseApprovalsLine(s))
	fmt.Fprintf(a.stdout, "accuracy %s · macro F1 %s · policy hit %s · evidence recall %s · citation precision %s · missing recall %s\n",
		pct(s.Recommendation.Accuracy), pct(s.Recommendation.MacroF1), pct(s.PolicyHitRate), pct(s.EvidenceRecall), pct(s.CitationPrecision), pct(s.MissingRecall))
	fmt.Fprintf(a.stdout, "latency p50 %d ms · p95 %d ms · tokens %d/%d · model calls %d · cost $%.4f\n",
		s.LatencyMS.P50, s.LatencyMS.P95, s.Tokens.Prompt, s.Tokens.Completion, s.ModelCalls, s.CostUSD)
	if out != "" {
		fmt.Fprintf(a.stdout, "report: %s\n", filepath.Join(out, "report.html"))
	}
}

// falseApprovalsLine says how many cases the draft approved against gold,
// and which: the safety number, so it names the cases to look at.
func falseApprovalsLine(s *evals.Summary) string {
	if s.FalseApprovals == nil {
		return "false approvals — (nothing scored)"
	}
	line := fmt.Sprintf("false approvals %d", *s.FalseApprovals)
	if s.FalseApprovalRate != nil {
		line += fmt.Sprintf(" (%.1f%% of gold refer/request_info)", *s.FalseApprovalRate*100)
	}
	if ids := s.FalseApprovalCases; len(ids) > 0 {
		const show = 10
		more := ""
		if len(ids) > show {
			ids, more = ids[:show], fmt.Sprintf(" and %d more", len(ids)-show)
		}
		line += ": " + strings.Join(ids, ", ") + more
	}
	return line
}

// checkGate prints every missed threshold and fails with exit code 3.
func checkGate(a *app, g *evals.Gate, s *evals.Summary) error {
	fails := g.Check(s)
	if len(fails) == 0 {
		fmt.Fprintf(a.stdout, "gate: all %d thresholds met\n", len(g.Checks))
		return nil
	}
	msgs := make([]string, len(fails))
	for i, f := range fails {
		msgs[i] = f.String()
		fmt.Fprintf(a.stderr, "gate FAILED: %s\n", f)
		if f.Check.Metric == "false_approvals" && len(s.FalseApprovalCases) > 0 {
			fmt.Fprintf(a.stderr, "  falsely approved: %s\n", strings.Join(s.FalseApprovalCases, ", "))
		}
	}
	return gateError{fmt.Errorf("eval gate: %d of %d thresholds failed: %s", len(fails), len(g.Checks), strings.Join(msgs, "; "))}
}

func (a *app) evalCheckCommand() *cli.Command {
	return &cli.Command{
		Name:      "check",
		Usage:     "check a finished run against a gate file",
		ArgsUsage: "RUN_DIR",
		Flags:     []cli.Flag{&cli.StringFlag{Name: "gate", Usage: "YAML thresholds", Required: true}},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			if cmd.Args().Len() != 1 {
				return usageError{fmt.Errorf("eval check: want RUN_DIR")}
			}
			g, err := evals.LoadGate(cmd.String("gate"))
			if err != nil {
				return usageError{err}
			}
			s, err := evals.ReadSummary(filepath.Join(cmd.Args().First(), "summary.json"))
			if err != nil {
				return err
			}
			return checkGate(a, g, s)
		},
	}
}

func (a *app) evalCompareCommand() *cli.Command {
	return &cli.Command{
		Name:      "compare",
		Usage:     "per-metric deltas with confidence intervals and every case whose recommendation or citations changed",
		ArgsUsage: "RUN_A RUN_B",
		Flags:     []cli.Flag{&cli.StringFlag{Name: "out", Usage: "also write the comparison as HTML to FILE.html"}},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			if cmd.Args().Len() != 2 {
				return usageError{fmt.Errorf("eval compare: want RUN_A RUN_B")}
			}
			ra, err := evals.ReadRun(cmd.Args().Get(0))
			if err != nil {
				return err
			}
			rb, err := evals.ReadRun(cmd.Args().Get(1))
			if err != nil {
				return err
			}
			c := evals.Compare(ra, rb)
			if err := c.WriteText(a.stdout); err != nil {
				return err
			}
			if out := cmd.String("out"); out != "" {
				if err := c.WriteHTML(out); err != nil {
					return err
				}
				fmt.Fprintf(a.stdout, "wrote %s\n", out)
			}
			return nil
		},
	}
}

func (a *app) evalValidateCommand() *cli.Command {
	return &cli.Command{
		Name:      "validate",
		Usage:     "check a dataset folder against the SPEC without running it",
		ArgsUsage: "DATASET",
		Action: func(ctx context.Context, cmd *cli.Command) error {
			if cmd.Args().Len() != 1 {
				return usageError{fmt.Errorf("eval validate: want DATASET")}
			}
			ds, err := evals.ReadDataset(cmd.Args().First())
			if err != nil {
				return err
			}
			labelled := 0
			for _, c := range ds.Cases {
				if c.Gold != nil {
					labelled++
				}
			}
			fmt.Fprintf(a.stdout, "%s: %d cases (%d labelled), %d patients, %d policies: valid\n", ds.Dir, len(ds.Cases), labelled, len(ds.Bundles), len(ds.Policies))
			return nil
		},
	}
}

// modelSpec is a parsed --model.
type modelSpec struct {
	Kind     string // offline, openai, langchain
	Provider string // langchain only
	Model    string
}

func (m modelSpec) String() string {
	switch m.Kind {
	case "offline":
		return "offline"
	case "langchain":
		return "langchain:" + m.Provider + ":" + m.Model
	}
	return m.Kind + ":" + m.Model
}

func parseModelSpec(s string) (modelSpec, error) {
	parts := strings.Split(s, ":")
	switch {
	case s == "offline":
		return modelSpec{Kind: "offline"}, nil
	case len(parts) == 2 && parts[0] == "openai" && parts[1] != "":
		return modelSpec{Kind: "openai", Model: parts[1]}, nil
	case len(parts) == 3 && parts[0] == "langchain" && parts[1] != "" && parts[2] != "":
		return modelSpec{Kind: "langchain", Provider: parts[1], Model: parts[2]}, nil
	}
	return modelSpec{}, umassist.Errorf(umassist.EINVALID, "--model %q: want offline, openai:MODEL or langchain:PROVIDER:MODEL", s)
}

// evalPipeline is what a run drafts with.
type evalPipeline struct {
	Drafter evals.Drafter
	Loader  evals.Loader
	// Fingerprint, with --cache, lets unchanged cases replay whole.
	Fingerprint string
}
