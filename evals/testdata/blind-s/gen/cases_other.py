"""Bariatric, HBOT and cochlear implant cases."""
from fhir import *
from cases_cardiac import PROG, DC, CONS, HP, NURSE, PHONE, NOTE, IMG

WT = cc(LOINC, "29463-7", "Body weight")
HT = cc(LOINC, "8302-2", "Body height")
BMI = cc(LOINC, "39156-5", "Body mass index (BMI) [Ratio]")


def bar01():
    c = Chart("ps07", "http://ehr.riverside-bariatric.example/CodeSystem/obs")
    c.patient("Tamika L", "Robinson", "female", "1960-09-15", "RBC-6620417", "Macon", "GA")
    c.org("org-rbc", "Riverside Bariatric & Metabolic Center")
    c.pract("pr-surg7", "Victor", "Esposito", "MD", "Bariatric surgery", "1568302947")
    c.pract("pr-obmed7", "Hannah", "Greer", "MD", "Obesity medicine", "1912650388")
    c.pract("pr-rd7", "Lydia", "Moss", "RD", "Registered dietitian", "1447385016")
    c.encounter("enc-mwm7-start", "2025-04-08", None, "AMB", "Medical weight management - initial", "pr-obmed7", "org-rbc")
    c.encounter("enc-mwm7-end", "2025-10-14", None, "AMB", "Medical weight management - month 6", "pr-obmed7", "org-rbc")
    c.encounter("enc-surg7", "2026-03-10", None, "AMB", "Bariatric surgery consultation", "pr-surg7", "org-rbc")
    c.condition("cond-t2dm7", "E11.65", "Type 2 diabetes mellitus with hyperglycemia", "2016-05-19")
    c.condition("cond-ob7", "E66.01", "Morbid (severe) obesity due to excess calories", "2025-04-08")
    c.condition("cond-osa7", "G47.33", "Obstructive sleep apnea (adult) (pediatric)", "2025-06-02", verification="refuted", clinical="inactive",
                note="HSAT 6/2025 AHI 3.1 - no OSA.")
    c.obs("bmi7-2025-04-08", "2025-04-08", BMI, 37.3, "Practitioner/pr-obmed7", "kg/m2", "kg/m2", category="vital-signs")
    c.obs("wt7-2025-10-14", "2025-10-14", WT, 105.9, "Practitioner/pr-rd7", "kg", "kg", category="vital-signs")
    c.obs("wt7-2026-03-10", "2026-03-10", WT, 102.6, "Practitioner/pr-surg7", "kg", "kg", category="vital-signs")
    c.obs("ht7-2026-03-10", "2026-03-10", HT, 170.2, "Practitioner/pr-surg7", "cm", "cm", category="vital-signs")
    c.obs("a1c7", "2026-02-20", cc(LOINC, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), 8.1, "Organization/org-rbc", "%", "%",
          category="laboratory")
    c.medreq("mr-metf7", "6809", "metformin", "2016-05-19", "pr-obmed7", dosage="1000 mg BID", start="2016-05-19")
    c.medreq("mr-sema7", "1991302", "semaglutide", "2025-05-06", "pr-obmed7", status="stopped", dosage="0.25 mg weekly, titrated to 1 mg",
             start="2025-05-06", stop="2025-09-10", note="Stopped: persistent vomiting, 2 ED visits for dehydration.")
    c.note("mwm7-2025-10-14", "2025-10-14", *PROG, "Medical weight management - 6-month summary", "pr-obmed7", """<html><body>
<h3>Riverside Medical Weight Management Program - 6-month summary</h3>
<p>H. Greer MD (obesity medicine) with L. Moss RD. Program dates: 04/08/2025 - 10/14/2025. Monthly physician + dietitian visits (7 of 7 attended).</p>
<table border="1"><tr><th>Date</th><th>Weight (kg)</th><th>BMI</th></tr>
<tr><td>04/08/2025</td><td>108.1</td><td>37.3</td></tr><tr><td>06/10/2025</td><td>104.0</td><td>35.9</td></tr>
<tr><td>08/12/2025</td><td>103.2</td><td>35.6</td></tr><tr><td>10/14/2025</td><td>105.9</td><td>36.6</td></tr></table>
<p>Interventions: 1500 kcal structured meal plan, food logs, 150 min/wk activity goal, behavioral counseling, semaglutide 5/6-9/10/2025
(stopped - intolerance). Max loss 4.5%; weight regained after GLP-1 stopped. Did not reach 10% goal.</p>
<p><b>Assessment:</b> unsuccessful supervised medical weight loss. T2DM remains uncontrolled. Refer to bariatric surgery.</p>
</body></html>""", ctype="text/html", encounter="enc-mwm7-end", custodian="org-rbc")
    c.note("nurse7-2026-03-10", "2026-03-10", *NURSE, "Nursing intake - surgery clinic", "pr-surg7", """Intake 3/10/26: Wt 226 lb (102.6 kg) shoes off, gown. Ht 67 in (170.2 cm). BP 138/84. A1c 8.1 (2/20).
Meds: metformin 1000 BID. Allergies: NKDA. Pt reports "my mom had the bypass and did great" (mother - 2009).""", custodian="org-rbc")
    c.note("surg7-2026-03-10", "2026-03-10", *CONS, "Bariatric surgery consultation", "pr-surg7", """RIVERSIDE BARIATRIC - V. Esposito MD - 03/10/2026

65F, class II obesity, T2DM (A1c 8.1 on metformin; GLP-1 not tolerated). Completed 6-month physician-supervised
program 4-10/2025 (see summary) without durable loss. Psych evaluation 2/2026: cleared. Nutrition: cleared.
OSA: excluded on HSAT 2025. GERD: none. No prior abdominal surgery except C-section.
Today: 102.6 kg, 170.2 cm.
Assessment/plan: Candidate for laparoscopic Roux-en-Y gastric bypass - best option for her diabetes. Risks/benefits
discussed. Upper endoscopy pre-op.
""", encounter="enc-surg7", custodian="org-rbc")
    c.note("egd7-2026-03-20", "2026-03-20", *NOTE, "Pre-op EGD", "pr-surg7", """EGD 3/20/26: normal esophagus, small hiatal hernia <2 cm, H. pylori biopsies negative. OK for RYGB.""", custodian="org-rbc")
    case = dict(id="bs-bar-01", svc=(CPT, "43644", "Laparoscopic gastric bypass with Roux-en-Y gastroenterostomy"),
                dx=[("E66.01", "Morbid (severe) obesity due to excess calories"), ("E11.65", "Type 2 diabetes mellitus with hyperglycemia"),
                    ("Z68.35", "Body mass index [BMI] 35.0-35.9, adult")],
                date="2026-03-24", note="Lap RYGB - T2DM, failed supervised program.", rec="approve", policy="NCD 100.1",
                ev=["Observation/wt7-2026-03-10", "Observation/ht7-2026-03-10", "Condition/cond-t2dm7", "MedicationRequest/mr-sema7",
                    "DocumentReference/mwm7-2025-10-14", "DocumentReference/surg7-2026-03-10"],
                rat="Current BMI computed from 102.6 kg / 1.702 m = 35.4 (>= 35; no BMI recorded that day, older 37.3 superseded); type 2 diabetes is a named comorbidity; a documented 6-month supervised program with a stopped GLP-1 was unsuccessful. Laparoscopic RYGBP is nationally covered.",
                traps="BMI must be computed (borderline 35.4); refuted OSA is not the comorbidity; stopped semaglutide counts as treatment; mother's surgery")
    return case, c


