from cases_b import *
TAVR = {"system": CPT, "code": "33361", "display": "Transcatheter aortic valve replacement (TAVR/TAVI), percutaneous femoral artery approach"}
# ---------------------------------------------------------------- TAVR 01 (pm09)
b = B("pm09"); b.patient("Franklin", "Deveraux", "male", "1950-02-14", "Cincinnati")
b.prac("dr-iyer", "Sanjay", "Iyer", "MD", "Interventional cardiology (structural heart)")
b.prac("dr-wexler", "Hannah", "Wexler", "MD", "Cardiothoracic surgery")
b.prac("dr-boyle", "Colin", "Boyle", "MD", "Internal medicine (PCP)")
b.prac("dr-tran", "Minh", "Tran", "MD", "Noninvasive cardiology / echo")
b.org("org-queen-city", "Queen City Heart Institute"); b.org("org-boyle-im", "Boyle Internal Medicine")
b.cond("as", "I35.0", "Nonrheumatic aortic (valve) stenosis", "2023-05-10", note="progressive; severe since 2026")
b.cond("htn", "I10", "Essential (primary) hypertension", "2008-01-01")
b.cond("hld", "E78.5", "Hyperlipidemia, unspecified", "2008-01-01")
b.cond("bronchitis-2023", "J20.9", "Acute bronchitis, unspecified", "2023-02-02", clinical="resolved")
b.obs("avmg-2026-01-13", "2026-01-13", V("Aortic valve mean gradient", "av-mg"), (46, "mm[Hg]", "mm[Hg]"), "Practitioner/dr-tran", cat="imaging")
b.obs("ava-2026-01-13", "2026-01-13", V("Aortic valve area (continuity)", "av-area"), (0.8, "cm2", "cm2"), "Practitioner/dr-tran", cat="imaging")
b.obs("avvmax-2026-01-13", "2026-01-13", V("Aortic valve peak velocity", "av-vmax"), (4.3, "m/s", "m/s"), "Practitioner/dr-tran", cat="imaging")
b.obs("lvef-2026-01-13", "2026-01-13", (LOINC, "10230-1", "Left ventricular Ejection fraction"), (60, "%", "%"), "Practitioner/dr-tran", cat="imaging")
b.obs("ett-mets-2026-01-22", "2026-01-22", V("Exercise treadmill test, achieved METs", "ett-mets"), (9.6, "{METs}", "{METs}"), "Practitioner/dr-iyer", cat="procedure", note="Bruce 8:40, no symptoms, BP 138->182, no ST changes, no arrhythmia")
b.obs("sts-2026-02-05", "2026-02-05", V("STS predicted risk of mortality", "sts-prom"), (2.1, "%", "%"), "Practitioner/dr-wexler", cat="survey")
b.med("amlodipine", "17767", "amlodipine 5 MG", "2008-01-01", "dr-boyle")
b.med("atorva", "83367", "atorvastatin 40 MG", "2008-01-01", "dr-boyle")
b.doc("pcp-2026-01-06", "2026-01-06", "dr-boyle", "org-boyle-im", "progress", "Annual physical", """
BOYLE INTERNAL MEDICINE -- ANNUAL PHYSICAL -- 01/06/2026
HPI: 75M here for annual. Known AS followed by cardiology. Plays golf (walks 9 holes), no complaints today.
ROS (carried forward 02/2023):
  Constitutional: negative.  Resp: positive for cough, positive for dyspnea on exertion.  CV: negative for chest pain, syncope.
Exam: III/VI late-peaking SEM RUSB, S2 soft.  BP 134/78.
A/P: AS -- echo due, ordered; cardiology f/u. HTN ok. HLD ok.
""")
b.doc("echo-2026-01-13", "2026-01-13", "dr-tran", "org-queen-city", "imaging", "Transthoracic echocardiogram report", """
TTE 01/13/2026 -- Interpreting: Minh Tran MD
Aortic valve: trileaflet, severely calcified. Vmax 4.3 m/s, MG 46 mmHg, AVA 0.8 cm2 (indexed 0.39), DVI 0.23.
LV: normal size, LVEF 60%, mild concentric LVH, grade I DD.  RVSP 28.
Impression: SEVERE aortic stenosis (high gradient), preserved EF. Progressed from moderate (MG 32) in 2024.
""")
b.doc("ic-2026-01-29", "2026-01-29", "dr-iyer", "org-queen-city", "consult", "Structural heart consult (interventional cardiology)", """
QUEEN CITY HEART -- STRUCTURAL HEART CLINIC -- S. Iyer MD (Interventional Cardiology) -- 1/29/2026, seen in person with wife
Severe high-gradient AS (MG 46, AVA 0.8, Vmax 4.3), LVEF 60%.
Symptoms: I asked specifically -- he denies dyspnea, chest pressure, lightheadedness, syncope, reduced exercise tolerance. Walks 9 holes of golf twice weekly. The "dyspnea/cough" in the PCP ROS is carried forward from his 2/2023 bronchitis; he confirms that resolved.
Treadmill 1/22/26: Bruce 8:40, 9.6 METs, asymptomatic, normal BP response, no ST change.
Assessment: ASYMPTOMATIC severe AS with normal EF and a normal exercise test.
Discussion: options are surveillance with 6-mo echo vs early intervention. Patient strongly prefers to "get it fixed now" before a planned trip. CT-TAVR protocol ordered. Surgical consult for heart-team evaluation.
""")
b.doc("cts-2026-02-05", "2026-02-05", "dr-wexler", "org-queen-city", "consult", "Cardiac surgery consult", """
Cardiothoracic Surgery Consultation -- H. Wexler MD -- 02/05/2026 (face-to-face)
75M, asymptomatic severe AS per Dr Iyer's evaluation; I concur on history -- no symptoms elicited. STS PROM 2.1% (low risk). Frailty: 5-m walk 4.1 s, grip normal.
Suitable for SAVR or TAVR anatomically (CTA: annulus 24 mm, iliofemorals 7.5 mm).
Opinion: if intervention is pursued, TAVR reasonable given patient preference; surveillance is also reasonable. Heart team to finalize.
""")
b.doc("ht-2026-02-12", "2026-02-12", "dr-iyer", "org-queen-city", "note", "Heart team conference note", """
Heart team 2/12/26 (Iyer, Wexler, Tran, NP Ruiz): Severe AS, no symptoms on history or ETT, LVEF 60%. Patient preference for early TAVR. Consensus: transfemoral TAVR acceptable; submit for authorization.
""")
b.sr("sr-tavr", CPT, "33361", "TAVR, percutaneous femoral artery approach", "2026-02-12", "dr-iyer")
BUNDLES["pm09"] = b
case("bm-tavr-01", 9, "NCD 20.32", TAVR, [("I35.0", "Nonrheumatic aortic (valve) stenosis")], "2026-02-24", "refer",
     ["DocumentReference/ic-2026-01-29", "Observation/ett-mets-2026-01-22", "DocumentReference/cts-2026-02-05", "DocumentReference/echo-2026-01-13"], [],
     "Both heart-team examinations are documented, but the NCD covers symptomatic aortic stenosis and the interventional cardiologist and surgeon document an asymptomatic patient with a normal treadmill test; the PCP's dyspnea is a 2023 carry-forward. The symptomatic-stenosis criterion is documented not met.",
     note="Severe symptomatic AS, heart team recommends TAVR.")

