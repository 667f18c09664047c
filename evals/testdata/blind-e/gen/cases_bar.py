"""NCD 100.1 Bariatric surgery: be-bar-01..03."""
from chart import Chart, CPT, ICD10, npi


def dx(code, display):
    return {"system": ICD10, "code": code, "display": display}


SVC_RYGB = {"system": CPT, "code": "43644",
            "display": "Laparoscopic Roux-en-Y gastric bypass"}
SVC_LAGB = {"system": CPT, "code": "43770",
            "display": "Laparoscopic adjustable gastric band placement"}


def body(c, prefix, when, wt, ht, performer, bmi_only=False):
    bmi = round(wt / (ht / 100.0) ** 2, 1)
    if not bmi_only:
        c.obs("weight-" + prefix, "29463-7", "Body weight", when, wt, "kg", performer=performer)
        c.obs("height-" + prefix, "8302-2", "Body height", when, ht, "cm", performer=performer)
    c.obs("bmi-" + prefix, "39156-5", "Body mass index (BMI) [Ratio]", when, bmi, "kg/m2", performer=performer)
    return bmi


# ------------------------------------------------------------------------------------------------
def bar01():
    """Approve: lap RYGB, BMI 41.9, T2DM + OSA, completed supervised program and stopped semaglutide."""
    c = Chart(10, "eastern", "ehr.lakeshore-bmc.example", "http://fhir.lakeshore-bmc.example/CodeSystem/local-obs")
    org = c.org("lakeshore", "Lakeshore Bariatric & Metabolic Center", city="Oriskany Flats", state="NY")
    pc = c.org("northshore", "North Shore Primary Care", city="Oriskany Flats", state="NY")
    c.patient("Sharon", "Pelletier", "female", "1959-11-02", "Oriskany Flats", "NY", "13499", "315-555-0122",
              "LBM-447120", org, extra_given="Ann")
    c.coverage("2WN9-BD3-CE67", "2024-11-01")
    surg = c.prac("dr-aldana", "Benedikt", "Aldana", "MD", "General and Bariatric Surgery", npi(410863117))
    pcp = c.prac("dr-webb", "Farah", "Webb", "MD", "Internal Medicine / Obesity Medicine", npi(410863135))
    rdn = c.prac("rdn-draper", "Colleen", "Draper", "RDN", "Registered Dietitian Nutritionist", npi(410863153))
    psy = c.prac("dr-bernal", "Isaac", "Bernal", "PhD", "Clinical Psychology", npi(410863171))
    rn = c.prac("rn-mcgraw", "Tess", "McGraw", "RN", "Registered Nurse - bariatric program", npi(410863199))

    c.cond("morbid-obesity", "E66.01", "Morbid (severe) obesity due to excess calories", "2021-04-12 10:00",
           recorder=pcp)
    c.cond("bmi-40", "Z68.41", "Body mass index [BMI] 40.0-44.9, adult", "2026-03-10 09:30", recorder=surg,
           category="encounter-diagnosis")
    t2 = c.cond("t2dm", "E11.65", "Type 2 diabetes mellitus with hyperglycemia", "2016-08-30 10:00", recorder=pcp)
    osa = c.cond("osa", "G47.33", "Obstructive sleep apnea (adult) (pediatric)", "2020-01-22 10:00", recorder=pcp,
                 note="On CPAP since 2020.")
    c.cond("htn", "I10", "Essential (primary) hypertension", "2012-05-09 10:00", recorder=pcp)

    c.obs("bmi-2025-09-15", "39156-5", "Body mass index (BMI) [Ratio]", "2025-09-15 09:05", 43.1, "kg/m2",
          performer=pcp, note="Weight 116.2 kg, height 164.2 cm.")
    c.obs("weight-2026-03-10", "29463-7", "Body weight", "2026-03-10 09:10", 113.0, "kg", performer=rn)
    bmi = c.obs("bmi-2026-03-10", "39156-5", "Body mass index (BMI) [Ratio]", "2026-03-10 09:10", 41.9, "kg/m2",
                performer=rn, note="Height 164.2 cm (measured, stadiometer).")
    c.obs("a1c-2026-02-03", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-02-03 08:30", 8.2, "%",
          category="laboratory", interp="H")

    sema = c.med("semaglutide", "1991302", "semaglutide", "2024-06-03 10:00", pcp,
                 "Subcutaneous weekly, titrated to 1 mg weekly", status="stopped", stop="2025-02-10",
                 status_reason="Recurrent vomiting with dehydration (ED visit 01/2025); discontinued 02/10/2025",
                 reason_text="Type 2 diabetes and obesity")
    c.med("metformin", "6809", "metformin", "2016-08-30 10:10", pcp, "1000 mg by mouth twice daily",
          reason_text="Type 2 diabetes")
    c.med("insulin-glargine", "274783", "insulin glargine", "2025-03-04 10:00", pcp, "34 units subcutaneously nightly",
          reason_text="Type 2 diabetes")
    c.med("lisinopril", "29046", "lisinopril", "2012-05-09 10:10", pcp, "20 mg by mouth daily",
          reason_text="Hypertension")

    c.note("rdn-2025-10-20", "2025-10-20 11:40", rdn, "11506-3", "Progress note",
           "Medical weight management program - final visit",
           """NORTH SHORE PRIMARY CARE - MEDICAL WEIGHT MANAGEMENT PROGRAM
Visit 6 of 6 (final)     10/20/2025     Colleen Draper, RDN  (program physician: Farah Webb, MD)

Program dates: 04/21/2025 - 10/20/2025, monthly physician-supervised visits with dietitian counseling,
1,400 kcal meal plan, food logging app, 150 min/week activity goal (water aerobics 3x/week).
Weights: 04/21 114.4 kg -> 05/19 112.9 -> 06/16 111.8 -> 07/21 110.6 (nadir) -> 08/18 112.0 -> 09/15 116.2 (after
steroid taper for back pain) -> 10/20 113.2 kg.
Net change over program: -1.2 kg (-1.0%).
Anti-obesity medication: semaglutide was stopped 02/2025 for intolerance before the program; phentermine not
used (uncontrolled BP history).
Assessment: completed 6-month supervised program with good attendance (6/6) and engagement; weight loss not
achieved/sustained. Discussed referral to bariatric surgery with Dr. Webb, who agrees.
""", custodian=pc)

    c.note("pcp-2026-01-15", "2026-01-15 10:30", pcp, "11506-3", "Progress note", "PCP follow-up",
           """North Shore Primary Care - 01/15/2026 - Farah Webb, MD
Diabetes: A1c trending up despite metformin 1000 BID + glargine 34 u; could not tolerate semaglutide (vomiting,
ED visit for dehydration 1/2025). Not a candidate for tirzepatide trial per her preference after that experience.
OSA: uses CPAP nightly, download 6.8 h average.
HTN: 134/82 on lisinopril.
Weight: has been between 110 and 118 kg for 5 years. Completed our 6-month supervised program in 10/2025 without
durable loss.
Plan: referral to Lakeshore Bariatric for surgical evaluation; labs: A1c, CMP, lipids, B12, vitamin D before
consult. Continue current meds.
""", custodian=pc)

    c.note("psych-2026-02-24", "2026-02-24 14:00", psy, "11488-4", "Consult note",
           "Pre-bariatric psychological evaluation",
           """Pre-surgical psychological evaluation - 02/24/2026 - Isaac Bernal, PhD
Referred by Lakeshore Bariatric. Clinical interview, BDI-II (8, minimal), BES (14, no binge eating disorder),
AUDIT-C 1. No history of psychiatric hospitalization, substance use disorder or self-harm. Understands dietary
changes after gastric bypass and lifelong vitamin needs. Good support (husband, daughter).
Opinion: no psychological contraindication to bariatric surgery. Cleared.
""", custodian=org)

    c.note("rn-2026-03-10", "2026-03-10 09:25", rn, "34746-8", "Nurse note", "Pre-surgical intake",
           """Lakeshore Bariatric - Pre-surgical nursing intake 03/10/2026 - Tess McGraw, RN
Vitals: Wt 113.0 kg (249 lb), Ht 164.2 cm (stadiometer), BMI 41.9. BP 136/80, HR 78, SpO2 96% RA.
Meds reconciled: metformin, glargine 34 u qHS, lisinopril 20, omeprazole 20 PRN. CPAP nightly (brings to
hospital).
Allergies: sulfa (rash).
Education: pre-op liquid diet handout, smoking status (never), bring CPAP.
Pending: upper endoscopy 03/2026 (ordered by surgeon), nutrition clearance visit.
""")

    c.note("surgery-2026-03-17", "2026-03-17 15:20", surg, "11488-4", "Consult note", "Bariatric surgery consultation",
           """<html><body>
<h3>Lakeshore Bariatric &amp; Metabolic Center &mdash; Surgical Consultation</h3>
<p>03/17/2026 &middot; Benedikt Aldana, MD</p>
<p><b>History:</b> 66-year-old woman with class III obesity (BMI 41.9 on 03/10/2026; 43.1 in 09/2025), type 2
diabetes with hyperglycemia (A1c 8.2 on 02/03/2026, on insulin), obstructive sleep apnea on CPAP, hypertension and
reflux symptoms. Weight history: adult weight 110-118 kg for 5+ years.</p>
<p><b>Prior medical treatment for obesity:</b> semaglutide 06/2024-02/2025, stopped for recurrent vomiting and
dehydration; physician-supervised 6-month program 04/2025-10/2025 (6/6 visits, net -1.2 kg). Unsuccessful.</p>
<p><b>Evaluation:</b> psychology clearance 02/24/2026; nutrition clearance pending final visit; EGD scheduled.</p>
<p><b>Exam:</b> BMI 41.9, central adiposity, healed laparoscopic cholecystectomy scars.</p>
<p><b>Recommendation:</b> laparoscopic Roux-en-Y gastric bypass, preferred over sleeve because of reflux and
insulin-requiring diabetes. Risks, benefits and alternatives discussed; patient wishes to proceed.</p>
</body></html>""", html=False)

    c.sreq("rygb-order", CPT, "43644", SVC_RYGB["display"], "2026-03-31 09:00", surg,
           reason="Class III obesity with type 2 diabetes and obstructive sleep apnea")

    case = {
        "id": "be-bar-01", "num": 10,
        "request": {"service": SVC_RYGB,
                    "diagnoses": [dx("E66.01", "Morbid (severe) obesity due to excess calories"),
                                  dx("Z68.41", "Body mass index [BMI] 40.0-44.9, adult"),
                                  dx("E11.65", "Type 2 diabetes mellitus with hyperglycemia")],
                    "payer": "medicare", "urgency": "standard", "date": "2026-03-31"},
        "gold": {"recommendation": "approve", "policy": "NCD 100.1",
                 "evidence": ["Observation/bmi-2026-03-10", "Condition/t2dm", "DocumentReference/rdn-2025-10-20",
                              "MedicationRequest/semaglutide"],
                 "missing": [],
                 "rationale": "Laparoscopic RYGBP is a nationally covered procedure. BMI 41.9 (>= 35) on 03/10/2026; "
                              "obesity-related comorbidities type 2 diabetes (named a comorbidity by the NCD) and OSA; "
                              "previously unsuccessful medical treatment: 6-month supervised program with -1.0% and "
                              "semaglutide stopped for intolerance. Facility certification is no longer required."},
        "criteria": [
            ["procedure", "Covered procedure (open/lap RYGBP, BPD/DS, LAGB)", "met", ["ServiceRequest/rygb-order"]],
            ["bmi", "BMI >= 35", "met", ["Observation/bmi-2026-03-10"]],
            ["comorbidity", "At least one obesity-related co-morbidity", "met", ["Condition/t2dm", "Condition/osa"]],
            ["prior-treatment", "Previously unsuccessful with medical treatment for obesity", "met",
             ["DocumentReference/rdn-2025-10-20", "MedicationRequest/semaglutide"]],
        ],
        "traps": "weight gain mid-program after steroids; stopped medication counts as failed treatment; pending EGD/"
                 "nutrition visit are program steps outside the NCD; Z68.41 as a diagnosis code",
    }
    c._stamp = "2026-03-31 17:00"
    return c, case


