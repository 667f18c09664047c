"""NCD 50.3 - cochlear implantation (3 cases)."""
from lib import Chart, LOINC, CPT, cc

ICD = "http://hl7.org/fhir/sid/icd-10-cm"
CI = {"system": CPT, "code": "69930", "display": "Cochlear device implantation, with or without mastoidectomy"}
SNHL = {"system": ICD, "code": "H90.3", "display": "Sensorineural hearing loss, bilateral"}


def ci_01():
    """Approve: bilateral severe-profound SNHL, recorded AzBio best-aided 38% (older 64% superseded), CT/MRI normal,
    no middle-ear disease, cognition and rehab willingness documented, medical clearance."""
    c = Chart("pf19", "ET", "https://fhir.blackstoneotology.example", "http://fhir.blackstoneotology.example/CodeSystem/audiology")
    c.patient("Margaret", "O'Donoghue-Pratt", "female", "1949-04-22", "Shrewsbury", "MA", "BVO-090311")
    c.org("bvoa", "Blackstone Valley Otology & Audiology", "otology / audiology practice", "Worcester", "MA")
    c.org("wia", "Worcester Imaging Associates", "radiology practice", "Worcester", "MA")
    c.prac("aud", "Rebecca", "Tolliver", "AuD, CCC-A", "Audiology")
    c.prac("ent", "Philip", "Marchand", "MD", "Otology/Neurotology")
    c.prac("rad", "Sanjay", "Iyer", "MD", "Neuroradiology")
    c.prac("pcp", "Joan", "Whitaker", "MD", "Internal Medicine")
    c.coverage("2014-04-01")
    c.condition("snhl", "H90.3", "Sensorineural hearing loss, bilateral", "2012-09-18 10:00", asserter="ent")
    c.condition("tinnitus", "H93.13", "Tinnitus, bilateral", "2012-09-18 10:01")
    c.condition("htn", "I10", "Essential (primary) hypertension", "2007-05-10 10:00")
    c.condition("hypothyroid", "E03.9", "Hypothyroidism, unspecified", "2003-01-22 10:00")
    c.obs("pta-r-2025-12-02", "2025-12-02 09:40", ("local", "PTA-R", "Pure-tone average (0.5/1/2/4 kHz), right ear"), 78, "dB",
          category="procedure", performer="Practitioner/aud")
    c.obs("pta-l-2025-12-02", "2025-12-02 09:40", ("local", "PTA-L", "Pure-tone average (0.5/1/2/4 kHz), left ear"), 85, "dB",
          category="procedure", performer="Practitioner/aud")
    c.obs("azbio-2023-05-09", "2023-05-09 10:15", ("local", "AZBIO-Q-BA", "AzBio sentences in quiet, best-aided (recorded, 60 dBA)"), 64, "%",
          category="procedure", performer="Practitioner/aud")
    c.obs("azbio-2025-12-02", "2025-12-02 10:20", ("local", "AZBIO-Q-BA", "AzBio sentences in quiet, best-aided (recorded, 60 dBA)"), 38, "%",
          category="procedure", performer="Practitioner/aud", interp="L", note="Binaural aided, recorded materials, sound field 0 deg azimuth.")
    c.obs("azbio-n-2025-12-02", "2025-12-02 10:35", ("local", "AZBIO-N10-BA", "AzBio sentences +10 dB SNR, best-aided (recorded)"), 14, "%",
          category="procedure", performer="Practitioner/aud", interp="L")
    c.obs("cnc-2025-12-02", "2025-12-02 10:05", ("local", "CNC-BA", "CNC monosyllabic words, best-aided (recorded)"), 24, "%",
          category="procedure", performer="Practitioner/aud", interp="L")
    c.obs("tymp-2025-12-16", "2025-12-16 14:10", ("local", "TYMP", "Tympanometry"), value_string="Type A bilaterally",
          category="procedure", performer="Practitioner/aud")
    c.obs("moca-2025-12-16", "2025-12-16 14:40", ("local", "MOCA-H", "MoCA for hearing-impaired (MoCA-H) total"), 27, "{score}",
          category="survey", performer="Practitioner/ent")
    c.med("levo", "10582", "levothyroxine", "2003-01-22 10:30", "pcp", "levothyroxine 100 mcg daily")
    c.med("lisinopril", "29046", "lisinopril", "2007-05-10 10:30", "pcp", "lisinopril 10 mg daily")

    c.note("aud-2025-12-02", "2025-12-02 12:00", "28570-0", "Practitioner/aud", "Adult cochlear implant candidacy evaluation", """
        BLACKSTONE VALLEY OTOLOGY & AUDIOLOGY - ADULT CI CANDIDACY EVALUATION     12/02/2025
        Rebecca Tolliver, AuD, CCC-A

        History: progressive bilateral hearing loss since ~2005, hearing aids since 2012; current bilateral RIC aids
        (fitted 2023, verified with real-ear measures 10/2025, fit to NAL-NL2 targets). Reports she can no longer
        follow conversation with her grandchildren or on the phone; relies on captioning and lip-reading.
        Otoscopy: clear canals, intact TMs bilaterally.
        Audiometry: bilateral sensorineural loss, sloping severe to profound. PTA R 78 dB HL, L 85 dB HL.
        Word recognition (unaided, 95 dB HL): R 24%, L 12%.
        Aided speech perception (RECORDED materials, sound field 60 dBA, 0 degrees):
          CNC words best-aided (binaural): 24%
          AzBio sentences in quiet, best-aided (binaural): 38%   (R aided 30%, L aided 18%)
          AzBio sentences +10 dB SNR, best-aided: 14%
        Comparison: AzBio quiet best-aided 64% in 05/2023 - significant decline.
        Impression: bilateral severe-to-profound SNHL with limited benefit from appropriately fit amplification.
        Meets audiologic candidacy (best-aided sentence score <= 60%). Recommend CI, left ear (poorer ear),
        continue right hearing aid (bimodal).
        """, custodian="bvoa")
    c.note("ent-2025-12-16", "2025-12-16 15:00", "11488-4", "Practitioner/ent", "Neurotology consultation", """
        BLACKSTONE VALLEY OTOLOGY - Neurotology consultation      12/16/2025
        Philip Marchand, MD

        76 y/o F referred by audiology for CI. Bilateral progressive SNHL, no vertigo, no otorrhea, no ear surgery,
        no history of meningitis. Tinnitus bilateral, mild.
        Exam: canals clear, TMs intact and mobile, no effusion, no retraction. Tympanometry type A bilaterally.
        Facial nerve intact. Romberg negative.
        Cognition: MoCA-H 27/30. Motivated; attended the CI information session with her husband; understands that
        programming and auditory rehabilitation take months and is committed to the rehab schedule.
        Assessment: bilateral severe-profound SNHL with limited benefit from hearing aids (AzBio 38% best-aided).
        Plan: CT temporal bones and MRI IAC to assess cochlear anatomy and the auditory nerve; medical clearance from
        PCP; if imaging favourable, left cochlear implant. Device counseling done.
        """, custodian="bvoa")
    c.note("imaging-2025-12-30", "2025-12-30 16:40", "18748-4", "Practitioner/rad", "CT temporal bones and MRI IAC report", """
        WORCESTER IMAGING ASSOCIATES
        1) CT TEMPORAL BONES WITHOUT CONTRAST    12/29/2025
        Normal cochlear anatomy bilaterally with 2.5 turns; cochlear lumen patent, no ossification or fibrosis.
        Normal vestibule, semicircular canals and vestibular aqueducts. No otospongiosis. Ossicular chains intact.
        Middle ear cavities and mastoids well aerated and clear. Facial nerve canals normal.
        2) MRI INTERNAL AUDITORY CANALS WITH AND WITHOUT GADOLINIUM    12/30/2025
        Normal cochlear and vestibular fluid signal bilaterally. Cochlear and vestibular nerves present and normal
        in caliber bilaterally. No cerebellopontine angle or IAC mass, no abnormal enhancement. Brainstem and
        auditory pathways unremarkable. Scattered punctate T2/FLAIR white-matter hyperintensities, nonspecific,
        typical for age (small-vessel change).
        IMPRESSION: Normal cochlear anatomy and patent cochlear lumens; no retrocochlear lesion.
        Sanjay Iyer, MD
        """, custodian="wia")
    c.note("pcp-2026-01-06", "2026-01-06 10:20", "11506-3", "Practitioner/pcp", "Pre-operative medical clearance", """
        Shrewsbury Internal Medicine - Joan Whitaker, MD     01/06/2026
        Pre-op evaluation for left cochlear implant (GA, ~2 h).
        HTN controlled (124/76). Hypothyroid, TSH 1.9. No CAD, no DM, no pulmonary disease. METs >4 (walks 2 miles,
        gardens). ECG: NSR, normal. CBC/BMP normal. No anticoagulants.
        RCRI 0. Acceptable risk, no contraindication to surgery. Pneumococcal vaccination up to date (PCV20 2024).
        """, custodian="bvoa")
    c.note("rehab-2026-01-08", "2026-01-08 11:00", "34109-9", "Practitioner/aud", "CI counseling and auditory rehabilitation plan", """
        CI counseling / rehabilitation planning - R. Tolliver, AuD     01/08/2026
        Met with pt and husband. Reviewed realistic expectations, activation ~3-4 weeks post-op, mapping schedule
        (1 wk, 1 mo, 3 mo, 6 mo, 12 mo), home auditory training app, and speech-language pathology aural rehab
        (8 sessions). Pt signed rehabilitation agreement; husband will drive to appointments.
        Device choice discussed; pt chose a behind-the-ear processor compatible with her phone.
        """, custodian="bvoa")

    case = {
        "id": "bf-ci-01", "patient": "patients/pf19.json",
        "request": {
            "service": dict(CI), "diagnoses": [dict(SNHL)],
            "payer": "medicare", "urgency": "standard", "date": "2026-01-13",
            "note": "Left cochlear implant. Bilateral severe-profound SNHL, AzBio best-aided 38%.",
        },
        "gold": {
            "recommendation": "approve", "policy": "NCD 50.3",
            "evidence": ["Observation/azbio-2025-12-02", "DocumentReference/ent-2025-12-16", "DocumentReference/imaging-2025-12-30"],
            "missing": [],
            "rationale": "Bilateral moderate-to-profound SNHL; recorded open-set sentence test in the best-aided condition 38% "
                         "(<=60%; the 2023 64% is superseded); cognition and willingness for rehab documented; no middle-ear "
                         "infection, patent cochlear lumen, no auditory nerve/CNS lesion on CT/MRI; no surgical contraindication.",
        },
    }
    return case, c


