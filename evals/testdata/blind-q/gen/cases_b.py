from fhirlib import *
from cases_a import svc_cpt, dx

def tavr01():
    p = P("pq09", "Ferreira", "Alistair", "male", "1943-05-15", "LK-900118")
    p.org("org-lmc", "Lakeshore Medical Center"); p.org("org-vc", "Lakeshore Valve Clinic")
    p.prac("pr-cs", "Hargreave", "Eleanor", "MD - Cardiothoracic Surgery", "org-vc")
    p.prac("pr-ic", "Lindqvist", "Paul", "MD - Interventional Cardiology", "org-vc")
    p.prac("pr-gc", "Petrosyan", "Anahit", "MD - Cardiology", "org-lmc")
    p.prac("pr-echo", "Moreau", "Julien", "MD - Echocardiography", "org-lmc")
    p.prac("pr-coord", "Adeyemi", "Grace", "RN - Valve Program Coordinator", "org-vc")
    p.enc("enc-gc", "2025-12-15T09:00:00-05:00", "Cardiology office visit", "pr-gc", "org-lmc")
    p.enc("enc-cs-video", "2026-01-20T14:00:00-05:00", "Telehealth video visit - cardiac surgery", "pr-cs", "org-vc", cls="VR")
    p.enc("enc-ic", "2026-01-28T10:00:00-05:00", "Structural heart clinic", "pr-ic", "org-vc")
    p.enc("enc-cs", "2026-02-03T13:00:00-05:00", "Cardiac surgery clinic - in person", "pr-cs", "org-vc")
    p.cond("c-as", "I35.0", "Nonrheumatic aortic (valve) stenosis", "2022-03-01", recorder="pr-gc", text="Aortic stenosis, moderate", note="Problem list text not updated since 2022 echo")
    p.cond("c-ckd", "N18.31", "Chronic kidney disease, stage 3a", "2023-06-01")
    p.cond("c-htn", "I10", "Essential (primary) hypertension", "2010-01-01")
    p.cond("c-pres", "H52.4", "Presbyopia", "2015-01-01")
    p.obs("o-ava-old", "2022-03-01", "AVA", "Aortic valve area (continuity)", 1.2, "cm2", "cm2", system=LOCAL, cat="imaging", perf="pr-echo")
    p.obs("o-echo", "2025-12-22", "AV-HEMO", "Aortic valve hemodynamics (TTE)", system=LOCAL, cat="imaging", perf="pr-echo", comps=[
        {"system": LOCAL, "code": "AVA", "text": "Aortic valve area (continuity)", "value": 0.72, "unit": "cm2", "ucum": "cm2"},
        {"system": LOCAL, "code": "AV-MG", "text": "Aortic valve mean gradient", "value": 46, "unit": "mm[Hg]", "ucum": "mm[Hg]"},
        {"system": LOCAL, "code": "AV-VMAX", "text": "Aortic valve peak velocity", "value": 4.4, "unit": "m/s", "ucum": "m/s"}])
    p.obs("o-lvef", "2025-12-22", "10230-1", "Left ventricular Ejection fraction", 55, "%", "%", cat="imaging", perf="pr-echo")
    p.obs("o-sts", "2026-02-03", "STS-PROM", "STS predicted risk of mortality (SAVR)", 6.1, "%", "%", system=LOCAL, cat="survey", perf="pr-cs")
    p.dr("dr-echo", "2025-12-22", "TTE", "Transthoracic echocardiogram report", "pr-echo",
         "Severe calcific aortic stenosis: AVA 0.72 cm2, mean gradient 46 mmHg, Vmax 4.4 m/s. LVEF 55%. Progressed from moderate (AVA 1.2 cm2, 2022).", results=["o-echo", "o-lvef"], system=LOCAL, cat="CUS")
    p.proc("pr-cta", "2026-01-26", "75574", "CT angiography, heart/coronaries (TAVR protocol)", "pr-ic", note="Annulus 24.1 mm perimeter-derived; iliofemoral access adequate bilaterally (min 6.8 mm).")
    p.doc("d-gc", "2025-12-15", PROG, "Cardiology Office Visit", "pr-gc", """
CARDIOLOGY 12/15/2025  A. Petrosyan MD
82M w/ known AS (moderate 2022), HTN, CKD3a.
Now: SOB walking up the driveway, had to stop twice on stairs at church, one episode of "grayout" standing up from lunch, no full syncope. Denies chest pain. NYHA II-III.
Exam: 3/6 late-peaking SEM RUSB, diminished A2.
Plan: repeat TTE; if severe -> refer valve clinic.
""", enc="enc-gc", org="org-lmc")
    p.doc("d-cs-video", "2026-01-20", CONS, "Cardiac Surgery Telehealth Visit", "pr-cs", """
CARDIAC SURGERY - TELEHEALTH (VIDEO) VISIT 01/20/2026
Reviewed echo; discussed SAVR vs TAVR in principle. Physical examination not possible via video. Pt will come in for an in-person exam with gait speed/frailty testing before the heart team conference.
E. Hargreave MD
""", enc="enc-cs-video", org="org-vc")
    p.doc("d-ic", "2026-01-28", CONS, "Structural Heart Clinic - Interventional Cardiology", "pr-ic", """
<html><body><h3>Structural Heart Clinic</h3><p>Seen in clinic 01/28/2026 with his daughter. P. Lindqvist MD (interventional cardiology).</p>
<p><b>Symptoms:</b> exertional dyspnea (NYHA III), near-syncope x1. <b>Echo 12/22/25:</b> severe AS, AVA 0.72, MG 46, Vmax 4.4, EF 55%.</p>
<p><b>Exam:</b> 3/6 SEM, carotid upstroke delayed, no edema. Femoral pulses 2+.</p>
<p><b>CTA 1/26:</b> suitable transfemoral access, annulus 24 mm.</p>
<p><b>Assessment/rationale:</b> Symptomatic severe AS. Age 82, CKD3a, frailty (5-m gait 7.2 s) -&gt; favors TAVR over SAVR; transfemoral TAVR reasonable. Palliative therapy discussed and not chosen.</p></body></html>
""", ctype="text/html", enc="enc-ic", org="org-vc")
    p.doc("d-cs", "2026-02-03", CONS, "Cardiac Surgery Consultation - In Person", "pr-cs", """
CARDIOTHORACIC SURGERY CONSULTATION (IN-PERSON)   02/03/2026   E. Hargreave MD
Patient examined in clinic today (face-to-face), accompanied by daughter.
HPI: 82M, symptomatic severe AS (DOE NYHA III, near-syncope). Echo 12/22/25 AVA 0.72 cm2, MG 46.
Exam: frail, 5-m gait 7.4 s, grip weak. Sternotomy feasible anatomically.
STS PROM (SAVR) 6.1%. Frailty + CKD3a.
Assessment: intermediate-to-high surgical risk. I recommend TAVR over SAVR; rationale documented for heart team: frailty, STS 6.1%, favorable TF access.
""", enc="enc-cs", org="org-vc")
    p.doc("d-ht", "2026-02-05", NOTE, "Heart Team Conference Summary", "pr-coord", """
HEART TEAM CONFERENCE 2/5/26 - Attending: Hargreave (CT surg), Lindqvist (IC), Petrosyan (cardiology), Adeyemi RN.
Case: Ferreira, A. Consensus: TF-TAVR. Both surgeon and IC have independently examined the pt (IC 1/28, surgeon in person 2/3). Proceed to PA. -GA RN
""", org="org-vc")
    case = {"id": "bq-tavr-01", "patient": "patients/pq09.json",
            "request": {"service": svc_cpt("33361", "Transcatheter aortic valve replacement, percutaneous femoral artery approach"), "diagnoses": [dx("I35.0", "Nonrheumatic aortic (valve) stenosis")],
                        "payer": "medicare", "urgency": "standard", "date": "2026-02-09"},
            "gold": {"recommendation": "approve", "policy": "NCD 20.32",
                     "evidence": ["DiagnosticReport/dr-echo", "DocumentReference/d-gc", "DocumentReference/d-ic", "DocumentReference/d-cs"],
                     "missing": [],
                     "rationale": "Symptomatic severe aortic stenosis on the newer echo, with the 2022 'moderate' problem-list text superseded. The interventional cardiologist and the cardiac surgeon each examined him face-to-face (the surgeon's video visit was followed by an in-person exam) and documented their rationale."}}
    return p, case, ["stale 'moderate' problem list vs newer severe echo", "surgeon video visit (not face-to-face) followed by in-person exam", "HTML IC note"]

