package synthetic

import (
	"fmt"

	"github.com/umassist/umassist"
)

// The four smaller scenarios: TAVR, left atrial appendage closure,
// hyperbaric oxygen for diabetic foot wounds and cochlear implantation,
// each in a meets / fails / undocumented variant.

var (
	condAorticStenosis = cond{"I35.0", "Nonrheumatic aortic (valve) stenosis", "60573004", "Aortic valve stenosis"}
	condPancCancer     = cond{"C25.0", "Malignant neoplasm of head of pancreas", "372003004", "Primary malignant neoplasm of pancreas"}
	condAF             = cond{"I48.91", "Unspecified atrial fibrillation", "49436004", "Atrial fibrillation"}
	condGIBleed        = cond{"K92.2", "Gastrointestinal hemorrhage, unspecified", "74474003", "Gastrointestinal hemorrhage"}
	condTIA            = cond{"G45.9", "Transient cerebral ischemic attack, unspecified", "266257000", "Transient ischemic attack"}
	condDFU            = cond{"E11.621", "Type 2 diabetes mellitus with foot ulcer", "280137006", "Diabetic foot ulcer"}
	condL97            = cond{"L97.414", "Non-pressure chronic ulcer of right heel and midfoot with necrosis of bone", "371087003", "Ulcer of foot due to type 2 diabetes mellitus"}
	condHeelPU         = cond{"L89.614", "Pressure ulcer of right heel, stage 4", "420226006", "Pressure ulcer of heel"}
	condOtitis         = cond{"H66.001", "Acute suppurative otitis media without spontaneous rupture of ear drum, right ear", "65363002", "Otitis media"}
	condSNHL           = cond{"H90.3", "Sensorineural hearing loss, bilateral", "60700002", "Sensorineural hearing loss"}

	medApixaban5 = med{"1364445", "apixaban 5 MG Oral Tablet", "Take 1 tablet by mouth twice daily"}
	medInsulin   = med{"847230", "insulin glargine 100 UNT/ML Pen Injector", "Inject 30 units under the skin nightly"}
	procTAVRCT   = proc{"75574", "Computed tomographic angiography, heart, coronary arteries and bypass grafts (when present), with contrast material", "419545005", "Computed tomography angiography of heart"}
	procAudio    = proc{"92557", "Comprehensive audiometry threshold evaluation and speech recognition", "302139000", "Audiometry"}
)

func tavrScenario() Scenario {
	return Scenario{
		Name:       "tavr",
		Policy:     "NCD 20.32",
		Title:      "Transcatheter aortic valve replacement",
		Payer:      "medicare",
		Service:    umassist.Coding{System: umassist.SystemCPT, Code: "33361", Display: "Transcatheter aortic valve replacement (TAVR/TAVI) with prosthetic valve; percutaneous femoral artery approach"},
		Diagnoses:  []umassist.Coding{{System: umassist.SystemICD10CM, Code: "I35.0", Display: "Nonrheumatic aortic (valve) stenosis"}},
		Defaults:   crit("symptomatic_as", met, "heart_team", met),
		Exclusions: []string{"futile"},
		Variants: []Variant{
			{Name: "meets", Description: "severe symptomatic aortic stenosis, heart team evaluation, registry site", Recommendation: approve, Expedited: true},
			{Name: "futile", Description: "metastatic cancer with hospice enrolment: no expected benefit", Recommendation: refer, Criteria: crit("futile", met)},
			{Name: "no-heart-team", Description: "no cardiac surgeon or heart team evaluation documented", Recommendation: requestInfo, Missing: []string{"heart team|cardiac surgeon"}, Criteria: crit("heart_team", undoc)},
		},
		gen: genTAVR,
	}
}

