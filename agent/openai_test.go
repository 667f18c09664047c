package agent_test

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/agent"
	"github.com/umassist/umassist/agent/openaitest"
	"github.com/umassist/umassist/tools"
)

func newOpenAI(t *testing.T, srv *openaitest.Server, waits *[]time.Duration) *agent.OpenAIModel {
	t.Helper()
	m, err := agent.NewOpenAI(agent.OpenAIConfig{BaseURL: srv.BaseURL(), APIKey: "test", Model: "fake-gpt",
		Timeout: 200 * time.Millisecond, MaxRetries: 3, MinBackoff: time.Millisecond, MaxBackoff: 5 * time.Second})
	require.NoError(t, err)
	var mu sync.Mutex
	m.SleepFunc = func(ctx context.Context, d time.Duration) error {
		mu.Lock()
		defer mu.Unlock()
		if waits != nil {
			*waits = append(*waits, d)
		}
		return ctx.Err()
	}
	return m
}

var submitRefer = openaitest.Call{Name: agent.ToolSubmitDraft, Arguments: submitArgs(referDraft)}

// TestOpenAIScriptsAndFaults: every scripted case ends drafted or with a
// clear error, within a bound; none hangs.
func TestOpenAIScriptsAndFaults(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		steps     []openaitest.Step
		wantErr   error
		wantMsg   string
		wantWaits []time.Duration
		check     func(t *testing.T, srv *openaitest.Server, res *agent.Result)
	}{
		{name: "tool calls in parallel then submit", steps: []openaitest.Step{
			{ToolCalls: []openaitest.Call{{Name: "lookup", Arguments: `{"q":"lvef"}`}, {Name: "lookup", Arguments: `{"q":"nyha"}`}}, Prompt: 50, Complete: 10},
			{ToolCalls: []openaitest.Call{submitRefer}, Prompt: 80, Complete: 30},
		}, check: func(t *testing.T, srv *openaitest.Server, res *agent.Result) {
			require.Equal(t, umassist.Tokens{Prompt: 130, Completion: 40}, res.Trace.Tokens)
			reqs := srv.Requests()
			require.Len(t, reqs, 2)
			require.NotNil(t, reqs[0].ParallelToolCalls)
			require.True(t, *reqs[0].ParallelToolCalls)
			require.Len(t, reqs[0].Tools, 2) // lookup + submit_draft
			// The second request carries both tool results, quoted.
			last := string(reqs[1].Messages[len(reqs[1].Messages)-1])
			require.Contains(t, last, "untrusted")
			require.Equal(t, 2, strings.Count(strings.Join(rawStrings(reqs[1].Messages), ""), `"role":"tool"`))
		}},
		{name: "429 with Retry-After is honoured", steps: []openaitest.Step{
			{Status: http.StatusTooManyRequests, RetryAfter: "2"},
			{ToolCalls: []openaitest.Call{submitRefer}},
		}, wantWaits: []time.Duration{2 * time.Second}},
		{name: "500 is retried", steps: []openaitest.Step{
			{Status: http.StatusInternalServerError}, {Status: http.StatusBadGateway, Body: "<html>bad gateway</html>"},
			{ToolCalls: []openaitest.Call{submitRefer}},
		}},
		{name: "a slow call times out and is retried", steps: []openaitest.Step{
			{Delay: 2 * time.Second}, {ToolCalls: []openaitest.Call{submitRefer}},
		}},
		{name: "malformed tool arguments go back to the model", steps: []openaitest.Step{
			{ToolCalls: []openaitest.Call{{Name: "lookup", Arguments: `{"q": "lvef`}}},
			{ToolCalls: []openaitest.Call{submitRefer}},
		}, check: func(t *testing.T, srv *openaitest.Server, _ *agent.Result) {
			require.Contains(t, strings.Join(rawStrings(srv.Requests()[1].Messages), ""), "not valid JSON")
		}},
		{name: "empty choices, once, are retried", steps: []openaitest.Step{
			{EmptyChoices: true}, {ToolCalls: []openaitest.Call{submitRefer}},
		}},
		{name: "empty choices, always, fail clearly", steps: []openaitest.Step{
			{EmptyChoices: true}, {EmptyChoices: true}, {EmptyChoices: true}, {EmptyChoices: true},
		}, wantErr: agent.ErrModel, wantMsg: "no choices"},
		{name: "persistent 503 gives up", steps: []openaitest.Step{
			{Status: 503}, {Status: 503}, {Status: 503}, {Status: 503},
		}, wantErr: agent.ErrModel, wantMsg: "giving up after 4 attempts"},
		{name: "400 is not retried", steps: []openaitest.Step{
			{Status: http.StatusBadRequest, Body: `{"error":{"message":"bad tools","type":"invalid_request_error"}}`},
		}, wantErr: agent.ErrModel, wantMsg: "bad tools"},
		{name: "a model that never submits", wantErr: agent.ErrMaxSteps},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			srv := openaitest.New(t, tt.steps...)
			var waits []time.Duration
			m := newOpenAI(t, srv, &waits)
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			a := &agent.Agent{Model: m, Limits: agent.Limits{MaxSteps: 4}}
			res, err := a.Run(ctx, caseIn, []tools.Tool{&fakeTool{name: "lookup"}})
			require.NoError(t, ctx.Err(), "the run must end on its own")
			if tt.wantErr != nil {
				require.ErrorIs(t, err, tt.wantErr)
				require.Contains(t, err.Error(), tt.wantMsg)
				return
			}
			require.NoError(t, err)
			require.Equal(t, umassist.RecommendRefer, res.Draft.Recommendation)
			require.Equal(t, "openai:fake-gpt", res.Trace.Model)
			if tt.wantWaits != nil {
				require.Equal(t, tt.wantWaits, waits)
			}
			if tt.check != nil {
				tt.check(t, srv, res)
			}
		})
	}
}

func rawStrings[T ~[]byte](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
}

func TestOpenAIConfig(t *testing.T) {
	t.Parallel()
	_, err := agent.NewOpenAI(agent.OpenAIConfig{})
	require.Equal(t, umassist.EINVALID, umassist.ErrorCode(err))
	_, err = agent.NewOpenAI(agent.OpenAIConfig{Model: "gpt", Azure: true})
	require.Error(t, err)
	m, err := agent.NewOpenAI(agent.OpenAIConfig{Model: "deploy", Azure: true, BaseURL: "https://example.openai.azure.com"})
	require.NoError(t, err)
	require.Equal(t, "openai:deploy", m.Name())
}
