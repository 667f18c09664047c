"""NCD 20.29 Hyperbaric oxygen therapy: be-hbot-01..03."""
from chart import Chart, CPT, HCPCS, ICD10, npi


def dx(code, display):
    return {"system": ICD10, "code": code, "display": display}


SVC_HBOT = {"system": HCPCS, "code": "G0277",
            "display": "Hyperbaric oxygen under pressure, full body chamber, per 30 minute interval"}


def wound(c, oid, when, l, w, d, performer, note=None):
    area = round(l * w, 2)
    return c.obs(oid, "wound-dims", "Wound measurements (length x width x depth)", when, area, "cm2", loinc=False,
                 category="exam", performer=performer, text="Wound area (L x W)",
                 components=[("wound-length", "Wound length", l, "cm", False),
                             ("wound-width", "Wound width", w, "cm", False),
                             ("wound-depth", "Wound depth", d, "cm", False)],
                 note=note)


# ------------------------------------------------------------------------------------------------
def hbot01():
    """Approve: chronic refractory osteomyelitis of the tibia after two debridements and > 12 weeks of antibiotics."""
    c = Chart(16, "eastern", "ehr.piedmont-whc.example", "http://fhir.piedmont-whc.example/CodeSystem/local-obs")
    org = c.org("piedmont", "Piedmont Regional Medical Center - Wound & Hyperbaric Center", city="Laurel Fork",
                state="NC")
    ortho_org = c.org("blueridge", "Blue Ridge Orthopaedics", city="Laurel Fork", state="NC")
    c.patient("Clifton", "Ashby", "male", "1955-08-14", "Laurel Fork", "NC", "28699", "828-555-0139",
              "PRM-6620194", org, extra_given="Ray")
    c.coverage("9EM4-TC6-WF08", "2020-08-01")
    ortho = c.prac("dr-moyer", "Declan", "Moyer", "MD", "Orthopaedic Surgery - Trauma", npi(176429731))
    idoc = c.prac("dr-talbot", "Shirin", "Talbot", "MD", "Infectious Diseases", npi(176429759))
    hbo = c.prac("dr-brightwater", "Harold", "Brightwater", "MD", "Undersea and Hyperbaric Medicine", npi(176429777))
    rad = c.prac("dr-quinlan", "Ada", "Quinlan", "MD", "Radiology - Musculoskeletal", npi(176429795))
    rn = c.prac("rn-pettigrew", "Rhonda", "Pettigrew", "RN, CHRN", "Hyperbaric nurse", npi(176429713))

    osteo = c.cond("osteomyelitis", "M86.461", "Chronic osteomyelitis with draining sinus, right tibia and fibula",
                   "2025-09-30 10:00", onset="2025-02-10", recorder=idoc,
                   note="Post-traumatic (open tibial shaft fracture 03/2024, IM nail). MSSA.")
    c.cond("htn", "I10", "Essential (primary) hypertension", "2011-05-05 10:00", recorder=idoc)
    c.cond("hld", "E78.5", "Hyperlipidemia, unspecified", "2011-05-05 10:01", recorder=idoc)

    c.obs("a1c-2026-01-05", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-01-05 08:40", 5.6, "%",
          category="laboratory", interp="N")
    c.obs("crp-2026-01-05", "1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "2026-01-05 08:40", 38,
          "mg/L", category="laboratory", interp="H")
    c.obs("esr-2026-01-05", "4537-7", "Erythrocyte sedimentation rate by Westergren method", "2026-01-05 08:40", 62,
          "mm/h", category="laboratory", interp="H")
    c.obs("culture-2025-10-14", "bone-culture", "Bone culture, right tibia (intra-operative)", "2025-10-14 11:20",
          loinc=False, category="laboratory", value_str="Staphylococcus aureus, methicillin-susceptible (MSSA); "
                                                        "3 of 3 specimens", interp="A")
    c.med("cefazolin-1", "2180", "cefazolin", "2025-03-14 10:00", idoc, "2 g IV every 8 hours x 6 weeks",
          status="completed", stop="2025-04-25", reason_text="Post-traumatic tibial osteomyelitis (course 1)")
    c.med("cefazolin-2", "2180", "cefazolin", "2025-10-16 10:00", idoc, "2 g IV every 8 hours x 6 weeks",
          status="completed", stop="2025-11-27", reason_text="Recurrent tibial osteomyelitis (course 2)")
    c.med("cephalexin", "2231", "cephalexin", "2025-11-28 10:00", idoc, "1 g by mouth four times daily (suppressive)",
          reason_text="Chronic osteomyelitis, oral step-down")
    d1 = c.proc("debridement-2025-03-11", CPT, "11044", "Debridement including bone",
                "2025-03-11 08:00", performer=ortho, reason=[osteo],
                note="Removal of tibial IM nail and interlocking screws, debridement of infected tibial canal "
                     "(reaming), irrigation.")
    d2 = c.proc("debridement-2025-10-14", CPT, "11044", "Debridement including bone",
                "2025-10-14 08:00", performer=ortho, reason=[osteo],
                note="Excision of sinus tract, saucerization of distal tibial diaphysis, antibiotic-loaded "
                     "calcium sulfate beads (vancomycin/tobramycin).")

    c.note("mri-2026-01-06", "2026-01-06 17:05", rad, "18748-4", "Diagnostic imaging study",
           "MRI right tibia/fibula with and without contrast",
           """MRI RIGHT TIBIA AND FIBULA WITHOUT AND WITH CONTRAST - 01/06/2026
Ordering: Shirin Talbot, MD     Reading: Ada Quinlan, MD
History: chronic post-traumatic tibial osteomyelitis; s/p nail removal (03/2025) and saucerization with
antibiotic beads (10/2025); persistent drainage.
Findings: marrow edema and enhancement of the distal tibial diaphysis over 9 cm with intramedullary fluid
collection 2.1 x 0.9 cm and a cortical cloaca at the anteromedial surface communicating with a sinus tract to the
skin. Sequestrum 6 mm. Resorbing beads. Fibula normal. No joint effusion at ankle.
Impression: persistent active chronic osteomyelitis of the distal tibial diaphysis with intraosseous abscess,
sequestrum and draining sinus, despite prior debridements.
""", custodian=org)

    c.note("id-2026-01-08", "2026-01-08 14:20", idoc, "11488-4", "Consult note", "Infectious diseases follow-up",
           """INFECTIOUS DISEASES - follow-up 01/08/2026 - Shirin Talbot, MD

70 yo M with post-traumatic chronic osteomyelitis of the R tibia (MSSA).
Treatment to date:
- 03/11/2025 nail removal + canal debridement (Dr. Moyer); cefazolin IV 03/14-04/25/2025 (6 weeks).
- Recurrence 09/2025 with draining sinus.
- 10/14/2025 sinus excision, saucerization, antibiotic beads; cefazolin IV 10/16-11/27/2025 (6 weeks), then
  cephalexin 1 g QID since 11/28/2025.
Now: persistent serous-purulent drainage from the anteromedial sinus. CRP 38, ESR 62. MRI 01/06: persistent
osteomyelitis with intraosseous abscess and sequestrum.
Not diabetic (A1c 5.6). Non-smoker since 2010. Albumin 3.9. Vascular exam normal, palpable DP/PT.
Assessment: chronic refractory osteomyelitis - failed two surgical debridements and > 12 weeks of targeted IV
therapy plus oral suppression.
Recommendations: third debridement (Dr. Moyer planning 02/2026) with adjunctive hyperbaric oxygen therapy before
and after surgery; continue cephalexin pending operative cultures.
""")

    c.note("ortho-2026-01-13", "2026-01-13 09:30", ortho, "11506-3", "Progress note", "Orthopaedic follow-up",
           """<html><body>
<p><b>Blue Ridge Orthopaedics</b> &mdash; 01/13/2026 &mdash; Declan Moyer, MD</p>
<p>R tibia chronic osteomyelitis, now 10 months after nail removal and 3 months after saucerization. Persistent
drainage from anteromedial sinus. Tibia is united on x-ray (bridging callus 3/4 cortices), weight bearing as
tolerated.</p>
<p>Exam: 1 cm sinus opening distal third anteromedial tibia with purulent drainage, surrounding induration, no
cellulitis. Palpable pulses; sensation intact.</p>
<p>MRI reviewed: sequestrum and intraosseous abscess.</p>
<p><b>Plan:</b> repeat debridement/sequestrectomy, possible local muscle flap with plastics, target 02/2026.
Agree with ID recommendation for adjunctive HBOT &mdash; referral placed to Piedmont hyperbaric. Continue cephalexin.</p>
</body></html>""", html=False, custodian=ortho_org)

    c.note("hbot-consult-2026-01-22", "2026-01-22 11:00", hbo, "11488-4", "Consult note",
           "Hyperbaric medicine consultation",
           """PIEDMONT WOUND & HYPERBARIC CENTER - HYPERBARIC MEDICINE CONSULTATION
01/22/2026 - Harold Brightwater, MD

Referral: Dr. Moyer / Dr. Talbot - chronic refractory osteomyelitis, R tibia.
Indication review: chronic refractory osteomyelitis unresponsive to conventional medical and surgical management -
two operative debridements (03/2025, 10/2025), two 6-week IV courses and ongoing oral suppression, with
persistent sinus and MRI-active disease. HBOT requested as an adjunct to the planned third debridement and
continued antibiotics.
Not diabetic. This is not a diabetic wound, pressure ulcer or venous ulcer.
HBOT screening: no pneumothorax history, CXR 01/20 clear; no COPD; TMs mobile with Valsalva; no claustrophobia;
no seizure disorder; no chemotherapy or disulfiram. Glasses only. Pacemaker: none.
Plan: HBOT 2.4 ATA, 90 min at pressure with air breaks, daily M-F. About 20 treatments before and 20 after surgery;
reassess at 20. Begin after authorization. Continue standard care per ortho/ID.
""")

    c.note("rn-2026-01-26", "2026-01-26 13:40", rn, "34746-8", "Nurse note", "Hyperbaric pre-treatment orientation",
           """Hyperbaric nursing - orientation 01/26/2026 - Rhonda Pettigrew, RN, CHRN
Chamber tour completed; ear clearing techniques taught (Valsalva, swallowing); pt demonstrated. 100% cotton
garments reviewed; no lotions, lighters, hearing aids or electronics. Pre-treatment vitals and blood glucose
check protocol explained (glucose check not required - not diabetic). Patient anxious about confinement but
watched a treatment and felt reassured. First treatment to be scheduled after insurance authorization.
""")

    c.sreq("hbot-order", HCPCS, "G0277", SVC_HBOT["display"], "2026-01-27 09:10", hbo,
           reason="Chronic refractory osteomyelitis, right tibia",
           note="40 treatments, 2.4 ATA x 90 min, monochamber; adjunct to surgical debridement and antibiotics.")

    case = {
        "id": "be-hbot-01", "num": 16,
        "request": {"service": SVC_HBOT,
                    "diagnoses": [dx("M86.461", "Chronic osteomyelitis with draining sinus, right tibia and fibula")],
                    "payer": "medicare", "urgency": "standard", "date": "2026-01-27"},
        "gold": {"recommendation": "approve", "policy": "NCD 20.29",
                 "evidence": ["Condition/osteomyelitis", "DocumentReference/mri-2026-01-06",
                              "DocumentReference/id-2026-01-08"],
                 "missing": [],
                 "rationale": "Covered condition A: chronic refractory osteomyelitis unresponsive to conventional medical "
                              "and surgical management (two debridements, two 6-week IV courses plus oral suppression, "
                              "MRI-active disease with sinus). HBO in a full-body chamber as an adjunct. Not a diabetic "
                              "wound, so the Wagner/30-day criteria do not apply; no non-covered condition."},
        "criteria": [
            ["covered-condition", "Chronic refractory osteomyelitis", "met",
             ["Condition/osteomyelitis", "DocumentReference/mri-2026-01-06"]],
            ["refractory", "Unresponsive to conventional medical and surgical management", "met",
             ["Procedure/debridement-2025-03-11", "Procedure/debridement-2025-10-14", "MedicationRequest/cefazolin-1",
              "MedicationRequest/cefazolin-2", "DocumentReference/id-2026-01-08"]],
            ["chamber", "Administered in a chamber", "met", ["DocumentReference/hbot-consult-2026-01-22"]],
            ["not-excluded", "Not a non-covered condition (e.g. decubitus/stasis ulcer, PVD)", "met",
             ["DocumentReference/hbot-consult-2026-01-22"]],
        ],
        "traps": "non-diabetic indication (diabetic-wound criteria are a distractor); surgery planned is fine because "
                 "HBO is an adjunct; A1c and glucose-check noise",
    }
    c._stamp = "2026-01-27 17:00"
    return c, case


