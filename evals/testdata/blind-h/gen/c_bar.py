"""NCD 100.1 cases (bariatric surgery)."""
from lib import *

LAGB = {"system": CPT, "code": "43770", "display": "Laparoscopy, surgical, gastric restrictive procedure; placement of adjustable gastric restrictive device"}
RYGB = {"system": CPT, "code": "43644", "display": "Laparoscopy, surgical, gastric restrictive procedure; with gastric bypass and Roux-en-Y gastroenterostomy"}


def weight(c, id, when, val, unit="kg", note=None, method=None):
    ucum = {"kg": "kg", "lb": "[lb_av]"}[unit]
    return c.obs(id, cc(LOINC, "29463-7", "Body weight", "Weight"), when, ("Quantity", Q(val, unit, ucum)), category="vital-signs",
                 note=note, method=method)


def bar01():
    c = Chart("ph07", "ET", "https://fhir.piedmontmetro.example/fhir/R4", "https://fhir.piedmontmetro.example/CodeSystem/flowsheet-row", "NC")
    c.patient("Prichard", ["Dwayne", "E."], "male", "1960-04-11", "Gastonia", "28054", "PMH-7731904", line="611 Linwood Rd")
    c.practitioner("p-vasquez", "Vasquez-Roth", ["Elena"], prefix="Dr.", suffix="MD, FACS", qual="MD - General surgery / bariatric surgery")
    c.practitioner("p-obi", "Obi", ["Samuel"], prefix="Dr.", suffix="MD", qual="MD - Internal medicine, obesity medicine (ABOM)")
    c.practitioner("p-morrow", "Morrow", ["Jenna"], suffix="RDN, LDN", qual="Registered dietitian")

    c.condition("c-obes", "E66.01", "Morbid (severe) obesity due to excess calories", "2024-05-14 10:10", asserter="p-obi",
                snomed=("238136002", "Morbid obesity"))
    c.condition("c-t2dm", "E11.65", "Type 2 diabetes mellitus with hyperglycemia", "2012-08-20 09:00",
                snomed=("44054006", "Diabetes mellitus type 2"))
    c.condition("c-htn", "I10", "Essential (primary) hypertension", "2010-03-02 09:00")
    c.condition("c-osa", "G47.33", "Obstructive sleep apnea (adult) (pediatric)", "2019-06-25 09:00", note="On CPAP since 2019.")
    c.condition("c-oa", "M17.0", "Bilateral primary osteoarthritis of knee", "2018-11-14 09:00",
                note="Severe, uses wheelchair for distances; cannot stand unassisted > 1 min.")

    weight(c, "w-20240514", "2024-05-14 09:40", 118.0, method="Wheelchair scale (chair tare subtracted)")
    weight(c, "w-20241210", "2024-12-10 10:05", 115.2, method="Wheelchair scale (chair tare subtracted)")
    weight(c, "w-20251021", "2025-10-21 14:20", 119.6, method="Wheelchair scale (chair tare subtracted)")
    weight(c, "w-20260728", "2026-07-28 09:15", 112.4, method="Wheelchair scale (chair tare subtracted)")
    c.obs("l-a1c-0728", cc(LOINC, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "HbA1c"), "2026-07-28 10:30", ("Quantity", Q(8.3, "%")))
    c.medreq("m-sema", rx("1991302", "semaglutide", "semaglutide 1 mg/0.75 mL pen injector (weekly)"), "2025-03-04 11:00", status="stopped",
             dosage="0.25 mg SC weekly x4 wk, then 0.5 mg, then 1 mg weekly", requester="p-obi",
             status_reason="Persistent vomiting and dehydration (ED visit 08/2025); discontinued", validity=("2025-03-04 11:00", "2025-08-19 12:00"))
    c.medreq("m-metf", rx("6809", "metformin", "metformin 1000 mg tablet"), "2014-02-10 09:00", dosage="1000 mg PO BID")
    c.medreq("m-lisin", rx("29046", "lisinopril", "lisinopril 20 mg tablet"), "2015-06-01 09:00", dosage="20 mg PO daily")
    c.servreq("sr-pt-0728", {"text": "Physical therapy evaluation - mobility, pre-bariatric; include height measurement (supine / segmental)"},
              "2026-07-28 11:05", requester="p-vasquez", reason="Pre-operative mobility and anthropometrics", occurrence="2026-08-27 13:00")
    c.appointment("ap-pt-0827", "2026-07-28 11:10", "2026-08-27 13:00", "2026-08-27 14:00", "PT evaluation (pre-bariatric)",
                  service_text="Physical therapy")

    c.note("d-obmed-240514", "2024-05-14 11:20", "11488-4", "Consult note", "p-obi", """PIEDMONT METRO WEIGHT MANAGEMENT - INITIAL OBESITY MEDICINE CONSULT
05/14/2024   Samuel Obi, MD (ABOM)

64 y/o M referred by PCP for weight management. Weight gain of ~25 kg since knee OA worsened (2018), now uses a wheelchair outside the home. Comorbidities: T2DM (A1c 8.9% on metformin), HTN (lisinopril), OSA on CPAP (2019). Diet hx: large portions, sweet tea ~1 L/day, frequent fast food; no binge eating by BEDS-7.
Anthropometrics: weight 118.0 kg on wheelchair scale (chair tare subtracted). Height not obtained - patient cannot stand on stadiometer. BMI: not calculated. Waist: deferred.
Plan: enroll in our 6-month medically supervised weight management program - monthly MD/RD visits, 1,600 kcal plan, eliminate sugared beverages, chair-based exercise program with PT handout, food logging app. Consider GLP-1 RA if coverage allows.
""", title="Obesity medicine consult")

    c.note("d-rd-241210", "2024-12-10 10:40", "11506-3", "Progress note", "p-morrow", """MEDICAL NUTRITION THERAPY - FOLLOW-UP (visit 6 of 6, supervised program)
12/10/2024   Jenna Morrow, RDN, LDN

[carried forward from 11/12 visit] Goals: 1,600 kcal/day, no sugared beverages, food log 5 days/wk, chair exercises 20 min 5x/wk.
Progress: weight 115.2 kg today (wheelchair scale) vs 118.0 kg at start 05/14/2024 = -2.8 kg (-2.4%) over 7 months. Sweet tea stopped. Logs 2-3 days/wk. Chair exercises "some weeks". Reports night hunger and eating after 9 pm.
Assessment: program completed with modest loss, below 5% goal.
Plan: return to Dr. Obi to discuss pharmacotherapy.
""", title="Dietitian follow-up")

    c.note("d-obmed-251021", "2025-10-21 15:00", "11506-3", "Progress note", "p-obi", """<html><body>
<h3>Obesity Medicine Follow-up</h3>
<p>10/21/2025 &mdash; Samuel Obi, MD</p>
<p><b>Interval:</b> Semaglutide started 3/4/2025, titrated to 1 mg weekly by May. Lost to ~111 kg by July but developed persistent vomiting; ED visit 8/18/2025 for dehydration/AKI (Cr 1.9 &rarr; 1.1 after fluids). Semaglutide stopped 8/19/2025. Weight back up to <b>119.6 kg</b> today (wheelchair scale).</p>
<p><b>Summary of treatment to date:</b> 7-month medically supervised program (5/2024&ndash;12/2024) with monthly MD/RD visits: &minus;2.8 kg; GLP-1 RA 3/2025&ndash;8/2025: stopped for intolerance, weight regained. Phentermine not an option (HTN).</p>
<p><b>Anthropometrics:</b> height still not on file (cannot stand); BMI not calculated.</p>
<p><b>Assessment:</b> severe obesity with T2DM (A1c 8.4), HTN, OSA. Unsuccessful with supervised lifestyle therapy and pharmacotherapy.</p>
<p><b>Plan:</b> refer to bariatric surgery (Dr. Vasquez-Roth). Continue RD follow-up.</p>
</body></html>""", ctype="text/html", title="Obesity medicine follow-up")

    c.note("d-surg-260728", "2026-07-28 11:30", "11488-4", "Consult note", "p-vasquez", fixed([
        "PIEDMONT METRO BARIATRIC & METABOLIC SURGERY - NEW PATIENT CONSULTATION",
        "DATE: 07/28/2026      SURGEON: ELENA VASQUEZ-ROTH, MD, FACS",
        "PATIENT: PRICHARD, DWAYNE E    DOB 04/11/1960    MRN PMH-7731904",
        "-" * 76,
        "REFERRED BY: S. OBI MD (OBESITY MEDICINE)",
        "",
        "HPI: 66M w/ severe obesity, T2DM (A1c 8.3% today), HTN, OSA on CPAP,",
        "bilateral knee OA (wheelchair for distances). Completed 7-mo medically",
        "supervised program 2024 (-2.8 kg) and semaglutide 03-08/2025 (stopped for",
        "vomiting/AKI, weight regained). Wants surgery to improve DM and to qualify",
        "for knee replacement (ortho requires lower weight).",
        "",
        "VITALS: BP 138/84  HR 78  SPO2 96%",
        "  WT 112.4 KG (WHEELCHAIR SCALE, CHAIR TARE SUBTRACTED)",
        "  HT: ***        BMI: ***",
        "  (pt unable to stand for stadiometer; height to be measured supine /",
        "   segmental at PT eval 08/27)",
        "",
        "EXAM: obese abdomen, no hernias, prior lap chole scars healed. Bilateral",
        "knee crepitus, valgus.",
        "",
        "ASSESSMENT: obesity with T2DM, HTN, OSA; failed supervised medical",
        "weight-loss program and pharmacotherapy. Procedure options reviewed:",
        "RYGB, sleeve, adjustable band. Pt prefers adjustable gastric band",
        "(adjustable/reversible, no malabsorption - he takes many meds; also",
        "afraid of 'cutting the stomach'). Band risks discussed (slip, erosion,",
        "port problems, reoperation, less weight loss than RYGB).",
        "",
        "PLAN: LAPAROSCOPIC ADJUSTABLE GASTRIC BAND (43770). PSYCH EVAL 08/05,",
        "PT EVAL 08/27, UGI/EGD, LABS. SUBMIT PRIOR AUTHORIZATION.",
    ]), title="Bariatric surgery consult")

    c.note("d-psych-260805", "2026-08-05 16:10", "11488-4", "Consult note", "p-obi", """PRE-BARIATRIC PSYCHOLOGICAL EVALUATION - SUMMARY FOR SURGICAL TEAM
08/05/2026 (evaluation by Dr. R. Kinsey, PsyD; summary routed via Dr. Obi's office)

Cognitively intact; understands the band procedure, adjustments and lifelong follow-up. No active psychiatric illness. PHQ-9 4. No binge-eating disorder, no substance use disorder. Good family support (wife).
Recommendation: psychologically cleared for bariatric surgery.
""", title="Pre-bariatric psychology summary")

    # after the request date
    c.obs("h-20260827", cc(LOINC, "8302-2", "Body height", "Height"), "2026-08-27 13:25", ("Quantity", Q(175.3, "cm")), category="vital-signs",
          method="Supine, tape measure (PT)")
    c.note("d-pt-260827", "2026-08-27 14:15", "11506-3", "Progress note", "p-vasquez", """PHYSICAL THERAPY EVALUATION - PRE-BARIATRIC (08/27/2026)
Therapist: L. Okonjo, PT, DPT (co-signed for referring surgeon)
Height measured supine with tape: 175.3 cm. Using clinic weight 112.4 kg (07/28) BMI = 36.6 kg/m2.
Transfers: mod independent with arms. Gait: 30 ft with rollator, limited by knee pain. Recommend pre-hab 2x/wk.
""", title="PT evaluation")

    gold = {"recommendation": "request_info", "policy": "NCD 100.1",
            "evidence": ["Condition/c-t2dm", "MedicationRequest/m-sema", "DocumentReference/d-obmed-251021", "DocumentReference/d-surg-260728"],
            "missing": ["BMI|body mass index|height"],
            "rationale": "Covered procedure (LAGB); comorbidities (T2DM, HTN, OSA) and failed medical treatment documented; no height and no BMI on or before request date (weight 112.4 kg alone does not establish BMI >= 35; PT height is after the request)."}
    k = case("bh-bar-01", "patients/ph07.json", LAGB,
             [("E66.01", "Morbid (severe) obesity due to excess calories"), ("E11.65", "Type 2 diabetes mellitus with hyperglycemia"),
              ("I10", "Essential (primary) hypertension"), ("G47.33", "Obstructive sleep apnea (adult) (pediatric)")],
             "2026-08-19", gold, note="Lap adjustable gastric band. Failed supervised program and GLP-1.")
    return c, "2026-08-28 08:00", k


