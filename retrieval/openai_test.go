package retrieval_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/retrieval"
	"github.com/umassist/umassist/retrieval/policystore"
)

// fakeOpenAI is a local OpenAI-compatible /embeddings endpoint; HandleFunc
// decides each response.
type fakeOpenAI struct {
	calls      atomic.Int32
	HandleFunc func(n int32, req embReq) (int, any)
}

type embReq struct {
	Input      []string `json:"input"`
	Model      string   `json:"model"`
	Dimensions int      `json:"dimensions"`
}

func (f *fakeOpenAI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	n := f.calls.Add(1)
	var req embReq
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || r.URL.Path != "/v1/embeddings" {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	status, body := f.HandleFunc(n, req)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(body)
}

func okBody(req embReq, dims int) any {
	data := make([]map[string]any, len(req.Input))
	for i := range req.Input {
		v := make([]float32, dims)
		v[i%dims] = 1
		data[i] = map[string]any{"object": "embedding", "index": i, "embedding": v}
	}
	return map[string]any{"object": "list", "data": data, "model": req.Model}
}

func errBody(msg string) any {
	return map[string]any{"error": map[string]any{"message": msg, "type": "server_error"}}
}

func TestOpenAIEmbedder(t *testing.T) {
	t.Parallel()
	texts := []string{"a", "b", "c", "d", "e"}
	tests := []struct {
		name      string
		handle    func(n int32, req embReq) (int, any)
		wantErr   string
		wantCalls int32
	}{
		{"batches", func(n int32, req embReq) (int, any) { return 200, okBody(req, retrieval.Dimensions) }, "", 3},
		{"retries a 500 then succeeds", func(n int32, req embReq) (int, any) {
			if n == 1 {
				return 500, errBody("overloaded")
			}
			return 200, okBody(req, retrieval.Dimensions)
		}, "", 4},
		{"gives up after retries", func(n int32, req embReq) (int, any) { return 503, errBody("down") }, "down", 3},
		{"does not retry a 400", func(n int32, req embReq) (int, any) { return 400, errBody("bad input") }, "bad input", 1},
		{"wrong dimension", func(n int32, req embReq) (int, any) { return 200, okBody(req, 7) }, "wrong dimension", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			fake := &fakeOpenAI{HandleFunc: tt.handle}
			srv := httptest.NewServer(fake)
			defer srv.Close()
			e := retrieval.NewOpenAIEmbedder(retrieval.OpenAIConfig{BaseURL: srv.URL + "/v1", APIKey: "test", Model: "m", BatchSize: 2, Retries: 2, BaseDelay: time.Millisecond})
			require.Equal(t, "openai:m@512", e.Model())
			vecs, err := e.Embed(context.Background(), texts)
			if tt.wantErr != "" {
				require.ErrorContains(t, err, tt.wantErr)
			} else {
				require.NoError(t, err)
				require.Len(t, vecs, len(texts))
				require.Len(t, vecs[4], retrieval.Dimensions)
			}
			require.Equal(t, tt.wantCalls, fake.calls.Load())
		})
	}
}

func TestOpenAIEmbedderSendsModelAndDimensions(t *testing.T) {
	t.Parallel()
	var got embReq
	srv := httptest.NewServer(&fakeOpenAI{HandleFunc: func(n int32, req embReq) (int, any) {
		got = req
		return 200, okBody(req, 256)
	}})
	defer srv.Close()
	e := retrieval.NewOpenAIEmbedder(retrieval.OpenAIConfig{BaseURL: srv.URL + "/v1", Model: "text-embedding-3-small", Dimensions: 256})
	_, err := e.Embed(context.Background(), []string{"x"})
	require.NoError(t, err)
	require.Equal(t, "text-embedding-3-small", got.Model)
	require.Equal(t, 256, got.Dimensions)
	// The store refuses an embedder whose width does not fit its column.
	_, err = policystore.New(nil, e).UpsertPolicy(context.Background(),
		umassist.Policy{ID: "NCD 1.1", Version: "1", Source: "ncd"}, []umassist.Passage{{ID: "NCD 1.1#A", Text: "x"}})
	require.ErrorIs(t, err, retrieval.ErrDimension)
}
