"""NCD 100.1 - bariatric surgery (3 cases)."""
from lib import Chart, LOINC, CPT, cc

ICD = "http://hl7.org/fhir/sid/icd-10-cm"
WT = (LOINC, "29463-7", "Body weight")
HT = (LOINC, "8302-2", "Body height")
BMI = (LOINC, "39156-5", "Body mass index (BMI) [Ratio]")


def bar_01():
    """Approve: open BPD/DS (covered procedure; open approach for hostile abdomen), BMI 58.3, T2DM/OSA/HTN,
    documented 6-month supervised program and a failed GLP-1 course. Weights in lb and kg."""
    c = Chart("pf10", "ET", "https://fhir.piedmontbariatric.example", "http://fhir.piedmontbariatric.example/CodeSystem/local")
    c.patient("Tamara", "Whitfield-Oduya", "female", "1963-02-08", "Durham", "NC", "PBMS-40177")
    c.org("pbms", "Piedmont Bariatric & Metabolic Surgery", "surgical practice", "Durham", "NC")
    c.org("erfp", "Eno River Family Practice", "primary care practice", "Hillsborough", "NC")
    c.prac("surg", "Jonathan", "Ashby-Crane", "MD, FACS", "General and Bariatric Surgery")
    c.prac("rd", "Kelsey", "Morrow", "RD, LDN", "Registered Dietitian")
    c.prac("psych", "Denise", "Harlan", "PhD", "Clinical Psychology")
    c.prac("pcp", "Nadia", "Qureshi", "MD", "Family Medicine")
    c.prac("endo", "Peter", "Vaughn", "MD", "Endocrinology")
    c.coverage("2019-08-01", kind="Medicare Part A/B (disability entitlement)")
    c.condition("obesity", "E66.01", "Morbid (severe) obesity due to excess calories", "2015-06-02 10:00", asserter="pcp")
    c.condition("bmi50", "Z68.43", "Body mass index [BMI] 50.0-59.9, adult", "2026-04-28 10:40", asserter="surg")
    c.condition("t2dm", "E11.65", "Type 2 diabetes mellitus with hyperglycemia", "2014-03-19 10:00", asserter="endo")
    c.condition("osa", "G47.33", "Obstructive sleep apnea (adult) (pediatric)", "2020-11-09 10:00", note="On CPAP since 2020.")
    c.condition("htn", "I10", "Essential (primary) hypertension", "2012-01-24 10:00")
    c.obs("wt-2024-09-10", "2024-09-10 09:20", cc(*WT), 154.0, "kg", category="vital-signs", performer="Practitioner/rd",
          note="Medically supervised weight management program - intake.")
    c.obs("wt-2025-03-20", "2025-03-20 09:10", cc(*WT), 149.3, "kg", category="vital-signs", performer="Practitioner/rd",
          note="Program month 6 (final).")
    c.obs("a1c-2026-03-03", "2026-03-03 08:30", cc(LOINC, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), 8.4, "%",
          interp="H")
    c.obs("wt-2026-04-28", "2026-04-28 10:05", cc(*WT), 151.2, "kg", category="vital-signs", performer="Practitioner/surg")
    c.obs("ht-2026-04-28", "2026-04-28 10:05", cc(*HT), 161, "cm", category="vital-signs", performer="Practitioner/surg")
    c.obs("bmi-2026-04-28", "2026-04-28 10:05", cc(*BMI), 58.3, "kg/m2", category="vital-signs", performer="Practitioner/surg")
    c.med("metformin", "6809", "metformin", "2014-03-19 10:30", "endo", "metformin ER 1000 mg twice daily")
    c.med("glargine", "274783", "insulin glargine", "2021-02-02 10:30", "endo", "insulin glargine 48 units at bedtime")
    c.med("lisinopril", "29046", "lisinopril", "2012-01-24 10:30", "pcp", "lisinopril 40 mg daily")
    c.med("semaglutide", "1991302", "semaglutide", "2025-04-08 11:00", "endo", "semaglutide 0.25 mg SC weekly, titrated to 1 mg",
          status="stopped", start="2025-04-08", end="2025-10-21",
          status_reason="Persistent nausea/vomiting at 1 mg despite dose reduction; ~4% weight loss only")

    c.note("rd-2025-03-20", "2025-03-20 10:00", "34109-9", "Practitioner/rd", "Medically supervised weight management - program summary", """
        PIEDMONT BARIATRIC & METABOLIC SURGERY - Nutrition Services
        MEDICALLY SUPERVISED WEIGHT MANAGEMENT PROGRAM - COMPLETION SUMMARY      03/20/2025
        Participant: Tamara Whitfield-Oduya   Supervising physician: J. Ashby-Crane, MD

        Program dates: 09/10/2024 - 03/20/2025 (6 consecutive monthly visits, all attended) + 12 weekly group classes.
        Components: 1,400 kcal/day meal plan, food logging (app), activity goal 150 min/wk (chair-based + aquatic due to
        knee pain), behavioral modification, physician review monthly.
        Weights: 09/10/24 154.0 kg | 10/08 152.6 | 11/12 151.0 | 12/10 150.2 | 01/14/25 150.9 | 02/11 149.8 | 03/20 149.3 kg
        Net loss 4.7 kg (3.1%). Participant engaged; plateau since December.
        Assessment: not successful in achieving clinically meaningful weight loss with supervised lifestyle therapy.
        Kelsey Morrow, RD, LDN
        """, custodian="pbms")
    c.note("endo-2025-10-21", "2025-10-21 15:20", "11506-3", "Practitioner/endo", "Endocrinology follow-up", """
        Endocrinology - Peter Vaughn, MD      10/21/2025
        T2DM since 2014 on metformin + glargine 48 u. A1c 8.6% (9/2025).
        Semaglutide started 04/08/2025, titrated to 1 mg by July; persistent nausea and vomiting 3-4x/week at 1 mg,
        reduced back to 0.5 mg in August without relief; two urgent-care visits for dehydration (Aug, Sept).
        Weight 150.5 -> 144.6 kg at best, now 146.9 kg. Lipase normal.
        A/P: GI intolerance - STOP semaglutide. Not a candidate for phentermine (uncontrolled HTN).
        Supports bariatric surgery referral (metabolic indication). Continue metformin/glargine, adjust per CGM.
        """, custodian="erfp")
    c.note("pcp-2026-02-10", "2026-02-10 11:15", "11506-3", "Practitioner/pcp", "Primary care visit", """
        Eno River Family Practice - Nadia Qureshi, MD     02/10/2026
        63 y/o F (SSDI since 2019 - lumbar stenosis/chronic pain). Wt 333 lb today. BP 148/90 on lisinopril 40 -
        adding amlodipine 5. OSA on CPAP nightly (download 6.8 h avg). Knee OA bilateral - injections help briefly.
        Bariatric surgery consult pending with Dr. Ashby-Crane; pt very motivated.
        Flu/COVID up to date. Mammogram 11/2025 normal.
        """, custodian="erfp")
    c.note("psych-2026-03-31", "2026-03-31 14:00", "11488-4", "Practitioner/psych", "Pre-surgical psychological evaluation", """
        Pre-Bariatric Surgery Psychological Evaluation     03/31/2026
        Denise Harlan, PhD
        Clinical interview + standardized measures (BDI-II 9, BES 14, AUDIT-C 0). No binge-eating disorder, no active
        substance use, no untreated psychiatric illness. Good understanding of surgery and lifelong changes; strong
        support from husband and sister. Recommendation: psychologically cleared for bariatric surgery.
        """, custodian="pbms")
    c.note("surg-2026-04-28", "2026-04-28 10:45", "11488-4", "Practitioner/surg", "Bariatric surgery consultation", """
        <html><body>
        <h2>Piedmont Bariatric &amp; Metabolic Surgery</h2>
        <p><b>Surgical consultation</b> &ndash; 04/28/2026 &ndash; Jonathan Ashby-Crane, MD, FACS</p>
        <p><b>HPI:</b> 63 y/o woman with class III obesity since her 30s. Highest weight 158 kg (2023).
        Completed our 6-month medically supervised program (09/2024&ndash;03/2025, 3% loss, plateau) and a 6-month
        semaglutide trial (04&ndash;10/2025, stopped for intolerable vomiting).</p>
        <p><b>Obesity-related comorbidities:</b> type 2 diabetes (A1c 8.4% on metformin + insulin), OSA on CPAP,
        hypertension on 2 agents, bilateral knee OA.</p>
        <p><b>Surgical history:</b> open abdominal hysterectomy (2004); exploratory laparotomy with extensive adhesiolysis
        for small-bowel obstruction (2016); 8 cm midline incisional hernia.</p>
        <p><b>Vitals:</b> Wt 151.2 kg, Ht 161 cm, <b>BMI 58.3</b>. BP 146/88.</p>
        <p><b>Assessment/Plan:</b> Super-obesity (BMI &gt;50) with poorly controlled T2DM. Recommend biliopancreatic
        diversion with duodenal switch for greatest durable weight loss and diabetes remission. Given two prior
        laparotomies with dense adhesions and the incisional hernia, an <b>open</b> approach is planned, with
        concurrent hernia repair. Psychology clearance 3/31/2026, nutrition clearance on file. Risks including
        protein-calorie malnutrition and lifelong vitamin supplementation discussed at length; patient wishes to
        proceed.</p>
        </body></html>
        """, ctype="text/html", custodian="pbms")

    case = {
        "id": "bf-bar-01", "patient": "patients/pf10.json",
        "request": {
            "service": {"system": CPT, "code": "43845",
                        "display": "Gastric restrictive procedure with partial gastrectomy, pylorus-preserving duodenoileostomy and ileoileostomy (biliopancreatic diversion with duodenal switch)"},
            "diagnoses": [{"system": ICD, "code": "E66.01", "display": "Morbid (severe) obesity due to excess calories"},
                          {"system": ICD, "code": "Z68.43", "display": "Body mass index [BMI] 50.0-59.9, adult"},
                          {"system": ICD, "code": "E11.65", "display": "Type 2 diabetes mellitus with hyperglycemia"}],
            "payer": "medicare", "urgency": "standard", "date": "2026-05-12",
            "note": "Open BPD/DS with incisional hernia repair. BMI 58.3, T2DM on insulin, OSA, HTN.",
        },
        "gold": {
            "recommendation": "approve", "policy": "NCD 100.1",
            "evidence": ["Observation/bmi-2026-04-28", "DocumentReference/surg-2026-04-28", "DocumentReference/rd-2025-03-20",
                         "Condition/t2dm"],
            "missing": [],
            "rationale": "Open BPD/DS is a nationally covered procedure (open or laparoscopic). BMI 58.3 (>=35), comorbidities "
                         "(T2DM named in the NCD, OSA, HTN), previously unsuccessful medical treatment (6-month supervised program, "
                         "failed semaglutide). Medicare by disability; age is not a criterion.",
        },
    }
    return case, c


