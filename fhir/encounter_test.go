package fhir_test

import (
	"encoding/json"
	"testing"

	"github.com/umassist/umassist/fhir"
)

// An Encounter's class is one Coding in R4 and a list of concepts in R5;
// either way an inpatient stay is told from a clinic visit.
func TestEncounterClass(t *testing.T) {
	for _, tt := range []struct {
		class     string
		code      string
		inpatient bool
	}{
		{`{"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "IMP", "display": "inpatient encounter"}`, "IMP", true},
		{`{"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"}`, "AMB", false},
		{`[{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "ACUTE"}]}]`, "ACUTE", true},
		{`{"code": "inpatient"}`, "inpatient", true},
		{`{"code": "EMER"}`, "EMER", false},
		{`null`, "", false},
	} {
		var r fhir.Resource
		if err := json.Unmarshal([]byte(`{"resourceType": "Encounter", "class": `+tt.class+`}`), &r); err != nil {
			t.Fatal(err)
		}
		if got := r.EncounterClass(); got != tt.code || r.Inpatient() != tt.inpatient {
			t.Errorf("class %s: code %q inpatient %v, want %q %v", tt.class, got, r.Inpatient(), tt.code, tt.inpatient)
		}
	}
}
