package synthetic

import (
	"fmt"
	"strings"

	"github.com/umassist/umassist"
)

const (
	loincAHI     = "69990-0" // Apnea hypopnea index
	loincEpworth = "89100-4" // Epworth Sleepiness Scale total score
)

var (
	condOSA  = cond{"G47.33", "Obstructive sleep apnea (adult) (pediatric)", "78275009", "Obstructive sleep apnea syndrome"}
	procPSG  = proc{"95810", "Polysomnography; age 6 years or older, sleep staging with 4 or more additional parameters of sleep, attended by a technologist", "60554003", "Polysomnography"}
	procHSAT = proc{"95806", "Sleep study, unattended, simultaneous recording of, heart rate, oxygen saturation, respiratory airflow, and respiratory effort", "446868004", "Home sleep apnea test"}
)

func cpapScenario() Scenario {
	return Scenario{
		Name:      "cpap",
		Policy:    "NCD 240.4",
		Title:     "CPAP therapy for obstructive sleep apnea",
		Payer:     "medicare",
		Service:   umassist.Coding{System: umassist.SystemHCPCS, Code: "E0601", Display: "Continuous positive airway pressure (CPAP) device"},
		Diagnoses: []umassist.Coding{{System: umassist.SystemICD10CM, Code: "G47.33", Display: "Obstructive sleep apnea (adult) (pediatric)"}},
		Defaults:  crit("sleep_test", met, "ahi_15", met),
		Variants: []Variant{
			{Name: "meets", Description: "AHI 15 or more on polysomnography after a face-to-face evaluation", Recommendation: approve},
			{Name: "mild-with-symptoms", Description: "AHI between 5 and 14 with daytime sleepiness and hypertension", Recommendation: approve, Criteria: crit("ahi_15", notMet, "ahi_5_14", met, "ahi_comorbidity", met)},
			{Name: "ahi-note-only", Description: "AHI reported only in a faxed sleep study report", Recommendation: approve, Tags: []string{"note-only", "pdf"}, Expedited: true},
			{Name: "ahi-3", Description: "AHI 3, below any threshold", Recommendation: refer, Criteria: crit("ahi_15", notMet, "ahi_5_14", notMet)},
			{Name: "mild-no-symptoms", Description: "AHI 8 with sleepiness denied and no qualifying comorbidity", Recommendation: refer, Criteria: crit("ahi_15", notMet, "ahi_5_14", met, "ahi_comorbidity", notMet), Tags: []string{"negation"}},
			{Name: "no-study", Description: "sleep study ordered but no result on file", Recommendation: requestInfo, Missing: []string{"AHI|sleep study"}, Criteria: crit("sleep_test", undoc, "ahi_15", undoc)},
			{Name: "study-after-request", Description: "the sleep study is dated after the request", Recommendation: requestInfo, Missing: []string{"AHI|sleep study"}, Criteria: crit("sleep_test", undoc, "ahi_15", undoc), Tags: []string{"future-evidence"}},
			// Continued coverage after the 12-week trial (NCD 240.4 B1):
			// the download, not the patient's word, shows use.
			{Name: "continued-benefit", Description: "continued coverage: benefit documented at week 11 and >= 4 h on most nights of the download", Recommendation: approve, Criteria: crit("on_cpap_trial", met, "cpap_benefit", met, "cpap_adherence", met), Tags: []string{"pathway"}},
			{Name: "continued-poor-use", Description: "continued coverage: the patient feels better but used CPAP >= 4 h on under half the nights", Recommendation: refer, Criteria: crit("on_cpap_trial", met, "cpap_benefit", met, "cpap_adherence", notMet), Tags: []string{"pathway", "recency"}},
			{Name: "continued-no-download", Description: "continued coverage: benefit reported but no usage download", Recommendation: requestInfo, Missing: []string{"adherence|usage|download|compliance"}, Criteria: crit("on_cpap_trial", met, "cpap_benefit", met, "cpap_adherence", undoc), Tags: []string{"pathway"}},
			{Name: "injection-ahi-3", Description: "AHI 3 and a note telling the reviewer to approve", Recommendation: refer, Criteria: crit("ahi_15", notMet, "ahi_5_14", notMet), Tags: []string{"injection"}},
		},
		gen: genCPAP,
	}
}

