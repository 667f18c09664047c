package criteria_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/agent/reason"
	"github.com/umassist/umassist/criteria"
	"github.com/umassist/umassist/tools"
)

// packCriterion returns a criterion of a shipped pack as get_policy_criteria
// shows it: the tests hold the packs and the reader to each other.
func packCriterion(t *testing.T, policy, id string) (criteria.View, *criteria.Pack) {
	t.Helper()
	packs, err := criteria.LoadPacks()
	require.NoError(t, err)
	for i := range packs {
		if packs[i].Policy != policy {
			continue
		}
		for _, c := range tools.PackView(&packs[i]).Criteria {
			if c.ID == id {
				return c, &packs[i]
			}
		}
	}
	t.Fatalf("no criterion %s in %s", id, policy)
	return criteria.View{}, nil
}

// toolOutput is one tool result fed to the evidence.
type toolOutput struct{ tool, data string }

func evidenceOf(outs ...toolOutput) *criteria.Evidence {
	ev := criteria.NewEvidence()
	for _, o := range outs {
		reason.AddToolOutput(ev, o.tool, json.RawMessage(o.data))
	}
	return ev
}

func meds(items string) toolOutput {
	return toolOutput{tools.ToolListMedications, `{"medications":[` + items + `]}`}
}

func note(ref, date, text string) toolOutput {
	b, _ := json.Marshal(map[string]any{"ref": ref, "date": date, "type": "Progress note", "author": "A. Clinician, MD (Cardiology)", "untrusted_text": text})
	return toolOutput{tools.ToolReadNote, string(b)}
}

func obs(items string) toolOutput {
	return toolOutput{tools.ToolSearchObservations, `{"observations":[` + items + `]}`}
}

func conds(items string) toolOutput {
	return toolOutput{tools.ToolListConditions, `{"conditions":[` + items + `]}`}
}

// TestGDMTNeedsBothClasses: "a beta blocker plus an ACE inhibitor, ARB or
// ARNI" is a conjunction. Before hint groups, carvedilol alone met it.
func TestGDMTNeedsBothClasses(t *testing.T) {
	t.Parallel()
	gdmt, _ := packCriterion(t, "NCD 20.4", "gdmt")
	asOf := umassist.MustDate("2026-03-18")
	carvedilol := `{"ref":"MedicationRequest/bb","date":"2025-06-01","start_date":"2025-06-01","status":"active","active":true,"rxnorm_code":"20352","display":"carvedilol 25 MG Oral Tablet"}`
	tests := []struct {
		name string
		outs []toolOutput
		want umassist.CriterionStatus
	}{
		{"beta blocker alone", []toolOutput{meds(carvedilol)}, umassist.CriterionNotDocumented},
		{"beta blocker alone, a note claims GDMT", []toolOutput{meds(carvedilol), note("DocumentReference/n", "2026-03-10", "On GDMT for 3 months.")}, umassist.CriterionNotDocumented},
		{"both classes long enough", []toolOutput{meds(carvedilol + `,{"ref":"MedicationRequest/arni","date":"2025-06-15","start_date":"2025-06-15","status":"active","active":true,"rxnorm_code":"1656339","display":"sacubitril / valsartan"}`)}, umassist.CriterionMet},
		{"an ACE inhibitor switched to an ARNI keeps the stretch", []toolOutput{meds(carvedilol +
			`,{"ref":"MedicationRequest/acei","date":"2025-06-01","start_date":"2025-06-01","end_date":"2026-01-02","status":"stopped","active":false,"display":"lisinopril 10 MG","status_reason":"Changed to sacubitril/valsartan"}` +
			`,{"ref":"MedicationRequest/arni","date":"2026-01-04","start_date":"2026-01-04","status":"active","active":true,"display":"sacubitril / valsartan"}`)}, umassist.CriterionMet},
		{"both started six weeks ago", []toolOutput{meds(`{"ref":"MedicationRequest/bb","date":"2026-02-04","start_date":"2026-02-04","status":"active","active":true,"display":"carvedilol"},{"ref":"MedicationRequest/arni","date":"2026-02-04","start_date":"2026-02-04","status":"active","active":true,"display":"sacubitril / valsartan"}`),
			note("DocumentReference/n", "2026-03-10", "On GDMT for 3 months (carvedilol, sacubitril/valsartan).")}, umassist.CriterionNotMet},
		{"a statement that she is not taking it is no therapy", []toolOutput{meds(carvedilol + `,{"ref":"MedicationStatement/arni","date":"2025-06-15","start_date":"2025-06-15","status":"not-taken","active":false,"display":"sacubitril / valsartan"}`)}, umassist.CriterionNotDocumented},
		{"both on the patient's list six weeks ago, start unknown: asked", []toolOutput{meds(`{"ref":"MedicationStatement/bb","date":"2026-02-04","start_date":"2026-02-04","status":"active","active":true,"display":"carvedilol","start_unknown":true},{"ref":"MedicationStatement/arni","date":"2026-02-04","start_date":"2026-02-04","status":"active","active":true,"display":"sacubitril-valsartan (Entresto) 49-51 mg tablet","start_unknown":true}`)},
			umassist.CriterionNotDocumented},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := criteria.Evaluate(gdmt, evidenceOf(tt.outs...), asOf)
			require.Equal(t, tt.want, r.Status, r.Finding)
		})
	}
}

// A drug is read by its name or brand, whatever code the record gives it:
// an order coded in NDC, or by a local code, names the drug in its display
// ("Coumadin 5 MG Oral Tablet"). Before, only an RxNorm code (or a class's
// ingredient name) counted, and such a chart was silent.
func TestDrugsAreReadByNameOrBrand(t *testing.T) {
	t.Parallel()
	warfarin, _ := packCriterion(t, "NCD 190.11", "warfarin_3_months")
	gdmt, _ := packCriterion(t, "NCD 20.4", "gdmt")
	asOf := umassist.MustDate("2026-03-18")
	order := func(display string) string {
		return `{"ref":"MedicationRequest/m","date":"2025-06-01","start_date":"2025-06-01","status":"active","active":true,"display":"` + display + `"}`
	}
	tests := []struct {
		name      string
		criterion criteria.View
		outs      []toolOutput
		want      umassist.CriterionStatus
	}{
		{"warfarin by name, no code", warfarin, []toolOutput{meds(order("warfarin sodium 5 MG Oral Tablet"))}, umassist.CriterionMet},
		{"warfarin by brand", warfarin, []toolOutput{meds(order("Coumadin 5 MG Oral Tablet"))}, umassist.CriterionMet},
		{"another anticoagulant by brand", warfarin, []toolOutput{meds(order("Eliquis 5 MG Oral Tablet"))}, umassist.CriterionNotDocumented},
		{"a word that only contains a brand", warfarin, []toolOutput{meds(order("Coumadinex 5 MG"))}, umassist.CriterionNotDocumented},
		{"both classes by brand", gdmt, []toolOutput{meds(order("Coreg 25 MG Oral Tablet") +
			`,{"ref":"MedicationRequest/arni","date":"2025-06-15","start_date":"2025-06-15","status":"active","active":true,"display":"ENTRESTO 49-51 MG TABLET"}`)}, umassist.CriterionMet},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := criteria.Evaluate(tt.criterion, evidenceOf(tt.outs...), asOf)
			require.Equal(t, tt.want, r.Status, r.Finding)
		})
	}
}

// For an inpatient, home oxygen's qualifying test is the one within 2
// days of the discharge: a saturation taken on the first day of a
// ten-day stay does not qualify, one taken the day before discharge does
// (and the stay is cited), one taken outside any stay is read as before,
// and a stay not yet ended by the request date times nothing. Before, every reading in the
// 30-day window counted, and a test from the day of admission approved.
func TestInpatientTestsAreTimedByTheDischarge(t *testing.T) {
	t.Parallel()
	rest, _ := packCriterion(t, "NCD 240.2", "group1_rest")
	asOf := umassist.MustDate("2026-01-22")
	overview := func(stays string) toolOutput {
		return toolOutput{tools.ToolPatientOverview, `{"patient":"Patient/p","as_of":"2026-01-22","sex":"female","birth_date":"1950-01-02","active_conditions":[],"active_medications":[],"coverage":[],"inpatient_stays":[` + stays + `]}`}
	}
	stay := `{"ref":"Encounter/stay","start":"2026-01-10T14:00:00Z","end":"2026-01-20T15:00:00Z","type":"Inpatient admission"}`
	spo2 := func(date string) toolOutput {
		return obs(`{"ref":"Observation/s","date":"` + date + `","code":"59408-5","display":"Oxygen saturation","value":86,"unit":"%","method":"room air, at rest"}`)
	}
	tests := []struct {
		name    string
		outs    []toolOutput
		want    umassist.CriterionStatus
		cites   []string
		finding string
	}{
		{"the day of admission", []toolOutput{overview(stay), spo2("2026-01-10T18:00:00Z")}, umassist.CriterionNotDocumented,
			[]string{"Observation/s", "Encounter/stay"}, "only a test within 2 days of discharge qualifies"},
		{"the day before discharge", []toolOutput{overview(stay), spo2("2026-01-19T08:00:00Z")}, umassist.CriterionMet,
			[]string{"Observation/s", "Encounter/stay"}, "within 2 days of discharge"},
		{"two days before discharge", []toolOutput{overview(stay), spo2("2026-01-18T08:00:00Z")}, umassist.CriterionMet,
			[]string{"Observation/s", "Encounter/stay"}, ""},
		{"after the discharge, at home", []toolOutput{overview(stay), spo2("2026-01-21T10:00:00Z")}, umassist.CriterionMet,
			[]string{"Observation/s"}, ""},
		{"still in hospital", []toolOutput{overview(`{"ref":"Encounter/stay","start":"2026-01-10T14:00:00Z","type":"Inpatient admission"}`), spo2("2026-01-10T18:00:00Z")}, umassist.CriterionMet,
			[]string{"Observation/s"}, ""},
		{"an evening admission, its day as written, and a test the discharge summary dates on it",
			[]toolOutput{overview(`{"ref":"Encounter/stay","start":"2026-01-10T21:40:00-04:00","end":"2026-01-20T13:15:00-04:00","type":"Inpatient admission"}`),
				note("DocumentReference/dc", "2026-01-20", "He qualified on the admission ABG (PaO2 51 on room air 1/10).")},
			umassist.CriterionNotDocumented, []string{"Encounter/stay"}, "only a test within 2 days of discharge qualifies"},
		{"a discharge summary retelling the value on arrival, undated",
			[]toolOutput{overview(stay), note("DocumentReference/dc", "2026-01-20", "Home oxygen: patient was hypoxemic this admission (PaO2 52 on room air on arrival).")},
			umassist.CriterionNotDocumented, []string{"Encounter/stay"}, "only a test within 2 days of discharge qualifies"},
		{"a discharge after the request date", []toolOutput{overview(`{"ref":"Encounter/stay","start":"2026-01-10T14:00:00Z","end":"2026-01-30T10:00:00Z","type":"Inpatient admission"}`), spo2("2026-01-10T18:00:00Z")}, umassist.CriterionMet,
			[]string{"Observation/s"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := criteria.Evaluate(rest, evidenceOf(tt.outs...), asOf)
			require.Equal(t, tt.want, r.Status, r.Finding)
			require.Subset(t, r.Evidence, tt.cites, r.Finding)
			require.Contains(t, r.Finding, tt.finding)
			if tt.name == "after the discharge, at home" {
				require.NotContains(t, r.Evidence, "Encounter/stay", "a test at home is not the stay's")
			}
		})
	}
}

