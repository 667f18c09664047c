"""NCD 20.32 Transcatheter aortic valve replacement: be-tavr-01..03."""
from chart import Chart, CPT, ICD10, npi


def dx(code, display):
    return {"system": ICD10, "code": code, "display": display}


SVC_TAVR = {"system": CPT, "code": "33361",
            "display": "Transcatheter aortic valve replacement, transfemoral"}


# ------------------------------------------------------------------------------------------------
def tavr01():
    """Approve: severe symptomatic AS, both heart-team physicians examined face to face; older echo moderate."""
    c = Chart(13, "eastern", "ehr.brandywine-heart.example",
              "http://fhir.brandywine-heart.example/CodeSystem/local-obs")
    org = c.org("bvhc", "Brandywine Valley Heart Center", city="Quarry Glen", state="DE")
    pc = c.org("qgfp", "Quarry Glen Family Practice", city="Quarry Glen", state="DE")
    c.patient("Ethel", "Marchbanks", "female", "1943-12-03", "Quarry Glen", "DE", "19899", "302-555-0171",
              "BV-3390127", org, extra_given="Rose")
    c.coverage("3CF8-UH5-YT72", "2008-12-01")
    pcp = c.prac("dr-odom", "Harriet", "Odom", "MD", "Family Medicine", npi(743196440))
    cards = c.prac("dr-farrant", "Lucius", "Farrant", "MD", "Cardiology (non-invasive, echocardiography)",
                   npi(743196468))
    ic = c.prac("dr-brandt", "Yusuf", "Brandt", "MD", "Interventional Cardiology - Structural Heart", npi(743196486))
    cts = c.prac("dr-solberg", "Ingrid", "Solberg", "MD", "Cardiothoracic Surgery", npi(743196404))
    np_ = c.prac("np-obi", "Pamela", "Obi", "MSN, ACNP-BC", "Nurse Practitioner - Valve Clinic Coordinator",
                 npi(743196422))

    c.cond("as", "I35.0", "Nonrheumatic aortic (valve) stenosis", "2021-02-09 10:00", recorder=cards,
           note="Severe, symptomatic as of 04/2026.")
    c.cond("htn", "I10", "Essential (primary) hypertension", "2004-06-14 10:00", recorder=pcp)
    c.cond("ckd3a", "N18.31", "Chronic kidney disease, stage 3a", "2022-08-10 10:00", recorder=pcp)
    c.cond("osteoporosis", "M81.0", "Age-related osteoporosis without current pathological fracture",
           "2017-01-19 10:00", recorder=pcp)

    c.obs("ava-2024-05-14", "ava", "Aortic valve area (continuity equation)", "2024-05-14 10:30", 1.2, "cm2",
          loinc=False, category="imaging", performer=cards,
          components=[("av-mg", "Aortic valve mean gradient", 24, "mm[Hg]", False)], note="Moderate AS.")
    ava = c.obs("ava-2026-04-21", "ava", "Aortic valve area (continuity equation)", "2026-04-21 11:15", 0.72, "cm2",
                loinc=False, category="imaging", performer=cards, interp="A",
                components=[("av-vmax", "Aortic valve peak velocity", 4.4, "m/s", False),
                            ("dvi", "Dimensionless velocity index", 0.22, "1", False)])
    mg = c.obs("mg-2026-04-21", "av-mg", "Aortic valve mean gradient", "2026-04-21 11:15", 46, "mm[Hg]", loinc=False,
               category="imaging", performer=cards, interp="A")
    c.obs("lvef-2026-04-21", "10230-1", "Left ventricular Ejection fraction", "2026-04-21 11:15", 60, "%",
          category="imaging", performer=cards)
    c.obs("sts-2026-05-19", "sts-prom", "STS predicted risk of mortality (SAVR)", "2026-05-19 14:00", 5.1, "%",
          loinc=False, category="survey", performer=cts)
    c.med("amlodipine", "17767", "amlodipine", "2004-06-14 10:10", pcp, "5 mg by mouth daily",
          reason_text="Hypertension")
    c.med("furosemide", "4603", "furosemide", "2026-04-28 11:00", cards, "20 mg by mouth daily",
          reason_text="Dyspnea / mild volume overload")
    c.med("alendronate", "46041", "alendronate", "2017-01-19 10:10", pcp, "70 mg by mouth weekly",
          reason_text="Osteoporosis")

    c.note("pcp-2026-03-30", "2026-03-30 11:20", pcp, "11506-3", "Progress note", "PCP visit",
           """QUARRY GLEN FAMILY PRACTICE - 03/30/2026 - Harriet Odom, MD
82 yo F, known aortic stenosis (moderate on 2024 echo), HTN, CKD 3a, osteoporosis.
Since January: short of breath walking up the slope to church and up her 12 basement stairs, has to stop halfway.
On Palm Sunday felt lightheaded and "grayed out" climbing the church steps, sat down, did not lose consciousness.
No chest pain. Ankles a bit puffy by evening.
Exam: BP 148/70, HR 72. Harsh 3/6 late-peaking systolic murmur RUSB radiating to carotids, soft A2. Trace edema.
A/P: AS with new exertional dyspnea and exertional presyncope - likely progression. Urgent echo and cardiology
(Dr. Farrant) in April. Avoid strenuous exertion until seen.
""", custodian=pc)

    c.note("echo-2026-04-21", "2026-04-21 13:00", cards, "18748-4", "Diagnostic imaging study",
           "Transthoracic echocardiogram report",
           """BRANDYWINE VALLEY HEART CENTER - TRANSTHORACIC ECHOCARDIOGRAM   04/21/2026
Interpreting: Lucius Farrant, MD

Aortic valve: trileaflet, severely calcified with restricted opening.
  Peak velocity 4.4 m/s; mean gradient 46 mmHg; peak gradient 77 mmHg.
  LVOT diameter 1.9 cm; AVA (continuity, VTI) 0.72 cm2; indexed 0.44 cm2/m2; DVI 0.22.
  Trace aortic regurgitation.
LV: normal size, concentric hypertrophy (septum 1.3 cm), LVEF 60%. Grade II diastolic dysfunction.
Mitral: mild MAC, mild MR. RVSP 38 mmHg.
Comparison 05/14/2024: AVA 1.2 cm2, mean gradient 24 mmHg (moderate).
Conclusion: SEVERE aortic stenosis (high gradient), progressed from moderate in 2024. Preserved LVEF.
""", custodian=org)

    c.note("ic-2026-05-12", "2026-05-12 10:40", ic, "11488-4", "Consult note",
           "Structural heart consultation - interventional cardiology",
           """<html><body>
<h3>Structural Heart Program &mdash; Interventional Cardiology Consultation</h3>
<p>05/12/2026 &middot; Yusuf Brandt, MD &middot; in-person visit, patient accompanied by her son</p>
<p><b>HPI:</b> 82-year-old woman with severe high-gradient AS (AVA 0.72 cm<sup>2</sup>, MG 46 mmHg, Vmax 4.4 m/s,
EF 60% on 04/21/2026) and NYHA class III symptoms: dyspnea after half a flight of stairs, exertional presyncope
at church 03/2026. Started furosemide 20 mg by Dr. Farrant with modest benefit.</p>
<p><b>Exam (I examined the patient):</b> frail-appearing, 5-m gait speed 7.1 s, grip strength reduced.
Late-peaking 3/6 systolic murmur, single S2. Lungs clear. Femoral pulses 2+ bilaterally.</p>
<p><b>Assessment:</b> severe symptomatic aortic stenosis. Frailty (slow gait, low grip), age 82, CKD 3a.
Suitability: SAVR would carry elevated risk given frailty; TAVR favored; medical/palliative therapy alone would
not address symptoms.</p>
<p><b>Plan:</b> TAVR CT protocol; coronary CTA component; dental clearance; cardiac surgery evaluation with
Dr. Solberg; present at heart team conference.</p>
</body></html>""", html=False, custodian=org)

    c.note("cts-2026-05-19", "2026-05-19 14:30", cts, "11488-4", "Consult note", "Cardiac surgery consultation",
           """CARDIOTHORACIC SURGERY CONSULTATION - 05/19/2026 - Ingrid Solberg, MD
Seen in clinic today (in person) for severe symptomatic aortic stenosis.

I reviewed the echo (AVA 0.72 cm2, MG 46, EF 60%) and TAVR CT (annulus 398 mm2, iliofemoral vessels >= 6.5 mm
bilaterally, no porcelain aorta, coronary heights adequate).
Exam: 82-year-old, frail, ambulates slowly without device. Sternum intact, no prior chest surgery. Systolic murmur
as described. No carotid bruits. Mild bilateral ankle edema.
STS PROM (isolated AVR): 5.1%. Frailty markers positive (gait speed 7.1 s/5 m, grip strength low, albumin 3.3).

Assessment and rationale: intermediate-to-high surgical risk driven by frailty, age and CKD. Sternotomy and
cardiopulmonary bypass would likely mean prolonged recovery and loss of independence. Transfemoral TAVR is the
better option for her; I agree with Dr. Brandt. She and her son understand and prefer TAVR.
I will participate in the procedure with Dr. Brandt.
""", custodian=org)

    c.note("heart-team-2026-05-27", "2026-05-27 16:00", np_, "11506-3", "Progress note",
           "Multidisciplinary heart team conference",
           """HEART TEAM CONFERENCE - 05/27/2026
Recorder: Pamela Obi, ACNP-BC (valve clinic coordinator)
Present: Y. Brandt, MD (interventional); I. Solberg, MD (CT surgery); L. Farrant, MD (imaging); anesthesia;
valve clinic nursing.

Patient: Ethel Marchbanks, 82 F. Severe symptomatic AS (NYHA III, exertional presyncope), EF 60%.
Independent evaluations: Dr. Brandt 05/12/2026 (in person), Dr. Solberg 05/19/2026 (in person). Both documented.
STS 5.1%, frail. CT: transfemoral access suitable, 23 mm balloon-expandable valve planned.
Dental clearance: outside dentist appointment 05/28; letter to be scanned to chart.
Consensus: transfemoral TAVR. Patient and family informed by Dr. Brandt.
""", custodian=org)

    c.note("dental-2026-05-29", "2026-05-29 09:40", pcp, "57133-1", "Referral note", "Outside dental clearance letter",
           """(Scanned outside letter, indexed to chart by PCP office)
QUARRY GLEN DENTAL ARTS - 05/28/2026
To whom it may concern: Mrs. Marchbanks was examined today. Full upper denture, lower partial. No active dental
infection; periapical films unremarkable. She is cleared from a dental standpoint for cardiac valve procedure.
Recommend standard antibiotic prophylaxis for future dental work after valve placement.
- practice dentist (signature on file)
""", custodian=pc)

    c.sreq("tavr-order", CPT, "33361", SVC_TAVR["display"], "2026-06-09 08:00", ic,
           reason="Severe symptomatic aortic stenosis",
           note="Transfemoral TAVR, 23 mm balloon-expandable valve. Operators: Y. Brandt, MD and I. Solberg, MD.")

    case = {
        "id": "be-tavr-01", "num": 13,
        "request": {"service": SVC_TAVR,
                    "diagnoses": [dx("I35.0", "Nonrheumatic aortic (valve) stenosis")],
                    "payer": "medicare", "urgency": "standard", "date": "2026-06-09"},
        "gold": {"recommendation": "approve", "policy": "NCD 20.32",
                 "evidence": ["Observation/ava-2026-04-21", "Observation/mg-2026-04-21",
                              "DocumentReference/ic-2026-05-12", "DocumentReference/cts-2026-05-19"],
                 "missing": [],
                 "rationale": "Symptomatic (NYHA III dyspnea, exertional presyncope) severe AS (AVA 0.72, MG 46, Vmax "
                              "4.4 on 04/21/2026, superseding the moderate 2024 study), an FDA-approved indication. "
                              "Interventional cardiologist (05/12) and cardiac surgeon (05/19) each examined her face to "
                              "face, evaluated SAVR/TAVR/medical options and documented their rationale; heart team "
                              "conference. No comorbidity that precludes benefit."},
        "criteria": [
            ["indication", "Symptomatic aortic valve stenosis per an FDA-approved indication (severe AS)", "met",
             ["Observation/ava-2026-04-21", "Observation/mg-2026-04-21", "DocumentReference/pcp-2026-03-30"]],
            ["ic-f2f", "Interventional cardiologist independently examined face to face, documented rationale", "met",
             ["DocumentReference/ic-2026-05-12"]],
            ["cts-f2f", "Cardiac surgeon independently examined face to face, documented rationale", "met",
             ["DocumentReference/cts-2026-05-19"]],
            ["heart-team", "Under the care of a heart team", "met", ["DocumentReference/heart-team-2026-05-27"]],
            ["non-covered", "No co-morbidity precluding expected benefit", "met", ["DocumentReference/cts-2026-05-19"]],
        ],
        "traps": "older moderate-AS echo; symptoms in lay wording in the PCP note; dental letter indexed by PCP office; "
                 "frailty is a reason for TAVR, not a precluding comorbidity",
    }
    c._stamp = "2026-06-09 17:00"
    return c, case


