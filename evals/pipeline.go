package evals

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"sort"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/agent"
	"github.com/umassist/umassist/fhir/fhirstore"
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
	uc := &umassist.Case{ID: c.ID, Namespace: BundleNamespace(ns, c.Patient), Patient: c.PatientRef, Request: c.Request, Status: umassist.StatusReceived}
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
	FHIR *fhirstore.Store
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

// BundleNamespace is the namespace a dataset's patient bundle is loaded
// into within a run's namespace ns. Each bundle gets its own: resource ids
// are unique only within a bundle (SPEC), and two patients' "Condition/htn"
// in one namespace would overwrite each other.
func BundleNamespace(ns, patient string) string {
	sum := sha256.Sum256([]byte(filepath.ToSlash(patient)))
	return ns + "-" + hex.EncodeToString(sum[:5])
}

// LoadDataset implements Loader: every bundle into its own namespace
// (BundleNamespace), the dataset's policies/ beside each.
func (l *StoreLoader) LoadDataset(ctx context.Context, ns string, ds *Dataset) (func(context.Context) error, error) {
	rels := make([]string, 0, len(ds.Bundles))
	for rel := range ds.Bundles {
		rels = append(rels, rel)
	}
	sort.Strings(rels)
	cleanup := func(ctx context.Context) error {
		var errs []error
		var n int64
		for _, sub := range append([]string{ns}, bundleNamespaces(ns, rels)...) {
			k, err := postgres.DropNamespace(ctx, l.Pool, sub)
			n += k
			errs = append(errs, err)
		}
		l.log().Info("eval namespace dropped", "namespace", ns, "rows", n)
		return errors.Join(errs...)
	}
	fail := func(err error) (func(context.Context) error, error) {
		if cerr := cleanup(context.WithoutCancel(ctx)); cerr != nil {
			err = errors.Join(err, cerr)
		}
		return nil, err
	}
	if len(ds.Policies) > 0 && l.Policies == nil {
		return fail(umassist.Errorf(umassist.EINVALID, "evals: dataset has policies/ but no policy loader is configured"))
	}
	var loaded, failed int
	for _, rel := range rels {
		sub := BundleNamespace(ns, rel)
		res, err := l.FHIR.Load(ctx, sub, filepath.Join(ds.Dir, filepath.FromSlash(rel)))
		if err != nil {
			return fail(fmt.Errorf("evals: load patients: %w", err))
		}
		loaded += res.Loaded
		failed += res.Failed
		if len(ds.Policies) > 0 {
			// The embedding cache makes every load after the first cheap.
			if err := l.loadPolicies(ctx, sub, ds); err != nil {
				return fail(err)
			}
		}
	}
	if failed > 0 {
		// A resource the store refuses is part of what the dataset tests
		// (malformed input loses nothing else); the run goes on.
		l.log().Warn("eval dataset: resources not loaded", "namespace", ns, "failed", failed)
	}
	l.log().Info("eval patients loaded", "namespace", ns, "files", len(rels), "resources", loaded)
	return cleanup, nil
}

func bundleNamespaces(ns string, rels []string) []string {
	out := make([]string, 0, len(rels))
	for _, rel := range rels {
		out = append(out, BundleNamespace(ns, rel))
	}
	return out
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
