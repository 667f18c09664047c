package tools_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir"
	"github.com/umassist/umassist/tools"
	"github.com/umassist/umassist/tools/toolstest"
)

// A record the search finds but the tools cannot read (a stored resource
// whose shape the decoder no longer accepts) is reported by reference in
// the output and the audit, never dropped unseen: the chart holds more
// than the items show.
func TestUnreadableRecordsAreReported(t *testing.T) {
	t.Parallel()
	decode := func(raw string) *fhir.Parsed {
		p, err := fhir.Decode([]byte(raw), "", fhir.ParseOptions{})
		require.NoError(t, err)
		return p
	}
	broken := func(p *fhir.Parsed) *fhir.Parsed {
		p.Res.Raw = json.RawMessage(`{"resourceType":"` + p.Res.Type + `","id":"` + p.Res.ID + `","code":"not a CodeableConcept"}`)
		return p
	}
	src := fhir.NewMemorySource(
		decode(`{"resourceType":"Patient","id":"p","birthDate":"1950-01-01"}`),
		decode(`{"resourceType":"Observation","id":"ok","status":"final","subject":{"reference":"Patient/p"},"code":{"coding":[{"system":"http://loinc.org","code":"10230-1"}]},"effectiveDateTime":"2026-01-10","valueQuantity":{"value":30,"unit":"%"}}`),
		broken(decode(`{"resourceType":"Observation","id":"bad","status":"final","subject":{"reference":"Patient/p"},"code":{"text":"LVEF"},"effectiveDateTime":"2026-01-11","valueQuantity":{"value":20,"unit":"%"}}`)),
		broken(decode(`{"resourceType":"Condition","id":"bad-hf","subject":{"reference":"Patient/p"},"code":{"text":"Heart failure"},"clinicalStatus":{"coding":[{"code":"active"}]}}`)),
	)
	rec := &toolstest.Recorder{}
	set := tools.NewClinical(src, rec, tools.Scope{CaseID: "c1", Patient: "Patient/p", AsOf: umassist.MustDate("2026-03-01")})
	call := func(name string) *tools.Output {
		for _, tl := range set {
			if tl.Name() == name {
				out, err := tl.Call(context.Background(), json.RawMessage(`{}`))
				require.NoError(t, err, name)
				return out
			}
		}
		t.Fatalf("no tool %s", name)
		return nil
	}

	obs := call(tools.ToolSearchObservations).Data.(tools.ObservationResult)
	require.Len(t, obs.Observations, 1)
	require.Equal(t, []string{"Observation/bad"}, obs.Unreadable)
	require.Equal(t, map[string]any{"unreadable": []string{"Observation/bad"}}, rec.Last().Detail)

	conds := call(tools.ToolListConditions).Data.(tools.ConditionResult)
	require.Empty(t, conds.Conditions)
	require.Equal(t, []string{"Condition/bad-hf"}, conds.Unreadable)

	ov := call(tools.ToolPatientOverview).Data.(*tools.Overview)
	require.Equal(t, []string{"Condition/bad-hf"}, ov.Unreadable)

	meds := call(tools.ToolListMedications).Data.(tools.MedicationResult)
	require.Empty(t, meds.Unreadable)
	require.Nil(t, rec.Last().Detail, "nothing unreadable, nothing more to audit")
}
