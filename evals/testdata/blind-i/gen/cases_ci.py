"""NCD 50.3 cases (cochlear implantation, CPT 69930)."""
from fhirlib import Chart, cc, loinc, local, rx, medtext, CPT

ICD = "http://hl7.org/fhir/sid/icd-10-cm"
SVC = {"system": CPT, "code": "69930", "display": "Cochlear device implantation, with or without mastoidectomy"}


def ci01():
    c = Chart("pi13", "MA", "https://fhir.cmei.example/r4")
    A = "http://fhir.cmei.example/CodeSystem/audiology"
    c.patient("Gagnon", ["Eleanor", "P."], "female", "1949-07-21", "Worcester", "01602", "CME-0041187",
              "27 Elm Park Rd", "508-555-0170")
    aud = c.prac("pr-feldman", "Feldman", ["Rachel"], "Dr.", "AuD, CCC-A", ["Audiology"])
    ent = c.prac("pr-sullivan", "Sullivan", ["Brendan"], "Dr.", "MD", ["Otolaryngology", "Neurotology"])
    anes = c.prac("pr-liu", "Liu", ["Grace"], "Dr.", "MD", ["Anesthesiology"])
    rad = c.prac("pr-siddiqui", "Siddiqui", ["Omar"], "Dr.", "MD", ["Neuroradiology"])
    org = c.org("org-cmei", "Central Massachusetts Ear Institute", "Worcester", "Otology/neurotology and audiology practice")

    c.cond("cond-1301", "H90.3", "Sensorineural hearing loss, bilateral", "2012-04-16 10:00", recorder=aud)
    c.cond("cond-1302", "H65.01", "Acute serous otitis media, right ear", "2025-09-10 11:00", clinical="resolved",
           abatement="2025-10-20 10:00", recorder=ent, note="After URI; resolved on recheck 10/20/2025, type A tympanogram.")
    c.cond("cond-1303", "Z97.4", "Presence of external hearing-aid", "2012-06-01 10:00")
    c.cond("cond-1304", "I10", "Essential (primary) hypertension", "2010-02-02 09:00")
    c.cond("cond-1305", "E03.9", "Hypothyroidism, unspecified", "2015-05-19 09:00")
    c.fmh("fmh-father", "2026-08-25 10:00", "FTH", "father",
          [("Acoustic neuroma (vestibular schwannoma), resected", 61), ("Hearing loss", None)], sex="male")

    c.obs("obs-azbio-2025", local(A, "AZBIO-Q-BA", "AzBio sentences in quiet, best-aided (binaural)", "AzBio sentences, quiet, best aided"),
          "2025-02-18 14:00", value=63, unit="%", category="exam", performer=aud,
          note="Recorded, 60 dBA soundfield, with 2019 hearing aids.")
    pta = c.obs("obs-pta-0811", local(A, "PTA-3F", "Pure-tone average (0.5, 1, 2 kHz)"), "2026-08-11 13:30", category="exam",
                performer=aud, components=[(local(A, "PTA-R", "PTA right ear"), 72, "dB"), (local(A, "PTA-L", "PTA left ear"), 78, "dB")],
                note="Moderately-severe sloping to profound sensorineural loss bilaterally; air-bone gaps <= 10 dB.")
    azbio = c.obs("obs-azbio-0811", local(A, "AZBIO-Q-BA", "AzBio sentences in quiet, best-aided (binaural)", "AzBio sentences, quiet, best aided"),
                  "2026-08-11 14:10", value=44, unit="%", category="exam", performer=aud,
                  note="Recorded AzBio list 7/8, 60 dBA soundfield, binaural with new hearing aids (fit 05/06/2026, REM verified).")
    c.obs("obs-cnc-0811", local(A, "CNC-BA", "CNC words, best-aided"), "2026-08-11 14:25", value=32, unit="%", category="exam", performer=aud)
    c.obs("obs-tymp-0811", local(A, "TYMP", "Tympanometry"), "2026-08-11 13:10", vstr="Type A bilaterally (normal middle-ear pressure and compliance)",
          category="exam", performer=aud)
    c.obs("obs-moca-0818", loinc("72172-0", "Total score [MoCA]", "MoCA (hearing-impaired administration)"), "2026-08-18 10:30",
          value=26, unit="{score}", category="survey", performer=aud)
    ct = c.report("dr-ct-0902", cc(text="CT temporal bones without contrast"), "2026-09-02 08:10", issued="2026-09-02 15:20",
                  interpreter=rad,
                  conclusion="Normal cochlear and vestibular morphology bilaterally. Cochlear lumens patent without ossification or "
                             "fibrosis. Normal ossicular chains. Middle ear and mastoid air cells clear. No otomastoiditis.")
    mri = c.report("dr-mri-0902", cc(text="MRI internal auditory canals with and without contrast"), "2026-09-02 09:00",
                   issued="2026-09-02 16:05", interpreter=rad,
                   conclusion="Cochlear and vestibular nerves normal in caliber bilaterally. No internal auditory canal or "
                              "cerebellopontine angle mass. No abnormal enhancement. Normal fluid signal in both cochleae. "
                              "Incidental mild chronic small-vessel ischemic change.")

    audtxt = """<html><body>
<h3>Central Massachusetts Ear Institute &ndash; Adult Cochlear Implant Candidacy Evaluation</h3>
<p>Date: 08/11/2026 &nbsp; Patient: Eleanor P. Gagnon (DOB 07/21/1949) &nbsp; Audiologist: Rachel Feldman, AuD, CCC-A</p>
<p><b>History:</b> Progressive bilateral hearing loss since her 50s, hearing aids since 2012. New premium behind-the-ear aids fit
05/06/2026 and verified with real-ear measurement; worn 12+ h/day (datalogging). Reports she can no longer follow conversation at
the dinner table or on the phone. Tinnitus bilateral, mild.</p>
<p><b>Otoscopy:</b> clear canals, intact TMs. <b>Tympanometry:</b> Type A AU. Acoustic reflexes absent AU.</p>
<table border="1" cellpadding="3">
<tr><th>Audiometry (dB HL)</th><th>250</th><th>500</th><th>1000</th><th>2000</th><th>4000</th><th>8000</th><th>PTA</th></tr>
<tr><td>Right AC</td><td>45</td><td>60</td><td>70</td><td>85</td><td>95</td><td>NR</td><td>72</td></tr>
<tr><td>Left AC</td><td>50</td><td>65</td><td>75</td><td>95</td><td>105</td><td>NR</td><td>78</td></tr>
</table>
<p>Bone conduction consistent with air conduction (no significant air-bone gap): sensorineural.</p>
<table border="1" cellpadding="3">
<tr><th>Speech perception (recorded materials, 60 dBA)</th><th>Right aided</th><th>Left aided</th><th>Binaural (best-aided)</th></tr>
<tr><td>AzBio sentences, quiet</td><td>36%</td><td>28%</td><td><b>44%</b></td></tr>
<tr><td>AzBio sentences, +10 dB SNR</td><td>&mdash;</td><td>&mdash;</td><td>18%</td></tr>
<tr><td>CNC words</td><td>30%</td><td>22%</td><td>32%</td></tr>
</table>
<p>Prior testing 02/18/2025 with older aids: AzBio quiet best-aided 63%.</p>
<p><b>Impression:</b> Bilateral moderately-severe to profound sensorineural hearing loss with limited benefit from appropriately fit
amplification (best-aided AzBio in quiet 44%). Meets audiologic candidacy for cochlear implantation. Left ear (poorer) recommended.</p>
</body></html>"""
    c.doc("doc-aud-0811", "11506-3", "Cochlear Implant Candidacy Evaluation", "2026-08-11 16:00", aud, audtxt, ctype="text/html", custodian=org)

    couns = """AUDIOLOGY - CI CANDIDACY COUNSELING              08/18/2026
Rachel Feldman, AuD, CCC-A
Present: patient and daughter (Michelle).
Reviewed how a cochlear implant works, surgery, activation ~3-4 weeks post-op, expected
outcomes, device care, MRI considerations, and the rehabilitation program: programming visits at
1 day/1 wk/1 mo/3 mo/6 mo/12 mo, weekly auditory training with our SLP for 12 weeks, daily home
practice with the listening app.
Patient states: "I want to be able to talk to my grandchildren on the phone again." She is
motivated and agrees to the full rehab schedule; daughter will drive her to all appointments.
MoCA (hearing-impaired administration, written instructions): 26/30. Able to follow multi-step
instructions and learn device controls during demonstration.
Impression: appropriate cognitive ability and willingness for an extended rehabilitation program.
"""
    c.doc("doc-couns-0818", "11506-3", "CI Candidacy Counseling", "2026-08-18 11:40", aud, couns, custodian=org)

    enttxt = """NEUROTOLOGY CONSULTATION
Date: 08/25/2026           Brendan Sullivan, MD
Referral: cochlear implant candidacy (audiology 08/11/2026)

HPI: 77-year-old woman with progressive bilateral SNHL, hearing aids since 2012, now with limited
benefit from well-fit aids (AzBio quiet best-aided 44%). Right serous otitis media in 09/2025 after
a cold, resolved by 10/2025. No otorrhea, otalgia, or ear surgery since. No vertigo. Childhood ear
infections "a few times".
FHx: father had an acoustic neuroma removed at 61; father also hard of hearing.
PMH: HTN, hypothyroidism (both controlled). Anticoagulants: none.

EXAM: Auricles normal. Otomicroscopy: canals clear, TMs intact, mobile, no effusion or retraction
bilaterally. Weber midline, Rinne AC > BC bilaterally. Cranial nerves intact. Romberg negative.

ASSESSMENT: Bilateral moderately-severe to profound SNHL with limited benefit from amplification.
Middle ears healthy, no active infection.
PLAN: CT temporal bones and MRI IAC with gadolinium (also to exclude retrocochlear lesion given
family history). Left cochlear implant if imaging satisfactory. Pre-anesthesia evaluation.
"""
    c.doc("doc-ent-0825", "11488-4", "Neurotology Consultation", "2026-08-25 10:50", ent, enttxt, custodian=org)

    anestxt = """PRE-ANESTHESIA EVALUATION     09/08/2026     Grace Liu, MD
Planned: L cochlear implant, GA, ~2.5 h.
HTN (amlodipine), hypothyroid (levothyroxine). METs > 4 (climbs 2 flights). ECG: SR, no ischemia.
Airway Mallampati II. No prior anesthesia complications.
ASA II. Acceptable candidate for general anesthesia; no contraindication to surgery identified.
"""
    c.doc("doc-anes-0908", "11488-4", "Pre-anesthesia Evaluation", "2026-09-08 09:30", anes, anestxt, custodian=org)

    tel = """TELEPHONE 09/10/2026 14:02 - Front desk/RN
Daughter called to confirm surgery date and ask about parking. Informed prior authorization to be
submitted this week. Reviewed imaging results with Dr. Sullivan: CT and MRI normal - OK to proceed.
"""
    c.doc("doc-tel-0910", "34748-6", "Telephone Note", "2026-09-10 14:02", ent, tel, custodian=org)

    case = {
        "id": "bi-ci-01", "patient": "patients/pi13.json",
        "request": {"service": SVC,
                    "diagnoses": [{"system": ICD, "code": "H90.3", "display": "Sensorineural hearing loss, bilateral"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-09-15",
                    "note": "Left cochlear implant."},
        "gold": {"recommendation": "approve", "policy": "NCD 50.3",
                 "evidence": [azbio, pta, "DocumentReference/doc-couns-0818", "DocumentReference/doc-ent-0825", ct, mri],
                 "missing": [],
                 "rationale": "Bilateral moderately-severe to profound SNHL; recorded open-set sentences best-aided 44% (<= 60%) with "
                              "appropriately fit aids (older 63% with old aids superseded; CNC is a word test). Cognition and "
                              "willingness for rehabilitation documented; no middle-ear infection (2025 serous OM resolved); CT "
                              "shows accessible cochlear lumen; MRI shows no nerve/CNS lesion (acoustic neuroma is the father's); "
                              "anesthesia finds no contraindication."},
    }
    return case, c


def ci02():
    c = Chart("pi14", "WI", "https://fhir.baylakesent.example/r4")
    A = "http://fhir.baylakesent.example/CodeSystem/aud"
    c.patient("Schultz", ["Raymond", "E."], "male", "1947-03-30", "Green Bay", "54301", "BLE-2209174",
              "1843 Deckner Ave", "920-555-0149")
    aud = c.prac("pr-krause", "Krause", ["Megan"], "Dr.", "AuD", ["Audiology"])
    ent = c.prac("pr-brennan", "Brennan", ["Thomas"], "Dr.", "MD", ["Otolaryngology", "Otology"])
    rn = c.prac("pr-vandenberg", "Vandenberg", ["Jill"], None, "RN", ["Clinic Nurse, ENT"])
    org = c.org("org-ble", "Bay Lakes ENT & Audiology", "Green Bay", "ENT and audiology practice")

    c.cond("cond-1401", "H90.3", "Sensorineural hearing loss, bilateral", "2015-03-02 10:00", recorder=aud)
    csom = c.cond("cond-1402", "H66.3X2", "Other chronic suppurative otitis media, left ear", "2026-11-19 11:20", recorder=ent,
                  note="Central TM perforation with mucopurulent otorrhea.")
    c.cond("cond-1403", "H65.92", "Unspecified nonsuppurative otitis media, left ear", "2023-02-10 10:00", clinical="resolved",
           abatement="2023-03-15 10:00")
    c.cond("cond-1404", "I10", "Essential (primary) hypertension", "2006-06-06 09:00")
    c.cond("cond-1405", "E11.9", "Type 2 diabetes mellitus without complications", "2013-10-21 09:00")

    c.obs("obs-azbio-1006", local(A, "AZBIO-BA", "AzBio sentences, quiet, best-aided"), "2026-10-06 10:20", value=22, unit="%",
          category="exam", performer=aud, note="Recorded, 60 dBA, bilateral hearing aids.")
    c.obs("obs-pta-1006", local(A, "PTA", "Pure-tone average 0.5/1/2 kHz"), "2026-10-06 09:50", category="exam", performer=aud,
          components=[(local(A, "PTA-R", "PTA right"), 95, "dB"), (local(A, "PTA-L", "PTA left"), 100, "dB")])
    c.obs("obs-tymp-1006", local(A, "TYMP", "Tympanometry"), "2026-10-06 09:40", vstr="Type A bilaterally", category="exam", performer=aud)
    c.obs("obs-tymp-1119", local(A, "TYMP", "Tympanometry"), "2026-11-19 10:55",
          vstr="Right: type A. Left: flat, ear canal volume 3.1 mL (consistent with perforation)", category="exam", performer=aud)
    c.obs("obs-cx-1121", loinc("6463-4", "Bacteria identified in Specimen by Culture", "Ear culture, left"), "2026-11-19 11:15",
          issued="2026-11-21 15:00", vstr="Pseudomonas aeruginosa, moderate growth. Susceptible: ciprofloxacin, ceftazidime, piperacillin-tazobactam.",
          category="laboratory")
    cx = c.report("dr-cx-1121", cc(text="Ear culture, left - aerobic"), "2026-11-19 11:15", issued="2026-11-21 15:00",
                  category="MB", cat_display="Microbiology", results=["Observation/obs-cx-1121"],
                  conclusion="Pseudomonas aeruginosa, moderate growth (ciprofloxacin susceptible).")
    c.report("dr-ct-1027", cc(text="CT temporal bones without contrast"), "2026-10-27 08:30", issued="2026-10-27 14:00",
             conclusion="Normal cochlear anatomy bilaterally with patent lumens. Mild left mastoid opacification; ossicles intact.")
    c.report("dr-mri-1027", cc(text="MRI IAC with and without contrast"), "2026-10-27 09:30", issued="2026-10-27 15:10",
             conclusion="Normal cochlear nerves. No retrocochlear lesion.")
    c.medreq("mr-cipdex", medtext("ciprofloxacin 0.3% / dexamethasone 0.1% otic suspension"), "2026-11-19 11:25", requester=ent,
             dosage="4 drops left ear twice daily x 14 days", validity=("2026-11-19 11:25", "2026-12-03 11:25"))

    audnote = """BAY LAKES AUDIOLOGY - ADULT CI EVALUATION          10/06/2026
Megan Krause, AuD
Long-standing bilateral SNHL, hearing aids 15 years. Otoscopy: clear bilaterally. Tymps type A AU.
PTA R 95 / L 100 dB HL (severe-profound, sensorineural).
Recorded AzBio sentences in quiet, 60 dBA, best-aided (bilateral aids): 22%.
Impression: limited benefit from appropriately fit amplification. Meets audiologic CI criteria.
Refer to Dr. Brennan.
"""
    c.doc("doc-aud-1006", "11506-3", "Audiology CI Evaluation", "2026-10-06 12:00", aud, audnote, custodian=org)

    entc = """OTOLOGY - CI CANDIDACY CONSULT     10/20/2026    Thomas Brennan, MD
79M, bilateral severe-profound SNHL, AzBio 22% best-aided. Remote left OM 2023, treated. No
current drainage. Otomicroscopy: both TMs intact, no effusion. Motivated; wife supportive; will
attend rehabilitation. No cognitive concerns (manages own finances, MoCA 27). No contraindication
to GA per PCP.
Plan: CT temporal bones + MRI IAC. Left CI if imaging OK.
"""
    c.doc("doc-ent-1020", "11488-4", "Otology Consultation", "2026-10-20 15:40", ent, entc, custodian=org)

    ent2 = """OTOLOGY CLINIC - ACUTE VISIT
Date: 11/19/2026       Thomas Brennan, MD
CC: left ear drainage x 2 weeks

S: Two weeks of left ear drainage, "yellow, smelly", started after a cold; some fullness. No fever,
vertigo or facial weakness. Used OTC drops without benefit.
O: Left EAC with mucopurulent otorrhea - suctioned. Central TM perforation ~30% of pars tensa,
edematous middle ear mucosa, no cholesteatoma seen. Right ear normal. Facial nerve intact.
Tympanometry: left flat, large volume. Culture taken.
CT 10/27 (reviewed): normal cochleae; mild left mastoid opacification.
A: Left chronic suppurative otitis media with perforation (recurrent - prior left OM 2023).
P: Ciprofloxacin-dexamethasone otic drops BID x 14 days, strict dry-ear precautions. Recheck 4
weeks. Cochlear implantation should not proceed in an actively infected ear - we will need a dry,
stable ear first and may need a staged tympanomastoidectomy before implanting the left side.
Alternatively consider implanting the right ear - will discuss at follow-up.
"""
    c.doc("doc-ent-1119", "11506-3", "Otology Acute Visit", "2026-11-19 12:05", ent, ent2, custodian=org)

    tel = """PHONE NOTE 11/24/2026 09:30 - J. Vandenberg, RN
Culture from 11/19: Pseudomonas aeruginosa, sensitive to cipro. Reviewed with Dr. Brennan - continue
cipro-dex drops. Pt reports drainage "a lot less". Keep recheck 12/15.
"""
    c.doc("doc-tel-1124", "34748-6", "Telephone Note", "2026-11-24 09:30", rn, tel, custodian=org)

    form = """SURGERY SCHEDULING / PRECERTIFICATION FORM           12/01/2026
Patient: Raymond E. Schultz  DOB 03/30/1947   Payer: Medicare Part B
Procedure: Cochlear implant, LEFT (69930)   Surgeon: T. Brennan, MD
Tentative date: 12/17/2026 (Bay Lakes Surgery Center)
Dx: H90.3 bilateral SNHL
Candidacy: AzBio 22% best-aided (10/06/2026); CT/MRI normal (10/27/2026)
Submitted by: K. Lemke, surgery scheduler. To be submitted to payer 12/02/2026.
"""
    c.doc("doc-form-1201", "34109-9", "Surgery Precertification Form", "2026-12-01 16:20", ent, form, custodian=org)

    later = """OTOLOGY FOLLOW-UP 12/15/2026 - T. Brennan MD
Left ear dry. Perforation persists (~25%). Plan staged left tympanoplasty January, CI after healing.
12/17 CI date cancelled.
"""
    c.doc("doc-ent-1215", "11506-3", "Otology Follow-up", "2026-12-15 10:30", ent, later, custodian=org)

    case = {
        "id": "bi-ci-02", "patient": "patients/pi14.json",
        "request": {"service": SVC,
                    "diagnoses": [{"system": ICD, "code": "H90.3", "display": "Sensorineural hearing loss, bilateral"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-12-02",
                    "note": "Left cochlear implant. Candidacy criteria met per audiology."},
        "gold": {"recommendation": "refer", "policy": "NCD 50.3",
                 "evidence": ["DocumentReference/doc-ent-1119", csom, cx],
                 "missing": [],
                 "rationale": "Audiologic and imaging criteria are met, but the NCD requires freedom from middle-ear infection. The "
                              "11/19 otology visit documents active left chronic suppurative otitis media (Pseudomonas) in the ear to "
                              "be implanted, on treatment, and the surgeon states implantation should not proceed; older 'ears "
                              "clear' findings are superseded; the 12/15 dry-ear note is after the request."},
    }
    return case, c
