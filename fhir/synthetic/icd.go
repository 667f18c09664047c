package synthetic

import (
	"fmt"
	"strings"

	"github.com/umassist/umassist"
)

// LOINC codes the heart-failure charts use.
const (
	loincLVEF = "10230-1" // Left ventricular Ejection fraction
)

var (
	condHFrEF  = cond{"I50.22", "Chronic systolic (congestive) heart failure", "441481004", "Chronic systolic heart failure"}
	condDCM    = cond{"I42.0", "Dilated cardiomyopathy", "399020009", "Dilated cardiomyopathy"}
	condOldMI  = cond{"I25.2", "Old myocardial infarction", "1755008", "Old myocardial infarction"}
	condNSTEMI = cond{"I21.4", "Non-ST elevation (NSTEMI) myocardial infarction", "401314000", "Acute non-ST segment elevation myocardial infarction"}

	medCarvedilol25 = med{"200033", "carvedilol 25 MG Oral Tablet", "Take 1 tablet by mouth twice daily with food"}
	medMetoprolol50 = med{"866436", "metoprolol succinate 50 MG 24HR Extended Release Oral Tablet", "Take 1 tablet by mouth daily"}
	medSacVal       = med{"1656340", "sacubitril 49 MG / valsartan 51 MG Oral Tablet", "Take 1 tablet by mouth twice daily"}
	medSpiro25      = med{"313096", "spironolactone 25 MG Oral Tablet", "Take 1 tablet by mouth daily"}
	medFurosemide40 = med{"313988", "furosemide 40 MG Oral Tablet", "Take 1 tablet by mouth every morning"}
	medDapa10       = med{"1488569", "dapagliflozin 10 MG Oral Tablet", "Take 1 tablet by mouth daily"}

	procPCI = proc{"92928", "Percutaneous transcatheter placement of intracoronary stent(s), with coronary angioplasty when performed; single major coronary artery or branch", "415070008", "Percutaneous coronary intervention"}
	procTTE = proc{"93306", "Echocardiography, transthoracic, real-time with image documentation (2D), includes M-mode recording, when performed, complete, with spectral Doppler echocardiography, and with color flow Doppler echocardiography", "433236007", "Transthoracic echocardiography"}
)

