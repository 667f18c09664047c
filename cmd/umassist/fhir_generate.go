package main

import (
	"context"
	"fmt"

	"github.com/urfave/cli/v3"
)

// fhirGenerateCommand is a placeholder until the demo-patient generator
// lands; fhir.go lists it among the fhir subcommands.
func (a *app) fhirGenerateCommand() *cli.Command {
	return &cli.Command{
		Name:  "generate",
		Usage: "write deterministic demo patients as FHIR R4 bundles",
		Action: func(ctx context.Context, cmd *cli.Command) error {
			return fmt.Errorf("fhir generate: not available in this build yet")
		},
	}
}