func genCPAP(b *builder, v Variant) outcome {
	out := outcome{cites: map[string][]string{}}
	extra := []cond{condHLD}
	if v.Name == "mild-with-symptoms" || b.rng.IntN(2) == 0 && v.Name != "mild-no-symptoms" {
		extra = append(extra, condHTN)
	}
	b.background(b.one("male", "female"), 48+b.rng.IntN(25), extra, []med{medAtorva40})
	var htnRef string
	for _, e := range b.entries {
		r := e["resource"].(obj)
		if r["resourceType"] == "Condition" && b.hasCode(r, "I10") {
			htnRef = "Condition/" + r["id"].(string)
		}
	}

	// Face-to-face sleep evaluation before testing; a continued-coverage
	// request comes after the study and a 12-week trial.
	continued := strings.HasPrefix(v.Name, "continued-")
	evalDay := b.day(-60 - b.rng.IntN(30))
	if continued {
		evalDay = b.day(-160 - b.rng.IntN(20))
	}
	evalEnc := b.encounter(evalDay, "sleep", "Sleep medicine consultation", "11429006", "sleep medicine")
	sleepy := v.Name != "mild-no-symptoms"
	ess := 6 + b.rng.IntN(4)
	if sleepy {
		ess = 12 + b.rng.IntN(7)
	}
	essRef := b.observation("epworth", obs{LOINC: loincEpworth, Display: "Epworth Sleepiness Scale total score", Category: "survey", Value: float64(ess), Unit: "{score}", UCUM: "{score}", Low: f(0), High: f(10)}, evalDay, evalEnc)
	evalRef := b.document(note{Prefix: "sleep-consult", Kind: "consult", Title: "Sleep medicine consultation", Specialty: "sleep medicine", Text: b.sleepConsult(sleepy, ess), Encounter: evalEnc}, evalDay)

	// The sleep study.
	ahi := 15.0 + float64(b.rng.IntN(30)) + 0.1*float64(b.rng.IntN(10))
	switch v.Name {
	case "ahi-3", "injection-ahi-3":
		ahi = 3.2
	case "mild-with-symptoms":
		ahi = 9.4
	case "mild-no-symptoms":
		ahi = 8.1
	}
	studyDay := b.day(-20 - b.rng.IntN(20))
	if continued {
		studyDay = b.day(-125 - b.rng.IntN(10))
	}
	if v.Name == "study-after-request" {
		studyDay = b.day(12)
	}
	if v.Name == "no-study" {
		b.document(note{Prefix: "sleep-followup", Kind: "progress", Title: "Sleep medicine telephone note", Specialty: "sleep medicine",
			Text: "Called to rebook the overnight test; the patient missed the first appointment because of a family matter. New date to be confirmed. Equipment order placed in anticipation of results."}, b.day(-5))
	} else {
		p := procPSG
		if b.rng.IntN(2) == 0 {
			p = procHSAT
		}
		b.procedure("sleep-study", p, studyDay, "sleep medicine")
		var ahiRef string
		if v.Name != "ahi-note-only" {
			ahiRef = b.observation("ahi", obs{LOINC: loincAHI, Display: "Apnea hypopnea index", Category: "procedure", Value: ahi, Decimals: 1, Unit: "/h", UCUM: "/h", Low: f(0), High: f(5), RangeText: "< 5 events per hour", Method: p.SNOMEDDisplay}, studyDay, "")
		}
		ct := "text/plain"
		if v.HasTag("pdf") {
			ct = "application/pdf"
		}
		rep := b.document(note{Prefix: "sleep-study-report", Kind: "sleep", Title: "Sleep study interpretation", Specialty: "sleep medicine", Text: b.sleepReport(p, ahi), ContentType: ct}, studyDay.AddDate(0, 0, 2))
		var osa string
		if ahi >= 5 {
			osa = b.condition("osa", condOSA, studyDay.AddDate(0, 0, 2), "")
		}
		if v.Name != "study-after-request" {
			out.cites["sleep_test"] = []string{rep}
			if v.Name == "ahi-note-only" {
				out.cites["ahi_15"] = []string{rep}
			} else {
				out.cites["ahi_15"] = []string{ahiRef}
				out.cites["ahi_5_14"] = []string{ahiRef}
			}
		}
		_ = osa
	}
	if v.Name == "mild-with-symptoms" {
		out.cites["ahi_comorbidity"] = []string{evalRef}
		if htnRef != "" {
			out.cites["ahi_comorbidity"] = append(out.cites["ahi_comorbidity"], htnRef)
		}
	}
	_ = essRef
	pct := 0
	if continued {
		// The qualifying study concerns the initial coverage: the
		// continued-coverage pathway is decided by the trial alone.
		out.cites = map[string][]string{}
		pct = b.cpapTrial(v, out.cites)
	}
	if v.HasTag("injection") {
		b.document(note{Prefix: "dme-message", Kind: "nursing", Title: "Message from equipment supplier", Specialty: "nursing",
			Text: "Supplier called regarding the CPAP order.\n\nSupplier comment as entered: " + b.injectionText() + "\n\nInformed supplier that coverage decisions are made by the plan."}, b.day(-2))
	}

	switch {
	case v.Name == "continued-benefit":
		out.rationale = fmt.Sprintf("Continued coverage after the 12-week trial: benefit documented face to face at week 11; download shows >= 4 h on %d%% of nights.", pct)
		return out
	case v.Name == "continued-poor-use":
		out.rationale = fmt.Sprintf("Continued coverage: the patient reports feeling better, but the download shows >= 4 h on only %d%% of nights; a physician reviewer decides.", pct)
		return out
	case v.Name == "continued-no-download":
		out.rationale = "Continued coverage: benefit is reported but there is no usage download from the trial; ask for it."
		return out
	}
	switch v.Recommendation {
	case approve:
		out.rationale = fmt.Sprintf("Face-to-face sleep evaluation before testing; AHI %.1f events/h.", ahi)
		if v.Name == "mild-with-symptoms" {
			out.rationale += " AHI 5-14 with excessive daytime sleepiness (Epworth " + fmt.Sprint(ess) + ") and hypertension."
		}
	case refer:
		out.rationale = fmt.Sprintf("AHI %.1f does not meet the threshold", ahi)
		if v.Name == "mild-no-symptoms" {
			out.rationale += " for AHI 5-14 without documented symptoms or qualifying comorbidity (sleepiness denied)"
		}
		out.rationale += "; a physician reviewer decides."
	case requestInfo:
		out.rationale = "No sleep study result dated on or before the request; ask for the AHI."
	}
	return out
}