func genTAVR(b *builder, v Variant) outcome {
	out := outcome{cites: map[string][]string{}}
	b.background(b.one("male", "female"), 76+b.rng.IntN(12), []cond{condHTN, condHLD, condCKD3}, []med{medAtorva40, medAmlod5})
	as := b.condition("aortic-stenosis", condAorticStenosis, b.day(-700), "")
	echoDay := b.day(-40 - b.rng.IntN(20))
	ava := 0.6 + 0.1*float64(b.rng.IntN(3))
	grad := 44 + b.rng.IntN(16)
	b.procedure("echo", procTTE, echoDay, "cardiology")
	echo := b.document(note{Prefix: "echo-report", Kind: "imaging", Title: "Transthoracic echocardiogram report", Specialty: "cardiology",
		Text: fmt.Sprintf("TRANSTHORACIC ECHOCARDIOGRAM\n\nIndication: exertional dyspnea and presyncope with a known murmur.\n\nAortic valve: heavily calcified trileaflet valve with restricted opening. Peak velocity %.1f m/s, mean gradient %d mmHg, aortic valve area %.1f cm2 by continuity equation.\nLeft ventricle: concentric hypertrophy, ejection fraction %d%%.\n\nImpression: severe aortic stenosis.", 4.2+0.1*float64(b.rng.IntN(8)), grad, ava, 55+b.rng.IntN(10))}, echoDay)
	out.cites["symptomatic_as"] = []string{as, echo}
	b.procedure("cardiac-cta", procTAVRCT, echoDay.AddDate(0, 0, 10), "cardiology")

	cardDay := b.day(-20 - b.rng.IntN(6))
	cardText := fmt.Sprintf("STRUCTURAL HEART CLINIC\n\n%s, %d, with severe aortic stenosis on the recent echo, reports %s. %s\n\nThe case was reviewed by the interventional cardiologist. Our program reports every procedure to the TVT registry.\n\nPlan: transfemoral TAVR.",
		b.name, b.age(), b.one("breathlessness after one block and a near-faint on the stairs", "exertional chest tightness and fatigue limiting daily walks"),
		b.one("Denies syncope at rest.", "No orthopnea."))
	if v.Name != "no-heart-team" {
		cardText = fmt.Sprintf("STRUCTURAL HEART CLINIC - HEART TEAM EVALUATION\n\n%s, %d, with severe aortic stenosis, reports %s.\n\nSeen and examined today. The heart team (cardiac surgery and interventional cardiology) agrees on transfemoral TAVR. Our program reports every procedure to the TVT registry.\n\nPlan: transfemoral TAVR after authorization.",
			b.name, b.age(), b.one("breathlessness after one block and a near-faint on the stairs", "exertional chest tightness and fatigue limiting daily walks"))
	}
	spec := "cardiology"
	if v.Name != "no-heart-team" {
		spec = "interventional cardiology"
	}
	card := b.document(note{Prefix: "heart-team", Kind: "consult", Title: "Structural heart clinic note", Specialty: spec, Text: cardText}, cardDay)
	if v.Name != "no-heart-team" {
		surg := b.document(note{Prefix: "cardiac-surgery", Kind: "consult", Title: "Cardiac surgery consultation", Specialty: "cardiac surgery",
			Text: fmt.Sprintf("CARDIAC SURGERY CONSULTATION\n\n%s was seen and examined in clinic today for severe aortic stenosis. STS predicted risk of mortality %.1f%%; frailty and a porcelain aorta make open aortic valve replacement high risk. I agree with transfemoral TAVR.",
				b.name, 6+4*b.rng.Float64())}, cardDay.AddDate(0, 0, 2))
		out.cites["heart_team"] = []string{card, surg}
	}
	if v.Name == "futile" {
		ca := b.condition("pancreatic-cancer", condPancCancer, b.day(-150), "")
		onc := b.document(note{Prefix: "oncology", Kind: "progress", Title: "Oncology clinic note", Specialty: "oncology",
			Text: "ONCOLOGY FOLLOW-UP\n\nMetastatic pancreatic adenocarcinoma with progression in the liver despite two lines of chemotherapy. Performance status has declined; the patient spends most of the day in bed. After discussion with the family the patient has chosen comfort-focused care and was enrolled in hospice this week. Prohibitive comorbidities: not expected to benefit from valve replacement given expected survival of weeks to a few months."}, b.day(-6))
		out.cites["futile"] = []string{ca, onc}
	}
	switch v.Recommendation {
	case approve:
		out.rationale = fmt.Sprintf("Severe symptomatic aortic stenosis (AVA %.1f cm2, mean gradient %d mmHg), heart team evaluation by surgeon and interventional cardiologist, TVT registry site.", ava, grad)
	case refer:
		out.rationale = "Metastatic cancer with hospice enrolment: comorbidities preclude the expected benefit; a physician reviewer decides."
	case requestInfo:
		out.rationale = "No heart team evaluation with a cardiac surgeon is documented; ask for it."
	}
	return out
}

