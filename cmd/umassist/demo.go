package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/urfave/cli/v3"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/demo"
	"github.com/umassist/umassist/fhir/fhirstore"
	"github.com/umassist/umassist/internal/sourcetree"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/queue"
	"github.com/umassist/umassist/server"
)

// demoUsers are the accounts the demo creates and prints. They exist for a
// local demonstration only; production accounts come from `serve user-add`
// or single sign-on.
var demoUsers = []struct {
	name string
	role umassist.Role
}{
	{"nurse", umassist.RoleNurse},
	{"nurse2", umassist.RoleNurse},
	{"physician", umassist.RolePhysician},
	{"operator", umassist.RoleOperator},
	{"mlengineer", umassist.RoleMLEngineer},
	{"admin", umassist.RoleAdmin},
	{"editor", umassist.RoleClinicalEditor},
	{"editor2", umassist.RoleClinicalEditor},
}

// demoIntake is who submits the demo cases, for the audit log.
var demoIntake = umassist.Actor{ID: "demo-intake", Name: "Demo intake", Role: umassist.RoleOperator}

func (a *app) demoCommand() *cli.Command {
	flags := []cli.Flag{
		&cli.StringFlag{Name: "mcd", Usage: "folder of the CMS Medicare Coverage Database NCD export (default: ../shared/data/mcd beside the source tree)", Sources: cli.EnvVars("UMASSIST_MCD_DIR")},
		&cli.BoolFlag{Name: "exit", Usage: "exit after the summary table instead of serving the UI", Sources: cli.EnvVars("DEMO_EXIT", "UMASSIST_DEMO_EXIT")},
		&cli.DurationFlag{Name: "drain-timeout", Value: 3 * time.Minute, Usage: "how long to wait for the agent to draft the demo queue", Sources: cli.EnvVars("UMASSIST_DEMO_DRAIN_TIMEOUT")},
	}
	// The demo ends by serving, so it takes serve's flags too.
	return &cli.Command{
		Name:  "demo",
		Usage: "load the demo policies and patients, draft the demo queue, print a summary and serve the reviewer UI",
		Description: "Imports the NCD corpus, generates and loads the demo patients, submits the demo cases, lets the agent\n" +
			"draft them, prints a summary table and then serves the UI with demo users (DEMO_EXIT=1 exits after the table).\n" +
			"Running it again reuses what is already loaded.",
		Flags:  append(flags, a.serveCommand().Flags...),
		Action: a.demo,
	}
}