# ------------------------------------------------------------------------------------------------
def tavr02():
    """Refer: severe AS documented as asymptomatic (normal exercise test); NCD covers symptomatic AS."""
    c = Chart(14, "pacific", "ehr.goldenoak-mc.example", "http://fhir.goldenoak-mc.example/CodeSystem/local-obs")
    org = c.org("gomc", "Golden Oak Medical Center", city="Manzanita Springs", state="CA")
    c.patient("Roland", "Fairweather", "male", "1950-02-25", "Manzanita Springs", "CA", "95999", "530-555-0113",
              "GO-1184470", org, extra_given="Ellis")
    c.coverage("6NB2-QR7-VE41", "2015-02-01")
    pcp = c.prac("dr-lomeli", "Beatriz", "Lomeli", "MD", "Internal Medicine", npi(854207551))
    cards = c.prac("dr-prewitt", "Naoko", "Prewitt", "MD", "Cardiology (non-invasive)", npi(854207579))
    ic = c.prac("dr-asante", "Kwame", "Asante", "MD", "Interventional Cardiology - Structural Heart", npi(854207597))
    cts = c.prac("dr-lindqvist", "Gregor", "Lindqvist", "MD", "Cardiothoracic Surgery", npi(854207515))

    c.cond("as", "I35.0", "Nonrheumatic aortic (valve) stenosis", "2022-09-15 10:00", recorder=cards,
           note="Severe, asymptomatic (exercise-test confirmed 06/2026).")
    c.cond("hld", "E78.5", "Hyperlipidemia, unspecified", "2010-01-05 10:00", recorder=pcp)
    c.cond("bph", "N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms", "2018-03-22 10:00",
           recorder=pcp)

    ava = c.obs("ava-2026-06-02", "ava", "Aortic valve area (continuity equation)", "2026-06-02 09:50", 0.68, "cm2",
                loinc=False, category="imaging", performer=cards, interp="A")
    c.obs("mg-2026-06-02", "av-mg", "Aortic valve mean gradient", "2026-06-02 09:50", 52, "mm[Hg]", loinc=False,
          category="imaging", performer=cards, interp="A")
    c.obs("vmax-2026-06-02", "av-vmax", "Aortic valve peak velocity", "2026-06-02 09:50", 4.6, "m/s", loinc=False,
          category="imaging", performer=cards, interp="A")
    c.obs("lvef-2026-06-02", "10230-1", "Left ventricular Ejection fraction", "2026-06-02 09:50", 62, "%",
          category="imaging", performer=cards)
    ett = c.obs("ett-mets-2026-06-16", "ett-mets", "Exercise treadmill test - workload achieved", "2026-06-16 08:30",
                9.2, "{MET}", loinc=False, category="procedure", performer=cards,
                note="Bruce protocol 7:45 min; stopped for leg fatigue; no symptoms; BP 138/78 -> 186/84.")
    c.obs("sts-2026-07-07", "sts-prom", "STS predicted risk of mortality (SAVR)", "2026-07-07 14:00", 1.8, "%",
          loinc=False, category="survey", performer=cts)
    c.med("rosuvastatin", "301542", "rosuvastatin", "2010-01-05 10:10", pcp, "10 mg by mouth daily",
          reason_text="Hyperlipidemia")
    c.med("tamsulosin", "77492", "tamsulosin", "2018-03-22 10:10", pcp, "0.4 mg by mouth nightly", reason_text="BPH")

    c.note("pcp-2026-05-19", "2026-05-19 10:10", pcp, "11506-3", "Progress note", "Annual wellness visit",
           """GOLDEN OAK PRIMARY CARE - Annual Wellness Visit 05/19/2026 - Beatriz Lomeli, MD
76 yo M. Walks 18 holes of golf twice a week (no cart), does his own yard work.
Some fatigue after a long day of yard work "but I'm 76" - likely age/activity related; sleeps well.
Denies exertional chest pain, dyspnea, lightheadedness or fainting.
Known aortic stenosis followed by Dr. Prewitt; echo due next month.
Exam: BP 132/76. 3/6 systolic ejection murmur, preserved S2. Lungs clear.
A/P: health maintenance up to date. Echo as planned. Continue rosuvastatin and tamsulosin.
""")

    c.note("echo-2026-06-02", "2026-06-02 11:00", cards, "18748-4", "Diagnostic imaging study",
           "Transthoracic echocardiogram report",
           """GOLDEN OAK MEDICAL CENTER - ECHOCARDIOGRAPHY     06/02/2026     Reader: Naoko Prewitt, MD
Aortic valve: trileaflet, heavily calcified. Vmax 4.6 m/s, mean gradient 52 mmHg, AVA 0.68 cm2 (continuity).
LV normal size; mild concentric LVH; LVEF 62%; GLS -19%.
Comparison 06/2025: Vmax 4.1 m/s, MG 40 mmHg.
Impression: severe aortic stenosis, progressed (Vmax +0.5 m/s in 12 months), normal LV function.
""")

    c.note("ett-2026-06-16", "2026-06-16 10:15", cards, "28570-0", "Procedure note", "Exercise treadmill test report",
           """EXERCISE TREADMILL TEST - 06/16/2026 - supervising: Naoko Prewitt, MD
Indication: severe AS, reported asymptomatic - confirm symptom status.
Bruce protocol, 7 min 45 s, 9.2 METs (104% of age-predicted). Peak HR 138 (94% APMHR).
BP 138/78 rest -> 186/84 peak (normal rise). No chest pain, dyspnea out of proportion, dizziness or presyncope.
Stopped for leg fatigue. ECG: no ischemic ST changes, no arrhythmia.
Conclusion: normal functional capacity with no exercise-induced symptoms and a normal blood pressure response.
Asymptomatic severe aortic stenosis.
""")

    c.note("ic-2026-06-23", "2026-06-23 13:30", ic, "11488-4", "Consult note",
           "Structural heart consultation - interventional cardiology",
           """<html><body>
<p><b>Golden Oak Structural Heart Clinic</b> &mdash; 06/23/2026 &mdash; Kwame Asante, MD (in-person visit)</p>
<p><b>Reason:</b> severe AS, evaluation for early intervention.</p>
<p><b>History:</b> active 76-year-old, golfs twice weekly walking. He denies dyspnea, angina, syncope or presyncope.
Treadmill 06/16: 9.2 METs, no symptoms, normal BP response.</p>
<p><b>Exam:</b> I examined him: 3/6 late-peaking SEM, S2 present. Lungs clear. Good femoral pulses.</p>
<p><b>Assessment:</b> <i>asymptomatic</i> severe AS (Vmax 4.6 m/s, MG 52, AVA 0.68), normal EF, rapid
progression. Options: watchful waiting with 6-month imaging, vs early AVR (surgical or transcatheter).
Recent trial data support early intervention in asymptomatic severe AS; he prefers not to wait for symptoms and
prefers a transcatheter approach.</p>
<p><b>Plan:</b> CT TAVR protocol; surgical evaluation (Dr. Lindqvist); heart team.</p>
</body></html>""", html=False)

    c.note("cts-2026-07-07", "2026-07-07 14:45", cts, "11488-4", "Consult note", "Cardiac surgery consultation",
           """CARDIAC SURGERY CONSULTATION - 07/07/2026 - Gregor Lindqvist, MD (clinic, in person)
76 yo M with severe, asymptomatic AS and normal EF, referred by Dr. Asante.
Examined today. No symptoms on direct questioning; treadmill 9.2 METs without symptoms.
STS PROM 1.8% (low). Anatomy suitable for either SAVR or transfemoral TAVR (CT 07/01).
Rationale: both early SAVR and TAVR are reasonable at low risk; no class I indication for AVR while asymptomatic
with normal EF and normal exercise test. Patient prefers TAVR after discussion of durability data.
""")

    c.note("heart-team-2026-07-14", "2026-07-14 16:30", ic, "11506-3", "Progress note", "Heart team conference",
           """STRUCTURAL HEART TEAM CONFERENCE - 07/14/2026 (recorded by K. Asante, MD)
Case: R. Fairweather, 76 M. Severe asymptomatic AS, EF 62%, normal ETT. STS 1.8%.
Evaluated in person by Dr. Asante (06/23) and Dr. Lindqvist (07/07).
Consensus: early intervention reasonable; patient preference transfemoral TAVR. Submit for authorization.
""")

    c.sreq("tavr-order", CPT, "33361", SVC_TAVR["display"], "2026-07-21 09:00", ic,
           reason="Severe aortic stenosis (asymptomatic), early intervention")

    case = {
        "id": "be-tavr-02", "num": 14,
        "request": {"service": SVC_TAVR,
                    "diagnoses": [dx("I35.0", "Nonrheumatic aortic (valve) stenosis")],
                    "payer": "medicare", "urgency": "standard", "date": "2026-07-21"},
        "gold": {"recommendation": "refer", "policy": "NCD 20.32",
                 "evidence": ["DocumentReference/ett-2026-06-16", "Observation/ett-mets-2026-06-16",
                              "DocumentReference/ic-2026-06-23", "DocumentReference/cts-2026-07-07"],
                 "missing": [],
                 "rationale": "NCD 20.32 B.A covers TAVR for symptomatic aortic stenosis. Severity and both face-to-face "
                              "heart-team evaluations are documented, but every physician documents him as asymptomatic, "
                              "confirmed by a normal exercise test (9.2 METs, no symptoms). Outside the covered "
                              "indication; physician review."},
        "criteria": [
            ["indication", "Symptomatic aortic valve stenosis (FDA-approved indication)", "not_met",
             ["DocumentReference/ett-2026-06-16", "DocumentReference/ic-2026-06-23"]],
            ["severity", "Severe AS", "met", ["Observation/ava-2026-06-02", "Observation/mg-2026-06-02"]],
            ["ic-f2f", "Interventional cardiologist face-to-face evaluation", "met", ["DocumentReference/ic-2026-06-23"]],
            ["cts-f2f", "Cardiac surgeon face-to-face evaluation", "met", ["DocumentReference/cts-2026-07-07"]],
        ],
        "traps": "PCP's hedged 'fatigue after yard work' is not an AS symptom; heart team complete and severity "
                 "unequivocal, so a checklist reader approves",
    }
    c._stamp = "2026-07-21 17:00"
    return c, case