def ci_02():
    """Refer: audiology qualifies, but the implant ear has active chronic suppurative otitis media with attic
    cholesteatoma (otomicroscopy, culture, CT). The pre-op H&P and the authorization letter copy forward
    'TMs intact, no effusion'."""
    c = Chart("pf20", "CT", "https://fhir.cedarriverent.example", "http://fhir.cedarriverent.example/CodeSystem/ent")
    c.patient("Vernon", "Haugland", "male", "1947-09-09", "Marion", "IA", "CRE-318874")
    c.org("cre", "Cedar River ENT & Audiology", "otolaryngology practice", "Cedar Rapids", "IA")
    c.org("lci", "Linn County Imaging", "radiology practice", "Cedar Rapids", "IA")
    c.prac("aud", "Jill", "Mertz", "AuD", "Audiology")
    c.prac("ent", "Anders", "Kjelstrom", "MD", "Otology/Neurotology")
    c.prac("pa", "Kristin", "Hoyt", "PA-C", "Otolaryngology")
    c.prac("pcp", "Dale", "Brenneman", "MD", "Family Medicine")
    c.coverage("2012-09-01")
    c.condition("snhl", "H90.3", "Sensorineural hearing loss, bilateral", "2014-03-11 10:00", asserter="ent")
    c.condition("csom", "H66.3X1", "Other chronic suppurative otitis media, right ear", "2026-05-12 11:20", asserter="ent")
    c.condition("chol", "H71.01", "Cholesteatoma of attic, right ear", "2026-05-14 15:00", asserter="ent")
    c.condition("t2dm", "E11.9", "Type 2 diabetes mellitus without complications", "2013-10-08 10:00")
    c.condition("htn", "I10", "Essential (primary) hypertension", "2009-06-23 10:00")
    c.obs("pta-r-2026-03-17", "2026-03-17 09:30", ("local", "PTA-R", "Pure-tone average right ear"), 92, "dB", category="procedure",
          performer="Practitioner/aud")
    c.obs("pta-l-2026-03-17", "2026-03-17 09:30", ("local", "PTA-L", "Pure-tone average left ear"), 88, "dB", category="procedure",
          performer="Practitioner/aud")
    c.obs("azbio-2026-03-17", "2026-03-17 10:10", ("local", "AZBIO-BA", "AzBio sentences in quiet, best-aided (recorded)"), 22, "%",
          category="procedure", performer="Practitioner/aud", interp="L")
    c.obs("cx-2026-05-15", "2026-05-15 08:00", ("local", "EAR-CX", "Culture, ear drainage (right)"),
          value_string="Pseudomonas aeruginosa, heavy growth; sensitive to ciprofloxacin", performer="Organization/cre")
    c.report("ct-temporal-2026-05-14", "2026-05-14 15:00", ("local", "CT-TB", "CT temporal bones without contrast"), "Organization/lci",
             "Right: soft tissue filling the epitympanum and aditus ad antrum with blunting of the scutum and erosion of the "
             "long process of the incus, opacified mastoid air cells - consistent with attic cholesteatoma with chronic "
             "otomastoiditis. Cochlea and inner ear structures normal bilaterally; cochlear lumens patent. Left: clear middle "
             "ear and mastoid.")
    c.med("ciprodex", "2551", "ciprofloxacin", "2026-05-12 11:30", "ent",
          "ciprofloxacin 0.3% / dexamethasone 0.1% otic suspension, 4 drops right ear twice daily x 14 days")
    c.med("metformin", "6809", "metformin", "2013-10-08 10:30", "pcp", "metformin 1000 mg twice daily")

    c.note("aud-2026-03-17", "2026-03-17 11:30", "28570-0", "Practitioner/aud", "Cochlear implant candidacy evaluation", """
        CEDAR RIVER ENT & AUDIOLOGY - CI candidacy evaluation    03/17/2026     Jill Mertz, AuD
        78 y/o M, bilateral hearing aid user x 12 years, current aids verified (REM) 02/2026.
        PTA R 92 dB HL, L 88 dB HL (profound/severe-profound SNHL).
        Recorded AzBio in quiet, 60 dBA, best-aided binaural: 22%. CNC words best-aided: 16%.
        Otoscopy: R canal with some debris/cerumen, TM partly obscured; L clear.
        Impression: meets audiologic criteria (best-aided sentences <= 60%). Candidate for CI; right ear suggested
        (poorer ear, less residual benefit). Refer to Dr. Kjelstrom.
        """, custodian="cre")
    c.note("pcp-2026-04-21", "2026-04-21 09:50", "11506-3", "Practitioner/pcp", "Pre-operative medical clearance", """
        Dale Brenneman, MD - pre-op clearance 04/21/2026
        For R cochlear implant. T2DM A1c 6.9%, HTN 128/74 on lisinopril. No cardiac history. Functional >4 METs.
        ECG NSR. Cleared for surgery from a medical standpoint. Hold metformin day of surgery.
        """, custodian="cre")
    c.note("hp-2026-04-28", "2026-04-28 14:15", "34117-2", "Practitioner/pa", "Pre-operative history and physical", """
        CEDAR RIVER ENT - PRE-OPERATIVE H&P     04/28/2026
        Kristin Hoyt, PA-C (for Anders Kjelstrom, MD)
        Planned: right cochlear implantation.
        HPI: bilateral profound SNHL, limited benefit from aids (AzBio 22%). Mild R ear "fullness" and occasional
        itching x 1 month.
        PMH: T2DM, HTN. PSH: none otologic. Allergies: NKDA.
        Exam - Ears: TMs intact bilaterally, no effusion, no retraction. [carried forward from 06/2025 visit]
        Nose/throat normal. Neck supple. Heart RRR. Lungs clear.
        Plan: surgery date 06/16/2026; consent; pre-op labs done by PCP.
        """, custodian="cre")
    c.note("oto-2026-05-12", "2026-05-12 11:40", "11506-3", "Practitioner/ent", "Otology visit with otomicroscopy", """
        <html><body>
        <h3>Cedar River ENT &ndash; Otology Clinic</h3>
        <p>05/12/2026 &nbsp; Anders Kjelstrom, MD</p>
        <p><b>Reason:</b> pre-implant evaluation; new R ear drainage x 10 days (noticed on pillow).</p>
        <p><b>Otomicroscopy:</b></p>
        <ul>
          <li><b>Right:</b> foul-smelling mucopurulent otorrhea; after suctioning, a deep posterosuperior attic retraction
          pocket filled with keratin debris, granulation tissue at its margin, scutal erosion. Findings consistent with
          <b>cholesteatoma with active chronic suppurative otitis media</b>. Culture taken.</li>
          <li><b>Left:</b> normal TM, aerated middle ear.</li>
        </ul>
        <p><b>Assessment:</b> R attic cholesteatoma with active infection, in the ear planned for implantation.</p>
        <p><b>Plan:</b> ciprofloxacin-dexamethasone drops; dry-ear precautions; CT temporal bones. The infection and
        cholesteatoma need to be addressed: options are (a) staged &ndash; canal-wall-down mastoidectomy/cholesteatoma
        removal now, CI 3&ndash;6 months later once dry, or (b) subtotal petrosectomy with blind-sac closure and CI.
        Patient wants a single operation &ldquo;as soon as possible&rdquo;. Will discuss after CT.</p>
        </body></html>
        """, ctype="text/html", custodian="cre")
    c.note("letter-2026-05-19", "2026-05-19 10:00", "34109-9", "Practitioner/pa", "Letter of medical necessity - cochlear implant", """
        CEDAR RIVER ENT & AUDIOLOGY
        Letter of Medical Necessity      May 19, 2026
        Re: Vernon Haugland   DOB 09/09/1947    Procedure: right cochlear implantation (CPT 69930), date 06/16/2026

        Mr. Haugland has bilateral profound sensorineural hearing loss with limited benefit from appropriately fit
        hearing aids (AzBio best-aided 22%). He has normal cognition and strong family support for rehabilitation.
        Middle ears are free of infection; TMs are intact without effusion. CT confirms normal cochlear anatomy.
        He is medically cleared. We request authorization.
        Kristin Hoyt, PA-C, on behalf of Anders Kjelstrom, MD
        """, custodian="cre")

    case = {
        "id": "bf-ci-02", "patient": "patients/pf20.json",
        "request": {
            "service": dict(CI), "diagnoses": [dict(SNHL)],
            "payer": "medicare", "urgency": "standard", "date": "2026-05-26",
            "note": "Right cochlear implant 6/16/26. Bilateral profound SNHL, AzBio 22% best-aided.",
        },
        "gold": {
            "recommendation": "refer", "policy": "NCD 50.3",
            "evidence": ["DocumentReference/oto-2026-05-12", "DiagnosticReport/ct-temporal-2026-05-14"],
            "missing": [],
            "rationale": "Audiologic and other criteria are met, but 'freedom from middle ear infection' is documented as not met: "
                         "active chronic suppurative otitis media with attic cholesteatoma in the implant ear (otomicroscopy, "
                         "Pseudomonas culture, CT). The H&P exam is carried forward from 2025 and the letter's 'free of infection' "
                         "is contradicted by the newer primary findings. Physician review.",
        },
    }
    return case, c