func laacScenario() Scenario {
	return Scenario{
		Name:      "laac",
		Policy:    "NCD 20.34",
		Title:     "Percutaneous left atrial appendage closure",
		Payer:     "medicare",
		Service:   umassist.Coding{System: umassist.SystemCPT, Code: "33340", Display: "Percutaneous transcatheter closure of the left atrial appendage with endocardial implant"},
		Diagnoses: []umassist.Coding{{System: umassist.SystemICD10CM, Code: "I48.91", Display: "Unspecified atrial fibrillation"}},
		Defaults:  crit("nvaf", met, "stroke_risk", met, "shared_decision", met, "anticoagulation", met),
		Variants: []Variant{
			{Name: "meets", Description: "CHA2DS2-VASc 5, major bleeding on apixaban, documented shared decision-making", Recommendation: approve},
			{Name: "low-score", Description: "CHA2DS2-VASc 2 (CHADS2 1)", Recommendation: refer, Criteria: crit("stroke_risk", notMet)},
			{Name: "no-sdm", Description: "no shared decision-making visit documented", Recommendation: requestInfo, Missing: []string{"shared decision"}, Criteria: crit("shared_decision", undoc), Tags: []string{"html"}},
			{Name: "refuted-tia", Description: "the EP note counts a TIA that neurology refuted: CHA2DS2-VASc is 2, not 3", Recommendation: refer, Criteria: crit("stroke_risk", notMet), Tags: []string{"recency"}},
			{Name: "stopped-no-reason", Description: "apixaban stopped and nothing in the record says why long-term anticoagulation is not possible", Recommendation: requestInfo, Missing: []string{"anticoagulation"}, Criteria: crit("anticoagulation", undoc)},
		},
		gen: genLAAC,
	}
}

