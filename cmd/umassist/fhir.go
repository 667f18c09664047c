package main

import (
	"context"
	"fmt"
	"text/tabwriter"

	"github.com/urfave/cli/v3"

	"github.com/umassist/umassist/fhir"
	"github.com/umassist/umassist/fhir/fhirstore"
)

// fhirCommand loads FHIR data into the local store (and, through
// fhir_generate.go, writes demo patients).
func (a *app) fhirCommand() *cli.Command {
	return &cli.Command{
		Name:  "fhir",
		Usage: "load, generate and inspect FHIR R4 data",
		Commands: []*cli.Command{
			a.fhirLoadCommand(),
			a.fhirGenerateCommand(), // fhir_generate.go
		},
	}
}

// maxPrintedLoadErrors keeps a load of a broken export readable; the
// count says how many more there were.
const maxPrintedLoadErrors = 50

func (a *app) fhirLoadCommand() *cli.Command {
	return &cli.Command{
		Name:      "load",
		Usage:     "load FHIR R4 Bundles (.json) and Bulk Data NDJSON files or folders into the local store",
		ArgsUsage: "PATH...",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "namespace", Usage: "load into this namespace (eval datasets); empty is production"},
			&cli.IntFlag{Name: "max-note-mb", Usage: "refuse notes whose attachment is larger than this", Value: fhir.DefaultMaxNoteBytes >> 20},
			&cli.BoolFlag{Name: "quiet", Usage: "no progress bar"},
		},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			paths := cmd.Args().Slice()
			if len(paths) == 0 {
				return usageError{fmt.Errorf("fhir load: give at least one file or folder")}
			}
			pool, err := a.db(ctx, cmd)
			if err != nil {
				return err
			}
			opts := []fhirstore.Option{fhirstore.WithMaxNoteBytes(int(cmd.Int("max-note-mb")) << 20)}
			if !cmd.Bool("quiet") {
				opts = append(opts, fhirstore.WithProgress(a.progressOut()))
			}
			res, err := fhirstore.New(pool, opts...).Load(ctx, cmd.String("namespace"), paths...)
			if res != nil {
				a.printLoad(res)
			}
			if err != nil {
				return err
			}
			a.log.Info("fhir load", "namespace", cmd.String("namespace"), "files", res.Files, "loaded", res.Loaded, "failed", res.Failed, "elapsed_ms", res.Elapsed.Milliseconds())
			if res.Failed > 0 {
				return fmt.Errorf("fhir load: %d resources were not loaded (listed above); everything else was", res.Failed)
			}
			return nil
		},
	}
}

func (a *app) printLoad(res *fhirstore.LoadResult) {
	w := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "TYPE\tLOADED\t")
	for _, t := range res.Types() {
		fmt.Fprintf(w, "%s\t%d\t\n", t, res.Counts[t])
	}
	fmt.Fprintf(w, "total\t%d\t\n", res.Loaded)
	_ = w.Flush()
	fmt.Fprintf(a.stdout, "%d files, %d notes with text, %d failed, %.1f s (%.0f resources/s)\n",
		res.Files, res.Notes, res.Failed, res.Elapsed.Seconds(), res.PerSecond())
	for _, w := range res.Warnings {
		fmt.Fprintf(a.stderr, "warning: %s\n", w)
	}
	if res.Dangling > len(res.Warnings) {
		fmt.Fprintf(a.stderr, "... and %d more dangling references\n", res.Dangling-len(res.Warnings))
	}
	for i, e := range res.Errors {
		if i == maxPrintedLoadErrors {
			fmt.Fprintf(a.stderr, "... and %d more\n", res.Failed-maxPrintedLoadErrors)
			break
		}
		fmt.Fprintf(a.stderr, "error: %v\n", e)
	}
}