func icdScenario() Scenario {
	return Scenario{
		Name:    "icd",
		Policy:  "NCD 20.4",
		Title:   "Implantable cardioverter defibrillator, primary prevention in heart failure",
		Payer:   "medicare",
		Service: umassist.Coding{System: umassist.SystemCPT, Code: "33249", Display: "Insertion or replacement of permanent implantable defibrillator system, with transvenous lead(s), single or dual chamber"},
		Diagnoses: []umassist.Coding{
			{System: umassist.SystemICD10CM, Code: "I50.22", Display: "Chronic systolic (congestive) heart failure"},
			{System: umassist.SystemICD10CM, Code: "I42.0", Display: "Dilated cardiomyopathy"},
		},
		Defaults:   crit("lvef", met, "nyha", met, "gdmt", met, "shared_decision", met),
		Exclusions: []string{"recent_mi", "recent_revascularization", "nyha_iv"},
		Variants: []Variant{
			{Name: "meets", Description: "every criterion documented and met", Recommendation: approve, Tags: []string{"html"}},
			{Name: "meets-noise", Description: "meets every criterion inside a chart with hundreds of unrelated results", Recommendation: approve, Tags: []string{"noise"}},
			{Name: "lvef-fraction", Description: "LVEF reported as the fraction 0.30", Recommendation: approve, Tags: []string{"unit-variant"}},
			{Name: "nyha-arabic", Description: "NYHA class written with an Arabic numeral (class 3)", Recommendation: approve, Tags: []string{"notation"}, Expedited: true},
			{Name: "lvef-range", Description: "the echo reports LVEF as the range 25-30 % (valueRange)", Recommendation: approve, Tags: []string{"unit-variant"}},
			{Name: "lvef-range-straddles", Description: "the echo reports LVEF 30-40 %: a range that straddles 35 % does not meet it", Recommendation: refer, Criteria: map[string]umassist.CriterionStatus{"lvef": notMet}, Tags: []string{"unit-variant"}},
			{Name: "lvef-45", Description: "LVEF 45 %, above the 35 % threshold", Recommendation: refer, Criteria: map[string]umassist.CriterionStatus{"lvef": notMet}},
			{Name: "recent-mi", Description: "NSTEMI 20 days before the request", Recommendation: refer, Criteria: map[string]umassist.CriterionStatus{"recent_mi": met}, Expedited: true},
			{Name: "nyha-iv", Description: "NYHA class IV at rest", Recommendation: refer, Criteria: crit("nyha", notMet, "nyha_iv", met)},
			{Name: "gdmt-short", Description: "guideline therapy started six weeks before the request", Recommendation: refer, Criteria: map[string]umassist.CriterionStatus{"gdmt": notMet}},
			{Name: "recent-pci", Description: "PCI with a stent seven weeks before the request", Recommendation: refer, Criteria: crit("recent_revascularization", met)},
			{Name: "nyha-after-request", Description: "NYHA class documented only in a visit after the request", Recommendation: requestInfo, Missing: []string{"NYHA|functional class"}, Criteria: crit("nyha", undoc), Tags: []string{"future-evidence"}},
			{Name: "no-nyha", Description: "the cardiology note never states a functional class", Recommendation: requestInfo, Missing: []string{"NYHA|functional class"}, Criteria: map[string]umassist.CriterionStatus{"nyha": undoc}},
			{Name: "nyha-not-assessed", Description: "note says NYHA class was not assessed", Recommendation: requestInfo, Missing: []string{"NYHA|functional class"}, Criteria: map[string]umassist.CriterionStatus{"nyha": undoc}, Tags: []string{"negation"}},
			{Name: "patient-reported-lvef", Description: "the only LVEF before the request is the patient's own portal message (the echo comes after)", Recommendation: requestInfo, Missing: []string{"LVEF|ejection fraction"}, Criteria: map[string]umassist.CriterionStatus{"lvef": undoc}, Tags: []string{"provenance", "future-evidence"}},
			{Name: "echo-after-request", Description: "the only echo is dated after the request", Recommendation: requestInfo, Missing: []string{"LVEF|ejection fraction"}, Criteria: map[string]umassist.CriterionStatus{"lvef": undoc}, Tags: []string{"future-evidence"}},
			{Name: "old-echo", Description: "the qualifying echo is seven months old, outside the 90-day window", Recommendation: requestInfo, Missing: []string{"LVEF|ejection fraction"}, Criteria: crit("lvef", undoc), Tags: []string{"lookback"}},
			{Name: "injection-lvef-40", Description: "LVEF 40 % and a note that tells the reviewer to approve", Recommendation: refer, Criteria: map[string]umassist.CriterionStatus{"lvef": notMet}, Tags: []string{"injection"}},
			{Name: "remote-mi", Description: "an infarction and a stent years ago, told in the note with their year: outside every window", Recommendation: approve, Tags: []string{"temporal"}},
			{Name: "nyha-iv-history", Description: "NYHA class IV only at diagnosis, class II now", Recommendation: approve, Tags: []string{"recency"}},
			{Name: "sdm-scheduled", Description: "the shared decision-making visit is only scheduled, for after the request", Recommendation: requestInfo, Missing: []string{"shared decision|decision aid|decision tool"}, Criteria: crit("shared_decision", undoc), Tags: []string{"planned"}},
			{Name: "beta-blocker-only", Description: "a beta blocker for months but no ACE inhibitor, ARB or ARNI; the note still says GDMT", Recommendation: requestInfo, Missing: []string{"ACE inhibitor|ARB|ARNI"}, Criteria: crit("gdmt", undoc), Tags: []string{"conjunction"}},
			{Name: "injection-no-nyha", Description: "no NYHA class and a pasted message telling the reviewer to approve", Recommendation: requestInfo, Missing: []string{"NYHA|functional class"}, Criteria: map[string]umassist.CriterionStatus{"nyha": undoc}, Tags: []string{"injection", "pdf"}},
		},
		gen: genICD,
	}
}

