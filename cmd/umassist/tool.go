package main

import (
	"context"
	"fmt"

	"github.com/urfave/cli/v3"
)

// toolCommand is a placeholder until its capability lands; it keeps the CLI's
// shape stable so each capability replaces only its own file.
func (a *app) toolCommand() *cli.Command {
	return &cli.Command{
		Name:  "tool",
		Usage: "run one agent tool for a patient, as of a date",
		Action: func(ctx context.Context, cmd *cli.Command) error {
			return fmt.Errorf("tool: not available in this build yet")
		},
	}
}