func genLAAC(b *builder, v Variant) outcome {
	out := outcome{cites: map[string][]string{}}
	low := v.Name == "low-score" || v.Name == "refuted-tia"
	extra := []cond{condHTN, condT2DM}
	age := 76 + b.rng.IntN(8)
	if low {
		extra = []cond{condHTN}
		age = 66 + b.rng.IntN(6)
	}
	b.background("male", age, extra, []med{medAtorva40})
	af := b.condition("atrial-fibrillation", condAF, b.day(-1100), "")
	out.cites["nvaf"] = []string{af}
	apix := b.medication("apixaban", medApixaban5, b.day(-1000), "stopped", "cardiology")
	score, chads := 5, 3
	if low {
		score, chads = 2, 1
	}
	scoreText := fmt.Sprintf("CHA2DS2-VASc score %d; CHADS2 score %d.", score, chads)
	if v.Name == "refuted-tia" {
		// The EP note still counts a TIA that neurology refuted.
		tiaDay := b.day(-200)
		b.refute(b.condition("tia", condTIA, tiaDay, "inactive"))
		b.document(note{Prefix: "neurology", Kind: "consult", Title: "Neurology consultation", Specialty: "neurology",
			Text: "NEUROLOGY CONSULTATION\n\nReferred for a possible TIA: two episodes of vertigo with blurred vision lasting minutes. MRI brain with diffusion imaging and vessel imaging are normal. The episodes are typical of vestibular migraine.\n\nImpression: vestibular migraine. The provisional TIA diagnosis is refuted; the problem list has been updated."}, tiaDay.AddDate(0, 0, 21))
		scoreText = "CHA2DS2-VASc score 3 (hypertension, age 65-74, TIA); CHADS2 score 3."
	}
	epDay := b.day(-15 - b.rng.IntN(10))
	anticoag := fmt.Sprintf("On apixaban until %s, when %s had a major lower GI bleed needing four units of blood; anticoagulation was stopped. Gastroenterology advises against resuming long-term anticoagulation: unable to take long-term anticoagulation. Short-term warfarin after the implant is acceptable to GI.", longDate(b.day(-75)), b.he())
	var bleed string
	if v.Name == "stopped-no-reason" {
		anticoag = fmt.Sprintf("Off apixaban since %s. %s prefers a procedure to lifelong tablets.", longDate(b.day(-75)), capitalize(b.he()))
	} else {
		bleed = b.condition("gi-bleed", condGIBleed, b.day(-75), "resolved")
		b.lab(routineLabs[8], b.day(-75), "", false)
	}
	ep := b.document(note{Prefix: "ep-consult", Kind: "consult", Title: "Electrophysiology consultation", Specialty: "electrophysiology",
		Text: fmt.Sprintf("ELECTROPHYSIOLOGY CONSULTATION\n\n%s, %d, with non-valvular atrial fibrillation (no mitral stenosis, no mechanical valve). %s HAS-BLED 3.\n\n%s\n\nPlan: left atrial appendage closure.",
			b.name, b.age(), scoreText, anticoag)}, epDay)
	out.cites["stroke_risk"] = []string{ep}
	out.cites["anticoagulation"] = []string{ep, bleed, apix}
	if v.Name == "stopped-no-reason" {
		out.cites["anticoagulation"] = []string{apix}
	}
	if v.Name != "no-sdm" {
		sdm := b.document(note{Prefix: "sdm-visit", Kind: "consult", Title: "Shared decision-making visit", Specialty: "internal medicine",
			Text: "SHARED DECISION-MAKING VISIT\n\nSeen by an independent internist not involved in the procedure. We used an evidence-based decision tool on stroke prevention in atrial fibrillation to compare continued anticoagulation, no therapy and appendage closure. The patient understands the procedural risks and the need for short-term warfarin afterwards and prefers closure."}, epDay.AddDate(0, 0, 5))
		out.cites["shared_decision"] = []string{sdm}
	} else {
		b.document(note{Prefix: "pcp-af", Kind: "progress", Title: "Primary care visit", Specialty: "primary care", ContentType: "text/html",
			Text: "Follow-up after the GI bleed. Hemoglobin recovering. Patient asked about the appendage closure the cardiologist mentioned; we talked briefly and I referred back to cardiology for the procedure."}, epDay.AddDate(0, 0, 4))
	}
	switch v.Recommendation {
	case approve:
		out.rationale = "Non-valvular AF, CHA2DS2-VASc 5, major GI bleeding on apixaban precludes long-term anticoagulation, shared decision-making with a decision tool documented."
	case refer:
		out.rationale = "CHA2DS2-VASc 2 and CHADS2 1 fall below the policy's stroke-risk thresholds; a physician reviewer decides."
		if v.Name == "refuted-tia" {
			out.rationale = "The EP note counts a TIA that neurology refuted; without it CHA2DS2-VASc is 2 and CHADS2 1, below the policy's thresholds; a physician reviewer decides."
		}
	case requestInfo:
		out.rationale = "No formal shared decision-making visit with a decision tool is documented; ask for it."
		if v.Name == "stopped-no-reason" {
			out.rationale = "Apixaban was stopped, but nothing in the record says why long-term anticoagulation is not possible; ask the ordering clinician."
		}
	}
	return out
}

