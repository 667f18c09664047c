"""NCD 100.1 bariatric surgery cases (bd-bar-01..03)."""
from lib import Chart, case, gold, CPT

SVC_RYGB = ("43644", CPT, "Laparoscopic gastric bypass (Roux-en-Y), gastric restrictive procedure")
SVC_LAGB = ("43770", CPT, "Laparoscopic adjustable gastric restrictive device placement")


# ---------------------------------------------------------------------------------------------------------------
def bar01():
    """Approve: BMI 42.6, T2DM + OSA, documented failed supervised program incl. stopped semaglutide; program's
    pending psychological evaluation is not an NCD criterion; HTN entered in error."""
    c = Chart("pd10", -5, local_system="http://ehr.chesapeake-bmi.example/CodeSystem/vitals-local",
              org="Chesapeake Metabolic Surgery")
    c.patient("Pettiford", ["Shonda", "L"], "female", "1962-03-19", "CMS-2281045", "Salisbury", "MD")
    c.condition("obesity", "E66.01", "2019-08-14", text="Morbid obesity")
    c.condition("bmi40", "Z68.41", "2026-03-10", text="BMI 40.0-44.9, adult")
    c.condition("t2dm", "E11.9", "2017-05-22", text="Type 2 diabetes mellitus")
    c.condition("osa", "G47.33", "2021-02-08", text="Obstructive sleep apnea, on CPAP")
    c.condition("htn-eie", "I10", "2025-06-03", clinical=None, verification="entered-in-error", text="Hypertension",
                note="Entered in error at sleep clinic intake (BP 128/80); patient has no hypertension. Voided 6/4/2025.")
    c.condition("oa-knee", "M17.0", "2022-10-19", text="Bilateral primary knee osteoarthritis")
    c.obs("wt-2025-03-12", "Body weight", "2025-03-12", value=114.9, unit="kg", loinc="29463-7",
          category="vital-signs", time="08:40")
    c.obs("wt-2025-09-10", "Body weight", "2025-09-10", value=111.8, unit="kg", loinc="29463-7",
          category="vital-signs", time="08:40")
    c.obs("a1c-2026-02-20", "Hemoglobin A1c", "2026-02-20", value=7.6, unit="%", loinc="4548-4", time="07:55")
    c.obs("wt-2026-03-10", "Body weight", "2026-03-10", value=112.7, unit="kg", loinc="29463-7",
          category="vital-signs", time="13:05")
    c.obs("ht-2026-03-10", "Body height", "2026-03-10", value=162.6, unit="cm", loinc="8302-2",
          category="vital-signs", time="13:05")
    c.obs("bmi-2026-03-10", "Body mass index", "2026-03-10", value=42.6, unit="kg/m2", loinc="39156-5",
          category="vital-signs", time="13:05")
    c.med("metformin", "6809", "metformin ER 500 mg tablet", "2017-05-22", dose="1000 mg PO BID with meals")
    c.med("semaglutide", "1991302", "semaglutide 1 mg/0.75 mL pen", "2025-05-07", status="stopped",
          dose="0.25 mg weekly titrated to 1 mg weekly", validity=("2025-05-07", "2025-10-15"),
          reason="Weight management / T2DM", note="Discontinued 10/15/2025: persistent vomiting at 1 mg; regained weight.")
    c.sreq("psych-order", "Pre-bariatric psychological evaluation (program requirement)", "2026-03-10",
           requester="Marcus Hale, MD (Bariatric Surgery)", occurrence="2026-04-21")
    c.appt("appt-psych-2026-04-21", "Bariatric psychology evaluation", "2026-03-10", "2026-04-21", minutes=90)
    c.sreq("rygb-order", "Laparoscopic Roux-en-Y gastric bypass", "2026-04-06", code="43644",
           requester="Marcus Hale, MD (Bariatric Surgery)")

    c.note("note-sleep-2025-06-03", "Sleep Medicine Follow-up", "2025-06-03", "Ravi Sundaram, MD (Sleep Medicine)", """
SLEEP F/U -- 06/03/2025
OSA dx 2021 (PSG AHI 34/h). On CPAP 11 cm H2O. Download 30 d: 27/30 nights >= 4 h, avg 6.4 h, residual AHI 2.1.
Feels rested. Mask fit ok.
BP 128/80 today. (Intake listed "HTN" -- pt denies ever being diagnosed; not on meds; I have asked staff to remove.)
Weight 113 kg. Encouraged weight loss; pt enrolled in obesity medicine program (started 3/2025).
Dental: no TMJ issues. No insomnia complaints; ESS 5.
Plan: continue CPAP 11 cm H2O; new full-face cushion and supplies renewed; re-titrate if weight changes by
> 10%. F/u 1 yr.
""", time="09:50")
    c.note("note-obesity-2025-10-15", "Obesity Medicine Program Summary", "2025-10-15",
           "Tessa Morrow, MD (Obesity Medicine)", """
MEDICAL WEIGHT MANAGEMENT PROGRAM -- COMPLETION SUMMARY                  10/15/2025
Program: physician-supervised, 7 monthly visits 03/12/2025 - 10/15/2025, plus 6 registered dietitian visits
(1,500 kcal/day plan, food logs reviewed), activity prescription (aquatic exercise 3x/wk -- limited by knee OA),
behavioral counseling (group sessions x 8).

Pharmacotherapy: semaglutide started 5/7/2025 and titrated to 1 mg weekly; persistent vomiting at 1 mg despite
dose holds; discontinued 10/15/2025. (Phentermine not used -- pt declined.)

Weights: 114.9 kg (3/12) -> nadir 110.2 kg (7/30) -> 111.8 kg (9/10) -> 112.4 kg today.
Net: -2.5 kg (2.2%) over 7 months despite good attendance and engagement.

Assessment: unsuccessful medically supervised weight management. Comorbidities: T2DM (A1c 7.4-7.8%), OSA on CPAP,
knee OA. Refer to bariatric surgery for evaluation.
""", time="15:10")
    c.note("note-pcp-2026-02-20", "Primary Care Progress Note", "2026-02-20", "Loretta Gaines, NP (Family Medicine)", """
FM VISIT 02/20/2026 -- DM f/u
A1c 7.6% (was 7.8%). On metformin 1000 bid; GLP-1 stopped 10/2025 for vomiting. Declines insulin for now;
discussed SGLT2 inhibitor -- pt prefers to wait for surgical evaluation.
Foot exam normal monofilament, pulses 2+. Eye exam 11/2025 no retinopathy. BP 126/78 (no HTN). Lipids: LDL 96,
TG 188. UACR 12 (normal). eGFR > 90.
Knee OA: PT exercises, acetaminophen prn; ortho says TKA would be safer after weight loss.
Bariatric consult 3/10 -- pt motivated. Continue metformin. RTC 3 mo.
""", time="10:30")
    c.note("note-bariatric-2026-03-10", "Bariatric Surgery Consult", "2026-03-10", "Marcus Hale, MD (Bariatric Surgery)", """
BARIATRIC SURGERY -- NEW PATIENT CONSULT                                     03/10/2026
Referred by Dr. Morrow (Obesity Medicine).

HPI: 63F with obesity since her 30s, T2DM (dx 2017, metformin; A1c 7.6%), OSA on CPAP since 2021, bilateral knee
OA limiting activity. Completed a 7-month physician-supervised weight management program in 2025 (monthly
physician visits, RD visits, behavioral groups, semaglutide 5/2025-10/2025 stopped for intolerance) with net loss
of 2.5 kg, since regained. Prior attempts: commercial programs in 2010s.
No history of binge eating; no purging. No alcohol or tobacco. No prior abdominal surgery except C-section 1991.

PMH: T2DM, OSA, knee OA, GERD-like sx occasionally (no PPI). No HTN (entered in error at sleep clinic 2025).
Meds: metformin ER 1000 bid.

Exam: Ht 162.6 cm, Wt 112.7 kg, BMI 42.6. BP 124/78. Abdomen obese, soft, healed Pfannenstiel.

Assessment: Class III obesity (BMI 42.6) with obesity-related comorbidities T2DM and OSA; unsuccessful with
supervised medical treatment. Good candidate for laparoscopic Roux-en-Y gastric bypass (preferred over sleeve given
T2DM and reflux symptoms). Procedure, risks (leak, bleeding, stricture, marginal ulcer, internal hernia,
nutritional deficiencies, ~0.1-0.3% mortality), and lifelong supplementation discussed.

Program steps before scheduling a date: psychological evaluation (booked 4/21), nutrition class x2, EGD, labs
(CBC, CMP, iron, B12, vit D, PTH). Surgery date will be set once our program checklist is complete.
Submitting for authorization now.
""", loinc="11488-4", time="14:00")

    # after the request date (must be ignored)
    c.note("note-psych-2026-04-21", "Psychology Evaluation", "2026-04-21", "Noelle Ardent, PsyD (Health Psychology)", """
PRE-SURGICAL PSYCHOLOGICAL EVALUATION -- BARIATRIC PROGRAM -- 04/21/2026
Clinical interview (75 min), BES, PHQ-9, GAD-7, AUDIT-C.
PHQ-9 6 (mild), GAD-7 4, AUDIT-C 0. Binge Eating Scale 29 (moderate-severe range); pt describes 2-3 loss-of-control
eating episodes per week over the past 4 months, increased since stopping semaglutide.
Impression: binge-eating pattern, moderate. Understanding of the procedure and post-operative diet is good; family
support adequate.
Recommendation: not yet cleared by our program -- 8-12 sessions of CBT for binge eating, then re-evaluation for
clearance (anticipated 3 months). Discussed with Dr. Hale; pt accepts.
""", time="16:00")

    cs = case("bd-bar-01", "pd10", SVC_RYGB, ["E66.01", "Z68.41", "E11.9", "G47.33"], "2026-04-07",
              gold("approve", "NCD 100.1",
                   ["Observation/bmi-2026-03-10", "Condition/t2dm", "Condition/osa",
                    "DocumentReference/note-obesity-2025-10-15", "DocumentReference/note-bariatric-2026-03-10"],
                   "Laparoscopic RYGBP is a nationally covered procedure. BMI 42.6 (>= 35); obesity-related comorbidities "
                   "T2DM (A1c 7.6%) and OSA on CPAP; previously unsuccessful with medical treatment (7-month physician-"
                   "supervised program with dietitian, behavioral therapy and semaglutide stopped for intolerance; net "
                   "-2.5 kg, regained). The pending psychological evaluation and nutrition classes are the surgical "
                   "program's own steps, not NCD criteria; the 4/21/2026 psychology evaluation is after the request and does not "
                   "exist for the case. HTN was entered in error."),
              note="Lap RYGB. BMI 42.6, T2DM, OSA, failed supervised weight program.")
    return c, cs


