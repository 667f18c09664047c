package agent_test

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"time"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/agent"
	"github.com/umassist/umassist/tools"
)

// fakeTool is a hand-written tools.Tool.
type fakeTool struct {
	name     string
	CallFunc func(ctx context.Context, args json.RawMessage) (*tools.Output, error)
	mu       sync.Mutex
	calls    []string
}

var _ tools.Tool = (*fakeTool)(nil)

func (f *fakeTool) Name() string        { return f.name }
func (f *fakeTool) Description() string { return "fake " + f.name }
func (f *fakeTool) Parameters() json.RawMessage {
	return json.RawMessage(`{"type":"object","properties":{"q":{"type":"string"}}}`)
}
func (f *fakeTool) Call(ctx context.Context, args json.RawMessage) (*tools.Output, error) {
	f.mu.Lock()
	f.calls = append(f.calls, string(args))
	f.mu.Unlock()
	if f.CallFunc == nil {
		return &tools.Output{Data: map[string]string{"ok": "yes"}}, nil
	}
	return f.CallFunc(ctx, args)
}

// dataTool returns fixed JSON.
func dataTool(name, data string, refs ...string) *fakeTool {
	return &fakeTool{name: name, CallFunc: func(context.Context, json.RawMessage) (*tools.Output, error) {
		return &tools.Output{Data: json.RawMessage(data), Resources: refs}, nil
	}}
}

// fakeReader is a hand-written ResourceReader over a map.
type fakeReader map[string]*umassist.Resource

func (f fakeReader) Read(_ context.Context, ref string) (*umassist.Resource, error) {
	if r, ok := f[ref]; ok {
		return r, nil
	}
	return nil, umassist.Errorf(umassist.ENOTFOUND, "%s not found", ref)
}

func res(ref, patient, date, raw string) *umassist.Resource {
	typ, id, _ := umassist.SplitRef(ref)
	r := &umassist.Resource{Type: typ, ID: id, Patient: patient, Raw: json.RawMessage(raw)}
	if date != "" {
		r.Date = umassist.MustDate(date).Time
	}
	return r
}

// script is a Model that answers turn by turn.
func script(turns ...func(msgs []agent.Message) agent.Message) agent.Model {
	var mu sync.Mutex
	i := 0
	return agent.ModelFunc{NameValue: "script", GenerateFunc: func(ctx context.Context, msgs []agent.Message, _ []agent.ToolSpec, _ agent.Options) (*agent.Response, error) {
		mu.Lock()
		defer mu.Unlock()
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if i >= len(turns) {
			return &agent.Response{Message: agent.Message{Role: agent.RoleAssistant, Content: "thinking"}, Usage: umassist.Tokens{Prompt: 10, Completion: 5}}, nil
		}
		m := turns[i](msgs)
		i++
		return &agent.Response{Message: m, Usage: umassist.Tokens{Prompt: 100, Completion: 20}}, nil
	}}
}

func calls(cs ...agent.ToolCall) func([]agent.Message) agent.Message {
	return func([]agent.Message) agent.Message {
		return agent.Message{Role: agent.RoleAssistant, ToolCalls: cs}
	}
}

func call(name, args string) agent.ToolCall { return agent.ToolCall{Name: name, Arguments: args} }

func submitArgs(d agent.SubmittedDraft) string {
	b, err := json.Marshal(d)
	if err != nil {
		panic(err)
	}
	return string(b)
}

var referDraft = agent.SubmittedDraft{Recommendation: "refer", Policy: "NCD 20.4", Summary: "Referred for physician review.",
	Criteria: []agent.SubmittedCriterion{}, Evidence: []string{}, Missing: []string{}, Questions: []string{}}

var caseIn = agent.CaseInput{CaseID: "c1", Patient: "Patient/p1", Request: umassist.ServiceRequest{
	Service:   umassist.Coding{System: umassist.SystemCPT, Code: "33249", Display: "ICD insertion"},
	Diagnoses: []umassist.Coding{{System: umassist.SystemICD10CM, Code: "I50.22"}},
	Payer:     "medicare", Urgency: umassist.UrgencyStandard, Date: umassist.MustDate("2026-03-02"),
}}

func fixedClock() func() time.Time {
	t := time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC)
	var mu sync.Mutex
	return func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		t = t.Add(time.Millisecond)
		return t
	}
}

func toolMessages(msgs []agent.Message) []string {
	var out []string
	for _, m := range msgs {
		if m.Role == agent.RoleTool {
			out = append(out, fmt.Sprintf("%s:%s", m.Name, m.Content))
		}
	}
	return out
}
