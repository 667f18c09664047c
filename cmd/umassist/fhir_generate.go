package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v3"

	"github.com/umassist/umassist/fhir/synthetic"
)

// fhirGenerateCommand writes the generated demo patients: one bundle per
// patient plus a manifest, or with --dataset a whole SPEC eval dataset.
func (a *app) fhirGenerateCommand() *cli.Command {
	return &cli.Command{
		Name:  "generate",
		Usage: "write deterministic demo patients as FHIR R4 bundles",
		Description: "Scenarios: " + strings.Join(scenarioNames(), ", ") + ".\n" +
			"Without --dataset, writes DIR/<patient>.json and DIR/manifest.json; with --dataset, a SPEC\n" +
			"dataset (cases.jsonl, patients/, README.md) that `umassist eval run --dataset DIR` reads.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "out", Usage: "folder to write into (created if missing)", Required: true},
			&cli.Uint64Flag{Name: "seed", Usage: "generator seed; the same seed gives the same bytes", Value: synthetic.DefaultSeed},
			&cli.StringFlag{Name: "scenario", Usage: "only this scenario (" + strings.Join(scenarioNames(), ", ") + ")"},
			&cli.StringFlag{Name: "variant", Usage: "only this variant of --scenario"},
			&cli.BoolFlag{Name: "dataset", Usage: "write a SPEC eval dataset folder instead of bundles + manifest"},
		},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			cases, err := selectCases(cmd.String("scenario"), cmd.String("variant"), cmd.Uint64("seed"))
			if err != nil {
				return usageError{err}
			}
			out := cmd.String("out")
			if cmd.Bool("dataset") {
				err = synthetic.WriteDataset(out, cases)
			} else {
				err = synthetic.WriteBundles(out, cases)
			}
			if err != nil {
				return fmt.Errorf("fhir generate: %w", err)
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 2, 2, ' ', 0)
			fmt.Fprintln(tw, "CASE\tPOLICY\tGOLD\tREQUEST DATE\tBYTES")
			for _, c := range cases {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\n", c.ID, c.Gold.Policy, c.Gold.Recommendation, c.Request.Date, len(c.Bundle))
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "wrote %d patients to %s\n", len(cases), out)
			return nil
		},
	}
}

func scenarioNames() []string {
	var names []string
	for _, s := range synthetic.Scenarios() {
		names = append(names, s.Name)
	}
	return names
}

func selectCases(scenario, variant string, seed uint64) ([]synthetic.Case, error) {
	if variant != "" {
		if scenario == "" {
			return nil, errors.New("--variant needs --scenario")
		}
		c, err := synthetic.Generate(scenario, variant, seed)
		if err != nil {
			return nil, err
		}
		return []synthetic.Case{c}, nil
	}
	if scenario != "" && !slices.Contains(scenarioNames(), scenario) {
		return nil, fmt.Errorf("unknown scenario %q (have %s)", scenario, strings.Join(scenarioNames(), ", "))
	}
	all, err := synthetic.All(seed)
	if err != nil {
		return nil, err
	}
	return synthetic.Filter(all, scenario), nil
}
