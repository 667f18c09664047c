"""NCD 20.29 (hyperbaric oxygen) cases: bj-hbot-01, bj-hbot-02."""
from fhirkit import Bundle, cc, qty, comp, rx, icd, LOINC, SNOMED, HCPCS, CPT, UCUM

ICDS = "http://hl7.org/fhir/sid/icd-10-cm"
LOC_FV = "http://foxvalleywound.example/fhir/CodeSystem/wound"


def wound(b, id, when, L, W, D, unit, performer, note=None, local=LOC_FV, extra=None):
    comps = [comp(cc("Wound length", LOINC, "39126-8", "Length of Wound"), qty(L, unit)),
             comp(cc("Wound width", LOINC, "39125-0", "Width of Wound"), qty(W, unit)),
             comp(cc("Wound depth", LOINC, "39127-6", "Depth of Wound"), qty(D, unit))]
    if extra:
        comps += extra
    return b.obs(id, when, cc("Wound assessment", local, "WOUND-ASSESS"), category="exam", performer=performer,
                 components=comps, note=note)


def hbot_01():
    b = Bundle("pj11", "America/Chicago", "https://fhir.foxvalleymed.example/r4")
    b.patient("Tuttle", ["Leon", "M."], "male", "1958-12-02", "Aurora", "IL",
              "http://foxvalleymed.example/mrn", "FVM-7720461")
    fv = b.org("org-fvwc", "Fox Valley Wound & Hyperbaric Center", "Outpatient wound care / hyperbaric medicine")
    fvmc = b.org("org-fvmc", "Fox Valley Medical Center", "Acute care hospital")
    md = b.practitioner("pr-mbeki", "Mbeki", ["Thandiwe"], "MD", "MD - Undersea and Hyperbaric Medicine, Wound Care", "1578126604")
    dpm = b.practitioner("pr-lutz", "Lutz", ["Karl"], "DPM", "DPM - Podiatric Medicine and Surgery", "1154423990")
    vasc = b.practitioner("pr-carvalho", "Carvalho", ["Ines"], "MD", "MD - Vascular Surgery", "1083710054")
    rn = b.practitioner("pr-pham", "Pham", ["Gloria"], "RN", "RN, CWON - Wound care nurse")

    b.condition("cond-dm-ulcer", "E11.621", "2026-04-20 11:00", text="T2DM with right foot ulcer", asserter=dpm)
    b.condition("cond-ulcer", "L97.414", "2026-04-20 11:00",
                text="Non-pressure ulcer right plantar midfoot (cuboid) with bone involvement - Wagner 3", asserter=dpm)
    b.condition("cond-osteo", "M86.671", "2026-04-22 16:00", text="Chronic osteomyelitis right cuboid", asserter=dpm)
    b.condition("cond-neuro", "E11.42", "2017-06-01 10:00", text="Diabetic peripheral neuropathy; chronic Charcot midfoot R")
    b.condition("cond-insulin", "Z79.4", "2015-01-01 10:00", text="Long-term insulin use")

    b.report("dr-mri-20260422", "2026-04-22 14:30", cc("MRI right foot without and with contrast", LOC_FV, "IMG-MRI-FOOT"),
             conclusion="Plantar ulcer at the cuboid with sinus tract to bone. Marrow edema and T1 hypointensity of the cuboid with enhancement - acute on chronic osteomyelitis. No drainable abscess. Chronic Charcot changes of the midfoot.",
             performer=fvmc)
    b.obs("obs-a1c-20260421", "2026-04-21 07:40", cc("Hemoglobin A1c", LOINC, "4548-4"), qty(7.2, "%"),
          category="laboratory", performer=fvmc)
    b.obs("obs-alb-20260421", "2026-04-21 07:40", cc("Albumin", LOINC, "1751-7"), qty(34, "g/L"),
          category="laboratory", performer=fvmc, note="Prealbumin 17 mg/dL. Dietitian consult placed.")
    b.obs("obs-vasc-20260429", "2026-04-29 10:00", cc("Noninvasive arterial study, right lower extremity", LOC_FV, "NIVS"),
          category="procedure", performer=fvmc, components=[
              comp(cc("Ankle-brachial index, right", LOC_FV, "ABI-R"), ("valueString", "1.38 (non-compressible)")),
              comp(cc("Toe-brachial index, right", LOC_FV, "TBI-R"), qty(0.64, "1")),
              comp(cc("TcPO2 right dorsal foot, room air", LOC_FV, "TCPO2-R"), qty(46, "mm[Hg]")),
              comp(cc("Waveforms", LOC_FV, "WAVE"), ("valueString", "Triphasic femoral/popliteal, biphasic DP/PT"))])
    b.medreq("mr-ertapenem-20260424", "2026-04-24 12:00", rx("ertapenem 1 GM injection", "325642"),
             dosage="1 g IV q24h via PICC x 6 weeks (through 06/05/2026)", requester=dpm,
             validity=("2026-04-24", "2026-06-05"), reason="Osteomyelitis right cuboid")
    b.procedure("proc-tcc-20260427", "2026-04-27 10:30", cc("Application of total contact cast, right", CPT, "29445",
                                                            "Application of rigid total contact leg cast"),
                performer=rn, note="Changed weekly with each wound visit.")
    b.procedure("proc-debr-20260526", "2026-05-26 10:15", cc("Excisional debridement, subcutaneous tissue", CPT, "11042",
                                                             "Debridement, subcutaneous tissue"),
                performer=md, note="Weekly sharp debridement since 04/27 (5th). Fibrinous slough and nonviable tissue removed to bleeding base.")

    wound(b, "obs-wound-20260427", "2026-04-27 10:00", 3.2, 2.6, 1.4, "cm", rn, note="Probes to bone. 30% granulation.")
    wound(b, "obs-wound-20260511", "2026-05-11 10:05", 3.3, 2.5, 1.4, "cm", rn)
    wound(b, "obs-wound-20260526", "2026-05-26 09:55", 3.2, 2.6, 1.5, "cm", rn)
    wound(b, "obs-wound-20260602", "2026-06-02 09:50", 32, 26, 14, "mm", rn, note="Measured in mm (new ruler).")

    dpmnote = """FOX VALLEY PODIATRY - NEW PATIENT H&P
04/20/2026   Karl Lutz, DPM

CC: R foot wound x ~6 weeks, drainage.
HPI: 67M with T2DM x 20 y (insulin), neuropathy and chronic R Charcot midfoot (rocker-bottom
since 2019) with ulcer under the cuboid prominence, started as a callus, now draining. Wears
extra-depth shoes, no brace. Denies fever. Sugars 140-220.
Exam: R plantar midfoot ulcer 3.3 x 2.7 cm, deep, probes to bone, purulent drainage, 1 cm
periwound erythema. Monofilament 0/10 bilat. DP 1+, PT not palpable; CFT < 3 s. No gangrene.
X-ray: cortical irregularity/erosion of cuboid.
Classification: Wagner grade 3 (deep ulcer with osteomyelitis); UT 3B.
Plan: MRI; bone biopsy/culture; ID consult; IV antibiotics via PICC; arterial studies/vascular
consult; referral to Fox Valley Wound Center for TCC offloading and weekly debridement.
"""
    b.doc("doc-dpm-20260420", "2026-04-20 11:00", "34117-2", "Podiatry H&P", dpm, dpmnote, custodian=fvmc)

    vascnote = """FOX VALLEY VASCULAR SURGERY
04/30/2026

Dear Dr. Lutz,
I saw Mr. Tuttle for a perfusion assessment of his right plantar midfoot ulcer. Arterial
studies 4/29: ABI 1.38 (non-compressible, calcified vessels), TBI 0.64, TcPO2 dorsal foot
46 mmHg on room air, triphasic femoral/popliteal and biphasic pedal waveforms. Duplex without
hemodynamically significant stenosis.
Impression: adequate perfusion for wound healing. No revascularization is indicated; no
correctable vascular lesion.
Sincerely, Ines Carvalho, MD
"""
    b.doc("doc-vasc-20260430", "2026-04-30 15:00", "11488-4", "Vascular Surgery Consultation Letter", vasc, vascnote,
          custodian=fvmc)

    rnnote = """WOUND CENTER NURSING NOTE - 05/26/2026 09:55 - G. Pham RN CWON
R plantar midfoot: 3.2 x 2.6 x 1.5 cm. Base 40% pale granulation / 60% adherent fibrinous
slough; bone palpable at base. Moderate serous drainage, no odor, no periwound erythema.
Sharp debridement by Dr. Mbeki today (see procedure). Dressing: calcium alginate with silver,
foam cover. TCC reapplied - pt adherent, cast intact, no rubs.
PICC site clean; ertapenem daily via home infusion - last dose planned 6/5.
Glucose log reviewed: fasting 118-162, no lows. Taking protein shake BID per dietitian.
"""
    b.doc("doc-rn-20260526", "2026-05-26 10:40", "34746-8", "Wound Center Nursing Note", rn, rnnote, custodian=fv)

    idtel = """TELEPHONE NOTE - INFECTIOUS DISEASES   05/08/2026
Bone biopsy (4/23) culture: Streptococcus agalactiae + Bacteroides fragilis. Pathology:
chronic osteomyelitis with acute component. Continue ertapenem 1 g daily to complete 6 weeks
(6/5). ESR 88 -> 61, CRP 4.2 -> 1.9 mg/dL. Weekly CBC/BMP via home infusion.
- called in by ID office (Dr. R. Banerjee) to wound center RN, documented by K. Lutz DPM
"""
    b.doc("doc-idtel-20260508", "2026-05-08 13:20", "34748-4", "Telephone Note - ID recommendations", dpm, idtel,
          custodian=fvmc)

    mdhtml = """<html><body>
<h3>Fox Valley Wound &amp; Hyperbaric Center &ndash; Physician Evaluation for Hyperbaric Oxygen Therapy</h3>
<p>Date: 06/02/2026 &nbsp; Physician: Thandiwe Mbeki, MD (UHM) &nbsp; Patient: Leon M. Tuttle, 67 M</p>
<p><b>Diagnosis:</b> Type 2 diabetes with right plantar midfoot (cuboid) ulcer due to diabetic neuropathy/Charcot deformity,
<b>Wagner grade 3</b> (osteomyelitis of the cuboid, MRI 4/22, bone biopsy 4/23).</p>
<table border="1" cellpadding="3">
<tr><th>Date</th><th>Length</th><th>Width</th><th>Depth</th><th>Comment</th></tr>
<tr><td>04/27/2026</td><td>3.2 cm</td><td>2.6 cm</td><td>1.4 cm</td><td>start of wound-center standard care, TCC #1</td></tr>
<tr><td>05/11/2026</td><td>3.3 cm</td><td>2.5 cm</td><td>1.4 cm</td><td></td></tr>
<tr><td>05/26/2026</td><td>3.2 cm</td><td>2.6 cm</td><td>1.5 cm</td><td>60% slough despite weekly debridement</td></tr>
<tr><td>06/02/2026</td><td>32 mm</td><td>26 mm</td><td>14 mm</td><td>no change</td></tr>
</table>
<p><b>Standard wound care since 04/27/2026 (36 days):</b></p>
<ul>
<li>Vascular: ABI non-compressible, TBI 0.64, TcPO2 46 mmHg; vascular surgery 4/30: adequate perfusion, no correctable disease.</li>
<li>Infection: ertapenem IV since 4/24 (ID), completes 6/5; inflammatory markers falling.</li>
<li>Glucose: A1c 7.2%; basal-bolus insulin adjusted; fasting 118-162.</li>
<li>Nutrition: albumin 3.4 g/dL, prealbumin 17; dietitian, protein supplement BID.</li>
<li>Debridement: weekly sharp excisional debridement (5 sessions).</li>
<li>Moist wound healing: silver alginate/foam.</li>
<li>Off-loading: total contact cast, changed weekly, adherent.</li>
</ul>
<p><b>Assessment:</b> No measurable signs of healing after &gt; 30 consecutive days of adequate standard wound care. Meets
criteria for adjunctive HBO for a diabetic lower-extremity wound (Wagner 3, failed standard care). No contraindications:
no untreated pneumothorax, no bleomycin/doxorubicin, PFT/CXR normal, ear exam normal, no claustrophobia.</p>
<p><b>Plan:</b> HBO 2.0 ATA, 90 min, daily x 30 treatments in addition to continued standard wound care; wound re-evaluation at
least every 30 days.</p>
</body></html>"""
    b.doc("doc-md-20260602", "2026-06-02 11:45", "51848-0", "HBO Physician Evaluation", md, mdhtml, ctype="text/html",
          custodian=fv)

    # after the request date
    wound(b, "obs-wound-20260616", "2026-06-16 09:40", 2.9, 2.3, 1.2, "cm", rn, note="After 4 HBO treatments.")

    case = {
        "id": "bj-hbot-01", "patient": "patients/pj11.json",
        "request": {
            "service": {"system": HCPCS, "code": "G0277", "display": "Hyperbaric oxygen under pressure, full body chamber, per 30 minute interval"},
            "diagnoses": [{"system": ICDS, "code": "E11.621", "display": icd("E11.621")["display"]},
                          {"system": ICDS, "code": "L97.414", "display": icd("L97.414")["display"]},
                          {"system": ICDS, "code": "M86.671", "display": icd("M86.671")["display"]}],
            "payer": "medicare", "urgency": "standard", "date": "2026-06-10",
            "note": "HBO x30 treatments, 2.0 ATA 90 min, diabetic foot ulcer Wagner 3.",
        },
        "gold": {
            "recommendation": "approve", "policy": "NCD 20.29",
            "evidence": ["DocumentReference/doc-md-20260602", "Observation/obs-wound-20260427",
                         "Observation/obs-wound-20260602", "Observation/obs-vasc-20260429",
                         "DocumentReference/doc-dpm-20260420"],
            "missing": [],
            "rationale": "Type 2 DM, lower-extremity wound due to diabetes, Wagner 3 (osteomyelitis), 36 days of complete standard wound care (vascular assessment without correctable disease, infection treated, glucose, nutrition, debridement, moist dressings, TCC off-loading) without measurable healing (3.2x2.6x1.4 cm -> 32x26x14 mm).",
        },
    }
    return case, b, "2026-06-10 08:00"


