package evals

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync/atomic"
)

// Cache stores model responses on disk, keyed by a hash of everything that
// decides the response: model, messages, tools, parameters and the repeat
// index. Only successes are stored, so an error is retried next run.
type Cache struct {
	Dir          string
	hits, misses atomic.Int64
	writes       atomic.Int64
}

// NewCache opens (creating) a cache folder.
func NewCache(dir string) (*Cache, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("evals: cache: %w", err)
	}
	return &Cache{Dir: dir}, nil
}

// CacheKey hashes the parts' canonical JSON (Go's encoder sorts map keys).
func CacheKey(parts ...any) (string, error) {
	h := sha256.New()
	enc := json.NewEncoder(h)
	for _, p := range parts {
		if err := enc.Encode(p); err != nil {
			return "", fmt.Errorf("evals: cache key: %w", err)
		}
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func (c *Cache) path(key string) string {
	return filepath.Join(c.Dir, key[:2], key+".json")
}

// Get decodes the entry for key into v and reports whether it was there.
func (c *Cache) Get(key string, v any) (bool, error) {
	b, err := os.ReadFile(c.path(key))
	if errors.Is(err, os.ErrNotExist) {
		c.misses.Add(1)
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("evals: cache get: %w", err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		// A torn or foreign file is a miss, not a failure: it is rewritten.
		c.misses.Add(1)
		return false, nil
	}
	c.hits.Add(1)
	return true, nil
}

// Put stores v under key (atomically: a crash leaves no torn entry).
func (c *Cache) Put(key string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("evals: cache put: %w", err)
	}
	p := c.path(key)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return fmt.Errorf("evals: cache put: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(p), ".put-*")
	if err != nil {
		return fmt.Errorf("evals: cache put: %w", err)
	}
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return fmt.Errorf("evals: cache put: %w", err)
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("evals: cache put: %w", err)
	}
	if err := os.Rename(tmp.Name(), p); err != nil {
		return fmt.Errorf("evals: cache put: %w", err)
	}
	c.writes.Add(1)
	return nil
}

// CacheStats counts lookups since the cache was opened.
type CacheStats struct {
	Hits   int64 `json:"hits"`
	Misses int64 `json:"misses"`
	Writes int64 `json:"writes"`
}

// Stats returns the counts so far.
func (c *Cache) Stats() CacheStats {
	return CacheStats{Hits: c.hits.Load(), Misses: c.misses.Load(), Writes: c.writes.Load()}
}
