package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v3"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/criteria"
	"github.com/umassist/umassist/tools"
)

// packsCommand drafts criteria packs from policy text for clinical
// editors.
func (a *app) packsCommand() *cli.Command {
	return &cli.Command{
		Name:  "packs",
		Usage: "criteria packs: list, show and validate them; draft one from a policy's text for a clinical editor",
		Commands: []*cli.Command{a.packsListCommand(), a.packsShowCommand(), a.packsValidateCommand(),
			{
				Name:      "draft",
				Usage:     "compile a draft pack from the text of a policy in the corpus (deterministic, offline); an editor adds the services and reviews it",
				ArgsUsage: "POLICY_ID",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "namespace", Usage: "look in this namespace first"},
					&cli.StringFlag{Name: "out", Usage: "write the draft to this file instead of stdout"},
				},
				Action: func(ctx context.Context, cmd *cli.Command) error {
					id := strings.TrimSpace(strings.Join(cmd.Args().Slice(), " "))
					if id == "" || strings.Contains(id, "#") {
						return usageError{fmt.Errorf("packs draft: POLICY_ID is required (\"NCD 20.8.3\")")}
					}
					pool, err := a.db(ctx, cmd)
					if err != nil {
						return err
					}
					store, err := policyStore(pool)
					if err != nil {
						return err
					}
					hits, err := store.PolicyPassages(ctx, cmd.String("namespace"), id)
					if err != nil {
						return err
					}
					src := criteria.PolicyText{ID: hits[0].PolicyID, Version: hits[0].PolicyVersion, Title: hits[0].PolicyTitle, Payer: hits[0].Payer}
					for _, h := range hits {
						src.Passages = append(src.Passages, criteria.SourcePassage{ID: h.PassageID, Section: h.Section, Text: h.Text})
					}
					pack := criteria.Compile(src)
					b, err := json.MarshalIndent(pack, "", "  ")
					if err != nil {
						return fmt.Errorf("packs draft: %w", err)
					}
					b = append(b, '\n')
					if out := cmd.String("out"); out != "" {
						if err := os.WriteFile(out, b, 0o644); err != nil {
							return fmt.Errorf("packs draft: %w", err)
						}
					} else if _, err := a.stdout.Write(b); err != nil {
						return fmt.Errorf("packs draft: %w", err)
					}
					hinted := 0
					for _, c := range pack.Criteria {
						if len(c.Evidence) > 0 {
							hinted++
						}
					}
					fmt.Fprintf(a.stderr, "draft %s: %d criteria (%d with machine-checkable hints, %d exclusions) from %d passages of %s version %s; unreviewed: add the services and review every criterion before publishing\n",
						pack.ID, len(pack.Criteria), hinted, len(pack.Logic.Exclusions), len(hits), src.ID, src.Version)
					return nil
				},
			},
		},
	}
}

// packsListCommand lists the reviewed packs built into this binary.
func (a *app) packsListCommand() *cli.Command {
	return &cli.Command{
		Name:  "list",
		Usage: "list the reviewed criteria packs in use",
		Action: func(ctx context.Context, cmd *cli.Command) error {
			packs, err := criteria.LoadPacks()
			if err != nil {
				return err
			}
			w := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(w, "ID\tPOLICY\tPAYER\tSERVICES\tCRITERIA\tEXCLUSIONS\tTITLE")
			for _, p := range packs {
				var svcs []string
				for _, s := range p.Services {
					svcs = append(svcs, s.Code)
				}
				policy := p.Policy
				if p.PolicyVersion != "" {
					policy += " v" + p.PolicyVersion
				}
				fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%d\t%d\t%s\n", p.ID, policy, p.Payer, strings.Join(svcs, ","), len(p.Criteria), len(p.Logic.Exclusions), p.Title)
			}
			return w.Flush()
		},
	}
}

// packsShowCommand prints one pack as JSON, found by its id or its policy.
func (a *app) packsShowCommand() *cli.Command {
	return &cli.Command{
		Name:      "show",
		Usage:     "print a pack as JSON (by pack id or policy id)",
		ArgsUsage: "PACK_OR_POLICY",
		Action: func(ctx context.Context, cmd *cli.Command) error {
			id := strings.TrimSpace(strings.Join(cmd.Args().Slice(), " "))
			if id == "" {
				return usageError{fmt.Errorf("packs show: give a pack id or a policy id")}
			}
			packs, err := criteria.LoadPacks()
			if err != nil {
				return err
			}
			for i := range packs {
				if packs[i].ID == id || tools.SamePolicy(packs[i].Policy, id) {
					b, err := json.MarshalIndent(packs[i], "", "  ")
					if err != nil {
						return fmt.Errorf("packs show: %w", err)
					}
					_, err = a.stdout.Write(append(b, '\n'))
					return err
				}
			}
			return umassist.Errorf(umassist.ENOTFOUND, "packs show: no pack %q (umassist packs list)", id)
		},
	}
}

// packsValidateCommand checks a pack file as the binary checks its own:
// structure, vocabulary, thresholds, and, with the corpus imported, that
// every passage it cites exists.
func (a *app) packsValidateCommand() *cli.Command {
	return &cli.Command{
		Name:      "validate",
		Usage:     "check a pack file (an edited draft): structure, vocabulary, thresholds, and its passages against the imported corpus",
		ArgsUsage: "FILE",
		Flags:     []cli.Flag{&cli.BoolFlag{Name: "no-corpus", Usage: "do not check passages against the database's corpus"}},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			path, err := oneArg(cmd, "FILE")
			if err != nil {
				return err
			}
			raw, err := os.ReadFile(path)
			if err != nil {
				return fmt.Errorf("packs validate: %w", err)
			}
			p, err := criteria.ParsePack(raw)
			if err != nil {
				return gateError{fmt.Errorf("packs validate: %s: %w", path, err)}
			}
			var corpus criteria.PassageSet
			checked := "not checked against a corpus"
			if !cmd.Bool("no-corpus") {
				set, n, err := a.corpusPassages(ctx, cmd)
				if err != nil {
					return err
				}
				if n > 0 {
					corpus, checked = set, fmt.Sprintf("passages checked against %d in the corpus", n)
				}
			}
			if err := p.Validate(corpus); err != nil {
				return gateError{fmt.Errorf("packs validate: %s: %w", path, err)}
			}
			fmt.Fprintf(a.stdout, "%s: pack %s for %s is valid (%d criteria; %s)\n", path, p.ID, p.Policy, len(p.Criteria), checked)
			return nil
		},
	}
}