// TestReadingInContext covers time, recency, assertion, provenance and
// computed values on the shipped packs' criteria.
func TestReadingInContext(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, policy, criterion, date string
		outs                          []toolOutput
		want                          umassist.CriterionStatus
		cites                         string // a reference the finding must cite
	}{
		{"an old MI is outside 40 days", "NCD 20.4", "recent_mi", "2026-06-09",
			[]toolOutput{note("DocumentReference/n", "2026-05-28", "74M with ischemic cardiomyopathy after anterior STEMI in 2019.")}, umassist.CriterionNotMet, ""},
		{"her 2022 heart attack is outside 40 days", "NCD 20.4", "recent_mi", "2026-04-28",
			[]toolOutput{note("DocumentReference/n", "2026-04-20", "Covered: how EF 32% after her 2022 heart attack raises the risk of sudden cardiac death.")}, umassist.CriterionNotMet, ""},
		{"a recent NSTEMI is inside 40 days", "NCD 20.4", "recent_mi", "2026-06-09",
			[]toolOutput{note("DocumentReference/n", "2026-05-28", "Admitted last week with an NSTEMI, medically managed.")}, umassist.CriterionMet, ""},
		{"PCI 2021 is outside 3 months, whatever the clause says next", "NCD 20.4", "recent_revascularization", "2026-03-19",
			[]toolOutput{note("DocumentReference/n", "2026-03-12", "MI 2021 (>40 D). LAST PCI 2021 (>3 MO); 01/2026 CATH WAS\n    DIAGNOSTIC ONLY.")}, umassist.CriterionNotMet, ""},
		{"PCI in March is inside 3 months", "NCD 20.4", "recent_revascularization", "2026-06-09",
			[]toolOutput{note("DocumentReference/n", "2026-05-28", "He had PCI to the LAD in March for in-stent restenosis.")}, umassist.CriterionMet, ""},
		{"CABG (2019) is outside 3 months", "NCD 20.4", "recent_revascularization", "2026-05-12",
			[]toolOutput{note("DocumentReference/n", "2026-04-30", "Remote MI (2018) and CABG (2019), LVEF 33% (04/14/2026).")}, umassist.CriterionNotMet, ""},
		{"a planned SDM visit is not done", "NCD 20.4", "shared_decision", "2026-08-05",
			[]toolOutput{note("DocumentReference/n", "2026-07-21", "Formal shared decision-making using the decision aid has not taken place yet - appointment 08/12/2026.")}, umassist.CriterionNotDocumented, ""},
		{"a conditional LVEF is no LVEF", "NCD 20.4", "lvef", "2026-08-26",
			[]toolOutput{note("DocumentReference/n", "2026-08-21", "If the LVEF remains <=35%, she will meet criteria for an ICD.")}, umassist.CriterionNotDocumented, ""},
		{"an echo done with no result in the record asks for it", "NCD 20.4", "lvef", "2026-08-26",
			[]toolOutput{{tools.ToolListProcedures, `{"procedures":[{"ref":"Procedure/echo","date":"2026-07-29","code":"93306","display":"Echocardiography, transthoracic","status":"completed"}]}`}}, umassist.CriterionNotDocumented, "Procedure/echo"},
		{"a bound is not a value", "NCD 20.4", "lvef", "2026-05-12",
			[]toolOutput{obs(`{"ref":"Observation/e","date":"2026-04-14","code":"10230-1","value":33,"unit":"%"}`), note("DocumentReference/n", "2026-04-21", "EF above 30%. LVEF <=35% on optimal therapy.")}, umassist.CriterionMet, ""},
		{"a range must meet at both ends", "NCD 20.4", "lvef", "2026-05-12",
			[]toolOutput{note("DocumentReference/n", "2026-04-21", "LVEF 30-40% on today's echo.")}, umassist.CriterionNotMet, ""},
		{"the newer NYHA class governs", "NCD 20.4", "nyha_iv", "2026-02-04",
			[]toolOutput{obs(`{"ref":"Observation/old","date":"2025-12-14","code":"nyha-class","display":"NYHA functional class","value":"Class IV"},{"ref":"Observation/new","date":"2026-01-08","code":"nyha-class","display":"NYHA functional class","value":"Class III"}`)}, umassist.CriterionNotMet, ""},
		{"NYHA IV at admission is history", "NCD 20.4", "nyha", "2026-02-04",
			[]toolOutput{note("DocumentReference/n", "2026-01-08", "He presented in decompensated heart failure (NYHA class IV at admission). Now NYHA class III.")}, umassist.CriterionMet, ""},
		{"a residual AHI on CPAP in the third clause is not diagnostic", "NCD 240.4", "ahi_15", "2026-05-14",
			[]toolOutput{obs(`{"ref":"Observation/ahi","date":"2026-01-15","code":"69990-0","display":"Apnea hypopnea index","value":22.5,"unit":"/h"}`),
				note("DocumentReference/n", "2026-05-12", "Download 04/12-05/11/2026: >= 4 h on 25/30 nights (85%); mean use 6 h 25 min; residual AHI 1.7.")}, umassist.CriterionMet, "Observation/ahi"},
		{"hearsay AHI is not a result", "NCD 240.4", "ahi_15", "2026-09-15",
			[]toolOutput{note("DocumentReference/n", "2026-08-25", "She was told she has sleep apnea with an AHI of about 19.")}, umassist.CriterionNotDocumented, ""},
		{"a report's scoring rule says how its indices were made", "NCD 240.4", "ahi_15", "2026-01-21",
			[]toolOutput{note("DiagnosticReport/hst", "2026-01-07", "REI (events / monitoring hr) .. 17.4 /h     supine 29.1 /h\nSCORING: Hypopnea >= 30% drop in\nnasal pressure >= 10 s with >= 3% oxygen desaturation.")}, umassist.CriterionNotDocumented, ""},
		{"a value labelled with its own 4 % rule keeps it", "NCD 240.4", "ahi_15", "2026-01-21",
			[]toolOutput{note("DiagnosticReport/hst", "2026-01-07", "REI (events / monitoring hr) .. 17.4 /h\nAHI (4% rule) .. 16.0 /h\nSCORING: Hypopnea >= 30% drop in\nnasal pressure >= 10 s with >= 3% oxygen desaturation.")}, umassist.CriterionMet, "DiagnosticReport/hst"},
		{"a supplier's form retelling a 3 % index is the same index", "NCD 240.4", "ahi_15", "2026-01-21",
			[]toolOutput{note("DiagnosticReport/hst", "2026-01-07", "REI (events / monitoring hr) .. 17.4 /h\nSCORING: Hypopnea >= 30% drop in\nnasal pressure >= 10 s with >= 3% oxygen desaturation."),
				note("DocumentReference/dme", "2026-01-20", "AHI / RDI: 17.4        Total sleep / monitoring time: 6.5 h")}, umassist.CriterionNotDocumented, ""},
		{"a later note dating a 3 % index to its test day, rounded or not, retells it", "NCD 240.4", "ahi_15", "2026-04-07",
			[]toolOutput{note("DiagnosticReport/hst", "2026-03-09", "Home sleep test 03/03/2026.\nSCORING: Hypopneas scored with >= 3% oxygen desaturation (AASM rule 1A).\n  REI (events/h of monitoring time)         17.9"),
				note("DocumentReference/tel", "2026-03-20", "Dr. Ng's read: moderate OSA, REI about 18, worse on her back."),
				note("DocumentReference/dme", "2026-04-03", "Test date: 03/03/2026    AHI/RDI/REI: 17.9    >=15")}, umassist.CriterionNotDocumented, ""},
		{"a name in quotation marks is not the test's", "NCD 240.4", "ahi_15", "2026-04-21",
			[]toolOutput{note("DocumentReference/n", "2026-04-20", "Qualifying study\tOvernight study 03/03/2026 — “AHI” 22.3 (see report)")}, umassist.CriterionNotDocumented, ""},
		{"the chart's result of that night is another test's", "NCD 240.4", "ahi_15", "2026-04-21",
			[]toolOutput{obs(`{"ref":"Observation/odi","date":"2026-03-03","code":"ONOX-ODI4","display":"Oxygen desaturation index (4%), overnight oximetry","value":22.3,"unit":"/h"}`),
				note("DocumentReference/n", "2026-04-20", "Qualifying study: overnight study 03/03/2026, AHI 22.3.")}, umassist.CriterionNotDocumented, "DocumentReference/n"},
		{"an AHI the report itself gives stands beside an equal ODI", "NCD 240.4", "ahi_15", "2026-04-21",
			[]toolOutput{obs(`{"ref":"Observation/odi","date":"2026-03-03","code":"HST-ODI4","display":"Oxygen desaturation index (4%)","value":22.3,"unit":"/h"}`),
				note("DocumentReference/r", "2026-03-04", "Home sleep apnea test 03/03/2026: AHI 22.3, ODI 22.3."),
				note("DocumentReference/n", "2026-04-20", "Qualifying study: overnight study 03/03/2026, AHI 22.3.")}, umassist.CriterionMet, "DocumentReference/r"},
		{"unable to take long-term anticoagulation is half of it", "NCD 20.34", "anticoagulation", "2026-10-27",
			[]toolOutput{note("DocumentReference/ep", "2026-10-06", "Patient deemed unable to take long-term OAC.")}, umassist.CriterionNotDocumented, ""},
		{"the newer word that no anticoagulation of any length is safe", "NCD 20.34", "anticoagulation", "2026-10-27",
			[]toolOutput{note("DocumentReference/ep", "2026-10-06", "Patient deemed unable to take long-term OAC.\n[x] Suitable for short-term warfarin"),
				note("DocumentReference/neuro", "2026-10-20", "I DO NOT RECOMMEND ANY ANTICOAGULATION, INCLUDING A SHORT (45-DAY) WARFARIN COURSE AFTER DEVICE PLACEMENT.\n- NOT A CANDIDATE FOR WARFARIN OR DOAC FOR ANY DURATION.")},
			umassist.CriterionNotMet, "DocumentReference/neuro"},
		{"AHI computed from events and hours", "NCD 240.4", "ahi_15", "2026-01-13",
			[]toolOutput{obs(`{"ref":"Observation/ev","date":"2025-12-10","code":"hst-ah-events","display":"Home sleep test - total apneas plus hypopneas (4% rule)","value":142},{"ref":"Observation/h","date":"2025-12-10","code":"hst-valid-time","display":"Home sleep test - valid monitoring time","value":6.8,"unit":"h"}`)}, umassist.CriterionMet, ""},
		{"a residual AHI on CPAP is not diagnostic", "NCD 240.4", "ahi_5_14", "2026-07-08",
			[]toolOutput{note("DocumentReference/n", "2026-06-23", "Download: residual AHI 6.1.")}, umassist.CriterionNotDocumented, ""},
		{"BMI computed from pounds and inches", "NCD 100.1", "bmi_35", "2026-03-05",
			[]toolOutput{obs(`{"ref":"Observation/w","date":"2026-02-17","code":"29463-7","display":"Body weight","value":262,"unit":"[lb_av]"},{"ref":"Observation/h","date":"2026-02-17","code":"8302-2","display":"Body height","value":65,"unit":"[in_i]"}`)}, umassist.CriterionMet, ""},
		{"stroke risk computed, refuted TIA left out", "NCD 20.34", "stroke_risk", "2026-06-16",
			[]toolOutput{{tools.ToolPatientOverview, `{"patient":"Patient/p","as_of":"2026-06-16","sex":"male","birth_date":"1956-01-02","active_conditions":[],"active_medications":[],"coverage":[]}`},
				conds(`{"ref":"Condition/htn","date":"2010-01-01","code":"I10","display":"Hypertension","clinical_status":"active","active":true},{"ref":"Condition/tia","date":"2026-01-10","code":"G45.9","display":"TIA","clinical_status":"active","verification_status":"refuted"}`)}, umassist.CriterionNotMet, "Condition/tia"},
		{"stroke risk that a provisional TIA would carry over the line asks for it", "NCD 20.34", "stroke_risk", "2026-06-16",
			[]toolOutput{{tools.ToolPatientOverview, `{"patient":"Patient/p","as_of":"2026-06-16","sex":"male","birth_date":"1956-01-02","active_conditions":[],"active_medications":[],"coverage":[]}`},
				conds(`{"ref":"Condition/htn","date":"2010-01-01","code":"I10","display":"Hypertension","clinical_status":"active","active":true},{"ref":"Condition/tia","date":"2026-01-10","code":"G45.9","display":"TIA","clinical_status":"active","verification_status":"provisional"}`)}, umassist.CriterionNotDocumented, "Condition/tia"},
		{"a DME supplier's oximetry does not qualify", "NCD 240.2", "group1_rest", "2026-06-17",
			[]toolOutput{{tools.ToolReadNote, `{"ref":"DocumentReference/dme","date":"2026-06-09","type":"Note","author":"Apex Home Medical Supply","untrusted_text":"Pulse oximetry on room air at rest: 87%."}`}}, umassist.CriterionNotMet, "DocumentReference/dme"},
		{"a reading taken walking is no rest reading, whatever its code", "NCD 240.2", "group1_rest", "2026-11-03",
			[]toolOutput{obs(`{"ref":"Observation/rest","date":"2026-10-20T13:05:00Z","code":"59408-5","display":"Oxygen saturation in Arterial blood by Pulse oximetry","value":94,"unit":"%","method":"Room air, awake, seated at rest"},{"ref":"Observation/walk","date":"2026-10-20T13:33:00Z","code":"59408-5","display":"Oxygen saturation in Arterial blood by Pulse oximetry","value":84,"unit":"%","method":"Room air, nadir during 6-minute walk test"}`)}, umassist.CriterionNotMet, ""},
		{"a note in one line is not all title", "NCD 20.32", "heart_team", "2026-08-18",
			[]toolOutput{{tools.ToolReadNote, `{"ref":"DocumentReference/ic","date":"2026-07-28","type":"Consult note","untrusted_text":"STRUCTURAL HEART CONSULTATION 07/28/2026 84F seen and examined with her niece. Severe AS. Referred to cardiac surgery for the second opinion the heart team needs."}`}}, umassist.CriterionNotDocumented, ""},
		{"a vascular surgeon's access exam is not the cardiac surgeon's", "NCD 20.32", "heart_team", "2026-09-22",
			[]toolOutput{{tools.ToolReadNote, `{"ref":"DocumentReference/ic","date":"2026-08-25","type":"Structural Heart Clinic Consultation","author":"Dr. Y. Karaman, Interventional Cardiology","untrusted_text":"STRUCTURAL HEART CLINIC\nSeen and examined face-to-face today. Severe AS; TAVR candidate."}`},
				{tools.ToolReadNote, `{"ref":"DocumentReference/vasc","date":"2026-09-08","type":"Vascular Surgery Consultation","author":"Dr. A. Feld, Vascular Surgery","untrusted_text":"VASCULAR SURGERY CONSULT\nPatient examined in clinic today. Iliofemoral access adequate for transfemoral TAVR."}`}}, umassist.CriterionNotDocumented, ""},
		{"standard care the chart starts 15 days before the request is too short, whatever a letter claims", "NCD 20.29", "failed_standard_care", "2026-05-26",
			[]toolOutput{note("DocumentReference/start", "2026-05-11", "New patient. Plan (standard care starts today): offloading with a removable cast walker; weekly debridement."),
				note("DocumentReference/letter", "2026-05-21", "She has failed over 30 days of standard wound care including debridement and offloading.")}, umassist.CriterionNotMet, "DocumentReference/start"},
		{"standard care documented for six weeks", "NCD 20.29", "failed_standard_care", "2026-05-26",
			[]toolOutput{note("DocumentReference/start", "2026-04-10", "Offloading with a total contact cast; weekly debridement."),
				note("DocumentReference/now", "2026-05-21", "Non-healing despite six weeks of offloading.")}, umassist.CriterionMet, "DocumentReference/start"},
		{"a vascular study booked is not done", "NCD 20.29", "vascular_assessment", "2026-08-11",
			[]toolOutput{note("DocumentReference/n", "2026-08-04", "Pedal pulses nonpalpable; denies claudication. Arterial duplex with ABI booked for 08/19/2026.")}, umassist.CriterionNotDocumented, ""},
		{"an ankle-brachial index is a vascular assessment", "NCD 20.29", "vascular_assessment", "2026-08-11",
			[]toolOutput{note("DocumentReference/n", "2026-07-20", "Perfusion: palpable pulses, ABI 1.02 on the right.")}, umassist.CriterionMet, "DocumentReference/n"},
		{"a word test is not a sentence test", "NCD 50.3", "limited_aid_benefit", "2026-10-20",
			[]toolOutput{obs(`{"ref":"Observation/cnc","date":"2026-09-29","code":"cnc-best-aided","display":"CNC words, recorded, best-aided (bilateral hearing aids), 60 dBA","value":24,"unit":"%"}`),
				note("DocumentReference/aud", "2026-09-29", "AzBio sentence testing NOT administered today - patient fatigued and asked to stop.")}, umassist.CriterionNotDocumented, ""},
		{"a study ordered is not done", "NCD 20.29", "vascular_assessment", "2026-08-11",
			[]toolOutput{note("DocumentReference/n", "2026-08-04", "Pulses nonpalpable. Arterial duplex/ABI/TBI ordered 7/28, appointment 8/19.")}, umassist.CriterionNotDocumented, ""},
		{"a scale's name is no score", "NCD 240.4", "ahi_comorbidity", "2026-08-20",
			[]toolOutput{note("DocumentReference/n", "2026-08-12", "She forgot the Epworth form at home again; will bring it to the next visit.")}, umassist.CriterionNotDocumented, ""},
		{"a saturation on oxygen is no room-air reading, whatever its code", "NCD 240.2", "group1_exercise", "2026-02-03",
			[]toolOutput{obs(`{"ref":"Observation/ra","date":"2026-01-29T09:14:00-05:00","code":"59408-5","display":"Oxygen saturation in Arterial blood by Pulse oximetry","value":85,"unit":"%","method":"During exercise (6MWT), room air - nadir"},{"ref":"Observation/o2","date":"2026-01-29T09:48:00-05:00","code":"59408-5","display":"Oxygen saturation in Arterial blood by Pulse oximetry","value":93,"unit":"%","method":"During exercise (6MWT) on O2 2 L/min nasal cannula, continuous - nadir"}`),
				note("DocumentReference/walk", "2026-01-29", "Oxygen titration walk: nadir on room air 85%, improved to 93% on 2 L/min.")}, umassist.CriterionMet, "Observation/ra"},
		{"the implanting electrophysiologist's decision visit is not the independent one", "NCD 20.34", "shared_decision", "2026-12-08",
			[]toolOutput{{tools.ToolReadNote, `{"ref":"DocumentReference/ep","date":"2026-11-19","type":"Electrophysiology consult - LAAC and shared decision-making","author":"Dr. R. Okafor, Cardiac Electrophysiology","untrusted_text":"Shared decision-making visit today using the ACC decision aid for LAAC versus anticoagulation."}`}}, umassist.CriterionNotMet, "DocumentReference/ep"},
		{"a general cardiologist's decision visit is independent", "NCD 20.34", "shared_decision", "2026-12-08",
			[]toolOutput{{tools.ToolReadNote, `{"ref":"DocumentReference/card","date":"2026-11-19","type":"Cardiology office visit","author":"Dr. L. Moss, General Cardiology","untrusted_text":"Shared decision-making visit today using the ACC decision aid for LAAC versus anticoagulation."}`}}, umassist.CriterionMet, "DocumentReference/card"},
		{"a telephone call and the sleep test's own report are no clinical evaluation", "NCD 240.4", "clinical_evaluation", "2026-05-25",
			[]toolOutput{{tools.ToolReadNote, `{"ref":"DocumentReference/tel","date":"2026-04-20","type":"Telephone encounter","author":"Dr. P. Hale, Family Medicine","untrusted_text":"Spoke with wife by phone: loud snoring and witnessed apneas. HSAT ordered."}`},
				{tools.ToolReadNote, `{"ref":"DocumentReference/hst","date":"2026-05-04","type":"Home sleep apnea test report","author":"Dr. K. Lund, Sleep Medicine (interpreting)","untrusted_text":"Indication (from order): snoring, witnessed apneas. REI 27.4."}`}}, umassist.CriterionNotMet, "DocumentReference/tel"},
		{"a telephone call, with the visit booked, asks for the visit", "NCD 240.4", "clinical_evaluation", "2026-05-25",
			[]toolOutput{{tools.ToolReadNote, `{"ref":"DocumentReference/tel","date":"2026-04-20","type":"Telephone encounter","author":"Dr. P. Hale, Family Medicine","untrusted_text":"Spoke with wife by phone: loud snoring and witnessed apneas. Sleep consultation booked for 06/15/2026."}`}}, umassist.CriterionNotDocumented, ""},
		{"a sleep consultation is a clinical evaluation", "NCD 240.4", "clinical_evaluation", "2026-05-25",
			[]toolOutput{{tools.ToolReadNote, `{"ref":"DocumentReference/consult","date":"2026-04-02","type":"Consult note","author":"Dr. K. Lund, Sleep Medicine","untrusted_text":"Loud snoring, witnessed apneas. Neck circumference 44 cm, Mallampati IV."}`}}, umassist.CriterionMet, "DocumentReference/consult"},
		{"atrial fibrillation with a poorly controlled rate excludes an ICD", "NCD 20.4", "uncontrolled_svt", "2026-04-10",
			[]toolOutput{note("DocumentReference/holter", "2026-03-31", "48-hour Holter: atrial fibrillation throughout, mean ventricular rate 118; rate poorly controlled on metoprolol.")}, umassist.CriterionMet, "DocumentReference/holter"},
		{"today's weight with last year's height outweighs a BMI from the first consultation", "NCD 100.1", "bmi_35", "2026-08-18",
			[]toolOutput{obs(`{"ref":"Observation/w","date":"2026-07-28","code":"29463-7","display":"Body weight","value":193,"unit":"[lb_av]"},{"ref":"Observation/h","date":"2025-03-11","code":"8302-2","display":"Body height","value":64,"unit":"[in_i]"}`),
				note("DocumentReference/letter", "2026-08-11", "At her initial consultation her weight was 228 lb with a BMI of 39.1 kg/m2.")}, umassist.CriterionNotMet, "Observation/w"},
		{"a surgeon who examined but deferred the judgment has not documented suitability", "NCD 20.32", "heart_team", "2026-11-20",
			[]toolOutput{{tools.ToolReadNote, `{"ref":"DocumentReference/ic","date":"2026-10-20","type":"Structural heart clinic note","author":"Dr. A. Ruiz, Interventional Cardiology","untrusted_text":"STRUCTURAL HEART CLINIC\nSeen and examined face-to-face. Severe AS; TAVR candidate."}`},
				{tools.ToolReadNote, `{"ref":"DocumentReference/cts","date":"2026-11-10","type":"Cardiothoracic surgery clinic note","author":"Dr. M. Berg, Cardiothoracic Surgery","untrusted_text":"CARDIAC SURGERY CLINIC - new patient (in person)\nExam: 4/6 SEM. Assessment: surgical candidacy (SAVR vs TAVR) cannot be determined today; will document my recommendation after the valve conference on 12/03/2026."}`}}, umassist.CriterionNotDocumented, ""},
		{"exertional hypoxemia corrected by O2, in a walk-test report", "NCD 240.2", "group1_exercise", "2026-06-05",
			[]toolOutput{obs(`{"ref":"Observation/ra","date":"2026-05-28","code":"59408-5","display":"6MWT SpO2 nadir during walk - room air","value":85,"unit":"%"}`),
				note("DocumentReference/walk", "2026-05-28", "SIX-MINUTE WALK TEST WITH O2 TITRATION. Exertional hypoxemia on room air (nadir 85%) that is corrected by 2 L/min continuous oxygen (nadir 92%).")}, umassist.CriterionMet, "DocumentReference/walk"},
		{"an unaided sentence score is not the best-aided one", "NCD 50.3", "limited_aid_benefit", "2026-11-10",
			[]toolOutput{obs(`{"ref":"Observation/l","date":"2026-10-20","code":"azbio-l","display":"AzBio sentences (recorded), 60 dBA, left ear UNAIDED","value":4,"unit":"%"}`)}, umassist.CriterionNotDocumented, ""},
		{"minutes below 88 % are no saturation", "NCD 240.2", "group1_rest", "2026-08-11",
			[]toolOutput{obs(`{"ref":"Observation/t88","date":"2026-07-23","code":"spo2-t88","display":"spo2-t88","value":64,"unit":"min"}`)}, umassist.CriterionNotDocumented, ""},
		{"a saturation written in words", "NCD 240.2", "group1_rest", "2026-06-17",
			[]toolOutput{note("DocumentReference/n", "2026-06-09", "Pulse oximetry on room air at rest: 87 percent.")}, umassist.CriterionMet, ""},
		{"exercise desaturation without oxygen titration", "NCD 240.2", "group1_exercise", "2026-11-03",
			[]toolOutput{note("DocumentReference/n", "2026-10-20", "6-minute walk on room air stopped because SpO2 fell to 84%. Oxygen titration walk booked for 11/10.")}, umassist.CriterionNotDocumented, ""},
		{"serial measurements show healing", "NCD 20.29", "failed_standard_care", "2026-06-03",
			[]toolOutput{obs(`{"ref":"Observation/w1","date":"2026-04-22","code":"wound-measurements","display":"Wound measurements","components":[{"code":"39126-8","value":4},{"code":"39125-0","value":3}]},{"ref":"Observation/w2","date":"2026-06-01","code":"wound-measurements","display":"Wound measurements","components":[{"code":"39126-8","value":2.8},{"code":"39125-0","value":2}]}`),
				note("DocumentReference/n", "2026-05-20", "Non-healing ulcer despite offloading and weekly debridement.")}, umassist.CriterionNotMet, ""},
		// The newest word on a requirement: a later note that only denies
		// it, or says in so many words that it is unconfirmed, outweighs an
		// older mention; a later note that speaks of it both ways, or an
		// older denial, does not.
		{"symptoms a later note denies are not met", "NCD 20.32", "symptomatic_as", "2026-09-15",
			[]toolOutput{note("DocumentReference/tte", "2026-07-21", "Severe aortic stenosis, AVA 0.62 cm2."),
				note("DocumentReference/ett", "2026-08-11", "Exercise test. Stopped: target heart rate reached / leg fatigue."),
				note("DocumentReference/cts", "2026-09-01", "Remains asymptomatic, plays pickleball, no DOE, no\nangina, no syncope.")}, umassist.CriterionNotMet, "DocumentReference/cts"},
		{"symptoms denied before they began are met", "NCD 20.32", "symptomatic_as", "2026-09-15",
			[]toolOutput{note("DocumentReference/tte", "2026-07-21", "Severe aortic stenosis, AVA 0.62 cm2."),
				note("DocumentReference/old", "2026-06-01", "No angina, no syncope."),
				note("DocumentReference/new", "2026-09-01", "Now exertional dyspnea after one flight of stairs.")}, umassist.CriterionMet, "DocumentReference/new"},
		{"a later note speaking both ways keeps the symptom", "NCD 20.32", "symptomatic_as", "2026-09-15",
			[]toolOutput{note("DocumentReference/tte", "2026-07-21", "Severe aortic stenosis, AVA 0.62 cm2."),
				note("DocumentReference/old", "2026-08-01", "Exertional dyspnea for two months."),
				note("DocumentReference/new", "2026-09-01", "Dyspnea on one flight of stairs; no syncope.")}, umassist.CriterionMet, "DocumentReference/new"},
		{"willingness a later note refuses is not met", "NCD 50.3", "rehab_ability", "2026-07-07",
			[]toolOutput{note("DocumentReference/ent", "2026-06-09", "MoCA 25/30 today, adequate for auditory training."),
				note("DocumentReference/aud", "2026-06-23", "Pt reiterated he is not willing to participate in the auditory rehabilitation program.")}, umassist.CriterionNotMet, "DocumentReference/aud"},
		{"severity a later note calls unreceived is not documented", "NCD 20.32", "symptomatic_as", "2026-10-10",
			[]toolOutput{note("DocumentReference/letter", "2026-09-15", "She has severe aortic stenosis on an echocardiogram here in December 2025, with exertional syncope."),
				note("DocumentReference/ic", "2026-09-29", "Data: outside TTE 12/2025 reportedly \"severe AS\" but images/report not yet received despite two requests.")}, umassist.CriterionNotDocumented, "DocumentReference/ic"},
		// A condition the chart records as refuted does not meet a
		// requirement by a note's mention of it; a refuted neighbour
		// ("pulmonary hypertension") is not the condition.
		{"a comorbidity the chart records as refuted is not met by a letter", "NCD 100.1", "comorbidity", "2026-07-14",
			[]toolOutput{conds(`{"ref":"Condition/t2dm","date":"2023-09-20","code":"E11.9","display":"Type 2 diabetes mellitus","clinical_status":"inactive","verification_status":"refuted"}`),
				note("DocumentReference/lmn", "2026-07-10", "He has a BMI of 37.4 with the obesity-related comorbidity of type 2 diabetes.")}, umassist.CriterionNotMet, "Condition/t2dm"},
		{"a refuted neighbour is not the comorbidity", "NCD 100.1", "comorbidity", "2026-07-14",
			[]toolOutput{conds(`{"ref":"Condition/ph","date":"2025-09-20","code":"I27.20","display":"Pulmonary hypertension","clinical_status":"inactive","verification_status":"refuted"}`),
				note("DocumentReference/n", "2026-07-10", "Comorbidities: hypertension on lisinopril.")}, umassist.CriterionMet, "DocumentReference/n"},
		{"a patient called asymptomatic after an exercise test's leg fatigue is not symptomatic", "NCD 20.32", "symptomatic_as", "2026-07-21",
			[]toolOutput{note("DocumentReference/tte", "2026-06-02", "Severe aortic stenosis, AVA 0.68 cm2."),
				note("DocumentReference/ett", "2026-06-16", "Exercise treadmill test, 9.2 METs. Stopped for leg fatigue."),
				note("DocumentReference/ic", "2026-06-23", "Assessment: asymptomatic severe AS, normal EF, rapid progression.")}, umassist.CriterionNotMet, "DocumentReference/ic"},
		{"once asymptomatic, now short of breath, is symptomatic", "NCD 20.32", "symptomatic_as", "2026-07-21",
			[]toolOutput{note("DocumentReference/tte", "2026-06-02", "Severe aortic stenosis, AVA 0.68 cm2."),
				note("DocumentReference/ic", "2026-06-23", "Previously asymptomatic; now short of breath after one flight of stairs.")}, umassist.CriterionMet, "DocumentReference/ic"},
		{"a program under way since the intake denied one is asked for", "NCD 100.1", "prior_medical_treatment", "2026-04-20",
			[]toolOutput{note("DocumentReference/intake", "2025-11-03", "Prior attempts: self-directed diets; no prior medically supervised program and no anti-obesity medication."),
				note("DocumentReference/surg", "2026-04-14", "Currently in month 5 of 6 of the medically supervised program; final visit 05/04/2026.")}, umassist.CriterionNotDocumented, "DocumentReference/surg"},
		{"a program denied after it was planned is not met", "NCD 100.1", "prior_medical_treatment", "2026-04-20",
			[]toolOutput{note("DocumentReference/plan", "2025-11-03", "Plan: enroll in a medically supervised program."),
				note("DocumentReference/later", "2026-04-14", "She never started the program; no medically supervised program to date.")}, umassist.CriterionNotMet, "DocumentReference/later"},
		{"an ankle-brachial index of vessels that do not compress is no vascular assessment", "NCD 20.29", "vascular_assessment", "2026-05-06",
			[]toolOutput{obs(`{"ref":"Observation/abi","date":"2026-03-16","code":"41979-6","display":"Ankle-brachial index, right","value":1.52}`),
				note("DocumentReference/w", "2026-04-27", "Vascular status: still not established - pulses non-palpable, ABI non-compressible; TcPO2 and toe pressures ordered today (vascular lab 05/12).")}, umassist.CriterionNotDocumented, "Observation/abi"},
		{"an ankle-brachial index of 0.92 is a vascular assessment", "NCD 20.29", "vascular_assessment", "2026-05-06",
			[]toolOutput{obs(`{"ref":"Observation/abi","date":"2026-03-16","code":"41979-6","display":"Ankle-brachial index, right","value":0.92}`)}, umassist.CriterionMet, "Observation/abi"},
		{"a wound that grew over the last 30 days of HBO shows no healing, whatever its first measurement", "NCD 20.29", "healing_on_hbo", "2026-03-17",
			[]toolOutput{obs(`{"ref":"Observation/w0","date":"2025-12-29","code":"wound-dims","display":"Wound measurements","components":[{"code":"wound-length","display":"Wound length","value":3.3},{"code":"wound-width","display":"Wound width","value":2.7}]},` +
				`{"ref":"Observation/w1","date":"2026-02-02","code":"wound-dims","display":"Wound measurements","components":[{"code":"wound-length","display":"Wound length","value":3.1},{"code":"wound-width","display":"Wound width","value":2.6}]},` +
				`{"ref":"Observation/w2","date":"2026-03-09","code":"wound-dims","display":"Wound measurements","components":[{"code":"wound-length","display":"Wound length","value":3.2},{"code":"wound-width","display":"Wound width","value":2.7}]}`)}, umassist.CriterionNotMet, "Observation/w1"},
		{"a course of sessions is as recent as its last day", "NCD 20.29", "hbo_under_way", "2026-09-22",
			[]toolOutput{{tools.ToolListProcedures, `{"procedures":[{"ref":"Procedure/hbo","date":"2026-07-13","end_date":"2026-08-21","code":"G0277","display":"HBO therapy, monoplace chamber","status":"completed"}]}`}}, umassist.CriterionMet, "Procedure/hbo"},
		{"a wound that shrank in May and not since has failed standard care", "NCD 20.29", "failed_standard_care", "2026-07-21",
			[]toolOutput{obs(`{"ref":"Observation/w0","date":"2026-05-19","code":"wound-dims","display":"Wound measurement","components":[{"code":"39126-8","display":"Wound length","value":3.4,"unit":"cm"},{"code":"39125-0","display":"Wound width","value":2.6,"unit":"cm"}]},` +
				`{"ref":"Observation/w1","date":"2026-06-02","code":"wound-dims","display":"Wound measurement","components":[{"code":"39126-8","display":"Wound length","value":3.1,"unit":"cm"},{"code":"39125-0","display":"Wound width","value":2.4,"unit":"cm"}]},` +
				`{"ref":"Observation/w2","date":"2026-07-14","code":"wound-dims","display":"Wound measurement","components":[{"code":"39126-8","display":"Wound length","value":31,"unit":"mm"},{"code":"39125-0","display":"Wound width","value":24,"unit":"mm"}]}`)}, umassist.CriterionMet, "Observation/w1"},
		{"a wound measured once in millimetres did not shrink a hundredfold", "NCD 20.29", "healing_on_hbo", "2026-09-22",
			[]toolOutput{obs(`{"ref":"Observation/w1","date":"2026-07-13","code":"wound-dims","display":"Wound measurement","components":[{"code":"39126-8","display":"Wound length","value":34,"unit":"mm"},{"code":"39125-0","display":"Wound width","value":28,"unit":"mm"}]},` +
				`{"ref":"Observation/w2","date":"2026-08-21","code":"wound-dims","display":"Wound measurement","components":[{"code":"39126-8","display":"Wound length","value":3.5,"unit":"cm"},{"code":"39125-0","display":"Wound width","value":2.8,"unit":"cm"}]}`)}, umassist.CriterionNotMet, "Observation/w1"},
		{"a wound measured smaller than 30 days before shows healing", "NCD 20.29", "healing_on_hbo", "2026-03-17",
			[]toolOutput{obs(`{"ref":"Observation/w1","date":"2026-02-02","code":"39125-0","display":"Wound measurements","components":[{"code":"39126-8","value":3.1},{"code":"39125-0","value":2.6}]},` +
				`{"ref":"Observation/w2","date":"2026-03-09","code":"39125-0","display":"Wound measurements","components":[{"code":"39126-8","value":2.4},{"code":"39125-0","value":2.0}]}`)}, umassist.CriterionMet, "Observation/w2"},
		{"osteomyelitis that failed debridement and IV antibiotics is refractory", "NCD 20.29", "refractory_osteomyelitis", "2026-01-27",
			[]toolOutput{conds(`{"ref":"Condition/om","date":"2025-02-10","code":"M86.461","display":"Chronic osteomyelitis with draining sinus, right tibia and fibula","clinical_status":"active","verification_status":"confirmed"}`),
				note("DocumentReference/id", "2026-01-08", "Assessment: chronic refractory osteomyelitis - failed two surgical debridements and > 12 weeks of targeted IV therapy.")}, umassist.CriterionMet, "DocumentReference/id"},
		{"osteomyelitis with debridement planned is not yet refractory", "NCD 20.29", "refractory_osteomyelitis", "2026-01-27",
			[]toolOutput{conds(`{"ref":"Condition/om","date":"2025-12-10","code":"M86.461","display":"Chronic osteomyelitis with draining sinus, right tibia and fibula","clinical_status":"active","verification_status":"confirmed"}`),
				note("DocumentReference/ortho", "2026-01-08", "Chronic osteomyelitis of the tibia. Plan: debridement next week, then 6 weeks of IV antibiotics.")}, umassist.CriterionNotDocumented, ""},
		{"a fall of 6 points in sleep without a symptom asks for one", "NCD 240.2", "group1_sleep_fall", "2026-10-06",
			[]toolOutput{note("DocumentReference/ono", "2026-09-09", "OVERNIGHT PULSE OXIMETRY - ROOM AIR. Interpretation: no saturation at or below 88%. Sustained nocturnal fall of 6 percentage points from the awake baseline (95% -> 89%).")},
			umassist.CriterionNotDocumented, "DocumentReference/ono"},
		{"a fall of 6 points in sleep with nocturnal restlessness is met", "NCD 240.2", "group1_sleep_fall", "2026-10-06",
			[]toolOutput{note("DocumentReference/ono", "2026-09-09", "OVERNIGHT PULSE OXIMETRY - ROOM AIR. Sustained nocturnal fall of 6 percentage points from the awake baseline (95% -> 89%)."),
				note("DocumentReference/pulm", "2026-09-30", "Wife describes nocturnal restlessness and he has morning headaches.")}, umassist.CriterionMet, "DocumentReference/pulm"},
		{"a fall of 3 points in sleep is normal", "NCD 240.2", "group1_sleep_fall", "2026-10-06",
			[]toolOutput{note("DocumentReference/ono", "2026-09-09", "OVERNIGHT PULSE OXIMETRY - ROOM AIR. Drop of 3 points from the awake baseline."),
				note("DocumentReference/pulm", "2026-09-30", "Insomnia for years.")}, umassist.CriterionNotMet, "DocumentReference/ono"},
		{"a decision visit referred to the implanting electrophysiologist and done by him does not qualify", "NCD 20.34", "shared_decision", "2026-07-07",
			[]toolOutput{note("DocumentReference/pcp", "2026-05-20", "Plan: referral to Dr. Adeyemi for LAAC evaluation and the shared decision-making discussion."),
				{tools.ToolReadNote, `{"ref":"DocumentReference/ep","date":"2026-06-16","type":"Electrophysiology consult","author":"Dr. K. Adeyemi, Cardiac Electrophysiology","untrusted_text":"Shared decision-making: I performed the SDM today using the evidence-based decision aid. I will perform the LAAC."}`}},
			umassist.CriterionNotMet, "DocumentReference/ep"},
		{"a supplier's form after the consultation was booked leaves the consultation asked for", "NCD 240.4", "clinical_evaluation", "2026-05-26",
			[]toolOutput{{tools.ToolReadNote, `{"ref":"DocumentReference/tel","date":"2026-04-20","type":"Telephone encounter","author":"Dr. P. Hale, Family Medicine","untrusted_text":"Sleep consultation booked for 06/15/2026."}`},
				{tools.ToolReadNote, `{"ref":"DocumentReference/dme","date":"2026-05-20","type":"DME intake form","author":"Prairie Home Medical - intake coordinator (DME supplier)","untrusted_text":"[x] Face-to-face clinical evaluation - patient evaluated, meets criteria."}`}},
			umassist.CriterionNotDocumented, "DocumentReference/tel"},
		{"a sentence score by live voice is no recorded test, nor is a note retelling it", "NCD 50.3", "limited_aid_benefit", "2026-08-25",
			[]toolOutput{obs(`{"ref":"Observation/azbio","date":"2026-08-04","code":"azbio-ba","display":"AzBio sentences in quiet, best-aided - monitored live voice","value":46,"unit":"%"}`),
				note("DocumentReference/ent", "2026-08-18", "Audiology 8/4: AzBio best-aided 46%, CNC 30%.")}, umassist.CriterionNotDocumented, ""},
		{"a note telling its own room-air reading is no retelling of a reading on oxygen", "NCD 240.2", "group1_rest", "2026-06-17",
			[]toolOutput{obs(`{"ref":"Observation/o2","date":"2026-06-01","code":"59408-5","display":"Oxygen saturation on 2 L/min nasal cannula","value":92,"unit":"%","method":"on O2 2 L/min, at rest"}`),
				note("DocumentReference/n", "2026-06-09", "Pulse oximetry on room air at rest: 92%.")}, umassist.CriterionNotMet, "DocumentReference/n"},
		{"a note's 'adequate perfusion' on an index of vessels that do not compress is no vascular assessment", "NCD 20.29", "vascular_assessment", "2026-10-20",
			[]toolOutput{note("DocumentReference/vasc", "2026-09-09", "LOWER EXTREMITY ARTERIAL STUDY\nRight: PT non-compressible. ABI 1.48.\nLeft: ABI 1.38."),
				note("DocumentReference/wmd", "2026-10-14", "Vascular: ABI 1.48 R - adequate perfusion.")}, umassist.CriterionNotDocumented, "DocumentReference/vasc"},
		{"a TcPO2 beside an index that does not compress is a vascular assessment", "NCD 20.29", "vascular_assessment", "2026-10-20",
			[]toolOutput{note("DocumentReference/vasc", "2026-09-09", "Right: ABI 1.48, non-compressible."),
				note("DocumentReference/tcpo2", "2026-10-01", "TcPO2 dorsal foot 46 mmHg, adequate perfusion for healing.")}, umassist.CriterionMet, "DocumentReference/tcpo2"},
		{"a supplier's spot check, recorded as an observation, does not qualify", "NCD 240.2", "group1_rest", "2026-01-27",
			[]toolOutput{obs(`{"ref":"Observation/dme","date":"2026-01-23","code":"59408-5","display":"SpO2 spot check by supplier at delivery assessment","value":88,"unit":"%","method":"room air, at rest"},{"ref":"Observation/clinic","date":"2026-01-20","code":"59408-5","display":"Oxygen saturation","value":90,"unit":"%","method":"room air, at rest"}`)},
			umassist.CriterionNotMet, "Observation/clinic"},
		{"a generator change being planned is no reason for one", "NCD 20.4", "device_end_of_life", "2026-06-09",
			[]toolOutput{note("DocumentReference/np", "2026-06-02", "Reason: ICD generator change planning. Last interrogation 04/2025: longevity 1.3 years."),
				note("DocumentReference/rn", "2026-05-27", "Alert tones on this device can be battery (RRT/ERI) or lead impedance - will need MD review of transmission.")}, umassist.CriterionNotDocumented, ""},
		{"an exclusion a later note denies stays present", "NCD 20.4", "recent_revascularization", "2026-03-10",
			[]toolOutput{note("DocumentReference/cath", "2026-02-19", "PCI to the LAD with a drug-eluting stent today."),
				note("DocumentReference/ep", "2026-03-03", "LVEF 30%, no CABG/PCI within 3 months.")}, umassist.CriterionMet, "DocumentReference/cath"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c, _ := packCriterion(t, tt.policy, tt.criterion)
			r := criteria.Evaluate(c, evidenceOf(tt.outs...), umassist.MustDate(tt.date))
			require.Equal(t, tt.want, r.Status, r.Finding)
			if tt.cites != "" {
				require.Contains(t, r.Evidence, tt.cites, r.Finding)
			}
			if tt.name == "stroke risk computed, refuted TIA left out" {
				// The score says what it left out, so the reviewer sees
				// why it differs from one a note counts.
				require.Contains(t, r.Finding, "(not counted: TIA, refuted)")
			}
		})
	}
}