def bar02():
    c = Chart("ps08", "http://emr.summit-weight.example/CodeSystem/local")
    c.patient("Douglas E", "Marchetti", "male", "1961-01-22", "SWC-2093381", "Scranton", "PA")
    c.org("org-swc", "Summit Weight & Wellness Surgical Center")
    c.pract("pr-surg8", "Lorraine", "Pak", "MD", "Bariatric surgery", "1215963087")
    c.pract("pr-pcp8", "Aaron", "Whitley", "MD", "Family medicine", "1831207456")
    c.pract("pr-rn8", "Kristen", "Dolan", "RN", "Bariatric nurse navigator", "1730002148")
    c.encounter("enc-pcp8", "2025-11-18", None, "AMB", "PCP visit", "pr-pcp8", "org-swc")
    c.encounter("enc-surg8", "2026-06-30", None, "AMB", "Bariatric surgery pre-op visit", "pr-surg8", "org-swc")
    c.condition("cond-htn8", "I10", "Essential (primary) hypertension", "2012-03-14")
    c.condition("cond-osa8", "G47.33", "Obstructive sleep apnea (adult) (pediatric)", "2019-08-20", note="On CPAP, AHI 34 (2019 PSG).")
    c.condition("cond-ob8", "E66.01", "Morbid (severe) obesity due to excess calories", "2025-11-18")
    c.obs("bmi8-2025-11-18", "2025-11-18", BMI, 36.1, "Practitioner/pr-pcp8", "kg/m2", "kg/m2", category="vital-signs")
    c.obs("wt8-2026-06-30", "2026-06-30", WT, 100.0, "Practitioner/pr-surg8", "kg", "kg", category="vital-signs",
          note="Calibrated clinic scale, gown.")
    c.obs("ht8-2026-06-30", "2026-06-30", HT, 170.0, "Practitioner/pr-surg8", "cm", "cm", category="vital-signs")
    c.obs("bmi8-2026-06-30", "2026-06-30", BMI, 34.6, "Practitioner/pr-surg8", "kg/m2", "kg/m2", category="vital-signs")
    c.medreq("mr-lis8", "29046", "lisinopril", "2012-03-14", "pr-pcp8", dosage="20 mg daily")
    c.medreq("mr-phen8", "8152", "phentermine", "2025-12-02", "pr-pcp8", status="stopped", start="2025-12-02", stop="2026-03-01",
             note="Stopped after 3 months; palpitations.")
    c.note("pcp8-2025-11-18", "2025-11-18", *PROG, "PCP visit", "pr-pcp8", """FM - A. Whitley MD - 11/18/25
64M, HTN, OSA on CPAP. Wt 104.3 kg, BMI 36.1. Wants bariatric surgery. Has done WW on his own; documented
physician-supervised plan now: 1800 kcal, logging, walking; start phentermine 15 mg. Refer Summit bariatric program.
""", encounter="enc-pcp8", custodian="org-swc")
    c.note("nav8-2026-05-12", "2026-05-12", *NOTE, "Nurse navigator - program checklist", "pr-rn8", """SUMMIT BARIATRIC PROGRAM CHECKLIST (K. Dolan RN) 05/12/2026
[x] Info session 1/2026   [x] Psych eval 3/2026 - cleared   [x] RD visits x6 (12/2025-5/2026) - supervised diet, 3.9 kg loss
[x] Sleep: OSA on CPAP, compliant   [x] Labs   [ ] Pre-op visit with surgeon
Comorbidities: HTN, OSA. Prior medical weight loss: PCP supervised + phentermine (stopped) + RD program - insufficient.""",
           custodian="org-swc")
    c.note("surg8-2026-06-30", "2026-06-30", *CONS, "Surgeon pre-op visit", "pr-surg8", """SUMMIT - L. Pak MD - 6/30/2026
64M for laparoscopic adjustable gastric band (pt declines bypass/sleeve).
Weight 100.0 kg, height 170 cm, BMI 34.6 today (down from 36.1 in Nov with the program).
Comorbidities: HTN (lisinopril), OSA on CPAP.
Assessment: BMI ~35 with 2 comorbidities; completed program. Plan LAGB. Auth to be submitted by navigator.
""", encounter="enc-surg8", custodian="org-swc")
    c.note("tel8-2026-07-01", "2026-07-01", *PHONE, "Telephone note", "pr-rn8", """7/1/26 pt called: "my scale at home says 226 this morning, so I'm still over 35, right?" Explained insurer uses the clinic
measurement; will note pt report. Pt upset, says clinic scale "always reads low". - K. Dolan RN""", custodian="org-swc")
    c.note("auth8-2026-07-14", "2026-07-14", *NOTE, "Prior authorization cover letter", "pr-surg8", """To: Medicare Advantage UM   Re: Douglas Marchetti   CPT 43770 laparoscopic adjustable gastric band
Diagnoses: E66.01 morbid obesity; Z68.35 BMI 35.0-35.9; I10; G47.33.
Patient meets criteria: BMI >= 35 with comorbidities (HTN, OSA), failed medical weight management. Please approve.
L. Pak MD""", custodian="org-swc")
    case = dict(id="bs-bar-02", svc=(CPT, "43770", "Laparoscopic gastric restrictive procedure; placement of adjustable gastric restrictive device"),
                dx=[("E66.01", "Morbid (severe) obesity due to excess calories"), ("Z68.35", "Body mass index [BMI] 35.0-35.9, adult"),
                    ("I10", "Essential (primary) hypertension")],
                date="2026-07-14", note="LAGB; BMI >= 35 with HTN and OSA.", rec="refer", policy="NCD 100.1",
                ev=["Observation/bmi8-2026-06-30", "Observation/wt8-2026-06-30", "Observation/ht8-2026-06-30",
                    "DocumentReference/surg8-2026-06-30"],
                rat="The most recent measured BMI (clinic, 6/30/2026) is 34.6 (100.0 kg / 1.70 m), below the >= 35 threshold; the November 36.1, the cover letter's Z68.35 and 'BMI ~35', and the patient's home-scale weight do not change the measured value. Comorbidities and prior treatment are met, so a physician reviewer decides.",
                traps="rounded 'BMI ~35' and Z68.35 on request; older BMI superseded; patient-reported home weight; all other criteria met")
    return case, c


