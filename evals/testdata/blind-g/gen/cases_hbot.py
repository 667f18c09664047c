"""NCD 20.29 (hyperbaric oxygen) cases."""
from fhir import as_text, Chart, CPT, HCPCS, cc, html_doc
from common import medicare, case, lo

WL, WW, WD = lo("39126-8", "Wound length"), lo("39125-0", "Wound width"), lo("39127-6", "Wound depth")


def wound(C, id, when, l, w, d, who, site, extra=None):
    note = "%s. L x W x D = %.1f x %.1f x %.1f cm." % (site, l, w, d)
    if extra:
        note += " " + extra
    return C.obs(id, C.lc("WOUND-MEAS", "Wound measurements panel"), when, category="exam", performer=who,
                 components=[(WL, l, "cm", None), (WW, w, "cm", None), (WD, d, "cm", None)], note=note)


def hbot01():
    pid, D = "pg11", "2026-12-08"
    C = Chart(pid, "ehr.bigskywound.example", "MT")
    C.patient(["Edna", "V."], "Kittredge", "female", "1948-09-15", "1102 Coulee View Rd", "Redwater", "MT", "59271", "BSW-31877")
    uhm = C.practitioner("blackfeather-lund", ["Soren"], "Blackfeather-Lund", "MD", "Undersea and Hyperbaric Medicine; Wound Care", "1356081427")
    idoc = C.practitioner("castellow", ["Ifeoma"], "Castellow", "MD", "Infectious Disease", "1619944302")
    rn = C.practitioner("dunleavy", ["Mariah"], "Dunleavy", "RN, CWON", "Wound/Ostomy Nurse", "1912603375")
    vasc = C.practitioner("stavros", ["Paul"], "Stavros", "MD", "Vascular Surgery (RPVI)", "1275539018")
    org = C.organization("bswc", "Big Sky Wound Care & Hyperbarics", "prov", "Redwater", "MT", "406-555-0119")
    medicare(C, "4DU8-PL2-HE35", "2013-09-01")

    C.condition("dfu", "E11.621", "Type 2 diabetes mellitus with foot ulcer", ("2026-10-20", "10:30"), asserter=uhm)
    C.condition("ulcer", "L97.524", "Non-pressure chronic ulcer of other part of left foot with necrosis of bone", ("2026-10-20", "10:31"), asserter=uhm,
                note="Plantar L 1st metatarsal head, neuropathic. Wagner grade 3 (osteomyelitis).")
    C.condition("osteo", "M86.672", "Other chronic osteomyelitis, left ankle and foot", ("2026-10-15", "15:00"), asserter=idoc)
    C.condition("dpn", "E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy", ("2019-02-11", "09:00"))

    C.proc("bone-bx-2026-10-09", cc(CPT, "20220", "Biopsy, bone, trocar or needle; superficial"), ("2026-10-09", "13:20"),
           body="Left 1st metatarsal head", outcome="Culture: MSSA. Pathology: acute and chronic osteomyelitis.")
    C.obs("abi-2026-11-05", C.lc("ABI-L", "Ankle-brachial index, left"), ("2026-11-05", "10:10"), 1.42, "{ratio}", category="procedure",
          performer=vasc, interp="Non-compressible - non-diagnostic", note="Right 1.38. Monophasic-to-biphasic DP/PT Doppler waveforms bilaterally.")
    wound(C, "wound-2026-10-20", ("2026-10-20", "10:05"), 2.1, 1.6, 1.2, uhm, "L plantar 1st MTH", "Probes to bone. Wagner 3.")
    wound(C, "wound-2026-11-03", ("2026-11-03", "09:50"), 2.2, 1.6, 1.2, rn, "L plantar 1st MTH", "Post-debridement.")
    C.obs("a1c-2026-11-10", lo("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), ("2026-11-10", "07:30"), 7.0, "%", note="Was 7.9% 08/2026.")
    C.obs("alb-2026-11-10", lo("1751-7", "Albumin [Mass/volume] in Serum or Plasma"), ("2026-11-10", "07:30"), 3.9, "g/dL")
    wound(C, "wound-2026-11-17", ("2026-11-17", "10:20"), 2.1, 1.7, 1.2, rn, "L plantar 1st MTH", "Post-debridement.")
    wound(C, "wound-2026-12-01", ("2026-12-01", "09:55"), 2.2, 1.6, 1.3, uhm, "L plantar 1st MTH", "Post-debridement.")

    C.med("rx-cefazolin", "cefazolin 2 g IV every 8 hours (home infusion)", ("2026-10-16", "11:00"), status="completed", requester=idoc,
          validity=("2026-10-16", "2026-11-27"), reason=("M86.672", "Other chronic osteomyelitis, left ankle and foot"))
    C.med("rx-glargine", "insulin glargine 100 units/mL pen", ("2021-05-04", "10:00"), rx=("274783", "insulin glargine"), dosage="22 units at bedtime")

    C.doc("id-2026-10-15", ("2026-10-15", "15:20"), "consult", "Infectious disease consultation", idoc, """
        INFECTIOUS DISEASE CONSULTATION       10/15/2026       Ifeoma Castellow, MD
        78F, T2DM with neuropathy, L plantar 1st MTH ulcer x ~4 months (since a shoe rub in June), probe-
        to-bone positive. MRI L foot 10/08: marrow edema and enhancement of 1st metatarsal head with
        cortical erosion - osteomyelitis; small adjacent soft tissue abscess drained at bedside 10/09.
        Percutaneous bone biopsy 10/09: MSSA; path acute and chronic osteomyelitis.
        ESR 68, CRP 4.1. Afebrile. Cr 0.9.
        Plan: cefazolin 2 g IV q8h via PICC x 6 weeks (start 10/16, end 11/27), weekly CBC/BMP/ESR/CRP.
        Podiatry aware - declined 1st ray resection for now (patient preference); will reconsider if failure.
        Off-loading critical. Glucose control.
        """, custodian=org)

    C.doc("wound-initial-2026-10-20", ("2026-10-20", "11:10"), "consult", "Wound center initial evaluation", uhm, """
        BIG SKY WOUND CARE - INITIAL EVALUATION       10/20/2026      Soren Blackfeather-Lund, MD
        78F, T2DM (insulin), peripheral neuropathy, L plantar 1st MTH ulcer since 06/2026 with MSSA
        osteomyelitis (biopsy 10/9), on IV cefazolin since 10/16 (ID).
        Local care to date: home health dressing changes (foam), post-op shoe; no contact cast. No sharp
        debridement since 9/2026.
        Exam: ulcer 2.1 x 1.6 x 1.2 cm, probes to bone, 40% slough, 60% pale granulation, callused rim,
        moderate serous drainage, no cellulitis. Wagner grade 3.
        Vascular: pedal pulses not palpable (edema, dorsum), cap refill ~3 s, foot warm; monofilament 0/10.
        Plan:
        - Sharp excisional debridement today and weekly.
        - Total contact cast starting 10/27 (after cellulitis ruled out), changed weekly.
        - Alginate-silver dressing under TCC.
        - Noninvasive arterial studies (ABI + waveforms) - vascular lab.
        - A1c and nutrition labs; dietitian referral; protein supplement BID.
        - If no measurable healing after 30 days of this standard care, consider HBO as adjunct.
        """, custodian=org)

    C.doc("vasc-lab-2026-11-05", ("2026-11-05", "11:40"), "imaging", "Lower extremity arterial study (ABI with Doppler waveforms)", vasc, """
        VASCULAR LABORATORY REPORT - LOWER EXTREMITY ARTERIAL (ABI/PVR)      11/05/2026
        Interpreting: Paul Stavros, MD, RPVI

        Brachial pressures: R 138, L 134 mmHg.
        Ankle pressures: R DP 190, R PT > 220 (non-compressible); L DP 196, L PT > 220 (non-compressible).
        ABI: R 1.38, L 1.42.
        Doppler waveforms: monophasic to dampened biphasic at DP/PT bilaterally; biphasic popliteal.
        Toe pressures: not performed (equipment unavailable today).

        IMPRESSION: Medial arterial calcification with non-compressible tibial vessels - ABI is falsely
        elevated and NON-DIAGNOSTIC. Distal waveform dampening raises concern for infrapopliteal disease.
        Recommend toe pressures / toe-brachial index and/or TcPO2 at the wound level to establish
        perfusion before wound healing decisions; consider angiography if TBI < 0.7 or TcPO2 < 40 mmHg.
        """, custodian=org)

    C.doc("rn-2026-11-17", ("2026-11-17", "11:05"), "nurse", "Wound nursing visit", rn, as_text("""
        <p><b>Wound Nursing &mdash; 11/17/2026</b> &middot; Mariah Dunleavy, RN, CWON</p>
        <p>TCC removed. Skin intact under cast, no new pressure areas. Wound L plantar 1st MTH: <b>2.1 &times; 1.7 &times; 1.2 cm</b> after debridement by
        Dr. Blackfeather-Lund (20% slough removed). Bone palpable at base. Moderate serosanguinous drainage, no odor, periwound callus pared.</p>
        <p>Patient reports PICC site fine, finishing IV antibiotics 11/27. Glucose log 110&ndash;160. Drinking protein shakes twice a day.</p>
        <p>Reapplied alginate-silver + TCC. Reminded: no weight-bearing without cast, use walker.</p>
        <p><i>Vascular: per Dr. B-L, ABI came back non-diagnostic &mdash; need toe pressures; he'll put the order in.</i></p>
        """), custodian=org)

    C.doc("wound-2026-12-01", ("2026-12-01", "10:40"), "progress", "Wound center progress note - HBO evaluation", uhm, """
        BIG SKY WOUND CARE - PROGRESS NOTE        12/01/2026      Soren Blackfeather-Lund, MD
        Wound L plantar 1st MTH (Wagner 3, MSSA osteomyelitis):
          10/20  2.1 x 1.6 x 1.2
          11/03  2.2 x 1.6 x 1.2
          11/17  2.1 x 1.7 x 1.2
          12/01  2.2 x 1.6 x 1.3
        No measurable healing over 42 days of standard care: weekly sharp debridement, TCC since 10/27,
        alginate-silver, 6 weeks IV cefazolin (completed 11/27), A1c 7.0 (from 7.9), albumin 3.9 with
        supplements.
        Vascular status: ABI non-compressible/non-diagnostic (11/5). Toe pressures/TcPO2 ordered today -
        vascular lab first available 12/15. Perfusion not yet established.
        Plan: request authorization for adjunctive HBO 2.0-2.4 ATA x 90 min, 30 treatments, with continued
        standard wound care. Reassess wound every 30 days. Continue TCC, weekly debridement.
        Discussed 1st ray resection again - patient still declines.
        """, custodian=org)

    C.sreq("sr-tcpo2", cc(CPT, "93922", "Limited bilateral noninvasive physiologic studies of lower extremity arteries (toe pressures/TcPO2)"),
           ("2026-12-01", "10:45"), status="active", requester=uhm, reason=[("E11.621", "Type 2 diabetes mellitus with foot ulcer")],
           note="Toe pressures, TBI and TcPO2 at L forefoot - ABI non-compressible.")
    C.appt("appt-vasclab-2026-12-15", ("2026-12-02", "08:30"), ("2026-12-15", "13:00"), 60, "Vascular lab: toe pressures / TcPO2", [vasc])
    C.sreq("sr-hbo", cc(HCPCS, "G0277", "Hyperbaric oxygen under pressure, full body chamber, per 30 minute interval"), (D, "09:15"),
           requester=uhm, reason=[("E11.621", "Type 2 diabetes mellitus with foot ulcer"), ("L97.524", "Non-pressure chronic ulcer of other part of left foot with necrosis of bone")],
           note="30 treatments, 90 min at 2.0-2.4 ATA (3 units G0277 per treatment).")

    cs = case("bg-hbot-01", pid, ("hcpcs", "G0277", "Hyperbaric oxygen under pressure, full body chamber, per 30 minute interval"),
              [("E11.621", "Type 2 diabetes mellitus with foot ulcer"), ("L97.524", "Non-pressure chronic ulcer of other part of left foot with necrosis of bone")],
              D, "request_info", "NCD 20.29",
              ["Observation/abi-2026-11-05", "DocumentReference/vasc-lab-2026-11-05", "DocumentReference/wound-2026-12-01",
               "Observation/wound-2026-10-20", "Observation/wound-2026-12-01"],
              "Diabetic lower-extremity wound, Wagner 3 (osteomyelitis), no measurable healing over 42 days of otherwise complete standard care. "
              "Standard wound care includes assessment of vascular status (and correction if possible): the only study, an ABI of 1.42, is "
              "non-compressible and called non-diagnostic with concern for tibial disease; toe pressures/TcPO2 are ordered and booked after the "
              "request. Ask for the perfusion assessment.",
              missing=["vascular|TcPO2|transcutaneous|toe pressure|toe pressures|toe brachial|TBI|perfusion|arterial|circulation|blood flow|PAD"],
              note="Adjunctive HBO for Wagner 3 DFU with osteomyelitis, failed > 30 days standard care.")
    return cs, C


def hbot02():
    pid, D = "pg12", "2026-04-28"
    C = Chart(pid, "fhir.stclairewound.example", "CT")
    C.patient(["Leon", "M."], "Thibodeaux-Grant", "male", "1952-06-03", "305 Rue Magnolia", "Bayou Ste. Claire", "LA", "70582", "SCW-77045")
    uhm = C.practitioner("arceneaux", ["Genevieve"], "Arceneaux", "MD", "Undersea and Hyperbaric Medicine", "1447250398")
    dpm = C.practitioner("batra-fontenot", ["Nikhil"], "Batra-Fontenot", "DPM", "Podiatric Surgery", "1730216584")
    rn = C.practitioner("mouton", ["Odessa"], "Mouton", "RN, CWS", "Wound care nurse", "1598632271")
    org = C.organization("scwhc", "St. Claire Wound & Hyperbaric Center", "prov", "Bayou Ste. Claire", "LA", "337-555-0109")
    medicare(C, "6TB2-AR8-LC57", "2017-06-01")

    C.condition("dfu", "E11.621", "Type 2 diabetes mellitus with foot ulcer", ("2025-12-18", "10:00"), asserter=uhm)
    C.condition("ulcer", "L97.514", "Non-pressure chronic ulcer of other part of right foot with necrosis of bone", ("2025-12-18", "10:01"), asserter=uhm,
                note="R plantar 3rd metatarsal head. Wagner grade 3.")
    C.condition("osteo", "M86.671", "Other chronic osteomyelitis, right ankle and foot", ("2025-12-04", "14:00"), asserter=dpm)
    C.condition("htn", "I10", "Essential (primary) hypertension", ("2011-03-15", "09:00"))

    C.obs("tcpo2-2025-12-18", C.lc("TCPO2-FOOT", "Transcutaneous oxygen tension, periwound (room air)"), ("2025-12-18", "11:30"), 48, "mmHg", "mm[Hg]",
          category="procedure", performer=uhm, note="R dorsal forefoot, supine, room air. Toe-brachial index 0.74.")
    wound(C, "wound-2026-01-12", ("2026-01-12", "09:40"), 2.5, 2.0, 0.8, rn, "R plantar 3rd MTH", "Before HBO; 30+ days of standard care without healing.")
    wound(C, "wound-2026-02-16", ("2026-02-16", "08:30"), 2.4, 1.9, 0.8, rn, "R plantar 3rd MTH", "HBO treatment #1 day (baseline).")
    wound(C, "wound-2026-03-16", ("2026-03-16", "08:45"), 2.5, 1.9, 0.8, rn, "R plantar 3rd MTH", "After HBO #20.")
    C.obs("a1c-2026-03-30", lo("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), ("2026-03-30", "07:50"), 7.2, "%")
    wound(C, "wound-2026-04-13", ("2026-04-13", "08:35"), 2.6, 2.0, 0.9, rn, "R plantar 3rd MTH", "After HBO #34.")
    wound(C, "wound-2026-04-27", ("2026-04-27", "08:40"), 2.6, 2.1, 0.9, uhm, "R plantar 3rd MTH", "After HBO #40.")
    C.proc("hbo-course-2026", cc(CPT, "99183", "Physician attendance and supervision of hyperbaric oxygen therapy, per session"), ("2026-02-16", "09:00"),
           period_end=("2026-04-24", "10:45"), performer=uhm, status="completed",
           note="40 treatments, 2.0 ATA x 90 min (monoplace), 02/16-04/24/2026. Initial 30 authorized 02/2026; treatments 31-40 under day-30 reassessment.")

    C.med("rx-doxy", "doxycycline hyclate 100 mg tablet", ("2026-01-05", "10:00"), status="completed", rx=("3640", "doxycycline"), requester=dpm,
          dosage="1 tablet twice daily x 8 weeks", validity=("2026-01-05", "2026-03-02"))
    C.med("rx-metformin", "metformin 1000 mg tablet", ("2014-08-12", "09:00"), rx=("6809", "metformin"), dosage="1 tablet twice daily")

    C.doc("uhm-initial-2026-02-09", ("2026-02-09", "14:00"), "consult", "Hyperbaric medicine consultation", uhm, """
        ST. CLAIRE WOUND & HYPERBARIC CENTER - HBO CONSULTATION       02/09/2026
        Genevieve Arceneaux, MD (UHM)
        73M, T2DM, R plantar 3rd MTH ulcer with osteomyelitis (MRI 12/2/25; resection of 3rd MT head declined),
        treated with sharp debridement weekly, offloading (removable cast walker -> TCC since 12/22),
        doxycycline (MRSA-negative, culture-directed), alginate dressings. A1c 7.6 -> improving.
        TcPO2 48 mmHg, TBI 0.74 (12/18) - adequate perfusion; no correctable vascular disease.
        Measurements 12/18: 2.5 x 2.0 x 0.8; 1/12: 2.5 x 2.0 x 0.8; 2/9: 2.4 x 2.0 x 0.8 - no measurable
        healing > 30 days of standard care. Wagner grade 3.
        Plan: adjunctive HBO 2.0 ATA x 90 min, 5x/week, 30 treatments; continue standard care; wound
        reassessment at least every 30 days. Myringotomy not needed (passed ETF test).
        """, custodian=org)

    C.doc("uhm-day30-2026-03-17", ("2026-03-17", "13:10"), "progress", "HBO 30-day reassessment", uhm, """
        HBO REASSESSMENT (treatment #20, day 30 of HBO course)        03/17/2026
        Genevieve Arceneaux, MD
        Measurements: 2/16 baseline 2.4 x 1.9 x 0.8 cm; 3/16 2.5 x 1.9 x 0.8 cm.
        Wound bed: granulation improved from ~60% to ~75%, less slough, edges less macerated.
        No measurable change in size yet. Tolerating treatments well, no barotrauma.
        Plan: complete initial 30; re-measure; continue TCC, debridement weekly.
        """, custodian=org)

    C.doc("rn-2026-04-13", ("2026-04-13", "09:30"), "nurse", "Wound care nursing note", rn, """
        WOUND CARE NURSING NOTE       04/13/2026       Odessa Mouton, RN, CWS
        HBO #34 today. Pre-dive glucose 148. Wound R plantar 3rd MTH measured after debridement:
        2.6 x 2.0 x 0.9 cm. Base 85% beefy red granulation, 15% yellow fibrin. Small serous drainage.
        Periwound callus pared. Bone not exposed but probes deep at proximal edge.
        Pt reports he has been walking to his mailbox and in the yard "a little" without the knee scooter
        because the cast "feels fine". Re-educated on strict offloading. TCC reapplied.
        """, custodian=org)

    C.doc("dpm-2026-04-20", ("2026-04-20", "15:45"), "progress", "Podiatry follow-up", dpm, """
        PODIATRY FOLLOW-UP       04/20/2026       Nikhil Batra-Fontenot, DPM
        R plantar 3rd MTH ulcer, osteomyelitis of 3rd MT head (doxycycline completed 3/2).
        Ulcer appears improved - healthier granulation, less maceration, no cellulitis, no purulence.
        ESR 34 (from 71), CRP 0.8. X-ray: no progression of erosion.
        Again offered 3rd MT head resection to remove infected bone and speed healing; patient still
        prefers to continue HBO and wound care. Continue TCC. RTC 4 weeks.
        """, custodian=org)

    C.doc("hbo-extension-2026-04-27", ("2026-04-27", "14:20"), "progress", "HBO progress note - request for additional treatments", uhm, """
        HBO PROGRESS NOTE / EXTENSION REQUEST        04/27/2026
        Genevieve Arceneaux, MD
        Treatments completed: 40 (02/16 - 04/24).
        Wound R plantar 3rd MTH today: 2.6 x 2.1 x 0.9 cm (baseline at HBO start 2.4 x 1.9 x 0.8).
        Wound bed markedly healthier: 90% granulation, minimal fibrin, periwound callus reduced; inflammatory
        markers down (ESR 34). Patient feels it is healing.
        Assessment: wound responding qualitatively; dimensions not yet decreased, partly due to lapses in
        offloading (walking without scooter). Believe additional HBO will convert the improved bed into
        closure.
        Plan: request authorization for 20 additional HBO treatments (2.0 ATA x 90 min). Continue TCC,
        weekly debridement, strict offloading re-education. Podiatry re-offered MT head resection.
        """, custodian=org)

    C.sreq("sr-hbo-ext", cc(HCPCS, "G0277", "Hyperbaric oxygen under pressure, full body chamber, per 30 minute interval"), (D, "08:50"),
           requester=uhm, reason=[("E11.621", "Type 2 diabetes mellitus with foot ulcer"), ("L97.514", "Non-pressure chronic ulcer of other part of right foot with necrosis of bone")],
           note="Continuation: 20 additional treatments after 40 completed.")

    cs = case("bg-hbot-02", pid, ("hcpcs", "G0277", "Hyperbaric oxygen under pressure, full body chamber, per 30 minute interval"),
              [("E11.621", "Type 2 diabetes mellitus with foot ulcer"), ("L97.514", "Non-pressure chronic ulcer of other part of right foot with necrosis of bone")],
              D, "refer", "NCD 20.29",
              ["Observation/wound-2026-02-16", "Observation/wound-2026-03-16", "Observation/wound-2026-04-13", "Observation/wound-2026-04-27",
               "DocumentReference/hbo-extension-2026-04-27"],
              "Continuation request. The initial qualification was met (Wagner 3, adequate perfusion, > 30 days of failed standard care), but "
              "continued HBO is not covered if measurable signs of healing have not been demonstrated within any 30-day period of treatment: "
              "measurements went 2.4x1.9x0.8 (2/16) -> 2.5x1.9x0.8 (3/16) -> 2.6x2.0x0.9 (4/13) -> 2.6x2.1x0.9 (4/27), i.e. larger. Better "
              "granulation and lower ESR are qualitative, not measurable healing.",
              note="Request 20 additional HBO treatments; wound bed improving.")
    return cs, C