func (a *app) demo(ctx context.Context, cmd *cli.Command) error {
	start := time.Now()
	pool, err := a.db(ctx, cmd)
	if err != nil {
		return err
	}

	// 1. The policy corpus.
	if dir := mcdDir(cmd.String("mcd")); dir != "" {
		im, err := a.importer(ctx, cmd, "policies")
		if err != nil {
			return err
		}
		t := time.Now()
		rep, err := im.ImportMCD(ctx, dir)
		if err != nil {
			return err
		}
		fmt.Fprintf(a.stdout, "policies  %d NCD versions (%d new or changed, %d unchanged), %d passages (%d embedded) in %s\n",
			rep.Policies, rep.Stored, rep.Unchanged, rep.Passages, rep.Embedded, time.Since(t).Round(time.Millisecond))
		if lcd := lcdDir(); lcd != "" {
			rep, err := im.ImportLCDs(ctx, lcd)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "policies  %d LCD versions, %d passages\n", rep.Policies, rep.Passages)
		}
		if docs := payerDocsDir(); docs != "" {
			rep, err := im.LoadDocs(ctx, "", docs)
			if err != nil {
				return err
			}
			if err := rep.Err(); err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "policies  %d payer pharmacy policies (Northwind Health, our own words), %d passages\n", rep.Policies, rep.Passages)
		}
	} else {
		fmt.Fprintln(a.stderr, "demo: the NCD export was not found (set --mcd or UMASSIST_MCD_DIR): the agent will find no policy passages and refer every case")
	}

	// 2. The demo patients, dated relative to today so the clocks are live.
	today := time.Now().UTC()
	cases, err := demo.CasesAt(today)
	if err != nil {
		return err
	}
	if err := a.loadDemoPatients(ctx, pool, cases); err != nil {
		return err
	}

	// 3. Reviewers.
	creds := make([][2]string, 0, len(demoUsers))
	for _, u := range demoUsers {
		pw := "demo-" + u.name
		if _, err := server.EnsureUser(ctx, pool, u.name, u.role, pw); err != nil {
			return fmt.Errorf("demo: user %s: %w", u.name, err)
		}
		creds = append(creds, [2]string{u.name, pw})
	}

	// 4. Submit the queue and let the agent draft it.
	drafter, err := a.agentDrafter(ctx, pool)
	if err != nil {
		return err
	}
	qc, err := queue.New(pool, queue.Config{Drafter: drafter, Workers: 4, Logger: a.log})
	if err != nil {
		return err
	}
	store := postgres.NewCaseStore(pool, qc)
	ids := make([]string, len(cases))
	for i, c := range cases {
		received := c.Request.Date.Add(9 * time.Hour)
		if received.After(time.Now()) {
			received = time.Now().Add(-time.Minute)
		}
		got, _, err := store.Create(ctx, postgres.CreateCase{
			// Keyed by day: a run on a later day re-dates the charts, so it
			// submits fresh cases rather than reusing ones dated before them.
			Patient: "Patient/" + c.PatientID, Request: c.Request, IdempotencyKey: "demo-" + c.ID + "-" + today.Format(umassist.DateLayout),
			ReceivedAt: received, Actor: demoIntake,
		})
		if err != nil {
			return fmt.Errorf("demo: submit %s: %w", c.ID, err)
		}
		ids[i] = got.ID
	}
	if err := qc.Start(ctx); err != nil {
		return err
	}
	drainErr := waitDrafted(ctx, pool, ids, cmd.Duration("drain-timeout"))
	// 5. Faxes: read by OCR, one confirmed and drafted with the queue.
	var fax *faxResult
	if drainErr == nil {
		if fax, drainErr = a.demoFax(ctx, pool, store, cases, today); drainErr == nil {
			drainErr = waitDrafted(ctx, pool, []string{fax.CaseID}, cmd.Duration("drain-timeout"))
		}
	}
	if err := qc.Stop(context.WithoutCancel(ctx)); err != nil {
		return err
	}
	if drainErr != nil {
		return drainErr
	}

	// 6. The summary.
	if err := a.printDemoSummary(ctx, pool, cases, ids); err != nil {
		return err
	}
	if err := a.printFax(ctx, pool, fax, cmd.String("addr")); err != nil {
		return err
	}

	// 7. The pre-submission audit at the order, over CDS Hooks.
	registry, try, err := a.demoPreSubmission(ctx, pool)
	if err != nil {
		return err
	}
	// 8. A prior-authorization request over Da Vinci PAS, this instance
	//    as the payer.
	if err := a.demoPAS(ctx, pool, cmd.String("addr")); err != nil {
		return err
	}
	if !cmd.IsSet("cds-clients") {
		if err := cmd.Set("cds-clients", registry); err != nil {
			return err
		}
	}
	fmt.Fprintf(a.stdout, "demo ready in %s\n", time.Since(start).Round(100*time.Millisecond))
	if cmd.Bool("exit") {
		return nil
	}
	fmt.Fprintf(a.stdout, "\nreviewer UI: http://%s  — sign in as (user / password):\n", cmd.String("addr"))
	for _, c := range creds {
		fmt.Fprintf(a.stdout, "  %-11s %s\n", c[0], c[1])
	}
	fmt.Fprintf(a.stdout, "CDS Hooks: http://%s/cds-services, the demo EHR registered from %s; try:\n  %s --url http://%s\n",
		cmd.String("addr"), cmd.String("cds-clients"), try, cmd.String("addr"))
	fmt.Fprintln(a.stdout, "press Ctrl-C to stop")
	return a.serve(ctx, cmd)
}

// mcdDir is the NCD export to import: the flag, else ../shared/data/mcd
// beside the source tree, else none.
func mcdDir(flag string) string {
	if flag != "" {
		return flag
	}
	if sourcetree.HasSharedData("mcd", "ncd_trkg.csv") {
		return sourcetree.SharedData("mcd")
	}
	return ""
}