# ------------------------------------------------------------------------------------------------
def tavr03():
    """Request info: symptoms and both face-to-face visits documented but AS severity never quantified; echo
    scheduled after the request (its report, dated later, is in the bundle)."""
    c = Chart(15, "central", "ehr.redriver-hv.example", "http://fhir.redriver-hv.example/CodeSystem/local-obs")
    org = c.org("rrvhv", "Red River Valley Heart & Vascular", city="Red Willow", state="MN")
    c.patient("Inez", "Halvorsen", "female", "1946-05-30", "Red Willow", "MN", "56799", "218-555-0165",
              "RRV-774309", org, extra_given="Margit")
    c.coverage("5YK1-AS3-JB64", "2011-05-01")
    pcp = c.prac("dr-lutz", "Abner", "Lutz", "MD", "Family Medicine", npi(965318662))
    cards = c.prac("dr-mwangi", "Celestine", "Mwangi", "MD", "Cardiology (general, echocardiography)", npi(965318680))
    ic = c.prac("dr-dunmore", "Rafael", "Dunmore", "MD", "Interventional Cardiology - Structural Heart", npi(965318608))
    cts = c.prac("dr-pruitt", "Agnieszka", "Pruitt", "MD", "Cardiothoracic Surgery", npi(965318626))

    c.cond("as", "I35.0", "Nonrheumatic aortic (valve) stenosis", "2026-07-14 11:00", recorder=cards,
           note="Severity not yet quantified at this center; outside echo report not received.")
    c.cond("htn", "I10", "Essential (primary) hypertension", "2009-02-02 10:00", recorder=pcp)
    c.cond("murmur", "R01.1", "Cardiac murmur, unspecified", "2019-04-11 10:00", recorder=pcp, clinical="inactive")

    c.obs("ntprobnp-2026-07-14", "33762-6",
          "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "2026-07-14 10:00", 880,
          "pg/mL", category="laboratory", interp="H")
    c.obs("annulus-2026-08-18", "ct-annulus-area", "Aortic annulus area (CT, systolic)", "2026-08-18 13:30", 412,
          "mm2", loinc=False, category="imaging", performer=ic,
          note="Perimeter 73.1 mm. Not a measure of stenosis severity.")
    c.bp("bp-2026-08-04", "2026-08-04 09:30", 152, 78, performer=ic)
    c.obs("ava-2026-08-31", "ava", "Aortic valve area (continuity equation)", "2026-08-31 10:40", 0.66, "cm2",
          loinc=False, category="imaging", performer=cards, interp="A",
          components=[("av-mg", "Aortic valve mean gradient", 44, "mm[Hg]", False),
                      ("av-vmax", "Aortic valve peak velocity", 4.2, "m/s", False)])
    appt = c.appt("tte-2026-08-31", "2026-07-14 11:30", "2026-08-31 10:00", 60,
                  "Transthoracic echocardiogram - aortic stenosis quantification", practitioner=cards)
    c.med("lisinopril", "29046", "lisinopril", "2009-02-02 10:10", pcp, "10 mg by mouth daily",
          reason_text="Hypertension")

    c.note("pcp-2026-06-30", "2026-06-30 09:50", pcp, "11506-3", "Progress note", "PCP visit",
           """RED WILLOW CLINIC - 06/30/2026 - Abner Lutz, MD
80 yo F. Over the past 3 months she gets winded carrying laundry up from the basement and had to sit down
twice while gardening because she felt faint. No chest pain.
Murmur first noted 2019 (soft). She had an echo in May at Lakeside Clinic while visiting her daughter in
Wisconsin - she was told "the valve is tight"; I have requested the report.
Exam: BP 150/80. 3/6 crescendo-decrescendo systolic murmur RUSB, radiates to both carotids, soft S2.
A/P: probable aortic stenosis with exertional dyspnea and near-syncope. Cardiology referral (Dr. Mwangi).
Records request to Lakeside faxed.
""")

    c.note("cards-2026-07-14", "2026-07-14 11:20", cards, "11488-4", "Consult note", "Cardiology consultation",
           """RED RIVER VALLEY HEART & VASCULAR - Cardiology consultation 07/14/2026 - Celestine Mwangi, MD
Referred for aortic stenosis. Exertional dyspnea (NYHA II-III) and 2 episodes of exertional near-syncope.
Outside TTE (Lakeside Clinic, 05/2026): report NOT received despite two requests; patient recalls being told the
valve was "tight". No numbers available.
Exam: late-peaking 3/6 SEM, diminished A2, delayed carotid upstroke.
ECG: sinus rhythm, LVH with repolarization changes. NT-proBNP 880.
Impression: clinically significant aortic stenosis, likely severe by exam, but not quantified.
Plan: TTE here (first available 08/31/2026); in parallel refer to structural heart for evaluation given symptoms.
""")

    c.note("ic-2026-08-04", "2026-08-04 10:15", ic, "11488-4", "Consult note", "Structural heart consultation",
           """<html><body>
<p><b>Structural Heart Clinic</b> &mdash; 08/04/2026 &mdash; Rafael Dunmore, MD (interventional cardiology), in person</p>
<p>80-year-old woman with exertional dyspnea and exertional near-syncope; murmur and exam consistent with aortic
stenosis. <b>No quantitative echo data yet</b>: outside study not available; our TTE is booked for 08/31.</p>
<p><b>Exam (examined today):</b> BP 152/78. Late-peaking murmur, soft S2, slow-rising carotids. Lungs clear.
Femoral pulses palpable.</p>
<p><b>Assessment:</b> suspected severe symptomatic AS. If severe on echo, TAVR would be reasonable (age 80,
preference for less invasive approach). Medical therapy cannot relieve a fixed obstruction.</p>
<p><b>Plan:</b> TAVR CT now to save time; cardiac surgery evaluation; final recommendation after echo.</p>
</body></html>""", html=False)

    c.note("cts-2026-08-11", "2026-08-11 15:00", cts, "11488-4", "Consult note", "Cardiac surgery consultation",
           """CARDIAC SURGERY - 08/11/2026 - Agnieszka Pruitt, MD (seen in clinic)
Asked to evaluate for AVR. History and exam as per Dr. Dunmore; I examined her: thin, alert, ambulates
independently; sternum intact; systolic murmur; no edema.
Estimated STS PROM ~3-4% pending echo parameters.
Hemodynamic severity has not been documented yet - outside report unavailable, TTE 08/31.
Rationale so far: at 80 with this profile, if AS is severe, TAVR is preferred over SAVR. I will finalize my
recommendation once the echo is done.
""")

    c.note("ct-2026-08-18", "2026-08-18 15:45", ic, "18748-4", "Diagnostic imaging study", "TAVR CT angiography",
           """CT ANGIOGRAPHY - TAVR PROTOCOL - 08/18/2026
Aortic annulus (systolic): area 412 mm2, perimeter 73.1 mm, mean diameter 22.9 mm.
Aortic valve: trileaflet, heavy leaflet calcification. (Calcium scoring not performed on this protocol.)
Sinus of Valsalva 30 mm; left main height 11 mm, RCA 13 mm.
Iliofemoral access: minimal luminal diameters R 6.8 mm, L 7.1 mm; mild calcification, no severe tortuosity.
Impression: anatomy suitable for transfemoral TAVR; annulus sized for a 23 mm balloon-expandable valve.
""")

    c.note("echo-2026-08-31", "2026-08-31 12:30", cards, "18748-4", "Diagnostic imaging study",
           "Transthoracic echocardiogram report",
           """RED RIVER VALLEY HEART & VASCULAR - TRANSTHORACIC ECHOCARDIOGRAM - 08/31/2026 - Celestine Mwangi, MD
Aortic valve: calcified trileaflet, severely restricted. Vmax 4.2 m/s, mean gradient 44 mmHg, AVA 0.66 cm2.
LVEF 58%, concentric LVH. Mild MR.
Conclusion: severe aortic stenosis.
""")

    c.sreq("tavr-order", CPT, "33361", SVC_TAVR["display"], "2026-08-25 08:20", ic,
           reason="Symptomatic aortic stenosis",
           note="Requesting authorization in advance of final heart team review to avoid delay.")

    case = {
        "id": "be-tavr-03", "num": 15,
        "request": {"service": SVC_TAVR,
                    "diagnoses": [dx("I35.0", "Nonrheumatic aortic (valve) stenosis")],
                    "payer": "medicare", "urgency": "standard", "date": "2026-08-25"},
        "gold": {"recommendation": "request_info", "policy": "NCD 20.32",
                 "evidence": ["DocumentReference/cards-2026-07-14", "DocumentReference/ic-2026-08-04",
                              "DocumentReference/cts-2026-08-11"],
                 "missing": ["echocardiogram|echo|aortic valve area|AVA|gradient|severity|severe"],
                 "rationale": "Symptoms and both face-to-face heart-team evaluations are documented, but on 08/25 no "
                              "study quantifies the stenosis (outside report never received; TTE booked 08/31; both "
                              "physicians defer the final recommendation to it). Severe AS is what the FDA-approved "
                              "indication requires. The 08/31 echo and AVA observation postdate the request and do not "
                              "exist for it; the CT annulus area is not a valve area. Ask for the echo."},
        "criteria": [
            ["symptoms", "Symptomatic aortic stenosis", "met", ["DocumentReference/pcp-2026-06-30",
                                                               "DocumentReference/cards-2026-07-14"]],
            ["severity", "Severe AS per FDA-approved indication", "not_documented",
             ["DocumentReference/cards-2026-07-14", "DocumentReference/cts-2026-08-11"]],
            ["ic-f2f", "Interventional cardiologist face-to-face evaluation", "met", ["DocumentReference/ic-2026-08-04"]],
            ["cts-f2f", "Cardiac surgeon face-to-face evaluation and rationale", "met",
             ["DocumentReference/cts-2026-08-11"]],
        ],
        "traps": "echo report and AVA dated after the request; CT 'annulus area' vs 'aortic valve area'; hearsay 'valve "
                 "is tight'; 'likely severe by exam'",
    }
    c._stamp = "2026-08-25 17:00"
    return c, case


CASES = [tavr01, tavr02, tavr03]
