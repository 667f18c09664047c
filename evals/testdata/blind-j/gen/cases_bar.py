"""NCD 100.1 (bariatric surgery) cases: bj-bar-01, bj-bar-02."""
from fhirkit import Bundle, cc, qty, comp, rx, icd, LOINC, SNOMED, CPT, UCUM

ICDS = "http://hl7.org/fhir/sid/icd-10-cm"


def bar_01():
    b = Bundle("pj07", "America/Denver", "https://fhir.summitbariatric.example/fhir/R4")
    b.patient("Ridley", ["Tamsin", "R."], "female", "1967-04-11", "Greeley", "CO",
              "http://summitbariatric.example/mrn", "SBM-118204", "970-555-0136")
    sb = b.org("org-sbms", "Summit Bariatric & Metabolic Surgery", "Bariatric surgery program")
    cc_ = b.org("org-ccfh", "Clear Creek Family Health", "Primary care")
    bh = b.org("org-sbh", "Summit Behavioral Health", "Behavioral health")
    surg = b.practitioner("pr-ostrander", "Ostrander", ["Neil"], "MD", "MD - General Surgery (Bariatric)", "1649320587")
    pcp = b.practitioner("pr-yazzie", "Yazzie", ["Joseph"], "MD", "MD - Family Medicine", "1306958842")
    rd = b.practitioner("pr-raman", "Raman", ["Priya"], "RDN", "Registered Dietitian Nutritionist, CDCES")
    psy = b.practitioner("pr-marchand", "Marchand", ["Colette"], "PsyD", "PsyD - Licensed Clinical Psychologist")
    rn = b.practitioner("pr-benally", "Benally", ["Shawna"], "RN", "Registered Nurse - Bariatric clinic")

    b.condition("cond-obesity", "E66.9", "2024-03-05 10:00", text="Obesity", asserter=pcp)
    b.condition("cond-dm", "E11.65", "2019-08-13 10:00", text="Type 2 diabetes mellitus with hyperglycemia", asserter=pcp)
    b.condition("cond-osa", "G47.33", "2021-06-22 10:00", text="Obstructive sleep apnea - on CPAP",
                note="PSG 6/2021 (Greeley Sleep Lab): AHI 34. CPAP 11 cm H2O, adherent per downloads.")
    b.condition("cond-htn", "I10", "2015-01-20 10:00", text="Hypertension")
    b.condition("cond-oa", "M17.0", "2022-11-02 10:00", text="Bilateral primary OA knees - wheelchair for distances")

    b.obs("obs-wt-20260210", "2026-02-10 09:20", cc("Body weight", LOINC, "29463-7"), qty(261, "[lb_av]"),
          category="vital-signs", performer=pcp)
    b.obs("obs-ht-20260210", "2026-02-10 09:20", cc("Body height", LOINC, "8302-2"), category="vital-signs",
          performer=pcp, absent=("not-performed", "Unable to stand for stadiometer (knee OA, wheelchair)"))
    b.obs("obs-a1c-20260506", "2026-05-06 08:15", cc("Hemoglobin A1c", LOINC, "4548-4"), qty(8.4, "%"),
          category="laboratory", performer=cc_)
    b.obs("obs-wt-20260616", "2026-06-16 13:05", cc("Body weight", LOINC, "29463-7"), qty(118.6, "kg"),
          category="vital-signs", performer=rn, method="Bariatric wheelchair scale, chair tared")
    ht = b.obs("obs-ht-20260616", "2026-06-16 13:05", cc("Body height", LOINC, "8302-2"), category="vital-signs",
               performer=rn, absent=("not-performed", "Deferred - patient cannot stand unsupported; obtain at pre-op visit"))

    b.medreq("mr-sema-20251104", "2025-11-04 10:30", rx("semaglutide injection (OZEMPIC) 2 mg/1.5 mL pen", "1991302"),
             status="stopped", dosage="0.25 mg weekly x4 wk, 0.5 mg weekly, 1 mg weekly from 01/2026",
             requester=pcp, status_reason="Persistent vomiting after dose increase - discontinued 02/03/2026",
             validity=("2025-11-04", "2026-02-03"), reason="T2DM with obesity")
    b.medreq("mr-metformin", "2019-08-13 10:00", rx("metformin 1000 MG Oral Tablet", "6809"), dosage="1000 mg BID",
             requester=pcp)
    b.medreq("mr-glargine-20260210", "2026-02-10 09:50", rx("insulin glargine 100 UNT/ML pen", "274783"),
             dosage="14 units SC nightly, titrate per FBG", requester=pcp)

    pcpnote = """CLEAR CREEK FAMILY HEALTH - PROGRESS NOTE
Date: 02/10/2026   Provider: Joseph Yazzie, MD
Patient: Tamsin Ridley   58 y.o. female

SUBJECTIVE
F/u T2DM, HTN, OSA, knee OA. Stopped Ozempic 2/3 - vomiting 3-4x/wk since going up to 1 mg,
couldn't keep fluids down. Lost ~9 lb the first 2 months on it, has regained most of it.
Sees dietitian monthly (program since 10/2025), logging food. Uses wheelchair for distances,
walker at home because of knees. Ortho (Dr. Pruitt) will not do TKA until she loses weight.
CPAP nightly.

OBJECTIVE
BP 136/82  P 84  T 98.1  SpO2 96%
Wt 261 lb     Ht: unable to stand for measurement     BMI: --
A1c 8.6% (01/2026)
Gen: pleasant, in wheelchair. Heart RRR. Lungs clear. Ext: no edema. Knees crepitus, valgus.

ASSESSMENT / PLAN
1. T2DM, uncontrolled - start insulin glargine 14 u qHS; continue metformin. Semaglutide
   stopped for GI intolerance.
2. Obesity - structured dietitian program x4 months plus GLP-1 trial without durable weight
   loss. Pt asking about surgery; referral to Summit Bariatric placed.
3. HTN - controlled on losartan.
4. OSA on CPAP - adherent.
5. OA knees - PT, acetaminophen, topical diclofenac.
"""
    b.doc("doc-pcp-20260210", "2026-02-10 09:55", "11506-3", "Progress Note - Family Medicine", pcp, pcpnote,
          custodian=cc_)

    diet = """SUMMIT BARIATRIC & METABOLIC SURGERY - MEDICAL NUTRITION THERAPY
MEDICALLY SUPERVISED WEIGHT MANAGEMENT: PROGRAM SUMMARY
Patient: Tamsin Ridley        Dates: 10/14/2025 - 04/21/2026
Supervising physician: Joseph Yazzie, MD (PCP)    Dietitian: Priya Raman, RDN, CDCES

VISIT LOG (weights on bariatric wheelchair scale)
  10/14/2025   266.5 lb   initial assessment, 1500 kcal plan, protein 80 g/d
  11/18/2025   262.0 lb   food log reviewed; semaglutide started by PCP 11/4
  12/16/2025   257.5 lb   chair-based exercise 20 min 5x/wk
  01/20/2026   258.0 lb   holiday eating discussed
  02/17/2026   262.5 lb   semaglutide stopped 2/3 (vomiting)
  03/17/2026   264.0 lb   behavioral strategies, portion plates
  04/21/2026   265.0 lb   program completion

Attendance: 7/7 scheduled visits + 2 telephone check-ins. Engagement: good.
OUTCOME: net change -1.5 lb over 6 months. Non-surgical weight loss unsuccessful despite
adherence. Candidate for surgical evaluation from a nutrition standpoint; pre-op education
class completed 04/21/2026.
P. Raman, RDN, CDCES   e-signed 04/21/2026 16:30
"""
    b.doc("doc-diet-20260421", "2026-04-21 16:30", "34109-9", "Medically Supervised Weight Management - Summary", rd,
          diet, custodian=sb)

    rnnote = """BARIATRIC CLINIC NURSING INTAKE   06/16/2026 13:05   S. Benally, RN
Arrived in own wheelchair with husband. Weight 118.6 kg on bariatric wheelchair scale (chair
tared). Height not obtained: patient cannot stand unsupported on the stadiometer; knee-height
caliper not available today. BMI unable to calculate - to obtain at pre-op visit.
BP 132/80, HR 82, SpO2 97% RA. Fasting glucose (meter) 168.
Meds reconciled. Brings CPAP download card: 94% nights >4 h.
Education packet given. Psych eval scheduled 7/7.
"""
    b.doc("doc-rn-20260616", "2026-06-16 13:40", "34746-8", "Nursing Intake - Bariatric Clinic", rn, rnnote,
          custodian=sb)

    psych = """SUMMIT BEHAVIORAL HEALTH
PRE-SURGICAL PSYCHOLOGICAL EVALUATION (BARIATRIC)     07/07/2026
Evaluator: Colette Marchand, PsyD

Identifying information: 59-year-old married woman referred by Dr. Ostrander for evaluation
prior to Roux-en-Y gastric bypass.
Instruments: clinical interview, PHQ-9 (4), GAD-7 (3), BES (binge eating scale) 11, AUDIT-C 0.
History: no psychiatric hospitalizations, no suicide attempts, no substance use disorder.
Describes emotional eating during stressful periods; no current binge eating disorder.
Understands the procedure, lifelong supplementation, and follow-up requirements; husband
supportive. Realistic expectations.
Impression: no psychiatric contraindication to bariatric surgery. Recommend post-op support
group attendance.
"""
    b.doc("doc-psych-20260707", "2026-07-07 15:10", "51848-0", "Pre-surgical Psychological Evaluation", psy, psych,
          custodian=bh)

    surghtml = """<html><body>
<h2>Summit Bariatric &amp; Metabolic Surgery</h2>
<p><b>Surgical Consultation</b> &mdash; 07/21/2026 &mdash; Neil Ostrander, MD<br/>Referring: Joseph Yazzie, MD</p>
<p><b>HPI:</b> 59-year-old woman with obesity, type 2 diabetes (A1c 8.4% on metformin + glargine), obstructive sleep apnea on
CPAP, hypertension and bilateral knee OA limiting mobility (wheelchair for distances). Weight-related complications are
progressing; orthopedics has deferred knee arthroplasty pending weight loss.</p>
<p><b>Prior weight-loss treatment:</b> 6-month medically supervised program with our dietitian (10/2025-04/2026, 7/7 visits),
semaglutide 11/2025-02/2026 stopped for vomiting; net weight change -1.5 lb. Previous commercial programs (2014, 2019).</p>
<table border="1" cellpadding="3">
<tr><th colspan="2">Anthropometrics / vitals (from 06/16/2026 intake)</th></tr>
<tr><td>Weight</td><td>118.6 kg</td></tr>
<tr><td>Height</td><td>&mdash; (not obtained)</td></tr>
<tr><td>BMI</td><td>pending</td></tr>
<tr><td>BP</td><td>132/80</td></tr>
</table>
<p><b>Exam:</b> central adiposity, pannus, no hernia. Lungs clear. Heart regular.</p>
<p><b>Studies:</b> A1c 8.4% (05/2026). Psych clearance 07/07/2026. Nutrition clearance 04/21/2026. EGD and pre-op labs pending.</p>
<p><b>Assessment:</b> Obesity with type 2 diabetes, OSA and hypertension; failed supervised non-surgical therapy. Good candidate
for laparoscopic Roux-en-Y gastric bypass (preferred over sleeve given diabetes and GERD symptoms).</p>
<p><b>Plan:</b> laparoscopic RYGB; EGD; pre-op visit 09/01/2026 (height/BMI, labs, anesthesia). Continue CPAP peri-operatively.</p>
</body></html>"""
    b.doc("doc-surg-20260721", "2026-07-21 11:20", "11488-4", "Bariatric Surgery Consultation", surg, surghtml,
          ctype="text/html", custodian=sb)

    # after the request date
    b.obs("obs-ht-20260901", "2026-09-01 10:10", cc("Body height", LOINC, "8302-2"), qty(165.1, "cm"),
          category="vital-signs", performer=rn, method="Supine length, hospital bed (pre-op)")
    b.obs("obs-bmi-20260901", "2026-09-01 10:12", cc("Body mass index", LOINC, "39156-5"), qty(43.5, "kg/m2"),
          category="vital-signs", performer=rn)

    case = {
        "id": "bj-bar-01", "patient": "patients/pj07.json",
        "request": {
            "service": {"system": CPT, "code": "43644", "display": "Laparoscopic gastric bypass (Roux-en-Y)"},
            "diagnoses": [{"system": ICDS, "code": "E66.9", "display": icd("E66.9")["display"]},
                          {"system": ICDS, "code": "E11.65", "display": icd("E11.65")["display"]},
                          {"system": ICDS, "code": "G47.33", "display": icd("G47.33")["display"]}],
            "payer": "medicare", "urgency": "standard", "date": "2026-08-25",
            "note": "Lap RYGB. T2DM, OSA, HTN. Failed 6-month supervised program.",
        },
        "gold": {
            "recommendation": "request_info", "policy": "NCD 100.1",
            "evidence": ["DocumentReference/doc-surg-20260721", "DocumentReference/doc-diet-20260421",
                         "Condition/cond-dm", "Observation/obs-ht-20260616"],
            "missing": ["BMI|body mass index|height"],
            "rationale": "Comorbidity (T2DM, OSA) and failed medical treatment documented; covered procedure. No height or BMI on or before the request date (height deferred twice; BMI 43.5 recorded only at the 09/01 pre-op visit, after the request).",
        },
    }
    return case, b, "2026-08-25 08:00"