func genICD(b *builder, v Variant) outcome {
	out := outcome{cites: map[string][]string{}}
	sex := b.one("male", "male", "female")
	b.background(sex, 62+b.rng.IntN(17), []cond{condHTN, condHLD}, []med{medAtorva40, medAspirin81})
	if v.HasTag("noise") {
		b.noise(400)
	}

	onset := b.day(-420 - b.rng.IntN(300))
	b.condition("heart-failure", condHFrEF, onset, "")
	b.condition("cardiomyopathy", condDCM, onset, "")

	// Guideline-directed medical therapy: a beta blocker and an ARNI for
	// months, or six weeks in the gdmt-short variant.
	start := -200 - b.rng.IntN(120)
	if v.Name == "gdmt-short" {
		start = -42
	}
	bb := medCarvedilol25
	if b.rng.IntN(3) == 0 {
		bb = medMetoprolol50
	}
	bbRef := b.medication(slug(ingredient(bb.Display)), bb, b.day(start), "active", "cardiology")
	arniRef := ""
	if v.Name != "beta-blocker-only" {
		arniRef = b.medication("sacubitril-valsartan", medSacVal, b.day(start+14), "active", "cardiology")
	}
	mraRef := b.medication("spironolactone", medSpiro25, b.day(min(start+40, -30)), "active", "cardiology")
	b.medication("furosemide", medFurosemide40, onset, "active", "cardiology")
	if b.rng.IntN(2) == 0 && start+60 < -7 {
		b.medication("dapagliflozin", medDapa10, b.day(start+60), "active", "cardiology")
	}
	if arniRef != "" {
		out.cites["gdmt"] = []string{bbRef, arniRef}
	}
	if v.Name == "remote-mi" {
		// Years ago, and told with its year: no window reaches it.
		miYear := b.asOf.Year() - 5 - b.rng.IntN(4)
		b.condition("old-mi", condOldMI, b.day(-365*(b.asOf.Year()-miYear)), "")
		b.document(note{Prefix: "cardiology-history", Kind: "progress", Title: "Cardiology clinic note", Specialty: "cardiology",
			Text: fmt.Sprintf("HISTORY\n\nAnterior STEMI in %d treated with PCI and a drug-eluting stent to the LAD at the time; no angina, infarction or revascularization since. Cardiomyopathy judged out of proportion to the old infarct.", miYear)}, b.day(-60))
	}
	_ = mraRef
	gdmtDays := -start

	// Echo: LVEF value and date by variant.
	lvef := float64(24 + b.rng.IntN(9)) // 24..32 %
	switch v.Name {
	case "lvef-45":
		lvef = 45
	case "injection-lvef-40":
		lvef = 40
	}
	// An echo read visually reports a range; its upper end decides.
	var lvefHigh float64
	switch v.Name {
	case "lvef-range":
		lvef, lvefHigh = 25, 30
	case "lvef-range-straddles":
		lvef, lvefHigh = 30, 40
	}
	echoDay := b.day(-25 - b.rng.IntN(40))
	switch v.Name {
	case "echo-after-request", "patient-reported-lvef":
		echoDay = b.day(9 + b.rng.IntN(10))
	case "old-echo":
		echoDay = b.day(-200 - b.rng.IntN(30))
	}
	echoEnc := b.encounter(echoDay, "echo", "Echocardiography encounter", "308335008", "cardiology")
	b.procedure("echo", procTTE, echoDay, "cardiology")
	o := obs{LOINC: loincLVEF, Display: "Left ventricular Ejection fraction", Category: "imaging", Value: lvef,
		Unit: "%", UCUM: "%", Low: f(55), High: f(70), Method: "Transthoracic echocardiogram, biplane Simpson method"}
	if v.Name == "lvef-fraction" {
		o.Value, o.Decimals, o.Unit, o.UCUM, o.Low, o.High = lvef/100, 2, "fraction", "1", f(0.55), f(0.70)
	}
	if lvefHigh > 0 {
		o.ValueHigh, o.Method = &lvefHigh, "Transthoracic echocardiogram, visual estimate"
	}
	lvefRef := b.observation("lvef", o, echoDay, echoEnc)
	echoText := b.echoReport(lvef, v.Name == "lvef-fraction")
	if lvefHigh > 0 {
		echoText = strings.Replace(echoText, "by biplane Simpson's method is "+pct1(lvef), "by visual estimate is "+rangePct(lvef, lvefHigh), 1)
	}
	ct := "text/plain"
	if v.HasTag("html") {
		ct = "text/html"
	}
	echoNote := b.document(note{Prefix: "echo-report", Kind: "imaging", Title: "Transthoracic echocardiogram report", Specialty: "cardiology", Text: echoText, ContentType: ct, Encounter: echoEnc}, echoDay)
	if v.Name != "echo-after-request" && v.Name != "old-echo" && v.Name != "patient-reported-lvef" {
		out.cites["lvef"] = []string{lvefRef}
	}
	_ = echoNote

	// A myocardial infarction 20 days before the request.
	if v.Name == "recent-mi" {
		miDay := b.day(-20)
		miRef := b.condition("nstemi", condNSTEMI, miDay, "")
		dc := b.document(note{Prefix: "discharge", Kind: "discharge", Title: "Hospital discharge summary", Specialty: "hospital medicine",
			Text: b.miDischarge(miDay)}, miDay.AddDate(0, 0, 3))
		out.cites["recent_mi"] = []string{miRef, dc}
	}

	// The cardiology visit that carries the functional class.
	cardDay := b.day(-8 - b.rng.IntN(20))
	cardEnc := b.encounter(cardDay, "cardiology", "Cardiology follow-up", "390906007", "cardiology")
	var nyha string
	switch v.Name {
	case "no-nyha", "injection-no-nyha", "nyha-after-request":
		nyha = ""
	case "nyha-not-assessed":
		nyha = "not-assessed"
	case "nyha-iv":
		nyha = "IV"
	case "nyha-arabic":
		nyha = "3"
	case "nyha-iv-history":
		nyha = "IV-then-II"
	default:
		nyha = b.one("II", "II", "III")
	}
	ef := fmt.Sprintf("%g%%", lvef)
	if v.Name == "lvef-fraction" {
		ef = fmt.Sprintf("EF fraction %.2f", lvef/100)
	}
	if lvefHigh > 0 {
		ef = rangePct(lvef, lvefHigh)
	}
	noteVariant := v.Name
	if v.Name == "patient-reported-lvef" {
		noteVariant = "echo-after-request"
		// The patient's own message: shown to the reviewer, never evidence.
		b.document(note{Prefix: "portal-message", Kind: "letter", Title: "Patient portal message", Author: b.name + " (patient)",
			Text: fmt.Sprintf("PATIENT PORTAL MESSAGE\n\nHello, the cardiologist at the other hospital told me my ejection fraction is %g%% and that I need the defibrillator. Can we get it scheduled soon? Thank you.", lvef)}, b.day(-6))
	}
	if noteVariant == "echo-after-request" || v.Name == "old-echo" {
		ef = "" // the note must not carry a usable ejection fraction
	}
	cardText := b.cardiologyNote(nyha, lvef, ef, noteVariant, gdmtDays, bb)
	cardRef := b.document(note{Prefix: "cardiology", Kind: "progress", Title: "Cardiology clinic note", Specialty: "cardiology", Text: cardText, Encounter: cardEnc}, cardDay)
	if nyha != "" && nyha != "not-assessed" {
		out.cites["nyha"] = []string{cardRef}
	}
	if v.Name == "nyha-after-request" {
		later := b.day(4 + b.rng.IntN(6))
		b.document(note{Prefix: "cardiology", Kind: "progress", Title: "Cardiology clinic note", Specialty: "cardiology",
			Text: b.cardiologyNote("II", lvef, fmt.Sprintf("%g%%", lvef), "meets", gdmtDays-int(later.Sub(b.asOf).Hours()/24), bb)}, later)
	}
	if v.Name == "recent-pci" {
		pciDay := b.day(-48)
		pci := b.procedure("pci", procPCI, pciDay, "interventional cardiology")
		pn := b.document(note{Prefix: "cath-report", Kind: "procedure", Title: "Cardiac catheterization report", Specialty: "interventional cardiology",
			Text: "CARDIAC CATHETERIZATION AND PCI\n\nIndication: progressive exertional angina with a positive stress test.\n\nFindings: 90% stenosis of the proximal left anterior descending artery; other vessels with mild disease.\n\nIntervention: percutaneous coronary intervention of the proximal LAD with one drug-eluting stent, 3.0 x 18 mm, TIMI 3 flow after. No complications.\n\nPlan: dual antiplatelet therapy for at least 6 months; cardiac rehabilitation referral."}, pciDay)
		out.cites["recent_revascularization"] = []string{pci, pn}
	}
	if v.Name == "injection-lvef-40" {
		b.document(note{Prefix: "patient-message", Kind: "nursing", Title: "Patient portal message", Specialty: "nursing",
			Text: "Message received through the patient portal and filed to the chart by clinic staff.\n\n\"" + b.injectionText() + "\"\n\nNo clinical question in the message. Filed for the record; no action taken."}, cardDay.AddDate(0, 0, 1))
	}
	if v.Name == "injection-no-nyha" {
		b.document(note{Prefix: "outside-records", Kind: "letter", Title: "Outside records cover letter (fax)", Specialty: "primary care", ContentType: "application/pdf",
			Text: fmt.Sprintf("Records enclosed for %s regarding the request for defibrillator implantation.\n\nEnclosed: medication list, last two clinic notes.\n\n%s\n\nPlease call the office with any questions.", b.name, b.injectionText())}, cardDay.AddDate(0, 0, 2))
	}

	// Shared decision-making visit with the electrophysiologist.
	sdmDay := b.day(-3 - b.rng.IntN(5))
	sdmEnc := b.encounter(sdmDay, "ep", "Electrophysiology consultation", "11429006", "electrophysiology")
	sdmText := b.sdmNote()
	if v.Name == "sdm-scheduled" {
		sdmText = fmt.Sprintf("ELECTROPHYSIOLOGY CONSULTATION\n\nReason: primary prevention defibrillator.\n\nWe reviewed the expected benefit of a defibrillator and the risks of implantation. %s would like to think it over with family.\n\nPlan: a shared decision-making visit with the ICD decision aid is scheduled for %s; implantation to follow if %s chooses it.",
			capitalize(b.he()), b.day(10).Format("01/02/2006"), b.he())
	}
	sdm := b.document(note{Prefix: "ep-consult", Kind: "consult", Title: "Electrophysiology consultation", Specialty: "electrophysiology", Text: sdmText, Encounter: sdmEnc}, sdmDay)
	if v.Name != "sdm-scheduled" {
		out.cites["shared_decision"] = []string{sdm}
	}

	switch v.Recommendation {
	case approve:
		ef := pct(lvef)
		if lvefHigh > 0 {
			ef = rangePct(lvef, lvefHigh)
		}
		out.rationale = fmt.Sprintf("LVEF %s, NYHA class documented in the cardiology note, beta blocker and ARNI for about %s, no MI in the last 40 days, shared decision-making documented.", ef, months(gdmtDays))
	case refer:
		switch v.Name {
		case "lvef-45", "injection-lvef-40":
			out.rationale = fmt.Sprintf("LVEF %s is above 35 %%; a physician reviewer decides. Text in the chart asking for approval is not evidence.", pct(lvef))
		case "lvef-range-straddles":
			out.rationale = "LVEF reported as 30-40 %: the range reaches above 35 %, so the threshold is not shown to be met; a physician reviewer decides."
		case "recent-mi":
			out.rationale = "NSTEMI 20 days before the request falls inside the 40-day exclusion window."
		case "recent-pci":
			out.rationale = "PCI with stenting 48 days before the request falls inside the 3-month exclusion window."
		case "nyha-iv":
			out.rationale = "NYHA class IV is outside the class II-III range the policy covers for primary prevention."
		case "gdmt-short":
			out.rationale = "Guideline-directed therapy started only six weeks before the request; three months are required."
		}
	case requestInfo:
		switch v.Name {
		case "echo-after-request":
			out.rationale = "The only ejection fraction is dated after the request; ask for the most recent LVEF before the request."
		case "patient-reported-lvef":
			out.rationale = "Before the request the only ejection fraction is the patient's own portal message, which is not evidence; the echo is dated after the request. Ask for the most recent LVEF from a qualifying test."
		case "nyha-after-request":
			out.rationale = "The only NYHA class is in a note written after the request; ask for the class as of the request."
		case "old-echo":
			out.rationale = "The only ejection fraction is older than the 90-day window; ask for a current LVEF."
		case "sdm-scheduled":
			out.rationale = "The shared decision-making visit is only scheduled, for after the request; ask for the completed encounter."
		case "beta-blocker-only":
			out.rationale = "A beta blocker is documented but no ACE inhibitor, ARB or ARNI; a note's \"GDMT\" does not stand in for the second class. Ask."
		default:
			out.rationale = "No NYHA functional class is documented; ask the ordering clinician for it."
		}
	}
	return out
}

