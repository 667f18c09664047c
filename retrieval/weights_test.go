package retrieval_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist/policies"
	"github.com/umassist/umassist/retrieval"
)

func TestFeatureWeights(t *testing.T) {
	t.Parallel()
	texts := []string{
		"the continuation of coverage for obstruction",
		"documentation of the evaluation and its interpretation",
		"a sleep study showing apnea",
	}
	w := retrieval.FitWeights("test", texts)
	require.Positive(t, w.Len(), "fragments shared by two texts are in the table")

	t.Run("round trip is byte-stable", func(t *testing.T) {
		t.Parallel()
		b1, err := w.MarshalBinary()
		require.NoError(t, err)
		b2, err := retrieval.FitWeights("test", texts).MarshalBinary()
		require.NoError(t, err)
		require.Equal(t, b1, b2, "same corpus, same bytes")
		var back retrieval.FeatureWeights
		require.NoError(t, back.UnmarshalBinary(b1))
		require.Equal(t, "test", back.Name)
		require.Equal(t, w.Len(), back.Len())
		e1 := &retrieval.HashEmbedder{Dims: 64, Weights: w}
		e2 := &retrieval.HashEmbedder{Dims: 64, Weights: &back}
		v1, _ := e1.Embed(context.Background(), texts)
		v2, _ := e2.Embed(context.Background(), texts)
		require.Equal(t, v1, v2)
	})

	t.Run("malformed tables are errors", func(t *testing.T) {
		t.Parallel()
		good, err := w.MarshalBinary()
		require.NoError(t, err)
		gz := func(raw []byte) []byte {
			var b bytes.Buffer
			zw := gzip.NewWriter(&b)
			zw.Write(raw) //nolint:errcheck
			zw.Close()    //nolint:errcheck
			return b.Bytes()
		}
		for name, data := range map[string][]byte{
			"not gzip":      []byte("hello"),
			"wrong magic":   gz([]byte("something else entirely")),
			"truncated":     good[:len(good)/2],
			"empty":         nil,
			"short entries": gz([]byte("umassist-idf-2\x01\x00x\x00\x00\x80\x3f\x05\x00\x00\x00")),
		} {
			var back retrieval.FeatureWeights
			require.ErrorIs(t, back.UnmarshalBinary(data), retrieval.ErrWeights, name)
		}
	})

	t.Run("model name says which table", func(t *testing.T) {
		t.Parallel()
		require.Equal(t, "hash-ngram-v3-64", (&retrieval.HashEmbedder{Dims: 64}).Model())
		require.Equal(t, "hash-ngram-idf-v5-64-test", (&retrieval.HashEmbedder{Dims: 64, Weights: w}).Model())
	})
}

// The embedded NCD table loads and changes vectors: a question shares
// fewer common fragments with an unrelated passage once they are weighted.
func TestNCDWeights(t *testing.T) {
	t.Parallel()
	w := retrieval.NCDWeights()
	require.Equal(t, "ncd", w.Name)
	require.Greater(t, w.Len(), 10_000)
	ctx := context.Background()
	texts := []string{"obstructive sleep apnea CPAP titration", "documentation of the evaluation of the condition and its continuation"}
	plain, _ := (&retrieval.HashEmbedder{Dims: retrieval.Dimensions}).Embed(ctx, texts)
	weighted, _ := retrieval.NewHashEmbedder().Embed(ctx, texts)
	require.Less(t, cosine(weighted[0], weighted[1]), cosine(plain[0], plain[1]))
}

func cosine(x, y []float32) float64 {
	var s float64
	for i := range x {
		s += float64(x[i]) * float64(y[i])
	}
	return s
}

// The embedded table is the one the current chunker and the NCD export
// give: a change to either must regenerate it (go generate ./retrieval/).
func TestNCDWeightsAreCurrent(t *testing.T) {
	t.Parallel()
	ncds, err := policies.ReadMCD(mcdDir, policies.DefaultChunker())
	require.NoError(t, err)
	want, err := retrieval.FitWeights("ncd", policies.EmbedTexts(ncds)).MarshalBinary()
	require.NoError(t, err)
	got, err := retrieval.NCDWeights().MarshalBinary()
	require.NoError(t, err)
	require.True(t, bytes.Equal(want, got), "weights_ncd.bin.gz is stale: run go generate ./retrieval/")
}
