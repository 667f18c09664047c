package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/user"
	"strings"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/urfave/cli/v3"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir"
	"github.com/umassist/umassist/fhir/fhirstore"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/tools"
)

// toolCommand runs one clinical tool the way the agent would, for people
// debugging what the agent saw. The call is audited as the CLI user.
func (a *app) toolCommand() *cli.Command {
	return &cli.Command{
		Name:      "tool",
		Usage:     "run one agent tool for a patient, as of a date, and print its JSON result",
		ArgsUsage: "NAME",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "patient", Usage: "patient id or Patient/id", Required: true},
			&cli.StringFlag{Name: "as-of", Usage: "request date, YYYY-MM-DD: nothing later is visible", Required: true},
			&cli.StringFlag{Name: "args", Usage: "the tool's arguments as a JSON object", Value: "{}"},
			&cli.StringFlag{Name: "namespace", Usage: "store namespace (eval datasets); empty is production"},
			&cli.StringFlag{Name: "case", Usage: "case id to record in the audit log"},
			&cli.StringFlag{Name: "fhir-url", Usage: "read from this FHIR R4 server instead of the local store", Sources: cli.EnvVars("UMASSIST_FHIR_URL")},
			&cli.StringFlag{Name: "smart-client-id", Usage: "SMART Backend Services client id for --fhir-url", Sources: cli.EnvVars("UMASSIST_SMART_CLIENT_ID")},
			&cli.StringFlag{Name: "smart-key", Usage: "PEM file with the client's RSA or EC P-384 private key", Sources: cli.EnvVars("UMASSIST_SMART_KEY")},
			&cli.StringFlag{Name: "smart-kid", Usage: "key id (kid) the server knows the key by", Sources: cli.EnvVars("UMASSIST_SMART_KID")},
		},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			name := cmd.Args().First()
			if name == "" || cmd.Args().Len() > 1 {
				return usageError{fmt.Errorf("tool: give exactly one tool name (%s)", strings.Join(clinicalNames(), ", "))}
			}
			asOf, err := umassist.ParseDate(cmd.String("as-of"))
			if err != nil {
				return usageError{fmt.Errorf("tool: --as-of: %w", err)}
			}
			patient := cmd.String("patient")
			if !strings.HasPrefix(patient, "Patient/") {
				patient = "Patient/" + patient
			}
			if _, _, ok := umassist.SplitRef(patient); !ok {
				return usageError{fmt.Errorf("tool: --patient %q is not a patient id", cmd.String("patient"))}
			}
			pool, err := a.db(ctx, cmd)
			if err != nil {
				return err
			}
			scope := tools.Scope{CaseID: cmd.String("case"), Namespace: cmd.String("namespace"), Patient: patient, AsOf: asOf, Actor: cliActor()}
			src, err := a.fhirSource(cmd, pool, scope.Namespace)
			if err != nil {
				return err
			}
			set := tools.NewClinical(src, tools.LogAuditor{Log: postgres.AuditLog{DB: pool}}, scope)
			t, err := tools.Find(set, name)
			if err != nil {
				return usageError{fmt.Errorf("%w (known: %s)", err, strings.Join(clinicalNames(), ", "))}
			}
			out, err := t.Call(ctx, json.RawMessage(cmd.String("args")))
			if errors.Is(err, tools.ErrInvalidArguments) {
				return usageError{err}
			}
			if err != nil {
				return err
			}
			enc := json.NewEncoder(a.stdout)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			return enc.Encode(out)
		},
	}
}

func clinicalNames() []string {
	var names []string
	for _, t := range tools.NewClinical(nil, nil, tools.Scope{}) {
		names = append(names, t.Name())
	}
	return names
}

// cliActor names the person at the terminal in the audit log.
func cliActor() umassist.Actor {
	name := "unknown"
	if u, err := user.Current(); err == nil && u.Username != "" {
		name = u.Username
	}
	return umassist.Actor{ID: "cli:" + name, Name: name, Role: umassist.RoleOperator}
}

// fhirSource is the local store, or the remote server named by --fhir-url
// (with SMART Backend Services when a client id is given).
func (a *app) fhirSource(cmd *cli.Command, pool *pgxpool.Pool, namespace string) (umassist.FHIRSource, error) {
	base := cmd.String("fhir-url")
	if base == "" {
		return fhirstore.New(pool).Source(namespace), nil
	}
	var opts []fhir.ClientOption
	if id := cmd.String("smart-client-id"); id != "" {
		pemBytes, err := os.ReadFile(cmd.String("smart-key"))
		if err != nil {
			return nil, usageError{fmt.Errorf("tool: --smart-key: %w", err)}
		}
		key, err := fhir.ParsePrivateKeyPEM(pemBytes)
		if err != nil {
			return nil, usageError{err}
		}
		opts = append(opts, fhir.WithSMART(fhir.SMARTConfig{ClientID: id, Key: key, KeyID: cmd.String("smart-kid")}))
	}
	c, err := fhir.NewClient(base, opts...)
	if err != nil {
		return nil, usageError{err}
	}
	return c, nil
}
