package main

import (
	"context"
	"fmt"

	"github.com/urfave/cli/v3"
)

// evalCommand is a placeholder until its capability lands; it keeps the CLI's
// shape stable so each capability replaces only its own file.
func (a *app) evalCommand() *cli.Command {
	return &cli.Command{
		Name:  "eval",
		Usage: "run, compare and gate eval suites",
		Action: func(ctx context.Context, cmd *cli.Command) error {
			return fmt.Errorf("eval: not available in this build yet")
		},
	}
}
