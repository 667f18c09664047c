package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/urfave/cli/v3"

	"github.com/umassist/umassist/criteria"
)

// packsCommand drafts criteria packs from policy text for clinical
// editors.
func (a *app) packsCommand() *cli.Command {
	return &cli.Command{
		Name:  "packs",
		Usage: "criteria packs: draft one from a policy's text for a clinical editor",
		Commands: []*cli.Command{
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
