from lib import Bundle, svc, dx
from cases_a import case


# ---------------------------------------------------------------- TAVR 09
@case
def tavr09():
    b = Bundle("pp09", "http://mercyridge.example/fhir/CodeSystem/cv-measurements")
    b.patient("pp09", "Eleanor Fitch", "Dwyer", "female", "1941-03-28", "Springfield", "IL", "MRH-5521907")
    gc = b.prac("dr-feld", "Naomi", "Feld", "MD, General Cardiology", "1205567381")
    ic = b.prac("dr-ibarra", "Rafael", "Ibarra", "MD, Interventional Cardiology / Structural Heart", "1437290652")
    cts = b.prac("dr-whitcomb", "Preston", "Whitcomb", "MD, Cardiothoracic Surgery", "1669804213")
    rn = b.prac("rn-lentz", "Abby", "Lentz", "RN, Valve Clinic Coordinator", "1912245870")
    o = b.org("org-mrh", "Mercy Ridge Heart & Vascular", "Hospital heart program")
    b.org("org-feld", "Prairie Cardiology", "Cardiology practice")
    e1 = b.enc("enc-card-2026-06-02", "AMB", "Cardiology follow-up", "2026-06-02T09:00:00-05:00", None, gc)
    b.enc("enc-echo-2026-06-10", "AMB", "Echocardiography", "2026-06-10T07:30:00-05:00", None, gc, o)
    e3 = b.enc("enc-shc-2026-07-14", "AMB", "Structural heart clinic - new patient", "2026-07-14T13:00:00-05:00",
               "2026-07-14T14:10:00-05:00", ic, o)
    b.cond("as", "I35.0", "Nonrheumatic aortic (valve) stenosis", "2025-05-20", asserter=gc,
           note="Moderate 5/2025 -> severe 6/2026.")
    b.cond("hfpef", "I50.32", "Chronic diastolic (congestive) heart failure", "2024-02-11", asserter=gc)
    b.cond("ckd", "N18.30", "Chronic kidney disease, stage 3 unspecified", "2023-09-01", asserter=gc)
    b.cond("htn", "I10", "Essential (primary) hypertension", "2005-01-01", asserter=gc)
    def echo(id_, date, ava, mg, vmax, ef, perf):
        return b.obs(id_, ("local", "AV-ECHO", "Aortic valve echo measurements"), date, performer=[perf], cat="imaging",
                     comps=[("local", "AVA", "Aortic valve area (continuity)", ava, "cm2", "cm2"),
                            ("local", "AV-MG", "Aortic valve mean gradient", mg, "mm[Hg]", "mm[Hg]"),
                            ("local", "AV-VMAX", "Aortic valve peak velocity", vmax, "m/s", "m/s"),
                            ("loinc", "10230-1", "Left ventricular Ejection fraction", ef, "%", "%")])
    echo("avecho-2025-05-20", "2025-05-20", 1.2, 24, 3.3, 60, gc)
    av = echo("avecho-2026-06-10", "2026-06-10", 0.74, 46, 4.4, 55, o)
    ny = b.obs("nyha-2026-06-02", ("local", "NYHA", "NYHA functional class"), "2026-06-02", vcc="III", performer=[gc])
    b.obs("sts-2026-07-14", ("local", "STS-PROM", "STS predicted risk of mortality (SAVR)"), "2026-07-14", 6.8, "%",
          "%", performer=[ic], cat="survey")
    b.obs("gait-2026-07-14", ("local", "5MWT", "5-meter gait speed time"), "2026-07-14", 7.2, "s", "s", performer=[ic])
    ed = b.dr("echo-2026-06-10", ("cpt", "93306", "Transthoracic echocardiogram complete"), "2026-06-10",
              "Severe calcific aortic stenosis: AVA 0.74 cm2, mean gradient 46 mmHg, Vmax 4.4 m/s. LVEF 55%. "
              "Progressed from moderate (5/2025).", results=[av], performer=[o], cat="CUS")
    b.dr("cta-2026-07-08", ("cpt", "75574", "CT angiography heart/coronaries with 3D"), "2026-07-08",
         "TAVR protocol CTA: annulus area 398 mm2 (perimeter-derived diameter 22.6 mm). Iliofemoral vessels >= 6.0 mm "
         "bilaterally, moderate calcification, suitable for transfemoral access.", performer=[o], cat="RAD")
    b.appt("appt-cts-2026-07-21", "Cardiothoracic surgery clinic - TAVR/SAVR evaluation (Dr. Whitcomb)",
           "2026-07-14", "2026-07-21T10:00:00-05:00", "cancelled", [cts])
    b.appt("appt-cts-2026-08-25", "Cardiothoracic surgery clinic - TAVR/SAVR evaluation (Dr. Whitcomb)",
           "2026-08-06", "2026-08-25T14:30:00-05:00", "booked", [cts])
    b.doc("card-2026-06-02", "progress", "2026-06-02T09:45:00-05:00", gc, """PRAIRIE CARDIOLOGY - F/U  (N. Feld MD)
85F known AS. Now DOE walking to mailbox, must stop on stairs halfway; lightheaded twice bending over garden.
No syncope. NYHA III. Soft 3/6 late-peaking SEM, single S2.
Plan: TTE now. If severe -> refer Mercy Ridge valve clinic.
ROS: Gen neg. CV: + DOE (see HPI), denies chest pain. Resp: neg. Neuro: neg. Others neg.""",
          "Cardiology note", enc=e1)
    shc = b.doc("shc-2026-07-14", "consult", "2026-07-14T15:00:00-05:00", ic, """STRUCTURAL HEART CLINIC - R. Ibarra MD (interventional cardiology)
Saw and examined pt in clinic today with daughter.
Severe symptomatic AS (AVA 0.74, MG 46, Vmax 4.4), NYHA III, presyncope.
STS PROM 6.8% (SAVR). Gait 7.2 s/5 m, independent ADLs, lives with daughter. Cognition intact.
CTA 7/8: transfemoral feasible.
My assessment: intermediate-to-high surgical risk; TAVR reasonable and preferred by patient. Medical/palliative
therapy discussed. Rationale documented for heart team.
Needs CT surgery evaluation (Dr. Whitcomb 7/21) before heart team decision.""", "Structural heart consult",
                enc=e3, custodian=o)
    b.doc("tel-2026-07-20", "phone", "2026-07-20T16:40:00-05:00", rn, """Valve clinic phone note - A. Lentz RN
Daughter called: pt has UTI, on antibiotics, feeling weak. Cancel CT surgery appt 7/21. Dr. Whitcomb's next
clinic opening not yet released - will call back to reschedule.""", "Telephone note", custodian=o)
    conf = b.doc("hteam-2026-07-30", "note", "2026-07-30T12:30:00-05:00", ic, """<html><body><h3>Multidisciplinary Heart Team Conference - Valve</h3>
<p>Date 07/30/2026. Cases reviewed from imaging and chart.</p>
<table border="1"><tr><th>Attendee</th><th>Role</th></tr>
<tr><td>R. Ibarra MD</td><td>Interventional cardiology</td></tr>
<tr><td>P. Whitcomb MD</td><td>Cardiothoracic surgery</td></tr>
<tr><td>S. Quang MD</td><td>Imaging</td></tr><tr><td>A. Lentz RN</td><td>Coordinator</td></tr></table>
<p><b>DWYER, ELEANOR (85F)</b>: severe symptomatic AS. STS 6.8%. Dr. Whitcomb reviewed echo/CTA and STS score;
agrees intermediate-high surgical risk, favors TAVR pending his clinic evaluation of the patient.
Consensus: proceed toward TF-TAVR once CT surgery clinic visit completed.</p></body></html>""",
                  "Heart team conference", ctype="text/html", custodian=o)
    b.doc("coord-2026-08-05", "nurse", "2026-08-05T10:00:00-05:00", rn, """Coordinator note: Workup complete (TTE, CTA, labs, dental clearance). Heart team reviewed 7/30.
Submitting prior auth for TF-TAVR. Tentative procedure date 9/2/26.
CT surgery clinic rescheduled to 8/25 (booked 8/6).""", "Coordinator note", custodian=o)
    case = {"id": "bp-tavr-09", "patient": "patients/pp09.json",
            "request": {"service": svc("cpt", "33361", "Transcatheter aortic valve replacement, percutaneous femoral artery approach"),
                        "diagnoses": [dx("I35.0", "Nonrheumatic aortic (valve) stenosis")],
                        "payer": "medicare", "urgency": "standard", "date": "2026-08-11",
                        "note": "Heart team reviewed 7/30, surgeon concurs. Severe symptomatic AS."},
            "gold": {"recommendation": "request_info", "policy": "NCD 20.32",
                     "evidence": [av, ed, ny, shc, conf],
                     "missing": ["surgeon|surgical evaluation|cardiothoracic|CT surgery|cardiac surgery"],
                     "rationale": "Symptomatic severe AS and a face-to-face interventional cardiology evaluation are documented, but the cardiac surgeon has only reviewed images and scores at conference; his face-to-face examination was cancelled and is booked after the request date, so that criterion is not yet documented.",
                     "first_review": "approved"}}
    return case, b


