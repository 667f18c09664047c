package main

import (
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"log/slog"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/ollama"
	lcopenai "github.com/tmc/langchaingo/llms/openai"
	"github.com/urfave/cli/v3"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/agent"
	"github.com/umassist/umassist/evals"
	"github.com/umassist/umassist/fhir/fhirstore"
	"github.com/umassist/umassist/policies"
	"github.com/umassist/umassist/postgres"
)

// evalPipeline wires the production drafting pipeline for eval runs: the
// model (behind the cache when --cache is set), the agent drafter with the
// clinical and policy tools, the verifier, and a loader that puts the
// dataset into the run's namespace and drops it afterwards.
func (a *app) evalPipeline(ctx context.Context, cmd *cli.Command, spec modelSpec, cache *evals.Cache) (*evalPipeline, error) {
	model, err := agentModel(spec.String())
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
	p, err := newEvalPipeline(ctx, pool, model, a.codeList(""), a.log)
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

// langChainModel drives the agent with a langchaingo model: openai or
// ollama, endpoints from the environment.
func langChainModel(spec modelSpec) (agent.Model, error) {
	switch spec.Kind {
	case "langchain":
		var llm llms.Model
		var err error
		switch spec.Provider {
		case "openai":
			opts := []lcopenai.Option{lcopenai.WithModel(spec.Model), lcopenai.WithToken(envOr("OPENAI_API_KEY", "none"))}
			if u := envOr("UMASSIST_OPENAI_BASE_URL", os.Getenv("OPENAI_BASE_URL")); u != "" {
				opts = append(opts, lcopenai.WithBaseURL(u))
			}
			llm, err = lcopenai.New(opts...)
		case "ollama":
			opts := []ollama.Option{ollama.WithModel(spec.Model)}
			if u := envOr("OLLAMA_HOST", ""); u != "" {
				opts = append(opts, ollama.WithServerURL(u))
			}
			llm, err = ollama.New(opts...)
		default:
			return nil, usageError{fmt.Errorf("--model langchain:%s: provider must be openai or ollama", spec.Provider)}
		}
		if err != nil {
			return nil, fmt.Errorf("eval: langchain %s: %w", spec.Provider, err)
		}
		return &agent.LangChainModel{LLM: llm, ModelName: spec.Provider + ":" + spec.Model, ProviderName: spec.Provider}, nil
	}
	return nil, umassist.Errorf(umassist.EINVALID, "eval: unknown model %s", spec)
}

// newEvalPipeline is the production wiring on pool (newAgentDrafter, the
// drafter the worker and the review command use), with model.
func newEvalPipeline(ctx context.Context, pool *pgxpool.Pool, model agent.Model, codes agent.CodeDescriber, log *slog.Logger) (*evalPipeline, error) {
	d, err := newAgentDrafter(ctx, pool, model, codes)
	if err != nil {
		return nil, err
	}
	store, err := policyStore(pool)
	if err != nil {
		return nil, err
	}
	return &evalPipeline{
		Drafter: evals.AgentDrafter{Drafter: d},
		Loader: &evals.StoreLoader{Pool: pool, FHIR: fhirstore.New(pool),
			Policies: &policies.Importer{Store: store}, Log: log},
	}, nil
}
