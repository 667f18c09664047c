"""NCD 20.29 cases (hyperbaric oxygen)."""
from fhirlib import Bundle, dt, LOINC, CPT, html_doc, table
from common import case, svc, dx

P = "NCD 20.29"
WOUND = ("local", "WOUND-MEAS", "Wound measurements")
L = (LOINC, "39126-8", "Length of Wound")
W = (LOINC, "39125-0", "Width of Wound")
D = (LOINC, "39127-6", "Depth of Wound")


def wound(b, oid, d, t, l, w, dep, enc, site, note=None, performer=None):
    b.obs(oid, WOUND, dt(d, t), category="exam", encounter=enc, body_site=site, note=note, performer=performer,
          components=[(L[0], L[1], L[2], l, "cm", "cm"), (W[0], W[1], W[2], w, "cm", "cm"), (D[0], D[1], D[2], dep, "cm", "cm")])


def hbot01():
    b = Bundle("bw11")
    b.patient("Lambright", ["Curtis", "W"], "male", "1958-09-03", "Harlow")
    b.org("nvrmc", "Northvale Regional Medical Center", "Acute care hospital")
    b.org("cedarridge", "Cedar Ridge Skilled Nursing & Rehab", "Skilled nursing facility")
    b.org("nv-wound", "Northvale Wound Care & Hyperbaric Center", "Hospital outpatient wound center")
    b.prac("dr-bauer", "Bauer", "Nina", "MD", "Hospital medicine")
    b.prac("dpm-greer", "Greer", "Alan", "DPM", "Podiatry")
    b.prac("dr-chandra", "Chandra", "Vikram", "MD", "Infectious diseases")
    b.prac("dr-adeyemi", "Adeyemi", "Folake", "MD", "SNF attending physician")
    b.prac("rn-wcn-hale", "Hale", "Bonnie", "RN, WCC", "SNF wound care nurse")
    b.prac("dr-kessler", "Kessler", "Ruth", "MD", "Wound care / undersea and hyperbaric medicine")

    site = "Left foot, plantar first metatarsal head"
    b.enc("enc-hosp-2026-06-01", "IMP", "Inpatient admission - hospital medicine", dt("2026-06-01", "14:00"), dt("2026-06-09", "11:00"), org="nvrmc",
          admit_source="Emergency department", disposition="Skilled nursing facility (Cedar Ridge) with PICC for IV antibiotics",
          reason="Infected left diabetic foot ulcer with osteomyelitis")
    b.enc("enc-snf-2026-06-09", "NONAC", "Skilled nursing facility stay", dt("2026-06-09", "15:30"), dt("2026-07-21", "10:00"), org="cedarridge",
          disposition="Home with home health")
    b.enc("enc-wound-2026-07-23", "AMB", "Wound center new patient visit", dt("2026-07-23", "09:00"), dt("2026-07-23", "10:15"), org="nv-wound")

    b.cond("c-dfu", "E11.621", "Type 2 diabetes mellitus with foot ulcer", "2026-06-01")
    b.cond("c-ulcer", "L97.524", "Non-pressure chronic ulcer of other part of left foot with necrosis of bone", "2026-06-01")
    b.cond("c-osteo", "M86.172", "Other acute osteomyelitis, left ankle and foot", "2026-06-02")
    b.cond("c-neuro", "E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy", "2018-04-11")
    b.obs("a1c-2026-06-02", (LOINC, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), dt("2026-06-02", "05:00"), 9.4, "%", "%",
          encounter="enc-hosp-2026-06-01")
    b.obs("abi-2026-06-04", ("local", "ABI-L", "Ankle-brachial index, left"), dt("2026-06-04", "10:00"), 1.02, "{ratio}", "{ratio}",
          category="procedure", encounter="enc-hosp-2026-06-01", note="Left TBI 0.72. Triphasic Doppler waveforms. No significant arterial disease.")
    b.proc("proc-debr-2026-06-03", (CPT, "11044", "Debridement, bone"), dt("2026-06-03", "15:00"), encounter="enc-hosp-2026-06-01", performer="dpm-greer",
           body_site=site, outcome="Excisional debridement to bone; bone specimen sent (MSSA).")
    b.doc("podiatry-2026-06-03", "11488-4", "Consult note", "Podiatry consultation and procedure note", dt("2026-06-03", "17:00"), "dpm-greer",
          """PODIATRY CONSULT / PROCEDURE 06/03/2026
Lambright, Curtis 67M - T2DM with neuropathy (monofilament 0/10 bilat).
L plantar 1st MTH ulcer x ~2 months, recently purulent. Probes to bone. MRI 6/2: osteomyelitis of 1st metatarsal head, no abscess.
Wagner grade 3.
Vascular: DP/PT 2+ bilaterally; ABI/TBI 6/4 normal (L ABI 1.02, TBI 0.72).
Procedure: excisional debridement of skin, subcutaneous tissue and bone (1st MT head cortex), bone culture. Post-debridement 3.1 x 2.4 x 1.2 cm.
Plan: IV antibiotics per ID; alginate dressing; STRICT OFF-LOADING - non-weight-bearing L forefoot; off-loading walker boot at discharge; wheelchair for distances. Consider TCC when infection controlled.
""", encounter="enc-hosp-2026-06-01", custodian="nvrmc")
    b.med("rx-ertapenem", "325642", "ertapenem 1 g injection", dt("2026-06-04", "10:00"), status="completed", dosage="1 g IV daily x 6 weeks via PICC",
          encounter="enc-hosp-2026-06-01", start="2026-06-04", end="2026-07-15", requester="dr-chandra")
    b.med("rx-glargine", "274783", "insulin glargine 100 units/mL", dt("2026-06-05", "09:00"), dosage="24 units at bedtime, titrate per protocol",
          encounter="enc-hosp-2026-06-01", start="2026-06-05", requester="dr-bauer")
    b.doc("dc-2026-06-09", "18842-5", "Discharge summary", "Hospital discharge summary", dt("2026-06-09", "10:30"), "dr-bauer",
          """DISCHARGE SUMMARY 06/01/2026 - 06/09/2026
LAMBRIGHT, Curtis 67M   Disposition: Cedar Ridge SNF
1. L diabetic foot ulcer, plantar 1st MTH, with 1st MT head osteomyelitis (MRI 6/2), Wagner 3. Debrided to bone 6/3 (MSSA). Ertapenem 1 g IV daily via PICC through 7/15 (ID).
2. T2DM, A1c 9.4 - started glargine 24 u + metformin; SNF to titrate.
3. Vascular: ABI/TBI normal.
WOUND ORDERS FOR SNF: alginate daily, weekly measurements, podiatry weekly debridement. NON-WEIGHT-BEARING L FOREFOOT. Off-loading walker boot - ordered from DME, to be delivered to SNF. Wheelchair for all distances until boot in place.
""", encounter="enc-hosp-2026-06-01", custodian="nvrmc")

    for oid, d, l, w, dep in [("wound-2026-06-10", "2026-06-10", 3.1, 2.4, 1.2), ("wound-2026-06-17", "2026-06-17", 3.2, 2.4, 1.2),
                              ("wound-2026-06-24", "2026-06-24", 3.1, 2.5, 1.3), ("wound-2026-07-01", "2026-07-01", 3.1, 2.4, 1.2),
                              ("wound-2026-07-08", "2026-07-08", 3.0, 2.4, 1.2), ("wound-2026-07-15", "2026-07-15", 3.1, 2.4, 1.2)]:
        wound(b, oid, d, "10:00", l, w, dep, "enc-snf-2026-06-09", site, performer="rn-wcn-hale")
    b.doc("snf-nursing-2026-07-06", "11506-3", "Progress note", "SNF wound care nurse note", dt("2026-07-06", "14:20"), "rn-wcn-hale",
          """CEDAR RIDGE - WOUND CARE NURSE NOTE 07/06/2026
Resident: Curtis Lambright   Wound: L plantar 1st MTH, diabetic, with osteomyelitis (IV abx via PICC)
Off-loading: walker boot delivered 06/30 (DME backorder 6/10-6/29; during that time resident declined wheelchair and walked to meals and therapy in his own sneakers). Since delivery resident refuses to wear the boot - "too heavy, hurts my knee" - and continues to walk in his sneakers. Educated x3 on NWB order and risk of amputation; resident verbalizes understanding, states he will "try." Boot found in closet at 3 of 4 checks this week.
Therapy aware - gait training being done in his own footwear, full weight bearing.
Wound unchanged: 3.1 x 2.4 x 1.2, moist, pale granulation, macerated callus rim (pressure). Alginate daily. Podiatry debrided 6/17 and 6/24; next visit 7/8.
MD notified.
""", encounter="enc-snf-2026-06-09", custodian="cedarridge")
    snf = html_doc("Cedar Ridge discharge", """
<h2>Cedar Ridge Skilled Nursing &amp; Rehab - Discharge Summary</h2>
<p>Resident: Curtis Lambright &nbsp; 06/09/2026 - 07/21/2026 &nbsp; Attending: F. Adeyemi MD</p>
<h3>Wound</h3>
<p>Left plantar 1st MTH diabetic ulcer with 1st MT head osteomyelitis. Ertapenem completed 07/15, PICC removed 07/16.
Dressings: calcium alginate daily. Podiatry sharp debridement 06/17, 06/24, 07/08.
<b>Off-loading: non-adherent throughout the stay</b> - declined wheelchair, refused walker boot after delivery 06/30, ambulated full weight bearing in personal sneakers.
Glucose: glargine titrated 24 -&gt; 36 units; fingersticks 160-240.</p>
""" + table([["Date", "L x W x D (cm)"], ["06/10", "3.1 x 2.4 x 1.2"], ["06/17", "3.2 x 2.4 x 1.2"], ["06/24", "3.1 x 2.5 x 1.3"],
             ["07/01", "3.1 x 2.4 x 1.2"], ["07/08", "3.0 x 2.4 x 1.2"], ["07/15", "3.1 x 2.4 x 1.2"]], header=None) + """
<p>Referred to Northvale Wound Care &amp; Hyperbaric Center (appointment 07/23).</p>
""")
    b.doc("snf-dc-2026-07-21", "18842-5", "Discharge summary", "SNF discharge summary (Cedar Ridge)", dt("2026-07-21", "09:30"), "dr-adeyemi",
          snf, ctype="text/html", encounter="enc-snf-2026-06-09", custodian="cedarridge")

    wound(b, "wound-2026-07-23", "2026-07-23", "09:30", 3.1, 2.4, 1.2, "enc-wound-2026-07-23", site, performer="dr-kessler")
    b.proc("proc-tcc-2026-07-23", (CPT, "29445", "Application of rigid total contact leg cast"), dt("2026-07-23", "10:00"),
           encounter="enc-wound-2026-07-23", performer="dr-kessler", body_site="Left lower leg/foot")
    b.doc("wound-clinic-2026-07-23", "11488-4", "Consult note", "Wound center new patient evaluation", dt("2026-07-23", "11:00"), "dr-kessler",
          """NORTHVALE WOUND CARE & HYPERBARIC CENTER - NEW PATIENT   07/23/2026
Curtis Lambright 67M   Ruth Kessler MD (UHM)

Diabetic foot ulcer L plantar 1st MTH with 1st MT head osteomyelitis, Wagner grade 3. 6 weeks IV ertapenem completed 7/15. Debrided serially at SNF.
Measurements at SNF unchanged over 6 weeks (3.1 x 2.4 x 1.2 -> 3.1 x 2.4 x 1.2); today 3.1 x 2.4 x 1.2. Callus rim with maceration - consistent with ongoing pressure.
Per SNF records and patient: did NOT off-load during the SNF stay (walked in sneakers, refused boot).
Vascular: ABI 1.02 / TBI 0.72 (6/4). A1c 9.4 (6/2), now on glargine 36 u.
Today: sharp debridement of callus rim; total contact cast applied - patient agrees to TCC and weekly changes.
Assessment/Plan: Wagner 3 DFU without healing for >30 days. Request HBOT 2.0 ATA x 90 min, 30-40 treatments, adjunctive to TCC and weekly debridement. Prior authorization to be submitted.
""", encounter="enc-wound-2026-07-23", custodian="nv-wound")

    c = case("bw-hbot-01", "bw11", svc("hcpcs", "G0277", "Hyperbaric oxygen under pressure, full body chamber, per 30 minute interval"),
             [dx("E11.621", "Type 2 diabetes mellitus with foot ulcer"),
              dx("L97.524", "Non-pressure chronic ulcer of other part of left foot with necrosis of bone"),
              dx("M86.172", "Other acute osteomyelitis, left ankle and foot")],
             "2026-07-24", "refer", P,
             ["DocumentReference/snf-nursing-2026-07-06", "DocumentReference/snf-dc-2026-07-21", "DocumentReference/wound-clinic-2026-07-23"],
             rationale="Diabetic lower-extremity wound, Wagner 3, no measurable healing over 6 weeks. But the course of standard wound therapy was not adequate: off-loading was documented as not done for the whole SNF stay, and TCC started only the day before the request. Failure of an adequate course is documented not met: physician reviewer.",
             note="HBOT for Wagner 3 DFU with osteomyelitis, no healing x 6 weeks of standard care.")
    return c, b


