from fhirlib import *

POLICY = "NCD 20.32"
TAVR = cpt("33361", "Transcatheter aortic valve replacement, percutaneous femoral artery approach")


def tavr_01():
    b = Bundle("bvp09", "Solheim", ["Ingrid", "A"], "female", "1941-12-11", "PG-0461128", address_city="Vining")
    b.prac("mbeki", "Mbeki", ["Caroline"], ["Dr."], "MD, Cardiovascular Disease")
    b.prac("castellanos", "Castellanos", ["Raymond"], ["Dr."], "MD, Thoracic and Cardiac Surgery")
    b.prac("hsu", "Hsu", ["Mei-Ling"], ["Dr."], "MD, Interventional Cardiology (structural heart)")
    b.prac("dahl", "Dahl", ["Kristin"], [], "RN, Valve Clinic Coordinator")
    b.prac("ferreira", "Ferreira", ["Lucas"], ["Dr."], "MD, Radiology")

    b.cond("as", "I35.0", "2022-08-30", recorder="mbeki")
    b.cond("hfref", "I50.22", "2026-06-23", recorder="mbeki")
    b.cond("htn", "I10", "2001-01-01")
    b.cond("ckd3a", "N18.31", "2024-02-06")
    b.cond("osteoporosis", "M81.0", "2015-05-05")
    b.cond("cataract", "H25.13", "2025-09-09", note="Ophthalmology: surgery deferred.")

    b.obs("avmg-2025-05-13", "2025-05-13", local("ECHO-AVMG", "Aortic valve mean gradient"), value=18, unit="mm[Hg]", category="imaging")
    b.obs("ava-2025-05-13", "2025-05-13", local("ECHO-AVA", "Aortic valve area (continuity)"), value=1.1, unit="cm2", category="imaging")
    b.obs("lvef-2025-05-13", "2025-05-13", loinc("10230-1", "Left ventricular Ejection fraction"), value=50, unit="%", category="imaging")
    b.obs("avmg-2026-06-16", "2026-06-16", local("ECHO-AVMG", "Aortic valve mean gradient"), value=27, unit="mm[Hg]", category="imaging", performer="mbeki")
    b.obs("ava-2026-06-16", "2026-06-16", local("ECHO-AVA", "Aortic valve area (continuity)"), value=0.7, unit="cm2", category="imaging", performer="mbeki")
    b.obs("svi-2026-06-16", "2026-06-16", local("ECHO-SVI", "Stroke volume index"), value=29, unit="mL/m2", category="imaging")
    b.obs("lvef-2026-06-16", "2026-06-16", loinc("10230-1", "Left ventricular Ejection fraction"), value=35, unit="%", category="imaging", performer="mbeki")
    b.obs("dse-2026-07-08", "2026-07-08", local("DSE-AS", "Low-dose dobutamine stress echo - aortic stenosis assessment"),
          string="Flow reserve present (SV +26%). Peak mean gradient 44 mmHg, Vmax 4.2 m/s, AVA 0.8 cm2 at peak: true severe AS.",
          category="imaging", performer="mbeki")
    b.obs("avcs-2026-07-22", "2026-07-22", local("CT-AVCS", "Aortic valve calcium score (Agatston)"), value=2150, unit="{AU}", category="imaging")
    b.obs("nyha-2026-08-04", "2026-08-04", local("NYHA", "NYHA functional class"), string="Class III", performer="castellanos")
    b.obs("sts-2026-08-04", "2026-08-04", local("STS-PROM", "STS predicted risk of mortality (AVR)"), value=6.8, unit="%",
          category="survey", performer="castellanos")
    b.obs("gait-2026-08-04", "2026-08-04", local("GAIT-5M", "5-meter gait speed"), value=0.7, unit="m/s", category="exam")
    b.obs("egfr-2026-07-22", "2026-07-22", local("EGFR-CKDEPI21", "eGFR CKD-EPI 2021"), value=48, unit="mL/min/{1.73_m2}", category="laboratory")

    b.med("furosemide", "2026-06-23", "4603", "furosemide", "20 mg by mouth daily", requester="mbeki")
    b.med("metoprolol", "2026-06-23", "6918", "metoprolol succinate", "25 mg by mouth daily", requester="mbeki")
    b.med("amlodipine", "2010-01-01", "17767", "amlodipine", "5 mg by mouth daily", status="stopped",
          reason_stopped="Stopped 6/23/2026 - severe AS with LV dysfunction", requester="mbeki")
    b.med("alendronate", "2015-05-05", "46041", "alendronate", "70 mg by mouth weekly")

    b.enc("enc-card-2026-06-23", "2026-06-23", type_text="Cardiology visit", who="mbeki")
    b.enc("enc-video-2026-07-21", "2026-07-21", cls="VR", type_text="Telehealth video visit", who="castellanos")
    b.enc("enc-surg-2026-08-04", "2026-08-04", type_text="Cardiac surgery consultation (in person)", who="castellanos")
    b.enc("enc-ic-2026-08-11", "2026-08-11", type_text="Structural heart consultation (in person)", who="hsu")

    b.note("echo-2025-05-13", "2025-05-13", "Transthoracic echocardiogram report", """ECHO 05/13/2025  SOLHEIM, INGRID
Calcified trileaflet aortic valve, reduced opening. Vmax 2.9 m/s, mean gradient 18 mmHg, AVA 1.1 cm2.
LVEF 50%. Impression: moderate aortic stenosis. Repeat 1 year.
Caroline Mbeki, MD
""", "mbeki", loinc_type=IMAGING)

    b.note("echo-2026-06-16", "2026-06-16", "Transthoracic echocardiogram report", """ECHO 06/16/2026  SOLHEIM, INGRID
Heavily calcified trileaflet AV with severely reduced excursion. Vmax 3.4 m/s, mean gradient 27 mmHg,
AVA (continuity) 0.7 cm2, DVI 0.22. SVi 29 mL/m2 (low flow). LVEF 35%, global hypokinesis.
Impression: low-flow, low-gradient aortic stenosis with reduced LVEF. Severity indeterminate
by gradient - recommend low-dose dobutamine stress echo.
Caroline Mbeki, MD
""", "mbeki", loinc_type=IMAGING)

    b.note("cardiology-2026-06-23", "2026-06-23", "Cardiology visit", """CARDIOLOGY   06/23/2026   Caroline Mbeki, MD
84F with known AS. Over 3 months: dyspnea walking one block, has to stop on the stairs to her
apartment; one near-faint climbing stairs in May (sat down, no loss of consciousness). Ankle
swelling. NYHA III.
Echo 6/16: AVA 0.7 cm2 but mean gradient only 27 mmHg, LVEF 35% (was 50% in 2025), low flow.
"Moderate by gradient" on the automated report - discordant with AVA.
A/P: LFLG AS with reduced EF vs pseudo-severe. Low-dose DSE. Start furosemide 20, metoprolol
succinate 25; stop amlodipine. Refer to valve clinic depending on DSE.
""", "mbeki", encounter="enc-card-2026-06-23")

    b.note("dse-2026-07-08", "2026-07-08", "Dobutamine stress echocardiogram report", """LOW-DOSE DOBUTAMINE STRESS ECHOCARDIOGRAM   07/08/2026
Protocol: dobutamine 5 -> 20 mcg/kg/min.
Baseline: SV 52 mL, mean gradient 27 mmHg, Vmax 3.4 m/s, AVA 0.7 cm2, LVEF 35%.
Peak (20 mcg/kg/min): SV 66 mL (+26%, contractile/flow reserve present), mean gradient 44 mmHg,
Vmax 4.2 m/s, AVA 0.8 cm2. No ischemic wall-motion change. No arrhythmia.
Impression: TRUE SEVERE aortic stenosis (low-flow, low-gradient with reduced EF), flow reserve present.
Caroline Mbeki, MD
""", "mbeki", loinc_type=IMAGING)

    b.note("video-2026-07-21", "2026-07-21", "Cardiac surgery telehealth video visit", """CARDIAC SURGERY - TELEHEALTH VIDEO VISIT   07/21/2026
Raymond Castellanos, MD. Patient at home with daughter; audio-video.
Introductory visit. Reviewed DSE (true severe LFLG AS) and symptoms. Explained SAVR vs TAVR work-up.
No physical examination performed (video). Will see in person after CT.
""", "castellanos", loinc_type=PROGRESS, encounter="enc-video-2026-07-21")

    b.note("ct-2026-07-22", "2026-07-22", "CT TAVR protocol report", """CTA CHEST/ABDOMEN/PELVIS - TAVR PROTOCOL   07/22/2026
Aortic annulus: perimeter 72 mm, area 402 mm2. Coronary heights: left 11 mm, right 14 mm.
Aortic valve calcium score 2,150 AU (supports severe AS in a woman).
Iliofemoral: minimal diameters R 6.4 mm, L 6.1 mm, moderate calcification, suitable for transfemoral access.
Incidental: 4 mm RLL nodule, no follow-up needed at this age per guidelines.
Lucas Ferreira, MD
""", "ferreira", loinc_type=IMAGING)

    b.note("ct-surg-2026-08-04", "2026-08-04", "Cardiac surgery consultation", html("Cardiac surgery consultation", """<h2>Cardiac Surgery Consultation</h2>
<p><b>Date:</b> 08/04/2026 &nbsp; <b>Surgeon:</b> Raymond Castellanos, MD &nbsp; <b>Setting:</b> in person, valve
clinic, with her daughter</p>
<p><b>HPI:</b> 84-year-old woman with symptomatic severe low-flow, low-gradient aortic stenosis (NYHA III dyspnea,
exertional near-syncope), LVEF 35%. DSE 07/08: true severe AS with flow reserve. CT 07/22: annulus 402 mm&sup2;,
transfemoral access suitable, AV calcium 2,150 AU.</p>
<p><b>Exam (today):</b> BP 112/64, HR 68. Frail-appearing, walks with a cane. Harsh late-peaking 3/6 systolic murmur,
absent A2. Bibasilar crackles. 1+ ankle edema. Sternum and chest wall normal. 5-m gait 0.7 m/s.</p>
<p><b>Risk:</b> STS PROM 6.8%. Frailty (slow gait, weight loss 3 kg/yr), CKD 3a (eGFR 48), osteoporosis.</p>
<h3>Assessment and recommendation</h3>
<p>Symptomatic severe AS. I examined the patient today and reviewed her suitability for SAVR, TAVR and medical
therapy. Given age, frailty and intermediate-high surgical risk, I do not recommend SAVR. She is a good TAVR candidate
by anatomy and should derive symptomatic and survival benefit; no comorbidity would preclude benefit. Rationale shared
with Dr. Hsu and the heart team.</p>
<p>Raymond Castellanos, MD</p>"""), "castellanos", loinc_type=CONSULT, ctype="text/html", encounter="enc-surg-2026-08-04")

    b.note("ic-2026-08-11", "2026-08-11", "Structural heart (interventional cardiology) consultation", """STRUCTURAL HEART CONSULTATION   08/11/2026
Mei-Ling Hsu, MD (Interventional Cardiology) - seen in person in valve clinic.

84F with severe LFLG AS (AVA 0.7, DSE-confirmed true severe, AVCS 2,150), LVEF 35%, NYHA III,
exertional near-syncope. Seen by Dr. Castellanos 8/4 (SAVR not recommended).
Exam today: BP 110/62, HR 70. Alert, oriented x3, independent in ADLs, lives alone with daily
help from daughter. Late-peaking systolic murmur, single S2. Femoral pulses 2+ bilaterally.
Trace edema.
CT: TF access suitable, annulus fits a 23 mm balloon-expandable or 26 mm self-expanding valve;
coronary heights adequate.
Assessment: symptomatic severe AS; I agree TF-TAVR is the best option over SAVR or medical/palliative
care. Expected to benefit (life expectancy well over 1 year; cognitively intact).
Plan: present at heart team 8/13; schedule TF-TAVR.
""", "hsu", loinc_type=CONSULT, encounter="enc-ic-2026-08-11")

    b.note("heart-team-2026-08-13", "2026-08-13", "Heart team conference note", """MULTIDISCIPLINARY HEART TEAM CONFERENCE   08/13/2026
Present: R. Castellanos (cardiac surgery), M-L. Hsu (interventional cardiology), C. Mbeki (general
cardiology), anesthesia, K. Dahl RN (valve coordinator).
Patient: Ingrid Solheim, 84F. Symptomatic severe LFLG AS, LVEF 35%, STS 6.8%, frail.
Consensus: transfemoral TAVR. Both the surgeon and the interventional cardiologist have examined
the patient in person (8/4 and 8/11) and documented their rationale. Patient and daughter agree.
Kristin Dahl, RN, recorder
""", "dahl", loinc_type=NOTE)

    # after request
    b.obs("hgb-2026-08-28", "2026-08-28", loinc("718-7", "Hemoglobin [Mass/volume] in Blood"), value=11.8, unit="g/dL",
          category="laboratory")
    b.note("preproc-2026-08-28", "2026-08-28", "Pre-procedure TAVR note", """PRE-PROCEDURE NOTE 08/28/2026. Labs ok. TF-TAVR 9/2. Consent signed. M-L Hsu, MD
""", "hsu")

    c = case("bv-tavr-01", "bvp09.json", TAVR, ["I35.0", "I50.22"], "2026-08-20", "approve", POLICY,
             ["DocumentReference/ct-surg-2026-08-04", "DocumentReference/ic-2026-08-11",
              "DocumentReference/dse-2026-07-08", "Observation/nyha-2026-08-04",
              "DocumentReference/heart-team-2026-08-13"],
             note="TF-TAVR for severe symptomatic LFLG aortic stenosis.",
             rationale="Symptomatic (NYHA III, exertional near-syncope) severe AS: mean gradient 27 mmHg is "
                       "low-flow, DSE confirms true severe. Cardiac surgeon and interventional cardiologist each "
                       "examined her in person and documented rationale; the earlier video visit had no exam and "
                       "does not count, the in-person visit does. No comorbidity precluding benefit.")
    return c, b


