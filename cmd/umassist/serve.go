package main

import (
	"context"
	"fmt"

	"github.com/urfave/cli/v3"
)

// serveCommand is a placeholder until its capability lands; it keeps the CLI's
// shape stable so each capability replaces only its own file.
func (a *app) serveCommand() *cli.Command {
	return &cli.Command{
		Name:  "serve",
		Usage: "run the API, the reviewer UI and the agent workers",
		Action: func(ctx context.Context, cmd *cli.Command) error {
			return fmt.Errorf("serve: not available in this build yet")
		},
	}
}
