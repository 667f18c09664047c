package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/urfave/cli/v3"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/agent"
	"github.com/umassist/umassist/agent/offline"
	"github.com/umassist/umassist/cdshooks"
	"github.com/umassist/umassist/fhir"
	"github.com/umassist/umassist/fhir/fhirstore"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/retrieval/policystore"
	"github.com/umassist/umassist/scan"
	"github.com/umassist/umassist/server"
	"github.com/umassist/umassist/tools"
)

func envOr(k, def string) string {
	if v := strings.TrimSpace(os.Getenv(k)); v != "" {
		return v
	}
	return def
}

// agentModel builds a model from its name, the one way every command
// (serve, worker, demo, review, eval) reads --model or UMASSIST_MODEL:
//   - offline (the default);
//   - openai:MODEL against the endpoint in UMASSIST_OPENAI_BASE_URL (or
//     OPENAI_BASE_URL) with OPENAI_API_KEY; UMASSIST_OPENAI_AZURE=1 selects
//     Azure OpenAI (MODEL is the deployment, UMASSIST_OPENAI_API_VERSION
//     its API version);
//   - langchain:PROVIDER:MODEL through langchaingo, openai or ollama
//     (OLLAMA_HOST).
func agentModel(name string) (agent.Model, error) {
	if name == "" {
		name = "offline"
	}
	spec, err := parseModelSpec(name)
	if err != nil {
		return nil, err
	}
	switch spec.Kind {
	case "offline":
		return offline.New(), nil
	case "openai":
		return agent.NewOpenAI(agent.OpenAIConfig{
			BaseURL:    envOr("UMASSIST_OPENAI_BASE_URL", os.Getenv("OPENAI_BASE_URL")),
			APIKey:     os.Getenv("OPENAI_API_KEY"),
			Model:      spec.Model,
			Azure:      os.Getenv("UMASSIST_OPENAI_AZURE") == "1",
			APIVersion: os.Getenv("UMASSIST_OPENAI_API_VERSION"),
		})
	}
	return langChainModel(spec)
}

// newAgentDrafter is the production drafting pipeline on pool: clinical
// tools on the FHIR store, policy tools on the retrieval store and the
// published criteria packs, and the verifier reading the same store and
// holding each draft to the pack governing its request.
func newAgentDrafter(ctx context.Context, pool *pgxpool.Pool, model agent.Model, codes agent.CodeDescriber) (*agent.Drafter, error) {
	d, _, err := newPipeline(ctx, pool, model, codes)
	return d, err
}

// caseTools builds a case's tools reading its record from src.
type caseTools func(src umassist.FHIRSource, c *umassist.Case, sc tools.Scope) []tools.Tool

// pipeline is the drafting pipeline's parts on one pool; drafter and
// toolsOn put them together over a set of criteria packs (the published
// ones, or one pack an editor is testing).
type pipeline struct {
	model    agent.Model
	fstore   *fhirstore.Store
	rstore   *policystore.Store
	auditor  tools.Auditor
	passages agent.PassageChecker
	versions tools.PolicyVersions
	packs    *postgres.PackStore
	codes    agent.CodeDescriber
}

// newPipeline is newAgentDrafter's drafter and the way it builds a case's
// tools on any record source, for callers that bring the record with them
// (a CDS Hooks call).
func newPipeline(ctx context.Context, pool *pgxpool.Pool, model agent.Model, codes agent.CodeDescriber) (*agent.Drafter, caseTools, error) {
	p, err := buildPipeline(ctx, pool, model, codes)
	if err != nil {
		return nil, nil, err
	}
	live := p.published()
	return p.drafter(live), p.toolsOn(live), nil
}

// published finds the packs published at the moment of each lookup, read
// through p's pack store (and its cache).
func (p *pipeline) published() tools.LivePacks { return tools.LivePacks{Loader: p.packs} }

// buildPipeline builds the parts, importing the built-in packs first.
func buildPipeline(ctx context.Context, pool *pgxpool.Pool, model agent.Model, codes agent.CodeDescriber) (*pipeline, error) {
	rstore, err := policyStore(pool)
	if err != nil {
		return nil, err
	}
	// The packs that drive drafts are the published revisions in the
	// database; the ones compiled into this binary are imported first
	// (once; a changed one never replaces an editor's revision unseen).
	packStore, err := seedPacks(ctx, pool, rstore)
	if err != nil {
		return nil, err
	}
	p := &pipeline{model: model, fstore: fhirstore.New(pool), rstore: rstore, auditor: tools.LogAuditor{Log: postgres.AuditLog{DB: pool}}, packs: packStore, codes: codes}
	// With the policy corpus imported, the verifier checks every cited
	// passage against it; without it, against what the run's tools showed
	// (the packs are validated against the corpus when they are built).
	if ids, err := rstore.PassageIDs(ctx, ""); err == nil && len(ids) > 0 {
		p.passages, p.versions = agent.StorePassages{Store: rstore}, rstore
	}
	return p, nil
}

