"""NCD 50.3 (cochlear implantation) cases: bj-ci-01, bj-ci-02."""
from fhirkit import Bundle, cc, qty, comp, rx, icd, LOINC, SNOMED, CPT, UCUM

ICDS = "http://hl7.org/fhir/sid/icd-10-cm"
LOC_CE = "http://coastalear.example/fhir/CodeSystem/audiology"


def ci_01():
    b = Bundle("pj13", "America/Los_Angeles", "https://fhir.coastalear.example/r4")
    b.patient("Osei", ["Franklin", "D."], "male", "1952-03-19", "Santa Barbara", "CA",
              "http://coastalear.example/mrn", "CEI-884120")
    cei = b.org("org-cei", "Coastal Ear Institute", "Otology / audiology practice")
    cii = b.org("org-cii", "Channel Islands Imaging", "Imaging center")
    mfp = b.org("org-mfp", "Mesa Family Practice", "Primary care")
    ent = b.practitioner("pr-lindahl", "Lindahl", ["Erik"], "MD", "MD - Otology/Neurotology", "1215670348")
    aud = b.practitioner("pr-quintero", "Quintero", ["Rosa"], "AuD", "AuD, CCC-A - Audiologist", "1689021157")
    pcp = b.practitioner("pr-moreno", "Moreno", ["Alicia"], "MD", "MD - Family Medicine", "1336278901")
    rn = b.practitioner("pr-yoon", "Yoon", ["Tessa"], "RN", "RN - Cochlear implant program coordinator")

    b.condition("cond-snhl", "H90.3", "2021-02-09 10:00", text="Bilateral sensorineural hearing loss, progressive", asserter=ent)
    b.condition("cond-ha", "Z97.4", "2021-03-15 10:00", text="Bilateral hearing aid user")
    b.condition("cond-htn", "I10", "2012-05-01 10:00", text="Hypertension")
    b.condition("cond-hld", "E78.5", "2012-05-01 10:00", text="Hyperlipidemia")

    b.obs("obs-audio-20260714", "2026-07-14 10:10", cc("Pure-tone audiometry summary", LOC_CE, "PTA"),
          category="exam", performer=aud, components=[
              comp(cc("Right ear PTA (0.5/1/2/4 kHz), air", LOC_CE, "PTA-R"), qty(75, "dB")),
              comp(cc("Left ear PTA (0.5/1/2/4 kHz), air", LOC_CE, "PTA-L"), qty(81, "dB")),
              comp(cc("Air-bone gap", LOC_CE, "ABG"), ("valueString", "<= 10 dB at all frequencies, both ears"))],
          note="dB HL. Sensorineural, moderately-severe to profound, sloping.")
    b.obs("obs-tymp-20260714", "2026-07-14 10:00", cc("Tympanometry", LOC_CE, "TYMP"),
          ("valueString", "Type A bilaterally (normal middle ear pressure and compliance)"), category="exam", performer=aud)
    b.obs("obs-wrs-20260714", "2026-07-14 10:30", cc("Word recognition, NU-6, under headphones 95 dB HL", LOC_CE, "WRS"),
          category="exam", performer=aud, components=[
              comp(cc("Right", LOC_CE, "WRS-R"), qty(28, "%")), comp(cc("Left", LOC_CE, "WRS-L"), qty(16, "%"))])
    b.obs("obs-datalog-20260714", "2026-07-14 10:40", cc("Hearing aid datalogging, average daily use", LOC_CE, "HA-DL"),
          qty(11.4, "h/d"), category="exam", performer=aud)
    cnc = b.obs("obs-cnc-20260804", "2026-08-04 14:20", cc("CNC word recognition, recorded, 60 dBA, aided", LOC_CE, "CNC-AIDED"),
                category="exam", performer=aud, components=[
                    comp(cc("Bilateral aided - words", LOC_CE, "CNC-BIL-W"), qty(22, "%")),
                    comp(cc("Bilateral aided - phonemes", LOC_CE, "CNC-BIL-P"), qty(41, "%")),
                    comp(cc("Right aided - words", LOC_CE, "CNC-R-W"), qty(18, "%")),
                    comp(cc("Left aided - words", LOC_CE, "CNC-L-W"), qty(12, "%"))])
    aided = """COASTAL EAR INSTITUTE - AUDIOLOGY
AIDED SPEECH PERCEPTION TESTING                         Date: 08/04/2026 13:30-15:05
Patient: OSEI, FRANKLIN D    DOB 03/19/1952    Audiologist: Rosa Quintero, AuD, CCC-A
Devices: own bilateral RIC hearing aids (Phonak Lumity 90), program 1, verified 11/2025

Sound field, loudspeaker 0 deg azimuth, 1 m, presentation 60 dBA, recorded materials
-------------------------------------------------------------------------------------
TEST                        CONDITION              SCORE
CNC words (list 3)          bilateral aided        22 % words / 41 % phonemes
CNC words (list 5)          right aided            18 % words
CNC words (list 8)          left aided             12 % words
AzBio sentences (quiet)     --                     NOT ADMINISTERED
AzBio sentences (+10 SNR)   --                     NOT ADMINISTERED
-------------------------------------------------------------------------------------
COMMENTS: Pt fatigued after 90 min and asked to stop before sentence testing.
Sentence testing (AzBio in quiet and +10 SNR, best-aided) to be completed at the CI
candidacy appointment 10/13/2026.
Impression: very limited aided word recognition. Candidacy testing incomplete.
"""
    b.report("dr-aided-20260804", "2026-08-04 15:05", cc("Aided speech perception testing", LOC_CE, "SPEECH-AIDED"),
             conclusion="CNC bilateral aided 22% words. AzBio sentences not administered (patient fatigue); scheduled 10/13/2026.",
             results=[cnc], performer=aud, presented=aided)
    b.obs("obs-moca-20260818", "2026-08-18 09:40", cc("MoCA (hearing-impaired version, written instructions)", LOC_CE, "MOCA-H"),
          qty(27, "{score}"), category="survey", performer=ent)
    b.report("dr-mri-20260902", "2026-09-02 16:00", cc("MRI internal auditory canals with and without contrast", LOC_CE, "IMG-MRI-IAC"),
             conclusion="Normal fluid signal in both cochleae and vestibules; cochlear lumen patent bilaterally. Cochlear and vestibular nerves present. No IAC or cerebellopontine angle mass; no retrocochlear lesion. Mild chronic small-vessel ischemic change.",
             performer=cii)
    b.appointment("appt-azbio-20261013", "2026-08-04 15:10", "2026-10-13 09:00", "2026-10-13 11:00",
                  "CI candidacy: AzBio sentence testing (best-aided, quiet and noise)", participants=[aud])

    fit = """COASTAL EAR INSTITUTE - HEARING AID REFIT
11/12/2025   Rosa Quintero, AuD
New bilateral Phonak Lumity 90 RIC, power receivers, closed domes -> custom slim tips.
Real-ear measurement: fit to NAL-NL2 targets within 5 dB 500-3000 Hz both ears (max
achievable at 4 kHz). Programs: auto, speech in noise. Roger On microphone trial.
Pt reports wearing aids all waking hours. Counselled on realistic expectations; discussed
that if aided benefit remains poor, a cochlear implant evaluation would be appropriate.
"""
    b.doc("doc-hafit-20251112", "2025-11-12 11:30", "34109-9", "Hearing Aid Refit / Verification", aud, fit, custodian=cei)

    audhtml = """<html><body><h3>Coastal Ear Institute &ndash; Comprehensive Audiologic Evaluation</h3>
<p>Date 07/14/2026 &nbsp; Rosa Quintero, AuD, CCC-A &nbsp; Referral: Dr. Lindahl (CI candidacy)</p>
<table border="1" cellpadding="2">
<tr><th>Hz</th><th>250</th><th>500</th><th>1000</th><th>2000</th><th>4000</th><th>8000</th></tr>
<tr><td>Right AC (dB HL)</td><td>45</td><td>60</td><td>70</td><td>80</td><td>90</td><td>NR</td></tr>
<tr><td>Right BC</td><td>40</td><td>55</td><td>65</td><td>75</td><td>&gt;70</td><td>&ndash;</td></tr>
<tr><td>Left AC (dB HL)</td><td>50</td><td>65</td><td>80</td><td>85</td><td>95</td><td>NR</td></tr>
<tr><td>Left BC</td><td>45</td><td>60</td><td>75</td><td>&gt;80</td><td>&gt;70</td><td>&ndash;</td></tr>
</table>
<p>PTA (0.5/1/2/4 kHz): right 75 dB HL, left 81 dB HL. Tympanometry type A bilaterally; acoustic reflexes absent.
Word recognition (NU-6, headphones, 95 dB HL): right 28%, left 16%.</p>
<p><b>Impression:</b> bilateral moderately-severe to profound sensorineural hearing loss, progressive since 2011 (no conductive component).
Consistent hearing-aid user (datalog 11.4 h/day) with appropriately fitted, verified devices.</p>
<p><b>Plan:</b> aided speech perception testing (CNC, AzBio) on 08/04; ENT CI consultation.</p>
</body></html>"""
    b.doc("doc-aud-20260714", "2026-07-14 11:30", "34109-9", "Audiologic Evaluation", aud, audhtml, ctype="text/html",
          custodian=cei)

    entnote = """COASTAL EAR INSTITUTE - OTOLOGY CONSULTATION
08/18/2026   Erik Lindahl, MD

74M with progressive bilateral SNHL for ~15 years, bilateral hearing aids since 2021 (refit and
verified 11/2025). Now struggles even one-on-one with aids, relies on lip-reading and captions,
has stopped attending church groups. No vertigo. Tinnitus mild. Childhood ear infections; none
as an adult. No ear surgery. Family: father "went deaf in his 60s".
Exam: pinnae normal. EACs clear. TMs intact, mobile, no effusion bilaterally. Weber midline.
Cranial nerves intact.
Audiology: PTA 75/81 dB HL; NU-6 28%/16%; CNC bilateral aided 22% words. AzBio sentences not
yet done (planned 10/13).
Cognition: MoCA-H 27/30. Understands the device, surgery and the need for months of auditory
rehabilitation; motivated, wife will attend programming visits.
Medical: HTN, HLD; no anesthesia problems in past (hernia repair 2015).
Plan: MRI IAC w/wo; PCP pre-op clearance; complete AzBio; CI counseling done today, device
choice brochures given. Candidate pending completion of candidacy testing.
"""
    b.doc("doc-ent-20260818", "2026-08-18 10:30", "11488-4", "Otology Consultation", ent, entnote, custodian=cei)

    pcpnote = """MESA FAMILY PRACTICE - PRE-OPERATIVE EVALUATION
09/10/2026  Alicia Moreno, MD
Planned: right cochlear implant under general anesthesia (Dr. Lindahl).
HTN controlled (128/74) on losartan; HLD on atorvastatin. No CAD, no CHF, no OSA symptoms.
METs > 4 (walks 2 miles daily). ECG: sinus rhythm, normal. BMP/CBC normal.
RCRI 0. Assessment: acceptable risk; no medical contraindication to surgery/anesthesia.
"""
    b.doc("doc-preop-20260910", "2026-09-10 15:45", "34117-2", "Pre-operative Evaluation", pcp, pcpnote, custodian=mfp)

    tel = """TELEPHONE - CI PROGRAM   09/24/2026 10:20   Tessa Yoon, RN (CI coordinator)
Spoke with pt and wife (speakerphone, captioned). MRI normal, PCP clearance received.
Prior authorization being submitted now to hold a November OR date. Reminded AzBio
sentence testing on 10/13 at 9:00 - must bring both hearing aids, fully charged.
"""
    b.doc("doc-tel-20260924", "2026-09-24 10:20", "34748-4", "Telephone - CI coordinator", rn, tel, custodian=cei)

    case = {
        "id": "bj-ci-01", "patient": "patients/pj13.json",
        "request": {
            "service": {"system": CPT, "code": "69930", "display": "Cochlear device implantation, with or without mastoidectomy"},
            "diagnoses": [{"system": ICDS, "code": "H90.3", "display": icd("H90.3")["display"]}],
            "payer": "medicare", "urgency": "standard", "date": "2026-09-29",
            "note": "Right CI. Bilateral severe-profound SNHL, aided CNC 22%.",
        },
        "gold": {
            "recommendation": "request_info", "policy": "NCD 50.3",
            "evidence": ["DiagnosticReport/dr-aided-20260804", "Observation/obs-audio-20260714",
                         "DocumentReference/doc-ent-20260818", "DiagnosticReport/dr-mri-20260902"],
            "missing": ["sentence|AzBio|HINT|sentence recognition|open-set sentence"],
            "rationale": "Bilateral moderate-to-profound SNHL, appropriate aids, cognition/motivation, no middle ear infection, patent cochlea and no retrocochlear lesion on MRI, no surgical contraindication. Limited benefit is defined by best-aided open-set sentence recognition <= 60%; only CNC word scores exist and AzBio sentence testing is scheduled after the request.",
        },
    }
    return case, b, "2026-09-29 08:00"


