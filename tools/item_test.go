package tools_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/tools"
)

// TestObservationValues: every value[x] an echo or lab report uses reaches
// the reader, ranges and bounds as such ("LVEF 25-30 %" is not 25).
func TestObservationValues(t *testing.T) {
	t.Parallel()
	num := func(s string) *json.Number { n := json.Number(s); return &n }
	tests := []struct {
		name       string
		value      string
		want       any
		high       *json.Number
		comparator string
		unit       string
	}{
		{"quantity", `"valueQuantity":{"value":40,"unit":"%"}`, json.Number("40"), nil, "", "%"},
		{"quantity with a comparator", `"valueQuantity":{"value":30,"comparator":"<","unit":"%"}`, json.Number("30"), nil, "<", "%"},
		{"range", `"valueRange":{"low":{"value":25,"unit":"%"},"high":{"value":30,"unit":"%"}}`, json.Number("25"), num("30"), "", "%"},
		{"range with only an upper end", `"valueRange":{"high":{"value":30,"unit":"%"}}`, json.Number("30"), nil, "<=", "%"},
		{"range with only a lower end", `"valueRange":{"low":{"value":55,"unit":"%"}}`, json.Number("55"), nil, ">=", "%"},
		{"string", `"valueString":"25-30%"`, "25-30%", nil, "", ""},
		{"coded", `"valueCodeableConcept":{"text":"Class III"}`, "Class III", nil, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			raw := `{"resourceType":"Observation","id":"o","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"10230-1"}]},` + tt.value + `}`
			r := &umassist.Resource{Type: "Observation", ID: "o", Patient: "Patient/p", Raw: json.RawMessage(raw)}
			item, err := tools.ReadResource(r, umassist.MustDate("2026-01-01"))
			require.NoError(t, err)
			o, ok := item.(tools.ObservationItem)
			require.True(t, ok, "%T", item)
			require.Equal(t, tt.want, o.Value)
			require.Equal(t, tt.high, o.High)
			require.Equal(t, tt.comparator, o.Comparator)
			require.Equal(t, tt.unit, o.Unit)
		})
	}
}
