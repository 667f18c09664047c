package tools_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/criteria"
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
		{"a ratio of like quantities is a proportion", `"valueRatio":{"numerator":{"value":104,"unit":"{words}"},"denominator":{"value":200,"unit":"{words}"}}`, json.Number("52"), nil, "", "%"},
		{"a ratio of unlike quantities as written", `"valueRatio":{"numerator":{"value":1,"unit":"mg"},"denominator":{"value":5,"unit":"mL"}}`, "1 mg/5 mL", nil, "", ""},
		{"a ratio with no denominator as written", `"valueRatio":{"numerator":{"value":3}}`, "3/?", nil, "", ""},
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

// TestOrderDose: a MedicationRequest's dose reaches the reader from its
// coded dosage (amount and timing, a count of tablets by the product's
// strength) or, when not coded, from its sig; a volume without a
// concentration and a sig without a frequency give none.
func TestOrderDose(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name, product, dosage string
		want                  *criteria.Dose
	}{
		{"coded in mg", "semaglutide", `{"timing":{"repeat":{"frequency":1,"period":1,"periodUnit":"wk"}},"doseAndRate":[{"doseQuantity":{"value":1,"unit":"mg"}}]}`,
			&criteria.Dose{Amount: 1, Unit: "mg", EveryDays: 7}},
		{"coded in tablets", "tofacitinib 5 MG Oral Tablet", `{"timing":{"repeat":{"frequency":2,"period":1,"periodUnit":"d"}},"doseAndRate":[{"doseQuantity":{"value":1,"unit":"tablet"}}]}`,
			&criteria.Dose{Amount: 5, Unit: "mg", EveryDays: 0.5}},
		{"coded in mL: not converted; the sig is read", "adalimumab 40 MG/0.4 ML Pen Injector", `{"text":"40 mg every other week","timing":{"repeat":{"period":2,"periodUnit":"wk"}},"doseAndRate":[{"doseQuantity":{"value":0.4,"unit":"mL"}}]}`,
			&criteria.Dose{Amount: 40, Unit: "mg", EveryDays: 14}},
		{"only a sig", "liraglutide", `{"text":"Inject 1.2 mg subcutaneously daily"}`, &criteria.Dose{Amount: 1.2, Unit: "mg", EveryDays: 1}},
		{"a sig with no frequency", "liraglutide", `{"text":"1.2 mg as directed"}`, nil},
		// A titration in steps: the step that gives the most counts.
		{"titration steps", "semaglutide", `{"text":"0.25 mg weekly"},{"timing":{"repeat":{"frequency":1,"period":1,"periodUnit":"wk"}},"doseAndRate":[{"doseQuantity":{"value":2.4,"unit":"mg"}}]},{"text":"1 mg weekly"}`,
			&criteria.Dose{Amount: 2.4, Unit: "mg", EveryDays: 7}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			raw := `{"resourceType":"MedicationRequest","id":"m","status":"draft","intent":"order","authoredOn":"2026-01-02",` +
				`"medicationCodeableConcept":{"text":"` + tt.product + `"},"dosageInstruction":[` + tt.dosage + `]}`
			r := &umassist.Resource{Type: "MedicationRequest", ID: "m", Patient: "Patient/p", Raw: json.RawMessage(raw)}
			item, err := tools.ReadResource(r, umassist.MustDate("2026-01-10"))
			require.NoError(t, err)
			m, ok := item.(tools.MedicationItem)
			require.True(t, ok, "%T", item)
			require.Equal(t, tt.want, m.Dose)
		})
	}
}

