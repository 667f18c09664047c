package agent_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/agent"
	"github.com/umassist/umassist/tools"
)

// codeBook is a hand-written code set: code → description.
type codeBook map[string]string

func (b codeBook) Describe(c umassist.Coding) (string, bool) {
	d, ok := b[c.Code]
	return d, ok
}

var _ agent.CodeDescriber = codeBook(nil)

// A request that names its service or diagnoses by code alone is drafted,
// and its policy searched, by what the codes mean; a display the request
// gives is its own, and the caller's case is not changed.
func TestDrafterDescribesBareCodes(t *testing.T) {
	t.Parallel()
	book := codeBook{"E0740": "Non-implanted pelvic floor electrical stimulator, complete system", "N39.41": "Urge incontinence"}
	tests := []struct {
		name        string
		service     umassist.Coding
		diagnoses   []umassist.Coding
		wantService string
		wantDx      []string
	}{
		{"bare codes are described", umassist.Coding{System: umassist.SystemHCPCS, Code: "E0740"},
			[]umassist.Coding{{System: umassist.SystemICD10CM, Code: "N39.41"}},
			"Non-implanted pelvic floor electrical stimulator, complete system", []string{"Urge incontinence"}},
		{"a display given is kept", umassist.Coding{System: umassist.SystemHCPCS, Code: "E0740", Display: "Pelvic stimulator"},
			[]umassist.Coding{{System: umassist.SystemICD10CM, Code: "N39.41", Display: "Urge incont."}},
			"Pelvic stimulator", []string{"Urge incont."}},
		{"a code the sets do not hold stays bare", umassist.Coding{System: umassist.SystemCPT, Code: "33249"},
			[]umassist.Coding{{System: umassist.SystemICD10CM, Code: "I50.22"}}, "", []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var seen umassist.ServiceRequest
			d := &agent.Drafter{
				Model:  script(calls(call(agent.ToolSubmitDraft, submitArgs(oxygenApproval(t))))),
				Limits: agent.Limits{MaxSteps: 4},
				Tools: func(_ context.Context, c *umassist.Case, _ tools.Scope) ([]tools.Tool, error) {
					seen = c.Request
					return []tools.Tool{dataTool(tools.ToolPatientOverview, stayOverview, "Encounter/stay")}, nil
				},
				Reader: func(string) agent.ResourceReader { return oxygenReader() },
				Packs:  compiledPacks(t),
				Codes:  book,
			}
			req := oxygenCase.Request
			req.Service, req.Diagnoses = tt.service, tt.diagnoses
			c := &umassist.Case{ID: oxygenCase.CaseID, Patient: oxygenCase.Patient, Request: req}
			_, err := d.Draft(context.Background(), c)
			require.NoError(t, err)
			require.Equal(t, tt.wantService, seen.Service.Display)
			var dx []string
			for _, x := range seen.Diagnoses {
				dx = append(dx, x.Display)
			}
			require.Equal(t, tt.wantDx, dx)
			require.Equal(t, tt.service, c.Request.Service, "the caller's case is not changed")
			require.Equal(t, tt.diagnoses, c.Request.Diagnoses)
		})
	}
}
