package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v3"

	"github.com/umassist/umassist/criteria"
	"github.com/umassist/umassist/policies"
	"github.com/umassist/umassist/retrieval"
	"github.com/umassist/umassist/retrieval/policystore"
)

// importDir is the action of an import command: the folder argument, the
// importer with its progress bar, the import, the report.
func (a *app) importDir(label string, run func(*policies.Importer, context.Context, string) (*policies.Report, error)) cli.ActionFunc {
	return func(ctx context.Context, cmd *cli.Command) error {
		dir, err := oneArg(cmd, "DIR")
		if err != nil {
			return err
		}
		im, err := a.importer(ctx, cmd, label)
		if err != nil {
			return err
		}
		start := time.Now()
		rep, err := run(im, ctx, dir)
		if err != nil {
			return err
		}
		return a.printReport(rep, time.Since(start))
	}
}

// corpusPassages is the imported corpus's passage ids as a pack checks its
// citations against them, and how many there are (none: nil, and packs
// are checked for form only).
func (a *app) corpusPassages(ctx context.Context, cmd *cli.Command) (criteria.PassageSet, int, error) {
	_, store, err := a.policies(ctx, cmd)
	if err != nil {
		return nil, 0, err
	}
	ids, err := store.PassageIDs(ctx, "")
	if err != nil || len(ids) == 0 {
		return nil, 0, err
	}
	return criteria.PassageSetFunc(func(id string) bool { return ids[id] }), len(ids), nil
}

// policiesCommand imports, loads, searches and shows coverage policies.
func (a *app) policiesCommand() *cli.Command {
	return &cli.Command{
		Name:  "policies",
		Usage: "import, load and search coverage policies",
		Commands: []*cli.Command{
			{
				Name:      "import-mcd",
				Usage:     "import the CMS Medicare Coverage Database NCD export (ncd_trkg.csv and its reference tables)",
				ArgsUsage: "DIR",
				Action:    a.importDir("importing NCDs", (*policies.Importer).ImportMCD),
			},
			{
				Name:      "import-lcd",
				Usage:     "import Local Coverage Determinations kept as text (LCD_L*.md: title, id / version and effective date lines, then the determination)",
				ArgsUsage: "DIR",
				Action:    a.importDir("importing LCDs", (*policies.Importer).ImportLCDs),
			},
			{
				Name:      "load-docs",
				Usage:     "load payer policy documents (PDF, HTML, Markdown, text) listed in DIR/index.json",
				ArgsUsage: "DIR",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "namespace", Usage: "load into this namespace (eval runs); empty is the standard corpus"},
				},
				Action: func(ctx context.Context, cmd *cli.Command) error {
					dir, err := oneArg(cmd, "DIR")
					if err != nil {
						return err
					}
					im, err := a.importer(ctx, cmd, "loading documents")
					if err != nil {
						return err
					}
					start := time.Now()
					rep, err := im.LoadDocs(ctx, cmd.String("namespace"), dir)
					if err != nil {
						return err
					}
					return a.printReport(rep, time.Since(start))
				},
			},
			{
				Name:      "load",
				Usage:     "validate criteria packs in PACKDIR against the imported corpus",
				ArgsUsage: "PACKDIR",
				Action: func(ctx context.Context, cmd *cli.Command) error {
					dir, err := oneArg(cmd, "PACKDIR")
					if err != nil {
						return err
					}
					packs, loadErr := policies.LoadPackDir(dir)
					set, n, err := a.corpusPassages(ctx, cmd)
					if err != nil {
						return err
					}
					if n == 0 {
						fmt.Fprintln(a.stderr, "warning: no policies imported; passage references checked for form only (run policies import-mcd first)")
					}
					errs := []error{loadErr}
					for _, p := range packs {
						if err := p.Validate(set); err != nil {
							errs = append(errs, err)
							continue
						}
						fmt.Fprintf(a.stdout, "ok  %-24s %-10s %d criteria, %d passages\n", p.ID, p.Policy, len(p.Criteria), len(p.PassageIDs()))
					}
					if err := errors.Join(errs...); err != nil {
						return usageError{err}
					}
					return nil
				},
			},
			{
				Name:      "search",
				Usage:     "hybrid search over policy passages",
				ArgsUsage: "QUERY",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "as-of", Usage: "keep versions in force on this day (YYYY-MM-DD); default today"},
					&cli.StringFlag{Name: "payer", Usage: "keep this payer's policies"},
					&cli.IntFlag{Name: "k", Value: 5, Usage: "number of passages"},
					&cli.StringFlag{Name: "namespace", Usage: "search this namespace beside the standard corpus"},
					&cli.StringSliceFlag{Name: "policy", Usage: "keep only these policy ids (repeatable)"},
					&cli.StringFlag{Name: "mode", Value: "hybrid", Usage: "hybrid, fts or vector"},
					&cli.BoolFlag{Name: "json", Usage: "print hits as JSON"},
				},
				Action: func(ctx context.Context, cmd *cli.Command) error {
					q := strings.TrimSpace(strings.Join(cmd.Args().Slice(), " "))
					if q == "" {
						return usageError{fmt.Errorf("policies search: QUERY is required")}
					}
					f := retrieval.Filter{Payer: cmd.String("payer"), Namespace: cmd.String("namespace"), PolicyIDs: cmd.StringSlice("policy")}
					if s := cmd.String("as-of"); s != "" {
						d, err := time.Parse("2006-01-02", s)
						if err != nil {
							return usageError{fmt.Errorf("--as-of: want YYYY-MM-DD: %w", err)}
						}
						f.AsOf = d
					}
					mode := policystore.Hybrid
					switch cmd.String("mode") {
					case "hybrid":
					case "fts":
						mode = policystore.TextOnly
					case "vector":
						mode = policystore.VectorOnly
					default:
						return usageError{fmt.Errorf("--mode: want hybrid, fts or vector")}
					}
					_, store, err := a.policies(ctx, cmd)
					if err != nil {
						return err
					}
					hits, err := store.SearchMode(ctx, q, f, int(cmd.Int("k")), mode)
					if err != nil {
						return err
					}
					if cmd.Bool("json") {
						enc := json.NewEncoder(a.stdout)
						enc.SetIndent("", "  ")
						return enc.Encode(hits)
					}
					tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
					fmt.Fprintln(tw, "#\tSCORE\tFTS\tVEC\tPASSAGE\tVERSION\tSECTION\tTEXT")
					for i, h := range hits {
						fmt.Fprintf(tw, "%d\t%.4f\t%s\t%s\t%s\tv%s\t%s\t%s\n", i+1, h.Score, rank(h.TextRank), rank(h.VectorRank), h.PassageID, h.PolicyVersion, h.Section, snippet(h.Text, 80))
					}
					return tw.Flush()
				},
			},
			{
				Name:      "show",
				Usage:     "print a policy's passages, or one passage",
				ArgsUsage: "ID[#PASSAGE]",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "namespace", Usage: "look in this namespace first"},
				},
				Action: func(ctx context.Context, cmd *cli.Command) error {
					id := strings.TrimSpace(strings.Join(cmd.Args().Slice(), " "))
					if id == "" {
						return usageError{fmt.Errorf("policies show: ID is required (\"NCD 20.4\" or \"NCD 20.4#B3\")")}
					}
					_, store, err := a.policies(ctx, cmd)
					if err != nil {
						return err
					}
					var hits []retrieval.Hit
					if strings.Contains(id, "#") {
						h, err := store.Passage(ctx, cmd.String("namespace"), id)
						if err != nil {
							return err
						}
						hits = []retrieval.Hit{*h}
					} else if hits, err = store.PolicyPassages(ctx, cmd.String("namespace"), id); err != nil {
						return err
					}
					h0 := hits[0]
					fmt.Fprintf(a.stdout, "%s version %s — %s (%s)\n", h0.PolicyID, h0.PolicyVersion, h0.PolicyTitle, h0.Payer)
					if !h0.Effective.IsZero() {
						fmt.Fprintf(a.stdout, "effective %s", h0.Effective.Format("2006-01-02"))
						if !h0.Terminated.IsZero() {
							fmt.Fprintf(a.stdout, ", terminated %s", h0.Terminated.Format("2006-01-02"))
						}
						fmt.Fprintln(a.stdout)
					}
					for _, h := range hits {
						fmt.Fprintf(a.stdout, "\n[%s] %s\n%s\n", h.PassageID, h.Section, h.Text)
					}
					return nil
				},
			},
		},
	}
}

