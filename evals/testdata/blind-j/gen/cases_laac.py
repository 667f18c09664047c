"""NCD 20.34 (LAAC) cases: bj-laac-01, bj-laac-02."""
from fhirkit import Bundle, cc, qty, comp, rx, icd, LOINC, SNOMED, CPT, UCUM

ICDS = "http://hl7.org/fhir/sid/icd-10-cm"
LOC_RM = "http://rmhrs.example/fhir/CodeSystem/local"


def laac_01():
    b = Bundle("pj15", "America/Denver", "https://fhir.rmhrs.example/r4")
    b.patient("Mortensen", ["Evelyn", "R."], "female", "1946-09-09", "Fort Collins", "CO",
              "http://rmhrs.example/mrn", "RMH-229310")
    rm = b.org("org-rmhrs", "Rocky Mountain Heart Rhythm & Structural Associates", "Electrophysiology / structural heart practice")
    fim = b.org("org-fim", "Foothills Internal Medicine", "Primary care")
    pvgi = b.org("org-pvgi", "Poudre Valley Gastroenterology", "Gastroenterology")
    frr = b.org("org-frrmc", "Front Range Regional Medical Center", "Acute care hospital")
    ep = b.practitioner("pr-ellingson", "Ellingson", ["Marcus"], "MD", "MD - Clinical Cardiac Electrophysiology (LAAC implanter)", "1750388214")
    np_ = b.practitioner("pr-voss", "Voss", ["Kaitlyn"], "APRN, FNP-C", "APRN, Family Nurse Practitioner - Structural Heart Program", "1124509936")
    pcp = b.practitioner("pr-lomax", "Lomax", ["Harriet"], "MD", "MD - Internal Medicine", "1295837710")
    gi = b.practitioner("pr-wilk", "Wilk", ["Tomasz"], "MD", "MD - Gastroenterology", "1346602259")

    b.condition("cond-af", "I48.19", "2022-05-03 10:00", text="Persistent atrial fibrillation, nonvalvular", asserter=ep)
    b.condition("cond-htn", "I10", "2004-01-01 10:00", text="Hypertension")
    b.condition("cond-tia-hx", "Z86.73", "2023-11-20 10:00", text="History of TIA (11/2023) - L hemiparesis 40 min, MRI neg")
    b.condition("cond-angio", "K55.21", "2025-08-14 10:00",
                text="Colonic angiodysplasia with hemorrhage - 3 transfusion-requiring bleeds on apixaban (8/2025, 12/2025, 3/2026)",
                asserter=gi)
    b.condition("cond-ida", "D50.0", "2025-08-16 10:00", text="Iron deficiency anemia from chronic blood loss")
    b.condition("cond-mr", "I34.0", "2022-05-10 10:00", text="Mild mitral regurgitation (nonrheumatic)")

    b.obs("obs-hgb-20260318", "2026-03-18 06:10", cc("Hemoglobin", LOINC, "718-7"), qty(6.9, "g/dL"),
          category="laboratory", performer=frr, interpretation="Critical low")
    b.obs("obs-chads-20260505", "2026-05-05 11:00", cc("CHA2DS2-VASc score", LOC_RM, "CHA2DS2VASC"), ("valueInteger", 6),
          category="survey", performer=ep, note="Age >=75 (2), female (1), HTN (1), prior TIA (2). CHADS2 = 4.")
    b.obs("obs-hasbled-20260505", "2026-05-05 11:00", cc("HAS-BLED score", LOC_RM, "HASBLED"), ("valueInteger", 4),
          category="survey", performer=ep, note="Elderly, bleeding history, HTN (uncontrolled SBP>160 at times), prior drug (antithrombotic).")
    b.report("dr-tee-20260602", "2026-06-02 09:30", cc("Transesophageal echocardiogram", LOC_RM, "TEE"),
             conclusion="No left atrial appendage thrombus. LAA chicken-wing morphology, ostium 21 mm, depth 26 mm. Mild MR; no mitral stenosis (mean gradient 2 mmHg). Normal LVEF. No PFO.",
             performer=frr)
    b.procedure("proc-colo-20260319", "2026-03-19 11:20", cc("Colonoscopy with control of bleeding (argon plasma coagulation)", CPT, "45382",
                                                             "Colonoscopy, flexible; with control of bleeding"),
                performer=gi, location="Front Range Regional Endoscopy",
                outcome="Multiple (>10) angioectasias cecum/ascending colon, two with stigmata of recent bleeding - APC treated.")
    b.procedure("proc-transf-20260318", "2026-03-18 08:30", cc("Transfusion of packed red blood cells, 2 units", CPT, "36430",
                                                               "Transfusion, blood or blood components"),
                performer=frr)
    b.medreq("mr-apixaban", "2022-05-10 10:00", rx("apixaban 5 MG Oral Tablet", "1364430"), status="stopped",
             dosage="5 mg BID", requester=ep, validity=("2022-05-10", "2026-03-18"),
             status_reason="Recurrent GI bleeding (3rd episode 03/2026) - permanently discontinued per GI and EP")
    b.medreq("mr-ppi", "2026-03-20 10:00", rx("pantoprazole 40 MG Delayed Release Oral Tablet", "40790"),
             dosage="40 mg daily", requester=gi)
    enc_sdm = b.encounter("enc-sdm-20260519", "2026-05-19 14:00", "2026-05-19 14:45", "AMB",
                          "Structural heart clinic - shared decision-making visit", np_, rm, "LAAC evaluation")

    ginote = """POUDRE VALLEY GASTROENTEROLOGY - INPATIENT CONSULT / PROCEDURE FOLLOW-UP
03/20/2026   Tomasz Wilk, MD

79F on apixaban for AF admitted 3/18 with maroon stools, Hgb 6.9 -> 2 u PRBC. Colonoscopy 3/19:
>10 angioectasias cecum/ascending colon, two with stigmata of recent bleeding, APC.
This is her THIRD transfusion-requiring bleed from colonic angiodysplasia on anticoagulation
(8/2025 and 12/2025 on apixaban, 3/2026 on apixaban). Small-bowel capsule 9/2025: few jejunal
angioectasias, not actively bleeding.
Recommendations:
 1. Do not resume long-term anticoagulation - recurrence is very likely and lesions are too
    diffuse for definitive endoscopic control. Please discuss alternatives with cardiology.
 2. From a GI standpoint, a short course (~45 days) of warfarin plus aspirin after a left
    atrial appendage closure is acceptable, with PPI and weekly Hgb.
 3. Iron infusion; pantoprazole 40 daily.
"""
    b.doc("doc-gi-20260320", "2026-03-20 15:30", "11488-4", "GI Consultation", gi, ginote, custodian=pvgi)

    pcpnote = """FOOTHILLS INTERNAL MEDICINE
Office visit 04/14/2026 - Harriet Lomax, MD
Hospital f/u GI bleed. Feels tired but better; Hgb 10.1 after iron infusion. Off apixaban since
3/18 per GI. Very worried about stroke ("my TIA scared me to death").
BP 148/82. Irregularly irregular 78. No edema.
A/P: 1) Persistent AF, off OAC after recurrent GI bleeds - we talked briefly about a Watchman
device; referral to Rocky Mountain Heart Rhythm (Dr. Ellingson). 2) IDA - iron, CBC 4 wk.
3) HTN - add amlodipine 2.5.
"""
    b.doc("doc-pcp-20260414", "2026-04-14 10:15", "11506-3", "Office Visit - Internal Medicine", pcp, pcpnote, custodian=fim)

    epnote = """ROCKY MOUNTAIN HEART RHYTHM & STRUCTURAL ASSOCIATES
ELECTROPHYSIOLOGY CONSULTATION - LAAC            05/05/2026   Marcus Ellingson, MD

Referred by Dr. Lomax for left atrial appendage closure.
79-year-old woman with persistent nonvalvular AF since 2022 (rate controlled on diltiazem),
hypertension, TIA 11/2023. Apixaban stopped 3/18/2026 after the third transfusion-requiring GI
bleed from colonic angiodysplasia; GI advises against long-term anticoagulation but accepts a
45-day post-implant warfarin course.
CHA2DS2-VASc 6, CHADS2 4, HAS-BLED 4.
Echo 2025: normal LVEF, mild MR, no mitral stenosis; no prosthetic valve.
Exam: BP 142/80, HR 76 irregular. Soft apical systolic murmur. No edema.
Assessment: NVAF at high stroke risk, not a candidate for long-term OAC, suitable for short-term
warfarin -> good LAAC candidate (Watchman FLX Pro).
Plan: shared decision-making visit in our structural heart clinic with our NP (K. Voss) using
a decision aid; TEE; tentative implant July.
"""
    b.doc("doc-ep-20260505", "2026-05-05 12:00", "11488-4", "Electrophysiology Consultation - LAAC", ep, epnote, custodian=rm)

    sdm = """ROCKY MOUNTAIN HEART RHYTHM & STRUCTURAL ASSOCIATES - STRUCTURAL HEART PROGRAM
SHARED DECISION-MAKING VISIT: STROKE PREVENTION IN NONVALVULAR AF / LAAC
----------------------------------------------------------------------------
Date: 05/19/2026   Visit: in person, 40 min   Present: patient, son (Erik)
Clinician: Kaitlyn Voss, APRN, FNP-C (Structural Heart Program)
Supervising / implanting physician: Marcus Ellingson, MD

Decision tool: Anticoagulation Choice conversation aid (Mayo Clinic), LAAC version
  [X] Stroke risk without treatment (CHA2DS2-VASc 6) reviewed with icon array
  [X] Options: warfarin, DOAC (incl. reduced dose), LAAC, no anticoagulation
  [X] Bleeding risk and her GI bleeding history
  [X] LAAC procedure risks (pericardial effusion, device embolization, device-related thrombus)
  [X] Post-implant regimen: warfarin + ASA 45 days, then DAPT to 6 months, then ASA
  [X] Patient values: "I can't go through another bleed, but I'm terrified of a stroke."
Decision: patient chooses LAAC. Teach-back adequate.

Electronically signed: K. Voss, APRN 05/19/2026 15:02
Co-signed: M. Ellingson, MD 05/20/2026 08:14
"""
    b.doc("doc-sdm-20260519", "2026-05-19 15:02", "34109-9", "LAAC Shared Decision-Making Visit", [np_, ep], sdm,
          encounter=enc_sdm, custodian=rm)

    hp = """PRE-PROCEDURE H&P - LAAC            06/23/2026   Marcus Ellingson, MD
Scheduled: percutaneous LAA closure 07/14/2026, Front Range Regional.
Indication: NVAF, CHA2DS2-VASc 6, unable to take long-term OAC (recurrent angiodysplasia
bleeding), suitable for short-term warfarin per GI.
SDM: completed 5/19/2026 with our structural heart NP (see note).
TEE 6/2/2026: no LAA thrombus, ostium 21 mm, no mitral stenosis.
Labs 6/20: Hgb 11.2, Cr 0.9, INR 1.0.
Plan: proceed; warfarin + ASA x 45 days post-implant, TEE/CT at 45 days.
"""
    b.doc("doc-hp-20260623", "2026-06-23 16:40", "34117-2", "Pre-procedure H&P - LAAC", ep, hp, custodian=rm)

    case = {
        "id": "bj-laac-01", "patient": "patients/pj15.json",
        "request": {
            "service": {"system": CPT, "code": "33340", "display": "Percutaneous transcatheter closure of the left atrial appendage with endocardial implant"},
            "diagnoses": [{"system": ICDS, "code": "I48.19", "display": icd("I48.19")["display"]}],
            "payer": "medicare", "urgency": "standard", "date": "2026-06-30",
            "note": "LAAC. CHA2DS2-VASc 6, recurrent GI bleeding on apixaban. SDM completed 5/19/26.",
        },
        "gold": {
            "recommendation": "refer", "policy": "NCD 20.34",
            "evidence": ["DocumentReference/doc-sdm-20260519", "DocumentReference/doc-ep-20260505"],
            "missing": [],
            "rationale": "Scores, NVAF, inability to take long-term OAC and short-term warfarin suitability are documented. The only shared decision-making interaction was with a nurse practitioner of the implanting physician's program, co-signed by the implanter: not an independent non-interventional physician as the NCD requires.",
        },
    }
    return case, b, "2026-06-30 08:00"