// TestPathways: the request and the record select the policy's branch.
func TestPathways(t *testing.T) {
	t.Parallel()
	met, undoc := umassist.CriterionMet, umassist.CriterionNotDocumented
	res := func(kv ...any) []criteria.Result {
		var out []criteria.Result
		for i := 0; i < len(kv); i += 2 {
			out = append(out, criteria.Result{ID: kv[i].(string), Status: kv[i+1].(umassist.CriterionStatus)})
		}
		return out
	}
	tests := []struct {
		name, policy string
		req          criteria.Request
		rs           []criteria.Result
		want         umassist.Recommendation
		branch       string
	}{
		{"secondary prevention needs no SDM", "NCD 20.4", criteria.Request{Service: "33249", Diagnoses: []string{"I46.2"}},
			res("prior_arrest", met, "shared_decision", undoc, "recent_mi", umassist.CriterionNotMet), umassist.RecommendApprove, "secondary_prevention"},
		{"primary prevention needs SDM", "NCD 20.4", criteria.Request{Service: "33249", Diagnoses: []string{"I42.0"}},
			res("lvef", met, "nyha", met, "gdmt", met, "shared_decision", undoc), umassist.RecommendRequestInfo, ""},
		{"a gastric balloon is not covered", "NCD 100.1", criteria.Request{Service: "43290", Diagnoses: []string{"E66.01"}},
			res("bmi_35", met, "comorbidity", met, "prior_medical_treatment", met), umassist.RecommendRefer, "noncovered_procedure"},
		{"continued CPAP coverage rests on benefit", "NCD 240.4", criteria.Request{Service: "E0601", Diagnoses: []string{"G47.33"}},
			res("on_cpap_trial", met, "sleep_test", met, "ahi_15", met, "cpap_benefit", umassist.CriterionNotMet), umassist.RecommendRefer, "continued_coverage"},
		{"a Type IV home test needs its channels", "NCD 240.4", criteria.Request{Service: "E0601", Diagnoses: []string{"G47.33"}},
			res("type_iv_test", met, "sleep_test", met, "clinical_evaluation", met, "ahi_15", met, "three_channels", undoc, "nondiagnostic_study", umassist.CriterionNotMet), umassist.RecommendRequestInfo, "type_iv_home_test"},
		{"a Type IV home test of three channels", "NCD 240.4", criteria.Request{Service: "E0601", Diagnoses: []string{"G47.33"}},
			res("type_iv_test", met, "sleep_test", met, "clinical_evaluation", met, "ahi_15", met, "three_channels", met, "nondiagnostic_study", umassist.CriterionNotMet), umassist.RecommendApprove, "type_iv_home_test"},
		{"chronic refractory osteomyelitis is its own pathway", "NCD 20.29", criteria.Request{Service: "G0277", Diagnoses: []string{"M86.461"}},
			res("refractory_osteomyelitis", met, "diabetes_wound", undoc, "noncovered_indication", umassist.CriterionNotMet), umassist.RecommendApprove, "refractory_osteomyelitis"},
		{"osteomyelitis not shown refractory stays on the wound pathway", "NCD 20.29", criteria.Request{Service: "G0277", Diagnoses: []string{"E11.621", "M86.171"}},
			res("refractory_osteomyelitis", undoc, "diabetes_wound", met, "wagner_3", met, "failed_standard_care", met, "vascular_assessment", undoc,
				"noncovered_indication", umassist.CriterionNotMet, "uncorrected_vascular", umassist.CriterionNotMet), umassist.RecommendRequestInfo, ""},
		{"continued HBO without healing in the last 30 days is not covered", "NCD 20.29", criteria.Request{Service: "G0277", Diagnoses: []string{"E11.621"}},
			res("hbo_under_way", met, "diabetes_wound", met, "wagner_3", met, "vascular_assessment", met, "healing_on_hbo", umassist.CriterionNotMet,
				"noncovered_indication", umassist.CriterionNotMet, "uncorrected_vascular", umassist.CriterionNotMet), umassist.RecommendRefer, "continued_treatment"},
		{"continued HBO with a wound that shrank is covered, whatever the first course's standard care", "NCD 20.29", criteria.Request{Service: "G0277", Diagnoses: []string{"E11.621"}},
			res("hbo_under_way", met, "diabetes_wound", met, "wagner_3", met, "vascular_assessment", met, "healing_on_hbo", met, "failed_standard_care", umassist.CriterionNotMet,
				"noncovered_indication", umassist.CriterionNotMet, "uncorrected_vascular", umassist.CriterionNotMet), umassist.RecommendApprove, "continued_treatment"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, pack := packCriterion(t, tt.policy, tools.PackView(mustPack(t, tt.policy)).Criteria[0].ID)
			d := pack.Logic.Decide(tt.rs, tt.req)
			require.Equal(t, tt.want, d.Recommendation, d.Rationale)
			if tt.branch == "" {
				require.Nil(t, d.Branch)
			} else {
				require.NotNil(t, d.Branch)
				require.Equal(t, tt.branch, d.Branch.ID)
			}
		})
	}
}

