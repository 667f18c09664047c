from lib import Bundle, svc, dx
from cases_a import case


# ---------------------------------------------------------------- CI 13
@case
def ci13():
    b = Bundle("pp13", "http://audiology.northshore-ent.example/fhir/CodeSystem/audio")
    b.patient("pp13", "Dorothy Ann", "Kessler", "female", "1948-05-09", "Evanston", "IL", "NSE-310288")
    ent = b.prac("dr-solberg", "Ingrid", "Solberg", "MD, Otology/Neurotology", "1689405527")
    aud = b.prac("aud-brennan", "Leah", "Brennan", "AuD, CCC-A, Clinical Audiologist", "1447382290")
    rad = b.prac("dr-chen", "Victor", "Chen", "MD, Neuroradiology", "1023556718")
    anes = b.prac("dr-siddiqi", "Omar", "Siddiqi", "MD, Anesthesiology", "1376928840")
    o = b.org("org-nse", "North Shore Ear, Nose & Throat", "Otolaryngology practice")
    b.org("org-nsh", "North Shore Hospital", "Hospital")
    e1 = b.enc("enc-aud-2026-06-16", "AMB", "Cochlear implant candidacy evaluation", "2026-06-16T09:00:00-05:00", None, aud, o)
    e2 = b.enc("enc-ent-2026-07-01", "AMB", "Otology consultation", "2026-07-01T14:00:00-05:00", None, ent, o)
    e3 = b.enc("enc-anes-2026-07-09", "AMB", "Pre-anesthesia evaluation", "2026-07-09T10:00:00-05:00", None, anes)
    snhl = b.cond("snhl", "H90.3", "Sensorineural hearing loss, bilateral", "2019-03-12", asserter=ent)
    b.cond("ome", "H65.23", "Chronic serous otitis media, bilateral", "2024-02-06", clin="resolved", asserter=ent,
           note="Resolved after bilateral PE tubes 3/2024; tubes extruded, TMs healed.")
    b.cond("ha", "Z97.4", "Presence of external hearing-aid", "2019-05-01", asserter=aud)
    b.cond("htn", "I10", "Essential (primary) hypertension", "2010-01-01", asserter=anes)
    pta = b.obs("pta-2026-06-16", ("local", "PTA4", "Pure-tone average (0.5/1/2/4 kHz)"), "2026-06-16", performer=[aud],
                comps=[("local", "PTA-R-AC", "PTA right, air", 78, "dB[HL]", None),
                       ("local", "PTA-L-AC", "PTA left, air", 64, "dB[HL]", None),
                       ("local", "ABG", "Air-bone gap (max, either ear)", 5, "dB", None)],
                note="Bilateral sloping moderately-severe (L) to severe (R) SNHL, profound above 2 kHz bilaterally.")
    b.obs("azbio-2025-04-10", ("local", "AZBIO-Q-BA", "AzBio sentences in quiet, best-aided"), "2025-04-10", 64, "%", "%",
          performer=[aud])
    az = b.obs("azbio-2026-06-16", ("local", "AZBIO-BA", "AzBio sentence recognition, best-aided (bilateral HAs)"),
               "2026-06-16", performer=[aud], method="Recorded, 60 dBA, sound field",
               comps=[("local", "AZBIO-Q", "AzBio in quiet", 52, "%", "%"),
                      ("local", "AZBIO-10", "AzBio +10 dB SNR", 28, "%", "%")])
    b.obs("cnc-2026-06-16", ("local", "CNC", "CNC word recognition, aided, ear-specific"), "2026-06-16", performer=[aud],
          comps=[("local", "CNC-R", "CNC right", 24, "%", "%"), ("local", "CNC-L", "CNC left", 36, "%", "%")])
    tymp = b.obs("tymp-2026-07-01", ("local", "TYMP", "Tympanometry"), "2026-07-01", vstr="Type A bilaterally",
                 performer=[aud])
    moca = b.obs("moca-2026-07-01", ("local", "MOCA", "Montreal Cognitive Assessment (hearing-adapted)"), "2026-07-01",
                 26, "{score}", "{score}", performer=[ent], cat="survey")
    ct = b.dr("ct-2026-06-30", ("cpt", "70480", "CT orbit/sella/posterior fossa/outer, middle or inner ear without contrast"),
              "2026-06-30", "Temporal bone CT: normal cochlear and vestibular anatomy bilaterally. Cochlear lumen patent, "
              "no labyrinthitis ossificans. Middle ear and mastoids clear. Round window niche normal.", performer=[rad])
    mri = b.dr("mri-2026-06-30", ("cpt", "70553", "MRI brain without and with contrast"), "2026-06-30",
               "IACs and cerebellopontine angles normal; cochlear nerves present bilaterally. No retrocochlear mass. "
               "Mild chronic small-vessel ischemic change in periventricular white matter (age-appropriate).",
               performer=[rad])
    audn = b.doc("aud-2026-06-16", "consult", "2026-06-16T12:30:00-05:00", aud, """<html><body><h3>Adult Cochlear Implant Candidacy Evaluation</h3>
<p>Patient: Dorothy Kessler, 78F. Audiologist: L. Brennan, AuD.</p>
<p>Current devices: bilateral RIC hearing aids (fit 3/2025), verified today with real-ear measures - meet NAL-NL2
targets through 3 kHz. Consistent full-time use (datalogging 13 h/day).</p>
<table border="1"><tr><th>Test</th><th>Right</th><th>Left</th><th>Binaural (best-aided)</th></tr>
<tr><td>PTA (0.5-4 kHz)</td><td>78 dB HL</td><td>64 dB HL</td><td>-</td></tr>
<tr><td>Air-bone gap</td><td>&le;5 dB</td><td>&le;5 dB</td><td>-</td></tr>
<tr><td>CNC words (aided)</td><td>24%</td><td>36%</td><td>-</td></tr>
<tr><td>AzBio sentences, quiet (recorded)</td><td>-</td><td>-</td><td><b>52%</b></td></tr>
<tr><td>AzBio sentences, +10 SNR</td><td>-</td><td>-</td><td>28%</td></tr></table>
<p>Impression: bilateral moderate-to-profound (sloping) sensorineural hearing loss with limited benefit from
appropriately fit amplification. Decline from 4/2025 (AzBio quiet 64%). Meets audiologic candidacy.</p>
<p>Counseled re: expectations, rehab schedule; patient and daughter motivated.</p></body></html>""",
                 "CI candidacy audiology report", ctype="text/html", enc=e1, custodian=o)
    entn = b.doc("ent-2026-07-01", "consult", "2026-07-01T15:10:00-05:00", ent, """OTOLOGY CONSULT - I. Solberg MD
78F progressive bilateral SNHL since ~2015, HAs since 2019, now struggling even with new aids.
Hx bilateral OME 2024 -> PE tubes 3/2024, resolved. No otorrhea since. No vertigo.
Exam: TMs intact, mobile, no effusion bilaterally; tympanometry type A. EACs clear.
Imaging 6/30: CT - patent cochleae, normal anatomy; MRI - normal IACs/CN VIII, no retrocochlear lesion.
MoCA (hearing-adapted) 26/30. Retired teacher, motivated; daughter will drive to programming/rehab visits.
A/P: candidate for R cochlear implant (poorer ear). Pre-anesthesia eval. Aural rehab plan reviewed.""",
                 "Otology consult", enc=e2, custodian=o)
    an = b.doc("anes-2026-07-09", "hp", "2026-07-09T10:45:00-05:00", anes, """PRE-ANESTHESIA EVALUATION
Procedure: R cochlear implant (GA). ASA II. HTN controlled (128/76). METs > 4 (walks 1 mi daily).
Airway: Mallampati II. ECG SR. No contraindication to general anesthesia. Cleared.""",
               "Pre-anesthesia evaluation", enc=e3)
    b.doc("tel-2026-07-14", "phone", "2026-07-14T09:20:00-05:00", aud, """Phone: daughter called to ask about implant brand options and whether her mother can keep her L hearing aid
after surgery (yes - bimodal). Also mentions her own hearing loss (daughter, 51) - advised her own audiology visit.""",
          "Telephone note", custodian=o)
    case = {"id": "bp-ci-13", "patient": "patients/pp13.json",
            "request": {"service": svc("cpt", "69930", "Cochlear device implantation, with or without mastoidectomy"),
                        "diagnoses": [dx("H90.3", "Sensorineural hearing loss, bilateral")],
                        "payer": "medicare", "urgency": "standard", "date": "2026-07-21",
                        "note": "Reconsideration: prior review said 'left ear only moderate' and cited AzBio 64% from 2025."},
            "gold": {"recommendation": "approve", "policy": "NCD 50.3",
                     "evidence": [az, pta, audn, entn, ct, mri, tymp, moca],
                     "missing": [],
                     "rationale": "Bilateral sensorineural loss in the moderate-to-profound range (the NCD does not require profound loss in both ears), with best-aided recorded AzBio sentences at 52% in 2026 (superseding the 64% from 2025); the middle ears are clear (OME resolved), CT and MRI are normal, and cognition, motivation and surgical clearance are documented.",
                     "first_review": "denied"}}
    return case, b