def wound(c, id, date, L, W, D, unit, perf, note=None):
    return c.obs(id, date, c.local("WOUND-DIM", "Wound dimensions (right plantar 1st MTP)" if c.pid == "ps11" else "Wound dimensions (left heel)"),
                 None, perf, category="exam", note=note,
                 components=[comp(cc(LOINC, "39126-8", "Length of Wound"), L, unit),
                             comp(cc(LOINC, "39125-0", "Width of Wound"), W, unit),
                             comp(cc(LOINC, "39127-6", "Depth of Wound"), D, unit)])


def hbo01():
    c = Chart("ps11", "http://ehr.gulfcoast-wound.example/CodeSystem/wound")
    c.patient("Reginald O", "Batiste", "male", "1953-07-04", "GCW-880154", "Mobile", "AL")
    c.org("org-gcw", "Gulf Coast Wound & Hyperbaric Center")
    c.pract("pr-wnd11", "Celeste", "Duplantier", "MD", "Wound care / undersea & hyperbaric medicine", "1063874512")
    c.pract("pr-pod11", "Marcus", "Fontenot", "DPM", "Podiatry", "1497302668")
    c.pract("pr-vasc11", "Helen", "Yates", "MD", "Vascular surgery", "1871540329")
    c.pract("pr-id11", "Omar", "Saleh", "MD", "Infectious disease", "1255370984")
    c.encounter("enc-w11-0112", "2026-01-12", None, "AMB", "Wound clinic", "pr-wnd11", "org-gcw")
    c.encounter("enc-w11-0223", "2026-02-23", None, "AMB", "Wound clinic", "pr-wnd11", "org-gcw")
    c.condition("cond-dfu11", "E11.621", "Type 2 diabetes mellitus with foot ulcer", "2025-12-15", asserter="pr-pod11")
    c.condition("cond-ulc11", "L97.514", "Non-pressure chronic ulcer of other part of right foot with necrosis of bone", "2026-01-08",
                asserter="pr-pod11")
    c.condition("cond-om11", "M86.671", "Other chronic osteomyelitis, right ankle and foot", "2026-01-08", asserter="pr-id11")
    c.obs("a1c11", "2026-02-02", cc(LOINC, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), 7.2, "Organization/org-gcw", "%", "%",
          category="laboratory", note="Was 9.4% 11/2025; insulin glargine started 12/2025.")
    c.obs("alb11", "2026-02-02", cc(LOINC, "1751-7", "Albumin [Mass/volume] in Serum or Plasma"), 3.7, "Organization/org-gcw", "g/dL",
          "g/dL", category="laboratory")
    c.obs("vasc11", "2026-01-09", c.local("VASC-NI", "Non-invasive arterial study, right leg"), None, "Practitioner/pr-vasc11",
          category="procedure", components=[
              comp(c.local("ABI", "Ankle-brachial index"), string="non-compressible (>1.4)"),
              comp(c.local("TBI", "Toe-brachial index"), 0.71, "{ratio}", "1"),
              comp(c.local("TCPO2", "Transcutaneous oxygen, dorsal foot"), 44, "mm[Hg]")],
          note="Triphasic pedal Doppler waveforms. No hemodynamically significant disease; no revascularization indicated (H. Yates MD).")
    wound(c, "wd11-2026-01-12", "2026-01-12", 3.1, 2.2, 1.3, "cm", "Practitioner/pr-wnd11", "Probe to bone. Post-debridement.")
    wound(c, "wd11-2026-01-26", "2026-01-26", 31, 23, 13, "mm", "Practitioner/pr-wnd11", "Flowsheet entered in mm by RN.")
    wound(c, "wd11-2026-02-09", "2026-02-09", 3.2, 2.2, 1.3, "cm", "Practitioner/pr-wnd11")
    wound(c, "wd11-2026-02-23", "2026-02-23", 3.1, 2.3, 1.4, "cm", "Practitioner/pr-wnd11")
    c.report("mri11", "2026-01-07", txt("MRI right foot without and with contrast"), "Practitioner/pr-vasc11",
             "Osteomyelitis of the 1st metatarsal head with small plantar abscess (1.1 cm) beneath the ulcer. No gas.", category="RAD")
    c.procedure("tcc11", CPT, "29445", "Application of rigid total contact leg cast", "2026-01-12", "pr-pod11",
                note="TCC changed weekly since 1/12/26.")
    c.procedure("debr11", CPT, "11044", "Debridement, bone", "2026-01-12", "pr-pod11",
                note="Excisional debridement to bone, abscess drained; bone culture MSSA. Weekly sharp debridement thereafter.")
    c.medreq("mr-cefaz11", None, "cefazolin 2 g IV q8h (OPAT) x 6 weeks", "2026-01-10", "pr-id11", status="completed",
             start="2026-01-10", stop="2026-02-21")
    c.medreq("mr-glarg11", "274783", "insulin glargine", "2025-12-05", "pr-wnd11", dosage="22 units nightly")
    c.note("pod11-2026-01-08", "2026-01-08", *CONS, "Podiatry consult (scanned)", "pr-pod11", """[SCANNED - OCR]  GULF C0AST F00T & ANKLE         M. Fontenot DPM        01/08/2026
Pt: BATISTE, Reginald   72 y/o M   DM2 x 20 yrs w/ neuropathy (monofilament 0/10 bilat)
Ulcer R plantar 1st MTPJ x ~3 mo, began as callus/blister in new work boots. Probes to bone. Purulent drainage.
Wagner gr. III (deep ulcer w/ abscess/osteo).  Pulses: DP/PT palpable 1+, cap refill <3s.
Plan: MRI, bone bx/debridement, ID consult, TCC offloading once infection controlled, vasc studies.
""", custodian="org-gcw")
    c.note("w11-2026-01-12", "2026-01-12", *PROG, "Wound clinic - initial", "pr-wnd11", """GULF COAST WOUND & HYPERBARIC - C. Duplantier MD - 01/12/2026
Diabetic foot ulcer R plantar 1st MTP, Wagner 3 (osteomyelitis 1st MT head on MRI 1/7, abscess drained 1/12).
Standard care started today: weekly sharp debridement, TCC offloading, moist dressing (alginate), IV cefazolin x6 wk (ID),
glycemic optimization (A1c 9.4 -> glargine), nutrition consult (albumin 3.4). Vascular: TBI 0.71, TcPO2 44, no
revascularization needed (vascular surgery).
Baseline 3.1 x 2.2 x 1.3 cm. Will reassess at 30 days for adjunctive HBO if no measurable healing.
""", encounter="enc-w11-0112", custodian="org-gcw")
    c.note("w11-2026-02-23", "2026-02-23", *PROG, "Wound clinic - 6 week reassessment", "pr-wnd11", """<html><body><h3>Wound reassessment - 02/23/2026</h3>
<p>C. Duplantier MD (UHM). Weeks of standard care: 6 (since 01/12). Adherent to TCC (changed weekly), IV antibiotics completed 2/21.
A1c 7.2. Albumin 3.7.</p>
<table border="1"><tr><th>Date</th><th>L x W x D</th><th>Area</th></tr>
<tr><td>01/12</td><td>3.1 x 2.2 x 1.3 cm</td><td>6.8 cm&sup2;</td></tr>
<tr><td>01/26</td><td>31 x 23 x 13 mm</td><td>7.1 cm&sup2;</td></tr>
<tr><td>02/09</td><td>3.2 x 2.2 x 1.3 cm</td><td>7.0 cm&sup2;</td></tr>
<tr><td>02/23</td><td>3.1 x 2.3 x 1.4 cm</td><td>7.1 cm&sup2;</td></tr></table>
<p>Wound base: pale granulation 40%, fibrin 60%, bone not exposed after debridement. No cellulitis.</p>
<p><b>Assessment:</b> Wagner grade 3 DFU with osteomyelitis, no measurable signs of healing after 42 days of standard wound care.
<b>Plan:</b> adjunctive HBO 2.4 ATA x 90 min, 5x/week, 30 treatments initially, with continued standard care. Re-measure every visit; formal review at 30 days.</p>
</body></html>""", ctype="text/html", encounter="enc-w11-0223", custodian="org-gcw")
    c.note("hboclear11", "2026-02-25", *NOTE, "HBO pre-treatment clearance", "pr-wnd11", """HBO clearance 2/25/26: CXR clear, no pneumothorax. Ears: TMs normal, Valsalva ok. No claustrophobia. No seizure hx.
Not on doxorubicin/bleomycin/disulfiram. Glucose protocol reviewed (check pre/post dive).""", custodian="org-gcw")
    case = dict(id="bs-hbo-01", svc=(HCPCS, "G0277", "Hyperbaric oxygen under pressure, full body chamber, per 30 minute interval"),
                dx=[("E11.621", "Type 2 diabetes mellitus with foot ulcer"), ("L97.514", "Non-pressure chronic ulcer of other part of right foot with necrosis of bone")],
                date="2026-03-03", note="Adjunctive HBO, Wagner 3 DFU, 30 treatments.", rec="approve", policy="NCD 20.29",
                ev=["Condition/cond-dfu11", "DocumentReference/pod11-2026-01-08", "Observation/vasc11", "Observation/wd11-2026-01-12",
                    "Observation/wd11-2026-02-23", "Procedure/tcc11", "DocumentReference/w11-2026-02-23"],
                rat="Type 2 diabetic lower-extremity wound due to diabetes (neuropathic), Wagner grade III with osteomyelitis, and no measurable healing over 42 days of standard care that included vascular assessment, glucose and nutrition optimization, debridement, moist dressings, total-contact-cast offloading and antibiotics. Measurements in mm and cm are the same wound size.",
                traps="Wagner grade only in OCR podiatry note; mm vs cm measurements; every standard-care element to be found; 30-day period computed")
    return case, c


