from fhirlib import *


def pc07():
    b = Bundle("pc07", "Loretta", "Quintanilla", "female", "1963-04-25", "NG-7735016")
    b.cond("t2dm", "E11.65", "Type 2 diabetes mellitus with hyperglycemia", "2018-10-02")
    b.cond("htn", "I10", "Essential (primary) hypertension", "2016-05-20")
    b.cond("osa", "G47.33", "Obstructive sleep apnea (adult) (pediatric)", "2021-03-15", note="On CPAP since 2021.")
    b.cond("morbid-obesity", "E66.01", "Morbid (severe) obesity due to excess calories", "2025-03-11")
    b.cond("bmi-39", "Z68.39", "Body mass index [BMI] 39.0-39.9, adult", "2025-03-11", category="encounter-diagnosis")
    b.obs("ht-2025-03-11", "2025-03-11", "Body height", 64, "in", "[in_i]", loinc=L_HT, category="vital-signs")
    b.obs("wt-2025-03-11", "2025-03-11", "Body weight", 228, "lb", "[lb_av]", loinc=L_WT, category="vital-signs")
    b.obs("bmi-2025-03-11", "2025-03-11", "BMI", 39.1, "kg/m2", "kg/m2", loinc=L_BMI, category="vital-signs")
    b.obs("a1c-2025-03-11", "2025-03-11", "Hemoglobin A1c", 8.9, "%", "%", loinc=L_A1C, category="laboratory")
    b.obs("wt-2025-09-09", "2025-09-09", "Body weight", 209.9, "lb", "[lb_av]", loinc=L_WT, category="vital-signs")
    b.obs("wt-2026-01-13", "2026-01-13", "Body weight", 198.6, "lb", "[lb_av]", loinc=L_WT, category="vital-signs")
    b.obs("bmi-2026-01-13", "2026-01-13", "BMI", 34.1, "kg/m2", "kg/m2", loinc=L_BMI, category="vital-signs")
    b.obs("wt-2026-07-28", "2026-07-28", "Body weight", 192.9, "lb", "[lb_av]", loinc=L_WT, category="vital-signs")
    b.obs("a1c-2026-07-28", "2026-07-28", "Hemoglobin A1c", 6.4, "%", "%", loinc=L_A1C, category="laboratory")
    b.med("phentermine", "8152", "phentermine", "2019-02-01", status="stopped", dosage="phentermine 37.5 mg daily",
          start="2019-02-01", end="2019-05-01", reason="Palpitations; 6 lb loss, regained")
    b.med("metformin", "6809", "metformin", "2018-10-02", dosage="metformin ER 1000 mg twice daily")
    b.med("semaglutide", "1991302", "semaglutide", "2025-05-06", dosage="semaglutide 2 mg subcutaneous weekly (titrated from 0.25 mg)",
          requester="Tobias Renner, MD (Endocrinology)")
    b.med("lisinopril", "29046", "lisinopril", "2016-05-20", dosage="lisinopril 20 mg daily")

    b.note("bariatric-2025-03-11", ts("2025-03-11", "13:30"), "Bariatric surgery consult", "Harriet Okonjo, MD (Bariatric Surgery)", """
BARIATRIC SURGERY - NEW PATIENT CONSULT

61F (Medicare - SSDI) referred by PCP for weight-loss surgery evaluation.

Weight hx: obese since her 30s. Max weight 236 lb (2022). Attempts: Weight Watchers 2015 and 2017 (lost 15 lb, regained), phentermine Feb-May 2019 (6 lb, stopped d/t palpitations), self-directed low-carb diet 2023.

Comorbidities: T2DM (A1c 8.9% today, on metformin), HTN (lisinopril), OSA on CPAP, bilateral knee pain.

Exam: Ht 5'4", Wt 228 lb, BMI 39.1. BP 142/88.

Assessment: Class II obesity (BMI 39.1) with T2DM, HTN, OSA. Reasonable candidate for laparoscopic RYGB given diabetes. Program requirements: 6-month supervised program with dietitian, psych eval, EGD, labs. Also referred to endocrinology - may benefit from GLP-1 RA for diabetes and weight in the meantime.
""", loinc=D_CONSULT)

    b.note("dietitian-2025-06-17", ts("2025-06-17", "10:00"), "Nutrition visit", "Colleen Marsh, RD (Bariatric Nutrition)", """
MEDICAL NUTRITION THERAPY - supervised weight program, visit 3 of 6

Wt 219.4 lb (down 8.6 lb since 3/11). Started semaglutide 0.25 mg weekly on 5/6 via endocrinology - mild nausea, appetite much lower. 

Food recall: 3 meals, 1 snack, protein ~70 g/d, sweet tea reduced from 3 to 1 glass/day. Walking 15 min 4x/wk.

Goals: protein 80 g/d, eliminate sugared beverages, increase walking to 30 min 5x/wk. Practice pre-op eating behaviors (small bites, no drinking with meals).

RTC 1 month.
""", loinc=D_PROGRESS)

    b.note("endo-2026-07-28", ts("2026-07-28", "15:00"), "Endocrinology progress note", "Tobias Renner, MD (Endocrinology)", """
ENDOCRINOLOGY F/U - T2DM, obesity

63F with T2DM, HTN, OSA, obesity. On semaglutide since 05/06/2025, now 2 mg weekly (max dose since 11/2025), metformin ER 1000 bid.

Doing very well. Tolerating semaglutide, occasional constipation. Eating smaller portions, walking 30 min most days. Has not needed to change CPAP settings.

Wt today 192.9 lb (5'4"). Down 35 lb (15%) from 228 lb in 03/2025; still trending down (198.6 lb in January).
A1c 6.4% (from 8.9%). BP 124/76.

A/P:
1. T2DM - excellent control, continue semaglutide 2 mg + metformin. Consider metformin reduction if A1c < 6.
2. Obesity - excellent response to GLP-1 RA therapy. Pt asks whether she still needs bypass surgery; she has a surgery consult pending with Dr. Okonjo and wants to "keep her options open". I told her that continuing the current medication is also a reasonable path given her response.
RTC 4 months.
""", loinc=D_PROGRESS)

    b.note("surgeon-2026-08-11", ts("2026-08-11", "09:40"), "Letter of medical necessity", "Harriet Okonjo, MD (Bariatric Surgery)", """
LETTER OF MEDICAL NECESSITY - Laparoscopic Roux-en-Y gastric bypass (CPT 43644)

Re: Loretta Quintanilla, DOB 04/25/1963

Ms. Quintanilla has been followed in our program since 03/11/2025. At her initial consultation her weight was 228 lb with a BMI of 39.1 kg/m2. She has obesity-related co-morbidities of type 2 diabetes mellitus, hypertension and obstructive sleep apnea on CPAP.

She has been previously unsuccessful with medical treatment for obesity, including Weight Watchers (2015, 2017) and phentermine (2019), and she has completed our 6-month medically supervised program with a registered dietitian, psychological evaluation (cleared 05/2026) and upper endoscopy (normal).

She meets the Medicare criteria for bariatric surgery (BMI >= 35 with at least one co-morbidity and failed medical therapy). We request authorization for laparoscopic Roux-en-Y gastric bypass.

Sincerely, Harriet Okonjo, MD, FACS
""", loinc=("51851-4", "Administrative note"))
    b.sr("rygb-order", "2026-08-11", "Laparoscopic Roux-en-Y gastric bypass", code="43644", requester="Harriet Okonjo, MD (Bariatric Surgery)")

    case = {
        "id": "bc-bar-01", "patient": "patients/pc07.json",
        "request": {"service": {"system": CPT, "code": "43644", "display": "Laparoscopic gastric bypass, Roux-en-Y"},
                    "diagnoses": [{"system": ICD, "code": "E66.01", "display": "Morbid (severe) obesity due to excess calories"},
                                  {"system": ICD, "code": "E11.65", "display": "Type 2 diabetes mellitus with hyperglycemia"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-08-18"},
        "gold": {"recommendation": "refer", "policy": "NCD 100.1",
                 "evidence": ["Observation/wt-2026-07-28", "Observation/ht-2025-03-11", "DocumentReference/endo-2026-07-28",
                              "MedicationRequest/semaglutide", "DocumentReference/surgeon-2026-08-11"],
                 "missing": [],
                 "rationale": "Covered procedure (lap RYGB) and comorbidities present (T2DM, HTN, OSA), but the surgeon's BMI 39.1 is from 03/2025. The newest pre-request weight 192.9 lb at 64 in gives BMI ~33.1 (< 35), continuing to fall on semaglutide, and endocrinology documents an excellent, ongoing response to medical therapy - so BMI >= 35 and 'previously unsuccessful with medical treatment' are documented as not met at the time of the request. Physician review."},
    }
    traps = "surgeon letter quotes stale BMI 39.1; newest BMI must be computed from lb and inches (33.1); current GLP-1 therapy is succeeding (not 'unsuccessful medical treatment'); stopped phentermine is history"
    return b, case, traps


def pc08():
    b = Bundle("pc08", "Gordon", "Pettigrew", "male", "1958-12-03", "NG-9021457")
    b.cond("obesity", "E66.9", "Obesity, unspecified", "2024-01-16")
    b.cond("t2dm", "E11.65", "Type 2 diabetes mellitus with hyperglycemia", "2015-06-30")
    b.cond("htn", "I10", "Essential (primary) hypertension", "2013-02-11")
    b.cond("oa", "M17.0", "Bilateral primary osteoarthritis of knee", "2020-09-09")
    b.obs("wt-2026-01-06", "2026-01-06", "Body weight", 256, "lb", "[lb_av]", loinc=L_WT, category="vital-signs")
    b.obs("a1c-2026-01-06", "2026-01-06", "Hemoglobin A1c", 8.7, "%", "%", loinc=L_A1C, category="laboratory")
    b.obs("wt-2026-06-02", "2026-06-02", "Body weight", 251, "lb", "[lb_av]", loinc=L_WT, category="vital-signs")
    b.obs("a1c-2026-06-02", "2026-06-02", "Hemoglobin A1c", 8.4, "%", "%", loinc=L_A1C, category="laboratory")
    b.obs("wt-2026-08-25", "2026-08-25", "Body weight", 248, "lb", "[lb_av]", loinc=L_WT, category="vital-signs")
    b.obs("ht-2026-10-05", "2026-10-05", "Body height", 70, "in", "[in_i]", loinc=L_HT, category="vital-signs")
    b.obs("bmi-2026-10-05", "2026-10-05", "BMI", 35.6, "kg/m2", "kg/m2", loinc=L_BMI, category="vital-signs")
    b.med("metformin", "6809", "metformin", "2015-06-30", dosage="metformin 1000 mg twice daily")
    b.med("glargine", "274783", "insulin glargine", "2021-11-02", dosage="insulin glargine 34 units at bedtime")
    b.med("losartan", "52175", "losartan", "2013-02-11", dosage="losartan 100 mg daily")

    b.note("dietitian-2026-01-06", ts("2026-01-06", "09:00"), "Nutrition visit", "Marisol Quaye, RD (Medical Weight Management)", """
MEDICALLY SUPERVISED WEIGHT MANAGEMENT PROGRAM - INTAKE (visit 1 of 6)

67M referred by PCP (Dr. Hollis) with obesity, T2DM on insulin, HTN, knee OA.
Wt 256 lb (clinic scale).
Diet hx: large portions, fast food 4-5x/wk, regular soda 2/day. Minimal activity d/t knee pain.

Labs from PCP: A1c 8.7%. BP 144/86 today.

Plan (monthly visits x 6 under supervision of Dr. Hollis): 1,800 kcal/day meal plan, switch to zero-calorie drinks, food log app, chair-based exercise program with PT handout. Goal 5-10% loss.
""", loinc=D_PROGRESS)

    b.note("dietitian-2026-06-02", ts("2026-06-02", "09:15"), "Nutrition visit", "Marisol Quaye, RD (Medical Weight Management)", """
MEDICALLY SUPERVISED WEIGHT MANAGEMENT PROGRAM - visit 6 of 6 (completion)

Attended all 6 monthly visits (1/6, 2/3, 3/3, 4/7, 5/5, 6/2). Wt 251 lb today (256 lb at intake; -5 lb, ~2%). Peak loss 9 lb in April, partially regained.

Adherence: food log ~60% of days, soda eliminated, fast food down to 1-2x/wk. Exercise limited by R knee (PT course also completed).
A1c 8.4% (8.7% in Jan).

Assessment: completed 6-month supervised program without clinically meaningful weight loss (< 5%). Dr. Hollis reviewed and co-signed. Pt interested in bariatric surgery referral.
""", loinc=D_PROGRESS)

    b.note("bariatric-2026-08-25", ts("2026-08-25", "14:10"), "Bariatric surgery consult", "Emeka Adeyemi, MD (Bariatric Surgery)", """<html><body>
<h3>BARIATRIC SURGERY CONSULTATION</h3>
<p><b>Referring:</b> R. Hollis, MD (PCP). <b>Visit:</b> in person.</p>
<h4>HPI</h4>
<p>67M with lifelong obesity, T2DM on basal insulin + metformin (A1c 8.4% 06/2026), HTN on losartan, bilateral knee OA (ortho told him he needs TKA but weight is a barrier). Completed a 6-month medically supervised program Jan-Jun 2026 with ~2% loss. Prior attempts: "tried every diet"; no anti-obesity medications (pt declined GLP-1 in 2025 because of cost).</p>
<h4>Vitals</h4>
<table border="1">
<tr><td>Weight</td><td>248 lb</td></tr>
<tr><td>Height</td><td>not obtained - unable to stand on stadiometer today (R knee effusion, uses cane)</td></tr>
<tr><td>BMI</td><td>***</td></tr>
<tr><td>BP</td><td>146/88</td></tr>
</table>
<h4>Assessment</h4>
<p>Obesity with T2DM and HTN. Discussed lap RYGB vs sleeve; given insulin-requiring diabetes, recommend laparoscopic Roux-en-Y gastric bypass. Psych eval and EGD ordered. Height and BMI to be documented at pre-op anesthesia visit.</p>
</body></html>""", ctype="text/html", loinc=D_CONSULT)

    b.note("coordinator-2026-09-15", ts("2026-09-15", "10:30"), "Bariatric program checklist", "Tessa Lund, RN (Bariatric Program Coordinator)", """
BARIATRIC PROGRAM - AUTHORIZATION CHECKLIST

Patient: Gordon Pettigrew. Procedure: lap RYGB (43644). Payer: Medicare.

[x] BMI >= 35 with comorbidity / >= 40 - per referral
[x] Obesity-related comorbidity: T2DM (insulin), HTN
[x] 6-month supervised weight program - completed 06/02/2026
[x] Psychological evaluation - cleared 09/10/2026
[x] EGD - 09/12/2026, mild gastritis, H. pylori negative
[x] Nutrition clearance
[ ] Pre-op anesthesia visit - scheduled 10/05/2026

Submitting prior authorization today. Pt and wife attended the pre-op education class 09/08/2026. Support group attendance x2. Smoking status: never. Insurance verification: Medicare Part A/B, no secondary.
""")

    b.note("anesthesia-2026-10-05", ts("2026-10-05", "13:00"), "Pre-anesthesia evaluation", "Lena Voskresenskaya, MD (Anesthesiology)", """
PRE-ANESTHESIA EVALUATION

67M for lap RYGB. Ht 70 in (measured seated-to-standing with assist), Wt 248 lb, BMI 35.6. ASA III. Mallampati III, neck 19 in. OSA screening: STOP-BANG 5 - recommend sleep study pre-op. T2DM on insulin - peri-op insulin plan given. HTN controlled. Airway plan: video laryngoscope available. Cleared pending sleep study.
Meds reviewed: metformin (hold day of surgery), glargine 34 units (give 80% night before), losartan (hold morning of surgery). No anticoagulants. Labs: CBC, BMP, A1c, type and screen ordered. VTE prophylaxis per bariatric protocol.
""", loinc=D_CONSULT)
    b.sr("rygb-order", "2026-09-15", "Laparoscopic Roux-en-Y gastric bypass", code="43644", requester="Emeka Adeyemi, MD (Bariatric Surgery)")

    case = {
        "id": "bc-bar-02", "patient": "patients/pc08.json",
        "request": {"service": {"system": CPT, "code": "43644", "display": "Laparoscopic gastric bypass, Roux-en-Y"},
                    "diagnoses": [{"system": ICD, "code": "E66.9", "display": "Obesity, unspecified"},
                                  {"system": ICD, "code": "E11.65", "display": "Type 2 diabetes mellitus with hyperglycemia"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-09-22"},
        "gold": {"recommendation": "request_info", "policy": "NCD 100.1",
                 "evidence": ["Observation/wt-2026-08-25", "DocumentReference/bariatric-2026-08-25", "Condition/t2dm",
                              "DocumentReference/dietitian-2026-06-02"],
                 "missing": ["height|BMI|body mass index"],
                 "rationale": "Covered procedure; obesity-related comorbidity (T2DM on insulin, HTN) and an unsuccessful 6-month supervised program are documented. BMI >= 35 cannot be determined: weight 248 lb but no height or BMI anywhere before the request (surgeon's BMI field blank '***', coordinator checklist only says 'per referral', diagnosis is unspecified obesity). The height/BMI from the 10/05 anesthesia visit is after the request and does not exist for the case. Ask for height/BMI."},
    }
    traps = "weight without height (BMI depends on height); blank template BMI '***'; coordinator checklist asserts BMI >= 35 'per referral'; height and BMI 35.6 documented only after the request date"
    return b, case, traps