func hbotScenario() Scenario {
	return Scenario{
		Name:    "hbot",
		Policy:  "NCD 20.29",
		Title:   "Hyperbaric oxygen therapy for diabetic wounds of the lower extremity",
		Payer:   "medicare",
		Service: umassist.Coding{System: umassist.SystemHCPCS, Code: "G0277", Display: "Hyperbaric oxygen under pressure, full body chamber, per 30 minute interval"},
		Diagnoses: []umassist.Coding{
			{System: umassist.SystemICD10CM, Code: "E11.621", Display: "Type 2 diabetes mellitus with foot ulcer"},
			{System: umassist.SystemICD10CM, Code: "L97.414", Display: "Non-pressure chronic ulcer of right heel and midfoot with necrosis of bone"},
		},
		Defaults:   crit("diabetes_wound", met, "wagner_3", met, "failed_standard_care", met),
		Exclusions: []string{"noncovered_indication"},
		Variants: []Variant{
			{Name: "meets", Description: "Wagner grade 3 ulcer after 30 days of standard wound care", Recommendation: approve, Tags: []string{"pdf"}},
			{Name: "wagner-2", Description: "Wagner grade 2 ulcer", Recommendation: refer, Criteria: crit("wagner_3", notMet)},
			{Name: "heel-pressure-injury", Description: "the heel wound is documented as a pressure injury, an indication HBO does not cover", Recommendation: refer, Criteria: crit("noncovered_indication", met)},
			{Name: "no-standard-care", Description: "no record of a course of standard wound therapy", Recommendation: requestInfo, Missing: []string{"wound therapy|wound care"}, Criteria: crit("failed_standard_care", undoc)},
		},
		gen: genHBOT,
	}
}

func genHBOT(b *builder, v Variant) outcome {
	out := outcome{cites: map[string][]string{}}
	b.background(b.one("male", "female"), 60+b.rng.IntN(15), []cond{condHTN, condCKD3}, []med{medMetf1000, medLisin10})
	dm := b.condition("diabetes", condT2DM, b.day(-3000), "")
	dfu := b.condition("diabetic-foot-ulcer", condDFU, b.day(-55), "")
	ulcer := b.condition("foot-ulcer", condL97, b.day(-55), "")
	b.medication("insulin-glargine", medInsulin, b.day(-700), "active", "primary care")
	b.observation("hba1c", obs{LOINC: loincA1c, Display: "Hemoglobin A1c/Hemoglobin.total in Blood", Category: "laboratory", Value: 8.1 + b.rng.Float64(), Decimals: 1, Unit: "%", UCUM: "%", Low: f(4), High: f(5.6)}, b.day(-30), "")
	out.cites["diabetes_wound"] = []string{dfu, ulcer}
	_ = dm

	if v.Name == "heel-pressure-injury" {
		pu := b.condition("pressure-ulcer-heel", condHeelPU, b.day(-50), "")
		wn := b.document(note{Prefix: "wound-nurse", Kind: "nursing", Title: "Wound care nursing assessment", Specialty: "nursing",
			Text: "WOUND NURSE ASSESSMENT\n\nRight heel wound reassessed. Location over the posterior heel where the foot rests on the mattress, with surrounding blanching erythema, is most consistent with a pressure injury (stage 4, bone palpable) in a patient who was bed-bound for six weeks after a hip fracture. Diabetes is a contributing factor. Heel offloading boots ordered."}, b.day(-8))
		out.cites["noncovered_indication"] = []string{pu, wn}
	}
	grade := "Wagner grade 3"
	depth := "probes to bone; MRI shows osteomyelitis of the calcaneus"
	if v.Name == "wagner-2" {
		grade = "Wagner grade 2"
		depth = "extends to tendon without bone involvement; probe-to-bone negative"
	}
	if v.Name != "no-standard-care" {
		for i, back := range []int{-45, -31, -17} {
			b.document(note{Prefix: "wound-clinic", Kind: "progress", Title: "Wound clinic visit", Specialty: "wound care",
				Text: fmt.Sprintf("WOUND CLINIC - week %d\n\nRight heel ulcer %.1f x %.1f cm, %s. %s.\n\nTreatment: sharp debridement, moist dressing, total contact cast for offloading; glucose management with primary care.", 1+2*i, 3.1-0.05*float64(i), 2.4, depth, grade)}, b.day(back))
		}
	}
	woundDay := b.day(-3 - b.rng.IntN(4))
	text := fmt.Sprintf("WOUND CARE SUMMARY FOR HYPERBARIC REFERRAL\n\nDiabetic foot ulcer of the right heel present for about eight weeks. Classification: %s; the wound %s.\n\n%s\n\nVascular: ABI 0.92, toe pressure adequate.\n\nRequest: hyperbaric oxygen as adjunct therapy.",
		grade, depth,
		b.one("After more than 30 days of standard wound care (debridement, offloading in a total contact cast, infection control, glycemic control) there are no measurable signs of healing.",
			"Thirty-one days of standard wound care including weekly debridement and offloading produced no measurable signs of healing."))
	if v.Name == "no-standard-care" {
		text = fmt.Sprintf("PODIATRY NEW PATIENT VISIT\n\nDiabetic foot ulcer of the right heel noticed by family about eight weeks ago; no prior treatment by a clinician. Classification: %s; the wound %s.\n\nVascular: ABI 0.92.\n\nPlan: refer for hyperbaric oxygen; antibiotics per infectious disease.", grade, depth)
	}
	ct := "text/plain"
	if v.HasTag("pdf") {
		ct = "application/pdf"
	}
	sum := b.document(note{Prefix: "wound-summary", Kind: "consult", Title: "Wound care summary", Specialty: "wound care", Text: text, ContentType: ct}, woundDay)
	out.cites["wagner_3"] = []string{sum}
	if v.Name != "no-standard-care" {
		out.cites["failed_standard_care"] = []string{sum}
	}
	switch v.Recommendation {
	case approve:
		out.rationale = "Type 2 diabetes with a Wagner grade 3 heel ulcer and no measurable healing after 30 days of standard wound therapy."
	case refer:
		out.rationale = "Wagner grade 2 ulcer; the policy covers grade III or higher. A physician reviewer decides."
		if v.Name == "heel-pressure-injury" {
			out.rationale = "The wound is documented as a pressure injury, which HBO does not cover; a physician reviewer decides."
		}
	case requestInfo:
		out.rationale = "No course of standard wound therapy is documented; ask what was tried for 30 days."
	}
	return out
}

