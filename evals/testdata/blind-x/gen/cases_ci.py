from fhir import Chart, case, dedent, svc_cpt


def ci_01():
    c = Chart("pt-2593", "cascade-ent", "Cascade Ear, Nose & Throat")
    c.patient("Arvid Nils", "Halvorsen-Pike", "male", "1949-10-03", "CEN-259377", "Spokane", "WA")
    ent = c.prac("dr-solberg", "Ingrid", "Solberg", "MD", "Otolaryngology / Neurotology")
    aud = c.prac("aud-reyes", "Camila", "Reyes", "AuD", "Clinical Audiology")
    pcp = c.prac("dr-mcbride", "Owen", "McBride", "MD", "Internal Medicine")
    rad = c.prac("dr-sato", "Hiroshi", "Sato", "MD", "Neuroradiology")

    c.cond("snhl", "H90.3", "Sensorineural hearing loss, bilateral", "2012-04-11")
    c.cond("ha", "Z97.4", "Presence of external hearing-aid", "2017-06-01")
    c.cond("om-l", "H66.92", "Otitis media, unspecified, left ear", "2025-11-03", clinical="resolved",
           abatement="2025-11-20", recorder=pcp)
    c.cond("htn", "I10", "Essential (primary) hypertension", "2009-01-01")
    c.cond("bph", "N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms", "2015-01-01")
    c.med("amlodipine", "2009-01-01", "amlodipine 5 mg oral tablet", "17767", dosage="5 mg daily", requester=pcp)
    c.med("amoxicillin", "2025-11-03", "amoxicillin 875 mg oral tablet", "723", status="completed",
          dosage="875 mg BID x 10 days", requester=pcp, start="2025-11-03", end="2025-11-13")

    e0 = c.enc("enc-ent-2024-03-12", "2024-03-12", "ENT follow-up", ent)
    c.obs("azbio-2024-03-12", "2024-03-12", "AzBio sentences in quiet, best-aided (bilateral)", 68, "%",
          text="azbio-quiet-best-aided", category="exam", enc=e0, performer=aud)
    c.doc("ent-2024-03-12", "2024-03-12", "progress", "ENT follow-up", dedent("""
        ENT 03/12/2024 Ingrid Solberg, MD. Progressive bilateral SNHL, severe. Audiology: AzBio (best aided)
        68%. Still getting useful benefit from aids. Not a CI candidate at present. Re-test in 1 year or sooner
        if decline.
        """), author=ent, enc=e0)

    e1 = c.enc("enc-aud-2025-09-16", "2025-09-16", "Audiology evaluation", aud)
    c.obs("azbio-2025-09-16", "2025-09-16", "AzBio sentences in quiet, best-aided (bilateral)", 38, "%",
          text="azbio-quiet-best-aided", category="exam", enc=e1, performer=aud,
          note="Tested with patient's own 2017 aids - under-amplified on real-ear verification.")
    c.doc("aud-2025-09-16", "2025-09-16", "procedure", "Audiology evaluation", dedent("""
        AUDIOLOGY 09/16/2025 Camila Reyes, AuD
        PTA (0.5/1/2 kHz): R 78 dB HL, L 85 dB HL; bilateral severe-to-profound sensorineural, sloping.
        Word recognition (unaided, 95 dB): R 24%, L 16%. Tympanometry type A bilateral.
        Aided AzBio in quiet (recorded, 60 dB SPL) with own 2017 aids: 38%.
        Real-ear measurement: own aids 15-20 dB under prescriptive target above 1 kHz (aging receivers).
        Comment: this is NOT a best-aided result. Refit with appropriately powered aids and verify before
        candidacy determination.
        """), author=aud, enc=e1)
    c.proc("ha-fit-2025-10-14", "2025-10-14", "Bilateral power behind-the-ear hearing aid fitting, REM verified",
           performer=aud, note="New power BTEs, custom earmolds; REM within 5 dB of NAL-NL2 targets 250-4000 Hz.")

    e2 = c.enc("enc-pcp-2025-11-03", "2025-11-03", "Primary care acute visit", pcp)
    c.doc("pcp-2025-11-03", "2025-11-03", "progress", "Primary care - ear pain", dedent("""
        PRIMARY CARE 11/03/2025 Owen McBride, MD. L ear pain, URI 5 days. L TM bulging, erythematous. Dx acute
        otitis media L. Amoxicillin 875 BID x 10 d. Keep aid out of L ear until better.
        """), author=pcp, enc=e2)

    e3 = c.enc("enc-aud-2026-01-20", "2026-01-20", "Cochlear implant candidacy evaluation", aud)
    c.obs("azbio-2026-01-20", "2026-01-20", "AzBio sentences in quiet, best-aided (bilateral)", 46, "%",
          text="azbio-quiet-best-aided", category="exam", enc=e3, performer=aud,
          note="Recorded, 60 dB SPL, new REM-verified aids worn 3 months.")
    c.obs("azbio-r-2026-01-20", "2026-01-20", "AzBio sentences in quiet, aided right ear", 32, "%",
          text="azbio-quiet-aided-right", category="exam", enc=e3, performer=aud)
    c.obs("azbio-l-2026-01-20", "2026-01-20", "AzBio sentences in quiet, aided left ear", 24, "%",
          text="azbio-quiet-aided-left", category="exam", enc=e3, performer=aud)
    c.obs("moca-2026-01-20", "2026-01-20", "Montreal Cognitive Assessment (hearing-impaired version) total", 26,
          "{score}", text="moca-hi", category="survey", enc=e3, performer=aud, ucum="{score}")
    c.doc("aud-ci-2026-01-20", "2026-01-20", "procedure", "Cochlear implant candidacy audiology report", dedent("""
        <html><body>
        <h3>COCHLEAR IMPLANT CANDIDACY EVALUATION &mdash; AUDIOLOGY</h3>
        <p>Date: 01/20/2026 &nbsp; Audiologist: Camila Reyes, AuD &nbsp; Referring: Ingrid Solberg, MD</p>
        <p><b>Audiometry:</b> PTA R 80 dB HL, L 86 dB HL &mdash; bilateral severe-to-profound sensorineural
        hearing loss. Tympanometry: type A bilaterally; otoscopy clear, TMs intact, no effusion.</p>
        <p><b>Amplification:</b> bilateral power BTEs fit 10/14/2025, verified to prescriptive targets by
        real-ear measurement, worn full-time 3 months (datalogging 13 h/day).</p>
        <p><b>Speech perception (recorded materials, 60 dB SPL, sound field):</b></p>
        <table border="1">
        <tr><th>Test</th><th>Right aided</th><th>Left aided</th><th>Bilateral aided (best-aided)</th></tr>
        <tr><td>AzBio sentences, quiet</td><td>32%</td><td>24%</td><td><b>46%</b></td></tr>
        <tr><td>CNC words</td><td>20%</td><td>12%</td><td>28%</td></tr>
        </table>
        <p><b>Cognitive screen:</b> MoCA-HI 26/30.</p>
        <p><b>Interpretation:</b> limited benefit from appropriately fit amplification. Meets audiologic
        candidacy criteria for cochlear implantation. Counselled on expectations and the 12-month auditory
        rehabilitation schedule.</p>
        </body></html>
        """), author=aud, enc=e3, html=True)

    e4 = c.enc("enc-ent-2026-02-10", "2026-02-10", "Neurotology consultation", ent)
    c.doc("ent-2026-02-10", "2026-02-10", "consult", "Neurotology - cochlear implant candidacy", dedent("""
        NEUROTOLOGY   02/10/2026   Ingrid Solberg, MD

        HPI: 76M with progressive bilateral SNHL since ~2010, aided since 2017. Struggles on the phone and in
        church; wife repeats everything. Left AOM 11/2025, treated, resolved.

        Audiology summary: PTA R 78 / L 85. AzBio (best aided) 68%. Word recognition R 24%, L 16%.

        Exam: EACs clear. TMs intact, mobile, no effusion bilaterally. Weber midline. Cranial nerves intact.
        Gait normal.

        Assessment: bilateral severe-to-profound SNHL with limited benefit from appropriately fit aids on the
        01/20/2026 candidacy evaluation - meets candidacy. No active middle ear disease.
        Motivated; he and his wife commit to the 12-month rehabilitation program (weekly auditory training for
        the first 3 months); understands expectations.
        Plan: CT temporal bones and MRI IAC; pre-op medical evaluation with PCP; then right CI (patient
        prefers right - phone ear); continue left aid (bimodal).
        """), author=ent, enc=e4)

    e5 = c.enc("enc-img-2026-02-24", "2026-02-24", "CT temporal bones and MRI IAC", rad)
    c.doc("img-2026-02-24", "2026-02-24", "imaging", "CT temporal bones and MRI internal auditory canals", dedent("""
        CT TEMPORAL BONES WITHOUT CONTRAST and MRI BRAIN/IAC WITH AND WITHOUT CONTRAST   02/24/2026
        Hiroshi Sato, MD (Neuroradiology)
        CT: normal cochlear morphology bilaterally, 2.5 turns; cochlear lumen patent without ossification or
        otosclerotic foci. Middle ear and mastoid well aerated bilaterally - no effusion or opacification.
        Round window niche accessible. Normal facial nerve course.
        MRI: normal fluid signal in both cochleae and labyrinths. Cochlear and vestibular nerves present and of
        normal calibre bilaterally. No CPA or IAC mass. No enhancing lesion. Mild chronic small-vessel change.
        IMPRESSION: no contraindication to cochlear implantation on imaging. No retrocochlear lesion.
        """), author=rad, enc=e5)

    e6 = c.enc("enc-pcp-2026-03-10", "2026-03-10", "Pre-operative medical evaluation", pcp)
    c.doc("pcp-2026-03-10", "2026-03-10", "hp", "Pre-operative medical evaluation", dedent("""
        PRE-OPERATIVE EVALUATION   03/10/2026   Owen McBride, MD
        Procedure: right cochlear implant under general anesthesia (~2.5 h). METs > 4 (splits wood, walks 2 miles).
        HTN controlled (128/76). No cardiac or pulmonary disease. ECG normal sinus. Labs normal.
        RCRI 0. Acceptable risk; no contraindication to surgery or general anesthesia.
        """), author=pcp, enc=e6)
    c.sr("sr-ci", "2026-03-17", "Cochlear device implantation, right", code="69930", requester=ent,
         occurrence="2026-04-22", reason="Bilateral severe-to-profound SNHL, limited benefit from amplification")

    # after the request date
    e7 = c.enc("enc-or-2026-04-22", "2026-04-22", "Outpatient surgery", ent)
    c.proc("ci-2026-04-22", "2026-04-22", "Right cochlear implantation", code="69930", performer=ent, enc=e7)

    cs = case("bx-ci-01", "patients/px2593.json", svc_cpt("69930", "Cochlear device implantation, with or without mastoidectomy"),
              [("H90.3", "Sensorineural hearing loss, bilateral")], "2026-03-31", "approve", "NCD 50.3",
              ["Observation/azbio-2026-01-20", "DocumentReference/aud-ci-2026-01-20", "DocumentReference/img-2026-02-24",
               "DocumentReference/ent-2026-02-10", "DocumentReference/pcp-2026-03-10"],
              rationale="Bilateral severe-to-profound SNHL; best-aided recorded open-set sentence score 46% with "
                        "appropriately fit, verified aids (the 38% with old aids was not best-aided; the 68% is "
                        "2024 text copied forward into the ENT note). Otitis media resolved, normal middle ears, "
                        "patent cochleae, no retrocochlear lesion, cognition and rehabilitation commitment "
                        "documented, no surgical contraindication.",
              note="Bilateral severe-profound SNHL, best-aided AzBio 46%. Right CI.")
    return cs, c


