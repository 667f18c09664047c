"""NCD 20.32 cases (TAVR)."""
from fhirlib import *

SVC = {"system": CPT, "code": "33361", "display": "Transcatheter aortic valve replacement, percutaneous femoral approach"}
AVA = local("AVA", "Aortic valve area (continuity equation)")
MGR = local("AV-MG", "Aortic valve mean gradient")
VMAX = local("AV-VMAX", "Aortic valve peak velocity")


def tavr_01():
    """refer"""
    c = Chart("bt-p01", "bt-p01", "Stanley J", "Ferreira", "male", "1948-07-02", city="Newport", mrn="LH0553192")
    c.practitioner("mcbride", "Owen", "McBride", "MD, Family Medicine (PCP)", "Dr.")
    c.practitioner("solberg", "Ingrid", "Solberg", "MD, Cardiovascular Disease (general cardiology)", "Dr.")
    c.practitioner("lindahl", "Paul", "Lindahl", "MD, Cardiothoracic Surgery", "Dr.")
    c.practitioner("abiodun", "Renee", "Abiodun", "MD, Interventional Cardiology (structural heart)", "Dr.")
    c.practitioner("aldana", "Ruben", "Aldana", "MD, Cardiac Imaging", "Dr.")
    c.practitioner("pham", "Linh", "Pham", "RN, Valve Program Coordinator")

    c.condition("cond-as", "I35.0", "2022-10-04", asserter="solberg")
    c.condition("cond-htn", "I10", "2008-01-01", asserter="mcbride")
    c.condition("cond-hld", "E78.5", "2008-01-01", asserter="mcbride")
    c.condition("cond-knee", "M17.11", "2024-06-11", asserter="mcbride")
    c.med("med-amlo", "amlodipine 5 mg tablet", "2012-01-01", rxnorm=("17767", "amlodipine"), dosage="5 mg daily")
    c.med("med-atorva", "atorvastatin 40 mg tablet", "2008-01-01", rxnorm=("83367", "atorvastatin"), dosage="40 mg daily")

    c.obs("ava-2024-03-05", AVA, dt("2024-03-05", "10:00"), 1.1, "cm2", category="imaging", performer=["Practitioner/aldana"])
    c.obs("mg-2024-03-05", MGR, dt("2024-03-05", "10:00"), 28, "mm[Hg]", category="imaging", performer=["Practitioner/aldana"])
    c.obs("ava-2026-02-10", AVA, dt("2026-02-10", "09:30"), 0.8, "cm2", category="imaging", performer=["Practitioner/aldana"])
    c.obs("mg-2026-02-10", MGR, dt("2026-02-10", "09:30"), 46, "mm[Hg]", category="imaging", performer=["Practitioner/aldana"])
    c.obs("vmax-2026-02-10", VMAX, dt("2026-02-10", "09:30"), 4.4, "m/s", category="imaging", performer=["Practitioner/aldana"])
    c.obs("lvef-2026-02-10", LVEF, dt("2026-02-10", "09:30"), 60, "%", category="imaging", performer=["Practitioner/aldana"])
    c.obs("ett-mets-2026-03-20", local("ETT-METS", "Exercise capacity, treadmill (METs)"), dt("2026-03-20", "08:30"), 9.8,
          "{METs}", category="procedure", performer=["Practitioner/solberg"])
    c.obs("nyha-2026-03-17", local("NYHA", "NYHA functional class"), dt("2026-03-17", "14:00"), ("cc", "Class I"),
          category="exam", performer=["Practitioner/lindahl"])
    c.obs("sts-2026-03-17", local("STS-PROM", "STS predicted risk of mortality"), dt("2026-03-17", "14:00"), 2.1, "%",
          category="exam", performer=["Practitioner/lindahl"])

    c.doc("pcp-2025-11-04", "11506-3", dt("2025-11-04", "09:50"), ["Practitioner/mcbride"], """Annual visit - O. McBride MD
77M, retired teacher. Golfs 2-3x/wk, walks the course. Mentions some breathlessness walking up the hill to the
14th green, "but my knee is the real problem." Probably deconditioning/knee. Known AS, loud SEM 3/6.
Last echo 3/2024 moderate AS - overdue. Ordered TTE; cardiology f/u with Dr Solberg.
HTN controlled. Flu shot given.
""", description="PCP annual visit")
    c.doc("echo-2026-02-10", "18748-4", dt("2026-02-10", "14:00"), ["Practitioner/aldana"], """TRANSTHORACIC ECHOCARDIOGRAM - 02/10/2026 - R. Aldana MD
Indication: aortic stenosis surveillance.
LV: normal size, mild concentric LVH, LVEF 60%. Normal diastolic filling for age (grade I).
AV: trileaflet, severely calcified, severely restricted. Vmax 4.4 m/s, mean gradient 46 mmHg, AVA 0.8 cm2
(continuity), DVI 0.23. Trace AR.
MV: mild MAC, trace MR. RVSP 28 mmHg.
Impression: Severe calcific aortic stenosis (high gradient), normal LVEF. Progressed from moderate (3/2024).
""", description="Echocardiogram report")
    c.doc("cards-2026-02-17", "11506-3", dt("2026-02-17", "11:20"), ["Practitioner/solberg"], """Cardiology - I. Solberg MD
77M with AS, now severe by echo 2/10 (Vmax 4.4, MG 46, AVA 0.8, EF 60%).
Symptoms reviewed in detail: denies exertional dyspnea, chest pain/pressure, presyncope or syncope. Re the PCP note
about the 14th hole - he clarifies he stops because of R knee pain, not breath. Walks 18 holes 2-3x/week and
carries groceries up 2 flights without stopping.
Exam: BP 134/78. Harsh late-peaking SEM 4/6, single S2.
A/P: Severe AS, apparently asymptomatic, normal EF. Plan exercise treadmill test to confirm asymptomatic status
and BP response. Refer to valve clinic (CT surgery + structural) to discuss surveillance vs early intervention.
""", description="Cardiology visit")
    c.doc("ctsurg-2026-03-17", "11488-4", dt("2026-03-17", "15:30"), ["Practitioner/lindahl"], """CARDIAC SURGERY CONSULTATION - P. Lindahl MD (seen in clinic, face-to-face)
Reason: severe AS, AVR evaluation.
HPI: 77M, severe AS on TTE 2/2026. Denies dyspnea on exertion, angina, syncope, presyncope, fatigue. NYHA I.
Remains very active (golf, yard work).
Exam: well, BP 136/80. Grade 4/6 SEM radiating to carotids, S2 soft. Lungs clear, no edema.
STS PROM (isolated AVR) 2.1%. No frailty (5-m walk 4.6 s). No prior sternotomy.
Assessment: Asymptomatic severe aortic stenosis, low surgical risk. Options discussed: active surveillance with
serial imaging and symptom review; early SAVR; early TAVR. Pt strongly prefers a transcatheter approach if
intervention is chosen. From a surgical standpoint he is a reasonable candidate for either SAVR or TAVR.
Will review at heart team after ETT and structural eval.
""", description="Cardiac surgery consultation")
    c.procedure("proc-ett", (CPT, "93015", "Cardiovascular stress test, treadmill, with supervision and report"),
                dt("2026-03-20", "08:30"), performer="solberg")
    c.doc("ett-2026-03-20", "28570-0", dt("2026-03-20", "12:00"), ["Practitioner/solberg"], """EXERCISE TREADMILL TEST - 03/20/2026 - supervised by I. Solberg MD
Indication: severe AS, confirm asymptomatic status.
Protocol: Bruce. Exercise time 8:30 min, 9.8 METs. Peak HR 131 (91% MPHR). Terminated for leg fatigue.
BP 138/80 -> 182/84 (appropriate rise), no fall. No angina, no dyspnea out of proportion, no dizziness.
ECG: no ischemic ST changes, no arrhythmia. Recovery uneventful.
Impression: Normal exercise capacity for age without symptoms, normal BP response. Truly asymptomatic
severe AS.
""", description="Exercise treadmill test report")
    c.doc("ic-2026-03-24", "11488-4", dt("2026-03-24", "16:00"), ["Practitioner/abiodun"], """STRUCTURAL HEART CONSULTATION - R. Abiodun MD (in-person clinic visit)
77M with severe AS (Vmax 4.4, MG 46, AVA 0.8, EF 60%), asymptomatic by history and on ETT 3/20 (9.8 METs,
no symptoms, normal BP response). Seen by Dr Lindahl 3/17.
Exam: well-appearing, BP 132/76, HR 68. Harsh SEM, diminished A2. Femoral pulses 2+ bilaterally.
Discussion: early intervention vs surveillance for asymptomatic severe AS; recent trial data favor early
intervention in selected patients. He prefers early TAVR over waiting for symptoms.
Plan: TAVR CTA for access/annulus sizing. Present at heart team. If anatomy suitable -> transfemoral TAVR.
""", description="Structural heart consultation")
    c.doc("cta-2026-04-07", "18748-4", dt("2026-04-07", "16:20"), ["Practitioner/aldana"], """CTA TAVR PROTOCOL - 04/07/2026
Annulus area 468 mm2, perimeter 78 mm. Coronary heights adequate (LM 13 mm, RCA 15 mm).
Iliofemoral: minimal luminal diameters R 7.4 mm, L 7.1 mm, mild calcification - suitable for transfemoral access.
Incidental: 4 mm RUL nodule, low risk - no follow-up needed per Fleischner.
""", description="TAVR CT angiography report")
    c.doc("heartteam-2026-04-14", "34109-9", dt("2026-04-14", "17:00"), ["Practitioner/abiodun", "Practitioner/lindahl"], """VALVE HEART TEAM CONFERENCE - 04/14/2026
Present: R. Abiodun (IC), P. Lindahl (CT surgery), I. Solberg (cardiology), imaging, coordinator.
Case: 77M, asymptomatic severe AS, STS 2.1%, suitable TF anatomy.
Consensus: proceed with transfemoral TAVR per patient preference (early intervention strategy).
""", description="Heart team conference note")
    c.doc("coordinator-2026-04-21", "34109-9", dt("2026-04-21", "10:00"), ["Practitioner/pham"], """<html><body>
<h3>Structural Heart Program - TAVR Authorization Request Summary</h3>
<p>Patient: Ferreira, Stanley &nbsp; DOB 07/02/1948 &nbsp; Procedure: TF-TAVR (33361) &nbsp; Prepared by: L. Pham RN</p>
<ul>
<li><b>Diagnosis:</b> Symptomatic severe aortic stenosis (NYHA II)</li>
<li><b>Echo 2/10/26:</b> AVA 0.8 cm2, MG 46 mmHg, Vmax 4.4 m/s, LVEF 60%</li>
<li><b>Cardiac surgeon face-to-face:</b> P. Lindahl MD, 3/17/26</li>
<li><b>Interventional cardiologist face-to-face:</b> R. Abiodun MD, 3/24/26</li>
<li><b>Heart team:</b> 4/14/26 - consensus TAVR</li>
<li><b>Registry:</b> TVT participating site</li>
</ul>
</body></html>""", ctype="text/html", description="TAVR authorization summary (coordinator)")
    c.service_request("sr-tavr", (CPT, "33361", "Transcatheter aortic valve replacement, percutaneous femoral approach"),
                      "2026-04-21", requester="abiodun", reason=["I35.0"])

    gold = {"recommendation": "refer", "policy": "NCD 20.32",
            "evidence": ["DocumentReference/ctsurg-2026-03-17", "DocumentReference/ett-2026-03-20",
                         "DocumentReference/ic-2026-03-24", "DocumentReference/cards-2026-02-17"],
            "missing": [],
            "rationale": "The NCD covers TAVR for symptomatic AS. The surgeon (NYHA I), the structural cardiologist and a "
                         "treadmill test all document asymptomatic severe AS with an early-intervention rationale; the "
                         "'symptomatic, NYHA II' label appears only in the coordinator's template, and the PCP's 'breathless "
                         "on the hill' was clarified as knee pain. Heart-team exams are otherwise in order."}
    k = case("bt-tavr-01", "patients/bt-p01.json", SVC, ["I35.0"], "2026-04-21", gold,
             note="Severe symptomatic AS (NYHA II). Heart team complete, TF access suitable.")
    return k, c