LOC_ST = "http://southerntierheart.example/fhir/CodeSystem/local"


def laac_02():
    b = Bundle("pj16", "America/New_York", "https://fhir.southerntierheart.example/R4")
    b.patient("Whitlock", ["Alma", "J."], "female", "1952-01-15", "Binghamton", "NY",
              "http://southerntierheart.example/mrn", "STH-5581247")
    sth = b.org("org-sthc", "Southern Tier Heart Center", "Electrophysiology / structural heart")
    gbc = b.org("org-gbc", "Greater Binghamton Cardiology", "General (non-invasive) cardiology practice")
    sgh = b.org("org-sgh", "Susquehanna General Hospital", "Acute care hospital")
    ep = b.practitioner("pr-quintanilla", "Quintanilla", ["Rafael"], "MD", "MD - Clinical Cardiac Electrophysiology", "1467320985")
    gc = b.practitioner("pr-ostrowski", "Ostrowski", ["Lillian"], "MD", "MD - Cardiovascular Disease (non-invasive cardiology)", "1881204476")
    gi = b.practitioner("pr-amadi", "Amadi", ["Beverly"], "MD", "MD - Gastroenterology", "1356218840")
    neuro = b.practitioner("pr-hrbek", "Hrbek", ["Paul"], "MD", "MD - Neurology", "1740299318")
    hosp = b.practitioner("pr-mwangi", "Mwangi", ["Kevin"], "MD", "MD - Hospital Medicine", "1013560872")

    b.condition("cond-af", "I48.0", "2020-03-11 10:00", text="Paroxysmal atrial fibrillation, nonvalvular")
    b.condition("cond-htn", "I10", "2008-01-01 10:00", text="Hypertension")
    b.condition("cond-dm", "E11.9", "2016-06-01 10:00", text="Type 2 diabetes mellitus")
    b.condition("cond-gave", "K31.811", "2026-06-21 14:00", text="Gastric antral vascular ectasia with bleeding", asserter=gi)
    b.condition("cond-tia", "G45.9", "2026-02-11 18:30", verification="refuted", clinical="inactive",
                text="TIA (provisional, ED)", note="Refuted by neurology 02/13/2026 - migraine aura; MRI DWI negative.")
    b.condition("cond-migraine", "G43.109", "2026-02-13 12:00", text="Migraine with aura (new, late-life)", asserter=neuro)

    b.obs("obs-hgb-20260620", "2026-06-20 23:10", cc("Hemoglobin", LOINC, "718-7"), qty(72, "g/L"),
          category="laboratory", performer=sgh, interpretation="Low")
    b.obs("obs-chads-20260930", "2026-09-30 10:30", cc("CHA2DS2-VASc", LOC_ST, "CHA2DS2VASC"), ("valueInteger", 4),
          category="survey", performer=gc, note="Age 65-74 (1), female (1), HTN (1), DM (1). CHADS2 2.")
    b.medreq("mr-apixaban", "2020-03-20 10:00", rx("apixaban 5 MG Oral Tablet", "1364430"), status="stopped",
             dosage="5 mg BID", validity=("2020-03-20", "2026-06-20"),
             status_reason="Overt GI bleeding from GAVE 06/2026 - held, not resumed per GI")
    b.medstmt("ms-warfarin", "2026-10-20 09:00", rx("warfarin (historical)", "11289"), status="completed",
              start="2019-01", end="2021-12", note="Took warfarin 2019-2021 (INR managed by anticoag clinic) without bleeding; switched to apixaban for convenience.",
              source=ep)
    b.medreq("mr-metformin", "2016-06-01 10:00", rx("metformin 500 MG Oral Tablet", "6809"), dosage="1000 mg BID")
    b.procedure("proc-egd-20260621", "2026-06-21 10:05", cc("EGD with control of bleeding (APC)", CPT, "43255",
                                                            "Esophagogastroduodenoscopy with control of bleeding"),
                performer=gi, outcome="Diffuse GAVE with oozing; APC to antrum.")
    b.procedure("proc-egd-20260804", "2026-08-04 09:40", cc("EGD with APC (second session)", CPT, "43255",
                                                            "Esophagogastroduodenoscopy with control of bleeding"),
                performer=gi, outcome="Residual GAVE treated with APC; no active bleeding.")

    neuronote = """SUSQUEHANNA GENERAL HOSPITAL - NEUROLOGY CONSULT   02/13/2026
Paul Hrbek, MD
74F on apixaban for PAF, admitted from ED 2/11 as "TIA": 25 minutes of shimmering zigzag lights
in the right visual field followed by tingling that marched from right fingers to lips, then a
mild headache. Similar visual episodes twice in the past year. Exam normal.
MRI brain with DWI: no acute infarct. CTA head/neck: no significant stenosis.
Impression: migraine aura (late-onset) - NOT a TIA. TIA diagnosis removed from problem list.
No change to anticoagulation from neurology standpoint.
"""
    b.doc("doc-neuro-20260213", "2026-02-13 12:00", "11488-4", "Neurology Consultation", neuro, neuronote, custodian=sgh)

    dc = """SUSQUEHANNA GENERAL HOSPITAL - DISCHARGE SUMMARY
Admit 06/20/2026  Discharge 06/23/2026  Attending: Kevin Mwangi, MD
Dx: Acute upper GI bleed from gastric antral vascular ectasia (GAVE); acute blood-loss anemia
on iron-deficiency anemia; PAF on apixaban.
Course: melena x2 days, Hgb 7.2 g/dL (72 g/L) -> 2 u PRBC. EGD 6/21 (Dr. Amadi): diffuse GAVE
with oozing, APC. Apixaban held. Second-look not needed. Hgb 9.4 at discharge.
Note: iron-deficiency anemia 11/2025 attributed to occult GAVE loss at that time.
D/C: pantoprazole 40 BID, iron; HOLD apixaban pending GI and cardiology follow-up.
"""
    b.doc("doc-dc-20260623", "2026-06-23 13:30", "18842-5", "Discharge Summary", hosp, dc, custodian=sgh)

    giltr = """SUSQUEHANNA GI ASSOCIATES - OFFICE NOTE / LETTER
08/04/2026   Beverly Amadi, MD   cc: Dr. Ostrowski, Dr. Quintanilla

Second APC session today for GAVE. Two bleeding episodes attributable to GAVE while
anticoagulated (occult 11/2025, overt 6/2026). GAVE tends to recur and re-bleed, particularly
on anticoagulants.
Recommendation: she should NOT be on long-term oral anticoagulation. A short, defined course
of warfarin (e.g., 45 days after left atrial appendage closure) is acceptable from a GI
standpoint with PPI BID and Hgb checks every 2 weeks; she took warfarin 2019-2021 without
bleeding. Repeat EGD in 3 months.
"""
    b.doc("doc-gi-20260804", "2026-08-04 14:20", "11506-3", "GI Office Note", gi, giltr, custodian=sgh)

    sdm = """GREATER BINGHAMTON CARDIOLOGY
Visit 09/30/2026   Lillian Ostrowski, MD (general cardiology - independent of the implanting team)
Reason: shared decision-making visit regarding stroke prevention in AF (referred by
Dr. Quintanilla's office for independent discussion before LAAC).

Background: 74F, paroxysmal nonvalvular AF, HTN, T2DM. CHA2DS2-VASc 4 (the February "TIA"
was migraine aura per neurology, not counted). CHADS2 2. HAS-BLED 3.
Apixaban held since 6/20/2026 after GAVE bleeding; GI (Dr. Amadi 8/4) advises against long-term
anticoagulation but accepts a 45-day warfarin course after LAAC.

Discussion (40 minutes, patient and daughter):
 - Her approximate annual stroke risk without anticoagulation and how LAAC compares with
   anticoagulation in the trials.
 - Options: resume apixaban (standard or reduced dose) with PPI, warfarin, LAAC with short-term
   warfarin then antiplatelet therapy, or no anticoagulation; aspirin alone not recommended.
 - Procedural risks of LAAC; need for post-implant imaging and antithrombotic therapy.
 - Her priorities: avoiding another transfusion and hospitalization; staying independent.
All questions answered. She would like to proceed with LAAC and short-term warfarin, and
understands that long-term OAC is not advised by GI.
Dr. Quintanilla's office notified.
"""
    b.doc("doc-sdm-20260930", "2026-09-30 11:15", "11488-4", "Cardiology - Shared Decision Making (stroke prevention)",
          gc, sdm, custodian=gbc)

    epnote = """SOUTHERN TIER HEART CENTER - ELECTROPHYSIOLOGY
LAAC evaluation   10/20/2026   Rafael Quintanilla, MD

74F with PAF. CHA2DS2-VASc 6 (HTN, DM, age, female, TIA 2/2026). Apixaban off since 6/2026 for
GAVE bleeding; GI advises against long-term OAC, short-term warfarin acceptable.
Shared decision-making completed with Dr. Ostrowski (independent general cardiologist) 9/30.
Prior warfarin 2019-2021 uneventful.
Exam: BP 134/76, HR 64 SR. No murmurs. Echo 2025: LVEF 60%, trace MR, no MS.
Plan: TEE pre-procedure; LAAC (Watchman FLX Pro) tentatively December; warfarin + ASA 45 days.
"""
    b.doc("doc-ep-20261020", "2026-10-20 16:00", "11488-4", "Electrophysiology - LAAC Evaluation", ep, epnote, custodian=sth)

    case = {
        "id": "bj-laac-02", "patient": "patients/pj16.json",
        "request": {
            "service": {"system": CPT, "code": "33340", "display": "Percutaneous transcatheter closure of the left atrial appendage with endocardial implant"},
            "diagnoses": [{"system": ICDS, "code": "I48.0", "display": icd("I48.0")["display"]}],
            "payer": "medicare", "urgency": "standard", "date": "2026-11-04",
            "note": "LAAC. Recurrent GAVE bleeding, OAC contraindicated long-term. SDM done 9/30.",
        },
        "gold": {
            "recommendation": "request_info", "policy": "NCD 20.34",
            "evidence": ["DocumentReference/doc-sdm-20260930", "DocumentReference/doc-gi-20260804",
                         "Observation/obs-chads-20260930"],
            "missing": ["decision tool|decision aid|evidence based|SDM tool|conversation aid"],
            "rationale": "NVAF, CHA2DS2-VASc 4 / CHADS2 2 (refuted TIA not counted; EP's 6 is wrong but still >= 3), unable to take long-term OAC and suitable for short-term warfarin per GI, SDM with an independent non-interventional cardiologist documented. The SDM note is silent on use of an evidence-based decision tool.",
        },
    }
    return case, b, "2026-11-04 08:00"
