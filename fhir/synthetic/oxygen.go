package synthetic

import (
	"fmt"

	"github.com/umassist/umassist"
)

const (
	loincSpO2 = "59408-5" // Oxygen saturation in Arterial blood by Pulse oximetry
	loincPaO2 = "2703-7"  // Oxygen [Partial pressure] in Arterial blood
)

var (
	condCOPD        = cond{"J44.9", "Chronic obstructive pulmonary disease, unspecified", "13645005", "Chronic obstructive lung disease"}
	condRespFailure = cond{"J96.11", "Chronic respiratory failure with hypoxia", "409622000", "Respiratory failure"}
	condPulmHTN     = cond{"I27.23", "Pulmonary hypertension due to lung diseases and/or hypoxia", "70995007", "Pulmonary hypertension"}
	medTiotropium   = med{"485032", "tiotropium 0.0025 MG/ACTUAT Inhalation Spray", "Inhale 2 puffs once daily"}
	medAlbuterol    = med{"745679", "albuterol 0.09 MG/ACTUAT Metered Dose Inhaler", "Inhale 2 puffs every 4 hours as needed for shortness of breath"}
)

func oxygenScenario() Scenario {
	return Scenario{
		Name:    "oxygen",
		Policy:  "NCD 240.2",
		Title:   "Home oxygen therapy",
		Payer:   "medicare",
		Service: umassist.Coding{System: umassist.SystemHCPCS, Code: "E1390", Display: "Oxygen concentrator, single delivery port, capable of delivering 85 percent or greater oxygen concentration at the prescribed flow rate"},
		Diagnoses: []umassist.Coding{
			{System: umassist.SystemICD10CM, Code: "J44.9", Display: "Chronic obstructive pulmonary disease, unspecified"},
			{System: umassist.SystemICD10CM, Code: "J96.11", Display: "Chronic respiratory failure with hypoxia"},
		},
		Defaults:   crit("qualifying_test", met, "group1_rest", met),
		Exclusions: []string{"noncovered_condition"},
		Variants: []Variant{
			{Name: "meets", Description: "SpO2 86 % at rest on room air within the month", Recommendation: approve, Expedited: true},
			{Name: "pao2-kpa", Description: "arterial PaO2 reported in kPa (7.1 kPa = 53 mmHg)", Recommendation: approve, Tags: []string{"unit-variant"}},
			{Name: "meets-noise", Description: "qualifying SpO2 among many normal readings and labs", Recommendation: approve, Tags: []string{"noise"}},
			{Name: "group2-pulm-htn", Description: "SpO2 89 % (Group II) with pulmonary hypertension", Recommendation: approve, Criteria: crit("group1_rest", notMet, "group2_hypoxemia", met, "group2_finding", met)},
			{Name: "spo2-93", Description: "SpO2 93 % at rest", Recommendation: refer, Criteria: crit("group1_rest", notMet, "group2_hypoxemia", notMet)},
			{Name: "old-test", Description: "the qualifying SpO2 is eight months old; nothing recent", Recommendation: requestInfo, Missing: []string{"oxygen saturation|SpO2|PaO2|blood gas|oximetry"}, Criteria: crit("qualifying_test", undoc, "group1_rest", undoc), Tags: []string{"lookback"}},
			{Name: "no-test", Description: "no oximetry or blood gas on file", Recommendation: requestInfo, Missing: []string{"oxygen saturation|SpO2|PaO2|blood gas|oximetry"}, Criteria: crit("qualifying_test", undoc, "group1_rest", undoc), Expedited: true},
			{Name: "inpatient-early", Description: "discharged three days ago; the only qualifying SpO2 is from the day of admission, not within 2 days of discharge", Recommendation: requestInfo, Missing: []string{"oxygen saturation|SpO2|PaO2|blood gas|oximetry"}, Criteria: crit("qualifying_test", undoc, "group1_rest", undoc), Tags: []string{"lookback"}},
		},
		gen: genOxygen,
	}
}

