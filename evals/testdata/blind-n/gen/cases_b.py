from fhir import *
from cases_a import case, L

LVEF = ("10230-1", "Left ventricular Ejection fraction")


# ---------------------------------------------------------------- TAVR 01
def tavr01():
    b = Bundle("pn09"); P = "pn09"
    b.org("org-stjude", "Bayside Heart & Vascular Center", "prov")
    b.prac("dr-romano", "Romano", "Gianluca", "Dr.", "MD, Interventional Cardiology (structural heart)", "1245873310")
    b.prac("dr-achebe", "Achebe", "Ngozi", "Dr.", "MD, Cardiothoracic Surgery", "1376640928")
    b.prac("dr-farrow", "Farrow", "Leslie", "Dr.", "MD, Echocardiography", "1528840017")
    b.prac("np-quill", "Quill", "Bethany", "", "NP, Valve clinic coordinator", "1639120845")
    b.prac("dr-sato", "Sato", "Hiroshi", "Dr.", "MD, Hematology/Oncology", "1750398124")
    b.patient(P, "Whitcombe", "Eleanor B", "female", "1942-10-05", "org-stjude", "dr-romano")
    b.cond("dx-as", "I35.0", "Nonrheumatic aortic (valve) stenosis", "2025-12-10", P, recorder="dr-romano")
    b.cond("dx-hf", "I50.22", "Chronic systolic (congestive) heart failure", "2025-12-10", P, recorder="dr-romano")
    b.cond("dx-brca", "Z85.3", "Personal history of malignant neoplasm of breast", "2015-06-01", P, recorder="dr-sato", note="Stage I, lumpectomy + RT 2015; 10-year surveillance NED.")
    b.cond("dx-ckd", "N18.31", "Chronic kidney disease, stage 3a", "2023-01-01", P, recorder="dr-romano")
    b.obs("lvef-2025-12-10", *LVEF, "2025-12-10", P, 40, "%", "%", cat="imaging", performer="Practitioner/dr-farrow")
    b.obs("av-rest-2025-12-10", "av-hemo", "Aortic valve hemodynamics (rest TTE)", "2025-12-10", P, cat="imaging", system=L, performer="Practitioner/dr-farrow",
          components=[(L, "av-vmax", "AV peak velocity", 3.4, "m/s"), (L, "av-mg", "AV mean gradient", 29, "mm[Hg]"), (L, "ava", "AV area (continuity)", 0.8, "cm2"), (L, "svi", "Stroke volume index", 30, "mL/m2")])
    b.obs("av-dse-2026-01-08", "av-hemo-dse", "Aortic valve hemodynamics at peak dobutamine", "2026-01-08", P, cat="imaging", system=L, performer="Practitioner/dr-farrow",
          components=[(L, "av-vmax", "AV peak velocity", 4.2, "m/s"), (L, "av-mg", "AV mean gradient", 44, "mm[Hg]"), (L, "ava", "AV area (continuity)", 0.85, "cm2"), (L, "sv-increase", "Stroke volume increase", 26, "%")])
    b.report("dse-2026-01-08", "dse", "Low-dose dobutamine stress echocardiogram", "2026-01-08", P, "Practitioner/dr-farrow", results=["av-dse-2026-01-08"],
             conclusion="Contractile reserve present (SV +26%). At 20 mcg/kg/min: Vmax 4.2 m/s, mean gradient 44 mmHg, AVA 0.85 cm2 -> TRUE SEVERE low-flow, low-gradient aortic stenosis with reduced EF (not pseudo-severe).")
    b.report("ctcs-2026-01-14", "ct-avc", "CT aortic valve calcium score / TAVR planning CTA", "2026-01-14", P, "Organization/org-stjude",
             conclusion="AV calcium score 2,140 AU (severe range for women). Annulus perimeter 72 mm. Iliofemoral access adequate bilaterally (min diameter 6.4 mm).")
    b.report("tte-2025-12-10", "tte", "Transthoracic echocardiogram", "2025-12-10", P, "Practitioner/dr-farrow", results=["lvef-2025-12-10", "av-rest-2025-12-10"],
             conclusion="LVEF 40%. Calcified trileaflet AV, Vmax 3.4 m/s, MG 29 mmHg, AVA 0.8 cm2, SVi 30 mL/m2: discordant grading, suspect low-flow low-gradient AS; recommend DSE.")
    ic = """BAYSIDE HEART - STRUCTURAL HEART CLINIC (in-person)
Date: 01/20/2026   Interventional cardiologist: G. Romano, MD

83F referred for AS. Progressive exertional dyspnea over 6 months, now stops after half a block or one flight (NYHA III). Two nocturnal episodes of orthopnea. Denies syncope. Denies angina.
Exam (in person): BP 118/72, late-peaking 3/6 SEM, single S2, bibasilar crackles, trace edema.
Data: TTE 12/10 EF 40%, discordant gradients; DSE 1/8 true severe LFLG AS; CT AVC 2,140 AU; STS PROM 6.8%; 5-m gait 7.2 s; KCCQ-12 38.
Hx breast cancer 2015, no recurrence on oncology surveillance (Dr. Sato, 11/2025) - not life-limiting.
Impression: symptomatic severe (low-flow, low-gradient, reduced EF) AS. In my judgement she is intermediate-to-high surgical risk and frail; TF-TAVR is the preferred option over SAVR; medical therapy alone carries poor prognosis.
Plan: CT surgery evaluation; present at heart team.
"""
    b.doc("ic-consult-2026-01-20", "consult", "2026-01-20", P, "dr-romano", ic, desc="Structural heart consult (interventional cardiology)", org="org-stjude")
    b.enc("enc-ic-2026-01-20", "AMB", "Structural heart clinic - in person", "2026-01-20", P, pracs=["dr-romano"], org="org-stjude")
    econs = """E-CONSULT (chart review only - patient not seen)  01/22/2026
N. Achebe, MD, Cardiothoracic Surgery
Reviewed imaging and IC note. Preliminary: agree likely TAVR candidate. Will see patient in person in surgery clinic before heart team conference - scheduling has contacted patient."""
    b.doc("cts-econsult-2026-01-22", "consult", "2026-01-22", P, "dr-achebe", econs, desc="CT surgery e-consult")
    cts = """CARDIAC SURGERY CLINIC - 02/12/2026 - N. Achebe MD
Seen and examined in clinic today with her son.
83F, NYHA III dyspnea, true-severe LFLG AS (DSE 1/8). STS PROM 6.8%, frailty (gait 7.2 s, albumin 3.3), porcelain-like ascending aortic calcification on CT.
My assessment: SAVR would carry substantial risk with limited benefit over TAVR given frailty and aortic calcification. I recommend transfemoral TAVR. Rationale shared with Dr. Romano and documented for heart team.
"""
    b.doc("ctsurg-clinic-2026-02-12", "progress", "2026-02-12", P, "dr-achebe", cts, desc="Cardiac surgery clinic note", org="org-stjude")
    b.enc("enc-cts-2026-02-12", "AMB", "Cardiac surgery clinic - in person", "2026-02-12", P, pracs=["dr-achebe"], org="org-stjude")
    ht = """<html><body><h3>Multidisciplinary Heart Team Conference</h3><p>02/17/2026 - recorded by B. Quill, NP</p>
<table border="1"><tr><th>Attendee</th><th>Role</th></tr><tr><td>G. Romano</td><td>Interventional cardiology</td></tr><tr><td>N. Achebe</td><td>Cardiac surgery</td></tr><tr><td>L. Farrow</td><td>Imaging</td></tr><tr><td>B. Quill</td><td>Valve coordinator</td></tr></table>
<p>Consensus: TF-TAVR, balloon-expandable, 23 mm. Patient and family agree. Goals of care discussed.</p></body></html>"""
    b.doc("heartteam-2026-02-17", "note", "2026-02-17", P, "np-quill", ht, "text/html", desc="Heart team conference")
    b.medreq("rx-furo", "4603", "furosemide", "2025-12-12", P, "dr-romano", dose="20 mg daily")
    b.medreq("rx-metop", "6918", "metoprolol succinate", "2024-05-01", P, "dr-romano", dose="25 mg daily")
    c = case("bn-tavr-01", P, (CPT, "33361", "Transcatheter aortic valve replacement, percutaneous femoral artery approach"),
             [("I35.0", "Nonrheumatic aortic (valve) stenosis")], "2026-02-24", "approve", "NCD 20.32",
             ["DocumentReference/ic-consult-2026-01-20", "DocumentReference/ctsurg-clinic-2026-02-12", "DiagnosticReport/dse-2026-01-08"], [],
             "Symptomatic (NYHA III) severe aortic stenosis: resting gradients are low but the DSE shows true-severe low-flow low-gradient AS. The interventional cardiologist and, after an initial chart-only e-consult, the cardiac surgeon each examined her face-to-face and documented their rationale before the request. Remote breast cancer without recurrence does not preclude benefit.")
    return c, b