# ------------------------------------------------------------------------------------------------
def bar02():
    """Refer: BMI 36.2 at program entry (2024) but 33.3 at the current pre-surgical visit."""
    c = Chart(11, "mountain", "ehr.snakeriver-swl.example", "http://fhir.snakeriver-swl.example/CodeSystem/local-obs")
    org = c.org("srswl", "Snake River Surgical Weight Loss", city="Sawtooth Falls", state="ID")
    pc = c.org("gemvalley", "Gem Valley Primary Care", city="Sawtooth Falls", state="ID")
    c.patient("Curtis", "Albrecht", "male", "1958-04-17", "Sawtooth Falls", "ID", "83399", "208-555-0158",
              "SRS-902214", org, extra_given="Dean")
    c.coverage("4JT6-MZ8-RA19", "2023-04-01")
    surg = c.prac("dr-strand", "Perpetua", "Strand", "MD", "General and Bariatric Surgery", npi(521974228))
    pcp = c.prac("dr-vandermeer", "Otis", "Vandermeer", "MD", "Family Medicine", npi(521974246))
    rdn = c.prac("rdn-iwasaki", "Hannah", "Iwasaki", "RDN", "Registered Dietitian Nutritionist", npi(521974264))
    rn = c.prac("rn-dorn", "Lacey", "Dorn", "RN", "Registered Nurse - surgical weight loss", npi(521974282))

    c.cond("obesity", "E66.9", "Obesity, unspecified", "2024-10-22 10:00", recorder=surg)
    c.cond("t2dm", "E11.9", "Type 2 diabetes mellitus without complications", "2017-03-14 10:00", recorder=pcp)
    c.cond("htn", "I10", "Essential (primary) hypertension", "2015-09-01 10:00", recorder=pcp)
    c.cond("osa", "G47.33", "Obstructive sleep apnea (adult) (pediatric)", "2021-11-09 10:00", recorder=pcp)

    c.obs("bmi-2024-10-22", "39156-5", "Body mass index (BMI) [Ratio]", "2024-10-22 13:10", 36.2, "kg/m2",
          performer=surg, note="Weight 104.8 kg, height 170.1 cm (initial surgical consultation).")
    c.obs("weight-2026-04-28", "29463-7", "Body weight", "2026-04-28 08:50", 96.4, "kg", performer=rn)
    c.obs("height-2026-04-28", "8302-2", "Body height", "2026-04-28 08:50", 170.1, "cm", performer=rn)
    bmi = c.obs("bmi-2026-04-28", "39156-5", "Body mass index (BMI) [Ratio]", "2026-04-28 08:50", 33.3, "kg/m2",
                performer=rn)
    c.obs("a1c-2026-02-10", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-02-10 08:15", 6.9, "%",
          category="laboratory", interp="H")
    c.med("metformin", "6809", "metformin", "2017-03-14 10:10", pcp, "1000 mg by mouth twice daily",
          reason_text="Type 2 diabetes")
    c.med("lisinopril", "29046", "lisinopril", "2015-09-01 10:10", pcp, "10 mg by mouth daily",
          reason_text="Hypertension")
    c.med("orlistat", None, "orlistat 120 mg oral capsule", "2024-11-19 10:00", pcp, "120 mg three times daily with meals",
          status="completed", stop="2025-05-19", reason_text="Obesity (program adjunct)")

    c.note("rdn-2025-05-19", "2025-05-19 10:30", rdn, "11506-3", "Progress note",
           "Supervised weight management - month 6",
           """Snake River Surgical Weight Loss - Supervised Diet Visit 6 of 6 - 05/19/2025
Hannah Iwasaki, RDN

Completed six consecutive monthly visits (11/2024-05/2025) with orlistat adjunct (PCP).
Weight 104.8 kg at entry (10/22/2024) -> 101.9 kg today (-2.8%).
Good adherence to logs; GI side effects with orlistat on high-fat days. Orlistat ends today.
Program requirement complete. Next: surgical scheduling per Dr. Strand once labs/clearances done.
""")

    c.note("pcp-2026-02-10", "2026-02-10 09:40", pcp, "11506-3", "Progress note", "PCP diabetes follow-up",
           """Gem Valley Primary Care - 02/10/2026 - Otis Vandermeer, MD
T2DM: A1c 6.9 today (7.8 in 10/2024). Metformin only. Pleased.
Weight: down to 97 kg; walking 4 miles a day since retiring in the fall, cut out soda.
HTN: 128/78 on lisinopril 10 (was on 20).
OSA: CPAP nightly.
Bariatric surgery: surgical date delayed last year by his wife's illness; he still plans to proceed with bypass
"to get off the diabetes pills".
Plan: continue metformin; labs in 6 months.
""", custodian=pc)

    c.note("rn-2026-04-28", "2026-04-28 09:10", rn, "34746-8", "Nurse note", "Pre-surgical intake",
           """Snake River Surgical Weight Loss - Pre-surgical intake 04/28/2026 - Lacey Dorn, RN
Wt 96.4 kg (212.5 lb), Ht 170.1 cm, BMI 33.3. BP 126/76. HR 70.
Meds: metformin 1000 BID, lisinopril 10. CPAP nightly.
Labs and EGD orders placed per protocol. Pt asked whether his weight loss "counts against" him - referred question
to Dr. Strand.
""")

    c.note("surgeon-hp-2026-05-05", "2026-05-05 14:30", surg, "34117-2", "History and physical note",
           "Surgical H&P - pre-bariatric",
           """<html><body>
<p><b>Snake River Surgical Weight Loss &mdash; Surgical History &amp; Physical</b><br/>05/05/2026 &mdash; Perpetua Strand, MD</p>
<p>68-year-old man with obesity, type 2 diabetes, hypertension and OSA, here to finalize plans for laparoscopic
Roux-en-Y gastric bypass.</p>
<p><b>Weight history:</b> BMI 36.2 at initial consultation 10/22/2024; completed 6-month supervised program with
orlistat (05/2025, -2.8%). Since retiring he has lost additional weight with walking and diet: <b>current weight
96.4 kg, BMI 33.3</b> (04/28/2026).</p>
<p><b>Comorbidities:</b> T2DM (A1c 6.9, metformin only), HTN (lisinopril 10, dose halved), OSA on CPAP.</p>
<p><b>Assessment:</b> program policy uses the BMI at initial consultation (36.2). Current BMI is below 35.
Patient strongly prefers to proceed.</p>
<p><b>Plan:</b> submit for authorization with documentation of initial BMI; EGD; nutrition clearance.</p>
</body></html>""", html=False)

    c.note("lmn-2026-05-12", "2026-05-12 10:05", surg, "57133-1", "Referral note", "Letter of medical necessity",
           """LETTER OF MEDICAL NECESSITY - 05/12/2026
Re: Curtis D. Albrecht, DOB 04/17/1958, Medicare
Procedure: laparoscopic Roux-en-Y gastric bypass (CPT 43644)

Mr. Albrecht meets criteria for bariatric surgery: BMI 36.2 with obesity-related comorbidities (type 2 diabetes,
hypertension, obstructive sleep apnea) and a completed 6-month medically supervised weight loss program without
adequate results. We request authorization.

Perpetua Strand, MD
""")

    c.sreq("rygb-order", CPT, "43644", SVC_RYGB["display"], "2026-05-12 10:00", surg,
           reason="Obesity with type 2 diabetes, hypertension, OSA")

    case = {
        "id": "be-bar-02", "num": 11,
        "request": {"service": SVC_RYGB,
                    "diagnoses": [dx("E66.9", "Obesity, unspecified"),
                                  dx("Z68.36", "Body mass index [BMI] 36.0-36.9, adult"),
                                  dx("E11.9", "Type 2 diabetes mellitus without complications")],
                    "payer": "medicare", "urgency": "standard", "date": "2026-05-12",
                    "note": "BMI 36.2 with T2DM, HTN, OSA."},
        "gold": {"recommendation": "refer", "policy": "NCD 100.1",
                 "evidence": ["Observation/bmi-2026-04-28", "Observation/weight-2026-04-28",
                              "DocumentReference/surgeon-hp-2026-05-05"],
                 "missing": [],
                 "rationale": "The NCD requires a BMI >= 35; the current measured BMI is 33.3 (04/28/2026, confirmed by "
                              "the surgeon on 05/05). The 36.2 cited in the letter and the Z68.36 code date from 10/2024. "
                              "Using the entry BMI is a program policy, not the NCD: physician review."},
        "criteria": [
            ["procedure", "Covered procedure (lap RYGBP)", "met", ["ServiceRequest/rygb-order"]],
            ["bmi", "BMI >= 35", "not_met", ["Observation/bmi-2026-04-28", "DocumentReference/surgeon-hp-2026-05-05"]],
            ["comorbidity", "At least one obesity-related co-morbidity", "met", ["Condition/t2dm"]],
            ["prior-treatment", "Previously unsuccessful with medical treatment", "met", ["DocumentReference/rdn-2025-05-19"]],
        ],
        "traps": "outdated BMI 36.2 in the letter and request diagnosis vs current 33.3; 'program policy' justification; "
                 "improving A1c/BP",
    }
    c._stamp = "2026-05-12 17:00"
    return c, case