# ---------------------------------------------------------------- TAVR 02 (pm10)
b = B("pm10"); b.patient("Margaret", "Ellingsworth", "female", "1941-09-30", "Lima")
b.prac("dr-castro", "Diego", "Castro", "MD", "Interventional cardiology (structural heart)")
b.prac("dr-lindqvist", "Erik", "Lindqvist", "MD", "Cardiac surgery")
b.prac("pa-marsh", "Kelsey", "Marsh", "PA-C", "Cardiac surgery physician assistant")
b.prac("dr-ahmed", "Sara", "Ahmed", "MD", "General cardiology")
b.org("org-allen-heart", "Allen County Heart & Vascular"); b.org("org-lima-mem", "Lima Memorial Hospital")
b.cond("as", "I35.0", "Nonrheumatic aortic (valve) stenosis", "2022-04-01")
b.cond("ckd", "N18.30", "Chronic kidney disease, stage 3 unspecified", "2020-01-01")
b.cond("htn", "I10", "Essential (primary) hypertension", "2000-01-01")
b.cond("syncope", "R55", "Syncope and collapse", "2026-06-12", note="exertional near-syncope x2")
b.obs("avmg-2026-06-30", "2026-06-30", V("Aortic valve mean gradient", "av-mg"), (44, "mm[Hg]", "mm[Hg]"), "Practitioner/dr-ahmed", cat="imaging")
b.obs("ava-2026-06-30", "2026-06-30", V("Aortic valve area (continuity)", "av-area"), (0.7, "cm2", "cm2"), "Practitioner/dr-ahmed", cat="imaging")
b.obs("lvef-2026-06-30", "2026-06-30", (LOINC, "10230-1", "Left ventricular Ejection fraction"), (55, "%", "%"), cat="imaging")
b.obs("nyha-2026-07-14", "2026-07-14", V("NYHA functional class", "nyha"), "Class III", "Practitioner/dr-castro")
b.obs("sts-2026-07-28", "2026-07-28", V("STS predicted risk of mortality", "sts-prom"), (6.8, "%", "%"), "Practitioner/pa-marsh", cat="survey")
b.obs("egfr-2026-07-14", "2026-07-14", (LOINC, "33914-3", "Glomerular filtration rate/1.73 sq M.predicted"), (41, "mL/min/1.73m2", "mL/min/{1.73_m2}"), cat="laboratory")
b.med("furosemide", "4603", "furosemide 20 MG", "2026-06-12", "dr-ahmed")
b.med("metoprolol", "6918", "metoprolol tartrate 25 MG", "2015-01-01", "dr-ahmed")
b.doc("card-2026-06-12", "2026-06-12", "dr-ahmed", "org-allen-heart", "progress", "Cardiology office note", """
Allen County H&V -- 6/12/2026 -- S. Ahmed MD
84F w/ known AS (moderate 2024). Now 2 episodes near-syncope climbing porch steps, DOE after ~50 ft, 2-pillow orthopnea.  Exam: IV/VI SEM, single S2, trace edema.
Plan: TTE, start furosemide 20, refer structural heart.
""")
b.doc("echo-2026-06-30", "2026-06-30", "dr-ahmed", "org-lima-mem", "imaging", "Echo report", """
TTE 06/30/2026: Severe calcific AS. AVA 0.7 cm2, MG 44 mmHg, Vmax 4.2 m/s. LVEF 55%. Mild MR. PASP 42.
""")
b.doc("ic-2026-07-14", "2026-07-14", "dr-castro", "org-allen-heart", "consult", "Structural heart evaluation", """
STRUCTURAL HEART CLINIC (face-to-face) -- Diego Castro MD, Interventional Cardiology -- 07/14/2026
Symptomatic severe AS: NYHA III dyspnea, exertional presyncope. LVEF 55%. eGFR 41.
Gait slow, lives alone, daughter nearby; KCCQ-12 38. CTA: tortuous but adequate iliofemorals (6.8 mm).
My assessment: intermediate-high surgical risk; TAVR favored over SAVR; medical therapy alone carries poor prognosis.
Cardiac surgery evaluation requested (Dr Lindqvist) for heart team.
""")
b.doc("cts-app-2026-07-28", "2026-07-28", "pa-marsh", "org-allen-heart", "consult", "Cardiac surgery APP evaluation", """
CARDIAC SURGERY -- ADVANCED PRACTICE PROVIDER EVALUATION
Date 07/28/2026   Provider: Kelsey Marsh, PA-C
84F, symptomatic severe AS referred for surgical opinion.  STS PROM 6.8%. Frailty: 5-m walk 7.9 s, albumin 3.4.
Sternum intact, no prior chest surgery. Porcelain aorta: no (CT).
Impression: elevated surgical risk. Patient prefers transcatheter approach.
Patient discussed with Dr. Lindqvist by phone; he will see her in clinic at next available (scheduled 8/25). Note to be reviewed/co-signed by attending.
[Attending co-signature: pending]
""")
b.doc("ht-2026-08-04", "2026-08-04", "dr-castro", "org-allen-heart", "note", "Heart team conference", """
Heart team meeting 8/4/2026. Present: Castro (IC), Ahmed (cardiology), Marsh (PA-C, CT surgery), imaging.
Case: 84F symptomatic severe AS, STS 6.8%.
Surgical evaluation: APP seen 7/28; surgeon visit pending.
Consensus of those present: TF-TAVR. Proceed with authorization.
""")
b.appt("appt-cts-2026-08-25", "2026-07-28", "2026-08-25", "Cardiac surgery new patient visit - Dr. Lindqvist", "dr-lindqvist")
b.sr("sr-tavr", CPT, "33361", "TAVR, percutaneous femoral artery approach", "2026-08-04", "dr-castro")
BUNDLES["pm10"] = b
case("bm-tavr-02", 10, "NCD 20.32", TAVR, [("I35.0", "Nonrheumatic aortic (valve) stenosis"), ("R55", "Syncope and collapse")], "2026-08-11", "request_info",
     ["Observation/ava-2026-06-30", "Observation/nyha-2026-07-14", "DocumentReference/ic-2026-07-14", "DocumentReference/cts-app-2026-07-28"],
     ["cardiac surgeon|surgeon evaluation|surgeon examination|surgical evaluation|surgical consultation|face to face surgeon"],
     "Symptomatic severe AS and the interventional cardiologist's face-to-face evaluation are documented, but the surgical evaluation is by a PA-C with the attending co-signature pending and the cardiac surgeon's own face-to-face visit is booked after the request date.")

