package main

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/cdshooks"
	"github.com/umassist/umassist/fhir/synthetic"
	"github.com/umassist/umassist/internal/sourcetree"
	"github.com/umassist/umassist/pas"
	"github.com/umassist/umassist/pasclient"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/queue"
	"github.com/umassist/umassist/server"
)

// The demo's EHR: a registered CDS client whose key the demo makes, so
// the pre-submission audit can be shown and tried.
const (
	demoEHRIssuer   = "https://ehr.demo.umassist.invalid"
	demoEHRClientID = "demo-ehr"
)

// demoEHRDir holds the demo EHR's key, its registry file and a sample
// chart: $UMASSIST_DEMO_EHR_DIR, or .umassist/demo-ehr in the source tree
// (else the working directory).
func demoEHRDir() string {
	if d := os.Getenv("UMASSIST_DEMO_EHR_DIR"); d != "" {
		return d
	}
	base := sourcetree.Root()
	if base == "" {
		base, _ = os.Getwd()
	}
	return filepath.Join(base, ".umassist", "demo-ehr")
}

// demoOrders are the orders the demo EHR audits at signing: charts dated
// today, so nothing in them has aged out of a policy's look-back window.
var demoOrders = []struct{ scenario, variant, title string }{
	{"icd", "meets", "ICD, every criterion documented"},
	{"icd", "no-nyha", "ICD, NYHA class not in the chart"},
	{"icd", "injection-lvef-40", "ICD, LVEF 40 %"},
	{"cpap", "meets", "CPAP, moderate sleep apnea"},
}

// demoPreSubmission registers the demo EHR, audits its orders at
// order-sign through the real service on a loopback port, prints what the
// ordering clinician would see, and returns the registry file for serve
// and a `umassist cds call` to try against it.
func (a *app) demoPreSubmission(ctx context.Context, pool *pgxpool.Pool) (registry, try string, err error) {
	dir := demoEHRDir()
	if _, err := cdsKeygen(dir, cdshooks.Client{Issuer: demoEHRIssuer, ClientID: demoEHRClientID, Name: "Demo EHR", Payer: "medicare"}); err != nil {
		return "", "", err
	}
	registry = filepath.Join(dir, "clients.json")
	base, stop, err := a.demoLoopback(ctx, pool, registry)
	if err != nil {
		return "", "", err
	}
	defer stop()

	ehr, err := ehrFrom(dir, base)
	if err != nil {
		return "", "", err
	}
	var buf bytes.Buffer
	w := tabwriter.NewWriter(&buf, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "ORDER\tSERVICE\tCARD")
	today := time.Now().UTC()
	for i, o := range demoOrders {
		sc, err := synthetic.GenerateWith(o.scenario, o.variant, uint64(100+i), synthetic.Options{RequestDate: today, ID: fmt.Sprintf("ehr-%02d", i+1)})
		if err != nil {
			return "", "", err
		}
		if o.variant == "no-nyha" {
			// A chart to try `umassist cds call` with against the server.
			chart := filepath.Join(dir, "chart-no-nyha.json")
			if err := os.WriteFile(chart, sc.Bundle, 0o600); err != nil {
				return "", "", fmt.Errorf("demo: %w", err)
			}
			try = fmt.Sprintf("umassist cds call --dir %s --bundle %s --service %s", dir, chart, sc.Request.Service.Code)
			for _, d := range sc.Request.Diagnoses {
				try += " --diagnosis " + d.Code
			}
		}
		req, err := cdshooks.OrderSign(fmt.Sprintf("demo-%d-%d", today.Unix(), i), "PractitionerRole/demo-ordering", sc.Bundle, sc.Request.Service, sc.Request.Diagnoses, false)
		if err != nil {
			return "", "", err
		}
		t := time.Now()
		res, err := ehr.Call(ctx, "umassist-crd-order-sign", req)
		if err != nil {
			return "", "", fmt.Errorf("demo: order-sign %s: %w", o.title, err)
		}
		for _, c := range res.Cards {
			fmt.Fprintf(w, "%s\t%s\t[%s] %s (%d ms)\n", o.title, sc.Request.Service.Code, strings.ToUpper(string(c.Indicator)), c.Summary, time.Since(t).Milliseconds())
		}
	}
	if err := w.Flush(); err != nil {
		return "", "", fmt.Errorf("demo: %w", err)
	}
	fmt.Fprintf(a.stdout, "\npre-submission audit (CDS Hooks order-sign, Da Vinci CRD), as the ordering clinician sees it:\n%s\n",
		strings.TrimRight(buf.String(), "\n"))
	return registry, try, nil
}

