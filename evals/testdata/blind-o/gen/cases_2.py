from lib import *

P = lambda x: f"Practitioner/{x}"
O = lambda x: f"Organization/{x}"
CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ------------------------------------------------------------------ TAVR 01
@case
def po09():
    c = Chart("po09")
    c.patient("pt", "Lindgren", ["Agnes", "V"], "female", "1940-08-02", "MC-250188")
    c.org("hosp", "Cedar Plains University Hospital")
    c.prac("anand", "Anand", "Vikram", "MD", "Interventional cardiology - structural heart", "1417093385")
    c.prac("whitcombe", "Whitcombe", "Elise", "MD", "Cardiothoracic surgery", "1326284519")
    c.prac("morrow", "Morrow", "Jeff", "MD", "Cardiovascular disease - echocardiography", "1194862057")
    c.prac("tran", "Tran", "Hanh", "RN, BSN", "Valve clinic nurse coordinator", "1902336718")
    c.prac("feld", "Feld", "Roberta", "MD", "Internal medicine", "1578310264")
    c.enc("ic-2026-03-03", "2026-03-03", None, "AMB", "Structural heart clinic - new patient", "anand", "hosp")
    c.enc("cts-2026-03-17", "2026-03-17", None, "AMB", "Cardiac surgery clinic", "whitcombe", "hosp")
    c.enc("pcp-2026-01-26", "2026-01-26", None, "AMB", "PCP visit", "feld", "hosp")
    c.cond("as", "I35.0", "Nonrheumatic aortic (valve) stenosis", "2026-02-10", recorder="morrow")
    c.cond("htn", "I10", "Essential (primary) hypertension", "2005-01-01", recorder="feld")
    c.cond("ckd", "N18.31", "Chronic kidney disease, stage 3a", "2022-06-01", recorder="feld")
    c.cond("nodule", "R91.1", "Solitary pulmonary nodule", "2026-03-25", recorder="anand", note="6 mm RUL on TAVR CTA; Fleischner - optional 12-month CT.")
    c.obs("echo-2025-06-12", "2025-06-12", "Aortic valve area (continuity)", "ava", system=LOCAL, value=1.2, unit="cm2",
          performer=P("morrow"), category="imaging", note="Moderate AS. Mean gradient 24 mmHg.")
    c.obs("ava-2026-02-10", "2026-02-10", "Aortic valve area (continuity)", "ava", system=LOCAL, value=0.72, unit="cm2",
          performer=P("morrow"), category="imaging",
          components=[{"system": LOCAL, "code": "av-mg", "text": "Aortic valve mean gradient", "value": 46, "unit": "mm[Hg]"},
                      {"system": LOCAL, "code": "av-vmax", "text": "Aortic valve peak velocity", "value": 4.4, "unit": "m/s"},
                      {"code": "10230-1", "text": "Left ventricular Ejection fraction", "value": 60, "unit": "%"}])
    c.report("echo-2026-02-10", "2026-02-10", "Transthoracic echocardiogram", P("morrow"), results=["ava-2026-02-10"], code="18748-4",
             conclusion="Severe calcific aortic stenosis: AVA 0.72 cm2, MG 46 mmHg, Vmax 4.4 m/s. LVEF 60%. Progression from moderate (6/2025).")
    c.obs("sts-2026-03-17", "2026-03-17", "STS predicted risk of mortality (SAVR)", "sts", system=LOCAL, value=6.2, unit="%",
          performer=P("whitcombe"), category="survey")
    c.obs("kccq-2026-03-03", "2026-03-03", "KCCQ-12 overall summary score", "kccq", system=LOCAL, value=41, unit="{score}",
          performer=P("tran"), category="survey")
    c.medreq("amlod", "17767", "amlodipine 5 MG oral tablet", "2010-01-01", "feld")
    c.medreq("furo", "4603", "furosemide 20 MG oral tablet", "2026-03-03", "anand")
    c.servreq("sr-cta", "75574", "CTA chest/abdomen/pelvis TAVR protocol", "2026-03-03", "anand", status="completed")
    c.note("pcp-2026-01-26", "2026-01-26", "11506-3", "Progress note", "feld", encounter="pcp-2026-01-26", org="hosp", text="""
PCP 1/26/26 - R. Feld MD. 85F here w/ daughter. "Gets winded" carrying laundry up stairs since fall, had to sit down
at church twice feeling lightheaded. Louder murmur III/VI. Echo ordered. Denies chest pain.
""")
    c.note("ic-2026-03-03", "2026-03-03", "11488-4", "Consult note", "anand", encounter="ic-2026-03-03", org="hosp", ctype="text/html", text="""
<html><body><h2>Structural Heart Clinic &mdash; New Patient</h2>
<p>Vikram Anand, MD (interventional cardiology) &middot; 03/03/2026 &middot; in-person visit, Cedar Plains clinic 3B</p>
<p><b>HPI:</b> 85F with severe AS (TTE 2/10/26: AVA 0.72 cm&sup2;, MG 46, Vmax 4.4, EF 60%). NYHA class III: dyspnea
after 1 flight, exertional presyncope x2. KCCQ-12 41.</p>
<p><b>Exam:</b> III/VI late-peaking SEM, single S2, delayed carotid upstroke. No edema.</p>
<p><b>Assessment:</b> symptomatic severe AS. Frailty: 5-m walk 7.1 s, independent ADLs. I examined the patient
and reviewed options (SAVR, TAVR, medical therapy). Favor transfemoral TAVR given age/risk. CTA ordered; CT surgery
evaluation requested.</p></body></html>
""")
    c.note("cts-2026-03-17", "2026-03-17", "11488-4", "Consult note", "whitcombe", encounter="cts-2026-03-17", org="hosp", text="""
CARDIAC SURGERY CONSULTATION                     03/17/2026
[TELEHEALTH VIDEO VISIT - patient located at home; provider located at clinic]   <- template header
Provider: Elise Whitcombe MD, Cardiothoracic Surgery
Reason: severe symptomatic AS, TAVR vs SAVR.
85F, NYHA III, exertional presyncope. STS PROM (SAVR) 6.2%. Porcelain-ish ascending aorta on CTA (heavy calcification).
Exam: sternum intact, lungs clear, III/VI SEM, 2+ femoral pulses bilaterally.
Assessment: elevated surgical risk (age, frailty, calcified ascending aorta). I recommend transfemoral TAVR over SAVR.
Rationale documented for heart team.
""")
    c.note("cts-addendum-2026-03-18", "2026-03-18", "11506-3", "Progress note", "whitcombe", org="hosp", title="Addendum to 03/17/2026 consult", text="""
ADDENDUM 03/18/2026 - E. Whitcombe MD
Correction: the "telehealth video visit" header on my 3/17 consult was auto-populated from the scheduling template in
error. The patient was seen and examined in person in CT surgery clinic room 4 on 3/17/2026 (daughter present).
Exam findings as documented.
""")
    c.note("heartteam-2026-04-02", "2026-04-02", "11506-3", "Progress note", "tran", org="hosp", title="Multidisciplinary heart team conference", text="""
HEART TEAM CONFERENCE 4/2/26 - recorded by H. Tran RN (valve coordinator)
Present: Dr Anand (IC), Dr Whitcombe (CTS), Dr Morrow (imaging), anesthesia, geriatrics NP.
Pt: Agnes Lindgren, 85F, symptomatic severe AS, STS 6.2%, calcified ascending aorta, 6 mm lung nodule (benign
appearing, no impact on prognosis). Consensus: TF-TAVR, 26 mm balloon-expandable. Both IC and CTS evaluated in clinic.
""")
    case = {"id": "bo-tavr-01", "patient": "patients/po09.json",
            "request": {"service": {"system": CPT, "code": "33361", "display": "Transcatheter aortic valve replacement, percutaneous femoral artery approach"},
                        "diagnoses": [{"system": ICD, "code": "I35.0", "display": "Nonrheumatic aortic (valve) stenosis"}],
                        "payer": "medicare", "urgency": "standard", "date": "2026-04-21"},
            "gold": {"recommendation": "approve", "policy": "NCD 20.32",
                     "evidence": ["DiagnosticReport/echo-2026-02-10", "DocumentReference/ic-2026-03-03", "DocumentReference/cts-2026-03-17",
                                  "DocumentReference/cts-addendum-2026-03-18", "DocumentReference/heartteam-2026-04-02"],
                     "missing": [],
                     "rationale": "Symptomatic severe AS on the newest echo, and both the interventional cardiologist and the cardiac surgeon examined the patient face to face and documented their rationale. The surgeon's telehealth header is corrected by a signed addendum saying the visit was in person."}}
    return c, case


