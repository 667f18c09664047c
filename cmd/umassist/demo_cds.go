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

	"github.com/umassist/umassist/cdshooks"
	"github.com/umassist/umassist/fhir/synthetic"
	"github.com/umassist/umassist/internal/sourcetree"
	"github.com/umassist/umassist/postgres"
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
	hooks, err := a.cdsHooks(ctx, pool, postgres.NewCaseStore(pool, nil), registry, "")
	if err != nil {
		return "", "", err
	}
	srv, err := server.New(server.Config{Pool: pool, Cases: postgres.NewCaseStore(pool, nil), Review: postgres.NewReviewStore(pool, nil),
		Mount: func(s *server.Server) { mountCDSHooks(s, hooks) }})
	if err != nil {
		return "", "", err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", "", fmt.Errorf("demo: cds hooks: %w", err)
	}
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = hs.Serve(ln) }()
	defer func() { _ = hs.Shutdown(context.WithoutCancel(ctx)) }()

	ehr, err := ehrFrom(dir, "http://"+ln.Addr().String())
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