# ---------------------------------------------------------------- CI 14
@case
def ci14():
    b = Bundle("pp14", "urn:oid:2.16.840.1.113883.3.6610.2.12")
    b.patient("pp14", "Howard Eli", "Brannigan", "male", "1950-01-22", "Spokane", "WA", "IEH-0098172")
    ent = b.prac("dr-amaral", "Beatriz", "Amaral", "MD, Otolaryngology", "1326450981")
    aud = b.prac("aud-reyes", "Tomas", "Reyes", "AuD, Audiology", "1598820013")
    rad = b.prac("dr-hollander", "Ruth", "Hollander", "MD, Radiology", "1740336925")
    o = b.org("org-ieh", "Inland Empire Hearing & ENT", "ENT/audiology practice")
    b.org("org-ihosp", "Inland Regional Imaging", "Imaging center")
    e1 = b.enc("enc-aud-2026-08-04", "AMB", "Audiologic evaluation", "2026-08-04T10:00:00-07:00", None, aud, o)
    e2 = b.enc("enc-ent-2026-08-18", "AMB", "ENT consultation", "2026-08-18T15:00:00-07:00", None, ent, o)
    b.cond("snhl", "H90.3", "Sensorineural hearing loss, bilateral", "2016-11-03", asserter=ent)
    b.cond("ha", "Z97.4", "Presence of external hearing-aid", "2017-01-10", asserter=aud)
    b.cond("tinnitus", "H93.13", "Tinnitus, bilateral", "2016-11-03", asserter=ent)
    b.cond("htn", "I10", "Essential (primary) hypertension", "2012-06-01", asserter=ent)
    pta = b.obs("pta-2026-08-04", ("local", "PTA", "Pure tone average 500-4000 Hz"), "2026-08-04", performer=[aud],
                comps=[("local", "PTA-R", "Right ear PTA", 82, "dB[HL]", None),
                       ("local", "PTA-L", "Left ear PTA", 88, "dB[HL]", None)])
    wrs = b.obs("wrs-2026-08-04", ("local", "WRS-UNAIDED", "Word recognition score, unaided, under headphones"),
                "2026-08-04", performer=[aud], method="NU-6 words, monitored live voice, 95 dB HL",
                comps=[("local", "WRS-R", "Right", 28, "%", "%"), ("local", "WRS-L", "Left", 16, "%", "%")])
    b.obs("hhie-2026-08-04", ("local", "HHIE-S", "Hearing Handicap Inventory for the Elderly - Screening"), "2026-08-04",
          34, "{score}", "{score}", performer=[aud], cat="survey")
    b.obs("tymp-2026-08-18", ("local", "TYMP", "Tympanometry"), "2026-08-18", vstr="Type A, normal bilaterally",
          performer=[aud])
    ct = b.dr("ct-2026-08-25", ("cpt", "70480", "CT temporal bone without contrast"), "2026-08-25",
              "Normal cochlear anatomy and patency bilaterally; no ossification. Clear middle ears.", performer=[rad])
    mri = b.dr("mri-2026-08-25", ("cpt", "70553", "MRI brain/IAC with and without contrast"), "2026-08-25",
               "No vestibular schwannoma or other IAC/CPA lesion. Normal cochlear nerves.", performer=[rad])
    b.sreq("sr-cieval", "92626", "Cochlear implant candidacy evaluation incl. aided sentence testing", "2026-08-18", ent,
           occurrence="2026-09-22", note="Once hearing aids return from repair.")
    b.appt("appt-cieval", "CI candidacy evaluation (AzBio best-aided) - T. Reyes AuD", "2026-08-19",
           "2026-09-22T09:00:00-07:00", "booked", [aud])
    b.medreq("rx-amlodipine", "17767", "amlodipine 5 MG Oral Tablet", "2012-06-01", ent, "5 mg daily")
    audn = b.doc("aud-2026-08-04", "note", "2026-08-04T11:30:00-07:00", aud, """INLAND EMPIRE HEARING & ENT - AUDIOLOGIC EVALUATION            [scanned]
Pt: BRANNIGAN, H0WARD E.   76 y/o M      Audiologist: T. Reyes, AuD
0toscopy: clear bilat.
Pure tones: severe-to-pr0found SNHL bilat. PTA R 82 / L 88 dB HL. No air-b0ne gap.
Speech: SRT R 80 / L 85. WRS (NU-6, MLV, 95 dB HL, unaided, earphones): R 28%  L 16%.
Aided testing: N0T PERF0RMED - patient's hearing aids sent out for repair (receiver failure, both)
  on 7/30; loaner not available.
HHIE-S 34 (significant handicap). Pt: "can't follow anything even with my aids on".
Rec: CI candidacy eval with best-aided sentence testing when aids return; ENT referral.""",
                "Audiology report (scanned)", enc=e1, custodian=o)
    b.doc("tel-2026-08-06", "phone", "2026-08-06T14:00:00-07:00", aud, """HA repair tracking: both receivers replaced by manufacturer; ETA back to clinic ~3-4 weeks.
Pt notified. Will schedule aided testing on return.""", "Telephone note", custodian=o)
    entn = b.doc("ent-2026-08-18", "consult", "2026-08-18T16:00:00-07:00", ent, """ENT CONSULT - B. Amaral MD
76M, bilateral progressive SNHL, HAs since 2017, poor benefit. Retired civil engineer, sharp, very motivated
for implant and rehab; wife supportive.
Exam: TMs intact/mobile; tymps type A. No otorrhea hx. Cranial nerves intact.
Audio 8/4: severe-profound SNHL, WRS R 28% L 16% unaided.
Plan: CT temporal bones + MRI IAC. Formal candidacy testing (aided sentences) 9/22 once HAs back.
Likely candidate. No surgical contraindication; healthy apart from HTN.""", "ENT consult", enc=e2, custodian=o)
    b.doc("ha-2024-03-12", "nurse", "2024-03-12T11:00:00-07:00", aud, """Hearing aid fitting/verification: bilateral BTE power aids, REM to NAL-NL2 targets. Counseling done.""",
          "Hearing aid fitting note", custodian=o)
    pre = b.doc("ent-preop-2026-09-01", "progress", "2026-09-01T08:30:00-07:00", ent, """PRE-OP PLANNING NOTE (template)
Diagnosis: bilateral severe-profound SNHL. Imaging 8/25: CT normal cochlear lumen; MRI no retrocochlear lesion.
Medicare CI criteria: [x] bilateral mod-profound SNHL  [x] limited benefit from amplification (WRS 28%/16%)
[x] no middle ear infection  [x] imaging OK  [x] cognition/motivation  [x] no contraindication
Plan: R CI, tentative date 10/13/26. Submit authorization.""", "ENT pre-op planning note", custodian=o)
    case = {"id": "bp-ci-14", "patient": "patients/pp14.json",
            "request": {"service": svc("cpt", "69930", "Cochlear device implantation, with or without mastoidectomy"),
                        "diagnoses": [dx("H90.3", "Sensorineural hearing loss, bilateral")],
                        "payer": "medicare", "urgency": "standard", "date": "2026-09-15",
                        "note": "All Medicare criteria checked - see pre-op note 9/1."},
            "gold": {"recommendation": "request_info", "policy": "NCD 50.3",
                     "evidence": [pta, wrs, audn, entn, ct, mri],
                     "missing": ["sentence|AzBio|HINT|best-aided|best aided|aided speech|aided testing|aided test"],
                     "rationale": "Bilateral severe-profound SNHL, clear middle ears, normal imaging and motivation are documented, but limited benefit from amplification is defined by best-aided recorded open-set sentence scores and only unaided live-voice word scores exist; aided sentence testing is booked after the request date.",
                     "first_review": "approved"}}
    return case, b