def tavr_02():
    """approve"""
    c = Chart("bt-p10", "bt-p10", "Opal Irene", "Jankowski", "female", "1943-01-25", city="Astoria", mrn="LH9013377")
    c.practitioner("abiodun", "Renee", "Abiodun", "MD, Interventional Cardiology (structural heart)", "Dr.")
    c.practitioner("halvorsen", "Erik", "Halvorsen", "MD, Cardiothoracic Surgery", "Dr.")
    c.practitioner("brandt", "Molly", "Brandt", "PA-C, Cardiothoracic Surgery")
    c.practitioner("aldana", "Ruben", "Aldana", "MD, Cardiac Imaging", "Dr.")
    c.practitioner("soto", "Lucia", "Soto", "MD, Internal Medicine (PCP)", "Dr.")
    c.practitioner("iverson", "Paul", "Iverson", "MD, Nephrology", "Dr.")

    c.condition("cond-as", "I35.0", "2021-02-09", asserter="soto")
    c.condition("cond-ckd", "N18.32", "2023-07-18", asserter="iverson", note="eGFR 34-38, stable.")
    c.condition("cond-htn", "I10", "2001-01-01", asserter="soto")
    c.condition("cond-brca", "Z85.3", "2012-09-01", asserter="soto", note="L breast DCIS/IDC stage I 2012, lumpectomy + RT; no recurrence.")
    c.condition("cond-aorta", "I70.0", "2026-08-18", asserter="aldana", note="Circumferential ascending aortic calcification (porcelain aorta) on CTA.")
    c.med("med-amlo", "amlodipine 5 mg tablet", "2015-01-01", rxnorm=("17767", "amlodipine"), dosage="5 mg daily")
    c.med("med-furo", "furosemide 20 mg tablet", "2026-08-11", rxnorm=("4603", "furosemide"), dosage="20 mg daily", requester="abiodun")

    c.obs("ava-2024-05-20", AVA, dt("2024-05-20", "10:00"), 1.2, "cm2", category="imaging", performer=["Practitioner/aldana"])
    c.obs("mg-2024-05-20", MGR, dt("2024-05-20", "10:00"), 24, "mm[Hg]", category="imaging", performer=["Practitioner/aldana"])
    c.obs("ava-2026-07-14", AVA, dt("2026-07-14", "09:00"), 0.7, "cm2", category="imaging", performer=["Practitioner/aldana"])
    c.obs("mg-2026-07-14", MGR, dt("2026-07-14", "09:00"), 41, "mm[Hg]", category="imaging", performer=["Practitioner/aldana"])
    c.obs("vmax-2026-07-14", VMAX, dt("2026-07-14", "09:00"), 4.2, "m/s", category="imaging", performer=["Practitioner/aldana"])
    c.obs("lvef-2026-07-14", LVEF, dt("2026-07-14", "09:00"), 55, "%", category="imaging", performer=["Practitioner/aldana"])
    c.obs("nyha-2026-08-11", local("NYHA", "NYHA functional class"), dt("2026-08-11", "10:30"), ("cc", "Class III"),
          category="exam", performer=["Practitioner/abiodun"])
    c.obs("sts-2026-08-25", local("STS-PROM", "STS predicted risk of mortality"), dt("2026-08-25", "14:00"), 6.8, "%",
          category="exam", performer=["Practitioner/brandt"])
    c.obs("gait-2026-08-25", local("5MWT", "5-meter gait speed test time"), dt("2026-08-25", "14:00"), 8.2, "s",
          category="exam", performer=["Practitioner/brandt"])

    c.doc("echo-2026-07-14", "18748-4", dt("2026-07-14", "13:30"), ["Practitioner/aldana"], """TRANSTHORACIC ECHOCARDIOGRAM - 07/14/2026 - R. Aldana MD
Indication: DOE, known AS.
LVEF 55%, mild LVH. AV heavily calcified, severely reduced excursion. Vmax 4.2 m/s, MG 41 mmHg, AVA 0.7 cm2,
AVAi 0.44 cm2/m2. Mild AR. Moderate MAC, mild MR. RVSP 38.
Comparison 5/2024: AVA 1.2, MG 24 (moderate). Now SEVERE AS.
""", description="Echocardiogram report")
    c.encounter("enc-ic", "AMB", dt("2026-08-11", "10:00"), dt("2026-08-11", "10:50"), "Structural heart clinic - in person",
                ["abiodun"])
    c.doc("ic-2026-08-11", "11488-4", dt("2026-08-11", "11:30"), ["Practitioner/abiodun"], """STRUCTURAL HEART CLINIC - NEW CONSULT - R. Abiodun MD
Seen in person with her daughter.

HPI: 83F with severe AS (echo 7/14: AVA 0.7, MG 41, Vmax 4.2, EF 55%). Over the past 6 months: DOE after about
half a block on level ground, has to rest on the stairs to her apartment (1 flight), 2-pillow orthopnea.
One episode in June of lightheadedness/near-faint climbing the stairs, sat down, no LOC. NYHA III.

PMH: HTN, CKD 3b (eGFR 36), L breast ca 2012 (NED), OA.
Exam: frail-appearing, BP 148/70, HR 76 reg. Late-peaking 3/6 SEM, absent A2. Bibasilar crackles, trace ankle edema.
Femoral pulses 2+.

Assessment: Symptomatic severe AS (NYHA III, exertional presyncope). Age, frailty and CKD raise surgical risk.
Plan: Start furosemide 20 mg. TAVR CTA (renal-protocol). CT surgery evaluation (Dr Halvorsen). Heart team.
In my judgement TAVR is the preferred strategy pending surgical opinion.
""", description="Structural heart consultation", encounter="enc-ic")
    c.doc("cta-2026-08-18", "18748-4", dt("2026-08-18", "15:10"), ["Practitioner/aldana"], """CTA TAVR PROTOCOL (low-contrast) - 08/18/2026
Annulus area 372 mm2. Coronary heights LM 11 mm, RCA 13 mm. Iliofemoral MLD R 6.2, L 6.0 mm - TF feasible.
Heavy circumferential calcification of the ascending aorta ("porcelain aorta").
""", description="TAVR CT angiography report")
    c.encounter("enc-ctsurg", "AMB", dt("2026-08-25", "13:30"), dt("2026-08-25", "14:40"), "CT surgery clinic", ["brandt", "halvorsen"])
    c.doc("ctsurg-pa-2026-08-25", "11488-4", dt("2026-08-25", "15:05"), ["Practitioner/brandt"], """CARDIOTHORACIC SURGERY CLINIC - M. Brandt PA-C
Patient seen in CT surgery clinic for AVR evaluation. Case discussed with Dr Halvorsen.

HPI: 83F, severe symptomatic AS (NYHA III, presyncope). See Dr Abiodun's note 8/11.
ROS: + DOE, orthopnea. Denies CP.
Exam: BP 144/72. Frail, 5-m walk 8.2 s. Grip weak. Sternum intact. 3/6 SEM.
STS PROM (isolated AVR) 6.8%. CTA: porcelain aorta.

Assessment: Severe symptomatic AS. High risk for SAVR (STS 6.8%, frailty, porcelain aorta, CKD 3b).
Plan: Favor TAVR. To heart team 9/3.
""", description="CT surgery clinic note (PA)", encounter="enc-ctsurg")
    c.doc("ctsurg-addendum-2026-08-25", "11488-4", dt("2026-08-25", "16:40"), ["Practitioner/halvorsen"], """ADDENDUM - E. Halvorsen MD, Cardiothoracic Surgery
I personally interviewed and examined Mrs. Jankowski in clinic today together with M. Brandt PA-C. I reviewed
the echo and CTA images myself. Exam: as documented, heart sounds with soft single S2, bibasilar crackles.
My assessment: severe symptomatic aortic stenosis. She is at high risk for surgical AVR (STS 6.8%, frailty by
gait speed, porcelain aorta precluding safe cross-clamp, CKD 3b). I would not offer SAVR. I recommend TF-TAVR,
and will participate in the procedure with Dr Abiodun.
""", description="Cardiac surgeon addendum", encounter="enc-ctsurg", relates="ctsurg-pa-2026-08-25")
    c.doc("heartteam-2026-09-03", "34109-9", dt("2026-09-03", "17:30"), ["Practitioner/abiodun"], """VALVE HEART TEAM CONFERENCE (virtual) - 09/03/2026
Present: Abiodun (IC), Halvorsen (CT surgery), Aldana (imaging), Soto (PCP, by phone), coordinator.
83F, symptomatic severe AS, STS 6.8%, frail, porcelain aorta, TF anatomy suitable. Consensus: TF-TAVR.
""", description="Heart team conference note")
    c.encounter("enc-video", "VR", dt("2026-09-15", "14:00"), dt("2026-09-15", "14:20"), "Structural heart - video visit", ["abiodun"])
    c.doc("ic-video-2026-09-15", "11506-3", dt("2026-09-15", "14:30"), ["Practitioner/abiodun"], """Video visit - R. Abiodun MD
Pre-procedure education by video with patient and daughter. Symptoms unchanged; lasix helped orthopnea.
Reviewed procedure, risks (stroke, pacemaker, vascular, kidney), recovery. Consent questions answered.
""", description="Structural heart video visit", encounter="enc-video")
    c.service_request("sr-tavr", (CPT, "33361", "Transcatheter aortic valve replacement, percutaneous femoral approach"),
                      "2026-09-22", requester="abiodun", reason=["I35.0"])
    # after the request
    c.doc("preop-2026-10-05", "34117-2", dt("2026-10-05", "09:00"), ["Practitioner/abiodun"], """Pre-procedure H&P - R. Abiodun MD
No interval change. Cr 1.4. Plan TF-TAVR 10/7.
""", description="Pre-procedure H&P")

    gold = {"recommendation": "approve", "policy": "NCD 20.32",
            "evidence": ["Observation/ava-2026-07-14", "DocumentReference/echo-2026-07-14", "DocumentReference/ic-2026-08-11",
                         "DocumentReference/ctsurg-addendum-2026-08-25"],
            "missing": [],
            "rationale": "Symptomatic severe AS (NYHA III, presyncope). The interventional cardiologist examined her in person "
                         "8/11, and the cardiac surgeon's same-day addendum records his own face-to-face exam and rationale; the "
                         "PA note alone would not have shown it. Video follow-up and virtual conference are extra."}
    k = case("bt-tavr-02", "patients/bt-p10.json", SVC, ["I35.0"], "2026-09-22", gold)
    return k, c
