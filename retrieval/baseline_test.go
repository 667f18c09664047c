package retrieval_test

import (
	"context"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/stretchr/testify/require"
	"github.com/tmc/langchaingo/embeddings"
	"github.com/tmc/langchaingo/schema"
	lcpgvector "github.com/tmc/langchaingo/vectorstores/pgvector"

	"github.com/umassist/umassist/policies"
	"github.com/umassist/umassist/retrieval"
)

// lcEmbedder hands langchaingo the same offline embedder, so the baseline
// differs from our store only in what the store does.
type lcEmbedder struct{ e retrieval.Embedder }

var _ embeddings.Embedder = lcEmbedder{}

func (l lcEmbedder) EmbedDocuments(ctx context.Context, texts []string) ([][]float32, error) {
	return l.e.Embed(ctx, texts)
}

func (l lcEmbedder) EmbedQuery(ctx context.Context, text string) ([]float32, error) {
	v, err := l.e.Embed(ctx, []string{text})
	if err != nil {
		return nil, err
	}
	return v[0], nil
}

// langchainBaseline loads the same NCD passages into langchaingo's
// vectorstores/pgvector (HNSW cosine, as a Go developer would set it up)
// and runs the labelled queries through SimilaritySearch.
func langchainBaseline(t *testing.T, ctx context.Context, pool *pgxpool.Pool, qs []labelled) Metrics {
	t.Helper()
	store, err := lcpgvector.New(ctx,
		lcpgvector.WithConn(pool),
		lcpgvector.WithEmbedder(lcEmbedder{retrieval.NewHashEmbedder()}),
		lcpgvector.WithVectorDimensions(retrieval.Dimensions),
		lcpgvector.WithHNSWIndex(16, 64, "vector_cosine_ops"),
		lcpgvector.WithCollectionName("ncd"),
	)
	require.NoError(t, err)
	ncds, err := policies.ReadMCD(mcdDir, policies.DefaultChunker())
	require.NoError(t, err)
	var docs []schema.Document
	for _, n := range ncds {
		for _, p := range n.Passages {
			docs = append(docs, schema.Document{PageContent: p.Text, Metadata: map[string]any{"passage_id": p.ID, "policy_id": p.PolicyID}})
		}
	}
	_, err = store.AddDocuments(ctx, docs)
	require.NoError(t, err)
	for _, q := range qs { // warm, as the store's rankings are
		_, err := store.SimilaritySearch(ctx, q.Query, 10)
		require.NoError(t, err)
	}
	ranked := make([][]string, len(qs))
	var took []time.Duration
	for i, q := range qs {
		t0 := time.Now()
		res, err := store.SimilaritySearch(ctx, q.Query, 10)
		took = append(took, time.Since(t0))
		require.NoError(t, err)
		for _, d := range res {
			id, _ := d.Metadata["passage_id"].(string)
			ranked[i] = append(ranked[i], id)
		}
	}
	return score("langchaingo-pgvector", qs, ranked, took)
}
