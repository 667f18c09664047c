package pas_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/pas"
)

// An inquiry names the request by the identifiers it was sent with; the
// payer reads them back with the patient and the provider asking.
func TestInquiryRoundTrip(t *testing.T) {
	t.Parallel()
	trace := pas.Identifier{System: "https://provider.example/pas/trace", Value: "TRN-1"}
	tests := []struct {
		name  string
		in    pas.InquiryInput
		items []pas.Item
	}{
		{"by identifier", pas.InquiryInput{Identifiers: []pas.Identifier{trace}}, nil},
		{"by identifier and service", pas.InquiryInput{
			Identifiers: []pas.Identifier{trace, {System: "https://provider.example/pas/other", Value: "B-7"}},
			Service:     umassist.Coding{System: umassist.SystemCPT, Code: "33249"},
		}, []pas.Item{{Sequence: 1, Service: umassist.Coding{System: umassist.SystemCPT, Code: "33249"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			in := tt.in
			in.Patient, in.Requester, in.Insurer, in.Coverage, in.Now = chart(t, "patient"), chart(t, "requester"), chart(t, "insurer"), chart(t, "coverage"), now
			raw, err := pas.BuildInquiry(in)
			require.NoError(t, err)
			q, err := pas.ParseInquiry(raw)
			require.NoError(t, err)
			require.Equal(t, in.Identifiers, q.Identifiers)
			require.Equal(t, "Patient/pt-ada", q.Patient)
			require.Equal(t, "PractitionerRole/role-heart", q.Provider)
			require.Equal(t, "Organization/org-mac", q.Insurer)
			require.Equal(t, []pas.Identifier{{System: "https://payer.example/member-id", Value: "M-0042"}}, q.PatientIdentifiers)
			require.Equal(t, tt.items, q.Items)
			require.Contains(t, q.Ref, "Claim/inquiry-")

			// The inquiry's Claim is not the request's: same identifier,
			// another id.
			req := requestInput(t)
			req.Identifier = trace
			built, err := pas.BuildRequest(req)
			require.NoError(t, err)
			s, err := pas.ParseRequest(built)
			require.NoError(t, err)
			require.NotEqual(t, s.Ref, q.Ref)
			require.Equal(t, s.Identifiers[0], q.Identifiers[0])
		})
	}
}

func TestInquiryRefuses(t *testing.T) {
	t.Parallel()
	_, err := pas.BuildInquiry(pas.InquiryInput{Patient: chart(t, "patient"), Payer: "medicare"})
	requireRefused(t, err, "Identifiers are required")
	_, err = pas.BuildInquiry(pas.InquiryInput{Identifiers: []pas.Identifier{{System: "s"}}, Patient: chart(t, "patient"), Payer: "medicare"})
	requireRefused(t, err, "Identifiers[0] has no value")
	_, err = pas.BuildInquiry(pas.InquiryInput{Identifiers: []pas.Identifier{{Value: "v"}}, Payer: "medicare"})
	requireRefused(t, err, "Patient is required")

	noID := mutate(t, fixture(t, "request-pas2.json"), func(b map[string]any) { delete(resource(b, 0), "identifier") })
	_, err = pas.ParseInquiry(noID)
	requireRefused(t, err, "Claim/pas2-icd.identifier is missing: an inquiry names the request it asks about")
	other := mutate(t, fixture(t, "request-pas2.json"), func(b map[string]any) {
		find(t, b, "obs-lvef")["subject"] = map[string]any{"reference": "Patient/someone-else"}
	})
	_, err = pas.ParseInquiry(other)
	requireRefused(t, err, "belongs to Patient/someone-else")
	_, err = pas.ParseInquiry(example(t, "bundle-minimal.json"))
	requireRefused(t, err, `Bundle.type is "searchset"; a PAS inquiry is a collection`)
	_, err = pas.ParseInquiry(example(t, "claimresponse-pended.json"))
	requireRefused(t, err, "a PAS inquiry starts with a Claim")
}