# ---------------------------------------------------------------- LAAC 15
@case
def laac15():
    b = Bundle("pp15", "http://fhir.coastalheart.example/CodeSystem/cv-scores")
    b.patient("pp15", "Conrad Ames", "Whitfield", "male", "1951-09-12", "Wilmington", "NC", "CHR-2290417")
    ep = b.prac("dr-tanabe", "Hiroshi", "Tanabe", "MD, Cardiac Electrophysiology (LAAC operator)", "1851390024")
    gc = b.prac("dr-reyes-whitaker", "Monica", "Reyes-Whitaker", "MD, General (non-invasive) Cardiology", "1063477215")
    neuro = b.prac("dr-pryce", "Alan", "Pryce", "MD, Neurology", "1528894410")
    gi = b.prac("dr-qureshi", "Fatima", "Qureshi", "MD, Gastroenterology", "1932016557")
    o = b.org("org-chr", "Coastal Heart & Rhythm", "Cardiology group")
    hosp = b.org("org-cfmc", "Cape Fear Medical Center", "Hospital")
    e1 = b.enc("enc-gi-2025-09-12", "IMP", "Inpatient - upper GI bleed", "2025-09-12T02:00:00-04:00",
               "2025-09-16T12:00:00-04:00", gi, hosp)
    e2 = b.enc("enc-ed-2025-10-20", "EMER", "ED visit - transient visual disturbance", "2025-10-20T18:30:00-04:00",
               "2025-10-20T23:50:00-04:00", None, hosp)
    e3 = b.enc("enc-neuro-2025-11-12", "AMB", "Neurology consult", "2025-11-12T10:00:00-05:00", None, neuro, hosp)
    e4 = b.enc("enc-sdm-2026-03-31", "AMB", "Cardiology - anticoagulation SDM visit", "2026-03-31T09:00:00-04:00", None, gc, o)
    e5 = b.enc("enc-ep-2026-04-14", "AMB", "EP/LAAC consult", "2026-04-14T13:00:00-04:00", None, ep, o)
    b.cond("af", "I48.19", "Other persistent atrial fibrillation", "2023-02-07", asserter=gc)
    htn = b.cond("htn", "I10", "Essential (primary) hypertension", "2009-05-01", asserter=gc)
    tia = b.cond("tia", "G45.9", "Transient cerebral ischemic attack, unspecified", "2025-10-20", ver="refuted",
                 clin="inactive", enc=e2, note="ED provisional dx. Neurology 11/12/25: migraine aura, not TIA. MRI DWI negative.")
    b.cond("migraine", "G43.109", "Migraine with aura, not intractable, without status migrainosus", "2025-11-12",
           asserter=neuro)
    pre = b.cond("prediabetes", "R73.03", "Prediabetes", "2024-08-20", asserter=gc, note="Diet only. No DM dx.")
    b.cond("gib", "K92.2", "Gastrointestinal hemorrhage, unspecified", "2025-09-12", clin="resolved", enc=e1,
           asserter=gi, note="On apixaban; Hgb 6.9, 3 u PRBC; gastric angioectasias treated with APC.")
    b.obs("hgb-2025-09-12", ("loinc", "718-7", "Hemoglobin [Mass/volume] in Blood"), "2025-09-12", 6.9, "g/dL", "g/dL",
          performer=[hosp], cat="laboratory")
    a1c = b.obs("a1c-2026-03-02", ("loinc", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), "2026-03-02", 6.1,
                "%", "%", performer=[o], cat="laboratory")
    lv = b.obs("lvef-2026-01-15", ("loinc", "10230-1", "Left ventricular Ejection fraction"), "2026-01-15", 58, "%", "%",
               performer=[o], cat="imaging", note="TTE: normal LV size/function; no significant valve disease; LA 4.6 cm.")
    sc = b.obs("chadsvasc-2026-04-14", ("local", "CHA2DS2VASC", "CHA2DS2-VASc score (as entered)"), "2026-04-14", 5,
               "{score}", "{score}", performer=[ep], cat="survey", note="Entered by EP: age, HTN, TIA x2, DM.")
    b.medreq("rx-apixaban", "1364430", "apixaban 5 MG Oral Tablet", "2023-02-07", gc, "5 mg twice daily",
             status="stopped", validity=("2023-02-07", "2025-09-12"), note="Stopped 9/12/25 for major GI bleed.")
    b.medreq("rx-metoprolol", "6918", "metoprolol succinate 50 MG Extended Release Oral Tablet", "2023-02-07", gc,
             "50 mg daily")
    b.doc("gi-ds-2025-09-16", "discharge", "2025-09-16T11:30:00-04:00", gi, """CAPE FEAR MEDICAL CENTER - DISCHARGE SUMMARY (GI)
74M on apixaban for AF admitted with melena, Hgb 6.9 -> 3 units PRBC. EGD: multiple gastric angioectasias, 2 actively
oozing, treated with APC. Apixaban held.
Recommendation: high risk of recurrent bleeding from angioectasias on anticoagulation; long-term OAC not
advised - discuss LAAC with cardiology. Short-term anticoagulation peri-procedure would be acceptable with PPI.""",
          "GI discharge summary", enc=e1, custodian=hosp)
    b.doc("ed-2025-10-20", "note", "2025-10-20T23:40:00-04:00", hosp, """ED NOTE: 74M, AF off anticoag since GI bleed. 20 min of shimmering zig-zag lights R visual field, then mild
headache. Neuro exam normal. CT head neg. Imp: ?TIA vs migraine aura. Start ASA 81, neurology f/u, MRI.""",
          "ED note", enc=e2)
    nn = b.doc("neuro-2025-11-12", "consult", "2025-11-12T11:15:00-05:00", neuro, """<html><body><h3>Neurology Consultation - A. Pryce MD</h3>
<p>Referred for ?TIA 10/20/25. Episode: 20 min of scintillating scotoma spreading across R hemifield, followed by
throbbing headache; 2 similar episodes in his 50s. MRI brain 10/23 with DWI: no infarct. MRA normal.</p>
<p><b>Impression:</b> Migraine with aura (late-life recurrence). This was <b>not</b> a TIA. No history of stroke,
TIA or systemic embolism.</p><p>Plan: no change to stroke-risk scoring on this basis. Aspirin not needed for this.</p></body></html>""",
               "Neurology consult", ctype="text/html", enc=e3, custodian=hosp)
    sdm = b.doc("sdm-2026-03-31", "note", "2026-03-31T10:15:00-04:00", gc, """SHARED DECISION-MAKING - STROKE PREVENTION IN AF (M. Reyes-Whitaker MD, general cardiology; not an implanter)
Tool: ACC CardioSmart "Atrial Fibrillation - Stroke Prevention" decision aid (evidence-based), used with patient.
Risk profile reviewed with him: age 74, HTN; prediabetes (not diabetes); LVEF normal; neurology says 10/2025 event
was migraine aura, not TIA. Bleeding: major GI bleed on apixaban 9/2025 (angioectasias).
Options: resume DOAC, LAAC, aspirin/no therapy. Patient prefers LAAC; unwilling to risk another bleed.
I explained that his stroke risk score is on the lower side and that LAAC eligibility depends on it; defer to EP.""",
                "SDM note", enc=e4, custodian=o)
    epn = b.doc("ep-2026-04-14", "consult", "2026-04-14T14:30:00-04:00", ep, """EP / LAAC CONSULT - H. Tanabe MD
74M persistent AF. CHA2DS2-VASc 5 (age, HTN, TIA x2, DM). HAS-BLED 3. Major GI bleed on apixaban 9/2025.
SDM completed with Dr. Reyes-Whitaker 3/31 using decision aid.
TEE pending for LAA anatomy. Suitable for short-term warfarin/DAPT post-implant per GI.
Plan: Watchman FLX. Submit authorization.""", "EP consult", enc=e5, custodian=o)
    case = {"id": "bp-laac-15", "patient": "patients/pp15.json",
            "request": {"service": svc("cpt", "33340", "Percutaneous transcatheter closure of the left atrial appendage with endocardial implant"),
                        "diagnoses": [dx("I48.19", "Other persistent atrial fibrillation")],
                        "payer": "medicare", "urgency": "standard", "date": "2026-04-28",
                        "note": "CHA2DS2-VASc 5, prior major GI bleed on apixaban."},
            "gold": {"recommendation": "refer", "policy": "NCD 20.34",
                     "evidence": [nn, a1c, pre, htn, lv, sdm],
                     "missing": [],
                     "rationale": "Recomputed from the record, CHA2DS2-VASc is 2 (age 74, hypertension) and CHADS2 is 1: the 'TIA' was refuted by neurology as migraine aura and he has prediabetes, not diabetes, so the EP's stated score of 5 is wrong and the score threshold is not met.",
                     "first_review": "approved"}}
    return case, b