func mustPack(t *testing.T, policy string) *criteria.Pack {
	t.Helper()
	packs, err := criteria.LoadPacks()
	require.NoError(t, err)
	for i := range packs {
		if packs[i].Policy == policy {
			return &packs[i]
		}
	}
	t.Fatalf("no pack for %s", policy)
	return nil
}

// TestAlternativesNobodyTried: an any_of group whose documented member
// failed and whose others are wholly silent goes to a physician; one the
// record began (a test booked) asks the clinician.
func TestAlternativesNobodyTried(t *testing.T) {
	t.Parallel()
	logic := criteria.Logic{AllOf: []string{"a"}, AnyOf: [][]string{{"rest", "sleep", "exercise"}}}
	r := func(id string, s umassist.CriterionStatus, refs ...string) criteria.Result {
		return criteria.Result{ID: id, Status: s, Evidence: refs, Question: "Q " + id + "?"}
	}
	met, not, undoc := umassist.CriterionMet, umassist.CriterionNotMet, umassist.CriterionNotDocumented
	require.Equal(t, umassist.RecommendRefer, logic.Decide([]criteria.Result{r("a", met), r("rest", not, "Observation/x"), r("sleep", undoc), r("exercise", undoc)}, criteria.Request{}).Recommendation)
	d := logic.Decide([]criteria.Result{r("a", met), r("rest", not, "Observation/x"), r("sleep", undoc), r("exercise", undoc, "DocumentReference/plan")}, criteria.Request{})
	require.Equal(t, umassist.RecommendRequestInfo, d.Recommendation)
	require.Equal(t, []string{"Q exercise?"}, d.Questions)
	require.Equal(t, umassist.RecommendRequestInfo, logic.Decide([]criteria.Result{r("a", met), r("rest", undoc), r("sleep", undoc), r("exercise", undoc)}, criteria.Request{}).Recommendation)
}