# ------------------------------------------------------------------ TAVR 02
@case
def po10():
    c = Chart("po10")
    c.patient("pt", "Pruitt", ["Orville", "K"], "male", "1945-05-29", "MC-713355")
    c.org("hosp", "Granite Falls Medical Center")
    c.org("ortho", "Granite Falls Orthopedics")
    c.prac("kessler", "Kessler", "Miriam", "MD", "Interventional cardiology", "1689743201")
    c.prac("obi", "Obi", "Chukwuma", "MD", "Cardiothoracic surgery", "1275530694")
    c.prac("sato", "Sato", "Ken", "MD", "Orthopaedic surgery", "1861491027")
    c.prac("harper", "Harper", "Beth", "MD", "Cardiology - echocardiography", "1437209868")
    c.prac("nolan", "Nolan", "Rita", "PA-C", "Physician assistant, orthopaedics", "1053318846")
    c.enc("preop-2026-06-16", "2026-06-16", None, "AMB", "Pre-operative evaluation (hip arthroplasty)", "nolan", "ortho")
    c.enc("ic-2026-07-14", "2026-07-14", None, "AMB", "Structural heart clinic", "kessler", "hosp")
    c.enc("cts-2026-07-28", "2026-07-28", None, "AMB", "Cardiac surgery clinic", "obi", "hosp")
    c.cond("as", "I35.0", "Nonrheumatic aortic (valve) stenosis", "2026-06-23", recorder="harper")
    c.cond("hipoa", "M16.11", "Unilateral primary osteoarthritis, right hip", "2024-11-02", recorder="sato")
    c.cond("hoh", "H90.3", "Sensorineural hearing loss, bilateral", "2019-01-01", recorder="nolan")
    c.cond("afib-hx", "I48.0", "Paroxysmal atrial fibrillation", "2021-04-06", recorder="kessler", clinical="inactive")
    c.obs("ava-2026-06-23", "2026-06-23", "Aortic valve area (continuity)", "ava", system=LOCAL, value=0.8, unit="cm2",
          performer=P("harper"), category="imaging",
          components=[{"system": LOCAL, "code": "av-mg", "text": "Aortic valve mean gradient", "value": 42, "unit": "mm[Hg]"},
                      {"system": LOCAL, "code": "av-vmax", "text": "Aortic valve peak velocity", "value": 4.1, "unit": "m/s"},
                      {"code": "10230-1", "text": "Left ventricular Ejection fraction", "value": 55, "unit": "%"}])
    c.report("echo-2026-06-23", "2026-06-23", "Transthoracic echocardiogram", P("harper"), results=["ava-2026-06-23"], code="18748-4",
             conclusion="Severe aortic stenosis (AVA 0.8 cm2, MG 42 mmHg, Vmax 4.1 m/s), normal LV function. Indication: pre-op murmur.")
    c.obs("sts-2026-07-28", "2026-07-28", "STS predicted risk of mortality (SAVR)", "sts", system=LOCAL, value=3.4, unit="%",
          performer=P("obi"), category="survey")
    c.obs("nyha-2026-07-14", "2026-07-14", "NYHA functional class", "nyha", system=LOCAL, vcc="Unable to assess (activity limited by hip pain)",
          performer=P("kessler"), category="survey")
    c.medreq("apix", "1364430", "apixaban 5 MG oral tablet", "2021-04-06", "kessler")
    c.medreq("mel", "41493", "meloxicam 15 MG oral tablet", "2025-01-10", "sato", status="stopped", stop="2026-06-16", reason="Stopped pre-op")
    c.servreq("sr-tha", "27130", "Total hip arthroplasty, right", "2026-06-01", "sato", status="on-hold", note="On hold pending cardiac evaluation.")
    c.appt("appt-preproc-2026-08-25", "2026-08-04", "2026-08-25", "TAVR pre-procedure visit", "kessler")
    c.note("preop-2026-06-16", "2026-06-16", "34117-2", "History and physical note", "nolan", encounter="preop-2026-06-16", org="ortho", text="""
PRE-OP H&P - R hip arthroplasty - R. Nolan PA-C / K. Sato MD   06/16/2026
81M, severe R hip OA, uses cane, walks <1 block limited by hip pain. HOH, hearing aids not worn today.
CV: new III/VI systolic murmur RUSB. ROS: unable to obtain reliably (pt hard of hearing, wife answers questions).
Plan: TTE before surgery; hold THA pending cardiology.
""")
    c.note("ic-2026-07-14", "2026-07-14", "11488-4", "Consult note", "kessler", encounter="ic-2026-07-14", org="hosp", text="""
STRUCTURAL HEART CLINIC - Miriam Kessler MD (interventional cardiology) - 07/14/2026, in person
Referred by ortho: severe AS found on pre-op TTE (6/23/26).
History limited: pt very hard of hearing, no pocket talker available, wife answered most questions. The wife
describes her OWN exertional breathlessness and fatigue since her SAVR in 2022 at length; regarding the patient she
says "he doesn't complain, he can't walk anyway because of the hip." Pt himself denies chest pain. Syncope: not asked
/ not answered clearly. Exertional capacity cannot be judged - sedentary due to hip.
Exam: III/VI SEM, soft A2. No edema. I examined pt and reviewed TAVR vs SAVR vs medical therapy.
Impression: severe AS; symptom status indeterminate. Options: exercise testing vs proceed. Recommend CT surgery
opinion and TAVR CTA. STS 3.4%.
""")
    c.note("cts-2026-07-28", "2026-07-28", "11488-4", "Consult note", "obi", encounter="cts-2026-07-28", org="hosp", ctype="text/html", text="""
<html><body><h3>Cardiothoracic Surgery Consultation</h3><p>C. Obi MD &mdash; 07/28/2026 &mdash; seen in clinic, in person</p>
<p>81M, severe AS on TTE 6/23 (AVA 0.8, MG 42). STS 3.4%. Hip OA, THA on hold.</p>
<p><b>Symptoms:</b> <i>to be clarified at TAVR pre-procedure visit (audiology-assisted interview arranged)</i>.</p>
<p>Exam: sternotomy-naive, lungs clear, femoral pulses 2+.</p>
<p><b>Assessment/rationale:</b> technically suitable for SAVR or TF-TAVR; given age 81 and planned hip surgery, TAVR
preferred if intervention indicated. Discussed with Dr Kessler.</p></body></html>
""")
    c.note("coord-2026-08-04", "2026-08-04", "34746-8", "Nurse note", "kessler", org="hosp", title="Valve coordinator note", text="""
8/4/26 Valve coordinator: CTA done 7/30, TF access adequate. Pre-procedure visit booked 8/25 with sign-language /
CART captioning. Prior auth requested for 33361 - dx I35.0 'symptomatic severe AS' per referral template.
""")
    c.note("ortho-tel-2026-08-06", "2026-08-06", "11506-3", "Progress note", "sato", org="ortho", title="Telephone note", text="""
Tel 8/6: wife asks when hip surgery can happen; told after valve decision. Pt's hip pain 8/10.
""")
    case = {"id": "bo-tavr-02", "patient": "patients/po10.json",
            "request": {"service": {"system": CPT, "code": "33361", "display": "Transcatheter aortic valve replacement, percutaneous femoral artery approach"},
                        "diagnoses": [{"system": ICD, "code": "I35.0", "display": "Nonrheumatic aortic (valve) stenosis"}],
                        "payer": "medicare", "urgency": "standard", "date": "2026-08-11",
                        "note": "Symptomatic severe AS, heart team evaluation complete."},
            "gold": {"recommendation": "request_info", "policy": "NCD 20.32",
                     "evidence": ["DiagnosticReport/echo-2026-06-23", "DocumentReference/ic-2026-07-14", "DocumentReference/cts-2026-07-28"],
                     "missing": ["symptoms|symptomatic|symptom status|dyspnea|angina|syncope|exertional"],
                     "rationale": "Severe AS and face-to-face evaluations by both an interventional cardiologist and a cardiac surgeon are documented, but the record never establishes that the patient has symptoms (the breathlessness described belongs to his wife; the surgeon defers symptom review to a later visit), and NCD 20.32 covers symptomatic AS."}}
    return c, case


