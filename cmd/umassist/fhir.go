package main

import (
	"github.com/urfave/cli/v3"
)

// fhirCommand is a placeholder until its capability lands; it keeps the CLI's
// shape stable so each capability replaces only its own file.
func (a *app) fhirCommand() *cli.Command {
	return &cli.Command{
		Name:  "fhir",
		Usage: "load, generate and inspect FHIR R4 data",
		Commands: []*cli.Command{
			a.fhirGenerateCommand(), // fhir_generate.go
		},
	}
}
