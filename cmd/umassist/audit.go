package main

import (
	"context"
	"fmt"

	"github.com/urfave/cli/v3"
)

// auditCommand is a placeholder until its capability lands; it keeps the CLI's
// shape stable so each capability replaces only its own file.
func (a *app) auditCommand() *cli.Command {
	return &cli.Command{
		Name:  "audit",
		Usage: "export the audit log",
		Action: func(ctx context.Context, cmd *cli.Command) error {
			return fmt.Errorf("audit: not available in this build yet")
		},
	}
}
