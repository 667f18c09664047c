"""NCD 100.1 (bariatric surgery) cases."""
from fhir import as_text, Chart, CPT, cc, html_doc
from common import medicare, case, lo


def bar01():
    pid, D = "pg07", "2026-03-31"
    C = Chart(pid, "emr.sandhillregional.example", "CT")
    C.patient(["Gloria", "J."], "Nakashima-Ferris", "female", "1955-07-30", "618 Bluestem Ct", "Sandhill", "NE", "68803", "SRH-1057734")
    surg = C.practitioner("armistead", ["Celeste"], "Armistead", "MD", "General and Bariatric Surgery", "1558302749")
    pcp = C.practitioner("haverford", ["Oluwaseun"], "Haverford", "MD", "Internal Medicine", "1669478025")
    rd = C.practitioner("szabo", ["Renata"], "Szabo", "RD, LMNT", "Registered Dietitian", "1174826530")
    ortho = C.practitioner("okafor", ["Wendell"], "Okafor", "MD", "Orthopaedic Surgery", "1326057281")
    oldpcp = C.practitioner("verhoeven", ["Lydia"], "Verhoeven", "MD", "Internal Medicine (outside provider, Arizona)", "1790624418")
    org = C.organization("srswl", "Sandhill Regional Surgical Weight Loss", "prov", "Sandhill", "NE", "308-555-0172")
    oorg = C.organization("mesaverde", "Mesa Verde Internal Medicine", "prov (outside)", "Cottonwood Springs", "AZ", "928-555-0140")
    medicare(C, "5NA1-EJ3-GT92", "2020-07-01")

    C.condition("morbid-obesity", "E66.01", "Morbid (severe) obesity due to excess calories", ("2025-06-17", "13:00"), asserter=pcp,
                note="Carried from outside records (BMI 37, 11/2024).")
    C.condition("t2dm", "E11.9", "Type 2 diabetes mellitus without complications", ("2025-06-17", "13:01"), asserter=pcp, onset="2017")
    C.condition("htn", "I10", "Essential (primary) hypertension", ("2025-06-17", "13:02"), asserter=pcp, onset="2012")
    C.condition("ankle-fx", "S82.62XD", "Displaced fracture of lateral malleolus of left fibula, subsequent encounter for closed fracture with routine healing",
                ("2026-02-24", "11:15"), asserter=ortho)

    C.obs("bmi-outside-2024-11-18", lo("39156-5", "Body mass index (BMI) [Ratio]"), ("2024-11-18", "10:20"), 37.0, "kg/m2", "kg/m2",
          category="vital-signs", performer=oldpcp, zone="AZ", note="Transcribed from outside records (Mesa Verde Internal Medicine). Weight/height not included in the records received.")
    C.obs("wt-2025-12-02", lo("29463-7", "Body weight"), ("2025-12-02", "09:40"), 100.4, "kg", category="vital-signs", performer=pcp,
          note="Standing scale, street clothes. Height not recorded this visit.")
    C.obs("a1c-2026-02-20", lo("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), ("2026-02-20", "08:30"), 7.6, "%")
    C.obs("wt-2026-03-10", lo("29463-7", "Body weight"), ("2026-03-10", "13:10"), 94.6, "kg", category="vital-signs", performer=rd,
          note="Seated chair scale; CAM boot on (not subtracted). Standing height not obtainable (non-weight-bearing L ankle).")
    C.obs("bp-2026-03-10", lo("85354-9", "Blood pressure panel with all children optional"), ("2026-03-10", "13:12"), category="vital-signs",
          components=[(lo("8480-6", "Systolic blood pressure"), 138, "mmHg", "mm[Hg]"), (lo("8462-4", "Diastolic blood pressure"), 82, "mmHg", "mm[Hg]")])
    C.proc("orif-2026-01-12", cc(CPT, "27792", "Open treatment of distal fibular fracture (lateral malleolus), with internal fixation"), ("2026-01-12", "12:40"),
           performer=ortho, body="Left ankle")

    C.med("rx-metformin", "metformin ER 750 mg tablet", ("2025-06-17", "13:20"), rx=("6809", "metformin"), dosage="2 tablets with evening meal", requester=pcp)
    C.med("rx-amlodipine", "amlodipine 10 mg tablet", ("2025-06-17", "13:21"), rx=("17767", "amlodipine"), dosage="1 tablet daily", requester=pcp)
    C.med("rx-phentermine", "phentermine 37.5 mg tablet", ("2023-05-02", "10:00"), status="completed", rx=("8152", "phentermine"),
          dosage="1/2 tablet every morning", requester=oldpcp, validity=("2023-05-02", "2023-11-14"), zone="AZ",
          note="Outside prescription (Mesa Verde Internal Medicine) as part of supervised weight-management program.")

    C.doc("outside-letter-2024-11-25", ("2024-11-25", "16:00"), "referral", "Outside records - summary letter from prior PCP", oldpcp, """
        MESA VERDE INTERNAL MEDICINE
        Cottonwood Springs, AZ

        November 25, 2024
        To: Future treating physicians, Sandhill, Nebraska
        Re: Gloria Nakashima-Ferris, DOB 07/30/1955

        Mrs. Nakashima-Ferris has been my patient since 2014 and is relocating to Nebraska to be near her
        daughter. Summary of active problems:
        - Obesity class II: BMI 37.0 at her visit on 11/18/2024. Weight has been in this range for years.
        - Type 2 diabetes since 2017 on metformin; last A1c 7.4%.
        - Hypertension on amlodipine.
        - Osteoarthritis, both knees.
        Weight management: she completed our physician-supervised weight-management program from 05/2023
        to 11/2023 (monthly visits, dietitian counseling, food logs, activity plan, phentermine 18.75 mg
        daily). Maximum loss was about 4% at 3 months; by the end of the program and at follow-up in
        2024 she had regained it. She previously tried a commercial program (2019) on her own without
        lasting results. I believe she is an appropriate candidate for bariatric surgery evaluation.
        Please do not hesitate to call for full records.
        Lydia Verhoeven, MD
        """, custodian=oorg, zone="AZ")

    C.doc("pcp-2025-12-02", ("2025-12-02", "10:15"), "progress", "Internal medicine visit - referral to bariatric surgery", pcp, """
        SANDHILL REGIONAL INTERNAL MEDICINE      12/02/2025      Oluwaseun Haverford, MD
        70F established 6/2025 (telehealth new-patient visit; first in-person visit today).
        Wants to discuss weight-loss surgery - her daughter had a gastric band in 2019 and did well.
        Records from Dr. Verhoeven (AZ) reviewed: supervised program with phentermine 2023, regained.
        DM2 - A1c 7.8 (10/2025) on metformin. HTN - BP 142/86 today on amlodipine 10. Knee OA.
        Vitals: Wt 100.4 kg, BP 142/86, HR 78. (Ht not entered - MA note: stadiometer broken in room 4.)
        Plan: referral to Sandhill Regional Surgical Weight Loss. Increase metformin ER to 1500 mg.
        Consider GLP-1 RA - pt reluctant (sister had pancreatitis); revisit after surgical consult.
        """, custodian=org)

    C.doc("ortho-2026-02-24", ("2026-02-24", "11:30"), "progress", "Orthopaedic post-operative visit", ortho, """
        SANDHILL ORTHOPAEDICS - POST-OP VISIT       02/24/2026       Wendell Okafor, MD
        6 weeks s/p ORIF L lateral malleolus fracture (fall on ice 01/09/2026; surgery 01/12/2026).
        Incision healed. X-rays: hardware intact, early callus, alignment maintained.
        Plan: remain NON-weight-bearing in CAM boot 4 more weeks, then begin progressive weight-bearing
        with PT. Knee scooter/wheelchair for distances. RTC 04/07/2026 with x-rays.
        DVT prophylaxis completed. Diabetic - counseled on wound/bone healing and glucose control.
        """, custodian=org)

    C.doc("dietitian-2026-03-10", ("2026-03-10", "14:00"), "progress", "Bariatric program - initial nutrition assessment", rd, """
        SANDHILL REGIONAL SURGICAL WEIGHT LOSS - INITIAL NUTRITION ASSESSMENT      03/10/2026
        Renata Szabo, RD, LMNT

        Anthropometrics: Wt 94.6 kg (seated chair scale; CAM boot on, not subtracted).
        Ht: NOT obtained - non-weight-bearing L ankle (ORIF 1/12), unable to stand on stadiometer. Pt unsure
        of her current height; says she has "lost an inch or two" over the years. No height on file in our
        system. BMI: unable to calculate today.
        Weight history: per pt ~221 lb before the fracture; appetite poor and less snacking since, "lost about
        13 pounds". Highest adult weight ~240 lb (2018).
        Prior attempts: commercial program 2019; physician-supervised program with phentermine 2023 (AZ) -
        lost ~9 lb, regained; our program: session 1 today.
        Diet recall: skips breakfast, large evening meal, regular soda 1-2/day, grazing in the evening.
        Education: protein first, eliminate sugary beverages, meal timing, pre-op supplement plan.
        Plan: monthly visits x 3 (program requirement). Obtain standing height and BMI at next visit once
        cleared to weight-bear (ortho f/u 4/7).
        """, custodian=org)

    C.doc("surg-consult-2026-03-24", ("2026-03-24", "15:20"), "consult", "Bariatric surgery consultation", surg, as_text("""
        <h3>Bariatric Surgery Consultation</h3>
        <p><b>03/24/2026</b> &middot; Celeste Armistead, MD &middot; Sandhill Regional Surgical Weight Loss</p>
        <p><b>HPI:</b> 70-year-old woman with longstanding obesity, type 2 diabetes (A1c 7.6% 2/2026) and hypertension, referred by Dr. Haverford.
        Completed a physician-supervised program with phentermine (05&ndash;11/2023, Arizona) with transient ~4% loss and full regain.
        Currently in a CAM boot after L ankle ORIF (1/2026), non-weight-bearing until 4/7.</p>
        <p><b>Weight / BMI:</b> BMI 37 per outside records (11/2024). Weight 94.6 kg on 3/10 (seated). Current height pending (NWB).</p>
        <p><b>Exam:</b> seated in wheelchair; BP 136/80; abdomen obese, soft, low transverse C-section scar; L leg in boot.</p>
        <p><b>Assessment:</b> obesity with BMI &gt; 35 and obesity-related comorbidities (T2DM, HTN); unsuccessful supervised medical weight management.
        Discussed RYGB, sleeve and adjustable gastric band. She prefers the adjustable band (least invasive, reversible, daughter's experience) and accepts
        the lower expected weight loss and need for adjustments.</p>
        <p><b>Plan:</b> laparoscopic adjustable gastric banding (CPT 43770) after ortho clearance for weight-bearing. Psych evaluation 4/14, EGD pre-op,
        complete nutrition sessions. Submit for authorization.</p>
        """), custodian=org)

    C.sreq("sr-lagb", cc(CPT, "43770", "Laparoscopic gastric restrictive procedure; placement of adjustable gastric restrictive device"), (D, "10:00"),
           requester=surg, reason=[("E66.01", "Morbid (severe) obesity due to excess calories"), ("E11.9", "Type 2 diabetes mellitus without complications")])

    cs = case("bg-bar-01", pid, ("cpt", "43770", "Laparoscopic adjustable gastric band placement"),
              [("E66.01", "Morbid (severe) obesity due to excess calories"), ("E11.9", "Type 2 diabetes mellitus without complications"),
               ("I10", "Essential (primary) hypertension")], D, "request_info", "NCD 100.1",
              ["Observation/wt-2026-03-10", "DocumentReference/dietitian-2026-03-10", "DocumentReference/surg-consult-2026-03-24",
               "DocumentReference/outside-letter-2024-11-25"],
              "LAGB is a nationally covered procedure. Comorbidities (T2DM, HTN) and prior unsuccessful supervised medical treatment are documented. "
              "No current BMI: no height has ever been recorded in this system, the only BMI (37) is a 16-month-old outside value without its "
              "weight/height, and she has lost weight since (94.6 kg now); at that weight BMI >= 35 depends on a height nobody has measured. "
              "The surgeon relies on the outside figure. Ask for a measured height/current BMI.",
              missing=["height|BMI|body mass index"],
              note="Lap band. BMI 37, T2DM, HTN. Failed supervised program with phentermine.")
    return cs, C


def bar02():
    pid, D = "pg08", "2026-05-19"
    C = Chart(pid, "fhir.greatlakesbariatric.example", "ET")
    C.patient(["Theresa", "A."], "Kowalczyk-Rhee", "female", "1960-10-09", "2145 Heron Pointe Dr", "Lowell Creek", "MI", "49331", "GLB-66120", "616-555-0193")
    surg = C.practitioner("iwu-sandoval", ["Marcus"], "Iwu-Sandoval", "MD", "General and Bariatric Surgery", "1083672951")
    pcp = C.practitioner("fairchild", ["Ellen"], "Fairchild", "MD", "Family Medicine", "1932518860")
    rd = C.practitioner("haddad", ["Kira"], "Haddad", "RD", "Registered Dietitian (bariatric)", "1811046725")
    psy = C.practitioner("petrakis", ["Jonah"], "Petrakis", "PhD", "Clinical Psychologist", "1467393802")
    om = C.practitioner("raghavan", ["Sunita"], "Raghavan", "MD", "Obesity Medicine", "1528071134")
    org = C.organization("glbmc", "Great Lakes Bariatric & Metabolic Center", "prov", "Lowell Creek", "MI", "616-555-0160")
    wc = C.organization("lcmwc", "Lowell Creek Medical Weight Clinic", "prov", "Lowell Creek", "MI", "616-555-0145")
    medicare(C, "9JW3-DK5-RA61", "2025-10-01")

    C.condition("morbid-obesity", "E66.01", "Morbid (severe) obesity due to excess calories", ("2026-04-28", "11:30"), asserter=surg)
    C.condition("t2dm", "E11.65", "Type 2 diabetes mellitus with hyperglycemia", ("2019-08-21", "10:00"), asserter=pcp)
    C.condition("osa", "G47.33", "Obstructive sleep apnea (adult) (pediatric)", ("2021-03-09", "10:00"), note="PSG 2021 AHI 34; on CPAP, good adherence.")
    C.condition("htn", "I10", "Essential (primary) hypertension", ("2016-05-02", "09:00"))

    C.obs("bmi-outside-2023-03-14", lo("39156-5", "Body mass index (BMI) [Ratio]"), ("2023-03-14", "09:30"), 34.6, "kg/m2", "kg/m2",
          category="vital-signs", note="Imported from prior EHR (Lakeshore Family Practice).")
    C.obs("a1c-2026-04-10", lo("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), ("2026-04-10", "08:05"), 8.1, "%")
    C.obs("wt-2026-04-28", lo("29463-7", "Body weight"), ("2026-04-28", "10:50"), 104.3, "kg", category="vital-signs")
    C.obs("ht-2026-04-28", lo("8302-2", "Body height"), ("2026-04-28", "10:50"), 164.8, "cm", category="vital-signs")
    C.obs("bmi-2026-04-28", lo("39156-5", "Body mass index (BMI) [Ratio]"), ("2026-04-28", "10:50"), 38.4, "kg/m2", "kg/m2", category="vital-signs")

    C.med("rx-metformin", "metformin 1000 mg tablet", ("2019-08-21", "10:15"), rx=("6809", "metformin"), dosage="1 tablet twice daily", requester=pcp)
    C.med("rx-glargine", "insulin glargine 100 units/mL pen", ("2023-11-02", "14:00"), rx=("274783", "insulin glargine"), dosage="34 units at bedtime", requester=pcp)
    C.med("rx-lisinopril", "lisinopril 20 mg tablet", ("2016-05-02", "09:10"), rx=("29046", "lisinopril"), dosage="1 tablet daily", requester=pcp)
    C.med("rx-semaglutide", "semaglutide 1 mg/dose pen injector", ("2024-06-18", "15:00"), status="stopped", rx=("1991302", "semaglutide"),
          dosage="1 mg subcutaneously weekly (titrated from 0.25 mg)", requester=om, validity=("2024-06-18", "2025-01-09"),
          status_reason="Stopped 01/09/2025 - persistent nausea/vomiting at 1 mg, not tolerated at 0.5 mg either.")

    C.doc("weight-clinic-2025-02-03", ("2025-02-03", "12:00"), "referral", "Medical weight management program - completion letter", om, """
        LOWELL CREEK MEDICAL WEIGHT CLINIC
        February 3, 2025

        Ellen Fairchild, MD
        Re: Theresa Kowalczyk-Rhee, DOB 10/09/1960

        Dear Dr. Fairchild,
        Ms. Kowalczyk-Rhee completed our physician-supervised medical weight management program from
        06/11/2024 through 01/21/2025 (8 monthly physician visits, 6 dietitian sessions, activity coaching,
        partial meal replacement).
        Pharmacotherapy: semaglutide started 06/18/2024 and titrated to 1 mg weekly; discontinued 01/09/2025
        because of persistent nausea and vomiting (re-trial at 0.5 mg also not tolerated).
        Weights: 107.9 kg at entry (BMI 39.7) -> nadir 101.6 kg (10/2024) -> 102.1 kg at completion
        (BMI 37.6). Her A1c did not reach goal (8.0%).
        Summary: modest early loss with plateau and partial regain after stopping semaglutide. We consider
        medical management unsuccessful for durable weight loss and support referral for metabolic/bariatric
        surgery evaluation.
        Sincerely,
        Sunita Raghavan, MD, Diplomate ABOM
        """, custodian=wc)

    C.doc("pcp-2026-03-03", ("2026-03-03", "11:45"), "progress", "Family medicine visit", pcp, """
        LOWELL CREEK FAMILY MEDICINE     03/03/2026     Ellen Fairchild, MD
        65F new to Medicare (10/2025). Here for DM f/u and bariatric referral paperwork.
        DM2: A1c 8.3 (12/2025) on metformin 1000 BID + glargine 34 u. Fasting 150s-170s.
        OSA: on CPAP nightly, download 92% use > 4 h.
        HTN: 134/82 on lisinopril.
        Intertrigo under pannus - nystatin powder. Colonoscopy 2024 normal. Mammogram 1/2026 normal.
        Wt 230 lb (104.3 kg in office scale), BMI ~38.
        Weight: completed Lowell Creek weight clinic program 2024-25 (letter on file); GLP-1 not tolerated.
        Plan: referral to Great Lakes Bariatric & Metabolic Center (Dr. Iwu-Sandoval). Nystatin. Eye exam due.
        """, custodian=org)

    C.doc("psych-2026-04-14", ("2026-04-14", "16:30"), "consult", "Pre-surgical psychological evaluation", psy, """
        PRE-BARIATRIC PSYCHOLOGICAL EVALUATION       04/14/2026        Jonah Petrakis, PhD
        Methods: clinical interview (75 min), PHQ-9 (4), GAD-7 (3), BES (binge eating scale 11 - no binge
        eating), AUDIT-C 1. Review of records.
        Psychiatric history: situational anxiety after husband's death (2018), brief counseling; no
        hospitalizations, no SI history, no substance use disorder.
        Understanding: describes RYGB anatomy, lifelong supplements, dumping, need for follow-up accurately.
        Support: daughter and sister locally; attends a church walking group.
        Impression: no psychological contraindication. Cleared for bariatric surgery. Recommend joining the
        center's support group pre- and post-op.
        """, custodian=org)

    C.doc("surg-consult-2026-04-28", ("2026-04-28", "11:40"), "consult", "Bariatric surgery consultation", surg, html_doc("Bariatric surgery consult", """
        <h3>Great Lakes Bariatric &amp; Metabolic Center &mdash; Surgical Consultation</h3>
        <p><b>04/28/2026</b> &middot; Marcus Iwu-Sandoval, MD</p>
        <p><b>Vitals:</b> Ht 164.8 cm, Wt 104.3 kg, <b>BMI 38.4</b>, BP 136/84, HR 80.</p>
        <p><b>Comorbidities:</b> type 2 diabetes with hyperglycemia on insulin (A1c 8.1% 4/10/26); OSA on CPAP; hypertension; GERD symptoms 2&ndash;3x/week
        (no EGD yet).</p>
        <p><b>Prior treatment:</b> physician-supervised medical weight management 6/2024&ndash;1/2025 including semaglutide (stopped for intolerance) &mdash;
        unsuccessful (letter Dr. Raghavan, 2/3/25). Earlier BMI 34.6 (2023) predates her 2024 weight gain.</p>
        <p><b>Exam:</b> central obesity, pannus with intertrigo (improving), no hernias, prior laparoscopic cholecystectomy scars.</p>
        <p><b>Assessment / plan:</b> Class II obesity with insulin-treated T2DM, OSA and HTN. With GERD and diabetes, laparoscopic Roux-en-Y gastric bypass is
        preferred over sleeve. Risks, benefits and alternatives discussed; she wishes to proceed. Psych cleared 4/14. Pre-op EGD, nutrition visits, smoking
        status: never. Target date 6/2026.</p>
        """), ctype="text/html", custodian=org)

    C.doc("dietitian-2026-05-05", ("2026-05-05", "09:30"), "progress", "Pre-operative nutrition visit", rd, """
        BARIATRIC NUTRITION - PRE-OP VISIT 2 of 3       05/05/2026       Kira Haddad, RD
        Wt 103.6 kg (down 0.7 kg since 4/28). Food log reviewed - protein ~70 g/day, sugary drinks eliminated.
        Labs pre-op: vitamin D 22 (start D3 2000 IU), B12 and iron normal, folate normal.
        Taught: pre-op liquid diet x 2 weeks, post-op diet stages, chewable multivitamin, calcium citrate
        1200-1500 mg, B12. Patient engaged, asks good questions.
        Plan: visit 3 on 6/2. Cleared from nutrition standpoint after visit 3.
        """, custodian=org)

    C.sreq("sr-rygb", cc(CPT, "43644", "Laparoscopic gastric bypass with Roux-en-Y gastroenterostomy (Roux limb 150 cm or less)"), (D, "13:15"),
           requester=surg, reason=[("E66.01", "Morbid (severe) obesity due to excess calories"), ("E11.65", "Type 2 diabetes mellitus with hyperglycemia")])

    cs = case("bg-bar-02", pid, ("cpt", "43644", "Laparoscopic gastric bypass with Roux-en-Y gastroenterostomy"),
              [("E66.01", "Morbid (severe) obesity due to excess calories"), ("E11.65", "Type 2 diabetes mellitus with hyperglycemia"),
               ("G47.33", "Obstructive sleep apnea (adult) (pediatric)")], D, "approve", "NCD 100.1",
              ["Observation/bmi-2026-04-28", "Condition/t2dm", "DocumentReference/weight-clinic-2025-02-03",
               "DocumentReference/surg-consult-2026-04-28", "MedicationRequest/rx-semaglutide"],
              "Laparoscopic RYGB is nationally covered. Current BMI 38.4 (measured height and weight; the 2023 BMI 34.6 is older), obesity-related "
              "comorbidities (T2DM - named by the NCD - plus OSA, HTN), and a documented unsuccessful physician-supervised program with "
              "pharmacotherapy.",
              note="Lap RYGB. BMI 38.4, T2DM on insulin, OSA, HTN. Failed supervised program incl. semaglutide.")
    return cs, C