def bar_02():
    """Request_info: all visits virtual; weights patient-reported (~290 lb), height never recorded anywhere, BMI
    'pending in-person anthropometrics'; patient is tall (college basketball), so BMI cannot be inferred."""
    c = Chart("pf11", "PT", "https://fhir.inwbariatrics.example", "http://fhir.inwbariatrics.example/CodeSystem/local")
    c.patient("Marcus", "Delacroix-Hale", "male", "1959-10-17", "Spokane Valley", "WA", "INB-225903")
    c.org("inb", "Inland Northwest Bariatrics", "surgical practice", "Spokane", "WA")
    c.org("svvc", "Spokane Valley Virtual Care", "telehealth primary care practice", "Spokane Valley", "WA")
    c.prac("surg", "Helen", "Iverson", "MD", "Bariatric Surgery")
    c.prac("pcp", "Omar", "Haddad", "MD", "Internal Medicine")
    c.prac("rd", "Brianna", "Kessler", "RD, CDCES", "Registered Dietitian")
    c.prac("sleep", "Victor", "Lund", "MD", "Sleep Medicine")
    c.coverage("2024-10-01")
    c.condition("obesity", "E66.01", "Morbid (severe) obesity due to excess calories", "2021-04-06 10:00", asserter="pcp")
    c.condition("t2dm", "E11.9", "Type 2 diabetes mellitus without complications", "2018-09-11 10:00")
    c.condition("htn", "I10", "Essential (primary) hypertension", "2016-02-02 10:00")
    c.condition("osa", "G47.33", "Obstructive sleep apnea (adult) (pediatric)", "2022-05-17 10:00", asserter="sleep")
    c.condition("gerd", "K21.9", "Gastro-esophageal reflux disease without esophagitis", "2019-07-30 10:00")
    c.obs("wt-2025-06-16", "2025-06-16 09:00", cc(*WT), 294, "[lb_av]", ucum="[lb_av]", category="vital-signs",
          method="Patient-reported (home scale), video visit", performer="Practitioner/rd")
    c.obs("wt-2025-12-15", "2025-12-15 09:00", cc(*WT), 286, "[lb_av]", ucum="[lb_av]", category="vital-signs",
          method="Patient-reported (home scale), video visit", performer="Practitioner/rd")
    c.obs("wt-2026-03-10", "2026-03-10 13:30", cc(*WT), 288, "[lb_av]", ucum="[lb_av]", category="vital-signs",
          method="Patient-reported (home scale), video visit", performer="Practitioner/pcp")
    c.obs("a1c-2026-03-05", "2026-03-05 07:45", cc(LOINC, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), 7.6, "%",
          interp="H", note="Drawn at outside lab (patient service center).")
    c.obs("wt-2026-07-21", "2026-07-21 10:00", cc(*WT), 291, "[lb_av]", ucum="[lb_av]", category="vital-signs",
          method="Patient-reported (home scale), video visit", performer="Practitioner/surg")
    c.med("metformin", "6809", "metformin", "2018-09-11 10:30", "pcp", "metformin 1000 mg twice daily")
    c.med("losartan", "52175", "losartan", "2016-02-02 10:30", "pcp", "losartan 100 mg daily")
    c.med("amlodipine", "17767", "amlodipine", "2020-03-03 10:30", "pcp", "amlodipine 10 mg daily")
    c.med("liraglutide", "475968", "liraglutide", "2025-06-16 11:00", "pcp", "liraglutide 0.6 mg SC daily, titrate to 1.8 mg",
          status="stopped", start="2025-06-16", end="2025-12-15", status_reason="Ineffective - <3% loss at 6 months; cost")
    c.appointment("appt-inperson", "2026-07-21", "2026-08-18 09:00", "Bariatric pre-operative in-person visit (anthropometrics, labs)",
                  ["Practitioner/surg"], minutes=60)

    c.note("rd-2025-12-15", "2025-12-15 10:10", "34109-9", "Practitioner/rd", "Weight management program - completion", """
        SPOKANE VALLEY VIRTUAL CARE - Medical Weight Management (telehealth)
        PROGRAM COMPLETION NOTE     12/15/2025
        Participant: Marcus Delacroix-Hale     Supervising physician: Omar Haddad, MD

        Dates: 06/16/2025 - 12/15/2025, 7 video visits with RD (monthly) + physician check-ins at months 0, 3, 6.
        Plan: 1,800 kcal Mediterranean-style plan, step goal 7,000/day (wearable synced), liraglutide added by Dr. Haddad.
        Weights (patient-reported, home scale): 294 -> 291 -> 290 -> 288 -> 289 -> 287 -> 286 lb.
        BMI: not calculated - height not on file.
        Outcome: 2.7% weight loss in 6 months despite good engagement. Liraglutide stopped (minimal effect, copay).
        Recommend referral for bariatric surgery evaluation.
        Brianna Kessler, RD, CDCES
        """, custodian="svvc")
    c.note("pcp-2026-03-10", "2026-03-10 13:45", "11506-3", "Practitioner/pcp", "Video visit - chronic care", """
        SPOKANE VALLEY VIRTUAL CARE    Video visit 03/10/2026    Omar Haddad, MD
        Patient at home, video and audio, consent on file.
        66 y/o M, retired high-school PE teacher and former college basketball player (power forward, Gonzaga
        walk-on per pt). T2DM (A1c 7.6% 3/5), HTN (home BP avg 136/84), OSA on CPAP, GERD.
        Weight per home scale 288 lb. Knees ache with stairs.
        A/P: Completed 6-mo supervised program 12/2025 without meaningful loss. Referral placed to Inland
        Northwest Bariatrics. Continue metformin, losartan, amlodipine. Pt encouraged to come in person for
        vitals/foot exam - prefers video (lives 40 min away, caregiver for wife).
        """, custodian="svvc")
    c.note("sleep-2026-05-19", "2026-05-19 09:30", "34109-9", "Practitioner/sleep", "CPAP compliance letter", """
        Palouse Sleep Center
        May 19, 2026
        To whom it may concern: Mr. Delacroix-Hale has moderate obstructive sleep apnea (diagnostic PSG 05/2022,
        AHI 27/h) and uses CPAP 10 cm H2O. 90-day download: usage >=4 h on 93% of nights, average 6.9 h, residual AHI
        2.1/h. He is adherent and benefits from therapy.
        Victor Lund, MD
        """, custodian="svvc")
    c.note("surg-2026-07-21", "2026-07-21 10:30", "11488-4", "Practitioner/surg", "Bariatric surgery consultation (video)", """
        INLAND NORTHWEST BARIATRICS - New Patient Consultation (telehealth video)     07/21/2026
        Helen Iverson, MD

        Referred by Dr. Haddad. 66 y/o M with long-standing obesity. Max weight ~300 lb. Completed 6-month
        physician-supervised program (12/2025, 2.7% loss) including liraglutide.
        Comorbidities: T2DM on metformin (A1c 7.6%), HTN on 2 agents, OSA on CPAP (adherent), GERD (daily PPI).
        Vitals (patient-reported): weight 291 lb on home scale. Height: not on file - not measured on video.
        BMI: pending in-person anthropometrics.
        Discussion: RYGB favored over sleeve given GERD. Reviewed risks/benefits, lifelong supplements.
        Plan: laparoscopic RYGB. Office to start insurance authorization now. In-person pre-op visit 08/18/2026 for
        height/weight/BMI, labs, EGD scheduling. Psychology and nutrition clearances to follow.
        Patient meets criteria for bariatric surgery: obesity with T2DM, HTN, OSA; failed supervised medical therapy.
        """, custodian="inb")
    c.note("portal-2026-07-24", "2026-07-24 20:14", "51855-5", "Practitioner/surg", "Patient portal message", """
        Message from patient 07/24/2026 20:14 - To: Inland Northwest Bariatrics
        Hi, just following up on the insurance paperwork. Scale this morning said 290. Is there anything else
        you need from me before the 18th? I can't come in sooner, my wife has dialysis M/W/F.
        -- Staff reply 07/27: We have everything we need for now, see you 8/18. (front desk)
        """, custodian="inb")

    case = {
        "id": "bf-bar-02", "patient": "patients/pf11.json",
        "request": {
            "service": {"system": CPT, "code": "43644",
                        "display": "Laparoscopy, surgical, gastric restrictive procedure; with gastric bypass and Roux-en-Y gastroenterostomy"},
            "diagnoses": [{"system": ICD, "code": "E66.01", "display": "Morbid (severe) obesity due to excess calories"},
                          {"system": ICD, "code": "E11.9", "display": "Type 2 diabetes mellitus without complications"},
                          {"system": ICD, "code": "G47.33", "display": "Obstructive sleep apnea (adult) (pediatric)"}],
            "payer": "medicare", "urgency": "standard", "date": "2026-08-04",
            "note": "Laparoscopic Roux-en-Y gastric bypass. Morbid obesity with T2DM, HTN, OSA; failed 6-month supervised program.",
        },
        "gold": {
            "recommendation": "request_info", "policy": "NCD 100.1",
            "evidence": ["DocumentReference/surg-2026-07-21", "Observation/wt-2026-07-21"],
            "missing": ["BMI|body mass index|height"],
            "rationale": "Comorbidities and prior unsuccessful supervised treatment are documented, but no height and no BMI exist "
                         "anywhere (all visits virtual, weights self-reported ~290 lb). A tall former basketball player at 290 lb "
                         "could be under 35 (e.g. 6'5\" -> ~34). The in-person measurement is booked after the request. Ask for "
                         "a measured height/BMI.",
        },
    }
    return case, c


