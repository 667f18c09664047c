from fhirlib import *


def pc13():
    b = Bundle("pc13", "Thaddeus", "Overgaard", "male", "1947-12-01", "NG-4087713")
    b.cond("snhl", "H90.3", "Sensorineural hearing loss, bilateral", "2019-03-11")
    b.cond("ha", "Z97.4", "Presence of external hearing-aid", "2019-04-22")
    b.cond("tinnitus", "H93.13", "Tinnitus, bilateral", "2019-03-11")
    b.cond("htn", "I10", "Essential (primary) hypertension", "2010-06-01")
    b.cond("aom", "H66.012", "Acute suppurative otitis media with spontaneous rupture of ear drum, left ear", "2026-06-26", onset="2026-06-14",
           note="Diagnosed 06/16 as AOM without rupture (left); persistent with perforation and otorrhea 06/26.")
    b.obs("pta-r-2026-05-12", "2026-05-12", "Pure-tone average 0.5/1/2/4 kHz, right ear (air conduction)", 78, "dB HL", "dB", local="AUD-PTA4-R")
    b.obs("pta-l-2026-05-12", "2026-05-12", "Pure-tone average 0.5/1/2/4 kHz, left ear (air conduction)", 88, "dB HL", "dB", local="AUD-PTA4-L")
    b.obs("azbio-2026-05-12", "2026-05-12", "AzBio sentences in quiet (recorded, 60 dBA), best-aided bilateral hearing aids", 31, "%", "%",
          local="AUD-AZBIO-Q-BA")
    b.obs("cnc-2026-05-12", "2026-05-12", "CNC words (recorded, 60 dBA), best-aided bilateral hearing aids", 24, "%", "%", local="AUD-CNC-BA")
    b.obs("tymp-l-2026-06-26", "2026-06-26", "Tympanometry, left ear", string="Large ear canal volume (perforation); otorrhea in canal",
          local="AUD-TYMP-L")
    b.med("amoxicillin", "723", "amoxicillin", "2026-06-16", status="completed", dosage="amoxicillin 875 mg by mouth twice daily x 10 days",
          start="2026-06-16", end="2026-06-26", requester="Lorenzo Bianchi, MD (Otolaryngology)")
    b.med("cefdinir", "25037", "cefdinir", "2026-06-26", dosage="cefdinir 300 mg by mouth twice daily x 10 days",
          start="2026-06-26", end="2026-07-06", requester="Lorenzo Bianchi, MD (Otolaryngology)")
    b.med("ofloxacin-otic", "7623", "ofloxacin", "2026-06-26", dosage="ofloxacin 0.3% otic, 10 drops left ear daily x 10 days",
          start="2026-06-26", end="2026-07-06", requester="Lorenzo Bianchi, MD (Otolaryngology)")
    b.med("lisinopril", "29046", "lisinopril", "2010-06-01", dosage="lisinopril 20 mg daily")

    b.note("aud-2026-05-12", ts("2026-05-12", "15:20"), "Audiology cochlear implant candidacy evaluation", "Megan Thorsby, AuD (Audiology)", """
AUDIOLOGY - COCHLEAR IMPLANT CANDIDACY EVALUATION

78M, progressive bilateral hearing loss over ~15 yrs, bilateral BTE hearing aids since 2019 (replaced 2024), worn > 12 h/day. Increasing difficulty on the phone and in groups; relies on lip-reading. Bilateral tinnitus.

Otoscopy: clear canals, intact TMs bilaterally. Tympanometry: Type A bilaterally.

Audiometry (insert earphones): bilateral sloping moderately-severe to profound sensorineural hearing loss. PTA (0.5-4 kHz) R 78 dB HL, L 88 dB HL. Air-bone gaps <= 5 dB. Unaided word recognition: R 32% at 100 dB HL, L 12% at 105 dB HL.

Hearing aids: verified with real-ear measures today - fitting meets NAL-NL2 targets through 3 kHz (appropriate amplification).

Aided speech testing (sound field, recorded materials, 60 dBA, best-aided condition = bilateral hearing aids):
- AzBio sentences in quiet: 31%
- CNC words: 24%

Impression: bilateral moderately-severe to profound SNHL with limited benefit from appropriately fitted amplification. Meets audiologic candidacy for cochlear implantation. Left ear (poorer) recommended. Cognitive screen (MoCA-H) 27/30. Pt and wife motivated for auditory rehabilitation.

Plan: CT temporal bones and MRI IAC via ENT; ENT surgical consult.
""", loinc=D_CONSULT)

    b.note("mri-2026-05-28", ts("2026-05-28", "17:30"), "MRI report", "Samuel Ng, MD (Neuroradiology)", """
MRI BRAIN AND INTERNAL AUDITORY CANALS WITH AND WITHOUT CONTRAST

Indication: bilateral SNHL, cochlear implant candidacy.
Findings: Normal signal of the cochlear and vestibular nerves bilaterally; normal caliber. No enhancing lesion in the IACs or cerebellopontine angles; no vestibular schwannoma. Normal fluid signal within both cochleae and labyrinths. Mild chronic microvascular white matter changes, age-appropriate. No mass, hemorrhage or acute infarct.
Middle ears and mastoids: no abnormal signal on this study. Paranasal sinuses clear.
Impression: No retrocochlear lesion. Patent fluid-filled cochleae bilaterally. No contraindication to cochlear implantation identified on MRI.
""", loinc=D_IMAGING)

    b.note("ct-2026-06-10", ts("2026-06-10", "12:15"), "CT report", "Samuel Ng, MD (Neuroradiology)", """
CT TEMPORAL BONES WITHOUT CONTRAST

Indication: cochlear implant planning, left.
Findings: Normal cochlear morphology bilaterally, 2.5 turns, no cochlear ossification or otosclerotic foci; patent round windows. Normal vestibular aqueducts. Facial nerve canals normal.
Right middle ear and mastoid well aerated. LEFT: new partial opacification of the middle ear cavity and several mastoid air cells without ossicular or bony erosion - may represent effusion/otitis media; correlate clinically.
Impression: Cochleae suitable for implantation. Left middle ear/mastoid opacification, new - clinical correlation recommended.
""", loinc=D_IMAGING)

    b.note("ent-2026-06-16", ts("2026-06-16", "10:10"), "Otolaryngology clinic note", "Lorenzo Bianchi, MD (Otolaryngology - Otology)", """
OTOLOGY CLINIC

78M referred for left cochlear implant. Audiology and imaging reviewed.

L ear fullness and aching x 2 days, following a head cold last week; no drainage. No fever.
Exam: R TM intact, aerated. L TM erythematous and bulging with purulent middle ear effusion. Weber not informative. Facial nerve intact.

A: Acute suppurative otitis media, left (the planned implant ear) - correlates with new CT opacification.
P: Amoxicillin 875 bid x 10 d. Cochlear implantation cannot proceed with an active middle ear infection in the operative ear; recheck 06/26. Otherwise good surgical candidate (no anesthesia contraindications per PCP, cochlea and nerve normal on imaging).
""", loinc=D_PROGRESS)

    b.note("aud-letter-2026-06-20", ts("2026-06-20", "09:00"), "Audiology candidacy letter", "Megan Thorsby, AuD (Audiology)", """
To: Surgical scheduling / prior authorization

Re: Thaddeus Overgaard - cochlear implant, left ear (CPT 69930)

Mr. Overgaard completed cochlear implant candidacy testing on 05/12/2026. He has bilateral moderately-severe to profound sensorineural hearing loss and limited benefit from appropriately fitted, verified bilateral hearing aids, with best-aided AzBio sentence recognition of 31% in quiet (criterion <= 60%). MRI shows no retrocochlear lesion and CT shows normal cochlear anatomy. He is cognitively appropriate and motivated for rehabilitation.

He meets all Medicare criteria for cochlear implantation. Please submit authorization so surgery can be scheduled in July.

Megan Thorsby, AuD, CCC-A
""", loinc=("51851-4", "Administrative note"))

    b.note("ent-2026-06-26", ts("2026-06-26", "11:40"), "Otolaryngology clinic note", "Lorenzo Bianchi, MD (Otolaryngology - Otology)", """<html><body>
<h3>Otology clinic - follow-up</h3>
<p><b>Interval:</b> completed amoxicillin today. L ear started draining 06/22; less pain.</p>
<h4>Exam</h4>
<ul>
<li>Right: TM intact, normal.</li>
<li>Left: canal with mucopurulent otorrhea, suctioned under microscope; small anterior-inferior TM perforation with purulent material in the middle ear. Tympanometry: large volume (perforation).</li>
</ul>
<h4>Assessment</h4>
<p>Persistent acute suppurative otitis media, left, with spontaneous perforation, not resolved after 10 days of amoxicillin.</p>
<h4>Plan</h4>
<ol>
<li>Cefdinir 300 mg bid x 10 d; ofloxacin otic drops x 10 d; dry-ear precautions. Culture sent.</li>
<li>Left cochlear implant is <b>on hold</b> until the middle ear is clear of infection and the perforation has healed; recheck 07/28/2026 with otomicroscopy.</li>
<li>I have let audiology know; we will not schedule surgery until cleared.</li>
</ol>
</body></html>""", ctype="text/html", loinc=D_PROGRESS)
    b.appt("ent-recheck-2026-07-28", ts("2026-06-26", "11:55"), ts("2026-07-28", "09:30"), "Otology recheck - left ear, clearance for cochlear implant",
           "Lorenzo Bianchi, MD (Otolaryngology - Otology)")

    case = {
        "id": "bc-ci-01", "patient": "patients/pc13.json",
        "request": {"service": {"system": CPT, "code": "69930", "display": "Cochlear device implantation, with or without mastoidectomy"},
                    "diagnoses": [{"system": ICD, "code": "H90.3", "display": "Sensorineural hearing loss, bilateral"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-06-30",
                    "note": "Left CI. Audiology letter attached: meets all criteria."},
        "gold": {"recommendation": "refer", "policy": "NCD 50.3",
                 "evidence": ["Condition/aom", "DocumentReference/ent-2026-06-26", "DocumentReference/ent-2026-06-16",
                              "Observation/azbio-2026-05-12", "DocumentReference/ct-2026-06-10"],
                 "missing": [],
                 "rationale": "Audiologic criteria met (bilateral mod-severe to profound SNHL, best-aided AzBio 31% <= 60%), cochlea and auditory nerve normal, cognition adequate. But 'freedom from middle ear infection' is documented as not met: active left acute suppurative otitis media with perforation and otorrhea in the operative ear on 06/26, on antibiotics, implant on hold until recheck 07/28. The audiology letter ('meets all Medicare criteria') predates and ignores this. Physician review."},
    }
    traps = "audiology letter asserts 'meets all criteria'; active middle ear infection in the implant ear found after the candidacy work-up (CT hint, ENT notes, HTML); CNC words vs AzBio sentences"
    return b, case, traps


def pc14():
    b = Bundle("pc14", "Philippa", "Ravenscroft", "female", "1952-02-14", "NG-2650478")
    b.cond("snhl", "H90.3", "Sensorineural hearing loss, bilateral", "2014-10-20")
    b.cond("ha", "Z97.4", "Presence of external hearing-aid", "2014-11-18")
    b.cond("htn", "I10", "Essential (primary) hypertension", "2008-01-15")
    b.cond("hld", "E78.5", "Hyperlipidemia, unspecified", "2011-05-02")
    b.obs("pta-r-2026-07-08", "2026-07-08", "Pure-tone average 0.5/1/2/4 kHz, right ear (air conduction)", 72, "dB HL", "dB", local="AUD-PTA4-R")
    b.obs("pta-l-2026-07-08", "2026-07-08", "Pure-tone average 0.5/1/2/4 kHz, left ear (air conduction)", 76, "dB HL", "dB", local="AUD-PTA4-L")
    b.obs("wrs-r-2026-07-08", "2026-07-08", "Word recognition score, unaided, right ear (NU-6, 95 dB HL, headphones)", 36, "%", "%", local="AUD-WRS-UNAIDED-R")
    b.obs("wrs-l-2026-07-08", "2026-07-08", "Word recognition score, unaided, left ear (NU-6, 95 dB HL, headphones)", 28, "%", "%", local="AUD-WRS-UNAIDED-L")
    b.obs("cnc-ba-2026-07-08", "2026-07-08", "CNC words (recorded, 60 dBA), best-aided bilateral hearing aids", 32, "%", "%", local="AUD-CNC-BA")
    b.obs("azbio-2026-09-09", "2026-09-09", "AzBio sentences in quiet (recorded, 60 dBA), best-aided bilateral hearing aids", 41, "%", "%", local="AUD-AZBIO-Q-BA")
    b.med("amlodipine", "17767", "amlodipine", "2008-01-15", dosage="amlodipine 10 mg daily")
    b.med("rosuvastatin", "301542", "rosuvastatin", "2011-05-02", dosage="rosuvastatin 10 mg daily")

    b.note("ha-2026-03-17", ts("2026-03-17", "13:00"), "Audiology hearing aid fitting", "Daniel Okafor-Reid, AuD (Audiology)", """
HEARING AID FITTING - new devices

74F with long-standing bilateral SNHL, experienced user (aids since 2014). Fitted new bilateral receiver-in-canal aids with power receivers and closed domes/custom molds.

Verification: real-ear measurement performed; output matched NAL-NL2 targets within 5 dB from 250-3000 Hz bilaterally; MPO verified. Feedback manager calibrated. Programs: universal, restaurant, TV streamer.

Counseling: care, batteries, expectations. Pt reports her old aids "help less every year". 30-day adjustment period; follow-up in 4 weeks; consider CI candidacy evaluation if benefit remains limited.
""", loinc=D_PROGRESS)

    b.note("aud-2026-07-08", ts("2026-07-08", "16:10"), "Audiology cochlear implant candidacy evaluation", "Daniel Okafor-Reid, AuD (Audiology)", """
AUDIOLOGY - CI CANDIDACY EVALUATION (part 1)

74F. Bilateral hearing aids (new RIC aids 03/2026, REM-verified); wears them all waking hours. Struggles with phone, TV, church; family reports frequent repetition needed. No otalgia/otorrhea.

Otoscopy: clear canals, intact TMs. Tympanometry Type A bilaterally. Acoustic reflexes absent.

Audiometry: bilateral severe sensorineural hearing loss, flat to gently sloping. PTA R 72 dB HL, L 76 dB HL. No air-bone gaps.
Unaided word recognition (NU-6, headphones): R 36% at 95 dB HL, L 28% at 95 dB HL.

Aided testing in sound field (recorded, 60 dBA, best-aided = bilateral HA):
- CNC words: 32%
- AzBio sentences: NOT completed today - patient fatigued after 2.5 h of testing; sentence testing rescheduled for 09/09/2026 (first available long appointment).

Impression: bilateral severe SNHL with poor aided word recognition. Candidacy determination pending aided sentence testing.
Cognition: MoCA-H 28/30. Strong family support, motivated.
Plan: ENT referral and imaging in parallel; complete AzBio 09/09.
""", loinc=D_CONSULT)
    b.appt("azbio-2026-09-09", ts("2026-07-08", "16:20"), ts("2026-09-09", "13:00"), "Audiology - CI candidacy part 2 (aided sentence testing)",
           "Daniel Okafor-Reid, AuD (Audiology)", minutes=90)

    b.note("ct-2026-08-04", ts("2026-08-04", "14:00"), "CT report", "Aileen Forsythe, MD (Neuroradiology)", """
CT TEMPORAL BONES WITHOUT CONTRAST

Indication: cochlear implant candidacy.
Findings: Normal cochlear morphology with 2.5 turns bilaterally; no labyrinthine ossification; normal round window niches. Internal auditory canals normal caliber (4 mm). Normal vestibular aqueducts. Middle ears and mastoids clear and well pneumatized. Ossicles intact. Tegmen intact. Facial nerve course normal. No dehiscence.
Jugular bulb not high-riding. Sigmoid sinus in normal position. Scutum and ossicular chain normal. No superior canal dehiscence.
Impression: Anatomy favorable for cochlear implantation bilaterally. No evidence of middle ear or mastoid disease.
""", loinc=D_IMAGING)

    b.note("mri-2026-07-30", ts("2026-07-30", "18:20"), "MRI report", "Aileen Forsythe, MD (Neuroradiology)", """
MRI INTERNAL AUDITORY CANALS WITH AND WITHOUT CONTRAST

Indication: bilateral SNHL, cochlear implant candidacy.
Findings: Cochlear, superior and inferior vestibular and facial nerves normal in caliber and signal bilaterally. No enhancing mass in the IACs or cerebellopontine angles. Normal T2 fluid signal in both cochleae and vestibules, no fibrosis or obliteration. Brainstem and auditory pathways without lesion. Few nonspecific punctate white matter foci.
Comparison: none available. Study quality good, no motion artifact.
Impression: No retrocochlear pathology. Patent cochlear lumina bilaterally. No MRI contraindication to implantation.
""", loinc=D_IMAGING)

    b.note("ent-2026-08-11", ts("2026-08-11", "09:50"), "Otolaryngology clinic note", "Harold Menzies, MD (Otolaryngology)", """
ENT - CI CONSULT

74F w/ bilateral severe SNHL, new REM-verified hearing aids (3/2026) with limited benefit - aided CNC word score 32%. Wants to proceed with implant in R ear (better residual hearing low freq? discussed; she prefers R for phone use).

Exam: ears clear, TMs intact, no effusion. Cranial nerves intact. 
CT temporal bones 8/4: normal cochleae, clear middle ears. MRI IAC 7/30: no retrocochlear lesion. No neuro symptoms.
Medical: HTN, HLD - cleared for GA per PCP. No anticoagulants.

A/P: Good surgical candidate for R cochlear implant. Risks/benefits reviewed incl. loss of residual hearing, facial nerve injury, vertigo, device failure, meningitis vaccination (PCV20 given 2024). Will submit for authorization now so surgery can be booked in the fall; audiology to complete remaining candidacy testing. Post-op auditory rehab program reviewed; pt committed.
""", loinc=D_CONSULT)

    b.note("aud-2026-09-09", ts("2026-09-09", "15:00"), "Audiology cochlear implant candidacy evaluation", "Daniel Okafor-Reid, AuD (Audiology)", """
AUDIOLOGY - CI CANDIDACY EVALUATION (part 2)

Aided AzBio sentences in quiet, recorded, 60 dBA, best-aided (bilateral HA): 41%. AzBio +10 dB SNR: 18%.
Pt tolerated the session well today (shorter test battery, rest breaks). Hearing aids checked before testing with listening check and test box: functioning to specification. Same programs and settings as the 07/08 session.
Impression: limited benefit from appropriately fitted amplification (best-aided sentence score <= 60%). Meets audiologic candidacy. Recommend R cochlear implant. Counseled regarding device options and expectations.
""", loinc=D_CONSULT)

    case = {
        "id": "bc-ci-02", "patient": "patients/pc14.json",
        "request": {"service": {"system": CPT, "code": "69930", "display": "Cochlear device implantation, with or without mastoidectomy"},
                    "diagnoses": [{"system": ICD, "code": "H90.3", "display": "Sensorineural hearing loss, bilateral"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-08-25"},
        "gold": {"recommendation": "request_info", "policy": "NCD 50.3",
                 "evidence": ["DocumentReference/aud-2026-07-08", "Observation/cnc-ba-2026-07-08", "Appointment/azbio-2026-09-09",
                              "DocumentReference/ct-2026-08-04", "DocumentReference/ent-2026-08-11"],
                 "missing": ["sentence|AzBio|HINT|open-set sentence|sentence recognition"],
                 "rationale": "Bilateral severe SNHL, appropriately fitted (REM-verified) aids, clear middle ears, normal cochleae, no retrocochlear lesion, cognition and motivation documented. NCD 50.3 defines limited benefit by best-aided recorded open-set SENTENCE recognition <= 60%; before the request only aided CNC words (32%) and unaided headphone word scores exist, and the audiologist states sentence testing is pending (09/09). The 41% AzBio result is dated after the request and does not exist for the case. Ask for the best-aided sentence recognition score."},
    }
    traps = "aided word score (CNC) and unaided WRS are not the required best-aided open-set sentence test; sentence testing booked after the request; AzBio result dated after the request; ENT submits before audiology finished"
    return b, case, traps
