package offline

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/agent"
	"github.com/umassist/umassist/agent/reason"
	"github.com/umassist/umassist/criteria"
	"github.com/umassist/umassist/telemetry"
	"github.com/umassist/umassist/tools"
)

// Name is the model name in traces and drafts.
const Name = "offline/v1"

// maxNotesRead caps how many notes one case reads whole, newest first;
// maxSearchReads how many more the criteria's searches may add when the
// record holds more notes than that.
const (
	maxNotesRead   = 30
	maxSearchReads = 10
)

// Model is the offline reasoner.
type Model struct{}

// New returns the offline model.
func New() *Model { return &Model{} }

var _ agent.Model = (*Model)(nil)

// Name implements agent.Model.
func (*Model) Name() string { return Name }

// Provider implements agent.Model.
func (*Model) Provider() string { return telemetry.SystemOffline }

// call is a tool call made earlier in the conversation and its result.
type call struct {
	name   string
	args   map[string]any
	data   json.RawMessage
	failed bool
	turn   int // which assistant turn made it
}

// state is the conversation, read back.
type state struct {
	in     agent.CaseInput
	calls  []call
	specs  map[string]agent.ToolSpec
	nextID int
}

func (s *state) called(name string) bool {
	for _, c := range s.calls {
		if c.name == name {
			return true
		}
	}
	return false
}

// Generate implements agent.Model: it plans the next turn from what the
// conversation holds so far.
func (m *Model) Generate(ctx context.Context, msgs []agent.Message, specs []agent.ToolSpec, _ agent.Options) (*agent.Response, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	st, err := readState(msgs, specs)
	if err != nil {
		return nil, fmt.Errorf("offline: %w", err)
	}
	var calls []agent.ToolCall
	switch {
	case !st.called(tools.ToolSearchPolicies) && st.has(tools.ToolSearchPolicies):
		calls = []agent.ToolCall{st.tool(tools.ToolSearchPolicies, map[string]any{"query": policyQuery(st.in.Request), "limit": 8})}
	case !st.called(tools.ToolGetPolicyCriteria) && st.has(tools.ToolGetPolicyCriteria):
		calls = []agent.ToolCall{st.tool(tools.ToolGetPolicyCriteria, map[string]any{})}
	default:
		pack := st.pack()
		unreviewed := st.unreviewed()
		if pack == nil && unreviewed == nil {
			// No reviewed pack: ask for the chosen policy's own criteria,
			// read off its text, once.
			if pol := st.chosenPolicy(); pol != "" && !st.askedFor(pol) {
				calls = []agent.ToolCall{st.tool(tools.ToolGetPolicyCriteria, map[string]any{"policy": pol})}
				break
			}
		}
		// Turns: list the record; read it; read what the searches found.
		switch after := st.turnsAfterGathering(); {
		case pack == nil && unreviewed == nil:
		case after < 0:
			calls = st.evidenceCalls()
		case after == 0 && pack == nil:
			// Unreviewed criteria have no hints to search by: the notes
			// are read, newest first.
			calls = st.readingCalls(&tools.PolicyCriteriaResult{})
		case after == 0:
			calls = st.readingCalls(pack)
		case after == 1 && pack != nil:
			calls = st.searchHitReads()
		}
		if len(calls) == 0 {
			calls = []agent.ToolCall{st.submit(pack)}
		}
	}
	return &agent.Response{Message: agent.Message{Role: agent.RoleAssistant, ToolCalls: calls}, Model: Name, FinishReason: "tool_calls"}, nil
}

func readState(msgs []agent.Message, specs []agent.ToolSpec) (*state, error) {
	st := &state{specs: map[string]agent.ToolSpec{}}
	for _, sp := range specs {
		st.specs[sp.Name] = sp
	}
	found := false
	byID := map[string]int{}
	turn := 0
	for _, m := range msgs {
		switch m.Role {
		case agent.RoleUser:
			if !found {
				if in, err := agent.ParseUserMessage(m.Content); err == nil {
					st.in, found = in, true
				}
			}
		case agent.RoleAssistant:
			turn++
			for _, tc := range m.ToolCalls {
				var args map[string]any
				_ = json.Unmarshal([]byte(tc.Arguments), &args)
				byID[tc.ID] = len(st.calls)
				st.calls = append(st.calls, call{name: tc.Name, args: args, turn: turn})
				st.nextID++
			}
		case agent.RoleTool:
			i, ok := byID[m.ToolCallID]
			if !ok {
				continue
			}
			data, isErr, err := agent.ParseToolContent(m.Content)
			st.calls[i].failed = isErr || err != nil
			if !st.calls[i].failed {
				var wrap struct {
					Data json.RawMessage `json:"data"`
				}
				if json.Unmarshal(data, &wrap) == nil && len(wrap.Data) > 0 {
					st.calls[i].data = wrap.Data
				} else {
					st.calls[i].data = data
				}
			}
		}
	}
	if !found {
		return nil, fmt.Errorf("no case request in the conversation")
	}
	return st, nil
}

