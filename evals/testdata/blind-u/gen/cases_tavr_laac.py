"""NCD 20.32 (TAVR) and NCD 20.34 (LAAC) cases."""
from fhirlib import *


def valve_obs(b, pid, date, ava, mg, vmax, ef, note=None):
    prefix = date
    b.add(observation("ava-" + prefix, pid, date, "AVA-VTI", "Aortic valve area (continuity, VTI)", system=LOCAL,
                      category="imaging", value=ava, unit="cm2", ucum="cm2", note=note))
    b.add(observation("mg-" + prefix, pid, date, "AV-MG", "Aortic valve mean gradient", system=LOCAL, category="imaging",
                      value=mg, unit="mmHg", ucum="mm[Hg]"))
    b.add(observation("vmax-" + prefix, pid, date, "AV-VMAX", "Aortic valve peak velocity", system=LOCAL, category="imaging",
                      value=vmax, unit="m/s", ucum="m/s"))
    b.add(observation("lvef-" + prefix, pid, date, "10230-1", "Left ventricular Ejection fraction", category="imaging",
                      value=ef, unit="%", method="Transthoracic echocardiography"))


def tavr_02():
    pid = "pt-lk0102774"
    b = Bundle("bu-tavr-02")
    b.add(patient(pid, "Castellano", ["Rudolph", "A."], "male", "1942-10-05", "LK0102774"))
    b.add(practitioner("dr-natarajan", "Natarajan", ["Priya"], "MD, FACC, FSCAI", "Interventional Cardiology - Structural Heart"))
    b.add(practitioner("dr-achebe", "Achebe", ["Ifeoma"], "MD", "Cardiology (general)"))
    b.add(practitioner("dr-dahl", "Dahl", ["Henrik"], "MD", "Cardiothoracic Surgery (Riverside Heart & Vascular Surgery)"))
    b.add(practitioner("dr-wen", "Wen", ["Patrick"], "MD", "Internal Medicine"))
    b.add(practitioner("dr-oh", "Oh", ["Daniel"], "MD", "Radiation Oncology"))
    b.add(organization("org-riverside", "Riverside Heart & Vascular Surgery"))

    b.add(condition("cond-as", pid, "I35.0", "2024-08-20", recorder="dr-achebe", text="Aortic stenosis (moderate 8/2024)"))
    b.add(condition("cond-ckd", pid, "N18.32", "2023-11-02"))
    b.add(condition("cond-copd", pid, "J44.9", "2018-05-01", text="COPD, mild (GOLD 1)"))
    b.add(condition("cond-prostate-hx", pid, "Z85.46", "2013-09-10"))
    b.add(condition("cond-rt-hx", pid, "Z92.3", "2013-09-10"))
    b.add(condition("cond-htn", pid, "I10", "2004-01-01"))
    b.add(condition("cond-hld", pid, "E78.5", "2004-01-01"))
    valve_obs(b, pid, "2024-08-20", 1.2, 24, 3.2, 60, note="Moderate AS")
    b.add(observation("egfr-2026-06-02", pid, "2026-06-02T08:00:00-05:00", "62238-1",
                      "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)",
                      value=38, unit="mL/min/1.73m2", ucum="mL/min/{1.73_m2}", text="eGFR"))
    onc = """RADIATION ONCOLOGY SURVIVORSHIP VISIT  03/17/2026  D. Oh MD
Prostate adenocarcinoma Gleason 3+4, EBRT 78 Gy completed 11/2013. PSA today < 0.1 ng/mL (undetectable x 12 yr).
No evidence of disease. Mild chronic radiation proctitis, no bleeding. Discharge from routine oncology follow-up;
PCP to check PSA annually. Life expectancy not limited by cancer.
"""
    b.add(document("onc-2026-03-17", pid, "2026-03-17T10:00:00-05:00", "progress", "Radiation oncology survivorship", onc, author="dr-oh"))
    echo = """TRANSTHORACIC ECHOCARDIOGRAM                                  DATE: 05/28/2026
LAKESHORE CARDIOLOGY ECHO LAB                                     READER: I. ACHEBE MD
Indication: aortic stenosis, progressive dyspnea.
LV normal size, mild concentric LVH (IVSd 1.3 cm). LVEF 55 % (biplane). Grade II diastolic dysfunction.
AORTIC VALVE: trileaflet, severely calcified, severely restricted opening.
   Peak velocity 4.4 m/s     Mean gradient 46 mmHg     Peak gradient 77 mmHg
   LVOT diameter 2.1 cm, LVOT VTI 19 cm, AV VTI 92 cm -> AVA (continuity) 0.72 cm2, AVAi 0.38 cm2/m2
   Dimensionless index 0.21.   Trace AR.
Mild MR. RVSP 38 mmHg.
IMPRESSION: SEVERE aortic stenosis (high gradient), normal LVEF. Progressed from moderate (08/2024: AVA 1.2 cm2, MG 24 mmHg).
"""
    b.add(document("echo-2026-05-28", pid, "2026-05-28T15:10:00-05:00", "imaging", "TTE report 05/28/2026", echo, author="dr-achebe"))
    valve_obs(b, pid, "2026-05-28", 0.72, 46, 4.4, 55)
    cards = """GENERAL CARDIOLOGY FOLLOW-UP        June 2, 2026        I. Achebe MD
83M with AS, now severe on TTE 5/28. Over the winter increasingly short of breath: stops after half a block
or one flight, previously walked 1 mile daily. April 2026: lightheaded/near-syncope climbing basement stairs,
had to sit down; no full LOC. No chest pain. Mild ankle swelling evenings.
NYHA class III. BP 142/70, HR 68 SR. Harsh 3/6 late-peaking SEM, single S2.
A/P: Symptomatic severe AS (exertional dyspnea, presyncope). Refer to structural heart clinic (Dr. Natarajan)
and cardiac surgery for heart team evaluation: TAVR vs SAVR.
"""
    b.add(document("cards-2026-06-02", pid, "2026-06-02T11:30:00-05:00", "progress", "Cardiology follow-up", cards, author="dr-achebe"))
    b.add(encounter("enc-ic-2026-06-09", pid, "2026-06-09T09:00:00-05:00", "Structural heart clinic - new patient", prac="dr-natarajan"))
    ic = """STRUCTURAL HEART CLINIC - INTERVENTIONAL CARDIOLOGY CONSULTATION
Date of visit: 06/09/2026 (in person)              Physician: Priya Natarajan, MD, FACC, FSCAI

Reason: symptomatic severe aortic stenosis - TAVR evaluation.
History: as per Dr. Achebe; NYHA III dyspnea and exertional presyncope. COPD (mild), CKD 3b (eGFR 38),
HTN, HLD. Prostate cancer 2013 treated with EBRT, undetectable PSA, NED. No prior cardiac surgery.
Lives with wife, independent in ADLs, drives locally.

I personally examined the patient: alert, oriented. BP 138/68, HR 70. JVP 8 cm. Harsh 3/6 late-peaking SEM
radiating to carotids, soft A2. Lungs: scattered expiratory wheeze. Trace ankle edema.
Frailty: 5-m gait speed 7.1 s (slow), grip 24 kg, albumin 3.6, KCCQ-12 41. STS PROM (SAVR) 5.8%.

Assessment: Severe, symptomatic, high-gradient calcific AS. Intermediate-to-high surgical risk given age 83,
frailty, CKD 3b and COPD. Life expectancy > 1 year; no comorbidity that would preclude benefit from
correcting the AS.
Recommendation: transfemoral TAVR preferred over SAVR. Medical/palliative therapy alone not favored - expected
benefit from valve replacement is high. Needs TAVR-protocol CTA and coronary angiography, dental clearance,
and independent cardiac surgery evaluation (Dr. Dahl).
"""
    b.add(document("ic-consult-2026-06-09", pid, "2026-06-09T10:45:00-05:00", "consult", "Interventional cardiology (structural) consult",
                   ic, author="dr-natarajan", encounter_id="enc-ic-2026-06-09"))
    b.add(procedure("cors-2026-06-16", pid, "2026-06-16T08:00:00-05:00", "Coronary angiography", code="93454",
                    performer="dr-natarajan", note="Mild nonobstructive CAD (30% prox LAD). No PCI indicated."))
    cts = html_doc("Cardiac surgery consultation", """
<div style="font-family:Georgia">
<p><b>RIVERSIDE HEART &amp; VASCULAR SURGERY</b><br/>2200 Riverside Pkwy, Suite 410</p>
<p>June 23, 2026</p>
<p>Priya Natarajan, MD<br/>Lakeshore Structural Heart Program</p>
<p>Re: <b>Rudolph Castellano</b> &nbsp; DOB 10/05/1942</p>
<p>Dear Dr. Natarajan,</p>
<p>I saw Mr. Castellano in my office today for surgical evaluation of severe symptomatic aortic stenosis. I reviewed his history,
echocardiogram of 5/28/26 (AVA 0.72 cm&sup2;, mean gradient 46 mmHg) and coronary angiogram of 6/16/26 (nonobstructive disease),
and <b>personally examined him</b>: thin, mildly kyphotic gentleman, slow gait, sternum intact, harsh late-peaking systolic murmur,
scattered wheeze, trace edema.</p>
<p>STS predicted risk of mortality for isolated AVR 5.8%. In addition to this, frailty (gait speed 7.1 s), CKD stage 3b and
COPD increase his risk of a prolonged recovery after sternotomy. He would be a candidate for SAVR, but in my judgement
<b>transfemoral TAVR is the better option</b> for him, and I do not recommend medical or palliative therapy alone.
I discussed SAVR, TAVR and medical therapy with the patient and his wife; they prefer TAVR.</p>
<p>I will be available for the procedure as the heart team surgeon.</p>
<p>Sincerely,<br/>Henrik Dahl, MD &mdash; Cardiothoracic Surgery</p>
</div>
""")
    b.add(document("cts-consult-2026-06-23", pid, "2026-06-23T16:00:00-05:00", "letter", "Cardiac surgery consultation letter (outside)",
                   cts, content_type="text/html", author="dr-dahl"))
    dental = """DENTAL CLEARANCE 6/25/26 (Lakeview Family Dental): full upper denture, lower partial, no active infection. Cleared."""
    b.add(document("dental-2026-06-25", pid, "2026-06-25T12:00:00-05:00", "outside", "Dental clearance", dental))
    cta = """CT ANGIOGRAPHY TAVR PROTOCOL (chest/abdomen/pelvis)   06/30/2026
Annulus perimeter-derived diameter 24.1 mm, area 447 mm2. Coronary heights: LM 12 mm, RCA 15 mm. Sinus widths adequate.
Iliofemoral minimal luminal diameters: R CFA 7.5 mm, L CFA 7.2 mm; moderate calcification, no severe tortuosity.
Impression: Anatomy suitable for transfemoral TAVR. Incidental 4 mm RUL nodule - annual follow-up.
"""
    b.add(document("cta-2026-06-30", pid, "2026-06-30T17:00:00-05:00", "imaging", "TAVR CTA", cta))
    conf = """STRUCTURAL HEART TEAM CONFERENCE - 07/01/2026
Present: P. Natarajan (IC), H. Dahl (CT surgery, by video), I. Achebe, TAVR coordinator, anesthesia, imaging.
Case: Castellano, R. 83M severe symptomatic AS, STS 5.8%, frail. Both IC and CT surgery have evaluated in person.
Consensus: TF-TAVR, 26 mm balloon-expandable valve. Tentative date 08/04/2026.
"""
    b.add(document("conf-2026-07-01", pid, "2026-07-01T17:30:00-05:00", "admin", "Heart team conference summary", conf,
                   author="dr-natarajan"))
    b.add(service_request("sr-tavr", pid, "2026-07-06", "Transcatheter aortic valve replacement, percutaneous femoral artery approach",
                          code="33361", requester="dr-natarajan", reason_code="I35.0"))
    b.add(appointment("appt-tavr", pid, "2026-07-10T09:00:00-05:00", "2026-08-04T07:00:00-05:00", "2026-08-04T12:00:00-05:00",
                      "TAVR - cath lab 3", prac="dr-natarajan"))

    case = {
        "id": "bu-tavr-02",
        "request": {
            "service": {"system": CPT, "code": "33361", "display": "Transcatheter aortic valve replacement, percutaneous femoral artery approach"},
            "diagnoses": [icd_coding("I35.0")],
            "payer": "medicare", "urgency": "standard", "date": "2026-07-14",
            "note": "TF-TAVR, severe symptomatic AS. Heart team evals attached."},
        "gold": {
            "recommendation": "approve", "policy": "NCD 20.32",
            "evidence": ["DocumentReference/echo-2026-05-28", "DocumentReference/cards-2026-06-02",
                         "DocumentReference/ic-consult-2026-06-09", "DocumentReference/cts-consult-2026-06-23"],
            "missing": [],
            "rationale": "Severe AS (newer echo supersedes the 2024 moderate study) with documented symptoms; interventional cardiologist "
                         "and cardiac surgeon each examined him in person and documented rationale (surgeon's letter is an outside HTML "
                         "letter). Treated prostate cancer with no disease does not preclude benefit."},
    }
    return b, case