# ---------------------------------------------------------------- TAVR 10
@case
def tavr10():
    b = Bundle("pp10", "http://fhir.greatlakes-cv.example/CodeSystem/echo")
    b.patient("pp10", "Walter Benedykt", "Sosnowski", "male", "1946-12-19", "Toledo", "OH", "GLC-00731466")
    ic = b.prac("dr-mbeki", "Joanna", "Mbeki", "MD, Interventional Cardiology", "1356408812")
    cts = b.prac("dr-halvorsen", "Kurt", "Halvorsen", "MD, Cardiac Surgery", "1538271196")
    uro = b.prac("dr-stahl", "Miriam", "Stahl", "MD, Urology", "1003917652")
    echo_md = b.prac("dr-park", "Elliot", "Park", "MD, Cardiology / Echocardiography", "1720046318")
    o = b.org("org-glcv", "Great Lakes Cardiovascular Institute", "Hospital heart program")
    ed_org = b.org("org-stvincent", "St. Vincent Community ED", "Emergency department")
    e1 = b.enc("enc-ed-2026-07-11", "EMER", "Emergency department visit", "2026-07-11T15:20:00-04:00",
               "2026-07-11T21:00:00-04:00", None, ed_org, "Syncope while climbing stairs")
    b.enc("enc-dse-2026-08-20", "AMB", "Dobutamine stress echocardiogram", "2026-08-20T08:00:00-04:00", None, echo_md, o)
    e3 = b.enc("enc-ic-2026-09-08", "AMB", "Interventional cardiology valve clinic", "2026-09-08T09:00:00-04:00", None, ic, o)
    e4 = b.enc("enc-cts-2026-09-15", "AMB", "Cardiac surgery consultation", "2026-09-15T13:00:00-04:00", None, cts, o)
    b.cond("as", "I35.0", "Nonrheumatic aortic (valve) stenosis", "2026-08-04", asserter=echo_md,
           text="Low-flow, low-gradient aortic stenosis with reduced EF")
    b.cond("syncope", "R55", "Syncope and collapse", "2026-07-11", asserter=ed_org if False else None, enc=e1,
           clin="resolved")
    b.cond("hfref", "I50.22", "Chronic systolic (congestive) heart failure", "2026-08-04", asserter=ic)
    b.cond("hx-prostate", "Z85.46", "Personal history of malignant neoplasm of prostate", "2017-10-02", asserter=uro,
           note="Radical prostatectomy 10/2017, Gleason 3+4, margins negative.")
    b.cond("ckd3b", "N18.32", "Chronic kidney disease, stage 3b", "2024-06-18", asserter=ic)
    def panel(id_, date, ava, mg, vmax, ef, svi, perf, note=None):
        return b.obs(id_, ("local", "AS-PANEL", "Aortic stenosis echo panel"), date, performer=[perf], cat="imaging",
                     note=note, comps=[("local", "AVA", "Aortic valve area", ava, "cm2", "cm2"),
                                       ("local", "MG", "Mean gradient", mg, "mm[Hg]", "mm[Hg]"),
                                       ("local", "VMAX", "Peak velocity", vmax, "m/s", "m/s"),
                                       ("loinc", "10230-1", "Left ventricular Ejection fraction", ef, "%", "%"),
                                       ("local", "SVI", "Stroke volume index", svi, "mL/m2", "mL/m2")])
    p1 = panel("as-2026-08-04", "2026-08-04", 0.72, 31, 3.6, 35, 28, echo_md)
    p2 = panel("dse-2026-08-20", "2026-08-20", 0.84, 43, 4.1, 45, 36, echo_md,
               note="Peak dobutamine 20 mcg/kg/min. SV increase 24% (contractile reserve present).")
    ny = b.obs("nyha-2026-09-08", ("local", "NYHA", "NYHA class"), "2026-09-08", vcc="III", performer=[ic])
    psa = b.obs("psa-2026-09-02", ("loinc", "2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma"),
                "2026-09-02", vstr="<0.01 ng/mL (undetectable)", performer=[uro], cat="laboratory")
    b.obs("cr-2026-09-08", ("loinc", "2160-0", "Creatinine [Mass/volume] in Serum or Plasma"), "2026-09-08", 1.72,
          "mg/dL", "mg/dL", performer=[o], cat="laboratory")
    b.dr("tte-2026-08-04", ("cpt", "93306", "Transthoracic echocardiogram complete"), "2026-08-04",
         "Calcified trileaflet AV, restricted. AVA 0.72 cm2, MG 31 mmHg, Vmax 3.6 m/s, SVi 28 mL/m2, LVEF 35%. "
         "Low-flow low-gradient AS with reduced EF; recommend dobutamine stress echo.", results=[p1],
         performer=[echo_md], cat="CUS")
    dse = b.dr("dse-2026-08-20", ("cpt", "93351", "Stress echocardiogram with ECG monitoring"), "2026-08-20",
               "Low-dose DSE: contractile reserve present (SV +24%). Peak MG 43 mmHg, Vmax 4.1 m/s, AVA 0.84 cm2 "
               "(remains < 1.0). Consistent with TRUE SEVERE aortic stenosis (not pseudo-severe).", results=[p2],
               performer=[echo_md], cat="CUS")
    b.doc("ed-2026-07-11", "note", "2026-07-11T20:40:00-04:00", ed_org, """ST VINCENT COMMUNITY ED - PHYSICIAN NOTE
79M syncope climbing basement stairs carrying laundry, brief LOC ~10 s, no seizure activity, no trauma.
Reports months of DOE, now after 1 flight. Harsh SEM RUSB radiating to carotids.
ECG SR, LBBB old. Trop neg x2. Orthostatics neg.
Imp: exertional syncope - suspect aortic stenosis. D/c with urgent outpatient echo / cardiology.""",
          "ED note")
    icn = b.doc("ic-2026-09-08", "consult", "2026-09-08T11:30:00-04:00", ic, """[SCANNED DOCUMENT - GREAT LAKES CV INSTITUTE - VALVE CLINIC]   pg 1 of 2
lnterventional Cardiology - J. Mbeki MD
Pt seen and exarnined in person. 79M w/ exertional syncope 7/11, NYHA lll DOE.
TTE 8/4: AVA 0.72, MG 31, LVEF 35%, SVi 28 -> LF-LG AS.  DSE 8/20: MG 43, AVA 0.84, contractile
reserve -> true severe AS.
Hx prostate ca 2017 s/p RP, PSA undetectable; CKD 3b (Cr 1.72). Frailty: gait 5.9 s/5m.
Assessrnent: severe symptomatic LF-LG AS. Candidate for TAVR vs SAVR; TF access pending CTA.
Rationale shared with heart team/Dr. Halvorsen.  Medical therapy alone -> poor prognosis.
 - J. Mbeki  (e-signed 09/08/2026 11:52)""", "Interventional cardiology note (scanned)", enc=e3, custodian=o)
    ctn = b.doc("cts-2026-09-15", "consult", "2026-09-15T15:10:00-04:00", cts, """<html><body><h3>Cardiac Surgery Consultation</h3>
<p><b>Surgeon:</b> Kurt Halvorsen, MD &nbsp; <b>Seen in clinic, face-to-face, with wife.</b></p>
<p>79M, severe LF-LG AS (true severe by DSE), exertional syncope, NYHA III. Prior LBBB. CKD 3b.
Prostate cancer 2017 cured by RP (PSA undetectable) - no impact on life expectancy.</p>
<table border="1"><tr><td>STS PROM (AVR)</td><td>5.1%</td></tr><tr><td>Frailty</td><td>mild (gait 5.9 s)</td></tr>
<tr><td>Porcelain aorta</td><td>no</td></tr><tr><td>Chest wall</td><td>normal</td></tr></table>
<p><b>Assessment:</b> Intermediate surgical risk. Given age 79, reduced EF and CKD, I favor transfemoral TAVR over SAVR.
Patient agrees. Will present at heart team.</p></body></html>""", "Cardiac surgery consult", ctype="text/html",
                enc=e4, custodian=o)
    uron = b.doc("uro-2026-09-02", "progress", "2026-09-02T10:00:00-04:00", uro, """UROLOGY SURVEILLANCE - M. Stahl MD
9 yrs s/p radical prostatectomy (pT2 Gleason 3+4, neg margins). PSA <0.01, undetectable x 9 yrs.
No evidence of recurrence. Discharged from routine urologic oncology surveillance; annual PSA w PCP.
Pre-TAVR question: prostate cancer history does not limit life expectancy or preclude cardiac procedures.""",
                 "Urology note", custodian=o)
    b.doc("hteam-2026-09-22", "note", "2026-09-22T12:00:00-04:00", ic, """HEART TEAM CONSENSUS - 09/22/2026
Present: J. Mbeki (IC), K. Halvorsen (CT surgery), E. Park (imaging), NP, coordinator.
SOSNOWSKI, W. - true severe LF-LG AS, symptomatic (syncope, NYHA III). Both IC and CT surgery have examined pt.
Consensus: TF-TAVR. No comorbidity expected to preclude benefit. CTA done 9/18 - TF access OK.""",
          "Heart team note", custodian=o)
    case = {"id": "bp-tavr-10", "patient": "patients/pp10.json",
            "request": {"service": svc("cpt", "33361", "Transcatheter aortic valve replacement, percutaneous femoral artery approach"),
                        "diagnoses": [dx("I35.0", "Nonrheumatic aortic (valve) stenosis"),
                                      dx("I50.22", "Chronic systolic (congestive) heart failure")],
                        "payer": "medicare", "urgency": "expedited", "date": "2026-10-06",
                        "note": "Appeal of denial ('mean gradient 31 mmHg - not severe; cancer history'). DSE confirms true severe AS."},
            "gold": {"recommendation": "approve", "policy": "NCD 20.32",
                     "evidence": [dse, ny, icn, ctn, uron],
                     "missing": [],
                     "rationale": "Low-flow low-gradient AS is shown to be true severe on dobutamine stress echo, it is symptomatic (exertional syncope, NYHA III), and an interventional cardiologist and a cardiac surgeon each examined him face-to-face and documented their rationale; the cured prostate cancer does not preclude benefit.",
                     "first_review": "denied"}}
    return case, b


