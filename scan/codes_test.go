package scan_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/internal/sourcetree"
	"github.com/umassist/umassist/scan"
)

// Describe reads the real code files: a HCPCS code by its long
// description (the short one abbreviates), an ICD-10-CM code by its own;
// CPT, which no public file describes, and unknown codes not at all.
func TestDescribe(t *testing.T) {
	t.Parallel()
	if !sourcetree.HasSharedData("codes") {
		t.Skip("shared code lists not present")
	}
	codes, err := scan.LoadCodeList(sourcetree.SharedData("codes"))
	require.NoError(t, err)
	tests := []struct {
		coding umassist.Coding
		want   string
		ok     bool
	}{
		{umassist.Coding{System: umassist.SystemHCPCS, Code: "E0740"}, "Non-implanted pelvic floor electrical stimulator, complete system", true},
		{umassist.Coding{System: umassist.SystemHCPCS, Code: "e0601"}, "Continuous positive airway pressure (cpap) device", true},
		{umassist.Coding{System: umassist.SystemICD10CM, Code: "N39.41"}, "Urge incontinence", true},
		{umassist.Coding{System: umassist.SystemHCPCS, Code: "E9999"}, "", false},
		{umassist.Coding{System: umassist.SystemCPT, Code: "33249"}, "", false},
	}
	for _, tt := range tests {
		got, ok := codes.Describe(tt.coding)
		require.Equal(t, tt.ok, ok, tt.coding.Code)
		require.Equal(t, tt.want, got, tt.coding.Code)
	}
	var none *scan.CodeList
	_, ok := none.Describe(tests[0].coding)
	require.False(t, ok, "a nil list knows no codes")
}