# ---------------------------------------------------------------- HBOT 01 (pm11)
b = B("pm11"); b.patient("Luis", "Arredondo", "male", "1955-12-12", "Springfield")
b.prac("dr-kerr", "Natalie", "Kerr", "MD", "Wound care / hyperbaric medicine")
b.prac("dpm-boone", "Russell", "Boone", "DPM", "Podiatry")
b.prac("rn-ivey", "Carla", "Ivey", "RN, CWON", "Wound care nurse")
b.prac("dr-shah", "Rohit", "Shah", "MD", "Infectious disease")
b.org("org-clark-wound", "Clark County Wound & Hyperbaric Center"); b.org("org-boone-pod", "Boone Foot & Ankle (outside practice)")
b.cond("t2dm-ulcer", "E11.621", "Type 2 diabetes mellitus with foot ulcer", "2026-02-27", rec="dr-kerr")
b.cond("ulcer", "L97.514", "Non-pressure chronic ulcer of other part of right foot with necrosis of bone", "2026-02-27", rec="dr-kerr", note="plantar 1st MTP, Wagner 3 (osteomyelitis 1st metatarsal head on MRI)")
b.cond("osteo", "M86.171", "Other acute osteomyelitis, right ankle and foot", "2026-02-25")
b.cond("neuropathy", "E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy", "2019-06-06")
b.obs("abi-2026-02-27", "2026-02-27", V("Ankle-brachial index, right", "abi-r"), (1.02, "{ratio}", "1"), cat="procedure", note="TBI 0.72; biphasic Doppler; no correctable vascular disease")
b.obs("a1c-2026-02-27", "2026-02-27", (LOINC, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), (7.4, "%", "%"), cat="laboratory")
for d, l, w, dep in [("2026-02-27", 4.2, 3.0, 1.1), ("2026-03-06", 3.9, 2.8, 1.0), ("2026-03-13", 3.4, 2.5, 0.8), ("2026-03-18", 3.1, 2.2, 0.7)]:
    o = b.obs(f"wound-{d}", d, V("Wound dimensions (L x W x D), right plantar 1st MTP", "wound-lwd"), f"{l} x {w} x {dep} cm", ["Practitioner/rn-ivey"], cat="exam")
