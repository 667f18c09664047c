// Package openaitest is a fake OpenAI-compatible chat server for tests: it
// plays a script of answers and faults (429 with Retry-After, 500, slow
// answers, malformed tool arguments, empty choices, a model that never
// submits) over real HTTP, and records every request.
package openaitest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"
)

// Call is a tool call the fake model makes.
type Call struct {
	ID        string
	Name      string
	Arguments string // sent as is: may be malformed on purpose
}

// Step is one scripted answer.
type Step struct {
	// Faults: an HTTP status other than 200 (with Retry-After), a delay
	// before answering, a raw body, or a reply without choices.
	Status       int
	RetryAfter   string
	Delay        time.Duration
	Body         string
	EmptyChoices bool
	// The answer.
	Content   string
	ToolCalls []Call
	Prompt    int
	Complete  int
}

// Request is what the server received.
type Request struct {
	Model             string            `json:"model"`
	Messages          []json.RawMessage `json:"messages"`
	Tools             []json.RawMessage `json:"tools"`
	ParallelToolCalls *bool             `json:"parallel_tool_calls"`
}

// Server is the fake endpoint.
type Server struct {
	*httptest.Server
	mu    sync.Mutex
	steps []Step
	// Then answers once the script is used up (nil: a model that talks
	// forever and never calls a tool).
	Then     func(r Request) Step
	requests []Request
}

// New starts a server that plays steps in order.
func New(t testing.TB, steps ...Step) *Server {
	s := &Server{steps: steps}
	s.Server = httptest.NewServer(http.HandlerFunc(s.handle))
	t.Cleanup(s.Close)
	return s
}

// BaseURL is the OpenAI-style base URL ("…/v1").
func (s *Server) BaseURL() string { return s.URL + "/v1" }

// Requests returns what was received so far.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

func (s *Server) handle(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost || r.URL.Path != "/v1/chat/completions" {
		http.Error(w, `{"error":{"message":"not found","type":"invalid_request_error"}}`, http.StatusNotFound)
		return
	}
	var req Request
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, `{"error":{"message":"bad json","type":"invalid_request_error"}}`, http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	s.requests = append(s.requests, req)
	var st Step
	switch {
	case len(s.steps) > 0:
		st, s.steps = s.steps[0], s.steps[1:]
	case s.Then != nil:
		st = s.Then(req)
	default:
		st = Step{Content: "Let me think about this case a little more."}
	}
	n := len(s.requests)
	s.mu.Unlock()

	if st.Delay > 0 {
		select {
		case <-time.After(st.Delay):
		case <-r.Context().Done():
			return
		}
	}
	w.Header().Set("Content-Type", "application/json")
	if st.Status != 0 && st.Status != http.StatusOK {
		if st.RetryAfter != "" {
			w.Header().Set("Retry-After", st.RetryAfter)
		}
		w.WriteHeader(st.Status)
		body := st.Body
		if body == "" {
			body = fmt.Sprintf(`{"error":{"message":"scripted %d","type":"server_error"}}`, st.Status)
		}
		_, _ = w.Write([]byte(body))
		return
	}
	if st.Body != "" {
		_, _ = w.Write([]byte(st.Body))
		return
	}
	type fn struct {
		Name      string `json:"name"`
		Arguments string `json:"arguments"`
	}
	type tc struct {
		ID       string `json:"id"`
		Type     string `json:"type"`
		Function fn     `json:"function"`
	}
	msg := map[string]any{"role": "assistant", "content": st.Content}
	var calls []tc
	for i, c := range st.ToolCalls {
		id := c.ID
		if id == "" {
			id = fmt.Sprintf("call_%d_%d", n, i)
		}
		calls = append(calls, tc{ID: id, Type: "function", Function: fn{Name: c.Name, Arguments: c.Arguments}})
	}
	finish := "stop"
	if len(calls) > 0 {
		msg["tool_calls"] = calls
		finish = "tool_calls"
	}
	choices := []any{map[string]any{"index": 0, "message": msg, "finish_reason": finish}}
	if st.EmptyChoices {
		choices = []any{}
	}
	_ = json.NewEncoder(w).Encode(map[string]any{
		"id": fmt.Sprintf("chatcmpl-%d", n), "object": "chat.completion", "created": 0, "model": req.Model,
		"choices": choices,
		"usage":   map[string]int{"prompt_tokens": st.Prompt, "completion_tokens": st.Complete, "total_tokens": st.Prompt + st.Complete},
	})
}
