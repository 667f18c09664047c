from fhirlib import *

POLICY = "NCD 50.3"
CI = cpt("69930", "Cochlear device implantation, with or without mastoidectomy")


def ci_01():
    b = Bundle("bvp13", "Lomax", ["Beatrice", "H"], "female", "1955-10-05", "PG-2286609", address_city="Osterby")
    b.prac("whitcombe", "Whitcombe", ["Graham"], ["Dr."], "MD, Otolaryngology - Otology/Neurotology")
    b.prac("tanabe", "Tanabe", ["Keiko"], ["Dr."], "AuD, CCC-A, Audiology")
    b.prac("osei", "Osei", ["Helen"], ["Dr."], "MD, Internal Medicine")
    b.prac("ferreira", "Ferreira", ["Lucas"], ["Dr."], "MD, Radiology")

    b.cond("snhl", "H90.3", "2018-05-22", recorder="whitcombe", text="Bilateral sensorineural hearing loss, progressive")
    b.cond("ha", "Z97.4", "2018-07-10")
    b.cond("htn", "I10", "2012-01-01")
    b.cond("hld", "E78.5", "2012-01-01")

    b.obs("pta-r-2026-03-10", "2026-03-10", local("AUD-PTA-R", "Pure-tone average (0.5/1/2/4 kHz), right ear"), value=78, unit="dB", category="exam", performer="tanabe")
    b.obs("pta-l-2026-03-10", "2026-03-10", local("AUD-PTA-L", "Pure-tone average (0.5/1/2/4 kHz), left ear"), value=82, unit="dB", category="exam", performer="tanabe")
    b.obs("tymp-2026-03-10", "2026-03-10", local("AUD-TYMP", "Tympanometry"), string="Type A bilaterally", category="exam", performer="tanabe")
    b.obs("azbio-bilateral-2025-03-18", "2025-03-18", local("AZBIO-Q-BIN", "AzBio sentences in quiet, bilateral aided (recorded)"),
          value=76, unit="%", category="exam", performer="tanabe")
    b.obs("azbio-r-2026-03-10", "2026-03-10", local("AZBIO-Q-R", "AzBio sentences in quiet, right ear aided (recorded)"),
          value=58, unit="%", category="exam", performer="tanabe")
    b.obs("azbio-l-2026-03-10", "2026-03-10", local("AZBIO-Q-L", "AzBio sentences in quiet, left ear aided (recorded)"),
          value=52, unit="%", category="exam", performer="tanabe")
    b.obs("azbio-bilateral-2026-03-10", "2026-03-10", local("AZBIO-Q-BIN", "AzBio sentences in quiet, bilateral aided (recorded)"),
          value=68, unit="%", category="exam", performer="tanabe")
    b.obs("cnc-r-2026-03-10", "2026-03-10", local("CNC-R", "CNC monosyllabic words, right ear aided (recorded)"), value=34, unit="%", category="exam", performer="tanabe")
    b.obs("cnc-l-2026-03-10", "2026-03-10", local("CNC-L", "CNC monosyllabic words, left ear aided (recorded)"), value=28, unit="%", category="exam", performer="tanabe")
    b.obs("cnc-bilateral-2026-03-10", "2026-03-10", local("CNC-BIN", "CNC monosyllabic words, bilateral aided (recorded)"), value=40, unit="%", category="exam", performer="tanabe")
    b.obs("moca-2026-04-02", "2026-04-02", local("MOCA", "Montreal Cognitive Assessment total (hearing-impaired version)"), value=27, unit="{score}", category="survey")

    b.med("lisinopril", "2012-01-01", "29046", "lisinopril", "10 mg by mouth daily")
    b.med("atorvastatin", "2012-01-01", "83367", "atorvastatin", "20 mg by mouth daily")

    b.enc("enc-aud-2026-03-10", "2026-03-10", type_text="Audiology - cochlear implant candidacy evaluation", who="tanabe")
    b.enc("enc-ent-2026-04-02", "2026-04-02", type_text="Otology clinic", who="whitcombe")

    b.note("audiology-2026-03-10", "2026-03-10", "Cochlear implant candidacy evaluation (audiology)", html("CI candidacy evaluation", """<h2>Audiology &ndash; Adult Cochlear Implant Candidacy Evaluation</h2>
<p><b>Date:</b> 03/10/2026 &nbsp; <b>Audiologist:</b> Keiko Tanabe, AuD</p>
<p><b>History:</b> 70-year-old woman, progressive bilateral hearing loss since her 50s; bilateral RIC hearing aids
(fit 2024). Increasing difficulty on the phone and at church.</p>
<p><b>Otoscopy:</b> clear canals, intact TMs bilaterally. <b>Tympanometry:</b> type A bilaterally.</p>
<p><b>Audiometry:</b> bilateral moderately-severe sloping to profound sensorineural hearing loss; air-bone gaps
&le; 10 dB. PTA right 78 dB HL, left 82 dB HL.</p>
<p><b>Hearing aid verification:</b> real-ear measures today &ndash; fitted to NAL-NL2 targets within 5 dB through 3 kHz
bilaterally; aids working to specification.</p>
<p><b>Speech perception</b> (recorded materials, 60 dBA, soundfield, quiet, aided with her own verified devices):</p>
<table border="1" cellpadding="3">
<tr><th>Condition</th><th>AzBio sentences</th><th>CNC words</th></tr>
<tr><td>Right aided</td><td>58%</td><td>34%</td></tr>
<tr><td>Left aided</td><td>52%</td><td>28%</td></tr>
<tr><td>Bilateral aided (best-aided)</td><td>68%</td><td>40%</td></tr>
</table>
<p>Previous bilateral aided AzBio (03/2025): 76%.</p>
<p><b>Impression:</b> bilateral moderately-severe to profound SNHL with declining aided speech understanding. Word
recognition is poor in each ear. Results forwarded to Dr. Whitcombe for candidacy discussion.</p>"""),
           "tanabe", loinc_type=PROCNOTE, ctype="text/html", encounter="enc-aud-2026-03-10")

    b.note("ct-2026-03-24", "2026-03-24", "CT temporal bones report", """CT TEMPORAL BONES WITHOUT CONTRAST 03/24/2026
Normal cochlear and vestibular anatomy bilaterally; cochlear lumen patent, no ossification.
Middle ear and mastoid air cells clear. IACs normal caliber.
Lucas Ferreira, MD
""", "ferreira", loinc_type=IMAGING)

    b.note("ent-2026-04-02", "2026-04-02", "Otology clinic note", """OTOLOGY CLINIC   04/02/2026   Graham Whitcombe, MD
70F with progressive bilateral SNHL, here to discuss cochlear implant candidacy.
Audiology 3/10: PTA R 78 / L 82 dB, sensorineural. Aided speech: CNC words 40% best-aided,
AzBio 58% right ear aided. She demonstrates limited benefit from appropriately fit amplification and
meets the Medicare threshold of 60% or less.
Exam: ears clear, TMs intact and mobile, no effusion. Cranial nerves intact.
CT temporal bones 3/24: normal cochleae, patent lumen.
No history of ear infections, no vertigo. MoCA 27/30. Very motivated; husband will attend
rehabilitation sessions; understands the need for an extended auditory rehabilitation program.
Pre-operative medical evaluation with PCP scheduled 4/08.
Plan: right cochlear implant (similar thresholds; patient preference). Submit authorization.
""", "whitcombe", loinc_type=CONSULT, encounter="enc-ent-2026-04-02")

    b.note("preop-2026-04-08", "2026-04-08", "Pre-operative medical evaluation", """PRE-OPERATIVE MEDICAL EVALUATION 04/08/2026   Helen Osei, MD
Planned right cochlear implant under general anesthesia. HTN controlled (128/76), lipids treated.
ECG normal sinus rhythm. No cardiopulmonary contraindication. RCRI 0. Cleared for surgery.
""", "osei", loinc_type=HP)

    c = case("bv-ci-01", "bvp13.json", CI, ["H90.3"], "2026-04-21", "refer", POLICY,
             ["Observation/azbio-bilateral-2026-03-10", "DocumentReference/audiology-2026-03-10",
              "DocumentReference/ent-2026-04-02", "Observation/cnc-bilateral-2026-03-10"],
             note="Right cochlear implant, bilateral severe-profound SNHL, limited aided benefit.",
             rationale="The NCD measures limited benefit by open-set sentence recognition in the best-aided "
                       "condition: her recorded bilateral-aided AzBio is 68%, above the 60% limit. The surgeon "
                       "relies on CNC words (not sentences) and a single-ear sentence score (not best-aided). "
                       "Other criteria are documented met.")
    return c, b


