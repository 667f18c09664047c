package evals

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/agent"
)

// countingModel answers with the number of messages it saw, and fails
// when told to.
type countingModel struct {
	calls atomic.Int64
	fail  atomic.Bool
}

func (m *countingModel) model() agent.Model {
	return agent.ModelFunc{NameValue: "fake:gpt", GenerateFunc: func(ctx context.Context, msgs []agent.Message, tools []agent.ToolSpec, opts agent.Options) (*agent.Response, error) {
		m.calls.Add(1)
		if m.fail.Load() {
			return nil, errors.New("fake: 503")
		}
		return &agent.Response{Message: agent.Message{Role: agent.RoleAssistant, Content: msgs[len(msgs)-1].Content + "!"},
			Usage: umassist.Tokens{Prompt: 10, Completion: 2}, Model: "gpt"}, nil
	}}
}

func TestCachedModel(t *testing.T) {
	t.Parallel()
	c, err := NewCache(t.TempDir())
	require.NoError(t, err)
	fake := &countingModel{}
	m := NewCachedModel(fake.model(), c)
	ctx := context.Background()
	msgs := []agent.Message{{Role: agent.RoleUser, Content: "hi"}}
	tools := []agent.ToolSpec{{Name: "search"}}

	first, err := m.Generate(ctx, msgs, tools, agent.Options{})
	require.NoError(t, err)
	again, err := m.Generate(ctx, msgs, tools, agent.Options{})
	require.NoError(t, err)
	require.Equal(t, first, again)
	require.Equal(t, int64(1), fake.calls.Load(), "the second call is served from the cache")

	// Every part of the key matters.
	_, err = m.Generate(ctx, msgs, tools, agent.Options{Temperature: 0.7})
	require.NoError(t, err)
	_, err = m.Generate(ctx, msgs, nil, agent.Options{})
	require.NoError(t, err)
	_, err = m.Generate(ctx, append(msgs, agent.Message{Role: agent.RoleUser, Content: "more"}), tools, agent.Options{})
	require.NoError(t, err)
	_, err = m.Generate(WithRepeat(ctx, 1), msgs, tools, agent.Options{})
	require.NoError(t, err)
	require.Equal(t, int64(5), fake.calls.Load())

	// Errors are never cached.
	fake.fail.Store(true)
	other := []agent.Message{{Role: agent.RoleUser, Content: "new"}}
	_, err = m.Generate(ctx, other, tools, agent.Options{})
	require.Error(t, err)
	fake.fail.Store(false)
	resp, err := m.Generate(ctx, other, tools, agent.Options{})
	require.NoError(t, err)
	require.Equal(t, "new!", resp.Message.Content)
	require.Equal(t, int64(7), fake.calls.Load(), "the failed call was retried, not replayed")
	require.Equal(t, fake.calls.Load(), m.Calls.Load(), "Calls counts every call that reached the model, the failed one too")
}

// TestCachedRerunMakesNoModelCalls runs a dataset twice through a drafter
// that calls a model several times per case: the second run, with the same
// cache, never reaches the model and drafts the same results.
func TestCachedRerunMakesNoModelCalls(t *testing.T) {
	t.Parallel()
	ds, err := ReadDataset("testdata/valid")
	require.NoError(t, err)
	c, err := NewCache(t.TempDir())
	require.NoError(t, err)
	fake := &countingModel{}
	run := func() *RunResult {
		m := NewCachedModel(fake.model(), c)
		res, err := Run(context.Background(), ds, modelDrafter(m), nil, RunOptions{Repeats: 2, Concurrency: 2, RunID: "cache"})
		require.NoError(t, err)
		return res
	}
	first := run()
	require.Equal(t, int64(4*2*3), fake.calls.Load(), "3 calls per case and repeat")
	second := run()
	require.Equal(t, int64(4*2*3), fake.calls.Load(), "the cached re-run makes no model calls")
	for i := range first.Results {
		require.Equal(t, first.Results[i].Summary, second.Results[i].Summary)
	}
}

// modelDrafter is a stand-in agent: three model calls, then a draft whose
// summary is the last answer.
func modelDrafter(m agent.Model) DrafterFunc {
	return func(ctx context.Context, c Case, ns string) (*Output, error) {
		msgs := []agent.Message{{Role: agent.RoleSystem, Content: "draft"}, {Role: agent.RoleUser, Content: c.ID}}
		var tok umassist.Tokens
		for range 3 {
			resp, err := m.Generate(ctx, msgs, []agent.ToolSpec{{Name: "search_observations"}}, agent.Options{})
			if err != nil {
				return nil, err
			}
			tok = tok.Add(resp.Usage)
			msgs = append(msgs, resp.Message)
		}
		return &Output{Draft: &umassist.Draft{Recommendation: umassist.RecommendRefer, Summary: msgs[len(msgs)-1].Content, Tokens: tok, Confidence: 0.5}, ModelCalls: 3}, nil
	}
}