def ci_02():
    c = Chart("pt-4860", "summit-hearing", "Summit Otology & Hearing Center")
    c.patient("Frances Irene", "Delgado-Marsh", "female", "1954-11-22", "SOH-486014", "Albuquerque", "NM")
    ent = c.prac("dr-abiodun", "Folake", "Abiodun", "MD", "Otology / Neurotology")
    aud = c.prac("aud-cho", "Daniel", "Cho", "AuD", "Clinical Audiology")
    card = c.prac("dr-whitaker", "Elaine", "Whitaker", "MD", "Cardiovascular Disease")
    ic = c.prac("dr-ramos", "Hector", "Ramos", "MD", "Interventional Cardiology")
    rad = c.prac("dr-lee", "Jonathan", "Lee", "MD", "Neuroradiology")

    c.cond("snhl", "H90.3", "Sensorineural hearing loss, bilateral", "2016-02-01")
    c.cond("nstemi", "I21.4", "Non-ST elevation (NSTEMI) myocardial infarction", "2026-06-02", clinical="active",
           recorder=card)
    c.cond("stent", "Z95.5", "Presence of coronary angioplasty implant and graft", "2026-06-03")
    c.cond("htn", "I10", "Essential (primary) hypertension", "2010-01-01")
    c.cond("hld", "E78.5", "Hyperlipidemia, unspecified", "2010-01-01")
    c.med("aspirin", "2026-06-03", "aspirin 81 mg oral tablet", "1191", dosage="81 mg daily", requester=ic)
    c.med("ticagrelor", "2026-06-03", "ticagrelor 90 mg oral tablet", "1116632", dosage="90 mg BID x 12 months",
          requester=ic, start="2026-06-03", end="2027-06-03")
    c.med("atorvastatin", "2026-06-03", "atorvastatin 80 mg oral tablet", "83367", dosage="80 mg daily", requester=ic)
    c.med("metoprolol", "2026-06-04", "metoprolol succinate 25 mg extended release oral tablet", "6918",
          dosage="25 mg daily", requester=card)

    e1 = c.enc("enc-aud-2026-05-12", "2026-05-12", "Cochlear implant candidacy evaluation", aud)
    c.obs("azbio-2026-05-12", "2026-05-12", "AzBio sentences in quiet, best-aided (bilateral)", 34, "%",
          text="azbio-quiet-best-aided", category="exam", enc=e1, performer=aud)
    c.doc("aud-2026-05-12", "2026-05-12", "procedure", "Cochlear implant candidacy audiology report", dedent("""
        CI CANDIDACY AUDIOLOGY 05/12/2026 Daniel Cho, AuD
        Bilateral moderately-severe to profound SNHL (PTA R 72, L 81 dB HL). Tympanograms type A.
        Current aids (2023, REM-verified today, at target). Recorded AzBio in quiet 60 dB SPL:
        R aided 28%, L aided 20%, bilateral best-aided 34%. CNC bilateral 22%.
        Meets audiologic criteria. Good candidate from an audiologic standpoint.
        """), author=aud, enc=e1)

    e2 = c.enc("enc-ent-2026-05-19", "2026-05-19", "Otology consultation", ent)
    c.doc("ent-2026-05-19", "2026-05-19", "consult", "Otology consultation - CI candidacy", dedent("""
        OTOLOGY 05/19/2026 Folake Abiodun, MD
        71F, bilateral progressive SNHL, aided 10 years, best-aided AzBio 34%. Retired teacher, sharp, highly
        motivated, committed to rehab. TMs normal, no middle ear disease.
        Plan: CT/MRI; medical clearance; left CI.
        """), author=ent, enc=e2)
    e3 = c.enc("enc-img-2026-05-28", "2026-05-28", "CT temporal bone / MRI IAC", rad)
    c.doc("img-2026-05-28", "2026-05-28", "imaging", "CT temporal bones and MRI IAC", dedent("""
        CT TEMPORAL BONES / MRI IAC 05/28/2026 Jonathan Lee, MD. Normal cochlear anatomy, patent lumen
        bilaterally, well-aerated middle ears. MRI: normal cochlear nerves, no retrocochlear lesion.
        """), author=rad, enc=e3)

    e4 = c.enc("enc-ip-2026-06-02", "2026-06-02", "Inpatient admission - NSTEMI", ic, cls="IMP", end="2026-06-05")
    c.proc("pci-2026-06-03", "2026-06-03", "PCI with drug-eluting stent, mid LAD", code="92928", performer=ic, enc=e4)
    c.doc("dc-2026-06-05", "2026-06-05", "discharge", "Discharge summary - NSTEMI", dedent("""
        DISCHARGE SUMMARY 06/05/2026. NSTEMI (peak hs-troponin 2,140 ng/L). Cath 06/03: 90% mid LAD -> DES x1
        (3.0 x 28 mm). LVEF 50%. DAPT: aspirin + ticagrelor 12 months - DO NOT interrupt without discussing with
        cardiology. Cardiac rehab referral.
        """), author=ic, enc=e4)

    e5 = c.enc("enc-ent-2026-07-14", "2026-07-14", "Otology follow-up", ent)
    c.doc("ent-2026-07-14", "2026-07-14", "progress", "Otology follow-up", dedent("""
        OTOLOGY 07/14/2026 Folake Abiodun, MD
        Imaging normal. Interval NSTEMI with stent 6/3 - recovering well, in cardiac rehab.
        Plan: left CI 08/25/2026. CI surgery is low blood-loss; we routinely operate on aspirin. Request
        cardiology clearance and guidance on ticagrelor hold.
        """), author=ent, enc=e5)

    e6 = c.enc("enc-card-2026-07-21", "2026-07-21", "Cardiology follow-up", card)
    c.doc("card-2026-07-21", "2026-07-21", "progress", "Cardiology - pre-operative assessment", dedent("""
        CARDIOLOGY   07/21/2026   Elaine Whitaker, MD
        Request from Dr Abiodun (otology) for clearance for elective left cochlear implant 08/25/2026 and
        for holding ticagrelor.

        71F, NSTEMI 06/02/2026 with DES to mid LAD 06/03/2026 - now 7 weeks post-PCI. Doing well in cardiac rehab,
        no angina. LVEF 50%.

        Recommendation: I do NOT clear her for elective surgery at this time. Interrupting the P2Y12 inhibitor
        within the first months after DES placement for an ACS carries a real risk of stent thrombosis, and
        this surgery is elective. Continue aspirin + ticagrelor without interruption. Elective non-cardiac
        surgery should be deferred until at least 6 months after PCI (not before December 2026), at which
        point ticagrelor could be held 5 days with aspirin continued. Happy to re-evaluate then.
        """), author=card, enc=e6)

    c.doc("ent-2026-07-28-addendum", "2026-07-28", "progress", "Addendum - otology", dedent("""
        ADDENDUM 07/28/2026 Folake Abiodun, MD
        Reviewed Dr Whitaker's note. I respectfully disagree that CI surgery needs to wait until December - it is
        a short, low-bleeding-risk operation, and the patient is very isolated by her hearing. Plan: proceed
        08/25 on aspirin, hold ticagrelor 5 days; anesthesia aware. Will ask the patient's interventional
        cardiologist for a second opinion.
        """), author=ent, enc=e5, relates=("appends", "ent-2026-07-14"))
    c.sr("sr-ci", "2026-07-29", "Cochlear device implantation, left", code="69930", requester=ent,
         occurrence="2026-08-25", reason="Bilateral SNHL with limited benefit from amplification")

    cs = case("bx-ci-02", "patients/px4860.json", svc_cpt("69930", "Cochlear device implantation, with or without mastoidectomy"),
              [("H90.3", "Sensorineural hearing loss, bilateral")], "2026-08-04", "refer", "NCD 50.3",
              ["DocumentReference/card-2026-07-21", "Procedure/pci-2026-06-03", "DocumentReference/ent-2026-07-28-addendum",
               "Observation/azbio-2026-05-12"],
              rationale="Audiologic, imaging, middle-ear and motivation criteria are met, but the treating "
                        "cardiologist documents that elective surgery is not cleared within 6 months of DES for "
                        "NSTEMI (P2Y12 interruption). The ordering otologist disagrees and plans to proceed; "
                        "'no contraindications to surgery' is contested and needs a physician reviewer.",
              note="Best-aided AzBio 34%, normal imaging. Left CI 8/25.")
    return cs, c


CASES = [ci_01, ci_02]
