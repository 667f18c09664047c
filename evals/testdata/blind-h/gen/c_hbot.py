"""NCD 20.29 cases (hyperbaric oxygen therapy)."""
from lib import *

SVC = {"system": HCPCS, "code": "G0277", "display": "Hyperbaric oxygen under pressure, full body chamber, per 30 minute interval"}


def wound(c, id, when, l, w, d, unit="cm", site="Right foot, plantar 1st metatarsal head", note=None, performer=None):
    ucum = unit
    comps = [{"code": c.lc("WND-L", "Wound length"), "valueQuantity": Q(l, unit, ucum)},
             {"code": c.lc("WND-W", "Wound width"), "valueQuantity": Q(w, unit, ucum)},
             {"code": c.lc("WND-D", "Wound depth"), "valueQuantity": Q(d, unit, ucum)}]
    return c.obs(id, c.lc("WND-MEAS", "Wound measurements (L x W x D)"), when, category="exam", components=comps, body_site=site,
                 note=note, performer=performer)


def hbot01():
    c = Chart("ph11", "CT", "https://fhir.lonestar-wound.example/R4", "https://fhir.lonestar-wound.example/CodeSystem/wound-flowsheet", "TX")
    c.patient("Esparza", ["Rolando", "V."], "male", "1956-02-17", "Mesquite", "75149", "LSW-4410267", line="2214 Gus Thomasson Rd", language="es")
    c.practitioner("md-ferraro", "Ferraro", ["Lucia"], prefix="Dr.", suffix="MD", qual="MD - Wound care and undersea/hyperbaric medicine")
    c.practitioner("md-haddad-s", "Haddad", ["Samir"], prefix="Dr.", suffix="MD", qual="MD - Infectious diseases")
    c.practitioner("dpm-nguyen", "Nguyen", ["Beth"], prefix="Dr.", suffix="DPM", qual="DPM - Podiatric medicine and surgery")

    c.condition("dx-dfu", "E11.621", "Type 2 diabetes mellitus with foot ulcer", "2026-05-05 10:30", onset="2026-04-06 09:00", asserter="dpm-nguyen")
    c.condition("dx-ulcer", "L97.514", "Non-pressure chronic ulcer of other part of right foot with necrosis of bone", "2026-05-14 16:00",
                asserter="md-haddad-s", text="Neuropathic ulcer R plantar 1st MTH, probe-to-bone positive")
    c.condition("dx-osteo", "M86.671", "Other chronic osteomyelitis, right ankle and foot", "2026-05-14 16:00", asserter="md-haddad-s")
    c.condition("dx-neuro", "E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy", "2019-01-22 09:00")

    c.obs("lab-a1c", c.lc("HBA1C-IFCC", "Hemoglobin A1c (IFCC)"), "2026-06-30 08:30", ("Quantity", Q(60, "mmol/mol")),
          note="Equivalent NGSP 7.6%. Previous 05/05/2026: 75 mmol/mol (9.0%).")
    c.obs("lab-alb", cc(LOINC, "1751-7", "Albumin [Mass/volume] in Serum or Plasma", "Albumin"), "2026-06-02 08:10", ("Quantity", Q(3.7, "g/dL")))
    wound(c, "wm-0519", "2026-05-19 10:15", 3.4, 2.6, 1.3, note="Post-debridement. Bone palpable at base.", performer="md-ferraro")
    wound(c, "wm-0602", "2026-06-02 10:20", 3.1, 2.4, 1.2, performer="md-ferraro")
    wound(c, "wm-0616", "2026-06-16 10:05", 3.2, 2.4, 1.1, performer="md-ferraro")
    wound(c, "wm-0630", "2026-06-30 10:30", 3.0, 2.5, 1.2, performer="md-ferraro")
    wound(c, "wm-0714", "2026-07-14 10:10", 31, 24, 12, unit="mm", performer="md-ferraro", note="Entered in mm by clinic nurse.")
    c.report("dr-mri-0512", {"text": "MRI right foot without and with contrast"}, "2026-05-12 14:00",
             "Marrow edema with T1 hypointensity and enhancement of the first metatarsal head, contiguous with plantar ulcer and sinus tract: acute osteomyelitis. "
             "Small plantar abscess 1.1 cm. No septic arthritis of the 1st MTP. Mild soft tissue edema. Vascular structures not assessed on this study.",
             performer="dpm-nguyen", issued="2026-05-12 18:20", category_text="Radiology")
    c.medreq("rx-ertap", rx("325642", "ertapenem", "ertapenem 1 g injection"), "2026-05-15 09:00", status="completed", dosage="1 g IV q24h via PICC x 6 weeks",
             requester="md-haddad-s", reason="Osteomyelitis R 1st metatarsal head (bone bx: MSSA, Strep agalactiae)",
             validity=("2026-05-15 09:00", "2026-06-26 09:00"))
    c.medreq("rx-doxy", rx("3640", "doxycycline", "doxycycline hyclate 100 mg tablet"), "2026-06-26 10:00", dosage="100 mg PO BID x 4 weeks",
             requester="md-haddad-s")
    c.proc("px-tcc-0602", {"coding": [{"system": CPT, "code": "29445", "display": "Application of rigid total contact leg cast"}], "text": "Total contact cast, right"},
           "2026-06-02 10:45", performer="md-ferraro")
    c.proc("px-deb-0714", {"coding": [{"system": CPT, "code": "11043", "display": "Debridement, muscle and/or fascia; first 20 sq cm or less"}],
                           "text": "Excisional debridement R plantar ulcer to muscle/fascia"}, "2026-07-14 10:30", performer="md-ferraro")
    c.servreq("sr-abi", {"text": "ABI with toe pressures (TBI), bilateral lower extremities"}, "2026-05-05 11:00", status="active",
              requester="dpm-nguyen", reason="Diabetic foot ulcer - vascular assessment", note="Scheduled 05/27/2026 - patient no-show (transportation).")

    c.note("wn-dpm-0505", "2026-05-05 11:20", "11506-3", "Progress note", "dpm-nguyen", """LONE STAR FOOT & ANKLE - NEW PATIENT
05/05/2026   Beth Nguyen, DPM   (Spanish interpreter #4471 used)

CC: "hole in the bottom of my foot"
HPI: 70M T2DM x 20 yrs with neuropathy, noticed blood on his sock in early April. Walks barefoot at home. No fever. No prior ulcers or amputations.
Exam R foot: plantar 1st MTH ulcer 2.8 x 2.2 cm, probes to bone, purulent drainage, periwound erythema 1 cm, malodor. Callus rim. Protective sensation absent (0/10 sites monofilament) bilaterally. Hallux limitus.
Vascular: not assessed today - dressing/edema limited exam. ABI/TBI ordered.
X-ray R foot: cortical irregularity 1st MT head.
Assessment: diabetic neuropathic ulcer R plantar 1st MTH, Wagner grade 3 (deep, probe-to-bone, suspected osteomyelitis/abscess).
Plan: MRI, bone biopsy, ID referral, CAM boot / non-weight bearing with knee scooter, silver alginate, ABI/TBI, endocrine for glucose (A1c 9.0%).
""", title="Podiatry new patient")

    c.note("wn-id-0514", "2026-05-14 16:30", "11488-4", "Consult note", "md-haddad-s", """INFECTIOUS DISEASES CONSULTATION - 05/14/2026 - Samir Haddad, MD

70M T2DM, R plantar 1st MTH ulcer with MRI-confirmed osteomyelitis of the 1st metatarsal head and 1.1 cm plantar abscess (I&D and bone biopsy by Dr. Nguyen 5/13).
Cultures (bone): MSSA, Streptococcus agalactiae. Blood cultures negative.
Recommend: ertapenem 1 g IV daily x 6 weeks via PICC (start 5/15), weekly CBC/CMP; then oral step-down doxycycline 4 weeks. Continue offloading and debridement. Surgery discussed (1st ray resection) - patient declines amputation at present.
""", title="ID consult")

    c.note("wn-wc-0602", "2026-06-02 11:10", "11506-3", "Progress note", "md-ferraro", fixed([
        "LONE STAR WOUND & HYPERBARIC CENTER - WOUND VISIT            06/02/2026",
        "PT: ESPARZA, ROLANDO V   MRN LSW-4410267   PROVIDER: L. FERRARO MD",
        "-" * 74,
        "WOUND #1  R PLANTAR 1ST MTH   ETIOLOGY: DIABETIC/NEUROPATHIC  WAGNER: 3",
        "  SIZE (L x W x D): 3.1 x 2.4 x 1.2 CM     PRIOR 05/19: 3.4 x 2.6 x 1.3",
        "  BASE: 60% RED GRANULATION / 40% YELLOW SLOUGH, NO EXPOSED BONE",
        "  EXUDATE: MOD SEROSANGUINEOUS   ODOR: NONE   PERIWOUND: CALLUS",
        "  INFECTION: ON IV ERTAPENEM SINCE 05/15 (DAY 19/42)",
        "PROCEDURE: SELECTIVE/EXCISIONAL DEBRIDEMENT TO SUBCUT, HEMOSTASIS",
        "DRESSING: CALCIUM ALGINATE + FOAM, CHANGE 3X/WK (HOME HEALTH)",
        "OFFLOADING: TOTAL CONTACT CAST APPLIED TODAY (CHANGE WEEKLY)",
        "GLUCOSE: A1C 9.0 (05/05); ENDO ADDED GLARGINE 05/20",
        "NUTRITION: ALB 3.7 (06/02); RD REFERRAL PLACED; PROTEIN SUPPLEMENT BID",
        "VASCULAR: ABI/TBI ORDERED 05/05 - PT MISSED 05/27 APPT (TRANSPORT).",
        "  REFERRED TO VASCULAR SURGERY (DR. PARK, METRO VASCULAR ASSOC.).",
        "PLAN: WEEKLY VISITS, TCC CHANGES, RECHECK 2 WK.",
    ]), title="Wound clinic visit")

    c.note("wn-wc-0714", "2026-07-14 11:00", "11506-3", "Progress note", "md-ferraro", """<html><body>
<h3>Lone Star Wound &amp; Hyperbaric Center &mdash; Wound Visit 07/14/2026</h3>
<p>Provider: Lucia Ferraro, MD</p>
<p><b>Wound #1</b> R plantar 1st MTH, diabetic neuropathic, Wagner 3.</p>
<table border="1" cellpadding="2">
<tr><th>Date</th><th>L (cm)</th><th>W (cm)</th><th>D (cm)</th><th>Area (cm&sup2;)</th></tr>
<tr><td>05/19</td><td>3.4</td><td>2.6</td><td>1.3</td><td>8.84</td></tr>
<tr><td>06/02</td><td>3.1</td><td>2.4</td><td>1.2</td><td>7.44</td></tr>
<tr><td>06/16</td><td>3.2</td><td>2.4</td><td>1.1</td><td>7.68</td></tr>
<tr><td>06/30</td><td>3.0</td><td>2.5</td><td>1.2</td><td>7.50</td></tr>
<tr><td>07/14</td><td>3.1</td><td>2.4</td><td>1.2</td><td>7.44</td></tr>
</table>
<p>No measurable improvement since 06/02 (42 days) despite weekly debridement, TCC offloading since 06/02, alginate/foam moist dressings, completed IV antibiotics (ertapenem 5/15&ndash;6/26, now doxycycline), glucose optimization (A1c 9.0 &rarr; 7.6, IFCC 60), protein supplementation (albumin 3.7).</p>
<p><b>Vascular:</b> ABI/TBI ordered 05/05 &ndash; pt missed 05/27 appt (transport). Referred to vascular surgery (Dr. Park, Metro Vascular Assoc.). <i>[carried forward from 06/02]</i><br/>
Today: patient states he saw Dr. Park on 6/23 and &ldquo;they did the test on my legs with the blood pressure cuffs&rdquo;. No report in our chart; records requested from Metro Vascular today.</p>
<p><b>Procedure:</b> excisional debridement to muscle/fascia, 7.44 cm&sup2;. TCC reapplied.</p>
<p><b>Plan:</b> refer for HBOT evaluation (Wagner 3, failed &gt;30 days standard wound care). Continue weekly care.</p>
</body></html>""", ctype="text/html", title="Wound clinic visit")

    c.note("wn-hbo-0716", "2026-07-16 15:40", "11488-4", "Consult note", "md-ferraro", """HYPERBARIC MEDICINE CONSULTATION - 07/16/2026 - Lucia Ferraro, MD (UHM)

Indication requested: diabetic wound of the lower extremity (R plantar 1st MTH).
1. Diabetes: T2DM, on metformin + glargine; A1c 7.6% (60 mmol/mol) 6/30, down from 9.0%.
2. Wound due to diabetes: neuropathic plantar ulcer with osteomyelitis of the 1st MT head (MRI 5/12, bone bx 5/13) - Wagner grade 3.
3. Standard wound care since 05/19 (wound center), offloading with TCC since 06/02: sharp debridement weekly, moist dressings, infection treated (6 wk IV ertapenem, oral doxycycline through 7/24), glucose and nutrition optimized. No measurable signs of healing from 06/02 to 07/14 (area 7.44 -> 7.44 cm2).
4. Vascular status: outside vascular surgery evaluation 6/23 per patient; report not yet received. No ABI, TBI or TcPO2 results in our records. Our TcPO2 unit is out for service until August.
Chest x-ray, ECG, tympanic exam: cleared for chamber. No untreated pneumothorax, no contraindicating meds. Not claustrophobic.
Plan: request authorization for HBOT 2.0-2.4 ATA, 90 min, daily x 30-40 treatments with wound re-evaluation at least every 30 days. Will forward vascular report when received.
""", title="Hyperbaric medicine consultation")

    gold = {"recommendation": "request_info", "policy": "NCD 20.29",
            "evidence": ["Condition/dx-dfu", "DiagnosticReport/dr-mri-0512", "Observation/wm-0602", "Observation/wm-0714", "DocumentReference/wn-hbo-0716"],
            "missing": ["vascular|ABI|ankle brachial|toe pressure|TBI|TcPO2|transcutaneous|perfusion|arterial"],
            "rationale": "T2DM, diabetic LE wound, Wagner 3 and >30 days without measurable healing with offloading, debridement, moist dressings, infection, glucose and nutrition addressed; standard wound care also requires assessment (and correction if possible) of vascular status - no ABI/TBI/TcPO2 or vascular findings in the chart (patient-reported outside test, report not received)."}
    k = case("bh-hbot-01", "patients/ph11.json", SVC,
             [("E11.621", "Type 2 diabetes mellitus with foot ulcer"),
              ("L97.514", "Non-pressure chronic ulcer of other part of right foot with necrosis of bone"),
              ("M86.671", "Other chronic osteomyelitis, right ankle and foot")],
             "2026-07-21", gold, note="HBOT for Wagner 3 DFU R foot, 40 treatments.")
    return c, "2026-07-21 17:00", k