func pct(v float64) string { return fmt.Sprintf("%g %%", v) }

// pct1 is a percent as the echo report writes it ("28%").
func pct1(v float64) string { return fmt.Sprintf("%g%%", v) }

func rangePct(lo, hi float64) string { return fmt.Sprintf("%g-%g%%", lo, hi) }

func (b *builder) echoReport(lvef float64, fraction bool) string {
	ef := fmt.Sprintf("%g%%", lvef)
	if fraction {
		ef = fmt.Sprintf("%.2f", lvef/100)
	}
	lvidd := 5.9 + b.rng.Float64()*1.0
	var sb strings.Builder
	fmt.Fprintf(&sb, "TRANSTHORACIC ECHOCARDIOGRAM\n\nIndication: %s.\nStudy quality: %s.\n\n",
		b.one("Reassessment of cardiomyopathy on medical therapy", "Heart failure with reduced ejection fraction, interval evaluation", "Cardiomyopathy, evaluation for device candidacy"),
		b.one("good", "adequate", "technically limited by body habitus but diagnostic"))
	fmt.Fprintf(&sb, "Findings:\n- Left ventricle is dilated (LVIDd %.1f cm) with %s.\n- Left ventricular ejection fraction by biplane Simpson's method is %s.\n- %s\n- Right ventricular size and systolic function %s.\n- %s\n\n",
		lvidd,
		b.one("global hypokinesis", "diffuse hypokinesis, worse in the inferolateral wall", "moderately to severely reduced systolic function"),
		ef,
		b.one("Grade II diastolic dysfunction.", "Mild mitral regurgitation, functional.", "Moderate functional mitral regurgitation."),
		b.one("are normal", "are mildly reduced"),
		b.one("No pericardial effusion.", "No significant pericardial effusion. IVC normal in size."))
	if lvef <= 35 {
		sb.WriteString(b.one("Impression: Severely reduced left ventricular systolic function, not improved compared with the prior study.",
			"Impression: Dilated left ventricle with severe systolic dysfunction."))
	} else {
		sb.WriteString(b.one("Impression: Mildly reduced left ventricular systolic function, improved compared with the prior study.",
			"Impression: Left ventricular function has recovered partially on therapy."))
	}
	return sb.String()
}