# ---------------------------------------------------------------- TAVR 02
def tavr02():
    b = Bundle("pn10"); P = "pn10"
    b.org("org-uhc", "Unity Heart Center", "prov")
    b.prac("dr-khalil", "Khalil", "Youssef", "Dr.", "MD, Interventional Cardiology", "1568034412")
    b.prac("dr-okafor", "Okafor", "Ifeanyi", "Dr.", "MD, Cardiothoracic Surgery", "1629713308")
    b.prac("dr-bell", "Bell", "Andrea", "Dr.", "MD, General Cardiology", "1093821150")
    b.prac("rn-voss", "Voss", "Greta", "", "RN, structural heart nurse navigator", "1811390442")
    b.prac("dr-paz", "Paz", "Oscar", "Dr.", "MD, Echocardiography", "1427785023")
    b.patient(P, "Lindgren", "Arthur K", "male", "1947-01-22", "org-uhc", "dr-bell")
    b.cond("dx-as", "I35.0", "Nonrheumatic aortic (valve) stenosis", "2026-05-20", P, recorder="dr-bell")
    b.cond("dx-cad", "I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris", "2018-01-01", P, recorder="dr-bell")
    b.cond("dx-copd", "J44.9", "Chronic obstructive pulmonary disease, unspecified", "2016-01-01", P, recorder="dr-bell")
    b.cond("dx-dm", "E11.9", "Type 2 diabetes mellitus without complications", "2012-01-01", P, recorder="dr-bell")
    b.obs("lvef-2026-05-20", *LVEF, "2026-05-20", P, 55, "%", "%", cat="imaging", performer="Practitioner/dr-paz")
    b.obs("av-2026-05-20", "av-hemo", "Aortic valve hemodynamics (TTE)", "2026-05-20", P, cat="imaging", system=L, performer="Practitioner/dr-paz",
          components=[(L, "av-vmax", "AV peak velocity", 4.6, "m/s"), (L, "av-mg", "AV mean gradient", 52, "mm[Hg]"), (L, "ava", "AV area (continuity)", 0.6, "cm2")])
    b.report("tte-2026-05-20", "tte", "Transthoracic echocardiogram", "2026-05-20", P, "Practitioner/dr-paz", results=["lvef-2026-05-20", "av-2026-05-20"],
             conclusion="Severe calcific aortic stenosis: Vmax 4.6 m/s, mean gradient 52 mmHg, AVA 0.6 cm2. LVEF 55%. Moderate LVH.")
    b.obs("av-2024-04-02", "av-hemo", "Aortic valve hemodynamics (TTE)", "2024-04-02", P, cat="imaging", system=L, performer="Practitioner/dr-paz",
          components=[(L, "av-vmax", "AV peak velocity", 3.3, "m/s"), (L, "av-mg", "AV mean gradient", 25, "mm[Hg]"), (L, "ava", "AV area (continuity)", 1.1, "cm2")])
    gc = """GENERAL CARDIOLOGY 05/27/2026 - A. Bell MD
79M, AS progressed from moderate (2024) to severe (TTE 5/20: Vmax 4.6, MG 52, AVA 0.6). Now exertional chest tightness and dyspnea mowing lawn, NYHA II-III. Near-fainted once bending over garden in April ("grayed out", no LOC).
Referred to structural heart program (Dr. Khalil) and CT surgery (Dr. Okafor)."""
    b.doc("cards-2026-05-27", "progress", "2026-05-27", P, "dr-bell", gc, desc="General cardiology note")
    ic = """UNITY HEART CENTER - INTERVENTIONAL CARDIOLOGY / STRUCTURAL HEART CONSULT
06/30/2026 - Y. Khalil, MD - patient seen and examined in person

Symptomatic severe AS (angina CCS II, dyspnea NYHA II-III, presyncope). STS PROM 4.9% (COPD on home inhalers, DM, age). Frailty: mild. Coronary CTA: moderate non-obstructive CAD.
Assessment: He is a reasonable candidate for either SAVR or TAVR; given age 79, COPD and patient preference for less invasive approach, I favor TF-TAVR. Suitability for SAVR to be addressed by Dr. Okafor.
Plan: CTA TAVR protocol done 6/30, femoral access good. CT surgery visit 7/14. Heart team thereafter.
"""
    b.doc("ic-consult-2026-06-30", "consult", "2026-06-30", P, "dr-khalil", ic, desc="Structural heart consult", org="org-uhc")
    b.enc("enc-ic-2026-06-30", "AMB", "Structural heart clinic", "2026-06-30", P, pracs=["dr-khalil"], org="org-uhc")
    b.enc("enc-cts-2026-07-14", "AMB", "Cardiothoracic surgery new patient visit", "2026-07-14", P, pracs=["dr-okafor"], org="org-uhc", reason="Aortic stenosis - surgical evaluation")
    nav = """STRUCTURAL HEART NAVIGATOR - TELEPHONE/COORDINATION NOTE
07/21/2026 - G. Voss RN
Called pt to update: he was seen by Dr. Okafor (CT surgery) on 7/14 - the surgeon's consult note is not yet in the chart (dictation pending). Case tentatively on heart team agenda 08/04. Prior auth submitted today per Dr. Khalil's request so scheduling is not delayed. Pt asks about driving after procedure - advised to ask team."""
    b.doc("nav-2026-07-21", "phone", "2026-07-21", P, "rn-voss", nav, desc="Nurse navigator coordination note")
    ctsn = """CARDIOTHORACIC SURGERY CONSULTATION (dictated 07/30/2026 for visit of 07/14/2026)
I. Okafor MD. Examined patient 7/14. STS 4.9%. COPD with FEV1 52%. I would offer SAVR at acceptable risk but agree TAVR is reasonable given patient preference and lung disease; recommend TF-TAVR."""
    b.doc("ctsurg-consult-2026-07-30", "consult", "2026-07-30", P, "dr-okafor", ctsn, desc="CT surgery consult (dictated)", org="org-uhc")
    b.medreq("rx-asa", "1191", "aspirin", "2018-01-01", P, "dr-bell", dose="81 mg daily")
    b.medreq("rx-atorva", "83367", "atorvastatin", "2018-01-01", P, "dr-bell", dose="40 mg daily")
    b.medreq("rx-metformin", "6809", "metformin", "2012-01-01", P, "dr-bell", dose="500 mg BID")
    b.report("cta-2026-06-30", "cta-tavr", "CT angiography TAVR protocol", "2026-06-30", P, "Organization/org-uhc",
             conclusion="Annulus perimeter 80 mm, area 498 mm2. Iliofemoral minimal diameter 7.1 mm R, 6.8 mm L. Moderate non-obstructive CAD.")
    c = case("bn-tavr-02", P, (CPT, "33361", "Transcatheter aortic valve replacement, percutaneous femoral artery approach"),
             [("I35.0", "Nonrheumatic aortic (valve) stenosis")], "2026-07-28", "request_info", "NCD 20.32",
             ["DiagnosticReport/tte-2026-05-20", "DocumentReference/ic-consult-2026-06-30", "Encounter/enc-cts-2026-07-14"],
             ["cardiac surgeon|surgeon note|surgical evaluation|surgeon consult|surgery consult"],
             "Symptomatic severe AS and a face-to-face interventional cardiology evaluation with rationale are documented. The surgeon visit happened (Encounter 07/14), but the surgeon's own evaluation and rationale is not in the record on the request date: it was dictated 07/30, after the request, so it must be asked for.")
    return c, b


