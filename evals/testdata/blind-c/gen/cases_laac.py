from fhirlib import *


def pc15():
    b = Bundle("pc15", "Colette", "Ambrose", "female", "1954-10-03", "NG-5502781")
    b.cond("paf", "I48.0", "Paroxysmal atrial fibrillation", "2022-03-18")
    b.cond("htn", "I10", "Essential (primary) hypertension", "2015-09-09")
    b.cond("tia", "G45.9", "Transient cerebral ischemic attack, unspecified", "2025-11-18", verification="entered-in-error",
           note="Entered on wrong patient's chart - see PCP addendum 11/20/2025.")
    b.cond("angiodysplasia", "K55.21", "Angiodysplasia of colon with hemorrhage", "2026-04-13")
    b.cond("anemia", "D62", "Acute posthemorrhagic anemia", "2026-06-02", clinical="resolved", abatement="2026-07-15", category="encounter-diagnosis")
    b.enc("gib-2026-04-11", "IMP", "Inpatient admission - gastroenterology", ts("2026-04-11", "02:30"), ts("2026-04-15", "12:00"),
          reason="Lower GI bleeding on apixaban")
    b.obs("hgb-2026-04-11", "2026-04-11", "Hemoglobin", 7.4, "g/dL", "g/dL", loinc=L_HGB, category="laboratory")
    b.proc("colonoscopy-2026-04-13", ts("2026-04-13", "09:15"), "Colonoscopy with control of bleeding (argon plasma coagulation of cecal and ascending colon angiodysplasias)",
           cpt="45382", performer="Ahmed Rashidi, MD (Gastroenterology)")
    b.enc("gib-2026-06-02", "IMP", "Inpatient admission - gastroenterology", ts("2026-06-02", "21:05"), ts("2026-06-05", "14:30"),
          reason="Recurrent lower GI bleeding")
    b.obs("hgb-2026-06-02", "2026-06-02", "Hemoglobin", 6.9, "g/dL", "g/dL", loinc=L_HGB, category="laboratory")
    b.obs("lvef-2026-07-02", "2026-07-02", "LVEF (TTE)", 60, "%", "%", loinc=L_LVEF, category="imaging",
          note="Mild MR, no mitral stenosis, no prosthetic valve.")
    b.med("apixaban-1", "1364430", "apixaban", "2022-03-20", status="stopped", dosage="apixaban 5 mg twice daily",
          start="2022-03-20", end="2026-04-11", reason="Held for lower GI bleeding 04/11/2026")
    b.med("apixaban-2", "1364430", "apixaban", "2026-04-25", status="stopped", dosage="apixaban 2.5 mg twice daily (reduced dose, trial after APC)",
          start="2026-04-25", end="2026-06-02", reason="Recurrent GI bleeding requiring transfusion; long-term anticoagulation discontinued")
    b.med("losartan", "52175", "losartan", "2015-09-09", dosage="losartan 50 mg daily")
    b.med("metoprolol", "6918", "metoprolol", "2022-03-20", dosage="metoprolol tartrate 25 mg twice daily")
    b.med("iron", "24947", "ferrous sulfate", "2026-04-15", dosage="ferrous sulfate 325 mg daily")

    b.note("pcp-2025-11-20", ts("2025-11-20", "08:15"), "Primary care addendum", "Beatrix Lowell, MD (Internal Medicine)", """
ADDENDUM - chart correction

On 11/18/2025 a diagnosis of "TIA" with a neurology referral was entered in Mrs. Ambrose's chart in error; the encounter belonged to a different patient with a similar name seen the same afternoon. Mrs. Ambrose has never had a TIA or stroke; she was contacted and confirms no neurologic symptoms. Diagnosis marked entered-in-error and the referral cancelled. Privacy office notified per policy.

Her problem list is otherwise accurate: paroxysmal AF on apixaban (since 3/2022), hypertension on losartan. No diabetes, no heart failure. No known CAD or PAD.
""", loinc=D_PROGRESS)

    b.note("gi-2026-06-05", ts("2026-06-05", "13:45"), "Gastroenterology discharge consult", "Ahmed Rashidi, MD (Gastroenterology)", """
GI - DISCHARGE NOTE / RECOMMENDATIONS

71F with PAF, second admission for lower GI bleeding from colonic angiodysplasia.
- 04/11-04/15: Hgb 7.4, 2 u pRBC; colonoscopy 4/13 with APC of multiple cecal/ascending angioectasias. Apixaban held; restarted at 2.5 mg bid on 4/25 after discussion with cardiology.
- 06/02-06/05: recurrent hematochezia on reduced-dose apixaban, Hgb 6.9, 3 u pRBC. Push enteroscopy + repeat colonoscopy 6/3: additional angioectasias, APC x 4; small bowel likely also involved (diffuse angiodysplasia).

Assessment: diffuse GI angiodysplasia with two transfusion-requiring bleeds within 8 weeks on anticoagulation, despite endoscopic therapy and dose reduction.

Recommendations:
1. From the GI standpoint she should NOT resume long-term oral anticoagulation (any agent) - high likelihood of recurrent major bleeding.
2. A short, defined course of anticoagulation (e.g., warfarin for about 45 days after a closure device) is acceptable with PPI cover and weekly Hgb checks.
3. Iron supplementation; Hgb check 1 week.
4. Refer to cardiology re: stroke prevention alternatives (LAA closure).
""", loinc=D_DISCHARGE, encounter="Encounter/gib-2026-06-02")

    b.note("sdm-2026-07-21", ts("2026-07-21", "14:00"), "Cardiology shared decision-making visit", "Nils Halvorsen, MD (General Cardiology)", """<html><body>
<h3>General Cardiology - Stroke Prevention in AF: Shared Decision-Making Visit</h3>
<p>In-person visit, 45 min, with patient and her son. I am a non-invasive general cardiologist and will not be performing any procedure.</p>
<p><b>Background:</b> 71-year-old woman with paroxysmal AF (TTE 07/02: LVEF 60%, mild MR, no mitral stenosis, no prosthetic valve), hypertension. No heart failure, diabetes, stroke/TIA (a 2025 TIA entry was a charting error), or vascular disease. Two transfusion-requiring GI bleeds from angiodysplasia (04/2026, 06/2026); GI advises against long-term anticoagulation.</p>
<p><b>Decision aid used:</b> AF stroke-prevention patient decision aid (evidence-based, options: no therapy, warfarin, DOAC, LAA closure), reviewed on screen and printed copy given.</p>
<ul>
<li>Her stroke risk without prevention from her risk factors (hypertension, age, female sex): roughly 3% per year.</li>
<li>Bleeding risk on OAC: high - recurrent angiodysplasia bleeding despite dose reduction.</li>
<li>LAA closure: procedural risks (pericardial effusion, device embolization, device-related thrombus), need for ~45 days of warfarin + aspirin then antiplatelet therapy, TEE/CT imaging follow-up.</li>
<li>Aspirin alone: inferior stroke protection.</li>
</ul>
<p><b>Conclusion:</b> After discussion, and in agreement with GI, she is not a candidate for long-term oral anticoagulation. She can tolerate short-term warfarin after the procedure. She chooses LAA closure. Referred to EP (Dr. Esposito).</p>
</body></html>""", ctype="text/html", loinc=D_PROGRESS)

    b.note("ep-2026-08-18", ts("2026-08-18", "10:30"), "Electrophysiology consult", "Lucia Esposito, MD (Cardiac Electrophysiology)", """
EP CONSULT - LAA closure

71F with PAF, HTN, recurrent angiodysplasia bleeding; OAC stopped 6/2/26. SDM visit completed with Dr. Halvorsen 7/21 (decision aid documented).

Risk scores: CHADS2 = 1 (HTN). HAS-BLED 3 (HTN, bleeding, age > 65).

ECG: sinus rhythm 64. TTE 7/2: LVEF 60%, mild MR, no MS. CT LAA 8/12: windsock LAA, ostium 21 x 18 mm, no thrombus; suitable for a 27 mm device.

Plan: percutaneous LAAC (Watchman FLX) under TEE guidance. Post-implant: warfarin (INR 2-3) + aspirin 81 mg x 45 days, TEE at 45 days, then clopidogrel + aspirin to 6 months, then aspirin. GI agrees with 45-day warfarin. Registry enrollment per program.
""", loinc=D_CONSULT)
    b.sr("laac-order", "2026-08-25", "Percutaneous transcatheter closure of the left atrial appendage with endocardial implant", code="33340",
         requester="Lucia Esposito, MD (Cardiac Electrophysiology)")

    case = {
        "id": "bc-laac-01", "patient": "patients/pc15.json",
        "request": {"service": {"system": CPT, "code": "33340", "display": "Percutaneous transcatheter closure of the left atrial appendage"},
                    "diagnoses": [{"system": ICD, "code": "I48.0", "display": "Paroxysmal atrial fibrillation"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-09-01"},
        "gold": {"recommendation": "approve", "policy": "NCD 20.34",
                 "evidence": ["Condition/htn", "DocumentReference/sdm-2026-07-21", "DocumentReference/gi-2026-06-05",
                              "MedicationRequest/apixaban-2", "DocumentReference/ep-2026-08-18"],
                 "missing": [],
                 "rationale": "NVAF (no mitral stenosis or prosthetic valve). CHADS2 is only 1, but CHA2DS2-VASc = 3 (hypertension 1, age 71 -> 1, female 1), which satisfies the either/or score criterion; the TIA entry is entered-in-error and must not be counted (score would not change the outcome). Formal SDM with an independent non-interventional general cardiologist using an evidence-based decision tool, documented. Suitable for short-term warfarin but unable to take long-term OAC (two transfusion-requiring GI bleeds, GI recommendation)."},
    }
    traps = "EP note gives only CHADS2 = 1 (below threshold); CHA2DS2-VASc 3 must be computed from age, sex and HTN; TIA Condition entered-in-error; SDM by non-interventional cardiologist in HTML; reduced-dose apixaban trial stopped"
    return b, case, traps


def pc16():
    b = Bundle("pc16", "Ignatius", "Ferreira", "male", "1946-08-08", "NG-7194406")
    b.cond("af", "I48.11", "Longstanding persistent atrial fibrillation", "2021-05-04")
    b.cond("htn", "I10", "Essential (primary) hypertension", "2004-02-17")
    b.cond("t2dm", "E11.9", "Type 2 diabetes mellitus without complications", "2011-10-12")
    b.enc("adm-2026-08-14", "IMP", "Inpatient admission - neurosurgery", ts("2026-08-14", "07:40"), ts("2026-08-19", "15:00"),
          reason="Traumatic subdural hematoma after fall on apixaban")
    b.cond("sdh", "S06.5X0A", "Traumatic subdural hemorrhage without loss of consciousness, initial encounter", "2026-08-14",
           clinical="resolved", abatement="2026-10-27", category="encounter-diagnosis")
    b.cond("falls", "R29.6", "Repeated falls", "2026-08-14")
    b.obs("lvef-2026-09-22", "2026-09-22", "LVEF (TTE)", 55, "%", "%", loinc=L_LVEF, category="imaging", note="No mitral stenosis; mild AR; no prosthetic valve.")
    b.obs("a1c-2026-10-06", "2026-10-06", "Hemoglobin A1c", 7.0, "%", "%", loinc=L_A1C, category="laboratory")
    b.med("apixaban", "1364430", "apixaban", "2021-05-06", status="stopped", dosage="apixaban 5 mg twice daily",
          start="2021-05-06", end="2026-08-14", reason="Traumatic subdural hematoma 08/14/2026; reversed with andexanet alfa")
    b.med("metformin", "6809", "metformin", "2011-10-12", dosage="metformin 500 mg twice daily")
    b.med("diltiazem", "3443", "diltiazem", "2021-05-06", dosage="diltiazem ER 180 mg daily")
    b.med("lisinopril", "29046", "lisinopril", "2004-02-17", dosage="lisinopril 10 mg daily")

    b.note("dc-2026-08-19", ts("2026-08-19", "14:20"), "Discharge summary", "Trevor Nakamura, MD (Neurosurgery)", """
DISCHARGE SUMMARY - NEUROSURGERY

Admit 08/14/2026, discharge 08/19/2026.
Dx: acute traumatic L convexity subdural hematoma (9 mm, 3 mm midline shift) after ground-level fall at home while on apixaban. No LOC. GCS 15 throughout.

Course: apixaban reversed with andexanet alfa in ED. Repeat CT at 6 and 24 h stable. Managed non-operatively with neuro checks, BP control. Levetiracetam x 7 days. PT: gait unsteady, third fall this year per family (two prior falls 3/2026 and 6/2026 without injury); rolling walker, home PT.

Anticoagulation: apixaban discontinued. Do not restart anticoagulation until cleared by neurosurgery at follow-up.

Follow-up: neurosurgery clinic with CT head in ~10 weeks.
""", loinc=D_DISCHARGE, encounter="Encounter/adm-2026-08-14")

    b.note("pcp-2026-10-06", ts("2026-10-06", "11:00"), "Primary care progress note", "Giselle Romero, MD (Family Medicine)", """
PCP F/U

80M, longstanding persistent AF, HTN, T2DM, s/p traumatic SDH 8/2026 (apixaban stopped). Walking with rolling walker, home PT completed; no falls since discharge. Headaches resolved. Mood good.

BP 128/74, HR 78 (AF). A1c 7.0.

AF/stroke prevention: off anticoagulation since 8/14. We talked briefly about a left atrial appendage "plug" as an option instead of long-term blood thinners - he heard about it from a friend and is interested. I did not go through risks/benefits in detail today. Referred to cardiac electrophysiology (Dr. Al-Sayed) for evaluation.

Falls: home safety eval done, continue walker, vitamin D.
DM: continue metformin.
""", loinc=D_PROGRESS)

    b.note("nsg-2026-10-27", ts("2026-10-27", "15:15"), "Neurosurgery clinic note", "Trevor Nakamura, MD (Neurosurgery)", """
NEUROSURGERY F/U

80M, 10 wk s/p non-operative L SDH. Neuro exam normal. CT head today: complete resolution of the SDH, no new hemorrhage.

Anticoagulation question (from cardiology/PCP): Given recurrent falls (3 in 2026) and SDH on a DOAC, I do not recommend lifelong oral anticoagulation. From a neurosurgical standpoint a short, time-limited course (about 45 days) of warfarin after a closure device, with careful INR monitoring, is acceptable now that the hematoma has resolved.

No further neurosurgical follow-up needed unless new symptoms.
""", loinc=D_PROGRESS)

    b.note("ep-2026-11-19", ts("2026-11-19", "10:00"), "Electrophysiology consult - LAAC and shared decision-making", "Farouk Al-Sayed, MD (Cardiac Electrophysiology)", """
CARDIAC ELECTROPHYSIOLOGY - LAA CLOSURE CONSULTATION AND SHARED DECISION-MAKING

80M referred by Dr. Romero.

AF: longstanding persistent since 2021, rate controlled on diltiazem. TTE 9/22/26: LVEF 55%, no mitral stenosis, no prosthetic valve - non-valvular AF.
Stroke risk: CHADS2 3 (HTN, age > 75, DM); CHA2DS2-VASc 4 (HTN, age >= 75 [2], DM).
Bleeding: traumatic SDH 8/2026 on apixaban after a fall; 3 falls in 2026. HAS-BLED 3.
Neurosurgery (10/27): no lifelong OAC; ~45 days of warfarin after a device acceptable.

Shared decision-making: I conducted a formal SDM discussion today with the patient and his wife using an evidence-based AF stroke-prevention decision aid (options: no therapy, aspirin, warfarin, DOAC, LAA closure), reviewing his individual stroke risk (~4-5%/yr), bleeding and fall risk, procedural risks (tamponade ~1%, device embolization, device-related thrombus), and post-implant drug regimen. Teach-back confirmed understanding. He chooses LAA closure over resuming anticoagulation.

Conclusion: unable to take long-term oral anticoagulation; suitable for short-term warfarin. I will perform the LAAC (Watchman FLX Pro) myself in the EP lab; pre-procedure CT LAA ordered. SDM documented above satisfies the pre-procedure requirement.
""", loinc=D_CONSULT)
    b.sr("laac-order", "2026-11-30", "Percutaneous transcatheter closure of the left atrial appendage with endocardial implant", code="33340",
         requester="Farouk Al-Sayed, MD (Cardiac Electrophysiology)")

    case = {
        "id": "bc-laac-02", "patient": "patients/pc16.json",
        "request": {"service": {"system": CPT, "code": "33340", "display": "Percutaneous transcatheter closure of the left atrial appendage"},
                    "diagnoses": [{"system": ICD, "code": "I48.11", "display": "Longstanding persistent atrial fibrillation"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-12-08"},
        "gold": {"recommendation": "refer", "policy": "NCD 20.34",
                 "evidence": ["DocumentReference/ep-2026-11-19", "DocumentReference/pcp-2026-10-06", "DocumentReference/nsg-2026-10-27",
                              "MedicationRequest/apixaban"],
                 "missing": [],
                 "rationale": "NVAF, CHADS2 3 / CHA2DS2-VASc 4, unable to take long-term OAC but suitable for short-term warfarin (SDH with recurrent falls; neurosurgery). However, the only formal SDM with a decision tool was conducted by the implanting electrophysiologist, not by an independent non-interventional physician as NCD 20.34 requires; the PCP's brief mention was not a formal SDM with a tool. The SDM requirement is documented as done in a way that does not qualify. Physician review."},
    }
    traps = "thorough SDM with a decision aid, but conducted by the implanting electrophysiologist (not independent/non-interventional); PCP's informal mention is not SDM; EP note asserts SDM 'satisfies the requirement'"
    return b, case, traps