# ---------------------------------------------------------------------------------------------------------------
def bar02():
    """Refer: BMI 37.4 (from lb/in) and failed program, but no obesity-related comorbidity: the 'T2DM' the surgeon
    cites was refuted by endocrinology (steroid hyperglycemia), PSG negative, normotensive."""
    c = Chart("pd11", -6, local_system="http://fhir.heartland-surg.example/CodeSystem/obs",
              org="Heartland Surgical Associates")
    c.patient("Marchetti", ["Gideon", "P"], "male", "1960-11-08", "HSA-4410937", "Omaha", "NE")
    c.condition("obesity", "E66.01", "2024-01-16", text="Severe obesity")
    c.condition("bmi37", "Z68.37", "2026-06-30", text="BMI 37.0-37.9, adult")
    c.condition("t2dm-ref", "E11.9", "2023-09-20", clinical="inactive", verification="refuted",
                text="Type 2 diabetes mellitus",
                note="Refuted by endocrinology 5/8/2026: hyperglycemia 9/2023 occurred only during a prednisone course; "
                     "A1c 5.4% and 5.3% off steroids; never treated. Removed from problem list.")
    c.condition("hypergly", "R73.9", "2023-09-20", clinical="resolved", abatement="2023-11-15",
                text="Hyperglycemia, steroid-induced")
    c.condition("contact-derm", "L23.7", "2023-09-05", clinical="resolved", abatement="2023-09-30",
                text="Allergic contact dermatitis due to plants (poison ivy), severe")
    c.condition("rhinitis", "J30.2", "2011-04-12", text="Seasonal allergic rhinitis")
    c.condition("vitd", "E55.9", "2025-11-12", text="Vitamin D deficiency")
    c.med("prednisone", "8640", "prednisone 20 mg tablet", "2023-09-05", status="completed",
          dose="60 mg daily tapered over 14 days", validity=("2023-09-05", "2023-09-19"), reason="Severe poison ivy")
    c.med("phentermine", "8152", "phentermine 37.5 mg tablet", "2025-03-04", status="stopped",
          dose="18.75 mg daily", validity=("2025-03-04", "2025-08-26"), reason="Weight management",
          note="Stopped: palpitations, minimal weight loss.")
    c.obs("a1c-2023-09-20", "Hemoglobin A1c", "2023-09-20", value=6.9, unit="%", loinc="4548-4", time="08:10")
    c.obs("a1c-2025-11-12", "Hemoglobin A1c", "2025-11-12", value=5.4, unit="%", loinc="4548-4", time="08:05")
    c.obs("a1c-2026-05-08", "Hemoglobin A1c", "2026-05-08", value=5.3, unit="%", loinc="4548-4", time="08:20")
    c.obs("fpg-2026-05-08", "Glucose, fasting", "2026-05-08", value=94, unit="mg/dL", loinc="1558-6", time="08:20")
    c.obs("psg-ahi-2025-12-10", "PSG apnea-hypopnea index (4% rule)", "2025-12-10", value=3.2, unit="/h",
          local="SLEEP-AHI", category="procedure", time="22:30")
    c.obs("bp-2026-06-30", "Blood pressure", "2026-06-30", loinc="85354-9", category="vital-signs", time="10:50",
          components=[c.comp("Systolic blood pressure", 126, "mm[Hg]", loinc="8480-6"),
                      c.comp("Diastolic blood pressure", 78, "mm[Hg]", loinc="8462-4")])
    c.obs("wt-2026-06-30", "Body weight", "2026-06-30", value=260.6, unit="[lb_av]", loinc="29463-7",
          category="vital-signs", time="10:50")
    c.obs("ht-2026-06-30", "Body height", "2026-06-30", value=70, unit="[in_i]", loinc="8302-2",
          category="vital-signs", time="10:50")
    c.obs("bmi-2026-06-30", "Body mass index", "2026-06-30", value=37.4, unit="kg/m2", loinc="39156-5",
          category="vital-signs", time="10:50")

    c.note("note-wm-2025-09-02", "Weight Management Summary", "2025-09-02", "Yolanda Brisco, MD (Obesity Medicine)", """
WEIGHT MANAGEMENT CLINIC -- 6-MONTH SUMMARY                              09/02/2025
Enrolled 03/04/2025. Monthly physician visits x 6, RD visits x 4, 1,600 kcal plan, walking program 150 min/wk.
Phentermine 18.75 mg 3/4-8/26/2025, stopped for palpitations with ~1.5 kg loss.
Weight 264 lb (3/4) -> 258 lb (6/10) -> 263 lb (9/2). Net: no meaningful loss.
Food logs: adherent about 60% of days; night snacking identified; met with behavioral health x 2.
Assessment: unsuccessful medical weight management. Pt interested in surgery. Labs: A1c 5.6 (6/2025),
lipids normal. Needs sleep study (snoring) before surgical referral.
""", time="11:00")
    c.note("note-sleep-2025-12-12", "Sleep Medicine Note", "2025-12-12", "Farid Azizi, MD (Sleep Medicine)", """
SLEEP MEDICINE -- PSG RESULTS 12/12/2025
In-lab PSG 12/10/2025: TST 6 h 22 min, sleep efficiency 84%. AHI 3.2/h (4% rule), RDI 4.1/h. SpO2 nadir 90%.
No periodic limb movements of significance. Supine sleep 48% of TST; supine AHI 5.0/h.
Referred by weight management for snoring prior to possible bariatric surgery. ESS 6.
Impression: no obstructive sleep apnea. Snoring -- primary. Positional advice; no CPAP indicated. Weight loss would
likely reduce snoring. No further sleep testing needed unless symptoms change.
""", time="14:20")
    c.note("note-endo-2026-05-08", "Endocrinology Consult", "2026-05-08", "Marguerite Olsen, MD (Endocrinology)", """
ENDOCRINOLOGY CONSULT -- 05/08/2026
Reason: "Type 2 diabetes -- optimize before bariatric surgery" (per bariatric intake problem list).

Review: "T2DM" was added to his problem list 9/20/2023 when a random glucose was 212 and A1c 6.9% -- drawn on
day 15 of a prednisone 60 mg taper for severe poison ivy. He was never started on diabetes medication. Subsequent
values off steroids: A1c 5.6% (6/2025), 5.4% (11/2025), and today 5.3% with fasting glucose 94 mg/dL.

Assessment: He does NOT have diabetes mellitus. The 2023 hyperglycemia was steroid-induced and resolved. Does not
meet criteria for prediabetes either. I have removed type 2 diabetes from the problem list (refuted).
BP today 124/80, not on antihypertensives; lipids normal 11/2025; TSH normal.
Plan: no diabetes treatment; routine screening every 3 years. Vitamin D 2000 IU daily.
""", loinc="11488-4", time="09:45")
    c.note("note-bariatric-2026-06-30", "Bariatric Surgery Consult", "2026-06-30",
           "Preston Kimura, MD (Bariatric Surgery)", """
BARIATRIC SURGERY CONSULT -- 06/30/2026
65M referred by Dr. Brisco. Wt 260.6 lb, Ht 5'10" (70 in), BMI 37.4. Failed 6-month supervised program 2025 incl.
phentermine.
Comorbidities: type 2 diabetes (problem list), snoring, seasonal allergies, vitamin D deficiency.
No joint disease. Denies reflux. BP 126/78 -- not on meds.
PSG 12/2025 -- no OSA.
Assessment: BMI 37.4 with T2DM -- candidate for lap RYGB. Discussed procedure and risks.
Plan: nutrition/psych per program; submit for authorization. Endo note from 5/8 requested for "DM optimization".
""", loinc="11488-4", time="11:30")
    c.note("lmn-2026-07-10", "Letter of Medical Necessity", "2026-07-10", "Preston Kimura, MD (Bariatric Surgery)", """
LETTER OF MEDICAL NECESSITY -- laparoscopic Roux-en-Y gastric bypass (43644)
Patient: Gideon Marchetti  DOB 11/08/1960

Mr. Marchetti has a BMI of 37.4 kg/m2 with the obesity-related comorbidity of type 2 diabetes mellitus and has
been unsuccessful with a medically supervised weight loss program including pharmacotherapy (phentermine). He has
completed our program's nutrition education and is scheduled for psychological evaluation. He meets all Medicare
criteria for bariatric surgery under NCD 100.1. We respectfully request authorization for laparoscopic Roux-en-Y
gastric bypass at Heartland Surgical Hospital.

Preston Kimura, MD, FACS
""", time="09:00")

    cs = case("bd-bar-02", "pd11", SVC_RYGB, ["E66.01", "Z68.37", "E11.9"], "2026-07-14",
              gold("refer", "NCD 100.1",
                   ["DocumentReference/note-endo-2026-05-08", "Observation/a1c-2026-05-08",
                    "Observation/psg-ahi-2025-12-10", "DocumentReference/note-bariatric-2026-06-30",
                    "DocumentReference/lmn-2026-07-10"],
                   "BMI 37.4 (260.6 lb, 70 in) and previously unsuccessful medical treatment are documented, but no "
                   "obesity-related comorbidity is: the T2DM the surgeon relies on was refuted by endocrinology on "
                   "5/8/2026 (steroid-induced hyperglycemia in 2023; A1c 5.3-5.4% off steroids), PSG shows no OSA "
                   "(AHI 3.2), and he is normotensive with normal lipids. The letter's 'meets all criteria' conflicts with "
                   "the record. Physician review."),
              note="Lap RYGB, BMI 37.4 with T2DM. Meets NCD 100.1.")
    return c, cs


