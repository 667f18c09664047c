package main

import (
	"context"
	"fmt"

	"github.com/urfave/cli/v3"
)

// fhirCommand is a placeholder until its capability lands; it keeps the CLI's
// shape stable so each capability replaces only its own file.
func (a *app) fhirCommand() *cli.Command {
	return &cli.Command{
		Name:  "fhir",
		Usage: "load, generate and inspect FHIR R4 data",
		Action: func(ctx context.Context, cmd *cli.Command) error {
			return fmt.Errorf("fhir: not available in this build yet")
		},
	}
}
