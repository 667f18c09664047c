"""NCD 100.1 cases (bariatric surgery)."""
from fhirlib import Bundle, dt, LOINC, CPT, html_doc, table
from common import case, svc, dx

P = "NCD 100.1"
WT = (LOINC, "29463-7", "Body weight")
HT = (LOINC, "8302-2", "Body height")
BMI = (LOINC, "39156-5", "Body mass index (BMI) [Ratio]")


def bar01():
    b = Bundle("bw07")
    b.patient("Pappas", ["Lorraine", "M"], "female", "1959-11-21", "Westbury")
    b.org("nvrmc", "Northvale Regional Medical Center", "Acute care hospital")
    b.org("nv-bariatric", "Northvale Bariatric & Metabolic Surgery", "Bariatric surgery program")
    b.org("nv-heart", "Northvale Heart & Vascular Clinic", "Outpatient cardiology")
    b.org("nv-wm", "Northvale Medical Weight Management Program", "Obesity medicine clinic")
    b.prac("dr-whelan", "Whelan", "Patrick", "MD", "Bariatric surgery")
    b.prac("dr-ibarra", "Ibarra", "Lucia", "MD", "Obesity medicine")
    b.prac("dr-fontaine", "Fontaine", "Luc", "MD", "Hospital medicine")
    b.prac("dr-holm", "Holm", "David", "MD", "Cardiology")

    b.enc("enc-wm-2025-02-11", "AMB", "Medical weight management - intake", dt("2025-02-11", "09:00"), dt("2025-02-11", "10:00"), org="nv-wm")
    b.enc("enc-wm-2025-10-14", "AMB", "Medical weight management - final visit", dt("2025-10-14", "09:00"), dt("2025-10-14", "09:30"), org="nv-wm")
    b.enc("enc-bari-2025-12-03", "AMB", "Bariatric surgery consultation", dt("2025-12-03", "13:00"), dt("2025-12-03", "14:00"), org="nv-bariatric")
    b.enc("enc-hosp-2026-01-18", "IMP", "Inpatient admission - hospital medicine", dt("2026-01-18", "21:10"), dt("2026-01-26", "12:00"),
          org="nvrmc", admit_source="Emergency department", disposition="Home", reason="Acute on chronic diastolic heart failure with anasarca")
    b.enc("enc-cardio-2026-02-10", "AMB", "Cardiology post-hospital follow-up", dt("2026-02-10", "10:30"), dt("2026-02-10", "11:00"), org="nv-heart")
    b.enc("enc-bari-2026-02-24", "AMB", "Bariatric surgery pre-operative visit", dt("2026-02-24", "14:00"), dt("2026-02-24", "14:30"), org="nv-bariatric")

    b.cond("c-dm", "E11.65", "Type 2 diabetes mellitus with hyperglycemia", "2014-06-10")
    b.cond("c-osa", "G47.33", "Obstructive sleep apnea (adult) (pediatric)", "2019-03-22", note="On CPAP since 2019.")
    b.cond("c-hfpef", "I50.32", "Chronic diastolic (congestive) heart failure", "2023-08-15")
    b.cond("c-htn", "I10", "Essential (primary) hypertension", "2010-01-12")
    b.cond("c-obesity", "E66.01", "Morbid (severe) obesity due to excess calories", "2025-12-03")
    b.cond("c-bmi36", "Z68.36", "Body mass index [BMI] 36.0-36.9, adult", "2025-12-03", category="encounter-diagnosis", encounter="enc-bari-2025-12-03")
    b.cond("c-adhf", "I50.33", "Acute on chronic diastolic (congestive) heart failure", "2026-01-18", category="encounter-diagnosis",
           encounter="enc-hosp-2026-01-18", clinical="resolved")

    b.obs("wt-2025-02-11", WT, dt("2025-02-11", "09:05"), 101.0, "kg", "kg", category="vital-signs", encounter="enc-wm-2025-02-11")
    b.obs("wt-2025-10-14", WT, dt("2025-10-14", "09:05"), 100.3, "kg", "kg", category="vital-signs", encounter="enc-wm-2025-10-14")
    b.med("rx-orlistat", "37925", "orlistat 120 mg oral capsule", "2025-04-08", status="stopped", dosage="120 mg three times daily with meals",
          start="2025-04-08", end="2025-07-08", requester="dr-ibarra", status_reason="GI intolerance; no meaningful weight loss at 12 weeks")
    b.doc("wm-summary-2025-10-14", "11506-3", "Progress note", "Medical weight management program - completion summary", dt("2025-10-14", "09:40"), "dr-ibarra",
          """NORTHVALE MEDICAL WEIGHT MANAGEMENT PROGRAM - PROGRAM SUMMARY
Patient: Lorraine Pappas   Program dates: 02/11/2025 - 10/14/2025 (8 months, 9 physician visits, 8 dietitian visits)
Components: physician-supervised reduced-calorie meal plan (1400 kcal), food logging, activity prescription (chair/pool exercise given knee OA), behavioral sessions; orlistat 04/08-07/08/2025 (stopped for GI intolerance). GLP-1 RA not covered by her plan.
Weights: 101.0 kg (2/11) -> nadir 98.2 kg (6/03) -> 100.3 kg (10/14). Net loss 0.7 kg.
Assessment: unsuccessful supervised medical weight loss despite good attendance. Referred to bariatric surgery.
""", encounter="enc-wm-2025-10-14", custodian="nv-wm")

    b.obs("ht-2025-12-03", HT, dt("2025-12-03", "13:05"), 165, "cm", "cm", category="vital-signs", encounter="enc-bari-2025-12-03")
    b.obs("wt-2025-12-03", WT, dt("2025-12-03", "13:05"), 99.4, "kg", "kg", category="vital-signs", encounter="enc-bari-2025-12-03")
    b.obs("bmi-2025-12-03", BMI, dt("2025-12-03", "13:05"), 36.5, "kg/m2", "kg/m2", category="vital-signs", encounter="enc-bari-2025-12-03")
    b.obs("a1c-2025-12-03", (LOINC, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), "2025-12-03", 8.1, "%", "%", encounter="enc-bari-2025-12-03")
    b.doc("bari-consult-2025-12-03", "11488-4", "Consult note", "Bariatric surgery consultation", dt("2025-12-03", "14:20"), "dr-whelan",
          """NORTHVALE BARIATRIC & METABOLIC SURGERY - NEW PATIENT CONSULTATION
12/03/2025   Lorraine Pappas 66F   P. Whelan MD

Referred by Dr. Ibarra (medical weight management) after 8-month supervised program without durable weight loss.
Ht 165 cm  Wt 99.4 kg  BMI 36.5
Obesity-related comorbidities: T2DM (A1c 8.1 on metformin + glargine), OSA on CPAP, HFpEF (EF 60%), HTN, bilateral knee OA.
Assessment: Class II obesity with multiple comorbidities; unsuccessful medically supervised weight loss (documented). Candidate for laparoscopic Roux-en-Y gastric bypass (favored over sleeve given diabetes and reflux symptoms).
Plan: psych eval, nutrition education series, EGD, labs, cardiology clearance (HFpEF). Tentative surgery spring 2026.
""", encounter="enc-bari-2025-12-03", custodian="nv-bariatric")

    b.obs("wt-2026-01-18", WT, dt("2026-01-18", "22:00"), 104.8, "kg", "kg", category="vital-signs", encounter="enc-hosp-2026-01-18",
          note="Admission weight, standing scale. 3+ pitting edema to thighs, sacral and abdominal wall edema.")
    b.obs("bmi-2026-01-18", BMI, dt("2026-01-18", "22:00"), 38.5, "kg/m2", "kg/m2", category="vital-signs", encounter="enc-hosp-2026-01-18",
          note="Auto-calculated from admission weight.")
    b.obs("wt-2026-01-26", WT, dt("2026-01-26", "06:00"), 93.6, "kg", "kg", category="vital-signs", encounter="enc-hosp-2026-01-18",
          note="Discharge weight, standing scale. Euvolemic.")
    b.med("rx-torsemide", "38413", "torsemide 20 mg oral tablet", dt("2026-01-25", "09:00"), dosage="20 mg daily", start="2026-01-25",
          encounter="enc-hosp-2026-01-18", requester="dr-fontaine", note="Replaces furosemide 40 mg.")
    b.med("rx-metformin", "6809", "metformin 1000 mg oral tablet", "2024-06-10", dosage="1000 mg twice daily", start="2024-06-10")
    b.med("rx-glargine", "274783", "insulin glargine 100 units/mL", "2024-06-10", dosage="34 units at bedtime", start="2024-06-10")
    b.doc("dc-2026-01-26", "18842-5", "Discharge summary", "Hospital discharge summary", dt("2026-01-26", "11:20"), "dr-fontaine",
          """DISCHARGE SUMMARY  01/18/2026 - 01/26/2026
PAPPAS, Lorraine  66F   Disposition: home

Acute on chronic HFpEF with anasarca (dietary indiscretion over holidays, NSAID use for knee pain). Admission weight 104.8 kg with 3+ edema to thighs, abdominal wall edema.
IV furosemide, net -11.6 L. Discharge weight 93.6 kg, euvolemic - new dry weight approx. 93-94 kg. Switched to torsemide 20 daily. Stopped naproxen.
T2DM - glargine reduced to 30 units while inpatient, home dose resumed at discharge.
Note for bariatric team: pending RYGB work-up; cardiology follow-up 2/10 for clearance.
""", encounter="enc-hosp-2026-01-18", custodian="nvrmc")

    b.obs("wt-2026-02-10", WT, dt("2026-02-10", "10:35"), 92.9, "kg", "kg", category="vital-signs", encounter="enc-cardio-2026-02-10")
    b.obs("bmi-2026-02-10", BMI, dt("2026-02-10", "10:35"), 34.1, "kg/m2", "kg/m2", category="vital-signs", encounter="enc-cardio-2026-02-10")
    b.doc("cardio-2026-02-10", "11506-3", "Progress note", "Cardiology follow-up / pre-operative evaluation", dt("2026-02-10", "11:10"), "dr-holm",
          """NORTHVALE HEART & VASCULAR   02/10/2026   Lorraine Pappas 66F
Post-hospital HFpEF follow-up and pre-op evaluation for planned RYGB.
Euvolemic, no edema, NYHA II. Wt 92.9 kg (dry weight), BMI 34.1. BP 126/74.
Echo 1/2026: EF 60%, grade II diastolic dysfunction, normal RV.
Assessment: HFpEF compensated on torsemide 20. Acceptable cardiac risk for laparoscopic bariatric surgery; continue torsemide peri-op; avoid NSAIDs.
""", encounter="enc-cardio-2026-02-10", custodian="nv-heart")

    b.obs("wt-2026-02-24", WT, dt("2026-02-24", "14:05"), 205, "lb", "[lb_av]", category="vital-signs", encounter="enc-bari-2026-02-24",
          note="Clinic scale, street clothes, shoes off.")
    b.obs("ht-2026-02-24", HT, dt("2026-02-24", "14:05"), 65, "in", "[in_i]", category="vital-signs", encounter="enc-bari-2026-02-24")
    b.doc("bari-preop-2026-02-24", "11506-3", "Progress note", "Bariatric surgery pre-operative visit", dt("2026-02-24", "14:40"), "dr-whelan",
          """NORTHVALE BARIATRIC & METABOLIC SURGERY - PRE-OP VISIT   02/24/2026
Lorraine Pappas 66F

Interval: hospitalized 1/18-1/26 for HF exacerbation, now cleared by cardiology (2/10). Psych eval 1/07 - cleared. Nutrition series completed 2/17. EGD 1/12: small hiatal hernia, LA grade A esophagitis.
Vitals today: Wt 205 lb, Ht 65 in, BP 128/76.
BMI: 36.5 (initial consult 12/03/2025)
Comorbidities: T2DM, OSA on CPAP, HFpEF, HTN.
Prior treatment: 8-month medically supervised program + orlistat, unsuccessful (see Dr. Ibarra summary).
Plan: Laparoscopic Roux-en-Y gastric bypass with hiatal hernia repair; target date 04/2026. Submit prior authorization.
""", encounter="enc-bari-2026-02-24", custodian="nv-bariatric")

    c = case("bw-bar-01", "bw07", svc("cpt", "43644", "Laparoscopic gastric bypass with Roux-en-Y gastroenterostomy"),
             [dx("E66.01", "Morbid (severe) obesity due to excess calories"), dx("Z68.36", "Body mass index [BMI] 36.0-36.9, adult"),
              dx("E11.65", "Type 2 diabetes mellitus with hyperglycemia")],
             "2026-02-26", "refer", P,
             ["Observation/wt-2026-02-24", "Observation/ht-2026-02-24", "Observation/bmi-2026-02-10", "DocumentReference/bari-preop-2026-02-24"],
             rationale="Comorbidities and unsuccessful supervised medical treatment are documented, but the BMI the request relies on (36.5) dates from 12/2025, and the admission value (38.5) was taken with anasarca. Current measurements after diuresis show BMI 34.1 (cardiology 02/10) and 205 lb / 65 in = 34.1 (02/24), below 35. Documented not met on current values: physician reviewer.",
             note="Lap RYGB with HH repair. BMI 36.5, T2DM, OSA, HFpEF. Failed supervised program + orlistat.")
    return c, b