# ------------------------------------------------------------------ HBOT 01
@case
def po11():
    c = Chart("po11")
    c.patient("pt", "Castellano", ["Rudy", "A"], "male", "1951-10-09", "MC-385560")
    c.org("wound", "Sunbelt Wound Care & Hyperbaric Center")
    c.org("pod", "Sunbelt Foot & Ankle")
    c.org("vasc", "Sunbelt Vascular Lab")
    c.prac("reyes", "Reyes", "Isabel", "DPM", "Podiatric surgery", "1497036214")
    c.prac("goldberg", "Goldberg", "Aaron", "MD", "Wound care / undersea & hyperbaric medicine", "1053482278")
    c.prac("pham", "Pham", "Linh", "RN, CWS", "Wound care nurse", "1720048633")
    c.prac("mcbride", "McBride", "Owen", "MD", "Internal medicine", "1346571928")
    c.enc("pod-2026-03-02", "2026-03-02", None, "AMB", "Podiatry - I&D and debridement R hallux", "reyes", "pod")
    c.enc("wc-2026-03-09", "2026-03-09", None, "AMB", "Wound clinic", "goldberg", "wound")
    c.enc("wc-2026-03-16", "2026-03-16", None, "AMB", "Wound clinic", "goldberg", "wound")
    c.cond("t2dm", "E11.621", "Type 2 diabetes mellitus with foot ulcer", "2026-03-02", recorder="reyes")
    c.cond("ulcer-rt-hallux", "L97.514", "Non-pressure chronic ulcer of other part of right foot with necrosis of bone", "2026-03-02",
           onset="2026-02-24", recorder="reyes", note="Right hallux plantar-medial ulcer; probe-to-bone positive; Wagner 3.")
    c.cond("osteo-rt", "M86.171", "Other acute osteomyelitis, right ankle and foot", "2026-03-02", recorder="reyes")
    c.cond("ulcer-lt-heel-hx", "L97.421", "Non-pressure chronic ulcer of left heel and midfoot limited to breakdown of skin", "2025-07-14",
           clinical="resolved", recorder="goldberg", note="Left heel/midfoot ulcer 07/2025, healed 11/2025.")
    c.obs("wound-rhallux-2026-03-02", "2026-03-02", "Wound size R hallux (post-debridement)", "wound", system=LOCAL, performer=P("reyes"),
          category="exam", body="Right great toe, plantar-medial",
          components=[{"code": "39126-8", "text": "Length of Wound", "value": 2.1, "unit": "cm"},
                      {"code": "39125-0", "text": "Width of Wound", "value": 1.6, "unit": "cm"},
                      {"code": "39127-6", "text": "Depth of Wound", "value": 0.9, "unit": "cm"}])
    c.obs("wound-rhallux-2026-03-09", "2026-03-09", "Wound size R hallux", "wound", system=LOCAL, performer=P("pham"), category="exam",
          body="Right great toe, plantar-medial",
          components=[{"code": "39126-8", "text": "Length of Wound", "value": 2.1, "unit": "cm"},
                      {"code": "39125-0", "text": "Width of Wound", "value": 1.6, "unit": "cm"},
                      {"code": "39127-6", "text": "Depth of Wound", "value": 0.9, "unit": "cm"}])
    c.obs("wound-rhallux-2026-03-16", "2026-03-16", "Wound size R hallux", "wound", system=LOCAL, performer=P("pham"), category="exam",
          body="Right great toe, plantar-medial",
          components=[{"code": "39126-8", "text": "Length of Wound", "value": 2.0, "unit": "cm"},
                      {"code": "39125-0", "text": "Width of Wound", "value": 1.6, "unit": "cm"},
                      {"code": "39127-6", "text": "Depth of Wound", "value": 0.9, "unit": "cm"}])
    c.obs("abi-2026-03-04", "2026-03-04", "Ankle-brachial index, right", "abi-r", system=LOCAL, value=0.94, unit="1", ucum="1",
          performer=O("vasc"), category="procedure", note="TBI R 0.71. Toe pressure 88 mmHg. No hemodynamically significant disease.")
    c.obs("a1c-2026-03-02", "2026-03-02", "Hemoglobin A1c/Hemoglobin.total in Blood", "4548-4", value=8.1, unit="%", performer=O("pod"), category="laboratory")
    c.medreq("cipro", "2551", "ciprofloxacin 500 MG oral tablet", "2026-03-02", "reyes", dosage="500 mg bid x 6 weeks (bone culture)")
    c.medreq("glarg", "274783", "insulin glargine 100 UNT/ML injectable solution", "2020-05-01", "mcbride")
    c.proc("debr-2026-03-02", "11044", "Debridement, bone (R hallux), first 20 sq cm", "2026-03-02", "reyes",
           note="I&D + bone debridement R hallux; bone culture sent; offloading post-op shoe + TCC discussed.")
    c.note("pod-2026-03-02", "2026-03-02", "28570-0", "Procedure note", "reyes", encounter="pod-2026-03-02", org="pod", text="""
PODIATRY - I. Reyes DPM - 03/02/2026
74M T2DM (A1c 8.1). New RIGHT hallux plantar-medial ulcer noticed by pt ~1 wk ago (2/24), draining, probes to bone.
XR R foot: cortical erosion distal phalanx hallux. Wagner grade 3.
Procedure: excisional debridement to bone, I&D; bone specimen to micro/path.
Post-debridement 2.1 x 1.6 x 0.9 cm. Start standard wound care today: offloading (post-op shoe -> TCC), moist
dressing, cipro pending cultures, glucose optimization with PCP, ABI/TBI ordered.
""")
    c.note("wc-2026-03-09", "2026-03-09", "11506-3", "Progress note", "pham", encounter="wc-2026-03-09", org="wound", text="""
Wound clinic RN 3/9/26: R hallux 2.1 x 1.6 x 0.9, granular 60%, slough 40%. Dressing: alginate. Offloading in TCC.
""")
    c.note("wc-2026-03-16", "2026-03-16", "11506-3", "Progress note", "goldberg", encounter="wc-2026-03-16", org="wound", text="""
WOUND CARE / HYPERBARIC CONSULT - A. Goldberg MD - 03/16/2026
HPI: [copied from prior encounter 10/2025] "Diabetic foot ulcer, Wagner III, failed >30 days of standard wound care
with no measurable signs of healing. Vascular status assessed. Candidate for HBO."
Today: RIGHT hallux ulcer 2.0 x 1.6 x 0.9 cm, probe to bone. ABI R 0.94 (3/4). On cipro. In TCC.
Assessment: DFU R hallux Wagner 3 with osteomyelitis; minimal change. Recommend HBO 2.0 ATA x 40 to start now.
""")
    c.note("wc-2025-10-20", "2025-10-20", "11506-3", "Progress note", "goldberg", org="wound", title="Wound clinic - left heel (2025)", text="""
10/20/2025 LEFT heel/midfoot DFU - 35 days standard care since 9/15 without measurable healing. HBO discussed;
pt declined HBO (transport). Wound later healed with TCC (11/2025).
""")
    c.note("hbo-order-2026-03-18", "2026-03-18", "11506-3", "Progress note", "goldberg", org="wound", title="HBO treatment plan", text="""
HBO plan 3/18/26: G0277, 90 min at 2.0 ATA, 5x/week x 8 weeks. Indication: diabetic wound lower extremity, Wagner 3,
failed standard therapy. Re-evaluate every 30 days.
""")
    case = {"id": "bo-hbot-01", "patient": "patients/po11.json",
            "request": {"service": {"system": HCPCS, "code": "G0277", "display": "Hyperbaric oxygen under pressure, full body chamber, per 30 minute interval"},
                        "diagnoses": [{"system": ICD, "code": "E11.621", "display": "Type 2 diabetes mellitus with foot ulcer"},
                                      {"system": ICD, "code": "L97.514", "display": "Non-pressure chronic ulcer of other part of right foot with necrosis of bone"}],
                        "payer": "medicare", "urgency": "standard", "date": "2026-03-20"},
            "gold": {"recommendation": "refer", "policy": "NCD 20.29",
                     "evidence": ["DocumentReference/pod-2026-03-02", "Condition/ulcer-rt-hallux", "Observation/wound-rhallux-2026-03-02",
                                  "Observation/wound-rhallux-2026-03-16"],
                     "missing": [],
                     "rationale": "The right hallux Wagner 3 diabetic wound began standard wound care on 2026-03-02, only 18 days before the request, so the required 30 days without measurable healing is not met. The 'failed >30 days' wording was copied forward from the healed 2025 left-heel wound."}}
    return c, case