# ---------------------------------------------------------------- HBOT 11
@case
def hbot11():
    b = Bundle("pp11", "http://woundcare.riverside-med.example/fhir/CodeSystem/wound")
    b.patient("pp11", "Luis Ernesto", "Cardenas", "male", "1955-07-30", "El Paso", "TX", "RMC-4427196")
    wmd = b.prac("dr-haddad", "Farah", "Haddad", "MD, Wound Care / Podiatric liaison", "1679541203")
    hbo = b.prac("dr-greaves", "Martin", "Greaves", "MD, Undersea & Hyperbaric Medicine", "1295736648")
    rad = b.prac("dr-ishida", "Ken", "Ishida", "MD, Radiology", "1841293376")
    wrn = b.prac("rn-delgado", "Rosa", "Delgado", "RN, CWCN", "1427006521")
    o = b.org("org-rmc", "Riverside Medical Center Wound & Hyperbaric Center", "Outpatient wound center")
    e1 = b.enc("enc-wc-2026-01-06", "AMB", "Wound center initial visit", "2026-01-06T08:00:00-07:00", None, wmd, o)
    e2 = b.enc("enc-wc-2026-02-10", "AMB", "Wound center follow-up", "2026-02-10T08:00:00-07:00", None, wmd, o)
    e3 = b.enc("enc-hbo-2026-02-19", "AMB", "Hyperbaric medicine consult", "2026-02-19T13:00:00-07:00", None, hbo, o)
    b.cond("dm-ulcer", "E11.621", "Type 2 diabetes mellitus with foot ulcer", "2026-01-06", asserter=wmd)
    b.cond("ulcer-bone", "L97.514", "Non-pressure chronic ulcer of other part of right foot with necrosis of bone",
           "2026-01-06", ver="entered-in-error", clin="inactive", asserter=wmd,
           note="Coded at intake for suspected osteomyelitis. MRI 1/9 negative. Entered in error - see 2/18 addendum.")
    b.cond("ulcer", "L97.512", "Non-pressure chronic ulcer of other part of right foot with fat layer exposed",
           "2026-02-18", asserter=wmd, note="Plantar 1st MTP. Probes to joint capsule; no bone.")
    b.cond("neuropathy", "E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy", "2019-04-02", asserter=wmd)
    wl, ww, wd = ("loinc", "39126-8", "Wound length"), ("loinc", "39125-0", "Wound width"), ("loinc", "39127-6", "Wound depth")
    def wound(id_, date, l, w, d):
        return b.obs(id_, ("local", "WOUND-MEAS", "Wound measurements - R plantar 1st MTP"), date, performer=[wrn],
                     cat="exam", comps=[(wl[0], wl[1], wl[2], l, "cm", "cm"), (ww[0], ww[1], ww[2], w, "cm", "cm"),
                                        (wd[0], wd[1], wd[2], d, "cm", "cm")])
    w1 = wound("wound-2026-01-06", "2026-01-06", 2.1, 1.8, 0.6)
    w2 = wound("wound-2026-02-10", "2026-02-10", 2.0, 1.8, 0.6)
    b.obs("wagner-2026-01-06", ("local", "WAGNER", "Wagner ulcer grade"), "2026-01-06", vcc="Grade 3",
          performer=[wmd], status="amended", note="Amended 2/18/26: entered in error; see Wagner 2/18.")
    wg = b.obs("wagner-2026-02-18", ("local", "WAGNER", "Wagner ulcer grade"), "2026-02-18", vcc="Grade 2",
               performer=[wmd])
    b.obs("a1c-2026-01-06", ("loinc", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), "2026-01-06", 7.8, "%",
          "%", performer=[o], cat="laboratory")
    b.obs("tcpo2-2026-01-13", ("local", "TCPO2", "Transcutaneous oxygen, R dorsal foot"), "2026-01-13", 44,
          "mm[Hg]", "mm[Hg]", performer=[wrn], comps=[("local", "ABI-R", "Ankle-brachial index, right", 0.98, "{ratio}", "{ratio}")])
    mri = b.dr("mri-2026-01-09", ("cpt", "73720", "MRI lower extremity other than joint, with and without contrast"),
               "2026-01-09", "Soft tissue ulcer plantar to the first MTP joint extending to the joint capsule. "
               "Normal marrow signal of the first metatarsal head and proximal phalanx. NO osteomyelitis. "
               "No abscess. No septic arthritis.", performer=[rad], cat="RAD")
    b.proc("debr-2026-01-06", "11042", "Debridement, subcutaneous tissue, first 20 sq cm", "2026-01-06", [wmd])
    b.proc("debr-2026-02-10", "11042", "Debridement, subcutaneous tissue, first 20 sq cm", "2026-02-10", [wmd])
    b.proc("tcc-2026-01-06", "29445", "Application of rigid total contact leg cast", "2026-01-06", [wrn],
           note="TCC weekly changes since 1/6/26.")
    b.doc("wc-2026-01-06", "hp", "2026-01-06T10:30:00-07:00", wmd, """WOUND CENTER INITIAL EVALUATION - F. Haddad MD
70M T2DM (A1c 7.8), neuropathy. R plantar 1st MTP ulcer x 10 wks, started as callus.
Wound: 2.1 x 1.8 x 0.6 cm, granular base w/ slough, probe reaches deep - ?bone vs capsule. Mild erythema.
Pulses: DP/PT 2+. ABI pending.
Wagner grade III (suspect osteomyelitis). X-ray today no erosion. MRI ordered.
Plan: sharp debridement today, TCC, doxycycline empiric pending MRI, glucose optimization w PCP.""",
          "Wound center H&P", enc=e1, custodian=o)
    b.doc("wc-2026-02-10", "progress", "2026-02-10T09:40:00-07:00", wmd, """WOUND F/U wk 5 - copied from prior, updated measurements
Wound R plantar 1st MTP: 2.0 x 1.8 x 0.6 cm (was 2.1 x 1.8 x 0.6 on 1/6). Granular, no slough after debridement.
Wagner grade III (suspect osteomyelitis).
TCC since 1/6, weekly changes. A1c 7.8. TcPO2 44, ABI 0.98 - adequate perfusion. Nutrition: albumin 3.9.
No measurable healing > 30 days of standard care -> refer hyperbaric medicine.""", "Wound center follow-up",
          enc=e2, custodian=o)
    add = b.doc("wc-addendum-2026-02-18", "note", "2026-02-18T17:05:00-07:00", wmd, """ADDENDUM / CORRECTION to notes of 01/06/2026 and 02/10/2026 - F. Haddad MD
The Wagner grade in both notes was recorded as III in error (carried forward from the intake impression of
suspected osteomyelitis). MRI 1/9/26 showed NO osteomyelitis and no abscess; the ulcer extends to the joint
capsule, not bone. Doxycycline stopped 1/12.
Corrected classification: Wagner grade 2. Diagnosis code L97.514 removed (entered in error); now L97.512.""",
                "Addendum - Wagner correction", custodian=o, relates="DocumentReference/wc-2026-02-10")
    b.doc("hbo-2026-02-19", "consult", "2026-02-19T14:20:00-07:00", hbo, """HYPERBARIC MEDICINE CONSULTATION - M. Greaves MD
Reason for referral (from referral form 2/10): "Wagner 3 DFU, no healing x 30 days."
HPI per referral. Exam: R plantar ulcer ~2 x 1.8 cm, clean granular base. Lungs clear, TMs mobile.
No contraindication to HBO (no untreated PTX, no bleomycin, no claustrophobia).
Assessment: diabetic foot ulcer Wagner 3 per referral, failed 30 days of standard care -> meets criteria.
Plan: HBO 2.0 ATA x 90 min, 5x/wk, 30 treatments. Request authorization.""", "HBO consult", enc=e3, custodian=o)
    case = {"id": "bp-hbot-11", "patient": "patients/pp11.json",
            "request": {"service": svc("hcpcs", "G0277", "Hyperbaric oxygen under pressure, full body chamber, per 30 minute interval"),
                        "diagnoses": [dx("E11.621", "Type 2 diabetes mellitus with foot ulcer"),
                                      dx("L97.514", "Non-pressure chronic ulcer of other part of right foot with necrosis of bone")],
                        "payer": "medicare", "urgency": "standard", "date": "2026-02-24",
                        "note": "Wagner 3 DFU, failed >30 days standard wound care."},
            "gold": {"recommendation": "refer", "policy": "NCD 20.29",
                     "evidence": [add, wg, mri, w1, w2],
                     "missing": [],
                     "rationale": "Diabetic lower-extremity wounds need Wagner grade III or higher; the treating wound physician's addendum (supported by a negative MRI) corrects the grade to 2, and the HBO consult and request only repeat the superseded referral grade and the bone code entered in error.",
                     "first_review": "approved"}}
    return case, b


