"""NCD 20.34 Percutaneous left atrial appendage closure cases (bb-laac-01..04)."""
from fhir import Bundle, comp, LOINC, LOCAL, CPT

SERVICE = {"system": CPT, "code": "33340", "display": "Percutaneous transcatheter closure of the left atrial appendage"}
ICD = "http://hl7.org/fhir/sid/icd-10-cm"


def dx(code, display):
    return {"system": ICD, "code": code, "display": display}


# ---------------------------------------------------------------------------
def laac01():
    b = Bundle("pb13")
    b.patient("Marianne Claire", "Thibodeaux", "female", "1959-08-17", city="Monroe")
    b.condition("c-af", "I48.0", "Paroxysmal atrial fibrillation", "2021-05-10")
    b.condition("c-htn", "I10", "Essential (primary) hypertension", "2016-02-03")
    b.condition("c-tia", "Z86.73", "Personal history of transient ischemic attack (TIA), and cerebral infarction without residual deficits",
                "2025-06-12", onset="2025-06-10", note="TIA 6/10/25: transient R arm weakness and expressive aphasia ~20 min; MRI DWI negative.")
    b.condition("c-angio", "K55.21", "Angiodysplasia of colon with hemorrhage", "2025-04-18",
                note="Cecal/ascending colon angiodysplasias; bleeds 04/2025, 08/2025, 12/2025 on apixaban; APC x3.")
    b.condition("c-anemia", "D62", "Acute posthemorrhagic anemia", "2025-12-04", clinical="resolved", abatement="2026-02-20")
    b.condition("c-hld", "E78.5", "Hyperlipidemia, unspecified", "2016-02-03")
    b.obs("hgb-2025-12-04", "2025-12-04", "Hemoglobin [Mass/volume] in Blood", 6.9, "g/dL", code="718-7", system=LOINC, category="laboratory")
    b.obs("hgb-2026-02-20", "2026-02-20", "Hemoglobin [Mass/volume] in Blood", 11.8, "g/dL", code="718-7", system=LOINC, category="laboratory")
    b.obs("lvef-2025-06-11", "2025-06-11", "Left ventricular Ejection fraction", 60, "%", code="10230-1", system=LOINC, category="imaging",
          note="TTE 6/11/25: normal LV size/function; mild LA enlargement; structurally normal mitral valve, no mitral stenosis; no prosthetic valves.")
    b.med("med-apix", "1364430", "apixaban 5 mg oral tablet", "2021-05-10", status="stopped", dose="5 mg twice daily",
          start="2021-05-10", end="2025-12-04", reason="Third transfusion-requiring GI bleed (colonic angiodysplasia); stopped by GI/cardiology.")
    b.med("med-lisin", "29046", "lisinopril 20 mg oral tablet", "2016-02-03", dose="20 mg daily")
    b.med("med-metop", "6918", "metoprolol succinate 50 mg ER tablet", "2021-05-10", dose="50 mg daily")
    b.med("med-panto", "40790", "pantoprazole 40 mg oral tablet", "2025-04-20", dose="40 mg daily")
    b.procedure("proc-apc-2025-12-05", "Colonoscopy with argon plasma coagulation of cecal angiodysplasias", "2025-12-05", code="45382")

    b.note("neuro-2025-06-12", "2025-06-12T16:00:00-04:00", "Neurology Inpatient Consultation", "Dr. Hannah Reuter, Neurology", """
        NEUROLOGY CONSULT
        65F with paroxysmal AF on apixaban, HTN. On 6/10 she had ~20 min of R arm weakness and word-finding
        difficulty, fully resolved before EMS arrival. Apixaban had been held 3 days for a dental extraction and
        not yet resumed.
        Exam today: normal. NIHSS 0.
        MRI brain: no DWI lesion. CTA head/neck: no large-vessel stenosis or occlusion. TTE: no thrombus, LVEF 60%.
        Telemetry: AF episodes.
        Impression: TIA, likely cardioembolic in the setting of AF with interrupted anticoagulation.
        ABCD2 4.
        Plan: resume apixaban today; avoid unnecessary interruptions; BP control; statin. Outpatient follow-up.
        """)
    b.note("gi-2026-01-22", "2026-01-22T10:40:00-05:00", "Gastroenterology Clinic Note", "Dr. Vikram Balasubramanian, Gastroenterology", """
        GI CLINIC
        66F with colonic angiodysplasia and three transfusion-requiring lower GI bleeds on apixaban (4/2025 - 2 u;
        8/2025 - 2 u; 12/2025 - Hgb 6.9, 3 u). APC at each colonoscopy; capsule 9/2025 without small-bowel source.
        Apixaban stopped 12/4/25 and not resumed. Hgb recovered to 11.2 on iron.
        Assessment: recurrent angiodysplasia bleeding despite endoscopic therapy; new lesions likely to develop.
        Recommendation: I recommend against resuming long-term oral anticoagulation of any type (DOAC or warfarin).
        A short, defined course of warfarin after LAA closure (e.g., ~45 days, INR 2-3) with PPI and weekly Hgb checks
        is acceptable from a GI standpoint, with a low threshold for repeat colonoscopy if Hgb drops.
        Plan: continue iron; Hgb monthly; octreotide if further bleeding.
        """)
    b.note("sdm-2026-02-10", "2026-02-10T14:20:00-05:00", "Primary Care - Shared Decision-Making Visit", "Dr. Leonard Fisk, Internal Medicine", """
        PRIMARY CARE - SHARED DECISION-MAKING VISIT: STROKE PREVENTION IN NON-VALVULAR AF
        Purpose: formal shared decision-making about oral anticoagulation before possible LAA closure, at the
        request of Dr. Moreau (EP). I am her primary care physician; I do not perform cardiac procedures and have
        no role in the LAAC procedure.

        Tool: "Anticoagulation Choice" evidence-based decision aid (individualized stroke and bleeding risk
        pictographs; issue cards on cost, routine, diet, bleeding, procedures). Printed copy given to patient.

        Discussion: her individualized stroke risk from the decision aid (AF, hypertension, age, sex, prior TIA)
        and her bleeding history (3 transfusion-requiring GI bleeds on apixaban). Options reviewed with the aid:
        (1) resume a DOAC, (2) warfarin, (3) LAA closure with short-term anticoagulation then antiplatelet therapy,
        (4) aspirin alone, (5) no antithrombotic therapy. Benefits, harms and uncertainties of each reviewed,
        including procedural risks of LAAC. Patient's values: she fears another stroke more than a procedure;
        she does not want to risk another bleed and transfusion. Husband present.

        Outcome: after discussion she prefers LAA closure. She understands she will need a short course of warfarin
        after the device and is willing. Consistent with GI's recommendation (1/22) against long-term
        anticoagulation. Total time 40 min, >50% counseling.
        """)
    b.note("ep-2026-02-24", "2026-02-24T09:15:00-05:00", "Electrophysiology Consultation - LAAC", "Dr. Etienne Moreau, Cardiac Electrophysiology", """
        ELECTROPHYSIOLOGY - LAAC EVALUATION
        66F with paroxysmal non-valvular AF (2021), HTN, TIA 6/2025, recurrent GI bleeding on apixaban.

        Stroke risk (carried forward from 2024 EP note): CHA2DS2-VASc 2 (female sex, HTN); CHADS2 1.
        HAS-BLED 3 (HTN, bleeding history, age > 65 when counted).
        Echo 6/2025: LVEF 60%, mild LAE, normal mitral valve, no MS, no prosthetic valve - non-valvular AF.

        Exam: BP 132/80, HR 72 irregular. Heart irregularly irregular, no murmur. Groins normal.
        Anticoagulation: apixaban stopped 12/2025 after third transfusion-requiring bleed; GI recommends against
        long-term OAC; short post-implant warfarin acceptable. SDM completed with her PCP (Dr. Fisk) 2/10 using a
        decision aid.

        Plan: LAAC with a LAA occlusion device. Pre-procedure TEE/CT for LAA sizing. Post-implant regimen: warfarin
        (INR 2-3) + aspirin 81 mg x 45 days, TEE at 45 days, then DAPT to 6 months and aspirin long term.
        """)
    return {
        "id": "bb-laac-01", "bundle": b,
        "request": {"service": SERVICE, "diagnoses": [dx("I48.0", "Paroxysmal atrial fibrillation")], "date": "2026-03-03",
                    "note": "NVAF, unable to take long-term OAC (recurrent GI bleeding). SDM completed."},
        "gold": {"recommendation": "approve", "policy": "NCD 20.34",
                 "evidence": ["Condition/c-tia", "Condition/c-htn", "DocumentReference/gi-2026-01-22", "DocumentReference/sdm-2026-02-10"],
                 "rationale": "Recomputed scores meet the threshold (66F, HTN, prior TIA: CHA2DS2-VASc 5, CHADS2 3) even though the EP note carries forward an outdated '2'; formal SDM with an independent non-interventional physician using an evidence-based tool; GI documents inability to take long-term OAC but suitability for short-term warfarin; non-valvular AF."},
        "traps": "copy-forward EP score 'CHA2DS2-VASc 2' must be recomputed from age (now 66), sex, HTN and the 2025 TIA; stopped apixaban with dates and reason; SDM note gives no number",
    }


