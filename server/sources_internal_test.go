package server

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
)

// A passage shows the sentence a criterion rests on, the whole passage
// one click away; a one-sentence passage, or one sharing no word with the
// criterion, shows whole.
func TestRelevantSentence(t *testing.T) {
	t.Parallel()
	const b3 = "Patients with ischemic dilated cardiomyopathy, documented prior myocardial infarction, NYHA Class II and III heart failure, and measured LVEF ≤ 35 %."
	const nyha = "Patients must meet all of the following. Patients with NYHA Class II or III heart failure; LVEF ≤ 35 % measured by echocardiography.\nPatients must not have had a CABG or PCI within the past 3 months."
	tests := []struct {
		name, passage, criterion, want string
	}{
		{"one sentence shows whole", b3, "LVEF ≤ 35 %", ""},
		{"the sentence sharing most words", nyha, "NYHA class II or III", "Patients with NYHA Class II or III heart failure;"},
		{"numbers count as words", nyha, "No CABG or PCI in the past 3 months", "Patients must not have had a CABG or PCI within the past 3 months."},
		{"a line break ends a sentence", "Indications\nLVEF 35 % or less", "LVEF", "LVEF 35 % or less"},
		{"no shared word shows whole", nyha, "Age 18 or over", ""},
		{"empty", "", "LVEF", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Equal(t, tt.want, relevantSentence(tt.passage, tt.criterion))
		})
	}
}

func TestPassageForCriterionLinksTheSentence(t *testing.T) {
	t.Parallel()
	pv := passageView{ID: "NCD 20.4#B3", Href: "/cases/c1/policy?passage=NCD+20.4%23B3",
		Text: "Scope of the policy. Patients with NYHA Class II heart failure."}
	got := pv.forCriterion("NYHA class II")
	require.Equal(t, "Patients with NYHA Class II heart failure.", got.Sentence)
	require.Equal(t, "/cases/c1/policy?passage=NCD+20.4%23B3&quote=Patients+with+NYHA+Class+II+heart+failure.", got.Href)
	require.Empty(t, pv.Sentence, "the cached passage is not changed")
}

func TestRationaleLeavesOutCriterionIDs(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"Summary.\nRecommendation: request_info; the record does not document deciding criteria (prior_medical_treatment): ask the ordering clinician. [NCD 100.1#B]": "request_info; the record does not document deciding criteria: ask the ordering clinician. [NCD 100.1#B]",
		"Recommendation: refer; not met (lvef_threshold, nyha_class).":          "refer; not met.",
		"Recommendation: approve; every required criterion is met (LVEF 30 %).": "approve; every required criterion is met (LVEF 30 %).",
		"No recommendation line": "",
	} {
		require.Equal(t, want, rationale(in))
	}
}

func TestShortService(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		c    umassist.Coding
		want string
	}{
		{umassist.Coding{Code: "33249", Display: "Insertion of ICD"}, "33249 Insertion of ICD"},
		{umassist.Coding{Code: "43775", Display: "Laparoscopy, surgical, gastric restrictive procedure; longitudinal gastrectomy (ie, sleeve gastrectomy)"},
			"43775 Laparoscopy, surgical, gastric restrictive procedure"},
		{umassist.Coding{Code: "E0601", Display: "Continuous positive airway pressure (CPAP) device for the treatment of obstructive sleep apnea in adults"},
			"E0601 Continuous positive airway pressure (CPAP) device for…"},
		{umassist.Coding{Code: "1876366"}, "1876366"},
	} {
		require.Equal(t, tt.want, shortService(tt.c))
	}
}

// An evidence item shows what the resource is: an Encounter, whose type
// is a list, was "unreadable resource" before; it shows its type and its
// admission and discharge days.
func TestFactOf(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		raw  string
		want Fact
	}{
		{`{"resourceType": "Encounter", "type": [{"text": "Inpatient admission - medicine"}], "period": {"start": "2026-01-15T14:20:00-06:00", "end": "2026-01-20T15:30:00-06:00"}}`,
			Fact{Ref: "Encounter/e", Kind: "Encounter", Label: "Inpatient admission - medicine", Date: "2026-01-15", Value: "to 2026-01-20"}},
		{`{"resourceType": "DocumentReference", "type": {"coding": [{"code": "11506-3", "display": "Progress note"}]}, "date": "2026-01-19T10:00:00Z"}`,
			Fact{Ref: "DocumentReference/e", Kind: "DocumentReference", Label: "Progress note", Date: "2026-01-19"}},
		{`{"resourceType": "Observation", "code": {"text": "SpO2"}, "valueQuantity": {"value": 86.0, "unit": "%"}, "effectiveDateTime": "2026-01-19"}`,
			Fact{Ref: "Observation/e", Kind: "Observation", Label: "SpO2", Value: "86", Unit: "%", Date: "2026-01-19"}},
		{`{"resourceType": "Encounter", "type": 7}`, Fact{Ref: "Encounter/e", Kind: "Encounter"}},
		{`{"resourceType": 7}`, Fact{Ref: "/e", Label: "unreadable resource"}},
	} {
		var head struct {
			ResourceType string `json:"resourceType"`
		}
		_ = json.Unmarshal([]byte(tt.raw), &head)
		require.Equal(t, tt.want, factOf(head.ResourceType+"/e", json.RawMessage(tt.raw)), tt.raw)
	}
}
