"""NCD 50.3 cases (cochlear implantation)."""
from lib import *

SVC = {"system": CPT, "code": "69930", "display": "Cochlear device implantation, with or without mastoidectomy"}


def ci01():
    c = Chart("ph13", "MT", "https://fhir.wasatch-ent.example/R4", "https://fhir.wasatch-ent.example/CodeSystem/audiology", "UT")
    c.patient("Lindgren", ["Howard", "K."], "male", "1953-07-29", "Sandy", "84070", "WEA-0071553", line="9380 S 1300 E")
    c.practitioner("aud-fairbanks", "Fairbanks", ["Megan"], prefix="Dr.", suffix="AuD, CCC-A", qual="Doctor of Audiology")
    c.practitioner("oto-brook", "Brook", ["Nathaniel"], prefix="Dr.", suffix="MD", qual="MD - Otology/neurotology")
    c.practitioner("pcp-ortega", "Ortega", ["Luis"], prefix="Dr.", suffix="MD", qual="MD - Family medicine")

    c.condition("hx-snhl", "H90.3", "Sensorineural hearing loss, bilateral", "2015-06-09 10:00", asserter="oto-brook")
    c.condition("hx-af", "I48.91", "Unspecified atrial fibrillation", "2021-11-30 10:00")
    c.condition("hx-om", "H66.90", "Otitis media, unspecified, unspecified ear", "1990-01-01 12:00", clinical="resolved", onset="1960-03-01 12:00",
                abatement="1965-06-01 12:00", note="Recurrent childhood ear infections; tubes age 6. None as adult.")

    def pta(id, when, ear, val):
        return c.obs(id, c.lc("PTA-4F", "Pure tone average (0.5/1/2/4 kHz), air conduction"), when, ("Quantity", Q(val, "dB[HL]", "dB")),
                     category="exam", body_site=ear, performer="aud-fairbanks")

    def azbio(id, when, cond, val, note=None):
        return c.obs(id, c.lc("AZBIO-Q", "AzBio sentences in quiet, recorded, 60 dBA, % correct"), when, ("Quantity", Q(val, "%")),
                     category="exam", performer="aud-fairbanks", method=cond, note=note)

    pta("au-pta-r", "2026-01-22 09:30", "Right ear", 78)
    pta("au-pta-l", "2026-01-22 09:30", "Left ear", 86)
    azbio("au-az-r", "2026-01-22 10:10", "Right ear aided (left ear plugged)", 38)
    azbio("au-az-l", "2026-01-22 10:10", "Left ear aided (right ear plugged)", 31)
    azbio("au-az-b", "2026-01-22 10:10", "Binaural aided, best-aided condition (current hearing aids, verified)", 52)
    c.obs("au-cnc-b", c.lc("CNC-WORDS", "CNC monosyllabic words, recorded, % correct"), "2026-01-22 10:25", ("Quantity", Q(28, "%")),
          category="exam", performer="aud-fairbanks", method="Binaural aided")
    azbio("au-az-2024", "2024-03-12 14:00", "Binaural aided (previous hearing aids)", 66, note="Previous evaluation; not a candidate at that time.")
    c.obs("au-tymp", c.lc("TYMP", "Tympanometry"), "2026-01-22 09:15", ("String", "Type A bilaterally (normal middle ear pressure and compliance)"),
          category="exam", performer="aud-fairbanks")
    c.obs("cog-moca", cc(LOINC, "72172-0", "Total score [MoCA]", "MoCA (hearing-impaired version)"), "2026-02-17 11:00", ("Integer", 26),
          category="survey", performer="oto-brook", note="MoCA-H (written instructions), 26/30.")
    c.report("rad-ct-0203", {"text": "CT temporal bones without contrast"}, "2026-02-03 08:40",
             "Normal cochlear morphology bilaterally with patent basal, middle and apical turns; no labyrinthine ossification. No otosclerotic foci. "
             "Vestibular aqueducts normal. Middle ear and mastoid air cells clear bilaterally. Normal facial nerve course.",
             performer="oto-brook", issued="2026-02-03 13:10", category_text="Radiology")
    c.report("rad-mri-0210", {"text": "MRI internal auditory canals / brain with and without gadolinium"}, "2026-02-10 16:00",
             "Normal 7th/8th cranial nerve complexes in both IACs and CPAs; no enhancing mass. Normal cochlear fluid signal bilaterally. "
             "Brainstem and temporal lobes including auditory cortex normal. Scattered small nonspecific T2/FLAIR hyperintensities in the frontal "
             "subcortical white matter, likely chronic small vessel ischemic change, age-appropriate.",
             performer="oto-brook", issued="2026-02-11 09:00", category_text="Radiology")
    c.medreq("rx-apix", rx("1364430", "apixaban", "apixaban 5 mg tablet"), "2021-12-01 09:00", dosage="5 mg PO BID", requester="pcp-ortega")
    c.appointment("appt-or", "2026-02-26 10:30", "2026-03-19 07:30", "2026-03-19 10:30", "Left cochlear implant - surgery (pending authorization)",
                  status="pending", who="oto-brook", service_text="Otology surgery")

    c.note("n-aud-2024", "2024-03-12 15:00", "11506-3", "Progress note", "aud-fairbanks", """WASATCH EAR ASSOCIATES - AUDIOLOGY
03/12/2024  Cochlear implant candidacy evaluation (screening)  M. Fairbanks, AuD

Bilateral moderately-severe to severe SNHL. Hearing aids 6 years old, under-fit (verification: -12 dB below target at 2-4 kHz).
AzBio sentences in quiet (recorded, 60 dBA), binaural aided: 66%.
Impression: not a cochlear implant candidate at this time. Recommend new, properly fitted hearing aids with REM verification; re-evaluate in 1-2 years or with decline.
""", title="Audiology 2024")

    c.note("n-aud-0122", "2026-01-22 11:40", "11506-3", "Progress note", "aud-fairbanks", fixed([
        "WASATCH EAR ASSOCIATES - AUDIOLOGY    COCHLEAR IMPLANT CANDIDACY EVALUATION",
        "DATE: 01/22/2026   PATIENT: LINDGREN, HOWARD K   DOB 07/29/1953",
        "AUDIOLOGIST: MEGAN FAIRBANKS, AuD, CCC-A",
        "-" * 76,
        "OTOSCOPY: CLEAR CANALS, INTACT TMs.   TYMPANOMETRY: TYPE A AU.",
        "",
        "AIR CONDUCTION (dB HL)   250   500   1K   2K   3K   4K   6K   8K   PTA",
        "  RIGHT                   45    60   75   80   85   95   NR   NR    78",
        "  LEFT                    55    70   85   90   95  100   NR   NR    86",
        "BONE CONDUCTION: CONSISTENT WITH AIR (NO AIR-BONE GAP) - SENSORINEURAL",
        "DEGREE: RIGHT MODERATE SLOPING TO PROFOUND; LEFT MOD-SEVERE TO PROFOUND",
        "",
        "HEARING AIDS: BTE BILATERAL, FIT 05/2024, VERIFIED (REM) WITHIN 5 DB OF",
        "  NAL-NL2 TARGETS 500-4000 HZ TODAY. WORN 12+ H/DAY.",
        "",
        "SPEECH RECOGNITION (RECORDED MATERIALS, SOUND FIELD 60 dBA, 0 DEG AZIMUTH)",
        "  TEST                   CONDITION                 SCORE",
        "  AzBio sentences quiet  R aided (L plugged)        38%",
        "  AzBio sentences quiet  L aided (R plugged)        31%",
        "  AzBio sentences quiet  BINAURAL AIDED (BEST)      52%",
        "  AzBio sentences +10SNR BINAURAL AIDED             22%",
        "  CNC words              BINAURAL AIDED             28%",
        "",
        "IMPRESSION: BILATERAL MODERATE-TO-PROFOUND SNHL WITH LIMITED BENEFIT FROM",
        "APPROPRIATELY FIT AMPLIFICATION (BEST-AIDED AZBIO 52% IN QUIET).",
        "RECOMMEND: CI CANDIDACY REVIEW WITH DR. BROOK. LEFT (POORER) EAR",
        "SUGGESTED. COUNSELED ON REHAB/MAPPING SCHEDULE; PT AND WIFE RECEPTIVE.",
    ]), title="CI candidacy audiology evaluation")

    c.note("n-oto-0217", "2026-02-17 11:30", "11488-4", "Consult note", "oto-brook", """WASATCH EAR ASSOCIATES - OTOLOGY / NEUROTOLOGY
02/17/2026   Nathaniel Brook, MD

72M with progressive bilateral SNHL over 15 years, now struggling even with well-fit aids; stopped attending his church choir and avoids phone calls. Wife reports he is "forgetful" - on exam this seems related to missed speech; MoCA-H 26/30.
Ear history: frequent ear infections as a child, tubes age 6; no otitis, otorrhea or ear surgery as an adult. No vertigo. Tinnitus mild.
Exam: pinnae normal. EACs clear. TMs intact, mobile on pneumatic otoscopy, no effusion, no retraction. Weber midline. Cranial nerves intact.
Audiology 1/22/26: PTA R 78 / L 86 dB HL; best-aided AzBio (quiet) 52%, CNC 28%.
Imaging: CT temporal bones 2/3 - patent cochleae, normal anatomy, no otosclerosis. MRI IAC 2/10 - normal 7/8 nerve complexes, no retrocochlear lesion, normal brainstem and auditory cortex; nonspecific frontal white matter changes (small vessel).
Medical: AF on apixaban (hold 48 h pre-op per PCP), HTN. No anesthesia problems in the past.
Assessment: bilateral moderate-to-profound sensorineural hearing loss with limited benefit from appropriately fit hearing aids; meets candidacy. Middle ears healthy. Cognitively appropriate; he and his wife are motivated and understand the rehabilitation commitment (mapping visits, auditory training).
Plan: left cochlear implant. PCP pre-op clearance. Surgery tentatively 3/19/26 pending authorization. Vaccination status (pneumococcal) confirmed current.
""", title="Otology consultation")

    c.note("n-pcp-0224", "2026-02-24 15:30", "11506-3", "Progress note", "pcp-ortega", """<html><body>
<h3>Pre-operative Evaluation</h3>
<p>02/24/2026 &mdash; Luis Ortega, MD (Family Medicine) &mdash; for left cochlear implantation (Dr. Brook), general anesthesia, ~3 h.</p>
<ul>
<li>Cardiac: persistent AF, rate controlled (HR 74), no HF symptoms, EF 60% (echo 2024). RCRI 0. Functional capacity &gt; 4 METs (walks 2 mi, shovels snow).</li>
<li>Pulmonary: no COPD/OSA. Lungs clear.</li>
<li>Anticoagulation: apixaban &mdash; hold 2 days before surgery (last dose AM 3/17), resume 48 h post-op if hemostasis OK. No bridging needed (CHA2DS2-VASc 2).</li>
<li>Labs 2/20: CBC, BMP normal; Cr 0.9.</li>
</ul>
<p><b>Impression:</b> acceptable (low) risk for planned procedure; no medical contraindication to surgery.</p>
</body></html>""", ctype="text/html", title="Pre-operative evaluation")

    c.note("n-tel-0226", "2026-02-26 10:20", "34748-4", "Telephone encounter Note", "aud-fairbanks", """Telephone - CI program coordinator note (for Dr. Fairbanks) - 02/26/2026 10:05
Spoke with patient and wife. Reviewed post-activation schedule: activation ~3-4 weeks after surgery, mapping at 1 wk, 1 mo, 3 mo, 6 mo, 12 mo; home auditory training app 20 min/day. Patient: "I'll do whatever it takes, I want to hear my grandkids." Wife will drive and attend. Surgery date 3/19 held pending insurance.
""", title="Telephone encounter")

    gold = {"recommendation": "approve", "policy": "NCD 50.3",
            "evidence": ["Observation/au-az-b", "DocumentReference/n-aud-0122", "DocumentReference/n-oto-0217", "DiagnosticReport/rad-ct-0203", "DiagnosticReport/rad-mri-0210"],
            "missing": [],
            "rationale": "Bilateral moderate-to-profound SNHL; best-aided recorded AzBio in quiet 52% (<= 60%) with verified aids (2024 66% superseded; CNC is a word test); cognition and rehab willingness documented; middle ears normal, patent cochleae, no auditory nerve/CNS auditory lesion (white matter change is not in acoustic areas); no surgical contraindication."}
    k = case("bh-ci-01", "patients/ph13.json", SVC, [("H90.3", "Sensorineural hearing loss, bilateral")], "2026-03-04", gold,
             note="Left CI. Best-aided AzBio 52%.")
    return c, "2026-03-04 17:00", k