# ------------------------------------------------------------------ HBOT 02
@case
def po12():
    c = Chart("po12")
    c.patient("pt", "Nakashima-Ford", ["Ellen", "R"], "female", "1952-07-19", "MC-590214")
    c.org("hosp", "Westbrook University Medical Center")
    c.org("hbo", "Westbrook Hyperbaric Medicine")
    c.prac("levine", "Levine", "David", "DDS, MD", "Oral and maxillofacial surgery", "1265748390")
    c.prac("carter", "Carter", "Monique", "MD", "Radiation oncology", "1427163589")
    c.prac("fong", "Fong", "Albert", "MD", "Undersea and hyperbaric medicine", "1891706634")
    c.prac("weiss", "Weiss", "Hannah", "MD", "Pathology", "1538627740")
    c.prac("dorsey", "Dorsey", "Kim", "DPM", "Podiatry", "1134206958")
    c.enc("omfs-2026-02-17", "2026-02-17", None, "AMB", "OMFS - sequestrectomy", "levine", "hosp")
    c.enc("omfs-2026-04-14", "2026-04-14", None, "AMB", "OMFS follow-up", "levine", "hosp")
    c.enc("hbo-2026-04-21", "2026-04-21", None, "AMB", "Hyperbaric medicine consult", "fong", "hbo")
    c.cond("orn", "M27.8", "Other specified diseases of jaws", "2025-12-02", recorder="levine",
           note="Osteoradionecrosis, left posterior mandible (Notani II), exposed bone since 11/2025; field of prior IMRT.")
    c.cond("rad-compl", "Y84.2", "Radiological procedure and radiotherapy as the cause of abnormal reaction of the patient", "2025-12-02", recorder="levine")
    c.cond("hx-scc", "Z85.818", "Personal history of malignant neoplasm of other sites of lip, oral cavity, and pharynx", "2021-09-30", recorder="carter",
           note="L tonsil SCC p16+, T2N1, IMRT 70 Gy/35 fx + cisplatin, completed 09/2021. NED.")
    c.cond("t2dm", "E11.9", "Type 2 diabetes mellitus without complications", "2016-05-01", recorder="dorsey")
    c.cond("callus", "L84", "Corns and callosities", "2026-03-10", recorder="dorsey", note="Plantar R 1st MTH callus, pre-ulcerative; pared. Not an open wound.")
    c.proc("seq-2026-02-17", "21025", "Excision of bone (sequestrectomy), mandible", "2026-02-17", "levine", body="Left posterior mandible",
           note="Conservative sequestrectomy; specimen to pathology.")
    c.obs("path-2026-02-17", "2026-02-17", "Pathology diagnosis", "11526-1", vstring="Necrotic bone with acute and chronic osteomyelitis; NEGATIVE for malignancy",
          performer=P("weiss"), category="laboratory")
    c.report("path-rpt-2026-02-17", "2026-02-17", "Surgical pathology report", P("weiss"), results=["path-2026-02-17"], category="SP",
             code="11526-1", conclusion="Left mandible sequestrum: nonviable bone consistent with osteoradionecrosis; no carcinoma identified.")
    c.obs("ct-2026-04-08", "2026-04-08", "CT mandible impression", "ct-mand", system=LOCAL, vstring="Persistent lytic/sclerotic changes L body of mandible 2.3 cm with sequestrum; no pathologic fracture; no mass.",
          performer=P("levine"), category="imaging")
    c.obs("a1c-2026-03-10", "2026-03-10", "Hemoglobin A1c/Hemoglobin.total in Blood", "4548-4", value=6.9, unit="%", performer=O("hosp"), category="laboratory")
    c.medreq("pentox", "8013", "pentoxifylline 400 MG extended release oral tablet", "2025-12-09", "levine", dosage="400 mg bid with vitamin E 1000 IU")
    c.medreq("amoxclav", "19711", "amoxicillin 875 MG / clavulanate 125 MG oral tablet", "2026-02-17", "levine", status="completed", stop="2026-03-17")
    c.medreq("chx", "2358", "chlorhexidine gluconate 0.12% oral rinse", "2025-12-02", "levine")
    c.medreq("metf", "6809", "metformin 500 MG oral tablet", "2016-05-01", "dorsey")
    c.note("omfs-2026-04-14", "2026-04-14", "11506-3", "Progress note", "levine", encounter="omfs-2026-04-14", org="hosp", text="""
OMFS F/U - D. Levine DDS MD - 04/14/2026
73F s/p L tonsil SCC IMRT 2021. Left posterior mandible osteoradionecrosis (exposed bone 11/2025 after #18 extraction).
Conventional tx to date: chlorhexidine, pentoxifylline + vit E since 12/2025, amoxicillin-clavulanate, conservative
sequestrectomy 2/17/26 (path: necrotic bone, no carcinoma).
Today: 1.2 cm exposed bone persists, purulence resolved. CT 4/8: persistent ORN, sequestrum, no fracture, no mass.
Plan: refer for HBO as adjunct (20 pre / 10 post) to planned marginal mandibulectomy. Continue PENTOCLO.
""")
    c.note("hbo-2026-04-21", "2026-04-21", "11488-4", "Consult note", "fong", encounter="hbo-2026-04-21", org="hbo", ctype="text/html", text="""
<html><body><h3>Hyperbaric Medicine Consultation</h3><p>A. Fong MD &middot; 04/21/2026</p>
<p>Indication: <b>osteoradionecrosis of the mandible</b>, adjunct to conventional (medical + surgical) treatment.</p>
<table border="1"><tr><td>Ears / PE tubes</td><td>TMs mobile, no tubes needed</td></tr>
<tr><td>Chest</td><td>no bullae on CT, no pneumothorax hx</td></tr>
<tr><td>Malignancy</td><td>no evidence of recurrence (path 2/17/26 negative; CT 4/8 no mass)</td></tr>
<tr><td>Contra-indications</td><td>none; not on bleomycin/disulfiram</td></tr></table>
<p>Incidentally: diabetic, podiatry 3/10 notes pre-ulcerative callus R foot (not an indication for HBO).</p>
<p>Plan: HBO 2.4 ATA x 90 min, 20 sessions pre-op and 10 post-op.</p></body></html>
""")
    c.note("pod-2026-03-10", "2026-03-10", "11506-3", "Progress note", "dorsey", org="hosp", title="Podiatry diabetic foot exam", text="""
Podiatry 3/10/26: diabetic foot exam. R 1st MTH callus pared, no open lesion ("Wagner 0"). Monofilament intact.
Pedal pulses palpable. A1c 6.9. Return 3 mo.
""")
    c.note("radonc-2025-11-18", "2025-11-18", "11506-3", "Progress note", "carter", org="hosp", title="Radiation oncology survivorship", text="""
Rad onc survivorship 11/18/25: NED at 4 years. New exposed bone L mandible, in high-dose field (~66 Gy). Suspect ORN.
Referred OMFS. Dental hygiene reviewed.
""")
    c.note("pet-2026-05-20", "2026-05-20", "18748-4", "Diagnostic imaging study", "carter", org="hosp", title="PET-CT", text="""
PET-CT 5/20/2026: FDG avidity L mandible SUV 6.1 - favor inflammatory/ORN, recurrence not excluded. Correlate.
""")
    case = {"id": "bo-hbot-02", "patient": "patients/po12.json",
            "request": {"service": {"system": HCPCS, "code": "G0277", "display": "Hyperbaric oxygen under pressure, full body chamber, per 30 minute interval"},
                        "diagnoses": [{"system": ICD, "code": "M27.8", "display": "Other specified diseases of jaws"},
                                      {"system": ICD, "code": "Y84.2", "display": "Radiotherapy as the cause of abnormal reaction"}],
                        "payer": "medicare", "urgency": "standard", "date": "2026-05-05",
                        "note": "ORN mandible, adjunct to surgery."},
            "gold": {"recommendation": "approve", "policy": "NCD 20.29",
                     "evidence": ["Condition/orn", "DocumentReference/omfs-2026-04-14", "Procedure/seq-2026-02-17",
                                  "DiagnosticReport/path-rpt-2026-02-17", "MedicationRequest/pentox"],
                     "missing": [],
                     "rationale": "Osteoradionecrosis is a listed covered condition when HBO is an adjunct to conventional treatment. Medical therapy, sequestrectomy and planned mandibulectomy are documented, and biopsy excludes malignancy. The diabetic callus and the PET-CT dated after the request do not bear on the case."}}
    return c, case


