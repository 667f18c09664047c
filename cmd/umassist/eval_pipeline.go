package main

import (
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"log/slog"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/urfave/cli/v3"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/agent"
	"github.com/umassist/umassist/agent/offline"
	"github.com/umassist/umassist/evals"
	"github.com/umassist/umassist/fhir"
	"github.com/umassist/umassist/policies"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/retrieval"
	"github.com/umassist/umassist/tools"
)

// evalPipeline wires the production drafting pipeline for eval runs: the
// model (behind the cache when --cache is set), the agent drafter with the
// clinical and policy tools, the verifier, and a loader that puts the
// dataset into the run's namespace and drops it afterwards.
func (a *app) evalPipeline(ctx context.Context, cmd *cli.Command, spec modelSpec, cache *evals.Cache) (*evalPipeline, error) {
	model, err := evalModel(spec)
	if err != nil {
		return nil, err
	}
	if cache != nil {
		model = evals.NewCachedModel(model, cache)
	}
	pool, err := a.db(ctx, cmd)
	if err != nil {
		return nil, err
	}
	p, err := newEvalPipeline(pool, model, a.log)
	if err != nil {
		return nil, err
	}
	if cache != nil {
		if p.Fingerprint, err = evalFingerprint(ctx, pool, model); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// evalFingerprint names what decides a draft outside the dataset: this
// build (the executable's hash: any code change is a new build), the model
// and the standard policy corpus. Whole cases are replayed from the cache
// only under the same fingerprint.
func evalFingerprint(ctx context.Context, pool *pgxpool.Pool, model agent.Model) (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", fmt.Errorf("eval: fingerprint: %w", err)
	}
	f, err := os.Open(exe)
	if err != nil {
		return "", fmt.Errorf("eval: fingerprint: %w", err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("eval: fingerprint: %w", err)
	}
	corpus, err := postgres.CorpusFingerprint(ctx, pool)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%x|%s|%s|%s", h.Sum(nil), model.Name(), agent.PromptVersion, corpus), nil
}

// evalModel builds the model a --model names.
func evalModel(spec modelSpec) (agent.Model, error) {
	switch spec.Kind {
	case "offline":
		return offline.New(), nil
	}
	return nil, umassist.Errorf(umassist.ENOTIMPLEMENTED, "eval: --model %s is not available in this build (use offline)", spec)
}

// newEvalPipeline is the production wiring on pool, with model.
func newEvalPipeline(pool *pgxpool.Pool, model agent.Model, log *slog.Logger) (*evalPipeline, error) {
	fstore := fhir.NewStore(pool)
	rstore := retrieval.NewStore(pool, retrieval.NewHashEmbedder())
	loaded, err := policies.LoadPacks()
	if err != nil {
		return nil, err
	}
	packs := make(tools.PackList, len(loaded))
	for i := range loaded {
		packs[i] = &loaded[i]
	}
	auditor := tools.PostgresAuditor{DB: pool}
	d := &agent.Drafter{
		Model: model,
		Tools: func(ctx context.Context, c *umassist.Case, sc tools.Scope) ([]tools.Tool, error) {
			ts := tools.NewClinical(fstore.Source(c.Namespace), auditor, sc)
			return append(ts, tools.PolicyTools(rstore, packs, tools.PolicyScope{Namespace: c.Namespace, Request: c.Request})...), nil
		},
		Reader: func(ns string) agent.ResourceReader { return fstore.Source(ns) },
	}
	return &evalPipeline{
		Drafter: evals.AgentDrafter{Drafter: d},
		Loader:  &evals.StoreLoader{Pool: pool, FHIR: fstore, Policies: &policies.Importer{Store: rstore}, Log: log},
	}, nil
}

// fhirSourceFunc returns the FHIR store's sources by namespace.
var fhirSourceFunc = func(pool *pgxpool.Pool) (func(ns string) umassist.FHIRSource, error) {
	return fhir.NewStore(pool).Source, nil
}
