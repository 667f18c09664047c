"""NCD 20.29 - hyperbaric oxygen therapy (3 cases)."""
from lib import Chart, LOINC, HCPCS, CPT, cc

ICD = "http://hl7.org/fhir/sid/icd-10-cm"
G0277 = {"system": HCPCS, "code": "G0277", "display": "Hyperbaric oxygen under pressure, full body chamber, per 30 minute interval"}



def wound(c, oid, when, l, w, d, performer, note=None):
    return c.obs(oid, when, ("local", "WOUND-LWD", "Wound measurement (length x width x depth)"), category="exam", performer=performer, note=note,
                 components=[(LOINC, "39126-8", "Length of Wound", l, "cm"),
                             (LOINC, "39125-0", "Width of Wound", w, "cm"),
                             (LOINC, "39127-6", "Depth of Wound", d, "cm")])


def hbot_01():
    """Refer: continuation request after 30 HBO treatments for a Wagner 3 DFU; serial measurements show no measurable
    healing during treatment (area ~7.4-7.8 cm2); HBO physician cites 'healthier granulation'. Podiatry uses mm."""
    c = Chart("pf16", "ET", "https://fhir.bayshorewound.example", "http://fhir.bayshorewound.example/CodeSystem/wound")
    c.patient("Rosalind", "Achebe-Carter", "female", "1952-10-05", "Brandon", "FL", "BWC-310662")
    c.org("bwch", "Bayshore Wound Care & Hyperbaric Center", "outpatient wound care / hyperbaric center", "Tampa", "FL")
    c.org("gcp", "Gulf Coast Podiatry", "podiatry practice", "Tampa", "FL")
    c.prac("hbo", "Frederick", "Lyle", "MD", "Undersea and Hyperbaric Medicine")
    c.prac("wrn", "Janelle", "Brooks", "RN, CWOCN", "Wound care nurse")
    c.prac("dpm", "Anthony", "Russo", "DPM", "Podiatry")
    c.prac("pcp", "Linda", "Ferris", "MD", "Internal Medicine")
    c.coverage("2017-10-01")
    c.condition("dfu", "E11.621", "Type 2 diabetes mellitus with foot ulcer", "2025-11-18 10:00", asserter="dpm")
    c.condition("ulcer", "L97.524", "Non-pressure chronic ulcer of other part of left foot with necrosis of bone", "2025-12-02 10:00",
                asserter="dpm", note="Plantar L 3rd metatarsal head, Wagner 3.")
    c.condition("osteo", "M86.672", "Other chronic osteomyelitis, left ankle and foot", "2025-12-09 10:00", asserter="dpm",
                note="3rd metatarsal head; bone biopsy MSSA 12/2025; resected 1/9/2026.")
    c.condition("neuropathy", "E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy", "2019-05-14 10:00")
    wound(c, "wound-2026-01-23", "2026-01-23 10:15", 3.2, 2.4, 0.9, "Practitioner/wrn",
          note="Pre-HBO baseline. Standard care since 12/02/2025 without measurable healing.")
    wound(c, "wound-2026-02-06", "2026-02-06 10:20", 3.1, 2.4, 0.9, "Practitioner/wrn", note="HBO tx #10.")
    wound(c, "wound-2026-02-20", "2026-02-20 10:05", 3.2, 2.3, 1.0, "Practitioner/wrn", note="HBO tx #20.")
    wound(c, "wound-2026-03-06", "2026-03-06 10:10", 3.2, 2.4, 0.9, "Practitioner/wrn", note="HBO tx #30 - course completed.")
    wound(c, "wound-2026-03-20", "2026-03-20 10:30", 3.1, 2.5, 0.9, "Practitioner/wrn", note="HBO on hold pending authorization.")
    c.obs("tcpo2-2026-01-16", "2026-01-16 11:00", ("local", "TCPO2-DORSUM", "Transcutaneous oxygen tension, L dorsal foot (room air)"),
          46, "mm[Hg]", category="procedure", performer="Organization/bwch")
    c.procedure("bone-resect-2026-01-09", "2026-01-09 08:40", (CPT, "28122", "Partial excision (craterization, saucerization, sequestrectomy) bone; tarsal or metatarsal bone"),
                performer="Practitioner/dpm", note="Partial L 3rd metatarsal head resection, debridement to bleeding bone. Margin path negative.")
    c.procedure("hbo-tx30-2026-03-06", "2026-03-06 08:00", (CPT, "99183", "Physician attendance and supervision of hyperbaric oxygen therapy, per session"),
                performer="Practitioner/hbo", note="HBO treatment #30 of 30 (2.4 ATA, 90 min O2). Course started 01/26/2026.")
    c.med("glargine", "274783", "insulin glargine", "2020-08-11 10:00", "dpm", "insulin glargine 30 units nightly")
    c.service_request("hbo-cont", "2026-03-20 11:20", "Hyperbaric oxygen therapy - additional 20 treatments (#31-50)",
                      "hbo", reason="Wagner 3 DFU L foot; continuation")

    c.note("hbo-2026-01-23", "2026-01-23 11:05", "11488-4", "Practitioner/hbo", "Hyperbaric medicine consultation", """
        BAYSHORE WOUND CARE & HYPERBARIC CENTER - HBO Consultation     01/23/2026
        Frederick Lyle, MD

        73 y/o F, T2DM (A1c 7.2%), neuropathy. Plantar L 3rd MTH ulcer since 11/2025, probing to bone; bone biopsy
        MSSA osteomyelitis 12/2025 treated with cefazolin -> cephalexin (6 wk) and partial metatarsal head
        resection 1/9/2026. Wagner grade 3.
        Standard care since 12/02/2025: weekly sharp debridement, total contact cast, moist dressings (alginate),
        glucose management with PCP, nutrition (albumin 3.8, protein supplement). Vascular: palpable DP/PT pulses,
        ABI 1.02, TcPO2 46 mmHg - no correctable arterial disease.
        Measurements: 12/16 3.3 x 2.4 x 0.9 cm -> 1/23 3.2 x 2.4 x 0.9 cm - no measurable healing > 30 days.
        Plan: HBO 2.4 ATA x 90 min daily M-F, 30 treatments, with continued standard wound care. Re-evaluate
        measurements q2 weeks; continuation requires measurable healing within each 30-day period.
        """, custodian="bwch")
    c.note("wrn-2026-03-06", "2026-03-06 11:30", "34746-8", "Practitioner/wrn", "Wound care flowsheet summary", """
        <html><body>
        <h3>Bayshore Wound Care &ndash; Wound Flowsheet Summary</h3>
        <p>Wound #1: plantar L 3rd metatarsal head (DFU, Wagner 3) &nbsp; Clinician: J. Brooks, RN, CWOCN</p>
        <table border="1">
          <tr><th>Date</th><th>HBO tx #</th><th>L (cm)</th><th>W (cm)</th><th>D (cm)</th><th>Area (cm2)</th><th>Bed</th></tr>
          <tr><td>01/23/2026</td><td>baseline</td><td>3.2</td><td>2.4</td><td>0.9</td><td>7.68</td><td>60% gran / 40% slough</td></tr>
          <tr><td>02/06/2026</td><td>10</td><td>3.1</td><td>2.4</td><td>0.9</td><td>7.44</td><td>70% gran</td></tr>
          <tr><td>02/20/2026</td><td>20</td><td>3.2</td><td>2.3</td><td>1.0</td><td>7.36</td><td>75% gran</td></tr>
          <tr><td>03/06/2026</td><td>30</td><td>3.2</td><td>2.4</td><td>0.9</td><td>7.68</td><td>85% gran, minimal slough</td></tr>
        </table>
        <p>Periwound callus debrided each visit. TCC continued. No signs of infection. Drainage moderate serous.</p>
        </body></html>
        """, ctype="text/html", custodian="bwch")
    c.note("dpm-2026-03-13", "2026-03-13 14:00", "11506-3", "Practitioner/dpm", "Podiatry follow-up", """
        GULF COAST PODIATRY - follow-up     03/13/2026    Anthony Russo, DPM
        L plantar 3rd MTH ulcer s/p partial MTH resection 1/9. Completed 30 HBO dives 3/6.
        Ulcer 32 mm x 24 mm x 9 mm, granular base, no exposed bone, no probe to bone today, no cellulitis.
        Sharp excisional debridement of callus and fibrin. TCC reapplied.
        Impression: stalled wound despite optimal offloading and HBO. Consider NPWT or skin substitute; if no
        progress, discuss 3rd ray resection.
        """, custodian="gcp")
    c.note("hbo-2026-03-20", "2026-03-20 11:15", "11506-3", "Practitioner/hbo", "HBO progress note - request for continuation", """
        BAYSHORE WOUND CARE & HYPERBARIC CENTER - HBO Progress / Re-evaluation    03/20/2026
        Frederick Lyle, MD

        30 treatments completed 01/26 - 03/06/2026, tolerated well (mild ear barotrauma tx #3, resolved).
        Wound today: 3.1 x 2.5 x 0.9 cm. Measurements essentially unchanged over the course.
        However the wound bed has clearly improved: granulation 60% -> 85-90%, slough nearly gone, periwound
        maceration resolved, no recurrent infection. Osteomyelitis clinically resolved (ESR 22).
        I believe the wound is primed and will respond to additional HBO.
        Plan: request authorization for 20 additional treatments (#31-50) with continued TCC and weekly debridement;
        consider bilayer skin substitute.
        """, custodian="bwch")
    c.note("pcp-2026-02-10", "2026-02-10 09:30", "11506-3", "Practitioner/pcp", "Diabetes management message (copied to podiatry)", """
        Copy to Gulf Coast Podiatry - from PCP office (Dr. L. Ferris) 02/10/2026
        A1c 7.2% (1/2026), down from 8.0%. Glargine 30 u, metformin stopped (eGFR 38). Albumin 3.8. Pt adherent
        to diet. No hypoglycemia. Continue current regimen; we will follow A1c in 3 months.
        """, custodian="gcp")

    case = {
        "id": "bf-hbot-01", "patient": "patients/pf16.json",
        "request": {
            "service": dict(G0277),
            "diagnoses": [{"system": ICD, "code": "E11.621", "display": "Type 2 diabetes mellitus with foot ulcer"},
                          {"system": ICD, "code": "L97.524", "display": "Non-pressure chronic ulcer of other part of left foot with necrosis of bone"}],
            "payer": "medicare", "urgency": "standard", "date": "2026-03-24",
            "note": "Continuation of HBOT, 20 additional treatments (#31-50). Wagner 3 DFU L foot, improved granulation.",
        },
        "gold": {
            "recommendation": "refer", "policy": "NCD 20.29",
            "evidence": ["Observation/wound-2026-02-20", "Observation/wound-2026-03-20", "DocumentReference/hbo-2026-03-20"],
            "missing": [],
            "rationale": "Initial HBO met the diabetic-wound criteria, but continued treatment is not covered if measurable signs "
                         "of healing have not been shown within any 30-day period of treatment. Serial L x W x D (cm flowsheet; the "
                         "podiatry note's mm give the same) show no measurable change (area 7.4-7.8 cm2). 'Healthier "
                         "granulation' is not a measurable sign of healing.",
        },
    }
    return case, c


