package main

import (
	"context"
	"fmt"

	"github.com/urfave/cli/v3"
)

// workerCommand is a placeholder until its capability lands; it keeps the CLI's
// shape stable so each capability replaces only its own file.
func (a *app) workerCommand() *cli.Command {
	return &cli.Command{
		Name:  "worker",
		Usage: "run agent workers only",
		Action: func(ctx context.Context, cmd *cli.Command) error {
			return fmt.Errorf("worker: not available in this build yet")
		},
	}
}
