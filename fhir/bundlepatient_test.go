package fhir_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir"
)

func TestBundlePatient(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in, want, err string
	}{
		{"one patient", `{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"Observation","id":"o"}},{"resource":{"resourceType":"Patient","id":"p1"}}]}`, "Patient/p1", ""},
		{"none", `{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"Observation","id":"o"}}]}`, "", "no Patient"},
		{"two", `{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"Patient","id":"a"}},{"resource":{"resourceType":"Patient","id":"b"}}]}`, "", "2 patients"},
		{"no id", `{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"Patient"}}]}`, "", "no id"},
		{"not a bundle", `{"resourceType":"Patient","id":"p"}`, "", "not a FHIR Bundle"},
		{"not json", `{"resourceType":`, "", "not a FHIR Bundle"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := fhir.BundlePatient(strings.NewReader(tt.in))
			if tt.err != "" {
				require.ErrorContains(t, err, tt.err)
				require.Equal(t, umassist.EINVALID, umassist.ErrorCode(err))
				return
			}
			require.NoError(t, err)
			require.Equal(t, tt.want, got)
		})
	}
}