# ------------------------------------------------------------------------------------------------
def hbot02():
    """Refer: continuation request after 35 days of HBOT with no measurable healing."""
    c = Chart(17, "mountain", "ehr.highplains-wc.example", "http://fhir.highplains-wc.example/CodeSystem/local-obs")
    org = c.org("hpwc", "High Plains Wound Care & Hyperbaric Medicine", city="Wind River Crossing", state="WY")
    c.patient("Vernon", "Calloway", "male", "1953-10-10", "Wind River Crossing", "WY", "82599", "307-555-0186",
              "HPW-230871", org, extra_given="Lee")
    c.coverage("2PQ7-GN1-XS55", "2018-10-01")
    hbo = c.prac("dr-ybarra", "Lucinda", "Ybarra", "MD", "Wound Care and Hyperbaric Medicine", npi(287530842))
    pod = c.prac("dpm-kettle", "Anders", "Kettle", "DPM", "Podiatric Medicine and Surgery", npi(287530860))
    rn = c.prac("rn-amundsen", "Joy", "Amundsen", "RN, CWCN", "Wound care nurse", npi(287530888))

    c.cond("t2dm-ulcer", "E11.621", "Type 2 diabetes mellitus with foot ulcer", "2025-10-20 10:00", recorder=pod)
    c.cond("ulcer", "L97.524", "Non-pressure chronic ulcer of other part of left foot with necrosis of bone",
           "2025-11-03 10:00", recorder=pod, note="Plantar 1st metatarsal head, Wagner grade 3 (osteomyelitis on MRI 11/2025).")
    c.cond("neuropathy", "E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy", "2019-06-11 10:00",
           recorder=pod)
    c.cond("htn", "I10", "Essential (primary) hypertension", "2009-04-01 10:00", recorder=hbo)

    wound(c, "wound-2025-12-29", "2025-12-29 10:00", 3.3, 2.7, 1.2, rn,
          note="Pre-HBOT: 4 weeks standard care since 12/01 (3.2 x 2.6 x 1.2) without measurable change.")
    w0 = wound(c, "wound-2026-02-02", "2026-02-02 09:40", 3.1, 2.6, 1.2, rn, note="HBOT treatment #1 day.")
    wound(c, "wound-2026-02-16", "2026-02-16 09:35", 3.2, 2.6, 1.2, rn)
    wound(c, "wound-2026-03-02", "2026-03-02 09:50", 3.1, 2.7, 1.2, rn)
    w4 = wound(c, "wound-2026-03-09", "2026-03-09 09:45", 3.2, 2.7, 1.3, rn,
               note="Granular base ~80%, slough 20% (was 40%).")
    c.obs("tcpo2-2025-12-29", "tcpo2-foot", "Transcutaneous oxygen pressure, dorsal left foot", "2025-12-29 11:00", 46,
          "mm[Hg]", loinc=False, category="procedure", performer=hbo)
    c.obs("a1c-2026-02-02", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-02-02 08:30", 7.3, "%",
          category="laboratory", interp="H")
    c.med("metformin", "6809", "metformin", "2012-03-01 10:00", hbo, "1000 mg by mouth twice daily",
          reason_text="Type 2 diabetes")
    c.med("insulin-glargine", "274783", "insulin glargine", "2020-07-15 10:00", hbo, "26 units subcutaneously nightly",
          reason_text="Type 2 diabetes")
    c.med("doxycycline", "3640", "doxycycline", "2025-11-10 10:00", pod, "100 mg by mouth twice daily x 6 weeks",
          status="completed", stop="2025-12-22", reason_text="Osteomyelitis L 1st metatarsal head (bone biopsy MSSA)")
    c.proc("hbot-2026-02-02", HCPCS, "G0277", SVC_HBOT["display"], "2026-02-02 10:30", performer=hbo,
           note="Treatment #1 of HBOT course (2.4 ATA, 90 min). Course ongoing.")

    c.note("hbot-start-2026-02-02", "2026-02-02 12:00", hbo, "11506-3", "Progress note", "HBOT initiation note",
           """HIGH PLAINS WOUND CARE & HYPERBARIC MEDICINE - HBOT initiation 02/02/2026 - Lucinda Ybarra, MD
72 yo M with T2DM, Wagner grade 3 plantar L 1st MTH ulcer with osteomyelitis (MRI 11/2025, bone biopsy MSSA,
doxycycline x 6 weeks completed 12/22/2025).
Standard care since 12/01/2025: weekly sharp debridement, total contact cast, alginate/foam dressings,
glucose optimization (A1c 7.3), nutrition (albumin 3.8), vascular assessment adequate (TcPO2 46 mmHg, palpable
DP). No measurable healing over 4 weeks (12/01: 3.2 x 2.6 x 1.2; 12/29: 3.3 x 2.7 x 1.2).
Today: 3.1 x 2.6 x 1.2 cm. HBOT authorized; first treatment today, tolerated well.
Plan: daily HBOT 2.4 ATA 90 min; continue TCC and weekly debridement; wound measurements weekly.
""")

    c.note("pod-2026-02-24", "2026-02-24 15:10", pod, "11506-3", "Progress note", "Podiatry follow-up",
           """Podiatry - 02/24/2026 - Anders Kettle, DPM
L plantar 1st MTH ulcer. TCC changed weekly, tolerating. Sharp excisional debridement to bleeding base today.
Probe to bone still positive at the center. No cellulitis, no odor.
Measured by wound nurse 2/16: 3.2 x 2.6 x 1.2 cm.
Discussed that if no progress with HBOT, partial 1st ray amputation may be the definitive option. Patient would
prefer to avoid surgery.
""")

    c.note("rn-2026-03-09", "2026-03-09 10:05", rn, "34746-8", "Nurse note", "Wound assessment flowsheet",
           """WOUND ASSESSMENT - 03/09/2026 - Joy Amundsen, RN, CWCN
Location: L plantar 1st metatarsal head. Wagner 3.
L 3.2 cm x W 2.7 cm x D 1.3 cm (area 8.64 cm2). Undermining 0.4 cm 12-2 o'clock.
Base: 80% red granulation, 20% yellow slough. Moderate serous drainage. Periwound callus trimmed.
Trend (L x W x D):
  02/02  3.1 x 2.6 x 1.2   (HBOT #1)
  02/16  3.2 x 2.6 x 1.2
  03/02  3.1 x 2.7 x 1.2
  03/09  3.2 x 2.7 x 1.3   (HBOT #26)
Dressing: alginate, foam, TCC reapplied by DPM team.
""")

    c.note("hbot-progress-2026-03-10", "2026-03-10 11:30", hbo, "11506-3", "Progress note", "HBOT progress note",
           """<html><body>
<p><b>HBOT Progress Note</b> &mdash; 03/10/2026 &mdash; Lucinda Ybarra, MD</p>
<p>Treatment #27 today. Tolerating well, no barotrauma, glucose pre/post stable.</p>
<p>Wound looks <i>healthier</i>: more granulation and less slough than at the start of HBOT. Measurements essentially
unchanged (02/02 3.1 x 2.6 x 1.2 cm; 03/09 3.2 x 2.7 x 1.3 cm).</p>
<p><b>Assessment:</b> Wagner 3 DFU on HBOT day 37 (27 treatments). Improved wound bed quality.</p>
<p><b>Plan:</b> request authorization for 20 additional treatments; continue TCC; discuss 1st ray resection with
podiatry if no dimensional change by treatment 40.</p>
</body></html>""", html=False)

    c.note("lmn-2026-03-16", "2026-03-16 16:00", hbo, "57133-1", "Referral note",
           "Request for continued HBOT - letter",
           """Request for continued hyperbaric oxygen therapy - 03/16/2026
Patient: Vernon L. Calloway. Diagnosis: type 2 diabetes with Wagner grade 3 L foot ulcer (E11.621, L97.524).
Mr. Calloway has completed 31 treatments since 02/02/2026 with excellent tolerance and an improving wound bed.
We request 20 additional treatments (G0277).
Lucinda Ybarra, MD
""")

    c.sreq("hbot-order", HCPCS, "G0277", SVC_HBOT["display"], "2026-03-17 08:40", hbo,
           reason="Diabetic foot ulcer Wagner 3, continuation", note="20 additional treatments (32-51).")

    case = {
        "id": "be-hbot-02", "num": 17,
        "request": {"service": SVC_HBOT,
                    "diagnoses": [dx("E11.621", "Type 2 diabetes mellitus with foot ulcer"),
                                  dx("L97.524", "Non-pressure chronic ulcer of other part of left foot with necrosis of bone")],
                    "payer": "medicare", "urgency": "standard", "date": "2026-03-17",
                    "note": "Continuation: 20 additional treatments."},
        "gold": {"recommendation": "refer", "policy": "NCD 20.29",
                 "evidence": ["Observation/wound-2026-02-02", "Observation/wound-2026-03-09",
                              "DocumentReference/rn-2026-03-09", "DocumentReference/hbot-progress-2026-03-10"],
                 "missing": [],
                 "rationale": "Initial diabetic-wound criteria were met, but this is a continuation: 'continued treatment "
                              "is not covered if measurable signs of healing have not been demonstrated within any "
                              "30-day period of treatment'. From 02/02 to 03/09 (35 days of HBOT) the wound is 3.1x2.6x1.2 "
                              "-> 3.2x2.7x1.3 cm: no measurable healing. 'Healthier wound bed' is qualitative. Physician review."},
        "criteria": [
            ["diabetic-wound", "T2DM with lower-extremity wound due to diabetes, Wagner >= 3", "met",
             ["Condition/t2dm-ulcer", "Condition/ulcer"]],
            ["failed-standard", "No measurable healing after >= 30 days of standard wound care", "met",
             ["Observation/wound-2025-12-29", "DocumentReference/hbot-start-2026-02-02"]],
            ["continued-healing", "Measurable signs of healing within each 30-day period of HBOT", "not_met",
             ["Observation/wound-2026-02-02", "Observation/wound-2026-03-09", "DocumentReference/rn-2026-03-09"]],
        ],
        "traps": "continuation branch; qualitative 'healthier' wording vs serial measurements; initial-criteria checklist "
                 "fully met; the continuation letter omits the measurements",
    }
    c._stamp = "2026-03-17 17:00"
    return c, case