def tavr02():
    p = P("pq10", "Sato-Reinholt", "Miriam", "female", "1949-10-03", "LK-912240")
    p.org("org-lmc", "Lakeshore Medical Center"); p.org("org-vc", "Lakeshore Valve Clinic"); p.org("org-pc", "Bayview Family Medicine")
    p.prac("pr-cs", "Hargreave", "Eleanor", "MD - Cardiothoracic Surgery", "org-vc")
    p.prac("pr-ic", "Lindqvist", "Paul", "MD - Interventional Cardiology", "org-vc")
    p.prac("pr-pcp", "Osei", "Kwame", "DO - Family Medicine", "org-pc")
    p.prac("pr-echo", "Moreau", "Julien", "MD - Echocardiography", "org-lmc")
    p.prac("pr-ex", "Galloway", "Neil", "MD - Cardiology (stress lab)", "org-lmc")
    p.enc("enc-pcp", "2026-02-10T09:00:00-05:00", "Office visit", "pr-pcp", "org-pc")
    p.enc("enc-ic", "2026-03-04T10:00:00-05:00", "Structural heart clinic", "pr-ic", "org-vc")
    p.enc("enc-cs", "2026-03-11T13:00:00-04:00", "Cardiac surgery clinic", "pr-cs", "org-vc")
    p.cond("c-as", "I35.0", "Nonrheumatic aortic (valve) stenosis", "2024-05-02", recorder="pr-pcp")
    p.cond("c-dyspnea", "R06.02", "Shortness of breath", "2024-05-02", clin="resolved", recorder="pr-pcp", note="2024: deconditioning after hip surgery; resolved with cardiac rehab/PT")
    p.cond("c-hld", "E78.5", "Hyperlipidemia, unspecified", "2012-01-01")
    p.cond("c-hypo", "E03.9", "Hypothyroidism, unspecified", "2005-01-01")
    p.obs("o-echo", "2026-02-20", "AV-HEMO", "Aortic valve hemodynamics (TTE)", system=LOCAL, cat="imaging", perf="pr-echo", comps=[
        {"system": LOCAL, "code": "AVA", "text": "Aortic valve area (continuity)", "value": 0.9, "unit": "cm2", "ucum": "cm2"},
        {"system": LOCAL, "code": "AV-MG", "text": "Aortic valve mean gradient", "value": 41, "unit": "mm[Hg]", "ucum": "mm[Hg]"},
        {"system": LOCAL, "code": "AV-VMAX", "text": "Aortic valve peak velocity", "value": 4.1, "unit": "m/s", "ucum": "m/s"}])
    p.obs("o-lvef", "2026-02-20", "10230-1", "Left ventricular Ejection fraction", 64, "%", "%", cat="imaging", perf="pr-echo")
    p.obs("o-ett", "2026-02-27", "ETT", "Exercise treadmill test summary", system=LOCAL, cat="procedure", perf="pr-ex", comps=[
        {"system": LOCAL, "code": "METS", "text": "Peak workload", "value": 8.6, "unit": "MET", "ucum": "{MET}"},
        {"system": LOCAL, "code": "SX", "text": "Exercise-limiting symptoms", "vstr": "none; stopped for target HR"},
        {"system": LOCAL, "code": "BPR", "text": "Blood pressure response", "vstr": "normal rise 134 -> 178 mmHg"}])
    p.dr("dr-echo", "2026-02-20", "TTE", "Transthoracic echocardiogram report", "pr-echo", "Severe aortic stenosis (AVA 0.9 cm2, MG 41 mmHg, Vmax 4.1 m/s), normal LV size and function (EF 64%).", results=["o-echo", "o-lvef"], system=LOCAL, cat="CUS")
    p.dr("dr-ett", "2026-02-27", "ETT", "Exercise treadmill test report", "pr-ex", "Bruce protocol 7:40 min, 8.6 METs, 94% MPHR. No symptoms, no ST changes, normal BP response, no arrhythmia. Asymptomatic severe AS with normal exercise test.", results=["o-ett"], system=LOCAL, cat="CUS")
    p.medstmt("ms-levo", "2026-02-10", "10582", "levothyroxine 50 mcg tablet", start="2005-01-01")
    p.medstmt("ms-ator", "2026-02-10", "83367", "atorvastatin 20 mg tablet", start="2012-01-01")
    p.doc("d-pcp", "2026-02-10", PROG, "Office Visit", "pr-pcp", """
BAYVIEW FAMILY MEDICINE  2/10/2026
76F annual. Murmur louder. 
HPI: [copied from 05/02/2024 note] "Dyspnea on exertion, NYHA II, since hip replacement."
Interval today: Walks 2 miles most mornings, pickleball 2x/wk, "never felt better." No CP, no syncope, no SOB.
Exam: 3/6 SEM.
A/P: AS - repeat echo, refer valve clinic if severe.
""", enc="enc-pcp", org="org-pc")
    p.doc("d-ic", "2026-03-04", CONS, "Structural Heart Clinic - Interventional Cardiology", "pr-ic", """
STRUCTURAL HEART CLINIC   03/04/2026   P. Lindqvist MD
Seen face-to-face. 76F, severe AS on TTE 2/20/26 (AVA 0.9, MG 41, Vmax 4.1), EF 64%.
Symptoms: none. Active, pickleball twice weekly. Dyspnea listed in referral refers to 2024 post-op deconditioning, resolved. ETT 2/27: 8.6 METs, asymptomatic, normal BP response.
Assessment: ASYMPTOMATIC severe AS, normal EF, normal stress test. Patient strongly prefers early intervention after reading about it; understands guideline standard is surveillance in her situation.
Rationale: discussed with patient; would offer TF-TAVR if coverage allows; otherwise surveillance echo 6 mo.
""", enc="enc-ic", org="org-vc")
    p.doc("d-cs", "2026-03-11", CONS, "Cardiac Surgery Consultation", "pr-cs", """
CT SURGERY CONSULT 3/11/26 - E. Hargreave MD - examined in person.
Asymptomatic severe AS, low surgical risk (STS 1.9%). If intervention pursued, SAVR or TAVR both reasonable. Agree with IC that she has no symptoms at present; watchful waiting is an acceptable alternative.
""", enc="enc-cs", org="org-vc")
    p.doc("d-ref", "2026-03-13", NOTE, "Referral / Prior Authorization Cover Letter", "pr-ic", """
<html><body><p>RE: Miriam Sato-Reinholt - TAVR request</p><p>Diagnosis: Severe aortic stenosis, symptomatic (DOE, NYHA class II). Heart team evaluation complete (IC 3/4, CT surgery 3/11).</p><p>Please authorize TF-TAVR (33361).</p><p>Valve clinic office</p></body></html>
""", ctype="text/html", org="org-vc")
    case = {"id": "bq-tavr-02", "patient": "patients/pq10.json",
            "request": {"service": svc_cpt("33361", "Transcatheter aortic valve replacement, percutaneous femoral artery approach"), "diagnoses": [dx("I35.0", "Nonrheumatic aortic (valve) stenosis")],
                        "payer": "medicare", "urgency": "standard", "date": "2026-03-16"},
            "gold": {"recommendation": "refer", "policy": "NCD 20.32",
                     "evidence": ["DocumentReference/d-ic", "DocumentReference/d-cs", "DiagnosticReport/dr-ett", "DocumentReference/d-pcp", "DiagnosticReport/dr-echo"],
                     "missing": [],
                     "rationale": "NCD 20.32 covers TAVR for symptomatic aortic stenosis. Both heart-team physicians document severe but asymptomatic disease with a normal exercise test. The cover letter's 'symptomatic, NYHA II' copies a 2024 complaint that has resolved, so the symptomatic criterion is documented not met."}}
    return p, case, ["copy-forward 2024 dyspnea in PCP note and cover letter", "asymptomatic severe AS with normal ETT", "face-to-face exams present (criteria otherwise met)"]