def ci_02():
    b = Bundle("bvp14", "Pekkala", ["Rudolf", "V"], "male", "1958-12-09", "PG-4405871", address_city="Tenmile")
    b.prac("nwosu", "Nwosu", ["Amara"], ["Dr."], "MD, Otolaryngology - Otology/Neurotology")
    b.prac("feldt", "Feldt", ["Jonah"], [], "AuD, CCC-A, Audiology")
    b.prac("brekke", "Brekke", ["Anders"], ["Dr."], "MD, Family Medicine")
    b.prac("ferreira", "Ferreira", ["Lucas"], ["Dr."], "MD, Radiology")
    b.prac("pasch", "Pasch", ["Evan"], ["Dr."], "MD, Anesthesiology")
    b.prac("lyle", "Lyle", ["Sandra"], [], "RN, Cochlear Implant Program Coordinator")

    b.cond("snhl", "H90.3", "2019-02-14", recorder="nwosu", text="Bilateral profound sensorineural hearing loss")
    b.cond("ha", "Z97.4", "2019-03-01")
    b.cond("aom-right-2026-09-01", "H66.001", "2026-09-01", recorder="nwosu",
           text="Acute suppurative otitis media, right ear")
    b.cond("t2dm", "E11.9", "2015-06-01")
    b.cond("htn", "I10", "2015-06-01")

    b.obs("pta-r-2026-08-04", "2026-08-04", local("AUD-PTA-R", "Pure-tone average (0.5/1/2/4 kHz), right ear"), value=98, unit="dB", category="exam", performer="feldt")
    b.obs("pta-l-2026-08-04", "2026-08-04", local("AUD-PTA-L", "Pure-tone average (0.5/1/2/4 kHz), left ear"), value=95, unit="dB", category="exam", performer="feldt")
    b.obs("azbio-2026-08-04", "2026-08-04", local("AZBIO-Q-BIN", "AzBio sentences in quiet, bilateral aided (recorded)"),
          value=22, unit="%", category="exam", performer="feldt")
    b.obs("tymp-2026-08-04", "2026-08-04", local("AUD-TYMP", "Tympanometry"), string="Type A bilaterally", category="exam", performer="feldt")
    b.obs("moca-2026-08-18", "2026-08-18", local("MOCA", "Montreal Cognitive Assessment total (hearing-impaired version)"), value=26, unit="{score}", category="survey")
    b.obs("a1c-2026-08-20", "2026-08-20", loinc("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), value=6.9, unit="%", category="laboratory")
    b.obs("temp-2026-09-01", "2026-09-01", loinc("8310-5", "Body temperature"), value=38.1, unit="Cel", category="vital-signs")

    b.med("amoxicillin-2026-09-01", "2026-09-01", "723", "amoxicillin", "875 mg by mouth twice daily x 10 days",
          status="completed", start="2026-09-01", end="2026-09-11", requester="nwosu")
    b.med("metformin", "2015-06-01", "6809", "metformin", "500 mg by mouth twice daily")
    b.med("losartan", "2015-06-01", "52175", "losartan", "50 mg by mouth daily")

    b.enc("enc-aud-2026-08-04", "2026-08-04", type_text="Audiology - cochlear implant candidacy evaluation", who="feldt")
    b.enc("enc-ent-2026-08-18", "2026-08-18", type_text="Otology clinic", who="nwosu")
    b.enc("enc-ent-2026-09-01", "2026-09-01", type_text="Otology clinic - acute visit", who="nwosu")

    b.appt("ent-recheck-appt", "2026-09-01T11:40:00" + TZ, "2026-09-24", "Otology: ear recheck after otitis media", who="nwosu")

    b.note("audiology-2026-08-04", "2026-08-04", "Cochlear implant candidacy evaluation (audiology)", """AUDIOLOGY - CI CANDIDACY EVALUATION   08/04/2026   Jonah Feldt, AuD
67M, bilateral profound SNHL (sudden worsening 2019, then progressive). Power BTE aids bilaterally,
verified with real-ear measures today (within 5 dB of targets to 2 kHz).
Otoscopy clear; tympanometry type A bilaterally.
PTA R 98 dB HL, L 95 dB HL; no measurable bone-conduction gap.
Speech (recorded, 60 dBA, quiet, best-aided bilateral): AzBio sentences 22%; CNC words 8%.
Ear-specific: AzBio R 10%, L 18%.
Impression: bilateral profound SNHL with very limited aided benefit. Candidate for CI evaluation.
""", "feldt", loinc_type=PROCNOTE, encounter="enc-aud-2026-08-04")

    b.note("imaging-2026-08-12", "2026-08-12", "CT temporal bones and MRI IAC report", """IMAGING 08/12/2026   Lucas Ferreira, MD
CT temporal bones w/o: normal cochlear anatomy bilaterally, patent cochlear lumen, no labyrinthitis
ossificans. Middle ears and mastoids well aerated.
MRI brain/IAC with and without gadolinium: normal cochlear fluid signal bilaterally, cochlear nerves
present; no vestibular schwannoma or other retrocochlear/CPA lesion. Mild chronic small vessel change.
""", "ferreira", loinc_type=IMAGING)

    b.note("ent-2026-08-18", "2026-08-18", "Otology clinic - candidacy visit", """OTOLOGY CLINIC   08/18/2026   Amara Nwosu, MD
67M bilateral profound SNHL, AzBio 22% best-aided. CT/MRI 8/12 normal cochleae, no retrocochlear lesion.
Ears: canals clear, TMs intact and mobile.
Cognition: MoCA-HI 26. Counseled on device, surgery and a 12-month auditory rehabilitation program;
he and his wife are committed (wife will attend programming visits).
Plan: right CI (longer-deafened left ear kept for aid). Anesthesia pre-op.
""", "nwosu", loinc_type=CONSULT, encounter="enc-ent-2026-08-18")

    b.note("preop-2026-08-25", "2026-08-25", "Pre-anesthesia evaluation", """PRE-ANESTHESIA EVALUATION 08/25/2026   Evan Pasch, MD
Planned: right cochlear implantation, GA. T2DM (A1c 6.9), HTN controlled. ASA 2. No contraindication.
""", "pasch", loinc_type=HP)

    b.note("ent-2026-09-01", "2026-09-01", "Otology clinic - acute visit", """OTOLOGY CLINIC - ACUTE VISIT   09/01/2026   Amara Nwosu, MD
3 days of right ear pain and fullness after a cold; T 38.1 C.
Otoscopy: right TM bulging, erythematous, opaque, no perforation; left normal.
Dx: acute otitis media, right (the ear planned for implantation).
Plan: amoxicillin 875 mg BID x 10 days. Recheck in 2-3 weeks (booked 9/24) - implant surgery must
wait until the middle ear is clear. CI coordinator informed.
""", "nwosu", encounter="enc-ent-2026-09-01")

    b.note("coordinator-2026-09-15", "2026-09-15", "CI program coordinator note", """CI PROGRAM - AUTHORIZATION SUBMITTED 09/15/2026
Authorization request sent to Medicare for right cochlear implant (69930). Requested surgery date
10/06/2026. Packet: audiology 8/04, imaging 8/12, otology 8/18, pre-anesthesia 8/25, otology 9/01.
Sandra Lyle, RN
""", "lyle", loinc_type=NOTE)

    # after request
    b.note("ent-2026-09-24", "2026-09-24", "Otology clinic - recheck", """OTOLOGY RECHECK 09/24/2026   Amara Nwosu, MD
Right TM now translucent, mobile, no effusion on tympanometry (type A). AOM resolved. OK to proceed 10/06.
""", "nwosu")

    c = case("bv-ci-02", "bvp14.json", CI, ["H90.3"], "2026-09-15", "request_info", POLICY,
             ["Condition/aom-right-2026-09-01", "DocumentReference/ent-2026-09-01",
              "Observation/azbio-2026-08-04", "DocumentReference/imaging-2026-08-12",
              "DocumentReference/ent-2026-08-18"],
             missing=["middle ear|otitis|ear infection|infection resolved|otoscopy|ear exam|tympanic membrane|TM|"
                      "recheck|resolution"],
             note="Right cochlear implant, bilateral profound SNHL, AzBio 22% best-aided.",
             rationale="Bilateral profound SNHL, best-aided AzBio 22% (recorded sentences), imaging without "
                       "lesion, cognition and rehabilitation commitment are documented. Acute otitis media in the "
                       "ear to be implanted was diagnosed on 9/01 and its resolution is not documented by the "
                       "request (recheck booked 9/24). The 9/24 recheck is after the request.")
    return c, b


CASES = [ci_01, ci_02]