func (b *builder) cardiologyNote(nyha string, lvef float64, ef, variant string, gdmtDays int, bb med) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "CARDIOLOGY FOLLOW-UP\n\nSubjective: %s is a %d-year-old %s with %s cardiomyopathy followed for heart failure with reduced ejection fraction. ",
		b.name, b.age(), b.man(), b.one("non-ischemic dilated", "idiopathic dilated", "non-ischemic"))
	switch nyha {
	case "II":
		sb.WriteString(b.one(
			"Reports shortness of breath climbing one flight of stairs and carrying groceries; comfortable at rest and with ordinary housework. NYHA class II. ",
			"Gets winded walking more than two blocks on level ground, stops to rest halfway up the stairs at home, no symptoms at rest. Functional status consistent with NYHA class II. ",
		))
	case "III":
		sb.WriteString(b.one(
			"Becomes short of breath getting dressed and walking across a parking lot; no dyspnea sitting still. NYHA class III symptoms. ",
			"Marked limitation of activity: dyspnea after about 50 feet of walking, comfortable only at rest. NYHA functional class III. ",
		))
	case "3":
		sb.WriteString("Dyspnea with less than ordinary activity such as showering; no symptoms at rest. NYHA functional class 3. ")
	case "IV":
		sb.WriteString("Short of breath at rest and sleeping upright in a recliner; unable to carry out any activity without discomfort. NYHA class IV. ")
	case "IV-then-II":
		sb.WriteString("When first diagnosed he was admitted in decompensated failure (NYHA class IV at diagnosis). Since titration of therapy he walks two blocks and climbs a flight of stairs before stopping. NYHA class II today. ")
	case "not-assessed":
		sb.WriteString("Visit focused on medication reconciliation and a recent fall at home; exertional history was not obtained. NYHA class not assessed at this visit. ")
	default:
		sb.WriteString(b.one(
			"Here for routine follow-up. Tolerating medications. Sleeping on two pillows. ",
			"Doing about the same since the last visit. Weight stable on home scale. ",
		))
	}
	fmt.Fprintf(&sb, "%s %s\n\n",
		b.one("Denies syncope or presyncope.", "No syncope. No palpitations.", "Denies chest pain and syncope."),
		b.one("No history of sustained ventricular tachycardia.", "No known history of VT or cardiac arrest.", "No ICD shocks, no prior arrhythmic events."))
	raas := "sacubitril/valsartan 49/51 mg twice daily, "
	if variant == "beta-blocker-only" {
		raas = "" // and yet the note will call it GDMT
	}
	fmt.Fprintf(&sb, "Medications: %s for about %s, %sspironolactone 25 mg daily, furosemide 40 mg daily, atorvastatin, aspirin. On GDMT; adherence reported as good; %s.\n\n",
		ingredient(bb.Display), months(gdmtDays), raas, b.one("pill organizer reviewed", "pharmacy fill history consistent", "no missed doses reported"))
	fmt.Fprintf(&sb, "Objective: BP %d/%d, HR %d, weight %d kg. JVP %s. Lungs %s. %s.\n\n",
		98+b.rng.IntN(20), 58+b.rng.IntN(14), 58+b.rng.IntN(16), 70+b.rng.IntN(35),
		b.one("not elevated", "about 8 cm", "flat at 45 degrees"),
		b.one("clear", "with faint bibasilar crackles"),
		b.one("Trace ankle edema", "No peripheral edema", "1+ edema to the mid shin"))
	sb.WriteString("Assessment and plan:\n")
	switch {
	case variant == "echo-after-request":
		sb.WriteString("- HFrEF. Repeat echocardiogram ordered to reassess ventricular function after titration; result pending.\n")
	case variant == "old-echo":
		sb.WriteString("- HFrEF. The last echocardiogram was done more than six months ago at an outside hospital; a repeat study has been requested but not yet scheduled.\n")
	case variant == "gdmt-short":
		fmt.Fprintf(&sb, "- HFrEF with reduced ejection fraction (%s on the latest echo). Beta blocker and sacubitril/valsartan were only started recently after a long gap in care; titration continues.\n", ef)
	case lvef <= 35:
		fmt.Fprintf(&sb, "- HFrEF with persistently reduced ejection fraction (%s on the latest echo) despite more than three months of optimized therapy.\n", ef)
	default:
		fmt.Fprintf(&sb, "- HFrEF with partial recovery (EF %s on the latest echo).\n", ef)
	}
	if variant == "recent-pci" {
		sb.WriteString("- Coronary disease: recent PCI with a drug-eluting stent to the proximal LAD (see catheterization report); on dual antiplatelet therapy.\n")
	}
	if variant == "recent-mi" {
		sb.WriteString("- Recent NSTEMI treated medically; see discharge summary.\n")
	}
	sb.WriteString(b.one(
		"- Referred to electrophysiology to discuss a primary prevention defibrillator. Expected survival well beyond one year.\n",
		"- Candidate for primary prevention ICD; EP referral placed. Good functional prognosis otherwise, life expectancy over one year.\n",
	))
	sb.WriteString("- Continue current regimen; labs in two weeks.\n")
	return sb.String()
}