b.med("doxy", "3640", "doxycycline hyclate 100 MG", "2026-02-27", "dr-shah", start="2026-02-27", reason="osteomyelitis, culture-directed (MSSA)")
b.med("metformin", "6809", "metformin 1000 MG", "2015-01-01", "dr-kerr")
b.med("glargine", "274783", "insulin glargine 100 UNT/ML", "2020-03-03", "dr-kerr", dose="28 units nightly")
b.doc("pod-2026-02-20", "2026-02-20", "dpm-boone", "org-boone-pod", "consult", "Outside podiatry referral letter", """
BOONE FOOT & ANKLE -- Referral letter (received by fax 02/23/2026, scanned)
Re: Luis Arredondo   Date: 02/20/2026
Dear Dr Kerr, I am referring Mr. A for HBO therapy. His R plantar 1st MTP ulcer has been non-healing despite 6 weeks of care. He has been doing home dressing changes (gauze, daughter assists) since early January; I saw him once on 1/9 and today. No debridement performed in our office; no offloading device yet. X-ray today: possible cortical erosion 1st MT head.
Thank you,  R. Boone DPM
""")
b.doc("wc-2026-02-27", "2026-02-27", "dr-kerr", "org-clark-wound", "consult", "Wound center initial evaluation", """
CLARK COUNTY WOUND & HYPERBARIC -- INITIAL EVAL -- 02/27/2026 -- N. Kerr MD
70M T2DM (A1c 7.4), neuropathy. R plantar 1st MTP ulcer x ~8 weeks, previously managed with home gauze only.
MRI 2/25: osteomyelitis 1st MT head -> Wagner grade 3.
Vascular: palpable DP/PT, ABI 1.02, TBI 0.72 -- adequate perfusion, no correctable disease.
Wound 4.2 x 3.0 x 1.1 cm, probe-to-bone +.
Standard wound care STARTED TODAY: sharp excisional debridement, bone biopsy/culture, total contact cast, moist dressing (alginate), ID consult, glycemic and nutrition optimization (albumin 3.6).
Plan: weekly debridement + TCC. Reassess HBO candidacy after 30 days of standard care if no measurable healing.
""")
b.doc("wc-2026-03-13", "2026-03-13", "rn-ivey", "org-clark-wound", "nurse", "Wound care nursing visit", """
3/13/26 RN/CWON: TCC changed. Wound 3.4 x 2.5 x 0.8 cm (prev 3.9 x 2.8 x 1.0). Granulation 70%, minimal drainage, no odor. Periwound intact. Pt adherent to TCC.
""")
b.doc("wc-2026-03-18", "2026-03-18", "dr-kerr", "org-clark-wound", "progress", "Wound center progress note", """
Progress note 3/18/2026 (N. Kerr MD)
Week 3 of standard care. Measurements: 4.2x3.0x1.1 (2/27) -> 3.9x2.8x1.0 (3/6) -> 3.4x2.5x0.8 (3/13) -> 3.1x2.2x0.7 today. Area reduced ~46%.
Bone culture MSSA -> doxycycline per ID.
Podiatry referral requested HBO; referral states 'failed 6 weeks of care' but prior care was home gauze without debridement/offloading.
Plan: per referring podiatrist's request, submitting HBO authorization (G0277) now; continue TCC + weekly debridement.
""")
b.doc("id-2026-03-02", "2026-03-02", "dr-shah", "org-clark-wound", "consult", "Infectious disease consult", """
ID consult 3/2/26 R. Shah MD: R 1st MT head osteomyelitis, bone cx MSSA. Doxycycline 100 mg BID x 6 wk. No systemic signs. Consider partial 1st ray resection if fails.
""")
BUNDLES["pm11"] = b
case("bm-hbot-01", 11, "NCD 20.29", {"system": HCPCS, "code": "G0277", "display": "Hyperbaric oxygen under pressure, full body chamber, per 30 minute interval"},
     [("E11.621", "Type 2 diabetes mellitus with foot ulcer"), ("L97.514", "Non-pressure chronic ulcer of other part of right foot with necrosis of bone")],
     "2026-03-20", "refer",
     ["DocumentReference/wc-2026-02-27", "DocumentReference/wc-2026-03-18", "Observation/wound-2026-02-27", "Observation/wound-2026-03-18"], [],
     "Diabetic Wagner 3 ulcer, but standard wound care began 2026-02-27 (21 days before the request) and serial measurements show measurable healing; the outside '6 weeks of care' was home gauze only. The 30-day no-healing requirement is documented not met.")