def tavr_01():
    pid = "pt-lk0366425"
    b = Bundle("bu-tavr-01")
    b.add(patient(pid, "Lindgren-Moss", ["Patricia"], "female", "1947-03-19", "LK0366425"))
    b.add(practitioner("dr-natarajan", "Natarajan", ["Priya"], "MD, FACC, FSCAI", "Interventional Cardiology - Structural Heart"))
    b.add(practitioner("dr-achebe", "Achebe", ["Ifeoma"], "MD", "Cardiology (general)"))
    b.add(practitioner("dr-okafor", "Okafor", ["Chidi"], "MD", "Cardiac Surgery"))
    b.add(practitioner("rn-voss", "Voss", ["Amanda"], "RN, BSN", "Structural heart program coordinator"))

    b.add(condition("cond-as", pid, "I35.0", "2026-07-30", recorder="dr-achebe"))
    b.add(condition("cond-hodgkin-hx", pid, "Z85.71", "2001-01-01", text="Hodgkin lymphoma 1978 - mantle field RT + chemo, cured"))
    b.add(condition("cond-rt-hx", pid, "Z92.3", "2001-01-01", text="History of mediastinal irradiation (1978)"))
    b.add(condition("cond-hypothyroid", pid, "E03.9", "1985-01-01"))
    b.add(condition("cond-htn", pid, "I10", "2010-01-01"))
    echo = """ECHO REPORT  (TTE)   30-Jul-2026   Lakeshore Cardiology
AV: thickened, calcified, restricted. Vmax 4.2 m/s. MG 42 mmHg. AVA (VTI) 0.80 cm2. DI 0.23.
LV: normal size, LVEF 60%, mild LVH. Mild MR, mild TR. Ascending aorta 3.4 cm with mural calcification.
IMPRESSION: Severe aortic stenosis.
"""
    b.add(document("echo-2026-07-30", pid, "2026-07-30T14:00:00-05:00", "imaging", "TTE report", echo, author="dr-achebe"))
    valve_obs(b, pid, "2026-07-30", 0.80, 42, 4.2, 60)
    cards = """CARDIOLOGY  8/4/26  I. Achebe MD
79F, hx Hodgkin's (mantle RT 1978). 4-5 months of chest tightness and breathlessness walking uphill or carrying
groceries, relieved by rest; now limits gardening. NYHA II-III. No syncope.
Echo 7/30: severe AS. A/P: symptomatic severe AS -> structural heart referral. Radiation-associated valve disease
likely; prior mediastinal RT = hostile chest for sternotomy.
"""
    b.add(document("cards-2026-08-04", pid, "2026-08-04T10:00:00-05:00", "progress", "Cardiology note", cards, author="dr-achebe"))
    b.add(encounter("enc-ic-2026-08-18", pid, "2026-08-18T13:00:00-05:00", "Structural heart clinic", prac="dr-natarajan"))
    ic = """STRUCTURAL HEART - INTERVENTIONAL CARDIOLOGY CONSULT         08/18/2026 (in person)
P. Natarajan MD

79F with symptomatic severe AS (AVA 0.80 cm2, MG 42 mmHg), exertional angina-equivalent and dyspnea.
Hx mantle-field radiation 1978: calcified ascending aorta ("porcelain" segment on CXR), radiation fibrosis.
Exam (personally performed): BP 150/72, HR 74. 3/6 SEM to carotids, diminished A2. Lungs clear. No edema.
Healed mantle-field skin changes over chest. Gait speed 5.2 s. KCCQ 55.
STS PROM 3.9% - but STS underestimates risk in chest radiation; hostile mediastinum.
Assessment: TF-TAVR favored over SAVR given radiation-damaged mediastinum and calcified aorta. Good expected
benefit; no limiting comorbidity (lymphoma cured 45+ yr). Medical therapy alone not appropriate.
Plan: TAVR CTA, cors, CT surgery evaluation (Dr. Okafor), heart team review.
"""
    b.add(document("ic-consult-2026-08-18", pid, "2026-08-18T14:30:00-05:00", "consult", "Structural heart IC consult", ic,
                   author="dr-natarajan", encounter_id="enc-ic-2026-08-18"))
    b.add(procedure("cors-2026-08-27", pid, "2026-08-27T08:00:00-05:00", "Coronary angiography", code="93454",
                    performer="dr-natarajan", note="No significant CAD. Ostia free of disease."))
    cta = """TAVR CTA 08/27/2026: annulus area 398 mm2 (perimeter diam 22.8 mm). LM height 11 mm, RCA 13 mm.
Porcelain-type calcification of the ascending aorta. Iliofemorals 6.8/6.9 mm. Suitable for TF access."""
    b.add(document("cta-2026-08-27", pid, "2026-08-27T16:00:00-05:00", "imaging", "TAVR CTA", cta))
    b.add(encounter("enc-cts-2026-09-02", pid, "2026-09-02T10:00:00-05:00", "Cardiac surgery new patient visit", prac="dr-okafor"))
    conf = """STRUCTURAL HEART TEAM CONFERENCE - 09/09/2026
Present: P. Natarajan (IC), I. Achebe, A. Voss RN, anesthesia, imaging. Dr. Okafor (CT surgery) unable to attend (in OR).
Lindgren-Moss, P. 79F severe symptomatic AS, mantle RT, porcelain ascending aorta. Imaging reviewed.
IC recommendation: TF-TAVR, 23 mm balloon-expandable.
CT surgery: pt seen in clinic 9/2 per schedule; Dr. Okafor's consultation note not yet dictated/signed.
Consensus pending surgeon's documented opinion.
"""
    b.add(document("conf-2026-09-09", pid, "2026-09-09T17:30:00-05:00", "admin", "Heart team conference summary", conf,
                   author="dr-natarajan"))
    coord = """STRUCTURAL HEART COORDINATOR - 09/15/2026 - A. Voss RN
Prior auth packet: echo, IC consult, CTA, cors, conference summary attached. CT surgery consult note still not
available (dictation backlog per Dr. Okafor's office; expected "next week"). Submitting now to hold the 10/13 slot;
will forward surgeon note when signed.
"""
    b.add(document("coord-2026-09-15", pid, "2026-09-15T11:00:00-05:00", "admin", "Structural coordinator note", coord,
                   author="rn-voss"))
    b.add(service_request("sr-tavr", pid, "2026-09-15", "Transcatheter aortic valve replacement, percutaneous femoral approach",
                          code="33361", requester="dr-natarajan", reason_code="I35.0"))
    b.add(appointment("appt-tavr", pid, "2026-09-15T11:20:00-05:00", "2026-10-13T07:00:00-05:00", "2026-10-13T12:00:00-05:00",
                      "TAVR (tentative)", prac="dr-natarajan"))
    late = """CARDIAC SURGERY CONSULTATION - DOS 09/02/2026 (signed 09/28/2026) - C. Okafor MD
Examined patient face to face 9/2. Prior mantle RT, porcelain ascending aorta - prohibitive for conventional SAVR.
Agree with TF-TAVR. Will participate as heart team surgeon.
"""
    b.add(document("cts-consult-signed-2026-09-28", pid, "2026-09-28T18:00:00-05:00", "consult", "Cardiac surgery consultation",
                   late, author="dr-okafor"))

    case = {
        "id": "bu-tavr-01",
        "request": {
            "service": {"system": CPT, "code": "33361", "display": "Transcatheter aortic valve replacement, percutaneous femoral artery approach"},
            "diagnoses": [icd_coding("I35.0")],
            "payer": "medicare", "urgency": "standard", "date": "2026-09-22",
            "note": "Severe symptomatic AS, hostile chest (mantle RT). Surgeon note to follow."},
        "gold": {
            "recommendation": "request_info", "policy": "NCD 20.32",
            "evidence": ["DocumentReference/echo-2026-07-30", "DocumentReference/ic-consult-2026-08-18",
                         "DocumentReference/conf-2026-09-09", "DocumentReference/coord-2026-09-15"],
            "missing": ["cardiac surgeon|surgeon|surgical consult|surgery consult|surgical evaluation|CT surgery|cardiothoracic|Okafor"],
            "rationale": "Symptomatic severe AS and a documented face-to-face interventional cardiology evaluation with rationale; a "
                         "surgery clinic encounter exists but the surgeon's evaluation and rationale are not documented before the "
                         "request. The signed surgeon note is dated after the request."},
    }
    return b, case