def tavr_02():
    b = Bundle("bvp10", "Oduya", ["Franklin", "T"], "male", "1949-02-17", "PG-9930471", address_city="Halden")
    b.prac("greenhalgh", "Greenhalgh", ["Paul"], ["Dr."], "MD, Cardiovascular Disease")
    b.prac("varga", "Varga", ["Sofia"], ["Dr."], "MD, Thoracic and Cardiac Surgery")
    b.prac("mehta", "Mehta", ["Anil"], ["Dr."], "MD, Interventional Cardiology (structural heart)")
    b.prac("dahl", "Dahl", ["Kristin"], [], "RN, Valve Clinic Coordinator")

    b.cond("as", "I35.0", "2021-03-09", recorder="greenhalgh")
    b.cond("htn", "I10", "2008-06-01")
    b.cond("hld", "E78.5", "2008-06-01")

    b.obs("vmax-2025-08-19", "2025-08-19", local("ECHO-AVVMAX", "Aortic valve peak velocity"), value=4.4, unit="m/s", category="imaging")
    b.obs("vmax-2026-08-25", "2026-08-25", local("ECHO-AVVMAX", "Aortic valve peak velocity"), value=5.2, unit="m/s", category="imaging", performer="greenhalgh")
    b.obs("avmg-2026-08-25", "2026-08-25", local("ECHO-AVMG", "Aortic valve mean gradient"), value=66, unit="mm[Hg]", category="imaging", performer="greenhalgh")
    b.obs("ava-2026-08-25", "2026-08-25", local("ECHO-AVA", "Aortic valve area (continuity)"), value=0.6, unit="cm2", category="imaging", performer="greenhalgh")
    b.obs("lvef-2026-08-25", "2026-08-25", loinc("10230-1", "Left ventricular Ejection fraction"), value=63, unit="%", category="imaging", performer="greenhalgh")
    b.obs("bnp-2026-08-25", "2026-08-25", loinc("30934-4", "Natriuretic peptide B [Mass/volume] in Serum or Plasma"), value=68, unit="pg/mL", category="laboratory")
    b.obs("ett-2026-09-01", "2026-09-01", local("ETT-SUMMARY", "Exercise treadmill test summary"),
          string="Bruce protocol 9 min 10 s, 10.1 METs, 91% MPHR. Stopped for fatigue. No dyspnea out of proportion, "
                 "no angina, no presyncope. BP 138/80 -> 182/84. No ST changes, no arrhythmia.",
          category="procedure", performer="greenhalgh")
    b.obs("nyha-2026-09-01", "2026-09-01", local("NYHA", "NYHA functional class"), string="Class I", performer="greenhalgh")
    b.obs("sts-2026-09-15", "2026-09-15", local("STS-PROM", "STS predicted risk of mortality (AVR)"), value=1.9, unit="%",
          category="survey", performer="varga")

    b.med("lisinopril", "2008-06-01", "29046", "lisinopril", "10 mg by mouth daily")
    b.med("rosuvastatin", "2008-06-01", "301542", "rosuvastatin", "10 mg by mouth daily")

    b.enc("enc-card-2026-09-01", "2026-09-01", type_text="Cardiology visit", who="greenhalgh")
    b.enc("enc-surg-2026-09-15", "2026-09-15", type_text="Cardiac surgery consultation (in person)", who="varga")
    b.enc("enc-ic-2026-09-22", "2026-09-22", type_text="Structural heart consultation (in person)", who="mehta")

    b.note("echo-2026-08-25", "2026-08-25", "Transthoracic echocardiogram report", """ECHO 08/25/2026  ODUYA, FRANKLIN
Trileaflet, severely calcified AV. Vmax 5.2 m/s (4.4 in 8/2025), mean gradient 66 mmHg, AVA 0.6 cm2.
LVEF 63%. Moderate concentric LVH. No significant MR.
Impression: very severe aortic stenosis, rapid progression (+0.8 m/s/yr). Normal LV function.
Paul Greenhalgh, MD
""", "greenhalgh", loinc_type=IMAGING)

    b.note("cardiology-2026-09-01", "2026-09-01", "Cardiology visit", """CARDIOLOGY   09/01/2026   Paul Greenhalgh, MD
77M with AS followed since 2021. Feels well. Walks 3 miles most mornings, golfs twice a week and walks
18 holes carrying a light bag. Specifically denies exertional dyspnea, chest pain/pressure,
lightheadedness or syncope, and denies any decline in exercise tolerance. No edema. NYHA I.
Exam: BP 132/78, HR 62. 4/6 late-peaking SEM, soft A2.
Echo 8/25: Vmax 5.2 m/s, MG 66, AVA 0.6, LVEF 63%. BNP 68.
Treadmill today (to unmask symptoms): Bruce 9:10, 10.1 METs, stopped for leg fatigue, no
symptoms, appropriate BP rise, no ST change.
A/P: Very severe, truly asymptomatic AS with rapid progression. Recent randomized data support early
AVR in asymptomatic severe AS and TAVR labeling now includes asymptomatic severe AS. He prefers a
less invasive option. Refer to heart team for early TAVR.
""", "greenhalgh", encounter="enc-card-2026-09-01")

    b.note("ct-surg-2026-09-15", "2026-09-15", "Cardiac surgery consultation", """CARDIAC SURGERY CONSULTATION - in person   09/15/2026
Sofia Varga, MD
77M, asymptomatic very severe AS (Vmax 5.2, MG 66, AVA 0.6), LVEF 63%, negative symptom-limited ETT.
Active, independent. STS PROM 1.9% (low risk).
Exam: well, BP 134/80, loud late-peaking murmur, lungs clear, no edema. Sternum normal.
Options discussed: surveillance every 6 months, SAVR, TAVR. Both SAVR and TAVR are reasonable at low
risk; patient strongly prefers TAVR (faster recovery). Anatomy favorable on CT. I agree with early
intervention given very severe AS and rapid progression, and support TF-TAVR.
""", "varga", loinc_type=CONSULT, encounter="enc-surg-2026-09-15")

    b.note("ic-2026-09-22", "2026-09-22", "Structural heart (interventional cardiology) consultation", html("Structural heart consultation", """<h2>Structural Heart Consultation</h2>
<p><b>Date:</b> 09/22/2026 &nbsp; <b>Physician:</b> Anil Mehta, MD (in person)</p>
<p>77-year-old man with asymptomatic very severe AS, normal LVEF, low surgical risk (STS 1.9%). Denies symptoms today.
Exam: BP 130/76, HR 60, harsh systolic murmur, femoral pulses 2+.</p>
<p>CT 09/18: tricuspid valve, annulus area 498 mm&sup2;, coronary heights adequate, TF access suitable.</p>
<p><b>Assessment:</b> asymptomatic severe AS &ndash; early TAVR per the expanded (asymptomatic) indication.
Patient prefers TAVR after discussion of SAVR durability data. Proceed with TF-TAVR.</p>"""),
           "mehta", loinc_type=CONSULT, ctype="text/html", encounter="enc-ic-2026-09-22")

    b.note("ct-2026-09-18", "2026-09-18", "CT TAVR protocol report", """CTA TAVR PROTOCOL 09/18/2026
Tricuspid aortic valve. Annulus area 498 mm2, perimeter 80 mm. Coronary heights L 13 mm, R 16 mm.
Iliofemoral minimal diameters 7.8/7.5 mm. Suitable for TF access. AV calcium 3,420 AU.
""", None, loinc_type=IMAGING)

    b.note("heart-team-2026-09-24", "2026-09-24", "Heart team conference note", """HEART TEAM CONFERENCE 09/24/2026
Present: S. Varga (CT surgery), A. Mehta (IC), P. Greenhalgh (cardiology), K. Dahl RN.
77M, asymptomatic very severe AS, STS 1.9%. Consensus: early TF-TAVR (patient preference over SAVR).
Both surgeon and IC examined the patient in person. Proceed to authorization.
Kristin Dahl, RN
""", "dahl", loinc_type=NOTE)

    # after request
    b.note("cardiology-2026-10-20", "2026-10-20", "Cardiology telephone note", """TELEPHONE 10/20/2026 - Paul Greenhalgh, MD
Patient called: over the last 2 weeks has become winded on the 7th hole and stopped golfing early twice.
No chest pain or syncope. Advised to limit exertion until TAVR; will notify valve team.
""", "greenhalgh")

    c = case("bv-tavr-02", "bvp10.json", TAVR, ["I35.0"], "2026-10-06", "refer", POLICY,
             ["DocumentReference/cardiology-2026-09-01", "Observation/ett-2026-09-01",
              "Observation/nyha-2026-09-01", "DocumentReference/ic-2026-09-22"],
             note="Early TF-TAVR for asymptomatic very severe AS.",
             rationale="Heart-team face-to-face exams and severity are documented, but the NCD covers TAVR for "
                       "symptomatic aortic stenosis and the record documents him as asymptomatic (NYHA I, "
                       "negative symptom-limited treadmill). Wider device labelling does not widen the NCD. The "
                       "new symptoms of 10/20 are after the request.")
    return c, b


CASES = [tavr_01, tavr_02]