# ------------------------------------------------------------------------------------------------
def bar03():
    """Request info: LAGB; BMI 38.4 + HTN; first supervised program still in progress (final visit after request)."""
    c = Chart(12, "central", "ehr.deltacrest-health.example",
              "http://fhir.deltacrest-health.example/CodeSystem/local-obs")
    org = c.org("deltacrest", "Delta Crest Health - Surgical Associates and Weight Management", city="Bayou Lacombe",
                state="LA")
    c.patient("Bernadette", "Ouellette", "female", "1956-07-09", "Bayou Lacombe", "LA", "70499", "985-555-0147",
              "DCH-558301", org, extra_given="Claire")
    c.coverage("7GS3-KL4-NP80", "2021-07-01")
    surg = c.prac("dr-broussard", "Thaddeus", "Broussard", "MD", "General and Bariatric Surgery", npi(632085339))
    obmd = c.prac("dr-joshi", "Meera", "Joshi", "MD", "Obesity Medicine", npi(632085357))
    rdn = c.prac("rdn-thibodeaux", "Jolie", "Thibodeaux", "RDN", "Registered Dietitian Nutritionist", npi(632085375))
    rn = c.prac("rn-guidry", "Ansel", "Guidry", "RN", "Registered Nurse - surgical clinic", npi(632085393))

    c.cond("morbid-obesity", "E66.01", "Morbid (severe) obesity due to excess calories", "2025-11-03 10:00",
           recorder=obmd)
    c.cond("bmi-38", "Z68.38", "Body mass index [BMI] 38.0-38.9, adult", "2026-03-30 10:00", recorder=surg,
           category="encounter-diagnosis")
    htn = c.cond("htn", "I10", "Essential (primary) hypertension", "2008-03-11 10:00", recorder=obmd)
    c.cond("knee-oa", "M17.0", "Bilateral primary osteoarthritis of knee", "2019-10-02 10:00", recorder=obmd)

    c.obs("bmi-2025-11-03", "39156-5", "Body mass index (BMI) [Ratio]", "2025-11-03 09:20", 39.3, "kg/m2",
          performer=obmd, note="Weight 99.8 kg, height 159.4 cm.")
    bmi = c.obs("bmi-2026-03-30", "39156-5", "Body mass index (BMI) [Ratio]", "2026-03-30 10:15", 38.4, "kg/m2",
                performer=rn, note="Weight 97.5 kg, height 159.4 cm.")
    c.bp("bp-2026-03-30", "2026-03-30 10:15", 142, 88, performer=rn)
    c.med("amlodipine", "17767", "amlodipine", "2008-03-11 10:10", obmd, "10 mg by mouth daily",
          reason_text="Hypertension")
    c.med("losartan", "52175", "losartan", "2019-06-20 10:10", obmd, "100 mg by mouth daily", reason_text="Hypertension")
    appt = c.appt("program-final-2026-05-04", "2026-04-06 11:00", "2026-05-04 09:00", 40,
                  "Medical weight management program - visit 6 of 6 (final weigh-in and program summary)",
                  practitioner=obmd)

    c.note("program-intake-2025-11-03", "2025-11-03 10:05", obmd, "11488-4", "Consult note",
           "Medical weight management - program intake",
           """<html><body>
<h4>Delta Crest Weight Management &mdash; Program Intake</h4>
<p>11/03/2025 &middot; Meera Joshi, MD (Obesity Medicine)</p>
<p><b>Referred by:</b> Dr. Broussard (surgery) &mdash; patient interested in an adjustable gastric band; needs a
physician-supervised program first.</p>
<p><b>Weight history:</b> gradual gain since menopause; 99.8 kg today, BMI 39.3. <b>Prior attempts:</b>
self-directed low-carbohydrate diets, a phone app, "the cabbage soup diet" &mdash; no prior medically supervised
program and no anti-obesity medication.</p>
<p><b>Comorbidities:</b> hypertension on 2 agents, bilateral knee osteoarthritis.</p>
<p><b>Plan:</b> 6-month physician-supervised program: monthly visits (MD or RDN), 1,300-1,500 kcal plan, chair
exercise program for knees. Anti-obesity medication discussed &mdash; patient declines injections for now.
Program visits: 11/03, 12/01, 01/05, 02/02, 03/02, 04/06, final 05/04.</p>
</body></html>""", html=True)

    c.note("rdn-2026-02-02", "2026-02-02 14:10", rdn, "11506-3", "Progress note", "Weight management - month 3",
           """Delta Crest Weight Management - month 3 visit - 02/02/2026 - Jolie Thibodeaux, RDN
Weight 98.6 kg (-1.2 kg from start). Logging 5 days/week. Holiday eating discussed. Chair exercises 3x/week,
knees limit walking. Goal: add protein at breakfast. Next visit 03/02 with Dr. Joshi.
""")

    c.note("rn-2026-03-30", "2026-03-30 10:30", rn, "34746-8", "Nurse note", "Surgical clinic intake",
           """Delta Crest Surgical Associates - intake 03/30/2026 - Ansel Guidry, RN
Wt 97.5 kg, Ht 159.4 cm, BMI 38.4. BP 142/88 (took meds late today). HR 76.
Pt here for band consult prep. States she "is almost done with the diet program".
Meds: amlodipine 10, losartan 100. Allergies: NKDA.
""")

    c.note("program-2026-04-06", "2026-04-06 11:10", obmd, "11506-3", "Progress note", "Weight management - month 5",
           """Delta Crest Weight Management - month 5 visit - 04/06/2026 - Meera Joshi, MD
Weight 97.5 kg (start 99.8 kg; -2.3 kg, -2.3%). Attendance 5/5. Adherence fair; knee pain limits exercise.
Month 6 (final) visit booked 05/04/2026 - final weigh-in and program outcome will be documented then and
forwarded to Dr. Broussard.
BP 138/84.
""")

    c.note("surgery-2026-04-14", "2026-04-14 15:45", surg, "11488-4", "Consult note", "Bariatric surgery consultation",
           """Delta Crest Surgical Associates - Bariatric Consultation - 04/14/2026 - Thaddeus Broussard, MD

69 yo F, BMI 38.4 (03/30/2026), HTN on amlodipine + losartan, bilateral knee OA limiting activity.
Currently in month 5 of 6 of the supervised program with Dr. Joshi (-2.3 kg so far); final visit 05/04/2026.
Patient declines stapling procedures; wants an adjustable band. Discussed band-specific risks (slippage, erosion,
port problems, reoperation rates) and lower expected weight loss vs bypass/sleeve. She understands.
Plan: laparoscopic adjustable gastric band. Submitting authorization now to avoid scheduling delay; will forward
the program completion summary after 05/04. UGI series ordered.
""")

    c.sreq("lagb-order", CPT, "43770", SVC_LAGB["display"], "2026-04-20 08:30", surg,
           reason="Morbid obesity, BMI 38.4, with hypertension")

    case = {
        "id": "be-bar-03", "num": 12,
        "request": {"service": SVC_LAGB,
                    "diagnoses": [dx("E66.01", "Morbid (severe) obesity due to excess calories"),
                                  dx("Z68.38", "Body mass index [BMI] 38.0-38.9, adult"),
                                  dx("I10", "Essential (primary) hypertension")],
                    "payer": "medicare", "urgency": "standard", "date": "2026-04-20"},
        "gold": {"recommendation": "request_info", "policy": "NCD 100.1",
                 "evidence": ["Observation/bmi-2026-03-30", "Condition/htn", "DocumentReference/program-2026-04-06",
                              "DocumentReference/surgery-2026-04-14"],
                 "missing": ["program outcome|program completion|completed program|program completed|weight program|"
                             "weight loss program|weight management|unsuccessful|medical treatment"],
                 "rationale": "LAGB is covered; BMI 38.4 and hypertension meet the BMI and comorbidity criteria. The "
                              "only medical treatment for obesity is a supervised program still in progress (month 5 of "
                              "6; final visit booked 05/04/2026, after the request); earlier self-directed diets are not "
                              "medical treatment. Whether medical treatment was unsuccessful is not yet documented: ask "
                              "for the program outcome."},
        "criteria": [
            ["procedure", "Covered procedure (LAGB)", "met", ["ServiceRequest/lagb-order"]],
            ["bmi", "BMI >= 35", "met", ["Observation/bmi-2026-03-30"]],
            ["comorbidity", "At least one obesity-related co-morbidity", "met", ["Condition/htn"]],
            ["prior-treatment", "Previously unsuccessful with medical treatment for obesity", "not_documented",
             ["DocumentReference/program-2026-04-06", "Appointment/program-final-2026-05-04"]],
        ],
        "traps": "program in progress ('almost done') is not a completed unsuccessful treatment; final visit booked "
                 "after the request; self-directed diets; patient declines medication",
    }
    c._stamp = "2026-04-20 17:00"
    return c, case


CASES = [bar01, bar02, bar03]