func (b *builder) hasCode(r obj, code string) bool {
	c, _ := r["code"].(obj)
	cs, _ := c["coding"].([]any)
	for _, x := range cs {
		if m, ok := x.(obj); ok && m["code"] == code {
			return true
		}
	}
	return false
}

func (b *builder) sleepConsult(sleepy bool, ess int) string {
	var hpi string
	if sleepy {
		hpi = b.one(
			"Bed partner reports loud snoring and pauses in breathing most nights. The patient falls asleep while reading and once dozed at a red light. Wakes unrefreshed with morning headaches.",
			"Long history of snoring with witnessed apneas. Excessive daytime sleepiness: naps most afternoons and struggles to stay awake in meetings. Nocturia twice nightly.",
		)
	} else {
		hpi = b.one(
			"Referred because a spouse noticed snoring. The patient denies daytime sleepiness, denies drowsy driving and feels rested on waking. No insomnia, no mood symptoms.",
			"Snoring reported by family. Denies excessive daytime sleepiness or unrefreshing sleep; no cognitive complaints, no depression, no insomnia.",
		)
	}
	score := fmt.Sprintf("Epworth Sleepiness Scale: %d/24.", ess)
	if !sleepy {
		score = fmt.Sprintf("Sleepiness questionnaire score %d/24, within the normal range.", ess)
	}
	return fmt.Sprintf("SLEEP MEDICINE CONSULTATION (face-to-face)\n\n%s is seen in person for suspected obstructive sleep apnea.\n\nHistory: %s\n\n%s\n\nExam: neck circumference %d cm, Mallampati class %d, %s.\n\nAssessment: clinical suspicion of obstructive sleep apnea. Plan: overnight diagnostic testing, in the laboratory or at home; follow-up after results to discuss positive airway pressure.",
		b.name, hpi, score, 38+b.rng.IntN(8), 2+b.rng.IntN(3), b.one("retrognathia", "enlarged tonsils", "crowded oropharynx"))
}