func (p *pipeline) toolsOn(packs tools.PackFinder) caseTools {
	return func(src umassist.FHIRSource, c *umassist.Case, sc tools.Scope) []tools.Tool {
		ts := tools.NewClinical(src, p.auditor, sc)
		return append(ts, tools.PolicyTools(p.rstore, packs, tools.PolicyScope{Namespace: c.Namespace, Request: c.Request})...)
	}
}

func (p *pipeline) drafter(packs tools.PackFinder) *agent.Drafter {
	toolsOn := p.toolsOn(packs)
	return &agent.Drafter{
		Model:    p.model,
		Packs:    packs,
		Passages: p.passages,
		Versions: p.versions,
		Codes:    p.codes,
		Tools: func(ctx context.Context, c *umassist.Case, sc tools.Scope) ([]tools.Tool, error) {
			return toolsOn(p.fstore.Source(c.Namespace), c, sc), nil
		},
		Reader: func(ns string) agent.ResourceReader { return p.fstore.Source(ns) },
	}
}

var _ server.PackTester = (*pipeline)(nil)

// TestPack runs one pack, published or not, over a patient's record as the
// agent drafts a case: the request is the pack's first service for the
// patient on the day asked, with the diagnoses asked for (else the
// pack's first), in the pack's first jurisdiction when it is a local one.
// Nothing is stored but the audit of what was read.
func (p *pipeline) TestPack(ctx context.Context, t server.PackTest) (*umassist.Draft, error) {
	if t.Pack == nil || len(t.Pack.Services) == 0 {
		return nil, umassist.Errorf(umassist.EINVALID, "pack test: the pack names no service")
	}
	if !strings.HasPrefix(t.Patient, "Patient/") || len(t.Patient) <= len("Patient/") {
		return nil, umassist.Errorf(umassist.EINVALID, "pack test: patient must be a reference like Patient/123, not %q", t.Patient)
	}
	dx := t.Diagnoses
	if len(dx) == 0 && len(t.Pack.Diagnoses) > 0 {
		dx = []umassist.Coding{{System: umassist.SystemICD10CM, Code: t.Pack.Diagnoses[0]}}
	}
	c := &umassist.Case{ID: "packtest-" + strings.ToLower(rand.Text()[:12]), Patient: t.Patient, Namespace: t.Namespace, Request: umassist.ServiceRequest{
		Service: t.Pack.Services[0], Diagnoses: dx, Payer: t.Pack.Payer, Urgency: umassist.UrgencyStandard, Date: t.AsOf}}
	if len(t.Pack.Jurisdictions) > 0 {
		// A local pack governs only in its jurisdictions: test it in one.
		c.Request.Jurisdiction = t.Pack.Jurisdictions[0]
	}
	out, err := p.drafter(tools.PackList{t.Pack}).Draft(ctx, c)
	if err != nil {
		return nil, fmt.Errorf("pack test: %w", err)
	}
	return out.Draft, nil
}

// orderDrafter drafts an order against the record a CDS Hooks call
// brought, held in memory: the same pipeline with its tools and verifier
// reading that record instead of the store.
type orderDrafter struct {
	base  *agent.Drafter
	tools caseTools
}

var _ cdshooks.OrderDrafter = (*orderDrafter)(nil)

func (o *orderDrafter) DraftOrder(ctx context.Context, c *umassist.Case, src umassist.FHIRSource) (*umassist.Draft, error) {
	d := *o.base
	d.Tools = func(_ context.Context, c *umassist.Case, sc tools.Scope) ([]tools.Tool, error) {
		return o.tools(src, c, sc), nil
	}
	d.Reader = func(string) agent.ResourceReader { return src }
	out, err := d.Draft(ctx, c)
	if err != nil {
		return nil, err
	}
	return out.Draft, nil
}

