package agent

import (
	"encoding/json"
	"time"

	"github.com/umassist/umassist"
)

// Trace records one run, step by step, so ML engineers can replay and diff
// runs. It is stored with the draft (JSON) and holds ids and arguments,
// never tool output: patient data stays in the record.
type Trace struct {
	CaseID        string          `json:"case_id,omitempty"`
	Model         string          `json:"model"`
	PromptVersion string          `json:"prompt_version"`
	StartedAt     time.Time       `json:"started_at"`
	LatencyMS     int64           `json:"latency_ms"`
	Tokens        umassist.Tokens `json:"tokens"`
	ModelCalls    int             `json:"model_calls"`
	ToolCalls     int             `json:"tool_calls"`
	Steps         []Step          `json:"steps"`
	// Ending is "submitted" or the error that ended the run (stored as
	// "outcome", the name traces have always had).
	Ending string `json:"outcome"`
	// Verifier findings and the final recommendation, set after verification.
	Findings       []umassist.VerifierIssue `json:"verifier_findings,omitempty"`
	Submitted      umassist.Recommendation  `json:"submitted_recommendation,omitempty"`
	Recommendation umassist.Recommendation  `json:"recommendation,omitempty"`
}

// Step is one model call or one tool call.
type Step struct {
	N    int    `json:"n"`              // model turn the step belongs to (1-based)
	Kind string `json:"kind"`           // "model" or "tool"
	Tool string `json:"tool,omitempty"` // tool name
	// Args is the call's arguments as the model wrote them (valid JSON or
	// a string holding what it wrote).
	Args      json.RawMessage `json:"args,omitempty"`
	Resources []string        `json:"resources,omitempty"`
	Truncated bool            `json:"truncated,omitempty"`
	LatencyMS float64         `json:"latency_ms"`
	Tokens    umassist.Tokens `json:"tokens,omitzero"`
	// Calls is, for a model step, how many tools it asked for.
	Calls int    `json:"calls,omitempty"`
	Error string `json:"error,omitempty"`
}

// JSON encodes the trace for postgres.SaveDraft.
func (t *Trace) JSON() json.RawMessage {
	b, err := json.Marshal(t)
	if err != nil {
		return json.RawMessage("{}")
	}
	return b
}

func rawArgs(s string) json.RawMessage {
	if json.Valid([]byte(s)) {
		return json.RawMessage(s)
	}
	b, _ := json.Marshal(s)
	return b
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