# ------------------------------------------------------------------ CI 01
@case
def po13():
    c = Chart("po13")
    c.patient("pt", "Hollingsworth", ["Bernard", "L"], "male", "1948-12-03", "MC-824470")
    c.org("ent", "Summit Otology & Neurotology")
    c.org("aud", "Summit Hearing & Balance Audiology")
    c.org("rad", "Summit Imaging")
    c.prac("varga", "Varga", "Istvan", "MD", "Otolaryngology - neurotology", "1336495820")
    c.prac("osei", "Osei", "Abigail", "AuD, CCC-A", "Audiologist", "1801923654")
    c.prac("kline", "Kline", "Martin", "MD", "Neuroradiology", "1669310477")
    c.prac("grant", "Grant", "Susan", "MD", "Internal medicine", "1215037780")
    c.enc("aud-2026-09-15", "2026-09-15", None, "AMB", "Cochlear implant candidacy evaluation", "osei", "aud")
    c.enc("ent-2026-09-22", "2026-09-22", None, "AMB", "Neurotology consult", "varga", "ent")
    c.cond("snhl", "H90.3", "Sensorineural hearing loss, bilateral", "2015-03-01", recorder="varga")
    c.cond("ha", "Z97.4", "Presence of external hearing-aid", "2015-06-01", recorder="osei")
    c.cond("htn", "I10", "Essential (primary) hypertension", "2010-01-01", recorder="grant")
    c.cond("om-hx", "H66.92", "Otitis media, unspecified, left ear", "2024-02-10", clinical="resolved", recorder="grant")
    c.obs("pta-2026-09-15", "2026-09-15", "Pure-tone average (0.5/1/2/4 kHz)", "pta", system=LOCAL, performer=P("osei"), category="exam",
          components=[{"system": LOCAL, "code": "pta-r", "text": "PTA right ear", "value": 76, "unit": "dB[HL]", "ucum": "dB"},
                      {"system": LOCAL, "code": "pta-l", "text": "PTA left ear", "value": 81, "unit": "dB[HL]", "ucum": "dB"}],
          note="Bilateral moderately-severe to severe sensorineural loss; air-bone gaps <10 dB; tympanometry type A bilaterally.")
    c.obs("cnc-2026-09-15", "2026-09-15", "CNC monosyllabic word recognition, best-aided (binaural), 60 dBA", "cnc", system=LOCAL, value=28, unit="%",
          performer=P("osei"), category="exam")
    c.obs("cnc-r-2026-09-15", "2026-09-15", "CNC word recognition, right ear aided", "cnc-r", system=LOCAL, value=20, unit="%", performer=P("osei"), category="exam")
    c.obs("azbio-2026-10-20", "2026-10-20", "AzBio sentences in quiet, best-aided (binaural), 60 dBA", "azbio", system=LOCAL, value=44, unit="%",
          performer=P("osei"), category="exam")
    c.obs("moca-2026-09-22", "2026-09-22", "MoCA (hearing-impaired version) total", "moca-h", system=LOCAL, value=27, unit="{score}", performer=P("varga"), category="survey")
    c.obs("mri-2026-09-29", "2026-09-29", "MRI IAC impression", "mri-iac", system=LOCAL,
          vstring="Normal cochlear fluid signal bilaterally; normal VII/VIII nerve complexes; no CPA or IAC mass; mild chronic microvascular change.",
          performer=P("kline"), category="imaging")
    c.medreq("lisin", "29046", "lisinopril 10 MG oral tablet", "2010-01-01", "grant")
    c.appt("appt-azbio", "2026-09-15", "2026-10-20", "Audiology - complete CI candidacy (sentence testing)", "osei")
    c.note("aud-2026-09-15", "2026-09-15", "34109-9", "Note", "osei", encounter="aud-2026-09-15", org="aud", title="Audiology - CI candidacy evaluation", ctype="text/html", text="""
<html><body><h3>Cochlear Implant Candidacy Evaluation</h3><p>A. Osei AuD &middot; 09/15/2026</p>
<p>Hearing aids: bilateral RIC, fit 2022, verified with real-ear measures today (meet NAL-NL2 targets).</p>
<table border="1">
<tr><th>Test</th><th>Right</th><th>Left</th><th>Binaural (best aided)</th></tr>
<tr><td>PTA (dB HL)</td><td>76</td><td>81</td><td>-</td></tr>
<tr><td>CNC words, aided, 60 dBA</td><td>20%</td><td>24%</td><td>28%</td></tr>
<tr><td>AzBio sentences, quiet</td><td colspan="3"><i>deferred - patient fatigued, test session ended; to be completed 10/20</i></td></tr>
</table>
<p>Impression: bilateral moderately-severe to severe SNHL with poor aided word recognition. Meets candidacy
criteria based on CNC and subjective report. Motivated, good family support, counseled on rehab schedule.</p>
</body></html>
""")
    c.note("ent-2026-09-22", "2026-09-22", "11488-4", "Consult note", "varga", encounter="ent-2026-09-22", org="ent", text="""
NEUROTOLOGY - I. Varga MD - 09/22/2026
77M, progressive bilateral SNHL x 10 yr, hearing aids no longer help on phone or in groups.
Otoscopy: TMs intact, no effusion, no drainage bilaterally. Old L OM 2024 resolved.
MoCA-H 27/30. Pt willing to attend rehab x 12 months; wife drives.
Audiology 9/15: PTA 76/81 dB, CNC best-aided 28%.
Plan: MRI IAC; if normal, proceed R CI (69930). Pt cleared medically by PCP.
""")
    c.note("pcp-2026-09-24", "2026-09-24", "11506-3", "Progress note", "grant", org="ent", title="Pre-operative medical clearance", text="""
Pre-op clearance 9/24/26 - S. Grant MD. HTN controlled. ECG NSR. No anesthesia issues. Acceptable risk for general anesthesia.
""")
    c.note("mri-2026-09-29", "2026-09-29", "18748-4", "Diagnostic imaging study", "kline", org="rad", title="MRI internal auditory canals", text="""
MRI IAC w/wo contrast 9/29/2026: Cochleae with normal fluid signal bilaterally, no obliteration. VIII nerves normal caliber.
No enhancing lesion of IAC/CPA. Brain: mild chronic small vessel change. IMPRESSION: no contraindication to implantation.
""")
    c.note("aud-2026-10-20", "2026-10-20", "34109-9", "Note", "osei", org="aud", title="Audiology - AzBio completion", text="""
10/20/26 AzBio sentences in quiet, best-aided binaural: 44%. Completes candidacy battery.
""")
    case = {"id": "bo-ci-01", "patient": "patients/po13.json",
            "request": {"service": {"system": CPT, "code": "69930", "display": "Cochlear device implantation, with or without mastoidectomy"},
                        "diagnoses": [{"system": ICD, "code": "H90.3", "display": "Sensorineural hearing loss, bilateral"}],
                        "payer": "medicare", "urgency": "standard", "date": "2026-10-06"},
            "gold": {"recommendation": "request_info", "policy": "NCD 50.3",
                     "evidence": ["DocumentReference/aud-2026-09-15", "Observation/pta-2026-09-15", "Observation/cnc-2026-09-15",
                                  "DocumentReference/ent-2026-09-22", "DocumentReference/mri-2026-09-29"],
                     "missing": ["sentence|sentences|AzBio|HINT|open-set sentence|sentence recognition"],
                     "rationale": "Bilateral moderate-to-severe SNHL, freedom from infection, normal MRI, cognition and surgical clearance are documented, but limited benefit from amplification must be shown by a recorded open-set sentence test. Before the request only monosyllabic word scores exist: sentence testing was deferred, and its result is dated after the request."}}
    return c, case


