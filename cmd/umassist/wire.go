package main

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/labstack/echo/v4"
	"github.com/urfave/cli/v3"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/agent"
	"github.com/umassist/umassist/cdshooks"
	"github.com/umassist/umassist/drafting"
	"github.com/umassist/umassist/fhir/fhirstore"
	"github.com/umassist/umassist/internal/sourcetree"
	"github.com/umassist/umassist/pasclient"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/queue"
	"github.com/umassist/umassist/retrieval"
	"github.com/umassist/umassist/retrieval/policystore"
	"github.com/umassist/umassist/scan"
	"github.com/umassist/umassist/server"
	"github.com/umassist/umassist/telemetry"
)

// The wiring every command shares, built here and only here, by explicit
// calls: no init functions and no package-level hooks, so what a command
// runs does not depend on which files exist or the order Go initialises
// them in. A new capability adds a line to one of these functions (and a
// test in wire_test.go).

// agentDrafter is the case drafter of serve, worker and demo: the agent,
// with the model UMASSIST_MODEL names (default offline), traced and
// measured around the agent (a span per run, per model call and per tool
// call) so the agent itself carries no instrumentation.
func (a *app) agentDrafter(ctx context.Context, pool *pgxpool.Pool) (queue.Drafter, error) {
	p, err := envPipeline(ctx, pool, a.codeList(""))
	if err != nil {
		return nil, err
	}
	return a.caseDrafter(pool, p), nil
}

// caseDrafter is p's drafter as the queue runs it (agentDrafter), for a
// command that has built its pipeline already.
func (a *app) caseDrafter(pool *pgxpool.Pool, p *pipeline) queue.Drafter {
	return drafting.Traced(&drafting.CaseDrafter{Pool: pool, Drafter: p.drafter(p.published()), Log: a.log})
}

// serveMiddleware runs on every route of `umassist serve`: request metrics.
// The operations routes (command centre, reports, River UI, /metrics) are
// mounted by mountOps.
func serveMiddleware() []echo.MiddlewareFunc {
	return []echo.MiddlewareFunc{telemetry.Middleware(server.StatusOf)}
}

// policyStore is the policy corpus every command reads and writes, with
// the embedder UMASSIST_EMBEDDER names (see embedder). Passages are
// embedded when they are imported: changing the embedder means importing
// the corpus again.
func policyStore(pool *pgxpool.Pool) (*policystore.Store, error) {
	e, err := embedder(envOr("UMASSIST_EMBEDDER", "offline"))
	if err != nil {
		return nil, err
	}
	return policystore.New(pool, e), nil
}

// policies opens the database and its policy store, for commands that
// read or write the corpus.
func (a *app) policies(ctx context.Context, cmd *cli.Command) (*pgxpool.Pool, *policystore.Store, error) {
	pool, err := a.db(ctx, cmd)
	if err != nil {
		return nil, nil, err
	}
	store, err := policyStore(pool)
	if err != nil {
		return nil, nil, err
	}
	return pool, store, nil
}

// embedder builds an embedder from its name:
//   - offline (the default): the deterministic hash embedder;
//   - openai:MODEL: an OpenAI-compatible /embeddings endpoint (OpenAI,
//     Azure, vLLM, Ollama, llama.cpp server) at UMASSIST_OPENAI_BASE_URL (or
//     OPENAI_BASE_URL) with OPENAI_API_KEY, asked for vectors as wide as
//     the store holds.
func embedder(name string) (retrieval.Embedder, error) {
	switch model, ok := strings.CutPrefix(name, "openai:"); {
	case name == "offline":
		return retrieval.NewHashEmbedder(), nil
	case ok && strings.TrimSpace(model) != "":
		return retrieval.NewOpenAIEmbedder(retrieval.OpenAIConfig{
			BaseURL: envOr("UMASSIST_OPENAI_BASE_URL", os.Getenv("OPENAI_BASE_URL")), APIKey: os.Getenv("OPENAI_API_KEY"),
			Model: strings.TrimSpace(model), Dimensions: retrieval.Dimensions,
		}), nil
	}
	return nil, usageError{fmt.Errorf("UMASSIST_EMBEDDER: want offline or openai:MODEL, not %q", name)}
}

// answerFiler files the ordering clinician's answer to a request for
// information as a note on the patient's record in the case's namespace,
// so that the re-draft reads and cites it.
func answerFiler(c *umassist.Case, n int, text string, by umassist.Actor, at time.Time) (postgres.TxWriter, error) {
	return fhirstore.NewAnswer(c.Namespace, c, n, text, by, at)
}

// cdsHooks is the CDS Hooks (Da Vinci CRD) service of serve: p's agent,
// reading the record each call brings, for the CDS clients registered in
// clientsFile (none: every hook call is refused, discovery still answers).
func (a *app) cdsHooks(ctx context.Context, p *pipeline, pool *pgxpool.Pool, cases *postgres.CaseStore, clientsFile, publicURL string) (*cdshooks.Handlers, error) {
	live := p.published()
	d, toolsOn := p.drafter(live), p.toolsOn(live)
	clients, err := cdshooks.NewClients(ctx)
	if clientsFile != "" {
		clients, err = cdshooks.LoadClients(ctx, clientsFile)
	}
	if err != nil {
		return nil, err
	}
	return &cdshooks.Handlers{Drafter: &orderDrafter{base: d, tools: toolsOn}, Cases: caseOpener{cases}, Clients: clients, DB: pool,
		PublicURL: publicURL, HTTPClient: &http.Client{Timeout: 10 * time.Second}, Log: a.log}, nil
}

