package evals

import (
	"context"
	"fmt"
	"sync/atomic"
)

// ReplayDrafter serves a whole case's output from the cache when nothing
// that decides it changed: the same build, model and policy corpus (the
// Fingerprint), the same case, patient record, dataset policies and repeat.
// A cached re-run of an LLM run then costs neither model calls nor tool
// calls. Anything new (a rebuilt binary, a re-imported corpus, an edited
// bundle) misses, and the run drafts afresh, its model calls still served
// by the model-call cache. Errors are never cached.
type ReplayDrafter struct {
	Drafter Drafter
	Cache   *Cache
	// Fingerprint names everything outside the dataset that decides a
	// draft; empty disables replay.
	Fingerprint string
	Dataset     *Dataset
	Hits        atomic.Int64
}

var _ Drafter = (*ReplayDrafter)(nil)

const replayVersion = "evals-replay/v1"

// Draft implements Drafter.
func (r *ReplayDrafter) Draft(ctx context.Context, c Case, ns string) (*Output, error) {
	if r.Fingerprint == "" || r.Cache == nil {
		return r.Drafter.Draft(ctx, c, ns)
	}
	bundle := ""
	if idx := r.Dataset.Bundles[c.Patient]; idx != nil {
		bundle = idx.SHA256
	}
	key, err := CacheKey(replayVersion, r.Fingerprint, r.Dataset.PoliciesSHA256, c.ID, c.PatientRef, c.Request, bundle, RepeatFrom(ctx))
	if err != nil {
		return nil, err
	}
	var out Output
	if ok, err := r.Cache.Get(key, &out); err != nil {
		return nil, err
	} else if ok && out.Draft != nil {
		r.Hits.Add(1)
		return &out, nil
	}
	o, err := r.Drafter.Draft(ctx, c, ns)
	if err != nil {
		return o, err
	}
	if err := r.Cache.Put(key, o); err != nil {
		return nil, fmt.Errorf("evals: cache case output: %w", err)
	}
	return o, nil
}