def hbo02():
    c = Chart("ps12", "http://ehr.tristate-hbo.example/CodeSystem/wound")
    c.patient("Florence J", "Abernethy", "female", "1949-05-30", "TSH-402281", "Evansville", "IN")
    c.org("org-tsh", "Tri-State Wound & Hyperbaric Medicine")
    c.pract("pr-wnd12", "Nikolai", "Petrov", "MD", "Undersea & hyperbaric medicine", "1386295710")
    c.pract("pr-np12", "Gwen", "Harlan", "NP", "Wound care nurse practitioner", "1740918253")
    c.pract("pr-tech12", "Derek", "Sims", "CHT", "Hyperbaric technologist", "1000000012")
    c.encounter("enc-w12-0629", "2026-06-29", None, "AMB", "Wound clinic - HBO start", "pr-wnd12", "org-tsh")
    c.encounter("enc-w12-0807", "2026-08-07", None, "AMB", "Wound clinic - 30-treatment review", "pr-wnd12", "org-tsh")
    c.condition("cond-dfu12", "E11.621", "Type 2 diabetes mellitus with foot ulcer", "2026-03-02")
    c.condition("cond-ulc12", "L97.424", "Non-pressure chronic ulcer of left heel and midfoot with necrosis of bone", "2026-04-14")
    c.condition("cond-pad12", "E11.51", "Type 2 diabetes mellitus with diabetic peripheral angiopathy without gangrene", "2026-03-20",
                note="SFA angioplasty L 3/27/26; post TcPO2 48.")
    c.procedure("hbo12", HCPCS, "G0277", "Hyperbaric oxygen under pressure, full body chamber, per 30 minute interval", "2026-06-29",
                "pr-wnd12", period_end="2026-08-07", note="30 treatments at 2.4 ATA x 90 min, 6/29-8/7/2026; no missed sessions.")
    c.procedure("pta12", CPT, "37224", "Revascularization, endovascular, open or percutaneous, femoral/popliteal artery(s), unilateral; with transluminal angioplasty",
                "2026-03-27", "pr-wnd12", note="Performed by vascular surgery (outside); L SFA PTA.")
    wound(c, "wd12-2026-06-29", "2026-06-29", 2.8, 2.0, 0.9, "cm", "Practitioner/pr-np12", "Pre-HBO baseline.")
    wound(c, "wd12-2026-07-13", "2026-07-13", 2.8, 2.1, 0.9, "cm", "Practitioner/pr-np12")
    wound(c, "wd12-2026-07-27", "2026-07-27", 2.9, 2.0, 1.0, "cm", "Practitioner/pr-np12")
    wound(c, "wd12-2026-08-07", "2026-08-07", 2.8, 2.0, 0.9, "cm", "Practitioner/pr-np12")
    wound(c, "wd12-2026-08-21", "2026-08-21", 2.2, 1.6, 0.6, "cm", "Practitioner/pr-np12", "Post-request measurement.")
    c.obs("a1c12", "2026-07-20", cc(LOINC, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), 7.0, "Organization/org-tsh", "%", "%",
          category="laboratory")
    c.medreq("mr-metf12", "6809", "metformin", "2015-01-01", "pr-np12", dosage="1000 mg BID")
    c.note("w12-2026-06-29", "2026-06-29", *PROG, "HBO initiation note", "pr-wnd12", """TRI-STATE WOUND & HYPERBARIC - N. Petrov MD - 6/29/2026
Wagner 3 DFU left heel with calcaneal osteomyelitis (biopsy 4/14). Standard care since 3/2026: L SFA PTA 3/27, offloading
boot + knee scooter, weekly debridement, NPWT, 6 wk antibiotics (done 5/26), A1c 7.4. No measurable healing 4/14-6/22.
HBO approved for 30 treatments, starting today. Baseline 2.8 x 2.0 x 0.9 cm.
""", encounter="enc-w12-0629", custodian="org-tsh")
    c.note("tech12-log", "2026-08-07", *NURSE, "Hyperbaric treatment log summary", "pr-tech12", """HBO TREATMENT LOG - ABERNETHY F.
Tx #1 6/29/26 ... Tx #30 8/7/26. Profile 2.4 ATA / 90 min O2 with 2 x 5-min air breaks. Monoplace chamber B.
Complications: mild ear discomfort tx #3 (resolved, no barotrauma). Pre-dive glucose range 132-210.
- D. Sims CHT""", custodian="org-tsh")
    c.note("w12-2026-08-07", "2026-08-07", *PROG, "30-treatment review", "pr-wnd12", """30-TREATMENT REVIEW - 8/7/2026 - N. Petrov MD / G. Harlan NP

Measurements (cm):  6/29 2.8 x 2.0 x 0.9 | 7/13 2.8 x 2.1 x 0.9 | 7/27 2.9 x 2.0 x 1.0 | 8/7 2.8 x 2.0 x 0.9
Wound bed: granulation "beefier", slough down from ~50% to ~20%, less periwound maceration. Drainage scant.
Assessment: slowly improving wound bed quality on HBO. Dimensions essentially unchanged.
Plan: request authorization for 20 additional HBO treatments (G0277) - I believe she is turning the corner.
Continue offloading, NPWT, weekly debridement.
""", encounter="enc-w12-0807", custodian="org-tsh")
    c.note("np12-2026-07-27", "2026-07-27", *PROG, "Wound NP visit", "pr-np12", """7/27/26 G. Harlan NP: Copy-forward: "Wound improving." Measured 2.9 x 2.0 x 1.0 today. Debrided fibrin. NPWT resumed.
Pt asks whether she can stop the chamber - tired of daily drives (45 min each way). Encouraged to continue.""",
           custodian="org-tsh")
    c.note("w12-2026-08-21", "2026-08-21", *PROG, "Wound visit", "pr-np12", """8/21/26 (during continued HBO, pending auth): 2.2 x 1.6 x 0.6 cm - first measurable reduction.""", custodian="org-tsh")
    case = dict(id="bs-hbo-02", svc=(HCPCS, "G0277", "Hyperbaric oxygen under pressure, full body chamber, per 30 minute interval"),
                dx=[("E11.621", "Type 2 diabetes mellitus with foot ulcer"), ("L97.424", "Non-pressure chronic ulcer of left heel and midfoot with necrosis of bone")],
                date="2026-08-11", note="20 additional HBO treatments - continuation.", rec="refer", policy="NCD 20.29",
                ev=["Procedure/hbo12", "Observation/wd12-2026-06-29", "Observation/wd12-2026-08-07", "DocumentReference/w12-2026-08-07"],
                rat="This is a continuation request: HBO is not covered further if measurable signs of healing have not been shown within any 30-day period of treatment. After 30 treatments over 40 days the wound measures the same (2.8 x 2.0 x 0.9 cm); a better-looking wound bed is not a measured change, and the 8/21 reduction post-dates the request.",
                traps="continuation branch (any 30-day period of HBO); qualitative 'improving' vs unchanged measurements; copy-forward 'wound improving'; post-request measurement")
    return case, c