# ---------------------------------------------------------------------------------------------------------------
def bar03():
    """Request info: wheelchair user, weight from wheelchair scale minus tare (103.7 kg), no height anywhere, BMI
    never calculated; recumbent length booked after the request."""
    c = Chart("pd12", -5, local_system="http://ehr.tidewater-rs.example/CodeSystem/flowsheet",
              org="Tidewater Rehabilitation and Surgical")
    c.patient("Abernathy", ["Corliss", "D"], "male", "1966-05-25", "TRS-7781260", "Norfolk", "VA")
    c.condition("paraplegia", "G82.21", "2009-07-18", onset="2009-06-30", text="Complete paraplegia, T10 SCI (2009)")
    c.condition("wheelchair", "Z99.3", "2009-07-18", text="Wheelchair dependence")
    c.condition("t2dm", "E11.65", "2014-02-03", text="Type 2 diabetes mellitus with hyperglycemia")
    c.condition("obesity", "E66.01", "2024-03-19", text="Severe obesity")
    c.condition("nbladder", "N31.9", "2009-07-18", text="Neurogenic bladder (intermittent catheterization)")
    c.obs("a1c-2026-07-21", "Hemoglobin A1c", "2026-07-21", value=8.4, unit="%", loinc="4548-4", time="08:10")
    c.obs("wt-gross-2026-08-04", "Weight, wheelchair scale (patient + wheelchair)", "2026-08-04", value=131.6,
          unit="kg", local="WT-WC-GROSS", category="vital-signs", time="13:20")
    c.obs("wt-2026-08-04", "Body weight", "2026-08-04", value=103.7, unit="kg", loinc="29463-7",
          category="vital-signs", time="13:20",
          note="Calculated: wheelchair scale 131.6 kg minus chair tare 27.9 kg (chair weighed empty 8/4/2026).")
    c.med("glargine", "274783", "insulin glargine 100 units/mL pen", "2019-10-07", dose="38 units SC nightly")
    c.med("metformin", "6809", "metformin 1000 mg tablet", "2014-02-03", dose="1000 mg PO BID")
    c.med("liraglutide", "475968", "liraglutide 3 mg/0.5 mL pen (weight management dose)", "2025-02-03",
          status="stopped", dose="titrated to 3 mg SC daily", validity=("2025-02-03", "2025-07-28"),
          note="Stopped 7/28/2025: nausea and weight plateau.")
    c.appt("appt-pt-2026-09-02", "PT: recumbent length / knee-height measurement for BMI", "2026-08-04",
           "2026-09-02", who="Shira Goldbaum, DPT (Physical Therapy)", minutes=45)
    c.sreq("lagb-order", "Laparoscopic adjustable gastric band", "2026-08-20", code="43770",
           requester="Hollis Grant, MD (Bariatric Surgery)")
    # after the request date (must be ignored)
    c.obs("ht-2026-09-02", "Body length, recumbent", "2026-09-02", value=172, unit="cm", loinc="8306-3",
          category="vital-signs", time="10:30")

    c.note("note-wtprog-2025-08-12", "Weight Management Program Summary", "2025-08-12",
           "Esther Vo, MD (Physical Medicine and Rehabilitation)", """
SCI WEIGHT MANAGEMENT PROGRAM -- SUMMARY                                  08/12/2025
Participant: Corliss Abernathy (T10 ASIA A paraplegia since 2009)
Program 02/03/2025 - 08/12/2025: monthly physiatry visits, SCI-trained dietitian x 6 (1,700 kcal plan adapted to
lower energy expenditure of SCI), arm-ergometer program 3x/wk, liraglutide 2/2025 -> 3 mg (stopped 7/28 for nausea
and plateau).
Weights (wheelchair scale, chair tare subtracted): 106.2 kg -> 104.1 kg (5/2025) -> 105.0 kg today.
Net -1.2 kg. Assessment: unsuccessful despite good adherence. Discussed surgical referral.
Note: BMI not reported -- height has not been measured since the injury (no standing height possible); recumbent
length or knee-height estimate would be needed.
""", time="15:00")
    c.note("note-pcp-2026-07-21", "Primary Care Progress Note", "2026-07-21", "Ogechi Nwosu, MD (Internal Medicine)", """
IM VISIT 07/21/2026
59M T10 paraplegia, T2DM (A1c 8.4 today, up from 7.9), neurogenic bladder on CIC. No pressure injuries -- skin
check sacrum/ischials intact. BP 128/76.
Vitals: Wt -- not obtained today (wheelchair scale broken). Ht -- not on file. BMI: --
DM: increase glargine to 38 u; continue metformin. GLP-1 stopped last year (nausea).
Shoulders: bilateral rotator cuff tendinopathy from transfers -- PT referral.
Bariatric surgery consult 8/4 -- pt very motivated ("I need to be able to transfer on my own").
""", time="11:20")
    c.note("note-bariatric-2026-08-04", "Bariatric Surgery Consult", "2026-08-04", "Hollis Grant, MD (Bariatric Surgery)", """
BARIATRIC SURGERY CONSULTATION                                             08/04/2026
Referred by Dr. Nwosu / SCI program.

HPI: 60M with complete T10 paraplegia since a 2009 motorcycle accident, T2DM on insulin + metformin (A1c 8.4%),
neurogenic bladder. Progressive weight gain since injury; transfers increasingly difficult, and his shoulder pain
is worse. Completed a 6-month supervised SCI weight program (2/2025-8/2025) with dietitian, arm ergometry and
liraglutide, net -1.2 kg. No prior abdominal surgery. No tobacco. Alcohol rare.

Vitals: BP 130/78, HR 76. Weight: wheelchair scale 131.6 kg; chair weighed empty 27.9 kg -> body weight 103.7 kg.
Height: unable to obtain standing height; no recumbent length on file; patient does not know his current height.
BMI: unable to calculate today.

Exam: central adiposity, abdomen soft, no hernias. Upper-extremity strength 5/5. Skin intact.

Assessment: obesity with T2DM in a wheelchair user; unsuccessful with supervised medical weight management.
Laparoscopic adjustable gastric band preferred by patient (reversible; concerns about malabsorption with his bowel
program). Discussed band-specific risks (slippage, erosion, port problems, need for adjustments) and that weight
loss is typically less than with bypass.

Plan: PT appointment 9/2 for recumbent length and knee-height measurement so BMI can be calculated; RD visit;
psychology; submit for authorization.
""", loinc="11488-4", time="14:10")
    # after the request date (must be ignored)
    c.note("note-pt-2026-09-02", "Physical Therapy Note", "2026-09-02", "Shira Goldbaum, DPT (Physical Therapy)", """
PHYSICAL THERAPY -- anthropometrics 09/02/2026
Referred by Dr. Grant (bariatric surgery) for height estimate; standing height not possible (T10 complete SCI).
Transfer wheelchair -> mat table with slide board, independent. Positioned supine, hips/knees extended passively
(mild hip flexion contracture ~10 deg bilaterally, corrected with gentle pressure).
Recumbent length (segmental tape, vertex to heel): 172 cm. Knee height (caliper, L leg) 54.5 cm -> estimated stature
171 cm (Chumlea equation, white male 60 y).
Using 172 cm and weight 103.7 kg (8/4): BMI 35.1. Results sent to Dr. Grant.
""", time="11:00")

    cs = case("bd-bar-03", "pd12", SVC_LAGB, ["E66.01", "E11.65", "G82.21"], "2026-08-25",
              gold("request_info", "NCD 100.1",
                   ["Observation/wt-2026-08-04", "DocumentReference/note-bariatric-2026-08-04", "Condition/t2dm",
                    "DocumentReference/note-wtprog-2025-08-12", "Appointment/appt-pt-2026-09-02"],
                   "LAGB is a covered procedure. T2DM is a comorbidity and the supervised SCI weight program with "
                   "liraglutide was unsuccessful. BMI >= 35 is not documented: body weight 103.7 kg (wheelchair scale "
                   "131.6 minus 27.9 kg tare) but no height anywhere, so BMI was never calculated; BMI >= 35 needs height "
                   "<= about 172 cm. Recumbent length is booked for 9/2 (after the request); the 9/2 measurement does not "
                   "exist for the case. Ask for height/BMI.",
                   missing=["height|BMI|body mass index"]),
              note="Lap band. Severe obesity with T2DM, failed medical weight management.")
    return c, cs


CASES = [bar01, bar02, bar03]
