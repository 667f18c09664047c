package fhir_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist/fhir"
)

func TestAuthorLabel(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, display, raw, want string
	}{
		{"name and qualification", "", `{"resourceType":"Practitioner","name":[{"family":"Halloran-Beck","given":["Gregor"],"suffix":["MD"]}],"qualification":[{"code":{"text":"Interventional Cardiology"}}]}`,
			"Gregor Halloran-Beck, MD (Interventional Cardiology)"},
		{"the note's display is kept", "Dr. G. Halloran-Beck", `{"resourceType":"Practitioner","name":[{"family":"Halloran-Beck"}],"qualification":[{"code":{"coding":[{"display":"Interventional Cardiology"}]}}]}`,
			"Dr. G. Halloran-Beck (Interventional Cardiology)"},
		{"a degree the name already says is not repeated", "", `{"resourceType":"Practitioner","name":[{"text":"Jane Roe, MD"}],"qualification":[{"code":{"coding":[{"code":"MD"}]}}]}`,
			"Jane Roe, MD"},
		{"a role names its practitioner and specialty", "", `{"resourceType":"PractitionerRole","practitioner":{"display":"Sam Lee, DO"},"code":[{"text":"Attending"}],"specialty":[{"text":"Clinical Cardiac Electrophysiology"}]}`,
			"Sam Lee, DO (Attending; Clinical Cardiac Electrophysiology)"},
		{"an organisation says what it is", "", `{"resourceType":"Organization","name":"Keystone Home Oxygen","type":[{"text":"DME supplier"}]}`, "Keystone Home Oxygen (DME supplier)"},
		{"an organisation's display is kept", "Harbor Clinic", `{"resourceType":"Organization","name":"Harbor Clinic"}`, "Harbor Clinic"},
		{"a patient is no author to name", "", `{"resourceType":"Patient","name":[{"family":"Roe"}]}`, ""},
		{"bad JSON changes nothing", "Dr. Roe", `{`, "Dr. Roe"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.Equal(t, tc.want, fhir.AuthorLabel(tc.display, []byte(tc.raw)))
		})
	}
}