def ci01():
    c = Chart("ps13", "http://ehr.heartland-ent.example/CodeSystem/audiology")
    c.patient("Vernon A", "Schuler", "male", "1951-03-11", "HENT-513390", "Omaha", "NE")
    c.org("org-hent", "Heartland ENT & Audiology")
    c.pract("pr-ent13", "Julia", "Brennan", "MD", "Otology/neurotology", "1437820966")
    c.pract("pr-aud13", "Terrence", "Oyelaran", "AuD", "Audiology", "1902739180")
    c.pract("pr-rad13", "Mei", "Zhang", "MD", "Neuroradiology", "1598312407")
    c.encounter("enc-aud13", "2026-02-10", None, "AMB", "Cochlear implant candidacy evaluation", "pr-aud13", "org-hent")
    c.encounter("enc-ent13-a", "2026-02-17", None, "AMB", "Otology consult", "pr-ent13", "org-hent")
    c.encounter("enc-ent13-b", "2026-04-14", None, "AMB", "Otology - urgent visit (ear drainage)", "pr-ent13", "org-hent")
    c.condition("cond-snhl13", "H90.3", "Sensorineural hearing loss, bilateral", "2019-06-05")
    c.condition("cond-csom13", "H66.3X2", "Other chronic suppurative otitis media, left ear", "2026-04-14", asserter="pr-ent13",
                note="Central TM perforation L with mucopurulent otorrhea; culture P. aeruginosa.")
    c.condition("cond-htn13", "I10", "Essential (primary) hypertension", "2010-01-01")
    c.obs("azbio13", "2026-02-10", c.local("AZBIO-Q", "AzBio sentences in quiet, 60 dB SPL, recorded, best-aided bilateral"), 38,
          "Practitioner/pr-aud13", "%", "%", category="exam")
    c.obs("cnc13", "2026-02-10", c.local("CNC-L", "CNC words, left ear aided"), 24, "Practitioner/pr-aud13", "%", "%", category="exam")
    c.obs("pta13", "2026-02-10", c.local("PTA", "Pure-tone average 0.5/1/2 kHz"), None, "Practitioner/pr-aud13", category="exam",
          components=[comp(c.local("PTA-R", "PTA right"), 78, "dB[HL]", "dB"), comp(c.local("PTA-L", "PTA left"), 85, "dB[HL]", "dB")])
    c.report("ct13", "2026-03-02", txt("CT temporal bones without contrast"), "Practitioner/pr-rad13",
             "Normal cochlear and vestibular anatomy bilaterally; patent cochleae, no ossification. Mastoids well aerated. Intact ossicles.",
             category="RAD")
    c.report("mri13", "2026-03-02", txt("MRI internal auditory canals with and without contrast"), "Practitioner/pr-rad13",
             "Normal cochlear nerves bilaterally. No IAC/CPA mass. Mild chronic microvascular change.", category="RAD")
    c.medreq("mr-oflox13", "7623", "ofloxacin", "2026-04-14", "pr-ent13", dosage="0.3% otic, 10 drops L ear BID x 14 days, dry ear precautions",
             start="2026-04-14")
    c.note("aud13-2026-02-10", "2026-02-10", *CONS, "Cochlear implant candidacy evaluation", "pr-aud13", """HEARTLAND AUDIOLOGY - CI CANDIDACY - T. Oyelaran AuD - 02/10/2026
Bilateral severe-to-profound SNHL, progressive since 2019. Current devices: bilateral RIC aids fit 4/2025, verified
with real-ear measures today (NAL-NL2 targets met).
Unaided PTA: R 78 dB HL, L 85 dB HL. Tympanometry type A bilaterally.
Best-aided (bilateral) AzBio sentences in quiet, recorded, 60 dB SPL: 38%. AzBio +10 SNR: 12%.
CNC words: R aided 30%, L aided 24%.
Impression: limited benefit from appropriately fit amplification; meets audiologic candidacy. Motivated; wife attends
every visit; understands rehab commitment. Recommend L ear (poorer) implant.
""", encounter="enc-aud13", custodian="org-hent")
    c.note("ent13-2026-02-17", "2026-02-17", *CONS, "Otology consult", "pr-ent13", """OTOLOGY - J. Brennan MD - 2/17/26
74M bilateral SNHL, CI candidate per audiology. Exam: EACs clear, TMs intact and mobile bilaterally, no effusion.
Cognition: conversant, MoCA (written) 26/30. Medically fit; anesthesia low risk.
Plan: CT temporal bones + MRI IAC; if normal, L cochlear implant. Pneumococcal vaccine up to date.
""", encounter="enc-ent13-a", custodian="org-hent")
    c.note("ent13-2026-04-14", "2026-04-14", *PROG, "Otology urgent visit", "pr-ent13", """OTOLOGY - J. Brennan MD - 4/14/26 (urgent add-on)
2 wk L ear drainage after swimming-pool aqua therapy, fullness. Exam L: central TM perforation ~20%, mucopurulent
otorrhea, middle ear mucosa edematous. R: normal. Culture sent.
A: L chronic suppurative otitis media (active) in the planned implant ear.
P: ofloxacin otic, dry ear. Re-check 4 wk; implant on hold until ear dry and infection cleared - may need
tympanoplasty first. Imaging 3/2 normal (cochlea patent, nerves normal).
""", encounter="enc-ent13-b", custodian="org-hent")
    c.note("sched13-2026-04-16", "2026-04-16", *NOTE, "Surgery scheduling form", "pr-ent13", """SURGERY REQUEST (auto-populated from 2/17 consult template)
Procedure: L cochlear implant (CPT 69930)   Surgeon: J. Brennan MD   Target date: 05/2026
Medical clearance: [x] No active ear infection  [x] Imaging normal  [x] Audiology criteria met
Scheduler comment: submit auth now so date can be held.""", custodian="org-hent")
    case = dict(id="bs-ci-01", svc=(CPT, "69930", "Cochlear device implantation, with or without mastoidectomy"),
                dx=[("H90.3", "Sensorineural hearing loss, bilateral"), ("H66.3X2", "Other chronic suppurative otitis media, left ear")],
                date="2026-04-21", note="L cochlear implant.", rec="refer", policy="NCD 50.3",
                ev=["Condition/cond-csom13", "DocumentReference/ent13-2026-04-14", "Observation/azbio13", "DocumentReference/aud13-2026-02-10"],
                rat="Audiologic criteria are met (best-aided recorded AzBio 38% <= 60%, bilateral severe-to-profound SNHL), but the NCD requires freedom from middle ear infection and the most recent otology exam documents active chronic suppurative otitis media in the ear to be implanted; the scheduling form's 'no active ear infection' is auto-populated from February.",
                traps="newer exam supersedes intact TMs; auto-populated clearance contradicts; CNC word score vs sentence score; surgeon puts implant on hold")
    return case, c