func (a *app) reviewCommand() *cli.Command {
	return &cli.Command{
		Name:  "review",
		Usage: "draft one case from the command line: load a patient bundle, run the agent, print the draft",
		Description: "The bundle is loaded into a temporary namespace that is dropped afterwards; nothing is stored as a case.\n" +
			"Example: umassist review --bundle p017.json --service 33249 --diagnosis I50.22 --date 2026-03-02",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "bundle", Required: true, Usage: "the patient's FHIR R4 Bundle (JSON)"},
			&cli.StringFlag{Name: "service", Required: true, Usage: "the requested service: a CPT, HCPCS, NDC or RxNorm code (rxnorm:CODE, ndc:CODE name the system)"},
			&cli.StringFlag{Name: "service-display", Usage: "the service in words (optional; for an NDC, the label that names the drug)"},
			&cli.StringSliceFlag{Name: "diagnosis", Usage: "ICD-10-CM diagnosis code (repeatable)"},
			&cli.StringFlag{Name: "date", Required: true, Usage: "request date, YYYY-MM-DD: nothing dated after it is evidence"},
			&cli.StringFlag{Name: "payer", Value: "medicare", Usage: "payer whose policies govern the case"},
			&cli.StringFlag{Name: "jurisdiction", Usage: "Medicare contractor jurisdiction (JL): a local policy written for it governs"},
			&cli.StringFlag{Name: "urgency", Value: "standard", Usage: "standard or expedited"},
			&cli.StringFlag{Name: "patient", Usage: "Patient/ID in the bundle (default: the bundle's only patient)"},
			&cli.StringFlag{Name: "model", Value: "offline", Usage: "offline or openai:MODEL", Sources: cli.EnvVars("UMASSIST_MODEL")},
			&cli.BoolFlag{Name: "json", Usage: "print the draft as JSON (a SPEC result line with extras)"},
			&cli.BoolFlag{Name: "trace", Usage: "with --json, include the run's trace"},
		},
		Action: a.review,
	}
}

func (a *app) review(ctx context.Context, cmd *cli.Command) error {
	req, err := reviewRequest(cmd)
	if err != nil {
		return err
	}
	model, err := agentModel(cmd.String("model"))
	if err != nil {
		return err
	}
	patient := cmd.String("patient")
	if patient == "" {
		if patient, err = bundlePatient(cmd.String("bundle")); err != nil {
			return usageError{err}
		}
	}
	pool, err := a.db(ctx, cmd)
	if err != nil {
		return err
	}
	ns := postgres.ReviewNamespacePrefix + randomHex(6)
	defer func() {
		// Drop the patient's data even when the run was interrupted.
		dctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
		defer cancel()
		if _, err := postgres.DropNamespace(dctx, pool, ns); err != nil {
			a.log.Warn("review: could not drop the temporary namespace", "namespace", ns, "err", err)
		}
	}()
	if _, err := fhirstore.New(pool).Load(ctx, ns, cmd.String("bundle")); err != nil {
		return fmt.Errorf("review: load %s: %w", cmd.String("bundle"), err)
	}
	d, err := newAgentDrafter(ctx, pool, model, a.codeList(""))
	if err != nil {
		return err
	}
	c := &umassist.Case{ID: ns, Namespace: ns, Patient: patient, Request: req, Status: umassist.StatusReceived}
	out, err := d.Draft(ctx, c)
	if err != nil {
		if out != nil && out.Trace != nil {
			a.log.Error("review: the case could not be drafted", "steps", len(out.Trace.Steps), "model_calls", out.Trace.ModelCalls)
		}
		return fmt.Errorf("review: %w", err)
	}
	if cmd.Bool("json") {
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		if cmd.Bool("trace") {
			return enc.Encode(struct {
				*umassist.Draft
				Trace *agent.Trace `json:"trace"`
			}{out.Draft, out.Trace})
		}
		return enc.Encode(out.Draft)
	}
	printDraft(a.stdout, c, out)
	return nil
}

func reviewRequest(cmd *cli.Command) (umassist.ServiceRequest, error) {
	date, err := umassist.ParseDate(cmd.String("date"))
	if err != nil {
		return umassist.ServiceRequest{}, usageError{fmt.Errorf("--date: %w", err)}
	}
	jurisdiction, err := umassist.ParseJurisdiction(cmd.String("jurisdiction"))
	if err != nil {
		return umassist.ServiceRequest{}, usageError{fmt.Errorf("--jurisdiction: %w", err)}
	}
	svc, dx, err := requestCodes(cmd.String("service"), cmd.StringSlice("diagnosis"))
	if err != nil {
		return umassist.ServiceRequest{}, usageError{err}
	}
	svc.Display = cmd.String("service-display")
	req := umassist.ServiceRequest{Service: svc, Diagnoses: dx,
		Payer: strings.ToLower(cmd.String("payer")), Urgency: umassist.Urgency(cmd.String("urgency")), Date: date, Jurisdiction: jurisdiction}
	if err := req.Validate(); err != nil {
		return req, usageError{err}
	}
	return req, nil
}