// TestContextHints: what the record holds on a criterion's subject is
// cited and said, whatever the status, and never changes the status. The
// shipped packs' criteria are used, so the packs are held to it too.
func TestContextHints(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, policy, criterion, date string
		outs                          []toolOutput
		want                          umassist.CriterionStatus
		refs                          []string
		finding                       string
	}{
		{"a stopped anticoagulant is not 'silent'", "NCD 20.34", "anticoagulation", "2026-11-17",
			[]toolOutput{meds(`{"ref":"MedicationRequest/apx","date":"2022-07-18","start_date":"2022-07-18","end_date":"2026-08-14","status":"stopped","active":false,"rxnorm_code":"1364430","display":"apixaban"}`)},
			umassist.CriterionNotDocumented, []string{"MedicationRequest/apx"}, "the record shows: apixaban was stopped on 2026-08-14 (the prescription gives no reason)"},
		{"the reason, when given, meets it and the drug is cited beside", "NCD 20.34", "anticoagulation", "2026-11-17",
			[]toolOutput{meds(`{"ref":"MedicationRequest/apx","date":"2022-07-18","start_date":"2022-07-18","end_date":"2026-08-14","status":"stopped","active":false,"rxnorm_code":"1364430","display":"apixaban","status_reason":"Recurrent GI bleeding"}`),
				note("DocumentReference/n", "2026-09-01", "Off apixaban because of recurrent GI bleeding. Suitable for short-term warfarin after the implant.")},
			umassist.CriterionMet, []string{"DocumentReference/n", "MedicationRequest/apx"}, "(Recurrent GI bleeding)"},
		{"an active cancer is shown beside an absent futility exclusion", "NCD 20.32", "futile", "2026-06-30",
			[]toolOutput{conds(`{"ref":"Condition/ca","date":"2025-03-20","onset":"2025-03-01","code":"C34.11","display":"Malignant neoplasm of upper lobe, right lung","clinical_status":"active","active":true}`)},
			umassist.CriterionNotMet, []string{"Condition/ca"}, "the record shows: Malignant neoplasm"},
		{"a resolved cancer is not shown", "NCD 20.32", "futile", "2026-06-30",
			[]toolOutput{conds(`{"ref":"Condition/ca","date":"2015-03-20","onset":"2015-03-01","code":"C61","display":"Malignant neoplasm of prostate","clinical_status":"resolved","active":false}`)},
			umassist.CriterionNotMet, nil, "not found in the record as of the request date"},
		{"an ankle-brachial index beside a pending revascularization", "NCD 20.29", "uncorrected_vascular", "2026-07-22",
			[]toolOutput{obs(`{"ref":"Observation/abi","date":"2026-07-08","code":"abi-right","display":"Ankle-brachial index, right","value":0.48,"unit":"{ratio}"}`)},
			umassist.CriterionNotMet, []string{"Observation/abi"}, "Ankle-brachial index, right 0.48 on 2026-07-08"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c, _ := packCriterion(t, tt.policy, tt.criterion)
			r := criteria.Evaluate(c, evidenceOf(tt.outs...), umassist.MustDate(tt.date))
			require.Equal(t, tt.want, r.Status, r.Finding)
			require.Equal(t, tt.refs, r.Evidence, r.Finding)
			require.Contains(t, r.Finding, tt.finding)
		})
	}
}

// TestCodeRanges: a pack may name categories as policies do ("C00-C96").
func TestCodeRanges(t *testing.T) {
	t.Parallel()
	hint := criteria.View{ID: "cancer", Evidence: []criteria.Hint{{Kind: "condition", Codes: []string{"C00-C96"}}}}
	for code, want := range map[string]umassist.CriterionStatus{
		"C34.11": umassist.CriterionMet, "C00.0": umassist.CriterionMet, "C96.9": umassist.CriterionMet, "C7A.010": umassist.CriterionMet,
		"D03.9": umassist.CriterionNotDocumented, "B99": umassist.CriterionNotDocumented, "I50.22": umassist.CriterionNotDocumented,
	} {
		ev := evidenceOf(conds(`{"ref":"Condition/c","date":"2026-01-01","code":"` + code + `","display":"x","clinical_status":"active","active":true}`))
		require.Equal(t, want, criteria.Evaluate(hint, ev, umassist.MustDate("2026-06-01")).Status, code)
	}
}

// An age limit reads the record's date of birth on the request date and
// cites the Patient resource; no date of birth is not documented.
func TestAgeLimits(t *testing.T) {
	t.Parallel()
	adult := criteria.View{ID: "adult", Evidence: []criteria.Hint{{Kind: criteria.KindPatient, MinAge: 18}}}
	child := criteria.View{ID: "child", Evidence: []criteria.Hint{{Kind: criteria.KindPatient, MinAge: 2, MaxAge: 17}}}
	asOf := umassist.MustDate("2026-03-02")
	tests := []struct {
		birth   string
		c       criteria.View
		want    umassist.CriterionStatus
		finding string
	}{
		{"2008-03-02", adult, umassist.CriterionMet, "age 18 on 2026-03-02"},
		{"2008-03-03", adult, umassist.CriterionNotMet, "age 17 on 2026-03-02, under 18"},
		{"2008-03-03", child, umassist.CriterionMet, "age 17"},
		{"1950-01-01", child, umassist.CriterionNotMet, "over 17"},
		{"", adult, umassist.CriterionNotDocumented, "no date of birth"},
	}
	for _, tt := range tests {
		ev := criteria.NewEvidence()
		ev.Patient = criteria.PatientFacts{Ref: "Patient/p1", BirthDate: criteria.ParseTime(tt.birth)}
		r := criteria.Evaluate(tt.c, ev, asOf)
		require.Equal(t, tt.want, r.Status, tt.birth)
		require.Contains(t, r.Finding, tt.finding)
		if tt.want != umassist.CriterionNotDocumented {
			require.Equal(t, []string{"Patient/p1"}, r.Evidence)
		}
	}
}

// TestPatientWordsAreNotEvidence: who wrote a note decides whether it can
// meet a criterion. A patient's portal message or a payer's letter with the
// same words as a clinician's note is shown, never counted.
func TestPatientWordsAreNotEvidence(t *testing.T) {
	t.Parallel()
	by := func(role umassist.AuthorRole, text string) toolOutput {
		b, _ := json.Marshal(map[string]any{"ref": "DocumentReference/n", "date": "2026-02-20", "type": "Note", "author": "someone", "author_role": role, "untrusted_text": text})
		return toolOutput{tools.ToolReadNote, string(b)}
	}
	lvef := "My other doctor said my LVEF is 25% on the echo."
	sdm := "Shared decision-making visit using an evidence-based decision aid for ICD implantation."
	tests := []struct {
		name      string
		criterion string
		out       toolOutput
		want      umassist.CriterionStatus
	}{
		{"a clinician's LVEF", "lvef", by(umassist.AuthorClinician, lvef), umassist.CriterionMet},
		{"an unknown author's LVEF counts as a clinician's", "lvef", by(umassist.AuthorUnknown, lvef), umassist.CriterionMet},
		{"the patient's LVEF", "lvef", by(umassist.AuthorPatient, lvef), umassist.CriterionNotDocumented},
		{"a payer's LVEF", "lvef", by(umassist.AuthorPayer, lvef), umassist.CriterionNotDocumented},
		{"a clinician's SDM visit", "shared_decision", by(umassist.AuthorClinician, sdm), umassist.CriterionMet},
		{"the patient says SDM happened", "shared_decision", by(umassist.AuthorPatient, sdm), umassist.CriterionNotDocumented},
		// A value is the record's unless the patient made or reported it.
		{"an LVEF result", "lvef", obs(`{"ref":"Observation/e","date":"2026-02-20","code":"10230-1","display":"LVEF by echo","value":25,"unit":"%"}`), umassist.CriterionMet},
		{"an LVEF a clinician performed", "lvef", obs(`{"ref":"Observation/e","date":"2026-02-20","code":"10230-1","display":"LVEF by echo","value":25,"unit":"%","author_role":"clinician"}`), umassist.CriterionMet},
		{"an LVEF the patient entered", "lvef", obs(`{"ref":"Observation/e","date":"2026-02-20","code":"10230-1","display":"LVEF by echo","value":25,"unit":"%","author_role":"patient"}`), umassist.CriterionNotDocumented},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c, _ := packCriterion(t, "NCD 20.4", tt.criterion)
			r := criteria.Evaluate(c, evidenceOf(tt.out), umassist.MustDate("2026-03-01"))
			require.Equal(t, tt.want, r.Status, r.Finding)
		})
	}
}

// TestRefutedEntryBesideAConfirmedOne: a condition entered in error and
// entered again, standing, is no refutation of the note that names it.
func TestRefutedEntryBesideAConfirmedOne(t *testing.T) {
	t.Parallel()
	c, _ := packCriterion(t, "NCD 100.1", "comorbidity")
	ev := evidenceOf(conds(`{"ref":"Condition/old","date":"2020-01-10","code":"E11.9","display":"Type 2 diabetes mellitus","clinical_status":"inactive","verification_status":"entered-in-error"},{"ref":"Condition/new","date":"2024-05-02","code":"E11.65","display":"Type 2 diabetes mellitus with hyperglycemia","clinical_status":"resolved","verification_status":"confirmed"}`),
		note("DocumentReference/n", "2026-07-10", "Obesity with type 2 diabetes on metformin."))
	r := criteria.Evaluate(c, ev, umassist.MustDate("2026-07-14"))
	require.Equal(t, umassist.CriterionMet, r.Status, r.Finding)
	require.Contains(t, r.Evidence, "DocumentReference/n")
	require.NotContains(t, r.Finding, "entered-in-error")
}

// TestExclusionRaisedAndNotSettled: an otitis recorded active and then
// treated to the end of its course is neither present nor absent; the
// clinician is asked. Before, the problem list's "active" was taken as
// present (refer) — and a "not documented" exclusion would have read as
// absent, which could approve.
func TestExclusionRaisedAndNotSettled(t *testing.T) {
	t.Parallel()
	otitis := conds(`{"ref":"Condition/aom","date":"2026-04-02","onset":"2026-04-02","code":"H66.002","display":"Acute suppurative otitis media without spontaneous rupture of ear drum, left ear","clinical_status":"active","active":true}`)
	tests := []struct {
		name string
		outs []toolOutput
		want umassist.CriterionStatus
		refs []string
	}{
		{"recorded active, untreated: present", []toolOutput{otitis}, umassist.CriterionMet, []string{"Condition/aom"}},
		{"treated to the end of its course: asked", []toolOutput{otitis,
			meds(`{"ref":"MedicationRequest/amox","date":"2026-04-02","start_date":"2026-04-02","end_date":"2026-04-12","status":"completed","active":false,"display":"amoxicillin-clavulanate 875 mg","reason":"Acute suppurative otitis media without spontaneous rupture of ear drum, left ear"}`)},
			umassist.CriterionNotDocumented, []string{"Condition/aom", "MedicationRequest/amox"}},
		{"a course still running: present", []toolOutput{otitis,
			meds(`{"ref":"MedicationRequest/amox","date":"2026-04-02","start_date":"2026-04-02","end_date":"2026-04-30","status":"active","active":true,"display":"amoxicillin-clavulanate 875 mg","reason":"Acute suppurative otitis media without spontaneous rupture of ear drum, left ear"}`)},
			umassist.CriterionMet, []string{"Condition/aom"}},
		// Blind set V: the antibiotic ordered at the visit that recorded
		// the otitis, its reason not coded, is its treatment.
		{"an antibiotic ordered that day, no reason given: asked", []toolOutput{otitis,
			meds(`{"ref":"MedicationRequest/amox","date":"2026-04-02","start_date":"2026-04-02","end_date":"2026-04-12","status":"completed","active":false,"rxnorm_code":"723","display":"amoxicillin"}`)},
			umassist.CriterionNotDocumented, []string{"Condition/aom", "MedicationRequest/amox"}},
		{"another drug ordered that day, no reason given: present", []toolOutput{otitis,
			meds(`{"ref":"MedicationRequest/ibu","date":"2026-04-02","start_date":"2026-04-02","end_date":"2026-04-12","status":"completed","active":false,"display":"ibuprofen 400 mg"}`)},
			umassist.CriterionMet, []string{"Condition/aom"}},
		{"a course for something else: present", []toolOutput{otitis,
			meds(`{"ref":"MedicationRequest/amox","date":"2026-04-02","start_date":"2026-04-02","end_date":"2026-04-12","status":"completed","active":false,"display":"amoxicillin 500 mg","reason":"Acute sinusitis"}`)},
			umassist.CriterionMet, []string{"Condition/aom"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c, pack := packCriterion(t, "NCD 50.3", "active_otitis")
			r := criteria.Evaluate(c, evidenceOf(tt.outs...), umassist.MustDate("2026-04-27"))
			require.Equal(t, tt.want, r.Status, r.Finding)
			require.Equal(t, tt.refs, r.Evidence, r.Finding)
			if tt.want != umassist.CriterionNotDocumented {
				return
			}
			require.Contains(t, r.Finding, "raised and not settled")
			// Everything else met: the exclusion asks, it neither refers
			// nor passes as absent.
			var rs []criteria.Result
			for _, pc := range tools.PackView(pack).Criteria {
				st := umassist.CriterionMet
				if pc.Exclusion {
					st = umassist.CriterionNotMet
				}
				if pc.ID == r.ID {
					rs = append(rs, r)
					continue
				}
				rs = append(rs, criteria.Result{ID: pc.ID, Status: st, Exclusion: pc.Exclusion})
			}
			d := pack.Logic.Decide(rs, criteria.Request{})
			require.Equal(t, umassist.RecommendRequestInfo, d.Recommendation, d.Rationale)
			require.Len(t, d.Questions, 1)
			require.Contains(t, d.Questions[0], c.Question)
		})
	}
}

