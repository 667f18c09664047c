package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/urfave/cli/v3"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/cdshooks"
	"github.com/umassist/umassist/fhir"
	"github.com/umassist/umassist/fhir/fhirstore"
	"github.com/umassist/umassist/ops"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/queue"
	"github.com/umassist/umassist/server"
)

func (a *app) serveCommand() *cli.Command {
	return &cli.Command{
		Name:  "serve",
		Usage: "run the API, the reviewer UI and the agent workers",
		Description: "Serves the intake API (/api/v1, documented at /api/openapi.json) and the reviewer UI, and works\n" +
			"the drafting queue when an agent is built in. Create the first accounts with `umassist serve user-add`.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "addr", Value: "127.0.0.1:8080", Usage: "address to listen on", Sources: cli.EnvVars("UMASSIST_ADDR")},
			&cli.BoolFlag{Name: "secure-cookies", Usage: "mark cookies Secure (serve behind TLS)", Sources: cli.EnvVars("UMASSIST_SECURE_COOKIES")},
			&cli.DurationFlag{Name: "session-ttl", Value: 8 * time.Hour, Usage: "how long a sign-in lasts", Sources: cli.EnvVars("UMASSIST_SESSION_TTL")},
			&cli.DurationFlag{Name: "lease-ttl", Value: postgres.DefaultLeaseTTL, Usage: "how long a reviewer's claim on a case lasts", Sources: cli.EnvVars("UMASSIST_LEASE_TTL")},
			&cli.StringFlag{Name: "body-limit", Value: "4M", Usage: "largest request body (fax uploads aside)", Sources: cli.EnvVars("UMASSIST_BODY_LIMIT")},
			&cli.StringFlag{Name: "upload-limit", Value: "64M", Usage: "largest fax or scan upload, every file of one request together", Sources: cli.EnvVars("UMASSIST_UPLOAD_LIMIT")},
			&cli.IntFlag{Name: "login-rate", Value: 10, Usage: "sign-in attempts per minute per address and per account", Sources: cli.EnvVars("UMASSIST_LOGIN_RATE")},
			&cli.StringSliceFlag{Name: "trusted-proxy", Usage: "address or CIDR of a reverse proxy whose X-Forwarded-For names the client (repeatable; default none: the header is ignored)", Sources: cli.EnvVars("UMASSIST_TRUSTED_PROXIES")},
			&cli.IntFlag{Name: "workers", Value: 4, Usage: "cases drafted at once in this process (0: serve only)", Sources: cli.EnvVars("UMASSIST_WORKERS")},
			&cli.DurationFlag{Name: "shutdown-timeout", Value: 20 * time.Second, Usage: "grace period for requests and jobs in flight", Sources: cli.EnvVars("UMASSIST_SHUTDOWN_TIMEOUT")},
			&cli.StringFlag{Name: "cds-clients", Usage: "JSON file registering the CDS Hooks clients (EHRs) that may call /cds-services: issuer, client_id, jwks_url or jwks, fhir_servers, payer", Sources: cli.EnvVars("UMASSIST_CDS_CLIENTS")},
			&cli.StringFlag{Name: "public-url", Usage: "the base URL clients call (https://umassist.example.org); CDS Hooks tokens must name it in aud", Sources: cli.EnvVars("UMASSIST_PUBLIC_URL")},
			&cli.StringFlag{Name: "pas-endpoints", Usage: "JSON file of payers' PAS endpoints ({\"endpoints\": [{payer, url, token_env}]}): approved pre-submission cases are sent there", Sources: cli.EnvVars("UMASSIST_PAS_ENDPOINTS")},
			&cli.StringFlag{Name: "codes", Usage: "folder of the ICD-10-CM and HCPCS code lists scanned codes are checked against (default: ../shared/data/codes when present)", Sources: cli.EnvVars("UMASSIST_CODES")},
			&cli.StringFlag{Name: "jurisdiction", Usage: "Medicare contractor jurisdiction (JL) API and PAS requests are reviewed in when they name none: local policies for it govern", Sources: cli.EnvVars("UMASSIST_JURISDICTION")},
			&cli.StringFlag{Name: "pas-payer", Value: "medicare", Usage: "payer a Da Vinci PAS request (POST /fhir/Claim/$submit) is reviewed for when its insurer names none umassist knows", Sources: cli.EnvVars("UMASSIST_PAS_PAYER")},
			&cli.StringFlag{Name: "oidc-issuer", Usage: "OpenID Connect issuer URL for single sign-on", Sources: cli.EnvVars("UMASSIST_OIDC_ISSUER")},
			&cli.StringFlag{Name: "oidc-client-id", Sources: cli.EnvVars("UMASSIST_OIDC_CLIENT_ID")},
			&cli.StringFlag{Name: "oidc-client-secret", Sources: cli.EnvVars("UMASSIST_OIDC_CLIENT_SECRET")},
			&cli.StringFlag{Name: "oidc-redirect-url", Usage: "https://host/auth/oidc/callback", Sources: cli.EnvVars("UMASSIST_OIDC_REDIRECT_URL")},
		},
		Commands: []*cli.Command{a.userAddCommand(), a.tokenAddCommand(), a.userDisableCommand(true), a.userDisableCommand(false),
			a.tokenListCommand(), a.tokenRevokeCommand()},
		Action: a.serve,
	}
}