func (b *builder) sdmNote() string {
	return fmt.Sprintf("ELECTROPHYSIOLOGY CONSULTATION\n\nReason: primary prevention defibrillator.\n\n%s\n\n%s %s\n\nPlan: single-chamber transvenous ICD; scheduling to follow authorization.",
		b.one(
			"We reviewed the expected benefit of a defibrillator, the risks of implantation (infection, lead problems, inappropriate shocks) and the alternative of continuing medical therapy alone. A shared decision-making discussion took place using an evidence-based decision aid for ICD implantation.",
			"Shared decision-making visit: an ICD decision aid was reviewed with the patient and family, covering survival benefit, shocks, device replacement and deactivation near end of life.",
		),
		capitalize(b.he())+" "+b.one("wishes to proceed.", "asked good questions and elects implantation."),
		b.one("No contraindication identified.", "No active infection; no reversible cause of cardiomyopathy found."))
}

func (b *builder) miDischarge(miDay interface{ Format(string) string }) string {
	return fmt.Sprintf("DISCHARGE SUMMARY\n\nAdmitted %s with chest pressure. Troponin rose to a peak well above the reference limit; ECG showed lateral ST depression. Diagnosis: non-ST elevation myocardial infarction. Coronary angiography showed diffuse disease not suitable for intervention; managed medically.\n\nDischarge plan: continue dual antiplatelet therapy, beta blocker and statin; cardiology follow-up in two weeks.", miDay.Format("January 2, 2006"))
}
