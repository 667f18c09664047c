"""NCD 50.3 Cochlear implantation: be-ci-01..03."""
from chart import Chart, CPT, ICD10, npi


def dx(code, display):
    return {"system": ICD10, "code": code, "display": display}


SVC_CI = {"system": CPT, "code": "69930", "display": "Cochlear device implantation"}


def pta(c, oid, when, ear, value, performer):
    return c.obs(oid, "pta-" + ear.lower(), "Pure-tone average (0.5/1/2/4 kHz), air conduction, %s ear" % ear, when,
                 value, "dB", loinc=False, category="exam", performer=performer,
                 text="Pure-tone average, %s ear (dB HL)" % ear)


# ------------------------------------------------------------------------------------------------
def ci01():
    """Approve: bilateral severe-profound SNHL, best-aided AzBio quiet 34%, imaging and ears clear."""
    c = Chart(19, "central", "ehr.northwoods-ent.example", "http://fhir.northwoods-ent.example/CodeSystem/local-obs")
    org = c.org("northwoods", "Northwoods ENT & Audiology / Northwoods Regional Hospital", city="Tamarack Lake",
                state="WI")
    c.patient("Lucille", "Brandvold", "female", "1949-04-04", "Tamarack Lake", "WI", "54899", "715-555-0108",
              "NWE-129904", org, extra_given="Joan")
    c.coverage("1HV6-NK9-TP23", "2014-04-01")
    aud = c.prac("aud-aalto", "Gretchen", "Aalto", "AuD, CCC-A", "Audiology", npi(419752063))
    ent = c.prac("dr-kowal", "Sebastian", "Kowal", "MD", "Otology/Neurotology", npi(419752081))
    rad = c.prac("dr-brisco", "Helena", "Brisco", "MD", "Neuroradiology", npi(419752009))
    pcp = c.prac("dr-ebner", "Martin", "Ebner", "MD", "Internal Medicine", npi(419752027))

    c.cond("snhl", "H90.3", "Sensorineural hearing loss, bilateral", "2013-05-20 10:00", recorder=aud,
           note="Progressive; severe-to-profound since 2025.")
    c.cond("tinnitus", "H93.13", "Tinnitus, bilateral", "2016-08-09 10:00", recorder=aud)
    c.cond("otitis-externa", "H60.92", "Unspecified otitis externa, left ear", "2023-07-14 10:00", recorder=pcp,
           clinical="resolved", abatement="2023-07-28 10:00")
    c.cond("htn", "I10", "Essential (primary) hypertension", "2010-03-03 10:00", recorder=pcp)

    pta(c, "pta-right-2026-01-06", "2026-01-06 09:30", "Right", 82, aud)
    pta(c, "pta-left-2026-01-06", "2026-01-06 09:31", "Left", 88, aud)
    azq = c.obs("azbio-quiet-2026-01-06", "azbio-quiet-ba", "AzBio sentences in quiet, best-aided (bilateral aids), "
                "60 dBA, recorded", "2026-01-06 10:10", 34, "%", loinc=False, category="exam", performer=aud,
                interp="A")
    c.obs("azbio-noise-2026-01-06", "azbio-snr10-ba", "AzBio sentences +10 dB SNR, best-aided, recorded",
          "2026-01-06 10:20", 11, "%", loinc=False, category="exam", performer=aud, interp="A")
    c.obs("cnc-right-2026-01-06", "cnc-right-aided", "CNC words, right ear aided, recorded", "2026-01-06 10:30", 22,
          "%", loinc=False, category="exam", performer=aud)
    c.obs("azbio-quiet-2022-03-08", "azbio-quiet-ba", "AzBio sentences in quiet, best-aided (bilateral aids), "
          "60 dBA, recorded", "2022-03-08 10:00", 71, "%", loinc=False, category="exam", performer=aud)
    c.obs("moca-2026-01-27", "moca", "Montreal Cognitive Assessment (hearing-impaired version, written)",
          "2026-01-27 10:40", 26, "{score}", loinc=False, category="survey", performer=ent)
    c.med("lisinopril", "29046", "lisinopril", "2010-03-03 10:10", pcp, "10 mg by mouth daily",
          reason_text="Hypertension")

    c.note("audiology-2026-01-06", "2026-01-06 12:00", aud, "11488-4", "Consult note",
           "Cochlear implant candidacy evaluation - audiology",
           """<html><body>
<h3>Northwoods Audiology &mdash; Cochlear Implant Candidacy Evaluation</h3>
<p>01/06/2026 &middot; Gretchen Aalto, AuD, CCC-A</p>
<p><b>History:</b> 76-year-old woman, progressive bilateral hearing loss since her 50s, bilateral behind-the-ear
hearing aids (current pair fitted 04/2024, verified with real-ear measures today and adjusted). Reports she can no
longer follow conversation at church or on the phone; relies on captioning.</p>
<p><b>Otoscopy:</b> clear canals, intact tympanic membranes bilaterally. Tympanometry type A bilaterally.</p>
<p><b>Audiometry:</b> bilateral severe-to-profound sensorineural hearing loss. PTA R 82 dB HL, L 88 dB HL. No
air-bone gaps. Unaided word recognition could not be tested at safe levels in the left ear.</p>
<p><b>Speech perception (recorded materials, 60 dBA, best-aided = both hearing aids):</b></p>
<table border="1" cellpadding="3">
<tr><th>Test</th><th>Condition</th><th>Score</th></tr>
<tr><td>AzBio sentences</td><td>Quiet, best-aided (binaural)</td><td>34%</td></tr>
<tr><td>AzBio sentences</td><td>+10 dB SNR, best-aided</td><td>11%</td></tr>
<tr><td>CNC words</td><td>Right ear aided</td><td>22%</td></tr>
</table>
<p>Comparison 03/2022: AzBio quiet best-aided 71%.</p>
<p><b>Impression:</b> limited benefit from appropriately fit amplification. Meets audiologic criteria for cochlear
implantation. Counseled on device options, realistic expectations and the need for months of aural
rehabilitation; patient and husband motivated and willing. Refer to Dr. Kowal.</p>
</body></html>""", html=True)

    c.note("ct-2026-01-20", "2026-01-20 16:20", rad, "18748-4", "Diagnostic imaging study",
           "CT temporal bones without contrast",
           """CT TEMPORAL BONES WITHOUT CONTRAST - 01/20/2026 - Helena Brisco, MD
Indication: cochlear implant candidacy.
Cochleae: normal morphology with 2.5 turns bilaterally; no labyrinthine ossification or fibrosis; round windows
patent. Vestibular aqueducts normal. Middle ear and mastoid air cells clear bilaterally; ossicles intact. Facial
nerve course normal. Internal auditory canals normal caliber. No otosclerotic foci.
Impression: patent cochlear lumens bilaterally, anatomy suitable for cochlear implantation. No middle ear disease.
""")

    c.note("mri-2026-01-22", "2026-01-22 15:10", rad, "18748-4", "Diagnostic imaging study",
           "MRI internal auditory canals with and without contrast",
           """MRI BRAIN/INTERNAL AUDITORY CANALS WITH AND WITHOUT CONTRAST - 01/22/2026 - Helena Brisco, MD
Cochleovestibular and facial nerves present and normal in caliber bilaterally. No enhancing lesion in the IACs or
cerebellopontine angles. Normal fluid signal in both cochleae. Brain: mild chronic small-vessel change; no mass,
no lesion along the central auditory pathways.
Impression: no retrocochlear lesion. Cochlear nerves present bilaterally.
""")

    c.note("ent-2026-01-27", "2026-01-27 11:10", ent, "11488-4", "Consult note", "Otology consultation",
           """NORTHWOODS ENT - OTOLOGY CONSULTATION - 01/27/2026 - Sebastian Kowal, MD
76 yo F with bilateral severe-to-profound SNHL, limited benefit from well-fit binaural hearing aids (AzBio quiet
best-aided 34% on 01/06/2026).
PMH: HTN; left otitis externa 07/2023, resolved. No chronic ear disease, no ear surgery.
Exam: canals clear, TMs intact and mobile, no effusion or drainage bilaterally. Cranial nerves intact.
Imaging: CT 01/20 - patent cochleae, clear middle ears; MRI 01/22 - cochlear nerves present, no retrocochlear lesion.
Cognition: MoCA (written, hearing-impaired version) 26/30 - able to use auditory cues and follow the
rehabilitation program. Very motivated; husband will drive to mapping appointments.
Surgical risk: ASA II; PCP pre-op clearance requested.
Plan: left cochlear implant (poorer ear), device per FDA-approved labeling. Keep right hearing aid (bimodal).
""")

    c.note("pcp-2026-02-03", "2026-02-03 09:40", pcp, "11506-3", "Progress note", "Pre-operative evaluation",
           """Internal Medicine - Pre-operative evaluation 02/03/2026 - Martin Ebner, MD
Planned: left cochlear implant under general anesthesia (Dr. Kowal).
HTN controlled on lisinopril (BP 128/72). No cardiac or pulmonary symptoms; walks 30 min daily. ECG normal sinus
rhythm. CBC and BMP normal.
Assessment: acceptable risk for the planned procedure; no contraindication to surgery. Hold lisinopril morning of
surgery.
""")

    c.sreq("ci-order", CPT, "69930", SVC_CI["display"], "2026-02-10 09:00", ent,
           reason="Bilateral severe-to-profound sensorineural hearing loss with limited benefit from amplification",
           note="Left ear.")

    case = {
        "id": "be-ci-01", "num": 19,
        "request": {"service": SVC_CI, "diagnoses": [dx("H90.3", "Sensorineural hearing loss, bilateral")],
                    "payer": "medicare", "urgency": "standard", "date": "2026-02-10"},
        "gold": {"recommendation": "approve", "policy": "NCD 50.3",
                 "evidence": ["Observation/azbio-quiet-2026-01-06", "DocumentReference/audiology-2026-01-06",
                              "DocumentReference/ct-2026-01-20", "DocumentReference/mri-2026-01-22",
                              "DocumentReference/ent-2026-01-27"],
                 "missing": [],
                 "rationale": "Bilateral severe-to-profound SNHL with best-aided recorded open-set sentence score 34% "
                              "(<= 60%); the 2022 score of 71% is outdated. Cognition and motivation for rehabilitation "
                              "documented; ears free of infection; CT shows patent cochleae; MRI shows no auditory-nerve "
                              "or central lesion; PCP finds no contraindication to surgery."},
        "criteria": [
            ["hearing-loss", "Bilateral moderate-to-profound sensorineural hearing loss", "met",
             ["Observation/pta-right-2026-01-06", "Observation/pta-left-2026-01-06"]],
            ["limited-benefit", "<= 60% on recorded open-set sentence test, best-aided condition", "met",
             ["Observation/azbio-quiet-2026-01-06"]],
            ["cognition-rehab", "Cognitive ability to use auditory clues; willing to undergo rehabilitation", "met",
             ["DocumentReference/ent-2026-01-27", "DocumentReference/audiology-2026-01-06"]],
            ["ear-anatomy", "No middle ear infection; accessible cochlear lumen; no auditory nerve/CNS lesion", "met",
             ["DocumentReference/ct-2026-01-20", "DocumentReference/mri-2026-01-22", "DocumentReference/ent-2026-01-27"]],
            ["surgery", "No contraindications to surgery", "met", ["DocumentReference/pcp-2026-02-03"]],
        ],
        "traps": "older 71% score; word (CNC) vs sentence tests; resolved otitis externa Condition; five criteria "
                 "spread across five authors",
    }
    c._stamp = "2026-02-10 17:00"
    return c, case