def bar02():
    b = Bundle("bw08")
    b.patient("Hollis", ["Dennis", "R"], "male", "1959-04-02", "Fairmont")
    b.org("nvrmc", "Northvale Regional Medical Center", "Acute care hospital")
    b.org("pinehollow", "Pine Hollow Skilled Nursing Center", "Skilled nursing facility")
    b.org("fairmont-fp", "Fairmont Family Medicine", "Primary care clinic")
    b.org("nv-bariatric", "Northvale Bariatric & Metabolic Surgery", "Bariatric surgery program")
    b.prac("dr-bauer", "Bauer", "Nina", "MD", "Hospital medicine")
    b.prac("rd-moss", "Moss", "Caroline", "RDN", "Inpatient clinical dietitian")
    b.prac("dr-castell", "Castell", "Henry", "MD", "SNF attending physician")
    b.prac("dr-yoon", "Yoon", "Grace", "MD", "Family medicine (PCP)")
    b.prac("dr-whelan", "Whelan", "Patrick", "MD", "Bariatric surgery")
    b.prac("rd-akin", "Akin", "Deborah", "RDN", "Bariatric program dietitian")
    b.prac("phd-lowe", "Lowe", "Martin", "PhD", "Psychologist")

    b.enc("enc-hosp-2026-08-24", "IMP", "Inpatient admission - hospital medicine", dt("2026-08-24", "17:00"), dt("2026-08-29", "11:00"),
          org="nvrmc", admit_source="Emergency department", disposition="Skilled nursing facility (Pine Hollow)",
          reason="Right lower leg cellulitis; hyperglycemia")
    b.enc("enc-snf-2026-08-29", "NONAC", "Skilled nursing facility stay", dt("2026-08-29", "14:00"), dt("2026-09-11", "10:00"), org="pinehollow",
          disposition="Home")
    b.enc("enc-pcp-2026-09-15", "AMB", "PCP post-discharge visit", dt("2026-09-15", "09:00"), dt("2026-09-15", "09:30"), org="fairmont-fp")
    b.enc("enc-bari-2026-09-22", "AMB", "Bariatric surgery consultation", dt("2026-09-22", "13:00"), dt("2026-09-22", "14:00"), org="nv-bariatric")
    b.enc("enc-rd-2026-09-29", "AMB", "Bariatric pre-surgical nutrition assessment", dt("2026-09-29", "10:00"), dt("2026-09-29", "11:00"), org="nv-bariatric")
    b.enc("enc-psy-2026-09-30", "AMB", "Pre-surgical psychological evaluation", dt("2026-09-30", "13:00"), dt("2026-09-30", "14:30"), org="nv-bariatric")

    b.cond("c-dm", "E11.65", "Type 2 diabetes mellitus with hyperglycemia", "2012-09-18")
    b.cond("c-htn", "I10", "Essential (primary) hypertension", "2010-05-04")
    b.cond("c-osa", "G47.33", "Obstructive sleep apnea (adult) (pediatric)", "2020-02-27", note="PSG 2020 AHI 38; CPAP nightly.")
    b.cond("c-oa", "M17.0", "Bilateral primary osteoarthritis of knee", "2021-11-03")
    b.cond("c-cell", "L03.115", "Cellulitis of right lower limb", "2026-08-24", category="encounter-diagnosis", encounter="enc-hosp-2026-08-24",
           clinical="resolved")
    b.cond("c-obesity", "E66.01", "Morbid (severe) obesity due to excess calories", "2026-09-22")
    b.cond("c-bmi", "Z68.41", "Body mass index [BMI] 40.0-44.9, adult", "2026-09-22", category="encounter-diagnosis", encounter="enc-bari-2026-09-22")

    b.obs("a1c-2026-08-25", (LOINC, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), dt("2026-08-25", "05:30"), 10.2, "%", "%",
          encounter="enc-hosp-2026-08-24")
    b.med("rx-cefazolin", "2180", "cefazolin 2 g injection", dt("2026-08-24", "19:00"), status="completed", dosage="2 g IV q8h",
          encounter="enc-hosp-2026-08-24", start="2026-08-24", end="2026-08-28", requester="dr-bauer")
    b.med("rx-cephalexin", "2231", "cephalexin 500 mg oral capsule", dt("2026-08-28", "09:00"), status="completed", dosage="500 mg four times daily x 7 days",
          encounter="enc-hosp-2026-08-24", start="2026-08-28", end="2026-09-04", requester="dr-bauer")
    b.med("rx-glargine", "274783", "insulin glargine 100 units/mL", dt("2026-08-27", "09:00"), dosage="40 units at bedtime (increased from 28)",
          encounter="enc-hosp-2026-08-24", start="2026-08-27", requester="dr-bauer")
    b.med("rx-metformin", "6809", "metformin 1000 mg oral tablet", "2019-01-15", dosage="1000 mg twice daily", start="2019-01-15")
    b.med("rx-lisinopril", "29046", "lisinopril 20 mg oral tablet", "2019-01-15", dosage="20 mg daily", start="2019-01-15")
    b.doc("rd-inpt-2026-08-26", "11488-4", "Consult note", "Inpatient nutrition consult", dt("2026-08-26", "14:00"), "rd-moss",
          """CLINICAL NUTRITION - INPATIENT CONSULT  08/26/2026
Hollis, Dennis  67M   Reason: diabetes education (A1c 10.2)
Diet order: consistent carbohydrate. Ht 178 cm, wt 140 kg (bed scale).
Education provided (25 min): carbohydrate counting basics, plate method, label reading, sugar-sweetened beverages. Pt receptive, wife present. Handouts given.
No further inpatient follow-up planned; recommend outpatient DSMES referral.
""", encounter="enc-hosp-2026-08-24", custodian="nvrmc")
    b.doc("dc-2026-08-29", "18842-5", "Discharge summary", "Hospital discharge summary", dt("2026-08-29", "10:20"), "dr-bauer",
          """DISCHARGE SUMMARY 08/24/2026 - 08/29/2026
HOLLIS, Dennis 67M   Disposition: Pine Hollow SNF (short-term rehab - deconditioning, leg wound care)

1. R leg cellulitis - cefazolin 8/24-8/28, cephalexin to complete 9/4. Improving.
2. T2DM uncontrolled (A1c 10.2) - glargine increased to 40 u; metformin continued; inpatient dietitian education 8/26.
3. HTN, OSA on CPAP, bilateral knee OA.
4. Obesity (BMI ~44). PCP to discuss weight management options.
""", encounter="enc-hosp-2026-08-24", custodian="nvrmc")
    snf = html_doc("Pine Hollow discharge", """
<h2>Pine Hollow Skilled Nursing Center - Discharge Summary</h2>
<p>Resident: Dennis Hollis &nbsp; 08/29/2026 - 09/11/2026 &nbsp; Attending: H. Castell MD</p>
<p>Reason for stay: deconditioning after cellulitis admission; wound care R shin.</p>
<p>Course: cephalexin completed 09/04. R shin erythema resolved. PT: ambulates 400 ft with cane. Diet: consistent carbohydrate (CCHO), regular texture.
Fingersticks 140-210 on glargine 40 u + metformin. CPAP nightly with own machine.</p>
""" + table([["Date", "Weight (lb)"], ["08/29", "308"], ["09/05", "306"], ["09/10", "307"]], header=None) + """
<p>Discharged home with wife. Follow up PCP within 7 days.</p>
""")
    b.doc("snf-dc-2026-09-11", "18842-5", "Discharge summary", "SNF discharge summary (Pine Hollow)", dt("2026-09-11", "09:30"), "dr-castell",
          snf, ctype="text/html", encounter="enc-snf-2026-08-29", custodian="pinehollow")
    b.doc("pcp-2026-09-15", "11506-3", "Progress note", "PCP post-discharge visit", dt("2026-09-15", "09:40"), "dr-yoon",
          """FAIRMONT FAMILY MEDICINE  09/15/2026
Dennis Hollis 67M - post-hospital/SNF follow-up

Cellulitis resolved. BG 130s-190s. Wt 306 lb. Knees limit walking. He has struggled with his weight for decades and asks about surgery - his brother had a bypass and "it changed his life."
A/P: T2DM (increase glargine to 44 u), HTN controlled, OSA on CPAP, obesity BMI ~44 -> referral to Northvale Bariatric program. DSMES referral placed.
""", encounter="enc-pcp-2026-09-15", custodian="fairmont-fp")

    b.obs("ht-2026-09-22", HT, dt("2026-09-22", "13:05"), 178, "cm", "cm", category="vital-signs", encounter="enc-bari-2026-09-22")
    b.obs("wt-2026-09-22", WT, dt("2026-09-22", "13:05"), 139.2, "kg", "kg", category="vital-signs", encounter="enc-bari-2026-09-22")
    b.obs("bmi-2026-09-22", BMI, dt("2026-09-22", "13:05"), 43.9, "kg/m2", "kg/m2", category="vital-signs", encounter="enc-bari-2026-09-22")
    bari = html_doc("Bariatric consultation", """
<h2>Northvale Bariatric &amp; Metabolic Surgery - New Patient Consultation</h2>
<p><b>Date:</b> 09/22/2026 &nbsp; <b>Patient:</b> Dennis Hollis, 67 M &nbsp; <b>Surgeon:</b> Patrick Whelan MD &nbsp; <b>Referred by:</b> G. Yoon MD</p>
<h3>Anthropometrics</h3>
<p>Height 178 cm &nbsp; Weight 139.2 kg &nbsp; BMI 43.9 kg/m&sup2; &nbsp; Neck 48 cm</p>
<h3>Weight history</h3>
<p>Heavy since his 20s. Highest weight 146 kg (2024). Recent hospitalization for cellulitis and SNF stay 08-09/2026.</p>
<table border="1" cellpadding="3">
<tr><td>Prior weight-loss attempts / programs</td><td></td></tr>
<tr><td>Prior weight-loss medications</td><td></td></tr>
<tr><td>Dates / supervising clinician</td><td></td></tr>
</table>
<h3>Obesity-related comorbidities</h3>
<ul><li>Type 2 diabetes, A1c 10.2 (08/2026), on metformin + glargine</li><li>Hypertension</li><li>Obstructive sleep apnea on CPAP (AHI 38, 2020)</li><li>Bilateral knee osteoarthritis</li></ul>
<h3>Assessment / Plan</h3>
<p>Class III obesity with multiple obesity-related comorbidities. Motivated; good family support. Excellent candidate for laparoscopic
Roux-en-Y gastric bypass; meets NIH consensus criteria. Work-up: pre-surgical nutrition assessment, psychological evaluation, EGD, labs.
Will submit for authorization once evaluations complete.</p>
""")
    b.doc("bari-consult-2026-09-22", "11488-4", "Consult note", "Bariatric surgery consultation", dt("2026-09-22", "14:30"), "dr-whelan",
          bari, ctype="text/html", encounter="enc-bari-2026-09-22", custodian="nv-bariatric")
    b.doc("rd-preop-2026-09-29", "11488-4", "Consult note", "Pre-surgical nutrition assessment", dt("2026-09-29", "11:15"), "rd-akin",
          """BARIATRIC PROGRAM - PRE-SURGICAL NUTRITION ASSESSMENT  09/29/2026
Dennis Hollis 67M   Wt 138.8 kg   BMI 43.8

Diet recall: 2 meals/day + evening snacking, regular soda 2-3 cans/day (reduced since hospital), large portions.
Education (single session): post-operative diet progression (clear liquids -> full liquids -> pureed -> soft -> regular), protein goal 60-80 g/day, lifelong vitamin/mineral supplementation, 2-week pre-operative liquid diet starting 14 days before the surgery date.
Assessment: appropriate understanding of post-op nutrition requirements. Nutrition clearance for surgery: yes.
""", encounter="enc-rd-2026-09-29", custodian="nv-bariatric")
    b.doc("psych-2026-09-30", "11488-4", "Consult note", "Pre-surgical psychological evaluation", dt("2026-09-30", "15:00"), "phd-lowe",
          """PRE-SURGICAL PSYCHOLOGICAL EVALUATION  09/30/2026
Dennis Hollis 67M. Interview, BDI-II 8, no binge-eating disorder, no substance use, realistic expectations, good support.
Impression: no psychological contraindication to bariatric surgery. Cleared.
""", encounter="enc-psy-2026-09-30", custodian="nv-bariatric")

    c = case("bw-bar-02", "bw08", svc("cpt", "43644", "Laparoscopic gastric bypass with Roux-en-Y gastroenterostomy"),
             [dx("E66.01", "Morbid (severe) obesity due to excess calories"), dx("Z68.41", "Body mass index [BMI] 40.0-44.9, adult"),
              dx("E11.65", "Type 2 diabetes mellitus with hyperglycemia")],
             "2026-10-06", "request_info", P,
             ["Observation/bmi-2026-09-22", "Condition/c-dm", "DocumentReference/bari-consult-2026-09-22"],
             missing=["medical treatment|weight loss|weight-loss|weight management|diet program|medically supervised|prior treatment|obesity treatment"],
             rationale="BMI 43.9 and obesity-related comorbidities (T2DM, HTN, OSA) are documented. Nothing in the record says whether he has had, and failed, any medical weight-loss treatment: the surgeon's weight-history fields are blank, the inpatient diabetes education, the SNF diabetic diet and the pre-surgical nutrition assessment are not prior obesity treatment, and 'struggled for decades' is not a documented treatment.",
             note="Lap RYGB. BMI 43.9 with T2DM, HTN, OSA. Psych and nutrition cleared.")
    return c, b


CASES = [bar01, bar02]