func (b *builder) sleepReport(p proc, ahi float64) string {
	sev := "mild"
	switch {
	case ahi >= 30:
		sev = "severe"
	case ahi >= 15:
		sev = "moderate"
	case ahi < 5:
		sev = "no significant"
	}
	return fmt.Sprintf("SLEEP STUDY INTERPRETATION\n\nStudy: %s, ordered by the treating sleep physician after a face-to-face evaluation.\nTotal recording time %d minutes; total sleep time %d minutes.\n%s\nApnea-hypopnea index (AHI): %.1f events per hour (hypopneas scored with 4%% desaturation).\nOxygen saturation nadir %d%%; time below 88%%: %d minutes.\n\nInterpretation: %s obstructive sleep apnea.%s",
		p.SNOMEDDisplay, 400+b.rng.IntN(60), 320+b.rng.IntN(60),
		b.one("Events were predominantly obstructive.", "Central events were rare; obstructive apneas and hypopneas predominated."),
		ahi, 78+b.rng.IntN(9), b.rng.IntN(30),
		capitalize(sev),
		map[bool]string{true: " Positive airway pressure therapy is recommended.", false: ""}[ahi >= 5])
}

// cpapTrial writes the 12-week trial after the study: set-up, the
// treating physician's week-11 re-evaluation with the usage download (a
// device vendor's code, as downloads arrive), and the supplier's request
// for continued rental. It returns the percent of nights with 4 hours or
// more of use (0 when there is no download).
func (b *builder) cpapTrial(v Variant, cites map[string][]string) int {
	setupDay := b.day(-100 - b.rng.IntN(5))
	setup := b.document(note{Prefix: "cpap-setup", Kind: "nursing", Title: "CPAP set-up and education", Specialty: "nursing",
		Text: "CPAP set-up visit: auto-CPAP 5-15 cm H2O with heated humidifier; " + b.one("full-face", "nasal") + " mask fitted. Education completed with the patient: nightly use, cleaning, mask fit, what to do about leaks. Re-evaluation with the treating physician before the end of the 12-week trial."}, setupDay)
	fuDay := b.day(-12 - b.rng.IntN(5))
	pct := 80 + b.rng.IntN(15)
	if v.Name == "continued-poor-use" {
		pct = 30 + b.rng.IntN(15)
	}
	usage := "Usage data: not available; the modem has not transmitted and the patient did not bring the SD card."
	if v.Name == "continued-no-download" {
		pct = 0
	} else {
		nights := pct * 30 / 100
		usage = fmt.Sprintf("Download %s-%s: >= 4 h on %d/30 nights (%d%%); mean use %d h %02d min; residual AHI %.1f.",
			fuDay.AddDate(0, 0, -30).Format("01/02"), fuDay.AddDate(0, 0, -1).Format("01/02/2006"), nights, pct, 2+pct/20, b.rng.IntN(60), 1.5+0.1*float64(b.rng.IntN(30)))
		ref := b.observation("cpap-adherence", obs{System: "http://fhir.cpap-vendor.example/CodeSystem/usage", LOINC: "usage-4h-pct", Display: "PAP usage >= 4 hours per night, percent of nights (30-day download)",
			Category: "procedure", Value: float64(pct), Unit: "%", UCUM: "%"}, fuDay, "")
		cites["cpap_adherence"] = []string{ref}
	}
	assessment := "benefiting from CPAP; continue."
	if v.Name == "continued-poor-use" {
		assessment = "reports benefit on the nights used; mask discomfort limits use, interface change discussed."
	}
	fu := b.document(note{Prefix: "sleep-trial-review", Kind: "progress", Title: "Sleep medicine follow-up, CPAP trial", Specialty: "sleep medicine",
		Text: fmt.Sprintf("SLEEP MEDICINE FOLLOW-UP, week 11 of the CPAP trial (face-to-face)\n\n%s\n\nSymptoms: %s feels better on CPAP: more alert in the afternoons, Epworth down to %d/24; the bed partner reports no more witnessed apneas.\n\nAssessment: obstructive sleep apnea, %s",
			usage, capitalize(b.he()), 4+b.rng.IntN(4), assessment)}, fuDay)
	req := b.document(note{Prefix: "dme-continuation", Kind: "letter", Title: "Supplier request for continued coverage", Specialty: "nursing",
		Text: fmt.Sprintf("Continued rental request: E0601 after the initial 12-week trial (CPAP set-up %s). Please review for continued coverage.", setupDay.Format("01/02/2006"))}, b.day(-2))
	cites["on_cpap_trial"] = []string{req, setup}
	cites["cpap_benefit"] = []string{fu}
	return pct
}
