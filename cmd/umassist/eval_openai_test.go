package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist/agent"
	"github.com/umassist/umassist/agent/offline"
	"github.com/umassist/umassist/agent/openaitest"
	"github.com/umassist/umassist/evals"
)

// offlineBehindOpenAI makes the fake OpenAI-compatible server answer as the
// offline model would: the eval's LLM path (HTTP, the OpenAI adapter,
// tokens, cost, the cache) is exercised end to end with sensible answers.
func offlineBehindOpenAI(t *testing.T) *openaitest.Server {
	t.Helper()
	srv := openaitest.New(t)
	model := offline.New()
	srv.Then = func(r openaitest.Request) openaitest.Step {
		var msgs []agent.Message
		for _, raw := range r.Messages {
			var m struct {
				Role       string `json:"role"`
				Content    string `json:"content"`
				ToolCallID string `json:"tool_call_id"`
				Name       string `json:"name"`
				ToolCalls  []struct {
					ID       string `json:"id"`
					Function struct {
						Name      string `json:"name"`
						Arguments string `json:"arguments"`
					} `json:"function"`
				} `json:"tool_calls"`
			}
			require.NoError(t, json.Unmarshal(raw, &m))
			am := agent.Message{Role: agent.Role(m.Role), Content: m.Content, ToolCallID: m.ToolCallID, Name: m.Name}
			for _, tc := range m.ToolCalls {
				am.ToolCalls = append(am.ToolCalls, agent.ToolCall{ID: tc.ID, Name: tc.Function.Name, Arguments: tc.Function.Arguments})
			}
			msgs = append(msgs, am)
		}
		var specs []agent.ToolSpec
		for _, raw := range r.Tools {
			var tl struct {
				Function agent.ToolSpec `json:"function"`
			}
			require.NoError(t, json.Unmarshal(raw, &tl))
			specs = append(specs, tl.Function)
		}
		resp, err := model.Generate(context.Background(), msgs, specs, agent.Options{})
		if err != nil {
			return openaitest.Step{Status: 400, Body: `{"error":{"message":"` + err.Error() + `"}}`}
		}
		st := openaitest.Step{Content: resp.Message.Content, Prompt: 900, Complete: 150}
		for _, c := range resp.Message.ToolCalls {
			st.ToolCalls = append(st.ToolCalls, openaitest.Call{ID: c.ID, Name: c.Name, Arguments: c.Arguments})
		}
		return st
	}
	return srv
}

// TestEvalOpenAIModelWithCache runs part of the dev dataset with
// --model openai:MODEL against a local OpenAI-compatible server: drafts
// match the offline model's, tokens are counted and priced, and a re-run
// with the same cache sends the server nothing.
func TestEvalOpenAIModelWithCache(t *testing.T) {
	url := evalDatabase(t)
	srv := offlineBehindOpenAI(t)
	dir := bigDevSubset(t, 8)
	env := map[string]string{"DATABASE_URL": url, "UMASSIST_OPENAI_BASE_URL": srv.BaseURL(), "OPENAI_API_KEY": "test"}
	cache, out := t.TempDir(), t.TempDir()
	code, stdout, stderr := runCLI(t, env, "eval", "run", "--dataset", dir, "--out", out, "--model", "openai:gpt-4o-mini", "--cache", cache, "--quiet")
	require.Equal(t, exitOK, code, stderr)
	t.Logf("summary:\n%s", stdout)
	sum, err := evals.ReadSummary(filepath.Join(out, "summary.json"))
	require.NoError(t, err)
	require.Equal(t, 8, sum.Cases)
	require.Zero(t, sum.Errors)
	require.InDelta(t, 1.0, *sum.Recommendation.Accuracy, 1e-9)
	require.Positive(t, sum.Tokens.Prompt)
	require.Positive(t, sum.CostUSD, "gpt-4o-mini is priced")
	require.Equal(t, "openai:gpt-4o-mini", sum.Model)
	sent := len(srv.Requests())
	require.Positive(t, sent)

	code, stdout, stderr = runCLI(t, env, "eval", "run", "--dataset", dir, "--out", t.TempDir(), "--model", "openai:gpt-4o-mini", "--cache", cache, "--quiet")
	require.Equal(t, exitOK, code, stderr)
	require.Contains(t, stdout, "cache: 8 cases replayed whole")
	require.Equal(t, sent, len(srv.Requests()), "the cached re-run sent the model nothing")
}
