package agent

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/internal/ctxtime"
)

// OpenAIConfig configures an OpenAI-compatible chat endpoint: OpenAI,
// Azure OpenAI, vLLM, Ollama, llama.cpp server.
type OpenAIConfig struct {
	BaseURL string // "" is OpenAI's; "http://localhost:11434/v1" for Ollama
	APIKey  string
	Model   string
	// Azure selects Azure OpenAI: BaseURL is the resource endpoint, Model
	// the deployment, APIVersion the API version (default 2024-06-01).
	Azure      bool
	APIVersion string
	// Timeout bounds one HTTP call (default 60 s); the run's deadline
	// bounds them all.
	Timeout time.Duration
	// MaxRetries on 429, 5xx, timeouts and connection errors (default 4).
	MaxRetries int
	// MinBackoff and MaxBackoff bound the exponential backoff (default
	// 500 ms and 20 s); a Retry-After header is honoured up to MaxBackoff.
	MinBackoff, MaxBackoff time.Duration
	// ParallelToolCalls asks the model for several calls per turn (default
	// on); some local servers reject the field, so it can be turned off.
	DisableParallelToolCalls bool
	HTTPClient               *http.Client
}

// OpenAIModel drives the agent with an OpenAI-compatible endpoint.
type OpenAIModel struct {
	client *openai.Client
	cfg    OpenAIConfig
	// SleepFunc waits between retries; tests make it instant.
	SleepFunc func(ctx context.Context, d time.Duration) error
}

var _ Model = (*OpenAIModel)(nil)

// NewOpenAI returns a model on an OpenAI-compatible endpoint.
func NewOpenAI(cfg OpenAIConfig) (*OpenAIModel, error) {
	if strings.TrimSpace(cfg.Model) == "" {
		return nil, umassist.Errorf(umassist.EINVALID, "agent: openai: a model name is required")
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 60 * time.Second
	}
	if cfg.MaxRetries == 0 {
		cfg.MaxRetries = 4
	}
	if cfg.MaxRetries < 0 {
		cfg.MaxRetries = 0
	}
	if cfg.MinBackoff <= 0 {
		cfg.MinBackoff = 500 * time.Millisecond
	}
	if cfg.MaxBackoff <= 0 {
		cfg.MaxBackoff = 20 * time.Second
	}
	var cc openai.ClientConfig
	if cfg.Azure {
		if cfg.BaseURL == "" {
			return nil, umassist.Errorf(umassist.EINVALID, "agent: openai: Azure needs the resource endpoint as the base URL")
		}
		cc = openai.DefaultAzureConfig(cfg.APIKey, cfg.BaseURL)
		if cfg.APIVersion == "" {
			cfg.APIVersion = "2024-06-01"
		}
		cc.APIVersion = cfg.APIVersion
	} else {
		cc = openai.DefaultConfig(cfg.APIKey)
		if cfg.BaseURL != "" {
			cc.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
		}
	}
	base := cfg.HTTPClient
	if base == nil {
		base = &http.Client{}
	}
	rt := base.Transport
	if rt == nil {
		rt = http.DefaultTransport
	}
	hc := *base
	hc.Transport = retryAfterTransport{rt}
	cc.HTTPClient = &hc
	return &OpenAIModel{client: openai.NewClientWithConfig(cc), cfg: cfg, SleepFunc: ctxtime.Sleep}, nil
}

// Name implements Model.
func (m *OpenAIModel) Name() string { return "openai:" + m.cfg.Model }

// Provider implements Model: any OpenAI-compatible endpoint speaks the
// OpenAI API.
func (m *OpenAIModel) Provider() string { return "openai" }

// Generate implements Model: one chat completion, retried on transient
// failures with exponential backoff and jitter, honouring Retry-After.
func (m *OpenAIModel) Generate(ctx context.Context, msgs []Message, specs []ToolSpec, opts Options) (*Response, error) {
	req := openai.ChatCompletionRequest{
		Model:       m.cfg.Model,
		Messages:    toOpenAIMessages(msgs),
		Temperature: float32(opts.Temperature),
		Seed:        opts.Seed,
	}
	if opts.MaxTokens > 0 {
		//lint:ignore SA1019 vLLM, Ollama and llama.cpp servers read max_tokens, not max_completion_tokens.
		req.MaxTokens = opts.MaxTokens
	}
	for _, s := range specs {
		params := s.Parameters
		if len(params) == 0 {
			params = json.RawMessage(`{"type":"object","properties":{}}`)
		}
		req.Tools = append(req.Tools, openai.Tool{Type: openai.ToolTypeFunction, Function: &openai.FunctionDefinition{
			Name: s.Name, Description: s.Description, Parameters: params,
		}})
	}
	if len(req.Tools) > 0 && !m.cfg.DisableParallelToolCalls {
		req.ParallelToolCalls = true
	}
	var lastErr error
	for attempt := 0; ; attempt++ {
		resp, retryAfter, err := m.once(ctx, req)
		if err == nil {
			return resp, nil
		}
		lastErr = err
		if ctx.Err() != nil {
			return nil, fmt.Errorf("agent: openai: %w (last error: %v)", ctx.Err(), lastErr)
		}
		if !retryable(err) || attempt >= m.cfg.MaxRetries {
			if attempt > 0 {
				return nil, fmt.Errorf("agent: openai: giving up after %d attempts: %w", attempt+1, err)
			}
			return nil, fmt.Errorf("agent: openai: %w", err)
		}
		wait := m.backoff(attempt, retryAfter)
		if err := m.SleepFunc(ctx, wait); err != nil {
			return nil, fmt.Errorf("agent: openai: %w (last error: %v)", err, lastErr)
		}
	}
}

