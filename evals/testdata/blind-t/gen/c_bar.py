"""NCD 100.1 cases (bariatric surgery)."""
from fhirlib import *

SVC = {"system": CPT, "code": "43644", "display": "Laparoscopic gastric bypass, Roux-en-Y"}


def bar_01():
    """approve"""
    c = Chart("bt-p06", "bt-p06", "Denise Marie", "Kowalczyk", "female", "1959-04-14", city="Springfield", mrn="LH8820456")
    c.practitioner("haddad", "Noor", "Haddad", "MD, Obesity Medicine / Internal Medicine", "Dr.")
    c.practitioner("pruitt", "Ellen", "Pruitt", "RDN, LD")
    c.practitioner("garrison", "Mark", "Garrison", "MD, Family Medicine (PCP)", "Dr.")
    c.practitioner("arroyo", "Felipe", "Arroyo", "MD, General & Bariatric Surgery", "Dr.")
    c.practitioner("kaur", "Simran", "Kaur", "PsyD, Clinical Psychology")
    c.practitioner("lam", "Victor", "Lam", "MD, Dermatology", "Dr.")

    c.condition("cond-t2dm", "E11.65", "2017-05-09", onset="2017", asserter="garrison")
    c.condition("cond-htn", "I10", "2014-02-11", asserter="garrison")
    c.condition("cond-osa", "G47.33", "2021-08-30", asserter="garrison", note="PSG 8/2021 AHI 34; on CPAP, adherent.")
    c.condition("cond-obesity", "E66.01", "2023-11-07", asserter="haddad")
    c.condition("cond-oa", "M17.0", "2020-06-01", asserter="garrison")
    c.condition("cond-sk", "L82.1", "2025-10-21", asserter="lam")

    def vit(tag, date, wt, ht, bmi, perf):
        c.obs("wt-" + tag, WT, date, wt, "kg", category="vital-signs", performer=perf)
        if ht:
            c.obs("ht-" + tag, HT, date, ht, "cm", category="vital-signs", performer=perf)
        if bmi:
            c.obs("bmi-" + tag, BMI, date, bmi, "kg/m2", ucum="kg/m2", category="vital-signs", performer=perf)
    vit("2023-11-07", dt("2023-11-07", "08:40"), 99.0, 164.5, 36.6, ["Practitioner/haddad"])
    vit("2024-05-14", dt("2024-05-14", "08:35"), 92.1, None, 34.0, ["Practitioner/haddad"])
    vit("2025-09-16", dt("2025-09-16", "10:05"), 95.4, None, 35.3, ["Practitioner/garrison"])
    vit("2026-02-18", dt("2026-02-18", "13:15"), 97.2, 164.0, 36.1, ["Practitioner/arroyo"])
    c.obs("a1c-2026-01-22", A1C, dt("2026-01-22", "07:45"), 8.1, "%")
    c.obs("a1c-2025-09-10", A1C, dt("2025-09-10", "07:50"), 7.9, "%")
    bp(c, "bp-2026-02-18", dt("2026-02-18", "13:15"), 142, 88, ["Practitioner/arroyo"])

    c.med("med-metformin", "metformin 1000 mg tablet", "2017-05-09", rxnorm=("6809", "metformin"), dosage="1000 mg PO BID")
    c.med("med-glipizide", "glipizide 5 mg tablet", "2022-03-15", rxnorm=("4821", "glipizide"), dosage="5 mg PO daily")
    c.med("med-lisinopril", "lisinopril 20 mg tablet", "2014-02-11", rxnorm=("29046", "lisinopril"), dosage="20 mg PO daily")
    c.med("med-sema", "semaglutide 0.5 mg/0.375 mL pen injector", "2024-08-06", status="stopped",
          rxnorm=("1991302", "semaglutide"), dosage="0.25 mg SC weekly x4 then 0.5 mg weekly", requester="garrison",
          start="2024-08-06", end="2025-03-11",
          status_reason="Persistent vomiting with two ED visits for dehydration/AKI; discontinued")

    c.doc("wtmgmt-2024-05-14", "11506-3", dt("2024-05-14", "09:30"), ["Practitioner/haddad", "Practitioner/pruitt"], """LARKSPUR MEDICAL WEIGHT MANAGEMENT PROGRAM - PROGRAM COMPLETION SUMMARY
Physician: N. Haddad MD     Dietitian: E. Pruitt RDN

Enrolled 11/07/2023 (BMI 36.6, wt 99.0 kg, ht 164.5 cm). Physician-supervised, 6 monthly visits with
physician + RDN, plus group classes (attended 9/12).
Interventions: 1400 kcal/d meal plan w/ food logs, 150 min/wk activity goal (limited by knees - aquatic
program), behavioral counseling. Anti-obesity meds: phentermine considered, not used (HTN).

Weights: 11/07 99.0 | 12/12 97.4 | 1/16 95.9 | 2/20 94.6 | 3/26 93.0 | 4/23 92.5 | 5/14 92.1 kg
Total loss 6.9 kg (7.0%), plateau since March despite adherence.

Assessment: completed 6-month supervised program; modest loss, plateaued. T2DM not improved (A1c 8.0 -> 7.8).
Recommend: GLP-1 RA per PCP, and bariatric surgery referral if not at goal.
""", description="Medical weight management program summary")
    c.doc("pcp-2025-03-11", "11506-3", dt("2025-03-11", "14:00"), ["Practitioner/garrison"], """PCP visit - M. Garrison MD
F/u after 2nd ED visit (3/6) for vomiting/dehydration, Cr 1.6 -> 1.0 with IVF.
On semaglutide since 8/2024, reached 0.5 mg; nausea/vomiting never settled, lost ~3 kg total, then regained.
Stopping semaglutide - intolerance. Discussed options; she wants to talk to a surgeon "before I get worse".
A1c 7.6. Continue metformin, glipizide.
""", description="PCP visit")
    c.doc("pcp-2025-09-16", "11506-3", dt("2025-09-16", "10:30"), ["Practitioner/garrison"], """PCP visit - M. Garrison MD
Wt 95.4 kg, BMI 35.3 - regained after program and stopping GLP-1. A1c 7.9. BP 138/86 on lisinopril.
OSA on CPAP, using nightly. Knees worse.
Referral: bariatric surgery (Dr Arroyo) - she is motivated.
""", description="PCP visit")
    c.doc("derm-2025-10-21", "11506-3", dt("2025-10-21", "15:20"), ["Practitioner/lam"], """Dermatology - V. Lam MD
Several stuck-on pigmented papules trunk - seborrheic keratoses, benign. Reassurance. Cryo x2 irritated lesions.
Full skin exam otherwise unremarkable. RTC PRN.
""", description="Dermatology visit")
    c.encounter("enc-surg", "AMB", dt("2026-02-18", "13:00"), dt("2026-02-18", "13:50"), "Bariatric surgery consult", ["arroyo"])
    c.doc("bariatric-consult-2026-02-18", "11488-4", dt("2026-02-18", "14:20"), ["Practitioner/arroyo"], """BARIATRIC SURGERY CONSULTATION - F. Arroyo MD
Referring: M. Garrison MD

HPI: 66F with obesity since her 40s, BMI 34 (5/2024), T2DM, HTN, OSA on CPAP, bilateral knee OA, referred for
surgical weight loss. Completed Dr Haddad's 6-month physician-supervised program 11/2023-5/2024 (-6.9 kg,
plateau) then semaglutide 8/2024-3/2025 stopped for intolerance (vomiting, 2 ED visits). Weight has come back.
Highest adult wt 101 kg.

Vitals today: Ht 164 cm, Wt 97.2 kg, BMI 36.1. BP 142/88.
Labs: A1c 8.1% (1/2026).

Comorbidities: T2DM on metformin + glipizide, not at goal. HTN. OSA (AHI 34) on CPAP. Knee OA.
PSH: hysterectomy 2004 (open), cholecystectomy 2010 (lap).

Assessment: Class II obesity (BMI 36.1) with T2DM, HTN and OSA; previously unsuccessful with supervised
medical weight management and pharmacotherapy. Good candidate for laparoscopic RYGB (preferred over sleeve
given GERD risk and diabetes).

Plan: lap RYGB. Pre-op: psych eval, RDN pre-op education, EGD, labs, CPAP settings to OR. Submit auth.
""", description="Bariatric surgery consultation", encounter="enc-surg")
    c.doc("psych-2026-02-25", "11488-4", dt("2026-02-25", "11:00"), ["Practitioner/kaur"], """Pre-bariatric psychological evaluation - S. Kaur PsyD
Clinical interview + standardized measures. No eating disorder, no active SUD, no untreated mood disorder.
Good understanding of post-op lifestyle. Support: husband, daughter.
Cleared for bariatric surgery from a psychological standpoint.
""", description="Psychological evaluation")
    c.service_request("sr-rygb", (CPT, "43644", "Laparoscopic gastric bypass, Roux-en-Y"), "2026-03-03", requester="arroyo",
                      reason=["E66.01", "Z68.36", "E11.65"])

    gold = {"recommendation": "approve", "policy": "NCD 100.1",
            "evidence": ["Observation/bmi-2026-02-18", "Condition/cond-t2dm", "DocumentReference/wtmgmt-2024-05-14",
                         "MedicationRequest/med-sema", "DocumentReference/bariatric-consult-2026-02-18"],
            "missing": [],
            "rationale": "Covered procedure (lap RYGB). Current measured BMI 36.1 (the 34.0 from 5/2024 is older). T2DM "
                         "(plus HTN, OSA) as comorbidity. Prior unsuccessful medical treatment: 6-month physician-supervised "
                         "program and a GLP-1 trial stopped for intolerance."}
    k = case("bt-bar-01", "patients/bt-p06.json", SVC, ["E66.01", "Z68.36", "E11.65"], "2026-03-03", gold)
    return k, c