def hbot_02():
    """Approve: chronic refractory osteomyelitis of the tibia (non-diabetic) after two debridements and two prolonged
    IV courses; ID documents refractory disease, HBO as adjunct with planned third debridement."""
    c = Chart("pf17", "CT", "https://fhir.acadianahyperbaric.example", "http://fhir.acadianahyperbaric.example/CodeSystem/lab")
    c.patient("Alphonse", "Guidry", "male", "1954-01-30", "Broussard", "LA", "AHWI-208817")
    c.org("ahwi", "Acadiana Hyperbaric & Wound Institute", "hyperbaric medicine center", "Lafayette", "LA")
    c.org("bidc", "Bayou Infectious Disease Consultants", "infectious diseases practice", "Lafayette", "LA")
    c.org("vos", "Vermilion Orthopaedic Surgery", "orthopaedic practice", "Lafayette", "LA")
    c.prac("hbo", "Celeste", "Broussard", "MD", "Undersea and Hyperbaric Medicine")
    c.prac("id", "Nathaniel", "Fontenot", "MD", "Infectious Diseases")
    c.prac("ortho", "Eric", "Thibodaux", "MD", "Orthopaedic Trauma Surgery")
    c.prac("rad", "Monique", "LeBlanc", "MD", "Musculoskeletal Radiology")
    c.coverage("2019-01-01")
    c.condition("osteo", "M86.461", "Chronic osteomyelitis with draining sinus, right tibia and fibula", "2025-05-28 10:00",
                asserter="id", note="After open tibial shaft fracture (motorcycle, 08/2024) with IM nail; MRSA.")
    c.condition("htn", "I10", "Essential (primary) hypertension", "2008-02-12 10:00")
    c.condition("gerd", "K21.9", "Gastro-esophageal reflux disease without esophagitis", "2012-07-18 10:00")
    c.obs("esr-2026-06-24", "2026-06-24 08:20", cc(LOINC, "4537-7", "Erythrocyte sedimentation rate by Westergren method"), 58, "mm/h",
          interp="H", performer="Organization/bidc")
    c.obs("crp-2026-06-24", "2026-06-24 08:20", cc(LOINC, "1988-5", "C reactive protein [Mass/volume] in Serum or Plasma"), 3.1, "mg/dL",
          interp="H", performer="Organization/bidc")
    c.obs("a1c-2026-06-24", "2026-06-24 08:20", cc(LOINC, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), 5.4, "%",
          performer="Organization/bidc")
    c.obs("culture-2026-06-24", "2026-06-24 09:00", ("local", "SINUS-CX", "Sinus tract culture (deep swab)"),
          value_string="Staphylococcus aureus, methicillin-resistant (MRSA), moderate growth", performer="Organization/bidc")
    c.procedure("debride-2025-06-17", "2025-06-17 07:45", (CPT, "11044", "Debridement, muscle and/or fascia and bone"),
                performer="Practitioner/ortho", body_site="Right tibia",
                note="IM nail removal, intramedullary reaming/debridement, vancomycin-tobramycin antibiotic beads. Bone cx MRSA.")
    c.procedure("debridement-2025-12-03", "2025-12-03 08:10", (CPT, "11044", "Debridement, muscle and/or fascia and bone"),
                performer="Practitioner/ortho", body_site="Right tibia",
                note="Recurrent drainage: sinus tract excision, sequestrectomy, saucerization, bead exchange. Bone cx MRSA.")
    c.med("vanc", "11124", "vancomycin", "2025-06-19 10:00", "id", "vancomycin IV, trough-dosed, 6 weeks via PICC", status="completed",
          start="2025-06-19", end="2025-07-31")
    c.med("dapto", "22299", "daptomycin", "2025-12-05 10:00", "id", "daptomycin 8 mg/kg IV daily x 6 weeks via PICC", status="completed",
          start="2025-12-05", end="2026-01-15")
    c.med("doxy", "3640", "doxycycline", "2026-06-30 15:00", "id", "doxycycline 100 mg twice daily (bridge until surgery)")

    c.note("id-2026-01-15", "2026-01-15 14:00", "11506-3", "Practitioner/id", "ID end-of-therapy visit", """
        Bayou Infectious Disease Consultants - Nathaniel Fontenot, MD    01/15/2026
        Completed 6 weeks daptomycin today (second prolonged IV course; first was vancomycin 6/19-7/31/2025).
        Incision healed, no drainage. ESR 31, CRP 0.9. PICC removed today.
        Plan: observe off antibiotics; return for any drainage. Guarded prognosis given recurrence after first course.
        """, custodian="bidc")
    c.note("mri-2026-06-22", "2026-06-22 16:30", "18748-4", "Practitioner/rad", "MRI right tibia/fibula report", """
        MRI RIGHT TIBIA AND FIBULA WITH AND WITHOUT CONTRAST      06/22/2026
        Comparison: 11/2025.
        Findings: post-surgical changes of the mid-distal tibial diaphysis with cortical defect. Persistent and
        increased marrow edema and enhancement spanning ~9 cm, with a 2.1 cm intramedullary fluid collection
        and a cortical cloaca communicating with an enhancing sinus tract to the anteromedial skin. Small
        sequestrum suspected. Fibula unremarkable.
        Impression: active chronic osteomyelitis of the right tibia with intraosseous abscess and sinus tract,
        recurrent despite prior debridement.
        Monique LeBlanc, MD
        """, custodian="vos")
    c.note("id-2026-06-30", "2026-06-30 15:20", "11488-4", "Practitioner/id", "Infectious diseases follow-up", """
        BAYOU INFECTIOUS DISEASE CONSULTANTS - Follow-up    06/30/2026
        Nathaniel Fontenot, MD

        72 y/o M, non-diabetic (A1c 5.4%), chronic MRSA osteomyelitis R tibia after open fracture 08/2024.
        Course: 06/2025 nail removal + debridement + beads, 6 wk IV vancomycin; recurrence 11/2025 -> sequestrectomy
        12/03/2025 + 6 wk IV daptomycin (to 1/15/2026). Drainage recurred 06/2026. Sinus culture MRSA. MRI 6/22:
        intraosseous abscess, sinus tract, suspected sequestrum. ESR 58, CRP 3.1.
        Assessment: CHRONIC REFRACTORY OSTEOMYELITIS, unresponsive to conventional medical and surgical management
        (two debridements, two prolonged culture-directed IV courses).
        Plan: 1) third debridement per Dr. Thibodaux; 2) recommend ADJUNCTIVE hyperbaric oxygen with the
        surgery and post-op IV therapy; 3) doxycycline bridge; 4) post-op daptomycin 6 weeks.
        """, custodian="bidc")
    c.note("ortho-2026-07-08", "2026-07-08 10:30", "11506-3", "Practitioner/ortho", "Orthopaedic trauma follow-up", """
        <html><body>
        <h3>Vermilion Orthopaedic Surgery &ndash; Follow-up</h3>
        <p>07/08/2026 &nbsp; Eric Thibodaux, MD</p>
        <p>R tibia chronic osteomyelitis, recurrent drainage from anteromedial sinus x 3 weeks. Afebrile. Sinus with
        purulent drainage, surrounding induration 2 cm. Tibia healed radiographically (union), no instability.</p>
        <p><b>Plan:</b> third debridement &ndash; sinus tract excision, sequestrectomy, intramedullary reaming, antibiotic-loaded
        calcium sulfate &ndash; tentatively 08/12/2026. Agree with Dr. Fontenot regarding adjunctive HBO, to start before
        surgery and continue after. If this fails, discussed that segmental resection/bone transport or amputation
        would be the next options.</p>
        </body></html>
        """, ctype="text/html", custodian="vos")
    c.note("hbo-2026-07-21", "2026-07-21 13:30", "11488-4", "Practitioner/hbo", "Hyperbaric medicine consultation", """
        ACADIANA HYPERBARIC & WOUND INSTITUTE - Consultation    07/21/2026
        Celeste Broussard, MD

        Indication: chronic refractory osteomyelitis R tibia (MRSA), failed two surgical debridements and two
        6-week IV antibiotic courses; third debridement planned 08/2026 (Dr. Thibodaux) with post-op IV therapy.
        HBO as ADJUNCT to conventional treatment.
        Screening: no pneumothorax history, CXR 7/14 clear. No COPD. No seizure disorder. Not on bleomycin,
        cisplatin, disulfiram. Tympanic membranes normal, can equalize. No claustrophobia issues in trial.
        No uncontrolled hypertension (132/80). Non-diabetic.
        Plan: HBO 2.4 ATA, 90 minutes, daily M-F; begin pre-op, ~20 pre and 20 post, re-evaluation at 30 days.
        """, custodian="ahwi")

    case = {
        "id": "bf-hbot-02", "patient": "patients/pf17.json",
        "request": {
            "service": dict(G0277),
            "diagnoses": [{"system": ICD, "code": "M86.461", "display": "Chronic osteomyelitis with draining sinus, right tibia and fibula"}],
            "payer": "medicare", "urgency": "standard", "date": "2026-07-28",
            "note": "HBOT adjunct for chronic refractory osteomyelitis R tibia; third debridement planned 8/2026.",
        },
        "gold": {
            "recommendation": "approve", "policy": "NCD 20.29",
            "evidence": ["DocumentReference/id-2026-06-30", "DocumentReference/ortho-2026-07-08", "Procedure/debridement-2025-12-03"],
            "missing": [],
            "rationale": "Covered condition: chronic refractory osteomyelitis unresponsive to conventional medical and surgical "
                         "management (two debridements, two 6-week IV courses, recurrence with abscess/sinus on MRI), with HBO "
                         "used as an adjunct to further surgery and antibiotics. The diabetic-wound criteria do not apply "
                         "(non-diabetic, not a diabetic wound).",
        },
    }
    return case, c


