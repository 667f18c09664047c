package main

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/urfave/cli/v3"

	"github.com/umassist/umassist/ops"
)

// reportCommand computes regulatory reports.
func (a *app) reportCommand() *cli.Command {
	return &cli.Command{
		Name:  "report",
		Usage: "regulatory reports (CMS-0057-F)",
		Commands: []*cli.Command{{
			Name:  "cms-0057f",
			Usage: "the prior-authorization metrics CMS-0057-F requires payers to publish, for one calendar year",
			Description: "Percent of requests approved, denied, approved after appeal, and approved with an extended\n" +
				"timeframe; average and median decision time for standard and expedited requests. The JSON carries\n" +
				"the definition of every figure.",
			Flags: []cli.Flag{
				&cli.IntFlag{Name: "year", Usage: "calendar year (UTC), default this year"},
				&cli.StringFlag{Name: "format", Value: "json", Usage: "json or csv"},
				&cli.StringFlag{Name: "client", Usage: "one client's requests (umassist clients list); default every client"},
			},
			Action: func(ctx context.Context, cmd *cli.Command) error {
				year := int(cmd.Int("year"))
				if year == 0 {
					year = time.Now().UTC().Year()
				}
				format := cmd.String("format")
				if format != "json" && format != "csv" {
					return usageError{fmt.Errorf("report: --format must be json or csv, not %q", format)}
				}
				pool, err := a.db(ctx, cmd)
				if err != nil {
					return err
				}
				r, err := ops.CMS0057FReport(ctx, pool, year, cmd.String("client"), time.Now())
				if err != nil {
					return err
				}
				if format == "csv" {
					return r.WriteCSV(a.stdout)
				}
				enc := json.NewEncoder(a.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(r)
			},
		}},
	}
}