# ------------------------------------------------------------------ CI 02
@case
def po14():
    c = Chart("po14")
    c.patient("pt", "Marchetti", ["Loretta", "G"], "female", "1947-04-25", "MC-139952")
    c.org("ent", "Bayview Ear Institute")
    c.org("aud", "Bayview Ear Institute - Audiology")
    c.prac("duarte", "Duarte", "Felipe", "MD", "Otolaryngology - otology", "1174650937")
    c.prac("kim", "Kim", "Soo-Jin", "AuD", "Audiologist", "1932287105")
    c.prac("palmer", "Palmer", "Joan", "MD", "Family medicine", "1609973842")
    c.prac("azizi", "Azizi", "Nadia", "MD", "Neuroradiology", "1386128803")
    c.enc("aud-2025-10-21", "2025-10-21", None, "AMB", "Audiology - hearing aid check / speech testing", "kim", "aud")
    c.enc("pcp-2025-12-08", "2025-12-08", None, "AMB", "Acute visit - ear pain", "palmer", "ent")
    c.enc("aud-2026-02-03", "2026-02-03", None, "AMB", "CI candidacy evaluation", "kim", "aud")
    c.enc("ent-2026-03-10", "2026-03-10", None, "AMB", "Otology consult", "duarte", "ent")
    c.cond("snhl", "H90.3", "Sensorineural hearing loss, bilateral", "2012-05-01", recorder="duarte")
    c.cond("aom-r", "H66.91", "Otitis media, unspecified, right ear", "2025-12-08", clinical="resolved", recorder="palmer",
           note="Acute OM right, amoxicillin x 10 d; resolved on recheck 01/12/2026.")
    c.cond("ha", "Z97.4", "Presence of external hearing-aid", "2012-08-01", recorder="kim")
    c.cond("hypothy", "E03.9", "Hypothyroidism, unspecified", "2001-01-01", recorder="palmer")
    c.obs("azbio-2025-10-21", "2025-10-21", "AzBio sentences in quiet, best-aided, 60 dBA", "azbio", system=LOCAL, value=66, unit="%",
          performer=P("kim"), category="exam", note="Aids found under-amplified (out of date fitting) - re-fit recommended.")
    c.obs("azbio-2026-02-03", "2026-02-03", "AzBio sentences in quiet, best-aided (binaural), 60 dBA", "azbio", system=LOCAL,
          ratio=(104, 200, "{words}"), performer=P("kim"), category="exam",
          note="Words correct / words presented, recorded list 7 + 12, after re-fit verified by real-ear measurement.")
    c.obs("pta-2026-02-03", "2026-02-03", "Pure-tone average (0.5/1/2/4 kHz)", "pta", system=LOCAL, performer=P("kim"), category="exam",
          components=[{"system": LOCAL, "code": "pta-r", "text": "PTA right ear", "value": 68, "unit": "dB[HL]", "ucum": "dB"},
                      {"system": LOCAL, "code": "pta-l", "text": "PTA left ear", "value": 91, "unit": "dB[HL]", "ucum": "dB"}])
    c.obs("tymp-2026-02-03", "2026-02-03", "Tympanometry", "tymp", system=LOCAL, vstring="Type A bilaterally", performer=P("kim"), category="exam")
    c.obs("mri-2026-02-20", "2026-02-20", "MRI IAC impression", "mri-iac", system=LOCAL,
          vstring="No retrocochlear lesion. Normal cochlear fluid signal bilaterally. Incidental L maxillary sinus retention cyst.",
          performer=P("azizi"), category="imaging")
    c.obs("moca-2026-03-10", "2026-03-10", "MoCA total (visual/written administration)", "moca", system=LOCAL, value=26, unit="{score}", performer=P("duarte"), category="survey")
    c.medreq("amox", "723", "amoxicillin 875 MG oral tablet", "2025-12-08", "palmer", status="completed", stop="2025-12-18")
    c.medreq("levo", "10582", "levothyroxine 50 MCG oral tablet", "2001-01-01", "palmer")
    c.note("pcp-2026-01-12", "2026-01-12", "11506-3", "Progress note", "palmer", org="ent", title="Recheck - ear", text="""
Recheck 1/12/26: R ear pain gone. Otoscopy: R TM pearly, mobile, no effusion. L TM normal. AOM resolved.
Past hx (copied from 2024 note): "hearing aids working well".
""")
    c.note("aud-2026-02-03", "2026-02-03", "34109-9", "Note", "kim", encounter="aud-2026-02-03", org="aud", title="Audiology candidacy report", ctype="text/html", text="""
<html><body><h3>Audiology - Cochlear Implant Candidacy</h3><p>S. Kim AuD - 02/03/2026</p>
<p>Hearing aids re-fit 11/2025, verified today with real-ear probe-mic (within 5 dB of NAL-NL2 targets to 4 kHz).</p>
<table border="1"><tr><th></th><th>Right</th><th>Left</th><th>Binaural aided</th></tr>
<tr><td>PTA dB HL</td><td>68</td><td>91</td><td></td></tr>
<tr><td>AzBio quiet 60 dBA (recorded)</td><td>47%</td><td>12%</td><td>104/200 words</td></tr>
<tr><td>CNC words</td><td>42%</td><td>8%</td><td>50%</td></tr></table>
<p>Tympanometry type A bilaterally. Impression: bilateral SNHL, moderately-severe (R) and profound (L), with limited
aided benefit. Prior 10/2025 AzBio 66% was obtained with under-fit aids and is superseded.</p></body></html>
""")
    c.note("mri-2026-02-20", "2026-02-20", "18748-4", "Diagnostic imaging study", "azizi", org="ent", title="MRI IAC", text="""
MRI IAC 2/20/26 - N. Azizi MD. Normal labyrinthine fluid signal; cochleae patent. No IAC/CPA lesion. Incidental left
maxillary sinus mucous retention cyst. IMPRESSION: no retrocochlear pathology.
""")
    c.note("ent-2026-03-10", "2026-03-10", "11488-4", "Consult note", "duarte", encounter="ent-2026-03-10", org="ent", text="""
OTOLOGY - F. Duarte MD - 03/10/2026
78F bilateral progressive SNHL. L ear essentially unaidable. Audiology 2/3: best-aided sentences 104/200.
Ears: TMs intact bilaterally, no effusion; Dec AOM (R) resolved. MRI 2/20 no lesion, cochleae patent.
MoCA 26/30 (written). Motivated, daughter will bring her to mapping/rehab sessions weekly.
No anesthesia contraindication (cleared by PCP 2/26). Plan: LEFT cochlear implant.
""")
    c.note("pcp-2026-02-26", "2026-02-26", "11506-3", "Progress note", "palmer", org="ent", title="Pre-op clearance", text="""
2/26/26 Pre-op: hypothyroid stable (TSH 2.1). Low risk for GA. Cleared for L cochlear implant.
""")
    case = {"id": "bo-ci-02", "patient": "patients/po14.json",
            "request": {"service": {"system": CPT, "code": "69930", "display": "Cochlear device implantation, with or without mastoidectomy"},
                        "diagnoses": [{"system": ICD, "code": "H90.3", "display": "Sensorineural hearing loss, bilateral"}],
                        "payer": "medicare", "urgency": "standard", "date": "2026-03-31", "note": "Left ear."},
            "gold": {"recommendation": "approve", "policy": "NCD 50.3",
                     "evidence": ["Observation/azbio-2026-02-03", "Observation/pta-2026-02-03", "DocumentReference/aud-2026-02-03",
                                  "Observation/mri-2026-02-20", "DocumentReference/ent-2026-03-10", "DocumentReference/pcp-2026-01-12"],
                     "missing": [],
                     "rationale": "Bilateral moderately-severe/profound SNHL with a best-aided recorded sentence score of 104/200 (52%, at or below 60%) on well-fitted aids, superseding the 66% score with under-fitted aids. The otitis media has resolved, MRI shows patent cochleae and no lesion, and cognition, willingness for rehab and surgical clearance are documented."}}
    return c, case