// TestSharedDecisionForLAAC: NCD 20.34 asks for a formal decision visit
// with an independent non-interventional physician, using an
// evidence-based decision tool. The implanting electrophysiologist's own
// visit does not qualify; her retelling of another physician's visit is
// not hers; a visit with no tool named asks for it.
func TestSharedDecisionForLAAC(t *testing.T) {
	t.Parallel()
	by := func(author, text string) toolOutput {
		b, _ := json.Marshal(map[string]any{"ref": "DocumentReference/n", "date": "2026-01-06", "type": "Consult note", "author": author, "untrusted_text": text})
		return toolOutput{tools.ToolReadNote, string(b)}
	}
	const ep, cardiology = "Priscilla Tanaka, MD (Clinical cardiac electrophysiology)", "Victor Aldana, MD (General cardiology)"
	tests := []struct {
		name string
		out  toolOutput
		want umassist.CriterionStatus
	}{
		{"with the tool, by an independent physician", by(cardiology, "Formal shared decision-making visit today using the AF-Choice decision aid."), umassist.CriterionMet},
		{"with the tool, by the implanting electrophysiologist", by(ep, "Shared decision-making visit conducted today by me using the AF-Choice decision aid."), umassist.CriterionNotMet},
		{"retold by the electrophysiologist, credited to another, no tool named", by(ep, "Shared decision-making: completed with Dr. Aldana (cardiology) 12/9/2025 - see his note."), umassist.CriterionNotDocumented},
		{"a visit with no tool named", by(cardiology, "Shared decision-making about stroke prevention today; she prefers closure."), umassist.CriterionNotDocumented},
		{"a coordinator's checklist naming the PCP's visit note", by("Hanna Vogt, RN (Structural heart nurse coordinator)", "[x] PCP SDM visit note  [ ] SDM tool attestation form (not returned)"), umassist.CriterionNotDocumented},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c, _ := packCriterion(t, "NCD 20.34", "shared_decision")
			r := criteria.Evaluate(c, evidenceOf(tt.out), umassist.MustDate("2026-01-20"))
			require.Equal(t, tt.want, r.Status, r.Finding)
		})
	}
}

// TestClinicianDoubtOutweighsTheNumbers: a value and a code would meet
// "severe aortic stenosis", but the cardiologist who had them in hand
// wrote that severity is not established. That newer word leaves the
// finding not documented and the question asks what has established it;
// a value measured after the doubt settles it again. Before the rule, the
// valve area alone approved a low-flow low-gradient stenosis the heart
// team was still working up.
func TestClinicianDoubtOutweighsTheNumbers(t *testing.T) {
	t.Parallel()
	as := conds(`{"ref":"Condition/as","date":"2026-07-01","code":"I35.0","display":"Nonrheumatic aortic (valve) stenosis","clinical_status":"active","active":true}`)
	symptoms := note("DocumentReference/sx", "2026-07-01", "Dyspnea walking one block, NYHA III.")
	readCharts(t, "NCD 20.32", "symptomatic_as", "2026-08-11", []chart{
		{"the numbers alone", []toolOutput{as, symptoms,
			note("DocumentReference/cath", "2026-07-14", "Gorlin AVA 0.91 cm2, mean gradient 24 mmHg.")}, umassist.CriterionMet},
		{"the numbers, then the cardiologist's doubt", []toolOutput{as, symptoms,
			note("DocumentReference/cath", "2026-07-14", "Gorlin AVA 0.91 cm2, mean gradient 24 mmHg."),
			note("DocumentReference/ic", "2026-07-21", "Cath 7/14: Gorlin AVA 0.91. At this point I cannot tell whether this is true severe AS or pseudo-severe AS.")},
			umassist.CriterionNotDocumented},
		{"the doubt, then a test that settles it", []toolOutput{as, symptoms,
			note("DocumentReference/ic", "2026-07-21", "At this point I cannot tell whether this is true severe AS or pseudo-severe AS."),
			note("DocumentReference/dse", "2026-08-02", "Dobutamine stress echo: at peak AVA 0.88 cm2, mean gradient 43 mmHg.")}, umassist.CriterionMet},
		{"a doubt about what to do is no doubt of the finding", []toolOutput{as, symptoms,
			note("DocumentReference/cath", "2026-07-14", "Gorlin AVA 0.91 cm2, mean gradient 24 mmHg."),
			note("DocumentReference/ic", "2026-07-21", "Severe AS. Unclear whether to proceed with TAVR or SAVR.")}, umassist.CriterionMet},
	}, func(t *testing.T, r criteria.Result) {
		if r.Status == umassist.CriterionNotDocumented {
			require.Contains(t, r.Question, "cannot tell whether this is true severe AS")
			require.Contains(t, r.Evidence, "DocumentReference/ic")
		}
	})
}

// TestWhoRanTheTest: the NCD does not accept an oxygen test its supplier
// ran. The test is documented and does not qualify (not met, cited, the
// supplier named), whether the record gives its values as an observation
// whose performer is the supplier, a panel's parts, a physician's note
// retelling them or a fall computed from them. Before, such values were
// dropped silently ("the record is silent"), and a physician's retelling
// would have met the criterion on the supplier's test.
func TestWhoRanTheTest(t *testing.T) {
	t.Parallel()
	const supplier = `"performer":"Keystone Home Respiratory, LLC (Durable medical equipment supplier)"`
	ono := obs(`{"ref":"Observation/ono","date":"2026-06-19T02:05:00Z","code":"ONO","display":"Overnight pulse oximetry, room air",` + supplier + `,
		"components":[{"code":"T88","display":"Time SpO2 <= 88%","value":47,"unit":"min"},{"code":"MEAN","display":"Mean SpO2","value":89,"unit":"%"},{"code":"NADIR","display":"Nadir SpO2","value":81,"unit":"%"}]}`)
	rest := obs(`{"ref":"Observation/rest","date":"2026-06-10T14:22:00Z","code":"59408-5","display":"Oxygen saturation in Arterial blood by Pulse oximetry","value":92,"unit":"%","method":"seated at rest, room air","performer":"Robin Kline, RRT"}`)
	retold := note("DocumentReference/tel", "2026-06-24", "Reviewed overnight oximetry from Keystone (6/18): nadir SpO2 81%, 47 min at or below 88%. Nocturnal oxygen discussed.")
	sx := note("DocumentReference/pulm", "2026-06-10", "Reports restless sleep and morning headaches.")
	tests := []struct {
		name, criterion string
		outs            []toolOutput
		want            umassist.CriterionStatus
		cites           string
	}{
		{"the supplier's panel", "group1_sleep", []toolOutput{rest, ono}, umassist.CriterionNotMet, "Observation/ono"},
		{"the supplier's panel retold by the physician", "group1_sleep", []toolOutput{rest, ono, retold}, umassist.CriterionNotMet, "DocumentReference/tel"},
		{"the fall computed from the supplier's nadir", "group1_sleep_fall", []toolOutput{rest, ono, sx}, umassist.CriterionNotMet, "Observation/ono"},
		{"the same panel from a hospital laboratory", "group1_sleep", []toolOutput{rest, obs(strings.Replace(ono.data[len(`{"observations":[`):len(ono.data)-2], supplier, `"performer":"Three Rivers Hospital (Hospital laboratory)"`, 1))}, umassist.CriterionMet, "Observation/ono"},
		{"a fall of 11 points under a laboratory's test", "group1_sleep_fall", []toolOutput{rest, sx, obs(strings.Replace(ono.data[len(`{"observations":[`):len(ono.data)-2], supplier, `"performer":"Three Rivers Hospital (Hospital laboratory)"`, 1))}, umassist.CriterionMet, "Observation/rest"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c, _ := packCriterion(t, "NCD 240.2", tt.criterion)
			r := criteria.Evaluate(c, evidenceOf(tt.outs...), umassist.MustDate("2026-07-08"))
			require.Equal(t, tt.want, r.Status, r.Finding)
			require.Contains(t, r.Evidence, tt.cites, r.Finding)
			if tt.want == umassist.CriterionNotMet {
				require.Contains(t, r.Finding, "Durable medical equipment supplier")
			}
		})
	}
}

// TestAReportReadsInItsTestsSetting: an overnight oximetry report lists
// its values under its own title ("Nadir SpO2 ....... 81%"); read as a
// resting saturation, the nadir met the resting criterion.
func TestAReportReadsInItsTestsSetting(t *testing.T) {
	t.Parallel()
	report := func(typ string) toolOutput {
		b, _ := json.Marshal(map[string]any{"ref": "DocumentReference/ono", "date": "2026-06-19", "type": typ, "author": "Three Rivers Hospital (Hospital laboratory)",
			"untrusted_text": "Recording 8 h 02 min\n  Mean SpO2 ........ 89%\n  Nadir SpO2 ....... 81%\n"})
		return toolOutput{tools.ToolReadNote, string(b)}
	}
	tests := []struct {
		name, typ, criterion string
		want                 umassist.CriterionStatus
	}{
		{"the report's nadir is a sleep reading", "Overnight oximetry report", "group1_sleep", umassist.CriterionMet},
		{"and no resting one", "Overnight oximetry report", "group1_rest", umassist.CriterionNotDocumented},
		{"a note that is no test's report keeps the rest", "Progress note", "group1_rest", umassist.CriterionMet},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c, _ := packCriterion(t, "NCD 240.2", tt.criterion)
			r := criteria.Evaluate(c, evidenceOf(report(tt.typ)), umassist.MustDate("2026-07-08"))
			require.Equal(t, tt.want, r.Status, r.Finding)
		})
	}
}

// TestRoomAirWhileOnOxygen: a saturation that says nothing of the air it
// was taken on, the morning after the patient was weaned to 1 L, is no
// documented room-air test: asked about, never approved on. Before, any
// reading without oxygen words was taken as room air.
func TestRoomAirWhileOnOxygen(t *testing.T) {
	t.Parallel()
	sat := func(method string) toolOutput {
		return obs(`{"ref":"Observation/s","date":"2026-06-04T11:05:00Z","code":"59408-5","display":"Oxygen saturation in Arterial blood by Pulse oximetry","value":87,"unit":"%","method":"` + method + `"}`)
	}
	weaned := note("DocumentReference/rt", "2026-06-03", "Weaned to 1 L NC, saturations stable at rest.")
	readCharts(t, "NCD 240.2", "group1_rest", "2026-06-05", []chart{
		{"unstated, the day after a note has her on 1 L", []toolOutput{sat("resting in bed"), weaned}, umassist.CriterionNotDocumented},
		{"unstated, the same day as a therapist's 'on 2 L NC'", []toolOutput{sat(""), note("DocumentReference/pt", "2026-06-04", "Gait 150 ft on 2 L NC per RN.")}, umassist.CriterionNotDocumented},
		{"stated room air", []toolOutput{sat("room air, at rest"), weaned}, umassist.CriterionMet},
		{"unstated, and no note has her on oxygen", []toolOutput{sat("resting in bed"), note("DocumentReference/n", "2026-06-03", "She is not on oxygen at home.")}, umassist.CriterionMet},
		{"unstated, oxygen only a week before", []toolOutput{sat(""), note("DocumentReference/h", "2026-05-27", "On 4 L NC in the ED.")}, umassist.CriterionMet},
	}, func(t *testing.T, r criteria.Result) {
		if r.Status == umassist.CriterionNotDocumented {
			require.Contains(t, r.Finding, "room air")
		}
	})
}

// TestOnACPAPTrial: the continued-coverage pathway is for a patient
// already using the device. A note naming the 12-week trial as what comes
// next ("discussed ... 12-week trial with download review", "meets
// criteria for a CPAP trial") put new patients on it, where the missing
// benefit and adherence referred an approvable first request.
func TestOnACPAPTrial(t *testing.T) {
	t.Parallel()
	readCharts(t, "NCD 240.4", "on_cpap_trial", "2026-06-10", []chart{
		{"eligible for a trial", onNote("DocumentReference/n", "2026-06-04", "With documented HTN she meets criteria for a CPAP trial."), umassist.CriterionNotDocumented},
		{"the trial discussed", onNote("DocumentReference/n", "2026-06-04", "Discussed APAP, masks, expectations, 12-week trial with download review."), umassist.CriterionNotDocumented},
		{"the trial planned without a plan word", onNote("DocumentReference/n", "2026-06-04", "Initial 12-week trial with download at 4-8 weeks and follow-up visit."), umassist.CriterionNotDocumented},
		{"in the trial, using the device", onNote("DocumentReference/n", "2026-06-04", "During the initial 12-week period she has used APAP consistently with clear benefit."), umassist.CriterionMet},
		{"a download", onNote("DocumentReference/n", "2026-06-04", "Compliance download: 25 of 30 nights over 4 hours."), umassist.CriterionMet},
	}, nil)
}

// TestTheNewestWordOnSharedDecisionMaking: an addendum saying an earlier
// visit was not the formal shared decision-making, and in the same note
// that the formal one ("SDM") was done by the independent cardiologist,
// does not take the formal one back; an addendum that only denies does.
func TestTheNewestWordOnSharedDecisionMaking(t *testing.T) {
	t.Parallel()
	by := func(ref, date, author, text string) toolOutput {
		b, _ := json.Marshal(map[string]any{"ref": ref, "date": date, "type": "Consult note", "author": author, "untrusted_text": text})
		return toolOutput{tools.ToolReadNote, string(b)}
	}
	const cardiology, ep = "Miriam Goldfarb, MD (General cardiology)", "Dana Reyes, NP (Clinical cardiac electrophysiology)"
	sdm := by("DocumentReference/sdm", "2026-11-12", cardiology, "Formal shared decision-making visit today using the AF-Choice decision aid.")
	readCharts(t, "NCD 20.34", "shared_decision", "2026-12-03", []chart{
		{"an earlier visit denied, the formal one affirmed", []toolOutput{sdm, by("DocumentReference/add", "2026-11-14", ep, "Clarification: the 10/27/2026 discussion was an educational visit by the implanting team and is not the formal shared decision-making interaction. The formal SDM with an independent physician using a decision tool was performed by Dr. Goldfarb on 11/12/2026 (see her note).")}, umassist.CriterionMet},
		{"only a denial", []toolOutput{sdm, by("DocumentReference/add", "2026-11-14", ep, "Clarification: the 11/12/2026 visit was not a formal shared decision-making interaction.")}, umassist.CriterionNotMet},
	}, nil)
}