// requestCodes reads a service code and ICD-10-CM diagnoses (repeated or
// comma-separated) as the command line gives them. The code's system is
// read from its shape as a form's is (scan.ServiceCoding: CPT, HCPCS,
// NDC, RxNorm "rxnorm:1991302" or 6-8 digits), or named before it
// ("ndc:", "rxnorm:", "cpt:", "hcpcs:") where the shape could be either.
func requestCodes(service string, diagnoses []string) (umassist.Coding, []umassist.Coding, error) {
	svc, ok := umassist.Coding{}, false
	if sys, code, named := strings.Cut(strings.TrimSpace(service), ":"); named {
		code = strings.ToUpper(strings.TrimSpace(code))
		switch strings.ToLower(sys) {
		case "cpt":
			svc, ok = umassist.Coding{System: umassist.SystemCPT, Code: code}, code != ""
		case "hcpcs":
			svc, ok = umassist.Coding{System: umassist.SystemHCPCS, Code: code}, code != ""
		case "ndc":
			svc, ok = umassist.Coding{System: umassist.SystemNDC, Code: code}, code != ""
		case "rxnorm":
			svc, ok = scan.ServiceCoding("rxnorm:" + code)
		}
	} else {
		svc, ok = scan.ServiceCoding(service)
	}
	if !ok {
		return umassist.Coding{}, nil, fmt.Errorf("--service %q: not a CPT, HCPCS, NDC or RxNorm code (name the system where the shape does not: rxnorm:36437, ndc:0074-0554-02)", service)
	}
	var dx []umassist.Coding
	for _, d := range diagnoses {
		for _, c := range strings.Split(d, ",") {
			if c = strings.ToUpper(strings.TrimSpace(c)); c != "" {
				dx = append(dx, umassist.Coding{System: umassist.SystemICD10CM, Code: c})
			}
		}
	}
	return svc, dx, nil
}

// bundlePatient finds the one Patient a bundle file holds.
func bundlePatient(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("review: %w", err)
	}
	defer f.Close()
	ref, err := fhir.BundlePatient(io.LimitReader(f, 1<<30))
	if err != nil {
		return "", fmt.Errorf("review: %s: %w (name the patient with --patient)", path, err)
	}
	return ref, nil
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// printDraft shows the draft as a nurse reviewer reads it.
func printDraft(w io.Writer, c *umassist.Case, out *agent.Drafted) {
	d := out.Draft
	fmt.Fprintf(w, "Recommendation: %s   (confidence %.2f, %s)\n", strings.ToUpper(string(d.Recommendation)), d.Confidence, verifiedWord(d))
	fmt.Fprintf(w, "Policy:         %s\n", orDash(d.Policy))
	fmt.Fprintf(w, "Patient:        %s   request date %s\n\n", c.Patient, c.Request.Date)
	fmt.Fprintln(w, d.Summary)
	if len(d.Questions) > 0 {
		fmt.Fprintln(w, "\nQuestions for the ordering clinician:")
		for _, q := range d.Questions {
			fmt.Fprintf(w, "  - %s\n", q)
		}
	}
	if len(d.Findings) > 0 {
		fmt.Fprintln(w, "\nVerifier findings:")
		for _, f := range d.Findings {
			fmt.Fprintf(w, "  - [%s] %s\n", f.Rule, f.Message)
		}
	}
	fmt.Fprintf(w, "\nEvidence cited: %s\n", strings.Join(d.Evidence, ", "))
	fmt.Fprintf(w, "Model %s, prompt %s: %d model calls, %d tool calls, %d ms, %d+%d tokens\n",
		d.Model, d.PromptVersion, out.Trace.ModelCalls, out.Trace.ToolCalls, d.LatencyMS, d.Tokens.Prompt, d.Tokens.Completion)
}

func verifiedWord(d *umassist.Draft) string {
	if d.Verified() {
		return "verified"
	}
	return fmt.Sprintf("%d verifier findings", len(d.Findings))
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
