"""NCD 50.3 cases (cochlear implant)."""
from fhirlib import *

SVC = {"system": CPT, "code": "69930", "display": "Cochlear device implantation, with or without mastoidectomy"}


def ci_01():
    """refer"""
    c = Chart("bt-p05", "bt-p05", "Agnes Linnea", "Thorvaldsen", "female", "1954-01-30", city="Coos Bay", mrn="LH6238840")
    c.practitioner("vos", "Kendra", "Vos", "AuD, CCC-A, Clinical Audiology")
    c.practitioner("ibarra", "Rafael", "Ibarra", "MD, Otolaryngology - Otology/Neurotology", "Dr.")
    c.practitioner("hale", "Jenny", "Hale", "PA-C, Otolaryngology")
    c.practitioner("park", "Sung", "Park", "MD, Neuroradiology", "Dr.")
    c.practitioner("bauer", "Frank", "Bauer", "MD, Internal Medicine (PCP)", "Dr.")
    c.practitioner("ngata", "Mere", "Ngata", "Surgical scheduler, ENT")

    c.condition("cond-snhl", "H90.3", "2019-05-14", asserter="vos", note="Progressive bilateral SNHL, hearing aids since 2014.")
    c.condition("cond-ha", "Z97.4", "2014-06-01", asserter="vos")
    c.condition("cond-htn", "I10", "2010-01-01", asserter="bauer")
    c.condition("cond-hypothyroid", "E03.9", "2008-01-01", asserter="bauer")
    c.condition("cond-aom", "H66.012", "2026-11-05", onset="2026-11-02", asserter="ibarra",
                text="Acute suppurative otitis media with TM perforation, left ear")
    c.med("med-levo", "levothyroxine 75 mcg tablet", "2008-01-01", rxnorm=("10582", "levothyroxine"), dosage="75 mcg daily")
    c.med("med-lisin", "lisinopril 10 mg tablet", "2010-01-01", rxnorm=("29046", "lisinopril"), dosage="10 mg daily")
    c.med("med-otic", "ciprofloxacin 0.3% / dexamethasone 0.1% otic suspension", "2026-11-05", local_code="F-CIPRODEX",
          dosage="4 drops L ear BID x 10 days", requester="ibarra", start="2026-11-05", end="2026-11-15")
    c.med("med-amc", "amoxicillin 875 mg / clavulanate 125 mg tablet", "2026-11-05", local_code="F-AMC-875",
          dosage="1 tab PO BID x 10 days", requester="ibarra", start="2026-11-05", end="2026-11-15")

    aud = ["Practitioner/vos"]
    c.obs("pta-r-2026-09-22", local("PTA-R", "Pure-tone average (0.5/1/2 kHz), right ear"), dt("2026-09-22", "09:30"), 85, "dB",
          ucum="dB", category="procedure", performer=aud)
    c.obs("pta-l-2026-09-22", local("PTA-L", "Pure-tone average (0.5/1/2 kHz), left ear"), dt("2026-09-22", "09:30"), 92, "dB",
          ucum="dB", category="procedure", performer=aud)
    c.obs("azbio-bin-2026-09-22", local("AZBIO-Q-BIN", "AzBio sentences in quiet, recorded, best-aided (binaural)"),
          dt("2026-09-22", "10:15"), 38, "%", category="procedure", performer=aud, method="Recorded, 60 dBA, sound field")
    c.obs("tymp-2026-09-22", local("TYMP", "Tympanometry"), dt("2026-09-22", "09:10"), "Type A bilaterally", category="procedure",
          performer=aud)
    c.obs("moca-2026-10-13", local("MOCA", "Montreal Cognitive Assessment total score (hearing-impaired version)"),
          dt("2026-10-13", "14:00"), 25, "{score}", category="survey", performer=["Practitioner/ibarra"])

    c.doc("audiology-2026-09-22", "11488-4", dt("2026-09-22", "12:30"), ["Practitioner/vos"], """<html><body>
<h3>Cochlear Implant Candidacy Evaluation - Audiology</h3>
<p>K. Vos AuD, CCC-A &nbsp; Date: 09/22/2026 &nbsp; Referring: R. Ibarra MD</p>
<p><b>History:</b> 72F, progressive bilateral hearing loss x 15 y, bilateral BTE hearing aids (current pair fit 2023,
verified with real-ear measures today - fitting to target, devices functioning). Relies heavily on lipreading;
stopped using the telephone.</p>
<p><b>Otoscopy:</b> clear canals, TMs intact bilaterally. <b>Tympanometry:</b> Type A AU.</p>
<p><b>Audiogram:</b> Right severe-to-profound SNHL, PTA 85 dB HL. Left profound SNHL, PTA 92 dB HL.
Air-bone gaps &lt; 10 dB. Word recognition (NU-6, 90 dB HL): R 24%, L 8%.</p>
<table border="1" cellpadding="3">
<tr><th>Recorded test (60 dBA, sound field)</th><th>R aided</th><th>L aided</th><th>Binaural aided (best)</th></tr>
<tr><td>AzBio sentences, quiet</td><td>30%</td><td>12%</td><td>38%</td></tr>
<tr><td>CNC words</td><td>22%</td><td>6%</td><td>26%</td></tr>
</table>
<p><b>Impression:</b> Bilateral severe-to-profound SNHL with limited benefit from appropriately fit amplification
(best-aided AzBio 38%). Meets audiologic candidacy. Recommend L ear (poorer) for implantation.
Counseled re expectations and rehab commitment - patient and husband motivated.</p>
</body></html>""", ctype="text/html", description="CI candidacy evaluation (audiology)")
    c.doc("ct-2026-10-06", "18748-4", dt("2026-10-06", "16:00"), ["Practitioner/park"], """CT TEMPORAL BONES WITHOUT CONTRAST - 10/06/2026 - S. Park MD
Cochleae: normal morphology bilaterally, 2.5 turns, patent basal turns, no ossification or otosclerotic foci.
Vestibular aqueducts normal. IAC normal caliber.
Middle ear/mastoid: partial opacification of left mastoid air cells and epitympanum; ossicles intact; no bony
erosion. Right clear.
Impression: Normal cochlear anatomy bilaterally. Left mastoid/middle ear opacification - correlate clinically.
""", description="CT temporal bone report")
    c.doc("mri-2026-10-08", "18748-4", dt("2026-10-08", "15:30"), ["Practitioner/park"], """MRI IAC / BRAIN W/WO - 10/08/2026 - S. Park MD
Normal cochlear and vestibular fluid signal bilaterally. CN VII/VIII normal in both IACs and CPAs.
No enhancing lesion. Brain: mild chronic small-vessel changes for age. No lesion along central auditory pathways.
Left mastoid fluid signal.
""", description="MRI IAC report")
    c.doc("ent-2026-10-13", "11488-4", dt("2026-10-13", "15:00"), ["Practitioner/ibarra"], """OTOLOGY CONSULTATION - R. Ibarra MD
72F with bilateral severe-profound SNHL, limited benefit from well-fit aids (best-aided AzBio 38%).
Otoscopy today: R TM normal. L TM intact, slightly dull, no effusion seen, no drainage.
CT: normal cochleae; L mastoid opacification, likely old/incidental vs recent URI - no otologic symptoms.
MRI: no retrocochlear pathology.
Cognition: MoCA-H 25/30. Highly motivated; husband will attend rehab sessions.
No contraindication to GA per PCP (HTN, hypothyroid, controlled).
Plan: L cochlear implant. Auth + scheduling. Will re-examine ears at pre-op.
""", description="Otology consultation")
    c.doc("ent-2026-11-05", "11506-3", dt("2026-11-05", "11:20"), ["Practitioner/ibarra", "Practitioner/hale"], """ENT URGENT VISIT - J. Hale PA-C / R. Ibarra MD
3 days of L otalgia then drainage this morning. Recent cold. No fever. No vertigo.
Exam: L EAC with mucopurulent otorrhea, suctioned; anterior-inferior TM perforation ~20%, middle ear mucosa
inflamed. R ear normal. No mastoid tenderness, no facial weakness.
Dx: acute suppurative otitis media with perforation, L.
Plan: culture sent; ciprofloxacin-dexamethasone otic + amox-clav x 10 d; dry ear precautions.
Cochlear implant (L) cannot proceed with an active infection - need a dry, healed ear. Recheck 3 weeks; if
persistent, consider CT/mastoid eval and reconsider side.
Seen and examined with Dr Ibarra, who agrees.
""", description="ENT urgent visit")
    c.doc("sched-2026-11-10", "34109-9", dt("2026-11-10", "09:00"), ["Practitioner/ngata"], """ENT SURGICAL SCHEDULING - PRIOR AUTHORIZATION REQUEST COVER
Procedure: L cochlear implant (69930) with device L8614. Surgeon: R. Ibarra MD. Requested date: 12/03/2026.
Clinical summary (from chart): Bilateral severe-profound SNHL, best-aided AzBio 38% (recorded).
Otoscopy: clear bilaterally, TMs intact, tympanometry type A. No active middle ear disease.
CT: normal cochlear anatomy. MRI: no retrocochlear lesion. MoCA 25. Motivated.
""", description="Surgical scheduling authorization cover")
    c.service_request("sr-ci", (CPT, "69930", "Cochlear device implantation, with or without mastoidectomy"), "2026-11-10",
                      requester="ibarra", reason=["H90.3"], note="Left ear.")
    # after request
    c.doc("ent-2026-11-24", "11506-3", dt("2026-11-24", "10:00"), ["Practitioner/ibarra"], """ENT follow-up - R. Ibarra MD
L ear dry. Perforation healed. Culture grew S. pneumoniae (sensitive). OK to proceed with L CI when authorized.
""", description="ENT follow-up")

    gold = {"recommendation": "refer", "policy": "NCD 50.3",
            "evidence": ["DocumentReference/ent-2026-11-05", "Condition/cond-aom", "DocumentReference/audiology-2026-09-22",
                         "DocumentReference/ct-2026-10-06"],
            "missing": [],
            "rationale": "Audiologic, imaging and cognitive criteria are met, but 5 days before the request the implant (left) "
                         "ear has acute suppurative otitis media with perforation and the surgeon says implantation cannot "
                         "proceed. Freedom from middle-ear infection is documented not met on the request date; the "
                         "scheduler's 'otoscopy clear' is copied from September and the healed ear is documented only after."}
    k = case("bt-ci-01", "patients/bt-p05.json", SVC, ["H90.3"], "2026-11-10", gold,
             note="L CI. Bilateral severe-profound SNHL, best-aided AzBio 38%. Ears clear, imaging normal.")
    return k, c


