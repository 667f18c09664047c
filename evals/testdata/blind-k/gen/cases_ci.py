"""NCD 50.3 - cochlear implantation (CPT 69930)."""
from fhirlib import Chart, cc, q, LOINC, ICD10CM, CPT, RXNORM

CI_SERVICE = {"system": CPT, "code": "69930", "display": "Cochlear device implantation"}


def ci01():
    c = Chart("pk13", "UT", "https://fhir.wasatch-ear.example/api/R4")
    LOC = "http://wasatch-ear.example/fhir/CodeSystem/audiology"
    c.patient("Lindgren", ["Arthur", "D"], "male", "1953-07-09", "Sandy", "9870 S 1300 E", "84094", "WEI-203381",
              "http://wasatch-ear.example/mrn")
    aud = c.practitioner("pr-solberg", "Solberg", ["Rebecca"], "AuD, CCC-A", "Audiology")
    ent = c.practitioner("pr-whitaker", "Whitaker", ["James"], "MD", "Otolaryngology - Neurotology", "1114059927")
    anes = c.practitioner("pr-desai", "Desai", ["Priyanka"], "MD", "Anesthesiology", "1629383051")
    org = c.org("org-wei", "Wasatch Ear Institute", "Otology / neurotology and audiology practice", "Salt Lake City")
    ea = c.encounter("enc-aud-0108", "AMB", "Cochlear implant candidacy evaluation", "2026-01-08 08:30", "2026-01-08 11:00", aud, org)
    ee = c.encounter("enc-ent-0113", "AMB", "Neurotology consultation", "2026-01-13 14:00", "2026-01-13 14:45", ent, org)
    ep = c.encounter("enc-pat-0121", "AMB", "Pre-anesthesia testing", "2026-01-21 10:00", "2026-01-21 10:40", anes, org)
    c.condition("cond-snhl", "H90.3", "Sensorineural hearing loss, bilateral", recorded="2016-05-10 10:00", onset="2010")
    c.condition("cond-ha", "Z97.4", "Presence of external hearing-aid", recorded="2016-06-02 10:00")
    c.condition("cond-htn", "I10", "Essential (primary) hypertension", recorded="2012-08-20 10:00")
    c.condition("cond-lipid", "E78.5", "Hyperlipidemia, unspecified", recorded="2012-08-20 10:00")
    c.obs("azbio-2024-03-12", cc(LOC, "AZBIO-Q", text="AzBio sentences in quiet (recorded), % correct"), "2024-03-12 10:10",
          cat="exam", performer=aud, comps=[(cc(LOC, "BIL-AIDED", text="Bilateral aided"), q(74, "%"))])
    c.obs("pta-2026-01-08", cc(LOC, "PTA", text="Pure-tone average (0.5/1/2/4 kHz), air conduction"), "2026-01-08 08:50",
          cat="exam", performer=aud, encounter=ea,
          comps=[(cc(LOC, "PTA-R", text="Right ear PTA"), q(76, "dB")),
                 (cc(LOC, "PTA-L", text="Left ear PTA"), q(71, "dB")),
                 (cc(LOC, "ABGAP", text="Air-bone gap"), "None significant (<=10 dB) either ear")])
    c.obs("azbio-2026-01-08", cc(LOC, "AZBIO-Q", text="AzBio sentences in quiet (recorded, 60 dBA), % correct"), "2026-01-08 09:40",
          cat="exam", performer=aud, encounter=ea,
          comps=[(cc(LOC, "R-AIDED", text="Right aided"), q(38, "%")),
                 (cc(LOC, "L-AIDED", text="Left aided"), q(44, "%")),
                 (cc(LOC, "BIL-AIDED", text="Bilateral aided (best-aided condition)"), q(52, "%")),
                 (cc(LOC, "BIL-N10", text="Bilateral aided, +10 dB SNR"), q(24, "%"))])
    c.obs("cnc-2026-01-08", cc(LOC, "CNC", text="CNC monosyllabic words (recorded), % correct"), "2026-01-08 09:55",
          cat="exam", performer=aud, encounter=ea,
          comps=[(cc(LOC, "R-AIDED", text="Right aided"), q(28, "%")),
                 (cc(LOC, "L-AIDED", text="Left aided"), q(32, "%"))])
    c.obs("moca-2026-01-13", cc(LOC, "MOCA", text="Montreal Cognitive Assessment (written-instruction version)"), "2026-01-13 14:10",
          27, cat="survey", performer=ent, encounter=ee)
    c.report("mri-iac-2025-12-29", cc(CPT, "70553", "MRI brain/IAC with and without contrast"),
             "2025-12-29 15:30", "2025-12-30 09:10", cat="RAD", performer=org,
             conclusion="High-resolution IAC protocol. Normal fluid signal in both cochleae, vestibules and semicircular "
                        "canals; no labyrinthine fibrosis or ossification. Both cochlear nerves present and normal in caliber. "
                        "No cerebellopontine angle or internal auditory canal mass. Mild chronic small-vessel ischemic change. "
                        "Impression: no retrocochlear lesion; cochleae patent bilaterally.")

    old = """Audiology - Hearing Aid Annual Check      03/12/2024     Rebecca Solberg, AuD
Arthur Lindgren, 70M. Bilateral behind-the-ear aids (2020). Reports more trouble in restaurants and church.
Audiogram: moderately-severe to severe SNHL bilaterally (PTA R 66, L 62 dB HL). AzBio in quiet, bilateral aided
74%. Aids reprogrammed, real-ear verified. Recommend new devices next year; discussed that CI evaluation may be
appropriate if scores decline.
"""
    c.note("aud-2024-03-12", "2024-03-12 11:00", "11506-3", "Progress note", "Audiology hearing aid check", old, aud)

    html = """<html><body>
<h3>Wasatch Ear Institute &ndash; Adult Cochlear Implant Candidacy Evaluation</h3>
<p>Date: 01/08/2026 &nbsp; Audiologist: Rebecca Solberg, AuD, CCC-A &nbsp; Patient: Arthur D. Lindgren (72 M)</p>
<p><b>History:</b> progressive bilateral hearing loss since ~2010, hearing aids since 2016; current premium BTE
aids fitted 4/2025. Relies on lip-reading and captions; stopped attending church and book club. No otorrhea, no
ear surgery. No vertigo. Bilateral tinnitus, mild.</p>
<p><b>Otoscopy:</b> clear canals, intact TMs bilaterally. <b>Tympanometry:</b> Type A AD/AS.</p>
<p><b>Audiogram (dB HL)</b></p>
<table border="1" cellpadding="2">
<tr><th>Ear</th><th>250</th><th>500</th><th>1k</th><th>2k</th><th>4k</th><th>8k</th><th>PTA</th></tr>
<tr><td>Right</td><td>50</td><td>60</td><td>70</td><td>80</td><td>95</td><td>NR</td><td>76</td></tr>
<tr><td>Left</td><td>45</td><td>55</td><td>65</td><td>75</td><td>90</td><td>NR</td><td>71</td></tr>
</table>
<p>Bone conduction consistent with air (no conductive component). Word recognition (unaided, 90 dB HL): R 24%, L 32%.</p>
<p><b>Hearing aid verification:</b> own aids, real-ear measurement today &ndash; within 5 dB of NAL-NL2 targets
250&ndash;3000 Hz both ears. Appropriately fitted.</p>
<p><b>Aided speech perception</b> (recorded materials, sound field 60 dBA, 0&deg; azimuth; non-test ear plugged
for ear-specific conditions):</p>
<table border="1" cellpadding="2">
<tr><th>Test</th><th>Right aided</th><th>Left aided</th><th>Bilateral aided</th></tr>
<tr><td>AzBio sentences, quiet</td><td>38%</td><td>44%</td><td>52%</td></tr>
<tr><td>AzBio sentences, +10 dB SNR</td><td>&ndash;</td><td>&ndash;</td><td>24%</td></tr>
<tr><td>CNC words</td><td>28%</td><td>32%</td><td>&ndash;</td></tr>
</table>
<p><b>Impression:</b> bilateral severe sensorineural hearing loss with limited benefit from appropriately fitted
amplification; best-aided (bilateral) open-set sentence score 52%, down from 74% in 3/2024. Meets audiologic
criteria for cochlear implantation. Right ear recommended (poorer ear; longer duration of severe loss).</p>
<p>Counseled patient and wife on realistic expectations, device options, and the post-activation rehabilitation
schedule.</p>
</body></html>"""
    c.note("aud-ci-2026-01-08", "2026-01-08 12:30", "11488-4", "Consult note", "CI candidacy evaluation (audiology)", html, aud,
           ctype="text/html", encounter=ea)

    entn = """NEUROTOLOGY CONSULTATION
01/13/2026    James Whitaker, MD    Patient: Arthur D. Lindgren, DOB 07/09/1953

HPI: 72M with progressive bilateral SNHL referred after CI candidacy testing (bilateral aided AzBio 52%). Childhood
ear infections per his mother; no ear surgery, no otorrhea in adulthood. No vertigo. No facial weakness.
PMH: HTN, HLD. No diabetes. No anticoagulants. Never smoker.
FHx: mother "went deaf in her 70s".

Exam: Ears - external canals clear; TMs intact, mobile on pneumatic otoscopy, no effusion, no retraction
pockets, no cholesteatoma. Weber midline. Facial nerve HB I bilaterally. Neck/oral cavity normal.
Cognitive screen (MoCA, written instructions): 27/30. Patient attentive, follows complex conversation with
captions. Highly motivated; wife will attend programming. Patient states he is willing to commit to weekly
auditory rehabilitation and programming visits for the first year.
Imaging: MRI IAC 12/29/2025 - patent cochleae bilaterally, cochlear nerves present, no retrocochlear lesion.

Assessment: Bilateral severe SNHL, limited benefit from appropriately fitted hearing aids (AzBio best-aided 52%).
No active middle ear disease. Anatomy suitable. Good candidate for right cochlear implantation.
Plan: right CI; pre-anesthesia evaluation; vaccines up to date (PCV20 2024). Consent discussed.
"""
    c.note("ent-2026-01-13", "2026-01-13 15:20", "11488-4", "Consult note", "Neurotology consultation", entn, ent, encounter=ee)

    pat = """PRE-ANESTHESIA EVALUATION  01/21/2026  Priyanka Desai, MD
Planned: right cochlear implant, GA, ~2.5 h outpatient.
Hx: HTN (lisinopril), HLD (atorvastatin). METs > 4 (walks 2 miles daily, climbs 2 flights without symptoms).
No OSA symptoms, no prior anesthesia problems. Airway Mallampati II.
ECG: NSR, no acute changes. BMP normal (Cr 0.9). Hgb 14.1.
ASA II. No contraindication to general anesthesia. Cleared for surgery.
"""
    c.note("preanes-2026-01-21", "2026-01-21 10:50", "34117-2", "History and physical note", "Pre-anesthesia evaluation", pat,
           anes, encounter=ep)

    tel = """TELEPHONE - 01/22/2026 09:15   R. Solberg AuD
Spoke with pt's wife (pt on speaker with captions). Confirmed surgery date request for right ear. Reviewed that
his best-aided sentence score was fifty-two percent and that the implant will need a year of programming and
listening practice; both confirmed they can attend the post-activation schedule (1 wk, 1 mo, 3 mo, 6 mo, 12 mo).
Insurance paperwork to be submitted by clinic.
"""
    c.note("tel-2026-01-22", "2026-01-22 09:30", "34748-4", "Telephone encounter Note", "Telephone note", tel, aud)

    case = {
        "id": "bk-ci-01", "patient": "patients/pk13.json",
        "request": {"service": CI_SERVICE,
                    "diagnoses": [{"system": ICD10CM, "code": "H90.3", "display": "Sensorineural hearing loss, bilateral"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-01-27", "note": "Right cochlear implant."},
        "gold": {"recommendation": "approve", "policy": "NCD 50.3",
                 "evidence": ["Observation/azbio-2026-01-08", "Observation/pta-2026-01-08", "DocumentReference/ent-2026-01-13",
                              "DiagnosticReport/mri-iac-2025-12-29", "DocumentReference/preanes-2026-01-21"],
                 "missing": [],
                 "rationale": "Bilateral severe SNHL (PTA 76/71 dB HL, no conductive component); best-aided recorded open-set "
                              "sentence score 52% (<= 60%) with verified appropriate aids (older 74% superseded; CNC words are "
                              "not the sentence test); cognition (MoCA 27) and willingness for rehabilitation documented; no "
                              "middle-ear infection, patent cochleae and no retrocochlear lesion on MRI; cleared for anesthesia."}}
    return case, c, "2026-01-27 12:00"


def ci02():
    c = Chart("pk14", "WA", "https://fhir.pugetsound-otology.example/R4")
    LOC = "http://pugetsound-otology.example/CodeSystem/aud"
    c.patient("Castellano", ["Noreen", "P"], "female", "1956-10-04", "Tacoma", "611 N Stevens St", "98406", "PSO-0041187",
              "http://pugetsound-otology.example/mrn")
    ent = c.practitioner("pr-huang", "Huang", ["Daniel"], "MD", "Otolaryngology - Otology/Neurotology", "1356482017")
    aud = c.practitioner("pr-ostrowski", "Ostrowski", ["Megan"], "AuD", "Audiology")
    rn = c.practitioner("pr-abernathy", "Abernathy", ["Ruth"], "RN", "Registered Nurse - Otolaryngology")
    org = c.org("org-pso", "Puget Sound Otology & Hearing Center", "Otology practice", "Tacoma")
    e1 = c.encounter("enc-ent-0217", "AMB", "Otology new patient", "2026-02-17 10:00", "2026-02-17 10:45", ent, org)
    e2 = c.encounter("enc-aud-0421", "AMB", "CI candidacy evaluation", "2026-04-21 09:00", "2026-04-21 11:30", aud, org)
    e3 = c.encounter("enc-ent-0519", "AMB", "Otology pre-op visit", "2026-05-19 15:00", "2026-05-19 15:30", ent, org)
    e4 = c.encounter("enc-ent-0623", "AMB", "Otology follow-up", "2026-06-23 10:00", "2026-06-23 10:20", ent, org)
    c.condition("cond-snhl", "H90.3", "Sensorineural hearing loss, bilateral", recorded="2014-09-30 10:00")
    c.condition("cond-csom", "H66.3X2", "Other chronic suppurative otitis media, left ear", recorded="2026-05-19 15:25",
                recorder=ent, encounter=e3)
    c.condition("cond-htn", "I10", "Essential (primary) hypertension", recorded="2010-01-12 10:00")
    c.report("ct-tb-2026-03-10", cc(CPT, "70480", "CT temporal bones without contrast"),
             "2026-03-10 11:20", "2026-03-10 16:45", cat="CT", performer=org,
             conclusion="Normal cochlear morphology bilaterally with patent basal turns; no otosclerotic foci. Normal internal "
                        "auditory canals. Left: small central pars tensa defect suspected; mild opacification of the mesotympanum "
                        "and a few mastoid air cells, without ossicular erosion or bony dehiscence. Right middle ear and mastoid clear.")
    c.obs("azbio-2026-04-21", cc(LOC, "AZBIO", text="AzBio sentences in quiet, recorded, 60 dBA (% correct)"), "2026-04-21 10:05",
          cat="exam", performer=aud, encounter=e2,
          comps=[(cc(LOC, "R", text="Right aided"), q(30, "%")), (cc(LOC, "L", text="Left aided"), q(8, "%")),
                 (cc(LOC, "BIL", text="Bilateral aided (best aided)"), q(22, "%"))])
    c.obs("pta-2026-04-21", cc(LOC, "PTA4", text="Four-frequency pure-tone average"), "2026-04-21 09:20", cat="exam", performer=aud,
          encounter=e2, comps=[(cc(LOC, "R", text="Right"), q(78, "dB")), (cc(LOC, "L", text="Left"), q(96, "dB"))])
    c.obs("culture-2026-05-21", cc(LOINC, "6463-4", "Bacteria identified in Specimen by Culture"), "2026-05-19 15:20",
          cc(text="Heavy growth Pseudomonas aeruginosa (ciprofloxacin S, ofloxacin S). Specimen: left ear drainage."),
          issued="2026-05-21 12:30", encounter=e3)
    c.medreq("ofloxacin-otic", "ofloxacin 0.3% otic solution", "2026-05-19 15:28", requester=ent, rxnorm="7623",
             dosage="10 drops left ear BID x 14 days, dry ear precautions")
    c.medreq("losartan", "losartan", "2019-02-11 10:00", rxnorm="52175", dosage="50 mg PO daily")

    n1 = """Puget Sound Otology & Hearing Center
New patient: Noreen P. Castellano, 69F         02/17/2026        Daniel Huang, MD

Referred by audiology for CI evaluation. Progressive bilateral SNHL since 2014; left ear worse, essentially no
useful hearing on the left for 2 years. Wears bilateral hearing aids (right helpful, left "just noise").
Remote history of left ear infections in childhood and once in 2019 (treated with drops). Currently no drainage.
Exam: R TM intact, normal landmarks. L TM: healed thin area posterior-inferior, ear dry today, no granulation.
Weber lateralizes right. Facial nerve normal.
A/P: Bilateral SNHL, likely CI candidate - left ear preferred (poorer ear). CT temporal bones. CI candidacy testing
with audiology. Counseled on dry ear precautions.
"""
    c.note("ent-2026-02-17", "2026-02-17 11:05", "11488-4", "Consult note", "Otology new patient note", n1, ent, encounter=e1)

    n2 = """AUDIOLOGY - COCHLEAR IMPLANT CANDIDACY EVALUATION          04/21/2026         Megan Ostrowski, AuD
Patient: Noreen P. Castellano (69 F). Own BTE aids, REM verified to NAL-NL2 targets today.
Audiogram: R moderately-severe to severe SNHL (PTA 78 dB HL); L profound SNHL (PTA 96 dB HL). No air-bone gap
on the right; left bone conduction at limits of audiometer.
Tympanometry: R Type A. L - could not seal (probable perforation); not tested further.
Aided AzBio sentences, quiet, 60 dBA (recorded): R 30%, L 8%, bilateral 22%. CNC words R 24%, L 0%.
Impression: bilateral SNHL with limited benefit from appropriately fitted aids (best-aided sentence score 22%).
Meets audiologic candidacy. Left ear recommended. Patient motivated; husband supportive; understands
rehabilitation commitment.
"""
    c.note("aud-2026-04-21", "2026-04-21 12:10", "11488-4", "Consult note", "Audiology CI candidacy evaluation", n2, aud,
           encounter=e2)

    n3 = """OTOLOGY PRE-OPERATIVE VISIT - 05/19/2026 - Daniel Huang, MD
Noreen Castellano, 69F, planned LEFT cochlear implant.
Interval: 10 days of left ear drainage and fullness after a cold; used leftover drops for 3 days.
Exam: LEFT: canal with mucopurulent otorrhea, suctioned; central pars tensa perforation ~30%, edematous middle
ear mucosa with granulation tissue at the perforation edge. Culture obtained. RIGHT: TM intact, dry.
CT 3/10: left middle ear/mastoid opacification, ossicles intact, cochlea patent.
Assessment: active chronic suppurative otitis media, LEFT ear (the implant ear). An actively draining ear is not
safe for implantation - risk of device infection/extrusion.
Plan: ofloxacin otic drops BID x 14 d, strict dry ear precautions. Re-examine in 4-5 weeks. If the ear does not dry,
left tympanomastoidectomy first and staged CI, or consider implanting the right ear. Patient is anxious to keep
her June surgery date; explained that we will likely need to postpone. Authorization request already in process
through our office.
"""
    c.note("ent-2026-05-19", "2026-05-19 15:55", "11506-3", "Progress note", "Otology pre-op visit", n3, ent, encounter=e3)

    n4 = """TELEPHONE ENCOUNTER  05/26/2026 11:20   Ruth Abernathy, RN
Culture from 5/19: Pseudomonas aeruginosa, sensitive to ofloxacin/ciprofloxacin - current drops appropriate.
Called pt: still draining but less. Using drops BID, keeping water out. She asks whether surgery 6/16 can still
happen - per Dr. Huang, decision at the June recheck; ear must be dry. Pt verbalized understanding.
"""
    c.note("tel-2026-05-26", "2026-05-26 11:30", "34748-4", "Telephone encounter Note", "Telephone encounter", n4, rn)

    n5 = """OTOLOGY FOLLOW-UP 06/23/2026  Daniel Huang, MD
Left ear now dry, perforation persists, mucosa healthy. Plan left tympanoplasty 7/2026 then CI in ~3 months.
"""
    c.note("ent-2026-06-23", "2026-06-23 10:40", "11506-3", "Progress note", "Otology follow-up", n5, ent, encounter=e4)

    case = {
        "id": "bk-ci-02", "patient": "patients/pk14.json",
        "request": {"service": CI_SERVICE,
                    "diagnoses": [{"system": ICD10CM, "code": "H90.3", "display": "Sensorineural hearing loss, bilateral"}],
                    "payer": "medicare", "urgency": "standard", "date": "2026-06-02", "note": "Left cochlear implant, surgery 6/16/2026."},
        "gold": {"recommendation": "refer", "policy": "NCD 50.3",
                 "evidence": ["DocumentReference/ent-2026-05-19", "Condition/cond-csom", "Observation/culture-2026-05-21",
                              "Observation/azbio-2026-04-21"],
                 "missing": [],
                 "rationale": "Audiologic criteria met (bilateral SNHL, best-aided AzBio 22%), but the NCD requires freedom from "
                              "middle ear infection: active chronic suppurative otitis media with Pseudomonas in the implant ear "
                              "on 5/19, still draining 5/26. The earlier 'dry' exam (2/17) is superseded; the dry ear on 6/23 is "
                              "after the request."}}
    return case, c, "2026-06-02 12:00"


CASES = [ci01, ci02]