def bar_03():
    """Refer: surgeon letter uses the 10/2025 BMI 38.5 and 'failed medical management', but on tirzepatide since
    10/2025 the current BMI is 32.7 with 15% loss and A1c 6.2 - BMI criterion not met and treatment succeeding."""
    c = Chart("pf12", "MT", "https://fhir.webersurgical.example", "http://fhir.wasatchweight.example/CodeSystem/local")
    c.patient("Sharon", "Pettibone", "female", "1958-05-29", "Ogden", "UT", "WSA-719044")
    c.org("wsa", "Weber Surgical Associates", "surgical practice", "Ogden", "UT")
    c.org("www", "Wasatch Weight & Wellness", "obesity medicine practice", "Layton", "UT")
    c.prac("surg", "Curtis", "Hammond", "MD", "General and Bariatric Surgery")
    c.prac("pa", "Megan", "Lowry", "PA-C", "Surgery")
    c.prac("obmed", "Farah", "Nassar", "MD", "Obesity Medicine (ABOM)")
    c.prac("rd", "Jared", "Olsen", "RD", "Registered Dietitian")
    c.coverage("2023-06-01")
    c.condition("obesity", "E66.01", "Morbid (severe) obesity due to excess calories", "2025-10-14 10:30", asserter="surg")
    c.condition("t2dm", "E11.9", "Type 2 diabetes mellitus without complications", "2017-04-11 10:00")
    c.condition("htn", "I10", "Essential (primary) hypertension", "2014-09-09 10:00")
    c.condition("oa", "M17.0", "Bilateral primary osteoarthritis of knee", "2020-01-21 10:00")
    c.obs("wt-2025-10-14", "2025-10-14 10:05", cc(*WT), 104.8, "kg", category="vital-signs", performer="Practitioner/surg")
    c.obs("ht-2025-10-14", "2025-10-14 10:05", cc(*HT), 165, "cm", category="vital-signs", performer="Practitioner/surg")
    c.obs("bmi-2025-10-14", "2025-10-14 10:05", cc(*BMI), 38.5, "kg/m2", category="vital-signs", performer="Practitioner/surg")
    c.obs("wt-2026-01-13", "2026-01-13 14:10", cc(*WT), 98.1, "kg", category="vital-signs", performer="Practitioner/obmed")
    c.obs("wt-2026-08-11", "2026-08-11 14:05", cc(*WT), 90.2, "kg", category="vital-signs", performer="Practitioner/obmed")
    c.obs("wt-2026-11-10", "2026-11-10 14:02", cc(*WT), 88.9, "kg", category="vital-signs", performer="Practitioner/obmed")
    c.obs("bmi-2026-11-10", "2026-11-10 14:02", cc(*BMI), 32.7, "kg/m2", category="vital-signs", performer="Practitioner/obmed")
    c.obs("a1c-2026-11-03", "2026-11-03 07:40", cc(LOINC, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), 6.2, "%",
          interp="H")
    c.med("tirzepatide", "2601723", "tirzepatide", "2025-10-28 14:30", "obmed", "tirzepatide 2.5 mg SC weekly, titrate; current 10 mg weekly")
    c.med("metformin", "6809", "metformin", "2017-04-11 10:30", "obmed", "metformin 500 mg twice daily (reduced 2026-04)")
    c.med("lisinopril", "29046", "lisinopril", "2014-09-09 10:30", "obmed", "lisinopril 10 mg daily")

    c.note("surg-2025-10-14", "2025-10-14 10:40", "11488-4", "Practitioner/surg", "Bariatric surgery consultation", """
        WEBER SURGICAL ASSOCIATES - Bariatric consultation     10/14/2025
        Curtis Hammond, MD

        67 y/o F, obesity since menopause. Wt 104.8 kg, Ht 165 cm, BMI 38.5.
        Comorbidities: T2DM (A1c 8.1%, metformin), HTN, bilateral knee OA (ortho wants wt loss before TKA).
        Prior attempts: commercial program 2019 and 2022 (lost/regained 6-8 kg), RD visits x4 in 2024.
        No prior anti-obesity medication.
        Impression: class II obesity with comorbidities - candidate for lap RYGB.
        Plan: refer to Wasatch Weight & Wellness for a trial of anti-obesity pharmacotherapy (tirzepatide) and
        structured program; re-evaluate for surgery in 6-12 months depending on response. Psych eval and
        nutrition eval ordered for when she returns.
        """, custodian="wsa")
    c.note("obmed-2025-10-28", "2025-10-28 14:40", "11488-4", "Practitioner/obmed", "Obesity medicine - initial visit", """
        WASATCH WEIGHT & WELLNESS - Initial visit   10/28/2025   Farah Nassar, MD (ABOM)
        Referred by Dr. Hammond. BMI 38.5. T2DM, HTN, knee OA.
        Start tirzepatide 2.5 mg weekly x 4 wk then titrate q4wk as tolerated. Protein 80-100 g/day, resistance
        training 2x/week, monthly RD visits. Goal >=10% TBWL at 6 months.
        """, custodian="www")
    c.note("rd-2026-04-14", "2026-04-14 11:00", "34109-9", "Practitioner/rd", "Dietitian follow-up", """
        RD follow-up 04/14/2026 - Jared Olsen, RD
        Wt 93.0 kg (from 104.8 kg in 10/2025; -11.3%). Tirzepatide 7.5 mg. Mild constipation, managed.
        Protein ~85 g/d, walking 30 min 5x/wk. Metformin reduced by Dr. Nassar (A1c 6.4%).
        Continue plan.
        """, custodian="www")
    c.note("obmed-2026-11-10", "2026-11-10 14:30", "11506-3", "Practitioner/obmed", "Obesity medicine follow-up", """
        <html><body>
        <h3>Wasatch Weight &amp; Wellness &ndash; Follow-up</h3>
        <p>11/10/2026 &mdash; Farah Nassar, MD (ABOM)</p>
        <p><b>Interval:</b> Tirzepatide 10 mg weekly since 06/2026, well tolerated. Knee pain improved; walking 40 min daily.</p>
        <table border="1">
          <tr><th>Date</th><th>Weight (kg)</th><th>BMI</th></tr>
          <tr><td>10/14/2025</td><td>104.8</td><td>38.5</td></tr>
          <tr><td>01/13/2026</td><td>98.1</td><td>36.0</td></tr>
          <tr><td>08/11/2026</td><td>90.2</td><td>33.1</td></tr>
          <tr><td>11/10/2026</td><td>88.9</td><td>32.7</td></tr>
        </table>
        <p>Total body weight loss 15.2%. A1c 6.2% (from 8.1%). BP 122/76 on lisinopril 10.</p>
        <p><b>Assessment:</b> Excellent response to anti-obesity pharmacotherapy; class I obesity now.</p>
        <p><b>Plan:</b> Continue tirzepatide 10 mg; consider 12.5 mg if plateau. Patient asks about still having the
        bypass &ldquo;so I don't have to stay on shots forever&rdquo; &ndash; she will discuss with Dr. Hammond; I explained
        her current weight trajectory and the expected regain if tirzepatide is stopped.</p>
        </body></html>
        """, ctype="text/html", custodian="www")
    c.note("pa-2026-11-24", "2026-11-24 09:15", "34109-9", "Practitioner/pa", "Letter of medical necessity - bariatric surgery", """
        WEBER SURGICAL ASSOCIATES
        LETTER OF MEDICAL NECESSITY       November 24, 2026
        Re: Sharon Pettibone, DOB 05/29/1958      Procedure: laparoscopic Roux-en-Y gastric bypass (CPT 43644)

        Ms. Pettibone has morbid obesity with a BMI of 38.5 (10/14/2025) and obesity-related comorbidities including
        type 2 diabetes mellitus, hypertension and bilateral knee osteoarthritis. She has failed medical management
        including commercial programs, dietitian-supervised care and pharmacotherapy. She has been evaluated by our
        multidisciplinary team and is an appropriate candidate. We request authorization.
        Megan Lowry, PA-C, for Curtis Hammond, MD
        """, custodian="wsa")

    case = {
        "id": "bf-bar-03", "patient": "patients/pf12.json",
        "request": {
            "service": {"system": CPT, "code": "43644",
                        "display": "Laparoscopy, surgical, gastric restrictive procedure; with gastric bypass and Roux-en-Y gastroenterostomy"},
            "diagnoses": [{"system": ICD, "code": "E66.01", "display": "Morbid (severe) obesity due to excess calories"},
                          {"system": ICD, "code": "Z68.38", "display": "Body mass index [BMI] 38.0-38.9, adult"},
                          {"system": ICD, "code": "E11.9", "display": "Type 2 diabetes mellitus without complications"}],
            "payer": "medicare", "urgency": "standard", "date": "2026-12-01",
            "note": "Lap RYGB. BMI 38.5, T2DM, HTN. Failed medical management.",
        },
        "gold": {
            "recommendation": "refer", "policy": "NCD 100.1",
            "evidence": ["Observation/bmi-2026-11-10", "DocumentReference/obmed-2026-11-10"],
            "missing": [],
            "rationale": "The letter and the Z68.38 code use the 10/2025 BMI. The current measured BMI is 32.7 (<35), and the "
                         "medical treatment (tirzepatide, 15% TBWL, A1c 8.1 -> 6.2) is succeeding, not 'previously unsuccessful'. "
                         "The BMI criterion is documented as not met; a physician reviewer decides.",
        },
    }
    return case, c


CASES = [bar_01, bar_02, bar_03]