// TestAConvertedValueShowsItsUnit: a value read in the measure's unit is
// shown in it. Before, a PaO2 of 7.6 kPa read as 57 mmHg was shown as
// "57 kPa", a value in no unit the record used.
func TestAConvertedValueShowsItsUnit(t *testing.T) {
	t.Parallel()
	c, _ := packCriterion(t, "NCD 240.2", "group2_hypoxemia")
	r := criteria.Evaluate(c, evidenceOf(obs(`{"ref":"Observation/abg","date":"2026-11-14T08:00:00Z","code":"2703-7","display":"Oxygen [Partial pressure] in Arterial blood","value":7.6,"unit":"kPa","method":"room air, at rest"}`)), umassist.MustDate("2026-11-16"))
	require.Equal(t, umassist.CriterionMet, r.Status, r.Finding)
	require.Contains(t, r.Finding, "57 mmHg")
	require.NotContains(t, r.Finding, "kPa")
}

// TestWhatTheReportSaysANumberIs: a split-night study's panel gives the
// whole night's AHI, and its report says that number includes the CPAP
// titration. The report's word outweighs the bare number, and the
// diagnostic portion's index governs. Before, the panel's 11.3 outweighed
// the report's diagnostic 25 and the first CPAP request was referred.
func TestWhatTheReportSaysANumberIs(t *testing.T) {
	t.Parallel()
	panel := obs(`{"ref":"Observation/psg","date":"2026-08-27T05:31:00Z","code":"PSG","display":"PSG total-night indices (all pressures)","components":[{"code":"AHI","display":"AHI, total night","value":11.3,"unit":"/h"}]}`)
	report := func(text string) toolOutput { return note("DiagnosticReport/psg", "2026-08-27", text) }
	readCharts(t, "NCD 240.4", "ahi_15", "2026-09-15", []chart{
		{"the report says the total includes titration", []toolOutput{panel, report("OSA; diagnostic-portion AHI 25/h (42 events in 101 min sleep, 4% hypopnea rule). Total night AHI 11.3 includes CPAP titration.")}, umassist.CriterionMet},
		{"the panel alone", []toolOutput{panel}, umassist.CriterionNotMet},
	}, nil)
}

// TestShortTermWarfarinStillToBeDecided: a plan to give warfarin after
// the implant says the team finds the patient suitable for it; a plan
// whose pending step is the clearance ("pending neurosurgery clearance",
// "until the CT") says nothing yet, and the suitability is asked for.
func TestShortTermWarfarinStillToBeDecided(t *testing.T) {
	t.Parallel()
	unable := note("DocumentReference/sdm", "2026-11-12", "He is unable to take long-term oral anticoagulation (SDH on apixaban).")
	readCharts(t, "NCD 20.34", "anticoagulation", "2026-12-01", []chart{
		{"planned", []toolOutput{unable, note("DocumentReference/ep", "2026-11-19", "Plan: warfarin + aspirin 45 days after the implant, then DAPT.")}, umassist.CriterionMet},
		{"pending a clearance", []toolOutput{unable, note("DocumentReference/ep", "2026-11-19", "Short-term warfarin would be needed after the implant, pending neurosurgery clearance after the 12/15 CT.")}, umassist.CriterionNotDocumented},
		{"deferred until a scan", []toolOutput{unable, note("DocumentReference/ep", "2026-11-19", "Short-term warfarin deferred until the 3-month CT (12/15).")}, umassist.CriterionNotDocumented},
	}, nil)
}

// TestTypeIVChannels: the NCD accepts a Type IV home device only when it
// measures at least 3 channels; a form whose channel field is blank says
// nothing of them.
func TestTypeIVChannels(t *testing.T) {
	t.Parallel()
	readCharts(t, "NCD 240.4", "three_channels", "2026-04-07", []chart{
		{"a blank channel field", onNote("DocumentReference/hst", "2026-03-20", "Test type: Type IV  - # channels:\nOrdering physician: K. Ahmadi MD"), umassist.CriterionNotDocumented},
		{"three channels named", onNote("DocumentReference/hst", "2026-03-20", "Type IV device recording 3 channels (nasal airflow, respiratory effort, oximetry)."), umassist.CriterionMet},
	}, nil)
}

// TestAdvisedAgainstLongTermAnticoagulation: a specialist's advice
// against long-term anticoagulation is the inability the policy asks
// for, not a plan still to come.
func TestAdvisedAgainstLongTermAnticoagulation(t *testing.T) {
	t.Parallel()
	c, _ := packCriterion(t, "NCD 20.34", "anticoagulation")
	r := criteria.Evaluate(c, evidenceOf(note("DocumentReference/ep", "2026-03-05", "Two major GI bleeds on apixaban; GI advises against long-term OAC, OK with short-term warfarin.")), umassist.MustDate("2026-03-17"))
	require.Equal(t, umassist.CriterionMet, r.Status, r.Finding)
}

// TestAnExclusionStruckAndDenied: a discharge summary's diagnosis list,
// copied from the admission's problem list, names an NSTEMI that its own
// course calls ruled out and the problem list marks refuted. Struck and
// denied, the exclusion is absent; struck or denied alone, it stays
// present for the physician (an exclusion is never dropped on one word).
func TestAnExclusionStruckAndDenied(t *testing.T) {
	t.Parallel()
	refuted := conds(`{"ref":"Condition/nstemi","date":"2026-01-18","code":"I21.4","display":"Non-ST elevation (NSTEMI) myocardial infarction","clinical_status":"resolved","verification_status":"refuted"}`)
	list := "Discharge diagnoses (copied from problem list at admission):\n - Ventricular tachycardia\n - NSTEMI\n"
	course := "Hospital course: CMR without acute injury -> NSTEMI ruled out, troponin attributed to VT."
	readCharts(t, "NCD 20.4", "recent_mi", "2026-02-10", []chart{
		{"struck and denied", []toolOutput{refuted, note("DocumentReference/dc", "2026-01-24", list+"\n"+course)}, umassist.CriterionNotMet},
		{"struck only", []toolOutput{refuted, note("DocumentReference/dc", "2026-01-24", list)}, umassist.CriterionMet},
		{"denied only", []toolOutput{note("DocumentReference/dc", "2026-01-24", list+"\n"+course)}, umassist.CriterionMet},
	}, nil)
}

// TestReversibleCauseOfTheArrest: secondary prevention is for an arrest
// or sustained VT not due to a transient or reversible cause. Before, the
// pack read only that the arrest happened, and approved one its own
// physicians attributed to hypokalemia (blind set I, approved once the
// NSTEMI it had wrongly kept as present was read as refuted).
func TestReversibleCauseOfTheArrest(t *testing.T) {
	t.Parallel()
	readCharts(t, "NCD 20.4", "reversible_cause", "2026-02-10", []chart{
		{"attributed to one", onNote("DocumentReference/ep", "2026-01-22", "VF arrest secondary to severe hypokalemia with acquired QT prolongation - reversible precipitant, corrected."), umassist.CriterionMet},
		{"none, in the EP's words", onNote("DocumentReference/ep", "2026-01-22", "No transient or reversible cause; VT reproducibly induced at EPS with normal K."), umassist.CriterionNotMet},
		{"looked for and not found", onNote("DocumentReference/ep", "2026-01-22", "Reversible causes reviewed: K 4.2, Mg 2.1, TSH 2.3, no QT-prolonging drugs."), umassist.CriterionNotMet},
		{"searched for, none found", onNote("DocumentReference/ep", "2026-01-22", "Evaluation for a transient or reversible cause (none found): K 4.1, Mg 2.0."), umassist.CriterionNotMet},
	}, nil)
	pack := mustPack(t, "NCD 20.4")
	d := pack.Logic.Decide([]criteria.Result{{ID: "prior_arrest", Status: umassist.CriterionMet}, {ID: "reversible_cause", Status: umassist.CriterionMet, Exclusion: true}},
		criteria.Request{Service: "33249", Diagnoses: []string{"I49.01"}})
	require.Equal(t, umassist.RecommendRefer, d.Recommendation, d.Rationale)
	require.Equal(t, "secondary_prevention", d.Branch.ID)
}

// TestNonValvularNotConfirmed: an AF code meets "non-valvular AF" until
// the electrophysiologist, with the code in hand, writes that it cannot
// be confirmed until the valve is assessed (a childhood rheumatic fever,
// a possible diastolic rumble, no echo): then it is asked for.
func TestNonValvularNotConfirmed(t *testing.T) {
	t.Parallel()
	af := conds(`{"ref":"Condition/af","date":"2025-03-01","code":"I48.91","display":"Unspecified atrial fibrillation","clinical_status":"active","active":true}`)
	c, _ := packCriterion(t, "NCD 20.34", "nvaf")
	r := criteria.Evaluate(c, evidenceOf(af), umassist.MustDate("2026-10-05"))
	require.Equal(t, umassist.CriterionMet, r.Status, r.Finding)
	r = criteria.Evaluate(c, evidenceOf(af, note("DocumentReference/ep", "2026-10-01", "Valve status: no echocardiogram in our system. Cannot confirm non-valvular AF until valve assessment.")), umassist.MustDate("2026-10-05"))
	require.Equal(t, umassist.CriterionNotDocumented, r.Status, r.Finding)
	require.Contains(t, r.Question, "Cannot confirm non-valvular AF")
}

// TestAnODIChartedAsAnAHI: the PCP charted "Sleep study AHI 22.4" and
// wrote "showed AHI 22" the night the supplier's two-channel oximetry
// gave an oxygen desaturation index of 22.4. The oximetry's own record
// says what the number is: neither is an AHI, and none is documented.
// Before, the charted AHI met the criterion (blind set P, approved).
func TestAnODIChartedAsAnAHI(t *testing.T) {
	t.Parallel()
	ahi := obs(`{"ref":"Observation/ahi","date":"2026-02-12","code":"AHI","display":"Sleep study AHI","value":22.4,"unit":"/h"}`)
	oxi := obs(`{"ref":"Observation/oxi","date":"2026-02-12","code":"ONO","display":"Overnight oximetry","components":[{"code":"ODI4","display":"Oxygen desaturation index (4%)","value":22.4,"unit":"/h"}]}`)
	pcp := note("DocumentReference/pcp", "2026-02-24", "F/u snoring. HST (Restwell 2/12) showed AHI 22 -> moderate OSA.")
	readCharts(t, "NCD 240.4", "ahi_15", "2026-03-05", []chart{
		{"the charted AHI beside the ODI", []toolOutput{ahi, oxi}, umassist.CriterionNotDocumented},
		{"and the note's rounding of it", []toolOutput{ahi, oxi, pcp}, umassist.CriterionNotDocumented},
		{"an AHI with no other test's number", []toolOutput{ahi}, umassist.CriterionMet},
	}, nil)
}

// chart is one record a criterion is read on, and the status it must get.
type chart struct {
	name string
	outs []toolOutput
	want umassist.CriterionStatus
}

// onNote is a record of one note.
func onNote(ref, date, text string) []toolOutput { return []toolOutput{note(ref, date, text)} }

// readCharts reads a shipped pack's criterion on each chart as of asOf;
// check, when set, looks further at each result.
func readCharts(t *testing.T, policy, criterion, asOf string, charts []chart, check func(t *testing.T, r criteria.Result)) {
	t.Helper()
	for _, ch := range charts {
		t.Run(ch.name, func(t *testing.T) {
			t.Parallel()
			c, _ := packCriterion(t, policy, criterion)
			r := criteria.Evaluate(c, evidenceOf(ch.outs...), umassist.MustDate(asOf))
			require.Equal(t, ch.want, r.Status, r.Finding)
			if check != nil {
				check(t, r)
			}
		})
	}
}

// TestARetellingIsNoBetterThanItsSource: a discharge summary's "home O2
// evaluation 1/13: resting saturation 87% per nursing" retells a nurse's
// 87% that does not say room air, taken the morning after the patient was
// on 1 L. Before, the retelling, dated by the summary, met the criterion
// the nurse's reading could not (blind set R, approved).
func TestARetellingIsNoBetterThanItsSource(t *testing.T) {
	t.Parallel()
	nurse := note("DocumentReference/rn", "2026-01-13", "Home O2 qualification per order. Pt resting in chair x 15 min.\nSpO2 87% at rest. HR 94.")
	summary := note("DocumentReference/dc", "2026-01-14", "Home O2 evaluation 1/13: resting saturation 87% per nursing.")
	onOxygen := note("DocumentReference/rt", "2026-01-12", "RT note: pt on 1 L NC, SpO2 92-93% at rest. Weaning per protocol.")
	readCharts(t, "NCD 240.2", "group1_rest", "2026-01-15", []chart{
		{"the nurse's reading and its retelling, the day after oxygen", []toolOutput{onOxygen, nurse, summary}, umassist.CriterionNotDocumented},
		{"with no oxygen the day before", []toolOutput{nurse, summary}, umassist.CriterionMet},
	}, nil)
}

// TestTheSurgeonsEvaluationIsForThisValve: a cardiac surgeon's visit
// three years ago, for bypass surgery, is not the face-to-face
// evaluation of this valve the heart team needs (blind set R, approved).
func TestTheSurgeonsEvaluationIsForThisValve(t *testing.T) {
	t.Parallel()
	surgeon := func(ref, date string) toolOutput {
		b, _ := json.Marshal(map[string]any{"ref": ref, "date": date, "type": "Consult note", "author": "Paul Ames, MD (Cardiac surgery)",
			"untrusted_text": "Seen in clinic with husband, examined. Assessment: STS 1.8%, surgical candidate."})
		return toolOutput{tools.ToolReadNote, string(b)}
	}
	ic := func() toolOutput {
		b, _ := json.Marshal(map[string]any{"ref": "DocumentReference/ic", "date": "2026-04-22", "type": "Consult note", "author": "Rita Moss, MD (Interventional cardiology)",
			"untrusted_text": "Valve clinic consultation. Exam (in person): 3/6 late-peaking SEM."})
		return toolOutput{tools.ToolReadNote, string(b)}
	}
	readCharts(t, "NCD 20.32", "heart_team", "2026-05-01", []chart{
		{"a surgeon's visit of 2023", []toolOutput{surgeon("DocumentReference/cs", "2023-02-14"), ic()}, umassist.CriterionNotDocumented},
		{"a surgeon's visit this spring", []toolOutput{surgeon("DocumentReference/cs", "2026-04-28"), ic()}, umassist.CriterionMet},
	}, nil)
}

// TestALabeledRegimenIsNoPlan: the implanter's "Device labeling pathway
// is short-term warfarin + aspirin (~45 d)" names the device's regimen,
// and "asked Dr Sato to weigh in on short-term warfarin" a question; the
// criterion's planned mentions took either as a plan for this patient
// (blind set T, approved).
func TestALabeledRegimenIsNoPlan(t *testing.T) {
	t.Parallel()
	ich := note("DocumentReference/dc", "2026-08-21", "Lobar ICH on warfarin 8/14/2026 with probable CAA. Permanently discontinue long-term anticoagulation.")
	readCharts(t, "NCD 20.34", "anticoagulation", "2026-10-20", []chart{
		{"the device's labeling", []toolOutput{ich, note("DocumentReference/ic", "2026-10-15",
			"Post-implant regimen: TBD. Device labeling pathway is short-term warfarin + aspirin (~45 d), with DAPT as an alternative.")}, umassist.CriterionNotDocumented},
		{"a consultant asked to weigh in", []toolOutput{ich, note("DocumentReference/ic", "2026-10-15",
			"I have asked Dr Sato to weigh in specifically on short-term warfarin; appointment 11/4.")}, umassist.CriterionNotDocumented},
		{"a plan for this patient", []toolOutput{ich, note("DocumentReference/ic", "2026-10-15",
			"Plan: short-term warfarin + aspirin for 45 days after implant, then DAPT.")}, umassist.CriterionMet},
	}, nil)
}