def ci_03():
    """Request_info: sentence score 46% obtained by monitored live voice (sound-field playback out of service) -
    the NCD requires recorded tests; recorded testing booked after the request. ENT calls her a candidate."""
    c = Chart("pf21", "HI", "https://fhir.koolauhearing.example", "http://fhir.koolauhearing.example/CodeSystem/aud")
    c.patient("Leilani", "Kahananui", "female", "1952-11-30", "Kaneohe", "HI", "KHB-552170")
    c.org("khb", "Ko'olau Hearing & Balance Center", "otolaryngology / audiology practice", "Honolulu", "HI")
    c.org("mmc", "Makai Medical Center", "hospital (imaging)", "Honolulu", "HI")
    c.org("ihas", "Island Hearing Aid Services", "hearing aid dispenser", "Kailua", "HI")
    c.prac("aud", "Dennis", "Furukawa", "AuD", "Audiology")
    c.prac("ent", "Malia", "Kealoha", "MD", "Otolaryngology")
    c.prac("rad", "Gregory", "Tanaka", "MD", "Radiology")
    c.prac("pcp", "Ruth", "Alvarado-Chun", "MD", "Internal Medicine")
    c.coverage("2017-11-01")
    c.condition("snhl", "H90.3", "Sensorineural hearing loss, bilateral", "2016-02-09 10:00", asserter="ent")
    c.condition("tinnitus", "H93.13", "Tinnitus, bilateral", "2016-02-09 10:01")
    c.condition("t2dm", "E11.9", "Type 2 diabetes mellitus without complications", "2010-08-17 10:00")
    c.condition("htn", "I10", "Essential (primary) hypertension", "2012-04-03 10:00")
    c.obs("pta-r-2026-08-04", "2026-08-04 09:20", ("local", "PTA-R", "Pure-tone average right ear"), 64, "dB", category="procedure",
          performer="Practitioner/aud")
    c.obs("pta-l-2026-08-04", "2026-08-04 09:20", ("local", "PTA-L", "Pure-tone average left ear"), 71, "dB", category="procedure",
          performer="Practitioner/aud")
    c.obs("azbio-2026-08-04", "2026-08-04 10:05", ("local", "AZBIO-BA-MLV", "AzBio sentences in quiet, best-aided - monitored live voice"), 46,
          "%", category="procedure", performer="Practitioner/aud", method="Monitored live voice (MLV); recorded playback unavailable")
    c.obs("cnc-2026-08-04", "2026-08-04 09:50", ("local", "CNC-BA-MLV", "CNC words, best-aided - monitored live voice"), 30, "%",
          category="procedure", performer="Practitioner/aud", method="Monitored live voice (MLV)")
    c.obs("moca-2026-08-14", "2026-08-14 10:40", ("local", "MOCA", "Montreal Cognitive Assessment total"), 26, "{score}",
          category="survey", performer="Practitioner/pcp")
    c.med("metformin", "6809", "metformin", "2010-08-17 10:30", "pcp", "metformin 500 mg twice daily")
    c.med("losartan", "52175", "losartan", "2012-04-03 10:30", "pcp", "losartan 50 mg daily")
    c.appointment("appt-recorded", "2026-08-04", "2026-09-15 13:00",
                  "CI candidacy - recorded speech perception testing (main clinic sound booth)", ["Practitioner/aud"], minutes=90)

    c.note("had-2026-07-21", "2026-07-21 15:00", "34109-9", "Organization/ihas", "Hearing aid dispenser note", """
        ISLAND HEARING AID SERVICES - Fitting follow-up     07/21/2026
        Client: Leilani Kahananui. Bilateral RIC aids (2024). Re-programmed to updated audiogram; real-ear
        verification within 3-5 dB of NAL-NL2 targets 500-4000 Hz. Added speech-in-noise program, remote mic
        paired. Client reports continued difficulty at church and with TV even at high volume. Suggested CI
        candidacy evaluation with audiology - referral letter sent to Ko'olau Hearing.
        Kyle Nakamoto, BC-HIS
        """, custodian="ihas")
    c.note("aud-2026-08-04", "2026-08-04 12:15", "28570-0", "Practitioner/aud", "Cochlear implant candidacy - audiologic evaluation", """
        KO'OLAU HEARING & BALANCE CENTER - Kapolei satellite clinic
        CI candidacy audiologic evaluation     08/04/2026     Dennis Furukawa, AuD

        73 y/o F, progressive bilateral SNHL, aids optimized by dispenser 7/21 (REM verified).
        Otoscopy clear, TMs intact. Tympanometry type A bilaterally.
        Audiometry: bilateral sloping moderately-severe to profound SNHL. PTA R 64 dB HL, L 71 dB HL.

        SPEECH PERCEPTION - NOTE: the sound-field loudspeaker / recorded-playback system at this site is out of
        service (work order #KS-2291). Speech testing today was presented by MONITORED LIVE VOICE at ~60 dBA.
          CNC words, best-aided binaural (MLV): 30%
          AzBio sentences in quiet, best-aided binaural (MLV): 46%
        Live-voice scores are not equivalent to recorded-material scores and tend to overestimate or vary.
        Plan: repeat with RECORDED AzBio / CNC at the main clinic booth on 09/15/2026 to confirm candidacy per
        Medicare criteria. Preliminary impression: likely candidate. Refer to Dr. Kealoha for medical evaluation.
        """, custodian="khb")
    c.note("ct-2026-08-11", "2026-08-11 15:30", "18748-4", "Practitioner/rad", "CT temporal bones report", """
        MAKAI MEDICAL CENTER - CT TEMPORAL BONES WITHOUT CONTRAST     08/11/2026
        Normal cochlear morphology bilaterally, patent cochlear lumens, no labyrinthine ossification. Normal IAC
        caliber (R 4.5 mm, L 4.6 mm) and normal cochlear nerve canals (R 2.1 mm, L 2.0 mm). No erosion or mass
        effect at the IACs or CPA. Middle ears and mastoids clear. No otosclerosis. No enlarged vestibular aqueduct.
        IMPRESSION: no contraindication to cochlear implantation identified.  Gregory Tanaka, MD
        """, custodian="mmc")
    c.note("pcp-2026-08-14", "2026-08-14 11:00", "11506-3", "Practitioner/pcp", "Primary care - pre-operative evaluation", """
        Ruth Alvarado-Chun, MD - Internal Medicine     08/14/2026
        Pre-op evaluation for possible cochlear implant. T2DM A1c 6.8%, HTN 130/78. No cardiac or pulmonary disease.
        MoCA 26/30 (administered with written instructions + amplification). Independent, drives, volunteers at the
        hula halau. Medically acceptable candidate for general anesthesia.
        """, custodian="khb")
    c.note("ent-2026-08-18", "2026-08-18 14:20", "11488-4", "Practitioner/ent", "Otolaryngology consultation", """
        KO'OLAU HEARING & BALANCE CENTER - ENT consultation    08/18/2026
        Malia Kealoha, MD

        73 y/o F referred for cochlear implant. Bilateral progressive SNHL, hearing aids optimized.
        Audiology 8/4: AzBio best-aided 46%, CNC 30%.
        Exam: TMs intact, mobile, no effusion. No otorrhea history. No vertigo. Cranial nerves intact.
        CT 8/11: normal cochlear anatomy, patent lumens, normal IACs and cochlear nerve canals. Symmetric loss, no
        asymmetric tinnitus or retrocochlear signs - MRI not needed. No auditory nerve or central lesion suspected.
        Cognition good (MoCA 26); motivated, daughter will help with rehab visits; understands the rehab program.
        Medically cleared by PCP 8/14.
        Assessment: meets candidacy criteria per audiology (46% best-aided). Plan: left CI (poorer ear). Office to
        submit authorization.
        """, custodian="khb")

    case = {
        "id": "bf-ci-03", "patient": "patients/pf21.json",
        "request": {
            "service": dict(CI), "diagnoses": [dict(SNHL)],
            "payer": "medicare", "urgency": "standard", "date": "2026-08-25",
            "note": "Left cochlear implant. AzBio best-aided 46%.",
        },
        "gold": {
            "recommendation": "request_info", "policy": "NCD 50.3",
            "evidence": ["Observation/azbio-2026-08-04", "DocumentReference/aud-2026-08-04"],
            "missing": ["recorded|AzBio|sentence recognition|sentence test"],
            "rationale": "Limited benefit must be shown on RECORDED tests of open-set sentence recognition (<=60% best-aided). The "
                         "only score (46%) was presented by monitored live voice; the audiologist says it must be repeated with "
                         "recorded materials (booked 9/15, after the request). The other criteria are documented. Ask for the "
                         "recorded best-aided sentence score.",
        },
    }
    return case, c


CASES = [ci_01, ci_02, ci_03]