func (s *state) has(name string) bool { _, ok := s.specs[name]; return ok }

// tool makes a call, keeping only the arguments the tool's schema names
// (the tools refuse unknown fields).
func (s *state) tool(name string, args map[string]any) agent.ToolCall {
	var schema struct {
		Properties map[string]json.RawMessage `json:"properties"`
	}
	if sp, ok := s.specs[name]; ok {
		_ = json.Unmarshal(sp.Parameters, &schema)
	}
	clean := map[string]any{}
	for k, v := range args {
		if _, ok := schema.Properties[k]; ok || schema.Properties == nil {
			clean[k] = v
		}
	}
	b, _ := json.Marshal(clean)
	s.nextID++
	return agent.ToolCall{ID: fmt.Sprintf("off_%d", s.nextID), Name: name, Arguments: string(b)}
}

func policyQuery(r umassist.ServiceRequest) string {
	parts := []string{r.Service.Display, r.Service.Code}
	for _, d := range r.Diagnoses {
		parts = append(parts, d.Display, d.Code)
	}
	return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
}

func (s *state) pack() *tools.PolicyCriteriaResult {
	for _, c := range s.calls {
		if c.name == tools.ToolGetPolicyCriteria && !c.failed {
			var r tools.PolicyCriteriaResult
			if json.Unmarshal(c.data, &r) == nil && r.Found {
				return &r
			}
		}
	}
	return nil
}

// unreviewed is get_policy_criteria's answer that carries criteria read
// off a policy's text, if any.
func (s *state) unreviewed() *tools.PolicyCriteriaResult {
	for _, c := range s.calls {
		if c.name == tools.ToolGetPolicyCriteria && !c.failed {
			var r tools.PolicyCriteriaResult
			if json.Unmarshal(c.data, &r) == nil && len(r.Unreviewed) > 0 {
				return &r
			}
		}
	}
	return nil
}

// chosenPolicy is the policy search_policies chose as governing (or, when
// two could, the better placed), if any.
func (s *state) chosenPolicy() string {
	ch := s.policyChoice()
	if ch == nil || len(ch.Candidates) == 0 || (ch.Governing == "" && !ch.Ambiguous) {
		return ""
	}
	return ch.Candidates[0].PolicyID
}

// askedFor reports whether get_policy_criteria was asked for policy.
func (s *state) askedFor(policy string) bool {
	for _, c := range s.calls {
		if c.name == tools.ToolGetPolicyCriteria {
			if p, _ := c.args["policy"].(string); tools.SamePolicy(p, policy) {
				return true
			}
		}
	}
	return false
}

// turnsAfterGathering counts the turns since the one that listed the
// record: -1 before it.
func (s *state) turnsAfterGathering() int {
	gathered, last := 0, 0
	for _, c := range s.calls {
		switch c.name {
		case tools.ToolSearchObservations, tools.ToolListConditions, tools.ToolListMedications, tools.ToolListProcedures, tools.ToolListNotes:
			if gathered == 0 {
				gathered = c.turn
			}
		}
		last = max(last, c.turn)
	}
	if gathered == 0 {
		return -1
	}
	return last - gathered
}

// evidence reads every tool result of the run.
func (s *state) evidence() *criteria.Evidence {
	ev := criteria.NewEvidence()
	ev.Requested = s.in.Request.Service
	for _, c := range s.calls {
		if c.failed || c.data == nil {
			continue
		}
		switch c.name {
		case tools.ToolSearchPolicies, tools.ToolGetPolicyCriteria, agent.ToolSubmitDraft:
			continue
		}
		reason.AddToolOutput(ev, c.name, c.data)
	}
	return ev
}

func (s *state) submit(p *tools.PolicyCriteriaResult) agent.ToolCall {
	d := s.draft(p)
	b, _ := json.Marshal(d)
	s.nextID++
	return agent.ToolCall{ID: fmt.Sprintf("off_%d", s.nextID), Name: agent.ToolSubmitDraft, Arguments: string(b)}
}