def bar_02():
    """request_info"""
    c = Chart("bt-p16", "bt-p16", "Terrence Alan", "Bolduc", "male", "1964-09-21", city="Roseburg", mrn="LH1197533")
    c.practitioner("whitaker", "Joan", "Whitaker", "MD, Internal Medicine (PCP)", "Dr.")
    c.practitioner("fenn", "Amanda", "Fenn", "RDN")
    c.practitioner("arroyo", "Felipe", "Arroyo", "MD, General & Bariatric Surgery", "Dr.")
    c.practitioner("greco", "Lisa", "Greco", "RN, Bariatric Program Coordinator")
    c.practitioner("mensah", "Kofi", "Mensah", "MD, Ophthalmology", "Dr.")

    c.condition("cond-t2dm", "E11.65", "2011-01-14", asserter="whitaker")
    c.condition("cond-insulin", "Z79.4", "2019-06-05", asserter="whitaker")
    c.condition("cond-htn", "I10", "2010-03-03", asserter="whitaker")
    c.condition("cond-osa", "G47.33", "2022-04-20", asserter="whitaker", note="PSG 4/2022 AHI 41, CPAP.")
    c.condition("cond-oa", "M17.0", "2016-08-09", asserter="whitaker", note="Severe bilateral; TKA deferred by ortho until weight loss.")
    c.condition("cond-wc", "Z99.3", "2023-02-01", asserter="whitaker", note="Power wheelchair for community mobility; transfers with cane.")
    c.condition("cond-dep", "F32.A", "2018-11-30", asserter="whitaker")
    c.condition("cond-obesity", "E66.01", "2025-02-11", asserter="whitaker")
    c.condition("cond-cataract", "H25.13", "2025-05-19", asserter="mensah")

    wc = "Wheelchair scale, chair tare subtracted"
    c.obs("wt-2025-02-11", WT, dt("2025-02-11", "10:00"), 122.9, "kg", category="vital-signs", method=wc,
          performer=["Practitioner/whitaker"], note="271 lb")
    c.obs("wt-2025-05-13", WT, dt("2025-05-13", "10:00"), 120.2, "kg", category="vital-signs", method=wc,
          performer=["Practitioner/whitaker"], note="265 lb")
    c.obs("wt-2025-08-12", WT, dt("2025-08-12", "10:00"), 118.8, "kg", category="vital-signs", method=wc,
          performer=["Practitioner/whitaker"], note="262 lb")
    c.obs("wt-2026-07-29", WT, dt("2026-07-29", "09:20"), 117.0, "kg", category="vital-signs", method=wc,
          performer=["Practitioner/arroyo"], note="258 lb")
    c.obs("a1c-2026-07-08", A1C, dt("2026-07-08", "08:00"), 8.9, "%")
    bp(c, "bp-2026-07-29", dt("2026-07-29", "09:20"), 146, 90, ["Practitioner/arroyo"])

    c.med("med-glargine", "insulin glargine 100 units/mL pen", "2019-06-05", rxnorm=("274783", "insulin glargine"),
          dosage="58 units SC nightly")
    c.med("med-metformin", "metformin 1000 mg tablet", "2011-01-14", rxnorm=("6809", "metformin"), dosage="1000 mg PO BID")
    c.med("med-lisinopril", "lisinopril 40 mg tablet", "2010-03-03", rxnorm=("29046", "lisinopril"), dosage="40 mg daily")
    c.med("med-sertraline", "sertraline 100 mg tablet", "2018-11-30", rxnorm=("36437", "sertraline"), dosage="100 mg daily")

    c.doc("pcp-2025-02-11", "11506-3", dt("2025-02-11", "10:40"), ["Practitioner/whitaker"], """PCP visit - J. Whitaker MD
Wt 271 lb (wheelchair scale). BMI: unable to calculate - no height on file (pt unable to stand on stadiometer).
T2DM on insulin, A1c 9.2. Knee OA limiting mobility; ortho will not do TKA until significant weight loss.
Starting physician-supervised weight management today: monthly visits with me + RDN (A. Fenn), 1800 kcal
diabetic meal plan, chair-based exercise program, food/insulin logs. GLP-1 RA discussed - Part D denied x2,
pt cannot afford; will re-appeal. Goal 5-10% loss over 6 months.
""", description="PCP visit - weight management start")
    c.doc("pcp-2025-08-12", "11506-3", dt("2025-08-12", "10:35"), ["Practitioner/whitaker", "Practitioner/fenn"], """PCP visit - weight management program month 6 - J. Whitaker MD / A. Fenn RDN
Monthly visits completed 2/2025-8/2025 (6/6 attended, logs reviewed each visit).
Weights (lb): 271 -> 268 -> 265 -> 265 -> 263 -> 262. Total -9 lb (3.3%); plateau since May.
A1c 9.2 -> 8.7. Adherence good per logs. GLP-1 appeal denied.
Assessment: unsuccessful with 6-month supervised medical weight management.
Referral to bariatric surgery. BMI ~40? (no measured height).
""", description="PCP visit - weight management month 6")
    c.doc("eye-2025-05-19", "11506-3", dt("2025-05-19", "13:30"), ["Practitioner/mensah"], """Ophthalmology - K. Mensah MD
Diabetic eye exam: no diabetic retinopathy OU. Early nuclear sclerotic cataracts OU, not visually significant.
RTC 12 months.
""", description="Ophthalmology visit")
    c.encounter("enc-surg", "AMB", dt("2026-07-29", "09:00"), dt("2026-07-29", "09:50"), "Bariatric surgery consult", ["arroyo"])
    c.doc("bariatric-consult-2026-07-29", "11488-4", dt("2026-07-29", "10:25"), ["Practitioner/arroyo"], """BARIATRIC SURGERY CONSULTATION - F. Arroyo MD
Referring: J. Whitaker MD

HPI: 61M (Medicare - disability) with severe obesity, insulin-requiring T2DM (A1c 8.9), HTN, OSA on CPAP,
severe bilateral knee OA (power wheelchair for distances, transfers with cane). Completed 6-month physician-
supervised weight management with PCP + RDN (2/2025-8/2025), -9 lb then plateau. GLP-1 not covered.

Vitals: Wt 258 lb / 117.0 kg (wheelchair scale). Ht: not obtained - pt unable to stand for stadiometer today.
BMI: --. BP 146/90.

Exam: obese, pleasant. Abdomen soft, pannus, no hernia. Well-healed lap chole scars.

Assessment: Severe obesity (BMI est. > 40) with T2DM on insulin, HTN, OSA. Failed supervised medical therapy.
Candidate for lap RYGB.

Plan:
 - Lap RYGB. Submit auth.
 - Height: obtain alternative measurement (knee-height / arm span) at RDN pre-op visit 8/26.
 - Psych eval, EGD, cardiology clearance.
""", description="Bariatric surgery consultation", encounter="enc-surg")
    c.doc("coordinator-checklist-2026-08-14", "34109-9", dt("2026-08-14", "15:00"), ["Practitioner/greco"], """<html><body>
<h3>Bariatric Program - Insurance Submission Checklist</h3>
<p>Patient: Bolduc, Terrence &nbsp; Procedure: Lap RYGB (43644) &nbsp; Surgeon: F. Arroyo MD &nbsp; Payer: Medicare Advantage</p>
<table border="1" cellpadding="3">
<tr><td>BMI &gt;= 35 with comorbidity</td><td>&#9745; (BMI 41 per referral; Z68.41)</td></tr>
<tr><td>Obesity-related comorbidity</td><td>&#9745; T2DM on insulin, HTN, OSA</td></tr>
<tr><td>Prior supervised weight loss attempt</td><td>&#9745; PCP program 2/2025-8/2025</td></tr>
<tr><td>Psych evaluation</td><td>&#9744; scheduled 9/2</td></tr>
<tr><td>Nutrition pre-op</td><td>&#9744; scheduled 8/26</td></tr>
</table>
<p>Prepared by L. Greco RN, bariatric coordinator.</p>
</body></html>""", ctype="text/html", description="Bariatric program insurance checklist")
    c.appointment("appt-rdn", "2026-07-29", dt("2026-08-26", "10:00"), "RDN pre-op visit incl. alternative height measurement",
                  practitioner="fenn", service="Nutrition")
    c.service_request("sr-rygb", (CPT, "43644", "Laparoscopic gastric bypass, Roux-en-Y"), "2026-08-19", requester="arroyo",
                      reason=["E66.01", "Z68.41", "E11.65"])
    # after the request
    c.obs("ht-est-2026-08-26", HT, dt("2026-08-26", "10:20"), 180, "cm", category="vital-signs", performer=["Practitioner/fenn"],
          method="Estimated from knee height (Chumlea equation)")
    c.doc("rdn-2026-08-26", "11506-3", dt("2026-08-26", "11:00"), ["Practitioner/fenn"], """Nutrition pre-op visit - A. Fenn RDN
Knee height 57.0 cm -> estimated stature 180 cm (Chumlea). Wt 258 lb/117.0 kg. Estimated BMI 36.1.
Pre-op diet education (2-week liquid diet) provided.
""", description="Nutrition pre-op visit")

    gold = {"recommendation": "request_info", "policy": "NCD 100.1",
            "evidence": ["Observation/wt-2026-07-29", "DocumentReference/bariatric-consult-2026-07-29",
                         "DocumentReference/pcp-2025-08-12", "Condition/cond-t2dm"],
            "missing": ["height|BMI|body mass index"],
            "rationale": "Comorbidity (insulin-treated T2DM) and an unsuccessful 6-month supervised program are documented, "
                         "but no height was ever measured, so BMI >= 35 is not established before the request: 'BMI est. > 40', "
                         "'BMI ~40?', the coordinator's 'BMI 41 per referral' and the Z68.41 code are not measurements. The "
                         "estimated height arrives after the request."}
    k = case("bt-bar-02", "patients/bt-p16.json", SVC, ["E66.01", "Z68.41", "E11.65"], "2026-08-19", gold,
             note="BMI 41 w/ insulin-dependent T2DM, HTN, OSA. Failed 6 mo supervised program.")
    return k, c