LOC_FL = "urn:oid:2.16.840.1.113883.3.4412.77.2"


def ci_02():
    b = Bundle("pj14", "America/New_York", "https://fhir.fingerlakesotology.example/r4")
    b.patient("Cavanaugh", ["Beatrice", "M."], "female", "1957-11-28", "Syracuse", "NY",
              "http://fingerlakesotology.example/mrn", "FLO-0456613")
    flo = b.org("org-flo", "Finger Lakes Otology & Hearing", "Otology / audiology")
    oni = b.org("org-oni", "Onondaga Imaging Associates", "Imaging")
    pcpo = b.org("org-bim", "Bayberry Internal Medicine", "Primary care")
    ent = b.practitioner("pr-wren", "Wren", ["Tobias"], "MD", "MD - Otology/Neurotology", "1902876630")
    aud = b.practitioner("pr-cho-aud", "Cho", ["Meredith"], "AuD", "AuD, CCC-A - Audiologist")
    pcp = b.practitioner("pr-saleh", "Saleh", ["Ahmed"], "MD", "MD - Internal Medicine", "1588114420")
    rn = b.practitioner("pr-kinney", "Kinney", ["Joan"], "RN", "RN - Implant program coordinator")

    b.condition("cond-snhl", "H90.3", "2019-04-02 10:00", text="Bilateral SNHL", asserter=ent)
    b.condition("cond-ha", "Z97.4", "2019-05-10 10:00", text="Bilateral hearing aids")
    b.condition("cond-ome", "H65.91", "2025-09-08 11:00", clinical="resolved", abatement="2025-10-20",
                text="Otitis media with effusion, right", note="Treated with amoxicillin; effusion resolved on recheck 10/20/2025.")
    b.condition("cond-htn", "I10", "2014-01-01 10:00", text="Hypertension")
    b.family("fmh-sister", "2026-03-03", "SIS", "sister",
             [{"code": {"text": "Vestibular schwannoma (acoustic neuroma), resected 2018"}}])

    b.obs("obs-audio-20260205", "2026-02-05 10:00", cc("Pure-tone audiometry", LOC_FL, "AUD-PTA"), category="exam",
          performer=aud, components=[
              comp(cc("PTA right (0.5-4 kHz)", LOC_FL, "PTA-R"), qty(68, "dB")),
              comp(cc("PTA left (0.5-4 kHz)", LOC_FL, "PTA-L"), qty(73, "dB")),
              comp(cc("Type", LOC_FL, "HL-TYPE"), ("valueString", "Sensorineural, moderate sloping to profound, bilateral"))])
    b.obs("obs-tymp-20260205", "2026-02-05 09:50", cc("Tympanometry", LOC_FL, "TYMP"),
          ("valueString", "Right: Type A. Left: Type A."), category="exam", performer=aud)
    b.obs("obs-azbio-20240520", "2024-05-20 14:00", cc("AzBio sentences in quiet, bilateral aided", LOC_FL, "AZBIO-Q-BIL"),
          qty(64, "%"), category="exam", performer=aud, note="Did not meet CI candidacy at that time; monitor.")
    az = b.obs("obs-azbio-20260219", "2026-02-19 10:30", cc("AzBio sentence recognition, recorded, 60 dBA", LOC_FL, "AZBIO"),
               category="exam", performer=aud, components=[
                   comp(cc("Bilateral aided (best-aided), quiet - words correct", LOC_FL, "AZBIO-Q-BIL"),
                        ("valueRatio", {"numerator": {"value": 62, "unit": "{words}"},
                                        "denominator": {"value": 151, "unit": "{words}"}})),
                   comp(cc("Right aided, quiet", LOC_FL, "AZBIO-Q-R"), qty(36, "%")),
                   comp(cc("Left aided, quiet", LOC_FL, "AZBIO-Q-L"), qty(30, "%")),
                   comp(cc("Bilateral aided, +10 dB SNR", LOC_FL, "AZBIO-N10-BIL"), qty(14, "%"))])
    b.obs("obs-moca-20260303", "2026-03-03 09:20", cc("MoCA-H (hearing impaired)", LOC_FL, "MOCA-H"),
          qty(26, "{score}"), category="survey", performer=ent)
    b.report("dr-mri-20260310", "2026-03-10 08:45", cc("MRI IAC with and without contrast", LOC_FL, "IMG-MRI-IAC"),
             conclusion="No enhancing mass in either internal auditory canal or cerebellopontine angle; no vestibular schwannoma. Cochlear and vestibulocochlear nerves normal. Normal membranous labyrinth signal. Few punctate nonspecific T2/FLAIR white-matter foci, likely microangiopathic.",
             performer=oni)
    b.report("dr-ct-20260310", "2026-03-10 09:30", cc("CT temporal bones without contrast", LOC_FL, "IMG-CT-TB"),
             conclusion="Normal cochlear anatomy with patent cochlear lumen bilaterally; no labyrinthine ossification or otosclerosis. Middle ear cavities and mastoids clear. Round windows visible.",
             performer=oni)

    audtxt = """FINGER LAKES OTOLOGY & HEARING - COCHLEAR IMPLANT CANDIDACY EVALUATION
Date of testing: 02/19/2026          Audiologist: Meredith Cho, AuD, CCC-A
Patient: Cavanaugh, Beatrice M       DOB 11/28/1957

HISTORY: progressive bilateral SNHL since ~2010, bilateral BTE aids since 2019 (Oticon Intent 1,
verified with real-ear measurement to NAL-NL2 on 02/05/2026; datalog 13 h/day).
AUDIOGRAM 02/05/2026: bilateral moderate sloping to profound SNHL. PTA R 68 / L 73 dB HL.
Tympanometry Type A AU.

APPROPRIATELY FIT AIDED TESTING (sound field, 60 dBA, recorded, 0 deg azimuth)
  Measure                       R aided     L aided     Bilateral aided (best-aided)
  AzBio sentences, quiet          36 %        30 %        62/151 words (41 %)
  AzBio sentences, +10 SNR         --          --         14 %
  CNC words                       24 %        18 %        28 %

COMPARISON: AzBio quiet, bilateral aided, 05/20/2024: 64 % (not a candidate at that time).

IMPRESSION: bilateral moderate-to-profound SNHL with limited benefit from appropriately fit
amplification; best-aided open-set sentence score 41 % (quiet). Meets audiologic candidacy.
Recommend: proceed with otologic evaluation for cochlear implantation (left ear, poorer).
"""
    b.doc("doc-aud-20260219", "2026-02-19 15:00", "34109-9", "Cochlear Implant Candidacy Evaluation - Audiology", aud,
          audtxt, custodian=flo)

    entltr = """FINGER LAKES OTOLOGY & HEARING
03/03/2026

Ahmed Saleh, MD
Bayberry Internal Medicine

Dear Dr. Saleh,

Thank you for referring Mrs. Cavanaugh, 68, whom I saw today for cochlear implant evaluation.
She has progressive bilateral sensorineural hearing loss with poor benefit from well-fit aids
(AzBio best-aided 41% in quiet on 2/19). She had a right middle ear effusion last September,
treated with amoxicillin and resolved by October; today both tympanic membranes are normal with
no effusion, and tympanograms on 2/5 were type A bilaterally. She has no vertigo.

Her sister had a vestibular schwannoma; Mrs. Cavanaugh's own hearing loss is symmetric, but I
have ordered MRI of the internal auditory canals and a temporal bone CT for surgical planning.

Cognitively she is sharp (MoCA-H 26/30) and highly motivated: she understands that the implant
requires months of auditory rehabilitation and has agreed to weekly auditory training after
activation; her husband will come to programming visits.

Medically she is ASA II (hypertension). I will ask you for a pre-operative clearance.

Plan: left cochlear implant, pending imaging and clearance.

Sincerely,
Tobias Wren, MD
"""
    b.doc("doc-ent-20260303", "2026-03-03 16:20", "11488-4", "Otology Consultation Letter", ent, entltr, custodian=flo)

    preop = """BAYBERRY INTERNAL MEDICINE - PREOPERATIVE CLEARANCE   03/12/2026   Ahmed Saleh, MD
Procedure: left cochlear implantation, general anesthesia, ~2-3 h.
HTN on amlodipine 5, BP 126/78. No cardiac or pulmonary disease; functional capacity > 4 METs.
ECG normal sinus rhythm. Labs normal. No bleeding history; not on anticoagulants.
Impression: no medical contraindication to surgery. Cleared.
"""
    b.doc("doc-preop-20260312", "2026-03-12 11:05", "34117-2", "Preoperative Clearance", pcp, preop, custodian=pcpo)

    chk = """<html><body><h3>Cochlear Implant Program &ndash; Candidacy Checklist</h3>
<p>Patient: Beatrice M. Cavanaugh &nbsp; Ear: LEFT &nbsp; Prepared: 03/17/2026 (J. Kinney, RN)</p>
<table border="1" cellpadding="3">
<tr><th>Item</th><th>Status</th><th>Source</th></tr>
<tr><td>Bilateral moderate-to-profound SNHL</td><td>Yes</td><td>Audiogram 02/05/2026</td></tr>
<tr><td>Best-aided open-set sentence score &le; 60%</td><td>41% (AzBio quiet)</td><td>Audiology 02/19/2026</td></tr>
<tr><td>Appropriate amplification trial</td><td>Yes (verified REM)</td><td>Audiology 02/19/2026</td></tr>
<tr><td>Cognition / commitment to rehabilitation</td><td>Yes</td><td>Dr. Wren 03/03/2026</td></tr>
<tr><td>Middle ear free of infection</td><td>Yes (OME 9/2025 resolved)</td><td>Dr. Wren 03/03/2026; tymp 02/05</td></tr>
<tr><td>Cochlear lumen / nerve / CNS imaging</td><td>Normal</td><td>CT + MRI 03/10/2026</td></tr>
<tr><td>Medical clearance</td><td>Yes</td><td>Dr. Saleh 03/12/2026</td></tr>
</table>
<p>Surgery requested: 04/2026.</p></body></html>"""
    b.doc("doc-checklist-20260317", "2026-03-17 13:00", "34109-9", "CI Candidacy Checklist", rn, chk, ctype="text/html",
          custodian=flo)

    tel = """PHONE NOTE 02/26/2026 09:40 - J. Kinney RN
Pt called asking whether her ear "plugging" last fall would stop the implant. Reviewed: ENT
visit 3/3 will check. No current ear pain, drainage or fever. No new symptoms.
"""
    b.doc("doc-tel-20260226", "2026-02-26 09:40", "34748-4", "Telephone Note", rn, tel, custodian=flo)

    case = {
        "id": "bj-ci-02", "patient": "patients/pj14.json",
        "request": {
            "service": {"system": CPT, "code": "69930", "display": "Cochlear device implantation, with or without mastoidectomy"},
            "diagnoses": [{"system": ICDS, "code": "H90.3", "display": icd("H90.3")["display"]}],
            "payer": "medicare", "urgency": "standard", "date": "2026-03-24",
            "note": "Left CI. AzBio best-aided 41%.",
        },
        "gold": {
            "recommendation": "approve", "policy": "NCD 50.3",
            "evidence": ["Observation/obs-azbio-20260219", "Observation/obs-audio-20260205",
                         "DocumentReference/doc-ent-20260303", "DiagnosticReport/dr-mri-20260310",
                         "DiagnosticReport/dr-ct-20260310"],
            "missing": [],
            "rationale": "Bilateral moderate-to-profound SNHL; best-aided AzBio 62/151 words (41%) <= 60% (older 64% superseded); cognition and rehabilitation commitment; OME resolved, normal tympanometry; patent cochlea on CT; no nerve/CNS lesion on MRI (sister's schwannoma is family history); medically cleared.",
        },
    }
    return case, b, "2026-03-24 08:00"
