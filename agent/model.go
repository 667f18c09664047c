package agent

import (
	"context"
	"encoding/json"

	"github.com/umassist/umassist"
)

// Role is who wrote a message.
type Role string

const (
	RoleSystem    Role = "system"
	RoleUser      Role = "user"
	RoleAssistant Role = "assistant"
	RoleTool      Role = "tool"
)

// Message is one turn of the conversation in a provider-neutral form.
type Message struct {
	Role    Role   `json:"role"`
	Content string `json:"content,omitempty"`
	// ToolCalls are the calls an assistant message asks for.
	ToolCalls []ToolCall `json:"tool_calls,omitempty"`
	// ToolCallID and Name tie a tool message to the call it answers.
	ToolCallID string `json:"tool_call_id,omitempty"`
	Name       string `json:"name,omitempty"`
}

// ToolCall is one function call the model asks for. Arguments is the raw
// text the model produced: it may not even be JSON, and the loop says so
// to the model instead of failing.
type ToolCall struct {
	ID        string `json:"id"`
	Name      string `json:"name"`
	Arguments string `json:"arguments"`
}

// ToolSpec describes a tool to a model.
type ToolSpec struct {
	Name        string          `json:"name"`
	Description string          `json:"description"`
	Parameters  json.RawMessage `json:"parameters"`
}

// Options tune one model call.
type Options struct {
	Temperature float64
	MaxTokens   int
	// Seed asks providers that support it for reproducible sampling.
	Seed *int
}

// Response is the model's answer to one call.
type Response struct {
	Message      Message
	Usage        umassist.Tokens
	Model        string // the model that answered, as the provider names it
	FinishReason string
}

// Model is what the loop needs from a language model: one call that sees
// the conversation and the tools and answers with text or tool calls.
type Model interface {
	// Name identifies the model in traces and drafts ("offline/v1",
	// "openai:gpt-4o").
	Name() string
	// Provider names who serves it, as OpenTelemetry's
	// gen_ai.provider.name does ("openai", "umassist.offline"): traces
	// and metrics report it, never a guess from the name.
	Provider() string
	Generate(ctx context.Context, msgs []Message, tools []ToolSpec, opts Options) (*Response, error)
}

// ModelFunc adapts functions to Model (fakes and scripted models).
type ModelFunc struct {
	NameValue     string
	ProviderValue string // "func" when empty
	GenerateFunc  func(ctx context.Context, msgs []Message, tools []ToolSpec, opts Options) (*Response, error)
}

// Name implements Model.
func (m ModelFunc) Name() string {
	if m.NameValue == "" {
		return "func"
	}
	return m.NameValue
}

// Provider implements Model.
func (m ModelFunc) Provider() string {
	if m.ProviderValue == "" {
		return "func"
	}
	return m.ProviderValue
}

// Generate implements Model.
func (m ModelFunc) Generate(ctx context.Context, msgs []Message, tools []ToolSpec, opts Options) (*Response, error) {
	return m.GenerateFunc(ctx, msgs, tools, opts)
}

var _ Model = ModelFunc{}
