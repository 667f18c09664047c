package main

import (
	"context"
	"fmt"

	"github.com/urfave/cli/v3"
)

// reviewCommand is a placeholder until its capability lands; it keeps the CLI's
// shape stable so each capability replaces only its own file.
func (a *app) reviewCommand() *cli.Command {
	return &cli.Command{
		Name:  "review",
		Usage: "draft one case from the command line",
		Action: func(ctx context.Context, cmd *cli.Command) error {
			return fmt.Errorf("review: not available in this build yet")
		},
	}
}
