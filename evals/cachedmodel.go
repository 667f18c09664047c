package evals

import (
	"context"
	"fmt"
	"sync/atomic"

	"github.com/umassist/umassist/agent"
)

// CachedModel answers from the cache when the same model has seen the same
// messages, tools, options and repeat index before, and calls the model
// (then stores the answer) otherwise. Errors are never cached: a failed
// call is retried on the next run.
type CachedModel struct {
	Model agent.Model
	Cache *Cache
	// Calls counts calls that reached the model.
	Calls atomic.Int64
}

var _ agent.Model = (*CachedModel)(nil)

// NewCachedModel wraps m with c.
func NewCachedModel(m agent.Model, c *Cache) *CachedModel { return &CachedModel{Model: m, Cache: c} }

// Name is the wrapped model's: a cache changes nothing a trace records.
func (m *CachedModel) Name() string { return m.Model.Name() }

// Provider implements agent.Model.
func (m *CachedModel) Provider() string { return m.Model.Provider() }

// cacheVersion changes when the entry's shape or the key's parts do.
const cacheVersion = "evals-model-cache/v1"

// Generate implements agent.Model.
func (m *CachedModel) Generate(ctx context.Context, msgs []agent.Message, tools []agent.ToolSpec, opts agent.Options) (*agent.Response, error) {
	key, err := CacheKey(cacheVersion, m.Model.Name(), msgs, tools, opts, RepeatFrom(ctx))
	if err != nil {
		return nil, err
	}
	var cached agent.Response
	if ok, err := m.Cache.Get(key, &cached); err != nil {
		return nil, err
	} else if ok {
		return &cached, nil
	}
	m.Calls.Add(1)
	resp, err := m.Model.Generate(ctx, msgs, tools, opts)
	if err != nil {
		return nil, err
	}
	if err := m.Cache.Put(key, resp); err != nil {
		return nil, fmt.Errorf("evals: cache model response: %w", err)
	}
	return resp, nil
}