# ------------------------------------------------------------------------------------------------
def ci02():
    """Refer: otherwise a candidate, but active chronic suppurative otitis media in the ear to be implanted."""
    c = Chart(20, "eastern", "ehr.chesapeake-otology.example",
              "http://fhir.chesapeake-otology.example/CodeSystem/local-obs")
    org = c.org("cog", "Chesapeake Otology Group", city="Severn Neck", state="MD")
    c.patient("Ambrose", "Whitfield", "male", "1947-11-20", "Severn Neck", "MD", "21099", "410-555-0197",
              "COG-552718", org, extra_given="Nathaniel")
    c.coverage("4UD3-FE8-HC09", "2012-11-01")
    aud = c.prac("aud-fairchild", "Noreen", "Fairchild", "AuD", "Audiology", npi(520863174))
    ent = c.prac("dr-parr", "Ignatius", "Parr", "MD", "Neurotology", npi(520863192))
    rn = c.prac("rn-benitez", "Carla", "Benitez", "RN", "Registered Nurse - otology clinic", npi(520863110))
    rad = c.prac("dr-osei", "Vikram", "Osei", "MD", "Neuroradiology", npi(520863138))

    c.cond("snhl", "H90.3", "Sensorineural hearing loss, bilateral", "2015-02-10 10:00", recorder=aud)
    c.cond("tm-perf", "H72.92", "Unspecified perforation of tympanic membrane, left ear", "2024-03-19 10:00",
           recorder=ent)
    csom = c.cond("csom-left", "H66.3X2", "Other chronic suppurative otitis media, left ear", "2026-06-09 10:30",
                  onset="2026-06-02", recorder=ent, note="Active otorrhea; culture 06/11 Pseudomonas aeruginosa.")
    c.cond("pseudomonas", "B96.5", "Pseudomonas (aeruginosa) (mallei) (pseudomallei) as the cause of diseases classified elsewhere",
           "2026-06-12 09:00", recorder=ent)

    pta(c, "pta-right-2026-04-14", "2026-04-14 09:20", "Right", 96, aud)
    pta(c, "pta-left-2026-04-14", "2026-04-14 09:21", "Left", 104, aud)
    c.obs("azbio-quiet-2026-04-14", "azbio-quiet-ba", "AzBio sentences in quiet, best-aided, 60 dBA, recorded",
          "2026-04-14 10:00", 28, "%", loinc=False, category="exam", performer=aud, interp="A")
    cult = c.obs("ear-culture-2026-06-11", "ear-culture-left", "Ear drainage culture, left", "2026-06-11 14:00",
                 loinc=False, category="laboratory", interp="A",
                 value_str="Pseudomonas aeruginosa, heavy growth. Susceptible: ciprofloxacin, ceftazidime, piperacillin-"
                           "tazobactam.", note="Collected 06/09/2026 in clinic.")
    drops = c.med("cipro-dex-otic", None, "ciprofloxacin 0.3% / dexamethasone 0.1% otic suspension", "2026-06-09 11:00",
                  ent, "4 drops left ear twice daily x 10 days, dry ear precautions",
                  reason_text="Left chronic suppurative otitis media with otorrhea")

    c.note("audiology-2026-04-14", "2026-04-14 11:30", aud, "11488-4", "Consult note", "CI candidacy audiology",
           """CHESAPEAKE OTOLOGY GROUP - AUDIOLOGY - 04/14/2026 - Noreen Fairchild, AuD
78 yo M, long-standing bilateral SNHL, binaural hearing aid user.
Otoscopy: R clear. L small central TM perforation, dry today.
PTA R 96, L 104 dB HL (profound). AzBio sentences in quiet, recorded, best-aided: 28%.
Impression: bilateral profound SNHL with limited benefit from amplification. Audiologic CI candidate.
""")

    c.note("ct-2026-04-28", "2026-04-28 15:30", rad, "18748-4", "Diagnostic imaging study",
           "CT temporal bones without contrast",
           """CT TEMPORAL BONES - 04/28/2026 - Vikram Osei, MD
Cochleae normal in morphology, no ossification; IACs normal bilaterally.
Left: partial opacification of mastoid air cells and soft tissue in the mesotympanum, with a small TM defect,
consistent with chronic otitis media. Ossicular chain intact. No bony erosion, no cholesteatoma pattern.
Right: middle ear and mastoid clear.
Impression: patent cochleae. Left chronic otomastoiditis changes.
""")

    c.note("ent-2026-05-05", "2026-05-05 10:45", ent, "11488-4", "Consult note", "Neurotology consultation",
           """<html><body>
<p><b>Chesapeake Otology Group &mdash; Neurotology</b> &mdash; 05/05/2026 &mdash; Ignatius Parr, MD</p>
<p>Bilateral profound SNHL, AzBio best-aided 28%. Motivated, cognitively intact, good family support.</p>
<p><b>Ears:</b> R TM intact. L small dry central perforation (known since 2024), no drainage today.</p>
<p><b>CT:</b> cochleae patent; L mastoid opacification c/w chronic otitis media.</p>
<p><b>Plan:</b> left cochlear implant with canal-wall-up mastoidectomy, possible tympanoplasty/staging depending on
middle ear findings. <i>Must be dry and infection-free at surgery.</i> Tentative date 06/30/2026. Pre-op visit
with nursing 06/09.</p>
</body></html>""", html=False)

    c.note("rn-2026-06-09", "2026-06-09 11:20", rn, "34746-8", "Nurse note", "Pre-operative nursing visit",
           """Otology pre-op nursing visit - 06/09/2026 - Carla Benitez, RN
Pt reports L ear drainage x 1 week ("wet pillow in the morning"), mild ache, no fever.
Otoscopy (with Dr. Parr): purulent otorrhea L canal, perforation obscured. Culture obtained.
Dr. Parr started ciprofloxacin-dexamethasone drops L ear BID x 10 days, dry ear precautions.
Dx: L chronic suppurative otitis media, active.
Surgery date 06/30 held for now per Dr. Parr pending response; recheck 06/23.
""")

    c.note("ent-phone-2026-06-12", "2026-06-12 16:40", ent, "11506-3", "Progress note", "Telephone note - culture",
           """Telephone note 06/12/2026 - Ignatius Parr, MD
Culture: Pseudomonas aeruginosa, cipro-sensitive. Continue drops. Patient reports less drainage but still wet.
Recheck 06/23. If not dry, will postpone CI and plan staged tympanomastoidectomy first.
""")

    c.note("preop-2026-06-15", "2026-06-15 09:05", ent, "34109-9", "Note", "Surgical scheduling / authorization worksheet",
           """SURGICAL AUTHORIZATION WORKSHEET (template)         Prepared 06/15/2026
Procedure: cochlear device implantation, left (CPT 69930). Surgeon: I. Parr, MD. Date: 06/30/2026.
Diagnosis: H90.3 bilateral SNHL.
Candidacy checklist (auto-filled from 05/05/2026 consult):
  [x] Bilateral moderate-to-profound SNHL
  [x] Best-aided sentence score <= 60% (28%)
  [x] Cognitive ability / rehabilitation commitment
  [x] Middle ear: no active infection (see 05/05 exam)
  [x] Cochlear lumen accessible (CT 04/28)
  [x] No contraindication to surgery
Submitted by surgical coordinator for signature.
""")

    c.sreq("ci-order", CPT, "69930", SVC_CI["display"], "2026-06-16 08:15", ent,
           reason="Bilateral profound sensorineural hearing loss", note="Left ear; surgery 06/30/2026.")

    case = {
        "id": "be-ci-02", "num": 20,
        "request": {"service": SVC_CI, "diagnoses": [dx("H90.3", "Sensorineural hearing loss, bilateral")],
                    "payer": "medicare", "urgency": "standard", "date": "2026-06-16"},
        "gold": {"recommendation": "refer", "policy": "NCD 50.3",
                 "evidence": ["DocumentReference/rn-2026-06-09", "Observation/ear-culture-2026-06-11",
                              "Condition/csom-left", "DocumentReference/ent-phone-2026-06-12"],
                 "missing": [],
                 "rationale": "Hearing and sentence-score criteria are met, but the NCD requires freedom from middle ear "
                              "infection: on 06/09 and 06/12 the left (implant) ear has active suppurative otitis media "
                              "with Pseudomonas on treatment, and the surgeon himself may postpone. The worksheet's "
                              "'no active infection' is auto-filled from the 05/05 exam. Physician review."},
        "criteria": [
            ["hearing-loss", "Bilateral moderate-to-profound SNHL", "met",
             ["Observation/pta-right-2026-04-14", "Observation/pta-left-2026-04-14"]],
            ["limited-benefit", "<= 60% best-aided open-set sentence score", "met", ["Observation/azbio-quiet-2026-04-14"]],
            ["middle-ear", "Freedom from middle ear infection", "not_met",
             ["DocumentReference/rn-2026-06-09", "Observation/ear-culture-2026-06-11", "Condition/csom-left"]],
            ["cochlea", "Accessible cochlear lumen", "met", ["DocumentReference/ct-2026-04-28"]],
        ],
        "traps": "auto-filled template claims no infection; older dry-ear exam (05/05) vs current otorrhea (06/09); "
                 "nurse note documents the physician's finding",
    }
    c._stamp = "2026-06-16 17:00"
    return c, case


