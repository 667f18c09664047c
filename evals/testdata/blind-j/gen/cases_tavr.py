"""NCD 20.32 (TAVR) cases: bj-tavr-01, bj-tavr-02."""
from fhirkit import Bundle, cc, qty, comp, rx, icd, LOINC, SNOMED, CPT, UCUM

ICDS = "http://hl7.org/fhir/sid/icd-10-cm"
LOC_GL = "http://greatlakesheart.example/fhir/CodeSystem/echo"


def tavr_01():
    b = Bundle("pj09", "America/Chicago", "https://fhir.greatlakesheart.example/r4")
    b.patient("Sobczak", ["Ruth", "Ellen"], "female", "1944-10-19", "Oak Park", "IL",
              "http://greatlakesheart.example/mrn", "GLH-4471902")
    gl = b.org("org-glhv", "Great Lakes Heart & Vascular", "Cardiology / structural heart program")
    stc = b.org("org-stc", "St. Casimir Hospital", "Acute care hospital")
    opim = b.org("org-opim", "Oak Park Internal Medicine", "Primary care")
    onc = b.org("org-lso", "Lakeside Oncology & Hematology", "Oncology practice")
    ic = b.practitioner("pr-haddad", "Haddad", ["Farid"], "MD", "MD - Interventional Cardiology (structural heart)", "1538214470")
    cts = b.practitioner("pr-bjornstad", "Bjornstad", ["Helen"], "MD", "MD - Thoracic and Cardiac Surgery", "1093876615")
    pcp = b.practitioner("pr-fisk", "Fisk", ["Leonard"], "MD", "MD - Internal Medicine", "1245339012")
    oncmd = b.practitioner("pr-tanabe", "Tanabe", ["Yuki"], "MD", "MD - Hematology/Oncology", "1710982243")

    b.condition("cond-as", "I35.0", "2023-04-18 10:00", text="Aortic stenosis, calcific", asserter=pcp)
    b.condition("cond-ckd", "N18.32", "2024-09-03 10:00", text="CKD stage 3b (eGFR 36-40)")
    b.condition("cond-fl", "C82.08", "2021-05-12 10:00", text="Follicular lymphoma grade 1-2, stage III - watch and wait",
                asserter=oncmd)
    b.condition("cond-htn", "I10", "2006-02-01 10:00", text="Hypertension")

    b.obs("obs-echo-20250311", "2025-03-11 10:20", cc("Aortic valve assessment (TTE)", LOC_GL, "AV-PANEL"),
          category="imaging", performer=stc, components=[
              comp(cc("AV peak velocity", LOC_GL, "AV-VMAX"), qty(3.3, "m/s")),
              comp(cc("AV mean gradient", LOC_GL, "AV-MG"), qty(24, "mm[Hg]")),
              comp(cc("AV area (continuity)", LOC_GL, "AV-AVA"), qty(1.2, "cm2"))],
          note="Moderate aortic stenosis. LVEF 60%. Repeat 1 year or with symptoms.")
    e2 = b.obs("obs-echo-20260122", "2026-01-22 09:40", cc("Aortic valve assessment (TTE)", LOC_GL, "AV-PANEL"),
               category="imaging", performer=stc, components=[
                   comp(cc("AV peak velocity", LOC_GL, "AV-VMAX"), qty(4.4, "m/s")),
                   comp(cc("AV mean gradient", LOC_GL, "AV-MG"), qty(46, "mm[Hg]")),
                   comp(cc("AV area (continuity)", LOC_GL, "AV-AVA"), qty(0.7, "cm2")),
                   comp(cc("Dimensionless index", LOC_GL, "AV-DVI"), qty(0.22, "1")),
                   comp(cc("LVEF", LOINC, "10230-1"), qty(60, "%"))])
    b.report("dr-echo-20260122", "2026-01-22 09:40", cc("Transthoracic echocardiogram", LOINC, "34552-0",
                                                        "Cardiac 2D echo panel"),
             conclusion="Severe calcific aortic stenosis (Vmax 4.4 m/s, MG 46 mmHg, AVA 0.7 cm2, DVI 0.22). Normal LV size, LVEF 60%, mild concentric LVH. Mild MR. Progressed from moderate AS (03/2025).",
             results=[e2], performer=stc)
    b.report("dr-cta-20260218", "2026-02-18 13:00", cc("CT angiography TAVR protocol (chest/abdomen/pelvis)", LOC_GL,
                                                       "CTA-TAVR"),
             conclusion="Tricuspid aortic valve, heavy leaflet calcification. Annulus area 412 mm2, perimeter 73 mm. Coronary heights L 12 mm / R 14 mm. "
                        "Dense circumferential calcification of the ascending aorta (not frank porcelain). Iliofemoral minimum diameters R 6.8 / L 7.1 mm - suitable for transfemoral access.",
             performer=stc)
    b.obs("obs-sts-20260224", "2026-02-24 14:10", cc("STS PROM (isolated AVR)", LOC_GL, "STS-PROM"), qty(4.8, "%"),
          category="survey", performer=ic)
    b.obs("obs-nyha-20260224", "2026-02-24 14:05", cc("NYHA functional class", LOC_GL, "NYHA"),
          ("valueCodeableConcept", cc("NYHA class III", LOC_GL, "NYHA-3")), category="survey", performer=ic)
    b.obs("obs-5mw-20260224", "2026-02-24 14:00", cc("5-meter gait speed time", LOC_GL, "GAIT5M"), qty(7.1, "s"),
          category="exam", performer=ic, note="Average of 3 trials. KCCQ-12 summary 41. Grip 14 kg.")

    enc_v = b.encounter("enc-cts-video-20260304", "2026-03-04 10:00", "2026-03-04 10:35", "VR",
                        "Telehealth video visit - cardiac surgery", cts, gl, "Severe AS - surgical opinion")
    enc_p = b.encounter("enc-cts-office-20260317", "2026-03-17 13:30", "2026-03-17 14:20", "AMB",
                        "Office visit - cardiac surgery", cts, gl, "Severe AS - surgical evaluation (in person)")

    pcpnote = """OAK PARK INTERNAL MEDICINE - OFFICE VISIT
12/16/2025   Leonard Fisk, MD
81 y/o F, f/u HTN, CKD, AS.

Interval hx: Daughter came with her. Pt says she gets "winded" going up the basement stairs
with the laundry basket and has to stop halfway. Twice in November she had to sit down on
the church steps - "my legs went heavy and I saw little spots" - lasted a minute, no loss
of consciousness. Denies chest pain. Sleeps on 1 pillow. (At her 6/2025 visit she was
walking a mile most mornings with no complaints.)

Exam: BP 142/70, HR 72 reg. Grade III/VI late-peaking SEM RUSB radiating to both carotids,
single soft S2. Lungs clear. No edema.

A/P:
1. Aortic stenosis, previously moderate (3/2025) - new exertional dyspnea and exertional
   near-syncope. Repeat TTE; refer to Great Lakes Heart structural clinic (Dr. Haddad).
   Advised to avoid heavy exertion until evaluated.
2. HTN - ok. 3. CKD 3b - stable Cr 1.38. 4. Follicular lymphoma - per Dr. Tanabe, watchful waiting.
"""
    b.doc("doc-pcp-20251216", "2025-12-16 16:10", "11506-3", "Office Visit - Internal Medicine", pcp, pcpnote,
          custodian=opim)

    oncnote = """LAKESIDE ONCOLOGY & HEMATOLOGY - FOLLOW-UP
01/08/2026   Yuki Tanabe, MD
Dx: Follicular lymphoma, grade 1-2, stage III (dx 05/2021), never treated (watch & wait).
Interval: no fevers, night sweats or weight loss. PET/CT 12/2025: stable sub-2 cm cervical and
para-aortic nodes, SUV max 4.1, no bulky disease. CBC normal, LDH normal.
Assessment: indolent lymphoma, no GELF treatment criteria. Expected to have little or no impact
on her survival over the next several years. From an oncology standpoint there is no
contraindication to evaluation/treatment of her aortic stenosis.
Plan: surveillance every 6 months.
"""
    b.doc("doc-onc-20260108", "2026-01-08 11:30", "11506-3", "Oncology Follow-up", oncmd, oncnote, custodian=onc)

    icnote = """GREAT LAKES HEART & VASCULAR - STRUCTURAL HEART CLINIC
Interventional cardiology evaluation          02/24/2026
Farid Haddad, MD (interventional cardiology)
Patient seen and examined in person with her daughter.

HPI: 81-year-old woman with aortic stenosis that has progressed from moderate (3/2025) to
severe (TTE 1/22/2026: Vmax 4.4 m/s, MG 46 mmHg, AVA 0.7 cm2, LVEF 60%). Since fall 2025:
dyspnea climbing one flight of stairs or walking ~1 block, and two episodes of exertional
presyncope. NYHA class III.

PMH: HTN, CKD 3b, follicular lymphoma (watch & wait, oncology note 1/8/2026 - not life-limiting).
Exam: frail-appearing, BP 138/68, HR 74. III/VI late-peaking SEM, absent A2. Lungs clear.
No edema. Femoral pulses 2+.
Frailty: 5-m walk 7.1 s, KCCQ-12 41, grip 14 kg. STS PROM 4.8%.
CTA 2/18: annulus 412 mm2, iliofemoral access adequate, heavy ascending aortic calcification.

Assessment: Symptomatic severe calcific AS (NYHA III, exertional presyncope).
Options reviewed with patient/daughter: surgical AVR, transcatheter AVR, and medical/palliative
care. My judgment: intermediate surgical risk with frailty and a heavily calcified ascending
aorta; transfemoral TAVR offers the best balance of benefit and risk. Medical therapy alone
would not alter the natural history. She wishes to proceed with TAVR if the surgeon agrees.
Comorbidities (CKD 3b, indolent lymphoma) do not preclude expected benefit.
Plan: independent cardiac surgery evaluation (Dr. Bjornstad); heart team conference; dental
clearance done 2/2026.
"""
    b.doc("doc-ic-20260224", "2026-02-24 15:20", "11488-4", "Structural Heart - Interventional Cardiology Evaluation",
          ic, icnote, custodian=gl)

    cts1 = """CARDIAC SURGERY - TELEHEALTH (VIDEO) VISIT   03/04/2026 10:00
Helen Bjornstad, MD
Patient at home with daughter; consent for video visit obtained.
Reviewed TTE 1/22 and CTA 2/18 with the patient. History as in Dr. Haddad's note; she
describes breathlessness on stairs and near-fainting at church.
Exam: limited to video observation - alert, speaking full sentences, no visible distress.
Impression: severe symptomatic AS. Preliminary opinion: TAVR likely preferable to SAVR.
Plan: in-person visit for examination before heart team conference.
"""
    d1 = b.doc("doc-cts-20260304", "2026-03-04 10:40", "11488-4", "Cardiac Surgery Telehealth Consult", cts, cts1,
               encounter=enc_v, custodian=gl)
    cts2 = """ADDENDUM TO 03/04/2026 CARDIAC SURGERY CONSULT - IN-PERSON EVALUATION
Date: 03/17/2026   Helen Bjornstad, MD (cardiac surgery)

Patient seen and examined face to face in the cardiac surgery clinic today (the 3/4 visit was
video only, without physical examination).
Exam: frail elderly woman, BP 144/70, HR 70. Sternum/chest wall normal, no prior sternotomy.
Harsh III/VI SEM RUSB, absent A2. Lungs clear. No edema. Femoral and radial pulses intact.
Independent assessment of options:
 - SAVR: technically feasible; STS PROM 4.8%, but frailty (gait 7.1 s, KCCQ 41) and dense
   ascending aortic calcification increase cross-clamp/stroke and recovery risk.
 - TAVR (transfemoral): favorable anatomy on CTA; lower procedural risk and faster recovery.
 - Medical/palliative: would leave symptomatic severe AS untreated.
My recommendation: transfemoral TAVR. Rationale documented here and shared with the heart team.
I will participate in the procedure with Dr. Haddad.
"""
    b.doc("doc-cts-add-20260317", "2026-03-17 14:30", "11488-4", "Cardiac Surgery Consult - Addendum (in person)", cts,
          cts2, encounter=enc_p, custodian=gl, relates_to=("appends", d1))

    ht = """<html><body><h3>Multidisciplinary Heart Team Conference &ndash; Great Lakes Heart &amp; Vascular</h3>
<p>Date: 03/20/2026 &nbsp; Patient: Ruth E. Sobczak, 81 F &nbsp; Indication: severe symptomatic AS</p>
<table border="1" cellpadding="3">
<tr><th>Member</th><th>Role</th><th>Face-to-face evaluation</th></tr>
<tr><td>Farid Haddad, MD</td><td>Interventional cardiology</td><td>02/24/2026 (clinic, in person)</td></tr>
<tr><td>Helen Bjornstad, MD</td><td>Cardiac surgery</td><td>03/17/2026 (clinic, in person); video 03/04</td></tr>
<tr><td>M. Ruiz, MD</td><td>Cardiac anesthesia</td><td>chart review</td></tr>
<tr><td>A. Patel, APRN</td><td>Valve clinic coordinator</td><td>&mdash;</td></tr>
</table>
<p><b>Data:</b> TTE 1/22/2026 severe AS (Vmax 4.4, MG 46, AVA 0.7), LVEF 60%. CTA: annulus 412 mm&sup2;, TF access suitable.
STS 4.8%, frailty markers present. CKD 3b (eGFR 38) &ndash; contrast-sparing protocol.</p>
<p><b>Consensus:</b> transfemoral TAVR, balloon-expandable valve. No comorbidity expected to negate benefit. Joint operators: Haddad / Bjornstad.</p>
</body></html>"""
    b.doc("doc-heartteam-20260320", "2026-03-20 17:05", "34109-9", "Heart Team Conference Summary", [ic, cts], ht,
          ctype="text/html", custodian=gl)

    case = {
        "id": "bj-tavr-01", "patient": "patients/pj09.json",
        "request": {
            "service": {"system": CPT, "code": "33361", "display": "Transcatheter aortic valve replacement, percutaneous femoral artery approach"},
            "diagnoses": [{"system": ICDS, "code": "I35.0", "display": icd("I35.0")["display"]}],
            "payer": "medicare", "urgency": "standard", "date": "2026-04-07",
            "note": "TF-TAVR for severe symptomatic AS. Heart team 3/20/26.",
        },
        "gold": {
            "recommendation": "approve", "policy": "NCD 20.32",
            "evidence": ["DiagnosticReport/dr-echo-20260122", "DocumentReference/doc-ic-20260224",
                         "DocumentReference/doc-cts-add-20260317"],
            "missing": [],
            "rationale": "Symptomatic severe AS (NYHA III, exertional presyncope). Interventional cardiologist (2/24) and cardiac surgeon (3/17 in person, after a video-only visit) each examined face to face and documented rationale. Indolent lymphoma and CKD documented as not precluding benefit.",
        },
    }
    return case, b, "2026-04-07 08:00"


