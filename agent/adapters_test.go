package agent_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	lcopenai "github.com/tmc/langchaingo/llms/openai"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/agent"
	"github.com/umassist/umassist/agent/openaitest"
	"github.com/umassist/umassist/tools"
)

// adapters are every Model adapter, built on the same fake endpoint, so
// one suite checks them all: go-openai directly, and langchaingo's own
// OpenAI client behind LangChainModel.
var adapters = map[string]func(t *testing.T, srv *openaitest.Server) agent.Model{
	"openai": func(t *testing.T, srv *openaitest.Server) agent.Model { return newOpenAI(t, srv, nil) },
	"langchain": func(t *testing.T, srv *openaitest.Server) agent.Model {
		llm, err := lcopenai.New(lcopenai.WithBaseURL(srv.BaseURL()), lcopenai.WithToken("test"), lcopenai.WithModel("fake-gpt"))
		require.NoError(t, err)
		return &agent.LangChainModel{LLM: llm, ModelName: "openai/fake-gpt"}
	},
}

func TestAdapterSuite(t *testing.T) {
	t.Parallel()
	for name, build := range adapters {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			t.Run("tool calls then submit", func(t *testing.T) {
				t.Parallel()
				srv := openaitest.New(t,
					openaitest.Step{ToolCalls: []openaitest.Call{{Name: "lookup", Arguments: `{"q":"lvef"}`}, {Name: "lookup", Arguments: `{"q":"nyha"}`}}, Prompt: 40, Complete: 8},
					openaitest.Step{ToolCalls: []openaitest.Call{submitRefer}, Prompt: 60, Complete: 20})
				lookup := &fakeTool{name: "lookup"}
				res, err := (&agent.Agent{Model: build(t, srv)}).Run(context.Background(), caseIn, []tools.Tool{lookup})
				require.NoError(t, err)
				require.Equal(t, umassist.RecommendRefer, res.Draft.Recommendation)
				require.Len(t, lookup.calls, 2)
				require.Equal(t, umassist.Tokens{Prompt: 100, Completion: 28}, res.Trace.Tokens)
				require.Len(t, srv.Requests(), 2)
			})
			t.Run("malformed arguments go back", func(t *testing.T) {
				t.Parallel()
				srv := openaitest.New(t,
					openaitest.Step{ToolCalls: []openaitest.Call{{Name: "lookup", Arguments: `{"q":`}}},
					openaitest.Step{ToolCalls: []openaitest.Call{submitRefer}})
				res, err := (&agent.Agent{Model: build(t, srv)}).Run(context.Background(), caseIn, []tools.Tool{&fakeTool{name: "lookup"}})
				require.NoError(t, err)
				require.NotNil(t, res.Draft)
				require.Contains(t, res.Trace.Steps[1].Error, "invalid arguments")
			})
			t.Run("never submits", func(t *testing.T) {
				t.Parallel()
				srv := openaitest.New(t)
				ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
				defer cancel()
				_, err := (&agent.Agent{Model: build(t, srv), Limits: agent.Limits{MaxSteps: 3}}).Run(ctx, caseIn, []tools.Tool{&fakeTool{name: "lookup"}})
				require.ErrorIs(t, err, agent.ErrMaxSteps)
			})
		})
	}
}
