"""NCD 100.1 (bariatric surgery) cases: ba-bar-01 .. ba-bar-04."""
from fhirkit import Chart, LOINC, LOCAL, CPT, ICD

RYGB = {"system": CPT, "code": "43644",
        "display": "Laparoscopic Roux-en-Y gastric bypass"}
LAGB = {"system": CPT, "code": "43770",
        "display": "Laparoscopic adjustable gastric band placement"}
BMI = (LOINC, "39156-5", "Body mass index (BMI) [Ratio]")
WT = (LOINC, "29463-7", "Body weight")
HT = (LOINC, "8302-2", "Body height")
A1C = (LOINC, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood")


def dx(code, display):
    return {"system": ICD, "code": code, "display": display}


# ======================================================================== ba-bar-01
def bar01():
    c = Chart("pa13")
    c.patient("Delgado", ["Carol", "J."], "female", "1960-04-11", "LH-2671840")
    c.cond("obesity", "E66.01", "Morbid (severe) obesity due to excess calories", recorded="2021-06-15")
    c.cond("t2dm", "E11.9", "Type 2 diabetes mellitus without complications", recorded="2019-08-27")
    c.cond("htn", "I10", "Essential (primary) hypertension", recorded="2016-03-08")
    c.cond("osa", "G47.33", "Obstructive sleep apnea (adult) (pediatric)", recorded="2022-10-11")
    c.cond("gerd", "K21.9", "Gastro-esophageal reflux disease without esophagitis", recorded="2020-01-15")
    c.obs("height-2025-10-06", HT, "2025-10-06T09:00:00-04:00", 170.2, "cm", performer="Lakeshore Bariatric Center")
    c.obs("weight-2025-10-06", WT, "2025-10-06T09:00:00-04:00", 242, "lb", performer="Lakeshore Bariatric Center")
    c.obs("bmi-2025-10-06", BMI, "2025-10-06T09:00:00-04:00", 37.9, "kg/m2")
    c.obs("a1c-2026-02-20", A1C, "2026-02-20T08:10:00-05:00", 7.4, "%", category="laboratory")
    c.obs("weight-2026-03-12", WT, "2026-03-12T10:05:00-04:00", 225, "lb", performer="Lakeshore Bariatric Center",
          method="Standing scale, clinic")
    c.obs("weight-2026-04-07", WT, "2026-04-07T08:30:00-04:00", 219, "lb", performer="Lakeshore Bariatric Center")
    c.obs("bmi-2026-04-07", BMI, "2026-04-07T08:30:00-04:00", 34.3, "kg/m2")
    c.med("metformin", "6809", "metformin 1000 MG", "2019-08-27", dosage="1000 mg PO BID")
    c.med("lisinopril", "29046", "lisinopril 20 MG", "2016-03-08")
    c.med("orlistat", "37925", "orlistat 120 MG", "2025-03-03", status="stopped", start="2025-03-03", end="2025-08-15",
          reason="GI adverse effects; minimal weight response", dosage="120 mg PO TID with meals")
    c.note("wm-2025-09-30", "2025-09-30T11:00:00-04:00", "Medical Weight Management Summary",
           "Dr. S. Pillai, Obesity Medicine", """
        MEDICAL WEIGHT MANAGEMENT PROGRAM - COMPLETION SUMMARY
        Program: physician-supervised, 7 monthly visits 03/03/2025 - 09/30/2025 with obesity medicine
        physician, registered dietitian and exercise physiologist.
        Interventions: 1500 kcal/day structured meal plan with food logging (app), 150 min/week walking
        goal (achieved ~100 min/week - knee pain), behavioral sessions x6. Orlistat 120 mg TID 3/3-8/15/25,
        stopped for GI adverse effects and minimal benefit. GLP-1 RA for weight discussed; not covered,
        patient unable to pay out of pocket.
        Weights: 3/3/25 246 lb -> nadir 234 lb (6/2025) -> 241 lb today (net -2%).
        Comorbidities: DM2 (A1c 7.6), HTN, OSA on CPAP, GERD.
        Outcome: unsuccessful despite good engagement. Referred to Lakeshore Bariatric Center for surgical
        evaluation.
        """)
    c.note("psych-2026-02-20", "2026-02-20T13:00:00-05:00", "Psychological Evaluation",
           "Dr. M. Feeney, PhD, Health Psychology", """
        PRE-BARIATRIC PSYCHOLOGICAL EVALUATION
        Clinical interview (75 min) and standardized measures.
        Eating behavior: grazing in the evening; no objective binge episodes; Binge Eating Scale 11 (no
        binge-eating disorder). No purging or night-eating syndrome.
        Mood: PHQ-9 4, GAD-7 3. No history of psychiatric hospitalization or suicidal ideation.
        Substances: no tobacco, alcohol 1-2 drinks/month, no other substances.
        Knowledge: good understanding of post-operative diet stages, lifelong supplementation and follow-up.
        Support: husband and sister; both attended the information session.
        Impression: no psychological contraindication to bariatric surgery. Recommend post-operative support
        group attendance.
        """)
    c.note("dietitian-2026-03-05", "2026-03-05T14:00:00-05:00", "Bariatric Dietitian Note",
           "A. Kerrigan, RD, Bariatric Nutrition", """
        <html><body>
        <p><b>BARIATRIC NUTRITION - PRE-OPERATIVE VISIT 3 of 3</b></p>
        <p>Pre-op education completed: protein goals (60-80 g/day), staged diet progression (clear liquids, full
        liquids, pureed, soft, regular), chewing and portion strategies, vitamin/mineral supplementation
        (bariatric multivitamin, calcium citrate, B12, iron), dumping syndrome, hydration 64 oz/day.</p>
        <p>Food log reviewed - adherent to pre-op 1200 kcal plan; sweetened beverages eliminated.
        Weight per patient down ~15 lb since October (clinic weight at the surgeon's visit).</p>
        <p>Diabetes: reviewed hypoglycemia risk on pre-op diet; metformin dose per surgeon/PCP.</p>
        <p>Cleared from a nutrition standpoint.</p>
        </body></html>
        """, ctype="text/html")
    c.note("surg-consult-2026-03-12", "2026-03-12T10:40:00-04:00", "Bariatric Surgery Consultation",
           "Dr. J. Okwuosa, Bariatric Surgery", """
        BARIATRIC SURGERY - PRE-OPERATIVE CONSULTATION
        65 y/o F referred by Dr. Pillai after an unsuccessful 7-month physician-supervised weight
        management program (2025, including orlistat).
        Obesity since her 30s. Comorbidities: type 2 diabetes (metformin; A1c 7.4 on 2/20/26),
        hypertension (lisinopril), OSA on CPAP, GERD on PPI. Knee pain.
        Vitals today: Wt 225 lb (down from 242 lb in October on the pre-op diet), Ht 170.2 cm (measured
        10/2025). BP 134/82.
        Psych eval 2/20/26 and nutrition clearance 3/5/26 complete. EGD 1/2026: small hiatal hernia,
        LA grade A esophagitis.
        Assessment: Severe obesity with DM2, HTN, OSA and GERD. Given GERD and diabetes, laparoscopic
        Roux-en-Y gastric bypass is preferred over sleeve.
        Plan: Laparoscopic RYGB with hiatal hernia repair. Pre-op visit 4/7/26. Prior authorization to be
        submitted.
        """)
    c.note("preop-2026-04-07", "2026-04-07T09:00:00-04:00", "Pre-operative Visit",
           "Dr. J. Okwuosa, Bariatric Surgery", """
        PRE-OPERATIVE VISIT - BARIATRIC SURGERY
        65 y/o F scheduled for laparoscopic RYGB with hiatal hernia repair (date pending authorization).
        Wt 219 lb, BMI 34.3. Continues the pre-op liquid diet, tolerating well; fasting glucose 110s-140s on
        metformin. BP 128/78.
        Reviewed the procedure, risks (leak, bleeding, stricture, marginal ulcer, internal hernia, VTE,
        nutritional deficiency, need for lifelong supplements) and the expected post-op course and diet.
        Consent signed. VTE prophylaxis plan; bring CPAP on admission. Hold metformin the morning of surgery.
        Labs: CBC, CMP, iron studies, B12, vitamin D, type and screen ordered.
        """)
    case = {
        "id": "ba-bar-01", "patient": "patients/pa13.json",
        "request": {"service": RYGB,
                    "diagnoses": [dx("E66.01", "Morbid (severe) obesity due to excess calories"),
                                  dx("E11.9", "Type 2 diabetes mellitus without complications")],
                    "payer": "medicare", "urgency": "standard", "date": "2026-03-24"},
        "gold": {"recommendation": "approve", "policy": "NCD 100.1",
                 "evidence": ["Observation/weight-2026-03-12", "Observation/height-2025-10-06",
                              "Condition/t2dm", "DocumentReference/wm-2025-09-30"],
                 "missing": [],
                 "rationale": "Covered procedure (lap RYGB). BMI on the latest pre-request weight is 35.2 (225 lb, "
                              "170.2 cm), type 2 diabetes is a named comorbidity, and a supervised medical program "
                              "with orlistat was unsuccessful. The BMI 34.3 is dated after the request."},
        "_traps": "BMI must be computed from mixed units (lb and cm) = 35.2, just over the threshold; older BMI 37.9 "
                  "superseded; BMI 34.3 dated AFTER the request must be ignored; stopped orlistat as part of failed "
                  "treatment; HTML dietitian note",
    }
    return case, c, "2026-04-08T08:00:00-04:00"


# ======================================================================== ba-bar-02
def bar02():
    c = Chart("pa14")
    c.patient("Hollister", ["Dennis", "R."], "male", "1961-01-15", "LH-4403376")
    c.cond("obesity", "E66.01", "Morbid (severe) obesity due to excess calories", recorded="2018-02-02")
    c.cond("htn", "I10", "Essential (primary) hypertension", recorded="2011-09-20")
    c.cond("t2dm-refuted", "E11.9", "Type 2 diabetes mellitus without complications", recorded="2024-02-12",
           clinical="inactive", verification="refuted",
           note="Entered from an outside urgent-care visit; A1c 5.8-5.9 on repeat - prediabetes, not diabetes.")
    c.cond("prediabetes", "R73.03", "Prediabetes", recorded="2024-03-01")
    c.cond("knee-oa", "M17.0", "Bilateral primary osteoarthritis of knee", recorded="2020-06-18")
    c.fmh("fmh-father", "2026-06-18", "FTH", "father", "Type 2 diabetes mellitus; myocardial infarction", onset_age=52)
    c.bp("bp-2026-05-20", "2026-05-20T09:15:00-04:00", 148, 88, note="On amlodipine, losartan, HCTZ.")
    c.obs("a1c-2026-05-20", A1C, "2026-05-20T08:30:00-04:00", 5.8, "%", category="laboratory")
    c.obs("weight-2026-06-18", WT, "2026-06-18T13:05:00-04:00", 139.3, "kg")
    c.obs("height-2026-06-18", HT, "2026-06-18T13:05:00-04:00", 178.3, "cm")
    c.obs("bmi-2026-06-18", BMI, "2026-06-18T13:05:00-04:00", 43.8, "kg/m2")
    c.med("amlodipine", "17767", "amlodipine 10 MG", "2013-05-02")
    c.med("losartan", "52175", "losartan 100 MG", "2016-11-15")
    c.med("hctz", "5487", "hydrochlorothiazide 25 MG", "2021-07-07")
    c.note("outside-wm-2021-03-02", "2021-03-02T12:00:00-05:00", "Outside Record - Program Letter",
           "Lakeview Hospital Medical Weight Loss Program", """
        LAKEVIEW HOSPITAL MEDICAL WEIGHT LOSS PROGRAM
        Re: Dennis Hollister  DOB 01/15/1961
        To whom it may concern:
        Mr. Hollister participated in our physician-supervised medical weight loss program from
        06/2020 to 02/2021 (9 months), with monthly visits with Dr. C. Albrecht (obesity medicine),
        dietitian counseling every 2 weeks, a partial meal-replacement plan (two shakes plus one meal daily)
        and a supervised exercise prescription adapted for knee osteoarthritis.
        Weight: 06/2020 309 lb; nadir 288 lb (11/2020); 02/2021 301 lb at program exit.
        Phentermine was not used because of his hypertension.
        Despite adherence, he did not achieve or sustain clinically meaningful weight loss.
        Sincerely, C. Albrecht, MD
        """)
    c.note("ortho-2026-04-09", "2026-04-09T10:00:00-04:00", "Orthopedic Surgery Note",
           "Dr. B. Sandoval, Orthopedic Surgery", """
        ORTHOPEDICS - KNEE OA FOLLOW-UP
        65 y/o M with bilateral knee OA, KL grade 3-4, R worse than L. Pain 7/10 with stairs and after
        standing 20 minutes; uses a cane outdoors.
        Exam: R knee small effusion, varus alignment, crepitus, ROM 5-110; L knee ROM 0-115.
        Steroid injection R knee today (triamcinolone 40 mg + lidocaine), tolerated well.
        He asks about knee replacement: our arthroplasty program requires BMI < 40 before elective TKA given
        infection and revision risk. Supports bariatric referral. Continue PT home program, topical
        diclofenac. RTC 3 months.
        """)
    c.note("pcp-2026-05-20", "2026-05-20T09:45:00-04:00", "Primary Care Office Note",
           "Dr. N. Greer, Internal Medicine", """
        PRIMARY CARE - HTN FOLLOW-UP
        BP 148/88 (repeat 146/86) on amlodipine 10, losartan 100 and HCTZ 25 - suboptimally controlled on
        three agents; home log 140s/80s. Adherent; pill counts OK. Low-sodium diet reviewed.
        A1c 5.8 - prediabetes; not diabetic (the old "type 2 diabetes" entry from the 2024 urgent-care
        visit is wrong and is marked refuted).
        2025-2026: saw our dietitian 4 times (10/2025-3/2026) with a calorie-deficit plan and food log; weight
        unchanged (about 305-310 lb).
        A/P: 1) Resistant-range HTN - add spironolactone? Will check renin/aldosterone first. 2) Severe
        obesity with HTN and knee OA - bariatric surgery referral completed; he prefers an adjustable band.
        3) Prediabetes - lifestyle.
        """)
    c.note("surg-consult-2026-06-18", "2026-06-18T14:00:00-04:00", "Bariatric Surgery Consultation",
           "Dr. H. Whitmore, Bariatric Surgery", """
        <html><body>
        <h3>BARIATRIC SURGERY CONSULTATION</h3>
        <p><b>Referring:</b> Dr. N. Greer. <b>Reason:</b> surgical weight-loss evaluation.</p>
        <p><b>HPI:</b> 65 y/o M with lifelong obesity; max weight 312 lb. Prior attempts: Lakeview Hospital
        physician-supervised medical weight loss program 6/2020-2/2021 (9 months, meal replacement, dietitian,
        monthly physician visits; net loss 8 lb, regained); PCP dietitian series 10/2025-3/2026 without loss;
        multiple self-directed diets. Family history of diabetes (father).</p>
        <p><b>Comorbidities:</b> hypertension on three agents, suboptimally controlled (BP 148/88 in May);
        bilateral knee OA limiting mobility and precluding TKA at current weight; prediabetes (A1c 5.8).
        Note: not diabetic - problem-list diabetes entry refuted. No OSA symptoms (STOP-BANG 3: BP, BMI, male);
        declines sleep study at this time.</p>
        <p><b>Exam:</b> Ht 178.3 cm, Wt 139.3 kg, <b>BMI 43.8</b>. BP 144/86. Abdomen obese, soft, no hernia.</p>
        <p><b>Discussion:</b> Options reviewed: RYGB, sleeve, adjustable gastric band. He understands the band
        produces less weight loss and has higher reoperation rates but strongly prefers a reversible,
        non-stapled procedure without malabsorption. Accepts band fills and long-term follow-up.</p>
        <p><b>Plan:</b> Laparoscopic adjustable gastric banding. Nutrition and psychology clearance (done 6/2026).
        Submit for prior authorization.</p>
        </body></html>
        """, ctype="text/html")
    case = {
        "id": "ba-bar-02", "patient": "patients/pa14.json",
        "request": {"service": LAGB,
                    "diagnoses": [dx("E66.01", "Morbid (severe) obesity due to excess calories"),
                                  dx("I10", "Essential (primary) hypertension")],
                    "payer": "medicare", "urgency": "standard", "date": "2026-07-07"},
        "gold": {"recommendation": "approve", "policy": "NCD 100.1",
                 "evidence": ["Observation/bmi-2026-06-18", "Condition/htn", "DocumentReference/outside-wm-2021-03-02",
                              "DocumentReference/surg-consult-2026-06-18"],
                 "missing": [],
                 "rationale": "Laparoscopic adjustable gastric banding is nationally covered; BMI 43.8, "
                              "hypertension on three agents as the obesity-related comorbidity, and an unsuccessful "
                              "physician-supervised program (outside record) plus dietitian series."},
        "_traps": "refuted diabetes Condition and prediabetes (not the named DM comorbidity) - hypertension is the "
                  "qualifying comorbidity; prior treatment documented only in a 2021 outside letter; LAGB (covered, "
                  "laparoscopic) vs open banding (non-covered); father's diabetes is family history; HTML consult",
    }
    return case, c, "2026-07-08T08:00:00-04:00"


# ======================================================================== ba-bar-03
def bar03():
    c = Chart("pa15")
    c.patient("Whitfield", ["Sandra", "K."], "female", "1960-09-09", "LH-6129957")
    c.cond("obesity", "E66.01", "Morbid (severe) obesity due to excess calories", recorded="2023-01-19")
    c.cond("htn-refuted", "I10", "Essential (primary) hypertension", recorded="2025-02-11", clinical="inactive",
           verification="refuted", note="Single elevated office reading 2/2025; ABPM 3/2025 normal.")
    c.cond("osa-refuted", "G47.33", "Obstructive sleep apnea (adult) (pediatric)", recorded="2026-03-30",
           clinical="inactive", verification="refuted", note="Provisional 3/2026; PSG 5/2026 AHI 2.9 - no OSA.")
    c.cond("snoring", "R06.83", "Snoring", recorded="2026-05-20")
    c.cond("hypothyroid", "E03.9", "Hypothyroidism, unspecified", recorded="2015-04-07")
    c.obs("abpm-2025-03-12", (LOCAL, "ABPM-24H", "Ambulatory blood pressure, 24-hour mean"),
          "2025-03-12T08:00:00-04:00", category="procedure",
          components=[((LOINC, "8480-6", "Systolic blood pressure"), 122, "mmHg"),
                      ((LOINC, "8462-4", "Diastolic blood pressure"), 75, "mmHg")],
          method="24-hour ambulatory BP monitoring", note="Daytime mean 126/78, nighttime 112/66 (dipper).")
    c.med("lisinopril", "29046", "lisinopril 10 MG", "2025-02-11", status="stopped", start="2025-02-11", end="2025-03-20",
          reason="Hypertension not confirmed on ABPM")
    c.med("levothyroxine", "10582", "levothyroxine 88 MCG", "2015-04-07")
    c.obs("ahi-2026-05-12", (LOCAL, "AHI-4", "Apnea-hypopnea index (4% hypopnea rule)"), "2026-05-12T06:00:00-04:00",
          2.9, "/h", category="procedure", method="Attended in-laboratory polysomnography")
    c.obs("a1c-2026-08-25", A1C, "2026-08-25T08:00:00-04:00", 5.3, "%", category="laboratory")
    c.obs("bmi-2026-09-22", BMI, "2026-09-22T10:00:00-04:00", 38.6, "kg/m2")
    c.bp("bp-2026-09-22", "2026-09-22T10:00:00-04:00", 122, 76)
    c.note("pcp-2025-03-20", "2025-03-20T11:00:00-04:00", "Primary Care Office Note",
           "Dr. R. Abboud, Family Medicine", """
        FAMILY MEDICINE - ABPM RESULTS
        64 y/o F. Lisinopril 10 mg was started on 2/11/25 after a single office reading of 152/94 (she had
        hurried in from the parking lot, late for the visit).
        24-h ABPM 3/11-12/25: mean 122/75, daytime 126/78, nighttime 112/66 (normal dipping) - normal; findings
        consistent with white-coat effect. Home readings 110s-120s/70s.
        A/P: 1) Hypertension NOT confirmed - lisinopril stopped today; HTN removed from the problem list (marked
        refuted). Recheck office BP annually. 2) Hypothyroidism stable on levothyroxine 88 mcg (TSH 2.2).
        3) Obesity - discussed medically supervised weight management; she will consider.
        """)
    c.note("psg-2026-05-12", "2026-05-12T14:00:00-04:00", "Polysomnography Report",
           "Dr. G. Hanley, Sleep Medicine (interpreting)", """
        DIAGNOSTIC POLYSOMNOGRAM (attended, in-laboratory)
        Indication: snoring, BMI 38; rule out OSA (bariatric pre-operative screening).
        Montage: standard PSG (EEG, EOG, EMG, ECG, nasal pressure, thermistor, RIP belts, SpO2, position).
        Scoring: AASM; hypopneas with >=4% desaturation.
        TST 401 min, SE 88%, REM 19%.
        Obstructive apneas 2, central 0, hypopneas 17. AHI 2.9/h; RDI 5.1/h. Supine AHI 4.4/h.
        SpO2 baseline 95%, nadir 89%, no time <88%.
        Loud snoring in supine position. PLMI 2/h. Normal sinus rhythm.
        IMPRESSION: No obstructive sleep apnea. Primary snoring.
        """)
    c.note("sleep-2026-05-20", "2026-05-20T10:00:00-04:00", "Sleep Medicine Follow-up",
           "Dr. G. Hanley, Sleep Medicine", """
        SLEEP MEDICINE - RESULTS VISIT
        66 y/o F referred by the bariatric program for pre-operative OSA screening (STOP-BANG 3).
        PSG 5/12/26 reviewed: AHI 2.9/h, RDI 5.1/h, nadir 89% - no OSA; primary snoring, supine.
        Symptoms: ESS 5; sleeps 7 h, wakes refreshed; no witnessed apneas per husband, only snoring.
        Assessment: primary snoring. No sleep apnea; no PAP indicated.
        The provisional OSA diagnosis entered by the bariatric program in March is refuted.
        Plan: positional strategies (side sleeping), avoid alcohol near bedtime. Return as needed.
        """)
    c.note("wm-2026-06-30", "2026-06-30T15:00:00-04:00", "Medical Weight Management Summary",
           "Dr. T. Yamamoto, Obesity Medicine", """
        MEDICAL WEIGHT MANAGEMENT - 6-MONTH SUMMARY
        Physician-supervised program 01/2026-06/2026: monthly visits with obesity medicine, RD counseling every
        2 weeks, 1400 kcal structured plan, activity goal 150 min/week (met - water aerobics and walking),
        behavioral group x8 sessions.
        Weight 228 -> 221 lb (-3%) by 4/2026, then regained to 225 lb by 6/2026.
        Anti-obesity medication: phentermine not used (patient preference); GLP-1 RA not covered.
        Labs: A1c 5.4 (1/2026), lipids normal, LFTs normal. BP normal at all visits (110s-120s/70s).
        Outcome: unsuccessful medical weight management. Patient wishes to pursue surgical evaluation;
        referral to Dr. Castellanos.
        """)
    c.note("surg-2026-09-22", "2026-09-22T10:30:00-04:00", "Bariatric Surgery Consultation",
           "Dr. A. Castellanos, Bariatric Surgery", """
        BARIATRIC SURGERY CONSULTATION
        66 y/o F referred by Dr. Yamamoto after an unsuccessful 6-month supervised program.
        PMH (per referral packet/problem list): HTN, OSA, hypothyroidism.
        Meds: levothyroxine 88 mcg. (No antihypertensives.)
        Vitals: Ht 5'4", Wt 225 lb, BMI 38.6, BP 122/76, HR 70.
        Labs: A1c 5.3 (8/25/26). Lipids normal.
        Exam: obese abdomen, no hernias, prior C-section scar.
        Assessment: Class II obesity, BMI 38.6, with obesity-related comorbidities (HTN, OSA); failed
        medical weight management. Meets NIH criteria for bariatric surgery.
        Plan: Laparoscopic RYGB. Psychology and nutrition referrals. Submit prior authorization.
        """)
    case = {
        "id": "ba-bar-03", "patient": "patients/pa15.json",
        "request": {"service": RYGB,
                    "diagnoses": [dx("E66.01", "Morbid (severe) obesity due to excess calories"),
                                  dx("I10", "Essential (primary) hypertension"),
                                  dx("G47.33", "Obstructive sleep apnea (adult) (pediatric)")],
                    "payer": "medicare", "urgency": "standard", "date": "2026-10-06"},
        "gold": {"recommendation": "refer", "policy": "NCD 100.1",
                 "evidence": ["DocumentReference/pcp-2025-03-20", "Observation/ahi-2026-05-12",
                              "Observation/a1c-2026-08-25", "DocumentReference/surg-2026-09-22"],
                 "missing": [],
                 "rationale": "BMI 38.6 and failed medical treatment are documented, but the comorbidities the "
                              "surgeon and request cite are refuted (HTN not confirmed on ABPM, PSG AHI 2.9 - no OSA; "
                              "A1c 5.3); no obesity-related comorbidity remains - obesity alone is non-covered."},
        "_traps": "request diagnoses and surgeon's copy-forward PMH list HTN and OSA, both refuted by objective data "
                  "(ABPM, PSG); stopped lisinopril; surgeon asserts 'meets criteria'; hypothyroidism and snoring are "
                  "not obesity-related comorbidities",
    }
    return case, c, "2026-10-07T08:00:00-04:00"


# ======================================================================== ba-bar-04
def bar04():
    c = Chart("pa16")
    c.patient("Kravitz", ["Beverly", "A."], "female", "1958-05-27", "LH-7785021")
    c.cond("obesity", "E66.01", "Morbid (severe) obesity due to excess calories", recorded="2024-01-09")
    c.cond("t2dm", "E11.65", "Type 2 diabetes mellitus with hyperglycemia", recorded="2017-06-12")
    c.cond("htn", "I10", "Essential (primary) hypertension", recorded="2014-10-03")
    c.cond("knee-oa", "M17.0", "Bilateral primary osteoarthritis of knee", recorded="2016-02-25")
    c.cond("wheelchair", "Z99.3", "Dependence on wheelchair", recorded="2025-04-10")
    c.obs("a1c-2026-09-15", A1C, "2026-09-15T08:00:00-04:00", 8.4, "%", category="laboratory")
    c.obs("weight-2026-10-28", WT, "2026-10-28T13:20:00-04:00", 98.4, "kg", method="Wheelchair scale (chair tare subtracted)",
          performer="Lakeshore Bariatric Center")
    c.sr("height-estimate", "Estimated stature (knee-height method) at pre-anesthesia visit", "2026-10-28",
         requester="Dr. J. Okwuosa, Bariatric Surgery", occurrence="2026-12-02")
    c.obs("height-2026-12-02", HT, "2026-12-02T09:30:00-05:00", 157.5, "cm", method="Estimated from knee height")
    c.obs("bmi-2026-12-02", BMI, "2026-12-02T09:30:00-05:00", 39.7, "kg/m2", note="Using estimated height.")
    c.med("metformin", "6809", "metformin 1000 MG", "2017-06-12", dosage="1000 mg PO BID")
    c.med("glargine", "274783", "insulin glargine 100 UNT/ML", "2022-03-01", dosage="34 units SC nightly")
    c.med("lisinopril", "29046", "lisinopril 20 MG", "2014-10-03")
    c.note("wm-2026-06-10", "2026-06-10T11:00:00-04:00", "Medical Weight Management Summary",
           "Dr. S. Pillai, Obesity Medicine", """
        MEDICAL WEIGHT MANAGEMENT - PROGRAM SUMMARY
        Physician-supervised program 12/2025-06/2026 (monthly visits x7) with RD counseling, 1400 kcal plan,
        chair-based exercise program (non-ambulatory), behavioral sessions x6.
        Weight measured on the wheelchair scale: 221 lb -> 214 lb (4/2026) -> 218 lb at completion.
        GLP-1 RA: semaglutide for diabetes trialed 2024, stopped after a pancreatitis concern (lipase 3x ULN,
        resolved); not to be re-challenged. Phentermine avoided (HTN).
        Comorbidities: DM2 on metformin + basal insulin (A1c 8.0 in 5/2026), HTN.
        Outcome: unsuccessful despite good attendance. Referred for bariatric surgery evaluation.
        """)
    c.note("endo-2026-09-15", "2026-09-15T10:00:00-04:00", "Endocrinology Office Note",
           "Dr. P. Gunawardena, Endocrinology", """
        ENDOCRINOLOGY - DIABETES
        68 y/o F, DM2 x9 years. A1c 8.4 (from 8.0) on metformin 1000 BID + glargine 34 units nightly.
        Fasting 150-190s, post-dinner 220s. No hypoglycemia.
        SGLT2i discussed - recurrent yeast infections in the past, declines. GLP-1 RA contraindicated
        (prior pancreatitis concern).
        Wt 217 lb (wheelchair scale). BMI: not calculated - no height on file.
        Complications: no retinopathy (6/2026), UACR 42 (mildly increased), monofilament reduced at toes.
        Plan: add prandial lispro 4 units with the largest meal; CGM ordered. Supports bariatric surgery
        evaluation for glycemic control. RTC 3 months.
        """)
    c.note("ortho-2026-08-20", "2026-08-20T09:00:00-04:00", "Orthopedic Surgery Note",
           "Dr. B. Sandoval, Orthopedic Surgery", """
        ORTHOPEDICS - FOLLOW-UP
        68 y/o F with bilateral end-stage knee OA (KL 4) with fixed flexion contractures of about 20 degrees
        each, non-ambulatory except standing pivot transfers since 2025; uses a manual wheelchair.
        Exam: ROM R 20-95, L 20-100, crepitus, no effusion. Skin intact.
        X-rays: bone-on-bone medial and patellofemoral compartments bilaterally.
        Assessment: not a TKA candidate at present given weight, poorly controlled diabetes and contractures;
        will re-evaluate after weight loss and glycemic improvement. Gel injections declined.
        Plan: continue PT for transfers and contracture stretching. RTC 6 months.
        """)
    c.note("surg-2026-10-28", "2026-10-28T14:00:00-04:00", "Bariatric Surgery Consultation",
           "Dr. J. Okwuosa, Bariatric Surgery", """
        BARIATRIC SURGERY CONSULTATION
        68 y/o F referred by Dr. Pillai after an unsuccessful 6-month physician-supervised program.
        Comorbidities: DM2 with hyperglycemia (A1c 8.4 on metformin + basal insulin), HTN (lisinopril),
        bilateral knee OA with flexion contractures - wheelchair for mobility since 2025.
        Vitals: Wt 98.4 kg on wheelchair scale. Height: unable to stand for stadiometer (contractures);
        no reliable prior height on file - BMI not calculated today. Will obtain estimated stature by the
        knee-height method at the pre-anesthesia visit on 12/2/26.
        BP 138/80.
        Assessment: severe obesity with poorly controlled DM2 and HTN; failed supervised medical
        management. Laparoscopic RYGB favored for diabetes remission.
        Plan: psychology and nutrition clearance; pre-anesthesia visit 12/2 (height estimate, airway);
        submit prior authorization.
        """)
    c.note("rd-2026-11-05", "2026-11-05T15:30:00-05:00", "Bariatric Dietitian Note",
           "A. Kerrigan, RD, Bariatric Nutrition", """
        <html><body>
        <p><b>BARIATRIC NUTRITION - INITIAL ASSESSMENT</b></p>
        <table border="1">
        <tr><td>Height</td><td>not obtained (non-ambulatory; estimate pending at pre-anesthesia visit)</td></tr>
        <tr><td>Weight</td><td>98.4 kg (10/28, wheelchair scale)</td></tr>
        <tr><td>BMI</td><td>unable to calculate</td></tr>
        </table>
        <p>Diet history: frequent sweetened beverages (3-4 cans of soda per day), evening grazing, 1-2 fast-food
        meals per week. Cooks for herself with help from her son, who shops for her.</p>
        <p>Education: protein goals, eliminating sugar-sweetened beverages, pre-operative diet, vitamin and
        mineral supplementation after surgery, eating slowly and stopping at fullness. Diabetes: carbohydrate
        consistency with the new prandial insulin; hypoglycemia recognition.</p>
        <p>Goals set: replace soda with water or sugar-free drinks; protein at breakfast daily.</p>
        <p>Next visit 3 weeks.</p>
        </body></html>
        """, ctype="text/html")
    c.note("anesth-2026-12-02", "2026-12-02T10:00:00-05:00", "Pre-anesthesia Evaluation",
           "Dr. L. Park, Anesthesiology", """
        PRE-ANESTHESIA EVALUATION
        Planned: laparoscopic RYGB (date pending). ASA III.
        Estimated height by knee-height method 157.5 cm; weight 98.4 kg; BMI 39.7.
        Airway: Mallampati III, neck circumference 41 cm, full dentition, adequate mouth opening, normal neck
        extension.
        Comorbidities: DM2 on insulin (A1c 8.4), HTN controlled on lisinopril, bilateral knee flexion
        contractures - positioning precautions and padding; transfers with assistance of one.
        STOP-BANG 4 - recommend sleep study before surgery.
        Plan: hold metformin the morning of surgery, half-dose glargine the night before, hold lisinopril the
        morning of surgery, VTE prophylaxis, post-op glucose protocol.
        """)
    case = {
        "id": "ba-bar-04", "patient": "patients/pa16.json",
        "request": {"service": RYGB,
                    "diagnoses": [dx("E66.01", "Morbid (severe) obesity due to excess calories"),
                                  dx("E11.65", "Type 2 diabetes mellitus with hyperglycemia")],
                    "payer": "medicare", "urgency": "standard", "date": "2026-11-17"},
        "gold": {"recommendation": "request_info", "policy": "NCD 100.1",
                 "evidence": ["Observation/weight-2026-10-28", "DocumentReference/surg-2026-10-28",
                              "Condition/t2dm", "DocumentReference/wm-2026-06-10"],
                 "missing": ["BMI|body mass index|height"],
                 "rationale": "Diabetes (named comorbidity) and an unsuccessful supervised program are documented, "
                              "but no height exists before the request, so BMI cannot be determined (98.4 kg is "
                              ">= 35 only if height <= 167.7 cm); the height estimate is scheduled 12/2."},
        "_traps": "no BMI or height before the request (weight alone, 98.4 kg, is not decisive); 'morbid obesity' "
                  "E66.01 code without a BMI; height estimate and BMI 39.7 dated AFTER the request must be ignored; "
                  "HTML dietitian table; ortho noise",
    }
    return case, c, "2026-12-03T08:00:00-05:00"


CASES = [bar01, bar02, bar03, bar04]