def ci_02():
    """approve"""
    c = Chart("bt-p12", "bt-p12", "Gordon Willem", "Achterberg", "male", "1956-08-11", city="The Dalles", mrn="LH3086514")
    c.practitioner("vos", "Kendra", "Vos", "AuD, CCC-A, Clinical Audiology")
    c.practitioner("tran", "Minh", "Tran", "AuD, Audiology (hearing aid dispensing)")
    c.practitioner("ibarra", "Rafael", "Ibarra", "MD, Otolaryngology - Otology/Neurotology", "Dr.")
    c.practitioner("park", "Sung", "Park", "MD, Neuroradiology", "Dr.")
    c.practitioner("wexler", "Dana", "Wexler", "MD, Family Medicine (PCP)", "Dr.")

    c.condition("cond-snhl", "H90.3", "2016-03-02", asserter="vos")
    c.condition("cond-ha", "Z97.4", "2016-04-01", asserter="vos")
    c.condition("cond-oe", "H60.92", "2025-07-15", clinical="resolved", abatement="2025-07-29", asserter="wexler",
                text="Otitis externa, left (swimming), resolved")
    c.condition("cond-t2dm", "E11.9", "2018-01-01", asserter="wexler")
    c.condition("cond-hld", "E78.5", "2018-01-01", asserter="wexler")
    c.med("med-metformin", "metformin 500 mg tablet", "2018-01-01", rxnorm=("6809", "metformin"), dosage="500 mg BID")
    c.med("med-atorva", "atorvastatin 20 mg tablet", "2018-01-01", rxnorm=("83367", "atorvastatin"), dosage="20 mg daily")
    c.obs("a1c-2026-05-20", A1C, dt("2026-05-20", "08:00"), 6.9, "%")

    aud = ["Practitioner/vos"]
    c.obs("azbio-bin-2025-05-06", local("AZBIO-Q-BIN", "AzBio sentences in quiet, recorded, best-aided (binaural)"),
          dt("2025-05-06", "10:00"), 68, "%", category="procedure", performer=aud, method="Recorded, 60 dBA, sound field")
    c.obs("pta-r-2026-04-14", local("PTA-R", "Pure-tone average (0.5/1/2 kHz), right ear"), dt("2026-04-14", "09:20"), 73, "dB",
          ucum="dB", category="procedure", performer=aud)
    c.obs("pta-l-2026-04-14", local("PTA-L", "Pure-tone average (0.5/1/2 kHz), left ear"), dt("2026-04-14", "09:20"), 88, "dB",
          ucum="dB", category="procedure", performer=aud)
    c.obs("azbio-r-2026-04-14", local("AZBIO-Q-R", "AzBio sentences in quiet, recorded, right ear aided"),
          dt("2026-04-14", "10:05"), 42, "%", category="procedure", performer=aud, method="Recorded, 60 dBA, sound field")
    c.obs("azbio-l-2026-04-14", local("AZBIO-Q-L", "AzBio sentences in quiet, recorded, left ear aided"),
          dt("2026-04-14", "10:15"), 18, "%", category="procedure", performer=aud, method="Recorded, 60 dBA, sound field")
    c.obs("azbio-bin-2026-04-14", local("AZBIO-Q-BIN", "AzBio sentences in quiet, recorded, best-aided (binaural)"),
          dt("2026-04-14", "10:25"), 56, "%", category="procedure", performer=aud, method="Recorded, 60 dBA, sound field")
    c.obs("azbio-n-bin-2026-04-14", local("AZBIO-N10-BIN", "AzBio sentences +10 dB SNR, recorded, binaural aided"),
          dt("2026-04-14", "10:35"), 22, "%", category="procedure", performer=aud, method="Recorded, 60 dBA, +10 SNR")
    c.obs("tymp-2026-04-14", local("TYMP", "Tympanometry"), dt("2026-04-14", "09:05"), "Type A bilaterally", category="procedure",
          performer=aud)
    c.obs("moca-2026-05-12", local("MOCA", "Montreal Cognitive Assessment total score (hearing-impaired version)"),
          dt("2026-05-12", "14:00"), 27, "{score}", category="survey", performer=["Practitioner/ibarra"])

    c.doc("audiology-2025-05-06", "11488-4", dt("2025-05-06", "12:00"), ["Practitioner/vos"], """CI candidacy evaluation - K. Vos AuD
69M, progressive bilateral SNHL. Hearing aids 2019 pair, not verified in > 3 years.
Audiogram: R moderately-severe, L severe-profound.
AzBio (recorded, 60 dBA, quiet): binaural aided 68%.
Impression: does NOT meet candidacy at this time (best-aided > 60%). Aids under-fit on REM check.
Plan: hearing aid replacement/optimization with verification, then re-test in ~9-12 months or sooner if decline.
""", description="CI candidacy evaluation (audiology) 2025")
    c.doc("ha-fit-2026-03-10", "11506-3", dt("2026-03-10", "11:00"), ["Practitioner/tran"], """Hearing aid fitting - M. Tran AuD
New bilateral high-power RIC aids fit. Real-ear measurement verified to NAL-NL2 targets for 55/65/80 dB inputs,
both ears. Feedback manager calibrated. 2-week check: pt wearing 12 h/day; still "can't follow conversation
without looking at faces", struggling at church and on the phone.
Refer back to Dr Vos for CI re-evaluation.
""", description="Hearing aid fitting and verification")
    c.doc("audiology-2026-04-14", "11488-4", dt("2026-04-14", "12:30"), ["Practitioner/vos"], """<html><body>
<h3>Cochlear Implant Candidacy Re-evaluation - Audiology</h3>
<p>K. Vos AuD, CCC-A &nbsp; 04/14/2026</p>
<p><b>Amplification:</b> bilateral high-power RIC aids fit 3/10/2026, REM-verified to target (M. Tran AuD). Worn
full time.</p>
<p><b>Otoscopy:</b> clear. <b>Tympanometry:</b> Type A AU.</p>
<p><b>Audiogram:</b> R moderately-severe to profound SNHL, PTA 73 dB HL. L severe-to-profound SNHL, PTA 88 dB HL.
No air-bone gap. Decline vs 5/2025 of ~8 dB R, 10 dB L.</p>
<table border="1" cellpadding="3">
<tr><th>Recorded speech (sound field, 60 dBA)</th><th>R aided</th><th>L aided</th><th>Binaural aided (best-aided)</th></tr>
<tr><td>AzBio sentences, quiet</td><td>42%</td><td>18%</td><td>56%</td></tr>
<tr><td>AzBio sentences, +10 SNR</td><td>-</td><td>-</td><td>22%</td></tr>
<tr><td>CNC words</td><td>34%</td><td>10%</td><td>40%</td></tr>
</table>
<p><b>Impression:</b> Bilateral moderately-severe-to-profound SNHL with limited benefit from appropriately fit and
verified amplification; best-aided AzBio in quiet 56%. Meets audiologic CI candidacy. L ear recommended.
Counseling: expectations, device options, rehab schedule. Patient and wife eager to proceed.</p>
</body></html>""", ctype="text/html", description="CI candidacy re-evaluation (audiology)")
    c.doc("ct-2026-05-05", "18748-4", dt("2026-05-05", "15:00"), ["Practitioner/park"], """CT TEMPORAL BONES - 05/05/2026 - S. Park MD
Normal cochlear morphology and patency bilaterally, no labyrinthine ossification. Normal vestibular aqueducts.
Middle ears and mastoids well aerated. Ossicles intact. IACs normal.
""", description="CT temporal bone report")
    c.doc("mri-2026-05-07", "18748-4", dt("2026-05-07", "16:00"), ["Practitioner/park"], """MRI IAC W/WO - 05/07/2026 - S. Park MD
Normal fluid signal in both cochleae. Normal CN VIII bilaterally, no IAC/CPA mass. Brainstem and temporal lobes normal.
Impression: no retrocochlear or central auditory pathway lesion.
""", description="MRI IAC report")
    c.doc("otology-2026-05-12", "11488-4", dt("2026-05-12", "15:30"), ["Practitioner/ibarra"], """OTOLOGY CONSULTATION - R. Ibarra MD
69M with progressive bilateral SNHL. Now on new verified high-power aids; AzBio 42% aided (R) - see audiology
4/14 for full results, best-aided binaural 56%. Did not qualify in 5/2025 (68%) with old aids.
Hx L otitis externa 7/2025 (swimming), resolved. No otorrhea, no ear surgery.
Exam: EACs clear, TMs intact and mobile. No effusion. CN VII intact.
Imaging: CT normal cochleae, well-aerated middle ears. MRI no retrocochlear lesion.
Cognition: MoCA-H 27/30. Retired engineer, very motivated, wife will attend mapping/rehab; understands the
extended rehabilitation program and has arranged transport.
Medical: T2DM well controlled (A1c 6.9), no cardiopulmonary disease. Anesthesia risk low; PCP clearance requested.
Plan: L cochlear implant.
""", description="Otology consultation")
    c.doc("pcp-2026-05-20", "11506-3", dt("2026-05-20", "10:30"), ["Practitioner/wexler"], """Pre-operative evaluation - D. Wexler MD
For L cochlear implant under GA. Functional capacity > 4 METs (walks 3 miles daily). No cardiac/pulmonary sx.
ECG normal. A1c 6.9. RCRI 0. Medically optimized; acceptable risk for planned surgery.
""", description="Pre-operative medical evaluation")
    c.service_request("sr-ci", (CPT, "69930", "Cochlear device implantation, with or without mastoidectomy"), "2026-06-02",
                      requester="ibarra", reason=["H90.3"], note="Left ear.")

    gold = {"recommendation": "approve", "policy": "NCD 50.3",
            "evidence": ["Observation/azbio-bin-2026-04-14", "Observation/pta-r-2026-04-14", "Observation/pta-l-2026-04-14",
                         "DocumentReference/audiology-2026-04-14", "DocumentReference/otology-2026-05-12",
                         "DocumentReference/mri-2026-05-07", "DocumentReference/ct-2026-05-05"],
            "missing": [],
            "rationale": "Bilateral moderately-severe to profound SNHL; best-aided recorded open-set sentence score 56% (<=60%) "
                         "with verified aids (the 2025 score of 68% is superseded). Cognition and motivation for rehab, normal "
                         "middle ears (otitis externa resolved), accessible cochleae, no retrocochlear lesion, cleared for surgery."}
    k = case("bt-ci-02", "patients/bt-p12.json", SVC, ["H90.3"], "2026-06-02", gold)
    return k, c