# ---------------------------------------------------------------- HBOT 02 (pm12)
b = B("pm12"); b.patient("Theodore", "Blackwood", "male", "1952-05-25", "Mansfield")
b.prac("dr-lau", "Victor", "Lau", "DDS, MD", "Oral and maxillofacial surgery")
b.prac("dr-kaplan", "Judith", "Kaplan", "MD", "Radiation oncology")
b.prac("dr-ferreira", "Ana", "Ferreira", "MD", "Hyperbaric medicine")
b.prac("dr-odum", "James", "Odum", "MD", "Radiology")
b.org("org-mansfield-omfs", "Mansfield Oral & Maxillofacial Surgery"); b.org("org-ohio-cancer", "North Central Ohio Cancer Center")
b.org("org-richland-hbo", "Richland Hyperbaric Medicine")
b.cond("orn", "M27.2", "Inflammatory conditions of jaws", "2026-07-01", rec="dr-lau", note="Osteoradionecrosis, left posterior mandible (body), Notani II")
b.cond("orn-cause", "Y84.2", "Radiological procedure and radiotherapy as the cause of abnormal reaction of the patient, or of later complication", "2026-07-01")
b.cond("hx-opc", "Z85.818", "Personal history of malignant neoplasm of other sites of lip, oral cavity, and pharynx", "2021-11-30", note="p16+ SCC base of tongue T2N1, chemoradiation 70 Gy/35 fx completed 2021-11; NED")
b.cond("hx-rt", "Z92.3", "Personal history of irradiation", "2021-11-30")
b.cond("htn", "I10", "Essential (primary) hypertension", "2010-01-01")
b.proc("debride-2026-08-05", CPT, "41830", "Alveolectomy, including curettage of osteitis or sequestrectomy", "2026-08-05", "dr-lau", note="limited sequestrectomy/debridement left mandible, irrigation")
b.obs("ct-2026-08-19", "2026-08-19", V("CT mandible impression", "ct-mandible"), "Mixed lytic-sclerotic change L mandibular body 2.8 cm with cortical breach and small sequestrum; no pathologic fracture; no soft-tissue mass", "Practitioner/dr-odum", cat="imaging")
b.obs("pet-2026-08-26", "2026-08-26", V("PET/CT head and neck impression", "pet-hn"), "Uptake limited to L mandible, pattern of osteoradionecrosis; no evidence of recurrent or nodal disease", "Practitioner/dr-odum", cat="imaging")
b.med("pento", "8013", "pentoxifylline 400 MG extended release", "2026-07-01", "dr-lau", dose="400 mg BID", start="2026-07-01")
b.med("vite", None, "vitamin E (tocopherol) 1000 UNT oral capsule", "2026-07-01", "dr-lau", dose="1000 IU daily", start="2026-07-01")
b.med("chlorhex", "2358", "chlorhexidine gluconate 0.12 % oral rinse", "2026-07-01", "dr-lau")
b.med("amoxclav", None, "amoxicillin 875 MG / clavulanate 125 MG oral tablet", "2026-07-01", "dr-lau", status="completed", start="2026-07-01", end="2026-07-29")
b.doc("rt-summary-2021", "2021-12-10", "dr-kaplan", "org-ohio-cancer", "discharge", "Radiation oncology treatment summary (outside)", """
NORTH CENTRAL OHIO CANCER CENTER -- RADIATION TREATMENT SUMMARY
Dx: SCC base of tongue, p16+, cT2N1M0.  IMRT 70 Gy / 35 fx to primary + involved nodes with weekly cisplatin, 10/2021 - 11/29/2021.
Mandible: L posterior body within high-dose region (Dmax 72 Gy).
Pre-RT dental: extractions #17, #18 (2021-09).
""")
b.doc("omfs-2026-07-01", "2026-07-01", "dr-lau", "org-mansfield-omfs", "consult", "OMFS consultation", """
<html><body><p><b>Mansfield OMFS</b> -- Victor Lau DDS MD -- 07/01/2026</p>
<p>74M, BOT SCC s/p CRT 70 Gy 2021 (NED). 3 mo of L lower jaw pain and exposed bone in the #18-#19 region after a denture sore. No trismus change, no paresthesia.</p>
<p><b>Exam:</b> 1.2 cm exposed necrotic bone L posterior mandible, purulence, no fistula.</p>
<p><b>Dx:</b> Osteoradionecrosis of the L mandible (ORN), Notani II.</p>
<p><b>Plan (conventional therapy):</b> chlorhexidine rinses, amox-clav 4 wk, PENTOCLO (pentoxifylline 400 BID + vitamin E), denture out, then surgical debridement/sequestrectomy; CT mandible; PET to r/o recurrence. Will consider HBO as adjunct if exposure persists.</p>
</body></html>""", ctype="text/html")
b.doc("omfs-2026-09-02", "2026-09-02", "dr-lau", "org-mansfield-omfs", "progress", "OMFS follow-up", """
OMFS f/u 09/02/2026: s/p limited sequestrectomy 8/5. Persistent 1.0 cm exposed bone; CT 8/19 with sequestrum and cortical breach; PET 8/26 no recurrence (ORN pattern only). On pentoxifylline/vit E since 7/1, rinses; antibiotics completed.
Plan: formal marginal resection/debridement with HBO as adjunct (20 sessions pre-op, 10 post-op). Refer Dr Ferreira.
""")
b.doc("hbo-2026-09-22", "2026-09-22", "dr-ferreira", "org-richland-hbo", "consult", "Hyperbaric medicine consultation", """
RICHLAND HYPERBARIC -- CONSULT -- A. Ferreira MD -- 9/22/2026
Indication: osteoradionecrosis of L mandible, as adjunct to ongoing conventional treatment (debridement/resection, PENTOCLO, antimicrobial rinses) by OMFS.
No malignancy recurrence (PET 8/26). Contraindication screen: no untreated pneumothorax, no bleomycin, no COPD/bullae (CXR clear), no claustrophobia, ears -- able to autoinflate. Not on cisplatin now.
Plan: HBO 2.4 ATA x 90 min, 20 pre-op and 10 post-op treatments in monoplace chamber.
""")
b.doc("dental-2024-03-11", "2024-03-11", "dr-lau", "org-mansfield-omfs", "note", "Old dental note", """
2024-03-11: routine denture adjustment; no exposed bone; radiated mandible -- avoid extractions; if extraction needed consider prophylactic HBO. (no extraction done)
""")
BUNDLES["pm12"] = b
case("bm-hbot-02", 12, "NCD 20.29", {"system": HCPCS, "code": "G0277", "display": "Hyperbaric oxygen under pressure, full body chamber, per 30 minute interval"},
     [("M27.2", "Inflammatory conditions of jaws"), ("Y84.2", "Radiological procedure and radiotherapy as the cause of abnormal reaction of the patient, or of later complication"), ("Z92.3", "Personal history of irradiation")],
     "2026-10-06", "approve",
     ["Condition/orn", "DocumentReference/omfs-2026-07-01", "DocumentReference/omfs-2026-09-02", "DocumentReference/hbo-2026-09-22", "Observation/ct-2026-08-19"], [],
     "Osteoradionecrosis of the irradiated mandible (coded as an inflammatory jaw condition due to radiotherapy) is a covered condition, and HBO is requested as an adjunct to ongoing conventional treatment (debridement, antibiotics, PENTOCLO) with recurrence excluded. The 2024 'prophylactic HBO' comment is old and unrelated.",
     note="ORN mandible, adjunct HBO 20/10 protocol.")
