package main

import (
	"context"
	"fmt"

	"github.com/urfave/cli/v3"
)

// demoCommand is a placeholder until its capability lands; it keeps the CLI's
// shape stable so each capability replaces only its own file.
func (a *app) demoCommand() *cli.Command {
	return &cli.Command{
		Name:  "demo",
		Usage: "load the demo data, draft the demo queue and serve the UI",
		Action: func(ctx context.Context, cmd *cli.Command) error {
			return fmt.Errorf("demo: not available in this build yet")
		},
	}
}
