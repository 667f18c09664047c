package retrieval

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// OpenAIEmbedder calls an OpenAI-compatible /embeddings endpoint with
// batching and retries with exponential backoff.
type OpenAIEmbedder struct {
	client    *openai.Client
	model     string
	dims      int
	batch     int
	retries   int
	baseDelay time.Duration
}

var _ Embedder = (*OpenAIEmbedder)(nil)

// OpenAIConfig configures an OpenAIEmbedder.
type OpenAIConfig struct {
	BaseURL    string // "http://localhost:8080/v1"
	APIKey     string
	Model      string // "text-embedding-3-small"
	Dimensions int    // requested width; default Dimensions
	BatchSize  int    // texts per request; default 64
	Retries    int    // extra attempts on failure; default 3
	BaseDelay  time.Duration
	HTTPClient *http.Client
}

// NewOpenAIEmbedder returns an embedder for cfg.
func NewOpenAIEmbedder(cfg OpenAIConfig) *OpenAIEmbedder {
	c := openai.DefaultConfig(cfg.APIKey)
	if cfg.BaseURL != "" {
		c.BaseURL = cfg.BaseURL
	}
	if cfg.HTTPClient != nil {
		c.HTTPClient = cfg.HTTPClient
	}
	e := &OpenAIEmbedder{client: openai.NewClientWithConfig(c), model: cfg.Model, dims: cfg.Dimensions, batch: cfg.BatchSize, retries: cfg.Retries, baseDelay: cfg.BaseDelay}
	if e.model == "" {
		e.model = "text-embedding-3-small"
	}
	if e.dims == 0 {
		e.dims = Dimensions
	}
	if e.batch <= 0 {
		e.batch = 64
	}
	if e.retries < 0 {
		e.retries = 0
	} else if cfg.Retries == 0 {
		e.retries = 3
	}
	if e.baseDelay == 0 {
		e.baseDelay = 200 * time.Millisecond
	}
	return e
}

// Model names model and width, so a change of either misses the cache.
func (e *OpenAIEmbedder) Model() string { return fmt.Sprintf("openai:%s@%d", e.model, e.dims) }

// Dimensions returns the requested width.
func (e *OpenAIEmbedder) Dimensions() int { return e.dims }

// Embed embeds texts in batches; a batch is retried on errors other than
// a wrong dimension (which retrying cannot fix).
func (e *OpenAIEmbedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, 0, len(texts))
	for start := 0; start < len(texts); start += e.batch {
		end := min(start+e.batch, len(texts))
		vecs, err := e.embedBatch(ctx, texts[start:end])
		if err != nil {
			return nil, err
		}
		out = append(out, vecs...)
	}
	return out, nil
}

func (e *OpenAIEmbedder) embedBatch(ctx context.Context, texts []string) ([][]float32, error) {
	var lastErr error
	for attempt := 0; attempt <= e.retries; attempt++ {
		if attempt > 0 {
			delay := e.baseDelay << (attempt - 1)
			select {
			case <-ctx.Done():
				return nil, ctx.Err()
			case <-time.After(delay):
			}
		}
		resp, err := e.client.CreateEmbeddings(ctx, openai.EmbeddingRequest{
			Input:      texts,
			Model:      openai.EmbeddingModel(e.model),
			Dimensions: e.dims,
		})
		if err != nil {
			lastErr = err
			if ctx.Err() != nil || !retryable(err) {
				break
			}
			continue
		}
		vecs := make([][]float32, len(texts))
		for _, d := range resp.Data {
			if d.Index < 0 || d.Index >= len(texts) {
				return nil, fmt.Errorf("retrieval: embeddings: index %d out of range", d.Index)
			}
			vecs[d.Index] = d.Embedding
		}
		if err := CheckDims(vecs, len(texts), e.dims); err != nil {
			return nil, err
		}
		return vecs, nil
	}
	return nil, fmt.Errorf("retrieval: embeddings (%s): %w", e.model, lastErr)
}

// retryable: server errors and rate limits are retried; other client
// errors (bad request, auth) are not.
func retryable(err error) bool {
	var apiErr *openai.APIError
	if errors.As(err, &apiErr) {
		return apiErr.HTTPStatusCode == http.StatusTooManyRequests || apiErr.HTTPStatusCode >= 500
	}
	var reqErr *openai.RequestError
	if errors.As(err, &reqErr) {
		return reqErr.HTTPStatusCode == http.StatusTooManyRequests || reqErr.HTTPStatusCode >= 500
	}
	return true // transport errors
}
