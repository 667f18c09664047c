from fhirlib import *

POLICY = "NCD 20.29"

WL = loinc("39126-8", "Length of Wound")
WW = loinc("39125-0", "Width of Wound")
WD = loinc("39127-6", "Depth of Wound")


def wound(b, date, l, w, d, who=None):
    b.obs("wound-length-" + date, date, WL, value=l, unit="cm", category="exam", performer=who)
    b.obs("wound-width-" + date, date, WW, value=w, unit="cm", category="exam", performer=who)
    b.obs("wound-depth-" + date, date, WD, value=d, unit="cm", category="exam", performer=who)


def hbot_01():
    b = Bundle("bvp11", "Beauchesne", ["Lorraine", "D"], "female", "1959-05-03", "PG-3072265", address_city="Larkin Falls")
    b.prac("adeyemi", "Adeyemi", ["Victor"], ["Dr."], "MD, Undersea and Hyperbaric Medicine / Wound Care")
    b.prac("kitt", "Kitt", ["Hannah"], ["Dr."], "DPM, Podiatry")
    b.prac("moreau", "Moreau", ["Elise"], ["Dr."], "MD, Infectious Disease")
    b.prac("vang", "Vang", ["Pa"], [], "RN, CWOCN")
    b.prac("ferreira", "Ferreira", ["Lucas"], ["Dr."], "MD, Radiology")

    b.cond("t2dm-ulcer", "E11.621", "2025-12-08", recorder="kitt")
    b.cond("ulcer", "L97.514", "2025-12-08", recorder="kitt", text="Chronic ulcer right plantar 1st MTP with bone involvement")
    b.cond("osteo", "M86.671", "2025-12-12", recorder="moreau", text="Chronic osteomyelitis right 1st metatarsal head (MSSA)")
    b.cond("t2dm-osteo", "E11.69", "2025-12-12", recorder="moreau")
    b.cond("neuropathy", "E11.42", "2019-04-11", recorder="kitt")
    b.cond("htn", "I10", "2011-01-01")

    b.obs("wagner-2025-12-08", "2025-12-08", local("WAGNER", "Wagner diabetic foot ulcer grade"), string="Grade 3",
          category="exam", performer="kitt", note="Deep ulcer probing to bone, suspected osteomyelitis.")
    b.obs("abi-2025-12-09", "2025-12-09", local("ABI-R", "Ankle-brachial index, right"), value=0.92, unit="{ratio}", category="procedure")
    b.obs("tbi-2025-12-09", "2025-12-09", local("TBI-R", "Toe-brachial index, right"), value=0.68, unit="{ratio}", category="procedure")
    b.obs("tcpo2-2025-12-09", "2025-12-09", local("TCPO2-R-DORSUM", "Transcutaneous oxygen pressure, right dorsal foot"),
          value=46, unit="mm[Hg]", category="procedure")
    b.obs("a1c-2025-12-08", "2025-12-08", loinc("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), value=9.6, unit="%", category="laboratory")
    b.obs("a1c-2026-02-23", "2026-02-23", loinc("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), value=7.9, unit="%", category="laboratory")
    b.obs("alb-2025-12-08", "2025-12-08", loinc("1751-7", "Albumin [Mass/volume] in Serum or Plasma"), value=3.4, unit="g/dL", category="laboratory")
    b.obs("alb-2026-02-23", "2026-02-23", loinc("1751-7", "Albumin [Mass/volume] in Serum or Plasma"), value=3.8, unit="g/dL", category="laboratory")
    wound(b, "2025-12-08", 3.2, 2.6, 1.4, "kitt")
    wound(b, "2025-12-22", 3.3, 2.6, 1.4, "vang")
    wound(b, "2026-01-05", 3.2, 2.7, 1.5, "vang")
    wound(b, "2026-01-19", 3.2, 2.6, 1.4, "kitt")
    wound(b, "2026-02-23", 2.6, 2.1, 1.0, "adeyemi")
    wound(b, "2026-03-13", 1.9, 1.5, 0.6, "adeyemi")
    wound(b, "2026-03-30", 1.8, 1.5, 0.6, "adeyemi")  # after request

    b.proc("bone-biopsy-2025-12-11", cpt("20245", "Biopsy, bone, open; deep"), date="2025-12-11", performer="kitt",
           note="Culture: MSSA. Pathology: chronic osteomyelitis.")
    b.proc("debridement-series", cpt("11042", "Debridement, subcutaneous tissue, first 20 sq cm or less"),
           period=("2025-12-08", "2026-03-13"), performer="kitt", note="Weekly sharp debridement to bleeding tissue, 14 sessions.")
    b.proc("tcc-series", cpt("29445", "Application of rigid total contact leg cast"), period=("2025-12-08", "2026-03-13"),
           performer="kitt", note="Total contact cast changed weekly.")
    b.proc("hbot-course-1", cpt("99183", "Physician attendance and supervision of hyperbaric oxygen therapy, per session"),
           period=("2026-01-26", "2026-03-13"), performer="adeyemi",
           note="35 treatments, 2.0 ATA, 90 min at pressure, monoplace chamber. Tolerated; no barotrauma.")

    b.med("cefazolin", "2025-12-12", "2180", "cefazolin", "2 g IV every 8 hours via PICC x 6 weeks", status="completed",
          start="2025-12-12", end="2026-01-23", requester="moreau")
    b.med("glargine", "2025-12-08", "274783", "insulin glargine", "24 units subcutaneously nightly", requester="kitt")
    b.med("metformin", "2014-01-01", "6809", "metformin", "1000 mg by mouth twice daily")
    b.med("lisinopril", "2011-01-01", "29046", "lisinopril", "10 mg by mouth daily")

    b.note("wound-initial-2025-12-08", "2025-12-08", "Wound center initial evaluation", """WOUND & HYPERBARIC CENTER - INITIAL EVALUATION   12/08/2025
Hannah Kitt, DPM
66F T2DM (A1c 9.6 today) with neuropathy. Right plantar 1st MTP ulcer x 10 weeks, started under a
callus. Home care with gauze and offloading shoe without progress.
Exam: 3.2 x 2.6 x 1.4 cm, probes to bone, 40% fibrinous base, moderate serous drainage, mild
periwound erythema <1 cm. Monofilament 0/10. DP and PT pulses palpable (2/4).
Wagner grade 3 (deep ulcer with probe-to-bone, suspected osteomyelitis).
Plan: sharp excisional debridement today; calcium alginate + foam (moist wound bed); MRI;
non-invasive arterial studies; total contact cast (weekly); endocrine/PCP for glucose (glargine started); nutrition referral; ID referral after biopsy.
""", "kitt", loinc_type=CONSULT)

    b.note("vascular-2025-12-09", "2025-12-09", "Non-invasive arterial study", """VASCULAR LAB 12/09/2025
ABI R 0.92, L 0.98. Toe pressure R 88 mmHg (TBI 0.68). TcPO2 right dorsal foot 46 mmHg.
Triphasic Doppler waveforms at the ankle. Impression: no hemodynamically significant arterial disease;
perfusion adequate for wound healing. No vascular intervention indicated.
""", None, loinc_type=IMAGING)

    b.note("mri-2025-12-10", "2025-12-10", "MRI right foot report", """MRI RIGHT FOOT WITHOUT/WITH CONTRAST 12/10/2025
Marrow edema and enhancement of the 1st metatarsal head with cortical erosion beneath a plantar
ulcer: osteomyelitis. Small 8 mm plantar abscess. No gas.
Lucas Ferreira, MD
""", "ferreira", loinc_type=IMAGING)

    b.note("id-2025-12-12", "2025-12-12", "Infectious disease consultation", """INFECTIOUS DISEASE 12/12/2025   Elise Moreau, MD
Bone biopsy 12/11: MSSA, chronic osteomyelitis. Plan cefazolin 2 g IV q8h x 6 weeks via PICC (start 12/12).
Weekly CBC/BMP. Surgical resection declined by patient for now (podiatry offered 1st MT head resection).
""", "moreau", loinc_type=CONSULT)

    b.note("wound-2026-01-19", "2026-01-19", "Wound center progress note", """WOUND CENTER PROGRESS 01/19/2026   Hannah Kitt, DPM
Week 7 of standard care: weekly debridement, calcium alginate with foam cover under a TCC changed
weekly, IV cefazolin (ends 1/23), glargine (fasting BG 110-150), dietitian (protein supplement).
Measurements: 12/08 3.2x2.6x1.4 | 12/22 3.3x2.6x1.4 | 01/05 3.2x2.7x1.5 | 01/19 3.2x2.6x1.4 cm.
No measurable reduction in area or depth over 42 days despite optimized standard care.
Infection: erythema resolved, ESR 88 -> 41.
Plan: refer to hyperbaric medicine (Dr. Adeyemi). Continue TCC and weekly debridement.
""", "kitt")

    b.note("hbot-consult-2026-01-21", "2026-01-21", "Hyperbaric medicine consultation", """HYPERBARIC MEDICINE CONSULTATION 01/21/2026   Victor Adeyemi, MD
Indication: diabetic lower-extremity wound, Wagner 3 (right 1st MT head osteomyelitis), no measurable
healing after 42 days of standard care (debridement, TCC offloading, infection treatment,
glucose/nutrition optimization; vascular studies normal 12/09, no intervention needed).
Contraindication screen: no untreated pneumothorax, no bleomycin, chest x-ray clear, ears: TMs
mobile; no claustrophobia.
Plan: HBOT 2.0 ATA x 90 min daily M-F, initial 30 treatments, in addition to continued standard wound
care. Re-evaluate wound measurements at least every 30 days.
""", "adeyemi", loinc_type=CONSULT)

    b.note("hbot-reeval-2026-02-23", "2026-02-23", "Hyperbaric medicine 30-day re-evaluation", html("HBOT re-evaluation", """<h2>Hyperbaric Medicine &ndash; 30-Day Re-evaluation</h2>
<p><b>Date:</b> 02/23/2026 &nbsp; <b>Physician:</b> Victor Adeyemi, MD &nbsp; <b>Treatments completed:</b> 21 (start 01/26/2026)</p>
<table border="1" cellpadding="3">
<tr><th>Date</th><th>L x W x D (cm)</th><th>Area (cm&sup2;)</th></tr>
<tr><td>01/19/2026 (pre-HBOT)</td><td>3.2 x 2.6 x 1.4</td><td>8.32</td></tr>
<tr><td>02/23/2026</td><td>2.6 x 2.1 x 1.0</td><td>5.46</td></tr>
</table>
<p>Area reduced 34%, depth reduced 0.4 cm; granulation 80%, bone no longer palpable. Measurable signs of healing.</p>
<p>Standard care continues: weekly TCC and debridement (Dr. Kitt). A1c 7.9 (from 9.6); albumin 3.8.</p>
<p>Plan: complete initial course; next re-evaluation at treatment ~35.</p>"""),
           "adeyemi", loinc_type=PROGRESS, ctype="text/html")

    b.note("hbot-reeval-2026-03-13", "2026-03-13", "Hyperbaric medicine re-evaluation and continuation request", """HYPERBARIC MEDICINE RE-EVALUATION   03/13/2026   Victor Adeyemi, MD
Treatments completed: 35 (01/26 - 03/13/2026).
Wound measurements:
  01/19/2026  3.2 x 2.6 x 1.4 cm  (area 8.32 cm2)  pre-HBOT
  02/23/2026  2.6 x 2.1 x 1.0 cm  (area 5.46 cm2)
  03/13/2026  1.9 x 1.5 x 0.6 cm  (area 2.85 cm2)
Continued measurable healing in each re-evaluation period (66% area reduction since start).
Standard care ongoing (TCC weekly, debridement, glucose control). No HBOT complications.
Plan: request authorization for 20 additional treatments to closure; re-measure weekly and formally
re-evaluate within 30 days.
""", "adeyemi", loinc_type=PROGRESS)

    # after request
    b.note("hbot-reeval-2026-03-30", "2026-03-30", "Hyperbaric medicine progress", """HBOT PROGRESS 03/30/2026
1.8 x 1.5 x 0.6 cm. Slower this interval. Continue.
Victor Adeyemi, MD
""", "adeyemi")

    c = case("bv-hbot-01", "bvp11.json", hcpcs("G0277"), ["E11.621", "L97.514", "M86.671"], "2026-03-16",
             "approve", POLICY,
             ["DocumentReference/hbot-reeval-2026-03-13", "DocumentReference/hbot-reeval-2026-02-23",
              "Observation/wagner-2025-12-08", "DocumentReference/wound-2026-01-19",
              "DocumentReference/hbot-consult-2026-01-21", "Observation/wound-length-2026-03-13"],
             note="Continuation of HBOT, 20 additional treatments.",
             rationale="Continued coverage: the original diabetic-wound criteria are documented (T2DM, Wagner 3, "
                       "42 days without measurable healing under full standard care with normal vascular studies) "
                       "and each HBOT re-evaluation shows measurable healing (area 8.32 -> 5.46 -> 2.85 cm2) with "
                       "standard care continuing. The slower 3/30 interval is after the request.")
    return c, b


def hbot_02():
    b = Bundle("bvp12", "Whitfield", ["Clarence", "O"], "male", "1956-07-28", "PG-6118034", address_city="Vining")
    b.prac("petrov", "Petrov", ["Nadia"], ["Dr."], "MD, Undersea and Hyperbaric Medicine / Wound Care")
    b.prac("larkspur", "Larkspur", ["Owen"], ["Dr."], "DPM, Podiatry")
    b.prac("yoon", "Yoon", ["Grace"], [], "RN, Wound Center")
    b.prac("ferreira", "Ferreira", ["Lucas"], ["Dr."], "MD, Radiology")

    b.cond("t2dm-ulcer", "E11.621", "2026-03-24", recorder="larkspur")
    b.cond("ulcer", "L97.524", "2026-03-24", recorder="larkspur", text="Chronic ulcer left plantar 5th MT head with bone involvement")
    b.cond("osteo", "M86.172", "2026-03-25", recorder="larkspur", text="Acute osteomyelitis left 5th metatarsal head")
    b.cond("neuropathy", "E11.42", "2017-05-09")
    b.cond("cad", "I25.10", "2019-11-14")
    b.cond("ex-smoker", "Z87.891", "2019-11-14", note="40 pack-years, quit 2019.")
    b.cond("ckd", "E11.22", "2022-03-01")
    b.cond("ckd3", "N18.30", "2022-03-01")

    b.obs("wagner-2026-03-24", "2026-03-24", local("WAGNER", "Wagner diabetic foot ulcer grade"), string="Grade 3",
          category="exam", performer="larkspur", note="Probe to bone; MRI 3/25 osteomyelitis 5th MT head.")
    b.obs("abi-2026-03-26", "2026-03-26", local("ABI-L", "Ankle-brachial index, left"), value=1.46, unit="{ratio}",
          category="procedure", interp="Non-compressible - non-diagnostic",
          note="Left ankle vessels non-compressible above 250 mmHg. Toe pressures not obtained (equipment unavailable).")
    b.obs("a1c-2026-03-24", "2026-03-24", loinc("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), value=7.2, unit="%", category="laboratory")
    b.obs("alb-2026-03-24", "2026-03-24", loinc("1751-7", "Albumin [Mass/volume] in Serum or Plasma"), value=3.8, unit="g/dL", category="laboratory")
    wound(b, "2026-03-24", 2.8, 2.0, 0.9, "larkspur")
    wound(b, "2026-04-07", 2.8, 2.0, 0.9, "yoon")
    wound(b, "2026-04-21", 2.9, 2.0, 0.9, "yoon")
    wound(b, "2026-05-05", 2.8, 2.1, 1.0, "larkspur")

    b.proc("debridement-series", cpt("11042", "Debridement, subcutaneous tissue, first 20 sq cm or less"),
           period=("2026-03-24", "2026-05-05"), performer="larkspur", note="Weekly sharp debridement.")
    b.proc("tcc-series", cpt("29445", "Application of rigid total contact leg cast"), period=("2026-03-31", "2026-05-05"),
           performer="larkspur", note="TCC changed weekly (removable offloading walker 3/24-3/31).")

    b.med("levofloxacin", "2026-03-27", "82122", "levofloxacin", "750 mg by mouth daily x 6 weeks", status="completed",
          start="2026-03-27", end="2026-05-08", requester="larkspur")
    b.med("linagliptin", "2020-01-01", "1100699", "linagliptin", "5 mg by mouth daily")
    b.med("glargine", "2021-01-01", "274783", "insulin glargine", "30 units nightly")
    b.med("clopidogrel", "2019-11-14", "32968", "clopidogrel", "75 mg by mouth daily")
    b.med("atorvastatin", "2019-11-14", "83367", "atorvastatin", "80 mg by mouth daily")

    b.sreq("vasc-order-2026-03-26", "2026-03-26", local("VASC-TBI-TCPO2", "Toe pressures/TBI and TcPO2, left foot"),
           requester="larkspur", note="ABI non-compressible. Please obtain toe pressures and TcPO2.")
    b.appt("vasc-appt-2026-04-09", "2026-03-26T14:00:00" + TZ, "2026-04-09", "Vascular lab: toe pressures/TBI and TcPO2",
           status="noshow")
    b.appt("vasc-appt-2026-05-20", "2026-05-05T15:20:00" + TZ, "2026-05-20", "Vascular lab: toe pressures/TBI and TcPO2")

    b.note("wound-initial-2026-03-24", "2026-03-24", "Wound center initial evaluation", """WOUND CENTER - NEW PATIENT   03/24/2026   Owen Larkspur, DPM
69M T2DM with neuropathy, CAD, CKD 3, former smoker. Left plantar 5th MT head ulcer x 3 months.
Exam: 2.8 x 2.0 x 0.9 cm, probes to bone, purulent drainage, localized cellulitis 2 cm.
Pedal pulses not palpable (moderate edema); Doppler signals monophasic DP, biphasic PT.
Wagner 3. X-ray: cortical erosion 5th MT head.
Plan: excisional debridement + bone culture, MRI, start levofloxacin pending culture. Offloading
walker today, total contact cast next week if cellulitis improving. ABI. Glucose management with PCP,
nutrition check.
""", "larkspur", loinc_type=CONSULT)

    b.note("vascular-2026-03-26", "2026-03-26", "Non-invasive arterial study", """VASCULAR LAB 03/26/2026
Left ABI 1.46 (ankle pressures > 250 mmHg, vessels non-compressible). Right 1.38.
Waveforms: left DP monophasic, PT biphasic.
Toe pressures not obtained today - photoplethysmography unit out of service.
Impression: ABI non-diagnostic because of medial calcification. Recommend toe pressures/TBI and TcPO2.
""", None, loinc_type=IMAGING)

    b.note("mri-2026-03-25", "2026-03-25", "MRI left foot report", """MRI LEFT FOOT 03/25/2026
Osteomyelitis of the 5th metatarsal head beneath the plantar ulcer. No abscess. Lucas Ferreira, MD
""", "ferreira", loinc_type=IMAGING)

    b.note("wound-2026-05-05", "2026-05-05", "Wound center progress note", """WOUND CENTER PROGRESS 05/05/2026   Owen Larkspur, DPM
Week 6. TCC weekly with silver hydrofiber + foam dressing, weekly debridement, levofloxacin (bone
culture: MSSA, sensitive) ends 5/8.
A1c 7.2, albumin 3.8, dietitian seen. Cellulitis resolved.
Measurements: 3/24 2.8x2.0x0.9 | 4/07 2.8x2.0x0.9 | 4/21 2.9x2.0x0.9 | 5/05 2.8x2.1x1.0 cm.
No measurable healing in 6 weeks.
Vascular: missed the 4/9 toe pressure/TcPO2 appointment (transport). Rescheduled 5/20.
Plan: refer to Dr. Petrov for HBOT. Continue TCC/debridement.
""", "larkspur")

    b.note("hbo-consult-2026-05-08", "2026-05-08", "Hyperbaric medicine consultation", html("HBO consultation", """<h2>Hyperbaric Medicine Consultation</h2>
<p><b>Date:</b> 05/08/2026 &nbsp; <b>Physician:</b> Nadia Petrov, MD &nbsp; <b>Referred by:</b> Owen Larkspur, DPM</p>
<p>69-year-old man with type 2 diabetes and a left plantar 5th metatarsal head ulcer, Wagner grade 3 (osteomyelitis),
without measurable healing after more than 30 days of standard care: weekly debridement, moist dressings, total
contact cast, culture-directed antibiotics, A1c 7.2, albumin 3.8.</p>
<p><b>Vascular status:</b> ABI 1.46 &ndash; no evidence of arterial insufficiency.</p>
<p><b>HBO screen:</b> no pneumothorax history, CXR clear, TMs normal, no claustrophobia. CAD stable, LVEF 55% (2024).</p>
<p><b>Assessment:</b> meets criteria for adjunctive HBOT for a diabetic lower-extremity wound.</p>
<p><b>Plan:</b> HBOT 2.0&ndash;2.4 ATA, 90 min, daily x 30 treatments with continued standard wound care; measure weekly,
formal re-evaluation every 30 days.</p>"""), "petrov", loinc_type=CONSULT, ctype="text/html")

    # after request
    b.obs("tbi-2026-05-20", "2026-05-20", local("TBI-L", "Toe-brachial index, left"), value=0.42, unit="{ratio}", category="procedure")
    b.obs("tcpo2-2026-05-20", "2026-05-20", local("TCPO2-L-DORSUM", "Transcutaneous oxygen pressure, left dorsal foot"),
          value=24, unit="mm[Hg]", category="procedure")
    b.note("vascular-2026-05-20", "2026-05-20", "Non-invasive arterial study", """VASCULAR LAB 05/20/2026
Left toe pressure 58 mmHg, TBI 0.42. TcPO2 left dorsal foot 24 mmHg (reduced).
Impression: significant left infrapopliteal arterial disease; refer vascular surgery for angiography.
""", None, loinc_type=IMAGING)

    c = case("bv-hbot-02", "bvp12.json", hcpcs("G0277"), ["E11.621", "L97.524", "M86.172"], "2026-05-12",
             "request_info", POLICY,
             ["DocumentReference/hbo-consult-2026-05-08", "Observation/abi-2026-03-26",
              "DocumentReference/vascular-2026-03-26", "DocumentReference/wound-2026-05-05",
              "Observation/wagner-2026-03-24"],
             missing=["vascular|toe brachial|TBI|toe pressure|toe pressures|TcPO2|transcutaneous|perfusion|"
                      "arterial|circulation|blood flow"],
             note="HBOT for Wagner 3 diabetic foot ulcer, failed 6 weeks standard care.",
             rationale="Diabetic wound, Wagner 3, 42 days without measurable healing under debridement, offloading, "
                       "infection and glucose/nutrition care are documented. Vascular assessment, part of standard "
                       "wound care, is not: the ABI is non-compressible and non-diagnostic, the toe "
                       "pressure/TcPO2 study was missed and is booked after the request; the HBO note's reading of "
                       "the ABI as normal is wrong. The 5/20 results are after the request.")
    return c, b


CASES = [hbot_01, hbot_02]
