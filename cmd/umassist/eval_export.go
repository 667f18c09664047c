package main

import (
	"context"
	"fmt"
	"time"

	"github.com/urfave/cli/v3"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/evals"
	"github.com/umassist/umassist/fhir/fhirstore"
)

func (a *app) evalExportReviewsCommand() *cli.Command {
	return &cli.Command{
		Name:  "export-reviews",
		Usage: "turn reviewers' final decisions since DATE into a SPEC dataset (gold from the human decision)",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "since", Usage: "first day of decisions to export (YYYY-MM-DD)", Required: true},
			&cli.StringFlag{Name: "out", Usage: "dataset folder to write", Required: true},
			&cli.StringFlag{Name: "actor", Usage: "who exports, for the audit log", Value: "cli", Sources: cli.EnvVars("UMASSIST_ACTOR")},
		},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			since, err := umassist.ParseDate(cmd.String("since"))
			if err != nil {
				return usageError{fmt.Errorf("--since: %w", err)}
			}
			pool, err := a.db(ctx, cmd)
			if err != nil {
				return err
			}
			res, err := evals.ExportReviews(ctx, pool, evals.ExportOptions{
				Since: since.Time, Out: cmd.String("out"), Source: fhirstore.New(pool).Source,
				Actor: umassist.Actor{ID: cmd.String("actor"), Role: umassist.RoleMLEngineer},
			})
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "exported %d cases (%d approve, %d refer, %d request_info) and %d patients to %s since %s\n",
				res.Cases, res.ByGold[umassist.RecommendApprove], res.ByGold[umassist.RecommendRefer], res.ByGold[umassist.RecommendRequestInfo],
				res.Patients, cmd.String("out"), since.Time.Format(time.DateOnly))
			return nil
		},
	}
}
