package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v3"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/ops"
)

// auditCommand exports the append-only audit log.
func (a *app) auditCommand() *cli.Command {
	return &cli.Command{
		Name:  "audit",
		Usage: "export, seal and verify the audit log",
		Commands: []*cli.Command{a.auditSealCommand(), a.auditVerifyCommand(), {
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

// auditSealCommand extends the audit log's hash chain and prints its head,
// to keep outside the database.
func (a *app) auditSealCommand() *cli.Command {
	return &cli.Command{
		Name:  "seal",
		Usage: "seal the audit log written since the last seal; prints the head hash to keep outside the database (serve seals every minute)",
		Action: func(ctx context.Context, cmd *cli.Command) error {
			pool, err := a.db(ctx, cmd)
			if err != nil {
				return err
			}
			n, id, head, err := ops.Seal(ctx, pool, time.Now())
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "sealed %d rows; head: row %d, %s\n", n, id, head)
			return nil
		},
	}
}

// auditVerifyCommand recomputes the chain; exit 3 when it does not hold.
func (a *app) auditVerifyCommand() *cli.Command {
	return &cli.Command{
		Name:  "verify",
		Usage: "check every sealed audit row against its seal, and the chain against a head hash kept elsewhere (--anchor); exit 3 if it fails",
		Flags: []cli.Flag{&cli.StringFlag{Name: "anchor", Usage: "a head hash printed by an earlier seal"}},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			pool, err := a.db(ctx, cmd)
			if err != nil {
				return err
			}
			rep, err := ops.Verify(ctx, pool, strings.TrimSpace(cmd.String("anchor")))
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "%d sealed rows checked, %d below the head never sealed; head: row %d, %s\n", rep.Sealed, rep.Unsealed, rep.HeadID, rep.Head)
			if rep.AnchorAt != 0 {
				fmt.Fprintf(a.stdout, "anchor found at row %d\n", rep.AnchorAt)
			}
			if !rep.OK() {
				return gateError{fmt.Errorf("audit verify: %s", rep.Why)}
			}
			fmt.Fprintln(a.stdout, "the audit log holds")
			return nil
		},
	}
}
