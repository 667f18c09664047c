package criteria_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist/criteria"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// TestReadContext covers the assertion classes a nurse reads a sentence
// for: each case names the finding and what the words around it make it.
func TestReadContext(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, text, finding string
		want                criteria.Assertion
		historical          bool
	}{
		{"plain fact", "Shared decision-making visit completed with the ICD decision aid.", "decision aid", criteria.Affirmed, false},
		{"denied", "He denies syncope or presyncope.", "syncope", criteria.Negated, false},
		{"no evidence of", "No evidence of recurrent malignancy on the CT.", "recurrent malignancy", criteria.Negated, false},
		{"ruled out after", "Troponin rise; NSTEMI was ruled out by angiography.", "NSTEMI", criteria.Negated, false},
		{"planned", "Plan: shared decision-making visit with the PA next week.", "shared decision-making", criteria.Hypothetical, false},
		{"scheduled after", "Oxygen titration walk is scheduled for 11/10.", "titration walk", criteria.Hypothetical, false},
		{"conditional", "If the LVEF remains <=35%, she will meet criteria.", "LVEF", criteria.Hypothetical, false},
		{"not yet, later in the clause", "Formal shared decision-making using the decision aid has not taken place yet.", "decision aid", criteria.Hypothetical, false},
		{"recommended", "Recommend a repeat attended polysomnogram before treatment.", "polysomnogram", criteria.Hypothetical, false},
		{"a relative's", "FHx: father had a stroke at 82.", "stroke", criteria.Family, false},
		{"brother's valve", "His brother had an aortic valve replacement.", "aortic valve replacement", criteria.Family, false},
		{"second hand", "She was told she has sleep apnea with an AHI of about 19.", "AHI", criteria.Uncertain, false},
		{"possible", "Possible early osteomyelitis on the X-ray.", "osteomyelitis", criteria.Uncertain, false},
		{"history of", "History of anterior STEMI treated with PCI.", "STEMI", criteria.Affirmed, true},
		{"at admission", "He presented in decompensated heart failure (NYHA class IV at admission).", "NYHA class IV", criteria.Affirmed, true},
		{"dated years before the note", "Ischemic cardiomyopathy after anterior STEMI in 2019.", "STEMI", criteria.Affirmed, true},
		{"a negation in another clause", "No chest pain, but syncope twice this week.", "syncope", criteria.Affirmed, false},
		{"a decimal is not a sentence end", "LVEF 0.27 by echo. No syncope.", "LVEF", criteria.Affirmed, false},
		{"year-old is not old", "67-year-old man with an acute STEMI today.", "STEMI", criteria.Affirmed, false},
		// Notes whose line breaks were lost keep their sections.
		{"a plan heading inside the line", "BMI 42 since 2020. Plan: enroll in our 6-month medically supervised weight-management program.", "medically supervised", criteria.Hypothetical, false},
		{"a later heading ends the plan", "Plan: repeat echo. Assessment: medically supervised weight-management program completed in 2024.", "medically supervised", criteria.Affirmed, true},
		{"a heading after a bullet", "- BMI 42.\n- Plan: enroll in our medically supervised weight-management program.", "medically supervised", criteria.Hypothetical, false},
		// The note is of 2026-06-01.
		{"dated after the note, whatever the verb", "Arterial duplex with ABI booked for 06/19/2026.", "Arterial duplex", criteria.Hypothetical, false},
		{"ordered, close after", "Arterial duplex/ABI/TBI ordered 5/28, appointment pending.", "Arterial duplex", criteria.Hypothetical, false},
		{"ordered, with its result", "Echo ordered in May showed an LVEF of 30%.", "Echo", criteria.Affirmed, false},
		{"a list of records asked for", "Records requested: all cardiology notes, catheterization and PCI reports, echo reports.", "PCI", criteria.Hypothetical, false},
		{"orders under their heading", "Orders: arterial duplex, ABI.", "arterial duplex", criteria.Hypothetical, false},
		{"at the first consultation", "At her initial consultation her weight was 228 lb with a BMI of 39.1.", "BMI", criteria.Affirmed, true},
		{"an order cancelled", "HSAT order cancelled; he refuses a home test.", "HSAT", criteria.Negated, false},
		// Fixed-width exports wrap long lines: the sentence goes on.
		{"a negation across a wrapped line", "78M with very severe AS (Vmax 4.9). Remains asymptomatic, plays pickleball, no DOE, no\nangina, no syncope.", "angina", criteria.Negated, false},
		{"a plan heading over a wrapped line", "Plan: enroll in the six-month medically supervised program run by\nour weight-management clinic.", "weight-management clinic", criteria.Hypothetical, false},
		{"a line ending on an article goes on", "Medicare does not accept oximetry for PAP coverage. Recommend a\nType III home sleep apnea test (can be mailed).", "Type III", criteria.Hypothetical, false},
		{"advice is a plan", "Dr. Aalto's e-consult advised HSAT because oximetry is not accepted by Medicare.", "HSAT", criteria.Hypothetical, false},
		{"resolved later in the clause", "Spring fatigue attributed to hypothyroidism, resolved with dose increase.", "fatigue", criteria.Negated, false},
		{"went away", "The afternoon fatigue she had in the spring \"went away in July\" after her thyroid dose was increased.", "fatigue", criteria.Negated, true},
		{"what resolved is in the parenthesis", "Assessment: adherent to APAP with clear clinical benefit (sleepiness resolved, ESS 15 to 7).", "benefit", criteria.Affirmed, false},
		{"what resolved is after a comma", "Exertional dyspnea, leg edema resolved with diuresis.", "dyspnea", criteria.Affirmed, false},
		{"not resolved", "Exertional dyspnea has not resolved despite diuresis.", "dyspnea", criteria.Affirmed, false},
		{"hasn't resolved", "Exertional dyspnea hasn't fully resolved.", "dyspnea", criteria.Affirmed, false},
		{"a test's machine out of service", "Our TcPO2 unit is out for service until August.", "TcPO2", criteria.Hypothetical, false},
		{"no contraindication permits", "She has no contraindication to short-term warfarin.", "short-term warfarin", criteria.Hypothetical, false},
		{"no result in our records is not no test", "No ABI, TBI or TcPO2 results in our records.", "TcPO2", criteria.Uncertain, false},
		{"a plan after a coordinated list", "TcPO2 with oxygen challenge and arterial\nduplex ordered 01/12 - scheduled 01/27/2026.", "TcPO2", criteria.Hypothetical, false},
		{"a requirement said before", "Per CMS requirements a formal shared decision-making interaction with an independent physician is needed.", "shared decision-making", criteria.Hypothetical, false},
		{"a requirement said after", "A formal shared decision-making interaction using an evidence-based decision tool is required before LAAC.", "shared decision-making", criteria.Hypothetical, false},
		{"oxygen required is a finding", "Supplemental oxygen required with ambulation, 2 L.", "oxygen", criteria.Affirmed, false},
		{"a question nearer than a denial", "He says he \"never gets far enough to find out\" whether he would get winded.", "winded", criteria.Hypothetical, false},
		{"a denial nearer than a question", "Asked whether he has chest pain: he denies angina.", "angina", criteria.Negated, false},
		{"a checklist's no", "Obesity-related conditions: Hypertension – no; Dyslipidemia – no", "Dyslipidemia", criteria.Negated, false},
		{"no change is not no", "Hypertension - no change in regimen.", "Hypertension", criteria.Affirmed, false},
		{"a blank form field", "  Previous weight loss attempts ........ see intake\n  Medically supervised programs ........\n  Weight loss medications .............. none", "Medically supervised programs", criteria.Uncertain, false},
		{"a blank form field, found inside its label", "  Medically supervised programs ........\n", "Medically supervised", criteria.Uncertain, false},
		{"a filled form field", "  Medically supervised programs ........ 6 months, Dr. Lee's clinic, 2024\n", "Medically supervised programs", criteria.Affirmed, false},
		{"a heading over the lines below is no blank field", "Shared decision-making:\n  Formal visit with the decision aid.", "Shared decision-making", criteria.Affirmed, false},
		{"an unchecked box", "[ ] Sleepiness/insomnia/mood/cognition: not indicated on order", "insomnia", criteria.Negated, false},
		{"a checked box", "[X] Sleep test: HSAT Type III 06/02/2026, ordered by treating physician", "HSAT", criteria.Affirmed, false},
		{"a new line after a sentence ends it", "He has exertional angina with a negative stress test, no\nSyncope twice this month.", "Syncope", criteria.Affirmed, false},
		{"a double dash ends the negation", "Data: no echo report available -- outside TTE reportedly severe AS.", "severe AS", criteria.Uncertain, false},
		{"a new finding with its own verb", "MRI shows no retrocochlear lesion and CT shows normal cochlear anatomy.", "normal cochlear anatomy", criteria.Affirmed, false},
		{"a list under one negation", "No retrocochlear lesion and no cochlear ossification.", "cochlear ossification", criteria.Negated, false},
		{"a team's role is not an event", "I did not go through a formal decision aid today -- the EP/structural team does the shared decision-making visit as part of their LAAC evaluation.", "shared decision-making visit", criteria.Hypothetical, false},
		{"a step the team did is an event", "The EP team performed the shared decision-making visit with the decision aid.", "shared decision-making visit", criteria.Affirmed, false},
		{"none found, in parentheses", "Evaluation for a transient or reversible cause (none found): K 4.1, Mg 2.0.", "reversible cause", criteria.Negated, false},
		{"excluded after the finding", "Reversible causes excluded (K and Mg normal, no ischemia on cath).", "Reversible causes", criteria.Negated, false},
		{"an arrow to what it became ends a denial", "Re-grade: abscess resolved, no bone involvement -> Wagner grade 2 (deep ulcer).", "Wagner grade 2", criteria.Affirmed, false},
		{"a field whose value is still to come", "Neurosurgery clearance letter for short-term anticoagulation: not yet available (CT 12/15).", "short-term anticoagulation", criteria.Hypothetical, false},
		{"a field whose value is given", "Neurosurgery letter on short-term anticoagulation: received 12/16, cleared.", "short-term anticoagulation", criteria.Affirmed, false},
		{"an option of a choice not yet made", "Post-implant regimen: TBD - short-term warfarin (device labeling) vs DAPT-only pathway.", "short-term warfarin", criteria.Hypothetical, false},
		{"a finding that cannot be judged", "Exertional capacity cannot be judged - sedentary due to hip.", "Exertional", criteria.Uncertain, false},
		{"the emergency department's value, told in a discharge summary", "Course: ED ABG on RA pH 7.33/pCO2 52/pO2 51, treated with steroids.", "pO2 51", criteria.Affirmed, true},
		{"a value retold as on arrival", "Patient was hypoxemic this admission (PaO2 52 on room air on arrival).", "PaO2 52", criteria.Affirmed, true},
		{"at the time of the walk is no history", "SpO2 86% on room air at the time of the walk.", "SpO2 86%", criteria.Affirmed, false},
		{"a course almost done", "States she \"is almost done with the diet program\".", "diet program", criteria.Hypothetical, false},
		{"a course in its fifth month of six", "Currently in month 5 of 6 of the medically supervised program (-2.3 kg so far).", "medically supervised", criteria.Hypothetical, false},
		{"a quantity is no year", "She follows the 2000 calorie diet program of our clinic.", "diet program", criteria.Affirmed, false},
		{"still in a rhythm is a state, not a course", "Holter: still in atrial fibrillation, ventricular rate 118.", "atrial fibrillation", criteria.Affirmed, false},
		{"a course in its last month", "Now in month 6 of 6 of the medically supervised program, completed today without weight loss.", "medically supervised", criteria.Affirmed, false},
		{"a report's boilerplate on what coverage requires", "Comment: with an AHI (4%) between 5 and 14, Medicare coverage of PAP requires documented excessive daytime sleepiness, impaired cognition or insomnia.", "excessive daytime sleepiness", criteria.Hypothetical, false},
		{"a test that gives no answer", "Vascular: DP and PT not palpable; ABI right 1.52, non-compressible, not interpretable.", "ABI", criteria.Uncertain, false},
		{"a status not established", "Vascular status: still not established, TcPO2 ordered.", "Vascular status", criteria.Uncertain, false},
		{"a change being planned", "Reason: ICD generator change planning.", "generator change", criteria.Hypothetical, false},
		{"what an alert can be", "Alert tones on this device can be battery (RRT/ERI) or lead impedance - will need MD review.", "ERI", criteria.Uncertain, false},
		{"a short line is a heading, not a wrap", "No symptoms\nsyncope twice this month.", "syncope", criteria.Affirmed, false},
		{"on an outside letter's word", "Referred with \"severe AS\" per outside PCP letter; no echo in our system.", "severe AS", criteria.Uncertain, false},
		{"a result, then a repeat planned", "LVEF 25%, repeat echo ordered for 3 months.", "LVEF", criteria.Affirmed, false},
		{"done, with a repeat planned", "Echo performed and repeat scheduled.", "Echo", criteria.Affirmed, false},
		{"to be done", "Sleep study to be done next week.", "Sleep study", criteria.Hypothetical, false},
		{"taken back later in the sentence", "Clinical picture consistent with symptomatic severe AS, but severity needs to be confirmed with a TTE here.", "severe AS", criteria.Uncertain, false},
		{"the writer cannot tell whether it is so", "At this point I cannot tell whether this is true\nsevere AS or pseudo-severe AS from a weak ventricle.", "severe AS", criteria.Uncertain, false},
		{"the writer cannot confirm it", "Cannot confirm non-valvular AF until valve assessment.", "non-valvular AF", criteria.Uncertain, false},
		{"unclear if it is so", "It is unclear if this represents severe aortic stenosis.", "severe aortic stenosis", criteria.Uncertain, false},
		{"a severity called indeterminate", "Low-flow low-gradient severe AS, severity indeterminate.", "severe AS", criteria.Uncertain, false},
		{"unclear whether to act is a decision open", "Unclear whether to proceed with CPAP titration.", "CPAP titration", criteria.Hypothetical, false},
		{"a doubt too far from the finding is only a question", "It is unclear whether the repeat study done in the lab showed severe AS.", "severe AS", criteria.Hypothetical, false},
		{"eligible for a service is not on it", "With documented HTN she meets criteria for a CPAP trial.", "CPAP trial", criteria.Hypothetical, false},
		{"qualifies for", "Patient qualifies for nocturnal oxygen per Medicare.", "nocturnal oxygen", criteria.Hypothetical, false},
		{"a reading after what the patient qualifies for", "Result: qualifies for exertional oxygen at rest and walking: SpO2 86% RA with exertion.", "SpO2 86%", criteria.Affirmed, false},
		{"not meeting criteria for a diagnosis stays denied", "A1c 6.1%, does not meet criteria for diabetes.", "diabetes", criteria.Negated, false},
		{"dated on the note's day", "Arterial duplex on 06/01/2026: no significant stenosis.", "Arterial duplex", criteria.Affirmed, false},
		{"a capital after a colon inside a sentence is no heading", "Oximetry on room air: 86% at rest.", "86%", criteria.Affirmed, false},
		// Blind set T: a wound note's empty fields, an exam that could not
		// be judged, a plan word past a list in parentheses, and a
		// device's regimen, each read as met before.
		{"a field whose value is not on file", "Cap refill: ___        ABI: not on file", "ABI", criteria.Uncertain, false},
		{"a field answered n/a", "Toe pressure: n/a", "Toe pressure", criteria.Uncertain, false},
		{"a field looked at and not judged", "Vascular status: pedal pulses difficult to palpate (edema/TCC).", "Vascular status", criteria.Uncertain, false},
		{"a field with a value is what it says", "Vascular status: DP/PT palpable bilaterally.", "Vascular status", criteria.Affirmed, false},
		{"a plan word past the parenthesis", "Formal arterial studies (ABI/TBI, TcPO2) ordered - pending, scheduled 10/14.", "arterial studies", criteria.Hypothetical, false},
		{"a plan word past the parenthesis the finding is in", "Formal arterial studies (ABI/TBI, TcPO2) ordered - pending.", "TcPO2", criteria.Hypothetical, false},
		{"a parenthesis with a result says it was done", "Arterial studies (ABI 0.92, TBI 0.71) completed today.", "Arterial studies", criteria.Affirmed, false},
		{"what a consultant is asked to weigh in on", "I have asked Dr Sato to weigh in specifically on short-term warfarin; appointment 11/4.", "short-term warfarin", criteria.Hypothetical, false},
		{"what a consultant's input is sought on", "Neurology input on short-term anticoagulation requested.", "short-term anticoagulation", criteria.Hypothetical, false},
		{"a table's row answered no", "Type 2 diabetes / dysglycemia\tNo (A1c 5.4%, fasting glucose 91)", "Type 2 diabetes", criteria.Negated, false},
		{"a table's row answered yes", "Type 2 diabetes / dysglycemia\tYes (A1c 7.9%, on metformin)", "Type 2 diabetes", criteria.Affirmed, false},
		{"a table's row answered no, with what there is instead", "Osteoarthritis\tNo joint disease; intermittent foot soreness", "Osteoarthritis", criteria.Negated, false},
		{"free text spaced out is no table", "HTN  no meds needed since weight loss.", "HTN", criteria.Affirmed, false},
		{"columns spaced out, answered no", "Obstructive sleep apnea     No (HSAT 05/2026, AHI 3.2)", "Obstructive sleep apnea", criteria.Negated, false},
		{"a test whose appointment was missed", "Vascular: missed the 4/9 toe pressure/TcPO2 appointment (transport). Rescheduled 5/20.", "TcPO2", criteria.Negated, true},
		{"a test rescheduled", "Toe pressures rescheduled for 5/20.", "Toe pressures", criteria.Hypothetical, false},
		{"a question mark before the finding", "#?NSTEMI - heparin gtt pending cath.", "NSTEMI", criteria.Uncertain, false},
		{"a question mark before the word that scopes it", "Etiology of arrest: ?ischemic (STEMI equivalent? ECG w/o STE) vs primary arrhythmia.", "STEMI", criteria.Uncertain, false},
		{"a question mark after the finding", "NSTEMI? Troponin 0.42 and trending.", "NSTEMI", criteria.Uncertain, false},
		{"a form's question answered yes", "Prior MI? Yes (2019)", "Prior MI", criteria.Affirmed, false},
		{"a question in the next sentence is not the finding's", "Known NSTEMI 2024. Any chest pain since? None.", "NSTEMI", criteria.Affirmed, true},
		{"long after a procedure", "Ischemic cardiomyopathy, LVEF <=35% > 40 d post MI and > 3 mo post PCI, on optimal medical therapy.", "PCI", criteria.Affirmed, true},
		{"a field answered with what is still to come", "Vascular status: arterial studies (ABI/TBI, TcPO2) ordered again today - not yet done; no transport.", "Vascular status", criteria.Hypothetical, false},
		{"a test named as giving no answer", "Vascular: non-compressible ABI; TBI/TcPO2 to be rescheduled.", "ABI", criteria.Uncertain, false},
		{"to be rescheduled", "Vascular: non-compressible ABI; TBI/TcPO2 to be rescheduled.", "TcPO2", criteria.Hypothetical, false},
		{"a heading of what is still to come", "Pending at discharge: outpatient arterial studies (inpatient order cancelled) - wound center to arrange.", "arterial studies", criteria.Hypothetical, false},
		{"one of the options weighed", "Regimen to be determined - will discuss with neurosurgery (options: short course of warfarin + aspirin vs dual antiplatelet therapy).", "short course of warfarin", criteria.Hypothetical, false},
		{"the other option weighed", "Post-implant: DAPT versus short-term warfarin, to discuss.", "short-term warfarin", criteria.Hypothetical, false},
		{"a comparison of results is no choice", "Short-term warfarin tolerated well; INR 2.4 vs goal 2-3.", "Short-term warfarin", criteria.Affirmed, false},
		{"still outstanding", "Arterial study still outstanding - rescheduled 10/14.", "Arterial study", criteria.Hypothetical, false},
		{"a step retold on another's note is still told as done", "Shared decision-making: completed 11/3 with Dr. Okafor (general cardiology) using the decision aid -\nsee her note.", "decision aid", criteria.Affirmed, true},
		{"not done, its date between", "Arterial study 8/4 not done - patient left.", "Arterial study", criteria.Negated, true},
		{"a device's labeled regimen", "Device labeling pathway is short-term warfarin + aspirin (~45 d), with DAPT as an alternative.", "short-term warfarin", criteria.Hypothetical, false},
		{"what this patient can take, after the labeling is named", "Per labeling discussion done; he can take short-term warfarin for 45 days.", "short-term warfarin", criteria.Affirmed, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			at := strings.Index(tt.text, tt.finding)
			require.GreaterOrEqual(t, at, 0)
			c := criteria.ReadContext(tt.text, at, at+len(tt.finding), day("2026-06-01"))
			require.Equal(t, tt.want, c.Assertion, "cue %q", c.Cue)
			require.Equal(t, tt.historical, c.Historical)
		})
	}
}

// TestReadContextWhen resolves the date a sentence ties a finding to
// against the note's own date.
func TestReadContextWhen(t *testing.T) {
	t.Parallel()
	note := day("2026-06-09")
	tests := []struct {
		text, finding, want string
	}{
		{"Remote MI (2018) and CABG (2019), no events since.", "CABG", "2019-07-01"},
		{"He had PCI to the LAD in March for in-stent restenosis.", "PCI", "2026-03-01"},
		{"PCI 03/31/2026 with a drug-eluting stent.", "PCI", "2026-03-31"},
		{"SDM completed with PA Bell on 03/10 using the decision aid.", "SDM", "2026-03-10"},
		{"Carvedilol started six weeks ago.", "Carvedilol", "2026-04-28"},
		{"Diagnosed in December; followed since.", "Diagnosed", "2025-12-01"},
		{"NYHA class II today.", "NYHA", "2026-06-09"},
		{"NYHA class II.", "NYHA", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			t.Parallel()
			at := strings.Index(tt.text, tt.finding)
			c := criteria.ReadContext(tt.text, at, at+len(tt.finding), note)
			got := ""
			if !c.When.IsZero() {
				got = c.When.Format("2006-01-02")
			}
			require.Equal(t, tt.want, got)
		})
	}
}
