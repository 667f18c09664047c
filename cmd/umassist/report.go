package main

import (
	"context"
	"fmt"

	"github.com/urfave/cli/v3"
)

// reportCommand is a placeholder until its capability lands; it keeps the CLI's
// shape stable so each capability replaces only its own file.
func (a *app) reportCommand() *cli.Command {
	return &cli.Command{
		Name:  "report",
		Usage: "regulatory reports (CMS-0057-F)",
		Action: func(ctx context.Context, cmd *cli.Command) error {
			return fmt.Errorf("report: not available in this build yet")
		},
	}
}