func cochlearScenario() Scenario {
	return Scenario{
		Name:       "cochlear",
		Policy:     "NCD 50.3",
		Title:      "Cochlear implantation",
		Payer:      "medicare",
		Service:    umassist.Coding{System: umassist.SystemCPT, Code: "69930", Display: "Cochlear device implantation, with or without mastoidectomy"},
		Diagnoses:  []umassist.Coding{{System: umassist.SystemICD10CM, Code: "H90.3", Display: "Sensorineural hearing loss, bilateral"}},
		Defaults:   crit("bilateral_snhl", met, "limited_aid_benefit", met, "rehab_ability", met, "no_contraindication", met),
		Exclusions: []string{"active_otitis"},
		Variants: []Variant{
			{Name: "meets", Description: "AzBio sentences 38 % in the best-aided condition", Recommendation: approve},
			{Name: "aided-72", Description: "best-aided sentence score 72 %, above 60 %", Recommendation: refer, Criteria: crit("limited_aid_benefit", notMet)},
			{Name: "active-otitis", Description: "acute otitis media diagnosed two weeks before the request", Recommendation: refer, Criteria: crit("active_otitis", met), Expedited: true},
			{Name: "no-aided-test", Description: "no aided sentence recognition test on file", Recommendation: requestInfo, Missing: []string{"sentence recognition|aided"}, Criteria: crit("limited_aid_benefit", undoc), Tags: []string{"html"}},
		},
		gen: genCochlear,
	}
}