func (a *app) importer(ctx context.Context, cmd *cli.Command, what string) (*policies.Importer, error) {
	pool, err := a.db(ctx, cmd)
	if err != nil {
		return nil, err
	}
	var bar *progressbar.ProgressBar
	out := a.progressOut()
	store, err := policyStore(pool)
	if err != nil {
		return nil, err
	}
	return &policies.Importer{
		Store: store,
		Progress: func(done, total int) {
			if bar == nil {
				bar = progressbar.NewOptions(total,
					progressbar.OptionSetWriter(out),
					progressbar.OptionSetDescription(what),
					progressbar.OptionShowCount(),
					progressbar.OptionThrottle(100*time.Millisecond),
					progressbar.OptionOnCompletion(func() { fmt.Fprintln(out) }))
			}
			_ = bar.Set(done)
		},
	}, nil
}

func (a *app) printReport(rep *policies.Report, took time.Duration) error {
	fmt.Fprintf(a.stdout, "policies %d: stored %d, unchanged %d, failed %d; passages %d (embedded %d, cached %d) in %s\n",
		rep.Policies, rep.Stored, rep.Unchanged, rep.Failed, rep.Passages, rep.Embedded, rep.Cached, took.Round(time.Millisecond))
	for _, e := range rep.Errors {
		fmt.Fprintf(a.stderr, "error: %v\n", e)
	}
	if rep.Failed > 0 {
		return gateError{fmt.Errorf("policies: %d of %d failed", rep.Failed, rep.Policies)}
	}
	return nil
}

func oneArg(cmd *cli.Command, name string) (string, error) {
	if cmd.Args().Len() != 1 {
		return "", usageError{fmt.Errorf("%s: want exactly one %s", cmd.Name, name)}
	}
	return cmd.Args().First(), nil
}

func rank(r int) string {
	if r == 0 {
		return "-"
	}
	return fmt.Sprint(r)
}

func snippet(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