// demoLoopback serves umassist (CDS Hooks for the clients in registry, the
// PAS endpoints, the intake) on a loopback port for the demo's own calls,
// over real HTTP with real credentials. New cases are queued for the
// workers serve starts.
func (a *app) demoLoopback(ctx context.Context, pool *pgxpool.Pool, registry string) (string, func(), error) {
	qc, err := queue.New(pool, queue.Config{}) // insert-only: serve's workers draft
	if err != nil {
		return "", nil, err
	}
	cases := postgres.NewCaseStore(pool, qc)
	p, err := envPipeline(ctx, pool, a.codeList(""))
	if err != nil {
		return "", nil, err
	}
	hooks, err := a.cdsHooks(ctx, p, pool, cases, registry, "")
	if err != nil {
		return "", nil, err
	}
	_, loader, err := fhirResources(ctx, a, nil, pool)
	if err != nil {
		return "", nil, err
	}
	srv, err := server.New(server.Config{Records: postgres.Records{Pool: pool}, Accounts: postgres.Accounts{Pool: pool}, Cases: cases, Review: postgres.NewReviewStore(pool, qc), Bundles: loader,
		Mount: func(s *server.Server) { mountCDSHooks(s, hooks) }})
	if err != nil {
		return "", nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, fmt.Errorf("demo: loopback: %w", err)
	}
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = hs.Serve(ln) }()
	return "http://" + ln.Addr().String(), func() { _ = hs.Shutdown(context.WithoutCancel(ctx)) }, nil
}

// demoPAS plays a provider's system against this instance as the payer:
// HL7's own Da Vinci PAS example request (home oxygen, E0424) goes to
// Claim/$submit with an API token, and the pended answer is printed with
// the commands to follow it once a nurse has decided in the UI.
func (a *app) demoPAS(ctx context.Context, pool *pgxpool.Pool, addr string) error {
	example := sourcetree.SharedData("davinci-pas", "bundle-prior-auth.json")
	raw, err := os.ReadFile(example)
	if err != nil {
		fmt.Fprintf(a.stderr, "demo: the Da Vinci PAS example was not found (%v): skipping the PAS step\n", err)
		return nil
	}
	if _, err := server.EnsureUser(ctx, pool, "pas-submitter", umassist.RoleOperator, "demo-pas-submitter-"+randomHex(8)); err != nil {
		return fmt.Errorf("demo: pas user: %w", err)
	}
	token, err := server.IssueAPIToken(ctx, pool, "pas-submitter", "demo PAS submitter", 24*time.Hour)
	if err != nil {
		return fmt.Errorf("demo: pas token: %w", err)
	}
	base, stop, err := a.demoLoopback(ctx, pool, "")
	if err != nil {
		return err
	}
	defer stop()
	t := time.Now()
	answer, err := pasclient.PostBundle(ctx, nil, base+"/fhir", "$submit", token, raw)
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	r, err := pas.ParseResponse(answer)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "\nprior authorization over Da Vinci PAS (this instance as the payer), HL7's example request for home oxygen (E0424), %d ms:\n  ", time.Since(t).Milliseconds())
	printClaimResponse(a.stdout, r)
	caseID := "?"
	if sub, err := pas.ParseRequest(raw); err == nil && len(sub.Identifiers) > 0 {
		if c, _, err := postgres.PASCase(ctx, pool, postgres.PASKey(sub.Identifiers[0].System, sub.Identifiers[0].Value)); err == nil {
			caseID = c.ID
		}
	}
	fmt.Fprintf(a.stdout, "  the request is case %s in the reviewer queue; once a nurse decides it, ask where it stands:\n  UMASSIST_PAS_TOKEN=%s umassist pas inquire --url http://%s/fhir %s\n",
		caseID, token, addr, example)
	return nil
}
