from lib import *
from cases_a import case

TAVR_SVC = {"system": CPT, "code": "33361", "display": "Transcatheter aortic valve replacement, percutaneous femoral artery approach"}
HBO_SVC = {"system": HCPCS, "code": "G0277", "display": "Hyperbaric oxygen under pressure, full body chamber, per 30 minute interval"}
CI_SVC = {"system": CPT, "code": "69930", "display": "Cochlear device implantation, with or without mastoidectomy"}
LAAC_SVC = {"system": CPT, "code": "33340", "display": "Percutaneous transcatheter closure of the left atrial appendage with endocardial implant"}

def echo_comps(c, ava, mg, vmax, ef):
    return [c.comp(("local", "AVA", "Aortic valve area (continuity)"), ava, "cm2", "cm2"),
            c.comp(("local", "AV-MG", "Aortic valve mean gradient"), mg, "mm[Hg]", "mm[Hg]"),
            c.comp(("local", "AV-VMAX", "Aortic valve peak velocity"), vmax, "m/s", "m/s"),
            c.comp((LOINC, "10230-1", "Left ventricular Ejection fraction"), ef, "%", "%")]

# ---------------------------------------------------------------- TAVR 01 (refer: asymptomatic)
def tavr01():
    c = Chart("pl09", "http://ehr.mercyplains.example/fhir/obs-codes")
    c.patient("Abernethy-Ruiz", "Cornelius Miguel", "male", "1944-10-02", "MPH-0071552", city="Wichita", state="KS")
    c.prac("pr-hollis", "Hollis", "Edwin", "MD", "Family medicine")
    c.prac("pr-zamora", "Zamora", "Ines", "MD", "Cardiology (general, non-invasive)")
    c.prac("pr-brandvold", "Brandvold", "Erik", "MD", "Cardiothoracic surgery")
    c.prac("pr-achebe", "Achebe", "Ngozi", "MD", "Interventional cardiology / structural heart")
    c.org("org-mph", "Mercy Plains Heart & Vascular")
    c.cond("as", "I35.0", "Nonrheumatic aortic (valve) stenosis", "2023-04-11", text="Aortic stenosis, severe (progressed from moderate 2023)")
    c.cond("htn", "I10", "Essential (primary) hypertension", "2008-05-20")
    c.cond("hld", "E78.5", "Hyperlipidemia, unspecified", "2008-05-20")
    c.obs("echo-2024-03-12", ("local", "ECHO-AV", "Echocardiogram aortic valve assessment"), "2024-03-12", cat="imaging", components=echo_comps(c, 1.1, 29, 3.4, 62))
    c.obs("echo-2026-01-28", ("local", "ECHO-AV", "Echocardiogram aortic valve assessment"), "2026-01-28", cat="imaging", components=echo_comps(c, 0.78, 46, 4.4, 60), performer="Practitioner/pr-zamora")
    c.obs("ett-2026-02-18", ("local", "ETT", "Exercise treadmill test summary"), "2026-02-18", cat="procedure", performer="Practitioner/pr-zamora",
          vstring="Bruce 8:10 min, 9.2 METs, stopped for fatigue (target HR). No angina, no dyspnea disproportionate, no presyncope. BP 142/80 -> 186/84. No ST changes.")
    c.obs("sts-2026-03-03", ("local", "STS-PROM", "STS predicted risk of mortality"), "2026-03-03", 2.1, "%", "%", cat="survey")
    c.med("amlodipine", "17767", "amlodipine", "2008-05-20", dosage="5 mg daily")
    c.med("atorva", "83367", "atorvastatin", "2008-05-20", dosage="40 mg daily")
    c.enc("enc-surg-2026-03-03", "2026-03-03", typ="CT surgery consult (in person)", prac="pr-brandvold", org="org-mph")
    c.enc("enc-ic-2026-03-05", "2026-03-05", typ="Structural heart consult (in person)", prac="pr-achebe", org="org-mph")
    c.doc("ref-2026-01-30", "2026-01-30", "note", "Referral letter", "Practitioner/pr-hollis", """Dear Dr Zamora,
Re: Cornelius Abernethy-Ruiz (DOB 10/02/1944). Please see this 81 y/o with symptomatic aortic stenosis
for TAVR evaluation. [template: REASON = symptomatic severe AS] Echo 1/28 per your lab: severe.
He does mention being "a bit more tired" this winter?? -- hard to say, he still golfs.
Regards, Edwin Hollis MD
""")
    c.doc("cards-2026-02-04", "2026-02-04", "progress", "Cardiology clinic note", "Practitioner/pr-zamora", """MERCY PLAINS CARDIOLOGY -- I. Zamora MD -- 02/04/2026
81M, AS followed since 2023 (moderate then). Echo 1/28: AVA 0.78 cm2, MG 46, Vmax 4.4 -> severe,
normal LVEF 60%.
Symptoms: specifically asked -- DENIES exertional dyspnea, chest pressure, lightheadedness, syncope.
Walks 18 holes (no cart) 2x/week, climbs 2 flights without stopping. "Tired" = sleeping less since
new puppy. NYHA I. Not in heart failure.
Exam: 3/6 late-peaking SEM, single S2. No edema.
A/P: Severe, apparently ASYMPTOMATIC AS. Exercise treadmill to unmask symptoms. Pt reads about
early TAVR and is keen; will refer to heart team if he wishes.
""", org="org-mph")
    c.doc("ett-2026-02-18", "2026-02-18", "stress", "Exercise treadmill test report", "Practitioner/pr-zamora", """EXERCISE TREADMILL TEST 2/18/2026 (supervised, Zamora)
Indication: severe AS, asymptomatic by history. Bruce protocol 8 min 10 s, 9.2 METs (107% predicted
for age). Stopped: target HR/fatigue. Symptoms: none (no dyspnea beyond expected, no angina, no
dizziness). BP response normal (142 -> 186). No arrhythmia. No ST depression.
Conclusion: Normal exercise capacity, no exercise-induced symptoms or abnormal BP response.
""", org="org-mph")
    c.doc("surg-2026-03-03", "2026-03-03", "consult", "Cardiac surgery consultation", "Practitioner/pr-brandvold", """CARDIOTHORACIC SURGERY CONSULT -- E. Brandvold MD -- 3/3/2026 -- seen and examined in clinic
Asymptomatic severe AS (ETT negative). STS PROM 2.1% -- low surgical risk. Frailty: 5-m walk 4.1 s,
grip normal. Options discussed: surveillance q6 mo, SAVR, TAVR. Patient prefers transcatheter.
From a surgical standpoint suitable for either SAVR or TAVR; note he currently has no symptoms.
""", enc="enc-surg-2026-03-03", org="org-mph")
    c.doc("ic-2026-03-05", "2026-03-05", "consult", "Structural heart consultation", "Practitioner/pr-achebe", """STRUCTURAL HEART CLINIC -- N. Achebe MD (interventional) -- 03/05/2026 -- face-to-face
81M severe AS (0.78 cm2 / 46 mmHg / 4.4 m/s), LVEF 60%. Truly asymptomatic per history and ETT; no
LV dysfunction. CTA: tricuspid valve, annulus 24.1 mm, iliofemorals 7+ mm. STS 2.1%.
Heart team (Brandvold/Achebe) 3/10: both options reasonable; pt strongly favours early TAVR rather
than surveillance. Plan TF-TAVR, will submit authorization.
""", enc="enc-ic-2026-03-05", org="org-mph")
    return c, case("bl-tavr-01", "pl09", TAVR_SVC, [("I35.0", "Nonrheumatic aortic (valve) stenosis")],
                   "2026-03-17", "refer", "NCD 20.32",
                   ["DocumentReference/cards-2026-02-04", "DocumentReference/ett-2026-02-18", "DocumentReference/ic-2026-03-05", "Observation/echo-2026-01-28"], [],
                   "The NCD covers TAVR for symptomatic aortic stenosis; cardiology, the stress test, the surgeon and the interventionalist all document severe but asymptomatic AS (the PCP's 'symptomatic' is a template word), so a physician reviewer must decide.",
                   traps="templated 'symptomatic' in referral; hedged 'more tired'; older moderate echo; heart team f2f exams present (criteria otherwise met)")

