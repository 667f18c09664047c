"""NCD 50.3 cases (cochlear implantation)."""
from fhirlib import Bundle, dt, LOINC, CPT, html_doc, table
from common import case, svc, dx

P = "NCD 50.3"


def ci01():
    b = Bundle("bw13")
    b.patient("Delacroix", ["Thomas", "A"], "male", "1959-08-14", "Ashby")
    b.org("nvrmc", "Northvale Regional Medical Center", "Acute care hospital")
    b.org("lakeshore-tcu", "Lakeshore Transitional Care", "Skilled nursing facility")
    b.org("nv-ent", "Northvale Otology & Cochlear Implant Program", "Otolaryngology / audiology clinic")
    b.prac("dr-lindqvist", "Lindqvist", "Anna", "MD", "Hospital medicine")
    b.prac("dr-chandra", "Chandra", "Vikram", "MD", "Infectious diseases")
    b.prac("dr-sorensen", "Sorensen", "Kari", "MD", "Otolaryngology - otology/neurotology")
    b.prac("aud-patel", "Patel", "Rina", "AuD", "Audiologist, cochlear implant program")
    b.prac("dr-moreau", "Moreau", "Claire", "MD", "Neuroradiology")
    b.prac("dr-obi", "Obi", "Samuel", "MD", "SNF attending physician")
    b.prac("dr-yilmaz", "Yilmaz", "Deniz", "MD", "Anesthesiology")

    b.enc("enc-hosp-2026-01-03", "IMP", "Inpatient admission - ICU then medicine", dt("2026-01-03", "04:20"), dt("2026-01-16", "11:00"), org="nvrmc",
          admit_source="Emergency department", disposition="Skilled nursing facility (Lakeshore Transitional Care)",
          reason="Pneumococcal meningitis with left otitis media/mastoiditis")
    b.enc("enc-snf-2026-01-16", "NONAC", "Skilled nursing facility stay", dt("2026-01-16", "15:00"), dt("2026-02-06", "10:00"), org="lakeshore-tcu",
          disposition="Home with wife")
    b.enc("enc-ent-2026-02-10", "AMB", "Otology clinic visit and hearing aid fitting", dt("2026-02-10", "08:30"), dt("2026-02-10", "10:00"), org="nv-ent")
    b.enc("enc-ct-2026-02-16", "AMB", "CT temporal bones", dt("2026-02-16", "13:00"), dt("2026-02-16", "13:30"), org="nvrmc")
    b.enc("enc-aud-2026-02-17", "AMB", "Cochlear implant candidacy evaluation", dt("2026-02-17", "09:00"), dt("2026-02-17", "11:30"), org="nv-ent")
    b.enc("enc-anes-2026-02-18", "AMB", "Pre-anesthesia evaluation", dt("2026-02-18", "14:00"), dt("2026-02-18", "14:40"), org="nvrmc")
    b.enc("enc-ci-2026-03-02", "AMB", "Outpatient surgery - cochlear implant", dt("2026-03-02", "07:00"), dt("2026-03-02", "16:00"), org="nvrmc")

    b.cond("c-mening", "G00.1", "Pneumococcal meningitis", "2026-01-03", category="encounter-diagnosis", encounter="enc-hosp-2026-01-03",
           clinical="resolved", abatement="2026-01-16")
    b.cond("c-aom", "H66.92", "Otitis media, unspecified, left ear", "2026-01-03", category="encounter-diagnosis", encounter="enc-hosp-2026-01-03",
           clinical="resolved", abatement="2026-02-10", note="Source of meningitis with left mastoid opacification. Resolved on otology exam 02/10/2026.")
    b.cond("c-enceph", "G93.41", "Metabolic encephalopathy", "2026-01-03", category="encounter-diagnosis", encounter="enc-hosp-2026-01-03",
           clinical="resolved", abatement="2026-01-20")
    b.cond("c-snhl", "H90.3", "Sensorineural hearing loss, bilateral", "2026-01-14")
    b.cond("c-seq", "G09", "Sequelae of inflammatory diseases of central nervous system", "2026-02-10", note="Post-meningitic bilateral deafness.")
    b.cond("c-htn", "I10", "Essential (primary) hypertension", "2016-05-01")

    b.doc("ct-head-2026-01-03", "18748-4", "Diagnostic imaging study", "CT head without contrast", dt("2026-01-03", "05:10"), "dr-moreau",
          """CT HEAD WITHOUT CONTRAST 01/03/2026 05:02
No hemorrhage, mass effect or hydrocephalus. Opacification of the left middle ear cavity and left mastoid air cells, no coalescence or bone erosion. Right mastoid clear.
""", encounter="enc-hosp-2026-01-03", custodian="nvrmc")
    b.med("rx-ceftriaxone", "2193", "ceftriaxone 2 g injection", dt("2026-01-03", "05:30"), status="completed", dosage="2 g IV q12h x 14 days",
          encounter="enc-hosp-2026-01-03", start="2026-01-03", end="2026-01-16", requester="dr-chandra")
    b.med("rx-vanc", "11124", "vancomycin injection", dt("2026-01-03", "05:30"), status="stopped", dosage="IV per pharmacy dosing",
          encounter="enc-hosp-2026-01-03", start="2026-01-03", end="2026-01-05", status_reason="Pneumococcus penicillin/ceftriaxone-susceptible",
          requester="dr-chandra")
    b.med("rx-dexa", "3264", "dexamethasone 10 mg injection", dt("2026-01-03", "05:20"), status="completed", dosage="10 mg IV q6h x 4 days",
          encounter="enc-hosp-2026-01-03", start="2026-01-03", end="2026-01-06", requester="dr-chandra")
    b.proc("proc-myringotomy-2026-01-04", (CPT, "69421", "Myringotomy including aspiration, general anesthesia"), dt("2026-01-04", "11:00"),
           encounter="enc-hosp-2026-01-03", performer="dr-sorensen", body_site="Left ear", outcome="Purulent effusion aspirated; S. pneumoniae.")
    b.obs("pta-r-2026-01-14", ("local", "AUD-PTA-R", "Pure-tone average (0.5/1/2/4 kHz), right ear, air conduction"), dt("2026-01-14", "14:00"), 98, "dB HL",
          "dB", category="exam", encounter="enc-hosp-2026-01-03", performer="aud-patel")
    b.obs("pta-l-2026-01-14", ("local", "AUD-PTA-L", "Pure-tone average (0.5/1/2/4 kHz), left ear, air conduction"), dt("2026-01-14", "14:00"), 105, "dB HL",
          "dB", category="exam", encounter="enc-hosp-2026-01-03", performer="aud-patel")
    b.obs("tymp-2026-01-14", ("local", "AUD-TYMP", "Tympanometry"), dt("2026-01-14", "14:00"), "Right type A; Left type B (middle ear effusion)",
          category="exam", encounter="enc-hosp-2026-01-03", performer="aud-patel")
    b.doc("aud-inpt-2026-01-14", "11488-4", "Consult note", "Inpatient audiology evaluation", dt("2026-01-14", "15:00"), "aud-patel",
          """AUDIOLOGY - INPATIENT BEDSIDE EVALUATION 01/14/2026
Delacroix, Thomas 66M, day 11 of pneumococcal meningitis. Patient reports he "can't hear anything" since waking in ICU.
Otoscopy: R clear; L TM dull, myringotomy site healing, serous effusion.
Tympanometry: R type A, L type B.
Air conduction: profound bilateral loss - PTA R 98 dB HL, L 105 dB HL. Bone conduction: no response at limits bilaterally. Findings consistent with bilateral profound sensorineural hearing loss (left possibly with small conductive overlay from effusion).
OAEs absent bilaterally.
Recommend: urgent MRI IAC with high-resolution T2 to assess cochlear patency (post-meningitic ossification risk); otology referral for expedited CI evaluation; communication access (writing, captioning app).
""", encounter="enc-hosp-2026-01-03", custodian="nvrmc")
    b.doc("mri-2026-01-15", "18748-4", "Diagnostic imaging study", "MRI internal auditory canals with and without contrast", dt("2026-01-15", "18:00"), "dr-moreau",
          """MRI IAC / BRAIN W AND W/O CONTRAST 01/15/2026
Technique includes high-resolution 3D heavily T2-weighted (CISS) sequences through the temporal bones.
Findings: Faint enhancement of the left cochlear basal turn and vestibule, compatible with labyrinthitis. Normal high T2 fluid signal throughout both cochleae and vestibules - no fibrous obliteration. Internal auditory canals normal; cochlear and vestibular nerves present and normal in caliber bilaterally. No cerebellopontine angle or IAC mass. No brainstem or temporal lobe lesion. Resolving leptomeningeal enhancement.
Impression: Left labyrinthitis without loss of cochlear fluid signal. No retrocochlear or central auditory pathway lesion. Recommend expedited cochlear implant evaluation given risk of labyrinthitis ossificans.
""", encounter="enc-hosp-2026-01-03", custodian="nvrmc")
    b.doc("dc-2026-01-16", "18842-5", "Discharge summary", "Hospital discharge summary", dt("2026-01-16", "10:30"), "dr-lindqvist",
          """DISCHARGE SUMMARY 01/03/2026 - 01/16/2026
DELACROIX, Thomas 66M   Disposition: Lakeshore Transitional Care (SNF)
1. Pneumococcal meningitis from L AOM/mastoiditis - ICU 1/3-1/8, ceftriaxone 14 days completed today, dexamethasone x4 d. L myringotomy 1/4.
2. Metabolic/septic encephalopathy - improving; still intermittently disoriented at night (CAM positive 1/12, negative 1/14 and 1/15).
3. Bilateral profound SNHL - post-meningitic. MRI 1/15: L labyrinthitis, cochlear fluid preserved. EXPEDITED otology/CI referral placed (appt 2/10).
4. Deconditioning - SNF for PT/OT.
Communication: writes/reads well; uses phone speech-to-text.
""", encounter="enc-hosp-2026-01-03", custodian="nvrmc")
    b.obs("moca-2026-02-04", ("local", "MOCA", "Montreal Cognitive Assessment total score"), dt("2026-02-04", "10:00"), 27, "{score}", "{score}",
          category="survey", encounter="enc-snf-2026-01-16", note="Administered in written form (hearing impaired). Delirium resolved.")
    b.doc("snf-dc-2026-02-06", "18842-5", "Discharge summary", "SNF discharge summary (Lakeshore)", dt("2026-02-06", "09:30"), "dr-obi",
          """LAKESHORE TRANSITIONAL CARE - DISCHARGE SUMMARY
Thomas Delacroix 66M   01/16/2026 - 02/06/2026
Rehab after meningitis. Independent ambulation, ADLs independent. Cognition: oriented, no delirium since 1/18; MoCA 27/30 (written, 2/4). Manages own medications.
Communication by writing and captioning app; frustrated by deafness, motivated to "get my hearing back". Wife (retired teacher) involved daily.
Ears: no drainage. Otology appointment 2/10 confirmed.
""", encounter="enc-snf-2026-01-16", custodian="lakeshore-tcu")

    b.obs("tymp-2026-02-10", ("local", "AUD-TYMP", "Tympanometry"), dt("2026-02-10", "08:45"), "Type A bilaterally (normal middle ear)",
          category="exam", encounter="enc-ent-2026-02-10", performer="aud-patel")
    b.doc("ent-2026-02-10", "11488-4", "Consult note", "Otology consultation", dt("2026-02-10", "10:20"), "dr-sorensen",
          """NORTHVALE OTOLOGY & COCHLEAR IMPLANT PROGRAM - OTOLOGY CONSULTATION   02/10/2026
Thomas Delacroix 66M   Kari Sorensen MD

Post-meningitic bilateral profound SNHL (S. pneumoniae meningitis 1/3/2026, source L AOM/mastoiditis, L myringotomy 1/4).
Exam: both external canals clear. R TM normal. L TM intact, healed myringotomy site, normal landmarks, NO effusion. Tympanometry today type A bilaterally. No otorrhea, no mastoid tenderness. Middle ear disease resolved.
Cranial nerves: facial nerve intact bilaterally. Balance: mild unsteadiness, improving (bilateral vestibular hypofunction likely).
Communication: conversing by writing; alert, organized, asks detailed questions about the device and rehab.
Assessment: bilateral profound SNHL, post-meningitic, with MRI evidence of L labyrinthitis - time-sensitive because of the risk of cochlear ossification.
Plan: (1) loaner power hearing aids fitted today by audiology with real-ear verification; (2) CT temporal bones this week; (3) CI candidacy testing in 1 week with aids; (4) pre-anesthesia evaluation; (5) target implantation (R ear, better fluid signal/no labyrinthitis) as soon as authorized - EXPEDITED.
""", encounter="enc-ent-2026-02-10", custodian="nv-ent")
    b.doc("ct-temporal-2026-02-16", "18748-4", "Diagnostic imaging study", "CT temporal bones without contrast", dt("2026-02-16", "16:00"), "dr-moreau",
          """CT TEMPORAL BONES WITHOUT CONTRAST 02/16/2026
Comparison MRI 01/15/2026, CT head 01/03/2026.
Cochleae: normal 2.5-turn morphology bilaterally. Basal, middle and apical turns patent with normal fluid density; NO labyrinthitis ossificans or new bone formation in the round window niche or basal turn bilaterally. Vestibule and semicircular canals normal.
Middle ears and mastoids: now clear bilaterally (previous left opacification resolved). Ossicles intact. Facial nerve canals normal. No dehiscence.
Impression: patent, structurally normal cochleae bilaterally, suitable for electrode insertion. Resolved left otomastoiditis.
""", encounter="enc-ct-2026-02-16", custodian="nvrmc")

    b.obs("azbio-2026-02-17", ("local", "AUD-AZBIO-BA", "AzBio sentences in quiet, best-aided (bilateral), recorded, 60 dBA, percent correct"),
          dt("2026-02-17", "10:00"), 6, "%", "%", category="exam", encounter="enc-aud-2026-02-17", performer="aud-patel")
    b.obs("cnc-2026-02-17", ("local", "AUD-CNC-BA", "CNC words, best-aided (bilateral), recorded, percent correct"),
          dt("2026-02-17", "10:00"), 0, "%", "%", category="exam", encounter="enc-aud-2026-02-17", performer="aud-patel")
    aud = html_doc("CI candidacy evaluation", """
<h2>Cochlear Implant Candidacy Evaluation - Audiology</h2>
<p><b>Patient:</b> Thomas Delacroix &nbsp; <b>Date:</b> 02/17/2026 &nbsp; <b>Audiologist:</b> Rina Patel, AuD</p>
<h3>Unaided audiogram</h3>
""" + table([["Ear", "PTA (0.5-4 kHz)", "Bone conduction", "Type"], ["Right", "100 dB HL", "no response at limits", "Sensorineural, profound"],
             ["Left", "105 dB HL", "no response at limits", "Sensorineural, profound"]], header=None) + """
<p>Tympanometry: type A bilaterally.</p>
<h3>Amplification</h3>
<p>Loaner bilateral power BTE hearing aids fitted 02/10/2026, real-ear verified to NAL-NL2 targets, worn full-time for 7 days (datalogging 13 h/day).
Fitting appropriate for degree of loss; aided thresholds 55-70 dB HL.</p>
<h3>Speech recognition (recorded materials, 60 dBA, best-aided bilateral condition)</h3>
""" + table([["Test", "Right aided", "Left aided", "Bilateral best-aided"], ["AzBio sentences, quiet", "4%", "2%", "6%"],
             ["CNC words", "0%", "0%", "0%"]], header=None) + """
<p><b>Result:</b> limited benefit from appropriately fitted amplification.</p>
<h3>Counselling / expectations</h3>
<p>Patient and wife counselled on device, surgery, activation and the 6-12 month auditory rehabilitation program (weekly auditory training,
mapping sessions). Patient demonstrates good understanding via written Q&amp;A, realistic expectations, and commits to the rehabilitation schedule.
Recommend right cochlear implant, expedited.</p>
""")
    b.doc("ci-eval-2026-02-17", "11488-4", "Consult note", "Cochlear implant candidacy evaluation", dt("2026-02-17", "12:00"), "aud-patel",
          aud, ctype="text/html", encounter="enc-aud-2026-02-17", custodian="nv-ent")
    b.doc("anes-2026-02-18", "11488-4", "Consult note", "Pre-anesthesia evaluation", dt("2026-02-18", "14:45"), "dr-yilmaz",
          """PRE-ANESTHESIA EVALUATION 02/18/2026 - Delacroix, Thomas 66M
Planned: R cochlear implantation, general anesthesia, ~3 h.
PMH: HTN (amlodipine), recent pneumococcal meningitis (treated, resolved), no cardiac or pulmonary disease. METs > 4 (walks 2 miles).
Exam: airway Mallampati II. Heart RRR, lungs clear. BP 128/78.
Labs 2/17: CBC, BMP normal. ECG: sinus, normal.
ASA II. No contraindication to general anesthesia or surgery. Cleared.
""", encounter="enc-anes-2026-02-18", custodian="nvrmc")

    # after the request
    b.proc("proc-ci-2026-03-02", (CPT, "69930", "Cochlear device implantation, with or without mastoidectomy"), dt("2026-03-02", "09:30"),
           encounter="enc-ci-2026-03-02", performer="dr-sorensen", body_site="Right ear", outcome="Full insertion, normal impedances.")

    c = case("bw-ci-01", "bw13", svc("cpt", "69930", "Cochlear device implantation, with or without mastoidectomy"),
             [dx("H90.3", "Sensorineural hearing loss, bilateral"), dx("G09", "Sequelae of inflammatory diseases of central nervous system")],
             "2026-02-19", "approve", P,
             ["Observation/azbio-2026-02-17", "DocumentReference/ci-eval-2026-02-17", "DocumentReference/ent-2026-02-10",
              "DocumentReference/ct-temporal-2026-02-16", "DocumentReference/mri-2026-01-15", "DocumentReference/anes-2026-02-18"],
             rationale="Bilateral profound SNHL; best-aided recorded sentence score 6% with verified aids; middle-ear infection and effusion from the stay resolved on the newer otology exam and CT; cochleae patent on CT; no retrocochlear lesion on MRI; hospital encephalopathy resolved (MoCA 27) with documented motivation for rehab; anesthesia cleared. All patient-level criteria met.",
             note="EXPEDITED: post-meningitic deafness, risk of cochlear ossification. R CI.", urgency="expedited")
    return c, b


