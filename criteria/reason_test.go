package criteria_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/agent/reason"
	"github.com/umassist/umassist/criteria"
)

func TestFindMeasures(t *testing.T) {
	t.Parallel()
	tests := []struct {
		measure, text string
		want          []float64
	}{
		{"nyha_class", "Functional status consistent with NYHA class II.", []float64{2}},
		{"nyha_class", "NYHA functional class 3. No syncope.", []float64{3}},
		{"nyha_class", "NYHA class III symptoms", []float64{3}},
		{"nyha_class", "Short of breath at rest. NYHA class IV.", []float64{4}},
		{"nyha_class", "NYHA class not assessed at this visit.", nil},
		{"nyha_class", "NYHA: II", []float64{2}},
		{"lvef", "Left ventricular ejection fraction by biplane Simpson's method is 30%.", []float64{30}},
		{"lvef", "LVEF 0.30 by echo", []float64{30}},
		{"lvef", "reduced ejection fraction (32% on the latest echo)", []float64{32}},
		{"lvef", "EF 45 percent", []float64{45}},
		{"ahi", "AHI 22.5 events/h on the home sleep test", []float64{22.5}},
		{"ahi", "apnea-hypopnea index of 9", []float64{9}},
		{"bmi", "BMI 41.6 kg/m2", []float64{41.6}},
		{"bmi", "body mass index: 36", []float64{36}},
		{"spo2", "SpO2 86% on room air", []float64{86}},
		{"wagner_grade", "Wagner grade 3 ulcer", []float64{3}},
		{"wagner_grade", "Wagner grade III", []float64{3}},
		{"cha2ds2_vasc", "CHA2DS2-VASc score 5", []float64{5}},
		{"chads2", "CHADS2 score 3", []float64{3}},
		{"sentence_recognition", "AzBio sentence recognition score 72% correct", []float64{72}},
		{"hba1c", "Hemoglobin A1c 8.4% on 1/15, up from 7.9%.", []float64{8.4}},
		{"hba1c", "A1c goal below 7% discussed.", nil},
		{"ldl_c", "LDL-C 142 mg/dL on atorvastatin 80 mg.", []float64{142}},
		{"ldl_c", "LDL cholesterol of 96 mg/dL", []float64{96}},
		{"hemoglobin", "Hemoglobin 9.1 g/dL on day 15 of cycle 3.", []float64{9.1}},
		{"hemoglobin", "Hemoglobin A1c 8.4%", nil},
		{"pack_years", "Former smoker, 35 pack-years, quit 2019.", []float64{35}},
		{"pack_years", "Smoking history: 22 pack years", []float64{22}},
		// A comparator before another number bounds that number, not the
		// value: the 4 hours, not the 87 %.
		{"pap_adherence", "SD card download: >= 4 h on 87% of nights, mean 6 h 12 min.", []float64{87}},
		{"pap_adherence", "used on 17/30 nights; >= 4 h on 9/30 nights (30%); large leak 12%.", []float64{30}},
		{"pap_adherence", "CPAP compliance 92% of nights over 4 hours.", []float64{92}},
		{"pap_adherence", "Used on 28 of 30 nights, mean 5 h 10 min.", nil},
		{"lvef", "Goal LVEF above 35% before implant.", nil},
		{"lvef", "Repeat echo in 3 months; LVEF <=35% required.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.measure+"/"+tt.text, func(t *testing.T) {
			t.Parallel()
			var got []float64
			for _, m := range criteria.FindMeasures(tt.text, tt.measure) {
				got = append(got, m.Value)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func TestFindPhraseNegation(t *testing.T) {
	t.Parallel()
	tests := []struct {
		text, phrase string
		negated      []bool
	}{
		{"Denies syncope or presyncope.", "syncope", []bool{true}},
		{"Denies chest pain and syncope.", "syncope", []bool{true}},
		{"No known history of VT or cardiac arrest.", "VT", []bool{true}},
		{"Episode of syncope last week.", "syncope", []bool{false}},
		{"No chest pain. Syncope on exertion.", "syncope", []bool{false}},
		{"No fever, but syncope twice.", "syncope", []bool{false}},
		{"NYHA class not assessed at this visit.", "NYHA class", []bool{true}},
		{"A shared decision-making discussion took place.", "shared decision making", []bool{false}},
		{"NYHA class III symptoms", "NYHA class II", nil},
		{"Recent NSTEMI treated medically", "STEMI", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			t.Parallel()
			var got []bool
			for _, h := range criteria.FindPhrase(tt.text, tt.phrase) {
				got = append(got, h.Negated)
			}
			require.Equal(t, tt.negated, got)
		})
	}
}

func TestMedicationClasses(t *testing.T) {
	t.Parallel()
	tests := map[string][]string{
		"carvedilol 25 MG Oral Tablet":                   {"beta_blocker"},
		"Metoprolol succinate 50 MG Extended Release":    {"beta_blocker"},
		"sacubitril 49 MG / valsartan 51 MG Oral Tablet": {"arni"},
		"losartan potassium 50 MG":                       {"arb"},
		"lisinopril 10 MG Oral Tablet":                   {"ace_inhibitor"},
		"spironolactone 25 MG":                           {"mra"},
		"dapagliflozin 10 MG":                            {"sglt2i"},
		"apixaban 5 MG Oral Tablet":                      {"anticoagulant"},
		"acetaminophen 500 MG":                           nil,
	}
	for display, want := range tests {
		require.Equal(t, want, criteria.MedicationClasses(display), display)
	}
}

func f(v float64) *float64 { return &v }

func TestEvaluateUnitsWindowsAndDurations(t *testing.T) {
	t.Parallel()
	asOf := umassist.MustDate("2026-03-02")
	lvef := criteria.View{ID: "lvef", Evidence: []criteria.Hint{{Kind: "observation", LOINC: []string{"10230-1"}, Comparator: "<=", Threshold: f(35), Unit: "%", LookbackDays: 90}}}
	gdmt := criteria.View{ID: "gdmt", Evidence: []criteria.Hint{{Kind: "medication", MedicationClasses: []string{"beta_blocker"}, MinDurationDays: 90}}}
	nyha := criteria.View{ID: "nyha", Evidence: []criteria.Hint{{Kind: "note", Measure: "nyha_class", Comparator: "between", Threshold: f(2), ThresholdHigh: f(3), LookbackDays: 90}}}
	mi := criteria.View{ID: "recent_mi", Exclusion: true, Evidence: []criteria.Hint{{Kind: "condition", Codes: []string{"I21"}, LookbackDays: 40}}}
	tests := []struct {
		name   string
		crit   criteria.View
		tool   string
		data   string
		status umassist.CriterionStatus
		refs   []string
	}{
		{"fraction notation meets a percent threshold", lvef, "search_observations",
			`{"observations":[{"ref":"Observation/a","date":"2026-01-20","code":"10230-1","value":0.3,"unit":"fraction"}]}`, umassist.CriterionMet, []string{"Observation/a"}},
		{"above the threshold", lvef, "search_observations",
			`{"observations":[{"ref":"Observation/a","date":"2026-01-20","code":"10230-1","value":45,"unit":"%"}]}`, umassist.CriterionNotMet, []string{"Observation/a"}},
		{"outside the look-back window", lvef, "search_observations",
			`{"observations":[{"ref":"Observation/a","date":"2025-10-01","code":"10230-1","value":30,"unit":"%"}]}`, umassist.CriterionNotDocumented, []string{"Observation/a"}},
		{"after the request does not exist", lvef, "search_observations",
			`{"observations":[{"ref":"Observation/a","date":"2026-03-10","code":"10230-1","value":30,"unit":"%"}]}`, umassist.CriterionNotDocumented, nil},
		{"a range meets a threshold when both ends do", lvef, "search_observations",
			`{"observations":[{"ref":"Observation/a","date":"2026-01-20","code":"10230-1","value":25,"high":30,"unit":"%"}]}`, umassist.CriterionMet, []string{"Observation/a"}},
		{"a range that straddles the threshold does not meet it", lvef, "search_observations",
			`{"observations":[{"ref":"Observation/a","date":"2026-01-20","code":"10230-1","value":30,"high":40,"unit":"%"}]}`, umassist.CriterionNotMet, []string{"Observation/a"}},
		{"an upper bound meets an upper threshold", lvef, "search_observations",
			`{"observations":[{"ref":"Observation/a","date":"2026-01-20","code":"10230-1","value":30,"comparator":"<","unit":"%"}]}`, umassist.CriterionMet, []string{"Observation/a"}},
		{"a lower bound never meets an upper threshold", lvef, "search_observations",
			`{"observations":[{"ref":"Observation/a","date":"2026-01-20","code":"10230-1","value":30,"comparator":">","unit":"%"}]}`, umassist.CriterionNotMet, []string{"Observation/a"}},
		{"another code", lvef, "search_observations",
			`{"observations":[{"ref":"Observation/a","date":"2026-01-20","code":"8867-4","value":30,"unit":"/min"}]}`, umassist.CriterionNotDocumented, nil},
		{"long enough therapy", gdmt, "list_medications",
			`{"medications":[{"ref":"MedicationRequest/m","date":"2025-08-01","start_date":"2025-08-01","status":"active","active":true,"display":"carvedilol 25 MG Oral Tablet"}]}`, umassist.CriterionMet, []string{"MedicationRequest/m"}},
		{"therapy too short", gdmt, "list_medications",
			`{"medications":[{"ref":"MedicationRequest/m","date":"2026-01-19","start_date":"2026-01-19","status":"active","active":true,"display":"metoprolol 50 MG"}]}`, umassist.CriterionNotMet, []string{"MedicationRequest/m"}},
		{"no medication of the class", gdmt, "list_medications",
			`{"medications":[{"ref":"MedicationRequest/m","date":"2025-01-19","status":"active","active":true,"display":"aspirin 81 MG"}]}`, umassist.CriterionNotDocumented, nil},
		{"NYHA in Arabic numerals", nyha, "read_note",
			`{"ref":"DocumentReference/n","date":"2026-02-20","untrusted_text":"NYHA functional class 3. Denies syncope."}`, umassist.CriterionMet, []string{"DocumentReference/n"}},
		{"NYHA class IV fails the range", nyha, "read_note",
			`{"ref":"DocumentReference/n","date":"2026-02-20","untrusted_text":"At rest. NYHA class IV."}`, umassist.CriterionNotMet, []string{"DocumentReference/n"}},
		{"NYHA not assessed", nyha, "read_note",
			`{"ref":"DocumentReference/n","date":"2026-02-20","untrusted_text":"NYHA class not assessed at this visit."}`, umassist.CriterionNotDocumented, nil},
		{"exclusion present", mi, "list_conditions",
			`{"conditions":[{"ref":"Condition/mi","date":"2026-02-10","onset":"2026-02-10","code":"I21.4","display":"NSTEMI"}]}`, umassist.CriterionMet, []string{"Condition/mi"}},
		{"exclusion outside its window", mi, "list_conditions",
			`{"conditions":[{"ref":"Condition/mi","date":"2025-02-10","onset":"2025-02-10","code":"I21.4","display":"NSTEMI"}]}`, umassist.CriterionNotMet, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ev := criteria.NewEvidence()
			reason.AddToolOutput(ev, tt.tool, json.RawMessage(tt.data))
			r := criteria.Evaluate(tt.crit, ev, asOf)
			require.Equal(t, tt.status, r.Status, r.Finding)
			require.Equal(t, tt.refs, r.Evidence)
		})
	}
}

func TestDecide(t *testing.T) {
	t.Parallel()
	logic := criteria.Logic{AllOf: []string{"a", "b"}, AnyOf: [][]string{{"c", "d"}}, Exclusions: []string{"x"}}
	r := func(id string, s umassist.CriterionStatus) criteria.Result {
		return criteria.Result{ID: id, Status: s, Exclusion: id == "x", Question: "Q " + id + "?", Missing: "m " + id}
	}
	met, not, undoc := umassist.CriterionMet, umassist.CriterionNotMet, umassist.CriterionNotDocumented
	tests := []struct {
		name string
		rs   []criteria.Result
		want umassist.Recommendation
		qs   int
	}{
		{"all met", []criteria.Result{r("a", met), r("b", met), r("c", not), r("d", met), r("x", not)}, umassist.RecommendApprove, 0},
		{"exclusion present", []criteria.Result{r("a", met), r("b", met), r("c", met), r("x", met)}, umassist.RecommendRefer, 0},
		{"required not met", []criteria.Result{r("a", not), r("b", undoc), r("c", met), r("x", not)}, umassist.RecommendRefer, 0},
		{"one gap", []criteria.Result{r("a", met), r("b", undoc), r("c", met), r("x", not)}, umassist.RecommendRequestInfo, 1},
		{"group silent", []criteria.Result{r("a", met), r("b", met), r("c", undoc), r("d", undoc), r("x", not)}, umassist.RecommendRequestInfo, 1},
		{"group failed", []criteria.Result{r("a", met), r("b", met), r("c", not), r("d", not), r("x", not)}, umassist.RecommendRefer, 0},
	}
	for _, tt := range tests {
		d := logic.Decide(tt.rs, criteria.Request{})
		require.Equal(t, tt.want, d.Recommendation, tt.name)
		require.Len(t, d.Questions, tt.qs, tt.name)
	}
}

// "A, or B with C" is written [[A, B], [A, C]]. With A failed and B met,
// C is the one gap of the pathway the record began: it is asked for. With
// one group only, an alternative nobody tried beside a failed one goes to
// a physician, as before. With two pathways begun through another group,
// the question is about the gap of the begun pathway, not about an
// alternative that would have done without it.
func TestDecideAsksForThePartnerOfAMetCriterion(t *testing.T) {
	t.Parallel()
	r := func(id string, s umassist.CriterionStatus) criteria.Result {
		return criteria.Result{ID: id, Status: s, Question: "Q " + id + "?", Missing: "m " + id}
	}
	met, not, undoc := umassist.CriterionMet, umassist.CriterionNotMet, umassist.CriterionNotDocumented
	tests := []struct {
		name  string
		logic criteria.Logic
		rs    []criteria.Result
		want  umassist.Recommendation
		ask   []string
	}{
		{"mild AHI, symptom silent", criteria.Logic{AnyOf: [][]string{{"ahi_15", "ahi_5_14"}, {"ahi_15", "symptom"}}},
			[]criteria.Result{r("ahi_15", not), r("ahi_5_14", met), r("symptom", undoc)}, umassist.RecommendRequestInfo, []string{"m symptom"}},
		{"one group: an untried alternative beside a failed one", criteria.Logic{AnyOf: [][]string{{"rest", "exercise"}}},
			[]criteria.Result{r("rest", not), r("exercise", undoc)}, umassist.RecommendRefer, nil},
		{"Group II: ask for the finding, not for an exercise test", criteria.Logic{AnyOf: [][]string{{"rest", "exercise", "hypoxemia_89"}, {"rest", "exercise", "finding", "hematocrit"}}},
			[]criteria.Result{r("rest", not), r("exercise", undoc), r("hypoxemia_89", met), r("finding", undoc), r("hematocrit", undoc)}, umassist.RecommendRequestInfo, []string{"m finding"}},
		{"nothing begun elsewhere", criteria.Logic{AnyOf: [][]string{{"ahi_15", "ahi_5_14"}, {"ahi_15", "symptom"}}},
			[]criteria.Result{r("ahi_15", not), r("ahi_5_14", not), r("symptom", undoc)}, umassist.RecommendRefer, nil},
	}
	for _, tt := range tests {
		d := tt.logic.Decide(tt.rs, criteria.Request{})
		require.Equal(t, tt.want, d.Recommendation, tt.name)
		require.ElementsMatch(t, tt.ask, d.Missing, tt.name)
	}
}

func TestLVEFStaysInItsSentence(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"followed for heart failure with reduced ejection fraction. Marked limitation of activity: dyspnea after about 50 feet of walking.",
		"Repeat echocardiogram ordered to reassess ejection fraction after titration; result pending. Labs in 2 weeks.",
		"ejection fraction will be rechecked in about 3 months",
	} {
		require.Empty(t, criteria.FindMeasures(text, "lvef"), text)
	}
}

// NCD 20.4 asks for 3 months of medical therapy in B4 (non-ischemic
// cardiomyopathy) only: after a prior infarction or with ischemic
// cardiomyopathy (B2, B3) a short course is no reason to refer.
func TestICDMedicalTherapyIsNonIschemicOnly(t *testing.T) {
	t.Parallel()
	_, pk := packCriterion(t, "NCD 20.4", "gdmt")
	met, not := umassist.CriterionMet, umassist.CriterionNotMet
	rs := []criteria.Result{{ID: "lvef", Status: met}, {ID: "nyha", Status: met}, {ID: "gdmt", Status: not}, {ID: "shared_decision", Status: met},
		{ID: "recent_mi", Status: not, Exclusion: true}, {ID: "recent_revascularization", Status: not, Exclusion: true}, {ID: "nyha_iv", Status: not, Exclusion: true}}
	for _, tt := range []struct {
		dx   string
		want umassist.Recommendation
	}{
		{"I25.5", umassist.RecommendApprove},
		{"I25.2", umassist.RecommendApprove},
		{"I42.0", umassist.RecommendRefer},
	} {
		d := pk.Logic.Decide(rs, criteria.Request{Service: "33249", Diagnoses: []string{tt.dx, "I50.22"}})
		require.Equal(t, tt.want, d.Recommendation, tt.dx+": "+d.Rationale)
	}
}

// B5: a familial or genetic disorder needs no LVEF threshold and no
// medical-therapy course; it needs the disorder and the decision visit.
func TestICDInheritedDisorderPathway(t *testing.T) {
	t.Parallel()
	_, pk := packCriterion(t, "NCD 20.4", "inherited_arrhythmia_risk")
	met, not := umassist.CriterionMet, umassist.CriterionNotMet
	rs := []criteria.Result{{ID: "lvef", Status: not}, {ID: "gdmt", Status: not}, {ID: "inherited_arrhythmia_risk", Status: met}, {ID: "shared_decision", Status: met},
		{ID: "uncontrolled_svt", Status: not, Exclusion: true}, {ID: "limited_survival", Status: not, Exclusion: true}}
	d := pk.Logic.Decide(rs, criteria.Request{Service: "33249", Diagnoses: []string{"I42.1"}})
	require.Equal(t, umassist.RecommendApprove, d.Recommendation, d.Rationale)
	rs[5].Status = met
	d = pk.Logic.Decide(rs, criteria.Request{Service: "33249", Diagnoses: []string{"I42.1"}})
	require.Equal(t, umassist.RecommendRefer, d.Recommendation, "B.5's exclusions hold on every pathway: %s", d.Rationale)
}