# ---------------------------------------------------------------- TAVR 02 (request_info: surgeon f2f)
def tavr02():
    c = Chart("pl10", "http://fhir.harborview-cardiac.example/CodeSystem/obs")
    c.patient("Nwachukwu", "Philippa Adaeze", "female", "1940-07-15", "HVC-2290045", city="Norfolk", state="VA")
    c.prac("pr-saltz", "Saltzman", "Dov", "MD", "Interventional cardiology / structural heart")
    c.prac("pr-lindqvist", "Lindqvist", "Sven", "MD", "Cardiac surgery")
    c.prac("pr-orr", "Orr", "Fiona", "MD", "Thoracic surgery")
    c.prac("pr-bui", "Bui", "Thanh", "NP", "Valve clinic coordinator NP")
    c.prac("pr-adeyemi", "Adeyemi", "Folake", "MD", "Cardiology (general)")
    c.org("org-hvc", "Harborview Cardiac Institute")
    c.cond("as", "I35.0", "Nonrheumatic aortic (valve) stenosis", "2024-02-20")
    c.cond("sob", "R06.02", "Shortness of breath", "2026-08-04")
    c.cond("ckd", "N18.31", "Chronic kidney disease, stage 3a", "2022-06-01")
    c.cond("htn", "I10", "Essential (primary) hypertension", "2001-01-01")
    c.obs("echo-2026-08-19", ("local", "ECHO-AV", "Echocardiogram aortic valve assessment"), "2026-08-19", cat="imaging", components=echo_comps(c, 0.7, 41, 4.1, 55), performer="Practitioner/pr-adeyemi")
    c.obs("nyha-2026-09-15", ("local", "NYHA", "NYHA functional class"), "2026-09-15", vcode="III", cat="exam", performer="Practitioner/pr-saltz")
    c.obs("sts-2026-09-15", ("local", "STS-PROM", "STS predicted risk of mortality"), "2026-09-15", 5.1, "%", "%", cat="survey", performer="Practitioner/pr-saltz")
    c.obs("egfr-2026-09-10", (LOINC, "33914-3", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum or Plasma by Creatinine-based formula (MDRD)"), "2026-09-10", 48, "mL/min/1.73m2", "mL/min/{1.73_m2}")
    c.med("furosemide", "4603", "furosemide", "2026-08-04", dosage="20 mg daily")
    c.med("losartan", "52175", "losartan", "2001-01-01", dosage="25 mg daily")
    c.proc("vats-2023", (CPT, "32505", "Thoracoscopy, surgical; with therapeutic wedge resection"), "2023-05-22", performer="pr-orr", text="VATS wedge resection RUL nodule (benign hamartoma)")
    c.appt("appt-ctsurg", "2026-09-29", "2026-10-14", "Cardiac surgery consult (TAVR/SAVR evaluation) - Dr Lindqvist", prac="pr-lindqvist")
    c.enc("enc-ic-2026-09-15", "2026-09-15", typ="Structural heart consult", prac="pr-saltz", org="org-hvc")
    c.doc("cards-2026-08-20", "2026-08-20", "progress", "Cardiology note", "Practitioner/pr-adeyemi", """Cardiology f/u 8/20/2026 F. Adeyemi MD
86F, AS known since 2024. Now DOE at 1/2 block, 2 episodes near-syncope in church (stood up to sing).
Echo 8/19: AVA 0.7, MG 41, Vmax 4.1 m/s, EF 55%. Severe symptomatic AS -> refer valve clinic.
""")
    c.doc("ic-2026-09-15", "2026-09-15", "consult", "Structural heart consultation", "Practitioner/pr-saltz", """HARBORVIEW STRUCTURAL HEART -- D. Saltzman MD (interventional cardiology) -- 09/15/2026
Patient seen and examined face-to-face with daughter.
Severe symptomatic AS: NYHA III dyspnea, exertional presyncope. Frail-ish: 5-m walk 7.2 s, lives alone.
STS PROM 5.1% (intermediate). CKD 3a (eGFR 48). Prior VATS wedge 2023 (Dr Orr, thoracic) -- no
sternotomy. Gated CTA: annulus 21 mm, adequate TF access.
My assessment: TF-TAVR favoured over SAVR (age, frailty). Pending CT surgery evaluation; will present
at heart team.
""", enc="enc-ic-2026-09-15", org="org-hvc")
    c.doc("hteam-2026-09-29", "2026-09-29", "note", "Heart team conference note", "Practitioner/pr-bui", """MULTIDISCIPLINARY HEART TEAM CONFERENCE -- 09/29/2026 -- recorded by T. Bui NP
Attendees: D. Saltzman (IC), S. Lindqvist (CT surgery), F. Adeyemi (cardiology), imaging, anesthesia
Case: 86F severe symptomatic AS, STS 5.1%.
Discussion: Dr Lindqvist reviewed CTA and echo images at conference; agrees anatomy suitable for TF
approach "pending formal surgical consult". Surgical consult scheduled 10/14 (patient's ride issue
delayed earlier date).
Consensus (provisional): TF-TAVR. Coordinator to submit authorization now to avoid delay.
""", org="org-hvc")
    c.doc("thor-2023-05-10", "2023-05-10", "consult", "Thoracic surgery consultation", "Practitioner/pr-orr", """THORACIC SURGERY -- F. Orr MD -- 05/10/2023
RUL 1.4 cm nodule, PET mildly avid. Plan VATS wedge. Cardiac: known mild-moderate AS, asymptomatic,
acceptable risk for VATS per cardiology.
""")
    c.doc("ctsurg-2026-10-14", "2026-10-14", "consult", "Cardiac surgery consultation", "Practitioner/pr-lindqvist", """CARDIAC SURGERY -- S. Lindqvist MD -- 10/14/2026 -- examined in clinic
Agree with TF-TAVR; SAVR risk elevated given frailty. Will participate in procedure.
""", org="org-hvc")
    return c, case("bl-tavr-02", "pl10", TAVR_SVC, [("I35.0", "Nonrheumatic aortic (valve) stenosis"), ("R06.02", "Shortness of breath")],
                   "2026-10-06", "request_info", "NCD 20.32",
                   ["Observation/echo-2026-08-19", "DocumentReference/ic-2026-09-15", "DocumentReference/hteam-2026-09-29", "Appointment/appt-ctsurg"],
                   ["cardiac surgeon|surgeon|surgical consult|surgical evaluation|cardiothoracic|CT surgery"],
                   "Symptomatic severe AS with a face-to-face interventional cardiology evaluation, but the cardiac surgeon has only reviewed images at conference; the surgeon's face-to-face exam is booked for after the request date (the 10/14 note does not exist for the case, and the 2023 thoracic surgeon visit is unrelated).",
                   traps="image review at conference is not face-to-face; booked surgeon visit; post-request surgeon note; unrelated thoracic surgeon 2023; IC's STS score")

# ---------------------------------------------------------------- HBOT 01 (approve)
def wound(c, id, date, l, w, d, perf, note=None):
    return c.obs(id, ("local", "WOUND-DIM", "Wound dimensions, L plantar 1st MTH"), date, cat="exam", performer=perf, note=note,
                 components=[c.comp((LOINC, "39126-8", "Length of Wound"), l, "cm", "cm"),
                             c.comp((LOINC, "39125-0", "Width of Wound"), w, "cm", "cm"),
                             c.comp((LOINC, "39127-6", "Depth of Wound"), d, "cm", "cm")])

def hbot01():
    c = Chart("pl11", "http://woundcare.stlukes-east.example/codes")
    c.patient("Okonkwo-Little", "Ambrose Tunde", "male", "1954-05-27", "SLE-4410372", city="Fort Wayne", state="IN")
    c.prac("pr-pruitt", "Pruitt", "Dana", "DPM", "Podiatry")
    c.prac("pr-whelan", "Whelan", "Conor", "MD", "Wound care / hyperbaric medicine")
    c.prac("pr-sato", "Sato", "Keiko", "MD", "Infectious disease")
    c.prac("pr-gupta", "Gupta", "Anil", "MD", "Vascular surgery")
    c.org("org-sle", "St Luke's East Wound & Hyperbaric Center")
    c.cond("dfu", "E11.621", "Type 2 diabetes mellitus with foot ulcer", "2025-12-15", asserter="pr-pruitt")
    c.cond("ulcer", "L97.524", "Non-pressure chronic ulcer of other part of left foot with necrosis of bone", "2026-01-08", text="L plantar 1st MTH ulcer with osteomyelitis")
    c.cond("osteo", "M86.672", "Other chronic osteomyelitis, left ankle and foot", "2026-01-08", asserter="pr-sato")
    c.cond("t2dm-osteo", "E11.69", "Type 2 diabetes mellitus with other specified complication", "2026-01-08")
    wound(c, "wd-2026-01-05", "2026-01-05", 3.0, 2.2, 0.8, "Practitioner/pr-pruitt")
    wound(c, "wd-2026-01-19", "2026-01-19", 3.1, 2.2, 0.8, "Practitioner/pr-whelan")
    wound(c, "wd-2026-02-02", "2026-02-02", 3.0, 2.3, 0.9, "Practitioner/pr-whelan")
    wound(c, "wd-2026-02-16", "2026-02-16", 3.0, 2.2, 0.9, "Practitioner/pr-whelan")
    c.obs("a1c-2026-01-05", (LOINC, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), "2026-01-05", 7.4, "%", "%")
    c.obs("alb-2026-01-05", (LOINC, "1751-7", "Albumin [Mass/volume] in Serum or Plasma"), "2026-01-05", 3.6, "g/dL", "g/dL")
    c.obs("tcpo2-2026-01-12", ("local", "TCPO2", "Transcutaneous oxygen, L dorsal foot"), "2026-01-12", 48, "mm[Hg]", "mm[Hg]", cat="procedure", performer="Practitioner/pr-gupta",
          note="TBI L 0.71; ABI noncompressible (>1.3). Duplex: no hemodynamically significant stenosis.")
    c.med("ertapenem", "325642", "ertapenem", "2026-01-09", status="completed", requester="pr-sato", start="2026-01-09", end="2026-02-20", dosage="1 g IV daily x 6 weeks via PICC")
    c.med("metformin", "6809", "metformin", "2015-02-02", dosage="1000 mg BID")
    c.med("glargine", "274783", "insulin glargine", "2026-01-06", dosage="22 units nightly (started for glycemic optimization)")
    c.proc("debr-2026-02-16", (CPT, "11043", "Debridement, muscle and/or fascia, first 20 sq cm or less"), "2026-02-16", performer="pr-whelan", note="Serial weekly debridement since 01/05/2026")
    c.doc("pod-2026-01-08", "2026-01-08", "consult", "Podiatry note", "Practitioner/pr-pruitt", """PODIATRY -- D. Pruitt DPM -- 01/08/2026
L plantar 1st MTH ulcer x ~3 mo (started as callus). 3.0 x 2.2 x 0.8 cm on 1/5, probes to bone.
MRI L foot 1/7/26: marrow edema + T1 signal loss 1st metatarsal head c/w osteomyelitis; no abscess.
Classification: Wagner grade 3 (deep ulcer with osteomyelitis). Neuropathic, monofilament 0/10.
Plan: sharp debridement, bone bx/culture, ID consult, TCC offloading, wound center referral.
""")
    c.doc("id-2026-01-09", "2026-01-09", "consult", "Infectious disease consultation", "Practitioner/pr-sato", """ID CONSULT 1/9/26 K. Sato MD: L 1st MT osteomyelitis, bone cx MSSA + diphtheroids. PICC, ertapenem
1 g daily x 6 wk (end ~2/20). Weekly CBC/CMP. ESR 78 -> will trend.
""")
    c.doc("vasc-2026-01-12", "2026-01-12", "consult", "Vascular surgery consultation", "Practitioner/pr-gupta", """VASCULAR SURGERY -- A. Gupta MD -- 01/12/2026
Noninvasive: ABI noncompressible; TBI L 0.71; TcPO2 dorsum 48 mmHg. Arterial duplex L: triphasic
CFA/SFA/pop, biphasic tibials, no significant stenosis. IMPRESSION: adequate perfusion for healing;
no vascular intervention indicated.
""")
    wc = """<html><body><h3>St Luke's East Wound &amp; Hyperbaric Center -- Progress / HBO Evaluation</h3>
<p>C. Whelan MD &nbsp; 02/16/2026 &nbsp; Visit 7</p>
<table border="1"><tr><th>Date</th><th>L x W x D (cm)</th><th>Area</th><th>Tx</th></tr>
<tr><td>01/05</td><td>3.0 x 2.2 x 0.8</td><td>6.6</td><td>sharp debr, TCC</td></tr>
<tr><td>01/19</td><td>3.1 x 2.2 x 0.8</td><td>6.8</td><td>debr, TCC, alginate</td></tr>
<tr><td>02/02</td><td>3.0 x 2.3 x 0.9</td><td>6.9</td><td>debr, TCC</td></tr>
<tr><td>02/16</td><td>3.0 x 2.2 x 0.9</td><td>6.6</td><td>debr, TCC</td></tr></table>
<p>Standard care since 1/5: weekly sharp debridement, moist dressings (alginate/foam), total contact cast
offloading, IV abx for osteomyelitis (ID), glycemic optimization (A1c 7.4, glargine added), nutrition
(albumin 3.6, protein supplement), vascular status assessed -- no correctable disease.</p>
<p><b>Assessment:</b> T2DM, L foot Wagner 3 ulcer with osteomyelitis. No measurable signs of healing over 42 days
of standard care. <b>Plan:</b> adjunctive HBO 2.0 ATA x 90 min, 30 treatments, continue standard care; reassess
wound at least every 30 days.</p></body></html>"""
    c.doc("wc-2026-02-16", "2026-02-16", "progress", "Wound center HBO evaluation", "Practitioner/pr-whelan", wc, ctype="text/html", org="org-sle")
    c.doc("rn-2026-02-18", "2026-02-18", "nurse", "Wound nurse telephone note", "Practitioner/pr-whelan", """2/18 RN call: pt asks if HBO okay with claustrophobia. Chamber tour offered. Pt states "no fever, cast
fine". Ear equalization teaching given. -- dictated for C. Whelan
""", org="org-sle")
    return c, case("bl-hbot-01", "pl11", HBO_SVC, [("E11.621", "Type 2 diabetes mellitus with foot ulcer"), ("L97.524", "Non-pressure chronic ulcer of other part of left foot with necrosis of bone")],
                   "2026-02-20", "approve", "NCD 20.29",
                   ["DocumentReference/pod-2026-01-08", "DocumentReference/wc-2026-02-16", "Observation/wd-2026-01-05", "Observation/wd-2026-02-16", "DocumentReference/vasc-2026-01-12"], [],
                   "Type 2 diabetic lower-extremity ulcer, Wagner grade 3 (osteomyelitis on MRI), with no measurable healing over 42 days of documented standard wound care including vascular assessment, offloading, debridement, infection treatment and glucose/nutrition optimization.",
                   traps="no-healing must be read from serial L x W x D (area fluctuates 6.6-6.9); Wagner only in narrative; noncompressible ABI")

# ---------------------------------------------------------------- HBOT 02 (refer: Wagner 2)
def hbot02():
    c = Chart("pl12", "http://fhir.lakeshore-foot.example/cs")
    c.patient("Vasquez-Moll", "Greta Ilse", "female", "1950-08-08", "LFA-7720045", city="Racine", state="WI")
    c.prac("pr-thorne", "Thorne", "Marcus", "DPM", "Podiatry")
    c.prac("pr-ahn", "Ahn", "Soo-jin", "MD", "Wound care")
    c.prac("pr-rad", "Petrakis", "Yannis", "MD", "Musculoskeletal radiology")
    c.prac("pr-mercer", "Mercer", "Lydia", "RN, CWON", "Wound ostomy nurse")
    c.org("org-lfa", "Lakeshore Foot & Ankle")
    c.org("org-lwc", "Lakeshore Wound Center")
    c.cond("dfu", "E11.621", "Type 2 diabetes mellitus with foot ulcer", "2026-06-22")
    c.cond("ulcer", "L97.518", "Non-pressure chronic ulcer of other part of right foot with other specified severity", "2026-07-01",
           text="R plantar 5th MTH ulcer, tendon exposed")
    c.cond("neuro", "E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy", "2019-10-10")
    c.cond("osteo-ro", "M86.672", "Other chronic osteomyelitis, left ankle and foot", "2026-06-22", clin="inactive", ver="refuted",
           text="r/o osteomyelitis", note="Provisional; MRI 6/30 negative. (Also wrong side entered.)")
    c.obs("wagner-2026-06-22", ("local", "WAGNER", "Wagner ulcer grade"), "2026-06-22", vcode="3", cat="exam", performer="Practitioner/pr-thorne")
    c.obs("wagner-2026-07-01", ("local", "WAGNER", "Wagner ulcer grade"), "2026-07-01", vcode="2", cat="exam", performer="Practitioner/pr-thorne", note="corrected after MRI")
    c.obs("wd-2026-06-22", ("local", "WOUND", "Wound dimensions R plantar 5th MTH"), "2026-06-22", cat="exam",
          components=[c.comp((LOINC, "39126-8", "Length of Wound"), 2.4, "cm", "cm"), c.comp((LOINC, "39125-0", "Width of Wound"), 1.8, "cm", "cm"), c.comp((LOINC, "39127-6", "Depth of Wound"), 0.6, "cm", "cm")])
    c.obs("wd-2026-07-28", ("local", "WOUND", "Wound dimensions R plantar 5th MTH"), "2026-07-28", cat="exam",
          components=[c.comp((LOINC, "39126-8", "Length of Wound"), 2.5, "cm", "cm"), c.comp((LOINC, "39125-0", "Width of Wound"), 1.8, "cm", "cm"), c.comp((LOINC, "39127-6", "Depth of Wound"), 0.6, "cm", "cm")])
    c.obs("a1c-2026-06-20", (LOINC, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), "2026-06-20", 7.9, "%", "%")
    c.med("metformin", "6809", "metformin", "2012-01-01", dosage="1000 mg BID")
    c.med("doxy", "3640", "doxycycline", "2026-06-22", status="completed", start="2026-06-22", end="2026-07-06", dosage="100 mg BID x 14 d (cellulitis)")
    c.doc("pod-2026-06-22", "2026-06-22", "progress", "Podiatry note", "Practitioner/pr-thorne", """LAKESHORE FOOT & ANKLE -- M. Thorne DPM -- 06/22/2026
R plantar 5th MTH ulcer x 10 wk. 2.4 x 1.8 x 0.6 cm, periwound erythema 1 cm (mild cellulitis).
Probe: deep, ?to bone. X-ray today: no cortical erosion, no gas.
A: DFU R foot, Wagner 3 (? osteo) -- MRI ordered. Start doxycycline. Offload: post-op shoe + felt.
""", org="org-lfa")
    c.doc("mri-2026-06-30", "2026-06-30", "imaging", "MRI right foot report", "Practitioner/pr-rad", """MRI RIGHT FOOT WITHOUT AND WITH CONTRAST  06/30/2026   Read: Y. Petrakis MD
Plantar soft-tissue ulcer lateral forefoot extending to the peroneus longus/brevis tendon region
with mild tenosynovitis. NO marrow edema or T1 signal abnormality of the 5th metatarsal or
adjacent bones. No abscess. No joint effusion.
IMPRESSION: Deep ulcer to tendon level. No osteomyelitis. No abscess.
""")
    c.doc("pod-add-2026-07-01", "2026-07-01", "progress", "Podiatry addendum", "Practitioner/pr-thorne", """ADDENDUM to 06/22/2026 note -- M. Thorne DPM -- 07/01/2026
Correction: re-probed today -- probe reaches tendon sheath, NOT bone. MRI 6/30 negative for osteomyelitis
and abscess. Reclassify: Wagner grade 2 (deep to tendon, no abscess/osteomyelitis). R/o osteo removed.
Continue offloading, weekly debridement at wound center.
""", org="org-lfa", relates="DocumentReference/pod-2026-06-22")
    c.doc("wc-2026-07-28", "2026-07-28", "progress", "Wound center progress note", "Practitioner/pr-ahn", """LAKESHORE WOUND CENTER -- S. Ahn MD -- 07/28/2026
Weekly care since 6/24: sharp debridement, foam/silver alginate, offloading (now TCC from 7/8),
cellulitis resolved on doxy, A1c 7.9 -> endocrine referral. ABI R 1.02, TBI 0.78 -- adequate.
Wound 2.5 x 1.8 x 0.6 (was 2.4 x 1.8 x 0.6 on 6/22): no measurable healing > 30 days.
Plan: refer for HBO evaluation. [Problem-list copy: DFU Wagner 3 (? osteo)]
""", org="org-lwc")
    c.doc("hbo-ref-2026-07-29", "2026-07-29", "note", "HBO referral letter", "Practitioner/pr-mercer", """To: Hyperbaric Medicine -- Referral
Pt Greta Vasquez-Moll, T2DM, R foot DFU Wagner 3, failed >30 days standard care. Please evaluate for
HBO 40 tx. -- L. Mercer RN CWON for Dr Ahn
""", org="org-lwc")
    return c, case("bl-hbot-02", "pl12", HBO_SVC, [("E11.621", "Type 2 diabetes mellitus with foot ulcer"), ("L97.518", "Non-pressure chronic ulcer of other part of right foot with other specified severity")],
                   "2026-08-04", "refer", "NCD 20.29",
                   ["DocumentReference/pod-add-2026-07-01", "DocumentReference/mri-2026-06-30", "Observation/wagner-2026-07-01"], [],
                   "The diabetic-wound branch needs Wagner grade III or higher; the podiatrist's addendum, after a negative MRI, reclassifies the ulcer as Wagner 2 (tendon, no osteomyelitis or abscess), and the later 'Wagner 3' mentions are copied from the superseded note.",
                   traps="addendum corrects earlier note; copy-forward Wagner 3 in wound note and referral; refuted osteomyelitis Condition (wrong side)")

# ---------------------------------------------------------------- CI 01 (refer: active middle ear infection)
def ci01():
    c = Chart("pl13", "http://ent.summitvalley.example/fhir/obs")
    c.patient("Farrow-Bell", "Ignatius Rupert", "male", "1949-01-30", "SVE-0339124", city="Provo", state="UT")
    c.prac("pr-okafor", "Okafor", "Chiamaka", "AuD", "Audiology")
    c.prac("pr-heller", "Heller", "Bram", "MD", "Otology / neurotology")
    c.prac("pr-rad", "Quist", "Annika", "MD", "Neuroradiology")
    c.prac("pr-pcp", "Lund", "Gideon", "MD", "Internal medicine")
    c.org("org-sve", "Summit Valley Ear Institute")
    c.cond("snhl", "H90.3", "Sensorineural hearing loss, bilateral", "2014-03-01")
    c.cond("ha", "Z97.4", "Presence of external hearing-aid", "2014-05-01")
    c.cond("csom-r", "H66.3X1", "Other chronic suppurative otitis media, right ear", "2026-10-27", asserter="pr-heller")
    c.cond("aom-2019", "H66.011", "Acute suppurative otitis media with spontaneous rupture of ear drum, right ear", "2019-02-11", clin="resolved", abatement="2019-03-01")
    c.obs("pta-2026-09-22", ("local", "PTA", "Pure-tone average (0.5/1/2/4 kHz)"), "2026-09-22", cat="exam", performer="Practitioner/pr-okafor",
          components=[c.comp(("local", "PTA-R", "PTA right"), 78, "dB", "dB"), c.comp(("local", "PTA-L", "PTA left"), 85, "dB", "dB")])
    c.obs("azbio-2026-09-22", ("local", "AZBIO-Q-BA", "AzBio sentences in quiet, best-aided (bilateral aids)"), "2026-09-22", 38, "%", "%", cat="exam", performer="Practitioner/pr-okafor")
    c.obs("moca-2026-10-06", (LOINC, "72172-0", "Total score [MoCA]"), "2026-10-06", 26, "{score}", "{score}", cat="survey")
    c.obs("ear-cx-2026-10-27", ("local", "EAR-CX", "Ear drainage culture, right"), "2026-10-27", cat="laboratory", status="preliminary", vstring="Gram stain: many PMNs, gram-negative rods. Culture pending.")
    c.med("cipro-otic", "2551", "ciprofloxacin", "2026-10-27", requester="pr-heller", dosage="0.3% otic, 4 drops R ear BID x 14 d; dry ear precautions")
    c.appt("appt-recheck", "2026-10-27", "2026-12-08", "Otology recheck: R ear infection / surgical planning", prac="pr-heller")
    aud = """<html><body><h3>Summit Valley Ear Institute -- Cochlear Implant Candidacy Evaluation</h3>
<p>C. Okafor, AuD &nbsp; 09/22/2026</p>
<table border="1"><tr><th></th><th>Right</th><th>Left</th></tr>
<tr><td>PTA (dB HL)</td><td>78</td><td>85</td></tr>
<tr><td>Type</td><td>sensorineural (A-B gap &le;10)</td><td>sensorineural</td></tr>
<tr><td>CNC words, aided</td><td>24%</td><td>12%</td></tr>
<tr><td>AzBio quiet, best-aided (binaural)</td><td colspan="2">38%</td></tr></table>
<p>Bilateral moderately-severe to profound SNHL. Well-fit BTE aids (verified REM). Limited benefit from amplification.
Motivated, strong family support, agrees to rehab schedule. No known contraindications (audiology perspective).
Candidate: right ear (better residual hearing left retained for bimodal).</p></body></html>"""
    c.doc("aud-2026-09-22", "2026-09-22", "audiology", "CI candidacy audiology report", "Practitioner/pr-okafor", aud, ctype="text/html", org="org-sve")
    c.doc("ct-2026-10-06", "2026-10-06", "imaging", "CT temporal bones", "Practitioner/pr-rad", """CT TEMPORAL BONES W/O CONTRAST 10/06/2026 -- A. Quist MD
Cochleae normally formed and patent bilaterally; no labyrinthitis ossificans. IACs normal caliber.
RIGHT: near-complete opacification of the middle ear and mastoid air cells, soft tissue along ossicles,
no ossicular erosion. LEFT: clear.
IMPRESSION: Patent cochleae. Right middle ear/mastoid opacification - correlate for otitis media.
""")
    c.doc("mri-2026-10-06", "2026-10-06", "imaging", "MRI IAC", "Practitioner/pr-rad", """MRI IACs w/wo 10/06/2026: Normal VII/VIII nerve complexes bilaterally. No CPA mass. Normal fluid
signal of cochleae. Mild chronic small-vessel change. Right mastoid fluid signal.
""")
    c.doc("ent-2026-10-27", "2026-10-27", "consult", "Otology pre-operative consultation", "Practitioner/pr-heller", """OTOLOGY -- B. Heller MD -- 10/27/2026 -- pre-op CI visit
77M, bilateral SNHL, AzBio 38% best aided. MoCA 26. Highly motivated.
Interval: 2 wks of R ear drainage, foul odor. Exam: R EAC with mucopurulent otorrhea, central TM
perforation, inflamed middle-ear mucosa. L TM intact. Consistent with active chronic suppurative
otitis media R, correlating with CT opacification. Culture sent.
Plan: ciprofloxacin otic, dry ear. Implantation cannot proceed in an infected ear -- R CI deferred until
infection resolved (recheck 12/8; may need tympanomastoidectomy first). Scheduling office asked to
keep the authorization request active.
""", org="org-sve")
    c.doc("pcp-2026-11-02", "2026-11-02", "progress", "PCP pre-op clearance", "Practitioner/pr-pcp", """Pre-op medical clearance 11/2/2026 -- G. Lund MD. HTN controlled. No cardiopulmonary contraindication to
general anesthesia. Cleared for cochlear implant surgery. ROS: ENT negative. [ROS template]
""")
    return c, case("bl-ci-01", "pl13", CI_SVC, [("H90.3", "Sensorineural hearing loss, bilateral")],
                   "2026-11-10", "refer", "NCD 50.3",
                   ["DocumentReference/ent-2026-10-27", "Condition/csom-r", "DocumentReference/ct-2026-10-06", "Observation/azbio-2026-09-22"], [],
                   "Hearing and candidacy criteria are met (bilateral moderately-severe to profound SNHL, AzBio 38% best-aided), but the otologist documents active chronic suppurative otitis media in the ear to be implanted, so freedom from middle ear infection is not met.",
                   traps="audiologist 'no known contraindications'; PCP templated ROS 'ENT negative' after the infection; old resolved 2019 OM")

# ---------------------------------------------------------------- CI 02 (request_info: best-aided sentence score)
def ci02():
    c = Chart("pl14", "http://hearing.coastal.example/cs/obs")
    c.patient("Delacroix-Oduya", "Marguerite Anne", "female", "1952-04-25", "CHC-5528190", city="Savannah", state="GA")
    c.prac("pr-wen", "Wen", "Lillian", "AuD", "Audiology")
    c.prac("pr-barros", "Barros", "Tomas", "MD", "Otolaryngology")
    c.prac("pr-ma", "Ma", "Jeffrey", "", "Front desk, Coastal Hearing Center")
    c.prac("pr-cole", "Cole", "Rebecca", "MD", "Neuroradiology")
    c.org("org-chc", "Coastal Hearing Center")
    c.cond("snhl", "H90.3", "Sensorineural hearing loss, bilateral", "2012-09-14")
    c.cond("tinnitus", "H93.13", "Tinnitus, bilateral", "2012-09-14")
    c.cond("ha", "Z97.4", "Presence of external hearing-aid", "2013-01-10")
    c.cond("htn", "I10", "Essential (primary) hypertension", "2010-01-01")
    c.obs("pta-2026-03-03", ("local", "PTA", "Pure-tone average"), "2026-03-03", cat="exam", performer="Practitioner/pr-wen",
          components=[c.comp(("local", "PTA-R", "PTA right"), 82, "dB", "dB"), c.comp(("local", "PTA-L", "PTA left"), 88, "dB", "dB")])
    c.obs("cnc-unaided-2026-03-03", ("local", "CNC-UA", "CNC monosyllabic words, unaided, 70 dB SPL"), "2026-03-03", cat="exam", performer="Practitioner/pr-wen",
          components=[c.comp(("local", "CNC-R", "right"), 16, "%", "%"), c.comp(("local", "CNC-L", "left"), 12, "%", "%")])
    c.obs("hhies-2026-03-03", ("local", "HHIE-S", "Hearing Handicap Inventory for the Elderly - Screening"), "2026-03-03", 36, "{score}", "{score}", cat="survey", note="patient-completed")
    c.obs("moca-2026-03-17", (LOINC, "72172-0", "Total score [MoCA]"), "2026-03-17", 27, "{score}", "{score}", cat="survey", note="administered with written instructions")
    c.appt("appt-aided", "2026-03-10", "2026-04-14", "Audiology: aided speech testing (AzBio) - bring repaired hearing aids", prac="pr-wen")
    c.doc("aud-2026-03-03", "2026-03-03", "audiology", "Audiology evaluation", "Practitioner/pr-wen", """COASTAL HEARING CENTER -- AUDIOLOGIC EVALUATION -- L. Wen AuD -- 03/03/2026
Reason: CI candidacy referral (Dr Barros). 73F, bilateral progressive SNHL since ~2012, BTE aids 2023.
Otoscopy clear. Tymps Type A bilat.
Pure tones: R PTA 82 dB HL, L 88 dB HL; severe-to-profound, sensorineural (no A-B gap).
Speech (UNAIDED, recorded CNC words, 70 dB SPL): R 16%, L 12%.
AIDED TESTING: NOT PERFORMED -- both hearing aids out for repair (R receiver dead, L cracked shell);
loaners not programmable to her fitting. Pt reports "even with my aids I can't follow anything."
Daughter agrees. HHIE-S 36/40 (patient-completed).
Plan: return with repaired aids for verification (REM) and best-aided sentence testing (AzBio quiet
+ noise). Candidacy determination deferred until then.
""", org="org-chc")
    c.doc("tel-2026-03-10", "2026-03-10", "telephone", "Telephone note", "Practitioner/pr-ma", """3/10/26 J. Ma (front desk): pt's daughter called - aids back from repair ~4/10. Booked aided testing
4/14 with Dr Wen. Daughter asks if surgery can be "pre-approved" meanwhile; message to Dr Barros.
""", org="org-chc")
    c.doc("ent-2026-03-17", "2026-03-17", "consult", "Otolaryngology consultation", "Practitioner/pr-barros", """OTOLARYNGOLOGY -- T. Barros MD -- 03/17/2026
73F progressive bilateral SNHL, now severe-profound (PTA 82/88), unaided CNC 16/12%. Husband has a
CI (2019) and "went from 20% to 70% on sentences" -- she wants the same.
Exam: TMs intact, no effusion, no otorrhea. Nasopharynx clear.
Imaging: CT T-bones 3/12 normal cochlear anatomy, patent; MRI IAC 3/12 normal nerves, no lesion.
Cognition: MoCA 27. Motivated; daughter will drive to mapping/rehab.
No surgical/anesthesia contraindication (ASA 2).
Plan: L CI. Office to submit authorization now; aided AzBio pending 4/14 - expect it to confirm
limited benefit.
""", org="org-chc")
    c.doc("img-2026-03-12", "2026-03-12", "imaging", "CT temporal bone and MRI IAC", "Practitioner/pr-cole", """CT TEMPORAL BONES 3/12/2026: Normal cochlear and vestibular morphology bilaterally, patent basal turns,
clear middle ears and mastoids.
MRI IACs 3/12/2026: normal VIII nerves bilaterally; no retrocochlear lesion; normal cochlear fluid signal.
-- R. Cole MD
""")
    c.doc("aud-2026-04-14", "2026-04-14", "audiology", "Aided speech testing", "Practitioner/pr-wen", """4/14/2026 -- L. Wen AuD. Aids verified (REM). AzBio quiet, best aided (binaural): 31%. Meets candidacy.
""", org="org-chc")
    c.obs("azbio-2026-04-14", ("local", "AZBIO-Q-BA", "AzBio sentences in quiet, best-aided"), "2026-04-14", 31, "%", "%", cat="exam", performer="Practitioner/pr-wen")
    return c, case("bl-ci-02", "pl14", CI_SVC, [("H90.3", "Sensorineural hearing loss, bilateral")],
                   "2026-03-31", "request_info", "NCD 50.3",
                   ["DocumentReference/aud-2026-03-03", "DocumentReference/ent-2026-03-17", "DocumentReference/img-2026-03-12", "Appointment/appt-aided"],
                   ["sentence recognition|AzBio|best aided|aided testing|aided speech|aided score|open set"],
                   "Bilateral severe-to-profound SNHL, patent cochleae, normal nerves, no infection, good cognition and motivation are documented, but limited benefit from amplification is defined by a best-aided open-set sentence score and only unaided word scores exist before the request; aided testing is booked for after it (the 31% result post-dates the request).",
                   traps="unaided CNC words are not best-aided sentences; patient/daughter-reported benefit; husband's CI score; post-request aided AzBio 31%")

# ---------------------------------------------------------------- LAAC 01 (request_info: decision tool)
def laac01():
    c = Chart("pl15", "http://ehr.prairiehealth.example/fhir/CodeSystem/obs")
    c.patient("Quist", "Barnaby Hale", "male", "1946-02-09", "PRH-8841203", city="Sioux Falls", state="SD")
    c.prac("pr-ferro", "Ferro", "Lucia", "MD", "Internal medicine (primary care)")
    c.prac("pr-dahl", "Dahl", "Magnus", "MD", "Cardiac electrophysiology (implanting)")
    c.prac("pr-ilori", "Ilori", "Segun", "MD", "Gastroenterology")
    c.prac("pr-vogt", "Vogt", "Hanna", "RN", "Structural heart nurse coordinator")
    c.org("org-prh", "Prairie Health System")
    c.cond("af", "I48.19", "Other persistent atrial fibrillation", "2019-08-14")
    c.cond("htn", "I10", "Essential (primary) hypertension", "2005-01-01")
    c.cond("t2dm", "E11.9", "Type 2 diabetes mellitus without complications", "2011-06-20")
    c.cond("gib", "K92.2", "Gastrointestinal hemorrhage, unspecified", "2026-02-14", clin="resolved", text="Recurrent GI bleeding - small bowel angiodysplasia (11/2025, 02/2026)")
    c.cond("ida", "D50.0", "Iron deficiency anemia secondary to blood loss (chronic)", "2025-11-20")
    c.obs("hgb-2026-02-14", (LOINC, "718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-02-14", 6.9, "g/dL", "g/dL", note="transfused 2 units")
    c.obs("tte-2026-03-24", ("local", "TTE-MV", "Echo mitral valve / LA"), "2026-03-24", cat="imaging",
          vstring="LVEF 55%. LA severely dilated (48 mL/m2). Mitral valve: mild annular calcification, trace MR, NO mitral stenosis. No prosthetic valve.")
    c.med("apixaban", "1364430", "apixaban", "2019-08-14", status="stopped", start="2019-08-14", end="2026-02-14", note="Held/stopped 2/14/26 after 2nd GI bleed (GI: do not resume).")
    c.med("metoprolol", "6918", "metoprolol", "2019-08-14", dosage="metoprolol succinate 50 mg daily")
    c.med("metformin", "6809", "metformin", "2011-06-20", dosage="500 mg BID")
    c.med("ppi", "40790", "pantoprazole", "2025-11-20", dosage="40 mg daily")
    c.doc("gi-2026-03-02", "2026-03-02", "consult", "Gastroenterology follow-up", "Practitioner/pr-ilori", """GI CLINIC -- S. Ilori MD -- 03/02/2026
80M, 2 admissions for overt small-bowel bleeding (11/2025 Hgb 7.4; 2/2026 Hgb 6.9, 2u PRBC) on apixaban.
Capsule: multiple jejunal angioectasias; APC x2 via push enteroscopy. Further lesions beyond reach.
Opinion: lifelong anticoagulation NOT advisable -- high rebleed risk. A short course (approx. 45 days)
of warfarin + aspirin after LAA closure would be acceptable from GI standpoint with Hgb checks.
""")
    c.doc("pcp-2026-04-21", "2026-04-21", "progress", "Primary care visit - AF stroke prevention discussion", "Practitioner/pr-ferro", """PRAIRIE HEALTH PRIMARY CARE -- L. Ferro MD -- 04/21/2026 (40-minute visit)
Reason: discuss options for stroke prevention (referral from EP pending).
80 y/o M, persistent AF, HTN, T2DM. No CHF, no prior stroke/TIA/embolism, no PAD/MI.
Scores: CHA2DS2-VASc 4 (age 2, HTN, DM); CHADS2 3 (age >75, HTN, DM). HAS-BLED 3.
Off apixaban since 2/14 after 2nd GI bleed; GI advises against lifelong OAC.
Discussion: with patient and wife I went over his annual stroke risk without therapy, bleeding risk on
anticoagulants, options of (1) resuming a DOAC at reduced dose, (2) warfarin, (3) no therapy, and
(4) LAA closure with a short warfarin course. Discussed procedural risks, 45-day warfarin then
antiplatelet, TEE follow-up. Answered questions. Patient values avoiding another transfusion; he
and wife prefer LAAC. He is not a candidate for long-term OAC given recurrent GI bleeding. Will
inform Dr Dahl.
ROS: negative except fatigue. Exam: irregularly irregular, no murmur.
""", org="org-prh")
    c.doc("ep-2026-05-12", "2026-05-12", "consult", "EP consultation for LAAC", "Practitioner/pr-dahl", """EP -- M. Dahl MD -- 5/12/2026
Referred for LAAC. NVAF (TTE 3/24: no MS, no prosthetic valve). CHA2DS2-VASc 4. Recurrent angioectasia
bleeding -> unable to take long-term OAC (GI 3/2). Suitable for short-term warfarin post-implant
per GI. SDM completed with PCP (Dr Ferro, internal medicine, not part of our group) 4/21 -- see note.
TEE for LAA anatomy pending. Plan Watchman FLX. Registry consent at procedure.
""", org="org-prh")
    c.doc("rn-2026-05-19", "2026-05-19", "nurse", "Structural heart coordinator note", "Practitioner/pr-vogt", """5/19/26 H. Vogt RN -- LAAC pre-procedure checklist:
[x] Echo  [x] EP consult  [x] GI note re: OAC  [x] PCP SDM visit note  [ ] SDM tool attestation form (not
returned)  [ ] TEE (scheduled 6/2)  Auth packet to be sent.
""", org="org-prh")
    return c, case("bl-laac-01", "pl15", LAAC_SVC, [("I48.19", "Other persistent atrial fibrillation"), ("K92.2", "Gastrointestinal hemorrhage, unspecified")],
                   "2026-05-26", "request_info", "NCD 20.34",
                   ["DocumentReference/pcp-2026-04-21", "DocumentReference/gi-2026-03-02", "DocumentReference/ep-2026-05-12", "Observation/tte-2026-03-24"],
                   ["decision tool|decision aid|evidence-based tool|SDM tool"],
                   "NVAF with CHADS2 3 / CHA2DS2-VASc 4, unable to take long-term OAC but suitable for short-term warfarin, and an SDM discussion with an independent non-interventional physician are documented; the note does not say an evidence-based decision tool was used (the coordinator's tool attestation is not returned).",
                   traps="SDM discussion without tool; coordinator checklist unchecked; scores in notes must be checked; TEE planned (not a criterion)")

# ---------------------------------------------------------------- LAAC 02 (approve)
def laac02():
    c = Chart("pl16", "urn:oid:2.16.840.1.113883.3.5555.9")
    c.patient("Santangelo", "Oriel Beatrice", "female", "1947-03-19", "BMC-1099345", city="Albany", state="NY")
    c.prac("pr-keane", "Keane", "Patrick", "MD", "Cardiology (general, non-invasive)")
    c.prac("pr-rahim", "Rahim", "Farah", "MD", "Interventional cardiology / structural heart")
    c.prac("pr-lowry", "Lowry", "Ethan", "MD", "Neurosurgery")
    c.prac("pr-dias", "Dias", "Carla", "NP", "Primary care NP")
    c.org("org-bmc", "Bellhaven Medical Center")
    c.org("org-keane", "Keane Cardiology Associates (independent practice)")
    c.cond("af", "I48.20", "Chronic atrial fibrillation, unspecified", "2020-05-05")
    c.cond("htn", "I10", "Essential (primary) hypertension", "2004-01-01")
    c.cond("t2dm", "E11.9", "Type 2 diabetes mellitus without complications", "2016-03-22")
    c.cond("sdh", "I62.00", "Nontraumatic subdural hemorrhage, unspecified", "2025-12-04", clin="resolved", abatement="2026-02-15",
           text="Subdural hematoma on apixaban 12/2025 (spontaneous vs minor fall), evacuated")
    c.cond("falls", "R29.6", "Repeated falls", "2025-12-04")
    c.obs("tte-2026-06-09", ("local", "TTE", "Transthoracic echo summary"), "2026-06-09", cat="imaging",
          vstring="LVEF 60%. LA moderately dilated. Mitral valve normal, no stenosis (MVA by PHT 4.1 cm2). Aortic sclerosis.")
    c.obs("bp-2026-08-11", (LOINC, "85354-9", "Blood pressure panel with all children optional"), "2026-08-11", cat="vital-signs",
          components=[c.comp((LOINC, "8480-6", "Systolic blood pressure"), 138, "mm[Hg]", "mm[Hg]"), c.comp((LOINC, "8462-4", "Diastolic blood pressure"), 76, "mm[Hg]", "mm[Hg]")])
    c.med("apixaban", "1364430", "apixaban", "2020-05-05", status="stopped", start="2020-05-05", end="2025-12-04", note="Stopped: subdural hematoma.")
    c.med("lisinopril", "29046", "lisinopril", "2004-01-01", dosage="10 mg daily")
    c.med("metformin", "6809", "metformin", "2016-03-22", dosage="500 mg BID")
    c.proc("burr-2025-12-05", (CPT, "61154", "Burr hole(s) with evacuation and/or drainage of hematoma"), "2025-12-05", performer="pr-lowry")
    c.doc("nsg-2026-01-20", "2026-01-20", "progress", "Neurosurgery follow-up", "Practitioner/pr-lowry", """NEUROSURGERY -- E. Lowry MD -- 01/20/2026
s/p L burr hole evacuation SDH 12/5/25 (on apixaban). CT today: resolved collection.
Recommendation re: anticoagulation: given SDH on DOAC + recurrent falls, I do not recommend long-term
oral anticoagulation. A time-limited course of warfarin (~45 days, INR 2-3) after 6 months from the
bleed would be acceptable if cardiology pursues LAA occlusion.
""")
    c.doc("ic-2026-06-16", "2026-06-16", "consult", "Structural heart consult", "Practitioner/pr-rahim", """STRUCTURAL HEART -- F. Rahim MD (implanting interventional cardiologist) -- 06/16/2026
79F NVAF, SDH on apixaban 12/2025. CHA2DS2-VASc 5. Discussed LAAC at length today; pt interested.
[Per CMS, SDM must be with an independent non-interventional physician -- referred to Dr Keane.]
TTE 6/9: no MS. TEE/CT for sizing after approval.
""", org="org-bmc")
    sdm = """<html><body><p><b>KEANE CARDIOLOGY ASSOCIATES</b> -- Patrick Keane, MD (general cardiology; does not perform interventional procedures; not affiliated with the implanting team) -- 08/11/2026</p>
<p><b>Visit type:</b> Shared decision-making encounter -- stroke prevention in non-valvular AF.</p>
<table border="1"><tr><th>Risk factor</th><th>CHADS2</th><th>CHA2DS2-VASc</th></tr>
<tr><td>CHF</td><td>0</td><td>0</td></tr><tr><td>Hypertension</td><td>1</td><td>1</td></tr>
<tr><td>Age 79</td><td>1 (&gt;75)</td><td>2 (&ge;75)</td></tr><tr><td>Diabetes</td><td>1</td><td>1</td></tr>
<tr><td>Stroke/TIA/TE</td><td>0 (SDH is hemorrhagic, not counted)</td><td>0</td></tr><tr><td>Vascular disease</td><td>-</td><td>0</td></tr>
<tr><td>Female sex</td><td>-</td><td>1</td></tr><tr><td><b>Total</b></td><td><b>3</b></td><td><b>5</b></td></tr></table>
<p><b>Tool:</b> ACC CardioSmart "Atrial Fibrillation: Which stroke prevention option is right for me?" evidence-based decision aid,
reviewed with the patient and her son on screen; printed copy given.</p>
<p><b>Discussion:</b> annual stroke risk untreated (~7%/yr at score 5), options of DOAC, warfarin, no therapy, LAAC; benefits and
risks of each including procedural complications and the need for ~45 days of warfarin afterwards. Patient's values: fear of
another brain bleed outweighs fear of stroke.</p>
<p><b>Conclusion:</b> after shared decision making, patient is deemed unable to take long-term oral anticoagulation (SDH on DOAC,
recurrent falls, neurosurgery advice) but is suitable for short-term warfarin. She chooses LAAC.</p></body></html>"""
    c.doc("sdm-2026-08-11", "2026-08-11", "consult", "Shared decision making visit (cardiology)", "Practitioner/pr-keane", sdm, ctype="text/html", org="org-keane")
    c.doc("pcp-2026-08-28", "2026-08-28", "progress", "Primary care note", "Practitioner/pr-dias", """8/28/26 C. Dias NP. DM: A1c 6.9. BP 136/74. Falls: PT home safety done, walker. Mood ok.
Aware of plan for LAAC. Pt says "the heart doctor said no more blood thinners except a short one."
""")
    return c, case("bl-laac-02", "pl16", LAAC_SVC, [("I48.20", "Chronic atrial fibrillation, unspecified")],
                   "2026-09-15", "approve", "NCD 20.34",
                   ["DocumentReference/sdm-2026-08-11", "DocumentReference/nsg-2026-01-20", "Observation/tte-2026-06-09", "Condition/af"], [],
                   "NVAF (no mitral stenosis) with CHADS2 3 and CHA2DS2-VASc 5; a documented SDM visit with an independent general cardiologist using an evidence-based decision aid concludes she cannot take long-term OAC (SDH, falls) but is suitable for short-term warfarin.",
                   traps="implanting IC's discussion is not independent SDM; SDH not a stroke point; CHADS2 age >75; stopped apixaban")

CASES_B = [tavr01, tavr02, hbot01, hbot02, ci01, ci02, laac01, laac02]
