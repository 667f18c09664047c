package pas_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/pas"
)

func TestServiceSystem(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"http://www.ama-assn.org/go/cpt", umassist.SystemCPT, true},
		{"https://www.ama-assn.org/go/cpt", umassist.SystemCPT, true},
		{"http://ama-assn.org/go/cpt/", umassist.SystemCPT, true},
		{"urn:oid:2.16.840.1.113883.6.12", umassist.SystemCPT, true},
		{"https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", umassist.SystemHCPCS, true},
		{"http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", umassist.SystemHCPCS, true},
		{" HTTPS://WWW.CMS.GOV/medicare/coding/hcpcsreleasecodesets ", umassist.SystemHCPCS, true},
		{"urn:oid:2.16.840.1.113883.6.285", umassist.SystemHCPCS, true},
		{"http://www.nlm.nih.gov/research/umls/rxnorm", umassist.SystemRxNorm, true},
		{"http://hl7.org/fhir/sid/ndc", umassist.SystemNDC, true},
		{"http://example.org/SERVICE_TYPE_CODE", "http://example.org/SERVICE_TYPE_CODE", false},
		{"http://www.cms.gov/Medicare/Coding/ICD10", "http://www.cms.gov/Medicare/Coding/ICD10", false},
		{"", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := pas.ServiceSystem(tt.in)
			require.Equal(t, tt.ok, ok)
			require.Equal(t, tt.want, got)
		})
	}
}

func TestDiagnosisSystem(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]bool{
		"http://hl7.org/fhir/sid/icd-10-cm":  true,
		"https://hl7.org/fhir/sid/icd-10-cm": true,
		"urn:oid:2.16.840.1.113883.6.90":     true,
		"http://hl7.org/fhir/sid/icd-9-cm":   false,
		"http://hl7.org/fhir/sid/icd-10":     false,
		"http://snomed.info/sct":             false,
	} {
		require.Equal(t, want, pas.DiagnosisSystem(in), in)
	}
}

// Only the two human decisions are final; everything else, whatever the
// draft recommends, is pended.
func TestReviewActionFor(t *testing.T) {
	t.Parallel()
	tests := []struct {
		status umassist.CaseStatus
		want   pas.ReviewActionCode
		err    bool
	}{
		{umassist.StatusApproved, pas.CertifiedInTotal, false},
		{umassist.StatusDenied, pas.NotCertified, false},
		{umassist.StatusReceived, pas.Pended, false},
		{umassist.StatusDrafting, pas.Pended, false},
		{umassist.StatusReadyForReview, pas.Pended, false},
		{umassist.StatusInfoRequested, pas.Pended, false},
		{umassist.StatusEscalated, pas.Pended, false},
		{umassist.StatusFailed, pas.Pended, false},
		{umassist.CaseStatus(umassist.OutcomeApproved), pas.CertifiedInTotal, false},
		{umassist.CaseStatus(umassist.RecommendApprove), "", true}, // a draft's recommendation is no decision
		{"", "", true},
	}
	for _, tt := range tests {
		t.Run(string(tt.status), func(t *testing.T) {
			got, err := pas.ReviewActionFor(tt.status)
			if tt.err {
				requireRefused(t, err, "has no review action")
				return
			}
			require.NoError(t, err)
			require.Equal(t, tt.want, got)
		})
	}
	require.True(t, pas.NotCertified.Final())
	require.False(t, pas.Pended.Final())
	require.True(t, pas.CertifiedPartial.Certified())
	require.False(t, pas.NotCertified.Certified())
	require.Equal(t, "Certified in total", pas.CertifiedInTotal.Display())
}