// ErrEmptyResponse: the endpoint answered without a choice.
var ErrEmptyResponse = errors.New("the model returned no choices")

type retryAfterKey struct{}

// retryAfterTransport copies a response's Retry-After into the holder the
// request's context carries: go-openai's errors do not keep headers.
type retryAfterTransport struct{ rt http.RoundTripper }

func (t retryAfterTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	resp, err := t.rt.RoundTrip(r)
	if err == nil && (resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500) {
		if h, ok := r.Context().Value(retryAfterKey{}).(*time.Duration); ok {
			*h = parseRetryAfter(resp.Header.Get("Retry-After"), time.Now())
		}
	}
	return resp, err
}

func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if s, err := strconv.ParseFloat(v, 64); err == nil && s >= 0 {
		return time.Duration(s * float64(time.Second))
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

func (m *OpenAIModel) once(ctx context.Context, req openai.ChatCompletionRequest) (*Response, time.Duration, error) {
	var retryAfter time.Duration
	cctx, cancel := context.WithTimeout(context.WithValue(ctx, retryAfterKey{}, &retryAfter), m.cfg.Timeout)
	defer cancel()
	out, err := m.client.CreateChatCompletion(cctx, req)
	if err != nil {
		if ctx.Err() == nil && errors.Is(cctx.Err(), context.DeadlineExceeded) {
			return nil, 0, &callTimeout{m.cfg.Timeout}
		}
		return nil, retryAfter, err
	}
	if len(out.Choices) == 0 {
		return nil, 0, ErrEmptyResponse
	}
	ch := out.Choices[0]
	msg := Message{Role: RoleAssistant, Content: ch.Message.Content}
	for _, tc := range ch.Message.ToolCalls {
		msg.ToolCalls = append(msg.ToolCalls, ToolCall{ID: tc.ID, Name: tc.Function.Name, Arguments: tc.Function.Arguments})
	}
	return &Response{
		Message:      msg,
		Usage:        umassist.Tokens{Prompt: out.Usage.PromptTokens, Completion: out.Usage.CompletionTokens},
		Model:        out.Model,
		FinishReason: string(ch.FinishReason),
	}, 0, nil
}

type callTimeout struct{ d time.Duration }

func (e *callTimeout) Error() string { return fmt.Sprintf("the call timed out after %s", e.d) }

// retryable: rate limits, server errors, per-call timeouts, connection
// failures and empty answers are worth another try; anything else (a bad
// request, a wrong key) is not.
func retryable(err error) bool {
	var apiErr *openai.APIError
	var reqErr *openai.RequestError
	var to *callTimeout
	var netErr net.Error
	switch {
	case errors.As(err, &to), errors.Is(err, ErrEmptyResponse):
		return true
	case errors.As(err, &apiErr):
		return apiErr.HTTPStatusCode == http.StatusTooManyRequests || apiErr.HTTPStatusCode >= 500
	case errors.As(err, &reqErr):
		return reqErr.HTTPStatusCode == http.StatusTooManyRequests || reqErr.HTTPStatusCode >= 500
	case errors.As(err, &netErr):
		return true
	}
	return false
}

func (m *OpenAIModel) backoff(attempt int, retryAfter time.Duration) time.Duration {
	if retryAfter > 0 {
		return min(retryAfter, m.cfg.MaxBackoff)
	}
	d := m.cfg.MinBackoff << min(attempt, 20)
	d = d/2 + time.Duration(rand.Int64N(int64(d/2)+1)) // jitter: spread clients that failed together
	return min(d, m.cfg.MaxBackoff)
}

func toOpenAIMessages(msgs []Message) []openai.ChatCompletionMessage {
	out := make([]openai.ChatCompletionMessage, 0, len(msgs))
	for _, m := range msgs {
		om := openai.ChatCompletionMessage{Role: string(m.Role), Content: m.Content, ToolCallID: m.ToolCallID}
		if m.Role == RoleTool {
			om.Name = m.Name
		}
		for _, tc := range m.ToolCalls {
			om.ToolCalls = append(om.ToolCalls, openai.ToolCall{ID: tc.ID, Type: openai.ToolTypeFunction,
				Function: openai.FunctionCall{Name: tc.Name, Arguments: tc.Arguments}})
		}
		out = append(out, om)
	}
	return out
}