// lcdDir is the shared data's LCD folder, when it is there.
func lcdDir() string {
	if sourcetree.HasSharedData("lcd") {
		return sourcetree.SharedData("lcd")
	}
	return ""
}

// payerDocsDir is the folder of the payer policies our drug packs follow
// (criteria/payer-docs in the source tree), or "" outside the tree.
func payerDocsDir() string {
	if root := sourcetree.Root(); root != "" {
		return filepath.Join(root, "criteria", "payer-docs")
	}
	return ""
}

// loadDemoPatients writes each case's bundle to a temporary folder and
// loads them all in one pass (upserts: a second demo run rewrites the same
// resources).
func (a *app) loadDemoPatients(ctx context.Context, pool *pgxpool.Pool, cases []demo.Case) error {
	dir, err := os.MkdirTemp("", "umassist-demo-")
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	defer os.RemoveAll(dir)
	paths := make([]string, len(cases))
	for i, c := range cases {
		paths[i] = filepath.Join(dir, c.ID+".json")
		if err := os.WriteFile(paths[i], c.Bundle, 0o600); err != nil {
			return fmt.Errorf("demo: %w", err)
		}
	}
	res, err := fhirstore.New(pool).Load(ctx, "", paths...)
	if err != nil {
		return err
	}
	if res.Failed > 0 {
		return fmt.Errorf("demo: %d demo resources failed to load: %v", res.Failed, res.Errors[0])
	}
	fmt.Fprintf(a.stdout, "patients  %d demo patients, %d resources, %d notes in %s\n",
		len(cases), res.Loaded, res.Notes, res.Elapsed.Round(time.Millisecond))
	return nil
}

// waitDrafted waits until no demo case is waiting for or being drafted.
func waitDrafted(ctx context.Context, pool *pgxpool.Pool, ids []string, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		var pending int
		if err := pool.QueryRow(ctx, `SELECT count(*) FROM cases WHERE id = ANY($1) AND status IN ('received', 'drafting')`, ids).Scan(&pending); err != nil {
			if ctx.Err() != nil {
				return fmt.Errorf("demo: the agent did not draft the demo queue within %s", timeout)
			}
			return fmt.Errorf("demo: %w", err)
		}
		if pending == 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("demo: %d demo cases still undrafted after %s (see `umassist db status` and the worker log)", pending, timeout)
		case <-tick.C:
		}
	}
}

func (a *app) printDemoSummary(ctx context.Context, pool *pgxpool.Pool, cases []demo.Case, ids []string) error {
	var buf bytes.Buffer
	w := tabwriter.NewWriter(&buf, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "CASE\tSERVICE\tURGENCY\tPOLICY\tRECOMMENDATION\tEXPECTED\tCONFIDENCE\tSECONDS\tSTATUS")
	agree := 0
	for i, c := range cases {
		kase, err := postgres.GetCase(ctx, pool, ids[i])
		if err != nil {
			return err
		}
		d, _, err := postgres.LatestDraft(ctx, pool, ids[i])
		if err != nil {
			fmt.Fprintf(w, "%s\t%s\t%s\t-\t-\t%s\t-\t-\t%s\n", c.ID, c.Request.Service.Code, c.Request.Urgency, c.Expected, kase.Status)
			continue
		}
		mark := ""
		if d.Recommendation == c.Expected {
			agree++
		} else {
			mark = " ≠"
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s%s\t%s\t%.2f\t%.2f\t%s\n", c.ID, c.Request.Service.Code, c.Request.Urgency,
			orDash(d.Policy), d.Recommendation, mark, c.Expected, d.Confidence, float64(d.LatencyMS)/1000, kase.Status)
	}
	w.Flush()
	fmt.Fprintf(a.stdout, "\n%s\n%d of %d drafts recommend what the demo expects; the AI never denies: %s\n",
		strings.TrimRight(buf.String(), "\n"), agree, len(cases), noDenials(ctx, pool))
	return nil
}

// noDenials reports, from the database, that no draft recommends denial.
func noDenials(ctx context.Context, pool *pgxpool.Pool) string {
	var n int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM drafts WHERE recommendation NOT IN ('approve', 'refer', 'request_info')`).Scan(&n); err != nil {
		return "unknown (" + err.Error() + ")"
	}
	return fmt.Sprintf("%d AI denials", n)
}