# ---------------------------------------------------------------------------
SDM_HTML_02 = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Shared Decision-Making Visit</title></head>
<body>
<h3>Lakeshore Heart Institute - Heart Failure &amp; General Cardiology</h3>
<p><b>Visit type:</b> Shared decision-making (stroke prevention in atrial fibrillation) &nbsp; <b>Date:</b> 04/14/2026</p>
<p><b>Clinician:</b> Dr. Naomi Feldkamp, Cardiology (heart failure). I am a non-interventional cardiologist; I do not
perform LAA closure or other catheter procedures and am not part of the implanting EP team.</p>
<h4>Background</h4>
<p>69-year-old man with persistent non-valvular AF, HFrEF (LVEF 35%), type 2 diabetes and hypertension.
Recurrent subdural hematoma on anticoagulation: right SDH on warfarin 03/2024 (burr hole), left chronic SDH on apixaban 11/2025
(middle meningeal artery embolization). Off all anticoagulants since 11/18/2025.</p>
<h4>Risk scores</h4>
<ul><li>CHADS<sub>2</sub> = 3 (CHF, HTN, diabetes)</li>
<li>CHA<sub>2</sub>DS<sub>2</sub>-VASc = 4 (CHF, HTN, diabetes, age 65-74)</li>
<li>HAS-BLED = 3</li></ul>
<h4>Decision tool</h4>
<p>Evidence-based decision aid used during the visit: <i>Anticoagulation Choice</i> conversation aid, with his
individualized annual stroke-risk and bleeding-risk estimates displayed; printed summary provided.</p>
<h4>Options discussed</h4>
<ol><li>Resume a DOAC long term</li><li>Warfarin long term</li><li>Percutaneous LAA closure with a short post-implant anticoagulation course</li>
<li>Antiplatelet therapy only</li><li>No antithrombotic therapy</li></ol>
<p>For each: expected stroke reduction, intracranial/major bleeding risk, procedural risks (pericardial effusion,
device embolization, device-related thrombus), need for follow-up imaging.</p>
<h4>Patient values and decision</h4>
<p>He and his wife are most concerned about a third brain bleed; he also wants stroke protection ("I watched my brother
after his stroke"). Neurosurgery has advised against indefinite anticoagulation. After discussion he chooses
LAA closure and accepts a time-limited course of warfarin after the implant as allowed by neurosurgery.</p>
<p>Time: 45 minutes, more than half in counseling and decision support.</p>
</body></html>
"""


def laac02():
    b = Bundle("pb14")
    b.patient("Desmond Earl", "Pruitt", "male", "1956-10-02", city="Jackson")
    b.condition("c-af", "I48.19", "Other persistent atrial fibrillation", "2022-06-01")
    b.condition("c-hf", "I50.22", "Chronic systolic (congestive) heart failure", "2022-06-20")
    b.condition("c-dm", "E11.9", "Type 2 diabetes mellitus without complications", "2014-09-08")
    b.condition("c-htn", "I10", "Essential (primary) hypertension", "2009-11-11")
    b.condition("c-sdh", "I62.03", "Nontraumatic chronic subdural hemorrhage", "2025-11-20",
                clinical="resolved", abatement="2026-01-06",
                note="L chronic SDH on apixaban 11/2025, MMA embolization 11/24/25. Prior R SDH on warfarin 03/2024, burr hole.")
    b.condition("c-mr", "I34.0", "Nonrheumatic mitral (valve) insufficiency", "2022-06-20", note="Mild.")
    b.condition("c-flutter", "I48.92", "Unspecified atrial flutter", "2023-02-14", clinical="resolved", abatement="2023-03-30",
                note="Typical flutter, s/p CTI ablation 03/2023.")
    b.obs("lvef-2026-01-15", "2026-01-15", "Left ventricular Ejection fraction", 35, "%", code="10230-1", system=LOINC, category="imaging",
          note="TTE 1/15/26: LVEF 35%, mild MR, mild AI, no mitral stenosis, no prosthetic valve.")
    b.med("med-warf", "11289", "warfarin 5 mg oral tablet", "2022-06-01", status="stopped", dose="per INR",
          start="2022-06-01", end="2024-03-09", reason="Right subdural hematoma 03/2024.")
    b.med("med-apix", "1364430", "apixaban 2.5 mg oral tablet", "2024-09-10", status="stopped", dose="2.5 mg twice daily",
          start="2024-09-10", end="2025-11-18", reason="Recurrent (left) chronic subdural hematoma 11/2025.")
    b.med("med-carv", "20352", "carvedilol 12.5 mg oral tablet", "2022-06-20", dose="12.5 mg twice daily")
    b.med("med-losar", "52175", "losartan 50 mg oral tablet", "2022-06-20", dose="50 mg daily")
    b.med("med-empa", "1545653", "empagliflozin 10 mg oral tablet", "2023-01-09", dose="10 mg daily")
    b.med("med-metf", "6809", "metformin 1000 mg oral tablet", "2014-09-08", dose="1000 mg twice daily")

    b.note("nsgy-2026-01-08", "2026-01-08T13:30:00-05:00", "Neurosurgery Clinic Note", "Dr. Ingrid Halvorsen-Cole, Neurosurgery", """
        NEUROSURGERY FOLLOW-UP
        69M with two subdural hematomas on anticoagulation: R acute-on-chronic SDH on warfarin 03/2024 (burr hole
        evacuation) and L chronic SDH on apixaban 11/2025 (MMA embolization 11/24/25). Anticoagulation stopped
        11/18/25.
        CT head 1/6/26: L collection resolved; no new hemorrhage.
        Neuro exam normal.
        Recommendation regarding anticoagulation: he should NOT be on indefinite/long-term anticoagulation of any
        kind - the recurrence risk is high. If he undergoes LAA closure, a time-limited course of warfarin of up to
        ~45 days post-implant is acceptable from a neurosurgical standpoint given the resolved collection and
        embolized MMA, with INR kept 2.0-2.5 and a CT head at 4 weeks or for any headache.
        Aspirin long term is acceptable.
        """)
    b.note("eye-2026-02-03", "2026-02-03T08:30:00-05:00", "Diabetic Eye Examination", "Dr. P. Okonjo, Optometry", """
        DIABETIC EYE EXAM
        69M, T2DM x 12 years (A1c 7.2%). No visual complaints. Last dilated exam 01/2025 - no retinopathy.
        Reading glasses only.
        VA 20/25 OU. IOP 17/18. Dilated fundus exam: no diabetic retinopathy OU; no macular edema; mild arteriolar
        narrowing c/w hypertension. Early cortical lens changes, not visually significant.
        OCT macula: normal foveal contour OU.
        A/P: no diabetic retinopathy. Continue glycemic and BP control. Repeat dilated exam in 12 months.
        Note: patient mentions he is off "blood thinners" after a brain bleed; no intraocular hemorrhage seen.
        """)
    b.note("sdm-2026-04-14", "2026-04-14T11:30:00-04:00", "Cardiology - Shared Decision-Making Visit", "Dr. Naomi Feldkamp, Cardiology (Heart Failure)",
           SDM_HTML_02, ctype="text/html")
    b.note("ep-2026-04-28", "2026-04-28T15:00:00-04:00", "Electrophysiology Consultation - LAAC", "Dr. Rafael Quintero, Cardiac Electrophysiology", """
        ELECTROPHYSIOLOGY - LAAC CONSULTATION
        69M with persistent AF (2022), HFrEF (LVEF 35%, NYHA II), T2DM, HTN. Typical atrial flutter s/p CTI ablation
        03/2023 - no recurrence of flutter; AF persists, rate-controlled.
        Valve status: TTE 1/15/26 - mild MR, mild AI, no mitral stenosis, no mechanical or bioprosthetic valve ->
        non-valvular AF. LHC 2022: mild luminal irregularities, no obstructive CAD.
        CHADS2 3; CHA2DS2-VASc 4.
        Bleeding: two SDHs on OAC (warfarin 2024, apixaban 2025). Neurosurgery (1/8/26): no long-term OAC; up to
        45 days of post-implant warfarin acceptable. Shared decision-making completed 4/14 with Dr. Feldkamp
        (non-interventional cardiology) using the Anticoagulation Choice decision aid; patient chose LAAC.
        Exam: BP 124/76, HR 78 irregular. No murmur of MS. Lungs clear. No edema.
        Plan: LAAC. Pre-procedure cardiac CT for LAA anatomy. Post-implant: warfarin INR 2.0-2.5 + aspirin x 45 days
        (per neurosurgery limits), TEE at 45 days, then aspirin/clopidogrel to 6 months, aspirin long term.
        CT head at 4 weeks per neurosurgery.
        """)
    return {
        "id": "bb-laac-02", "bundle": b,
        "request": {"service": SERVICE, "diagnoses": [dx("I48.19", "Other persistent atrial fibrillation")], "date": "2026-05-12",
                    "note": "Persistent NVAF, CHA2DS2-VASc 4, recurrent SDH on OAC."},
        "gold": {"recommendation": "approve", "policy": "NCD 20.34",
                 "evidence": ["DocumentReference/sdm-2026-04-14", "DocumentReference/nsgy-2026-01-08", "DocumentReference/ep-2026-04-28"],
                 "rationale": "Non-valvular AF (mild MR/AI only) with CHADS2 3 / CHA2DS2-VASc 4; formal SDM with an independent non-interventional cardiologist using an evidence-based decision aid; neurosurgery documents inability to take long-term OAC and suitability for up to 45 days of warfarin."},
        "traps": "mild MR/AI does not make AF valvular; resolved flutter after ablation; SDM by a (non-interventional) cardiologist is independent; two stopped anticoagulants with dates/reasons; SDM note in HTML",
    }


# ---------------------------------------------------------------------------
def laac03():
    b = Bundle("pb15")
    b.patient("Victor Anders", "Lindahl", "male", "1958-02-20", city="Port Huron")
    b.condition("c-af", "I48.19", "Other persistent atrial fibrillation", "2023-10-04")
    b.condition("c-htn", "I10", "Essential (primary) hypertension", "2012-07-09")
    b.condition("c-prediab", "R73.03", "Prediabetes", "2024-05-14")
    b.condition("c-radcyst", "N30.41", "Irradiation cystitis with hematuria", "2025-10-02")
    b.condition("c-hxpca", "Z85.46", "Personal history of malignant neoplasm of prostate", "2019-03-01", note="EBRT 2019; PSA undetectable.")
    b.condition("c-hld", "E78.5", "Hyperlipidemia, unspecified", "2012-07-09")
    b.obs("a1c-2026-06-09", "2026-06-09", "Hemoglobin A1c/Hemoglobin.total in Blood", 6.1, "%", code="4548-4", system=LOINC, category="laboratory")
    b.obs("glu-2026-06-09", "2026-06-09", "Glucose [Mass/volume] in Serum or Plasma --fasting", 108, "mg/dL", code="1558-6", system=LOINC, category="laboratory")
    b.obs("lvef-2026-04-20", "2026-04-20", "Left ventricular Ejection fraction", 60, "%", code="10230-1", system=LOINC, category="imaging",
          note="TTE: normal LV function, normal valves (no MS), LA moderately dilated.")
    b.obs("cac-2025-09-15", "2025-09-15", "Coronary artery calcium score (Agatston)", 0, "{score}", code="cac-score", category="imaging")
    b.med("med-apix", "1364430", "apixaban 5 mg oral tablet", "2023-10-04", status="stopped", dose="5 mg twice daily",
          start="2023-10-04", end="2026-03-18", reason="Recurrent gross hematuria with clot retention (radiation cystitis).")
    b.med("med-amlo", "17767", "amlodipine 10 mg oral tablet", "2012-07-09", dose="10 mg daily")
    b.med("med-rosu", "301542", "rosuvastatin 10 mg oral tablet", "2012-07-09", dose="10 mg daily")

    b.note("uro-2026-04-02", "2026-04-02T10:00:00-04:00", "Urology Clinic Note", "Dr. Celeste Vandermeer, Urology", """
        UROLOGY
        68M, prostate cancer s/p EBRT 2019 (PSA undetectable), radiation cystitis with recurrent gross hematuria.
        On apixaban for AF: ED visits 10/2025 and 3/2026 with clot retention, CBI, 2 u PRBC in March; cystoscopy
        3/2026 - diffuse radiation telangiectasia, fulgurated. Apixaban stopped 3/18/26 by cardiology.
        Assessment: hemorrhagic radiation cystitis - bleeding is expected to recur with any ongoing anticoagulation.
        Recommendation: avoid long-term anticoagulation; a brief course (weeks) would be tolerable with close
        monitoring. HBOT for cystitis discussed as an option if bleeding recurs.
        """)
    b.note("pcp-2026-06-09", "2026-06-09T09:20:00-04:00", "Primary Care Annual Visit", "Dr. Joanne Whitaker, Family Medicine", """
        PCP ANNUAL VISIT
        68M. AF (off apixaban since March - hematuria), HTN, HLD, prostate cancer survivor.
        He describes himself as "borderline diabetic."
        Labs today: A1c 6.1% (5.9% in 2025), fasting glucose 108 mg/dL. No diabetes medications; never diagnosed
        with diabetes. Diet and walking.
        BP 128/78 on amlodipine. LDL 74 on rosuvastatin. BMI 27.
        A/P:
        1. Prediabetes - A1c 6.1%, does not meet criteria for diabetes. Lifestyle; recheck A1c in 6 months.
        2. HTN - controlled.
        3. AF - rate controlled, off anticoagulation due to hematuria; sees EP re: LAAC.
        4. Hx prostate cancer - PSA undetectable.
        """)
    b.note("sdm-2026-07-14", "2026-07-14T14:10:00-04:00", "Shared Decision-Making Visit - AF Stroke Prevention", "Dr. Joanne Whitaker, Family Medicine", """
        SHARED DECISION-MAKING - STROKE PREVENTION IN NON-VALVULAR AF
        Requested by EP. I am his PCP (non-interventional, not involved in the procedure).
        Decision aid: "Anticoagulation Choice" (evidence-based), with his individualized stroke-risk estimate (score as
        provided by EP) and bleeding-risk estimate. Options: DOAC, warfarin, LAA closure, aspirin, nothing.
        Discussed the absolute stroke risk, bleeding with hematuria/clot retention, procedural risks.
        His values: he is most worried about being hospitalized again with clots in the bladder; he would accept a
        procedure to avoid long-term blood thinners. Wife present and agrees.
        He chooses LAA closure; willing to take a short course of anticoagulation after the device.
        Time 35 min.
        """)
    b.note("ep-2026-08-04", "2026-08-04T15:30:00-04:00", "Electrophysiology Consultation - LAAC", "Dr. Farid Haddadin, Cardiac Electrophysiology", """
        ELECTROPHYSIOLOGY - LAAC EVALUATION
        68M persistent AF, HTN, radiation cystitis with recurrent hematuria on apixaban (stopped 3/2026).
        Stroke risk: CHA2DS2-VASc 3 (HTN, age 65-74, diabetes); CHADS2 2 (HTN, diabetes).
        No CHF (LVEF 60%). No stroke/TIA. Vascular disease: none (CAC 0, no PAD).
        TTE 4/2026: normal valves - non-valvular AF.
        Bleeding: urology advises no long-term anticoagulation; brief course tolerable. SDM done with PCP 7/14.
        Exam: BP 130/80, HR 84 irregular. No murmur.
        Plan: LAAC; post-implant warfarin + aspirin 45 days, then DAPT to 6 months.
        """)
    return {
        "id": "bb-laac-03", "bundle": b,
        "request": {"service": SERVICE, "diagnoses": [dx("I48.19", "Other persistent atrial fibrillation")], "date": "2026-08-18",
                    "note": "NVAF, CHA2DS2-VASc 3, CHADS2 2; cannot take long-term OAC (hemorrhagic radiation cystitis)."},
        "gold": {"recommendation": "refer", "policy": "NCD 20.34",
                 "evidence": ["Condition/c-prediab", "Observation/a1c-2026-06-09", "DocumentReference/pcp-2026-06-09", "DocumentReference/ep-2026-08-04"],
                 "rationale": "The stated scores count diabetes, but the chart documents prediabetes (A1c 6.1%, no diabetes diagnosis or treatment); recomputed CHADS2 is 1 (HTN) and CHA2DS2-VASc 2 (HTN, age 68), below the NCD thresholds, so the risk-score criterion is not met."},
        "traps": "EP and request scores count 'diabetes' that is prediabetes (R73.03, A1c 6.1%, patient calls himself 'borderline diabetic'); other criteria (SDM, bleeding, short-term tolerance) are met; CAC 0 and normal LVEF rule out other points",
    }


# ---------------------------------------------------------------------------
def laac04():
    b = Bundle("pb16")
    b.patient("Henrietta Sofia", "Vasquez-Lund", "female", "1950-04-14", city="Alpena")
    b.condition("c-af", "I48.0", "Paroxysmal atrial fibrillation", "2020-01-22")
    b.condition("c-htn", "I10", "Essential (primary) hypertension", "2005-05-05")
    b.condition("c-dm", "E11.9", "Type 2 diabetes mellitus without complications", "2012-10-30")
    b.condition("c-hht", "I78.0", "Hereditary hemorrhagic telangiectasia", "1998-03-12")
    b.condition("c-epist", "R04.0", "Epistaxis", "2026-06-14", note="Recurrent, transfusion-requiring (HHT).")
    b.condition("c-ida", "D50.0", "Iron deficiency anemia secondary to blood loss (chronic)", "2026-06-20")
    b.obs("hgb-2026-08-30", "2026-08-30", "Hemoglobin [Mass/volume] in Blood", 8.1, "g/dL", code="718-7", system=LOINC, category="laboratory")
    b.obs("hgb-2026-10-14", "2026-10-14", "Hemoglobin [Mass/volume] in Blood", 11.0, "g/dL", code="718-7", system=LOINC, category="laboratory")
    b.med("med-apix", "1364430", "apixaban 5 mg oral tablet", "2020-01-22", status="stopped", dose="5 mg twice daily",
          start="2020-01-22", end="2026-08-30", reason="Recurrent transfusion-requiring epistaxis (HHT).")
    b.med("med-txa", "10691", "tranexamic acid 650 mg oral tablet", "2026-09-02", dose="1300 mg three times daily")
    b.med("med-metf", "6809", "metformin 500 mg oral tablet", "2012-10-30", dose="500 mg twice daily")
    b.med("med-lisin", "29046", "lisinopril 10 mg oral tablet", "2005-05-05", dose="10 mg daily")
    b.service_request("sr-heme-2026-10-20", "Hematology consultation - tolerance of time-limited post-LAAC anticoagulation in HHT", "2026-10-20",
                      requester="Dr. Priya Natarajan, Cardiac Electrophysiology", reason="Planned LAAC; HHT with transfusion-requiring epistaxis")

    b.note("ed-2026-08-30", "2026-08-30T02:10:00-04:00", "Emergency Department Note", "Dr. Samuel Ortega, Emergency Medicine", """
        ED NOTE
        76F with HHT and paroxysmal AF on apixaban, 3rd ED visit since June for epistaxis. Bleeding from L naris x 3 h,
        soaked towels. Hgb 8.1 (10.4 in July).
        Exam: BP 158/84, HR 96 irregular. Active anterior/posterior bleeding L; telangiectasias lips/tongue.
        Management: absorbable packing; TXA-soaked pledgets; 2 u PRBC. Apixaban held. ENT/HHT clinic follow-up
        arranged.
        Course: bleeding controlled after packing; Hgb post-transfusion 9.6. Observed 6 h, orthostatics negative.
        Dx: epistaxis due to HHT, anticoagulated; symptomatic anemia.
        Disposition: discharged with packing in place; hold apixaban until seen by the HHT clinic.
        """)
    b.note("ent-2026-09-02", "2026-09-02T13:15:00-04:00", "HHT Center / ENT Clinic Note", "Dr. Miriam Castellano, Otolaryngology (HHT Center)", """
        HHT CENTER - ENT
        76F, definite HHT (Curacao 4/4), paroxysmal AF. Epistaxis severity score 7.9. Transfused 4 u since June;
        three ED visits. Apixaban held since 8/30.
        Nasal endoscopy: multiple septal and turbinate telangiectasias; bleeding point L anterior septum.
        Plan: KTP laser coagulation 9/16; oral tranexamic acid; saline gel; consider systemic bevacizumab if
        refractory.
        Regarding anticoagulation: given transfusion-dependent HHT epistaxis, long-term oral anticoagulation is
        contraindicated; she should not resume apixaban or start warfarin as ongoing therapy. I would defer any
        shorter course to hematology and cardiology.
        """)
    b.note("sdm-2026-10-06", "2026-10-06T10:30:00-04:00", "Primary Care - Shared Decision-Making Visit", "Dr. Warren Ebbesen, Internal Medicine", """
        PRIMARY CARE - SHARED DECISION-MAKING: STROKE PREVENTION IN NON-VALVULAR AF
        I am her PCP; not involved in performing any cardiac procedure.
        Stroke risk: CHA2DS2-VASc 5 (age 76, female, HTN, diabetes); CHADS2 3.
        Decision tool: "Anticoagulation Choice" evidence-based conversation aid with individualized stroke/bleeding
        estimates; copy given.
        Options: DOAC, warfarin, LAA closure, antiplatelet only, no therapy. Discussed benefit, bleeding risk with
        HHT, procedural risk and the usual need for some anticoagulation after an LAA device.
        Values: she is frightened of another nosebleed needing transfusion but her sister had a disabling stroke.
        She says she would "put up with a few weeks of a blood thinner if that's what it takes."
        Decision: she prefers LAA closure. Referred back to EP.
        """)
    b.note("ep-2026-10-20", "2026-10-20T16:00:00-04:00", "Electrophysiology Consultation - LAAC", "Dr. Priya Natarajan, Cardiac Electrophysiology", """
        ELECTROPHYSIOLOGY - LAAC CONSULTATION
        76F paroxysmal AF, HTN, T2DM, HHT with transfusion-requiring epistaxis (4 u since June), apixaban stopped
        8/30/26; KTP laser 9/16, Hgb 11.0 on 10/14.
        CHA2DS2-VASc 5, CHADS2 3. TTE 2025: normal LVEF, no mitral stenosis, no prosthetic valve - non-valvular.
        HHT/ENT: long-term OAC contraindicated. SDM completed 10/6 with PCP using a decision aid.
        Exam: BP 136/78, HR 70 irregular; oral telangiectasias; no murmur.
        Assessment: LAAC candidate from a stroke-risk and long-term-OAC standpoint.
        Post-implant antithrombotic regimen: to be determined. Our usual regimen is warfarin + aspirin for 45 days;
        given the severity of her HHT bleeding I am not yet sure she can tolerate any period of anticoagulation.
        Hematology consult requested (Dr. Lindgren) to advise whether a short course is tolerable versus an
        antiplatelet-only regimen. Will finalize plan after hematology input.
        Submitting authorization now to hold the procedure slot.
        """)
    return {
        "id": "bb-laac-04", "bundle": b,
        "request": {"service": SERVICE, "diagnoses": [dx("I48.0", "Paroxysmal atrial fibrillation")], "date": "2026-11-10",
                    "note": "NVAF, CHA2DS2-VASc 5; long-term OAC contraindicated (HHT). SDM done."},
        "gold": {"recommendation": "request_info", "policy": "NCD 20.34",
                 "evidence": ["DocumentReference/ent-2026-09-02", "DocumentReference/sdm-2026-10-06", "DocumentReference/ep-2026-10-20",
                              "ServiceRequest/sr-heme-2026-10-20"],
                 "missing": ["short-term warfarin|short term warfarin|warfarin|short-term anticoagulation|short term anticoagulation|post-implant|post implant|hematology"],
                 "rationale": "Scores, independent SDM with a decision aid, and inability to take long-term OAC are documented, but suitability for short-term warfarin is undetermined: the EP defers it to a pending hematology consult and ENT defers it too. Ask for the hematology/EP determination."},
        "traps": "patient's willingness ('put up with a few weeks') is not a clinical determination of suitability; pending hematology ServiceRequest; ENT says long-term OAC contraindicated but defers short course",
    }


CASES = [laac01, laac02, laac03, laac04]