// An inpatient Encounter re-read is the stay patient_overview lists; a
// clinic visit is no clinical item.
func TestReadResourceStays(t *testing.T) {
	t.Parallel()
	read := func(class string) (any, error) {
		raw := `{"resourceType":"Encounter","id":"e","status":"finished","class":` + class + `,"type":[{"text":"Inpatient admission"}],` +
			`"period":{"start":"2026-01-10T08:00:00-05:00","end":"2026-01-20T10:00:00-05:00"},"reasonCode":[{"text":"COPD exacerbation"}]}`
		return tools.ReadResource(&umassist.Resource{Type: "Encounter", ID: "e", Patient: "Patient/p", Raw: json.RawMessage(raw)}, umassist.MustDate("2026-01-22"))
	}
	item, err := read(`{"code":"IMP"}`)
	require.NoError(t, err)
	require.Equal(t, tools.StayItem{Ref: "Encounter/e", Start: "2026-01-10T08:00:00-05:00", End: "2026-01-20T10:00:00-05:00", Type: "Inpatient admission", Reason: "COPD exacerbation"}, item)
	_, err = read(`{"code":"AMB"}`)
	require.ErrorIs(t, err, tools.ErrNotClinical)
}

// A procedure done over a period ends when its period does: a course of
// hyperbaric sessions from July to August is as recent as August. One the
// record dates only in words shows the words.
func TestProcedurePeriod(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name, performed, end, words string
	}{
		{"a period", `"performedPeriod":{"start":"2026-07-13T08:30:00-05:00","end":"2026-08-21T10:30:00-05:00"}`, "2026-08-21T10:30:00-05:00", ""},
		{"a day", `"performedDateTime":"2026-07-13T08:30:00-05:00"`, "", ""},
		{"words", `"performedString":"winter 2025-2026, per patient"`, "", "winter 2025-2026, per patient"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			raw := `{"resourceType":"Procedure","id":"p","status":"completed","code":{"coding":[{"system":"https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets","code":"G0277"}]},` + tt.performed + `}`
			r := &umassist.Resource{Type: "Procedure", ID: "p", Patient: "Patient/p", Raw: json.RawMessage(raw)}
			item, err := tools.ReadResource(r, umassist.MustDate("2026-09-22"))
			require.NoError(t, err)
			p, ok := item.(tools.ProcedureItem)
			require.True(t, ok, "%T", item)
			require.Equal(t, tt.end, p.EndDate)
			require.Equal(t, tt.words, p.DateText)
		})
	}
}

// A statement of what the patient takes, with no start, began on or
// before it was recorded; so did an order that refills another.
func TestMedicationStartUnknown(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name, raw string
		want      bool
	}{
		{"a statement with no start", `{"resourceType":"MedicationStatement","id":"m","status":"active","dateAsserted":"2026-03-02","medicationCodeableConcept":{"text":"carvedilol 25 mg"}}`, true},
		{"a statement with its start", `{"resourceType":"MedicationStatement","id":"m","status":"active","effectivePeriod":{"start":"2025-01-10"},"medicationCodeableConcept":{"text":"carvedilol 25 mg"}}`, false},
		{"a refill order", `{"resourceType":"MedicationRequest","id":"m","status":"active","intent":"order","authoredOn":"2026-03-30","note":[{"text":"Refill - continuation of outside prescription (not a new start)."}],"medicationCodeableConcept":{"text":"carvedilol 25 mg"}}`, true},
		{"a new order", `{"resourceType":"MedicationRequest","id":"m","status":"active","intent":"order","authoredOn":"2026-03-30","medicationCodeableConcept":{"text":"carvedilol 25 mg"}}`, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var head struct{ ResourceType string }
			require.NoError(t, json.Unmarshal([]byte(tt.raw), &head))
			r := &umassist.Resource{Type: head.ResourceType, ID: "m", Patient: "Patient/p", Raw: json.RawMessage(tt.raw)}
			item, err := tools.ReadResource(r, umassist.MustDate("2026-05-14"))
			require.NoError(t, err)
			m, ok := item.(tools.MedicationItem)
			require.True(t, ok, "%T", item)
			require.Equal(t, tt.want, m.StartUnknown)
		})
	}
}
