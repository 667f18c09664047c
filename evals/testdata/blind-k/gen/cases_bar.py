"""NCD 100.1 - bariatric surgery (CPT 43644 / 43770)."""
from fhirlib import Chart, cc, q, LOINC, ICD10CM, CPT, HCPCS, RXNORM


def bar01():
    c = Chart("pk07", "GA", "https://fhir.peachtree-bmc.example/r4")
    LOC = "http://peachtree-bmc.example/CodeSystem/screening"
    c.patient("Goodwin", ["Patricia", "Ann"], "female", "1959-08-11", "Decatur", "812 Clairmont Ave", "30030", "PBM-551027",
              "http://peachtree-bmc.example/mrn")
    surg = c.practitioner("pr-medina", "Medina-Ruiz", ["Carlos"], "MD, FACS", "General Surgery - Bariatric and Metabolic Surgery", "1396018275")
    pcp = c.practitioner("pr-thornburg", "Thornburg", ["Lisa"], "MD", "Internal Medicine", "1821093366")
    psy = c.practitioner("pr-price", "Price", ["Janelle"], "PhD", "Clinical Psychology")
    srn = c.practitioner("pr-okonkwo", "Okonkwo", ["Grace"], "RN", "Registered Nurse - Sleep Center")
    bmc = c.org("org-pbmc", "Peachtree Bariatric & Metabolic Center", "Surgical practice", "Atlanta")
    sleep = c.org("org-nsi", "Northside Sleep Institute", "Sleep center (IDTF)", "Atlanta")
    enc = c.encounter("enc-consult-0209", "AMB", "Bariatric surgery new patient consultation", "2026-02-09 09:00",
                      "2026-02-09 10:10", surg, bmc)
    c.condition("cond-obesity", "E66.01", "Morbid (severe) obesity due to excess calories", recorded="2026-02-09 09:58",
                recorder=surg, encounter=enc)
    c.condition("cond-bmi", "Z68.41", "Body mass index [BMI] 40.0-44.9, adult", recorded="2026-02-09 09:58", recorder=surg)
    c.condition("cond-sa-prov", "G47.30", "Sleep apnea, unspecified", recorded="2026-02-09 09:59", recorder=surg,
                verification="provisional", note="Suspected OSA - HST ordered")
    c.condition("cond-hx-gdm", "Z86.32", "Personal history of gestational diabetes", recorded="2018-04-03 10:00",
                note="GDM 1991 (2nd pregnancy), diet controlled, resolved postpartum")
    c.obs("wt-2026-02-09", cc(LOINC, "29463-7", "Body weight"), "2026-02-09 09:08", q(113.2, "kg"), cat="vital-signs", encounter=enc)
    c.obs("ht-2026-02-09", cc(LOINC, "8302-2", "Body height"), "2026-02-09 09:08", q(165.1, "cm"), cat="vital-signs", encounter=enc)
    c.obs("bmi-2026-02-09", cc(LOINC, "39156-5", "Body mass index (BMI) [Ratio]"), "2026-02-09 09:08", q(41.5, "kg/m2"),
          cat="vital-signs", encounter=enc)
    c.obs("a1c-2026-01-15", cc(LOINC, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), "2026-01-15 08:05", q(5.6, "%"))
    c.obs("lipids-2026-01-15", cc(LOINC, "24331-1", "Lipid panel - Serum or Plasma"), "2026-01-15 08:05",
          comps=[(cc(LOINC, "2093-3", "Cholesterol [Mass/volume] in Serum or Plasma"), q(188, "mg/dL")),
                 (cc(LOINC, "2571-8", "Triglyceride [Mass/volume] in Serum or Plasma"), q(131, "mg/dL")),
                 (cc(LOINC, "2085-9", "Cholesterol in HDL [Mass/volume] in Serum or Plasma"), q(54, "mg/dL")),
                 (cc(LOINC, "13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation"), q(108, "mg/dL"))])
    c.obs("stopbang-2026-02-09", cc(LOC, "STOPBANG", text="STOP-BANG score"), "2026-02-09 09:20", 5, cat="survey", encounter=enc)
    c.servicereq("sr-hst", cc(HCPCS, "G0399", "Home sleep test (HST) with type III portable monitor, unattended"),
                 "2026-02-09 10:02", status="active", requester=surg, performer=sleep, reason="Pre-bariatric OSA screening, STOP-BANG 5")
    c.procedure("hst-2026-03-04", cc(CPT, "95806", "Home sleep apnea test, unattended"), "2026-03-04 22:30",
                performer=sleep, note="Device returned 3/5/2026. Study scored; physician interpretation pending.")
    c.medstmt("phentermine", "phentermine 37.5 mg tablet", "stopped", start="2024-05-06", end="2024-08-02", rxnorm="8152",
              asserted="2026-02-09 09:15", status_reason="Palpitations and insomnia; weight plateau",
              note="Prescribed by PCP during supervised weight program")
    c.famhx("fmh-mother", "MTH", "mother", "Type 2 diabetes mellitus", "2026-02-09 09:15", onset_age=52, deceased=True,
            icd="E11.9", icd_display="Type 2 diabetes mellitus without complications")

    pcp1 = """Annual Wellness Visit / Chronic care     01/15/2026     Lisa Thornburg, MD
Patricia Goodwin, 66 y.o. F

Interval: Feels well overall. Remains frustrated with weight; interested in bariatric surgery, referral requested.
Health maintenance: mammogram 11/2025 normal; colonoscopy 2022 (1 tubular adenoma) due 2029; DEXA 2024 osteopenia.
PMH: obesity; GDM 1991 (resolved); osteopenia; seasonal allergies. No hypertension. No diabetes.
Meds: loratadine PRN, calcium/vit D.
ROS: negative for chest pain, dyspnea, reflux/heartburn, joint pain, leg swelling, urinary leakage. Husband has
mentioned snoring.
Vitals: BP 124/78 (repeat 122/76). Wt 249 lb. BMI 41.4.
Labs today: A1c 5.6%. Lipids: TC 188, TG 131, HDL 54, LDL 108. CMP normal, ALT 21.
A/P:
1. Class III obesity - referral to Peachtree Bariatric; letter summarizing our supervised weight program attached
   (see letter of 10/2025).
2. Normoglycemic despite family hx (mother T2DM) and hx GDM - rescreen yearly.
3. BP normal - no HTN.
4. Snoring - bariatric team will screen for OSA.
"""
    c.note("pcp-2026-01-15", "2026-01-15 11:32", "11506-3", "Progress note", "Annual wellness visit", pcp1, pcp)

    letter = """LISA THORNBURG, MD  |  DeKalb Internal Medicine
October 21, 2025

To: Bariatric Surgery Program
Re: Patricia A. Goodwin, DOB 08/11/1959 - physician-supervised weight management

Mrs. Goodwin participated in a physician-supervised weight-loss program in my office from 03/2024 through 09/2024
(seven monthly visits: 3/11, 4/8, 5/6, 6/3, 7/8, 8/5, 9/9/2024). The program included a 1,400 kcal/day meal
plan with registered dietitian counseling, a progressive walking plan, behavioral strategies (food and activity
logs reviewed at each visit) and, from 5/6/2024 to 8/2/2024, phentermine 37.5 mg daily, stopped because of
palpitations and insomnia.

Weights: 3/11/24 252 lb; 6/3/24 241 lb; 9/9/24 244 lb. She regained to 251 lb by 3/2025 despite continued
adherence to the meal plan. In my opinion she has been unsuccessful with medical management of obesity.

Sincerely,
Lisa Thornburg, MD
"""
    c.note("pcp-letter-2025-10-21", "2025-10-21 14:00", "51852-2", "Letter", "Letter - supervised weight program", letter, pcp)

    cons = """<html><body>
<h3>PEACHTREE BARIATRIC &amp; METABOLIC CENTER &mdash; New Patient Consultation</h3>
<p>Date: 02/09/2026 &nbsp;&nbsp; Surgeon: Carlos Medina-Ruiz, MD, FACS<br/>
Patient: Patricia Ann Goodwin, 66 F &nbsp;&nbsp; Referred by: Lisa Thornburg, MD</p>
<p><b>HPI:</b> Lifelong obesity, max weight 256 lb. Failed supervised program 2024 with phentermine (see PCP
letter). Interested in laparoscopic Roux-en-Y gastric bypass. Husband reports loud snoring and pauses in
breathing; she has morning headaches and dozes while reading. Denies reflux symptoms.</p>
<table border="1" cellpadding="2">
<tr><th>Vitals</th><th>Value</th></tr>
<tr><td>Height</td><td>165.1 cm (5' 5")</td></tr>
<tr><td>Weight</td><td>113.2 kg (249.6 lb)</td></tr>
<tr><td>BMI</td><td>41.5</td></tr>
<tr><td>BP</td><td>126/80</td></tr>
</table>
<p><b>PMH:</b> obesity; hx gestational DM (1991); osteopenia. <b>No</b> hypertension, <b>no</b> diabetes
(A1c 5.6% 1/2026), lipids at goal. <b>FHx:</b> mother T2DM (d. 74), brother HTN.</p>
<p><b>Obesity-related comorbidity screen:</b></p>
<ul><li>HTN &ndash; no</li><li>T2DM &ndash; no (A1c 5.6)</li><li>Dyslipidemia &ndash; no</li>
<li>GERD &ndash; denies</li><li>OA / joint pain &ndash; denies</li>
<li>OSA &ndash; <i>suspected</i>: STOP-BANG 5, witnessed apneas. HST ordered (Northside Sleep Institute).</li></ul>
<p><b>Assessment:</b> Class III obesity, BMI 41.5, prior unsuccessful medical weight management. Candidate for
laparoscopic RYGB pending sleep study, psychology evaluation, nutrition clearance, and labs.</p>
<p><b>Plan:</b> HST; psych eval; RD visits; EGD pre-op; return after sleep study. If OSA is confirmed will need
CPAP prior to surgery.</p>
</body></html>"""
    c.note("consult-2026-02-09", "2026-02-09 10:40", "11488-4", "Consult note", "Bariatric surgery consultation", cons, surg,
           ctype="text/html", encounter=enc)

    psyn = """PRE-SURGICAL PSYCHOLOGICAL EVALUATION    02/23/2026    Janelle Price, PhD
Patient: Patricia Goodwin. Clinical interview 60 min, PHQ-9 = 3, GAD-7 = 2, BES = 11 (no binge eating).
No history of psychiatric hospitalization, substance use or eating disorder. Good understanding of post-operative
dietary requirements; strong support from husband. Realistic expectations.
Impression: No psychological contraindication to bariatric surgery. Cleared.
"""
    c.note("psych-2026-02-23", "2026-02-23 15:30", "11488-4", "Consult note", "Psychological evaluation", psyn, psy)

    tel = """NORTHSIDE SLEEP INSTITUTE - TELEPHONE NOTE
03/16/2026 10:12   Grace Okonkwo, RN
Pt called asking for her home sleep test results (device worn 3/4, returned 3/5). Advised study has been scored
and is waiting for the physician's interpretation; turnaround currently 2-3 weeks. Results will be faxed to
Dr. Medina-Ruiz and to Dr. Thornburg once signed. Pt verbalized understanding.
"""
    c.note("sleep-tel-2026-03-16", "2026-03-16 10:12", "34748-4", "Telephone encounter Note", "Sleep center telephone note",
           tel, srn)

    later = """BARIATRIC SURGERY - RETURN VISIT 04/06/2026   C. Medina-Ruiz, MD
HST (read 3/31/26): AHI 22/h, nadir 83% - moderate OSA. CPAP being arranged. Comorbidity: OSA. Proceed with RYGB
planning once on CPAP.
"""
    c.note("surg-2026-04-06", "2026-04-06 11:00", "11506-3", "Progress note", "Bariatric surgery return visit", later, surg)

    case = {
        "id": "bk-bar-01", "patient": "patients/pk07.json",
        "request": {"service": {"system": CPT, "code": "43644",
                                "display": "Laparoscopic Roux-en-Y gastric bypass"},
                    "diagnoses": [{"system": ICD10CM, "code": "E66.01", "display": "Morbid (severe) obesity due to excess calories"},
                                  {"system": ICD10CM, "code": "Z68.41", "display": "Body mass index [BMI] 40.0-44.9, adult"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-03-19"},
        "gold": {"recommendation": "request_info", "policy": "NCD 100.1",
                 "evidence": ["Observation/bmi-2026-02-09", "DocumentReference/pcp-letter-2025-10-21",
                              "DocumentReference/consult-2026-02-09"],
                 "missing": ["sleep study|sleep apnea|OSA|HST|polysomnography|comorbidity|co-morbidity|comorbidities|co-morbidities|comorbid|obesity-related|obesity related"],
                 "rationale": "BMI 41.5 and failed supervised medical weight management are documented; RYGB is a covered "
                              "procedure. The NCD requires an obesity-related comorbidity at any BMI >= 35: HTN, diabetes, "
                              "dyslipidemia, GERD and joint disease are documented absent, gestational diabetes and mother's "
                              "diabetes are not current patient comorbidities, and OSA is only suspected (provisional) with the "
                              "HST done but not yet interpreted. The OSA result dated after the request does not count."}}
    return case, c, "2026-03-19 12:00"


def bar02():
    c = Chart("pk08", "NM", "https://fhir.sandia-bms.example/R4")
    c.patient("Baca", ["Ernesto", "R"], "male", "1959-04-02", "Albuquerque", "5320 Montgomery Blvd NE", "87109", "SBM-60772",
              "http://sandia-bms.example/mrn")
    surg = c.practitioner("pr-caldwell", "Caldwell", ["Whitney"], "MD", "Bariatric Surgery", "1285736401")
    rd = c.practitioner("pr-lucero", "Lucero", ["Teresa"], "RD, LD", "Registered Dietitian")
    rn = c.practitioner("pr-sandoval", "Sandoval", ["Angela"], "RN, BSN", "Bariatric Program Coordinator")
    pcp = c.practitioner("pr-chavez", "Chavez", ["Samuel"], "MD", "Family Medicine", "1730551984")
    org = c.org("org-sbms", "Sandia Bariatric & Metabolic Surgery", "Surgical practice", "Albuquerque")
    e1 = c.encounter("enc-intake-0310", "AMB", "Bariatric intake", "2026-03-10 08:30", "2026-03-10 09:45", surg, org)
    e2 = c.encounter("enc-rd-0922", "AMB", "Nutrition visit", "2026-09-22 13:00", "2026-09-22 13:40", rd, org)
    e3 = c.encounter("enc-preop-0929", "AMB", "Pre-operative H&P", "2026-09-29 10:00", "2026-09-29 10:40", surg, org)
    c.condition("cond-obes", "E66.01", "Morbid (severe) obesity due to excess calories", recorded="2026-03-10 09:30", recorder=surg)
    c.condition("cond-bmi38", "Z68.38", "Body mass index [BMI] 38.0-38.9, adult", recorded="2026-03-10 09:30", recorder=surg)
    c.condition("cond-dm2", "E11.9", "Type 2 diabetes mellitus without complications", recorded="2018-06-12 10:00", onset="2018")
    c.condition("cond-htn", "I10", "Essential (primary) hypertension", recorded="2015-02-03 10:00", onset="2015")
    c.obs("wt-2026-03-10", cc(LOINC, "29463-7", "Body weight"), "2026-03-10 08:40", q(100.7, "kg"), cat="vital-signs", encounter=e1)
    c.obs("ht-2026-03-10", cc(LOINC, "8302-2", "Body height"), "2026-03-10 08:40", q(162.6, "cm"), cat="vital-signs", encounter=e1)
    c.obs("bmi-2026-03-10", cc(LOINC, "39156-5", "Body mass index (BMI) [Ratio]"), "2026-03-10 08:40", q(38.1, "kg/m2"),
          cat="vital-signs", encounter=e1)
    c.obs("wt-2026-06-16", cc(LOINC, "29463-7", "Body weight"), "2026-06-16 14:05", q(95.2, "kg"), cat="vital-signs")
    c.obs("wt-2026-09-22", cc(LOINC, "29463-7", "Body weight"), "2026-09-22 13:04", q(89.4, "kg"), cat="vital-signs", encounter=e2)
    c.obs("wt-2026-09-29", cc(LOINC, "29463-7", "Body weight"), "2026-09-29 10:06", q(197, "[lb_av]"), cat="vital-signs",
          encounter=e3)
    c.obs("a1c-2026-06-10", cc(LOINC, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), "2026-06-10 07:50", q(7.1, "%"))
    c.medreq("metformin", "metformin", "2018-06-12 10:20", requester=pcp, rxnorm="6809", dosage="1000 mg PO BID")
    c.medreq("semaglutide", "semaglutide", "2025-11-04 09:40", requester=pcp, rxnorm="1991302",
             dosage="0.5 mg SC weekly, increased to 1 mg 1/2026", reason="Type 2 diabetes (A1c 8.2% 10/2025)")
    c.medreq("lisinopril", "lisinopril", "2015-02-03 10:15", requester=pcp, rxnorm="29046", dosage="10 mg PO daily")

    intake = """SANDIA BARIATRIC & METABOLIC SURGERY - INITIAL CONSULTATION
Date: 03/10/2026     Surgeon: Whitney Caldwell, MD
Patient: Ernesto R. Baca   DOB 04/02/1959   66 y.o. M

HPI: 66M referred by Dr. Chavez for surgical weight loss. Weight has been 215-230 lb for ~15 years. Prior
attempts: commercial program 2019 (self-directed); physician-supervised program with Dr. Chavez 2023 (6 monthly
visits, dietitian, lost 11 lb, regained within a year). Started semaglutide 11/2025 for diabetes (A1c 8.2) -
modest weight change so far. Interested in adjustable gastric band; does not want bypass ("I don't want my
intestines rerouted").

PMH: T2DM (2018), HTN (2015), hyperlipidemia, OA R knee.
Meds: metformin 1000 BID, semaglutide 1 mg weekly, lisinopril 10, atorvastatin 20.
Vitals: Ht 162.6 cm (5'4")  Wt 100.7 kg (222 lb)  BMI 38.1  BP 136/84
Exam: central adiposity, no hernia, no edema.

A/P: Class II obesity, BMI 38.1, with obesity-related comorbidities (T2DM, HTN). Prior medical management
unsuccessful. Candidate for laparoscopic adjustable gastric banding. Enroll in our 6-month pre-operative
medically supervised nutrition program (monthly RD visits), psych eval, labs, EGD, cardiology clearance.
"""
    c.note("intake-2026-03-10", "2026-03-10 10:30", "11488-4", "Consult note", "Bariatric consultation", intake, surg,
           encounter=e1)

    rd1 = """NUTRITION FOLLOW-UP (pre-op program, visit 4 of 6)   06/16/2026   Teresa Lucero, RD, LD
Wt today 95.2 kg (209.9 lb). Start 100.7 kg. Change -5.5 kg. Reviewed food logs; protein 80-90 g/d; eliminated
regular soda. Walking 30 min 5x/wk. Goals: continue 1,600 kcal plan, practice slow eating / 20-min meals.
Assessment (carried forward from intake): BMI 38.1, T2DM, HTN. Pt motivated.
"""
    c.note("rd-2026-06-16", "2026-06-16 14:30", "34109-9", "Note", "Nutrition follow-up", rd1, rd)

    rd2 = """NUTRITION VISIT - FINAL PRE-OP (visit 6 of 6)   09/22/2026   Teresa Lucero, RD, LD
Weight: 89.4 kg (197.1 lb) on clinic scale, shoes off. Start 100.7 kg -> total -11.3 kg (-25 lb). Excellent
adherence, logs complete. Semaglutide 1 mg weekly continues (per PCP). A1c 7.1 (June).
Completed all 6 program visits. Nutrition clearance for surgery given. Post-band diet stages reviewed.
"""
    c.note("rd-2026-09-22", "2026-09-22 13:45", "34109-9", "Note", "Nutrition final pre-op visit", rd2, rd, encounter=e2)

    preop = """PRE-OPERATIVE HISTORY AND PHYSICAL
Date of service: 09/29/2026      Whitney Caldwell, MD
Procedure planned: Laparoscopic adjustable gastric band (LAGB)

HPI: 67M with morbid obesity, BMI 38.1, with T2DM and HTN, who has failed medical management and completed our
6-month pre-operative program. Psych cleared 5/2026, cardiology cleared 8/2026 (normal stress echo), EGD 7/2026
small hiatal hernia (repair at time of band).

Vitals: Ht 5'4"  |  Wt 197 lb  |  BMI: --  |  BP 128/78  |  HR 72  |  SpO2 97%
Exam: Lungs clear. RRR. Abdomen soft, obese, non-tender, no hernias.

Assessment: Morbid obesity (BMI 38.1) with T2DM and HTN - meets criteria for bariatric surgery.
Plan: LAGB with hiatal hernia repair, tentatively 10/27/2026. Pre-op labs, consent signed.
"""
    c.note("preop-2026-09-29", "2026-09-29 11:05", "34117-2", "History and physical note", "Pre-operative H&P", preop, surg,
           encounter=e3)

    pa = """SANDIA BARIATRIC & METABOLIC SURGERY
Prior Authorization Request - Cover Letter          10/05/2026

Member: Ernesto R. Baca    DOB 04/02/1959    Medicare Part B
Procedure: CPT 43770 laparoscopic adjustable gastric banding (with hiatal hernia repair)
Diagnoses: E66.01, Z68.38, E11.9, I10

Summary: BMI 38.1 with obesity-related comorbidities type 2 diabetes and hypertension; previously unsuccessful
medically supervised weight loss (2023) and completion of our 6-month pre-operative program. Please see attached
consultation and pre-operative H&P.

Angela Sandoval, RN, BSN - Bariatric Program Coordinator
"""
    c.note("pa-letter-2026-10-05", "2026-10-05 15:20", "51852-2", "Letter", "PA cover letter", pa, rn)

    case = {
        "id": "bk-bar-02", "patient": "patients/pk08.json",
        "request": {"service": {"system": CPT, "code": "43770",
                                "display": "Laparoscopic adjustable gastric band placement"},
                    "diagnoses": [{"system": ICD10CM, "code": "E66.01", "display": "Morbid (severe) obesity due to excess calories"},
                                  {"system": ICD10CM, "code": "Z68.38", "display": "Body mass index [BMI] 38.0-38.9, adult"},
                                  {"system": ICD10CM, "code": "E11.9", "display": "Type 2 diabetes mellitus without complications"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-10-06",
                    "note": "BMI 38.1 with T2DM and HTN."},
        "gold": {"recommendation": "refer", "policy": "NCD 100.1",
                 "evidence": ["Observation/wt-2026-09-29", "Observation/wt-2026-09-22", "Observation/ht-2026-03-10",
                              "DocumentReference/preop-2026-09-29"],
                 "missing": [],
                 "rationale": "Comorbidities (T2DM, HTN) and prior unsuccessful medical treatment are documented, but the current "
                              "BMI is below 35: 197 lb (89.4 kg) at 162.6 cm = 33.8 kg/m2 on 9/22 and 9/29. The 38.1 in the "
                              "pre-op note, request and PA letter is copied forward from the 3/10 intake. A reviewer must decide "
                              "whether the pre-programme BMI can be used."}}
    return case, c, "2026-10-06 12:00"


CASES = [bar01, bar02]