def hbot02():
    c = Chart("ph12", "PT", "https://fhir.sierravalley-med.example/fhir/R4", "https://fhir.sierravalley-med.example/CodeSystem/wound", "CA")
    c.patient("Benavides", ["Gloria", "R."], "female", "1960-05-09", "Clovis", "93612", "SVM-118-2204", line="1450 Shaw Ave")
    c.practitioner("mehta-a", "Mehta", ["Arjun"], prefix="Dr.", suffix="MD", qual="MD - Undersea and hyperbaric medicine")
    c.practitioner("lowe-s", "Lowe", ["Sandra"], suffix="RN, CWOCN", qual="Wound, ostomy and continence nurse")
    c.practitioner("cho-e", "Cho", ["Erin"], prefix="Dr.", suffix="MD", qual="MD - Vascular surgery")

    c.condition("c-dfu", "E11.621", "Type 2 diabetes mellitus with foot ulcer", "2026-05-12 10:00", onset="2026-04-20 09:00")
    c.condition("c-ulcer", "L97.523", "Non-pressure chronic ulcer of other part of left foot with necrosis of muscle", "2026-05-12 10:05",
                text="L lateral foot (5th MT base) diabetic ulcer, Wagner 3 (deep abscess, drained 05/2026)")
    c.condition("c-htn", "I10", "Essential (primary) hypertension", "2012-03-20 09:00")

    c.obs("v-abi", c.lc("ABI-L", "Ankle-brachial index, left"), "2026-07-14 09:30", ("Quantity", Q(0.94, "{ratio}")), category="procedure",
          performer="cho-e", note="Right 0.98. TBI left 0.71.")
    c.obs("v-tcpo2", c.lc("TCPO2-L-DORSUM", "Transcutaneous oxygen, left dorsal foot"), "2026-07-14 10:00", ("Quantity", Q(46, "mm[Hg]")),
          category="procedure", performer="cho-e")
    site = "Left lateral foot, 5th metatarsal base"
    wound(c, "w-0728", "2026-07-28 10:00", 4.2, 3.1, 0.9, site=site, note="Pre-HBOT baseline. Area 13.02 cm2.", performer="lowe-s")
    wound(c, "w-0831", "2026-08-31 10:10", 3.4, 2.6, 0.6, site=site, note="After HBOT #20. Area 8.84 cm2.", performer="lowe-s")
    wound(c, "w-0914", "2026-09-14 10:05", 3.5, 2.6, 0.6, site=site, note="After HBOT #30. Area 9.10 cm2.", performer="lowe-s")
    wound(c, "w-0930", "2026-09-30 10:20", 3.5, 2.7, 0.6, site=site, note="After HBOT #40. Area 9.45 cm2.", performer="lowe-s")
    c.obs("l-a1c", cc(LOINC, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "HbA1c"), "2026-09-08 08:00", ("Quantity", Q(7.1, "%")))
    c.proc("p-hbo-series", {"coding": [{"system": HCPCS, "code": "G0277", "display": "Hyperbaric oxygen under pressure, full body chamber, per 30 minute interval"}],
                            "text": "HBOT 2.0 ATA x 90 min, treatments #1-40"}, "2026-08-03 08:00", end="2026-09-30 10:00", performer="mehta-a",
           note="40 treatments completed 08/03-09/30/2026 (weekdays). No barotrauma.")
    c.servreq("sr-hbo-ext", c.lc("HBO-EXT", "HBOT additional treatments"), "2026-10-02 09:00", requester="mehta-a",
              reason="Diabetic foot ulcer L lateral foot, Wagner 3", note="20 additional treatments (#41-60).")
    c.medreq("rx-glar", rx("274783", "insulin glargine", "insulin glargine 100 unit/mL pen"), "2024-02-14 09:00", dosage="28 units SC nightly")

    c.note("wc-vasc-0714", "2026-07-14 11:00", "11488-4", "Consult note", "cho-e", """SIERRA VALLEY VASCULAR SURGERY - CONSULTATION
07/14/2026   Erin Cho, MD

Reason: vascular assessment, L lateral foot diabetic ulcer before advanced wound therapy.
Noninvasive studies today: ABI R 0.98 / L 0.94; TBI L 0.71; triphasic Doppler signals DP/PT bilaterally; TcPO2 L dorsal foot 46 mmHg (room air).
Exam: palpable DP and PT pulses bilaterally. Foot warm.
Assessment: no hemodynamically significant peripheral arterial disease; perfusion adequate for healing. No revascularization indicated.
""", title="Vascular surgery consult")

    c.note("wc-hbo-0730", "2026-07-30 14:00", "11488-4", "Consult note", "mehta-a", """HYPERBARIC MEDICINE - INITIAL CONSULTATION  07/30/2026  Arjun Mehta, MD

66F T2DM (A1c 7.3 in June), L lateral foot ulcer over 5th MT base since ~4/20/2026, I&D of deep abscess 5/12, Wagner grade 3.
Standard wound care since 5/12: weekly debridement, silver alginate/foam, offloading boot, antibiotics completed 6/20, vascular status assessed 7/14 (ABI 0.94, TcPO2 46 - adequate, no correction needed), dietitian follow-up.
Measurements 6/16 4.3 x 3.0 x 0.9, 7/28 4.2 x 3.1 x 0.9 - no measurable healing >30 days.
Plan: HBOT 2.0 ATA 90 min, 5x/week, 40 treatments, wound re-evaluation at least every 30 days; continue standard wound care.
""", title="HBO initial consultation")

    c.note("wc-rn-0831", "2026-08-31 11:30", "11506-3", "Progress note", "lowe-s", """<html><body>
<p><b>Wound Care Nursing Note &ndash; 08/31/2026</b> (after HBOT #20) &ndash; S. Lowe, RN, CWOCN</p>
<p>Wound: L lateral foot, 5th MT base. 3.4 x 2.6 x 0.6 cm (area 8.84 cm&sup2;; baseline 7/28: 13.02 cm&sup2;, &minus;32%). Base 90% beefy red granulation, 10% slough. Scant serous drainage. Periwound callus pared.</p>
<p>Dressing: collagen/silver + foam, boot offloading. Pt tolerating HBOT well.</p>
</body></html>""", ctype="text/html", title="Wound care nursing note")

    c.note("wc-rn-0930", "2026-09-30 11:45", "11506-3", "Progress note", "lowe-s", fixed([
        "SIERRA VALLEY WOUND CENTER - WOUND ASSESSMENT           09/30/2026 11:45",
        "PT: BENAVIDES, GLORIA R   MRN SVM-118-2204   RN: S. LOWE CWOCN",
        "-" * 70,
        "SITE: L LATERAL FOOT (5TH MT BASE)   HBOT TX COMPLETED: 40",
        "DATE        L     W     D     AREA   GRANULATION",
        "07/28/26    4.2   3.1   0.9   13.02  70%",
        "08/31/26    3.4   2.6   0.6    8.84  90%",
        "09/14/26    3.5   2.6   0.6    9.10  90%",
        "09/30/26    3.5   2.7   0.6    9.45  90%",
        "-" * 70,
        "DRAINAGE: SCANT SEROUS. NO ODOR. PERIWOUND CALLUS DEBRIDED.",
        "OFFLOADING: BOOT, PT REPORTS WEARING 'MOST OF THE TIME'.",
        "NOTIFIED DR MEHTA OF MEASUREMENTS.",
    ]), title="Wound assessment")

    c.note("wc-hbo-1001", "2026-10-01 16:20", "11506-3", "Progress note", "mehta-a", """HYPERBARIC MEDICINE - 30-DAY RE-EVALUATION  10/01/2026  Arjun Mehta, MD

Interval history [carried forward from 08/31 re-eval]: Wound improving with HBO. Tolerating treatments without barotrauma. Glucose controlled.

Today: 40 treatments completed 9/30.
Measurements: 7/28 13.02 cm2 -> 8/31 8.84 cm2 -> 9/14 9.10 cm2 -> 9/30 9.45 cm2.
Overall 27% reduction in area since HBO start. Over the last treatment period (8/31-9/30) no measurable reduction - area slightly larger; depth unchanged at 0.6 cm; granulation unchanged at 90%.
Patient feels HBO is helping and wants to continue. A1c 7.1 (9/8). Offloading adherence "most of the time".
Plan: request 20 additional treatments (#41-60); add cellular/tissue product if no response; reinforce offloading.
""", title="HBO 30-day re-evaluation")

    c.note("wc-tel-1005", "2026-10-05 10:10", "34748-4", "Telephone encounter Note", "lowe-s", """Telephone 10/05/2026 09:55 - S. Lowe RN
Pt called asking when HBOT resumes. Told treatments are on hold pending insurance authorization for additional sessions; continue dressing changes 3x/week and boot. Pt upset, says "it was working". Wound visit kept for 10/7.
""", title="Telephone encounter")

    gold = {"recommendation": "refer", "policy": "NCD 20.29",
            "evidence": ["Observation/w-0831", "Observation/w-0930", "Procedure/p-hbo-series", "DocumentReference/wc-hbo-1001"],
            "missing": [],
            "rationale": "Continuation request: NCD does not cover continued HBOT when measurable signs of healing have not been shown within any 30-day period of treatment; 08/31-09/30 area 8.84 -> 9.45 cm2, depth unchanged. 'Wound improving' is carried-forward text; overall reduction since baseline does not answer the latest period."}
    k = case("bh-hbot-02", "patients/ph12.json", SVC,
             [("E11.621", "Type 2 diabetes mellitus with foot ulcer"),
              ("L97.523", "Non-pressure chronic ulcer of other part of left foot with necrosis of muscle")],
             "2026-10-06", gold, note="Continuation: 20 additional HBOT treatments (#41-60), Wagner 3 DFU L foot.")
    return c, "2026-10-06 17:00", k


def build():
    return [hbot01(), hbot02()]
