"""NCD 50.3 (cochlear implantation) cases."""
from fhir import as_text, Chart, CPT, cc, html_doc
from common import medicare, case, lo


def ci01():
    pid, D = "pg13", "2026-08-04"
    C = Chart(pid, "ehr.leewardear.example", "HI")
    C.patient(["Bernard", "K."], "Nakamoto-Reyes", "male", "1953-12-19", "91-2207 Lauhala Loop", "Kalaeloa Heights", "HI", "96707", "LEH-508812")
    ent = C.practitioner("fonseca-marsh", ["Leilani"], "Fonseca-Marsh", "MD", "Otolaryngology - Neurotology", "1306971542")
    aud = C.practitioner("abercrombie", ["Keoni"], "Abercrombie", "AuD, CCC-A", "Audiologist", "1588723049")
    pcp = C.practitioner("kahananui", ["Mele"], "Kahananui", "MD", "Internal Medicine", "1144380567")
    rad = C.practitioner("ashworth", ["Gideon"], "Ashworth", "MD", "Neuroradiology", "1689025734")
    org = C.organization("leih", "Leeward Ear & Hearing Institute", "prov", "Kalaeloa Heights", "HI", "808-555-0127")
    medicare(C, "7EK4-WQ1-ZD83", "2018-12-01")

    C.condition("snhl", "H90.3", "Sensorineural hearing loss, bilateral", ("2019-05-14", "10:00"), asserter=aud)
    C.condition("tinnitus", "H93.13", "Tinnitus, bilateral", ("2019-05-14", "10:01"))
    C.condition("cad", "I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris", ("2017-09-07", "09:00"))
    C.condition("hld", "E78.5", "Hyperlipidemia, unspecified", ("2017-09-07", "09:01"))

    C.obs("azbio-2024-03-19", C.lc("AZBIO-Q-BA", "AzBio sentences in quiet, best-aided, % correct"), ("2024-03-19", "10:30"), 72, "%",
          category="exam", performer=aud, note="Previous hearing aids (2017 BTEs). Recorded, 60 dBA sound field.")
    pta = C.lc("PTA", "Pure-tone average (0.5, 1, 2 kHz), air conduction")
    C.obs("pta-r-2026-06-10", pta, ("2026-06-10", "09:15"), 73, "dB[HL]", category="exam", performer=aud, note="Right ear. No air-bone gap.")
    C.obs("pta-l-2026-06-10", pta, ("2026-06-10", "09:15"), 80, "dB[HL]", category="exam", performer=aud, note="Left ear. No air-bone gap.")
    cnc = C.lc("CNC-W", "CNC monosyllabic word recognition, % correct")
    C.obs("cnc-r-2026-06-10", cnc, ("2026-06-10", "09:40"), 28, "%", category="exam", performer=aud, note="Right ear, earphones, recorded, 95 dB HL.")
    C.obs("cnc-l-2026-06-10", cnc, ("2026-06-10", "09:42"), 20, "%", category="exam", performer=aud, note="Left ear, earphones, recorded, 100 dB HL.")
    C.obs("azbio-2026-06-10", C.lc("AZBIO-Q-BA", "AzBio sentences in quiet, best-aided, % correct"), ("2026-06-10", "10:05"), 44, "%",
          category="exam", performer=aud, note="Bilateral aided (current aids, REM-verified 05/2026), recorded, 60 dBA sound field, 2 lists.")
    C.obs("azbio-n-2026-06-10", C.lc("AZBIO-N10-BA", "AzBio sentences +10 dB SNR, best-aided, % correct"), ("2026-06-10", "10:15"), 21, "%",
          category="exam", performer=aud)
    C.obs("tymp-2026-06-10", C.lc("TYMP", "Tympanometry"), ("2026-06-10", "09:05"), s="Type A bilaterally (R peak +5 daPa, 0.6 mL; L -10 daPa, 0.5 mL)",
          category="exam", performer=aud)
    C.obs("moca-2026-06-24", C.lc("MOCA-H", "MoCA (hearing-impaired written version) total score"), ("2026-06-24", "14:10"), 27, "{score}",
          category="survey", performer=ent)

    C.med("rx-atorvastatin", "atorvastatin 40 mg tablet", ("2017-09-07", "09:20"), rx=("83367", "atorvastatin"), dosage="1 tablet daily", requester=pcp)
    C.med("rx-aspirin", "aspirin 81 mg delayed-release tablet", ("2017-09-07", "09:21"), rx=("1191", "aspirin"), dosage="1 tablet daily")

    C.doc("audiology-2026-06-10", ("2026-06-10", "12:30"), "procedure", "Cochlear implant candidacy audiologic evaluation", aud, """
        LEEWARD EAR & HEARING INSTITUTE - AUDIOLOGY
        COCHLEAR IMPLANT CANDIDACY EVALUATION        06/10/2026
        Keoni Abercrombie, AuD, CCC-A

        History: 72M, progressive bilateral hearing loss since his 50s (Navy machinist's mate, 22 years;
        presbycusis). Bilateral hearing aid user since 2012; current premium BTE aids fit 11/2024, re-fit
        and verified with real-ear measures to NAL-NL2 targets 05/2026 (within 5 dB 500-4000 Hz). Wears
        them all waking hours. Reports he can no longer follow conversation at church or on the phone.
        Otoscopy: cerumen removed R ear today before testing; canals clear, TMs intact bilaterally.
        Tympanometry: Type A bilaterally. Acoustic reflexes absent bilaterally.

        AUDIOGRAM (dB HL)     250   500   1k    2k    4k    8k
          Right AC            45    60    70    90    95    NR
          Left  AC            50    65    80    95    105   NR
        Bone conduction consistent with air (no air-bone gaps).
        PTA (0.5/1/2k): R 73 dB HL, L 80 dB HL - moderately-severe to profound sloping SNHL bilaterally.

        SPEECH (all recorded materials)
          CNC words, earphones: R 28% (95 dB HL), L 20% (100 dB HL)
          AzBio sentences, sound field 60 dBA, aided:
            Right aided        38%
            Left aided         30%
            Bilateral aided    44%   <- best-aided condition
          AzBio +10 dB SNR, bilateral aided: 21%
        Comparison: AzBio in quiet best-aided 72% on 03/19/2024 (older aids) - significant decline.

        IMPRESSION: bilateral moderately-severe-to-profound sensorineural hearing loss with limited benefit
        from appropriately fit and verified hearing aids (best-aided open-set sentence score 44%). Meets
        audiologic candidacy. Left ear recommended (poorer ear).
        Expectations counseling begun; brochures for three manufacturers given.
        """, custodian=org)

    C.doc("ent-consult-2026-06-24", ("2026-06-24", "15:00"), "consult", "Neurotology consultation - cochlear implant evaluation", ent, """
        NEUROTOLOGY CONSULTATION        06/24/2026        Leilani Fonseca-Marsh, MD
        72M referred by audiology for CI evaluation. Progressive bilateral SNHL, noise + age. No sudden
        changes. No vertigo, no otorrhea. Last ear infection "as a kid". No ear surgery. Tinnitus
        bilateral, mild. No meningitis history.
        PMH: CAD (PCI 2017, no angina since), HLD. Meds: ASA 81, atorvastatin.
        Exam: both TMs intact, mobile on pneumatic otoscopy, middle ears aerated, no effusion or
        retraction. Weber midline. Facial nerve intact. Cerebellar exam normal.
        Cognition: MoCA (hearing-impaired written version) 27/30. Reads and writes well; motivated, wife
        supportive. Understands that outcomes depend on rehabilitation; agrees to the auditory
        rehabilitation program (weekly x 8, then monthly) and device programming schedule.
        Impression: bilateral moderately-severe-to-profound SNHL with limited aided benefit (AzBio 44%
        best-aided). Candidate for left cochlear implant pending imaging and medical clearance.
        Plan: CT temporal bones + MRI IAC; PCP pre-op clearance; vaccination status (pneumococcal).
        """, custodian=org)

    C.doc("imaging-2026-07-01", ("2026-07-01", "16:15"), "imaging", "CT temporal bones and MRI internal auditory canals", rad, """
        CT TEMPORAL BONES WITHOUT CONTRAST (06/30/2026) and MRI BRAIN/IAC WITH AND WITHOUT GADOLINIUM (07/01/2026)
        Interpreting: Gideon Ashworth, MD
        Indication: cochlear implant candidacy.

        CT: Normal cochlear morphology bilaterally, 2.5 turns, patent basal turn and round window niche,
        no labyrinthine ossification, no otosclerotic foci. Vestibular aqueducts normal. Middle ears and
        mastoids well aerated, ossicles intact. Normal facial nerve course. Tegmen intact.
        MRI: normal fluid signal in cochleae and vestibules bilaterally (no fibrosis/obliteration).
        Cochlear nerves present and normal caliber bilaterally. No IAC or cerebellopontine angle mass; no
        enhancing lesion. Brain: mild chronic small-vessel ischemic change; no mass, no acute infarct.
        Incidental: right maxillary sinus mucous retention cyst.

        IMPRESSION: anatomy suitable for cochlear implantation bilaterally; patent cochlear lumens; no
        retrocochlear or central auditory pathway lesion.
        """, custodian=org)

    C.doc("pcp-clearance-2026-07-15", ("2026-07-15", "11:20"), "progress", "Pre-operative medical evaluation", pcp, """
        PRE-OPERATIVE MEDICAL EVALUATION       07/15/2026       Mele Kahananui, MD
        Procedure: L cochlear implant, general anesthesia, ~2.5 h (Dr. Fonseca-Marsh).
        CAD s/p PCI 2017, no angina; walks 2 miles daily, > 4 METs. ECG: SR, no change from 2025.
        Stress test not indicated. RCRI 1 (CAD).
        Labs: CBC, BMP normal. A1c 5.6.
        Aspirin: continue per surgeon preference (otology OK with ASA 81).
        Vaccines: PCV20 given today (meningitis prevention recommended for CI recipients).
        Assessment: acceptable risk for general anesthesia; no contraindication to surgery.
        """, custodian=org)

    C.doc("ent-fu-2026-07-28", ("2026-07-28", "14:40"), "progress", "Neurotology follow-up - surgical planning", ent, as_text("""
        <p><b>Neurotology Follow-up &mdash; 07/28/2026</b><br>Leilani Fonseca-Marsh, MD</p>
        <p>Reviewed imaging (CT 6/30, MRI 7/1): normal cochlear anatomy, patent lumens, cochlear nerves present, no retrocochlear lesion.
        PCP clearance 7/15: acceptable risk; PCV20 given.</p>
        <p>Otoscopy today: TMs intact, no effusion; no interval ear infections.</p>
        <table border="1" cellpadding="2">
          <tr><th>Criterion</th><th>Status</th></tr>
          <tr><td>Bilateral moderate-to-profound SNHL</td><td>PTA R 73 / L 80 dB HL, SNHL</td></tr>
          <tr><td>Best-aided open-set sentences (recorded)</td><td>AzBio 44% (quiet), 21% (+10 SNR)</td></tr>
          <tr><td>Cognition / motivation</td><td>MoCA-H 27; committed to rehab</td></tr>
          <tr><td>Middle ear / cochlea / nerve</td><td>no infection; patent lumen; no lesion</td></tr>
          <tr><td>Surgical risk</td><td>cleared</td></tr>
        </table>
        <p><b>Plan:</b> left cochlear implant (FDA-approved device, on-label adult indication), target 09/2026. Device choice: patient selected after
        counseling. Activation ~3 weeks post-op; rehab scheduled.</p>
        """), custodian=org)

    C.sreq("sr-ci", cc(CPT, "69930", "Cochlear device implantation, with or without mastoidectomy"), (D, "09:30"), requester=ent,
           reason=[("H90.3", "Sensorineural hearing loss, bilateral")], note="Left ear.")

    cs = case("bg-ci-01", pid, ("cpt", "69930", "Cochlear device implantation, with or without mastoidectomy"),
              [("H90.3", "Sensorineural hearing loss, bilateral")], D, "approve", "NCD 50.3",
              ["Observation/azbio-2026-06-10", "DocumentReference/audiology-2026-06-10", "DocumentReference/ent-consult-2026-06-24",
               "DocumentReference/imaging-2026-07-01", "DocumentReference/pcp-clearance-2026-07-15"],
              "Bilateral moderately-severe-to-profound SNHL; best-aided recorded open-set sentence score 44% (<= 60%) with verified aids (the 72% "
              "is from 2024); cognition and rehab commitment documented; no middle-ear infection, patent cochlear lumens and no auditory nerve/CNS "
              "lesion on imaging; cleared for surgery; on-label device.",
              note="Left CI. AzBio 44% best-aided.")
    return cs, C


