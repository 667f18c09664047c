package tools

import (
	"context"
	"encoding/json"

	"github.com/umassist/umassist"
)

// Tool is one capability the agent can call. A Tool is bound to one case's
// Scope when it is made (see Scope), so its arguments never name a patient
// or a date: the agent cannot reach another patient or the future.
type Tool interface {
	// Name is the function name the model calls ("search_observations").
	Name() string
	// Description tells a model what the tool does and when to use it.
	Description() string
	// Parameters is the JSON Schema of the arguments, generated from the
	// tool's argument struct.
	Parameters() json.RawMessage
	// Call decodes args, runs the tool and returns its output. Invalid
	// arguments return an error wrapping ErrInvalidArguments, which the
	// agent loop sends back to the model rather than failing the run.
	Call(ctx context.Context, args json.RawMessage) (*Output, error)
}

// Output is what a tool returns: data for the model, never instructions.
type Output struct {
	// Data is the tool's typed result, marshalled to JSON for the model.
	Data any `json:"data"`
	// Resources lists every FHIR resource ("Observation/abc") or policy
	// passage ("NCD 20.4#B3") the output contains, for the trace, the audit
	// log and the verifier.
	Resources []string `json:"resources,omitempty"`
	// Truncated is set when the result was cut to its size bound; the model
	// can page with offset/limit.
	Truncated bool `json:"truncated,omitempty"`
}

// Scope binds a tool set to one case.
type Scope struct {
	CaseID    string
	Namespace string
	Patient   string        // "Patient/123"
	AsOf      umassist.Date // nothing dated after this day is visible
	Actor     umassist.Actor
}