def laac_02():
    pid = "pt-lk0588301"
    b = Bundle("bu-laac-02")
    b.add(patient(pid, "Bergquist", ["Joan", "M."], "female", "1954-10-12", "LK0588301"))
    b.add(practitioner("dr-achebe", "Achebe", ["Ifeoma"], "MD", "Cardiology (general, non-invasive)"))
    b.add(practitioner("dr-wrobel", "Wrobel", ["Tomasz"], "MD", "Cardiac Electrophysiology (implanting)"))
    b.add(practitioner("dr-rahim", "Rahim", ["Nadia"], "MD", "Gastroenterology"))
    b.add(practitioner("dr-halvorsen", "Halvorsen", ["Ray"], "MD", "Internal Medicine"))

    b.add(condition("cond-af-old", pid, "I48.91", "2021-04-06", recorder="dr-halvorsen"))
    b.add(condition("cond-af", pid, "I48.19", "2024-03-11", recorder="dr-achebe"))
    b.add(condition("cond-htn", pid, "I10", "2008-01-01"))
    b.add(condition("cond-t2dm", pid, "E11.9", "2015-06-01"))
    b.add(condition("cond-angio", pid, "K31.811", "2025-08-20", recorder="dr-rahim"))
    b.add(condition("cond-ida", pid, "D50.0", "2025-08-22"))
    b.add(condition("cond-mr", pid, "I34.0", "2024-03-11", text="Mitral regurgitation, mild"))
    b.add(medication_request("rx-apixaban", pid, "Apixaban 5 mg oral tablet", "2021-04-06", rxcui="1364430", status="stopped",
                             start="2021-04-06", end="2026-01-15", dosage="5 mg BID",
                             status_reason="Recurrent GI bleeding (angiodysplasia) - 2 transfusion-requiring bleeds",
                             requester="dr-achebe"))
    b.add(medication_request("rx-metoprolol", pid, "Metoprolol succinate 50 mg extended-release tablet", "2021-04-06", rxcui="6918",
                             dosage="50 mg daily"))
    b.add(medication_request("rx-metformin", pid, "Metformin 500 mg oral tablet", "2015-06-01", rxcui="6809", dosage="1000 mg BID"))
    b.add(medication_request("rx-lisinopril", pid, "Lisinopril 20 mg oral tablet", "2008-01-01", rxcui="29046", dosage="20 mg daily"))
    b.add(medication_request("rx-pantoprazole", pid, "Pantoprazole 40 mg delayed-release tablet", "2025-08-22", rxcui="40790",
                             dosage="40 mg BID"))
    b.add(encounter("enc-gib1", pid, "2025-08-18T19:00:00-05:00", "Inpatient - upper GI bleed", cls="IMP", end="2025-08-22T12:00:00-05:00"))
    b.add(observation("hgb-2025-08-18", pid, "2025-08-18T19:30:00-05:00", "718-7", "Hemoglobin [Mass/volume] in Blood",
                      value=6.9, unit="g/dL", ucum="g/dL", encounter_id="enc-gib1"))
    b.add(procedure("egd-2025-08-20", pid, "2025-08-20T09:00:00-05:00", "EGD with argon plasma coagulation of gastric angiodysplasia",
                    code="43270", performer="dr-rahim", note="Multiple gastric/duodenal angioectasias, 2 oozing - APC. 3 u PRBC this admission."))
    b.add(encounter("enc-gib2", pid, "2026-01-12T06:00:00-06:00", "Inpatient - recurrent GI bleed", cls="IMP", end="2026-01-16T12:00:00-06:00"))
    b.add(observation("hgb-2026-01-12", pid, "2026-01-12T06:40:00-06:00", "718-7", "Hemoglobin [Mass/volume] in Blood",
                      value=7.4, unit="g/dL", ucum="g/dL", encounter_id="enc-gib2"))
    b.add(procedure("vce-2026-01-14", pid, "2026-01-14T08:00:00-06:00", "Capsule endoscopy, small bowel", code="91110",
                    performer="dr-rahim", note="Numerous jejunal angioectasias, several with stigmata of recent bleeding."))
    gi = """GASTROENTEROLOGY - HOSPITAL FOLLOW-UP                   01/22/2026               N. Rahim MD
Two transfusion-requiring GI bleeds on apixaban (8/2025: Hgb 6.9, 3 u; 1/2026: Hgb 7.4, 2 u).
EGD 8/2025 APC of gastric/duodenal angioectasias; capsule 1/14/26: numerous jejunal angioectasias, not all
reachable for therapy. Recurrence risk on anticoagulation is high.
Recommendation: AVOID LONG-TERM ANTICOAGULATION. Apixaban stopped 1/15/26.
If she undergoes LAA closure, a short course of warfarin after the procedure (about 45 days) is acceptable from a
GI standpoint with PPI BID and weekly CBC; she could tolerate it.
"""
    b.add(document("gi-2026-01-22", pid, "2026-01-22T10:30:00-06:00", "progress", "Gastroenterology follow-up", gi, author="dr-rahim"))
    b.add(encounter("enc-sdm-2026-04-16", pid, "2026-04-16T14:00:00-05:00", "Cardiology SDM visit (stroke prevention in AF)", prac="dr-achebe"))
    sdm = html_doc("SDM - stroke prevention in AF", """
<h3>General Cardiology &ndash; Shared Decision-Making Visit: Stroke Prevention in Atrial Fibrillation</h3>
<p>Date: April 16, 2026 &nbsp;|&nbsp; Clinician: Ifeoma Achebe, MD (general/non-invasive cardiology; not involved in LAAC procedures)
&nbsp;|&nbsp; In person, with daughter</p>
<p><b>Decision tool:</b> <i>Anticoagulation Choice</i> conversation aid (Mayo Clinic Knowledge and Evaluation Research Unit),
evidence-based, used on screen with the patient.</p>
<p><b>Stroke risk:</b> CHA<sub>2</sub>DS<sub>2</sub>-VASc = 4 (female, age 71, hypertension, diabetes). No prior stroke/TIA, no HF, no vascular disease.
<b>Bleeding risk:</b> HAS-BLED 3; two major GI bleeds on apixaban with transfusion.</p>
<p>Options reviewed with absolute risks over 1 year: no antithrombotic, aspirin, warfarin, each DOAC, and referral for
percutaneous LAA closure. Reviewed GI's recommendation against long-term anticoagulation.</p>
<p>Patient's priorities: avoiding another bleed and transfusion is her top concern; also wants stroke protection.</p>
<p><b>Conclusion:</b> We agree that she is <b>not a candidate for long-term oral anticoagulation</b>. She can take a short course of
warfarin after LAAC (GI agrees). Referral to EP (Dr. Wrobel) for LAAC evaluation.</p>
""")
    b.add(document("sdm-2026-04-16", pid, "2026-04-16T15:05:00-05:00", "progress", "Shared decision-making note (AF stroke prevention)",
                   sdm, content_type="text/html", author="dr-achebe", encounter_id="enc-sdm-2026-04-16"))
    ep = """EP CONSULT - LAAC EVALUATION - 5/12/26 - T. Wrobel MD
71F persistent AF (rate controlled, metoprolol), CHA2DS2-VASc 4, CHADS2 2. Not a long-term OAC candidate (recurrent
angiodysplasia bleeding; see GI 1/22/26 and SDM with Dr. Achebe 4/16/26). I also reviewed LAAC risks/benefits with her
today. Post-implant: warfarin 45 d + ASA, then DAPT to 6 mo, then ASA.
Plan: TEE to exclude LAA thrombus and size LAA; LAAC if suitable.
"""
    b.add(document("ep-2026-05-12", pid, "2026-05-12T16:00:00-05:00", "consult", "EP LAAC consult", ep, author="dr-wrobel"))
    tee = """TEE 26 May 2026 (Dr. Wrobel): No LA/LAA thrombus. LAA chicken-wing morphology, ostium 21 mm, depth 26 mm.
Mitral valve: mild MR, no mitral stenosis (mean gradient 2 mmHg). No prosthetic valve. Interatrial septum intact."""
    b.add(document("tee-2026-05-26", pid, "2026-05-26T12:00:00-05:00", "imaging", "TEE report", tee, author="dr-wrobel"))
    b.add(service_request("sr-laac", pid, "2026-05-28", "Percutaneous transcatheter closure of the left atrial appendage",
                          code="33340", requester="dr-wrobel", reason_code="I48.19"))

    case = {
        "id": "bu-laac-02",
        "request": {
            "service": {"system": CPT, "code": "33340", "display": "Percutaneous transcatheter closure of the left atrial appendage"},
            "diagnoses": [icd_coding("I48.19")],
            "payer": "medicare", "urgency": "standard", "date": "2026-06-02"},
        "gold": {
            "recommendation": "approve", "policy": "NCD 20.34",
            "evidence": ["DocumentReference/sdm-2026-04-16", "DocumentReference/gi-2026-01-22", "MedicationRequest/rx-apixaban",
                         "DocumentReference/tee-2026-05-26", "Condition/cond-htn", "Condition/cond-t2dm"],
            "missing": [],
            "rationale": "Non-valvular AF (mild MR only, no stenosis or prosthesis). CHA2DS2-VASc 4 and CHADS2 2. Formal SDM with a "
                         "decision tool by an independent non-interventional cardiologist (the implanter's own discussion does not count). "
                         "Unable to take long-term OAC because of repeated bleeding, and suitable for short-term warfarin per GI."},
    }
    return b, case