def hbot_03():
    """Request_info: Wagner 3 DFU with >30 days of standard care without healing, but the vascular assessment is
    incomplete: ABI 1.48 is non-compressible/non-diagnostic per the vascular lab, TBI/TcPO2 ordered and booked after
    the request. The wound physician calls the ABI 'normal'."""
    c = Chart("pf18", "MT", "https://fhir.riograndewound.example", "http://fhir.riograndewound.example/CodeSystem/local")
    c.patient("Wendell", "Yazzie", "male", "1951-05-14", "Rio Rancho", "NM", "RGWC-447120")
    c.org("rgwc", "Rio Grande Wound Center", "outpatient wound care / hyperbaric center", "Albuquerque", "NM")
    c.org("svl", "Sandia Vascular Laboratory", "accredited vascular laboratory", "Albuquerque", "NM")
    c.prac("wmd", "Patricia", "Salazar", "MD", "Wound Care / Hyperbaric Medicine")
    c.prac("wrn", "Derek", "Benally", "RN", "Wound care nurse")
    c.prac("dpm", "Lucas", "Romero", "DPM", "Podiatric Surgery")
    c.prac("rd", "Sophie", "Martinez", "RD", "Registered Dietitian")
    c.coverage("2016-05-01")
    c.condition("dfu", "E11.621", "Type 2 diabetes mellitus with foot ulcer", "2026-08-28 10:00", asserter="dpm")
    c.condition("ulcer", "L97.514", "Non-pressure chronic ulcer of other part of right foot with necrosis of bone", "2026-08-28 10:01",
                asserter="dpm", note="Plantar R 1st MTP joint, Wagner 3 (abscess + osteomyelitis of sesamoid).")
    c.condition("osteo", "M86.171", "Other acute osteomyelitis, right ankle and foot", "2026-09-01 10:00", asserter="dpm",
                note="Tibial sesamoid; bone culture MSSA.")
    c.condition("dm-ckd", "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease", "2019-03-12 10:00")
    c.condition("ckd3b", "N18.32", "Chronic kidney disease, stage 3b", "2024-02-20 10:00")
    c.obs("abi-right-2026-09-09", "2026-09-09 10:40", ("local", "ABI-R", "Ankle-brachial index, right"), 1.48, "{ratio}",
          category="procedure", performer="Organization/svl", interp="A",
          note="Non-compressible tibial arteries (medial calcinosis) - ABI non-diagnostic.")
    wound(c, "wound-2026-09-09", "2026-09-09 09:30", 2.8, 2.1, 1.2, "Practitioner/wrn")
    wound(c, "wound-2026-10-07", "2026-10-07 09:40", 2.8, 2.2, 1.2, "Practitioner/wrn")
    wound(c, "wound-2026-10-14", "2026-10-14 09:35", 2.9, 2.1, 1.2, "Practitioner/wrn")
    c.obs("a1c-2026-09-02", "2026-09-02 07:50", cc(LOINC, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), 7.4, "%", interp="H")
    c.obs("prealb-2026-10-07", "2026-10-07 07:55", cc(LOINC, "14338-8", "Prealbumin [Mass/volume] in Serum or Plasma"), 21, "mg/dL")
    c.procedure("id-2026-08-28", "2026-08-28 13:10", (CPT, "28005", "Incision, bone cortex (eg, osteomyelitis or bone abscess), foot"),
                performer="Practitioner/dpm", note="I&D plantar abscess R 1st MTPJ, excision tibial sesamoid, bone culture.")
    c.service_request("tbi-order", "2026-09-09 11:00", "Toe-brachial index, toe pressures, TcPO2 right foot", "wmd",
                      reason="ABI non-compressible; assess perfusion before advanced wound therapy")
    c.appointment("appt-vasc", "2026-09-10", "2026-10-27 13:00", "Vascular lab: TBI, toe pressures, TcPO2 (right foot)",
                  ["Organization/svl"], minutes=60)
    c.med("glargine", "274783", "insulin glargine", "2018-06-19 10:00", "wmd", "insulin glargine 36 units nightly")
    c.med("cephalexin", "2231", "cephalexin", "2026-09-02 12:00", "dpm", "cephalexin 500 mg four times daily x 6 weeks",
          status="completed", start="2026-09-02", end="2026-10-14")

    c.note("dpm-2026-08-28", "2026-08-28 15:00", "28570-0", "Practitioner/dpm", "Operative note - incision and drainage", """
        OPERATIVE NOTE   08/28/2026   Surgeon: Lucas Romero, DPM
        Pre/Post-op dx: infected plantar ulcer R 1st MTPJ with abscess and osteomyelitis of tibial sesamoid (Wagner 3).
        Procedure: I&D of plantar abscess, excision of tibial sesamoid, debridement of ulcer to healthy tissue.
        Findings: 5 mL purulence tracking to the sesamoid; soft, discolored bone; capsule involved; 1st MTPJ
        cartilage intact. Bone sent for culture and path. Packed open.
        Dispo: home, cephalexin pending cultures, non-weight bearing, wound center follow-up.
        Path (addendum 9/1): acute and chronic osteomyelitis. Culture: MSSA.
        """, custodian="rgwc")
    c.note("vasc-2026-09-09", "2026-09-09 11:30", "18748-4", "Organization/svl", "Arterial Doppler / ABI report", """
        SANDIA VASCULAR LABORATORY - LOWER EXTREMITY ARTERIAL STUDY   09/09/2026
        Referring: Patricia Salazar, MD
        Brachial pressures R 142 / L 138 mmHg.
        Right: PT >210 mmHg (non-compressible at cuff max), DP 208 mmHg. ABI 1.48.
        Left: PT 196, DP 192. ABI 1.38.
        Doppler waveforms: R PT monophasic, R DP biphasic; L biphasic.
        INTERPRETATION: Right ABI >1.40 - non-compressible tibial vessels (medial arterial calcification). The ABI is
        NOT valid for excluding arterial disease on the right, and the monophasic PT waveform is concerning.
        Recommend toe-brachial index / toe pressures, TcPO2 and/or arterial duplex.
        """, custodian="svl")
    c.note("rd-2026-09-16", "2026-09-16 10:00", "11488-4", "Practitioner/rd", "Nutrition consultation", """
        Rio Grande Wound Center - Nutrition consult 09/16/2026 - Sophie Martinez, RD
        75 y/o M, DFU s/p I&D. Wt 81 kg, BMI 26. Albumin 3.3, prealbumin 15 (9/9). Intake ~60% of needs (lives
        alone, cooks little). Plan: 1.5 g/kg protein, oral supplement BID, Meals-on-Wheels referral, zinc/vit C x
        14 days. Renal diet considerations for CKD 3b discussed. Recheck prealbumin 3 weeks.
        """, custodian="rgwc")
    c.note("wrn-2026-10-07", "2026-10-07 10:05", "34746-8", "Practitioner/wrn", "Wound care nursing note", """
        Wound nursing visit 10/07/2026 - D. Benally, RN
        R plantar 1st MTPJ: 2.8 x 2.2 x 1.2 cm, 80% granulation, 20% fibrin, moderate serosanguinous drainage,
        no odor, periwound callus. Probe: no bone felt today.
        Sharp debridement by Dr. Salazar. Alginate + foam, TCC reapplied (week 4 of TCC).
        Pt tolerating cast. Glucose log avg 160s. Taking cephalexin, no missed doses.
        Reminded of vascular lab appt 10/27 (first available for toe pressures/TcPO2).
        """, custodian="rgwc")
    c.note("wmd-2026-10-14", "2026-10-14 10:30", "11506-3", "Practitioner/wmd", "Wound center physician note - HBO evaluation", """
        RIO GRANDE WOUND CENTER - Physician progress note / HBO evaluation    10/14/2026
        Patricia Salazar, MD

        75 y/o M, T2DM (A1c 7.4%), CKD 3b, R plantar 1st MTPJ DFU, Wagner 3 (abscess + sesamoid osteomyelitis, I&D
        8/28). Standard wound care since 09/02/2026 (6 weeks): weekly sharp debridement, TCC offloading since 9/16,
        moist wound care, culture-directed cephalexin 6 weeks (completed today), nutrition optimized (prealbumin
        15 -> 21), glucose management with PCP.
        Vascular: ABI 1.48 R - adequate perfusion.
        Measurements: 9/9 2.8 x 2.1 x 1.2; 10/7 2.8 x 2.2 x 1.2; today 2.9 x 2.1 x 1.2 cm. No measurable signs of
        healing for >30 days of standard wound care.
        Assessment: Wagner 3 DFU failing an adequate course of standard therapy.
        Plan: adjunctive HBO, 2.4 ATA x 90 min daily, 30 treatments, with continued standard care. Request
        authorization. Continue TCC.
        """, custodian="rgwc")

    case = {
        "id": "bf-hbot-03", "patient": "patients/pf18.json",
        "request": {
            "service": dict(G0277),
            "diagnoses": [{"system": ICD, "code": "E11.621", "display": "Type 2 diabetes mellitus with foot ulcer"},
                          {"system": ICD, "code": "L97.514", "display": "Non-pressure chronic ulcer of other part of right foot with necrosis of bone"}],
            "payer": "medicare", "urgency": "standard", "date": "2026-10-20",
            "note": "Adjunctive HBOT x 30 for Wagner 3 DFU R foot, no healing after >30 days standard care.",
        },
        "gold": {
            "recommendation": "request_info", "policy": "NCD 20.29",
            "evidence": ["Observation/abi-right-2026-09-09", "DocumentReference/vasc-2026-09-09", "DocumentReference/wmd-2026-10-14"],
            "missing": ["toe brachial|toe pressure|TBI|TcPO2|transcutaneous|vascular|perfusion|arterial duplex"],
            "rationale": "T2DM, lower-extremity diabetic wound, Wagner 3, and no measurable healing over >30 days are documented. "
                         "Standard wound care must include assessing vascular status and correcting vascular problems. The only "
                         "test, ABI 1.48, is non-compressible and called non-diagnostic by the vascular lab (monophasic PT); the "
                         "wound physician's 'adequate perfusion' misreads it. TBI/TcPO2 were ordered and booked for 10/27, after "
                         "the request. Ask for a valid perfusion assessment.",
        },
    }
    return case, c


CASES = [hbot_01, hbot_02, hbot_03]