# ---------------------------------------------------------------- HBOT 01
def hbot01():
    b = Bundle("pn11"); P = "pn11"
    b.org("org-wound", "Crossroads Wound & Hyperbaric Center", "prov")
    b.org("org-foot", "Ridgeview Podiatry", "prov")
    b.prac("dr-marsh", "Marsh", "Delia", "Dr.", "MD, Wound Care / Undersea & Hyperbaric Medicine", "1346687710")
    b.prac("dpm-kiley", "Kiley", "Sean", "Dr.", "DPM, Podiatry", "1528190064")
    b.prac("dr-roth", "Roth", "Aaron", "Dr.", "MD, Radiology", "1073340951")
    b.prac("rn-abara", "Abara", "Grace", "", "RN, CWON", "1952408863")
    b.prac("dr-fenn", "Fenn", "Louis", "Dr.", "MD, Vascular Surgery", "1184028830")
    b.patient(P, "Barlowe", "Curtis D", "male", "1962-12-18", "org-wound", "dpm-kiley")
    b.cond("dx-t2dm", "E11.621", "Type 2 diabetes mellitus with foot ulcer", "2026-02-02", P, recorder="dpm-kiley")
    b.cond("dx-ulcer", "L97.519", "Non-pressure chronic ulcer of other part of right foot with unspecified severity", "2026-02-02", P, recorder="dpm-kiley")
    b.cond("dx-osteo-q", "M86.171", "Other acute osteomyelitis, right ankle and foot", "2026-02-02", P, ver="refuted", clinical="inactive", recorder="dpm-kiley",
           note="Suspected on X-ray; MRI 02/09 negative for osteomyelitis.")
    b.obs("a1c-2026-02-02", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-02-02", P, 7.6, "%", "%", performer="Organization/org-foot")
    b.obs("tbi-2026-02-12", "tbi", "Toe-brachial index, right", "2026-02-12", P, 0.72, "{ratio}", "{ratio}", system=L, cat="procedure", performer="Practitioner/dr-fenn")
    b.obs("tcpo2-2026-02-12", "tcpo2", "Transcutaneous oxygen tension, right dorsal foot", "2026-02-12", P, 48, "mm[Hg]", "mm[Hg]", system=L, cat="procedure", performer="Practitioner/dr-fenn")
    for d, l_, w_, dp in [("2026-02-16", 3.0, 2.2, 0.6), ("2026-03-02", 2.9, 2.2, 0.6), ("2026-03-16", 3.0, 2.1, 0.6), ("2026-03-30", 3.0, 2.2, 0.6)]:
        b.obs(f"wound-{d}", "wound-dims", "Wound dimensions, right plantar 1st MTH", d, P, cat="exam", system=L, performer="Practitioner/rn-abara",
              components=[(LOINC, "39126-8", "Length of Wound", l_, "cm"), (LOINC, "39125-0", "Width of Wound", w_, "cm"), (LOINC, "39127-6", "Depth of Wound", dp, "cm")])
    b.report("mri-2026-02-09", "mri-foot", "MRI right forefoot with and without contrast", "2026-02-09", P, "Practitioner/dr-roth",
             conclusion="Plantar soft-tissue ulcer at 1st MTH with post-drainage changes; no residual drainable collection. Normal marrow signal in 1st metatarsal head and sesamoids: NO osteomyelitis. Flexor tendon intact.")
    pod = """RIDGEVIEW PODIATRY  02/02/2026   S. Kiley DPM
61M T2DM, neuropathy. R plantar 1st MTH ulcer x 3 wks w/ fluctuance + purulence.
Dx: diabetic foot ulcer with deep abscess - Wagner 3.
Procedure: I&D in office, cultures sent, packed. X-ray: ?cortical irregularity 1st MT head - MRI ordered.
Rx: amox-clav x 14 d. Offload w/ post-op shoe, refer wound center."""
    b.doc("podiatry-2026-02-02", "progress", "2026-02-02", P, "dpm-kiley", pod, desc="Podiatry note", org="org-foot")
    w1 = """CROSSROADS WOUND CENTER - INITIAL ASSESSMENT  02/16/2026
D. Marsh MD / G. Abara RN CWON

Referral: R plantar 1st MTH DFU s/p I&D of abscess 2/2 (podiatry graded Wagner 3 at that time).
Today: 3.0 x 2.2 x 0.6 cm, granular base 80%, slough 20%, no probe to bone, no tendon/capsule exposure, no purulence, no residual abscess (MRI 2/9: no osteomyelitis, collection drained).
Re-grade: abscess resolved, no bone involvement -> Wagner grade 2 (deep ulcer without abscess or osteomyelitis).
Vascular: palpable DP, TBI 0.72, TcPO2 48 (vascular surgery 2/12: no intervention needed).
Plan: weekly sharp debridement, TCC offloading, moist dressing (alginate), A1c 7.6 - PCP adjusting insulin. Nutrition: albumin 3.9.
"""
    b.doc("wound-2026-02-16", "consult", "2026-02-16", P, "dr-marsh", w1, desc="Wound center initial assessment", org="org-wound")
    w2 = """<html><body><h4>Wound flowsheet summary - R plantar 1st MTH</h4>
<table border="1"><tr><th>Date</th><th>L (cm)</th><th>W (cm)</th><th>D (cm)</th><th>Base</th><th>Tx</th></tr>
<tr><td>02/16</td><td>3.0</td><td>2.2</td><td>0.6</td><td>gran 80%</td><td>debr, TCC</td></tr>
<tr><td>03/02</td><td>2.9</td><td>2.2</td><td>0.6</td><td>gran 85%</td><td>debr, TCC</td></tr>
<tr><td>03/16</td><td>3.0</td><td>2.1</td><td>0.6</td><td>gran 85%</td><td>debr, TCC</td></tr>
<tr><td>03/30</td><td>3.0</td><td>2.2</td><td>0.6</td><td>gran 80%</td><td>debr, TCC</td></tr></table>
<p>No bone palpable at any visit. Culture 3/02: light mixed flora, no infection clinically.</p></body></html>"""
    b.doc("wound-flowsheet-2026-03-30", "nurse", "2026-03-30", P, "rn-abara", w2, "text/html", desc="Wound flowsheet summary")
    w3 = """CROSSROADS WOUND CENTER - PHYSICIAN NOTE 03/30/2026 - D. Marsh MD
No measurable healing after 6 weeks of standard care (area 6.6 -> 6.6 cm2, depth unchanged) despite TCC, weekly debridement, glucose optimization, no infection, vascular adequate.
Referral diagnosis: DFU Wagner 3 (per podiatry 2/2). Recommend adjunctive HBO 2.0 ATA x 30 sessions. PA request submitted.
"""
    b.doc("wound-2026-03-30", "progress", "2026-03-30", P, "dr-marsh", w3, desc="Wound physician note - HBO referral", org="org-wound")
    vasc = """Vascular surgery consult 02/12/2026 - L. Fenn MD. Biphasic DP/PT signals, TBI 0.72, TcPO2 48 mmHg dorsal foot. No significant PAD. No revascularization indicated."""
    b.doc("vasc-2026-02-12", "consult", "2026-02-12", P, "dr-fenn", vasc, desc="Vascular surgery consult")
    b.medreq("rx-augmentin", "19711", "amoxicillin / clavulanate", "2026-02-02", P, "dpm-kiley", status="completed", dose="875/125 mg BID x 14 days")
    b.medreq("rx-glargine", "274783", "insulin glargine", "2020-01-01", P, "dpm-kiley", dose="28 units nightly")
    c = case("bn-hbot-01", P, (HCPCS, "G0277", "Hyperbaric oxygen under pressure, full body chamber, per 30 minute interval"),
             [("E11.621", "Type 2 diabetes mellitus with foot ulcer"), ("L97.519", "Non-pressure chronic ulcer of other part of right foot with unspecified severity")], "2026-04-01", "refer", "NCD 20.29",
             ["DocumentReference/wound-2026-02-16", "DiagnosticReport/mri-2026-02-09", "DocumentReference/wound-2026-03-30"], [],
             "Diabetes, a lower-extremity diabetic wound, 30+ days without measurable healing and complete standard care are documented, but the wound is currently Wagner grade 2: the abscess was drained and MRI excluded osteomyelitis, so the wound center re-graded it. The HBO referral re-uses podiatry's pre-drainage Wagner 3, and the Wagner III requirement is documented as not met.")
    return c, b


# ---------------------------------------------------------------- HBOT 02
def hbot02():
    b = Bundle("pn12"); P = "pn12"
    b.org("org-wound2", "Tidewater Center for Wound Healing", "prov")
    b.prac("dr-oyelaran", "Oyelaran", "Bisi", "Dr.", "MD, Wound Care / Hyperbaric Medicine", "1962784410")
    b.prac("dpm-varga", "Varga", "Zoltan", "Dr.", "DPM, Podiatry", "1437026698")
    b.prac("dr-huang", "Huang", "Li", "Dr.", "MD, Infectious Diseases", "1588871043")
    b.prac("dr-pike", "Pike", "Evelyn", "Dr.", "MD, Vascular Surgery", "1700339286")
    b.prac("rn-coyle", "Coyle", "Maureen", "", "RN, wound care", "1366602295")
    b.patient(P, "Antonelli", "Rosa M", "female", "1955-03-11", "org-wound2", "dpm-varga")
    b.cond("dx-t2dm", "E11.621", "Type 2 diabetes mellitus with foot ulcer", "2026-05-27", P, recorder="dpm-varga")
    b.cond("dx-ulcer", "L97.514", "Non-pressure chronic ulcer of other part of right foot with necrosis of bone", "2026-06-03", P, recorder="dr-oyelaran")
    b.cond("dx-osteo", "M86.671", "Other chronic osteomyelitis, right ankle and foot", "2026-06-03", P, recorder="dr-huang")
    b.obs("a1c-2026-06-01", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-06-01", P, 7.2, "%", "%", performer="Organization/org-wound2")
    b.obs("alb-2026-06-01", "1751-7", "Albumin [Mass/volume] in Serum or Plasma", "2026-06-01", P, 3.7, "g/dL", "g/dL", performer="Organization/org-wound2")
    b.obs("tcpo2-2026-06-10", "tcpo2", "Transcutaneous oxygen tension, right dorsal foot", "2026-06-10", P, 52, "mm[Hg]", "mm[Hg]", system=L, cat="procedure", performer="Practitioner/dr-pike")
    b.obs("tbi-2026-06-10", "tbi", "Toe-brachial index, right", "2026-06-10", P, 0.78, "{ratio}", "{ratio}", system=L, cat="procedure", performer="Practitioner/dr-pike", note="ABI non-compressible (1.42) - TBI used.")
    meas = [("2026-06-15", 2.5, 1.9, 1.1), ("2026-07-06", 2.4, 2.0, 1.2), ("2026-07-27", 2.5, 2.0, 1.2), ("2026-08-10", 2.4, 2.0, 1.2)]
    for d, l_, w_, dp in meas:
        b.obs(f"wound-{d}", "wound-dims", "Wound dimensions, right plantar 1st MTH", d, P, cat="exam", system=L, performer="Practitioner/rn-coyle",
              components=[(LOINC, "39126-8", "Length of Wound", l_, "cm"), (LOINC, "39125-0", "Width of Wound", w_, "cm"), (LOINC, "39127-6", "Depth of Wound", dp, "cm")])
    b.report("mri-2026-06-03", "mri-foot", "MRI right foot", "2026-06-03", P, "Organization/org-wound2",
             conclusion="Marrow edema with confluent low T1 signal in the 1st metatarsal head contiguous with plantar ulcer: osteomyelitis. Small sinus tract. No abscess.")
    b.proc("bx-2026-06-05", "20245", "Biopsy, bone, open; deep", "2026-06-05", P, "dpm-varga", note="1st MT head bone biopsy: chronic osteomyelitis; culture MSSA.")
    b.medreq("rx-cefazolin", "2180", "cefazolin", "2026-06-08", P, "dr-huang", status="completed", dose="2 g IV q8h via PICC x 6 weeks",
             validity={"start": "2026-06-08", "end": "2026-07-20"})
    b.medreq("rx-metformin", "6809", "metformin", "2015-01-01", P, "dpm-varga", dose="1000 mg BID")
    scan = """[SCANNED DOCUMENT - OCR TEXT - Ridgeview/Varga Podiatry referral - page 1 of 1]
RlDGEVIEW PODlATRY   Z. Varga DPM     Date: O5/27/2O26
Pt: ANTONELLI, ROSA   DOB O3/11/1955
Dx: DFU R plantar 1st MTH, probe-to-bone P0SITlVE, x-ray erosive chg 1st MT head
Wagner gr. lll (osteo)       size 2.4 x 1.9 x 1.1 cm
Hx: T2DM x 2O yrs, neuropathy, ulcer present ~8 wks (offloading shoe, silver
alg1nate)   pls eval + mgmt, ?HBO down the road
                                        [signature illegible]
"""
    b.doc("podiatry-scan-2026-05-27", "note", "2026-05-27", P, "dpm-varga", scan, desc="Scanned podiatry referral (OCR)")
    w1 = """TIDEWATER CENTER FOR WOUND HEALING - INITIAL VISIT 06/01/2026 - B. Oyelaran MD
70F T2DM with R plantar 1st MTH ulcer ~9 weeks. Probe to bone +. 2.4 x 1.9 x 1.1 cm.
Plan: MRI, bone biopsy (Dr Varga), ID consult, vascular studies, TCC offloading once infection controlled, weekly sharp debridement, moist wound care (alginate), A1c 7.2 -> endocrine titration, albumin 3.7, dietitian."""
    b.doc("wound-2026-06-01", "consult", "2026-06-01", P, "dr-oyelaran", w1, desc="Wound center initial visit", org="org-wound2")
    vasc = """VASCULAR SURGERY 06/10/2026 - E. Pike MD: ABI non-compressible R 1.42. TBI 0.78, TcPO2 52 mmHg. Triphasic pedal signals. No hemodynamically significant PAD; no revascularization indicated."""
    b.doc("vascular-2026-06-10", "consult", "2026-06-10", P, "dr-pike", vasc, desc="Vascular surgery consult")
    idn = """ID follow-up 07/20/2026 - L. Huang MD. Completed 6 wk IV cefazolin for MSSA 1st MT head osteomyelitis. CRP 4 (from 61). PICC out today. Clinically no active infection; residual ulcer. Defer to wound center re adjunctive therapy."""
    b.doc("id-2026-07-20", "progress", "2026-07-20", P, "dr-huang", idn, desc="Infectious diseases follow-up")
    w2 = """<html><body><h4>Tidewater Wound Center - Physician Note 08/10/2026</h4><p>B. Oyelaran MD</p>
<table border="1"><tr><th>Date</th><th>L x W x D (cm)</th><th>Area (cm2)</th></tr>
<tr><td>06/15</td><td>2.5 x 1.9 x 1.1</td><td>4.75</td></tr><tr><td>07/06</td><td>2.4 x 2.0 x 1.2</td><td>4.80</td></tr>
<tr><td>07/27</td><td>2.5 x 2.0 x 1.2</td><td>5.00</td></tr><tr><td>08/10</td><td>2.4 x 2.0 x 1.2</td><td>4.80</td></tr></table>
<p>Standard care since 06/15: weekly sharp debridement, total contact cast, alginate, glucose optimized (A1c 7.2 -> endocrine), infection treated (6 wk IV cefazolin completed 7/20), vascular status adequate (no correctable disease). No measurable healing in 8 weeks.</p>
<p>Assessment: DFU with underlying osteomyelitis of 1st MT head (deep ulcer with osteomyelitis) failing standard therapy. Recommend adjunctive HBO with continued standard wound care; reassess every 30 days.</p></body></html>"""
    b.doc("wound-2026-08-10", "progress", "2026-08-10", P, "dr-oyelaran", w2, "text/html", desc="Wound center physician note", org="org-wound2")
    c = case("bn-hbot-02", P, (HCPCS, "G0277", "Hyperbaric oxygen under pressure, full body chamber, per 30 minute interval"),
             [("E11.621", "Type 2 diabetes mellitus with foot ulcer"), ("L97.514", "Non-pressure chronic ulcer of other part of right foot with necrosis of bone"), ("M86.671", "Other chronic osteomyelitis, right ankle and foot")],
             "2026-08-18", "approve", "NCD 20.29",
             ["DocumentReference/podiatry-scan-2026-05-27", "DiagnosticReport/mri-2026-06-03", "DocumentReference/wound-2026-08-10", "DocumentReference/vascular-2026-06-10"], [],
             "Type 2 diabetic lower-extremity wound with MRI/biopsy-proven osteomyelitis (Wagner III, stated only in the OCR'd podiatry referral). No measurable healing 06/15-08/10 (more than 30 days) under complete standard care: vascular assessment without correctable disease, offloading, debridement, glucose and nutrition, infection treated.")
    return c, b