def bar02():
    c = Chart("ph08", "PT", "https://fhir.valleyoak.example/r4", "http://valleyoak.example/fhir/CodeSystem/local-obs", "CA")
    c.patient("Abernathy", ["Teresa", "Lynn"], "female", "1967-08-19", "Elk Grove", "95758", "VO-3390176", line="8841 Bruceville Rd")
    c.practitioner("arakawa", "Arakawa", ["Kenji"], prefix="Dr.", suffix="MD", qual="MD - Bariatric surgery")
    c.practitioner("baptiste", "Baptiste", ["Yvonne"], prefix="Dr.", suffix="MD", qual="MD - Family medicine")
    c.practitioner("ellery", "Ellery", ["Tamsin"], suffix="RD", qual="Registered dietitian")
    c.practitioner("haddad", "Haddad", ["Noor"], prefix="Dr.", suffix="PsyD", qual="PsyD - Health psychology")

    c.condition("cond-htn", "I10", "Essential (primary) hypertension", "2018-02-06 09:30", snomed=("38341003", "Hypertensive disorder"))
    c.condition("cond-prediab", "R73.03", "Prediabetes", "2024-01-10 09:30")
    c.condition("cond-obes", "E66.01", "Morbid (severe) obesity due to excess calories", "2019-05-21 09:30")
    c.condition("cond-gerd", "K21.9", "Gastro-esophageal reflux disease without esophagitis", "2020-08-11 09:30")
    c.condition("cond-mdd", "F33.1", "Major depressive disorder, recurrent, moderate", "2016-10-03 09:30", note="Stable on sertraline.")

    weight(c, "vs-wt-0108", "2026-01-08 09:12", 254, unit="lb", method="Standing scale")
    c.obs("vs-ht-0108", cc(LOINC, "8302-2", "Body height", "Height"), "2026-01-08 09:12", ("Quantity", Q(65, "in", "[in_i]")), category="vital-signs",
          method="Stadiometer")
    c.obs("vs-bp-0108", cc(LOINC, "85354-9", "Blood pressure panel with all children optional", "BP"), "2026-01-08 09:14", category="vital-signs",
          components=[{"code": cc(LOINC, "8480-6", "Systolic blood pressure"), "valueQuantity": Q(142, "mm[Hg]")},
                      {"code": cc(LOINC, "8462-4", "Diastolic blood pressure"), "valueQuantity": Q(86, "mm[Hg]")}],
          note="On amlodipine 10 mg and losartan 100 mg.")
    c.obs("lab-a1c-1215", cc(LOINC, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "HbA1c"), "2025-12-15 08:20", ("Quantity", Q(6.2, "%")))
    c.medreq("rx-amlo", rx("17767", "amlodipine", "amlodipine 10 mg tablet"), "2019-04-02 10:00", dosage="10 mg PO daily", requester="baptiste")
    c.medreq("rx-losar", rx("52175", "losartan", "losartan 100 mg tablet"), "2021-09-14 10:00", dosage="100 mg PO daily", requester="baptiste")
    c.medreq("rx-phen", rx("8152", "phentermine", "phentermine 37.5 mg tablet"), "2022-04-05 10:00", status="stopped", dosage="37.5 mg PO qAM",
             requester="baptiste", status_reason="Palpitations; discontinued after ~3 months", validity=("2022-04-05 10:00", "2022-07-12 10:00"))
    c.servreq("sr-hsat", {"text": "Home sleep apnea test"}, "2026-01-08 10:05", requester="arakawa", reason="Suspected OSA, STOP-BANG 4")
    c.fmh("fmh-mother", "2026-01-08 09:30", "MTH", "mother", "Type 2 diabetes mellitus; gastric bypass (2009)", sex="female")

    c.note("n-rd-0617", "2025-06-17 13:40", "11506-3", "Progress note", "ellery", """VALLEY OAK HEALTH - MEDICAL NUTRITION THERAPY
Supervised weight management program - visit 4 of 6
06/17/2025   Tamsin Ellery, RD

Wt 256.2 lb (standing scale).
Plan followed: 1,400 kcal/day, protein 80 g, walking goal 30 min/day (limited by plantar fasciitis - using stationary bike 2-3x/wk instead).
Food log reviewed (5 of 7 days): portions improved; weekend restaurant meals.
Weight trend this program: 254.6 (3/18) -> 255.0 (4/15) -> 253.8 (5/20) -> 256.2 today.
Plan: continue, add meal replacement at lunch, RTC 4 wk.
""", title="Dietitian visit")

    c.note("n-pcp-0930", "2025-09-30 11:25", "11506-3", "Progress note", "baptiste", """VALLEY OAK HEALTH - FAMILY MEDICINE
09/30/2025   Yvonne Baptiste, MD

Reason: end of 6-month supervised weight program; discuss next steps.

Program (3/2025-8/2025), monthly visits with me and RD Ellery:
  3/18 254.6 lb | 4/15 255.0 | 5/20 253.8 | 6/17 256.2 | 7/22 255.4 | 8/26 255.9
No meaningful weight loss despite adherence to visits, calorie plan and stationary-bike exercise. Prior attempts: phentermine 4/2022-7/2022 (stopped for palpitations, ~6 lb loss regained); commercial programs on her own 2015-2019 (self-reported). GLP-1 RA not covered on her plan.

HTN: on amlodipine 10 + losartan 100; BP 138/84 today. A1c 6.1 (prediabetes). GERD on omeprazole. Depression stable on sertraline.

A/P: obesity class III, previously unsuccessful medical treatment for obesity, with hypertension requiring two agents. Refer to bariatric surgery (Dr. Arakawa). Continue current meds.
""", title="Family medicine visit")

    c.note("n-bar-0108", "2026-01-08 10:30", "11488-4", "Consult note", "arakawa", """<html><body>
<h2>Bariatric Surgery Consultation</h2>
<p>Valley Oak Bariatric Center &bull; 01/08/2026 &bull; Kenji Arakawa, MD</p>
<table border="1" cellpadding="2">
<tr><th>Wt</th><th>Ht</th><th>BMI</th><th>BP</th><th>HR</th></tr>
<tr><td>254 lb</td><td>5' 5"</td><td>42.27</td><td>142/86</td><td>80</td></tr>
</table>
<p><b>HPI:</b> 58F (Medicare - disability) with class III obesity since her 30s. Comorbidities: hypertension on two agents, type 2 diabetes on metformin, GERD with nightly symptoms on PPI, suspected OSA (snoring, STOP-BANG 4). Completed a 6-month supervised program with PCP/RD 3-8/2025 without weight loss; phentermine 2022 stopped for palpitations.</p>
<p><b>Surgical hx:</b> C-section x2, no prior bariatric surgery. <b>FHx:</b> mother T2DM, had gastric bypass 2009.</p>
<p><b>Exam:</b> central adiposity, no hernia, no abdominal scars except Pfannenstiel.</p>
<p><b>Assessment/Plan:</b> good candidate for laparoscopic Roux-en-Y gastric bypass (preferred over sleeve because of GERD). Pre-op: psych eval, HST, EGD, labs, nutrition class. Submit prior auth after psych clearance.</p>
</body></html>""", ctype="text/html", title="Bariatric surgery consult")

    c.note("n-psy-0115", "2026-01-15 15:00", "11488-4", "Consult note", "haddad", """PRE-SURGICAL PSYCHOLOGICAL EVALUATION (BARIATRIC)
01/15/2026 - Noor Haddad, PsyD

Ms. Abernathy reports her current weight as "about 230" (she avoids scales at home). History of recurrent depression, stable on sertraline 100 mg for 3 years, PHQ-9 today 5. No binge eating disorder (BES 11), no purging, no substance use. Understands the lifestyle changes after gastric bypass; realistic expectations. Good support from husband and adult son.
Impression: no psychological contraindication. Cleared for bariatric surgery. Recommend continued therapy check-ins post-op.
""", title="Psychological evaluation")

    c.note("n-bar-0120-add", "2026-01-20 08:40", "11488-4", "Consult note", "arakawa", """ADDENDUM to Bariatric Surgery Consultation of 01/08/2026 - K. Arakawa MD - 01/20/2026

Correction: the HPI listed "type 2 diabetes on metformin" in error (carried over from the intake questionnaire). Patient does not have diabetes and is not on metformin: HbA1c 6.2% on 12/15/2025, problem list = prediabetes. OSA is suspected only; HST is ordered and not yet done.
Obesity-related comorbidity for this request: hypertension, on amlodipine 10 mg + losartan 100 mg. Other findings unchanged. Psych clearance received 01/15.
""", title="Addendum - consult correction", relates=("appends", "DocumentReference/n-bar-0108"))

    gold = {"recommendation": "approve", "policy": "NCD 100.1",
            "evidence": ["Observation/vs-wt-0108", "Observation/vs-ht-0108", "Condition/cond-htn", "DocumentReference/n-pcp-0930", "DocumentReference/n-bar-0120-add"],
            "missing": [],
            "rationale": "Covered procedure (lap RYGB). BMI 42.3 measured (254 lb, 65 in); comorbidity hypertension on two agents (diabetes listed in error and corrected; OSA unconfirmed); 6-month supervised program and phentermine unsuccessful. Self-reported 230 lb is not a measurement."}
    k = case("bh-bar-02", "patients/ph08.json", RYGB,
             [("E66.01", "Morbid (severe) obesity due to excess calories"), ("I10", "Essential (primary) hypertension")],
             "2026-01-27", gold, note="Lap RYGB. BMI 42, HTN.")
    return c, "2026-01-27 17:00", k


def build():
    return [bar01(), bar02()]