# ------------------------------------------------------------------------------------------------
def ci03():
    """Request info: best-aided sentence testing not yet done (new aids fitted; CI evaluation booked after request);
    only unaided word-recognition scores exist."""
    c = Chart(21, "mountain", "ehr.wasatch-hb.example", "http://fhir.wasatch-hb.example/CodeSystem/local-obs")
    org = c.org("wasatch", "Wasatch Hearing & Balance", city="Bear Lake Crossing", state="UT")
    c.patient("Desmond", "Farrow", "male", "1951-09-09", "Bear Lake Crossing", "UT", "84099", "435-555-0120",
              "WHB-330947", org, extra_given="Allen")
    c.coverage("7RC9-YB4-DW62", "2016-09-01")
    aud = c.prac("aud-toone", "Kimberly", "Toone", "AuD", "Audiology", npi(631974285))
    ent = c.prac("dr-petrosyan", "Lars", "Petrosyan", "MD", "Otolaryngology", npi(631974203))
    rad = c.prac("dr-vanterpool", "Celia", "Vanterpool", "MD", "Neuroradiology", npi(631974221))

    c.cond("snhl", "H90.3", "Sensorineural hearing loss, bilateral", "2017-02-13 10:00", recorder=aud)
    c.cond("hearing-aid", "Z97.4", "Presence of external hearing-aid", "2017-03-01 10:00", recorder=aud)
    c.cond("t2dm", "E11.9", "Type 2 diabetes mellitus without complications", "2015-06-01 10:00", recorder=ent)

    pta(c, "pta-right-2026-09-15", "2026-09-15 09:10", "Right", 74, aud)
    pta(c, "pta-left-2026-09-15", "2026-09-15 09:11", "Left", 79, aud)
    c.obs("wrs-right-2026-09-15", "wrs-unaided-r", "Word recognition score, unaided, right ear (NU-6, monitored live "
          "voice, 40 dB SL)", "2026-09-15 09:30", 24, "%", loinc=False, category="exam", performer=aud)
    c.obs("wrs-left-2026-09-15", "wrs-unaided-l", "Word recognition score, unaided, left ear (NU-6, monitored live "
          "voice, 40 dB SL)", "2026-09-15 09:35", 16, "%", loinc=False, category="exam", performer=aud)
    c.obs("quicksin-2019-05-02", "quicksin", "QuickSIN SNR loss (binaural, aided)", "2019-05-02 10:00", 14, "dB",
          loinc=False, category="exam", performer=aud)
    appt = c.appt("ci-eval-2026-11-17", "2026-10-20 14:00", "2026-11-17 08:30", 120,
                  "Cochlear implant candidacy evaluation - recorded sentence testing, best-aided condition",
                  practitioner=aud)
    c.med("metformin", "6809", "metformin", "2015-06-01 10:10", ent, "500 mg by mouth twice daily",
          reason_text="Type 2 diabetes")

    c.note("audiology-2026-09-15", "2026-09-15 11:00", aud, "11506-3", "Progress note", "Audiology evaluation",
           """WASATCH HEARING & BALANCE - AUDIOLOGY - 09/15/2026 - Kimberly Toone, AuD
75 yo M, bilateral SNHL, hearing aids since 2017 (current pair 9 years old; left aid intermittently dead, has not
worn it for months).
Otoscopy clear; tympanometry type A bilaterally.
Pure-tone: bilateral severe SNHL, PTA R 74, L 79 dB HL, sloping to profound above 2 kHz.
Word recognition (unaided, NU-6 monitored live voice at 40 dB SL): R 24%, L 16%.
No aided sentence testing today - his hearing aids are not functional/appropriate, so a best-aided score would not
be valid.
Plan: fit new bilateral receiver-in-canal aids (09/29), verify with real-ear, 30-day acclimatization, then formal
CI candidacy testing with recorded sentences (AzBio) in the best-aided condition.
""")

    c.note("ha-fitting-2026-09-29", "2026-09-29 15:00", aud, "11506-3", "Progress note", "Hearing aid fitting",
           """Hearing aid fitting - 09/29/2026 - Kimberly Toone, AuD
Fitted bilateral RIC aids, power receivers, closed domes. Real-ear verified to NAL-NL2 targets within 5 dB through
3 kHz. Patient reports sound is "loud but clearer". Acclimatization schedule given. Return in 2-4 weeks for
fine-tuning; CI candidacy testing to be scheduled after at least 30 days of use.
""")

    c.note("ent-2026-10-20", "2026-10-20 13:40", ent, "11488-4", "Consult note", "Otolaryngology consultation",
           """<html><body>
<p><b>Wasatch Hearing &amp; Balance &mdash; ENT</b> &mdash; 10/20/2026 &mdash; Lars Petrosyan, MD</p>
<p>75-year-old man with bilateral severe SNHL. Unaided word recognition very poor (R 24%, L 16%). New hearing aids
since 09/29 with some benefit reported by his wife for TV.</p>
<p>Exam: TMs intact, no effusion, no drainage. Dix-Hallpike negative. Cranial nerves normal.</p>
<p>Cognition grossly intact, keen to pursue implant, understands rehabilitation commitment.</p>
<p><b>Assessment:</b> likely CI candidate. <b>Best-aided sentence testing pending</b> &mdash; scheduled 11/17/2026 after
30 days with the new aids.</p>
<p><b>Plan:</b> CT temporal bones, MRI IACs. Will submit authorization now so surgery can be booked for December if
candidacy is confirmed.</p>
</body></html>""", html=False)

    c.note("ct-2026-10-27", "2026-10-27 16:00", rad, "18748-4", "Diagnostic imaging study", "CT temporal bones",
           """CT TEMPORAL BONES WITHOUT CONTRAST - 10/27/2026 - Celia Vanterpool, MD
Normal cochlear morphology bilaterally with patent basal turns; no ossification. Middle ears and mastoids
clear. Ossicles intact. IACs normal.
Impression: anatomy suitable for cochlear implantation.
""")

    c.note("mri-2026-10-30", "2026-10-30 12:20", rad, "18748-4", "Diagnostic imaging study", "MRI IACs",
           """MRI INTERNAL AUDITORY CANALS WITH AND WITHOUT CONTRAST - 10/30/2026 - Celia Vanterpool, MD
Cochlear nerves present bilaterally. No vestibular schwannoma or other IAC/CPA lesion. Normal labyrinthine fluid
signal. Mild periventricular white matter change for age.
Impression: no retrocochlear pathology.
""")

    c.sreq("ci-order", CPT, "69930", SVC_CI["display"], "2026-11-10 09:00", ent,
           reason="Bilateral severe sensorineural hearing loss", note="Left ear (poorer ear); continue right hearing aid.")

    case = {
        "id": "be-ci-03", "num": 21,
        "request": {"service": SVC_CI, "diagnoses": [dx("H90.3", "Sensorineural hearing loss, bilateral")],
                    "payer": "medicare", "urgency": "standard", "date": "2026-11-10"},
        "gold": {"recommendation": "request_info", "policy": "NCD 50.3",
                 "evidence": ["DocumentReference/audiology-2026-09-15", "DocumentReference/ent-2026-10-20",
                              "Appointment/ci-eval-2026-11-17"],
                 "missing": ["sentence|AzBio|HINT|best-aided|best aided|open-set|open set"],
                 "rationale": "Bilateral severe SNHL, clear ears, suitable CT and MRI are documented. Limited benefit from "
                              "amplification must be shown by <= 60% on recorded open-set sentence tests in the "
                              "best-aided condition; only unaided monitored-live-voice word scores exist, and the "
                              "best-aided sentence testing is booked for 11/17, after the request. Ask for it."},
        "criteria": [
            ["hearing-loss", "Bilateral moderate-to-profound SNHL", "met",
             ["Observation/pta-right-2026-09-15", "Observation/pta-left-2026-09-15"]],
            ["limited-benefit", "<= 60% recorded open-set sentence score, best-aided", "not_documented",
             ["DocumentReference/audiology-2026-09-15", "DocumentReference/ent-2026-10-20",
              "Appointment/ci-eval-2026-11-17"]],
            ["ear-anatomy", "No middle ear infection; accessible cochlea; no nerve/CNS lesion", "met",
             ["DocumentReference/ct-2026-10-27", "DocumentReference/mri-2026-10-30"]],
            ["cognition-rehab", "Cognition and willingness for rehabilitation", "met", ["DocumentReference/ent-2026-10-20"]],
        ],
        "traps": "unaided word scores (NU-6, live voice) vs recorded best-aided sentences; test booked after the request; "
                 "old QuickSIN; 'likely candidate'",
    }
    c._stamp = "2026-11-10 17:00"
    return c, case


CASES = [ci01, ci02, ci03]
