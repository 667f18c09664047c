package umassist_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
)

// TestServiceRequestValidate: what a person could have sent is accepted;
// dates, sizes and counts no request has are refused, not stored.
func TestServiceRequestValidate(t *testing.T) {
	t.Parallel()
	ok := umassist.ServiceRequest{Service: umassist.Coding{System: umassist.SystemCPT, Code: "33249"}, Payer: "medicare",
		Urgency: umassist.UrgencyStandard, Date: umassist.MustDate("2026-03-02"),
		Diagnoses: []umassist.Coding{{System: umassist.SystemICD10CM, Code: "I50.22"}}}
	many := make([]umassist.Coding, 10000)
	for i := range many {
		many[i] = umassist.Coding{System: umassist.SystemICD10CM, Code: "I50.22"}
	}
	tests := []struct {
		name string
		edit func(r *umassist.ServiceRequest)
		ok   bool
	}{
		{"a plausible request", func(*umassist.ServiceRequest) {}, true},
		{"year 0", func(r *umassist.ServiceRequest) { r.Date = umassist.MustDate("0000-01-01") }, false},
		{"year 9999", func(r *umassist.ServiceRequest) { r.Date = umassist.MustDate("9999-12-31") }, false},
		{"a 1 MiB payer", func(r *umassist.ServiceRequest) { r.Payer = strings.Repeat("p", 1<<20) }, false},
		{"10,000 diagnoses", func(r *umassist.ServiceRequest) { r.Diagnoses = many }, false},
		{"50 diagnoses", func(r *umassist.ServiceRequest) { r.Diagnoses = many[:50] }, true},
		{"a diagnosis without a code", func(r *umassist.ServiceRequest) { r.Diagnoses = []umassist.Coding{{System: umassist.SystemICD10CM}} }, false},
		{"a huge diagnosis display", func(r *umassist.ServiceRequest) {
			r.Diagnoses = []umassist.Coding{{System: umassist.SystemICD10CM, Code: "I50", Display: strings.Repeat("x", 5000)}}
		}, false},
		{"a named requester", func(r *umassist.ServiceRequest) { r.Requester = umassist.RequesterLabel("Dr Ada Okafor", "1234567893") }, true},
		{"a 1 KiB requester", func(r *umassist.ServiceRequest) { r.Requester = strings.Repeat("r", 1024) }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := ok
			tt.edit(&r)
			err := r.Validate()
			if tt.ok {
				require.NoError(t, err)
				return
			}
			require.Equal(t, umassist.EINVALID, umassist.ErrorCode(err), "%v", err)
		})
	}
}

func TestRequesterLabel(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ name, npi, want string }{
		{"Dr Ada Okafor", "1234567893", "Dr Ada Okafor, NPI 1234567893"},
		{" Dr Ada Okafor ", "", "Dr Ada Okafor"},
		{"", "1234567893", "NPI 1234567893"},
		{"", " ", ""},
		{strings.Repeat("é", 200), "", strings.Repeat("é", 128)}, // 256 bytes, whole characters
	} {
		require.Equal(t, tt.want, umassist.RequesterLabel(tt.name, tt.npi))
	}
}

func TestCheckOverride(t *testing.T) {
	t.Parallel()
	nurse := umassist.Actor{ID: "u1", Name: "N. Nurse", Role: umassist.RoleNurse}
	refer := &umassist.Draft{Recommendation: umassist.RecommendRefer}
	approve := &umassist.Draft{Recommendation: umassist.RecommendApprove}
	tests := []struct {
		name    string
		a       umassist.ReviewAction
		d       *umassist.Draft
		wantErr string
	}{
		{name: "approve an approve draft", a: umassist.ReviewAction{Actor: nurse, Outcome: umassist.OutcomeApproved}, d: approve},
		{name: "approve a refer draft without a word", a: umassist.ReviewAction{Actor: nurse, Outcome: umassist.OutcomeApproved}, d: refer, wantErr: "needs an override code"},
		{name: "a code but no reason", a: umassist.ReviewAction{Actor: nurse, Outcome: umassist.OutcomeApproved, OverrideCode: "clinical_judgement", Reason: "ok"}, d: refer, wantErr: "at least 10 characters"},
		{name: "a code and a reason", a: umassist.ReviewAction{Actor: nurse, Outcome: umassist.OutcomeApproved, OverrideCode: "information_outside_record", Reason: "Cardiology faxed the NYHA class II note today."}, d: refer},
		{name: "against a request_info draft too", a: umassist.ReviewAction{Actor: nurse, Outcome: umassist.OutcomeApproved}, d: &umassist.Draft{Recommendation: umassist.RecommendRequestInfo}, wantErr: "recommends request_info"},
		{name: "an unknown code", a: umassist.ReviewAction{Actor: nurse, Outcome: umassist.OutcomeApproved, OverrideCode: "because", Reason: "a long enough reason"}, d: approve, wantErr: "unknown override code"},
		{name: "no draft yet", a: umassist.ReviewAction{Actor: nurse, Outcome: umassist.OutcomeApproved}, d: nil},
		{name: "escalating a refer draft follows it", a: umassist.ReviewAction{Actor: nurse, Outcome: umassist.OutcomeEscalated, Reason: "x"}, d: refer},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.a.CheckOverride(tt.d)
			if tt.wantErr == "" {
				require.NoError(t, err)
				return
			}
			require.Error(t, err)
			require.Equal(t, umassist.EINVALID, umassist.ErrorCode(err))
			require.Contains(t, err.Error(), tt.wantErr)
		})
	}
}

func TestHumanNameDisplay(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		n    umassist.HumanName
		want string
	}{
		{umassist.HumanName{Text: "  Ada   Okafor ", Given: []string{"X"}}, "Ada Okafor"},
		{umassist.HumanName{Prefix: []string{"Dr"}, Given: []string{"Ada", "N."}, Family: "Okafor"}, "Dr Ada N. Okafor"},
		{umassist.HumanName{Family: "Okafor"}, "Okafor"},
		{umassist.HumanName{}, ""},
	} {
		require.Equal(t, tt.want, tt.n.Display())
	}
}

func TestParseJurisdiction(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ in, want, err string }{
		{"", "", ""}, {" jl ", "JL", ""}, {"J15", "J15", ""}, {"JB", "JB", ""},
		{"Texas", "", "not a contractor jurisdiction"}, {"J155", "", "not a contractor jurisdiction"},
	} {
		got, err := umassist.ParseJurisdiction(tt.in)
		if tt.err != "" {
			require.ErrorContains(t, err, tt.err, tt.in)
			require.Equal(t, umassist.EINVALID, umassist.ErrorCode(err))
			continue
		}
		require.NoError(t, err, tt.in)
		require.Equal(t, tt.want, got, tt.in)
	}
}