def hbot01():
    p = P("pq11", "Abernathy", "Clyde", "male", "1959-07-07", "LK-1010331")
    p.org("org-wc", "Lakeshore Wound & Hyperbaric Center"); p.org("org-lmc", "Lakeshore Medical Center")
    p.prac("pr-wc", "Ibekwe", "Nnamdi", "MD - Wound Care / Undersea & Hyperbaric Medicine", "org-wc")
    p.prac("pr-pod", "Sandoval", "Teresa", "DPM - Podiatry", "org-wc")
    p.prac("pr-id", "Kaur", "Harpreet", "MD - Infectious Disease", "org-lmc")
    p.prac("pr-rn", "Gustafson", "Lena", "RN - Wound Care Nurse", "org-wc")
    p.prac("pr-vasc", "Okafor", "Emeka", "MD - Vascular Surgery", "org-lmc")
    for i, d in enumerate(["2026-01-05", "2026-01-19", "2026-02-02", "2026-02-16"]):
        p.enc(f"enc-w{i+1}", d + "T09:00:00-05:00", "Wound center visit", "pr-wc", "org-wc")
    p.cond("c-dfu", "E11.621", "Type 2 diabetes mellitus with foot ulcer", "2026-01-05", recorder="pr-wc")
    p.cond("c-ulc", "L97.514", "Non-pressure chronic ulcer of other part of right foot with necrosis of bone", "2026-01-05", recorder="pr-pod")
    p.cond("c-osteo", "M86.171", "Other acute osteomyelitis, right ankle and foot", "2026-01-07", recorder="pr-id", note="MRI 1/6/26: osteomyelitis R 3rd metatarsal head; bone bx culture MSSA")
    measures = [("2026-01-05", 3.1, 2.4, 1.2), ("2026-01-19", 3.0, 2.5, 1.2), ("2026-02-02", 3.1, 2.4, 1.3), ("2026-02-16", 3.2, 2.4, 1.2)]
    for i, (d, l, w, dp) in enumerate(measures):
        p.obs(f"o-wound-{i+1}", d, "WOUND", "Wound measurements, R plantar 3rd MTH", system=LOCAL, cat="exam", perf="pr-rn", enc=f"enc-w{i+1}", comps=[
            {"code": "39126-8", "text": "Wound length", "value": l, "unit": "cm", "ucum": "cm"},
            {"code": "39125-0", "text": "Wound width", "value": w, "unit": "cm", "ucum": "cm"},
            {"code": "39127-6", "text": "Wound depth", "value": dp, "unit": "cm", "ucum": "cm"}])
    p.obs("o-a1c", "2026-01-05", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", 7.3, "%", "%", cat="laboratory", note="Down from 9.6% (09/2025) after insulin start")
    p.obs("o-vasc", "2026-01-09", "ABI-TCPO2", "Non-invasive arterial study, right leg", system=LOCAL, cat="procedure", perf="pr-vasc", comps=[
        {"system": LOCAL, "code": "ABI-R", "text": "Ankle-brachial index, right", "value": 1.04, "unit": "{ratio}", "ucum": "{ratio}"},
        {"system": LOCAL, "code": "TBI-R", "text": "Toe-brachial index, right", "value": 0.72, "unit": "{ratio}", "ucum": "{ratio}"},
        {"system": LOCAL, "code": "TCPO2-R", "text": "TcPO2 right dorsal foot", "value": 47, "unit": "mm[Hg]", "ucum": "mm[Hg]"}])
    p.medreq("m-cefaz", "2026-01-08", "2180", "cefazolin 2 g IV every 8 hours", "pr-id", status="active", stop="2026-02-19", dose="6 weeks via PICC")
    p.medreq("m-ins", "2025-09-20", "274783", "insulin glargine 100 units/mL pen", "pr-wc", dose="22 units nightly")
    p.proc("pr-tcc", "2026-01-05", "29445", "Application of rigid total contact leg cast", "pr-pod", note="TCC applied, changed weekly")
    p.proc("pr-debr", "2026-02-16", "11043", "Debridement, muscle and/or fascia", "pr-pod", note="Serial sharp debridement weekly since 1/5/26; most recent 2/16")
    p.doc("d-pod", "2026-01-05", CONS, "Podiatry / Wound Center Initial Evaluation", "pr-pod", """
WOUND CENTER INITIAL EVAL  01/05/2026  T. Sandoval DPM
66M T2DM (insulin), neuropathic ulcer R plantar 3rd metatarsal head x 10 wk.
Wound: 3.1 x 2.4 x 1.2 cm, probes to bone, purulent drainage, surrounding cellulitis 1 cm.
Classification: WAGNER GRADE 3 (deep ulcer with osteomyelitis, pending MRI confirmation).
Pulses DP/PT palpable. Monofilament absent.
Plan: MRI foot, bone biopsy, ID consult, arterial studies, TCC offloading, weekly sharp debridement, moist dressing (alginate), nutrition labs, glucose optimization w/ PCP.
""", org="org-wc")
    p.doc("d-id", "2026-01-08", CONS, "Infectious Disease Consultation", "pr-id", """
ID CONSULT 1/8/26 - H. Kaur MD: MRI 1/6 confirms osteomyelitis R 3rd MT head; bone bx MSSA. Start cefazolin 2 g IV q8h x 6 wk via PICC (through 2/19). Weekly CBC/BMP/CRP. Cellulitis resolving by 1/19.
""", org="org-lmc")
    p.doc("d-rn3", "2026-02-02", NURSE, "Wound Care Nursing Note", "pr-rn", """
WOUND NURSING NOTE 02/02/2026
Location: R plantar 3rd MTH.  Meas: 31 mm x 24 mm x 13 mm.
Wound bed: 80% granular / 20% slough. Periwound macerated.
Assessment: "Wound measurements improving, continue current plan." 
TCC reapplied. L. Gustafson RN
--- ADDENDUM 02/03/2026 L. Gustafson RN: "improving" statement was carried forward from a prior template and is incorrect; measurements unchanged vs 1/5 (3.1 x 2.4 x 1.2 cm then, 3.1 x 2.4 x 1.3 cm now). Dr Ibekwe notified.
""", org="org-wc")
    p.doc("d-wc", "2026-02-16", PROG, "Wound Center Physician Note - HBO Evaluation", "pr-wc", """
WOUND & HYPERBARIC CENTER - PHYSICIAN PROGRESS / HBO CANDIDACY  02/16/2026   N. Ibekwe MD
DFU R plantar 3rd MTH, Wagner 3 (osteomyelitis confirmed MRI + bone bx).
Standard wound care since 01/05/2026 (42 days): weekly sharp debridement, alginate moist dressing, TCC offloading, IV cefazolin for osteomyelitis (day 40/42), vascular assessment done (ABI 1.04, TBI 0.72, TcPO2 47 - no correctable disease, vascular surgery signed off), glucose optimized (A1c 9.6 -> 7.3), albumin 3.7, dietitian input.
Serial measurements (cm): 1/5 3.1x2.4x1.2 | 1/19 3.0x2.5x1.2 | 2/2 3.1x2.4x1.3 | 2/16 3.2x2.4x1.2 -> no measurable signs of healing in > 30 days.
Plan: adjunctive HBO 2.0-2.4 ATA, 90 min, 5x/wk, with continued standard care; re-evaluate at least q30 days. Chest x-ray/ENT screen clear.
""", enc="enc-w4", org="org-wc")
    p.doc("d-vasc", "2026-01-09", PROCN, "Arterial Doppler Study", "pr-vasc", """
NONINVASIVE ARTERIAL STUDY R LE 01/09/2026 - ABI 1.04 (non-compressible? no), TBI 0.72, TcPO2 47 mmHg dorsal foot. Triphasic waveforms. IMPRESSION: no hemodynamically significant arterial disease; adequate perfusion for healing. E. Okafor MD
""", org="org-lmc")
    case = {"id": "bq-hbot-01", "patient": "patients/pq11.json",
            "request": {"service": {"system": "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", "code": "G0277", "display": "Hyperbaric oxygen under pressure, full body chamber, per 30 minute interval"},
                        "diagnoses": [dx("E11.621", "Type 2 diabetes mellitus with foot ulcer"), dx("L97.514", "Non-pressure chronic ulcer of other part of right foot with necrosis of bone"), dx("M86.171", "Other acute osteomyelitis, right ankle and foot")],
                        "payer": "medicare", "urgency": "standard", "date": "2026-02-19"},
            "gold": {"recommendation": "approve", "policy": "NCD 20.29",
                     "evidence": ["DocumentReference/d-wc", "DocumentReference/d-pod", "Observation/o-wound-1", "Observation/o-wound-4", "Observation/o-vasc", "DocumentReference/d-rn3"],
                     "missing": [],
                     "rationale": "Type 2 diabetic lower-extremity ulcer, Wagner grade 3 with osteomyelitis. Serial measurements show no healing over more than 30 days of complete standard care (vascular assessment, glucose, nutrition, debridement, offloading, infection treatment). The nurse's 'improving' was carried forward in error and corrected by addendum."}}
    return p, case, ["copy-forward 'improving' corrected by addendum", "measurements in mm vs cm", "no-healing interval computed from serial measurements", "standard-care elements spread across notes"]

HBO = {"system": "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", "code": "G0277", "display": "Hyperbaric oxygen under pressure, full body chamber, per 30 minute interval"}

def hbot02():
    p = P("pq12", "Villanueva", "Perpetua", "female", "1955-04-21", "LK-1022874")
    p.org("org-wc", "Lakeshore Wound & Hyperbaric Center"); p.org("org-out", "Harbor Point Foot & Ankle Clinic"); p.org("org-lmc", "Lakeshore Medical Center")
    p.prac("pr-wc", "Ibekwe", "Nnamdi", "MD - Wound Care / Undersea & Hyperbaric Medicine", "org-wc")
    p.prac("pr-outpod", "Whelan", "Garrett", "DPM - Podiatry", "org-out")
    p.prac("pr-rad", "Fenwick", "Hugo", "MD - Radiology", "org-lmc")
    p.prac("pr-rn", "Gustafson", "Lena", "RN - Wound Care Nurse", "org-wc")
    p.enc("enc-out", "2026-05-04T10:00:00-04:00", "Outside podiatry visit", "pr-outpod", "org-out")
    p.enc("enc-wc", "2026-06-08T09:00:00-04:00", "Wound center new patient", "pr-wc", "org-wc")
    p.cond("c-dfu", "E11.621", "Type 2 diabetes mellitus with foot ulcer", "2026-04-06", recorder="pr-outpod")
    p.cond("c-ulc", "L97.522", "Non-pressure chronic ulcer of other part of left foot with fat layer exposed", "2026-04-06", recorder="pr-outpod")
    p.cond("c-osteo", "M86.172", "Other acute osteomyelitis, left ankle and foot", "2026-05-04", ver="refuted", recorder="pr-outpod", note="Suspected clinically 5/4; MRI 5/12 negative for osteomyelitis/abscess.")
    p.cond("c-htn", "I10", "Essential (primary) hypertension", "2011-01-01")
    p.cond("c-oa", "M17.0", "Bilateral primary osteoarthritis of knee", "2019-01-01")
    for i, (d, l, w, dp) in enumerate([("2026-05-04", 2.6, 1.9, 0.6), ("2026-06-08", 2.5, 1.9, 0.6)]):
        p.obs(f"o-wound-{i+1}", d, "WOUND", "Wound measurements, L plantar 1st MTH", system=LOCAL, cat="exam", perf="pr-outpod" if i == 0 else "pr-rn", comps=[
            {"code": "39126-8", "text": "Wound length", "value": l, "unit": "cm", "ucum": "cm"},
            {"code": "39125-0", "text": "Wound width", "value": w, "unit": "cm", "ucum": "cm"},
            {"code": "39127-6", "text": "Wound depth", "value": dp, "unit": "cm", "ucum": "cm"}])
    p.obs("o-wagner", "2026-06-08", "WAGNER", "Wagner ulcer grade", system=LOCAL, vstr="Grade 2", cat="exam", perf="pr-wc")
    p.obs("o-a1c", "2026-05-04", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", 7.9, "%", "%", cat="laboratory")
    p.dr("dr-mri", "2026-05-12", "MRI-FOOT", "MRI left foot without and with contrast", "pr-rad",
         "Soft-tissue ulcer plantar to 1st MT head with sinus tract to flexor hallucis longus tendon sheath. Normal marrow signal of 1st MT head and sesamoids - no osteomyelitis. No abscess. No septic arthritis.", system=LOCAL, cat="RAD")
    p.medreq("m-metf", "2016-01-01", "6809", "metformin 500 mg tablet", "pr-outpod", dose="2 twice daily")
    p.medreq("m-doxy", "2026-05-04", "3640", "doxycycline hyclate 100 mg", "pr-outpod", status="completed", stop="2026-05-18")
    p.doc("d-out", "2026-05-04", PROG, "Outside Podiatry Note (faxed)", "pr-outpod", """
HARBOR POINT FOOT & ANKLE  -  PROGRESS NOTE            [FAX RECEIVED 05/2l/2026  PG 1 OF 1]
Pt: Villanueva, Perpetua   DOS 05/04/2026
L plantar 1st MTH ulcer since ~4/6/26. 2.6 x 1.9 x 0.6 cm. Probe: deep, ?bone. Mild erythema.
Dx: DFU L foot, Wagner grade 3 (r/o osteo)  -> MRI ordered, doxy x 14 d.
Offloading: post-op shoe + felt. Dressings: silver alginate.
Failed >30 d wound care -> referring to hyperbaric center.
G. Whelan DPM
""", org="org-out")
    p.doc("d-mri", "2026-05-12", PROCN, "MRI Report", "pr-rad", """
MRI LEFT FOOT W/WO CONTRAST  05/12/2026
Clinical: DFU 1st MTH, r/o osteomyelitis.
Findings: Ulcer plantar to 1st MT head with a sinus tract extending to the FHL tendon sheath. Marrow signal of the 1st MT head, sesamoids and proximal phalanx normal on T1 and STIR. No abscess. No joint effusion.
Impression: No MRI evidence of osteomyelitis or abscess. Tendon sheath involvement.
H. Fenwick MD
""", org="org-lmc")
    p.doc("d-wc", "2026-06-08", CONS, "Wound & Hyperbaric Center - New Patient Evaluation", "pr-wc", """
WOUND & HYPERBARIC CENTER - NEW PATIENT  06/08/2026   N. Ibekwe MD
Referred for HBO by outside DPM with "Wagner 3 DFU."
Exam: L plantar 1st MTH ulcer 2.5 x 1.9 x 0.6 cm; probes to tendon sheath, NOT to bone. No abscess, no cellulitis. DP/PT palpable.
MRI 5/12: no osteomyelitis, no abscess.
My grading: Wagner grade 2 (deep to tendon/capsule without abscess or osteomyelitis). The outside grade 3 was provisional pending MRI.
Standard care since ~4/6 (offloading, alginate, debridement, doxy) with minimal change (2.6x1.9 -> 2.5x1.9).
Assessment: Wagner 2 DFU not meeting Medicare HBO criteria at this time. Referral nonetheless sent per patient/PCP request for coverage determination; continue standard care, TCC.
""", enc="enc-wc", org="org-wc")
    p.doc("d-rn", "2026-06-08", NURSE, "Wound Care Nursing Note", "pr-rn", """
6/8/26 wound RN: L plantar 1st MTH 25 x 19 x 6 mm, granular base 60%, no odor, no drainage. TCC applied. Pt education on offloading. -LG
""", enc="enc-wc", org="org-wc")
    case = {"id": "bq-hbot-02", "patient": "patients/pq12.json",
            "request": {"service": HBO, "diagnoses": [dx("E11.621", "Type 2 diabetes mellitus with foot ulcer"), dx("L97.522", "Non-pressure chronic ulcer of other part of left foot with fat layer exposed")],
                        "payer": "medicare", "urgency": "standard", "date": "2026-06-10"},
            "gold": {"recommendation": "refer", "policy": "NCD 20.29",
                     "evidence": ["DocumentReference/d-wc", "Observation/o-wagner", "DiagnosticReport/dr-mri", "DocumentReference/d-out"],
                     "missing": [],
                     "rationale": "The diabetic wound criteria need Wagner grade III or higher. The outside 'Wagner 3' was provisional pending MRI, and the MRI excludes osteomyelitis and abscess. The treating wound physician grades it Wagner 2, so a deciding criterion is documented not met."}}
    return p, case, ["outside provisional Wagner 3 vs own Wagner 2 after MRI", "refuted osteomyelitis Condition", "faxed note with OCR artefacts", "measurements in mm"]

def ci01():
    p = P("pq13", "Harrow", "Theodore", "male", "1948-08-30", "LK-1100947")
    p.org("org-ent", "Lakeshore Otology & Neurotology"); p.org("org-lmc", "Lakeshore Medical Center")
    p.prac("pr-oto", "Vasquez-Lund", "Beatriz", "MD - Neurotology", "org-ent")
    p.prac("pr-aud", "Pemberton", "Claire", "AuD - Audiology", "org-ent")
    p.prac("pr-rad", "Fenwick", "Hugo", "MD - Neuroradiology", "org-lmc")
    p.prac("pr-np", "Ostrowski", "Daniel", "PA-C - Otolaryngology", "org-ent")
    p.enc("enc-aud", "2026-06-15T09:00:00-04:00", "Cochlear implant candidacy evaluation", "pr-aud", "org-ent")
    p.enc("enc-oto", "2026-06-29T10:00:00-04:00", "Neurotology consultation", "pr-oto", "org-ent")
    p.enc("enc-acute", "2026-07-20T15:00:00-04:00", "ENT same-day visit", "pr-np", "org-ent")
    p.cond("c-snhl", "H90.3", "Sensorineural hearing loss, bilateral", "2019-03-01", recorder="pr-oto")
    p.cond("c-om-old", "H66.92", "Otitis media, unspecified, left ear", "2024-02-10", clin="resolved", recorder="pr-np", note="Acute OM 02/2024, resolved")
    p.cond("c-csom", "H66.3X2", "Other chronic suppurative otitis media, left ear", "2026-07-20", recorder="pr-np", note="Active otorrhea, TM perforation, Pseudomonas")
    p.cond("c-ha", "Z97.4", "Presence of external hearing-aid", "2019-03-01")
    p.cond("c-afib", "I48.0", "Paroxysmal atrial fibrillation", "2020-01-01")
    p.obs("o-pta", "2026-06-15", "PTA", "Pure-tone average (0.5/1/2/4 kHz)", system=LOCAL, cat="exam", perf="pr-aud", comps=[
        {"system": LOCAL, "code": "PTA-R", "text": "PTA right ear", "value": 78, "unit": "dB HL", "ucum": "dB"},
        {"system": LOCAL, "code": "PTA-L", "text": "PTA left ear", "value": 88, "unit": "dB HL", "ucum": "dB"}])
    p.obs("o-azbio", "2026-06-15", "AZBIO", "AzBio sentences in quiet, best-aided (bilateral hearing aids)", 34, "%", "%", system=LOCAL, cat="exam", perf="pr-aud")
    p.obs("o-azbio-old", "2024-09-10", "AZBIO", "AzBio sentences in quiet, best-aided (bilateral hearing aids)", 62, "%", "%", system=LOCAL, cat="exam", perf="pr-aud")
    p.dr("dr-ct", "2026-06-22", "CT-TB", "CT temporal bones without contrast", "pr-rad", "Normal cochlear anatomy bilaterally, patent cochleae, no ossification. Left mastoid partially opacified. IAC normal caliber.", system=LOCAL, cat="RAD")
    p.dr("dr-mri", "2026-06-24", "MRI-IAC", "MRI internal auditory canals with contrast", "pr-rad", "No vestibular schwannoma or retrocochlear lesion. Normal cochlear fluid signal bilaterally.", system=LOCAL, cat="RAD")
    p.obs("o-cult", "2026-07-20", "6463-4", "Bacteria identified in Specimen by Culture", vstr="Pseudomonas aeruginosa, heavy growth (left ear drainage)", cat="laboratory")
    p.medreq("m-cipro", "2026-07-20", None, "ciprofloxacin 0.3% / dexamethasone 0.1% otic suspension", "pr-np", dose="4 drops left ear twice daily x 10 days")
    p.medreq("m-apix", "2020-01-10", "1364430", "apixaban 5 mg tablet", "pr-oto", dose="1 twice daily")
    p.doc("d-aud", "2026-06-15", PROCN, "Cochlear Implant Candidacy Audiology Report", "pr-aud", """
COCHLEAR IMPLANT CANDIDACY EVALUATION   06/15/2026   C. Pemberton AuD
Hearing aids: bilateral BTE (fit 2023, verified REM today - appropriately fit).
Audiogram: bilateral severe-to-profound SNHL. PTA R 78 dB HL, L 88 dB HL.
Word recognition (CNC, aided): R 20%, L 8%.
AzBio sentences in quiet, recorded, 60 dBA, best-aided (binaural HA): 34%.   (09/2024 result 62% - superseded)
Tympanometry: R type A; L not obtained - drainage noted in left canal; referred to ENT same day? -> pt declined today, will discuss at neurotology visit.
Impression: meets audiologic candidacy (best-aided sentence score <= 60%).
""", enc="enc-aud", org="org-ent")
    p.doc("d-oto", "2026-06-29", CONS, "Neurotology Consultation", "pr-oto", """
NEUROTOLOGY CONSULT   06/29/2026   B. Vasquez-Lund MD
77M progressive bilateral SNHL, limited benefit from well-fit aids (AzBio 34%). CT: normal cochleae. MRI: no retrocochlear lesion. Cognition intact (MoCA 27), motivated, wife supportive of rehab.
Otoscopy: R TM intact. L: small central perforation, canal dry today, no active drainage.
Problem list: "otitis media L - resolved (2024)".
Anticoagulated (apixaban) - hold peri-op per cardiology.
Plan: L cochlear implant (poorer ear). Surgery tentatively 8/2026 pending dry ear.
""", enc="enc-oto", org="org-ent")
    p.doc("d-acute", "2026-07-20", PROG, "ENT Same-day Visit", "pr-np", """
ENT SAME-DAY VISIT 07/20/2026  D. Ostrowski PA-C (supervising Dr Vasquez-Lund)
CC: L ear drainage x 10 days, foul smelling.
Otoscopy: L canal with mucopurulent otorrhea, central TM perforation ~20%, middle ear mucosa edematous. R normal.
Culture sent -> Pseudomonas aeruginosa.
Dx: chronic suppurative otitis media, left, active.
Plan: aural toilet, cipro/dex otic x 10 d, dry ear precautions. Implant surgery on L ear must wait until infection resolved and ear dry >= 3 months per Dr V-L; recheck 8/17.
""", enc="enc-acute", org="org-ent")
    p.doc("d-pa", "2026-07-22", TEL, "Surgery Scheduler Telephone Note", "pr-np", """
7/22/26 scheduler: Per office manager, submit cochlear implant PA now so it does not expire ("coverage good for 6 months"). Pt informed. Surgery date TBD.
""", org="org-ent")
    case = {"id": "bq-ci-01", "patient": "patients/pq13.json",
            "request": {"service": svc_cpt("69930", "Cochlear device implantation, with or without mastoidectomy"), "diagnoses": [dx("H90.3", "Sensorineural hearing loss, bilateral")],
                        "payer": "medicare", "urgency": "standard", "date": "2026-07-24"},
            "gold": {"recommendation": "refer", "policy": "NCD 50.3",
                     "evidence": ["DocumentReference/d-acute", "Condition/c-csom", "Observation/o-cult", "Observation/o-azbio", "DocumentReference/d-oto"],
                     "missing": [],
                     "rationale": "Audiologic, imaging and cognitive criteria are met (best-aided AzBio 34%, bilateral severe-to-profound SNHL, normal cochleae, no retrocochlear lesion). But four days before the request an active Pseudomonas chronic suppurative otitis media was documented in the implant ear, so freedom from middle-ear infection is documented not met; the 'resolved' problem-list entry is from 2024."}}
    return p, case, ["stale 'resolved' otitis media on problem list", "newer active CSOM in implant ear", "older AzBio 62% superseded", "drainage hint in audiology note"]

def ci02():
    p = P("pq14", "Delgado-Pryce", "Imogen", "female", "1952-12-12", "LK-1112060")
    p.org("org-ent", "Lakeshore Otology & Neurotology"); p.org("org-hc", "Sound Choice Hearing Center"); p.org("org-lmc", "Lakeshore Medical Center")
    p.prac("pr-oto", "Vasquez-Lund", "Beatriz", "MD - Neurotology", "org-ent")
    p.prac("pr-his", "Bright", "Colleen", "BC-HIS - Hearing Instrument Specialist", "org-hc")
    p.prac("pr-aud", "Pemberton", "Claire", "AuD - Audiology", "org-ent")
    p.prac("pr-rad", "Fenwick", "Hugo", "MD - Neuroradiology", "org-lmc")
    p.enc("enc-hc", "2026-08-06T11:00:00-04:00", "Hearing aid check", "pr-his", "org-hc")
    p.enc("enc-aud", "2026-08-20T09:00:00-04:00", "Audiology evaluation", "pr-aud", "org-ent")
    p.enc("enc-oto", "2026-09-03T10:00:00-04:00", "Neurotology consultation", "pr-oto", "org-ent")
    p.cond("c-snhl", "H90.3", "Sensorineural hearing loss, bilateral", "2018-05-01", recorder="pr-oto")
    p.cond("c-ha", "Z97.4", "Presence of external hearing-aid", "2018-05-01")
    p.cond("c-dm", "E11.9", "Type 2 diabetes mellitus without complications", "2015-01-01")
    p.cond("c-hypo", "E03.9", "Hypothyroidism, unspecified", "2010-01-01")
    p.obs("o-pta", "2026-08-20", "PTA", "Pure-tone average (0.5/1/2/4 kHz)", system=LOCAL, cat="exam", perf="pr-aud", comps=[
        {"system": LOCAL, "code": "PTA-R", "text": "PTA right ear", "value": 73, "unit": "dB HL", "ucum": "dB"},
        {"system": LOCAL, "code": "PTA-L", "text": "PTA left ear", "value": 76, "unit": "dB HL", "ucum": "dB"}])
    p.obs("o-cnc", "2026-08-20", "CNC", "CNC monosyllabic word recognition, aided", system=LOCAL, cat="exam", perf="pr-aud", comps=[
        {"system": LOCAL, "code": "CNC-R", "text": "CNC words right ear aided", "value": 28, "unit": "%", "ucum": "%"},
        {"system": LOCAL, "code": "CNC-L", "text": "CNC words left ear aided", "value": 24, "unit": "%", "ucum": "%"}])
    p.obs("o-quick", "2026-08-06", "QS", "QuickSIN (hearing aid dispenser, live voice)", system=LOCAL, vstr="SNR loss 14 dB (severe) - live voice, not recorded", cat="exam", perf="pr-his")
    p.dr("dr-ct", "2026-08-27", "CT-TB", "CT temporal bones without contrast", "pr-rad", "Normal inner ear anatomy bilaterally; cochleae patent; no otosclerosis; middle ears and mastoids clear.", system=LOCAL, cat="RAD")
    p.dr("dr-mri", "2026-08-28", "MRI-IAC", "MRI internal auditory canals with contrast", "pr-rad", "No retrocochlear lesion; normal 7th/8th nerve complexes.", system=LOCAL, cat="RAD")
    p.medstmt("ms-metf", "2026-09-03", "6809", "metformin 500 mg tablet", start="2015-01-01")
    p.medstmt("ms-levo", "2026-09-03", "10582", "levothyroxine 88 mcg tablet", start="2010-01-01")
    p.appt("ap-azbio", "2026-09-03", "2026-09-24", "CI candidacy speech testing (AzBio sentences, best-aided)", "pr-aud")
    p.doc("d-hc", "2026-08-06", NOTE, "Hearing Aid Dispenser Note", "pr-his", """
Sound Choice Hearing Center - 8/6/26. Client reports HAs "not helping anymore," can't follow church sermons or phone. Reprogrammed to max gain. QuickSIN (live voice, aided) SNR loss 14 dB. Recommended audiology/ENT eval for implant. C. Bright BC-HIS
""", org="org-hc")
    p.doc("d-aud", "2026-08-20", PROCN, "Audiology Evaluation", "pr-aud", """
<html><body><h3>AUDIOLOGIC EVALUATION - 08/20/2026</h3><p>C. Pemberton, AuD</p>
<table border="1"><tr><th></th><th>Right</th><th>Left</th></tr>
<tr><td>PTA (0.5-4k)</td><td>73 dB HL</td><td>76 dB HL</td></tr>
<tr><td>Type</td><td>sensorineural</td><td>sensorineural</td></tr>
<tr><td>Tymps</td><td>A</td><td>A</td></tr>
<tr><td>CNC words (aided, recorded)</td><td>28%</td><td>24%</td></tr></table>
<p>Hearing aids verified with real-ear measures - appropriately fit.</p>
<p>Impression: bilateral moderately-severe to severe SNHL with poor aided word recognition. Sentence testing (AzBio, best-aided) not completed today - patient fatigued; to be done at CI candidacy visit.</p></body></html>
""", ctype="text/html", enc="enc-aud", org="org-ent")
    p.doc("d-oto", "2026-09-03", CONS, "Neurotology Consultation", "pr-oto", """
NEUROTOLOGY 09/03/2026   B. Vasquez-Lund MD
73F bilateral SNHL, progressive, well-fit HAs, poor aided word recognition (CNC 28/24%).
Otoscopy normal both ears; no hx of recent infection. CT/MRI normal (cochleae patent, no retrocochlear lesion).
Cognition: conversant via CART captions, MoCA (hearing-adapted) 28. Motivated; daughter will attend rehab.
No contraindication to general anesthesia (anesthesia pre-screen ok, A1c 6.9).
Assessment: likely CI candidate. Formal best-aided sentence testing scheduled 9/24.
Plan: submit PA for R CI in parallel.
""", enc="enc-oto", org="org-ent")
    p.doc("d-tel", "2026-09-04", TEL, "Telephone Note", "pr-aud", """
9/4/26 - Pt's daughter called to confirm 9/24 speech testing appt; informed to bring both hearing aids charged. -CP
""", org="org-ent")
    case = {"id": "bq-ci-02", "patient": "patients/pq14.json",
            "request": {"service": svc_cpt("69930", "Cochlear device implantation, with or without mastoidectomy"), "diagnoses": [dx("H90.3", "Sensorineural hearing loss, bilateral")],
                        "payer": "medicare", "urgency": "standard", "date": "2026-09-08"},
            "gold": {"recommendation": "request_info", "policy": "NCD 50.3",
                     "evidence": ["DocumentReference/d-aud", "Observation/o-cnc", "DocumentReference/d-oto", "DiagnosticReport/dr-ct", "DiagnosticReport/dr-mri"],
                     "missing": ["sentence recognition|sentence test|sentence testing|AzBio|HINT|best-aided sentence|open-set sentence"],
                     "rationale": "Bilateral SNHL, imaging, infection status, cognition and surgical fitness are documented. But limited benefit from amplification is defined by a recorded open-set sentence test in the best-aided condition, and only word scores and a live-voice QuickSIN exist; the sentence test is booked after the request date."}}
    return p, case, ["word recognition (CNC) is not sentence recognition", "live-voice QuickSIN by dispenser", "sentence testing scheduled after request"]

def laac01():
    p = P("pq15", "Gallagher", "Winifred", "female", "1947-01-19", "LK-1203318")
    p.org("org-lmc", "Lakeshore Medical Center"); p.org("org-lcc", "Lakeshore Cardiology Clinic"); p.org("org-gi", "Lakeshore Digestive Health")
    p.prac("pr-gc", "Petrosyan", "Anahit", "MD - General (non-interventional) Cardiology", "org-lcc")
    p.prac("pr-ep", "Achterberg", "Simon", "MD - Cardiac Electrophysiology", "org-lcc")
    p.prac("pr-gi", "Rahimi", "Farzana", "MD - Gastroenterology", "org-gi")
    p.prac("pr-hosp", "Quist", "Marisol", "MD - Hospital Medicine", "org-lmc")
    p.prac("pr-echo", "Moreau", "Julien", "MD - Echocardiography", "org-lmc")
    p.enc("enc-adm", "2025-11-02T14:00:00-05:00", "Inpatient admission - GI bleed", "pr-hosp", "org-lmc", cls="IMP", end="2025-11-06T12:00:00-05:00")
    p.enc("enc-sdm", "2026-01-14T10:00:00-05:00", "Cardiology visit - anticoagulation SDM", "pr-gc", "org-lcc")
    p.enc("enc-ep", "2026-01-28T10:00:00-05:00", "EP / LAAC consultation", "pr-ep", "org-lcc")
    p.cond("c-af", "I48.19", "Other persistent atrial fibrillation", "2021-04-01", recorder="pr-gc")
    p.cond("c-htn", "I10", "Essential (primary) hypertension", "2009-01-01", recorder="pr-gc")
    p.cond("c-angio", "K31.811", "Angiodysplasia of stomach and duodenum with bleeding", "2025-11-03", recorder="pr-gi")
    p.cond("c-dm", "E11.9", "Type 2 diabetes mellitus without complications", "2025-11-02", ver="refuted", recorder="pr-hosp", note="Added on admission from glucose 212 (on steroids? no - stress); A1c 5.6. Not diabetic.")
    p.cond("c-tia", "Z86.73", "Personal history of transient ischemic attack (TIA), and cerebral infarction without residual deficits", "2024-06-01", ver="unconfirmed", note="Patient recalls 'mini-stroke' 1990s; no records; neurology 2024 felt unlikely.")
    p.cond("c-anemia", "D62", "Acute posthemorrhagic anemia", "2025-11-02", clin="resolved")
    p.obs("o-hgb", "2025-11-02", "718-7", "Hemoglobin [Mass/volume] in Blood", 6.7, "g/dL", "g/dL", cat="laboratory")
    p.obs("o-a1c", "2025-11-03", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", 5.6, "%", "%", cat="laboratory")
    p.obs("o-score", "2026-01-14", "CHA2DS2VASC", "CHA2DS2-VASc score", 4, "{score}", "{score}", system=LOCAL, cat="survey", perf="pr-gc", note="Age >=75 (2), female (1), HTN (1)")
    p.dr("dr-echo", "2025-09-10", "TTE", "Transthoracic echocardiogram report", "pr-echo", "LVEF 60%. Mild MR. Mitral valve leaflets thin, no mitral stenosis (MVA by planimetry 4.1 cm2). No prosthetic valve. LA moderately dilated.", system=LOCAL, cat="CUS")
    p.medreq("m-apix", "2021-04-10", "1364430", "apixaban 5 mg tablet", "pr-gc", status="stopped", stop="2025-11-02", note="Stopped 11/2/25: recurrent GI bleeding from angiodysplasia")
    p.medreq("m-apix25", "2025-06-01", "1364430", "apixaban 2.5 mg tablet", "pr-gc", status="stopped", stop="2025-08-20", note="Dose-reduced trial after first bleed 5/2025; stopped 8/2025 re-bleed; resumed 5 mg 9/2025 after APC; re-bled 11/2025")
    p.medreq("m-meto", "2021-04-10", "6918", "metoprolol succinate 50 mg ER tablet", "pr-gc")
    p.proc("pr-apc", "2025-11-03", "43270", "EGD with ablation (argon plasma coagulation)", "pr-gi", note="Multiple duodenal/jejunal angioectasias treated with APC")
    p.doc("d-dc", "2025-11-06", DC, "Discharge Summary", "pr-hosp", """
DISCHARGE SUMMARY 11/06/2025 - M. Quist MD
78F persistent AF on apixaban, admitted w/ melena, Hgb 6.7, 2 u PRBC. 3rd GI bleed in 7 months (5/2025, 8/2025, 11/2025) - all on apixaban (5 mg, 2.5 mg, then 5 mg). EGD/push enteroscopy: multiple small-bowel angioectasias, APC.
GI (Dr Rahimi): diffuse lesions, high recurrence risk; no definitive endoscopic cure.
Apixaban STOPPED. Refer cardiology re: stroke prevention alternatives.
Problem list: "DM2" added on admission removed - A1c 5.6 (refuted).
""", enc="enc-adm", org="org-lmc")
    p.doc("d-sdm", "2026-01-14", PROG, "Cardiology - Shared Decision Making for Stroke Prevention", "pr-gc", """
GENERAL CARDIOLOGY  01/14/2026   A. Petrosyan MD (non-interventional; not part of the LAAC implant team)
Purpose: formal shared decision-making on oral anticoagulation vs LAAC for NVAF.
Tool used: ACC CardioSmart "Atrial Fibrillation: Should I take an anticoagulant / consider LAAO?" decision aid - reviewed together on screen; printed summary given.
NVAF confirmed: TTE 9/2025 no mitral stenosis, no prosthetic valve.
CHA2DS2-VASc 4 (age 79 = 2, female 1, HTN 1); CHADS2 2 (age >75, HTN). Prior "TIA" not counted (unconfirmed). DM refuted (A1c 5.6).
HAS-BLED 3. Three major GI bleeds on apixaban incl. reduced dose; GI states lesions not curable.
Options discussed: resume DOAC, warfarin, no therapy, LAAC - risks/benefits of each.
Conclusion: patient and I agree she is unable to take long-term oral anticoagulation. She can tolerate a short course (about 45 days) of warfarin after implant with PPI and weekly INR/Hgb; GI concurs (see note).
Decision: refer to EP for LAAC.
""", enc="enc-sdm", org="org-lcc")
    p.doc("d-gi", "2026-01-20", TEL, "GI Telephone Note", "pr-gi", """
1/20/26 F. Rahimi MD - call w/ Dr Petrosyan: agree long-term OAC not advisable given recurrent small-bowel angioectasia bleeding. Short-term warfarin (~6 wks) post-LAAC acceptable with PPI, weekly CBC; will see pt if any melena.
""", org="org-gi")
    p.doc("d-ep", "2026-01-28", CONS, "EP / LAAC Consultation", "pr-ep", """
<html><body><h3>LAAC Consultation - 01/28/2026</h3><p>S. Achterberg MD</p>
<p>79F persistent NVAF, CHA2DS2-VASc 4 / CHADS2 2, three GI bleeds on apixaban. SDM with independent cardiologist done 1/14/26 using decision aid. Unable to take long-term OAC; suitable for short-term warfarin per cardiology and GI.</p>
<p>TEE pending pre-procedure for LAA anatomy. Plan: LAAC (Watchman FLX), warfarin + aspirin 45 days post-implant.</p></body></html>
""", ctype="text/html", enc="enc-ep", org="org-lcc")
    case = {"id": "bq-laac-01", "patient": "patients/pq15.json",
            "request": {"service": svc_cpt("33340", "Percutaneous transcatheter closure of the left atrial appendage"), "diagnoses": [dx("I48.19", "Other persistent atrial fibrillation")],
                        "payer": "medicare", "urgency": "standard", "date": "2026-02-03"},
            "gold": {"recommendation": "approve", "policy": "NCD 20.34",
                     "evidence": ["DocumentReference/d-sdm", "DocumentReference/d-gi", "DocumentReference/d-dc", "DiagnosticReport/dr-echo", "MedicationRequest/m-apix"],
                     "missing": [],
                     "rationale": "Non-valvular AF by echo. Scores recomputed without the refuted diabetes and unconfirmed TIA still qualify (CHA2DS2-VASc 4, CHADS2 2). A formal SDM with an independent, non-interventional cardiologist used a decision tool, and she is documented suitable for short-term warfarin but unable to take long-term OAC after three bleeds."}}
    return p, case, ["refuted DM and unconfirmed TIA must not be counted (scores still qualify)", "stopped apixaban with reason", "HTML EP note"]

def laac02():
    p = P("pq16", "Mwangi", "Joseph", "male", "1951-05-05", "LK-1215590")
    p.org("org-lmc", "Lakeshore Medical Center"); p.org("org-lcc", "Lakeshore Cardiology Clinic"); p.org("org-pc", "Riverside Internal Medicine")
    p.prac("pr-pcp", "Mensah", "Abena", "MD - Internal Medicine", "org-pc")
    p.prac("pr-ep", "Achterberg", "Simon", "MD - Cardiac Electrophysiology", "org-lcc")
    p.prac("pr-ns", "Barros", "Tiago", "MD - Neurosurgery", "org-lmc")
    p.prac("pr-rn", "Dube", "Carla", "RN - Cardiology Nurse", "org-lcc")
    p.enc("enc-sdh", "2025-10-12T08:00:00-04:00", "Inpatient - subdural hematoma", "pr-ns", "org-lmc", cls="IMP", end="2025-10-18T12:00:00-04:00")
    p.enc("enc-pcp", "2026-09-15T09:00:00-04:00", "PCP visit - anticoagulation SDM", "pr-pcp", "org-pc")
    p.enc("enc-ep", "2026-10-01T10:00:00-04:00", "EP / LAAC consultation", "pr-ep", "org-lcc")
    p.cond("c-af", "I48.91", "Unspecified atrial fibrillation", "2019-02-01", recorder="pr-pcp")
    p.cond("c-htn", "I10", "Essential (primary) hypertension", "2008-01-01")
    p.cond("c-dm", "E11.9", "Type 2 diabetes mellitus without complications", "2014-01-01")
    p.cond("c-sdh", "S06.5X0A", "Traumatic subdural hemorrhage without loss of consciousness, initial encounter", "2025-10-12", clin="resolved", recorder="pr-ns")
    p.cond("c-fall", "Z91.81", "History of falling", "2025-10-12")
    p.obs("o-a1c", "2026-09-15", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", 7.4, "%", "%", cat="laboratory")
    p.obs("o-score", "2026-09-15", "CHA2DS2VASC", "CHA2DS2-VASc score", 3, "{score}", "{score}", system=LOCAL, cat="survey", perf="pr-pcp", note="Age 65-74 (1), HTN (1), DM (1)")
    p.medreq("m-warf", "2019-02-10", "11289", "warfarin 5 mg tablet", "pr-pcp", status="stopped", stop="2025-10-12", note="Stopped: traumatic SDH on warfarin (INR 3.4)")
    p.medreq("m-metf", "2014-01-01", "6809", "metformin 1000 mg tablet", "pr-pcp")
    p.medreq("m-dilt", "2019-02-10", "3443", "diltiazem ER 180 mg capsule", "pr-pcp")
    p.sr("sr-tte", "2026-10-01", "Transthoracic echocardiogram", "pr-ep", code="93306", note="Evaluate mitral valve - hx rheumatic fever, diastolic murmur; r/o rheumatic MS")
    p.appt("ap-tte", "2026-10-01", "2026-10-22", "Transthoracic echocardiogram", "pr-ep")
    p.doc("d-ns", "2025-10-18", DC, "Neurosurgery Discharge Summary", "pr-ns", """
NEUROSURGERY DISCHARGE 10/18/2025 - T. Barros MD
74M fell on ice, acute L SDH 11 mm w/ 4 mm MLS on warfarin (INR 3.4). Reversed (4F-PCC, vit K). Managed non-operatively; stable CT x2.
Warfarin STOPPED. Recommendation: avoid long-term anticoagulation given recurrent fall risk & SDH. If LAAC considered, short-term (~6 wk) anticoagulation afterwards acceptable from neurosurgical standpoint after 3 months.
""", enc="enc-sdh", org="org-lmc")
    p.doc("d-pcp", "2026-09-15", PROG, "PCP - Anticoagulation Shared Decision Making", "pr-pcp", """
RIVERSIDE INTERNAL MEDICINE  09/15/2026   A. Mensah MD (internist; not involved in LAAC procedure)
SDM visit re: stroke prevention in AF. Decision tool: ACC CardioSmart AF anticoagulation/LAAO decision aid, reviewed with patient and wife (25 min).
CHA2DS2-VASc 3 (age 75? -> pt is 75 in 5/2026 = 2 pts; HTN 1; DM 1 => actually 4). CHADS2: HTN, DM, age >75? no (75) -> 2.
Bleeding: SDH 10/2025 on warfarin; 2 further falls 2026.
Conclusion: patient unable to take long-term OAC (neurosurgery recommendation, falls); short-term post-procedure warfarin acceptable per neurosurgery. Patient prefers LAAC. Refer EP.
PMH/ROS: "rheumatic fever as a child - was told about a heart murmur" (pt). Exam: irregularly irregular, II/IV low-pitched apical diastolic rumble?  vs S3 - not clearly characterized.
""", enc="enc-pcp", org="org-pc")
    p.doc("d-ep", "2026-10-01", CONS, "EP / LAAC Consultation", "pr-ep", """
EP CONSULT 10/01/2026  S. Achterberg MD
75M AF, SDH 10/2025 on warfarin, not a long-term OAC candidate. SDM done with PCP 9/15/26 w/ decision aid.
Valve status: no echocardiogram in our system; pt reports an echo "at the VA in 2019", report not available despite request. Hx of childhood rheumatic fever; PCP heard possible apical diastolic rumble. Cannot confirm non-valvular AF until valve assessed -> TTE ordered (booked 10/22).
Plan: if no significant MS / no prosthetic valve -> proceed LAAC. PA submitted now per patient request.
""", enc="enc-ep", org="org-lcc")
    p.doc("d-rn", "2026-10-02", TEL, "Telephone Note - Records Request", "pr-rn", """
10/2/26 C. Dube RN - Called VA medical records re: 2019 echo. Told records request takes 30-60 days; faxed ROI. Nothing received yet.
""", org="org-lcc")
    case = {"id": "bq-laac-02", "patient": "patients/pq16.json",
            "request": {"service": svc_cpt("33340", "Percutaneous transcatheter closure of the left atrial appendage"), "diagnoses": [dx("I48.91", "Unspecified atrial fibrillation")],
                        "payer": "medicare", "urgency": "standard", "date": "2026-10-05"},
            "gold": {"recommendation": "request_info", "policy": "NCD 20.34",
                     "evidence": ["DocumentReference/d-ep", "DocumentReference/d-pcp", "DocumentReference/d-ns", "MedicationRequest/m-warf"],
                     "missing": ["echocardiogram|echo|mitral stenosis|valve|valvular|non-valvular|nonvalvular"],
                     "rationale": "Scores, SDM with an independent physician using a decision tool, and unsuitability for long-term OAC with short-term warfarin acceptable are documented. But LAAC is covered only for non-valvular AF: with childhood rheumatic fever, a possible diastolic rumble, no echo on file and the TTE booked after the request, valve status is undocumented."}}
    return p, case, ["rheumatic history and possible rumble; NVAF undocumented", "echo planned after request / outside report unavailable", "hedged score arithmetic in SDM note", "stopped warfarin with reason"]