func (a *app) serve(ctx context.Context, cmd *cli.Command) error {
	pool, err := a.appDB(ctx, cmd)
	if err != nil {
		return err
	}
	codes := a.codeList(cmd.String("codes"))
	// One pipeline for the workers, CDS Hooks and the pack editor.
	p, err := envPipeline(ctx, pool, codes)
	if err != nil {
		return err
	}
	var drafter queue.Drafter
	if cmd.Int("workers") > 0 {
		// A span and timing per drafting job, as `umassist worker` has.
		drafter = ops.Instrument(a.caseDrafter(pool, p))
	}
	submitter, err := a.pasSubmitter(pool, cmd.String("pas-endpoints"))
	if err != nil {
		return err
	}
	intake, reader := a.intake(pool, codes)
	qcfg := queue.Config{Drafter: drafter, Workers: int(cmd.Int("workers")), Logger: a.log, Submitter: asSubmitter(submitter)}
	if drafter != nil {
		qcfg.Intake = reader
	}
	qc, err := queue.New(pool, qcfg)
	if err != nil {
		return err
	}
	intake.Queue = qc
	cases := postgres.NewCaseStore(pool, qc)
	if submitter != nil {
		submitter.Cases = cases
	}
	hooks, err := a.cdsHooks(ctx, p, pool, cases, cmd.String("cds-clients"), cmd.String("public-url"))
	if err != nil {
		return err
	}
	review := postgres.NewReviewStore(pool, qc)
	review.LeaseTTL = cmd.Duration("lease-ttl")
	review.Answers = answerFiler
	if submitter != nil {
		review.Submissions = qc
	}
	cfg := server.Config{
		Records:                postgres.Records{Pool: pool},
		Accounts:               postgres.Accounts{Pool: pool},
		Cases:                  cases,
		Review:                 review,
		SecureCookies:          cmd.Bool("secure-cookies"),
		SessionTTL:             cmd.Duration("session-ttl"),
		BodyLimit:              cmd.String("body-limit"),
		UploadLimit:            cmd.String("upload-limit"),
		LoginAttemptsPerMinute: int(cmd.Int("login-rate")),
		TrustedProxies:         cmd.StringSlice("trusted-proxy"),
		PASPayer:               cmd.String("pas-payer"),
		Jurisdiction:           cmd.String("jurisdiction"),
		PublicURL:              cmd.String("public-url"),
		Intake:                 intake,
		Codes:                  codes,
		Logger:                 a.log,
		Middleware:             serveMiddleware(),
		Mount:                  func(s *server.Server) { mountOps(s, pool); mountCDSHooks(s, hooks) },
	}
	cfg.Questions = &cdshooks.Tasks{Clients: hooks.Clients, DB: pool, HTTP: &http.Client{Timeout: 15 * time.Second}}
	if cfg.Resources, cfg.Bundles, err = fhirResources(ctx, a, cmd, pool); err != nil {
		return err
	}
	if cfg.Passages, err = policyPassages(ctx, a, cmd, pool); err != nil {
		return err
	}
	packEditing(p, &cfg)
	if iss := cmd.String("oidc-issuer"); iss != "" {
		if cmd.String("oidc-client-id") == "" || cmd.String("oidc-redirect-url") == "" {
			return usageError{fmt.Errorf("serve: --oidc-issuer needs --oidc-client-id and --oidc-redirect-url")}
		}
		cfg.OIDC = &server.OIDCConfig{Issuer: iss, ClientID: cmd.String("oidc-client-id"),
			ClientSecret: cmd.String("oidc-client-secret"), RedirectURL: cmd.String("oidc-redirect-url")}
	}
	srv, err := server.New(cfg)
	if err != nil {
		return err
	}
	if drafter != nil {
		if err := qc.Start(ctx); err != nil {
			return err
		}
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe(cmd.String("addr")) }()
	go a.sealAudit(ctx, pool, time.Minute)
	a.log.Info("serving", "addr", cmd.String("addr"), "workers", drafter != nil, "fhir", cfg.Resources != nil, "policies", cfg.Passages != nil, "sso", cfg.OIDC != nil)
	fmt.Fprintf(a.stdout, "umassist: serving on http://%s (API docs: /api/openapi.json)\n", cmd.String("addr"))
	select {
	case err := <-errc:
		if err != nil {
			return err
		}
	case <-ctx.Done():
	}
	a.log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), cmd.Duration("shutdown-timeout"))
	defer cancel()
	var errs []error
	if err := srv.Shutdown(sctx); err != nil {
		errs = append(errs, fmt.Errorf("serve: shutdown: %w", err))
	}
	if drafter != nil {
		if err := qc.Stop(sctx); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// fhirResources shows reviewers the cited records from the local FHIR store
// (production namespace) and loads inline intake bundles into it.
func fhirResources(_ context.Context, _ *app, _ *cli.Command, pool *pgxpool.Pool) (server.ResourceReader, server.BundleLoader, error) {
	store := fhirstore.New(pool)
	src := store.Source("")
	read := server.ResourceReaderFunc(func(ctx context.Context, ref string) (*server.Resource, error) {
		r, err := src.Read(ctx, ref)
		if err != nil {
			return nil, err
		}
		out := &server.Resource{Type: r.Type, ID: r.ID, Raw: r.Raw}
		if r.Type == "DocumentReference" || r.Type == "DiagnosticReport" {
			if _, text, err := src.NoteText(ctx, ref); err == nil {
				out.Text = text
			}
		}
		return out, nil
	})
	load := server.BundleLoaderFunc(func(ctx context.Context, ns string, bundle json.RawMessage) (string, postgres.TxWriter, error) {
		b, err := readInlineBundle(ctx, ns, bundle)
		if err != nil {
			return "", nil, err
		}
		return b.Patient, b, nil
	})
	return read, load, nil
}

// readInlineBundle reads and checks a bundle submitted with a case
// (through a temporary file, the reader's input); the case's transaction
// writes it.
func readInlineBundle(ctx context.Context, ns string, bundle json.RawMessage) (*fhirstore.IntakeBundle, error) {
	f, err := os.CreateTemp("", "umassist-intake-*.json")
	if err != nil {
		return nil, fmt.Errorf("serve: bundle: %w", err)
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(bundle); err != nil {
		f.Close()
		return nil, fmt.Errorf("serve: bundle: %w", err)
	}
	if err := f.Close(); err != nil {
		return nil, fmt.Errorf("serve: bundle: %w", err)
	}
	return fhirstore.ReadIntakeBundle(ctx, ns, f.Name(), fhir.ParseOptions{})
}

// policyPassages quotes policy passages from the retrieval store.
func policyPassages(_ context.Context, _ *app, _ *cli.Command, pool *pgxpool.Pool) (server.PassageReader, error) {
	store, err := policyStore(pool)
	if err != nil {
		return nil, err
	}
	return server.PassageReaderFunc(func(ctx context.Context, id string) (*server.Passage, error) {
		h, err := store.Passage(ctx, "", id)
		if err != nil {
			return nil, err
		}
		return &server.Passage{ID: h.PassageID, PolicyID: h.PolicyID, PolicyTitle: h.PolicyTitle, Section: h.Section, Text: h.Text,
			Effective: h.Effective, Terminated: h.Terminated}, nil
	}), nil
}

func (a *app) userAddCommand() *cli.Command {
	return &cli.Command{
		Name:      "user-add",
		Usage:     "create a local account, or update its role and password",
		ArgsUsage: "NAME",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "role", Required: true, Usage: "nurse, physician, operator, ml_engineer, admin or clinical_editor"},
			&cli.StringFlag{Name: "password", Usage: "the password; empty reads UMASSIST_PASSWORD or one line from stdin", Sources: cli.EnvVars("UMASSIST_PASSWORD")},
			&cli.StringFlag{Name: "email", Usage: "e-mail address single sign-on links the account by"},
			&cli.StringFlag{Name: "display-name"},
			&cli.StringSliceFlag{Name: "client", Usage: "a client the person works for (repeat for several); default: the default client, or what they had"},
		},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			if cmd.Args().Len() != 1 {
				return usageError{fmt.Errorf("user-add: give exactly one user NAME")}
			}
			pw := cmd.String("password")
			if pw == "" {
				line, _ := bufio.NewReader(os.Stdin).ReadString('\n')
				pw = strings.TrimRight(line, "\r\n")
			}
			pool, err := a.db(ctx, cmd)
			if err != nil {
				return err
			}
			u, err := server.EnsureUser(ctx, pool, cmd.Args().First(), umassist.Role(cmd.String("role")), pw)
			if err != nil {
				return err
			}
			if e, dn := cmd.String("email"), cmd.String("display-name"); e != "" || dn != "" {
				if e != "" {
					u.Email = e
				}
				if dn != "" {
					u.DisplayName = dn
				}
				if err := postgres.UpdateUser(ctx, pool, u); err != nil {
					return err
				}
			}
			if cs := cmd.StringSlice("client"); len(cs) > 0 {
				if err := a.assignClients(ctx, pool, u, cs); err != nil {
					return err
				}
			}
			fmt.Fprintf(a.stdout, "user %s (%s) ready\n", u.Name, u.Role)
			return nil
		},
	}
}

func (a *app) tokenAddCommand() *cli.Command {
	return &cli.Command{
		Name:      "token-add",
		Usage:     "issue an API token for a user (shown once; stored hashed)",
		ArgsUsage: "USER",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "label", Usage: "what the token is for"},
			&cli.DurationFlag{Name: "ttl", Usage: "lifetime; 0 never expires"},
		},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			if cmd.Args().Len() != 1 {
				return usageError{fmt.Errorf("token-add: give exactly one USER")}
			}
			pool, err := a.db(ctx, cmd)
			if err != nil {
				return err
			}
			tok, err := server.IssueAPIToken(ctx, pool, cmd.Args().First(), cmd.String("label"), cmd.Duration("ttl"))
			if err != nil {
				return err
			}
			fmt.Fprintln(a.stdout, tok)
			return nil
		},
	}
}

// sealAudit seals the audit log every so often while serve runs, so that a
// row changed or removed later shows in umassist audit verify.
func (a *app) sealAudit(ctx context.Context, pool *pgxpool.Pool, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if _, _, _, err := ops.Seal(ctx, pool, time.Now()); err != nil && ctx.Err() == nil {
				a.log.Error("audit: sealing failed", "err", err)
			}
		}
	}
}
