package agent_test

import (
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/tmc/langchaingo/llms"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/agent"
	"github.com/umassist/umassist/tools"
)

// fakeLLM is a hand-written llms.Model.
type fakeLLM struct {
	GenerateContentFunc func(ctx context.Context, msgs []llms.MessageContent, opts ...llms.CallOption) (*llms.ContentResponse, error)
}

func (f *fakeLLM) GenerateContent(ctx context.Context, msgs []llms.MessageContent, opts ...llms.CallOption) (*llms.ContentResponse, error) {
	return f.GenerateContentFunc(ctx, msgs, opts...)
}

func (f *fakeLLM) Call(context.Context, string, ...llms.CallOption) (string, error) {
	return "", errors.New("not used")
}

var _ llms.Model = (*fakeLLM)(nil)

func TestLangChainDrivesTheLoop(t *testing.T) {
	t.Parallel()
	var seen [][]llms.MessageContent
	var toolNames []string
	llm := &fakeLLM{GenerateContentFunc: func(_ context.Context, msgs []llms.MessageContent, opts ...llms.CallOption) (*llms.ContentResponse, error) {
		var o llms.CallOptions
		for _, opt := range opts {
			opt(&o)
		}
		toolNames = toolNames[:0]
		for _, tl := range o.Tools {
			toolNames = append(toolNames, tl.Function.Name)
		}
		seen = append(seen, msgs)
		info := map[string]any{"PromptTokens": 30, "CompletionTokens": 7}
		if len(seen) == 1 {
			return &llms.ContentResponse{Choices: []*llms.ContentChoice{{GenerationInfo: info, ToolCalls: []llms.ToolCall{
				{ID: "t1", Type: "function", FunctionCall: &llms.FunctionCall{Name: "lookup", Arguments: `{"q":"nyha"}`}},
			}}}}, nil
		}
		return &llms.ContentResponse{Choices: []*llms.ContentChoice{{GenerationInfo: info, ToolCalls: []llms.ToolCall{
			{ID: "t2", Type: "function", FunctionCall: &llms.FunctionCall{Name: agent.ToolSubmitDraft, Arguments: submitArgs(referDraft)}},
		}}}}, nil
	}}
	m := &agent.LangChainModel{LLM: llm, ModelName: "fake"}
	res, err := (&agent.Agent{Model: m}).Run(context.Background(), caseIn, []tools.Tool{&fakeTool{name: "lookup"}})
	require.NoError(t, err)
	require.Equal(t, umassist.RecommendRefer, res.Draft.Recommendation)
	require.Equal(t, "langchain:fake", res.Trace.Model)
	require.Equal(t, umassist.Tokens{Prompt: 60, Completion: 14}, res.Trace.Tokens)
	require.ElementsMatch(t, []string{"lookup", agent.ToolSubmitDraft}, toolNames)
	// The second call saw the AI's tool call and the tool's response.
	second := seen[1]
	require.Equal(t, llms.ChatMessageTypeSystem, second[0].Role)
	ai := second[len(second)-2]
	require.Equal(t, llms.ChatMessageTypeAI, ai.Role)
	require.IsType(t, llms.ToolCall{}, ai.Parts[0])
	tr := second[len(second)-1]
	require.Equal(t, llms.ChatMessageTypeTool, tr.Role)
	resp, ok := tr.Parts[0].(llms.ToolCallResponse)
	require.True(t, ok)
	require.Equal(t, "t1", resp.ToolCallID)
	require.Contains(t, resp.Content, "untrusted")
}

func TestLangChainErrors(t *testing.T) {
	t.Parallel()
	empty := &agent.LangChainModel{LLM: &fakeLLM{GenerateContentFunc: func(context.Context, []llms.MessageContent, ...llms.CallOption) (*llms.ContentResponse, error) {
		return &llms.ContentResponse{}, nil
	}}}
	_, err := empty.Generate(context.Background(), nil, nil, agent.Options{})
	require.ErrorIs(t, err, agent.ErrEmptyResponse)
	failing := &agent.LangChainModel{LLM: &fakeLLM{GenerateContentFunc: func(context.Context, []llms.MessageContent, ...llms.CallOption) (*llms.ContentResponse, error) {
		return nil, errors.New("provider down")
	}}}
	_, err = (&agent.Agent{Model: failing}).Run(context.Background(), caseIn, []tools.Tool{&fakeTool{name: "lookup"}})
	require.ErrorIs(t, err, agent.ErrModel)
	require.Contains(t, err.Error(), "provider down")
}
