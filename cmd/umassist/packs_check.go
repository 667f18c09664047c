package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v3"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/criteria"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/server"
)

// packsTestCommand runs a revision (published or not) over a patient
// through the agent pipeline; packs diff and validate check a revision
// against the policy in force and the corpus. What an editor checks before
// a pack is published lives here; what changes a pack lives in packs.go.
func (a *app) packsTestCommand() *cli.Command {
	return &cli.Command{
		Name:      "test",
		Usage:     "run a pack revision (published or not) over a patient's record as the agent drafts, and print each criterion's status and evidence",
		ArgsUsage: "PACK_ID",
		Flags: []cli.Flag{asFlag, revisionFlag,
			&cli.StringFlag{Name: "patient", Required: true, Usage: "Patient/ID"},
			&cli.StringFlag{Name: "date", Required: true, Usage: "the request date, YYYY-MM-DD"},
			&cli.StringFlag{Name: "diagnosis", Usage: "an ICD-10-CM code for the request (default: the pack's first)"},
			&cli.StringFlag{Name: "namespace", Usage: "the record's namespace"}},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			actor, err := a.asEditor(ctx, cmd, cmd.String("as"))
			if err != nil {
				return err
			}
			// The pipeline holds the pack store (seeded once) the revision
			// comes from.
			pool, err := a.db(ctx, cmd)
			if err != nil {
				return err
			}
			p, err := envPipeline(ctx, pool, a.codeList(""))
			if err != nil {
				return err
			}
			rev, err := a.revisionArg(ctx, cmd, p.packs)
			if err != nil {
				return err
			}
			date, err := umassist.ParseDate(cmd.String("date"))
			if err != nil {
				return usageError{fmt.Errorf("packs test: --date: %w", err)}
			}
			t := server.PackTest{Pack: &rev.Pack, Patient: cmd.String("patient"), Namespace: cmd.String("namespace"), AsOf: date}
			if dx := cmd.String("diagnosis"); dx != "" {
				t.Diagnoses = []umassist.Coding{{System: umassist.SystemICD10CM, Code: strings.ToUpper(dx)}}
			}
			detail, err := json.Marshal(map[string]any{"pack": rev.Pack.ID, "revision": rev.Revision})
			if err != nil {
				return fmt.Errorf("packs test: %w", err)
			}
			// The editor reads the record through the test: audited as theirs.
			if _, err := postgres.AppendAudit(ctx, pool, umassist.AuditEntry{Actor: actor, Action: "pack.test", Patient: t.Patient, Namespace: t.Namespace,
				Purpose: "HOPERAT", Detail: detail}); err != nil {
				return err
			}
			d, err := p.TestPack(ctx, t)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "%s on %s (%s): %s\n%s\n\n", rev.Label(), t.Patient, date, d.Recommendation, d.Summary)
			w := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(w, "CRITERION\tSTATUS\tFINDING\tEVIDENCE")
			for _, c := range d.Criteria {
				fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", c.ID, c.Status, c.Finding, strings.Join(c.Evidence, ", "))
			}
			return w.Flush()
		},
	}
}

func (a *app) packsDiffCommand() *cli.Command {
	return &cli.Command{
		Name:      "diff",
		Usage:     "show what the policy version in force changed in the text a revision was written against",
		ArgsUsage: "PACK_ID",
		Flags:     []cli.Flag{revisionFlag},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			ps, rs, err := a.packStore(ctx, cmd)
			if err != nil {
				return err
			}
			rev, err := a.revisionArg(ctx, cmd, ps)
			if err != nil {
				return err
			}
			if len(rev.PolicyText) == 0 {
				fmt.Fprintf(a.stdout, "%s kept no text of %s v%s (a built-in pack)\n", rev.Label(), rev.Pack.Policy, rev.Pack.PolicyVersion)
				return nil
			}
			changes := criteria.DiffPolicyText(rev.PolicyText, policyTextOf(ctx, rs, rev.Pack.Policy))
			if len(changes) == 0 {
				fmt.Fprintf(a.stdout, "%s: no passage of %s changed\n", rev.Label(), rev.Pack.Policy)
				return nil
			}
			for _, ch := range changes {
				fmt.Fprintf(a.stdout, "%s (%s)\n  ", ch.ID, ch.Kind)
				for _, w := range ch.Words {
					switch w.Op {
					case "-":
						fmt.Fprintf(a.stdout, "[-%s-] ", w.Text)
					case "+":
						fmt.Fprintf(a.stdout, "{+%s+} ", w.Text)
					default:
						fmt.Fprintf(a.stdout, "%s ", w.Text)
					}
				}
				fmt.Fprintln(a.stdout)
			}
			return nil
		},
	}
}

// packsValidateCommand checks a pack file as the binary checks its own:
// structure, vocabulary, thresholds, and, with the corpus imported, that
// every passage it cites exists.
func (a *app) packsValidateCommand() *cli.Command {
	return &cli.Command{
		Name:      "validate",
		Usage:     "check a pack file (an edited draft): structure, vocabulary, thresholds, and its passages against the imported corpus",
		ArgsUsage: "FILE",
		Flags:     []cli.Flag{&cli.BoolFlag{Name: "no-corpus", Usage: "do not check passages against the database's corpus"}},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			p, err := packFile(cmd, "packs validate")
			if err != nil {
				return err
			}
			path := cmd.Args().First()
			var corpus criteria.PassageSet
			checked := "not checked against a corpus"
			if !cmd.Bool("no-corpus") {
				set, n, err := a.corpusPassages(ctx, cmd)
				if err != nil {
					return err
				}
				if n > 0 {
					corpus, checked = set, fmt.Sprintf("passages checked against %d in the corpus", n)
				}
			}
			if err := p.Validate(corpus); err != nil {
				return gateError{fmt.Errorf("packs validate: %s: %w", path, err)}
			}
			fmt.Fprintf(a.stdout, "%s: pack %s for %s is valid (%d criteria; %s)\n", path, p.ID, p.Policy, len(p.Criteria), checked)
			return nil
		},
	}
}