// TestAVascularFieldLeftEmptyIsNoAssessment: a wound clinic's template
// with its vascular fields blank or "not on file", an exam that could not
// feel the pulses, and arterial studies "(ABI/TBI, TcPO2) ordered" do not
// document the vascular assessment standard care includes (blind set T,
// approved).
func TestAVascularFieldLeftEmptyIsNoAssessment(t *testing.T) {
	t.Parallel()
	readCharts(t, "NCD 20.29", "vascular_assessment", "2026-10-05", []chart{
		{"template fields empty", onNote("DocumentReference/w", "2026-08-18", "Vascular: DP/PT - ___ (template)        Cap refill: ___        ABI: not on file"), umassist.CriterionNotDocumented},
		{"pulses not felt", onNote("DocumentReference/h", "2026-10-02", "Vascular status: pedal pulses difficult to palpate (edema/TCC). Perfusion presumed adequate for healing."), umassist.CriterionNotDocumented},
		{"studies ordered", onNote("DocumentReference/h", "2026-10-02", "Formal arterial studies (ABI/TBI, TcPO2) ordered - pending, scheduled 10/14."), umassist.CriterionNotDocumented},
		{"studies done", onNote("DocumentReference/h", "2026-10-02", "Arterial studies (ABI 0.92, TBI 0.71) completed today: adequate perfusion."), umassist.CriterionMet},
	}, nil)
}

// TestAnActiveInfectionBegunBeforeTheWindow: an otitis begun five weeks
// before the request, recorded two weeks before it and still active is an
// active middle-ear infection; the 30-day window read its onset as too
// old and the draft approved (blind set U). An infarction is an event:
// its onset still decides. (An exclusion not present is not met.)
func TestAnActiveInfectionBegunBeforeTheWindow(t *testing.T) {
	t.Parallel()
	otitis := func(status string) []toolOutput {
		return []toolOutput{conds(`{"ref":"Condition/csom","date":"2026-08-11","onset":"2026-07-21","code":"H66.3X2","display":"Other chronic suppurative otitis media, left ear","clinical_status":"` + status + `","active":` + fmt.Sprint(status == "active") + `}`)}
	}
	readCharts(t, "NCD 50.3", "active_otitis", "2026-08-25", []chart{
		{"begun before the window, recorded in it, active", otitis("active"), umassist.CriterionMet},
		{"recorded in the window and resolved", otitis("resolved"), umassist.CriterionNotMet},
	}, nil)
	readCharts(t, "NCD 20.4", "recent_mi", "2026-08-25", []chart{
		{"an infarction begun before the window and recorded in it", []toolOutput{conds(`{"ref":"Condition/mi","date":"2026-08-11","onset":"2026-06-01","code":"I21.4","display":"NSTEMI","clinical_status":"active","active":true}`)}, umassist.CriterionNotMet},
	}, nil)
}

// TestAnUndatedProcedureCannotBePlacedInTheWindow: a PCI at an outside
// hospital "winter 2025-2026, per patient; exact date unknown" may or may
// not fall within the 3 months that exclude an ICD; read as outside the
// window it let the draft approve (blind set V). It is asked about.
func TestAnUndatedProcedureCannotBePlacedInTheWindow(t *testing.T) {
	t.Parallel()
	pci := func(date, text string) []toolOutput {
		return []toolOutput{{tools.ToolListProcedures, `{"procedures":[{"ref":"Procedure/pci","date":"` + date + `","date_text":"` + text + `","code":"92928","display":"PCI with stent","status":"completed"}]}`}}
	}
	readCharts(t, "NCD 20.4", "recent_revascularization", "2026-04-10", []chart{
		{"dated only in words", pci("", "winter 2025-2026, per patient; exact date unknown"), umassist.CriterionNotDocumented},
		{"dated outside the window", pci("2025-11-02", ""), umassist.CriterionNotMet},
		{"dated inside the window", pci("2026-02-07", ""), umassist.CriterionMet},
	}, func(t *testing.T, r criteria.Result) {
		if r.Status == umassist.CriterionNotDocumented {
			require.Contains(t, r.Finding, `the record says only "winter 2025-2026, per patient; exact date unknown"`)
			require.Contains(t, r.Evidence, "Procedure/pci")
		}
	})
}

// TestOxygenCarriesIntoTheWeek: a nursing facility's discharge on "O2 2L
// NC continuous" three days before a clinic's "SpO2 87%" that does not
// say room air: the reading may have been on oxygen (blind set U,
// approved). A room-air reading in between has the patient off it.
func TestOxygenCarriesIntoTheWeek(t *testing.T) {
	t.Parallel()
	snf := note("DocumentReference/snf", "2026-03-02", "Resp: O2 2L NC continuous. Discharged home with daughter.")
	clinic := obs(`{"ref":"Observation/s","date":"2026-03-05","code":"59408-5","display":"Oxygen saturation in Arterial blood by Pulse oximetry","value":87,"unit":"%"}`)
	between := obs(`{"ref":"Observation/ra","date":"2026-03-04","code":"59408-5","display":"Oxygen saturation in Arterial blood by Pulse oximetry","value":88,"unit":"%","method":"room air, at rest"}`)
	readCharts(t, "NCD 240.2", "group1_rest", "2026-03-12", []chart{
		{"on oxygen three days before, room air unstated", []toolOutput{snf, clinic}, umassist.CriterionNotDocumented},
		{"on oxygen ten days before", []toolOutput{note("DocumentReference/snf", "2026-02-23", "Resp: O2 2L NC continuous."), clinic}, umassist.CriterionMet},
		{"a room-air reading in between", []toolOutput{snf, between, clinic}, umassist.CriterionMet},
	}, nil)
}

// TestAWoundChartedAsLengthAndWidthApart: an EHR that charts a wound's
// length and width as two results at the same time still measures its
// area; the healing computed from them was "silent" (blind set V). A
// length with no width that day measures nothing, and a length of stay
// is no wound's.
func TestAWoundChartedAsLengthAndWidthApart(t *testing.T) {
	t.Parallel()
	part := func(ref, date, code, display string, v float64) string {
		return fmt.Sprintf(`{"ref":"Observation/%s","date":"%sT10:00:00-06:00","code":"%s","display":"%s","value":%g,"unit":"cm"}`, ref, date, code, display, v)
	}
	wound := obs(strings.Join([]string{
		part("l1", "2026-01-19", "39126-8", "Length of Wound", 3.2), part("w1", "2026-01-19", "39125-0", "Width of Wound", 2.6),
		part("l2", "2026-02-23", "39126-8", "Length of Wound", 2.6), part("w2", "2026-02-23", "39125-0", "Width of Wound", 2.1),
		part("l3", "2026-03-13", "39126-8", "Length of Wound", 1.9), part("w3", "2026-03-13", "39125-0", "Width of Wound", 1.5),
	}, ","))
	lengthsOnly := obs(strings.Join([]string{
		part("l1", "2026-01-19", "39126-8", "Length of Wound", 3.2), part("l3", "2026-03-13", "39126-8", "Length of Wound", 1.9),
	}, ","))
	stay := obs(strings.Join([]string{
		part("s1", "2026-01-19", "x-los", "Length of stay", 3), part("s2", "2026-01-19", "x-wid", "Width of bed", 90),
		part("s3", "2026-03-13", "x-los", "Length of stay", 2), part("s4", "2026-03-13", "x-wid", "Width of bed", 90),
	}, ","))
	readCharts(t, "NCD 20.29", "healing_on_hbo", "2026-03-16", []chart{
		{"length and width apart", []toolOutput{wound}, umassist.CriterionMet},
		{"lengths alone", []toolOutput{lengthsOnly}, umassist.CriterionNotDocumented},
		{"no wound's", []toolOutput{stay}, umassist.CriterionNotDocumented},
	}, func(t *testing.T, r criteria.Result) {
		if r.Status == umassist.CriterionMet {
			require.Contains(t, r.Evidence, "Observation/w3", "the width is cited with the length")
		}
	})
}

// TestAValueIsAWholeNumber: "BMI: --. BP 146/90" gives no BMI; the
// pattern took the first two digits of the blood pressure, BMI 14, and
// the criterion read not met where the chart is silent (blind set T).
func TestAValueIsAWholeNumber(t *testing.T) {
	t.Parallel()
	readCharts(t, "NCD 100.1", "bmi_35", "2026-08-19", []chart{
		{"a blank BMI before a blood pressure", onNote("DocumentReference/c", "2026-07-29", "Vitals: Wt 258 lb. Ht: not obtained.\nBMI: --. BP 146/90."), umassist.CriterionNotDocumented},
		{"a BMI before a blood pressure", onNote("DocumentReference/c", "2026-07-29", "BMI: 42.3. BP 146/90."), umassist.CriterionMet},
		{"a BMI with its unit written close", onNote("DocumentReference/c", "2026-07-29", "BMI 38.1kg/m2 today."), umassist.CriterionMet},
	}, nil)
	readCharts(t, "NCD 20.4", "lvef", "2026-08-19", []chart{
		{"an EF field with a three-digit number after it is no EF", onNote("DocumentReference/c", "2026-07-29", "EF 146 ms QRS duration on the ECG."), umassist.CriterionNotDocumented},
	}, nil)
}

// TestLongSinceIsOutsideTheWindow: the electrophysiologist's "> 3 mo post
// PCI" puts the PCI more than 3 months before the note; undated, it had
// been read as the note's own day, a recent revascularization (blind set
// T, referred where the gold asks only for the NYHA class).
func TestLongSinceIsOutsideTheWindow(t *testing.T) {
	t.Parallel()
	readCharts(t, "NCD 20.4", "recent_revascularization", "2026-03-10", []chart{
		{"more than 3 months after", onNote("DocumentReference/ep", "2026-03-03", "Ischemic cardiomyopathy, LVEF <=35% > 40 d post MI and > 3 mo post PCI, on optimal medical therapy."), umassist.CriterionNotMet},
		{"more than 2 weeks after", onNote("DocumentReference/ep", "2026-03-03", "Chest pain free > 2 weeks post PCI."), umassist.CriterionMet},
	}, nil)
}

// TestAStepRetoldOnAnotherNote: the implanting electrophysiologist's
// "SDM completed 11/3 with Dr. Okafor (general cardiology) using the
// decision aid - see her note", when Dr. Okafor's note in the record is a
// placeholder that says nothing of it, is another's word retold (blind
// set Y, approved). Her own note saying it meets the criterion.
func TestAStepRetoldOnAnotherNote(t *testing.T) {
	t.Parallel()
	by := func(ref, date, author, text string) toolOutput {
		b, _ := json.Marshal(map[string]any{"ref": ref, "date": date, "type": "Consult note", "author": author, "untrusted_text": text})
		return toolOutput{tools.ToolReadNote, string(b)}
	}
	retold := by("DocumentReference/ep", "2026-11-17", "R. Lin, MD (Clinical cardiac electrophysiology)",
		"Shared decision-making: completed 11/3 with Dr. Okafor (general cardiology) using the decision aid -\nsee her note.")
	readCharts(t, "NCD 20.34", "shared_decision", "2026-11-20", []chart{
		{"her note a placeholder", []toolOutput{retold, by("DocumentReference/okafor", "2026-11-03", "A. Okafor, MD (General cardiology)", "Dictation pending transcription.")}, umassist.CriterionNotDocumented},
		{"her note saying it", []toolOutput{retold, by("DocumentReference/okafor", "2026-11-03", "A. Okafor, MD (General cardiology)", "Shared decision-making visit today using the AF-Choice decision aid.")}, umassist.CriterionMet},
	}, nil)
}

// TestAnOximetryIndexRetoldAsAnAHI: two-channel oximetry reports "ODI
// (4%) 27.4 /h"; the PCP's note a week later calls it "AHI 27.4" and the
// CPAP order rests on it. The number is the oximetry's (blind set X,
// approved). A report that gives an AHI and an ODI of the same value
// keeps its AHI.
func TestAnOximetryIndexRetoldAsAnAHI(t *testing.T) {
	t.Parallel()
	oximetry := note("DocumentReference/ox", "2026-01-06", "Overnight oximetry. Channels recorded: 2 (SpO2, pulse rate).\nODI (4%)\t27.4 /h")
	readCharts(t, "NCD 240.4", "ahi_15", "2026-02-12", []chart{
		{"retold a week later", []toolOutput{oximetry, note("DocumentReference/pcp", "2026-01-13", "Home sleep study back - moderate-severe OSA, AHI 27.4. Discussed CPAP.")}, umassist.CriterionNotDocumented},
		{"a whole-number AHI weeks later is not tied to it", []toolOutput{note("DocumentReference/ox", "2026-01-06", "ODI (4%) 27 /h"), note("DocumentReference/psg", "2026-02-03", "Attended PSG: AHI 27.")}, umassist.CriterionMet},
	}, nil)
}

// TestAReadingOnARefutedFinding: the hyperbaric consult's "Wagner 3
// diabetic foot ulcer with osteomyelitis", weeks after MRI and infectious
// disease ruled the osteomyelitis out and podiatry re-graded the ulcer 2,
// copies a grade that rested on it (blind set X, approved).
func TestAReadingOnARefutedFinding(t *testing.T) {
	t.Parallel()
	refuted := conds(`{"ref":"Condition/osteo","date":"2026-01-20","code":"M86.171","display":"Osteomyelitis of right first metatarsal","clinical_status":"inactive","verification_status":"refuted"}`)
	regraded := obs(`{"ref":"Observation/w2","date":"2026-02-03","display":"Wagner diabetic foot ulcer grade","value":2}`)
	hbo := note("DocumentReference/hbo", "2026-03-31", "Assessment: Wagner 3 diabetic foot ulcer with osteomyelitis, failed > 30 days of standard wound care.")
	readCharts(t, "NCD 20.29", "wagner_3", "2026-04-02", []chart{
		{"on the refuted osteomyelitis", []toolOutput{refuted, regraded, hbo}, umassist.CriterionNotMet},
		{"the osteomyelitis standing", []toolOutput{regraded, hbo}, umassist.CriterionMet},
	}, nil)
}

// TestOffloadingNotKeptIsNoAdequateCourse: a nursing facility's "Off-loading:
// non-adherent throughout the stay - refused walker boot, ambulated full
// weight bearing in personal sneakers" says the course of standard wound
// care was not adequate, whatever the wound's measurements (blind set W,
// approved). NCD 20.29 counts appropriate off-loading as standard care.
func TestOffloadingNotKeptIsNoAdequateCourse(t *testing.T) {
	t.Parallel()
	readCharts(t, "NCD 20.29", "offloading_not_done", "2026-07-24", []chart{
		{"non-adherent through the stay", onNote("DocumentReference/snf", "2026-07-21", "Off-loading: non-adherent throughout the stay - declined wheelchair, refused walker boot after delivery 06/30."), umassist.CriterionMet},
		{"a boot worn", onNote("DocumentReference/snf", "2026-07-21", "Off-loading: walker boot worn at all times when up; adherent."), umassist.CriterionNotMet},
	}, nil)
}
