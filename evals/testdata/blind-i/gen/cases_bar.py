"""NCD 100.1 cases (bariatric surgery: CPT 43644 / 43770)."""
from fhirlib import Chart, cc, loinc, local, rx, medtext, CPT

ICD = "http://hl7.org/fhir/sid/icd-10-cm"


def bar01():
    c = Chart("pi07", "MN", "https://fhir.lakeheadhealth.example/r4")
    c.patient("Lindqvist", ["Tamara", "J."], "female", "1959-06-25", "Duluth", "55811", "LH-4471902",
              "3120 Woodland Ave", "218-555-0135")
    pcp = c.prac("pr-solberg", "Solberg", ["Erik"], "Dr.", "MD", ["Family Medicine"])
    surg = c.prac("pr-halvorsen", "Halvorsen", ["Ingrid"], "Dr.", "MD, FACS", ["General Surgery", "Bariatric Surgery"])
    psy = c.prac("pr-meyer", "Meyer", ["Paul"], "Dr.", "PhD, LP", ["Clinical Psychology"])
    rd = c.prac("pr-nyberg", "Nyberg", ["Kari"], None, "RD, LD", ["Registered Dietitian"])
    org = c.org("org-lh", "Lakehead Health - Bariatric & Metabolic Center", "Duluth", "Hospital-based bariatric program")

    c.cond("cond-7701", "E66.01", "Morbid (severe) obesity due to excess calories", "2026-03-03 10:40", recorder=surg)
    c.cond("cond-7702", "Z68.41", "Body mass index [BMI] 40.0-44.9, adult", "2026-03-03 10:40", recorder=surg)
    t2 = c.cond("cond-7703", "E11.65", "Type 2 diabetes mellitus with hyperglycemia", "2019-04-10 09:00", recorder=pcp)
    c.cond("cond-7704", "I10", "Essential (primary) hypertension", "2016-08-22 09:00", recorder=pcp)
    c.cond("cond-7705", "M17.0", "Bilateral primary osteoarthritis of knee", "2021-10-05 09:00", recorder=pcp)

    c.obs("obs-wt-2024", loinc("29463-7", "Body weight"), "2024-09-12 09:10", value=253, unit="lb", ucum="[lb_av]")
    c.obs("obs-a1c-0210", loinc("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), "2026-02-10 08:15", value=8.3, unit="%",
          category="laboratory")
    wt = c.obs("obs-wt-0303", loinc("29463-7", "Body weight"), "2026-03-03 09:55", value=241, unit="lb", ucum="[lb_av]",
               method="Standing scale, light clothing")
    ht = c.obs("obs-ht-0303", loinc("8302-2", "Body height"), "2026-03-03 09:55", value=65, unit="in", ucum="[in_i]",
               method="Stadiometer")
    c.obs("obs-bp-0303", loinc("85354-9", "Blood pressure panel with all children optional"), "2026-03-03 09:55",
          components=[(loinc("8480-6", "Systolic blood pressure"), 146, "mm[Hg]"), (loinc("8462-4", "Diastolic blood pressure"), 84, "mm[Hg]")])
    c.fmh("fmh-mother", "2026-03-03 10:40", "MTH", "mother",
          [("Type 2 diabetes mellitus", 48), ("Severe obesity", None), ("Roux-en-Y gastric bypass (2008)", 62)], sex="female",
          note="Mother had gastric bypass in 2008, lost ~100 lb.")
    c.medreq("mr-met", rx("6809", "metformin", "metformin hydrochloride 1000 MG Oral Tablet"), "2019-04-10 09:30", requester=pcp,
             dosage="1000 mg twice daily")
    c.medreq("mr-glip", rx("4821", "glipizide", "glipizide 10 MG Oral Tablet"), "2022-02-14 09:30", requester=pcp,
             dosage="10 mg daily with breakfast")
    c.medreq("mr-lis", rx("29046", "lisinopril", "lisinopril 20 MG Oral Tablet"), "2016-08-22 09:30", requester=pcp,
             dosage="20 mg daily")

    pcpnote = """LAKEHEAD HEALTH FAMILY MEDICINE - DULUTH EAST
Progress Note      11/18/2025      Erik Solberg, MD

Chief complaint: diabetes follow-up, wants to talk about weight-loss surgery

Problem list (carried forward):
- Type 2 DM - A1c 7.9 (08/2025) on metformin 1000 BID + glipizide 10
- HTN - lisinopril 20
- Bilateral knee OA - ortho (Dr. Kane) says she needs bilateral TKA "but not until BMI < 40"
- Obesity - pt reports she has "tried every diet out there"

Interval: Knees worse, using a cane outside. Wt 244 lb today. A1c due. Her mother had gastric
bypass and "it changed her life" - she would like a referral.

Exam: BP 142/86, Wt 244 lb, BMI 40.6. Crepitus both knees, antalgic gait.

A/P:
1. Obesity, BMI 40.6 with T2DM, HTN, OA - counseled on diet and exercise. Referral to Lakehead
   Bariatric & Metabolic Center placed.
2. T2DM - A1c today; continue current regimen; consider GLP-1 RA - pt declines injections.
3. HTN - not at goal; recheck 3 mo.
"""
    c.doc("doc-pcp-1118", "11506-3", "Family Medicine Progress Note", "2025-11-18 11:20", pcp, pcpnote, custodian=org)

    consult = """LAKEHEAD HEALTH BARIATRIC & METABOLIC CENTER
SURGICAL CONSULTATION                                    Date: 03/03/2026
Surgeon: Ingrid Halvorsen, MD, FACS          Referring: Erik Solberg, MD
Patient: Tamara J. Lindqvist   DOB 06/25/1959   Medicare A/B + Medigap

WEIGHT HISTORY
  Onset of obesity ..................... adulthood; +40 lb after hysterectomy 2014
  Highest adult weight ................. 258 lb (2023)
  Current weight / height .............. 241 lb / 65 in (stadiometer)
  Previous weight loss attempts ........ see scanned intake questionnaire
  Medically supervised programs ........
  Weight loss medications .............. none
  Prior bariatric surgery .............. none (mother s/p RYGB 2008 - see FHx)

OBESITY-RELATED CONDITIONS
  Type 2 diabetes (A1c 8.3% on 02/10/2026, metformin + glipizide)
  Hypertension (lisinopril 20)
  Bilateral knee osteoarthritis - TKA deferred for weight
  OSA screening: STOP-BANG 3 - sleep study not indicated at this time

EXAM: BP 146/84. Pleasant, ambulates with cane. Abdomen obese, low transverse scar. No hernia.

ASSESSMENT: Class III obesity with type 2 diabetes, hypertension and knee OA. Good candidate for
laparoscopic Roux-en-Y gastric bypass (preferred over sleeve given diabetes and reflux symptoms).
Risks/benefits discussed.

PROGRAM REQUIREMENTS BEFORE SURGERY
  - Psychological evaluation
  - Pre-operative nutrition classes x 2
  - EGD
  - Documentation of previous weight-loss attempts for insurance review

Ingrid Halvorsen, MD, FACS
"""
    c.doc("doc-surg-0303", "11488-4", "Bariatric Surgical Consultation", "2026-03-03 10:40", surg, consult, custodian=org)

    psych = """PRE-SURGICAL PSYCHOLOGICAL EVALUATION (BARIATRIC)
Date: 03/24/2026   Evaluator: Paul Meyer, PhD, LP   Duration: 90 min + testing (MBMD)

Ms. Lindqvist is a 66-year-old retired school bus driver referred for pre-bariatric evaluation.
She describes a long history of self-directed dieting (Atkins, "the cabbage soup diet", meal-
replacement shakes from the drugstore, intermittent fasting) with losses of 10-20 lb that were
always regained. Details of other treatment were not reviewed in this evaluation. No binge-eating
disorder by BES (score 11). No purging. Mild depressive symptoms related to knee pain (PHQ-9 6),
no SI, no psychiatric hospitalizations. Alcohol: rare. Tobacco: never. Good social support
(husband, daughter). Understands post-operative lifestyle changes and vitamin requirements.

IMPRESSION: No psychological contraindication to bariatric surgery. CLEARED.
Recommendations: attend support group pre- and post-op.
"""
    c.doc("doc-psy-0324", "11488-4", "Psychological Evaluation", "2026-03-24 15:30", psy, psych, custodian=org)

    nutr = """NUTRITION - GROUP CLASS ATTENDANCE
04/02/2026   Pre-operative bariatric nutrition class #1 of 2   Instructor: Kari Nyberg, RD, LD
Topics: post-op diet stages (clear liquid -> full liquid -> puree -> soft -> regular), protein goal
60-80 g/day, fluids 64 oz, vitamin/mineral supplementation (bariatric MVI, B12, calcium citrate,
iron), avoiding grazing. Attendee: T. Lindqvist - present, participated. Weight today 240.4 lb.
Class #2 scheduled 05/07/2026.
"""
    c.doc("doc-nutr-0402", "11506-3", "Nutrition Class Attendance", "2026-04-02 12:15", rd, nutr, custodian=org)

    checklist = """BARIATRIC PROGRAM - PRE-SURGICAL CHECKLIST                    Updated: 04/20/2026
Patient: LINDQVIST, TAMARA J      Procedure: Laparoscopic Roux-en-Y gastric bypass (43644)
Surgeon: Halvorsen                 Payer: Medicare

[X] Surgical consult ............................ 03/03/2026
[X] BMI >= 35 with obesity-related comorbidity .. BMI 40.1 (241 lb / 65 in); T2DM, HTN, knee OA
[X] Psychological evaluation .................... 03/24/2026 - cleared
[X] Nutrition class #1 .......................... 04/02/2026
[ ] Nutrition class #2 .......................... scheduled 05/07/2026
[ ] EGD ......................................... scheduled 05/12/2026
[X] H. pylori serology .......................... negative 03/03/2026
[X] Tobacco ..................................... never smoker
[ ] Prior weight-loss attempts documentation .... REQUESTED from Dr. Solberg's office 03/05 and
                                                  04/14 - not received. Pt intake questionnaire
                                                  not scanned (front desk to locate).
Prior authorization: to be submitted 04/21/2026 per office manager.
-- A. Nelson, bariatric coordinator
"""
    c.doc("doc-check-0420", "68608-9", "Pre-surgical Checklist", "2026-04-20 16:45", surg, checklist, custodian=org)

    case = {
        "id": "bi-bar-01", "patient": "patients/pi07.json",
        "request": {"service": {"system": CPT, "code": "43644", "display": "Laparoscopic gastric bypass, Roux-en-Y"},
                    "diagnoses": [{"system": ICD, "code": "E66.01", "display": "Morbid (severe) obesity due to excess calories"},
                                  {"system": ICD, "code": "Z68.41", "display": "Body mass index [BMI] 40.0-44.9, adult"},
                                  {"system": ICD, "code": "E11.65", "display": "Type 2 diabetes mellitus with hyperglycemia"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-04-21"},
        "gold": {"recommendation": "request_info", "policy": "NCD 100.1",
                 "evidence": [wt, ht, t2, "DocumentReference/doc-surg-0303", "DocumentReference/doc-check-0420"],
                 "missing": ["prior weight loss|weight loss attempts|weight-loss attempts|medical weight loss|weight management|"
                             "medically supervised|supervised diet|diet program|medical treatment|nonsurgical treatment|previous attempts"],
                 "rationale": "Covered procedure; BMI 40.1 computed from 241 lb / 65 in; type 2 diabetes is a qualifying comorbidity. "
                              "Prior unsuccessful medical treatment for obesity is not documented: only self-directed diets "
                              "(patient-reported), a one-line counselling statement, pre-operative education class; the program "
                              "itself lists the documentation as requested and not received. Mother's gastric bypass is family history."},
    }
    return case, c


def bar02():
    c = Chart("pi08", "GA", "https://fhir.mgwlsc.example/r4")
    c.patient("Abernathy", ["Curtis", "L."], "male", "1958-01-15", "Macon", "31204", "MG-1180456",
              "2270 Vineville Ave", "478-555-0158")
    surg = c.prac("pr-kimbrough", "Kimbrough", ["Bradley"], "Dr.", "MD", ["General Surgery", "Bariatric Surgery"])
    np = c.prac("pr-tran", "Tran", ["Alicia"], None, "FNP-C", ["Nurse Practitioner, Bariatric Surgery"])
    rd = c.prac("pr-everett", "Everett", ["Monique"], None, "RD, LD", ["Registered Dietitian"])
    pcp = c.prac("pr-jenkins", "Jenkins", ["Harold"], "Dr.", "MD", ["Internal Medicine"])
    org = c.org("org-mgwlsc", "Middle Georgia Weight Loss Surgery Center", "Macon", "Bariatric surgery practice")

    c.cond("cond-8801", "E66.01", "Morbid (severe) obesity due to excess calories", "2025-10-06 10:30", recorder=np)
    c.cond("cond-8802", "Z68.36", "Body mass index [BMI] 36.0-36.9, adult", "2025-10-06 10:30", recorder=np)
    c.cond("cond-8803", "I10", "Essential (primary) hypertension", "2012-05-09 09:00", recorder=pcp)
    c.cond("cond-8804", "G47.33", "Obstructive sleep apnea (adult) (pediatric)", "2020-02-18 09:00", recorder=pcp,
           note="On CPAP since 2020.")
    c.cond("cond-8805", "K21.9", "Gastro-esophageal reflux disease without esophagitis", "2018-07-30 09:00", recorder=pcp)

    c.obs("obs-ht-1006", loinc("8302-2", "Body height"), "2025-10-06 09:40", value=164, unit="cm", method="Patient stated")
    c.obs("obs-wt-1006", loinc("29463-7", "Body weight"), "2025-10-06 09:40", value=99.0, unit="kg")
    c.obs("obs-bmi-1006", loinc("39156-5", "Body mass index (BMI) [Ratio]"), "2025-10-06 09:40", value=36.8, unit="kg/m2",
          derived=["Observation/obs-ht-1006", "Observation/obs-wt-1006"])
    wt = c.obs("obs-wt-0721", loinc("29463-7", "Body weight"), "2026-07-21 08:50", value=97.2, unit="kg")
    ht = c.obs("obs-ht-0721", loinc("8302-2", "Body height"), "2026-07-21 08:50", value=169, unit="cm", method="Stadiometer, measured")
    bmi = c.obs("obs-bmi-0721", loinc("39156-5", "Body mass index (BMI) [Ratio]"), "2026-07-21 08:50", value=34.0, unit="kg/m2",
                derived=["Observation/obs-ht-0721", "Observation/obs-wt-0721"])
    c.medreq("mr-orli", rx("37925", "orlistat", "orlistat 120 MG Oral Capsule"), "2025-11-03 10:00", status="stopped",
             requester=np, dosage="120 mg three times daily with meals", validity=("2025-11-03 10:00", "2026-03-02 10:00"),
             note="Stopped 03/2026 - GI intolerance, minimal weight change.")
    c.medreq("mr-lis", rx("29046", "lisinopril", "lisinopril 40 MG Oral Tablet"), "2014-01-20 09:00", requester=pcp,
             dosage="40 mg daily")

    intake = """MIDDLE GEORGIA WEIGHT LOSS SURGERY CENTER - NEW PATIENT INTAKE (H&P)
Date: 10/06/2025            Provider: Alicia Tran, FNP-C (supervising: B. Kimbrough, MD)
Patient: Curtis L. Abernathy    DOB 01/15/1958

HPI: 67 y/o retired postal carrier interested in weight-loss surgery. Gradual weight gain since
retirement in 2019. Tried "cutting carbs" on his own. Never in a supervised program.
Comorbidities: HTN (lisinopril 40), OSA on CPAP since 2020, GERD.

Vitals: Ht 5'4.5" (164 cm, stated)  Wt 218.3 lb (99.0 kg)  BMI 36.8  BP 138/84

Plan:
- Enroll in our 6-month medically supervised weight management program (monthly RD + provider
  visits, food logs, activity goals); trial of orlistat.
- Labs, EKG, CXR. Discuss procedure options at completion (patient interested in lap band).
"""
    c.doc("doc-intake-1006", "34117-2", "New Patient Intake H&P", "2025-10-06 10:30", np, intake, custodian=org)

    prog = """<html><body>
<h4>Medically Supervised Weight Management &ndash; Program Summary</h4>
<p>Patient: Curtis L. Abernathy &nbsp; Program dates: 10/06/2025 &ndash; 04/20/2026 &nbsp; Dietitian: Monique Everett, RD, LD</p>
<table border="1" cellpadding="3">
<tr><th>Visit</th><th>Date</th><th>Weight (lb)</th><th>Notes</th></tr>
<tr><td>1</td><td>10/20/2025</td><td>218.3</td><td>Baseline, goals set (1,800 kcal, walking 20 min/day)</td></tr>
<tr><td>2</td><td>11/17/2025</td><td>215.6</td><td>Orlistat started 11/03</td></tr>
<tr><td>3</td><td>12/15/2025</td><td>216.9</td><td>Holidays</td></tr>
<tr><td>4</td><td>01/19/2026</td><td>214.9</td><td>Food logs 5/7 days</td></tr>
<tr><td>5</td><td>02/16/2026</td><td>215.2</td><td>GI side effects on orlistat</td></tr>
<tr><td>6</td><td>03/16/2026</td><td>214.5</td><td>Orlistat stopped 03/02</td></tr>
<tr><td>7</td><td>04/20/2026</td><td>214.3</td><td>Program complete</td></tr>
</table>
<p><b>Summary:</b> Attended 7/7 visits. Total loss 4.0 lb (1.8%) over 6 months despite good engagement. Program
goal (5%) not achieved. Considered unsuccessful; ready for surgical evaluation.</p>
<p>Monique Everett, RD, LD &ndash; 04/20/2026</p>
</body></html>"""
    c.doc("doc-prog-0420", "68608-9", "Weight Management Program Summary", "2026-04-20 15:10", rd, prog, ctype="text/html", custodian=org)

    preop = """PRE-OPERATIVE SURGICAL CONSULTATION            07/21/2026
Bradley Kimbrough, MD

Mr. Abernathy returns after completing our 6-month medically supervised program without meaningful
weight loss. He wishes to proceed with laparoscopic adjustable gastric banding - he does not want
a stapled procedure.

HPI / history (from intake 10/06/2025): 67 y/o with BMI 36.8, HTN, OSA on CPAP, GERD. Tried
cutting carbs on his own.

Today: Wt 97.2 kg. BMI 36 (see intake). Reflux controlled on omeprazole PRN. CPAP nightly.
Exam: abdomen obese, nontender, no hernias.

Assessment: Class II obesity with HTN and OSA, failed supervised medical weight management.
Plan: Laparoscopic adjustable gastric band (43770). Pre-op EGD, cardiology clearance. Submit for
authorization.
B. Kimbrough, MD
"""
    c.doc("doc-preop-0721", "11488-4", "Pre-operative Surgical Consultation", "2026-07-21 11:15", surg, preop, custodian=org)

    addendum = """ADDENDUM to 07/21/2026 note - entered 07/28/2026 by Alicia Tran, FNP-C
Correction: Height at the 10/06/2025 intake was entered as 164 cm from the patient's stated height.
Measured on stadiometer 07/21/2026: 169 cm (5'6.5"). Corrected intake BMI 34.7 (99.0 kg / 1.69 m^2).
Current BMI 34.0 (97.2 kg, 169 cm). The "BMI 36" in the 07/21 note was carried forward from intake and
is incorrect. Dr. Kimbrough notified.
"""
    c.doc("doc-add-0728", "11506-3", "Addendum - Height/BMI Correction", "2026-07-28 09:05", np, addendum, custodian=org,
          appends="DocumentReference/doc-preop-0721")

    lmn = """Middle Georgia Weight Loss Surgery Center
August 5, 2026

To: Medicare Prior Authorization Review

RE: Curtis L. Abernathy, DOB 01/15/1958 - Laparoscopic adjustable gastric banding (CPT 43770)

Mr. Abernathy has obesity with a current BMI of 34.0 kg/m2 (36.8 recorded at program entry; see
height correction addendum), complicated by hypertension and obstructive sleep apnea requiring
CPAP. He completed a 6-month medically supervised weight management program (10/2025-04/2026),
including a trial of orlistat, and lost only 1.8% of body weight.

The adjustable gastric band is FDA-approved for adults with a BMI of at least 40, or at least 30 with
one or more obesity-related comorbid conditions, and he meets this labeled indication. Given his
comorbidities and failure of medical therapy, I consider the procedure medically necessary and
request authorization.

Sincerely,
Bradley Kimbrough, MD
"""
    c.doc("doc-lmn-0805", "34109-9", "Letter of Medical Necessity", "2026-08-05 14:00", surg, lmn, custodian=org)

    case = {
        "id": "bi-bar-02", "patient": "patients/pi08.json",
        "request": {"service": {"system": CPT, "code": "43770", "display": "Laparoscopic adjustable gastric restrictive device placement"},
                    "diagnoses": [{"system": ICD, "code": "E66.01", "display": "Morbid (severe) obesity due to excess calories"},
                                  {"system": ICD, "code": "Z68.36", "display": "Body mass index [BMI] 36.0-36.9, adult"},
                                  {"system": ICD, "code": "G47.33", "display": "Obstructive sleep apnea (adult) (pediatric)"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-08-11"},
        "gold": {"recommendation": "refer", "policy": "NCD 100.1",
                 "evidence": [bmi, ht, "DocumentReference/doc-add-0728"],
                 "missing": [],
                 "rationale": "NCD 100.1 requires BMI >= 35. Measured height 169 cm gives BMI 34.0 now and 34.7 at program entry; "
                              "the 36.8 (and Z68.36, 'BMI 36' in the pre-op note) came from a stated height corrected by addendum. "
                              "The surgeon relies on the device's FDA label (BMI >= 30 with comorbidity), not the NCD. Comorbidities "
                              "and failed supervised program are documented. BMI criterion documented as not met."},
    }
    return case, c