def laac_01():
    pid = "pt-lk0219986"
    b = Bundle("bu-laac-01")
    b.add(patient(pid, "Thorsen", ["Eugene", "K."], "male", "1947-04-02", "LK0219986"))
    b.add(practitioner("dr-halvorsen", "Halvorsen", ["Ray"], "MD", "Internal Medicine (PCP)"))
    b.add(practitioner("dr-wrobel", "Wrobel", ["Tomasz"], "MD", "Cardiac Electrophysiology (implanting)"))
    b.add(practitioner("dr-castell", "Castell", ["Miriam"], "MD", "Urology"))

    b.add(condition("cond-paf", pid, "I48.0", "2019-02-11"))
    b.add(condition("cond-htn", pid, "I10", "2006-01-01"))
    b.add(condition("cond-tia", pid, "Z86.73", "2023-05-19", text="TIA 5/2023 (transient L arm weakness, MRI neg)"))
    b.add(condition("cond-prostate-hx", pid, "Z85.46", "2016-10-01"))
    b.add(condition("cond-radcystitis", pid, "N30.41", "2025-12-08", recorder="dr-castell"))
    b.add(condition("cond-bph", pid, "N40.0", "2012-01-01"))
    b.add(medication_request("rx-apixaban", pid, "Apixaban 5 mg oral tablet", "2019-02-11", rxcui="1364430", status="stopped",
                             start="2019-02-11", end="2026-05-20", dosage="5 mg BID",
                             status_reason="Recurrent hemorrhagic radiation cystitis with clot retention", requester="dr-halvorsen"))
    b.add(medication_request("rx-diltiazem", pid, "Diltiazem 180 mg extended-release capsule", "2019-02-11", rxcui="3443",
                             dosage="180 mg daily"))
    b.add(medication_request("rx-amlodipine", pid, "Amlodipine 5 mg oral tablet", "2012-01-01", rxcui="17767", dosage="5 mg daily"))
    b.add(encounter("enc-hem1", pid, "2025-12-07T22:00:00-06:00", "Inpatient - gross hematuria with clot retention", cls="IMP",
                    end="2025-12-11T12:00:00-06:00"))
    b.add(encounter("enc-hem2", pid, "2026-05-16T03:00:00-05:00", "Inpatient - recurrent hematuria with clot retention", cls="IMP",
                    end="2026-05-21T12:00:00-05:00"))
    b.add(procedure("cysto-2026-05-18", pid, "2026-05-18T08:00:00-05:00", "Cystoscopy with clot evacuation and fulguration",
                    code="52214", performer="dr-castell", note="Diffuse radiation cystitis, bleeding telangiectasias fulgurated. 3 u PRBC."))
    uro = """UROLOGY - 06/03/2026 - M. Castell MD
79M, prostate ca s/p EBRT 2016, hemorrhagic radiation cystitis. Two admissions with clot retention requiring CBI and
transfusion while on apixaban (12/2025: 2 u; 5/2026: 3 u, cysto fulguration). Apixaban stopped 5/20/26.
Hematuria now microscopic only.
Recommendation: he should not resume long-term anticoagulation - bleeding will recur. Consider hyperbaric oxygen for
cystitis if hematuria recurs. Cardiology/PCP to address stroke prevention alternatives.
"""
    b.add(document("uro-2026-06-03", pid, "2026-06-03T10:00:00-05:00", "progress", "Urology follow-up", uro, author="dr-castell"))
    b.add(encounter("enc-sdm-2026-09-15", pid, "2026-09-15T09:00:00-05:00", "PCP - SDM stroke prevention AF", prac="dr-halvorsen"))
    sdm = """INTERNAL MEDICINE - SHARED DECISION-MAKING: STROKE PREVENTION IN AF
Date: 09/15/2026          Ray Halvorsen, MD (primary care; not a proceduralist)         Visit: in person, 40 min, wife present

Tool: "Anticoagulation Choice" conversation aid (Mayo Clinic KER Unit) - evidence-based SDM tool for AF.
Stroke risk: CHA2DS2-VASc 5 (age 79 = 2, HTN = 1, prior TIA = 2). CHADS2 4.
Bleeding: two transfusion-requiring hematuria admissions on apixaban; urology advises against long-term
anticoagulation.
Options discussed with the aid: resume DOAC (high bleed risk), warfarin (same concern), aspirin alone (little stroke
protection), no therapy, percutaneous LAA closure.
Patient values: "I can't go through another one of those bladder bleeds." Wants stroke protection.
Decision: not a candidate for long-term oral anticoagulation. Refer to EP (Dr. Wrobel) for LAAC evaluation.
"""
    b.add(document("sdm-2026-09-15", pid, "2026-09-15T10:00:00-05:00", "progress", "SDM note - stroke prevention in AF", sdm,
                   author="dr-halvorsen", encounter_id="enc-sdm-2026-09-15"))
    ep = """ELECTROPHYSIOLOGY CONSULTATION - LAAC                        20 Oct 2026                 T. Wrobel, MD
79M paroxysmal AF (rate control diltiazem), CHA2DS2-VASc 5 / CHADS2 4, prior TIA 2023. Off apixaban since 5/20/26
after recurrent hemorrhagic radiation cystitis; SDM with Dr. Halvorsen 9/15/26 concluded he is not a candidate for
long-term OAC.
Echo 2025: LVEF 60%, mild LAE, trace MR, no MS. No prosthetic valves.
Discussed LAAC procedure, device, risks (tamponade, embolization, device-related thrombus, stroke).
Post-implant antithrombotic regimen: to be determined - will discuss with urology what he can tolerate after implant.
Plan: TEE, then LAAC.
"""
    b.add(document("ep-2026-10-20", pid, "2026-10-20T15:00:00-05:00", "consult", "EP LAAC consult", ep, author="dr-wrobel"))
    tee = """TEE 10/30/2026: No LAA thrombus. LAA windsock, ostium 23 mm. Trace MR, no mitral stenosis. Normal aortic valve."""
    b.add(document("tee-2026-10-30", pid, "2026-10-30T12:00:00-05:00", "imaging", "TEE report", tee, author="dr-wrobel"))
    b.add(service_request("sr-laac", pid, "2026-11-03", "Percutaneous transcatheter closure of the left atrial appendage",
                          code="33340", requester="dr-wrobel", reason_code="I48.0"))
    b.add(appointment("appt-laac", pid, "2026-11-03T10:00:00-06:00", "2026-12-08T07:30:00-06:00", "2026-12-08T11:00:00-06:00",
                      "LAAC - EP lab", prac="dr-wrobel"))
    pcp2 = """PCP - 08/04/2026 - R. Halvorsen MD: routine. BP 134/78. Hematuria resolved (UA 0-2 RBC). Scheduled SDM visit re: AF."""
    b.add(document("pcp-2026-08-04", pid, "2026-08-04T09:00:00-05:00", "progress", "PCP follow-up", pcp2, author="dr-halvorsen"))

    case = {
        "id": "bu-laac-01",
        "request": {
            "service": {"system": CPT, "code": "33340", "display": "Percutaneous transcatheter closure of the left atrial appendage"},
            "diagnoses": [icd_coding("I48.0"), icd_coding("Z86.73")],
            "payer": "medicare", "urgency": "standard", "date": "2026-11-10"},
        "gold": {
            "recommendation": "request_info", "policy": "NCD 20.34",
            "evidence": ["DocumentReference/sdm-2026-09-15", "DocumentReference/uro-2026-06-03", "DocumentReference/ep-2026-10-20",
                         "MedicationRequest/rx-apixaban"],
            "missing": ["short-term warfarin|short term warfarin|warfarin|short-term anticoagulation|short term anticoagulation|"
                        "post-implant anticoagulation|post-procedure anticoagulation|anticoagulation after|antithrombotic"],
            "rationale": "NVAF, CHADS2 4 / CHA2DS2-VASc 5, SDM with a decision tool by an independent internist, unable to take long-term "
                         "OAC (recurrent hemorrhagic cystitis). Nobody documents whether he is suitable for short-term warfarin after "
                         "implant; EP says the post-implant regimen is still to be decided with urology."},
    }
    return b, case