# ---------------------------------------------------------------- LAAC 16
@case
def laac16():
    b = Bundle("pp16", "http://ehr.valleyview.example/fhir/CodeSystem/obs")
    b.patient("pp16", "Rosalind Grace", "Ebright", "female", "1944-06-17", "Roanoke", "VA", "VVH-5530196")
    pcp = b.prac("dr-ward", "Harlan", "Ward", "MD, Internal Medicine (primary care)", "1184722036")
    ep = b.prac("dr-lindgren", "Sofia", "Lindgren", "MD, Electrophysiology (LAAC operator)", "1386019554")
    gi = b.prac("dr-achebe", "Desmond", "Achebe", "MD, Gastroenterology", "1598263047")
    gc = b.prac("dr-volkova", "Kira", "Volkova", "MD, Non-invasive Cardiology", "1700882369")
    o = b.org("org-vvh", "Valley View Health", "Health system")
    b.org("org-vvcard", "Valley View Heart Rhythm", "EP practice")
    e1 = b.enc("enc-gi-2026-06-10", "IMP", "Inpatient - lower GI bleed", "2026-06-10T07:00:00-04:00",
               "2026-06-15T13:00:00-04:00", gi, o)
    e2 = b.enc("enc-pcp-2026-10-20", "AMB", "Primary care visit", "2026-10-20T14:00:00-04:00", None, pcp, o)
    e3 = b.enc("enc-ep-2026-10-29", "AMB", "EP consult", "2026-10-29T09:30:00-04:00", None, ep)
    b.cond("paf", "I48.0", "Paroxysmal atrial fibrillation", "2019-03-05", asserter=pcp)
    b.cond("htn", "I10", "Essential (primary) hypertension", "2001-01-01", asserter=pcp)
    b.cond("dm2", "E11.9", "Type 2 diabetes mellitus without complications", "2015-07-14", asserter=pcp)
    b.cond("angio", "K55.21", "Angiodysplasia of colon with hemorrhage", "2026-06-12", asserter=gi, enc=e1,
           note="3rd transfusion-requiring bleed on anticoagulation (11/2025 apixaban; 6/2026 warfarin).")
    b.cond("anemia", "D62", "Acute posthemorrhagic anemia", "2026-06-10", clin="resolved", asserter=gi, enc=e1)
    b.obs("hgb-2026-06-10", ("loinc", "718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-06-10", 6.8, "g/dL", "g/dL",
          performer=[o], cat="laboratory")
    sc = b.obs("cha2ds2vasc-2026-10-29", ("local", "CHA2DS2VASC", "CHA2DS2-VASc"), "2026-10-29", 5, "{score}",
               "{score}", performer=[ep], cat="survey", note="Age>=75 (2), female (1), HTN (1), DM (1).")
    b.obs("hasbled-2026-10-29", ("local", "HASBLED", "HAS-BLED"), "2026-10-29", 4, "{score}", "{score}", performer=[ep],
          cat="survey")
    b.obs("a1c-2026-10-20", ("loinc", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), "2026-10-20", 7.0, "%", "%",
          performer=[o], cat="laboratory")
    b.medreq("rx-apixaban", "1364430", "apixaban 5 MG Oral Tablet", "2019-03-05", pcp, "5 mg BID", status="stopped",
             validity=("2019-03-05", "2025-11-18"), note="Stopped after GI bleed 11/2025; switched to warfarin.")
    b.medreq("rx-warfarin", "11289", "warfarin 2.5 MG Oral Tablet", "2025-12-01", pcp, "per INR clinic",
             status="stopped", validity=("2025-12-01", "2026-06-10"), note="Stopped 6/10/26 for recurrent GI bleed.")
    b.medreq("rx-metformin", "6809", "metformin 500 MG Oral Tablet", "2015-07-14", pcp, "500 mg BID")
    gids = b.doc("gi-ds-2026-06-15", "discharge", "2026-06-15T12:00:00-04:00", gi, """VALLEY VIEW HEALTH - DISCHARGE SUMMARY
82F PAF admitted with hematochezia on warfarin (INR 2.6), Hgb 6.8, 2 u PRBC. Colonoscopy: multiple cecal/ascending
angiodysplasias, APC treated. Third transfusion-requiring bleed on anticoagulation (apixaban 11/2025; warfarin now).
GI recommendation: she is NOT a candidate for long-term oral anticoagulation. A short course (about 45 days) of
warfarin after a closure device would be acceptable with PPI and weekly CBC. Warfarin discontinued.""",
                 "Discharge summary", enc=e1, custodian=o)
    pcpn = b.doc("pcp-2026-10-20", "progress", "2026-10-20T15:05:00-04:00", pcp, """PCP VISIT - H. Ward MD (internal medicine; I do not perform procedures)
Here to discuss stroke prevention per EP referral request.
We had a long talk about stroke risk with AF vs bleeding risk. Options reviewed: restart DOAC/warfarin (GI
advises against), left atrial appendage closure, aspirin alone, no therapy. Risks of the procedure discussed
(pericardial effusion, device embolization, device-related thrombus). She and her son asked good questions.
She wants to proceed with LAAC. Shared decision making performed. Time spent 40 min, >50% counseling.
Other: DM2 A1c 7.0, continue metformin. BP 134/78.""", "PCP progress note", enc=e2, custodian=o)
    epn = b.doc("ep-2026-10-29", "consult", "2026-10-29T11:00:00-04:00", ep, """<html><body><h3>Electrophysiology - LAAC Evaluation (S. Lindgren MD)</h3>
<table border="1"><tr><td>CHA2DS2-VASc</td><td>5</td></tr><tr><td>CHADS2</td><td>3</td></tr>
<tr><td>HAS-BLED</td><td>4</td></tr><tr><td>Long-term OAC</td><td>Contraindicated - recurrent angiodysplasia bleeding (GI 6/15/26)</td></tr>
<tr><td>Short-term warfarin</td><td>Acceptable per GI (45 days with PPI)</td></tr>
<tr><td>SDM</td><td>Completed by PCP Dr. Ward 10/20/26 (independent, non-interventional)</td></tr></table>
<p>TEE 10/27: LAA chicken-wing, ostium 21 mm, no thrombus. Plan Watchman FLX Pro. Submit PA.</p></body></html>""",
                "EP consult", ctype="text/html", enc=e3)
    b.doc("tel-2026-11-02", "phone", "2026-11-02T10:40:00-04:00", ep, """Phone: son asking for procedure date. Told pending insurance authorization. Pt asks if she can take
her fish oil - ok to continue until 1 wk before.""", "Telephone note")
    b.doc("sdm-2026-11-18", "note", "2026-11-18T13:00:00-05:00", gc, """CARDIOLOGY SDM VISIT - K. Volkova MD (non-invasive)
Revisited stroke prevention using the ACC/CardioSmart AF anticoagulation decision aid (evidence-based tool),
reviewed with patient and son. Decision re-affirmed: LAAC.""", "SDM note (cardiology)")
    case = {"id": "bp-laac-16", "patient": "patients/pp16.json",
            "request": {"service": svc("cpt", "33340", "Percutaneous transcatheter closure of the left atrial appendage with endocardial implant"),
                        "diagnoses": [dx("I48.0", "Paroxysmal atrial fibrillation"),
                                      dx("K55.21", "Angiodysplasia of colon with hemorrhage")],
                        "payer": "medicare", "urgency": "standard", "date": "2026-11-10",
                        "note": "CHA2DS2-VASc 5, OAC contraindicated (recurrent GI bleeding), SDM done by PCP."},
            "gold": {"recommendation": "request_info", "policy": "NCD 20.34",
                     "evidence": [sc, gids, pcpn, epn],
                     "missing": ["decision tool|decision aid|evidence-based tool|evidence based tool|shared decision|SDM"],
                     "rationale": "The score (CHA2DS2-VASc 5, CHADS2 3), inability to take long-term OAC with short-term warfarin acceptable, and an SDM conversation with an independent non-interventional physician are documented, but the PCP's note does not say an evidence-based decision tool was used; the cardiology SDM visit with a tool is dated after the request.",
                     "first_review": "approved"}}
    return case, b
