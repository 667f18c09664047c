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
