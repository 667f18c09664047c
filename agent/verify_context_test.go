package agent_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/agent"
	"github.com/umassist/umassist/tools"
)

// oxygenCase is a home oxygen request the day after a discharge, and the
// overview that shows the stay.
var oxygenCase = agent.CaseInput{CaseID: "c-o2", Patient: "Patient/p1", Request: umassist.ServiceRequest{
	Service:   umassist.Coding{System: umassist.SystemHCPCS, Code: "E1390", Display: "Oxygen concentrator"},
	Diagnoses: []umassist.Coding{{System: umassist.SystemICD10CM, Code: "J44.1"}},
	Payer:     "medicare", Urgency: umassist.UrgencyStandard, Date: umassist.MustDate("2026-01-22")}}

const stayOverview = `{"patient":"Patient/p1","as_of":"2026-01-22","sex":"female","birth_date":"1950-01-02",
	"active_conditions":[],"active_medications":[],"coverage":[],
	"inpatient_stays":[{"ref":"Encounter/stay","start":"2026-01-10T14:00:00Z","end":"2026-01-20T15:00:00Z","type":"Inpatient admission"}]}`

// oxygenReader holds the saturation taken on the day of admission.
func oxygenReader() fakeReader {
	return fakeReader{
		"Observation/spo2": res("Observation/spo2", "Patient/p1", "2026-01-10", `{"resourceType":"Observation","id":"spo2","status":"final",
			"code":{"coding":[{"system":"http://loinc.org","code":"59408-5"}],"text":"Oxygen saturation"},"effectiveDateTime":"2026-01-10T18:00:00Z",
			"valueQuantity":{"value":86,"unit":"%"},"note":[{"text":"room air, at rest"}]}`),
	}
}

// oxygenApproval is a model's approval resting on that saturation.
func oxygenApproval(t *testing.T) agent.SubmittedDraft {
	t.Helper()
	gov, err := tools.CriteriaFor(context.Background(), compiledPacks(t), oxygenCase.Request)
	require.NoError(t, err)
	require.True(t, gov.Found)
	require.Equal(t, "NCD 240.2", gov.Policy)
	d := agent.SubmittedDraft{Recommendation: "approve", Policy: "NCD 240.2", Summary: "Resting SpO2 86 % on room air [Observation/spo2].",
		Evidence: []string{"Observation/spo2"}, Missing: []string{}, Questions: []string{}}
	for _, c := range gov.Criteria {
		sc := agent.SubmittedCriterion{ID: c.ID, Text: c.Text, Status: "not_met", Evidence: []string{}, Passages: []string{}, Required: c.Required}
		if c.ID == "qualifying_test" || c.ID == "group1_rest" {
			sc.Status, sc.Evidence = "met", []string{"Observation/spo2"}
		}
		d.Criteria = append(d.Criteria, sc)
	}
	return d
}

// A model that approves home oxygen on a saturation taken the day it was
// admitted, never having asked for the patient's overview: the verifier
// reads the overview the drafter took for it (Verifier.Context), sees the
// stay, and holds the criterion unsupported; on the run's outputs alone
// it could not have told.
func TestVerifierReadsTheStayTheModelSkipped(t *testing.T) {
	t.Parallel()
	sub := oxygenApproval(t)
	d := umassist.Draft{Recommendation: umassist.RecommendApprove, Policy: sub.Policy, Summary: sub.Summary}
	for _, c := range sub.Criteria {
		d.Criteria = append(d.Criteria, umassist.Criterion{ID: c.ID, Status: umassist.CriterionStatus(c.Status), Evidence: c.Evidence, Required: c.Required})
	}
	unsupported := func(ctx []agent.ToolOutput) []string {
		v := &agent.Verifier{Resources: oxygenReader(), Packs: compiledPacks(t), Context: ctx}
		draft := d
		issues, err := v.Verify(context.Background(), oxygenCase, &draft, nil)
		require.NoError(t, err)
		var out []string
		for _, i := range issues {
			if i.Rule == agent.RuleCriterionUnsupported {
				out = append(out, i.Ref)
			}
		}
		return out
	}
	require.NotContains(t, unsupported(nil), "group1_rest", "without the stay the test looks qualifying")
	overview := agent.ToolOutput{Tool: tools.ToolPatientOverview, Data: json.RawMessage(stayOverview)}
	require.Subset(t, unsupported([]agent.ToolOutput{overview}), []string{"qualifying_test", "group1_rest"}, "the stay shows it was taken eight days before discharge")
}

// The drafter takes the overview for the verifier only when the model did
// not: a model that skips it still cannot approve on the early test, and
// one that asked is not asked for again.
func TestDrafterTakesTheOverviewTheModelSkipped(t *testing.T) {
	t.Parallel()
	for _, asked := range []bool{false, true} {
		overview := dataTool(tools.ToolPatientOverview, stayOverview, "Encounter/stay")
		var turns []agent.ToolCall
		if asked {
			turns = append(turns, call(tools.ToolPatientOverview, `{}`))
		}
		d := &agent.Drafter{
			Model:  script(calls(append(turns, call(agent.ToolSubmitDraft, submitArgs(oxygenApproval(t))))...)),
			Limits: agent.Limits{MaxSteps: 4},
			Tools: func(context.Context, *umassist.Case, tools.Scope) ([]tools.Tool, error) {
				return []tools.Tool{overview}, nil
			},
			Reader: func(string) agent.ResourceReader { return oxygenReader() },
			Packs:  compiledPacks(t),
		}
		out, err := d.Draft(context.Background(), &umassist.Case{ID: oxygenCase.CaseID, Patient: oxygenCase.Patient, Request: oxygenCase.Request})
		require.NoError(t, err)
		require.Equal(t, umassist.RecommendRefer, out.Draft.Recommendation, "asked %v: %v", asked, out.Draft.Findings)
		var rules []string
		for _, f := range out.Draft.Findings {
			rules = append(rules, f.Rule+":"+f.Ref)
		}
		require.Contains(t, rules, agent.RuleCriterionUnsupported+":group1_rest")
		require.Len(t, overview.calls, 1, "asked %v: the overview is taken once", asked)
	}
}