func genCochlear(b *builder, v Variant) outcome {
	out := outcome{cites: map[string][]string{}}
	b.background(b.one("male", "female"), 68+b.rng.IntN(14), []cond{condHTN, condHypothyr}, []med{medLevo50, medAmlod5})
	snhl := b.condition("hearing-loss", condSNHL, b.day(-2500), "")
	audDay := b.day(-30 - b.rng.IntN(20))
	b.procedure("audiometry", procAudio, audDay, "audiology")
	score := 30 + b.rng.IntN(20)
	if v.Name == "aided-72" {
		score = 72
	}
	text := fmt.Sprintf("AUDIOLOGY CANDIDACY EVALUATION\n\nBilateral sensorineural hearing loss, moderate-to-profound: pure-tone average %d dB HL right and %d dB HL left. Tympanometry normal both ears.\n\nBest-aided condition (bilateral hearing aids, verified fitting): recorded AzBio sentence recognition score %d%% correct in quiet.\n\n%s",
		70+b.rng.IntN(15), 75+b.rng.IntN(15), score,
		map[bool]string{true: "Limited benefit from hearing aids despite consistent use.", false: "Reasonable benefit from current hearing aids."}[score <= 60])
	if v.Name == "no-aided-test" {
		text = fmt.Sprintf("AUDIOLOGY VISIT\n\nBilateral sensorineural hearing loss, moderate-to-profound: pure-tone average %d dB HL right and %d dB HL left. Tympanometry normal both ears.\n\nHearing aids were left at home today, so aided speech testing was not performed; to be rescheduled.", 70+b.rng.IntN(15), 75+b.rng.IntN(15))
	}
	ct := "text/plain"
	if v.HasTag("html") {
		ct = "text/html"
	}
	aud := b.document(note{Prefix: "audiology", Kind: "consult", Title: "Audiology evaluation", Specialty: "audiology", Text: text, ContentType: ct}, audDay)
	out.cites["bilateral_snhl"] = []string{snhl}
	if v.Name != "no-aided-test" {
		out.cites["limited_aid_benefit"] = []string{aud}
	}
	if v.Name == "active-otitis" {
		omDay := b.day(-14)
		om := b.condition("otitis-media", condOtitis, omDay, "")
		pcp := b.document(note{Prefix: "urgent-care", Kind: "progress", Title: "Urgent care visit", Specialty: "urgent care",
			Text: "URGENT CARE\n\nRight ear pain and fever for two days. Right tympanic membrane red and bulging with purulent effusion. Diagnosis: acute suppurative otitis media, right ear. Amoxicillin-clavulanate for ten days; recheck with ENT after the course."}, omDay)
		out.cites["active_otitis"] = []string{om, pcp}
	}
	entDay := b.day(-10 - b.rng.IntN(8))
	if v.Name == "active-otitis" {
		entDay = b.day(-20 - b.rng.IntN(5))
	}
	ent := b.document(note{Prefix: "otology", Kind: "consult", Title: "Otology consultation", Specialty: "otolaryngology",
		Text: fmt.Sprintf("OTOLOGY CONSULTATION\n\n%s, %d, referred for cochlear implant candidacy. Ears: intact tympanic membranes, no effusion, no sign of infection. CT temporal bone shows normal cochlear anatomy; MRI internal auditory canal shows intact cochlear nerves.\n\nThe patient is motivated for rehabilitation and willing to participate in auditory rehabilitation after activation. Cleared for surgery by primary care.\n\nPlan: right cochlear implant.", b.name, b.age())}, entDay)
	out.cites["rehab_ability"] = []string{ent}
	out.cites["no_contraindication"] = []string{ent}
	switch v.Recommendation {
	case approve:
		out.rationale = fmt.Sprintf("Bilateral moderate-to-profound SNHL, best-aided AzBio %d%%, imaging and surgical clearance, committed to rehabilitation.", score)
	case refer:
		out.rationale = "Best-aided sentence recognition 72 % is above the 60 % limit; a physician reviewer decides."
		if v.Name == "active-otitis" {
			out.rationale = "Acute otitis media two weeks before the request: active middle ear infection contraindicates implantation now; a physician reviewer decides."
		}
	case requestInfo:
		out.rationale = "No best-aided sentence recognition score is documented; ask for it."
	}
	return out
}
