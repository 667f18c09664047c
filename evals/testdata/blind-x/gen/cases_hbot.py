from fhir import Chart, case, dedent, svc_hcpcs


def wound(c, d, L, W, D, enc=None, performer=None):
    c.obs("wlen-%s" % d, d, "Wound length", L, "cm", loinc="39126-8", category="exam", enc=enc, performer=performer)
    c.obs("wwid-%s" % d, d, "Wound width", W, "cm", loinc="39125-0", category="exam", enc=enc, performer=performer)
    c.obs("wdep-%s" % d, d, "Wound depth", D, "cm", loinc="39127-6", category="exam", enc=enc, performer=performer)


def hbot_01():
    c = Chart("pt-6127", "tri-county-wound", "Tri-County Wound & Hyperbaric Center")
    c.patient("Raymond Lee", "Fairbanks", "male", "1953-03-14", "TCW-612790", "Ocala", "FL")
    pod = c.prac("dr-mendes", "Rafael", "Mendes", "DPM", "Podiatric Surgery")
    hbo = c.prac("dr-castellano", "Vincent", "Castellano", "MD", "Undersea and Hyperbaric Medicine")
    idoc = c.prac("dr-yamamoto", "Keiko", "Yamamoto", "MD", "Infectious Disease")
    rad = c.prac("dr-petrov", "Alexei", "Petrov", "MD", "Musculoskeletal Radiology")
    vasc = c.prac("vl-simmons", "Regina", "Simmons", "RVT", "Vascular laboratory")
    pcp = c.prac("dr-okoye", "Ngozi", "Okoye", "MD", "Internal Medicine")

    c.cond("t2dm", "E11.621", "Type 2 diabetes mellitus with foot ulcer", "2026-01-06", recorder=pod)
    c.cond("ulcer", "L97.512", "Non-pressure chronic ulcer of other part of right foot with fat layer exposed",
           "2026-02-03", recorder=pod, note="Plantar R 1st MTP joint. Re-coded 02/03/2026 after MRI (was L97.514).")
    c.cond("ulcer-old", "L97.514", "Non-pressure chronic ulcer of other part of right foot with necrosis of bone",
           "2026-01-06", verification="entered-in-error", recorder=pod)
    c.cond("osteo-ruledout", "M86.671", "Other chronic osteomyelitis, right ankle and foot", "2026-01-06",
           verification="refuted", recorder=pod, note="Suspected on probe-to-bone 01/06/2026; MRI 01/15/2026 negative.")
    c.cond("neuropathy", "E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy", "2019-05-01")
    c.cond("htn", "I10", "Essential (primary) hypertension", "2005-01-01")
    c.cond("cellulitis", "L03.115", "Cellulitis of right lower limb", "2026-01-06", clinical="resolved",
           abatement="2026-01-20")

    c.med("insulin", "2021-03-01", "insulin glargine 100 unit/mL injection", "274783", rxname="insulin glargine", dosage="34 units nightly",
          requester=pcp)
    c.med("metformin", "2010-01-01", "metformin 1000 mg oral tablet", "6809", dosage="1000 mg BID", requester=pcp)
    c.med("cephalexin", "2026-01-06", "cephalexin 500 mg oral capsule", "2231", status="completed",
          dosage="500 mg QID x 10 days", requester=pod, start="2026-01-06", end="2026-01-16")

    e1 = c.enc("enc-pod-2026-01-06", "2026-01-06", "Podiatry new patient", pod)
    wound(c, "2026-01-06", 3.4, 2.5, 1.0, e1, pod)
    c.obs("wagner-2026-01-06", "2026-01-06", "Wagner diabetic foot ulcer grade", text="wagner-grade",
          concept="Grade 3 (provisional)", category="exam", enc=e1, performer=pod)
    c.doc("pod-2026-01-06", "2026-01-06", "consult", "Podiatry new patient", dedent("""
        PODIATRY   01/06/2026   Rafael Mendes, DPM
        72M DM2 with neuropathy. Plantar R 1st MTPJ ulcer x ~6 weeks, started as a callus blister after new
        work boots. 3.4 x 2.5 x 1.0 cm. Probe reaches a hard, gritty surface at the base - ? bone vs capsule.
        Periwound erythema 2 cm, warm, no crepitus, no purulence. Pulses: DP/PT 2+ bilaterally.
        X-ray: no erosions (early osteomyelitis not excluded).
        Assessment: DFU R 1st MTPJ, Wagner 3 provisional (probe-to-bone positive) pending MRI; mild cellulitis.
        Plan: sharp debridement, cephalexin x10 d, MRI R foot, ABI/TcPO2, total contact cast once cellulitis
        clears, A1c, refer ID.
        """), author=pod, enc=e1)

    e2 = c.enc("enc-mri-2026-01-15", "2026-01-15", "MRI right foot", rad)
    c.doc("mri-2026-01-15", "2026-01-15", "imaging", "MRI right foot with and without contrast", dedent("""
        MRI RIGHT FOOT W/WO CONTRAST   01/15/2026   Alexei Petrov, MD
        Plantar soft tissue ulcer beneath the first MTP joint extending to the level of the plantar plate/joint
        capsule. Sesamoids and first metatarsal head: normal marrow signal on T1, no marrow edema, no cortical
        erosion. No abscess, no sinus tract to bone, no septic arthritis. Mild soft tissue edema.
        IMPRESSION: Deep plantar ulcer to joint capsule. NO MRI evidence of osteomyelitis or abscess.
        """), author=rad, enc=e2)

    e3 = c.enc("enc-id-2026-01-20", "2026-01-20", "Infectious disease consultation", idoc)
    c.doc("id-2026-01-20", "2026-01-20", "consult", "Infectious disease consultation", dedent("""
        INFECTIOUS DISEASE   01/20/2026   Keiko Yamamoto, MD
        Asked to advise on possible osteomyelitis R 1st MTPJ. Cellulitis resolved after cephalexin. ESR 22,
        CRP 0.8. MRI 01/15 negative for osteomyelitis and abscess. I think the probe met the plantar plate.
        Impression: no osteomyelitis; soft tissue infection treated. No further antibiotics. Re-image only if
        the ulcer deteriorates or probes to bone again.
        """), author=idoc, enc=e3)

    e4 = c.enc("enc-vasc-2026-01-22", "2026-01-22", "Noninvasive vascular laboratory", vasc)
    c.obs("abi-r-2026-01-22", "2026-01-22", "Ankle-brachial index, right", 0.96, "{ratio}", text="abi-right",
          category="procedure", enc=e4, performer=vasc, ucum="{ratio}")
    c.obs("tcpo2-r-2026-01-22", "2026-01-22", "Transcutaneous oxygen tension, right dorsal foot", 46, "mm[Hg]",
          text="tcpo2-right-foot", category="procedure", enc=e4, performer=vasc)

    e5 = c.enc("enc-pod-2026-02-03", "2026-02-03", "Podiatry follow-up", pod)
    wound(c, "2026-02-03", 3.0, 2.2, 0.8, e5, pod)
    c.obs("wagner-2026-02-03", "2026-02-03", "Wagner diabetic foot ulcer grade", text="wagner-grade",
          concept="Grade 2", category="exam", enc=e5, performer=pod)
    c.doc("pod-2026-02-03", "2026-02-03", "progress", "Podiatry follow-up", dedent("""
        PODIATRY   02/03/2026   Rafael Mendes, DPM
        Cellulitis resolved. MRI 1/15: ulcer to joint capsule, NO osteomyelitis, no abscess. ID agrees.
        Ulcer 3.0 x 2.2 x 0.8 cm after debridement; granular base, capsule visible, does not probe to bone today.
        Vascular: ABI 0.96, TcPO2 46 - adequate perfusion.
        A1c 7.9.
        Assessment: DFU R 1st MTPJ, WAGNER GRADE 2 (deep to capsule, no abscess/osteomyelitis). Correction of
        the 1/6 provisional grade 3; problem list re-coded.
        Plan: total contact cast applied today, weekly cast change + sharp debridement, moist dressing
        (collagen/alginate), endocrine titration of insulin, dietitian (albumin 3.6).
        """), author=pod, enc=e5)

    e6 = c.enc("enc-pod-2026-03-03", "2026-03-03", "Podiatry follow-up", pod)
    wound(c, "2026-03-03", 3.0, 2.3, 0.8, e6, pod)
    c.doc("pod-2026-03-03", "2026-03-03", "progress", "Podiatry follow-up", dedent("""
        PODIATRY 03/03/2026 Rafael Mendes, DPM. TCC weeks 1-4 completed, weekly debridement. 3.0 x 2.3 x 0.8 cm -
        unchanged from 02/03 despite adherence (cast checks show no weight-bearing breaches). No infection.
        A1c 7.4 (improving). Plan: continue TCC; refer to wound/hyperbaric center for adjunctive options.
        """), author=pod, enc=e6)

    e7 = c.enc("enc-hbo-2026-03-31", "2026-03-31", "Hyperbaric medicine consultation", hbo)
    wound(c, "2026-03-31", 3.1, 2.2, 0.9, e7, hbo)
    c.doc("hbo-2026-03-31", "2026-03-31", "consult", "Hyperbaric medicine consultation", dedent("""
        <html><body>
        <h3>TRI-COUNTY WOUND &amp; HYPERBARIC CENTER &mdash; HBO CONSULTATION</h3>
        <p><b>Date:</b> 03/31/2026 &nbsp; <b>Physician:</b> Vincent Castellano, MD (UHM)</p>
        <p><b>Referral:</b> Dr Mendes (podiatry) &mdash; non-healing DFU R 1st MTPJ.</p>
        <p><b>History (from referral packet 01/06/2026):</b> 72M DM2, plantar R 1st MTPJ ulcer, probe-to-bone
        positive, <b>Wagner grade 3</b> with osteomyelitis of the 1st metatarsal head, treated with
        antibiotics.</p>
        <p><b>Today:</b> 3.1 x 2.2 x 0.9 cm, granular base. ABI 0.96, TcPO2 46 (room air), 212 on 100% O2
        challenge. Standard care since 02/03 (TCC, weekly debridement, moist dressings, glycaemic optimisation)
        with no measurable healing over &gt; 30 days.</p>
        <p><b>Assessment:</b> Wagner 3 diabetic foot ulcer with osteomyelitis, failed &gt; 30 days of standard
        wound care. Meets Medicare criteria for HBOT.</p>
        <p><b>Plan:</b> HBOT 2.4 ATA x 90 min, 40 treatments, with continued TCC and debridement.
        Re-evaluate wound every 30 days.</p>
        </body></html>
        """), author=hbo, enc=e7, html=True)
    c.sr("sr-hbo", "2026-04-01", "Hyperbaric oxygen therapy, full body chamber, 40 treatments", code="G0277",
         system="https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", requester=hbo,
         reason="Wagner 3 DFU with osteomyelitis, failed standard care")

    cs = case("bx-hbot-01", "patients/px6127.json", svc_hcpcs("G0277", "Hyperbaric oxygen under pressure, full body chamber, per 30 minute interval"),
              [("E11.621", "Type 2 diabetes mellitus with foot ulcer"),
               ("L97.514", "Non-pressure chronic ulcer of other part of right foot with necrosis of bone"),
               ("M86.671", "Other chronic osteomyelitis, right ankle and foot")],
              "2026-04-07", "refer", "NCD 20.29",
              ["DocumentReference/mri-2026-01-15", "DocumentReference/pod-2026-02-03",
               "Observation/wagner-2026-02-03"],
              rationale="Standard care and no measurable healing over > 30 days are documented, and perfusion is "
                        "adequate, but the ulcer is Wagner grade 2 on the newest grading: MRI and ID exclude "
                        "osteomyelitis and abscess, and podiatry corrected the provisional grade 3. The "
                        "hyperbaric consult and the request codes copy the superseded grade and the ruled-out "
                        "osteomyelitis.",
              note="Wagner 3 DFU with osteomyelitis R foot, failed >30 days standard wound care.")
    return cs, c


