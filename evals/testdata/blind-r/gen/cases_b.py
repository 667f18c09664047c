"""Cases 9-16: TAVR, HBOT, cochlear implant, LAAC."""
from fhir import Chart, case, LOINC


def tavr01():
    c = Chart("pr09", "http://ehr.mercyridge.example/cs/echo-meas")
    c.patient("Alistair Grant", "MacPherson", "male", "1942-10-05", "MR-6650213", "Asheville", "NC")
    cs_ = c.practitioner("dr-whitlock", "Evelyn", "Whitlock", "MD", "Cardiothoracic surgery", "1114962357")
    ic = c.practitioner("dr-rahimi", "Farid", "Rahimi", "MD", "Interventional / structural cardiology", "1528360914")
    gc = c.practitioner("dr-yoon", "Grace", "Yoon", "MD", "General cardiology", "1649207735")
    rn = c.practitioner("rn-pettigrew", "Dana", "Pettigrew", "RN", "Structural heart nurse coordinator", "1336092187")
    mr = c.org("mercy-ridge", "Mercy Ridge Heart & Vascular", "Hospital structural heart program")
    c.condition("as", "I35.0", "Nonrheumatic aortic (valve) stenosis", "2024-02-12", asserter=gc)
    c.condition("ckd", "N18.32", "Chronic kidney disease, stage 3b", "2022-03-01", asserter=gc)
    c.condition("copd", "J44.9", "Chronic obstructive pulmonary disease, unspecified", "2018-09-17", asserter=gc)
    c.condition("hx-prostate", "Z85.46", "Personal history of malignant neoplasm of prostate", "2016-05-02", note="Prostatectomy 2015, PSA undetectable.")
    sv = c.encounter("enc-surg-2026-04-20", "2026-04-20", "AMB", "Cardiac surgery consult (in person)", cs_, mr)
    iv = c.encounter("enc-ic-2026-04-28", "2026-04-28", "AMB", "Structural heart clinic (in person)", ic, mr)
    c.obs("echo-2024-02-12", "AV-PANEL", "Aortic valve echo measurements", "2024-02-12", performer=gc, category="imaging",
          components=[{"system": c.local, "code": "VMAX", "display": "AV peak velocity", "value": 3.3, "unit": "m/s"},
                      {"system": c.local, "code": "MG", "display": "AV mean gradient", "value": 26, "unit": "mm[Hg]"}], interp="Moderate AS")
    echo = c.obs("echo-2026-03-31", "AV-PANEL", "Aortic valve echo measurements", "2026-03-31", performer=gc, category="imaging",
                 components=[{"system": c.local, "code": "VMAX", "display": "AV peak velocity", "value": 4.4, "unit": "m/s"},
                             {"system": c.local, "code": "MG", "display": "AV mean gradient", "value": 46, "unit": "mm[Hg]"},
                             {"system": c.local, "code": "AVA", "display": "AV area (continuity)", "value": 70, "unit": "mm2"},
                             {"code": "10230-1", "display": "Left ventricular Ejection fraction", "value": 55, "unit": "%"}], interp="Severe AS")
    c.obs("sts-2026-04-20", "STS-PROM", "STS predicted risk of mortality", "2026-04-20", 6.2, "%", performer=cs_, category="survey")
    c.obs("gait-2026-04-20", "GAIT5M", "5-meter gait speed", "2026-04-20", 7.4, "s", performer=rn, category="exam")
    c.obs("egfr-2026-04-14", "33914-3", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum or Plasma by Creatinine-based formula (MDRD)", "2026-04-14", 38, "mL/min/{1.73_m2}", performer=gc, category="laboratory", system=LOINC)
    c.med("furosemide", "4603", "furosemide 20 mg daily", "2025-12-02", gc)
    c.med("tiotropium", "69120", "tiotropium 18 mcg inhaled daily", "2018-09-17", gc)
    c.procedure("cta-2026-04-14", "75574", "CT angiography, heart, coronary arteries and aortic root (TAVR protocol)", "2026-04-14", ic,
                note="Annulus perimeter 76 mm; iliofemoral min diameter 6.8 mm R, 6.4 mm L - suitable for transfemoral access.")
    gcn = c.note("cards-2026-04-02", "11506-3", "Cardiology progress note", "2026-04-02", gc, """MERCY RIDGE - GENERAL CARDIOLOGY   4/2/2026   G. Yoon MD
83M with AS known since 2024 (moderate then). Now: "has to stop halfway up the stairs to catch his breath", lightheaded
once while working in the garden last month (did not pass out). Denies chest pain. Denies syncope. Mild ankle swelling.
Echo 3/31/26: Vmax 4.4 m/s, mean gradient 46 mmHg, AVA 0.70 cm2 (70 mm2; "about seven-tenths of a square centimeter" as explained to pt), LVEF fifty-five percent. (2024: Vmax 3.3, MG 26 - moderate.)
A/P: Severe symptomatic AS (stage D1). Refer to structural heart team for TAVR vs SAVR evaluation. Started furosemide 12/2025.""", org=mr)
    c.note("phone-surg-2026-04-10", "34746-8", "Telephone note", "2026-04-10", rn, """TEL 4/10/26 - Dr Whitlock reviewed echo images remotely; will see pt in clinic 4/20 for formal evaluation. Pt informed. -DP RN""", org=mr)
    sn = c.note("surg-consult-2026-04-20", "11488-4", "Cardiac surgery consultation", "2026-04-20", cs_, """CARDIOTHORACIC SURGERY CONSULTATION - Mercy Ridge
DOS: 04/20/2026. Patient seen and examined in person in CT surgery clinic with his son.  Surgeon: Evelyn Whitlock MD
History reviewed as per Dr Yoon. NYHA III dyspnea, exertional presyncope. Severe AS by echo 3/31/26.
Exam: frail-appearing, 5-m gait 7.4 s, grip weak. Harsh late-peaking SEM, single S2. Sternum intact (no prior sternotomy).
CTA: moderate ascending aorta calcification.
STS PROM 6.2%; frailty (gait speed, albumin 3.3), COPD (FEV1 1.1 L), CKD 3b.
ASSESSMENT: Intermediate-high surgical risk; frailty and aortic calcification favor transcatheter approach.
RECOMMENDATION: TAVR (transfemoral) preferred over SAVR. Medical therapy alone offers poor prognosis. Rationale documented
for the heart team; I will participate in the procedure as co-operator.""", org=mr, enc=sv)
    icn = c.note("ic-consult-2026-04-28", "11488-4", "Structural heart / interventional cardiology consultation", "2026-04-28", ic, """<html><body><h3>Structural Heart Clinic</h3><p>Date: 04/28/2026 &mdash; Farid Rahimi MD (interventional cardiology). Patient examined face-to-face.</p>
<ul><li>Symptoms: dyspnea 1/2 flight of stairs, presyncope x1. KCCQ-12 41.</li>
<li>Echo 3/31/26 severe high-gradient AS; LVEF 55%.</li><li>CTA 4/14/26: annulus suitable for 29 mm balloon-expandable valve; TF access adequate.</li>
<li>Coronaries: non-obstructive on CTA.</li><li>Comorbidities: CKD 3b, COPD, remote prostate ca (cured). Independent ADLs; lives with son. Expected survival &gt; 1 year with valve.</li></ul>
<p><b>Assessment:</b> Agree with Dr Whitlock - TF-TAVR. Suitability for SAVR vs TAVR vs medical therapy reviewed; patient prefers TAVR.</p></body></html>""", ctype="text/html", org=mr, enc=iv)
    ht = c.note("heart-team-2026-04-30", "11506-3", "Heart team conference summary", "2026-04-30", rn, """MULTIDISCIPLINARY HEART TEAM - 4/30/2026
Present: E. Whitlock (CT surgery), F. Rahimi (IC), G. Yoon (gen cards), D. Pettigrew RN, anesthesia, imaging.
Consensus: TF-TAVR; both surgeon and IC have evaluated pt in person (4/20, 4/28). Plan date 5/2026 pending auth.""", org=mr)
    return case("br-tavr-01", "pr09", ("33361", "Transcatheter aortic valve replacement, percutaneous femoral artery approach"),
                [("I35.0", "Nonrheumatic aortic (valve) stenosis")], "2026-05-06", "approve", "NCD 20.32",
                [echo, gcn, sn, icn, ht],
                rationale="Severe AS (newer 2026 echo supersedes 2024 moderate study) with exertional dyspnea and presyncope; a cardiac surgeon and an interventional cardiologist each examined him face-to-face and documented the SAVR/TAVR/medical rationale (the 4/10 remote image review is not the evaluation). No comorbidity precluding benefit is documented.")\
        , c, None


def tavr02():
    c = Chart("pr10", "urn:oid:2.16.840.1.113883.3.7711.4.1")
    c.patient("Beatrice Anne", "Lindahl", "female", "1946-08-19", "00428871", "Duluth", "MN")
    ic = c.practitioner("dr-mensah", "Kofi", "Mensah", "MD", "Interventional cardiology (structural)", "1922076543")
    cs_ = c.practitioner("dr-okafor", "Chidi", "Okafor", "MD", "Cardiac surgery", "1457318826")
    gc = c.practitioner("dr-brandt", "Hollis", "Brandt", "MD", "General cardiology", "1083649217")
    coord = c.practitioner("rn-sievert", "Paula", "Sievert", "RN", "Valve clinic coordinator", "1619473320")
    org = c.org("northshore-heart", "Northshore Heart Center", "Hospital heart center")
    c.condition("as", "I35.0", "Nonrheumatic aortic (valve) stenosis", "2023-03-01", asserter=gc)
    c.condition("cad", "I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris", "2023-02-10", asserter=gc)
    c.condition("af", "I48.0", "Paroxysmal atrial fibrillation", "2024-01-15", asserter=gc)
    c.condition("t2dm", "E11.9", "Type 2 diabetes mellitus without complications", "2012-06-06", asserter=gc)
    iv = c.encounter("enc-ic-2026-04-22", "2026-04-22", "AMB", "Valve clinic (in person)", ic, org)
    c.encounter("enc-surg-2023-02-14", "2023-02-14", "AMB", "Cardiac surgery consult - CABG evaluation", cs_, org)
    echo = c.obs("echo-2026-04-08", "AV-PANEL", "Aortic valve measurements (TTE)", "2026-04-08", performer=gc, category="imaging",
                 components=[{"system": c.local, "code": "VMAX", "display": "AV peak velocity", "value": 4.1, "unit": "m/s"},
                             {"system": c.local, "code": "MG", "display": "AV mean gradient", "value": 42, "unit": "mm[Hg]"},
                             {"system": c.local, "code": "AVA", "display": "AV area", "value": 0.8, "unit": "cm2"},
                             {"code": "10230-1", "display": "Left ventricular Ejection fraction", "value": 60, "unit": "%"}])
    c.obs("echo-2023-02-01", "AV-PANEL", "Aortic valve measurements (TTE)", "2023-02-01", performer=gc, category="imaging",
          components=[{"system": c.local, "code": "MG", "display": "AV mean gradient", "value": 14, "unit": "mm[Hg]"}], interp="Mild AS")
    c.obs("sts-2026-04-22", "STS-PROM", "STS predicted risk of mortality", "2026-04-22", 3.1, "%", performer=ic, category="survey")
    c.procedure("pci-2023-03-02", "92928", "Percutaneous coronary stent, single vessel", "2023-03-02", ic, note="DES to proximal LAD after surgical consult; pt declined CABG.")
    c.med("apixaban", "1364430", "apixaban 5 mg BID", "2024-01-15", gc)
    c.med("metoprolol", "6918", "metoprolol tartrate 25 mg BID", "2023-03-03", gc)
    sr = c.service_request("ctsurg-referral", "99205", "Referral: cardiac surgery consultation for SAVR/TAVR candidacy", "2026-04-22", ic, status="active")
    c.appointment("appt-ctsurg", "2026-04-29", "2026-05-19", "New consult - Dr Okafor, CT surgery (AS / TAVR vs SAVR)", "Practitioner/dr-okafor")
    old = c.note("ctsurg-2023-02-14", "11488-4", "Cardiac surgery consultation (2023)", "2023-02-14", cs_, """NORTHSHORE CARDIAC SURGERY - CONSULT   02/14/2023   C. Okafor MD
Reason: 2-vessel CAD (prox LAD 85%, OM1 70%) - CABG evaluation.
Seen in clinic with husband. Stable angina CCS II. Echo: mild AS (MG 14), EF 60%.
Assessment: CABG reasonable (STS 1.8%); alternatively PCI to LAD. Mild AS does not require intervention now; surveillance.
Patient prefers PCI - will defer to Dr Mensah. Surgery available if PCI not feasible.""", org=org)
    icn = c.note("ic-2026-04-22", "11488-4", "Valve clinic consultation", "2026-04-22", ic, """VALVE CLINIC - Northshore Heart Center   4/22/2026   K. Mensah MD (interventional)
79F: exertional dyspnea (NYHA III), near-syncope walking uphill 3/2026, angina-free since PCI 2023.
TTE 4/8/26: Vmax 4.1, MG 42, AVA 0.8 cm2, EF 60% - severe AS, progressed from mild in 2023.
Exam (in person): 3/6 late-peaking SEM, diminished A2.
STS 3.1% (intermediate). Frailty: mild. CTA TAVR protocol ordered.
Impression: severe symptomatic AS. TAVR vs SAVR to be decided with CT surgery. I favor TF-TAVR given age/AF/prior PCI.
Plan: CT surgery referral placed (Dr Okafor). Heart team review after surgical consult.""", org=org, enc=iv)
    c.note("heart-team-2026-05-05", "11506-3", "Heart team conference note", "2026-05-05", coord, """HEART TEAM CONFERENCE 05/05/2026 - case list item 4 (Lindahl, B.)
Presenting: Dr Mensah. Imaging reviewed: CTA annulus 21 x 25 mm, TF access OK.
CT surgery (Dr Okafor): reviewed images in conference, "no objection to TAVR on imaging"; has not met patient -
formal surgical consult scheduled 5/19/26.
Action: submit prior auth now to avoid delay (per clinic). Final decision after 5/19 visit.""", org=org)
    c.note("coord-2026-05-08", "34746-8", "Coordinator note", "2026-05-08", coord, """RN coordinator 5/8/26: PA packet assembled - echo, IC consult, heart team note, CTA. Surgical consult note to follow after 5/19.
Pt aware. Transport arranged for 5/19.""", org=org)
    return case("br-tavr-02", "pr10", ("33361", "Transcatheter aortic valve replacement, percutaneous femoral artery approach"),
                [("I35.0", "Nonrheumatic aortic (valve) stenosis")], "2026-05-12", "request_info", "NCD 20.32",
                [echo, icn, "DocumentReference/heart-team-2026-05-05", sr],
                missing=["cardiac surgeon|surgical evaluation|surgical consult|surgeon evaluation|CT surgery|face-to-face surgeon"],
                rationale="Symptomatic severe AS and a face-to-face interventional cardiology evaluation are documented, but no cardiac surgeon has yet examined her for this valve decision: the surgeon only reviewed images in conference and his consult is booked after the request; the 2023 surgical visit was for CABG with mild AS."), c, None


def hbot01():
    c = Chart("pr11", "http://woundcare.riverside.example/cs/wound-obs")
    c.patient("Curtis Lamar", "Oyelowo", "male", "1956-03-11", "RWC-44018", "Macon", "GA")
    wd = c.practitioner("dr-fontaine", "Simone", "Fontaine", "MD", "Wound care / hyperbaric medicine", "1740582236")
    pod = c.practitioner("dpm-kowalczyk", "Adam", "Kowalczyk", "DPM", "Podiatry", "1265047819")
    rn = c.practitioner("rn-tillman", "Jolene", "Tillman", "RN, CWON", "Wound ostomy nurse", "1093772846")
    rad = c.practitioner("dr-sato", "Hiro", "Sato", "MD", "Radiology", "1376502914")
    rw = c.org("riverside-wound", "Riverside Wound & Hyperbaric Center", "Hospital outpatient wound center")
    c.condition("dfu", "E11.621", "Type 2 diabetes mellitus with foot ulcer", "2026-03-10", asserter=wd)
    c.condition("ulcer", "L97.512", "Non-pressure chronic ulcer of other part of right foot with fat layer exposed", "2026-05-05", asserter=pod)
    c.condition("osteo-ro", "M86.171", "Other acute osteomyelitis, right ankle and foot", "2026-03-10", clinical="inactive", verif="refuted", asserter=wd, note="Suspected at intake; MRI 4/30/26 negative.")
    c.condition("neuropathy", "E11.69", "Type 2 diabetes mellitus with other specified complication", "2021-01-05", note="Peripheral neuropathy, monofilament insensate.")
    c.encounter("enc-intake-2026-03-10", "2026-03-10", "AMB", "Wound center intake", wd, rw)
    pv = c.encounter("enc-pod-2026-05-05", "2026-05-05", "AMB", "Podiatry visit", pod, rw)
    meas = []
    for d, l, w, dp in [("2026-03-10", 2.4, 1.8, 0.5), ("2026-03-31", 2.5, 1.8, 0.6), ("2026-04-21", 2.4, 1.9, 0.6), ("2026-05-12", 2.4, 1.8, 0.6)]:
        meas.append(c.obs("wound-" + d, "WOUND-DIM", "Wound measurements R plantar 5th MTH", d, performer=rn, category="exam",
                          components=[{"code": "39126-8", "display": "Length of Wound", "value": l, "unit": "cm"},
                                      {"code": "39125-0", "display": "Width of Wound", "value": w, "unit": "cm"},
                                      {"code": "39127-6", "display": "Depth of Wound", "value": dp, "unit": "cm"}]))
    c.obs("wagner-2026-03-10", "WAGNER", "Wagner grade", "2026-03-10", string="3 (? osteomyelitis - XR pending)", performer=wd)
    wag = c.obs("wagner-2026-05-05", "WAGNER", "Wagner grade", "2026-05-05", string="2", performer=pod, note="Probe to capsule, probe-to-bone negative; MRI negative for osteomyelitis/abscess.")
    mri = c.report("mri-2026-04-30", "24558-9", "MR Foot", "2026-04-30", rad,
                   "No marrow edema or enhancement at 5th metatarsal head; no abscess; soft-tissue ulcer with surrounding cellulitis. NO OSTEOMYELITIS.")
    c.report("xr-2026-03-12", "XR-FOOT-3V", "XR Foot 3 views, right", "2026-03-12", rad, "Subtle cortical irregularity 5th MT head - cannot exclude early osteomyelitis; MRI suggested.", system=c.local)
    c.obs("abi-2026-03-17", "ABI", "Ankle-brachial index, right", "2026-03-17", 1.02, "{ratio}", performer=rn, category="procedure", note="TBI 0.78. Triphasic DP/PT.")
    c.obs("a1c-2026-03-10", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-03-10", 7.4, "%", performer=wd, category="laboratory", system=LOINC)
    c.med("metformin", "6809", "metformin 1000 mg BID", "2015-02-01", wd)
    c.med("cephalexin", "2231", "cephalexin 500 mg QID x 14 days", "2026-03-12", wd, status="completed", stop="2026-03-26")
    c.note("intake-2026-03-10", "11488-4", "Wound center intake H&P", "2026-03-10", wd, """RIVERSIDE WOUND & HYPERBARIC - INTAKE   3/10/2026   S. Fontaine MD
70M T2DM, neuropathy, R plantar 5th MTH ulcer x ~8 wks (outside urgent care dressings only).
Wound 2.4 x 1.8 x 0.5 cm, granular base w/ slough, probes deep - ? to bone. Periwound erythema 1 cm.
Wagner 3 (? osteo) - XR today, start cephalexin. Offload: TCC. Weekly sharp debridement. Vascular: ABI ordered.
A1c 7.4. Albumin 3.9. Plan HBOT if osteomyelitis confirmed and fails 30 d of SWC.""", org=rw)
    c.note("rn-2026-04-21", "34746-8", "Wound nurse visit", "2026-04-21", rn, """WOUND RN 4/21/26: TCC changed. Wound 2.4x1.9x0.6. Sharp debridement by MD. Moist dressing (alginate). Erythema resolved.
Pt adherent with TCC. Blood sugars 120-160 per log. -JT RN CWON""", org=rw)
    pn = c.note("pod-2026-05-05", "11506-3", "Podiatry progress note", "2026-05-05", pod, """PODIATRY - 5/5/2026 - A. Kowalczyk DPM
R plantar 5th MTH ulcer, present since ~1/2026. Sharp debridement to healthy bleeding tissue, subcutaneous fat and capsule
visible. Probe-to-bone NEGATIVE (re-tested today, sterile probe). MRI 4/30: no osteomyelitis, no abscess.
Classification: Wagner grade 2 (deep ulcer to capsule, no abscess/osteomyelitis). UT 2A.
Offloading TCC continued. No measurable improvement over ~8 wks of care. Pulses palpable, ABI 1.02.
Plan: consider surgical offloading (5th met head resection) vs continue. Defer to wound center re: adjunctive therapy.""", org=rw, enc=pv)
    c.note("hbot-request-2026-05-14", "51847-2", "HBOT request letter", "2026-05-14", wd, """To: Utilization Management   Re: Curtis Oyelowo - HBOT G0277 x 40 sessions
Dx: E11.621, L97.519. Diabetic foot ulcer, Wagner 3, failed >30 days of standard wound care (TCC, debridement,
antibiotics, glucose optimization; ABI normal). Measurements unchanged 3/10 - 5/12. Requesting adjunctive HBOT.
/s/ Simone Fontaine MD, UHM""", org=rw)
    return case("br-hbot-01", "pr11", ("G0277", "Hyperbaric oxygen under pressure, full body chamber, per 30 minute interval"),
                [("E11.621", "Type 2 diabetes mellitus with foot ulcer"), ("L97.519", "Non-pressure chronic ulcer of other part of right foot with unspecified severity")],
                "2026-05-19", "refer", "NCD 20.29",
                [wag, mri, pn] + meas[-2:],
                rationale="The diabetic-wound branch needs Wagner grade III or higher; the initial 'Wagner 3 (? osteo)' was provisional, and the newer podiatry grading is Wagner 2 with negative probe-to-bone and an MRI without osteomyelitis or abscess. Failure of >30 days of standard care and vascular assessment are documented, but the grade criterion is not met despite the request letter."), c, None


def hbot02():
    c = Chart("pr12", "http://emr.baystate-coastal.example/fhir/cs/wound")
    c.patient("Rosalind Mae", "Pettaway", "female", "1951-05-28", "BC-7719302", "Mobile", "AL")
    wd = c.practitioner("dr-nguyen-hale", "Minh", "Nguyen-Hale", "DO", "Wound care and hyperbaric medicine", "1558093412")
    idd = c.practitioner("dr-bello", "Aisha", "Bello", "MD", "Infectious diseases", "1902217465")
    rn = c.practitioner("rn-castile", "Brenda", "Castile", "RN", "Wound care nurse", "1245530987")
    vs = c.practitioner("dr-aldana", "Rafael", "Aldana", "MD", "Vascular surgery", "1730864455")
    bc = c.org("baystate-coastal-wound", "Bay State Coastal Wound Center", "Outpatient wound center")
    c.org("gulf-vascular", "Gulf Vascular Lab", "Vascular laboratory")
    c.condition("dfu", "E11.621", "Type 2 diabetes mellitus with foot ulcer", "2026-04-13", asserter=wd)
    osteo = c.condition("osteo", "M86.671", "Other chronic osteomyelitis, left ankle and foot", "2026-04-20", asserter=idd, note="1st MT head, bone biopsy 4/17/26: osteomyelitis, MSSA.")
    c.condition("ulcer", "L97.522", "Non-pressure chronic ulcer of other part of left foot with fat layer exposed", "2026-04-13", asserter=wd)
    c.encounter("enc-intake-2026-04-13", "2026-04-13", "AMB", "Wound center intake", wd, bc)
    wv = c.encounter("enc-wound-2026-05-26", "2026-05-26", "AMB", "Wound center follow-up", wd, bc)
    meas = []
    for d, l, w, dp in [("2026-04-13", 3.0, 2.2, 0.9), ("2026-04-27", 3.1, 2.2, 0.9), ("2026-05-11", 3.0, 2.3, 1.0), ("2026-05-26", 3.0, 2.2, 1.0)]:
        meas.append(c.obs("wound-" + d, "WND", "Wound L plantar 1st MTH - dimensions", d, performer=rn, category="exam",
                          components=[{"code": "39126-8", "display": "Length of Wound", "value": l, "unit": "cm"},
                                      {"code": "39125-0", "display": "Width of Wound", "value": w, "unit": "cm"},
                                      {"code": "39127-6", "display": "Depth of Wound", "value": dp, "unit": "cm"}]))
    wag = c.obs("wagner-2026-04-20", "WAGNER", "Wagner classification", "2026-04-20", string="Grade 3 - osteomyelitis 1st MT head (biopsy-proven)", performer=wd)
    c.obs("a1c-2026-04-13", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-04-13", 7.8, "%", performer=wd, category="laboratory", system=LOINC)
    c.obs("alb-2026-05-11", "1751-7", "Albumin [Mass/volume] in Serum or Plasma", "2026-05-11", 3.6, "g/dL", performer=wd, category="laboratory", system=LOINC)
    c.obs("pulses-2026-05-26", "PULSE-EXAM", "Pedal pulse exam, left", "2026-05-26", string="DP faint/1+, PT non-palpable; handheld Doppler PT monophasic", performer=wd, enc=wv)
    c.med("ertapenem", "325642", "ertapenem 1 g IV daily x 6 weeks", "2026-04-21", idd, stop="2026-06-02")
    c.med("glargine", "274783", "insulin glargine 22 units nightly", "2024-02-01", wd)
    c.procedure("bone-bx-2026-04-17", "20245", "Biopsy, bone, open; deep", "2026-04-17", wd, note="L 1st MT head. Path: acute on chronic osteomyelitis. Cx MSSA.")
    c.service_request("abi-order", "93923", "Noninvasive arterial study, lower extremities (ABI/PVR/toe pressures)", "2026-05-26", wd)
    c.appointment("appt-vasc-lab", "2026-05-27", "2026-06-10", "Arterial studies LLE + vascular surgery consult (Dr Aldana)", "Practitioner/dr-aldana")
    c.note("intake-2026-04-13", "11488-4", "Wound center intake", "2026-04-13", wd, """BAY STATE COASTAL WOUND CENTER - NEW PT   4/13/2026   M. Nguyen-Hale DO
74F T2DM (A1c 7.8), CKD 3b, L plantar 1st MTH ulcer ~3 months. Wound 3.0 x 2.2 x 0.9, probes to bone.
Plan: bone biopsy, MRI, TCC offloading, weekly debridement, glucose optimization with PCP.
Vascular: "pulses present" (copied from 2024 PCP exam - not re-examined today; foot wrapped on arrival).""", org=bc)
    c.note("id-2026-04-20", "11488-4", "Infectious diseases consult", "2026-04-20", idd, """ID CONSULT 4/20/26 - A. Bello MD: Biopsy-proven L 1st MT head osteomyelitis (MSSA, also anaerobes on swab). Ertapenem 1 g IV daily x 6 wk via PICC, start 4/21. Surgery (partial 1st ray) offered - pt declines for now.""", org=bc)
    c.note("rn-2026-05-11", "34746-8", "Wound nurse note", "2026-05-11", rn, """WOUND RN NOTE 05/11/2026
TCC removed/reapplied. Wound 3.0 x 2.3 x 1.0 cm. Base 60% granulation, 40% slough - sharp debrided by DO.
Drainage moderate serous. Pt reports glucose 140s-180s. Albumin 3.6 - protein supplement started.
Pt asks "when do I start the oxygen tank treatments". -BC RN""", org=bc)
    wn = c.note("wound-2026-05-26", "11506-3", "Wound center progress note", "2026-05-26", wd, """BAY STATE COASTAL WOUND CENTER - PROGRESS   05/26/2026   M. Nguyen-Hale DO
Wound L plantar 1st MTH: 3.0 x 2.2 x 1.0 cm (4/13: 3.0 x 2.2 x 0.9). No measurable healing after 6 weeks of SWC:
weekly debridement, TCC, moist dressings, IV ertapenem (wk 5/6), glucose optimization, nutrition supplement.
Wagner 3 (biopsy-proven osteomyelitis).
Vascular exam today (foot unwrapped): DP faint, PT not palpable, monophasic PT Doppler signal. Cap refill 4 s.
No prior arterial studies on file. ABI/PVR/toe pressures ordered -> Gulf Vascular Lab 6/10 with vascular surgery (Dr Aldana) same day.
Plan: request HBOT authorization now; continue SWC.""", org=bc, enc=wv)
    c.note("vasc-2026-06-10", "11488-4", "Vascular surgery consult", "2026-06-10", vs, """VASCULAR SURGERY 6/10/26 - ABI L 0.62, TBI 0.31, AT/PT occlusive disease on duplex. Plan angiogram with possible tibial intervention.""", org="Organization/gulf-vascular")
    return case("br-hbot-02", "pr12", ("G0277", "Hyperbaric oxygen under pressure, full body chamber, per 30 minute interval"),
                [("E11.621", "Type 2 diabetes mellitus with foot ulcer"), ("M86.671", "Other chronic osteomyelitis, left ankle and foot")],
                "2026-06-02", "request_info", "NCD 20.29",
                [wag, osteo, wn] + [meas[0], meas[-1]],
                missing=["vascular|arterial|ABI|ankle-brachial|perfusion|toe pressure|TcPO2|PVR"],
                rationale="Diabetes, Wagner 3 (biopsy-proven osteomyelitis) and 6 weeks without measurable healing are documented, but standard wound care requires assessment (and correction if possible) of vascular status: pulses are diminished and the arterial studies are only ordered/booked after the request (the 6/10 result does not exist for the case); the intake 'pulses present' is copied from 2024."), c, None


def ci01():
    c = Chart("pr13", "http://audiology.tidewater-ent.example/cs/audiometry")
    c.patient("Bartholomew", "Esterhuizen", "male", "1951-12-30", "TE-55810", "Norfolk", "VA")
    ent = c.practitioner("dr-abernethy-ross", "Claire", "Abernethy-Ross", "MD", "Otology / neurotology", "1649913378")
    aud = c.practitioner("aud-marquez", "Lucia", "Marquez", "AuD", "Audiology", "1871605543")
    anes = c.practitioner("dr-fischbach", "Otto", "Fischbach", "MD", "Anesthesiology", "1093610227")
    rad = c.practitioner("dr-kwon", "Sun-Hee", "Kwon", "MD", "Neuroradiology", "1932201845")
    te = c.org("tidewater-ent", "Tidewater Ear, Nose & Throat", "Otolaryngology practice")
    snhl = c.condition("snhl", "H90.3", "Sensorineural hearing loss, bilateral", "2016-04-11", asserter=ent)
    c.condition("ha", "Z97.4", "Presence of external hearing-aid", "2016-06-01")
    c.condition("om-hx", "H65.90", "Unspecified nonsuppurative otitis media, unspecified ear", "2019-02-08", clinical="resolved", abatement="2019-03-15", asserter=ent)
    c.condition("htn", "I10", "Essential (primary) hypertension", "2010-01-01")
    c.encounter("enc-aud-2026-04-22", "2026-04-22", "AMB", "Cochlear implant candidacy evaluation", aud, te)
    ev = c.encounter("enc-ent-2026-05-12", "2026-05-12", "AMB", "Otology consult", ent, te)
    c.obs("azbio-2025-06-03", "AZBIO-Q-BA", "AzBio sentences in quiet, best-aided (binaural)", "2025-06-03", 62, "%", performer=aud, category="exam", note="Old (2016) aids; REM targets not met.")
    az = c.obs("azbio-2026-04-22", "AZBIO-Q-BA", "AzBio sentences in quiet, best-aided (binaural)", "2026-04-22", 48, "%", performer=aud, category="exam", note="New aids fit 11/2025, verified with real-ear measures. Recorded materials, 60 dBA.")
    pta = c.obs("pta-2026-04-22", "PTA", "Pure-tone average (0.5/1/2/4 kHz)", "2026-04-22", performer=aud, category="exam",
                components=[{"system": c.local, "code": "PTA-R", "display": "PTA right ear", "value": 78, "unit": "dB"},
                            {"system": c.local, "code": "PTA-L", "display": "PTA left ear", "value": 86, "unit": "dB"},
                            {"system": c.local, "code": "ABG", "display": "Air-bone gap (max)", "value": 5, "unit": "dB"}])
    tym = c.obs("tymp-2026-05-12", "TYMP", "Tympanometry", "2026-05-12", string="Type A bilaterally", performer=aud)
    imag = c.report("ct-mri-2026-05-06", "24590-2", "MR Brain and internal auditory canals W and WO contrast + CT temporal bones", "2026-05-06", rad,
                    "CT: normal cochlear and vestibular anatomy bilaterally, patent cochlear lumen, no labyrinthitis ossificans. MRI: normal cochlear nerves, no CPA/IAC mass, no retrocochlear or central auditory pathway lesion. Mild chronic microvascular change.")
    c.obs("moca-2026-05-12", "MOCA", "Montreal Cognitive Assessment (hearing-impaired version)", "2026-05-12", 27, "{score}", performer=ent)
    c.med("lisinopril", "29046", "lisinopril 10 mg daily", "2010-01-01", ent)
    audn = c.note("aud-2026-04-22", "11506-3", "Audiology - CI candidacy report", "2026-04-22", aud, """<html><body><h3>Tidewater ENT &mdash; Audiology: Cochlear Implant Candidacy</h3><p>04/22/2026 &middot; L. Marquez AuD</p>
<table border="1"><tr><th>Test</th><th>Right</th><th>Left</th><th>Binaural</th></tr>
<tr><td>PTA (0.5-4k)</td><td>78 dB HL</td><td>86 dB HL</td><td>-</td></tr>
<tr><td>Type</td><td colspan="2">Sensorineural, severe sloping to profound (no air-bone gap)</td><td></td></tr>
<tr><td>AzBio quiet, aided (recorded, 60 dBA)</td><td>41%</td><td>29%</td><td><b>48%</b></td></tr>
<tr><td>CNC words, aided</td><td>36%</td><td>22%</td><td>40%</td></tr></table>
<p>Hearing aids: Phonak 2025 RIC, fit 11/2025, REM verified, worn 14 h/day. 6/2025 binaural AzBio 62% was with outdated 2016 aids.</p>
<p><b>Summary:</b> Bilateral severe-to-profound SNHL with limited benefit from appropriately fit amplification (best-aided sentence score 48%). Meets audiologic candidacy. Counseled on realistic expectations and the 12-month rehabilitation schedule; patient and wife motivated.</p></body></html>""", ctype="text/html", org=te)
    entn = c.note("ent-2026-05-12", "11488-4", "Otology consultation", "2026-05-12", ent, """TIDEWATER ENT - OTOLOGY   05/12/2026   C. Abernethy-Ross MD
74M progressive bilateral SNHL x10 yrs, HA user since 2016. Mother also had late-onset hearing loss.
Otoscopy: TMs intact, mobile, no effusion, no drainage bilaterally. Tymp type A AU. Remote OM 2019, resolved.
CT/MRI 5/6/26: patent cochleae, normal nerves, no retrocochlear lesion.
MoCA 27/30 (HI version). Retired engineer, manages own affairs. Committed to auditory rehab and mapping visits;
wife will attend. Aural rehab plan reviewed - pt agrees.
Assessment: bilateral severe-profound SNHL, limited aided benefit (AzBio 48% best-aided). Candidate for R CI (better nerve on MRI? - both normal; choose R for better residual hearing... no - choose L, poorer ear).
Plan: LEFT cochlear implant. Anesthesia pre-op.""", org=te, enc=ev)
    an = c.note("anes-2026-05-20", "34117-2", "Pre-anesthesia evaluation", "2026-05-20", anes, """PRE-ANESTHESIA 5/20/2026 - O. Fischbach MD
ASA II (HTN controlled). METs >4. No OSA symptoms. Airway Mallampati II. ECG NSR. No anesthetic complications hx.
No contraindication to general anesthesia for CI surgery.""", org=te)
    c.note("phone-2026-05-28", "34746-8", "Telephone note", "2026-05-28", aud, """PHONE 5/28: pt asked whether he may keep right hearing aid after L CI - yes (bimodal). Device choice discussed; brochure mailed. -LM""", org=te)
    return case("br-ci-01", "pr13", ("69930", "Cochlear device implantation, with or without mastoidectomy"),
                [("H90.3", "Sensorineural hearing loss, bilateral")], "2026-06-09", "approve", "NCD 50.3",
                [az, pta, audn, imag, tym, entn, an],
                rationale="Bilateral severe-to-profound sensorineural loss; best-aided recorded open-set sentence score 48% with verified new aids (the 62% with outdated aids is superseded); middle ears clear, patent cochleae, no retrocochlear lesion, intact cognition, committed to rehabilitation, and no surgical contraindication."), c, None


def ci02():
    c = Chart("pr14", "http://fhir.plainsaudiology.example/CodeSystem/aud")
    c.patient("Lorraine Faye", "Quisenberry", "female", "1956-09-09", "PA-300781", "Wichita", "KS")
    ent = c.practitioner("dr-haddad", "Samir", "Haddad", "MD", "Otolaryngology", "1265870341")
    aud = c.practitioner("aud-olsen", "Kirsten", "Olsen", "AuD", "Audiology", "1487092256")
    aud2 = c.practitioner("aud-bristow", "Neil", "Bristow", "AuD", "Audiology (hearing aid dispensing)", "1306229948")
    rad = c.practitioner("dr-ferrante", "Gina", "Ferrante", "MD", "Radiology", "1811993206")
    po = c.org("plains-ent", "Plains ENT & Audiology", "Otolaryngology practice")
    c.org("sunflower-hearing", "Sunflower Hearing Aid Center", "Hearing aid dispenser")
    c.condition("snhl", "H90.3", "Sensorineural hearing loss, bilateral", "2015-03-03", asserter=ent)
    c.condition("t2dm", "E11.9", "Type 2 diabetes mellitus without complications", "2014-07-07")
    c.condition("ha", "Z97.4", "Presence of external hearing-aid", "2018-01-10")
    c.encounter("enc-aud-2025-09-10", "2025-09-10", "AMB", "Audiology", aud, po)
    ev = c.encounter("enc-aud-2026-06-16", "2026-06-16", "AMB", "CI candidacy re-evaluation", aud, po)
    c.obs("azbio-2025-09-10", "AZBIO-Q", "AzBio sentences in quiet, binaural aided", "2025-09-10", 52, "%", performer=aud, category="exam", note="Own 2018 aids, real-ear targets not met (underfit >10 dB at 2-4 kHz).")
    az = c.obs("azbio-2026-06-16", "AZBIO-Q", "AzBio sentences in quiet, binaural aided", "2026-06-16", 66, "%", performer=aud, category="exam", enc=ev,
               components=[{"system": c.local, "code": "R-AIDED", "display": "Right ear aided", "value": 38, "unit": "%"},
                           {"system": c.local, "code": "L-AIDED", "display": "Left ear aided", "value": 61, "unit": "%"}],
               note="New aids fit 2/2026, REM verified. Recorded, 60 dBA.")
    cnc = c.obs("cnc-2026-06-16", "CNC", "CNC monosyllabic words, binaural aided", "2026-06-16", 40, "%", performer=aud, category="exam", enc=ev)
    c.obs("pta-2026-06-16", "PTA", "Pure-tone average", "2026-06-16", performer=aud, category="exam", enc=ev,
          components=[{"system": c.local, "code": "PTA-R", "display": "PTA right", "value": 75, "unit": "dB"},
                      {"system": c.local, "code": "PTA-L", "display": "PTA left", "value": 63, "unit": "dB"}])
    c.report("mri-iac-2026-07-01", "24590-2", "MR Brain and IAC W and WO contrast", "2026-07-01", rad, "Normal IACs and cochlear nerves. No retrocochlear lesion. Normal membranous labyrinth.")
    c.med("metformin", "6809", "metformin 500 mg BID", "2014-07-07", ent)
    c.note("aud-2025-09-10", "11506-3", "Audiology note", "2025-09-10", aud, """PLAINS ENT AUDIOLOGY 9/10/2025 - K. Olsen AuD
Bilateral moderate-severe SNHL, R worse. Own aids (2018) - REM: underfit 10-15 dB at 2-4 kHz; aids cannot be
programmed to target. AzBio quiet binaural aided 52%.
Plan: new appropriately fit aids first, then repeat CI candidacy testing in best-aided condition. Referred to Sunflower Hearing.""", org=po)
    c.note("dispense-2026-02-12", "34746-8", "Hearing aid fitting record (outside)", "2026-02-12", aud2, """SUNFLOWER HEARING AID CENTER - FITTING RECORD
Date 02/12/2026   Client: Quisenberry, Lorraine   Dispenser: N. Bristow AuD
Devices: bilateral RIC, power receivers. Real-ear verification: within 5 dB of NAL-NL2 targets 250-4000 Hz AU.
Datalogging at 30 days: 11.5 h/day. Client reports improved TV/conversation in quiet.""", org="Organization/sunflower-hearing")
    an = c.note("aud-2026-06-16", "11506-3", "Audiology - CI candidacy re-evaluation", "2026-06-16", aud, """PLAINS ENT AUDIOLOGY - CI CANDIDACY RE-EVALUATION   06/16/2026   K. Olsen AuD
Aids: new bilateral RIC (2/2026), REM verified.
Thresholds: R PTA 75 dB HL (severe), L PTA 63 dB HL (moderately severe). SNHL, no air-bone gaps.
Recorded speech, 60 dBA, quiet:
   AzBio sentences  R aided 38%   L aided 61%   BINAURAL (best-aided) 66%
   CNC words        binaural 40%
Impression: R ear poor aided benefit; best-aided sentence score 66%, above traditional 60% cutoff.
Discussed: candidacy may depend on payer criteria; ear-specific R 38% supports R ear CI per current clinical practice.""", org=po, enc=ev)
    en = c.note("ent-2026-07-07", "11488-4", "ENT consultation", "2026-07-07", ent, """PLAINS ENT - 07/07/2026 - S. Haddad MD
69F bilateral SNHL, R worse. TMs normal, no effusion. MRI IAC 7/1 normal. Cognition intact, eager for rehab.
Audiology 6/16: R aided AzBio 38%, CNC 40% -> qualifies for R cochlear implant. Limited benefit from amplification.
No surgical contraindication (A1c 6.9). Plan: R CI, submit PA.""", org=po)
    return case("br-ci-02", "pr14", ("69930", "Cochlear device implantation, with or without mastoidectomy"),
                [("H90.3", "Sensorineural hearing loss, bilateral")], "2026-07-21", "refer", "NCD 50.3",
                [az, an, en],
                rationale="The NCD defines limited benefit as <=60% on recorded open-set sentences in the best-aided condition; with appropriately fit new aids her binaural (best-aided) AzBio score is 66%. The ENT's qualification rests on a single-ear score (38%) and CNC words (not a sentence test), and the older 52% was with underfit aids, so the criterion is documented not met."), c, None


def laac01():
    c = Chart("pr15", "http://ehr.bluestem.example/CodeSystem/cardio")
    c.patient("Verna Louise", "Hochstetler", "female", "1944-11-02", "BS-8801772", "Lincoln", "NE")
    ep = c.practitioner("dr-kaminski", "Tomasz", "Kaminski", "MD", "Cardiac electrophysiology (implanting)", "1992738405")
    pcp = c.practitioner("dr-wooten", "Marcia", "Wooten", "MD", "Internal medicine (primary care)", "1225039871")
    gi = c.practitioner("dr-patel-gi", "Nikhil", "Patel", "MD", "Gastroenterology", "1538470126")
    bs = c.org("bluestem-heart", "Bluestem Heart & Rhythm", "Cardiology / EP practice")
    c.org("capitol-im", "Capitol Internal Medicine", "Primary care")
    af = c.condition("af", "I48.21", "Permanent atrial fibrillation", "2019-04-22", asserter=ep)
    htn = c.condition("htn", "I10", "Essential (primary) hypertension", "2004-03-15", asserter=pcp)
    gib = c.condition("angiodysplasia", "K55.21", "Angiodysplasia of colon with hemorrhage", "2026-05-30", asserter=gi, note="Recurrent; 2 transfusion-requiring bleeds on apixaban (2/2026, 5/2026).")
    c.condition("tia-ro", "Z86.73", "Personal history of transient ischemic attack (TIA), and cerebral infarction without residual deficits", "2023-08-09", verif="refuted", clinical="inactive", note="ED 2023 'TIA?' - neurology: peripheral vertigo; TIA ruled out.")
    c.encounter("enc-adm-2026-05-28", "2026-05-28", "IMP", "GI bleed admission", gi, bs, end="2026-06-01")
    sdv = c.encounter("enc-sdm-2026-07-21", "2026-07-21", "AMB", "PCP visit - anticoagulation decision", pcp, "Organization/capitol-im")
    c.obs("hgb-2026-05-28", "718-7", "Hemoglobin [Mass/volume] in Blood", "2026-05-28", 6.9, "g/dL", performer=gi, category="laboratory", system=LOINC)
    c.obs("tte-2021-03-02", "MV", "Mitral valve assessment (TTE)", "2021-03-02", string="Mitral annular calcification, mild MS? (mean gradient 4 mmHg at HR 110)", performer=ep, category="imaging")
    tee = c.obs("tee-2026-07-30", "MV", "Mitral valve / LAA assessment (TEE)", "2026-07-30", string="Mild MAC, no mitral stenosis (mean gradient 2 mmHg at HR 72), mild MR; no prosthetic valve; LAA free of thrombus, ostium 21 mm.", performer=ep, category="imaging")
    score = c.obs("chadsvasc-2026-07-08", "CHA2DS2VASC", "CHA2DS2-VASc score", "2026-07-08", 4, "{score}", performer=ep, category="survey", note="Age >=75 (2), female (1), HTN (1). CHADS2 = 2 (age >75, HTN).")
    apx = c.med("apixaban", "1364430", "apixaban 2.5 mg BID", "2019-04-22", ep, status="stopped", stop="2026-05-28", reason="Second transfusion-requiring GI bleed on reduced-dose apixaban")
    c.med("metoprolol", "6918", "metoprolol succinate 50 mg daily", "2019-04-22", ep)
    c.med("amlodipine", "17767", "amlodipine 5 mg daily", "2012-01-01", pcp)
    c.procedure("apc-2026-05-29", "45382", "Colonoscopy with control of bleeding", "2026-05-29", gi, note="Multiple right-colon angioectasias, APC x7; additional small-bowel lesions suspected on capsule.")
    c.note("ep-2026-07-08", "11488-4", "Electrophysiology consultation", "2026-07-08", ep, """BLUESTEM HEART & RHYTHM - EP CONSULT   7/8/2026   T. Kaminski MD
81F permanent AF since 2019, on apixaban until 5/28/26. GI bleeds 2/2026 and 5/2026 (Hgb 6.9, 2 u PRBC each), diffuse
colonic + suspected small-bowel angioectasias. GI: rebleeding risk high on any long-term OAC.
No rheumatic heart disease, no prosthetic valve. 2021 TTE "mild MS?" measured at HR 110 -> TEE planned.
CHA2DS2-VASc 4 (age 2, female 1, HTN 1); CHADS2 2. 2023 "TIA" was ruled out (vertigo) - not counted.
HAS-BLED 3.
Impression: NVAF, high stroke risk, unable to take long-term OAC. LAAC reasonable. Requires independent SDM with decision aid
(ask PCP Dr Wooten). Post-implant: 45 days warfarin + ASA then DAPT - needs GI agreement.""", org=bs)
    gin = c.note("gi-2026-07-14", "11506-3", "GI clinic note", "2026-07-14", gi, """GASTROENTEROLOGY 7/14/2026 - N. Patel MD
Angioectasia-related bleeding x2 on apixaban, lesions too diffuse for complete ablation. Long-term anticoagulation: NOT advised.
Short-term warfarin (~45 days, INR 2-3 with weekly checks) after LAAC: acceptable risk given Hgb now 11.2 and post-APC;
will see her during that window; iron repletion done.""", org=bs)
    sdm = c.note("sdm-2026-07-21", "11506-3", "Primary care SDM visit", "2026-07-21", pcp, """CAPITOL INTERNAL MEDICINE   07/21/2026   Marcia Wooten MD (internal medicine; not part of the implanting team)
Visit purpose: shared decision-making on stroke prevention in AF, at EP request.
Tool: Mayo Clinic "Anticoagulation Choice" decision aid (cards) used with pt and daughter; covered warfarin, DOACs,
no therapy, and LAAC; her bleeding history, stroke risk (CHA2DS2-VASc 4), procedural risks, and 45-day warfarin course.
Patient's priorities: avoid another transfusion/hospitalization; accepts short-term warfarin.
Outcome: pt chooses LAAC. I agree she is unable to take long-term oral anticoagulation. Time 40 min.""", org="Organization/capitol-im", enc=sdv)
    c.note("tee-report-2026-07-30", "11522-0", "TEE report", "2026-07-30", ep, """TEE 7/30/2026 (pre-LAAC): LVEF 60%. Mild MAC, mitral mean gradient 2 mmHg at HR 72 - NO mitral stenosis. Mild MR.
LAA: windsock, ostium 21 mm, depth 26 mm, no thrombus. Interatrial septum intact.""", org=bs)
    return case("br-laac-01", "pr15", ("33340", "Percutaneous transcatheter closure of the left atrial appendage with endocardial implant"),
                [("I48.21", "Permanent atrial fibrillation"), ("K55.21", "Angiodysplasia of colon with hemorrhage")],
                "2026-08-18", "approve", "NCD 20.34",
                [af, htn, score, tee, apx, gin, sdm],
                rationale="NVAF (TEE excludes mitral stenosis; the 2021 'mild MS?' is superseded) with CHA2DS2-VASc 4 / CHADS2 2 computed without the refuted TIA; formal SDM with the Mayo Anticoagulation Choice aid by an independent internist; recurrent transfusion-requiring bleeding makes her unable to take long-term OAC, and GI documents suitability for short-term warfarin."), c, None


def laac02():
    c = Chart("pr16", "urn:oid:1.2.840.114350.1.13.402.2.7.5.737384")
    c.patient("Emmett Doyle", "Rasmussen", "male", "1948-02-14", "RS-2290157", "Spokane", "WA")
    ep = c.practitioner("dr-salgado", "Ines", "Salgado", "MD", "Cardiac electrophysiology", "1780622139")
    gc = c.practitioner("dr-whitcomb", "Harlan", "Whitcomb", "MD", "General (non-invasive) cardiology", "1366084417")
    ns = c.practitioner("dr-obuya", "Peter", "Obuya", "MD", "Neurosurgery", "1194736620")
    pcp = c.practitioner("np-garland", "Ruth", "Garland", "NP", "Primary care nurse practitioner", "1205937714")
    ih = c.org("inland-heart", "Inland Northwest Heart", "Cardiology / EP practice")
    c.org("sacred-pines", "Sacred Pines Medical Center", "Hospital")
    af = c.condition("af", "I48.11", "Longstanding persistent atrial fibrillation", "2017-09-05", asserter=ep)
    htn = c.condition("htn", "I10", "Essential (primary) hypertension", "2008-04-01", asserter=pcp)
    dm = c.condition("t2dm", "E11.9", "Type 2 diabetes mellitus without complications", "2013-10-10", asserter=pcp)
    sdh = c.condition("sdh", "S06.5X0S", "Traumatic subdural hemorrhage without loss of consciousness, sequela", "2026-07-02", asserter=ns, note="Acute SDH 5/2026 after fall on apixaban; burr-hole evacuation 5/18/26.")
    c.condition("falls", "R29.6", "Repeated falls", "2026-05-20", asserter=pcp)
    c.encounter("enc-adm-2026-05-17", "2026-05-17", "IMP", "Trauma/neurosurgery admission", ns, "Organization/sacred-pines", end="2026-05-24")
    sv = c.encounter("enc-sdm-2026-08-11", "2026-08-11", "AMB", "Cardiology visit - SDM", gc, ih)
    c.obs("tte-2026-06-30", "TTE", "Transthoracic echo summary", "2026-06-30", string="LVEF 55%. LA severely dilated. Mild MR, no MS. No prosthetic valves.", performer=gc, category="imaging")
    score = c.obs("chadsvasc-2026-07-28", "CHA2DS2VASC", "CHA2DS2-VASc score", "2026-07-28", 4, "{score}", performer=ep, category="survey", note="Age 78 (2), HTN (1), DM (1). CHADS2 3.")
    apx = c.med("apixaban", "1364430", "apixaban 5 mg BID", "2017-09-05", ep, status="stopped", stop="2026-05-17", reason="Traumatic SDH")
    c.med("warfarin-hx", "11289", "warfarin (dose per INR)", "2017-09-05", "Practitioner/dr-salgado", status="completed", stop="2019-11-01", kind="MedicationStatement", note="Patient-reported: took warfarin 2017-2019 'without problems', switched to apixaban.")
    c.med("metformin", "6809", "metformin 500 mg BID", "2013-10-10", pcp)
    c.procedure("burrhole-2026-05-18", "61154", "Burr hole(s) with evacuation and/or drainage of hematoma", "2026-05-18", ns)
    c.note("ns-dc-2026-05-24", "18842-5", "Neurosurgery discharge summary", "2026-05-24", ns, """SACRED PINES MC - NEUROSURGERY DISCHARGE   5/24/2026   P. Obuya MD
78M fall at home 5/17 on apixaban -> L acute-on-chronic SDH 14 mm, 6 mm shift. Andexanet given. Burr-hole evacuation 5/18.
Recovered well, GCS 15, mild gait instability. Anticoagulation held indefinitely. F/u CT 6 weeks.
Long-term anticoagulation not recommended given fall risk and SDH.""", org="Organization/sacred-pines")
    epn = c.note("ep-2026-07-28", "11488-4", "EP consultation - LAAC", "2026-07-28", ep, """INLAND NORTHWEST HEART - EP   07/28/2026   I. Salgado MD
78M longstanding persistent AF. CHA2DS2-VASc 4 (age 2, HTN, DM); CHADS2 3. SDH 5/2026 on apixaban; recurrent falls.
Neurosurgery: no long-term OAC. Candidate for LAAC as alternative.
NVAF - TTE 6/30: no MS, no prosthetic valve.
Post-implant antithrombotic regimen: TBD. Standard protocol is 45 days warfarin + ASA; in view of recent SDH I have asked
Dr Obuya whether ANY short-term anticoagulation is acceptable, or whether a DAPT-only strategy is required (off-label).
Awaiting neurosurgery response. SDM to be done with Dr Whitcomb (non-interventional cardiology).
Note: pt tolerated warfarin 2017-2019 (pre-SDH) per his report.""", org=ih)
    sdm = c.note("sdm-2026-08-11", "11506-3", "Cardiology note - shared decision making", "2026-08-11", gc, """INLAND NORTHWEST HEART - GENERAL CARDIOLOGY   8/11/2026   H. Whitcomb MD (non-interventional; not an implanter)
SHARED DECISION MAKING - stroke prevention in AF.
Decision aid: ACC CardioSmart "Atrial Fibrillation: Stroke Prevention" decision aid, reviewed with pt and wife.
Options: resume DOAC (not advised by neurosurgery), aspirin alone, no therapy, LAAC with post-implant antithrombotic course.
Pt values: "I never want another brain bleed." Understands LAAC requires some antithrombotic therapy afterwards;
exact post-implant regimen pending neurosurgery opinion.
Conclusion: pt is unable to take long-term OAC; chooses LAAC evaluation.""", org=ih, enc=sv)
    c.note("phone-2026-09-02", "34746-8", "Telephone note", "2026-09-02", pcp, """PHONE 9/2/26 (R. Garland NP): wife asking about procedure date. Told her cardiology is still waiting on the brain surgeon's answer about blood thinner after the procedure. CT head 7/2026 stable per wife. Will message Dr Salgado.""", org=ih)
    c.note("ns-2026-09-22", "11506-3", "Neurosurgery clinic note", "2026-09-22", ns, """NEUROSURGERY 9/22/2026: CT stable, resolved SDH. From a neurosurgical standpoint a 45-day course of warfarin after LAAC is acceptable with INR 2-2.5 and fall precautions. - P. Obuya MD""", org="Organization/sacred-pines")
    return case("br-laac-02", "pr16", ("33340", "Percutaneous transcatheter closure of the left atrial appendage with endocardial implant"),
                [("I48.11", "Longstanding persistent atrial fibrillation"), ("S06.5X0S", "Traumatic subdural hemorrhage without loss of consciousness, sequela")],
                "2026-09-15", "request_info", "NCD 20.34",
                [af, score, apx, sdh, epn, sdm],
                missing=["short-term warfarin|short term warfarin|short-term anticoagulation|short term anticoagulation|post-implant anticoagulation|neurosurgery clearance"],
                rationale="NVAF, CHA2DS2-VASc 4 / CHADS2 3, independent SDM with a decision aid, and inability to take long-term OAC after a traumatic SDH are documented, but suitability for short-term warfarin is explicitly pending neurosurgery input before the request (the 2017-2019 warfarin history predates the SDH; the 9/22 clearance postdates the request)."), c, None


CASES = [tavr01, tavr02, hbot01, hbot02, ci01, ci02, laac01, laac02]