# ------------------------------------------------------------------------------------------------
def hbot03():
    """Request info: Wagner 3 DFU failing 6 weeks of care, but vascular status not assessed (ABI non-compressible,
    TcPO2/TBI booked after the request; its later report is in the bundle)."""
    c = Chart(18, "pacific", "ehr.coastalredwood-wc.example",
              "http://fhir.coastalredwood-wc.example/CodeSystem/local-obs")
    org = c.org("crwc", "Coastal Redwood Wound Center", city="Fog Harbor", state="CA")
    c.patient("Marisol", "Quintanar", "female", "1957-02-18", "Fog Harbor", "CA", "95599", "707-555-0144",
              "CRW-480556", org, extra_given="Elena")
    c.coverage("8VB5-RD2-KM17", "2022-02-01")
    wdoc = c.prac("dr-thorsen", "Emil", "Thorsen", "MD", "Wound Care and Hyperbaric Medicine", npi(398641953))
    pod = c.prac("dpm-reyes", "Paloma", "Reyes", "DPM", "Podiatric Medicine and Surgery", npi(398641971))
    rn = c.prac("rn-walsh", "Kiri", "Walsh", "RN", "Wound care nurse", npi(398641999))
    vasc = c.prac("dr-blackwood", "Oren", "Blackwood", "MD", "Vascular Surgery (vascular lab medical director)",
                  npi(398641917))

    c.cond("t2dm-ulcer", "E11.621", "Type 2 diabetes mellitus with foot ulcer", "2026-03-02 10:00", recorder=pod)
    c.cond("ulcer", "L97.514", "Non-pressure chronic ulcer of other part of right foot with necrosis of bone",
           "2026-03-02 10:01", recorder=pod, note="Plantar-lateral 5th metatarsal head; abscess and osteomyelitis; Wagner 3.")
    c.cond("neuropathy", "E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy", "2018-09-05 10:00",
           recorder=pod)
    c.cond("ckd3a", "N18.31", "Chronic kidney disease, stage 3a", "2021-01-12 10:00", recorder=wdoc)

    abi = c.obs("abi-2026-03-16", "abi-right", "Ankle-brachial index, right", "2026-03-16 11:00", 1.52, "1", loinc=False,
                category="procedure", performer=rn, interp="A",
                note="Non-compressible tibial arteries (> 1.4) - not diagnostic. Pedal pulses not palpable (edema).")
    wound(c, "wound-2026-03-16", "2026-03-16 10:40", 2.4, 1.9, 0.8, rn, note="Post I&D; probes to bone.")
    wound(c, "wound-2026-04-13", "2026-04-13 10:30", 2.5, 1.9, 0.8, rn)
    wound(c, "wound-2026-04-27", "2026-04-27 10:35", 2.4, 2.0, 0.8, rn)
    c.obs("a1c-2026-03-16", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-03-16 09:00", 7.6, "%",
          category="laboratory", interp="H")
    c.obs("albumin-2026-03-16", "1751-7", "Albumin [Mass/volume] in Serum or Plasma", "2026-03-16 09:00", 3.6, "g/dL",
          category="laboratory", interp="N")
    c.obs("tcpo2-2026-05-12", "tcpo2-foot", "Transcutaneous oxygen pressure, dorsal right foot", "2026-05-12 09:30", 22,
          "mm[Hg]", loinc=False, category="procedure", performer=vasc, interp="L",
          components=[("tbi-right", "Toe-brachial index, right", 0.31, "1", False)])
    c.med("insulin-glargine", "274783", "insulin glargine", "2017-05-01 10:00", wdoc, "30 units subcutaneously nightly",
          reason_text="Type 2 diabetes")
    c.med("amox-clav", "19711", "amoxicillin / clavulanate", "2026-03-02 16:00", pod,
          "875/125 mg by mouth twice daily x 6 weeks", status="completed", stop="2026-04-13",
          reason_text="Osteomyelitis R 5th metatarsal head (bone culture MSSA and strep)")
    c.proc("id-2026-03-02", CPT, "28005", "Incision of bone cortex, foot",
           "2026-03-02 14:00", performer=pod, note="I&D of plantar-lateral abscess, partial 5th metatarsal head resection.")
    c.sreq("tcpo2-order", None, None, "Transcutaneous oximetry (TcPO2) and toe pressures / toe-brachial index, "
                                      "bilateral", "2026-04-27 11:00", wdoc, status="active",
           text="Transcutaneous oximetry (TcPO2) and toe pressures / toe-brachial index, bilateral",
           occurrence="2026-05-12 09:00", reason="Non-compressible ABI; vascular assessment before HBOT")

    c.note("pod-2026-03-02", "2026-03-02 16:30", pod, "28570-0", "Procedure note", "Operative note - I&D right foot",
           """OPERATIVE NOTE - 03/02/2026 - Paloma Reyes, DPM
Pre/post-op dx: abscess and osteomyelitis R plantar-lateral 5th metatarsal head with ulcer, T2DM.
Procedure: incision and drainage of abscess, partial resection of 5th metatarsal head, bone biopsy/culture.
Findings: purulence tracking to bone; soft, discolored 5th met head. Wound left open, packed.
Specimens: bone for culture and pathology.
Post-op: amoxicillin-clavulanate pending cultures; non-weight bearing R foot with knee scooter; wound care
referral to Coastal Redwood Wound Center.
""")

    c.note("wound-2026-03-16", "2026-03-16 12:00", wdoc, "11488-4", "Consult note", "Wound center initial evaluation",
           """<html><body>
<h4>Coastal Redwood Wound Center &mdash; Initial Evaluation</h4>
<p>03/16/2026 &middot; Emil Thorsen, MD</p>
<p>69-year-old woman with T2DM (insulin, A1c 7.6), neuropathy, CKD 3a; R plantar-lateral 5th metatarsal head
wound after I&amp;D and partial metatarsal head resection 03/02 (Dr. Reyes). Bone culture MSSA + group B strep;
amoxicillin-clavulanate planned 6 weeks.</p>
<p><b>Wound:</b> 2.4 x 1.9 x 0.8 cm, probes to bone. <b>Wagner grade 3</b>.</p>
<p><b>Vascular:</b> DP and PT not palpable (edema); capillary refill 3 s; ABI right 1.52 &mdash;
<i>non-compressible, not interpretable</i>. No rest pain.</p>
<p><b>Plan (standard care):</b> weekly debridement, moist dressing (alginate/foam), offloading (knee scooter, then
offloading boot), glucose optimization with PCP, protein supplement. Toe pressures/TcPO2 to be arranged when the
edema settles.</p>
</body></html>""", html=True)

    c.note("rn-2026-04-13", "2026-04-13 11:00", rn, "34746-8", "Nurse note", "Wound assessment",
           """Wound assessment 04/13/2026 - Kiri Walsh, RN
R plantar-lateral 5th MTH: 2.5 x 1.9 x 0.8 cm. Granulation 60%, fibrin 40%. Small serous drainage.
Sharp debridement by Dr. Thorsen. Offloading boot worn whenever up, per patient; knee scooter for distances. Antibiotics finished today.
Glucose log 140-190 fasting. Patient asked about "the oxygen chamber" - told Dr. Thorsen will discuss.
""")

    c.note("wound-2026-04-27", "2026-04-27 11:15", wdoc, "11506-3", "Progress note", "Wound center follow-up",
           """Coastal Redwood Wound Center - follow-up 04/27/2026 - Emil Thorsen, MD
Wagner 3 DFU R 5th MTH, 6 weeks of standard care since 03/16 (debridement weekly, moist dressings, offloading,
6 weeks of culture-directed antibiotics completed 04/13, glucose and nutrition addressed).
Measurements: 03/16 2.4 x 1.9 x 0.8 -> 04/13 2.5 x 1.9 x 0.8 -> today 2.4 x 2.0 x 0.8 cm. No measurable healing
in 42 days.
Vascular status: still not established - pulses non-palpable, ABI non-compressible; edema improved, so TcPO2
and toe pressures ordered today (vascular lab first opening 05/12).
Assessment: failed standard wound therapy. Candidate for adjunctive HBOT; submitting authorization now. If TcPO2
shows significant ischemia, vascular surgery referral first.
""")

    c.note("vasc-2026-05-12", "2026-05-12 14:00", vasc, "18748-4", "Diagnostic imaging study",
           "Vascular lab report - TcPO2 and toe pressures",
           """COASTAL REDWOOD VASCULAR LAB - 05/12/2026 - Oren Blackwood, MD
TcPO2 dorsal R foot 22 mmHg (supine, room air); L foot 41 mmHg.
Toe pressure R 42 mmHg, TBI 0.31; L TBI 0.62.
Impression: significant R foot ischemia. Recommend arterial duplex / angiography with vascular surgery before
hyperbaric therapy.
""")

    c.sreq("hbot-order", HCPCS, "G0277", SVC_HBOT["display"], "2026-05-06 08:30", wdoc,
           reason="Diabetic foot ulcer, Wagner 3, failed standard care",
           note="30 treatments, 2.0-2.4 ATA.")

    case = {
        "id": "be-hbot-03", "num": 18,
        "request": {"service": SVC_HBOT,
                    "diagnoses": [dx("E11.621", "Type 2 diabetes mellitus with foot ulcer"),
                                  dx("L97.514", "Non-pressure chronic ulcer of other part of right foot with necrosis of bone")],
                    "payer": "medicare", "urgency": "standard", "date": "2026-05-06"},
        "gold": {"recommendation": "request_info", "policy": "NCD 20.29",
                 "evidence": ["Observation/abi-2026-03-16", "DocumentReference/wound-2026-04-27",
                              "ServiceRequest/tcpo2-order"],
                 "missing": ["vascular|TcPO2|transcutaneous|toe pressure|toe brachial|TBI|perfusion|arterial"],
                 "rationale": "T2DM, diabetic Wagner 3 wound, no measurable healing over 42 days of care. But the NCD's "
                              "standard wound care includes assessment of vascular status and correction of vascular "
                              "problems if possible: the ABI was non-compressible and TcPO2/toe pressures were ordered "
                              "for 05/12, after the request. The 05/12 report (ischemia) does not exist for this case. "
                              "Ask for the vascular assessment."},
        "criteria": [
            ["diabetic-wound", "T2DM with lower-extremity wound due to diabetes", "met", ["Condition/t2dm-ulcer"]],
            ["wagner", "Wagner grade III or higher", "met", ["DocumentReference/wound-2026-03-16"]],
            ["no-healing-30d", "No measurable healing after >= 30 days of standard wound care", "met",
             ["Observation/wound-2026-03-16", "Observation/wound-2026-04-27"]],
            ["vascular", "Standard care includes vascular assessment and correction if possible", "not_documented",
             ["Observation/abi-2026-03-16", "DocumentReference/wound-2026-04-27", "ServiceRequest/tcpo2-order"]],
        ],
        "traps": "vascular lab report and TcPO2 dated after the request; non-compressible ABI 1.52 looks 'normal-high'; "
                 "all other diabetic-wound criteria met",
    }
    c._stamp = "2026-05-06 17:00"
    return c, case


CASES = [hbot01, hbot02, hbot03]