def bar_02():
    b = Bundle("pj08", "America/Los_Angeles", "https://fhir.baysideswl.example/r4")
    b.patient("Marchetti", ["Dennis", "A."], "male", "1959-12-08", "Long Beach", "CA",
              "http://baysideswl.example/mrn", "BSW-660318")
    bs = b.org("org-bswl", "Bayside Surgical Weight Loss Center", "Bariatric surgery practice")
    lb = b.org("org-lbim", "Long Beach Internal Medicine Group", "Primary care")
    hs = b.org("org-hsd", "Harbor Sleep Diagnostics", "Sleep laboratory")
    surg = b.practitioner("pr-cho", "Cho", ["Daniel"], "MD", "MD - General Surgery (Bariatric)", "1477105836")
    pcp = b.practitioner("pr-adebayo", "Adebayo", ["Funmilayo"], "MD", "MD - Internal Medicine", "1861493301")
    rd = b.practitioner("pr-ortega", "Ortega", ["Lucia"], "RDN", "Registered Dietitian Nutritionist")
    psy = b.practitioner("pr-greenbaum", "Greenbaum", ["Saul"], "PhD", "PhD - Clinical Psychologist")

    b.condition("cond-obesity", "E66.9", "2026-02-26 11:10", text="Obesity, class II (BMI 36.4)", asserter=surg,
                extra_codings=[icd("Z68.36")])
    b.condition("cond-prediab", "R73.03", "2025-10-14 12:00", text="Prediabetes", asserter=pcp)
    b.condition("cond-dm-eie", "E11.9", "2025-04-02 09:00", verification="entered-in-error", clinical="inactive",
                text="Type 2 diabetes mellitus", note="Entered on wrong patient chart by scribe 4/2/2025. Never diagnosed. - F. Adebayo MD 4/9/2025")
    b.condition("cond-htn-ref", "I10", "2025-06-10 09:30", verification="refuted", clinical="inactive",
                text="Elevated BP / ?hypertension",
                note="Refuted 01/22/2026: 24-h ABPM normal (mean 124/78). White-coat effect.")
    b.condition("cond-osa-ref", "G47.33", "2025-07-08 10:00", verification="refuted", clinical="inactive",
                text="Suspected OSA", note="PSG 09/14/2025: AHI 3.1/h - no sleep apnea.")

    b.obs("obs-a1c-20251014", "2025-10-14 08:30", cc("Hemoglobin A1c", LOINC, "4548-4"), qty(5.9, "%"),
          category="laboratory", performer=lb)
    b.obs("obs-a1c-20260205", "2026-02-05 08:20", cc("Hemoglobin A1c", LOINC, "4548-4"), qty(6.1, "%"),
          category="laboratory", performer=lb)
    b.obs("obs-abpm-20260116", "2026-01-16 08:00", cc("24-hour ambulatory blood pressure monitoring", "http://lbimg.example/fhir/CodeSystem/abpm", "ABPM-24H"),
          category="procedure", performer=lb, components=[
              comp(cc("24-h mean systolic", LOINC, "8480-6"), qty(124, "mm[Hg]")),
              comp(cc("24-h mean diastolic", LOINC, "8462-4"), qty(78, "mm[Hg]")),
              comp(cc("Daytime mean", "http://lbimg.example/fhir/CodeSystem/abpm", "ABPM-DAY"), ("valueString", "127/80 mmHg")),
              comp(cc("Nighttime mean", "http://lbimg.example/fhir/CodeSystem/abpm", "ABPM-NIGHT"), ("valueString", "114/69 mmHg (dipper)"))],
          note="Worn 01/15/2026 08:10 - 01/16/2026 08:00, 92% valid readings.")
    b.obs("obs-wt-20260226", "2026-02-26 10:40", cc("Body weight", LOINC, "29463-7"), qty(112.3, "kg"),
          category="vital-signs", performer=surg)
    b.obs("obs-ht-20260226", "2026-02-26 10:40", cc("Body height", LOINC, "8302-2"), qty(175.6, "cm"),
          category="vital-signs", performer=surg)
    b.obs("obs-bmi-20260226", "2026-02-26 10:40", cc("Body mass index", LOINC, "39156-5"), qty(36.4, "kg/m2"),
          category="vital-signs", performer=surg)
    b.obs("obs-bp-20260226", "2026-02-26 10:42", cc("Blood pressure panel", LOINC, "85354-9"), category="vital-signs",
          performer=surg, components=[comp(cc("Systolic", LOINC, "8480-6"), qty(138, "mm[Hg]")),
                                      comp(cc("Diastolic", LOINC, "8462-4"), qty(86, "mm[Hg]"))])
    b.report("dr-psg-20250914", "2025-09-14 06:00", cc("Polysomnography, diagnostic (Harbor Sleep Diagnostics)"),
             conclusion="Diagnostic PSG: TST 6.1 h, AHI 3.1/h (4% rule), RDI 5.4/h, nadir SpO2 90%. Primary snoring. No obstructive sleep apnea.",
             performer=hs)
    b.medreq("mr-phentermine-2025", "2025-03-10 10:00", rx("phentermine 37.5 MG Oral Tablet", "8152"),
             status="completed", dosage="37.5 mg daily x 12 weeks", requester=pcp,
             validity=("2025-03-10", "2025-06-10"), note="Lost 3.2 kg, regained after stopping.")

    pcpnote = """Long Beach Internal Medicine Group
PROGRESS NOTE - 01/22/2026 - Funmilayo Adebayo, MD

66 y/o M here to review ABPM and labs.
# Elevated office BP: clinic readings 136-142/84-88 over 2025. 24-h ABPM 1/15-16/2026: mean
  124/78, daytime 127/80, night 114/69, normal dipping. Home cuff log (validated Omron) avg
  122/76. -> Does not have hypertension; white-coat effect. No meds. Problem list updated.
# Prediabetes: A1c 5.9 (10/2025). Lifestyle. Repeat A1c 2/2026.
# Snoring: PSG 9/2025 negative for OSA (AHI 3.1).
# Weight: BMI ~37. Completed phentermine 3/2025-6/2025 (-3.2 kg, regained). Currently in
  dietitian program at Bayside. Pt requests bariatric surgery referral - placed.
# Lipids 12/2025: LDL 104, HDL 44, TG 148 - no statin indicated (ASCVD 9.8%).
ROS otherwise negative: no chest pain, no dyspnea, no joint pain, no reflux.
"""
    b.doc("doc-pcp-20260122", "2026-01-22 10:30", "11506-3", "Progress Note - Internal Medicine", pcp, pcpnote,
          custodian=lb)

    diet = """BAYSIDE SURGICAL WEIGHT LOSS CENTER - NUTRITION
SIX-MONTH MEDICALLY SUPERVISED DIET - COMPLETION NOTE   02/12/2026
Lucia Ortega, RDN

Monthly visits 08/2025 - 01/2026 (6/6 attended), physician oversight Dr. Cho.
Weights: 08/14/25 116.0 kg -> 09/11 114.9 -> 10/09 114.1 -> 11/13 113.6 -> 12/11 114.4 -> 01/15/26 112.8 kg
Net -3.2 kg (2.8%). Goal of >=5-10% not achieved. Diet: 1800 kcal, Mediterranean pattern;
walking 30 min 4x/wk.
Assessment: medically supervised weight loss unsuccessful.
"""
    b.doc("doc-diet-20260212", "2026-02-12 15:00", "34109-9", "Supervised Diet Completion Note", rd, diet, custodian=bs)

    surg_txt = """BAYSIDE SURGICAL WEIGHT LOSS CENTER
INITIAL SURGICAL CONSULTATION        Date: 02/26/2026       Surgeon: Daniel Cho, MD

HPI: 66-year-old man with long-standing obesity seeking surgical weight loss. Highest weight 118 kg
(2024). Tried commercial programs, phentermine (2025), and our 6-month supervised program (-3.2 kg).
He prefers an adjustable band ("something reversible").

Vitals: Ht 175.6 cm, Wt 112.3 kg, BMI 36.4, BP 138/86 (repeat 136/84), HR 76.

OBESITY-RELATED COMORBIDITIES:
  - Prediabetes (A1c 6.1% 02/2026)
  - Hypertension - BP elevated in clinic today
  - Snoring / probable sleep apnea
  - Family history: T2DM (mother, brother)

Exam: central obesity, no hernias, no prior abdominal surgery.

Assessment: Class II obesity (BMI 36.4) with comorbidities as above; meets NIH consensus criteria.
Plan: laparoscopic adjustable gastric banding. Upper GI series, labs, psych evaluation.
Our office will request BP log and sleep study records from PCP.
"""
    b.doc("doc-surg-20260226", "2026-02-26 11:10", "11488-4", "Bariatric Surgical Consultation", surg, surg_txt,
          custodian=bs)

    psych = """PSYCHOLOGICAL EVALUATION FOR WEIGHT-LOSS SURGERY  03/02/2026  Saul Greenbaum, PhD
Clinical interview + MMPI-2-RF, BES 8, PHQ-9 2. No eating disorder, no substance use, adequate
understanding of band adjustments and follow-up. Cleared from a psychological standpoint.
"""
    b.doc("doc-psych-20260302", "2026-03-02 14:20", "51848-0", "Pre-surgical Psychological Evaluation", psy, psych,
          custodian=bs)

    tel = """LONG BEACH INTERNAL MEDICINE GROUP - TELEPHONE ENCOUNTER
03/05/2026 11:50   Call from: Bayside Surgical Weight Loss (M. Reyes, surgical coordinator)
Request: add "hypertension" and "OSA" to problem list and send BP readings + sleep study for
bariatric prior authorization.
Response (Dr. Adebayo, 03/05/2026 13:15): Sent ABPM report and PSG. Patient does NOT have
hypertension (ABPM 1/2026 normal; home log avg 122/76) and PSG 9/14/2025 showed no OSA
(AHI 3.1). Problem list reflects prediabetes only. I cannot add diagnoses that are not present.
"""
    b.doc("doc-tel-20260305", "2026-03-05 13:15", "34748-4", "Telephone Encounter", pcp, tel, custodian=lb)

    case = {
        "id": "bj-bar-02", "patient": "patients/pj08.json",
        "request": {
            "service": {"system": CPT, "code": "43770", "display": "Laparoscopic adjustable gastric banding"},
            "diagnoses": [{"system": ICDS, "code": "E66.9", "display": icd("E66.9")["display"]},
                          {"system": ICDS, "code": "Z68.36", "display": icd("Z68.36")["display"]},
                          {"system": ICDS, "code": "I10", "display": icd("I10")["display"]}],
            "payer": "medicare", "urgency": "standard", "date": "2026-03-12",
            "note": "LAGB. BMI 36.4 with HTN, prediabetes, probable OSA. Failed supervised diet.",
        },
        "gold": {
            "recommendation": "refer", "policy": "NCD 100.1",
            "evidence": ["Observation/obs-abpm-20260116", "DiagnosticReport/dr-psg-20250914",
                         "DocumentReference/doc-tel-20260305", "DocumentReference/doc-surg-20260226"],
            "missing": [],
            "rationale": "BMI >= 35 and failed medical treatment documented, covered procedure. The obesity-related comorbidity is documented as absent: hypertension refuted by ABPM, OSA refuted by PSG, diabetes entered in error; only prediabetes remains (not T2DM; physician judgement). Obesity alone is non-covered.",
        },
    }
    return case, b, "2026-03-12 08:00"