def ci02():
    b = Bundle("bw14")
    b.patient("Langford", ["Beatrice", "H"], "female", "1950-03-08", "Oak Haven")
    b.org("nvrmc", "Northvale Regional Medical Center", "Acute care hospital")
    b.org("nv-ent", "Northvale Otology & Cochlear Implant Program", "Otolaryngology / audiology clinic")
    b.org("nv-heart", "Northvale Heart & Vascular Clinic", "Outpatient cardiology")
    b.org("oak-im", "Oak Haven Internal Medicine", "Primary care clinic")
    b.prac("aud-patel", "Patel", "Rina", "AuD", "Audiologist, cochlear implant program")
    b.prac("dr-sorensen", "Sorensen", "Kari", "MD", "Otolaryngology - otology/neurotology")
    b.prac("dr-moreau", "Moreau", "Claire", "MD", "Neuroradiology")
    b.prac("dr-grant", "Grant", "Eliza", "MD", "Internal medicine (PCP)")
    b.prac("dr-varga", "Varga", "Peter", "MD", "Interventional cardiology")
    b.prac("dr-holm", "Holm", "David", "MD", "General cardiology")
    b.prac("ent-sched", "Byrne", "Tessa", "CMA", "ENT surgical scheduler")

    b.enc("enc-aud-2026-06-09", "AMB", "Cochlear implant candidacy evaluation", dt("2026-06-09", "09:00"), dt("2026-06-09", "11:30"), org="nv-ent")
    b.enc("enc-img-2026-06-16", "AMB", "CT temporal bones / MRI IAC", dt("2026-06-16", "08:00"), dt("2026-06-16", "10:00"), org="nvrmc")
    b.enc("enc-pcp-2026-06-30", "AMB", "Pre-operative medical evaluation", dt("2026-06-30", "10:00"), dt("2026-06-30", "10:40"), org="oak-im")
    b.enc("enc-ent-2026-07-01", "AMB", "Otology visit - CI candidacy decision", dt("2026-07-01", "14:00"), dt("2026-07-01", "14:40"), org="nv-ent")
    b.enc("enc-hosp-2026-07-19", "IMP", "Inpatient admission - cardiology", dt("2026-07-19", "07:30"), dt("2026-07-23", "12:00"), org="nvrmc",
          admit_source="Emergency department", disposition="Home; outpatient cardiac rehab", reason="NSTEMI")
    b.enc("enc-cardio-2026-08-06", "AMB", "Cardiology post-MI follow-up", dt("2026-08-06", "13:00"), dt("2026-08-06", "13:40"), org="nv-heart")

    b.cond("c-snhl", "H90.3", "Sensorineural hearing loss, bilateral", "2019-04-22", note="Progressive bilateral SNHL; bilateral hearing aids since 2019.")
    b.cond("c-ha", "Z97.4", "Presence of external hearing-aid", "2019-04-22")
    b.cond("c-htn", "I10", "Essential (primary) hypertension", "2009-01-01")
    b.cond("c-hld", "E78.5", "Hyperlipidemia, unspecified", "2009-01-01")
    b.cond("c-nstemi", "I21.4", "Non-ST elevation (NSTEMI) myocardial infarction", "2026-07-19", onset=dt("2026-07-19", "05:00"),
           category="encounter-diagnosis", encounter="enc-hosp-2026-07-19")
    b.cond("c-stent", "Z95.5", "Presence of coronary angioplasty implant and graft", "2026-07-20")

    b.obs("pta-r-2026-06-09", ("local", "AUD-PTA-R", "Pure-tone average (0.5/1/2/4 kHz), right ear, air conduction"), dt("2026-06-09", "09:30"), 78, "dB HL",
          "dB", category="exam", encounter="enc-aud-2026-06-09", performer="aud-patel", note="Sloping moderately-severe to profound, sensorineural.")
    b.obs("pta-l-2026-06-09", ("local", "AUD-PTA-L", "Pure-tone average (0.5/1/2/4 kHz), left ear, air conduction"), dt("2026-06-09", "09:30"), 84, "dB HL",
          "dB", category="exam", encounter="enc-aud-2026-06-09", performer="aud-patel", note="Sloping severe to profound, sensorineural.")
    b.obs("azbio-2026-06-09", ("local", "AUD-AZBIO-BA", "AzBio sentences in quiet, best-aided (bilateral), recorded, 60 dBA, percent correct"),
          dt("2026-06-09", "10:15"), 38, "%", "%", category="exam", encounter="enc-aud-2026-06-09", performer="aud-patel",
          note="Own hearing aids (2023), verified to target with real-ear measurement today.")
    b.doc("aud-2026-06-09", "11488-4", "Consult note", "Cochlear implant candidacy audiology report", dt("2026-06-09", "12:00"), "aud-patel",
          """CI CANDIDACY - AUDIOLOGY   06/09/2026   Beatrice Langford 76F   R. Patel AuD
Bilateral sloping moderately-severe to profound SNHL (PTA R 78, L 84 dB HL), air-bone gaps none. Tympanometry type A bilaterally.
Own bilateral RIC aids re-verified to NAL-NL2 targets by REM today.
Recorded AzBio sentences in quiet at 60 dBA, best-aided bilateral: 38%. CNC words best-aided 30%.
Impression: limited benefit from appropriately fitted amplification. Candidate for cochlear implantation (L ear, poorer).
Counselling: patient and husband informed; motivated, good understanding; willing to attend rehab and programming visits.
""", encounter="enc-aud-2026-06-09", custodian="nv-ent")
    b.doc("img-2026-06-16", "18748-4", "Diagnostic imaging study", "CT temporal bones and MRI IAC", dt("2026-06-16", "15:00"), "dr-moreau",
          """CT TEMPORAL BONES / MRI IAC 06/16/2026
CT: normal cochlear morphology and patent cochlear lumen bilaterally; middle ears and mastoids clear.
MRI: normal cochlear and vestibular nerves; no IAC/CPA mass; no central auditory pathway lesion.
""", encounter="enc-img-2026-06-16", custodian="nvrmc")
    b.doc("pcp-preop-2026-06-30", "11488-4", "Consult note", "Pre-operative medical evaluation", dt("2026-06-30", "10:50"), "dr-grant",
          """OAK HAVEN INTERNAL MEDICINE - PRE-OP EVALUATION 06/30/2026
Beatrice Langford 76F for L cochlear implant (general anesthesia).
HTN, HLD. Walks 1 mile daily without symptoms. ECG sinus, no ischemic changes. RCRI 0.
Assessment: low risk; medically optimized. Cleared for surgery.
""", encounter="enc-pcp-2026-06-30", custodian="oak-im")
    b.doc("ent-2026-07-01", "11506-3", "Progress note", "Otology visit - candidacy decision", dt("2026-07-01", "15:00"), "dr-sorensen",
          """OTOLOGY 07/01/2026 - Beatrice Langford 76F   K. Sorensen MD
Bilateral moderately-severe to profound SNHL; best-aided AzBio 38%. TMs intact, no effusion, no otitis. CT/MRI 6/16: patent cochleae, no retrocochlear lesion. Cognitively intact, motivated; husband supportive. Cleared by PCP 6/30.
Plan: L cochlear implantation. Surgery scheduling to contact patient (tentative September).
""", encounter="enc-ent-2026-07-01", custodian="nv-ent")

    b.proc("proc-pci-2026-07-20", (CPT, "92928", "Percutaneous transcatheter placement of intracoronary stent, single major coronary artery"),
           dt("2026-07-20", "10:30"), encounter="enc-hosp-2026-07-19", performer="dr-varga", body_site="Left circumflex artery",
           outcome="Drug-eluting stent x1 to mid LCx, 99% culprit lesion; TIMI 3.")
    b.med("rx-ticag", "1116632", "ticagrelor 90 mg oral tablet", dt("2026-07-20", "11:00"), dosage="90 mg twice daily for 12 months",
          encounter="enc-hosp-2026-07-19", start="2026-07-20", requester="dr-varga")
    b.med("rx-asa", "1191", "aspirin 81 mg oral tablet", dt("2026-07-20", "11:00"), dosage="81 mg daily", encounter="enc-hosp-2026-07-19",
          start="2026-07-20", requester="dr-varga")
    b.med("rx-atorva", "83367", "atorvastatin 80 mg oral tablet", dt("2026-07-20", "11:00"), dosage="80 mg nightly", encounter="enc-hosp-2026-07-19",
          start="2026-07-20", requester="dr-varga")
    b.med("rx-metop", "6918", "metoprolol succinate ER 25 mg oral tablet", dt("2026-07-21", "09:00"), dosage="25 mg daily", encounter="enc-hosp-2026-07-19",
          start="2026-07-21", requester="dr-varga")
    b.obs("lvef-2026-07-21", (LOINC, "10230-1", "Left ventricular Ejection fraction"), dt("2026-07-21", "10:00"), 50, "%", "%", category="imaging",
          encounter="enc-hosp-2026-07-19", method="Transthoracic echocardiography", note="Inferolateral hypokinesis.")
    b.doc("dc-2026-07-23", "18842-5", "Discharge summary", "Hospital discharge summary", dt("2026-07-23", "11:00"), "dr-varga",
          """DISCHARGE SUMMARY 07/19/2026 - 07/23/2026
LANGFORD, Beatrice 76F   Disposition: home, outpatient cardiac rehab
NSTEMI (peak hs-TnT 1,840). LHC 7/20: 99% mid LCx - DES x1. LVEF 50%.
DAPT: aspirin 81 + ticagrelor 90 BID x 12 months - DO NOT INTERRUPT without cardiology approval.
Elective procedures: please defer; cardiology to advise at follow-up.
Note: patient has pending L cochlear implant (ENT) - ENT notified by phone 7/22 that surgery should be deferred pending cardiology review.
""", encounter="enc-hosp-2026-07-19", custodian="nvrmc")
    b.doc("cardio-2026-08-06", "11506-3", "Progress note", "Cardiology post-MI follow-up", dt("2026-08-06", "13:45"), "dr-holm",
          """NORTHVALE HEART & VASCULAR - POST-MI FOLLOW-UP 08/06/2026
Beatrice Langford 76F. NSTEMI 7/19, DES mid LCx 7/20. Doing well, no angina, cardiac rehab started. BP 122/70 HR 62.
Pre-operative question from ENT (elective L cochlear implant, GA):
- Elective non-cardiac surgery should be deferred for at least 6 months after DES placement (not before 01/2027).
- Ticagrelor + aspirin must not be interrupted in this period; ENT advises surgery would require holding ticagrelor.
=> NOT cleared for elective surgery at this time. Re-evaluate in January 2027.
Letter sent to Dr. Sorensen.
""", encounter="enc-cardio-2026-08-06", custodian="nv-heart")
    b.doc("ent-preop-2026-08-10", "34109-9", "Note", "ENT surgical scheduling / pre-op checklist", dt("2026-08-10", "09:00"), "ent-sched",
          """NORTHVALE OTOLOGY - SURGICAL SCHEDULING CHECKLIST
Patient: Beatrice Langford   Procedure: L cochlear implant (69930)   Surgeon: K. Sorensen MD
Requested OR date: 09/15/2026
Medical clearance: PCP 06/30/2026 - cleared [x]
Audiology candidacy: 06/09/2026 [x]   Imaging: 06/16/2026 [x]
Anticoagulants/antiplatelets: see med list
Insurance authorization: submit 08/12
""", custodian="nv-ent")

    c = case("bw-ci-02", "bw14", svc("cpt", "69930", "Cochlear device implantation, with or without mastoidectomy"),
             [dx("H90.3", "Sensorineural hearing loss, bilateral")],
             "2026-08-12", "refer", P,
             ["DocumentReference/cardio-2026-08-06", "Procedure/proc-pci-2026-07-20", "DocumentReference/dc-2026-07-23"],
             rationale="Audiologic, imaging, middle-ear and cognitive criteria were documented met in June-July, but a newer event changed the picture: NSTEMI with DES on 07/20, DAPT that must not be interrupted, and cardiology explicitly not clearing elective surgery before 01/2027. The scheduler's checklist relies on the superseded 06/30 clearance. Contraindication to surgery documented: physician reviewer.",
             note="L CI, OR date 9/15/2026. Candidacy complete; medically cleared 6/30.")
    return c, b


CASES = [ci01, ci02]