def hbot_02():
    c = Chart("pt-7785", "lakeland-wound", "Lakeland Limb Preservation Center")
    c.patient("Bettie Jean", "Marchbanks", "female", "1956-08-27", "LLP-778512", "Tupelo", "MS")
    pod = c.prac("dr-abernathy", "Colin", "Abernathy", "DPM", "Podiatric Surgery")
    wnd = c.prac("dr-ferreira", "Lucia", "Ferreira", "MD", "Wound Care and Hyperbaric Medicine")
    idoc = c.prac("dr-chowdhury", "Sameer", "Chowdhury", "MD", "Infectious Disease")
    rad = c.prac("dr-kimura", "Hana", "Kimura", "MD", "Radiology")
    vasc = c.prac("vl-otis", "Derrick", "Otis", "RVT", "Vascular laboratory")
    rd = c.prac("rd-harmon", "Jolene", "Harmon", "RD", "Clinical nutrition")

    c.cond("t2dm", "E11.621", "Type 2 diabetes mellitus with foot ulcer", "2026-08-18", recorder=pod)
    c.cond("ulcer", "L97.524", "Non-pressure chronic ulcer of other part of left foot with necrosis of bone",
           "2026-08-24", recorder=pod, note="Plantar L 5th metatarsal head.")
    c.cond("osteo", "M86.672", "Other chronic osteomyelitis, left ankle and foot", "2026-08-24", recorder=pod,
           note="5th metatarsal head, MRI + bone biopsy (MSSA).")
    c.cond("neuropathy", "E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy", "2016-01-01")
    c.cond("ckd", "E11.22", "Type 2 diabetes mellitus w diabetic chronic kidney disease", "2020-01-01")
    c.cond("htn", "I10", "Essential (primary) hypertension", "2004-01-01")

    c.med("insulin", "2018-01-01", "insulin glargine 100 unit/mL injection", "274783", rxname="insulin glargine", dosage="42 units nightly; titrated",
          requester=wnd)
    c.med("ertapenem", "2026-08-31", "ertapenem 1 g injection", "325642", status="completed", dosage="1 g IV daily x 6 weeks via PICC",
          requester=idoc, start="2026-08-31", end="2026-10-12")

    e1 = c.enc("enc-pod-2026-08-18", "2026-08-18", "Podiatry visit", pod)
    c.doc("pod-2026-08-18", "2026-08-18", "consult", "Podiatry consultation", dedent("""
        PODIATRY   08/18/2026   Colin Abernathy, DPM
        69F DM2 (A1c 9.1), neuropathy, CKD3. Plantar L 5th MTH ulcer x 3 months, worse over 3 weeks with drainage.
        3.1 x 2.4 x 1.2 cm, probes to bone, serous drainage, no abscess.
        Vascular: DP non-palpable, PT faint, 1+ edema limits exam; cap refill 3 s. ABI ordered.
        X-ray: cortical erosion 5th metatarsal head.
        Assessment: DFU with probable osteomyelitis 5th MTH - Wagner 3.
        Plan: MRI, bone biopsy/culture, ID consult, offloading, debridement.
        """), author=pod, enc=e1)
    c.obs("wagner-2026-08-24", "2026-08-24", "Wagner diabetic foot ulcer grade", text="wagner-grade",
          concept="Grade 3", category="exam", performer=pod,
          note="Osteomyelitis 5th metatarsal head confirmed by MRI and bone biopsy.")
    e2 = c.enc("enc-mri-2026-08-24", "2026-08-24", "MRI left foot", rad)
    c.doc("mri-2026-08-24", "2026-08-24", "imaging", "MRI left foot", dedent("""
        MRI LEFT FOOT W/WO 08/24/2026 Hana Kimura, MD. Plantar ulcer with sinus tract to the 5th metatarsal head;
        confluent T1 marrow replacement and enhancement of the 5th MT head - acute-on-chronic osteomyelitis.
        No abscess. Remaining bones normal.
        """), author=rad, enc=e2)
    c.proc("biopsy-2026-08-26", "2026-08-26", "Percutaneous bone biopsy, 5th metatarsal head, left", performer=pod,
           note="Culture: MSSA. Histology: chronic osteomyelitis.")

    e3 = c.enc("enc-id-2026-08-28", "2026-08-28", "Infectious disease consultation", idoc)
    c.doc("id-2026-08-28", "2026-08-28", "consult", "Infectious disease consultation", dedent("""
        ID CONSULT 08/28/2026 Sameer Chowdhury, MD. MSSA osteomyelitis L 5th MT head (biopsy). Patient declines
        ray resection at this time. Plan: PICC, ertapenem 1 g daily (also covers anaerobes from the chronic
        wound) x 6 weeks, end 10/12. Weekly CBC/BMP/CRP. CRP 8.4 -> trend.
        """), author=idoc, enc=e3)

    e4 = c.enc("enc-vasc-2026-09-02", "2026-09-02", "Noninvasive vascular laboratory", vasc)
    c.doc("vasc-2026-09-02", "2026-09-02", "procedure", "Noninvasive arterial study", dedent("""
        NONINVASIVE ARTERIAL STUDY - LOWER EXTREMITY   09/02/2026
        Technologist: Derrick Otis, RVT
        Ankle pressures: right > 250 mm Hg, left > 250 mm Hg (non-compressible). ABI not calculable bilaterally.
        Toe pressures and TcPO2 were ordered as reflex tests but not performed - patient had to leave for a
        PICC-line appointment. Doppler waveforms: not obtained.
        Comment: non-diagnostic study due to medial calcinosis. Recommend TBI and TcPO2. Reschedule.
        No physician interpretation (incomplete study).
        """), author=vasc, enc=e4)

    e5 = c.enc("enc-wc-2026-09-08", "2026-09-08", "Wound center initial visit", wnd)
    wound(c, "2026-09-08", 2.6, 2.1, 0.9, e5, wnd)
    c.doc("wc-2026-09-08", "2026-09-08", "consult", "Wound center initial evaluation", dedent("""
        WOUND CENTER - INITIAL   09/08/2026   Lucia Ferreira, MD
        DFU L plantar 5th MTH, Wagner 3 (osteomyelitis, MSSA) on IV ertapenem since 8/31.
        2.6 x 2.1 x 0.9 cm after sharp excisional debridement of slough/biofilm. Granular 70%.
        Offloading: total contact cast since 08/25, changed weekly here.
        Glucose: A1c 9.1 -> insulin titration with PCP, goal A1c < 8.
        Nutrition: albumin 3.1 -> dietitian referral, protein supplement BID.
        Vascular: non-compressible ABI; TBI/TcPO2 to be rescheduled.
        Plan: weekly debridement + TCC, collagen-alginate dressing, continue IV antibiotics.
        """), author=wnd, enc=e5)

    e6 = c.enc("enc-rd-2026-09-15", "2026-09-15", "Nutrition consultation", rd)
    c.obs("alb-2026-09-15", "2026-09-15", "Albumin [Mass/volume] in Serum or Plasma", 3.1, "g/dL", loinc="1751-7",
          category="laboratory", enc=e6)
    e7 = c.enc("enc-wc-2026-09-22", "2026-09-22", "Wound center visit", wnd)
    wound(c, "2026-09-22", 2.7, 2.0, 0.9, e7, wnd)

    e8 = c.enc("enc-wc-2026-10-13", "2026-10-13", "Wound center visit", wnd)
    wound(c, "2026-10-13", 2.6, 2.2, 1.0, e8, wnd)
    c.obs("alb-2026-10-13", "2026-10-13", "Albumin [Mass/volume] in Serum or Plasma", 3.5, "g/dL", loinc="1751-7",
          category="laboratory", enc=e8)
    c.obs("a1c-2026-10-13", "2026-10-13", "Hemoglobin A1c/Hemoglobin.total in Blood", 8.2, "%", loinc="4548-4",
          category="laboratory", enc=e8)
    c.doc("wc-2026-10-13", "2026-10-13", "progress", "Wound center visit - HBO evaluation", dedent("""
        WOUND CENTER   10/13/2026   Lucia Ferreira, MD
        Wound 2.6 x 2.2 x 1.0 cm - no measurable improvement since 09/08 (2.6 x 2.1 x 0.9) despite 5 weeks of
        weekly debridement, TCC with documented adherence, moist wound care, IV ertapenem completed 10/12,
        albumin 3.1 -> 3.5, A1c 9.1 -> 8.2.
        Perfusion: felt adequate clinically - granulating base, bleeds with debridement, cap refill 3 s. Formal
        TcPO2/TBI still pending (rescheduled twice; now 10/27).
        Assessment: Wagner 3 DFU with osteomyelitis, failed > 30 days of standard care. Candidate for adjunctive
        HBOT. Will submit.
        """), author=wnd, enc=e8)
    c.appt("appt-tcpo2", "2026-10-13", "2026-10-27", "booked", "TcPO2 and toe-brachial index, bilateral", vasc)
    c.sr("sr-hbo", "2026-10-14", "Hyperbaric oxygen therapy, full body chamber, 40 treatments", code="G0277",
         system="https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", requester=wnd,
         reason="Wagner 3 DFU with osteomyelitis, failed standard care")

    # after request
    e9 = c.enc("enc-vasc-2026-10-27", "2026-10-27", "Noninvasive vascular laboratory", vasc)
    c.obs("tcpo2-l-2026-10-27", "2026-10-27", "Transcutaneous oxygen tension, left dorsal foot", 22, "mm[Hg]",
          text="tcpo2-left-foot", category="procedure", enc=e9, performer=vasc)
    c.obs("tbi-l-2026-10-27", "2026-10-27", "Toe-brachial index, left", 0.31, "{ratio}", text="tbi-left",
          category="procedure", enc=e9, performer=vasc, ucum="{ratio}")

    cs = case("bx-hbot-02", "patients/px7785.json", svc_hcpcs("G0277", "Hyperbaric oxygen under pressure, full body chamber, per 30 minute interval"),
              [("E11.621", "Type 2 diabetes mellitus with foot ulcer"),
               ("L97.524", "Non-pressure chronic ulcer of other part of left foot with necrosis of bone"),
               ("M86.672", "Other chronic osteomyelitis, left ankle and foot")],
              "2026-10-20", "request_info", "NCD 20.29",
              ["Observation/wagner-2026-08-24", "DocumentReference/vasc-2026-09-02",
               "DocumentReference/wc-2026-10-13"],
              missing=["vascular|perfusion|ABI|ankle brachial|TBI|toe brachial|toe pressure|TcPO2|transcutaneous|arterial"],
              rationale="Wagner 3 diabetic foot ulcer with no measurable healing over 35 days of documented "
                        "standard care (debridement, offloading, moist care, infection treatment, nutrition, "
                        "glucose). The vascular assessment that standard care requires is missing: ABI "
                        "non-compressible, toe pressures/TcPO2 never done before the request, perfusion only "
                        "'felt adequate clinically'. The ischemic TcPO2 dated after the request does not count.",
              note="Wagner 3 DFU L foot with osteomyelitis, no healing after >30 days standard care.")
    return cs, c


CASES = [hbot_01, hbot_02]