def ci02():
    pid, D = "pg14", "2026-04-27"
    C = Chart(pid, "emr.greenmountainotology.example", "ET")
    C.patient(["Marjorie", "E."], "Castlebury", "female", "1951-02-08", "44 Old Quarry Rd", "Fairhaven Junction", "VT", "05743", "GMO-221907")
    ent = C.practitioner("vance-achebe", ["Theodore"], "Vance-Achebe", "MD", "Otology/Neurotology", "1225068394")
    aud = C.practitioner("lindgren", ["Rosa"], "Lindgren", "AuD", "Audiologist", "1760542219")
    np_ = C.practitioner("marchand", ["Kelsey"], "Marchand", "APRN, FNP-C", "Family Nurse Practitioner (urgent care)", "1013876425")
    rn = C.practitioner("pelletier", ["Wanda"], "Pelletier", "RN", "Registered Nurse, otology clinic", "1902766153")
    org = C.organization("gmoa", "Green Mountain Otology Associates", "prov", "Fairhaven Junction", "VT", "802-555-0138")
    uc = C.organization("fuc", "Fairhaven Urgent Care", "prov", "Fairhaven Junction", "VT", "802-555-0177")
    img = C.organization("cvi", "Champlain Valley Imaging", "Radiology", "Middlebury", "VT", "802-555-0102")
    medicare(C, "3RM5-FJ7-UX48", "2016-02-01")

    C.condition("snhl", "H90.3", "Sensorineural hearing loss, bilateral", ("2020-01-21", "10:00"), asserter=ent,
                note="Progressive bilateral SNHL since 2019; autoimmune inner ear disease suspected, steroid trials 2019-2020 without durable benefit.")
    C.condition("aom-left-2026-04-02", "H66.002", "Acute suppurative otitis media without spontaneous rupture of ear drum, left ear",
                ("2026-04-02", "17:40"), asserter=np_, category="encounter-diagnosis")
    C.condition("htn", "I10", "Essential (primary) hypertension", ("2012-06-19", "09:00"))

    pta = C.lc("PTA", "Pure-tone average (0.5, 1, 2 kHz), air conduction")
    C.obs("pta-r-2026-02-18", pta, ("2026-02-18", "10:10"), 88, "dB[HL]", category="exam", performer=aud, note="Right ear, SNHL.")
    C.obs("pta-l-2026-02-18", pta, ("2026-02-18", "10:10"), 95, "dB[HL]", category="exam", performer=aud, note="Left ear, SNHL.")
    C.obs("tymp-2026-02-18", C.lc("TYMP", "Tympanometry"), ("2026-02-18", "10:00"), s="Type A bilaterally", category="exam", performer=aud)
    C.obs("azbio-2026-02-18", C.lc("AZBIO-Q-BA", "AzBio sentences in quiet, best-aided, % correct"), ("2026-02-18", "10:45"), 18, "%",
          category="exam", performer=aud, note="Bilateral aided, recorded, 60 dBA.")
    C.obs("moca-2026-03-11", C.lc("MOCA-H", "MoCA (hearing-impaired written version) total score"), ("2026-03-11", "14:00"), 26, "{score}",
          category="survey", performer=ent)
    C.obs("temp-2026-04-02", lo("8310-5", "Body temperature"), ("2026-04-02", "17:05"), 38.1, "Cel", category="vital-signs", performer=np_)

    C.med("rx-amoxclav", "amoxicillin-clavulanate 875 mg-125 mg tablet", ("2026-04-02", "17:45"), status="completed", requester=np_,
          dosage="1 tablet twice daily x 10 days", validity=("2026-04-02", "2026-04-12"),
          reason=("H66.002", "Acute suppurative otitis media without spontaneous rupture of ear drum, left ear"))
    C.med("rx-lisinopril", "lisinopril 10 mg tablet", ("2012-06-19", "09:10"), rx=("29046", "lisinopril"), dosage="1 tablet daily")

    C.doc("audiology-2026-02-18", ("2026-02-18", "13:00"), "procedure", "Cochlear implant candidacy evaluation", aud, """
        GREEN MOUNTAIN OTOLOGY - AUDIOLOGY: CI CANDIDACY EVALUATION      02/18/2026
        Rosa Lindgren, AuD
        75F, progressive bilateral SNHL since 2019 (suspected AIED). Power BTE aids since 2020, re-fit and
        REM-verified 01/2026. Relies on lipreading and captioning; stopped using the phone.
        Otoscopy clear. Tympanometry Type A bilaterally.
        Audiogram: R PTA 88 dB HL, L PTA 95 dB HL; severe-to-profound SNHL, no air-bone gaps.
        Speech (recorded): CNC R 12%, L 4% (earphones). AzBio in quiet 60 dBA: R aided 14%, L aided 6%,
        bilateral aided 18% (best-aided).
        Impression: bilateral severe-to-profound SNHL with minimal aided benefit - audiologic CI candidate.
        """, custodian=org)

    C.doc("imaging-2026-03-05", ("2026-03-05", "15:30"), "imaging", "CT temporal bone and MRI IAC", img, """
        CHAMPLAIN VALLEY IMAGING
        CT TEMPORAL BONES (non-contrast) and MRI IAC (with/without contrast)     03/05/2026
        Clinical: CI candidacy.
        CT: cochleae normally formed, patent, no ossification or otospongiosis; middle ears and mastoids
        clear; ossicles intact.
        MRI: normal cochlear fluid signal, cochlear nerves present bilaterally, no IAC/CPA mass, no abnormal
        enhancement. Few nonspecific white matter foci.
        IMPRESSION: no contraindication to cochlear implantation identified; no retrocochlear lesion.
        Read by: H. Okonjo, MD (Champlain Valley Imaging)
        """, custodian=img)

    C.doc("ent-consult-2026-03-11", ("2026-03-11", "14:45"), "consult", "Otology consultation - cochlear implant", ent, as_text("""
        <p><b>GREEN MOUNTAIN OTOLOGY &mdash; Consultation 03/11/2026</b><br>Theodore Vance-Achebe, MD</p>
        <p><b>History:</b> 75-year-old woman with progressive bilateral SNHL, now severe-to-profound; AzBio best-aided 18% (2/18/26). No vertigo.
        No history of chronic ear disease or ear surgery; rare ear infections in adulthood (last &gt;10 years ago).</p>
        <p><b>Exam:</b> TMs intact and mobile bilaterally, middle ears aerated, <b>no effusion, no signs of infection</b>. Facial nerve normal.</p>
        <p><b>Imaging</b> (3/5/26): patent cochleae, nerves present, no lesion.</p>
        <p><b>Cognition/motivation:</b> MoCA-H 26/30; eager; husband will attend rehab sessions.</p>
        <p><b>Medical:</b> HTN controlled; anesthesia history uneventful (hip replacement 2018).</p>
        <p><b>Plan:</b> left cochlear implant (poorer ear). Surgery target May 2026. Pneumococcal vaccine per PCP.
        Pre-op visit 2 weeks before surgery.</p>
        """), custodian=org)

    C.doc("uc-2026-04-02", ("2026-04-02", "17:50"), "progress", "Urgent care visit - ear pain", np_, """
        FAIRHAVEN URGENT CARE        04/02/2026        Kelsey Marchand, APRN, FNP-C
        CC: L ear pain x 2 days, fever, after a head cold last week.
        Hx: profound hearing loss both ears (being evaluated for cochlear implant). Communicated in writing.
        Exam: T 38.1 C, HR 92. R TM normal. L TM erythematous, bulging, opaque with purulent effusion behind
        it; no perforation, no otorrhea. No mastoid tenderness. Mild nasal congestion.
        Dx: acute otitis media, left, without rupture (H66.002).
        Plan: amoxicillin-clavulanate 875/125 BID x 10 days (PCN allergy: none). Ibuprofen prn.
        Follow up with her ENT to recheck the ear after antibiotics, sooner if worse. Return precautions.
        """, custodian=uc)

    C.doc("portal-2026-04-14", ("2026-04-14", "19:32"), "note", "Patient portal message", C.pref["reference"], """
        Patient message to Green Mountain Otology     04/14/2026 7:32 PM
        From: Marjorie Castlebury
        Hi, I had an ear infection on the left side (urgent care 4/2, they gave me Augmentin). I finished
        the pills Sunday. The pain is gone and no more fever. It still feels a bit full/muffled but honestly
        everything is muffled for me. Does this change my surgery date in May? Thank you, Marjorie
        """, custodian=org)

    C.doc("rn-phone-2026-04-16", ("2026-04-16", "10:20"), "nurse", "Nurse telephone note", rn, """
        TELEPHONE / PORTAL ENCOUNTER - NURSING       04/16/2026       Wanda Pelletier, RN
        Re: pt message 4/14 - L AOM treated at urgent care 4/2, finished Augmentin 4/12, symptoms improved.
        Reviewed with Dr. Vance-Achebe: the planned implant is the LEFT ear (same side). He wants to examine
        the ear (and tympanometry) at the pre-op visit before confirming the surgical date. Pre-op visit booked 05/05/2026.
        Surgical scheduler to send the authorization request now so it is not delayed; surgery date
        tentatively 05/19/2026. Pt informed by portal reply; she agrees.
        """, custodian=org)

    C.appt("appt-preop-2026-05-05", ("2026-04-16", "10:25"), ("2026-05-05", "09:30"), 30,
           "Pre-operative visit - otoscopy, tympanometry, consent (CI left)", [ent])
    C.sreq("sr-ci", cc(CPT, "69930", "Cochlear device implantation, with or without mastoidectomy"), (D, "11:05"), requester=ent,
           reason=[("H90.3", "Sensorineural hearing loss, bilateral")], note="Left ear. Tentative 05/19/2026.", occurrence=("2026-05-19", "07:30"))

    cs = case("bg-ci-02", pid, ("cpt", "69930", "Cochlear device implantation, with or without mastoidectomy"),
              [("H90.3", "Sensorineural hearing loss, bilateral")], D, "request_info", "NCD 50.3",
              ["Observation/azbio-2026-02-18", "DocumentReference/ent-consult-2026-03-11", "DocumentReference/uc-2026-04-02",
               "Condition/aom-left-2026-04-02", "DocumentReference/rn-phone-2026-04-16"],
              "All B criteria were documented as met at the 03/11 consult, but on 04/02 she developed left acute suppurative otitis media. "
              "Antibiotics were completed 04/12 and the patient reports improvement, yet no clinician has examined the ears since; the "
              "recheck is booked for 05/05, after the request. Freedom from middle ear infection is currently undocumented - ask for a "
              "current otoscopic exam/resolution of the otitis media.",
              missing=["middle ear|otitis|otoscopy|otoscopic|ear exam|ear examination|examine ears|effusion|tympanometry|tympanic membrane|ear infection"],
              note="Left CI, severe-to-profound SNHL, AzBio 18% best-aided. Tentative surgery 5/19/26.")
    return cs, C