# ---------------------------------------------------------------- HBOT 12
@case
def hbot12():
    b = Bundle("pp12", "http://ehr.piedmont-wound.example/fhir/CodeSystem/local")
    b.patient("pp12", "Odessa Mae", "Jernigan", "female", "1952-10-04", "Greenville", "SC", "PWC-870231")
    wmd = b.prac("dr-ebanks", "Claude", "Ebanks", "DPM, Wound Care", "1568302917")
    idr = b.prac("dr-solis", "Renata", "Solis", "MD, Infectious Diseases", "1205874430")
    hbo = b.prac("dr-nakamura", "Jun", "Nakamura", "MD, Hyperbaric Medicine", "1730196654")
    vnp = b.prac("np-okoro", "Grace", "Okoro", "NP, Vascular Lab", "1013967284")
    o = b.org("org-pwc", "Piedmont Wound & Hyperbaric Center", "Outpatient wound center")
    b.org("org-upstate-id", "Upstate Infectious Disease Associates", "ID practice")
    e1 = b.enc("enc-wc-2026-03-24", "AMB", "Wound center initial", "2026-03-24T09:00:00-04:00", None, wmd, o)
    b.enc("enc-wc-2026-04-07", "AMB", "Wound center follow-up", "2026-04-07T09:00:00-04:00", None, wmd, o)
    e3 = b.enc("enc-wc-2026-05-12", "AMB", "Wound center follow-up", "2026-05-12T09:00:00-04:00", None, wmd, o)
    b.cond("dm-ulcer", "E11.621", "Type 2 diabetes mellitus with foot ulcer", "2026-03-24", asserter=wmd)
    heel = b.cond("heel-ulcer", "L97.414", "Non-pressure chronic ulcer of right heel and midfoot with necrosis of bone",
                  "2026-03-27", asserter=wmd)
    osteo = b.cond("osteo", "M86.671", "Other chronic osteomyelitis, right ankle and foot", "2026-03-27", asserter=idr,
                   note="Calcaneal osteomyelitis, bone biopsy 3/27/26: MSSA + chronic inflammation.")
    b.cond("venous-ulcer", "I87.312", "Chronic venous hypertension (idiopathic) with ulcer of left lower extremity",
           "2025-12-02", asserter=wmd, note="Left medial calf venous ulcer - separate wound, compression.")
    b.cond("calf-ulcer", "L97.222", "Non-pressure chronic ulcer of left calf with fat layer exposed", "2025-12-02",
           asserter=wmd)
    def wound(id_, date, l, w, d, unit, ucum):
        return b.obs(id_, ("local", "WND-RHEEL", "Wound measurements - right plantar heel"), date, performer=[wmd],
                     cat="exam", comps=[("loinc", "39126-8", "Wound length", l, unit, ucum),
                                        ("loinc", "39125-0", "Wound width", w, unit, ucum),
                                        ("loinc", "39127-6", "Wound depth", d, unit, ucum)])
    w1 = wound("wound-2026-04-07", "2026-04-07", 32, 21, 8, "mm", "mm")
    wound("wound-2026-04-21", "2026-04-21", 3.2, 2.2, 0.8, "cm", "cm")
    w3 = wound("wound-2026-05-12", "2026-05-12", 3.3, 2.1, 0.8, "cm", "cm")
    tc = b.obs("tcpo2-2026-04-02", ("local", "TCPO2", "TcPO2 right foot (periwound)"), "2026-04-02", 46, "mm[Hg]",
               "mm[Hg]", performer=[vnp], comps=[("local", "ABI-R", "ABI right", 1.02, "{ratio}", "{ratio}"),
                                                 ("local", "TBI-R", "Toe-brachial index right", 0.71, "{ratio}", "{ratio}")])
    a1c = b.obs("a1c-2026-04-01", ("loinc", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), "2026-04-01", 7.2,
                "%", "%", performer=[o], cat="laboratory")
    b.obs("alb-2026-04-01", ("loinc", "1751-7", "Albumin [Mass/volume] in Serum or Plasma"), "2026-04-01", 3.4, "g/dL",
          "g/dL", performer=[o], cat="laboratory")
    b.medreq("rx-ertapenem", None, "ertapenem 1 GM Injection", "2026-03-30", idr, "1 g IV daily x 6 weeks (PICC)",
             validity=("2026-03-30", "2026-05-11"), status="completed")
    b.medreq("rx-glargine", "274783", "insulin glargine 100 UNT/ML pen", "2025-02-14", wmd, "24 units nightly")
    b.proc("debr-2026-04-07", "11044", "Debridement, bone, first 20 sq cm", "2026-04-07", [wmd],
           note="Weekly sharp debridement 3/24-5/12 (bone debridement 4/7).")
    ini = b.doc("wc-2026-03-24", "hp", "2026-03-24T11:00:00-04:00", wmd, """PIEDMONT WOUND CENTER - INITIAL H&P   C. Ebanks DPM
73F T2DM on insulin, neuropathy. R plantar heel ulcer x 4 mo after blister from new shoes. Also has a
separate L medial calf venous ulcer (followed since 12/2025, compression, improving - NOT part of this plan).
R heel: 3.4 x 2.2 cm, depth 0.9 cm, probes to bone, purulent drainage scant. X-ray: calcaneal cortical erosion.
Classification: Wagner grade 3 (deep ulcer with osteomyelitis). Bone biopsy scheduled 3/27. ID referral.
Standard care plan: weekly sharp debridement; heel offloading boot + wheelchair for distance; moist dressing
(alginate); vascular studies; nutrition consult; endocrine for glucose (A1c 8.4 in 1/2026).""",
                "Wound center H&P", enc=e1, custodian=o)
    idn = b.doc("id-2026-03-30", "consult", "2026-03-30T15:00:00-04:00", idr, """ID CONSULT - R. Solis MD
Bone bx 3/27 R calcaneus: MSSA; path chronic osteomyelitis. Plan ertapenem 1 g IV q24h x 6 wk via PICC
(MSSA + anaerobic coverage, once daily for home infusion). Weekly CBC/CMP. Target end 5/11/26.""",
                "ID consult", custodian=o)
    fs = b.doc("wc-2026-05-12", "progress", "2026-05-12T10:15:00-04:00", wmd, """<html><body><h4>Wound Flowsheet - R plantar heel (Wagner 3, calcaneal OM)</h4>
<table border="1"><tr><th>Date</th><th>L</th><th>W</th><th>D</th><th>Care</th></tr>
<tr><td>03/24</td><td>3.4 cm</td><td>2.2 cm</td><td>0.9 cm</td><td>debrided, offloading boot</td></tr>
<tr><td>04/07</td><td>32 mm</td><td>21 mm</td><td>8 mm</td><td>bone debrided</td></tr>
<tr><td>04/21</td><td>3.2 cm</td><td>2.2 cm</td><td>0.8 cm</td><td>debrided</td></tr>
<tr><td>05/12</td><td>3.3 cm</td><td>2.1 cm</td><td>0.8 cm</td><td>debrided</td></tr></table>
<p>Vascular 4/2: ABI 1.02, TBI 0.71, TcPO2 46 - no correctable arterial disease. A1c 7.2 (from 8.4). Albumin 3.4 -
dietitian, protein supplement BID. IV ertapenem completed 5/11. Offloading adherent (boot + wheelchair).</p>
<p><b>Assessment:</b> Wagner 3 DFU with calcaneal OM; no measurable healing from 4/7 to 5/12 (35 days) despite
full standard care since 3/24. Refer HBO as adjunct. Continue all standard care.</p>
<p>L calf venous ulcer: 1.1 x 0.8 cm, improving with compression (not an HBO indication).</p></body></html>""",
                "Wound flowsheet note", ctype="text/html", enc=e3, custodian=o)
    b.doc("hbo-2026-05-14", "consult", "2026-05-14T13:40:00-04:00", hbo, """HYPERBARIC CONSULT - J. Nakamura MD
Indication: diabetic foot ulcer R heel, Wagner 3 (calcaneal osteomyelitis, biopsy-proven), failed >30 days
standard care. Not for the L calf venous ulcer.
Screen: no PTX, no COPD with CO2 retention, ETDs normal, no claustrophobia; CXR 5/13 clear.
Plan: HBO 2.0 ATA 90 min daily x 30, with continued standard wound care; re-evaluate wound at least q30 days.""",
          "HBO consult", custodian=o)
    case = {"id": "bp-hbot-12", "patient": "patients/pp12.json",
            "request": {"service": svc("hcpcs", "G0277", "Hyperbaric oxygen under pressure, full body chamber, per 30 minute interval"),
                        "diagnoses": [dx("E11.621", "Type 2 diabetes mellitus with foot ulcer"),
                                      dx("L97.414", "Non-pressure chronic ulcer of right heel and midfoot with necrosis of bone"),
                                      dx("M86.671", "Other chronic osteomyelitis, right ankle and foot")],
                        "payer": "medicare", "urgency": "standard", "date": "2026-05-19",
                        "note": "Appeal: initial denial cited venous stasis ulcer (non-covered) - HBO is for the R heel DFU."},
            "gold": {"recommendation": "approve", "policy": "NCD 20.29",
                     "evidence": [w1, w3, ini, fs, tc, a1c, osteo],
                     "missing": [],
                     "rationale": "A Wagner 3 diabetic heel ulcer with biopsy-proven osteomyelitis shows no measurable healing between 4/7 (32x21x8 mm) and 5/12 (3.3x2.1x0.8 cm) despite full standard care documented since 3/24 (vascular assessment, glucose, nutrition, debridement, offloading, antibiotics); the non-covered venous ulcer is a separate wound that HBO is not requested for.",
                     "first_review": "denied"}}
    return case, b