def ci02():
    c = Chart("ph14", "ET", "https://fhir.nutmeg-hearing.example/R4", "http://nutmeg-hearing.example/fhir/CodeSystem/aud", "CT")
    c.patient("Delacroix", ["Marguerite", "S."], "female", "1957-05-06", "West Hartford", "06107", "NHC-3310045", line="44 Fern St")
    c.practitioner("tran-r", "Tran", ["Rebecca"], prefix="Dr.", suffix="AuD", qual="Doctor of Audiology")
    c.practitioner("siddiqui-o", "Siddiqui", ["Omar"], prefix="Dr.", suffix="MD", qual="MD - Otolaryngology")
    c.practitioner("walsh-p", "Walsh", ["Patrick"], prefix="Dr.", suffix="MD", qual="MD - Anesthesiology")

    c.condition("cd-snhl", "H90.3", "Sensorineural hearing loss, bilateral", "2019-04-18 10:00")
    c.condition("cd-tinn", "H93.13", "Tinnitus, bilateral", "2019-04-18 10:00")
    c.condition("cd-cer", "H61.23", "Impacted cerumen, bilateral", "2026-10-07 09:30", clinical="resolved", abatement="2026-10-07 09:50",
                note="Removed by microsuction 10/07/2026 before audiology testing.")
    c.condition("cd-htn", "I10", "Essential (primary) hypertension", "2015-02-10 10:00")

    def pta(id, ear, val):
        return c.obs(id, c.lc("PTA", "Pure-tone average 500/1000/2000/4000 Hz"), "2026-10-14 09:40", ("Quantity", Q(val, "dB[HL]", "dB")),
                     category="exam", body_site=ear, performer="tran-r")
    pta("ob-pta-r", "Right ear", 71)
    pta("ob-pta-l", "Left ear", 75)
    c.obs("ob-wrs-r", c.lc("WRS-NU6-MLV", "Word recognition, NU-6, monitored live voice, unaided, % correct"), "2026-10-14 10:00", ("Quantity", Q(32, "%")),
          category="exam", body_site="Right ear", performer="tran-r", method="Unaided, earphones, 50 words, MLV at 95 dB HL")
    c.obs("ob-wrs-l", c.lc("WRS-NU6-MLV", "Word recognition, NU-6, monitored live voice, unaided, % correct"), "2026-10-14 10:00", ("Quantity", Q(28, "%")),
          category="exam", body_site="Left ear", performer="tran-r", method="Unaided, earphones, 50 words, MLV at 95 dB HL")
    c.obs("ob-tymp", c.lc("TYMP", "Tympanometry"), "2026-10-14 09:30", ("String", "Type A, both ears"), category="exam", performer="tran-r")
    c.obs("ob-rem", c.lc("HA-REM", "Hearing aid verification (real-ear measurement)"), "2026-10-14 10:30",
          ("String", "Within 5 dB of NAL-NL2 targets 250-4000 Hz, both ears"), category="exam", performer="tran-r")
    c.report("dr-ct-1105", {"text": "CT temporal bones, non-contrast"}, "2026-11-05 13:00",
             "Normal cochleae with patent turns bilaterally, no ossification or malformation. Clear middle ears and mastoids. No otosclerosis.",
             performer="siddiqui-o", issued="2026-11-05 17:40", category_text="Radiology")
    c.report("dr-mri-1112", {"text": "MRI IAC with and without contrast"}, "2026-11-12 15:30",
             "Normal internal auditory canals and cerebellopontine angles. No vestibular schwannoma or other retrocochlear lesion. Normal brainstem. Normal membranous labyrinth signal.",
             performer="siddiqui-o", issued="2026-11-13 08:05", category_text="Radiology")
    c.medreq("rx-losartan", rx("52175", "losartan", "losartan 50 mg tablet"), "2015-02-10 10:30", dosage="50 mg PO daily")
    # after the request date
    c.obs("ob-azbio-1209", c.lc("AZBIO", "AzBio sentences, quiet, recorded, % correct"), "2026-12-09 10:15", ("Quantity", Q(58, "%")),
          category="exam", performer="tran-r", method="Binaural aided (best-aided)", note="Repeat for surgical packet.")

    c.note("dn-aud-1014", "2026-10-14 12:00", "11506-3", "Progress note", "tran-r", """<html><head><title>Audiology - CI Candidacy</title></head><body>
<h3>Nutmeg Hearing Center &mdash; Cochlear Implant Candidacy Evaluation</h3>
<p>10/14/2026 &bull; Rebecca Tran, AuD</p>
<p><b>History:</b> 69F, progressive bilateral hearing loss since ~2010, aided since 2019 (current BTE aids 2021). Increasing difficulty on the phone and at work (part-time librarian). Cerumen removed by ENT 10/7.</p>
<p><b>Otoscopy:</b> clear canals, intact TMs. <b>Tympanometry:</b> Type A AU.</p>
<table border="1" cellpadding="2">
<tr><th>dB HL</th><th>250</th><th>500</th><th>1k</th><th>2k</th><th>4k</th><th>8k</th><th>PTA</th></tr>
<tr><td>Right</td><td>40</td><td>55</td><td>65</td><td>75</td><td>90</td><td>NR</td><td>71</td></tr>
<tr><td>Left</td><td>45</td><td>60</td><td>70</td><td>80</td><td>90</td><td>NR</td><td>75</td></tr>
</table>
<p>Bone conduction interweaves with air: sensorineural, moderate sloping to profound bilaterally.</p>
<p><b>Unaided word recognition</b> (NU-6, MLV, 95 dB HL): R 32%, L 28%.</p>
<p><b>Hearing aids:</b> verified today with REM, within 5 dB of NAL-NL2 targets.</p>
<p><b>Aided speech testing:</b> AzBio sentences (recorded, quiet, 60 dBA) completed in the best-aided condition &mdash; results on scanned score sheet (Media tab).</p>
<p><b>Impression:</b> bilateral moderate-to-profound SNHL. Patient meets CMS audiologic candidacy criteria for cochlear implantation per audiologist review. Refer to Dr. Siddiqui.</p>
</body></html>""", ctype="text/html", title="CI candidacy evaluation")

    c.note("dn-ent-1028", "2026-10-28 11:00", "11488-4", "Consult note", "siddiqui-o", """NUTMEG ENT & HEARING - OTOLARYNGOLOGY CONSULT
10/28/2026   Omar Siddiqui, MD

CC: cochlear implant evaluation.
HPI: 69F with bilateral progressive SNHL, aided since 2019, now limited benefit per audiology. No otorrhea, no ear surgery, no recent ear infections. Mild bilateral tinnitus. No vertigo.
Audiologic testing (10/14/2026): PTA R 71 / L 75 dB HL. AzBio best-aided ***%. CNC ***%.
Exam: EACs clear (cerumen removed 10/7), TMs intact and mobile, no effusion. Facial nerve intact.
Assessment: bilateral SNHL, CI candidate per audiology.
Plan: CT temporal bones and MRI IAC; return to discuss surgery.
""", title="ENT consult")

    c.note("dn-ent-1118", "2026-11-18 14:20", "11506-3", "Progress note", "siddiqui-o", """NUTMEG ENT & HEARING - FOLLOW-UP 11/18/2026 - O. Siddiqui MD

Imaging reviewed with patient: CT temporal bones 11/5 - normal, patent cochleae; MRI IAC 11/12 - no retrocochlear lesion, normal brainstem.
Counseling: device options, surgery, risks (facial nerve, taste change, vertigo, loss of residual hearing, meningitis - vaccines current), activation and mapping schedule, 6-12 months of auditory rehabilitation. She is well informed (has read extensively, attended a CI users' group), cognitively sharp, and very motivated; her husband will attend sessions.
No active ear infection. Middle ears aerated.
Plan: right cochlear implant (her phone ear; left hearing aid continues for bimodal listening). Anesthesia pre-op. Authorization request to be submitted; candidacy confirmed by audiology 10/14.
""", title="ENT follow-up")

    c.note("dn-anes-1124", "2026-11-24 09:30", "34117-2", "History and physical note", "walsh-p", fixed([
        "NUTMEG SURGERY CENTER - PRE-ANESTHESIA EVALUATION        11/24/2026 09:10",
        "PT: DELACROIX, MARGUERITE S   69F   PROC: R COCHLEAR IMPLANT (SIDDIQUI)",
        "-" * 72,
        "PMH: HTN (LOSARTAN 50). NO CAD/CHF/COPD/OSA/DM. NO BLEEDING HX.",
        "PSH: C-SECTION 1988, CHOLECYSTECTOMY 2012 - GA WITHOUT COMPLICATION.",
        "FHX: NO MALIGNANT HYPERTHERMIA. SOCIAL: NEVER SMOKER.",
        "EXAM: BP 132/78 HR 70 SPO2 98% BMI 26. MALLAMPATI II. LUNGS CLEAR.",
        "LABS: NONE REQUIRED. ECG 11/2026: NSR.",
        "ASA CLASS: II.  PLAN: GA/ETT, TIVA-FRIENDLY FOR FACIAL NERVE MONITORING.",
        "NO ANESTHETIC CONTRAINDICATION.   P. WALSH MD",
    ]), title="Pre-anesthesia evaluation")

    # after the request date
    c.note("dn-aud-1209", "2026-12-09 11:00", "11506-3", "Progress note", "tran-r", """AUDIOLOGY - 12/09/2026 - R. Tran AuD
Repeat aided sentence testing for the surgical packet (original 10/14 score sheet could not be located after the scanning-system migration).
AzBio sentences, quiet, recorded, 60 dBA, binaural aided (best-aided): 58%.
""", title="Audiology - repeat aided testing")

    gold = {"recommendation": "request_info", "policy": "NCD 50.3",
            "evidence": ["Observation/ob-pta-r", "Observation/ob-pta-l", "DiagnosticReport/dr-ct-1105", "DiagnosticReport/dr-mri-1112", "DocumentReference/dn-ent-1118"],
            "missing": ["sentence|AzBio|HINT|speech recognition|aided score|open set"],
            "rationale": "Bilateral moderate-to-profound SNHL, healthy middle ears, normal CT/MRI, cognition and motivation, no surgical contraindication - but no best-aided open-set sentence recognition score is in the record on or before the request (only 'see scanned sheet', unfilled template, unaided MLV word scores). The 12/09 score is after the request."}
    k = case("bh-ci-02", "patients/ph14.json", SVC, [("H90.3", "Sensorineural hearing loss, bilateral")], "2026-12-01", gold,
             note="Right CI. Meets candidacy per audiology.")
    return c, "2026-12-09 17:00", k


def build():
    return [ci01(), ci02()]