LOC_PP = "http://pikespeakwound.example/fhir/CodeSystem/local"


def hbot_02():
    b = Bundle("pj12", "America/Denver", "https://fhir.pikespeakwound.example/R4")
    b.patient("Ashby", ["Marguerite", "L."], "female", "1956-02-14", "Colorado Springs", "CO",
              "http://pikespeakwound.example/mrn", "PPW-031877")
    pp = b.org("org-pphw", "Pikes Peak Hyperbaric & Wound Center", "Outpatient wound care / hyperbaric medicine")
    mph = b.org("org-mph", "Memorial Peaks Hospital", "Acute care hospital")
    md = b.practitioner("pr-reinholt", "Reinholt", ["Anika"], "MD", "MD - Undersea and Hyperbaric Medicine", "1629047715")
    dpm = b.practitioner("pr-qureshi", "Qureshi", ["Samir"], "DPM", "DPM - Podiatry", "1770881432")
    rn = b.practitioner("pr-whitehorse", "Whitehorse", ["Jolene"], "RN", "RN - Wound care")
    cht = b.practitioner("pr-dorsey", "Dorsey", ["Wade"], "CHT", "Certified Hyperbaric Technologist")

    b.condition("cond-dm-ulcer", "E11.621", "2026-05-28 10:00", text="T2DM with left foot ulcer", asserter=dpm)
    b.condition("cond-ulcer", "L97.524", "2026-05-28 10:00",
                text="Non-pressure ulcer L plantar 1st metatarsal head with bone involvement", asserter=dpm)
    b.condition("cond-osteo", "M86.672", "2026-06-02 10:00", text="Chronic osteomyelitis L 1st metatarsal head - resected 6/9/2026")
    b.condition("cond-neuro", "E11.42", "2016-01-01 10:00", text="Diabetic polyneuropathy")

    b.procedure("proc-resect-20260609", "2026-06-09 08:40", cc("Partial excision of bone, 1st metatarsal head, left", CPT, "28122",
                                                               "Partial excision bone, foot"),
                performer=dpm, location="Memorial Peaks Hospital OR 4",
                outcome="Infected 1st MT head resected; proximal margin clear on pathology.")
    b.procedure("proc-hbo-course", "2026-07-27 08:00", cc("Hyperbaric oxygen therapy, 30 treatments", LOC_PP, "HBO-COURSE"),
                performer=[md, cht], end="2026-09-04 10:00",
                note="2.0 ATA, 90 min, monoplace chamber; 30 treatments completed 07/27-09/04/2026; no barotrauma.")
    b.obs("obs-a1c-20260720", "2026-07-20 08:00", cc("Hemoglobin A1c", LOINC, "4548-4"), qty(7.9, "%"),
          category="laboratory", performer=mph)
    b.obs("obs-tcpo2-20260720", "2026-07-20 09:30", cc("TcPO2 periwound, left foot", LOC_PP, "TCPO2"),
          qty(44, "mm[Hg]"), category="procedure", performer=pp, note="In-chamber challenge at 2.0 ATA: 412 mmHg.")
    wound(b, "obs-wound-20260727", "2026-07-27 07:30", 2.8, 2.1, 0.9, "cm", rn, local=LOC_PP,
          extra=[comp(cc("Granulation", LOC_PP, "GRAN"), qty(60, "%"))], note="HBO treatment #1 today.")
    wound(b, "obs-wound-20260810", "2026-08-10 07:35", 2.9, 2.1, 0.9, "cm", rn, local=LOC_PP,
          extra=[comp(cc("Granulation", LOC_PP, "GRAN"), qty(65, "%"))])
    wound(b, "obs-wound-20260824", "2026-08-24 07:40", 2.9, 2.2, 1.0, "cm", rn, local=LOC_PP,
          extra=[comp(cc("Granulation", LOC_PP, "GRAN"), qty(70, "%"))], note="Periwound maceration.")
    wound(b, "obs-wound-20260908", "2026-09-08 09:10", 3.0, 2.2, 0.9, "cm", rn, local=LOC_PP,
          extra=[comp(cc("Granulation", LOC_PP, "GRAN"), qty(80, "%"))])
    # after the request date
    wound(b, "obs-wound-20260922", "2026-09-22 09:05", 2.5, 1.9, 0.6, "cm", rn, local=LOC_PP,
          extra=[comp(cc("Granulation", LOC_PP, "GRAN"), qty(90, "%"))])

    init = """PIKES PEAK HYPERBARIC & WOUND CENTER - HBO INITIAL EVALUATION
07/20/2026   Anika Reinholt, MD (UHM)

70F, T2DM (A1c 7.9), neuropathy. L plantar 1st MT head ulcer since 4/2026 with osteomyelitis;
partial 1st MT head resection 6/9/2026 (Dr. Qureshi), 6 wk cefazolin completed 7/17.
Wagner grade 3.
Standard wound care in this center since 6/15/2026: weekly debridement, collagen/alginate,
off-loading walker boot (removable), glucose management with PCP, protein supplementation,
vascular: palpable DP/PT, TcPO2 44 mmHg, no correctable disease.
Measurements: 6/15 2.9 x 2.2 x 0.9 cm -> 7/20 2.8 x 2.1 x 0.9 cm. No measurable healing over
35 days.
Plan: HBO 2.0 ATA x 90 min, 30 treatments starting 7/27/2026, with continued standard care.
Re-evaluate wound at least every 30 days; continuation only with measurable healing.
"""
    b.doc("doc-hbo-init-20260720", "2026-07-20 10:30", "51848-0", "HBO Initial Evaluation", md, init, custodian=pp)

    rnnote = """NURSING NOTE - WOUND CARE  08/24/2026 07:40   J. Whitehorse RN
L plantar 1st MTH wound 2.9 x 2.2 x 1.0 cm. Granulation ~70%, light yellow slough. Periwound
macerated, callus rim re-formed. Pt admits she does not wear the offloading boot at home
"when I'm just going to the bathroom or kitchen." Re-educated; pt verbalized understanding.
HBO #21 tolerated well. Dressing: alginate + foam, boot on.
"""
    b.doc("doc-rn-20260824", "2026-08-24 08:05", "34746-8", "Nursing Note - Wound Care", rn, rnnote, custodian=pp)

    dpmnote = """PODIATRY FOLLOW-UP  08/31/2026   Samir Qureshi, DPM
S: "Doing better." HBO nearly done.
O: L plantar 1st MTH ulcer 2.9 x 2.2 x 1.0 cm, base ~80% granular, minimal slough. No
erythema, no probe to bone.
A/P: s/p partial 1st MT head resection 6/9/26. Wound improving - continue HBO and local care.
[Assessment line carried forward from 8/3/2026 visit]
"""
    b.doc("doc-dpm-20260831", "2026-08-31 14:00", "11506-3", "Podiatry Follow-up", dpm, dpmnote, custodian=mph)

    log = """[SCANNED] HYPERBARIC TREATMENT LOG - PIKES PEAK HYPERBARIC   Pt: ASHBY, M   MRN PPW-031877
Protocol: 2.0 ATA / 90 min O2 (air breaks 2 x 5 min)  Chamber: monoplace #2
 Tx#   Date         Tech       Notes
  1    07/27/2026   W.Dorsey   tol well
  5    07/31/2026   W.Dorsey   mild ear fullness, cleared
 10    08/07/2026   W.Dorsey
 15    08/14/2026   K.Aldana
 20    08/21/2026   W.Dorsey
 25    08/28/2026   W.Dorsey   BG pre 142
 30    09/04/2026   W.Dorsey   course complete
 (individual rows for 2-4, 6-9, 11-14, 16-19, 21-24, 26-29 on page 2 - not legible in scan)
Supervising physician: A. Reinholt MD
"""
    b.doc("doc-hbolog-20260904", "2026-09-04 11:00", "34109-9", "Hyperbaric Treatment Log (scanned)", cht, log,
          custodian=pp)

    reeval = """PIKES PEAK HYPERBARIC & WOUND CENTER - HBO RE-EVALUATION / REQUEST FOR CONTINUATION
09/08/2026   Anika Reinholt, MD

30 HBO treatments completed 7/27-9/4/2026 with ongoing standard wound care.
Wound measurements (cm):
   7/27/2026   2.8 x 2.1 x 0.9   area 5.88 cm2   granulation ~60%
   8/10/2026   2.9 x 2.1 x 0.9   area 6.09
   8/24/2026   2.9 x 2.2 x 1.0   area 6.38
   9/08/2026   3.0 x 2.2 x 0.9   area 6.60       granulation ~80%
Assessment: dimensions essentially unchanged, but wound bed quality has improved (more
granulation, less slough). I consider the wound stable to improving. Offloading adherence
was incomplete in August (see RN note 8/24); re-educated.
Plan: request authorization for an additional 20 HBO treatments (2.0 ATA, 90 min) with
continued standard care; re-measure in 2 weeks.
"""
    b.doc("doc-reeval-20260908", "2026-09-08 11:20", "51848-0", "HBO Re-evaluation", md, reeval, custodian=pp)

    case = {
        "id": "bj-hbot-02", "patient": "patients/pj12.json",
        "request": {
            "service": {"system": HCPCS, "code": "G0277", "display": "Hyperbaric oxygen under pressure, full body chamber, per 30 minute interval"},
            "diagnoses": [{"system": ICDS, "code": "E11.621", "display": icd("E11.621")["display"]},
                          {"system": ICDS, "code": "L97.524", "display": icd("L97.524")["display"]}],
            "payer": "medicare", "urgency": "standard", "date": "2026-09-15",
            "note": "Continuation: 20 additional HBO treatments after 30 completed. Wound improving.",
        },
        "gold": {
            "recommendation": "refer", "policy": "NCD 20.29",
            "evidence": ["Observation/obs-wound-20260727", "Observation/obs-wound-20260908",
                         "DocumentReference/doc-reeval-20260908"],
            "missing": [],
            "rationale": "Continued HBO is not covered when measurable signs of healing are not demonstrated within a 30-day treatment period: dimensions unchanged/larger over 43 days of HBO (area 5.88 -> 6.60 cm2). Qualitative granulation improvement and a carried-forward 'improving' line do not show measurable healing; the later decrease (9/22) is after the request.",
        },
    }
    return case, b, "2026-09-15 08:00"