def hbot02():
    b = Bundle("bw12")
    b.patient("Baptiste", ["Rosalind", "J"], "female", "1954-05-11", "Kingsford")
    b.org("nvrmc", "Northvale Regional Medical Center", "Acute care hospital")
    b.org("nv-wound", "Northvale Wound Care & Hyperbaric Center", "Hospital outpatient wound center")
    b.org("nv-vasc", "Northvale Vascular Laboratory", "Accredited non-invasive vascular lab")
    b.org("hh-cardinal", "Cardinal Home Health", "Home health agency")
    b.prac("dr-lindqvist", "Lindqvist", "Anna", "MD", "Hospital medicine")
    b.prac("dpm-greer", "Greer", "Alan", "DPM", "Podiatry")
    b.prac("dr-kessler", "Kessler", "Ruth", "MD", "Wound care / undersea and hyperbaric medicine")
    b.prac("rd-akin", "Akin", "Deborah", "RDN", "Dietitian")
    b.prac("rvt-morales", "Morales", "Ana", "RVT", "Vascular technologist")

    site = "Right foot, plantar fifth metatarsal head"
    b.enc("enc-hosp-2026-09-14", "IMP", "Inpatient admission - hospital medicine", dt("2026-09-14", "12:00"), dt("2026-09-19", "13:00"), org="nvrmc",
          admit_source="Direct admission from podiatry clinic", disposition="Home with home health and home infusion",
          reason="Right diabetic foot ulcer with osteomyelitis")
    encs = ["2026-09-24", "2026-10-01", "2026-10-08", "2026-10-15", "2026-10-22", "2026-10-29"]
    for d in encs:
        b.enc("enc-wound-" + d, "AMB", "Wound center visit", dt(d, "10:00"), dt(d, "10:45"), org="nv-wound")
    b.enc("enc-vasc-2026-11-09", "AMB", "Non-invasive arterial study", dt("2026-11-09", "08:00"), dt("2026-11-09", "09:00"), org="nv-vasc")

    b.cond("c-dm", "E11.621", "Type 2 diabetes mellitus with foot ulcer", "2026-09-14")
    b.cond("c-ulcer", "L97.514", "Non-pressure chronic ulcer of other part of right foot with necrosis of bone", "2026-09-14")
    b.cond("c-osteo", "M86.171", "Other acute osteomyelitis, right ankle and foot", "2026-09-15")
    b.cond("c-ckd", "N18.31", "Chronic kidney disease, stage 3a", "2023-02-02")
    b.cond("c-htn", "I10", "Essential (primary) hypertension", "2008-01-01")
    b.obs("a1c-2026-09-15", (LOINC, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), dt("2026-09-15", "05:00"), 7.6, "%", "%",
          encounter="enc-hosp-2026-09-14")
    b.obs("alb-2026-09-15", (LOINC, "1751-7", "Albumin [Mass/volume] in Serum or Plasma"), dt("2026-09-15", "05:00"), 3.4, "g/dL", "g/dL",
          encounter="enc-hosp-2026-09-14")
    b.proc("proc-debr-2026-09-15", (CPT, "11044", "Debridement, bone"), dt("2026-09-15", "14:00"), encounter="enc-hosp-2026-09-14", performer="dpm-greer",
           body_site=site, outcome="Excisional debridement including bone; cultures MSSA.")
    b.doc("podiatry-2026-09-15", "11488-4", "Consult note", "Podiatry inpatient consultation and procedure", dt("2026-09-15", "16:30"), "dpm-greer",
          """PODIATRY CONSULT 09/15/2026 - Baptiste, Rosalind 72F
R plantar 5th MTH neuropathic ulcer x 10 weeks, worse x 2 weeks with drainage. Probes to bone; MRI 9/14: osteomyelitis 5th MT head.
Classification: Wagner grade 3 (deep ulcer with osteomyelitis).
Neuro: absent protective sensation. Derm: 2.3 x 1.9 x 1.0 cm after debridement, granular base.
Vascular: deferred to vascular lab - arterial studies ordered.
Procedure: excisional debridement including bone at bedside. Bone culture MSSA.
Plan: IV cefazolin 6 weeks (ID), off-loading CAM walker + knee scooter, wound center follow-up weekly after discharge.
""", encounter="enc-hosp-2026-09-14", custodian="nvrmc")
    b.sreq("sr-abi-2026-09-15", (CPT, "93923", "Noninvasive physiologic studies of upper or lower extremity arteries, multiple levels"), dt("2026-09-15", "16:40"),
           status="revoked", requester="dpm-greer", encounter="enc-hosp-2026-09-14",
           note="Cancelled 09/19 - not completed before discharge (vascular lab weekend closure). To be scheduled outpatient.")
    b.med("rx-cefazolin", "2180", "cefazolin 2 g injection", dt("2026-09-16", "09:00"), status="completed", dosage="2 g IV q8h x 6 weeks (home infusion)",
          encounter="enc-hosp-2026-09-14", start="2026-09-16", end="2026-10-27", requester="dr-lindqvist")
    b.med("rx-glargine", "274783", "insulin glargine 100 units/mL", "2021-04-01", dosage="30 units at bedtime", start="2021-04-01")
    b.doc("dc-2026-09-19", "18842-5", "Discharge summary", "Hospital discharge summary", dt("2026-09-19", "12:00"), "dr-lindqvist",
          """DISCHARGE SUMMARY 09/14/2026 - 09/19/2026
BAPTISTE, Rosalind 72F   Disposition: home with Cardinal HH (RN wound care 3x/week) and home infusion
1. R plantar 5th MTH diabetic ulcer with osteomyelitis (Wagner 3). Debrided 9/15. Cefazolin 2 g IV q8h via PICC through 10/27.
2. T2DM - A1c 7.6, continue glargine 30 u.
3. CKD 3a, HTN.
Pending at discharge: outpatient arterial studies (inpatient order cancelled, lab closed over weekend) - wound center to arrange.
Off-loading: CAM walker + knee scooter delivered 9/18.
""", encounter="enc-hosp-2026-09-14", custodian="nvrmc")

    meas = [("2026-09-24", 2.2, 1.8, 0.9), ("2026-10-01", 2.2, 1.9, 0.9), ("2026-10-08", 2.3, 1.8, 1.0),
            ("2026-10-15", 2.2, 1.8, 0.9), ("2026-10-22", 2.2, 1.8, 0.9), ("2026-10-29", 2.2, 1.8, 0.9)]
    for d, l, w, dep in meas:
        wound(b, "wound-" + d, d, "10:10", l, w, dep, "enc-wound-" + d, site, performer="dr-kessler")
    b.doc("wound-2026-09-24", "11506-3", "Progress note", "Wound center visit", dt("2026-09-24", "11:00"), "dr-kessler",
          """NORTHVALE WOUND CARE - VISIT 09/24/2026
R. Baptiste 72F. R plantar 5th MTH DFU with osteomyelitis, Wagner 3, on IV cefazolin (home infusion) since 9/16.
Measurements 2.2 x 1.8 x 0.9 cm. Granular base, no cellulitis. Selective sharp debridement.
Off-loading: CAM walker on at arrival, using knee scooter at home (HH RN confirms). Glucose 110-160 on logs.
Vascular status: arterial studies to be scheduled.
Nutrition: dietitian referral. Plan weekly.
""", encounter="enc-wound-2026-09-24", custodian="nv-wound")
    b.doc("rd-2026-10-01", "11488-4", "Consult note", "Outpatient nutrition consult", dt("2026-10-01", "11:30"), "rd-akin",
          """NUTRITION CONSULT (wound healing) 10/01/2026 - R. Baptiste
Albumin 3.4 (9/15). Intake ~70% of needs. Started oral protein supplement BID (+30 g protein/day), multivitamin with zinc x 14 days. Reviewed carb-consistent meal plan. Re-check 4 weeks.
""", encounter="enc-wound-2026-10-01", custodian="nv-wound")
    b.doc("wound-2026-10-29", "11506-3", "Progress note", "Wound center visit - HBOT evaluation", dt("2026-10-29", "11:20"), "dr-kessler",
          """NORTHVALE WOUND CARE & HYPERBARIC CENTER - VISIT 10/29/2026
Rosalind Baptiste 72F   R. Kessler MD

Diabetic foot ulcer R plantar 5th MTH with 5th MT head osteomyelitis, Wagner grade 3.
Standard wound care since 9/15: weekly sharp debridement (6 visits), moist wound bed with collagen/alginate, off-loading with CAM walker + knee scooter (adherent per HH and patient), infection treated - cefazolin 6 weeks completed 10/27, glucose optimized (A1c 7.6, logs 100-160), nutrition optimized (protein supplement, dietitian 10/1).
Measurements: 9/24 2.2 x 1.8 x 0.9 -> 10/29 2.2 x 1.8 x 0.9 cm (area unchanged, 3.96 cm2) - no measurable signs of healing over 35 days.
Vascular status: arterial studies (ABI/TBI, TcPO2) ordered again today - not yet done; she could not get transportation to the vascular lab. Will forward when resulted.
Plan: request HBOT 2.0-2.4 ATA 90 min daily x 30 as adjunct to standard care. Continue weekly debridement and off-loading.
""", encounter="enc-wound-2026-10-29", custodian="nv-wound")
    b.sreq("sr-arterial-2026-10-29", (CPT, "93923", "Noninvasive physiologic studies of upper or lower extremity arteries, multiple levels"),
           dt("2026-10-29", "11:25"), status="completed", requester="dr-kessler", encounter="enc-wound-2026-10-29",
           occurrence=dt("2026-11-09", "08:00"), note="ABI/TBI with PVRs and TcPO2 right foot.")

    # after request
    b.obs("abi-r-2026-11-09", ("local", "ABI-R", "Ankle-brachial index, right"), dt("2026-11-09", "08:30"), 0.58, "{ratio}", "{ratio}",
          category="procedure", encounter="enc-vasc-2026-11-09", performer="rvt-morales",
          note="Right TBI 0.31; monophasic posterior tibial waveform. TcPO2 dorsal right foot 22 mmHg. Moderate-severe arterial insufficiency.")
    b.doc("vasc-2026-11-09", "18748-4", "Diagnostic imaging study", "Arterial physiologic study report", dt("2026-11-09", "12:00"), "rvt-morales",
          """NORTHVALE VASCULAR LAB 11/09/2026 - Baptiste, Rosalind
ABI R 0.58, L 0.91. TBI R 0.31. TcPO2 R dorsal foot 22 mmHg. Findings consistent with moderate-severe right infrapopliteal arterial disease. Recommend vascular surgery referral.
""", encounter="enc-vasc-2026-11-09", custodian="nv-vasc")

    c = case("bw-hbot-02", "bw12", svc("hcpcs", "G0277", "Hyperbaric oxygen under pressure, full body chamber, per 30 minute interval"),
             [dx("E11.621", "Type 2 diabetes mellitus with foot ulcer"),
              dx("L97.514", "Non-pressure chronic ulcer of other part of right foot with necrosis of bone"),
              dx("M86.171", "Other acute osteomyelitis, right ankle and foot")],
             "2026-11-04", "request_info", P,
             ["Condition/c-dm", "DocumentReference/podiatry-2026-09-15", "Observation/wound-2026-09-24", "Observation/wound-2026-10-29",
              "DocumentReference/wound-2026-10-29"],
             missing=["vascular|ABI|ankle-brachial|TcPO2|arterial|perfusion|pulses"],
             rationale="T2DM, lower-extremity diabetic wound, Wagner 3, and 35 days without measurable healing under debridement, off-loading, infection treatment, glucose and nutrition care are documented. Assessment of vascular status, part of standard care, is not in the record on the request date: the inpatient order was cancelled and the outpatient study was pending. Its result dated after the request does not exist for this case.",
             note="HBOT for Wagner 3 DFU, no healing over 35 days of standard wound care.")
    return c, b


CASES = [hbot01, hbot02]
