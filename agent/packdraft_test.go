package agent_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist/agent"
	"github.com/umassist/umassist/agent/openaitest"
	"github.com/umassist/umassist/criteria"
)

// tmsPolicy is a small policy as the corpus gives it.
var tmsPolicy = criteria.PolicyText{ID: "LCD L34641", Version: "27", Title: "Transcranial Magnetic Stimulation (TMS)", Payer: "medicare",
	Passages: []criteria.SourcePassage{
		{ID: "LCD L34641#B", Section: "Indications for Coverage", Text: "Outpatient rTMS may be indicated for patients with DSM-IV defined Major Depressive Disorder who have failed to benefit from initial treatment."},
		{ID: "LCD L34641#C", Section: "Coverage Limitations", Text: "Seizure disorder or any history of seizures."},
	}}

const validPack = `{"id":"x","policy":"LCD L34641","title":"TMS","payer":"medicare","services":[],
 "criteria":[
  {"id":"adult","text":"An adult.","passages":["LCD L34641#B"],"evidence":[{"kind":"patient","min_age":18}],"question":"What is the patient's date of birth?","missing":"date of birth"},
  {"id":"mdd","text":"Major depressive disorder.","passages":["LCD L34641#B"],"evidence":[{"kind":"condition","codes":["F33.2"]}],"question":"What is the diagnosis?","missing":"MDD"},
  {"id":"seizures","text":"A seizure disorder.","passages":["LCD L34641#C"],"evidence":[{"kind":"condition","codes":["G40"]}],"question":"Any seizures?","missing":"seizures"}],
 "logic":{"all_of":["adult","mdd"],"exclusions":["seizures"]}}`

// A model's pack is held to every pack check against this policy's own
// passages; what fails goes back to it, and what is returned is the
// policy's draft whatever ids the model wrote.
func TestPackDrafterHoldsTheModelToThePackChecks(t *testing.T) {
	t.Parallel()
	// Another policy's passage and an unknown measure: refused, named.
	invalid := strings.Replace(strings.Replace(validPack, `"passages":["LCD L34641#C"]`, `"passages":["NCD 20.4#B3"]`, 1),
		`{"kind":"patient","min_age":18}`, `{"kind":"note","measure":"vibes","comparator":">","threshold":3}`, 1)
	tests := []struct {
		name    string
		steps   []openaitest.Step
		wantErr error
		refused []string // what the second request tells the model
	}{
		{name: "valid at once", steps: []openaitest.Step{{ToolCalls: []openaitest.Call{{Name: agent.SubmitPackTool, Arguments: validPack}}}}},
		{name: "refused, then fixed", steps: []openaitest.Step{
			{ToolCalls: []openaitest.Call{{Name: agent.SubmitPackTool, Arguments: invalid}}},
			{ToolCalls: []openaitest.Call{{Name: agent.SubmitPackTool, Arguments: validPack}}},
		}, refused: []string{"NCD 20.4#B3", "vibes"}},
		{name: "not JSON, then fixed", steps: []openaitest.Step{
			{ToolCalls: []openaitest.Call{{Name: agent.SubmitPackTool, Arguments: `{"criteria": [`}}},
			{ToolCalls: []openaitest.Call{{Name: agent.SubmitPackTool, Arguments: validPack}}},
		}, refused: []string{"decode"}},
		{name: "talks instead of calling the tool, then calls it", steps: []openaitest.Step{
			{Content: "Here is the pack you asked for."},
			{ToolCalls: []openaitest.Call{{Name: agent.SubmitPackTool, Arguments: validPack}}},
		}, refused: []string{agent.SubmitPackTool}},
		{name: "never valid", steps: []openaitest.Step{
			{ToolCalls: []openaitest.Call{{Name: agent.SubmitPackTool, Arguments: invalid}}},
			{ToolCalls: []openaitest.Call{{Name: agent.SubmitPackTool, Arguments: invalid}}},
			{ToolCalls: []openaitest.Call{{Name: agent.SubmitPackTool, Arguments: invalid}}},
		}, wantErr: agent.ErrNoValidPack},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			srv := openaitest.New(t, tt.steps...)
			d := &agent.PackDrafter{Model: newOpenAI(t, srv, nil)}
			p, err := d.Draft(context.Background(), tmsPolicy)
			reqs := srv.Requests()
			require.NotEmpty(t, reqs)
			require.Len(t, reqs[0].Tools, 1)
			require.Contains(t, string(reqs[0].Tools[0]), `"logic"`, "the tool's parameters are the pack's schema")
			require.Contains(t, string(reqs[0].Messages[1]), "[LCD L34641#B]", "the policy goes to the model passage by passage, with ids")
			if len(tt.refused) > 0 {
				second := strings.Join(rawStrings(reqs[1].Messages), "")
				for _, w := range tt.refused {
					require.Contains(t, second, w)
				}
			}
			if tt.wantErr != nil {
				require.True(t, errors.Is(err, tt.wantErr), "%v", err)
				require.ErrorContains(t, err, "NCD 20.4#B3", "the error names what was still wrong")
				return
			}
			require.NoError(t, err)
			require.Equal(t, "draft-lcd-l34641", p.ID)
			require.Equal(t, "LCD L34641", p.Policy)
			require.Equal(t, "27", p.PolicyVersion)
			require.Equal(t, []string{"seizures"}, p.Logic.Exclusions)
		})
	}
}