# ------------------------------------------------------------------ LAAC 01
@case
def po15():
    c = Chart("po15")
    c.patient("pt", "Whitlock", ["Doreen", "F"], "female", "1948-11-30", "MC-477031")
    c.org("hosp", "Pinecrest Heart Institute")
    c.org("pcp", "Pinecrest Family Physicians")
    c.prac("costa", "Costa", "Mirela", "MD", "Clinical cardiac electrophysiology (LAAC implanting physician)", "1952861037")
    c.prac("albright", "Albright", "James", "MD", "Gastroenterology", "1629074418")
    c.prac("soto", "Soto", "Ramon", "MD", "Family medicine", "1437580926")
    c.prac("keane", "Keane", "Bridget", "MD", "Hospital medicine", "1790215583")
    c.enc("adm-2026-01-11", "2026-01-11", "2026-01-15", "IMP", "Inpatient - GI bleed", "keane", "hosp")
    c.enc("sdm-2026-05-19", "2026-05-19", None, "AMB", "Cardiology clinic - LAAC evaluation / SDM", "costa", "hosp")
    c.enc("pcp-2026-04-14", "2026-04-14", None, "AMB", "PCP follow-up", "soto", "pcp")
    c.cond("af", "I48.19", "Other persistent atrial fibrillation", "2019-06-03", recorder="soto", note="Non-valvular; TTE 2025 no MS, no prosthetic valve.")
    c.cond("htn", "I10", "Essential (primary) hypertension", "2008-01-01", recorder="soto")
    c.cond("angiod", "K55.21", "Angiodysplasia of colon with hemorrhage", "2026-01-12", recorder="albright")
    c.cond("anemia", "D62", "Acute posthemorrhagic anemia", "2026-01-11", clinical="resolved", recorder="keane")
    c.obs("hgb-2026-01-11", "2026-01-11", "Hemoglobin [Mass/volume] in Blood", "718-7", value=6.4, unit="g/dL", performer=O("hosp"), category="laboratory", interp="LL")
    c.obs("chads-2026-05-19", "2026-05-19", "CHA2DS2-VASc score", "cha2ds2vasc", system=LOCAL, value=4, unit="{score}", performer=P("costa"), category="survey",
          note="Female 1, age >=75 2, HTN 1.")
    c.obs("hasbled-2026-05-19", "2026-05-19", "HAS-BLED score", "hasbled", system=LOCAL, value=3, unit="{score}", performer=P("costa"), category="survey")
    c.proc("colo-2026-01-12", "45382", "Colonoscopy with control of bleeding (APC of cecal angiodysplasias)", "2026-01-12", "albright")
    c.medreq("riva", "1114195", "rivaroxaban 20 MG oral tablet", "2019-06-03", "soto", status="stopped", stop="2026-01-11",
             reason="Major GI bleed (Hgb 6.4, 3 units PRBC) from diffuse colonic angiodysplasia; recurrent bleed 2024")
    c.medreq("asa", "1191", "aspirin 81 MG oral tablet", "2026-02-01", "soto")
    c.medreq("metop", "6918", "metoprolol tartrate 50 MG oral tablet", "2019-06-03", "soto")
    c.servreq("sr-laac", "33340", "Percutaneous LAA closure with endocardial implant", "2026-06-01", "costa", performer="costa",
              note="Operator: Dr Costa. TEE-guided, 45-day warfarin post-implant.")
    c.note("dcsum-2026-01-15", "2026-01-15", "18842-5", "Discharge summary", "keane", encounter="adm-2026-01-11", org="hosp", text="""
D/C summary 1/15/26 - B. Keane MD. 77F NVAF on rivaroxaban, presented melena/hematochezia, Hgb 6.4, 3u PRBC.
Colonoscopy 1/12: multiple cecal/ascending angiodysplasias, APC. 2nd major bleed (prior 2024 on apixaban).
Rivaroxaban stopped. GI: high risk of recurrence with any long-term anticoagulant. Consider LAAC.
""")
    c.note("gi-2026-02-09", "2026-02-09", "11506-3", "Progress note", "albright", org="hosp", title="GI follow-up", text="""
GI 2/9/26: diffuse small-bowel and colonic angiodysplasia (capsule 2024). Recommend against resuming long-term OAC.
A short (6-week) course of warfarin after a device would be acceptable with close Hgb monitoring.
""")
    c.note("pcp-2026-04-14", "2026-04-14", "11506-3", "Progress note", "soto", encounter="pcp-2026-04-14", org="pcp", text="""
PCP 4/14/26 - R. Soto MD. Hgb 11.8. Off OAC since January. Pt asks about "the plug procedure" - told cardiology
(Dr Costa's team) will go over pros/cons and the decision tool with her. I have not done a formal SDM visit.
""")
    c.note("sdm-2026-05-19", "2026-05-19", "11506-3", "Progress note", "costa", encounter="sdm-2026-05-19", org="hosp",
           title="Shared decision making - stroke prevention in AF", text="""
PINECREST HEART INSTITUTE - CARDIOLOGY CLINIC
SHARED DECISION-MAKING VISIT: STROKE PREVENTION IN NONVALVULAR AF          05/19/2026

CHA2DS2-VASc 4 (F, age 77, HTN). HAS-BLED 3. Two major GI bleeds on DOACs.
Decision tool: ACC CardioSmart "AFib stroke prevention" decision aid reviewed with patient and son (printed, 15 min).
Options discussed: resume DOAC, warfarin, LAAC, no therapy. Risks of device (pericardial effusion, device-related
thrombus, embolization) vs bleeding risk on OAC. Patient prefers LAAC. Deemed unable to take long-term OAC;
suitable for short-term warfarin (45 d) per GI.

Mirela Costa, MD - Cardiac Electrophysiology
I will perform the LAAC procedure; scheduling to contact patient after authorization.
""")
    c.note("tee-2026-06-09", "2026-06-09", "18748-4", "Diagnostic imaging study", "costa", org="hosp", title="Pre-procedure TEE", text="""
TEE 6/9/26: no LAA thrombus; LAA ostium 21 mm, depth 26 mm - suitable. Mitral valve: mild MR, no MS. No prosthetic valve.
""")
    case = {"id": "bo-laac-01", "patient": "patients/po15.json",
            "request": {"service": {"system": CPT, "code": "33340", "display": "Percutaneous transcatheter closure of the left atrial appendage with endocardial implant"},
                        "diagnoses": [{"system": ICD, "code": "I48.19", "display": "Other persistent atrial fibrillation"}],
                        "payer": "medicare", "urgency": "standard", "date": "2026-06-23"},
            "gold": {"recommendation": "refer", "policy": "NCD 20.34",
                     "evidence": ["DocumentReference/sdm-2026-05-19", "Practitioner/costa", "ServiceRequest/sr-laac", "DocumentReference/pcp-2026-04-14"],
                     "missing": [],
                     "rationale": "Scores, NVAF and the inability to take long-term OAC are documented, but the only shared decision-making encounter was with the implanting electrophysiologist rather than an independent non-interventional physician, and the PCP states he did no formal SDM visit. This criterion is documented as not met."}}
    return c, case