LOC_AV = "http://atlanticvalve.example/fhir/CodeSystem/local"


def tavr_02():
    b = Bundle("pj10", "America/New_York", "https://fhir.atlanticvalve.example/fhir")
    b.patient("Pennington", ["Harold", "J."], "male", "1948-06-06", "Albany", "NY",
              "http://atlanticvalve.example/mrn", "AVC-2093318")
    avc = b.org("org-avc", "Atlantic Valve Center - Capital Region Medical Center", "Structural heart program")
    php = b.org("org-phpc", "Pine Hills Primary Care", "Primary care")
    ic = b.practitioner("pr-greco", "Greco", ["Vincent"], "MD", "MD - Interventional Cardiology", "1356610987")
    cts = b.practitioner("pr-stroud", "Stroud", ["Philippa"], "MD", "MD - Cardiothoracic Surgery", "1962207734")
    pcp = b.practitioner("pr-fairweather", "Fairweather", ["Naomi"], "MD", "MD - Family Medicine", "1417039952")

    b.condition("cond-as", "I35.0", "2026-08-27 15:00", text="Severe aortic stenosis", asserter=ic)
    b.condition("cond-hipoa", "M16.11", "2019-03-14 10:00", text="Primary OA right hip - ambulates with cane; declined THA")
    b.condition("cond-htn", "I10", "2010-07-01 10:00", text="Hypertension")
    b.condition("cond-hld", "E78.5", "2010-07-01 10:00", text="Hyperlipidemia")
    b.condition("cond-exsmoker", "Z87.891", "2010-07-01 10:00", text="Former smoker, quit 1995")

    e = b.obs("obs-echo-20260827", "2026-08-27 14:30", cc("Aortic valve assessment (TTE)", LOC_AV, "AV"),
              category="imaging", performer=avc, components=[
                  comp(cc("AV Vmax", LOC_AV, "AV-VMAX"), qty(4.6, "m/s")),
                  comp(cc("AV mean gradient", LOC_AV, "AV-MG"), qty(52, "mm[Hg]")),
                  comp(cc("AVA (VTI)", LOC_AV, "AV-AVA"), qty(0.66, "cm2")),
                  comp(cc("LVEF", LOINC, "10230-1"), qty(58, "%"))])
    b.report("dr-echo-20260827", "2026-08-27 14:30", cc("Transthoracic echocardiogram", LOINC, "34552-0",
                                                        "Cardiac 2D echo panel"),
             conclusion="Severe aortic stenosis: Vmax 4.6 m/s, mean gradient 52 mmHg, AVA 0.66 cm2. Trileaflet, heavily calcified. LVEF 55-60%, moderate concentric LVH, grade I diastolic dysfunction.",
             results=[e], performer=avc)
    b.obs("obs-bnp-20260922", "2026-09-22 11:00", cc("BNP", LOINC, "30934-4"), qty(118, "pg/mL"),
          category="laboratory", performer=avc, interpretation="High (ref < 100)")
    b.report("dr-cta-20261006", "2026-10-06 09:30", cc("CTA TAVR protocol", LOC_AV, "CTA-TAVR"),
             conclusion="Annulus area 498 mm2. Coronary heights adequate. Iliofemoral vessels 7.4-8.0 mm, suitable for transfemoral access. Incidental 4 mm RUL nodule - 12-month CT.",
             performer=avc)
    b.obs("obs-sts-20261014", "2026-10-14 10:15", cc("STS PROM", LOC_AV, "STS"), qty(3.1, "%"), category="survey",
          performer=cts)
    b.service_request("sr-ex-20261028", "2026-10-28 16:30",
                      cc("Supervised symptom-limited exercise test (recumbent cycle) - clarify symptom status in severe AS",
                         LOC_AV, "EX-AS"), requester=ic, reason="Clarify symptom status in severe AS",
                      occurrence="2026-12-09 09:00")
    b.appointment("appt-ex-20261209", "2026-10-28 16:40", "2026-12-09 09:00", "2026-12-09 10:00",
                  "Exercise test - cardiac rehab lab (first available)", participants=[ic])

    awv = """PINE HILLS PRIMARY CARE - MEDICARE ANNUAL WELLNESS VISIT (subsequent)
Date: 08/11/2026   Naomi Fairweather, MD

Health risk assessment reviewed. Lives alone, independent in ADLs; daughter nearby.
Functional status: ambulates with cane because of right hip OA; walks about half a block
before stopping for hip pain; no longer does yard work. Falls in past year: none.
Cognition: Mini-Cog 5/5. PHQ-2 0.
Preventive: colonoscopy 2021 ok; flu shot today; shingles complete.
Review of systems: deferred - wellness visit.
Exam: BP 134/78, HR 68, BMI 27. NEW grade III/VI harsh crescendo-decrescendo systolic
murmur RUSB radiating to carotids (not noted 8/2025).
Plan: TTE for new murmur. Hip: continue acetaminophen/PT; he again declines hip replacement.
"""
    b.doc("doc-awv-20260811", "2026-08-11 10:50", "34109-9", "Annual Wellness Visit", pcp, awv, custodian=php)

    icnote = """ATLANTIC VALVE CENTER - STRUCTURAL HEART CLINIC
Date: 09/22/2026     Vincent Greco, MD (interventional cardiology)
Seen and examined in person.

78-year-old man referred for severe AS found on TTE 8/27/2026 done for a new murmur
(Vmax 4.6 m/s, MG 52 mmHg, AVA 0.66 cm2, LVEF 58%).

Symptom assessment is limited: he walks only short distances with a cane and stops
because of right hip pain; he says he "never gets far enough to find out" whether he would
get winded. Daughter reports he spends most of the day reading. History alone does not
allow me to classify him as symptomatic or asymptomatic.

Exam: BP 136/76, HR 66. III/VI late-peaking SEM, diminished A2. Lungs clear. No edema.
BNP 118 pg/mL (mildly elevated). ECG: SR, LVH with strain.

Assessment: severe, high-gradient calcific AS; symptom status indeterminate because
activity is limited by hip OA.
Plan:
 1. Objective symptom assessment: supervised symptom-limited exercise test on a recumbent
    cycle (treadmill not feasible with hip).
 2. CTA TAVR protocol for planning.
 3. Cardiac surgery evaluation (Dr. Stroud).
 4. Heart team discussion. Options discussed with patient: TAVR, SAVR, or surveillance.
"""
    b.doc("doc-ic-20260922", "2026-09-22 12:10", "11488-4", "Structural Heart Clinic - Interventional Cardiology", ic,
          icnote, custodian=avc)

    ctsnote = """CARDIOTHORACIC SURGERY CONSULTATION   10/14/2026   Philippa Stroud, MD
In-person visit; patient examined.
Severe AS (MG 52, AVA 0.66). STS PROM 3.1%. No prior chest surgery. FEV1 normal 2024.
Exam: well-appearing, BP 132/74. III/VI SEM. Sternum intact. Lungs clear. R hip antalgic gait.
Assessment/rationale: He would be an acceptable candidate for surgical AVR; at 78, with
favorable transfemoral anatomy on CTA, TAVR is a reasonable and less morbid alternative
if valve replacement is indicated. Whether intervention is indicated now depends on his
symptom status, which cannot be judged from his history - I agree with the planned exercise
test. Medical surveillance is also reasonable if he is truly asymptomatic with a normal
exercise response.
"""
    b.doc("doc-cts-20261014", "2026-10-14 11:30", "11488-4", "Cardiothoracic Surgery Consultation", cts, ctsnote,
          custodian=avc)

    htc = """HEART TEAM CONFERENCE - 10/28/2026
Present: V. Greco (IC), P. Stroud (CT surgery), L. Amari (imaging), K. Dube NP (coordinator)
Patient: Pennington, Harold   78M   Severe AS, LVEF 58%, STS 3.1%, CTA suitable for TF.
Discussion: symptom status uncertain (activity limited by hip OA). BNP mildly elevated.
CONSENSUS: proceed with transfemoral TAVR if the exercise test shows symptoms or an abnormal
BP response; if normal, shared decision between early TAVR and surveillance.
Exercise test: first available 12/09/2026 (cardiac rehab lab).
"""
    b.doc("doc-htc-20261028", "2026-10-28 17:00", "34109-9", "Heart Team Conference", [ic, cts], htc, custodian=avc)

    tel = """TELEPHONE NOTE 11/24/2026 14:05  K. Dube, NP (valve clinic coordinator)
Called pt: reviewed plan. Exercise test confirmed for 12/9. We are submitting the Medicare
prior authorization now so the TAVR date can be held for mid-December if the test supports
proceeding. Pt agreeable. Pre-procedure labs to be drawn 12/9.
"""
    b.doc("doc-tel-20261124", "2026-11-24 14:05", "34748-4", "Telephone Note - valve coordinator", ic, tel, custodian=avc)

    # after the request date
    b.obs("obs-ex-20261209", "2026-12-09 09:40", cc("Exercise test (recumbent cycle) summary", LOC_AV, "EX-SUM"),
          ("valueString", "Stopped at 3 min 40 s for dyspnea; SBP rise 8 mmHg (abnormal). No arrhythmia."),
          category="procedure", performer=avc)

    case = {
        "id": "bj-tavr-02", "patient": "patients/pj10.json",
        "request": {
            "service": {"system": CPT, "code": "33361", "display": "Transcatheter aortic valve replacement, percutaneous femoral artery approach"},
            "diagnoses": [{"system": ICDS, "code": "I35.0", "display": icd("I35.0")["display"]}],
            "payer": "medicare", "urgency": "standard", "date": "2026-12-01",
            "note": "Severe AS, TF-TAVR. Heart team approved 10/28/26.",
        },
        "gold": {
            "recommendation": "request_info", "policy": "NCD 20.32",
            "evidence": ["DiagnosticReport/dr-echo-20260827", "DocumentReference/doc-ic-20260922",
                         "DocumentReference/doc-cts-20261014"],
            "missing": ["symptoms|symptomatic|symptom status|exercise test|dyspnea|angina|syncope"],
            "rationale": "Severe AS; interventional cardiologist and cardiac surgeon each examined face to face with rationale. NCD covers symptomatic AS; the record states symptom status is indeterminate and the exercise test is booked after the request (its result does not exist for the case). Ask whether he is symptomatic.",
        },
    }
    return case, b, "2026-12-01 08:00"