// packEditing is the criteria pack editor of serve and demo: the pack
// revisions, the policy corpus they are written against, and p, which
// tests a revision on a patient.
func packEditing(p *pipeline, cfg *server.Config) {
	cfg.Packs, cfg.Corpus, cfg.PackTester = p.packs, p.rstore, p
}

// envPipeline is the drafting pipeline with the model UMASSIST_MODEL
// names: the one serve, worker and demo draft with, and a pack revision is
// tested on (UI and CLI alike). serve builds it once for all of them, as
// each build seeds the built-in packs and holds its own published-pack
// cache.
func envPipeline(ctx context.Context, pool *pgxpool.Pool, codes agent.CodeDescriber) (*pipeline, error) {
	model, err := agentModel(envOr("UMASSIST_MODEL", "offline"))
	if err != nil {
		return nil, err
	}
	return buildPipeline(ctx, pool, model, codes)
}

// pasSubmitter is the provider's end of PAS for serve and worker: approved
// pre-submission cases go to the payers in endpointsFile (none: nil, and
// approvals send nothing). Its Cases (for appeals) is set once the queue
// that drafts them exists.
func (a *app) pasSubmitter(pool *pgxpool.Pool, endpointsFile string) (*pasclient.Submitter, error) {
	if endpointsFile == "" {
		return nil, nil
	}
	eps, err := pasclient.LoadEndpoints(endpointsFile)
	if err != nil {
		return nil, err
	}
	return &pasclient.Submitter{Pool: pool, Endpoints: eps, Log: a.log}, nil
}

// asSubmitter is s as the queue takes it: nil stays nil.
func asSubmitter(s *pasclient.Submitter) queue.Submitter {
	if s == nil {
		return nil
	}
	return s
}

// caseOpener opens a signed order's pre-submission case in the queue:
// the record the call brought goes in through the one-patient intake, in
// the case's own transaction, and the case is drafted like any other.
type caseOpener struct{ store *postgres.CaseStore }

var _ cdshooks.CaseOpener = caseOpener{}

func (o caseOpener) OpenCase(ctx context.Context, in cdshooks.OpenCase) (string, error) {
	records, err := fhirstore.IntakeOf("", in.Patient, in.Records)
	if err != nil {
		return "", err
	}
	cc := postgres.CreateCase{Patient: in.Patient, Request: in.Request, IdempotencyKey: in.Key, Actor: in.Actor, Records: records, Client: in.Client}
	c, _, err := o.store.Create(ctx, cc)
	if umassist.ErrorCode(err) == umassist.ECONFLICT {
		c, _, err = o.store.Create(ctx, cc) // the same order signed twice at once
	}
	if err != nil {
		return "", err
	}
	return c.ID, nil
}

// mountCDSHooks registers the CDS Hooks routes. They pass the server's
// sign-in as public routes: each call proves who it is with the JWT its
// CDS client signs, checked by the handlers.
func mountCDSHooks(s *server.Server, h *cdshooks.Handlers) {
	for _, r := range h.Routes() {
		s.Handle(r.Method, r.Path, r.Handler, server.Access{Public: true})
	}
}

// codeList is the code sets scanned codes are checked against and bare
// request codes are described by: the flag, else ../shared/data/codes
// beside the source tree, else none (codes are then checked by form only,
// and the log says so). A folder is read once per command, however many
// parts ask for it (the demo's intake, drafter and CDS service).
func (a *app) codeList(flag string) *scan.CodeList {
	dir := flag
	if dir == "" && sourcetree.HasSharedData("codes") {
		dir = sourcetree.SharedData("codes")
	}
	if dir == "" {
		a.log.Warn("no code lists: scanned ICD-10-CM and HCPCS codes are checked by form only (set --codes)")
		return nil
	}
	a.codesMu.Lock()
	defer a.codesMu.Unlock()
	if cl, ok := a.codes[dir]; ok {
		return cl
	}
	cl, err := scan.LoadCodeList(dir)
	if err != nil {
		a.log.Warn("code lists unreadable: scanned codes are checked by form only", "err", err)
		cl = nil
	}
	if a.codes == nil {
		a.codes = map[string]*scan.CodeList{}
	}
	a.codes[dir] = cl
	return cl
}

// intake is fax and scan intake: the packet store, and the reader the
// intake_read jobs run (OCR with Debian's Tesseract). The store's queue is
// set once the queue client exists (the client needs the reader).
func (a *app) intake(pool *pgxpool.Pool, codes *scan.CodeList) (*postgres.IntakeStore, *scan.Reader) {
	store := postgres.NewIntakeStore(pool, nil)
	return store, &scan.Reader{Store: store, Engine: &scan.Engine{}, Codes: codes, Logger: a.log}
}
