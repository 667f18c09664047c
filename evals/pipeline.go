package evals

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"sort"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/agent"
	"github.com/umassist/umassist/fhir"
	"github.com/umassist/umassist/policies"
	"github.com/umassist/umassist/postgres"
)

// AgentDrafter drafts eval cases with the production agent.Drafter: the
// same loop, tools, retrieval and verifier reviewers' drafts come from.
// Nothing is stored as a case or a draft: results go to the run's folder.
type AgentDrafter struct {
	Drafter *agent.Drafter
}

var _ Drafter = AgentDrafter{}

// Draft implements Drafter.
func (d AgentDrafter) Draft(ctx context.Context, c Case, ns string) (*Output, error) {
	uc := &umassist.Case{ID: c.ID, Namespace: ns, Patient: c.PatientRef, Request: c.Request, Status: umassist.StatusReceived}
	res, err := d.Drafter.Draft(ctx, uc)
	out := &Output{}
	if res != nil && res.Trace != nil {
		out.Trace = res.Trace.JSON()
		out.ModelCalls, out.ToolCalls = res.Trace.ModelCalls, res.Trace.ToolCalls
	}
	if err != nil {
		return out, err
	}
	out.Draft = res.Draft
	return out, nil
}

// StoreLoader loads a dataset's patient bundles into the FHIR store and its
// policies/ into the policy corpus, both in the run's namespace, and drops
// the namespace afterwards.
type StoreLoader struct {
	Pool *pgxpool.Pool
	FHIR *fhir.Store
	// Policies loads policies/ documents; nil refuses datasets that have any.
	Policies *policies.Importer
	Log      *slog.Logger
}

var _ Loader = (*StoreLoader)(nil)

func (l *StoreLoader) log() *slog.Logger {
	if l.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return l.Log
}

// LoadDataset implements Loader.
func (l *StoreLoader) LoadDataset(ctx context.Context, ns string, ds *Dataset) (func(context.Context) error, error) {
	cleanup := func(ctx context.Context) error {
		n, err := postgres.DropNamespace(ctx, l.Pool, ns)
		l.log().Info("eval namespace dropped", "namespace", ns, "rows", n)
		return err
	}
	fail := func(err error) (func(context.Context) error, error) {
		if cerr := cleanup(context.WithoutCancel(ctx)); cerr != nil {
			err = errors.Join(err, cerr)
		}
		return nil, err
	}
	paths := make([]string, 0, len(ds.Bundles))
	for rel := range ds.Bundles {
		paths = append(paths, filepath.Join(ds.Dir, filepath.FromSlash(rel)))
	}
	sort.Strings(paths)
	res, err := l.FHIR.Load(ctx, ns, paths...)
	if err != nil {
		return fail(fmt.Errorf("evals: load patients: %w", err))
	}
	if res.Failed > 0 {
		// A resource the store refuses is part of what the dataset tests
		// (malformed input loses nothing else); the run goes on.
		l.log().Warn("eval dataset: resources not loaded", "namespace", ns, "failed", res.Failed)
	}
	l.log().Info("eval patients loaded", "namespace", ns, "files", res.Files, "resources", res.Loaded)
	if len(ds.Policies) > 0 {
		if l.Policies == nil {
			return fail(umassist.Errorf(umassist.EINVALID, "evals: dataset has policies/ but no policy loader is configured"))
		}
		if err := l.loadPolicies(ctx, ns, ds); err != nil {
			return fail(err)
		}
	}
	return cleanup, nil
}

// loadPolicies loads the dataset's policies/ folder into the run's
// namespace.
func (l *StoreLoader) loadPolicies(ctx context.Context, ns string, ds *Dataset) error {
	rep, err := l.Policies.LoadDocs(ctx, ns, filepath.Join(ds.Dir, "policies"))
	if err != nil {
		return fmt.Errorf("evals: load policies: %w", err)
	}
	if rep.Failed > 0 {
		return fmt.Errorf("evals: load policies: %w", errors.Join(rep.Errors...))
	}
	l.log().Info("eval policies loaded", "namespace", ns, "policies", rep.Policies, "passages", rep.Passages)
	return nil
}
