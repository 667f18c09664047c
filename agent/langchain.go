package agent

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/tmc/langchaingo/llms"

	"github.com/umassist/umassist"
)

// LangChainModel lets any langchaingo llms.Model with tool support drive the
// loop: messages and tools are translated both ways, tool calls travel as
// llms.ToolCall parts and results as llms.ToolCallResponse parts.
type LangChainModel struct {
	LLM llms.Model
	// ModelName names the model in traces ("langchain:<ModelName>").
	ModelName string
	// ProviderName is who serves the llms.Model ("ollama", "anthropic",
	// "vertex_ai"), for traces and metrics; "langchain" when unset.
	ProviderName string
	// CallOptions are passed on every call (after the loop's own).
	CallOptions []llms.CallOption
}

var _ Model = (*LangChainModel)(nil)

// Name implements Model.
func (m *LangChainModel) Name() string {
	if m.ModelName == "" {
		return "langchain"
	}
	return "langchain:" + m.ModelName
}

// Provider implements Model.
func (m *LangChainModel) Provider() string {
	if m.ProviderName == "" {
		return "langchain"
	}
	return m.ProviderName
}

// Generate implements Model.
func (m *LangChainModel) Generate(ctx context.Context, msgs []Message, specs []ToolSpec, opts Options) (*Response, error) {
	content := make([]llms.MessageContent, 0, len(msgs))
	for _, msg := range msgs {
		switch msg.Role {
		case RoleSystem:
			content = append(content, llms.TextParts(llms.ChatMessageTypeSystem, msg.Content))
		case RoleUser:
			content = append(content, llms.TextParts(llms.ChatMessageTypeHuman, msg.Content))
		case RoleAssistant:
			mc := llms.MessageContent{Role: llms.ChatMessageTypeAI}
			if msg.Content != "" {
				mc.Parts = append(mc.Parts, llms.TextContent{Text: msg.Content})
			}
			for _, tc := range msg.ToolCalls {
				mc.Parts = append(mc.Parts, llms.ToolCall{ID: tc.ID, Type: "function", FunctionCall: &llms.FunctionCall{Name: tc.Name, Arguments: tc.Arguments}})
			}
			content = append(content, mc)
		case RoleTool:
			content = append(content, llms.MessageContent{Role: llms.ChatMessageTypeTool, Parts: []llms.ContentPart{
				llms.ToolCallResponse{ToolCallID: msg.ToolCallID, Name: msg.Name, Content: msg.Content},
			}})
		}
	}
	var ts []llms.Tool
	for _, s := range specs {
		var params any = map[string]any{"type": "object", "properties": map[string]any{}}
		if len(s.Parameters) > 0 {
			params = json.RawMessage(s.Parameters)
		}
		ts = append(ts, llms.Tool{Type: "function", Function: &llms.FunctionDefinition{Name: s.Name, Description: s.Description, Parameters: params}})
	}
	callOpts := []llms.CallOption{llms.WithTools(ts), llms.WithTemperature(opts.Temperature)}
	if opts.MaxTokens > 0 {
		callOpts = append(callOpts, llms.WithMaxTokens(opts.MaxTokens))
	}
	if opts.Seed != nil {
		callOpts = append(callOpts, llms.WithSeed(*opts.Seed))
	}
	callOpts = append(callOpts, m.CallOptions...)
	resp, err := m.LLM.GenerateContent(ctx, content, callOpts...)
	if err != nil {
		return nil, fmt.Errorf("agent: langchain: %w", err)
	}
	if resp == nil || len(resp.Choices) == 0 {
		return nil, fmt.Errorf("agent: langchain: %w", ErrEmptyResponse)
	}
	ch := resp.Choices[0]
	out := &Response{Message: Message{Role: RoleAssistant, Content: ch.Content}, FinishReason: ch.StopReason, Model: m.ModelName}
	for _, tc := range ch.ToolCalls {
		if tc.FunctionCall == nil {
			continue
		}
		out.Message.ToolCalls = append(out.Message.ToolCalls, ToolCall{ID: tc.ID, Name: tc.FunctionCall.Name, Arguments: tc.FunctionCall.Arguments})
	}
	// Older function-calling providers answer with FuncCall only.
	if len(out.Message.ToolCalls) == 0 && ch.FuncCall != nil {
		out.Message.ToolCalls = append(out.Message.ToolCalls, ToolCall{Name: ch.FuncCall.Name, Arguments: ch.FuncCall.Arguments})
	}
	out.Usage = umassist.Tokens{Prompt: intInfo(ch.GenerationInfo, "PromptTokens", "prompt_tokens", "input_tokens"),
		Completion: intInfo(ch.GenerationInfo, "CompletionTokens", "completion_tokens", "output_tokens")}
	return out, nil
}

func intInfo(m map[string]any, keys ...string) int {
	for _, k := range keys {
		switch v := m[k].(type) {
		case int:
			return v
		case int32:
			return int(v)
		case int64:
			return int(v)
		case float64:
			return int(v)
		}
	}
	return 0
}
