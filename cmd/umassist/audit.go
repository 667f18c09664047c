package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v3"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/ops"
)

// auditCommand exports the append-only audit log.
func (a *app) auditCommand() *cli.Command {
	return &cli.Command{
		Name:  "audit",
		Usage: "export the audit log",
		Commands: []*cli.Command{{
			Name:  "export",
			Usage: "write the audit log as FHIR R4 AuditEvent NDJSON (IHE BALP style)",
			Flags: []cli.Flag{
				&cli.StringFlag{Name: "since", Required: true, Usage: "first day to export, YYYY-MM-DD (UTC)"},
				&cli.StringFlag{Name: "out", Usage: "file to write (default: standard output)"},
				&cli.StringFlag{Name: "site", Value: "umassist", Usage: "AuditEvent.source.site: this deployment's name"},
			},
			Action: func(ctx context.Context, cmd *cli.Command) error {
				since, err := umassist.ParseDate(cmd.String("since"))
				if err != nil {
					return usageError{fmt.Errorf("audit export: --since: %w", err)}
				}
				pool, err := a.db(ctx, cmd)
				if err != nil {
					return err
				}
				var w io.Writer = a.stdout
				var f *os.File
				out := cmd.String("out")
				if out != "" {
					// Write beside the target and rename, so a failed export never
					// leaves a truncated file where a complete one is expected.
					f, err = os.CreateTemp(filepath.Dir(out), ".audit-*.ndjson")
					if err != nil {
						return fmt.Errorf("audit export: %w", err)
					}
					defer func() { _ = os.Remove(f.Name()) }()
					w = f
				}
				bw := bufio.NewWriterSize(w, 1<<16)
				opts := ops.ExportOptions{Since: since.Time, Site: cmd.String("site")}
				var bar *progressbar.ProgressBar
				if out != "" {
					bar = progressbar.NewOptions(-1, progressbar.OptionSetWriter(a.progressOut()), progressbar.OptionSetDescription("audit events"),
						progressbar.OptionShowCount())
					opts.Progress = func(n int) { _ = bar.Set(n) }
				}
				n, err := ops.ExportAuditEvents(ctx, pool, bw, opts)
				if err != nil {
					return err
				}
				if err := bw.Flush(); err != nil {
					return fmt.Errorf("audit export: %w", err)
				}
				if f != nil {
					_ = bar.Finish()
					if err := f.Close(); err != nil {
						return fmt.Errorf("audit export: %w", err)
					}
					if err := os.Rename(f.Name(), out); err != nil {
						return fmt.Errorf("audit export: %w", err)
					}
					fmt.Fprintf(a.stderr, "\nwrote %d audit events to %s\n", n, out)
				}
				return nil
			},
		}},
	}
}