# ------------------------------------------------------------------ LAAC 02
@case
def po16():
    c = Chart("po16")
    c.patient("pt", "Estrada", ["Victor", "M"], "male", "1955-02-14", "MC-260599")
    c.org("hosp", "Copper Valley Medical Center")
    c.org("pcp", "Copper Valley Internal Medicine")
    c.prac("baptiste", "Baptiste", "Renee", "MD", "Internal medicine", "1558392716")
    c.prac("hollis", "Hollis", "Grant", "MD", "Interventional cardiology / structural heart", "1922074385")
    c.prac("chen", "Chen", "Lillian", "MD", "Emergency medicine", "1164529037")
    c.prac("ahn", "Ahn", "Daniel", "MD", "Gastroenterology", "1396850274")
    c.prac("morales", "Morales", "Patricia", "MD", "Neurology", "1275198403")
    c.enc("ed-2026-09-28", "2026-09-28", None, "EMER", "Emergency department", "chen", "hosp")
    c.enc("sdm-2026-10-20", "2026-10-20", None, "AMB", "PCP - shared decision making (AF stroke prevention)", "baptiste", "pcp")
    c.enc("sh-2026-10-27", "2026-10-27", None, "AMB", "Structural heart clinic", "hollis", "hosp")
    c.cond("af", "I48.0", "Paroxysmal atrial fibrillation", "2022-03-08", recorder="baptiste")
    c.cond("htn", "I10", "Essential (primary) hypertension", "2011-01-01", recorder="baptiste")
    c.cond("gib", "K92.2", "Gastrointestinal hemorrhage, unspecified", "2026-06-02", clinical="resolved", recorder="ahn",
           note="Major upper GI bleed on apixaban (gastric AVMs/GAVE), Hgb 6.9, 2u PRBC; recurrent 8/2026.")
    c.cond("tia", "G45.9", "Transient cerebral ischemic attack, unspecified", "2026-09-28", verification="provisional", recorder="chen",
           note="20 min L arm numbness + word-finding difficulty. DDx TIA vs complex migraine vs focal seizure. Neurology and MRI pending.")
    c.cond("fhx", "Z82.3", "Family history of stroke", "2026-10-20", recorder="baptiste", note="Father - stroke at 70.")
    c.obs("ct-head-2026-09-28", "2026-09-28", "CT head without contrast impression", "ct-head", system=LOCAL, vstring="No acute intracranial abnormality.",
          performer=P("chen"), category="imaging")
    c.obs("hgb-2026-08-14", "2026-08-14", "Hemoglobin [Mass/volume] in Blood", "718-7", value=7.8, unit="g/dL", performer=O("hosp"), category="laboratory", interp="L")
    c.obs("chads-2026-10-27", "2026-10-27", "CHA2DS2-VASc score", "cha2ds2vasc", system=LOCAL, value=4, unit="{score}", performer=P("hollis"), category="survey",
          note="Per structural heart note: HTN 1, age 65-74 1, stroke/TIA 2.")
    c.medreq("apix", "1364430", "apixaban 5 MG oral tablet", "2022-03-08", "baptiste", status="stopped", stop="2026-08-14",
             reason="Second major GI bleed (GAVE) on apixaban")
    c.medreq("diltiazem", "3443", "diltiazem 120 MG extended release oral capsule", "2022-03-08", "baptiste")
    c.medreq("losartan", "52175", "losartan 50 MG oral tablet", "2011-01-01", "baptiste")
    c.servreq("sr-mri", "70553", "MRI brain with and without contrast", "2026-09-28", "chen", occurrence="2026-11-18")
    c.appt("appt-neuro", "2026-09-30", "2026-11-24", "Neurology new patient - TIA vs migraine", "morales")
    c.note("ed-2026-09-28", "2026-09-28", "34878-9", "Emergency medicine Note", "chen", encounter="ed-2026-09-28", org="hosp", text="""
ED NOTE - L. Chen MD - 09/28/2026 21:10
71M PAF (off apixaban since 8/14 after 2nd GI bleed) p/w ~20 min of L hand/arm tingling spreading up the arm, with
"trouble finding words", followed by bifrontal headache. Hx of migraine with aura in his 40s.
Exam on arrival: NIHSS 0. Glucose 104. ECG: sinus 72. CT head: no acute abnormality.
Impression: transient neuro sx - TIA vs complex migraine w/ aura vs focal seizure. Cannot exclude TIA.
Plan: outpatient MRI brain (first available 11/18) and neurology referral. Discussed stroke precautions.
""")
    c.note("gi-2026-08-20", "2026-08-20", "11506-3", "Progress note", "ahn", org="hosp", title="GI follow-up", text="""
GI 8/20/26 - D. Ahn MD. GAVE, s/p APC x2. Two transfusion-requiring bleeds on apixaban (6/2026, 8/2026).
Recommend no long-term anticoagulation. Short-term warfarin (~6 wk) acceptable if needed for a device.
""")
    c.note("sdm-2026-10-20", "2026-10-20", "11506-3", "Progress note", "baptiste", encounter="sdm-2026-10-20", org="pcp",
           title="Shared decision making - AF stroke prevention", ctype="text/html", text="""
<html><body><h3>Shared Decision-Making Visit (stroke prevention in non-valvular AF)</h3>
<p>Renee Baptiste MD, Internal Medicine (not involved in the procedure) &middot; 10/20/2026</p>
<p>Decision tool: <b>ACC CardioSmart AFib decision aid</b> - reviewed together on screen, patient given printout.</p>
<p>Discussed stroke risk: CHA2DS2-VASc 2 based on confirmed history (age 71, HTN); would be 4 if the 9/28 episode is
confirmed as TIA - neurology/MRI pending. Bleeding: 2 major GI bleeds on apixaban. Options: warfarin, lower-dose
DOAC, LAAC, no therapy. Patient prefers LAAC. Unable to take long-term OAC per GI; suitable for short-term warfarin.
No valvular disease (TTE 2025: no MS, no prosthetic valve).</p>
<p>Family hx: father had a stroke at 70.</p></body></html>
""")
    c.note("sh-2026-10-27", "2026-10-27", "11488-4", "Consult note", "hollis", encounter="sh-2026-10-27", org="hosp", text="""
STRUCTURAL HEART - G. Hollis MD - 10/27/2026
71M NVAF, prior TIA 9/28/26, HTN. CHA2DS2-VASc 4, CHADS2 3. Two major GI bleeds on apixaban - not a long-term OAC
candidate. SDM with independent PCP 10/20 documented. Plan: LAAC with 45-day warfarin. Submit for prior auth.
""")
    c.note("pcp-tel-2026-11-03", "2026-11-03", "34746-8", "Nurse note", "baptiste", org="pcp", title="Telephone note", text="""
11/3/26 pt called: no further episodes of numbness. Reminded of MRI 11/18 and neurology 11/24.
""")
    case = {"id": "bo-laac-02", "patient": "patients/po16.json",
            "request": {"service": {"system": CPT, "code": "33340", "display": "Percutaneous transcatheter closure of the left atrial appendage with endocardial implant"},
                        "diagnoses": [{"system": ICD, "code": "I48.0", "display": "Paroxysmal atrial fibrillation"},
                                      {"system": ICD, "code": "G45.9", "display": "Transient cerebral ischemic attack, unspecified"}],
                        "payer": "medicare", "urgency": "standard", "date": "2026-11-10"},
            "gold": {"recommendation": "request_info", "policy": "NCD 20.34",
                     "evidence": ["Condition/tia", "DocumentReference/ed-2026-09-28", "DocumentReference/sdm-2026-10-20", "Condition/htn",
                                  "DocumentReference/gi-2026-08-20"],
                     "missing": ["TIA|transient ischemic attack|stroke|neurology|MRI|CHA2DS2-VASc|CHADS2"],
                     "rationale": "Independent SDM with a decision aid and the inability to take long-term OAC are documented. On confirmed history the man of 71 with hypertension scores CHA2DS2-VASc 2 and CHADS2 1, so eligibility depends on whether the 9/28 event was a TIA, which is still provisional with MRI and neurology pending."}}
    return c, case