def ci02():
    c = Chart("ps14", "urn:oid:2.16.840.1.113883.3.5512.7")
    c.patient("Eleanor G", "Whitaker", "female", "1948-12-19", "CAH-0771520", "Bend", "OR")
    c.org("org-cah", "Cascade Hearing & Balance Institute")
    c.pract("pr-ent14", "Rafael", "Ortega", "MD", "Otolaryngology", "1306748291")
    c.pract("pr-aud14", "Kirsten", "Lund", "AuD", "Audiology", "1851097634")
    c.pract("pr-rad14", "Samuel", "Greenberg", "MD", "Radiology", "1023845976")
    c.pract("pr-pcp14", "Wendy", "Castillo", "MD", "Internal medicine", "1417609325")
    c.encounter("enc-aud14", "2026-08-18", None, "AMB", "Audiology - CI candidacy", "pr-aud14", "org-cah")
    c.encounter("enc-ent14", "2026-08-31", None, "AMB", "ENT - CI consult", "pr-ent14", "org-cah")
    c.condition("cond-snhl14", "H90.3", "Sensorineural hearing loss, bilateral", "2015-04-22")
    c.condition("cond-om14", "H66.91", "Otitis media, unspecified, right ear", "2024-02-06", clinical="resolved")
    c.condition("cond-dm14", "E11.9", "Type 2 diabetes mellitus without complications", "2013-08-01")
    c.obs("pta14-2023", "2023-05-09", c.local("PTA", "Pure-tone average"), None, "Practitioner/pr-aud14", category="exam",
          components=[comp(c.local("PTA-R", "PTA right"), 52, "dB[HL]", "dB"), comp(c.local("PTA-L", "PTA left"), 55, "dB[HL]", "dB")])
    c.obs("pta14", "2026-08-18", c.local("PTA", "Pure-tone average"), None, "Practitioner/pr-aud14", category="exam",
          components=[comp(c.local("PTA-R", "PTA right"), 71, "dB[HL]", "dB"), comp(c.local("PTA-L", "PTA left"), 83, "dB[HL]", "dB")])
    c.obs("cnc14", "2026-08-18", c.local("CNC-BA", "CNC monosyllabic words, best-aided"), 32, "Practitioner/pr-aud14", "%", "%", category="exam")
    c.obs("azbio14", "2026-08-18", c.local("AZBIO", "AzBio sentences, best-aided"), "not administered - patient fatigued",
          "Practitioner/pr-aud14", category="exam", status="cancelled")
    c.report("ct14", "2026-08-27", txt("CT temporal bone"), "Practitioner/pr-rad14",
             "Normal inner ear anatomy, cochlear lumen patent bilaterally. Clear middle ears and mastoids. IACs normal caliber.", category="RAD")
    c.medreq("mr-metf14", "6809", "metformin", "2013-08-01", "pr-pcp14", dosage="500 mg BID")
    c.appointment("appt-aud14", "2026-08-18", "2026-09-29T10:00:00-07:00", "booked",
                  "Audiology - complete CI candidacy battery (sentence testing)", "pr-aud14")
    c.note("aud14-2026-08-18", "2026-08-18", *CONS, "Audiology CI evaluation", "pr-aud14", """CASCADE HEARING & BALANCE - AUDIOLOGY
Cochlear implant candidacy evaluation - K. Lund AuD - 08/18/2026

History: 77F, progressive bilateral SNHL since ~2015 (diabetes, family hx - sister also has hearing aids). Current BTE
aids (2024), verified today with REM - targets met through 3 kHz.
Audiogram: R moderate sloping to profound (PTA 71), L moderately-severe to profound (PTA 83). Type A tymps.
Speech (recorded, 60 dB SPL, best-aided): CNC words 32%.
AzBio sentences: not administered - pt fatigued after 2 h, asked to stop. To complete at next visit (booked 9/29).
Impression: poor aided word recognition; likely CI candidate - candidacy battery incomplete.
Patient motivated, good family support, uses captioned phone.
""", encounter="enc-aud14", custodian="org-cah")
    c.note("ent14-2026-08-31", "2026-08-31", *CONS, "ENT CI consult", "pr-ent14", """<html><body><p><b>ENT - R. Ortega MD - 08/31/2026</b></p>
<p>77F bilateral moderate-to-profound SNHL, poor aided word recognition (CNC 32%). Meets candidacy based on poor word
recognition in my opinion. Cognition intact (MoCA-H 27). Motivated for rehab.</p>
<p>Exam: TMs intact, no effusion, no drainage either ear. Old R otitis media 2024 resolved.</p>
<p>CT 8/27: cochlear lumen patent. MRI not needed (no asymmetry/retrocochlear signs).</p>
<p>Medically: DM2 controlled (A1c 6.8), anesthesia clearance by PCP. Plan R cochlear implant.</p></body></html>""",
           ctype="text/html", encounter="enc-ent14", custodian="org-cah")
    c.note("pcp14-2026-09-08", "2026-09-08", *PROG, "Pre-operative clearance", "pr-pcp14", """IM pre-op clearance 9/8/26 - W. Castillo MD: 77F for R cochlear implant. RCRI 0. A1c 6.8. ECG NSR. Cleared for
general anesthesia. Templated ROS: HEENT negative for ear pain, ear drainage; positive for hearing loss.""", custodian="org-cah")
    c.note("tel14-2026-09-18", "2026-09-18", *PHONE, "Telephone note", "pr-ent14", """9/18/26 - surgery scheduler: pt's daughter asks if surgery can be in October. Auth request being sent now; sentence testing appt 9/29
stays on books. - front desk""", custodian="org-cah")
    case = dict(id="bs-ci-02", svc=(CPT, "69930", "Cochlear device implantation, with or without mastoidectomy"),
                dx=[("H90.3", "Sensorineural hearing loss, bilateral")], date="2026-09-22", note="R cochlear implant.",
                rec="request_info", policy="NCD 50.3",
                ev=["Observation/pta14", "Observation/cnc14", "DocumentReference/aud14-2026-08-18", "DiagnosticReport/ct14",
                    "DocumentReference/ent14-2026-08-31"],
                missing=["sentence|sentences|sentence recognition|AzBio|HINT|open-set"],
                rat="Limited benefit from amplification is defined by a best-aided recorded open-set sentence recognition score <= 60%; only a CNC word score exists, and sentence testing was not administered (booked after the request). Bilateral moderate-to-profound SNHL, patent cochlea, no active ear infection and cognition/motivation are documented.",
                traps="word score is not a sentence score; cancelled AzBio observation; planned test after request; ENT opinion that candidacy is met")
    return case, c


CASES = [bar01, bar02, hbo01, hbo02, ci01, ci02]