func genOxygen(b *builder, v Variant) outcome {
	out := outcome{cites: map[string][]string{}}
	b.background(b.one("male", "female"), 64+b.rng.IntN(18), []cond{condHTN}, []med{medAmlod5})
	if v.HasTag("noise") {
		b.noise(300)
	}
	b.condition("copd", condCOPD, b.day(-2000), "")
	b.condition("hypoxic-respiratory-failure", condRespFailure, b.day(-15), "")
	b.medication("tiotropium", medTiotropium, b.day(-900), "active", "pulmonology")
	b.medication("albuterol", medAlbuterol, b.day(-1500), "active", "pulmonology")

	visitDay := b.day(-4 - b.rng.IntN(10))
	enc := b.encounter(visitDay, "pulmonology", "Pulmonology follow-up", "390906007", "pulmonology")
	var sat float64
	var test string
	switch v.Name {
	case "meets", "meets-noise":
		sat = float64(84 + b.rng.IntN(4))
		out.cites["group1_rest"] = []string{b.observation("spo2", obs{LOINC: loincSpO2, Display: "Oxygen saturation in Arterial blood by Pulse oximetry", Category: "vital-signs", Value: sat, Unit: "%", UCUM: "%", Low: f(95), High: f(100), Note: "At rest, breathing room air, for 5 minutes."}, visitDay, enc)}
		test = fmt.Sprintf("Resting SpO2 on room air %g%% after five minutes seated.", sat)
		if v.HasTag("noise") {
			for i := 0; i < 12; i++ {
				b.observation("spo2", obs{LOINC: loincSpO2, Display: "Oxygen saturation in Arterial blood by Pulse oximetry", Category: "vital-signs", Value: float64(94 + b.rng.IntN(4)), Unit: "%", UCUM: "%", Low: f(95), High: f(100), Note: "Routine vital signs, room air."}, b.day(-400-30*i), "")
			}
		}
	case "pao2-kpa":
		abgDay := b.day(-6)
		out.cites["group1_rest"] = []string{b.observation("pao2", obs{LOINC: loincPaO2, Display: "Oxygen [Partial pressure] in Arterial blood", Category: "laboratory", Value: 7.1, Decimals: 1, Unit: "kPa", UCUM: "kPa", Low: f(10.7), High: f(13.3), Note: "Arterial sample on room air at rest."}, abgDay, enc)}
		test = "Arterial blood gas on room air: PaO2 7.1 kPa."
	case "group2-pulm-htn":
		sat = 89
		out.cites["group2_hypoxemia"] = []string{b.observation("spo2", obs{LOINC: loincSpO2, Display: "Oxygen saturation in Arterial blood by Pulse oximetry", Category: "vital-signs", Value: sat, Unit: "%", UCUM: "%", Low: f(95), High: f(100), Note: "At rest, breathing room air."}, visitDay, enc)}
		out.cites["qualifying_test"] = out.cites["group2_hypoxemia"]
		ph := b.condition("pulmonary-hypertension", condPulmHTN, b.day(-90), "")
		out.cites["group2_finding"] = []string{ph}
		test = "Resting SpO2 on room air 89%. Right heart catheterization three months ago confirmed pulmonary hypertension (mean PA pressure 31 mmHg)."
	case "spo2-93":
		sat = 93
		out.cites["group1_rest"] = []string{b.observation("spo2", obs{LOINC: loincSpO2, Display: "Oxygen saturation in Arterial blood by Pulse oximetry", Category: "vital-signs", Value: sat, Unit: "%", UCUM: "%", Low: f(95), High: f(100), Note: "At rest, room air."}, visitDay, enc)}
		test = "Resting SpO2 on room air 93%; no exertional testing done."
	case "old-test":
		b.observation("spo2", obs{LOINC: loincSpO2, Display: "Oxygen saturation in Arterial blood by Pulse oximetry", Category: "vital-signs", Value: 85, Unit: "%", UCUM: "%", Low: f(95), High: f(100), Note: "At rest, room air, during an exacerbation."}, b.day(-240), "")
		test = "No oximetry at this visit; the last documented resting saturation was during last spring's exacerbation."
	case "no-test":
		test = "Oximeter unavailable at this visit; saturation to be rechecked."
	case "inpatient-early":
		// A ten-day stay for an exacerbation: the room-air saturation was
		// taken on the day of admission and not again before discharge.
		admit, discharge := b.day(-13), b.day(-3)
		stay := b.stay(admit, discharge, "Acute exacerbation of COPD")
		b.observation("spo2", obs{LOINC: loincSpO2, Display: "Oxygen saturation in Arterial blood by Pulse oximetry", Category: "vital-signs", Value: 86, Unit: "%", UCUM: "%", Low: f(95), High: f(100), Note: "At rest, room air, in the emergency department before admission orders."}, admit, stay)
		visitDay = b.day(-1)
		enc = b.encounter(visitDay, "pulmonology", "Pulmonology follow-up", "390906007", "pulmonology")
		test = "Seen after discharge from a ten-day admission for an exacerbation; oximeter unavailable at this visit."
	}
	if out.cites["qualifying_test"] == nil {
		out.cites["qualifying_test"] = out.cites["group1_rest"]
	}
	pulm := b.document(note{Prefix: "pulmonology", Kind: "progress", Title: "Pulmonology clinic note", Specialty: "pulmonology", Text: b.pulmNote(test), Encounter: enc}, visitDay)
	_ = pulm

	switch v.Recommendation {
	case approve:
		if v.Name == "group2-pulm-htn" {
			out.rationale = "Group II: resting SpO2 89 % on room air with pulmonary hypertension."
			break
		}
		out.rationale = "Qualifying resting hypoxemia on room air within the month before the request, with chronic lung disease on maximal inhaled therapy."
	case refer:
		out.rationale = "Resting SpO2 93 % does not meet the 88 % threshold; a physician reviewer decides."
	case requestInfo:
		out.rationale = "No qualifying oxygen test in the month before the request; ask for a resting SpO2 or arterial blood gas on room air."
	}
	return out
}

func (b *builder) pulmNote(test string) string {
	return fmt.Sprintf("PULMONOLOGY FOLLOW-UP\n\n%s, %d, with COPD (%s), seen for worsening breathlessness. %s %s\n\n%s\n\nAlternatives: %s\n\nPlan: home oxygen by concentrator, 2 L/min continuous including sleep; reassess in 90 days. %s",
		b.name, b.age(), b.one("GOLD 3", "severe airflow obstruction, FEV1 38% predicted", "FEV1 41% predicted"),
		b.one("Dyspnea walking to the mailbox.", "Needs to stop after about 30 metres on flat ground."),
		b.one("Former smoker, quit six years ago.", "Quit smoking at diagnosis."),
		test,
		b.one("inhaler technique reviewed and therapy maximized (long-acting bronchodilator, rescue inhaler); pulmonary rehabilitation completed last year without improvement in oxygenation.",
			"maximal inhaled therapy in place and pulmonary rehab completed; these have not corrected the hypoxemia."),
		b.one("Denies chest pain.", "No hemoptysis. No fever."))
}
