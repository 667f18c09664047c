from fhirlib import *


def pc11():
    b = Bundle("pc11", "Reginald", "Achterberg", "male", "1956-05-30", "NG-3350294")
    b.cond("fracture", "S82.251B", "Displaced comminuted fracture of shaft of right tibia, initial encounter for open fracture type I or II",
           "2024-06-08", clinical="resolved", onset="2024-06-08", abatement="2025-02-20", category="encounter-diagnosis")
    b.cond("hw-infection", "T84.7XXA", "Infection and inflammatory reaction due to other internal orthopedic prosthetic devices, implants and grafts, initial encounter",
           "2025-03-20", clinical="resolved", abatement="2025-04-15", category="encounter-diagnosis", note="Hardware removed 04/15/2025.")
    b.cond("osteomyelitis", "M86.661", "Other chronic osteomyelitis, right tibia and fibula", "2025-03-20", onset="2025-03-12")
    b.cond("t2dm", "E11.9", "Type 2 diabetes mellitus without complications", "2012-08-01")
    b.proc("orif-2024-06-08", ts("2024-06-08", "14:00"), "Irrigation and debridement of open fracture; open treatment right tibial shaft fracture with plate/screws",
           cpt="27758", performer="Marcus Ellery, MD (Orthopaedic Surgery)")
    b.proc("iandd-hwr-2025-04-15", ts("2025-04-15", "08:30"), "Debridement of bone (right tibia) with removal of deep implant (plate and screws)",
           cpt="11044", performer="Marcus Ellery, MD (Orthopaedic Surgery)",
           note="Cultures: MSSA (4/4 specimens). Fracture united; all hardware removed.")
    b.proc("sequestrectomy-2025-10-21", ts("2025-10-21", "07:45"), "Sequestrectomy and saucerization, right tibia, with antibiotic-loaded calcium sulfate beads",
           cpt="27640", performer="Marcus Ellery, MD (Orthopaedic Surgery)", note="Bone cultures: MSSA. Pathology: chronic osteomyelitis.")
    b.med("cefazolin-1", "2180", "cefazolin", "2025-04-17", status="completed", dosage="cefazolin 2 g IV every 8 hours via PICC",
          start="2025-04-17", end="2025-05-29", requester="Yasmin Deol, MD (Infectious Disease)")
    b.med("cefazolin-2", "2180", "cefazolin", "2025-10-23", status="completed", dosage="cefazolin 2 g IV every 8 hours via PICC",
          start="2025-10-23", end="2025-12-04", requester="Yasmin Deol, MD (Infectious Disease)")
    b.med("cephalexin", "2231", "cephalexin", "2025-12-05", dosage="cephalexin 500 mg by mouth four times daily (suppression)",
          requester="Yasmin Deol, MD (Infectious Disease)")
    b.med("metformin", "6809", "metformin", "2012-08-01", dosage="metformin 1000 mg twice daily")
    b.obs("crp-2026-01-27", "2026-01-27", "C-reactive protein", 38, "mg/L", "mg/L", loinc=L_CRP, category="laboratory")
    b.obs("esr-2026-01-27", "2026-01-27", "ESR (Westergren)", 62, "mm/h", "mm/h", loinc=L_ESR, category="laboratory")
    b.obs("a1c-2026-01-27", "2026-01-27", "Hemoglobin A1c", 7.1, "%", "%", loinc=L_A1C, category="laboratory")

    b.note("mri-2026-01-28", ts("2026-01-28", "18:05"), "MRI report", "Olivia Strand, MD (Musculoskeletal Radiology)", """
MRI RIGHT TIBIA/FIBULA WITH AND WITHOUT CONTRAST

Clinical: chronic osteomyelitis R tibia s/p hardware removal 4/2025 and sequestrectomy 10/2025; persistent draining sinus.
Comparison: MRI 09/15/2025.

Findings: Postsurgical changes of the distal tibial diaphysis with saucerization defect. Persistent marrow edema and enhancement extending 7.5 cm along the distal diaphysis (previously 6 cm), with a 1.2 cm intramedullary non-enhancing fragment compatible with a new sequestrum. Cortical sinus tract extending from the anterior cortex to the skin surface of the anterior distal leg. Small intraosseous abscess 9 mm. Surrounding soft-tissue edema. Residual resorbing calcium sulfate beads. Fibula unremarkable.

IMPRESSION: Active chronic osteomyelitis of the distal right tibia, progressed since 09/2025 despite debridement, with new sequestrum, small intraosseous abscess and cutaneous sinus tract.
""", loinc=D_IMAGING)

    b.note("id-2026-02-10", ts("2026-02-10", "11:00"), "Infectious disease clinic note", "Yasmin Deol, MD (Infectious Disease)", """
ID CLINIC F/U - chronic osteomyelitis R tibia

69M, T2DM (A1c 7.1%, well controlled on metformin), open R tibial shaft fx 6/2024 s/p ORIF, complicated by MSSA hardware infection/osteomyelitis 3/2025.

Course to date:
- 4/15/25 I&D + removal of all hardware -> cefazolin IV 4/17-5/29/25 (6 wk).
- Recurrent drainage 9/2025 -> 10/21/25 sequestrectomy/saucerization + abx beads -> cefazolin IV 10/23-12/4/25 (6 wk) -> oral cephalexin suppression since 12/5/25.
- Now: persistent purulent drainage from anterior sinus, CRP 38, ESR 62; MRI 1/28/26 shows progression with new sequestrum and intraosseous abscess.

Assessment: chronic refractory osteomyelitis of the R tibia (Cierny-Mader stage IIIB - localized, compromised host), unresponsive to two surgical debridements and two full courses of culture-directed IV antibiotics plus oral suppression. Vascular exam normal (palpable DP/PT, ABI 1.08).

Plan:
1. Agree with repeat debridement by Dr. Ellery.
2. Recommend adjunctive hyperbaric oxygen therapy alongside surgery and antibiotics - referral to hyperbaric medicine.
3. Post-op: cefazolin IV 6 wk based on new cultures.
4. Continue glucose control; encourage smoking abstinence (he quit 2010).
""", loinc=D_CONSULT)

    b.note("ortho-2026-02-12", ts("2026-02-12", "08:20"), "Orthopaedic clinic note", "Marcus Ellery, MD (Orthopaedic Surgery)", """
ORTHO F/U

R distal tibia chronic osteomyelitis, persistent sinus after 2 prior debridements. MRI reviewed: new sequestrum. Neurovascularly intact, palpable pulses, no gross instability (fracture healed). Sinus anterior distal leg with purulent drainage, probes to bone.

Plan: repeat debridement/sequestrectomy with antibiotic beads and local muscle flap coverage with plastics, targeting early March. ID recommends adjunctive HBOT; I agree - start before surgery if approved and continue post-op. Consent discussed incl. risk of future amputation if infection cannot be controlled. Glucose control acceptable for surgery.
""", loinc=D_PROGRESS)

    b.note("hbo-2026-02-19", ts("2026-02-19", "14:45"), "Hyperbaric medicine consult", "Farah Nadeem, MD (Undersea and Hyperbaric Medicine)", """
HYPERBARIC MEDICINE CONSULTATION

Referral: Dr. Deol (ID) / Dr. Ellery (ortho).
Indication for HBO2: chronic refractory osteomyelitis, right distal tibia (UHMS-accepted indication), adjunct to surgical debridement and culture-directed antibiotics.

Wound nursing flowsheet (today): anterior distal R leg sinus tract, opening 0.5 x 0.4 cm, probes 3.2 cm to bone, moderate purulent drainage. Wagner grade: N/A - not a diabetic foot ulcer (lesion is a post-traumatic osteomyelitis sinus on the leg). Periwound erythema 1 cm.

Hx: T2DM well controlled (A1c 7.1%). No COPD, no pneumothorax hx, no seizures, no claustrophobia. Not on bleomycin/cisplatin/disulfiram. CXR 2/19 clear. Otoscopy normal, able to equalize.

TcPO2 periwound (air, supine): 46 mmHg; rises to 410 mmHg on 100% O2 in chamber challenge - adequate oxygen responsiveness.

Plan: 2.4 ATA x 90 min daily Mon-Fri; 20 treatments pre-op then 20 post-op, reassess every 20 treatments. Pt consented. Standard wound care of the sinus per wound nursing.
""", loinc=D_CONSULT)

    case = {
        "id": "bc-hbot-01", "patient": "patients/pc11.json",
        "request": {"service": {"system": HCPCS, "code": "G0277", "display": "Hyperbaric oxygen under pressure, full body chamber, per 30 minute interval"},
                    "diagnoses": [{"system": ICD, "code": "M86.661", "display": "Other chronic osteomyelitis, right tibia and fibula"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-02-25"},
        "gold": {"recommendation": "approve", "policy": "NCD 20.29",
                 "evidence": ["Condition/osteomyelitis", "Procedure/iandd-hwr-2025-04-15", "Procedure/sequestrectomy-2025-10-21",
                              "MedicationRequest/cefazolin-1", "MedicationRequest/cefazolin-2", "DocumentReference/mri-2026-01-28",
                              "DocumentReference/id-2026-02-10"],
                 "missing": [],
                 "rationale": "Covered condition 'chronic refractory osteomyelitis, unresponsive to conventional medical and surgical management': two surgical debridements (04/2025, 10/2025), two 6-week courses of culture-directed IV cefazolin (computed from validity periods) and oral suppression, with MRI progression 01/2026. HBOT adjunctive to planned surgery and antibiotics in a chamber. The patient is diabetic, but the diabetic lower-extremity wound criteria (Wagner grade, 30 days of standard wound care) do not govern this indication."},
    }
    traps = "diabetic patient with a leg wound, but the covered indication is chronic refractory osteomyelitis (Wagner 'N/A' is not a gap); conventional management computed from procedures and IV antibiotic validity periods; MRI progression"
    return b, case, traps


def pc12():
    b = Bundle("pc12", "Bernadette", "Kowalczyk", "female", "1951-09-12", "NG-6129930")
    b.cond("neuropathy", "E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy", "2019-06-04")
    b.cond("dfu", "E11.621", "Type 2 diabetes mellitus with foot ulcer", "2026-04-27")
    b.cond("ulcer", "L97.513", "Non-pressure chronic ulcer of other part of right foot with necrosis of muscle", "2026-04-27")
    b.cond("abscess", "L02.611", "Cutaneous abscess of right foot", "2026-04-27", clinical="resolved", abatement="2026-05-11",
           category="encounter-diagnosis")
    b.obs("wagner-2026-04-27", "2026-04-27", "Wagner grade - right plantar midfoot ulcer", string="Grade 3 (deep ulcer with abscess)",
          local="WND-WAGNER", category="exam")
    b.obs("abi-2026-04-27", "2026-04-27", "Ankle-brachial index, right", 1.02, "{ratio}", "{ratio}", local="VASC-ABI-R", category="procedure")
    b.obs("tbi-2026-04-27", "2026-04-27", "Toe-brachial index, right", 0.72, "{ratio}", "{ratio}", local="VASC-TBI-R", category="procedure")
    b.obs("a1c-2026-04-27", "2026-04-27", "Hemoglobin A1c", 8.8, "%", "%", loinc=L_A1C, category="laboratory")
    comps = lambda l, w, d: [("Wound length", "39126-8", l, "cm", "cm"), ("Wound width", "39125-0", w, "cm", "cm"), ("Wound depth", "39127-6", d, "cm", "cm")]
    for dt, lwd in [("2026-04-27", (3.2, 2.4, 1.1)), ("2026-05-04", (3.3, 2.4, 1.2)), ("2026-05-11", (3.2, 2.5, 1.1)),
                    ("2026-05-18", (3.2, 2.4, 1.1)), ("2026-06-01", (3.1, 2.4, 1.0))]:
        b.obs("wound-" + dt, dt, "Wound measurements - right plantar midfoot ulcer (post-debridement)", local="WND-MEAS", category="exam",
              components=comps(*lwd))
    b.proc("debridement-2026-04-27", ts("2026-04-27", "10:40"), "Debridement, muscle and/or fascia, first 20 sq cm; incision and drainage plantar abscess",
           cpt="11043", performer="Owen Castellano, DPM (Wound Care)")
    b.proc("tcc-2026-04-27", ts("2026-04-27", "11:10"), "Application of total contact cast, right leg", cpt="29445", performer="Owen Castellano, DPM (Wound Care)")
    b.med("doxycycline", "3640", "doxycycline", "2026-04-27", status="completed", dosage="doxycycline 100 mg by mouth twice daily x 14 days",
          start="2026-04-27", end="2026-05-11")
    b.med("glargine", "274783", "insulin glargine", "2026-05-01", dosage="insulin glargine 12 units at bedtime (new)")
    b.med("metformin", "6809", "metformin", "2014-02-10", dosage="metformin 1000 mg twice daily")

    b.note("pcp-2026-04-20", ts("2026-04-20", "16:00"), "Referral letter", "Graham Whitby, MD (Family Medicine)", """
REFERRAL TO WOUND CARE CENTER

Re: Bernadette Kowalczyk, 74F

Dear colleagues, I am referring Mrs. Kowalczyk, a 74-year-old woman with type 2 diabetes and peripheral neuropathy, for a non-healing diabetic foot ulcer of the right plantar midfoot. She reports the ulcer has been present for about 2 months and it has failed conservative management at home. Today there is malodorous drainage and surrounding erythema. She is afebrile. X-ray today: soft-tissue gas not seen, no cortical erosion. I have not started antibiotics pending your evaluation; your first available appointment is 4/27 and I advised her to go to the ED if she develops fever.

Please evaluate and treat; she may be a candidate for hyperbaric oxygen given the duration.

Graham Whitby, MD
""", loinc=("57133-1", "Referral note"))

    b.note("wound-2026-04-27", ts("2026-04-27", "12:30"), "Wound care center initial evaluation", "Owen Castellano, DPM (Wound Care)", """
WOUND CARE CENTER - INITIAL EVALUATION

74F, T2DM w/ neuropathy (A1c 8.8% today), referred by Dr. Whitby.

History: pt noticed a blister under R midfoot ~late Feb after new shoes. NO prior professional wound care: she has been cleaning it with hydrogen peroxide and applying OTC triple-antibiotic ointment and a band-aid, walking in regular sneakers. Never seen by podiatry/wound care before today. No off-loading. No debridement.

Exam: R plantar midfoot ulcer, post-debridement 3.2 x 2.4 x 1.1 cm, probes to deep fascia with a pocket of purulence (abscess) - no palpable bone on probe-to-bone. Wagner grade 3. Periwound erythema 2 cm, malodorous. DP/PT palpable. ABI 1.02, TBI 0.72 - no significant arterial disease. Monofilament absent bilaterally.

Procedure: sharp excisional debridement to muscle/fascia, I&D of abscess; cultures sent.

Plan (start of standard wound care today):
- Total contact cast applied; change weekly.
- Doxycycline 100 mg bid x 14 d pending cultures.
- Moist wound bed - alginate; weekly debridement.
- Endocrine/PCP: A1c 8.8 - starting basal insulin via PCP.
- Nutrition: albumin 3.4, protein supplement.
- Weekly measurements. Reassess at 30 days of standard care for adjunctive therapy if no measurable improvement.
""", loinc=D_CONSULT)

    b.note("wound-2026-05-11", ts("2026-05-11", "11:50"), "Wound care progress note", "Owen Castellano, DPM (Wound Care)", """
WOUND CARE - week 2 of standard care

TCC in place, cast changed today; pt adherent, no cast complications. Finished doxycycline today; culture MSSA sensitive to doxy. Abscess resolved, erythema resolved.

Ulcer post-debridement: 3.2 x 2.5 x 1.1 cm (4/27: 3.2 x 2.4 x 1.1; 5/4: 3.3 x 2.4 x 1.2). Granulation ~50%, slough 50%. No probe to bone.

Glucose: fasting 140s since glargine started 5/1.

Plan: continue weekly debridement, alginate, TCC. Not yet 30 days of standard care - continue current regimen; reassess for adjunctive therapy at 30 days (~5/27).
""", loinc=D_PROGRESS)

    b.note("hbo-2026-05-18", ts("2026-05-18", "15:30"), "Hyperbaric medicine consult", "Ravi Sundaram, MD (Undersea and Hyperbaric Medicine)", """
HYPERBARIC MEDICINE CONSULT

74F T2DM, R plantar midfoot ulcer Wagner 3 (abscess, now drained). Referred by PCP for HBO2.

Wound today 3.2 x 2.4 x 1.1 cm, essentially unchanged from initial evaluation. Pt has failed more than 30 days of conservative care (ulcer present since February per referral). No COPD, no pneumothorax. Ears OK. No claustrophobia.

Assessment: Diabetic foot ulcer, Wagner grade 3, failed >30 days of standard wound therapy. Meets criteria for HBO2.
Plan: HBO2 2.0 ATA x 90 min daily x 30 treatments, continue standard wound care at wound center. Submit for prior authorization.
""", loinc=D_CONSULT)

    b.note("wound-2026-06-01", ts("2026-06-01", "11:30"), "Wound care progress note", "Owen Castellano, DPM (Wound Care)", """
WOUND CARE - week 5 of standard care (started 4/27)

TCC changed. Ulcer 3.1 x 2.4 x 1.0 cm - minimal change over 35 days of standard care (area 7.7 -> 7.4 cm2, < 5%). Granulation 70%. No infection. A1c pending. Now > 30 days of standard wound care without measurable healing - agree with adjunctive HBO2; reassess after 15 treatments.
Off-loading: TCC adherent, no cast sores on skin check. Glucose: fasting 120-140 on glargine. Nutrition: albumin 3.7. Continue weekly debridement and alginate.
""", loinc=D_PROGRESS)

    case = {
        "id": "bc-hbot-02", "patient": "patients/pc12.json",
        "request": {"service": {"system": HCPCS, "code": "G0277", "display": "Hyperbaric oxygen under pressure, full body chamber, per 30 minute interval"},
                    "diagnoses": [{"system": ICD, "code": "E11.621", "display": "Type 2 diabetes mellitus with foot ulcer"},
                                  {"system": ICD, "code": "L97.513", "display": "Non-pressure chronic ulcer of other part of right foot with necrosis of muscle"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-05-19"},
        "gold": {"recommendation": "refer", "policy": "NCD 20.29",
                 "evidence": ["DocumentReference/wound-2026-04-27", "Observation/wound-2026-05-18", "DocumentReference/wound-2026-05-11",
                              "Observation/wagner-2026-04-27"],
                 "missing": [],
                 "rationale": "Diabetic lower-extremity wound, Wagner grade 3, vascular status assessed, but standard wound therapy began only on 04/27/2026 (the intake note documents no prior professional care - peroxide and OTC ointment at home, no off-loading or debridement). On the request date that is 22 days, short of the required 30 days without measurable healing; the referral's '2 months' and the HBO consult's '>30 days of conservative care' count untreated time. The 06/01 note is after the request. Criterion not met - physician review."},
    }
    traps = "30-day standard-care period must be computed from the intake date (22 days); referral and HBO consult count untreated home care; wound measurements as L/W/D components; post-request note says >30 days"
    return b, case, traps
