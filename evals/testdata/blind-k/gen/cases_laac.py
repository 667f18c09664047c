"""NCD 20.34 - percutaneous left atrial appendage closure (CPT 33340)."""
from fhirlib import Chart, cc, q, LOINC, ICD10CM, CPT, RXNORM

LAAC_SERVICE = {"system": CPT, "code": "33340",
                "display": "Percutaneous left atrial appendage closure"}


def laac01():
    c = Chart("pk15", "MA", "https://fhir.stbrigid-mc.example/R4")
    LOC = "http://stbrigid-mc.example/fhir/CodeSystem/risk-scores"
    c.patient("Moriarty", ["Eileen", "T"], "female", "1954-09-19", "Worcester", "44 Pleasant St", "01609", "SBM-9920413",
              "http://stbrigid-mc.example/mrn")
    gc = c.practitioner("pr-fitzgerald", "Fitzgerald", ["Robert"], "MD", "Cardiovascular Disease - general/non-invasive cardiology", "1982703316")
    ep = c.practitioner("pr-ferreira", "Ferreira", ["Ana Lucia"], "MD", "Clinical Cardiac Electrophysiology", "1740395528")
    gi = c.practitioner("pr-kim", "Kim", ["Howard"], "MD", "Gastroenterology", "1326057781")
    hm = c.practitioner("pr-reyes", "Reyes", ["Samantha"], "MD", "Hospital Medicine", "1881902245")
    epn_rn = c.practitioner("pr-costa", "Costa", ["Diane"], "RN", "Registered Nurse - Electrophysiology")
    org = c.org("org-sbmc", "St. Brigid Medical Center", "Hospital", "Worcester")
    adm = c.encounter("enc-adm-1216", "IMP", "Inpatient - GI bleed", "2025-12-16 04:10", "2025-12-20 12:30", hm, org,
                      reason="Melena, symptomatic anemia")
    sdm = c.encounter("enc-sdm-0122", "AMB", "Cardiology office visit", "2026-01-22 10:00", "2026-01-22 10:50", gc, org)
    epv = c.encounter("enc-ep-0203", "AMB", "EP consultation", "2026-02-03 14:00", "2026-02-03 15:00", ep, org)
    c.condition("cond-af", "I48.19", "Other persistent atrial fibrillation", recorded="2023-03-08 11:00", onset="2023-03")
    c.condition("cond-htn", "I10", "Essential (primary) hypertension", recorded="2008-06-01 10:00")
    c.condition("cond-avm", "K31.811", "Angiodysplasia of stomach and duodenum with bleeding", recorded="2025-12-19 15:30",
                recorder=gi, encounter=adm, note="Multiple duodenal and proximal jejunal angioectasias; APC x7")
    c.condition("cond-ida", "D50.0", "Iron deficiency anemia secondary to blood loss (chronic)", recorded="2025-12-20 10:00",
                recorder=hm)
    c.condition("cond-mr", "I34.0", "Nonrheumatic mitral (valve) insufficiency", recorded="2025-10-14 15:00",
                note="Mild MR; no mitral stenosis")
    c.obs("hgb-2025-12-16", cc(LOINC, "718-7", "Hemoglobin [Mass/volume] in Blood"), "2025-12-16 04:45", q(6.8, "g/dL"),
          interp="Critical low", encounter=adm)
    c.obs("scores-2026-01-22", cc(LOC, "AF-RISK", text="AF stroke/bleeding risk scores"), "2026-01-22 10:30", cat="survey",
          performer=gc, encounter=sdm,
          comps=[(cc(LOC, "CHADS2", text="CHADS2"), 1), (cc(LOC, "CHA2DS2VASC", text="CHA2DS2-VASc"), 3),
                 (cc(LOC, "HASBLED", text="HAS-BLED"), 3)])
    c.report("tte-2025-10-14", cc(CPT, "93306", "Transthoracic echocardiogram"), "2025-10-14 09:10",
             "2025-10-14 14:00", cat="CUS", performer=org,
             conclusion="LVEF 60%. Mild biatrial enlargement (LA volume index 41 mL/m2). Mild mitral regurgitation; no mitral "
                        "stenosis (mean gradient 2 mmHg). Trace AR. No prosthetic valves.")
    c.procedure("enteroscopy-2025-12-19", cc(CPT, "44366", "Enteroscopy with control of bleeding"),
                "2025-12-19 13:05", performer=gi, encounter=adm,
                note="Push enteroscopy: 7 angioectasias duodenum/proximal jejunum, two with stigmata; APC to all.")
    c.procedure("transfusion-2025-12-16", cc(CPT, "36430", "Blood transfusion"), "2025-12-16 06:20",
                end="2025-12-17 14:00", encounter=adm, note="3 units PRBC")
    c.medreq("apixaban", "apixaban 5 mg oral tablet", "2023-03-08 11:30", status="stopped", requester=gc, rxnorm="1364430",
             dosage="5 mg PO BID", status_reason="Recurrent transfusion-requiring GI bleeding (10/2025, 12/2025); discontinued 12/16/2025",
             validity=("2023-03-08", "2025-12-16"))
    c.medreq("metoprolol", "metoprolol succinate", "2023-03-08 11:32", requester=gc, rxnorm="6918", dosage="50 mg PO daily")
    c.medreq("pantoprazole", "pantoprazole", "2025-12-20 10:30", requester=hm, rxnorm="40790", dosage="40 mg PO BID x 8 wk then daily")

    dc = """ST. BRIGID MEDICAL CENTER - DISCHARGE SUMMARY
Patient: Eileen T. Moriarty    DOB: 09/19/1954    Admit 12/16/2025   Discharge 12/20/2025
Attending: Samantha Reyes, MD (Hospital Medicine)

Principal diagnosis: Acute on chronic GI blood loss from small-bowel angiodysplasia.
Secondary: persistent atrial fibrillation on apixaban; HTN; iron-deficiency anemia.

Course: Presented with 2 days of melena and near-syncope. Hgb 6.8 (baseline 12). Apixaban held on arrival;
transfused 3 units PRBC. EGD 12/17 without upper source; capsule 12/18 showed multiple proximal small-bowel
angioectasias; push enteroscopy 12/19 with APC of 7 lesions (GI, Dr. Kim). Second admission for the same problem
(10/2025: 2 units, apixaban resumed after 1 week). Hgb stable 9.1 at discharge.
Anticoagulation: apixaban NOT resumed. Per GI, recurrence risk is high. Cardiology (Dr. Fitzgerald) to discuss
stroke-prevention alternatives in the outpatient setting.
Discharge meds: metoprolol succinate 50 mg daily, losartan 50 mg daily, pantoprazole 40 mg BID, ferrous sulfate
325 mg daily.
"""
    c.note("dc-2025-12-20", "2025-12-20 12:10", "18842-5", "Discharge summary", "Discharge summary", dc, hm, encounter=adm)

    gin = """GASTROENTEROLOGY CLINIC   01/06/2026   Howard Kim, MD
Follow-up after recurrent small-bowel angioectasia bleeding (10/2025, 12/2025; APC 12/19). Hgb today 10.4, no melena.
Assessment: multiple small-bowel angioectasias - these recur, and re-bleeding on anticoagulation is very likely.
Recommendation: from a GI standpoint long-term anticoagulation is not advisable. Continue PPI and iron; repeat
CBC monthly; octreotide LAR if rebleeding off anticoagulation. Happy to discuss with cardiology.
"""
    c.note("gi-2026-01-06", "2026-01-06 11:40", "11506-3", "Progress note", "GI clinic note", gin, gi)

    sdmn = """CARDIOLOGY OFFICE VISIT - SHARED DECISION-MAKING (STROKE PREVENTION IN AF)
Date: 01/22/2026      Robert Fitzgerald, MD (general cardiology; not an interventional/implanting physician)
Patient: Eileen T. Moriarty, 71 F. Daughter present.

History: persistent non-valvular AF since 2023 (TTE 10/2025: mild MR, no mitral stenosis, no prosthetic valve).
HTN. Two transfusion-requiring small-bowel angiodysplasia bleeds on apixaban (10/2025, 12/2025); apixaban stopped
12/16/2025. No prior stroke/TIA, no diabetes, no heart failure, no vascular disease.
Scores: CHADS2 1 (HTN). CHA2DS2-VASc 3 (HTN, age 65-74, female sex). HAS-BLED 3 (HTN, bleeding history, age).

Shared decision making: Using the "Anticoagulation Choice" conversation aid (Mayo Clinic Shared Decision Making
National Resource Center; evidence-based, issue cards on stroke risk, bleeding risk, cost and daily routine) we
reviewed: (1) no antithrombotic therapy, (2) resuming a DOAC at full or reduced dose, (3) warfarin, (4) referral
for percutaneous left atrial appendage closure. Her annual stroke risk without treatment and the bleeding risk of
each option were presented with the aid's pictographs. Her priorities: avoid another bleed and transfusion,
remain independent, avoid a disabling stroke.

Conclusion: after this discussion, she and I agree she is unable to take long-term oral anticoagulation because of
recurrent transfusion-requiring bleeding from small-bowel angiodysplasia. She would like to be evaluated for LAAC.
Referral to EP (Dr. Ferreira). Time: 45 minutes, >50% counseling.
"""
    c.note("sdm-2026-01-22", "2026-01-22 11:20", "11506-3", "Progress note", "Cardiology SDM visit", sdmn, gc, encounter=sdm)

    epn = """ELECTROPHYSIOLOGY CONSULTATION - LAAC EVALUATION    02/03/2026    Ana Lucia Ferreira, MD
Referred by Dr. Fitzgerald after shared decision making (1/22/26).
71F, persistent NVAF, CHA2DS2-VASc 3, HAS-BLED 3, recurrent small-bowel angiodysplasia bleeding; OAC stopped
12/2025. No stroke/TIA. Hgb 10.4 (1/6).
Exam: irregularly irregular, HR 78, BP 132/76. No murmurs of note. Groins normal.
Assessment: reasonable LAAC candidate from a stroke-prevention standpoint. Anatomy to be assessed with cardiac CT.
Post-implant antithrombotic regimen: to be determined - options include a short course of warfarin plus aspirin,
a short course of DOAC, or antiplatelet therapy alone; I will discuss with Dr. Kim (GI) before finalizing.
Plan: cardiac CTA for LAA anatomy (2/2026); submit authorization; registry consent at pre-procedure visit.
"""
    c.note("ep-2026-02-03", "2026-02-03 16:10", "11488-4", "Consult note", "EP consultation - LAAC", epn, ep, encounter=epv)

    tel = """EP NURSE TELEPHONE NOTE 02/06/2026 09:45   Diane Costa, RN
Called patient: cardiac CTA scheduled 2/19. Reviewed contrast precautions (Cr 0.8). Patient asks what blood
thinner she will need after the procedure - told her Dr. Ferreira is still coordinating with GI and will call her.
"""
    c.note("tel-2026-02-06", "2026-02-06 09:52", "34748-4", "Telephone encounter Note", "EP nurse telephone note", tel, epn_rn)

    case = {
        "id": "bk-laac-01", "patient": "patients/pk15.json",
        "request": {"service": LAAC_SERVICE,
                    "diagnoses": [{"system": ICD10CM, "code": "I48.19", "display": "Other persistent atrial fibrillation"},
                                  {"system": ICD10CM, "code": "K31.811", "display": "Angiodysplasia of stomach and duodenum with bleeding"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-02-10"},
        "gold": {"recommendation": "request_info", "policy": "NCD 20.34",
                 "evidence": ["DocumentReference/sdm-2026-01-22", "Observation/scores-2026-01-22", "MedicationRequest/apixaban",
                              "DocumentReference/gi-2026-01-06", "DiagnosticReport/tte-2025-10-14"],
                 "missing": ["short-term warfarin|short term warfarin|short-term anticoagulation|short term anticoagulation|post-implant anticoagulation|post-procedure anticoagulation|post-implant antithrombotic|warfarin"],
                 "rationale": "NVAF (no MS, no prosthetic valve); CHA2DS2-VASc 3 meets >=3 although CHADS2 is 1; formal SDM with "
                              "an independent non-interventional cardiologist using an evidence-based OAC decision aid, concluding "
                              "she cannot take long-term OAC. The NCD also requires suitability for short-term warfarin: GI "
                              "addresses only long-term therapy and the EP plan leaves the post-implant regimen undetermined."}}
    return case, c, "2026-02-10 12:00"


def laac02():
    c = Chart("pk16", "MO", "https://fhir.gateway-rmc.example/r4")
    c.patient("Pruitt", ["Leonard", "Earl"], "male", "1948-03-30", "Florissant", "1450 N Lafayette St", "63031", "GRM-3370915",
              "http://gateway-rmc.example/mrn")
    ep = c.practitioner("pr-nair", "Nair", ["Vikram"], "MD", "Clinical Cardiac Electrophysiology (LAAC implanter)", "1598736402")
    np = c.practitioner("pr-holt", "Holt", ["Jessica"], "ACNP-BC", "Nurse Practitioner - Electrophysiology")
    gc = c.practitioner("pr-goldfarb", "Goldfarb", ["Miriam"], "MD", "Cardiovascular Disease - general/non-invasive cardiology", "1225084739")
    gi = c.practitioner("pr-adebayo", "Adebayo", ["Olamide"], "MD", "Gastroenterology", "1760519833")
    org = c.org("org-grmc", "Gateway Regional Medical Center", "Hospital", "St. Louis")
    adm = c.encounter("enc-adm-0906", "IMP", "Inpatient - upper GI bleed", "2026-09-06 22:40", "2026-09-10 11:15", gi, org)
    e_np = c.encounter("enc-ep-1027", "AMB", "EP LAAC clinic - new", "2026-10-27 09:00", "2026-10-27 09:50", np, org)
    e_sdm = c.encounter("enc-card-1112", "AMB", "General cardiology visit", "2026-11-12 13:30", "2026-11-12 14:20", gc, org)
    c.condition("cond-af", "I48.21", "Permanent atrial fibrillation", recorded="2019-08-22 10:00", onset="2019")
    c.condition("cond-htn", "I10", "Essential (primary) hypertension", recorded="2004-03-01 10:00")
    c.condition("cond-tia", "Z86.73", "Personal history of transient ischemic attack (TIA), and cerebral infarction without residual deficits",
                recorded="2024-05-14 16:20", note="TIA 5/12/2024 (transient R arm weakness + aphasia 40 min), neurology-confirmed; MRI DWI negative")
    c.condition("cond-cva-ro", "I63.9", "Cerebral infarction, unspecified", recorded="2025-02-03 19:05", clinical=None,
                verification="refuted", note="ED 2/3/2025 dizziness - r/o CVA; MRI negative, BPPV diagnosed")
    c.condition("cond-gave", "K31.811", "Angiodysplasia of stomach and duodenum with bleeding", recorded="2026-09-07 11:30",
                recorder=gi, encounter=adm)
    c.obs("hgb-2026-09-06", cc(LOINC, "718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-09-06 23:05", q(6.9, "g/dL"),
          interp="Critical low", encounter=adm)
    c.report("tte-2026-10-20", cc(CPT, "93306", "Transthoracic echocardiogram"), "2026-10-20 08:30",
             "2026-10-20 13:10", cat="CUS", performer=org,
             conclusion="LVEF 55%. Severe LA enlargement. Mild MR, no mitral stenosis. Mild AS (mean 12 mmHg). No prosthetic valves.")
    c.procedure("egd-2026-09-07", cc(CPT, "43270", "EGD with ablation"), "2026-09-07 10:20",
                performer=gi, encounter=adm, note="Gastric antral and duodenal angioectasias, active oozing; APC.")
    c.procedure("laac-2026-12-15", cc(CPT, "33340", "Percutaneous LAA closure with endocardial implant"), "2026-12-15 08:00",
                performer=ep, note="LAAC device implanted; TEE-guided; no leak.")
    c.medreq("warfarin", "warfarin", "2024-05-16 10:00", status="stopped", requester=gc, rxnorm="11289",
             dosage="dose per INR clinic, goal 2-3", status_reason="Major GI bleeding 9/2026 (third episode); stopped 9/6/2026",
             validity=("2024-05-16", "2026-09-06"))
    c.medstmt("rivaroxaban", "rivaroxaban 15 mg tablet", "stopped", start="2019-08-22", end="2024-05-12", rxnorm="1114195",
              asserted="2024-05-16 10:05", status_reason="Switched to warfarin after TIA on reduced-dose rivaroxaban (and cost)")
    c.medreq("pantoprazole", "pantoprazole", "2026-09-10 10:00", requester=gi, rxnorm="40790", dosage="40 mg PO BID")
    c.medreq("diltiazem", "diltiazem ER", "2019-08-22 10:10", requester=gc, rxnorm="3443", dosage="180 mg PO daily")

    dc = """GATEWAY REGIONAL MEDICAL CENTER                      DISCHARGE SUMMARY
PT: PRUITT, LEONARD E   MRN GRM-3370915   DOB 03/30/1948   ADM 09/06/2026  DC 09/10/2026
ATTENDING: O. ADEBAYO MD (GI)
DX: ACUTE BLOOD LOSS ANEMIA DUE TO GASTRIC/DUODENAL ANGIOECTASIA BLEEDING ON WARFARIN (INR 3.4)
COURSE: 78M WITH PERMANENT AF, HTN, PRIOR TIA (2024), ADMITTED WITH MELENA + HGB 6.9. INR REVERSED (VIT K,
  4F-PCC). TRANSFUSED 4 U PRBC. EGD 9/7: MULTIPLE GASTRIC ANTRAL/DUODENAL ANGIOECTASIAS WITH OOZING -> APC.
  THIRD MAJOR GI BLEED IN 3 YEARS (2023 ON RIVAROXABAN, 2/2025 AND 9/2026 ON WARFARIN).
  WARFARIN DISCONTINUED. CARDIOLOGY AWARE - TO ADDRESS LONG-TERM STROKE PREVENTION (LAAC EVALUATION).
DC MEDS: PANTOPRAZOLE 40 BID, DILTIAZEM ER 180, LISINOPRIL 10, FERROUS SULFATE.  NO ANTICOAGULANT.
"""
    c.note("dc-2026-09-10", "2026-09-10 11:05", "18842-5", "Discharge summary", "Discharge summary", dc, gi, encounter=adm)

    npn = """EP - LAAC CLINIC NEW PATIENT   10/27/2026   Jessica Holt, ACNP-BC (collaborating: V. Nair, MD)
78M with permanent AF, HTN, TIA 5/2024, and 3 major GI bleeds on anticoagulation, off warfarin since 9/6/26.
CHADS2 4 (age >75, HTN, TIA x2). CHA2DS2-VASc 5 (age >=75 x2, HTN, TIA x2). HAS-BLED 4.
TTE 10/20/26: no mitral stenosis, no prosthetic valve.
Discussion: reviewed LAAC vs no anticoagulation vs resuming OAC. Watchman patient brochure provided. Patient
wants to proceed. Shared decision making completed.
Plan: TEE/CT for sizing; submit for authorization; post-implant regimen per Dr. Nair.
"""
    np_note = c.note("ep-np-2026-10-27", "2026-10-27 10:30", "11488-4", "Consult note", "EP LAAC clinic note", npn, np,
                     encounter=e_np)

    sdmh = """<html><body>
<h3>General Cardiology &mdash; Shared Decision-Making Visit: Stroke Prevention in Non-Valvular AF</h3>
<p>Date: 11/12/2026 &nbsp; Physician: Miriam Goldfarb, MD (general, non-invasive cardiology; not involved in
LAAC implantation) &nbsp; Patient: Leonard E. Pruitt, 78 M (wife present)</p>
<p><b>Decision tool:</b> evidence-based patient decision aid on oral anticoagulation for AF ("Atrial fibrillation:
should I take a blood thinner?", Ottawa Decision Support Framework format, printed, with values-clarification
worksheet), completed together at this visit.</p>
<table border="1" cellpadding="3">
<tr><th>Item</th><th>Documentation</th></tr>
<tr><td>AF type</td><td>Permanent, non-valvular (TTE 10/20/26: mild MR, no MS, no prosthetic valve)</td></tr>
<tr><td>Stroke risk</td><td>CHADS2 4; CHA2DS2-VASc 5</td></tr>
<tr><td>Bleeding risk</td><td>HAS-BLED 4; 3 major GI bleeds (2023 rivaroxaban, 2/2025 and 9/2026 warfarin), 4 units PRBC 9/2026</td></tr>
<tr><td>Options reviewed</td><td>Resume warfarin; apixaban (incl. reduced dose); no anticoagulation; aspirin alone; LAAC</td></tr>
<tr><td>Patient values</td><td>Fears another bleed &ldquo;more than anything&rdquo;; wants to avoid stroke; accepts a
procedure; understands a short course of blood thinner is needed after LAAC</td></tr>
<tr><td>Conclusion</td><td>After SDM the patient and I agree he is <b>unable to take long-term oral
anticoagulation</b> (recurrent major GI bleeding despite PPI and endoscopic therapy). LAAC is the preferred
strategy.</td></tr>
</table>
<p>Time 50 minutes, &gt;50% counseling. Copy of decision aid scanned to chart.</p>
</body></html>"""
    c.note("sdm-2026-11-12", "2026-11-12 14:45", "11506-3", "Progress note", "General cardiology SDM visit", sdmh, gc,
           ctype="text/html", encounter=e_sdm)

    add = """ADDENDUM to EP LAAC clinic note of 10/27/2026 - entered 11/14/2026 08:20 by Jessica Holt, ACNP-BC
Clarification: the 10/27 discussion was an educational visit by the implanting team and is not the formal shared
decision-making interaction. The formal SDM with an independent non-interventional physician using an
evidence-based decision tool was performed by Dr. Miriam Goldfarb on 11/12/2026 (see her note).
"""
    c.note("ep-np-addendum-2026-11-14", "2026-11-14 08:20", "55107-7", "Addendum", "Addendum", add, np,
           relates=("appends", np_note))

    tel = """GI TELEPHONE NOTE   11/18/2026   Olamide Adebayo, MD
Dr. Nair called re: antithrombotic plan after LAAC. From the GI standpoint a short course of warfarin (~45 days,
INR 2-3) plus aspirin 81 mg after the implant, then aspirin/clopidogrel to 6 months, is acceptable with
pantoprazole 40 BID and weekly CBC - I would not support indefinite anticoagulation given three major bleeds.
Hgb 11/16: 11.8. Will see him 1 week post-procedure.
"""
    c.note("gi-tel-2026-11-18", "2026-11-18 16:05", "34748-4", "Telephone encounter Note", "GI telephone note", tel, gi)

    case = {
        "id": "bk-laac-02", "patient": "patients/pk16.json",
        "request": {"service": LAAC_SERVICE,
                    "diagnoses": [{"system": ICD10CM, "code": "I48.21", "display": "Permanent atrial fibrillation"},
                                  {"system": ICD10CM, "code": "Z86.73", "display": "Personal history of transient ischemic attack (TIA), and cerebral infarction without residual deficits"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-12-03"},
        "gold": {"recommendation": "approve", "policy": "NCD 20.34",
                 "evidence": ["Condition/cond-af", "Condition/cond-htn", "Condition/cond-tia", "DocumentReference/sdm-2026-11-12",
                              "DocumentReference/gi-tel-2026-11-18", "MedicationRequest/warfarin"],
                 "missing": [],
                 "rationale": "NVAF (no MS/prosthetic valve); CHADS2 4 (age >75, HTN, TIA) - the refuted 2025 stroke is not "
                              "counted; formal SDM with an independent non-interventional cardiologist using an evidence-based "
                              "OAC decision aid (the EP NP visit is corrected by addendum as not the SDM); unable to take "
                              "long-term OAC after SDM; GI documents suitability for short-term warfarin. The LAAC procedure "
                              "dated after the request is ignored."}}
    return case, c, "2026-12-03 12:00"


CASES = [laac01, laac02]
