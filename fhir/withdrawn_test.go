package fhir_test

import (
	"encoding/base64"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist/fhir"
)

// TestWithdrawnDocumentsAreNoNotes: a report of a test cancelled ("Exam
// not performed - patient left") and a document entered in error are
// kept as resources and not read as notes; their words had met a
// vascular assessment (blind set Y, approved).
func TestWithdrawnDocumentsAreNoNotes(t *testing.T) {
	t.Parallel()
	text := base64.StdEncoding.EncodeToString([]byte("Arterial study LE: ABI 0.95."))
	tests := []struct {
		name, raw string
		note      bool
	}{
		{"a cancelled report", `{"resourceType":"DiagnosticReport","id":"r","status":"cancelled","subject":{"reference":"Patient/p"},"code":{"text":"Arterial study LE"},"effectiveDateTime":"2026-08-04","conclusion":"Exam not performed - patient left before study."}`, false},
		{"a final report", `{"resourceType":"DiagnosticReport","id":"r","status":"final","subject":{"reference":"Patient/p"},"code":{"text":"Arterial study LE"},"effectiveDateTime":"2026-08-04","conclusion":"ABI 0.95."}`, true},
		{"a document entered in error", `{"resourceType":"DocumentReference","id":"d","status":"entered-in-error","subject":{"reference":"Patient/p"},"date":"2026-08-04","content":[{"attachment":{"contentType":"text/plain","data":"` + text + `"}}]}`, false},
		{"a current document", `{"resourceType":"DocumentReference","id":"d","status":"current","subject":{"reference":"Patient/p"},"date":"2026-08-04","content":[{"attachment":{"contentType":"text/plain","data":"` + text + `"}}]}`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p, err := fhir.Decode([]byte(tt.raw), "", fhir.ParseOptions{})
			require.NoError(t, err)
			require.NotNil(t, p.Res, "the resource is kept")
			require.Equal(t, tt.note, p.Note != nil)
		})
	}
}
