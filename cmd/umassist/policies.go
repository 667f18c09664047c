package main

import (
	"context"
	"fmt"

	"github.com/urfave/cli/v3"
)

// policiesCommand is a placeholder until its capability lands; it keeps the CLI's
// shape stable so each capability replaces only its own file.
func (a *app) policiesCommand() *cli.Command {
	return &cli.Command{
		Name:  "policies",
		Usage: "import, load and search coverage policies",
		Action: func(ctx context.Context, cmd *cli.Command) error {
			return fmt.Errorf("policies: not available in this build yet")
		},
	}
}
