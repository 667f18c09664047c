from fhir import *
from cases_a import case, L


# ---------------------------------------------------------------- CI 01
def ci01():
    b = Bundle("pn13"); P = "pn13"
    b.org("org-ent", "Northlake ENT & Hearing Center", "prov")
    b.prac("dr-morrow", "Morrow", "Kathleen", "Dr.", "MD, Otology/Neurotology", "1912047736")
    b.prac("aud-pryce", "Pryce", "Daniel", "Dr.", "AuD, CCC-A, Audiology", "1205819943")
    b.prac("dr-yamada", "Yamada", "Ken", "Dr.", "MD, Internal Medicine (PCP)", "1669420087")
    b.prac("ma-dorsey", "Dorsey", "Leah", "", "Front desk / scheduling", "1770532219")
    b.patient(P, "Halvorsen", "Gunnar O", "male", "1954-08-21", "org-ent", "dr-yamada")
    b.cond("dx-snhl", "H90.3", "Sensorineural hearing loss, bilateral", "2019-05-02", P, recorder="dr-morrow")
    b.cond("dx-htn", "I10", "Essential (primary) hypertension", "2010-01-01", P, recorder="dr-yamada")
    b.obs("pta-2026-03-24", "pta", "Pure-tone average (0.5/1/2/4 kHz)", "2026-03-24", P, cat="exam", system=L, performer="Practitioner/aud-pryce",
          components=[(L, "pta-r", "Right ear PTA", 78, "dB"), (L, "pta-l", "Left ear PTA", 85, "dB")])
    b.obs("cnc-2026-03-24", "cnc-aided", "CNC monosyllabic word recognition, aided, 60 dBA (recorded)", "2026-03-24", P, cat="exam", system=L, performer="Practitioner/aud-pryce",
          components=[(L, "cnc-bin", "Binaural best-aided", 28, "%"), (L, "cnc-r", "Right aided", 24, "%"), (L, "cnc-l", "Left aided", 12, "%")])
    b.obs("azbio-2026-03-24", "azbio-aided", "AzBio sentences in quiet, best-aided (recorded)", "2026-03-24", P, cat="exam", system=L, status="cancelled",
          absent="not-performed", performer="Practitioner/aud-pryce", note="Not administered - patient fatigued after word testing; to complete at next visit.")
    b.obs("moca-2026-04-14", "72172-0", "Total score [MoCA]", "2026-04-14", P, 26, "{score}", "{score}", cat="survey", performer="Practitioner/dr-morrow")
    b.report("aud-2026-03-24", "cieval", "Cochlear implant candidacy audiologic evaluation", "2026-03-24", P, "Practitioner/aud-pryce",
             results=["pta-2026-03-24", "cnc-2026-03-24", "azbio-2026-03-24"],
             conclusion="Bilateral moderately-severe to profound SNHL (PTA R 78 / L 85 dB HL), tympanometry type A bilaterally. Current bilateral BTE hearing aids (fit 2024) verified to NAL-NL2 targets with real-ear measures today. Aided CNC words: binaural 28%, R 24%, L 12%. Sentence testing (AzBio) not completed - to be done at follow-up.")
    ent = """NORTHLAKE ENT - OTOLOGY CONSULT
04/14/2026 - K. Morrow MD

71M with progressive bilateral SNHL, hearing aids since 2012, now struggling with phone and conversation even with aids. Retired engineer, very motivated; wife attends.
Otoscopy: TMs intact, no effusion, no drainage bilaterally.
CT temporal bones 04/02: normal cochlear anatomy bilaterally, patent cochleae, no otosclerosis; middle ear and mastoid aerated.
MRI IAC 04/02: no retrocochlear lesion, normal VIII nerves.
MoCA 26/30. No anesthesia contraindication (cleared by PCP 4/10).
Audiology 3/24: aided CNC 28% binaural - he is clearly a cochlear implant candidate.
Plan: Right CI (Advanced/Cochlear/Med-El options reviewed). Commits to auditory rehab program. Submit PA.
"""
    b.doc("ent-2026-04-14", "consult", "2026-04-14", P, "dr-morrow", ent, desc="Otology consultation", org="org-ent")
    b.enc("enc-ent-2026-04-14", "AMB", "Otology consult", "2026-04-14", P, pracs=["dr-morrow"], org="org-ent")
    b.report("ct-tb-2026-04-02", "ct-tb", "CT temporal bones without contrast", "2026-04-02", P, "Organization/org-ent",
             conclusion="Normal cochlear and vestibular anatomy bilaterally; patent cochlear lumen. Well-aerated middle ears and mastoids.")
    b.report("mri-iac-2026-04-02", "mri-iac", "MRI internal auditory canals with contrast", "2026-04-02", P, "Organization/org-ent",
             conclusion="No cerebellopontine angle or IAC mass. Normal cochlear nerves bilaterally. Mild chronic small vessel change.")
    aud = """<html><body><h4>Audiology - Cochlear Implant Candidacy Evaluation</h4><p>03/24/2026 - Daniel Pryce, AuD, CCC-A</p>
<table border="1"><tr><th></th><th>Right</th><th>Left</th></tr>
<tr><td>PTA (dB HL)</td><td>78</td><td>85</td></tr><tr><td>Tympanometry</td><td>Type A</td><td>Type A</td></tr>
<tr><td>Aided CNC words (60 dBA)</td><td>24%</td><td>12%</td></tr><tr><td>Binaural aided CNC</td><td colspan="2">28%</td></tr>
<tr><td>AzBio sentences, quiet, best-aided</td><td colspan="2"><i>not administered</i></td></tr></table>
<p>Hearing aids verified with real-ear measures. Patient fatigued after word testing; AzBio to be run at follow-up 4/28.</p></body></html>"""
    b.doc("audiology-2026-03-24", "note", "2026-03-24", P, "aud-pryce", aud, "text/html", desc="Audiology CI candidacy evaluation")
    phone = """Telephone message 04/27/2026 - L. Dorsey (scheduling): Pt's wife called to cancel 4/28 audiology (pt has a bad cold). Rescheduled to 05/12/2026 with Dr. Pryce for sentence testing."""
    b.doc("phone-2026-04-27", "phone", "2026-04-27", P, "ma-dorsey", phone, desc="Scheduling telephone message")
    pcp = """Pre-op medical clearance 04/10/2026 - K. Yamada MD. HTN controlled. No cardiopulmonary contraindication to general anesthesia for cochlear implant surgery. Cognition intact."""
    b.doc("pcp-clearance-2026-04-10", "progress", "2026-04-10", P, "dr-yamada", pcp, desc="Pre-operative medical clearance")
    b.appt("appt-azbio-2026-05-12", "2026-04-27", "2026-05-12", P, "aud-pryce", "Audiology - AzBio sentence testing (CI candidacy)")
    b.medreq("rx-amlo", "17767", "amlodipine", "2010-01-01", P, "dr-yamada", dose="5 mg daily")
    c = case("bn-ci-01", P, (CPT, "69930", "Cochlear device implantation, with or without mastoidectomy"),
             [("H90.3", "Sensorineural hearing loss, bilateral")], "2026-05-05", "request_info", "NCD 50.3",
             ["DiagnosticReport/aud-2026-03-24", "DocumentReference/ent-2026-04-14", "Observation/azbio-2026-03-24"],
             ["sentence recognition|sentence test|sentence score|AzBio|HINT"],
             "Bilateral moderate-to-profound SNHL, cognition and motivation, clear middle ears, a patent cochlea, a normal MRI and surgical clearance are all documented. Limited benefit is defined by open-set sentence recognition (<= 60% best-aided), and only aided CNC word scores exist; the sentence test was not done and is rebooked after the request.")
    return c, b


# ---------------------------------------------------------------- CI 02
def ci02():
    b = Bundle("pn14"); P = "pn14"
    b.org("org-coast-ent", "Coastal Otolaryngology Group", "prov")
    b.prac("dr-bergman", "Bergman", "Ruth", "Dr.", "MD, Otology/Neurotology", "1548302271")
    b.prac("aud-liang", "Liang", "Wei", "Dr.", "AuD, Audiology", "1093302156")
    b.prac("dr-cho", "Cho", "Daniel", "Dr.", "MD, Neuroradiology", "1326017784")
    b.prac("dr-rivas", "Rivas", "Marta", "Dr.", "MD, Family Medicine", "1457720398")
    b.patient(P, "Okonkwo-Reyes", "Beatrice A", "female", "1958-06-14", "org-coast-ent", "dr-rivas")
    b.cond("dx-snhl", "H90.3", "Sensorineural hearing loss, bilateral", "2017-02-01", P, recorder="dr-bergman")
    b.cond("dx-com-2026-06", "H66.41", "Suppurative otitis media, unspecified, right ear", "2026-06-10", P, clinical="resolved", abatement="2026-07-08", recorder="dr-bergman",
           note="Otorrhea through chronic central perforation; resolved with ofloxacin drops (07/08).")
    b.cond("dx-chole", "H71.21", "Cholesteatoma of mastoid, right ear", "2026-10-20", P, recorder="dr-bergman")
    b.cond("dx-coma", "H66.21", "Chronic atticoantral suppurative otitis media, right ear", "2026-10-20", P, recorder="dr-bergman")
    b.obs("azbio-2026-08-18", "azbio-aided", "AzBio sentences in quiet, best-aided (recorded)", "2026-08-18", P, 34, "%", "%", cat="exam", system=L, performer="Practitioner/aud-liang")
    b.obs("pta-2026-08-18", "pta", "Pure-tone average (0.5/1/2/4 kHz)", "2026-08-18", P, cat="exam", system=L, performer="Practitioner/aud-liang",
          components=[(L, "pta-r", "Right ear PTA", 88, "dB"), (L, "pta-l", "Left ear PTA", 74, "dB")])
    b.report("ct-tb-2026-09-15", "ct-tb", "CT temporal bones without contrast", "2026-09-15", P, "Practitioner/dr-cho",
             conclusion="Right: soft-tissue opacification of epitympanum and mastoid antrum with scutum blunting/erosion, suspicious for cholesteatoma. Cochleae normal and patent bilaterally. Left: clear.")
    b.report("mri-2026-09-15", "mri-iac", "MRI IAC with DWI", "2026-09-15", P, "Practitioner/dr-cho",
             conclusion="Non-EPI DWI: restricted diffusion in right epitympanum/antrum compatible with cholesteatoma. Normal cochlear nerves, no retrocochlear lesion.")
    e1 = """COASTAL OTOLARYNGOLOGY 06/10/2026 - R. Bergman MD
68F, bilateral SNHL for CI evaluation. R ear: mucopurulent otorrhea through central perforation. Culture sent. Ofloxacin otic BID x 14 d, dry ear precautions. Recheck 4 wks."""
    b.doc("ent-2026-06-10", "progress", "2026-06-10", P, "dr-bergman", e1, desc="ENT progress note", org="org-coast-ent")
    e2 = """COASTAL OTOLARYNGOLOGY 07/08/2026 - R. Bergman MD
R ear dry. Central perforation 20%, no otorrhea. Otitis resolved. Proceed with CI candidacy audiology."""
    b.doc("ent-2026-07-08", "progress", "2026-07-08", P, "dr-bergman", e2, desc="ENT progress note", org="org-coast-ent")
    aud = """AUDIOLOGY 08/18/2026 - W. Liang AuD
Bilateral severe-profound SNHL (PTA R 88, L 74 dB HL). Best-aided (bilateral BTEs, verified) AzBio sentences in quiet 34%. CNC words 20%. Meets audiologic candidacy. Right ear (poorer) recommended for implant; left to remain aided."""
    b.doc("audiology-2026-08-18", "note", "2026-08-18", P, "aud-liang", aud, desc="Audiology CI evaluation")
    e3 = """COASTAL OTOLARYNGOLOGY - PRE-SURGICAL VISIT
10/20/2026 - R. Bergman MD

CT 9/15 + DWI MRI: R attic/mastoid cholesteatoma.
Microscopy today: R ear - recurrent purulent otorrhea, attic retraction pocket with keratin debris, granulation tissue. Left ear normal.
Impression: R chronic otitis media with cholesteatoma, active infection. Candidate audiologically for R CI (AzBio 34%).
Discussion: options are (a) staged - canal wall down mastoidectomy / subtotal petrosectomy with blind-sac closure now, CI in 4-6 months once ear dry and disease-free, vs (b) single-stage petrosectomy + CI. Patient wants a single operation. I am willing to consider single stage after a course of topical/oral antibiotics; risk of implant infection/extrusion discussed.
Plan: cipro otic + oral amox-clav, submit PA for right CI (single stage).
"""
    b.doc("ent-2026-10-20", "progress", "2026-10-20", P, "dr-bergman", e3, desc="ENT pre-surgical visit", org="org-coast-ent")
    b.enc("enc-ent-2026-10-20", "AMB", "ENT pre-surgical visit", "2026-10-20", P, pracs=["dr-bergman"], org="org-coast-ent")
    pcp = """FM note 10/27/2026 - M. Rivas MD. Pre-op eval: no contraindication to anesthesia. Mood good, cognitively intact, motivated for hearing rehabilitation, daughter will drive her to mapping appointments."""
    b.doc("pcp-2026-10-27", "progress", "2026-10-27", P, "dr-rivas", pcp, desc="Pre-operative evaluation")
    b.medreq("rx-ofloxacin", "7623", "ofloxacin otic", "2026-06-10", P, "dr-bergman", status="completed", dose="5 drops R ear BID x 14 days")
    b.medreq("rx-cipro", "2551", "ciprofloxacin otic", "2026-10-20", P, "dr-bergman", dose="4 drops R ear BID")
    b.medreq("rx-augmentin", "19711", "amoxicillin / clavulanate", "2026-10-20", P, "dr-bergman", dose="875/125 mg BID x 10 days")
    c = case("bn-ci-02", P, (CPT, "69930", "Cochlear device implantation, with or without mastoidectomy"),
             [("H90.3", "Sensorineural hearing loss, bilateral"), ("H71.21", "Cholesteatoma of mastoid, right ear")], "2026-11-10", "refer", "NCD 50.3",
             ["DocumentReference/ent-2026-10-20", "DiagnosticReport/ct-tb-2026-09-15", "DiagnosticReport/mri-2026-09-15"], [],
             "Audiologic criteria are met (bilateral severe-profound SNHL, best-aided AzBio 34%), but the newest exam shows active suppurative otitis media with cholesteatoma in the ear to be implanted; the July 'otitis resolved' note is superseded. The NCD requires freedom from middle ear infection, so single-stage implantation into an infected ear needs a physician reviewer.")
    return c, b


# ---------------------------------------------------------------- LAAC 01
def laac01():
    b = Bundle("pn15"); P = "pn15"
    b.org("org-prairie", "Prairie Health Partners", "prov")
    b.org("org-prairie-ep", "Prairie Heart Rhythm & Structural Program", "prov")
    b.prac("dr-dunn", "Dunn", "Margaret", "Dr.", "MD, Internal Medicine (primary care)", "1366458201")
    b.prac("dr-ferraro", "Ferraro", "Luca", "Dr.", "MD, Cardiac Electrophysiology (implanting physician)", "1821095536")
    b.prac("dr-abiodun", "Abiodun", "Tolu", "Dr.", "MD, Gastroenterology", "1457203384")
    b.prac("dr-weller", "Weller", "Anja", "Dr.", "MD, Neurology", "1093884462")
    b.prac("np-garza", "Garza", "Elisa", "", "NP, Cardiology", "1255331978")
    b.patient(P, "McAllister", "Joan T", "female", "1957-11-08", "org-prairie", "dr-dunn")
    b.cond("dx-paf", "I48.0", "Paroxysmal atrial fibrillation", "2022-04-14", P, recorder="dr-dunn")
    b.cond("dx-htn", "I10", "Essential (primary) hypertension", "2014-09-01", P, recorder="dr-dunn")
    b.cond("dx-dm-q", "E11.9", "Type 2 diabetes mellitus without complications", "2025-03-03", P, ver="refuted", clinical="inactive", recorder="dr-dunn",
           note="Entered in error from a single random glucose; A1c 6.1% and 5.9% - prediabetes only.")
    b.cond("dx-tia-q", "G45.9", "Transient cerebral ischemic attack, unspecified", "2025-11-19", P, ver="refuted", clinical="inactive", recorder="dr-weller",
           note="ED 'possible TIA' (L hand numbness). Neurology: ulnar neuropathy at elbow on EMG; MRI brain normal. Not a TIA.")
    b.cond("dx-angio", "K31.811", "Angiodysplasia of stomach and duodenum with bleeding", "2025-09-20", P, recorder="dr-abiodun", note="Multiple duodenal/jejunal angioectasias; APC x2; recurrent bleeding.")
    b.cond("dx-anemia", "D62", "Acute posthemorrhagic anemia", "2026-01-10", P, clinical="resolved", recorder="dr-abiodun")
    b.obs("a1c-2025-09-02", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2025-09-02", P, 6.1, "%", "%", performer="Practitioner/dr-dunn")
    b.obs("a1c-2026-02-11", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-02-11", P, 5.9, "%", "%", performer="Practitioner/dr-dunn")
    b.obs("hgb-2026-01-10", "718-7", "Hemoglobin [Mass/volume] in Blood", "2026-01-10", P, 6.8, "g/dL", "g/dL", performer="Organization/org-prairie", interp="Critical low")
    b.medstmt("ms-apixaban", "1364430", "apixaban", "2026-01-12", P, status="stopped", period={"start": "2022-04-20", "end": "2026-01-10"},
              note="Stopped 01/10/2026 after second transfusion-requiring GI bleed (2 units PRBC).")
    b.medreq("rx-lisinopril", "29046", "lisinopril", "2014-09-01", P, "dr-dunn", dose="10 mg daily")
    b.medreq("rx-metop", "6918", "metoprolol tartrate", "2022-04-14", P, "dr-dunn", dose="25 mg BID")
    b.medreq("rx-panto", "40790", "pantoprazole", "2025-09-22", P, "dr-abiodun", dose="40 mg daily")
    gi = """GASTROENTEROLOGY FOLLOW-UP 01/28/2026 - T. Abiodun MD
Second transfusion-requiring bleed (Hb 6.8 on 1/10) from small-bowel angioectasias while on apixaban; APC performed again but lesions are diffuse and recurrence is expected.
Recommendation: long-term oral anticoagulation is NOT advisable from a GI standpoint. A SHORT, defined course (e.g., warfarin + aspirin ~45 days after a closure device) would be acceptable with PPI and Hb checks - I would support that.
"""
    b.doc("gi-2026-01-28", "progress", "2026-01-28", P, "dr-abiodun", gi, desc="Gastroenterology follow-up")
    sdm = """<html><body><h3>Prairie Health Partners - Shared Decision-Making Visit: Stroke Prevention in Atrial Fibrillation</h3>
<p>Date: 02/25/2026 &nbsp; Physician: Margaret Dunn, MD (Internal Medicine; not part of the LAAC implanting team)</p>
<p><b>Tool used:</b> ACC CardioSmart "Atrial Fibrillation: Stroke Prevention" decision aid (anticoagulation vs LAAC vs no therapy), printed and reviewed together, 40 minutes.</p>
<table border="1"><tr><th>Topic</th><th>Discussed</th></tr>
<tr><td>Stroke risk without treatment</td><td>Yes - using her own risk factors (age, female sex, hypertension)</td></tr>
<tr><td>Bleeding risk on OAC</td><td>Yes - two major GI bleeds on apixaban</td></tr>
<tr><td>Alternatives: warfarin, reduced-dose DOAC, LAAC, aspirin</td><td>Yes</td></tr>
<tr><td>Procedure risks of LAAC</td><td>Yes</td></tr></table>
<p><b>Outcome:</b> Patient and I agree she cannot safely take long-term oral anticoagulation. She accepts a short post-procedure warfarin course as GI has approved. She chooses LAAC. Referred to Dr. Ferraro.</p></body></html>"""
    b.doc("sdm-2026-02-25", "progress", "2026-02-25", P, "dr-dunn", sdm, "text/html", desc="Shared decision-making visit (AF stroke prevention)", org="org-prairie")
    b.enc("enc-sdm-2026-02-25", "AMB", "Primary care visit - shared decision making", "2026-02-25", P, pracs=["dr-dunn"], org="org-prairie")
    ep = """PRAIRIE HEART RHYTHM - LAAC CONSULT  03/05/2026  L. Ferraro MD
68F paroxysmal NVAF (no mitral stenosis, no prosthetic valve - TTE 2/2026: mild MR, normal valves).
CHA2DS2-VASc 5 (HTN, DM, TIA, F) ; HAS-BLED 3.
Two major GI bleeds on apixaban; GI advises against long-term OAC, OK with short-term warfarin. SDM completed with Dr Dunn 2/25 (decision aid).
TEE: LAA anatomy suitable. Plan: LAAC, then warfarin + ASA 45 days, then DAPT to 6 months, then ASA.
"""
    b.doc("ep-2026-03-05", "consult", "2026-03-05", P, "dr-ferraro", ep, desc="LAAC consultation", org="org-prairie-ep")
    neuro = """NEUROLOGY CLINIC 12/03/2025 - A. Weller MD
Seen after ED visit 11/19 for L hand numbness ('possible TIA'). Numbness in 4th/5th fingers, worse with elbow flexion, Tinel + at cubital tunnel. MRI brain 11/20 normal, no DWI lesion. NCS/EMG: L ulnar neuropathy at elbow.
Impression: ulnar neuropathy - NOT a TIA. Please remove TIA from problem list."""
    b.doc("neuro-2025-12-03", "consult", "2025-12-03", P, "dr-weller", neuro, desc="Neurology consultation")
    c = case("bn-laac-01", P, (CPT, "33340", "Percutaneous transcatheter closure of the left atrial appendage with endocardial implant"),
             [("I48.0", "Paroxysmal atrial fibrillation")], "2026-03-17", "approve", "NCD 20.34",
             ["Patient/pn15", "Condition/dx-htn", "DocumentReference/sdm-2026-02-25", "DocumentReference/gi-2026-01-28"], [],
             "NVAF with CHA2DS2-VASc 3 recomputed from the chart (age 68, female, hypertension; diabetes and TIA are refuted). The EP's stated 5 is wrong, but 3 still meets >= 3. A decision-aid SDM with an independent non-interventional physician is documented, she is suitable for short-term warfarin, and she cannot take long-term OAC after recurrent major GI bleeding.")
    return c, b


# ---------------------------------------------------------------- LAAC 02
def laac02():
    b = Bundle("pn16"); P = "pn16"
    b.org("org-elm", "Elm Street Geriatrics", "prov")
    b.org("org-cardiac", "Meridian Heart Institute", "prov")
    b.prac("dr-rosales", "Rosales", "Victor", "Dr.", "MD, Geriatric Medicine", "1689304457")
    b.prac("dr-kaplan", "Kaplan", "Irene", "Dr.", "MD, Cardiac Electrophysiology (LAAC implanter)", "1831200764")
    b.prac("dr-mbeki", "Mbeki", "Thabo", "Dr.", "MD, Neurosurgery", "1467709832")
    b.prac("rn-ostrowski", "Ostrowski", "Paula", "", "RN, EP nurse coordinator", "1952173328")
    b.patient(P, "Ferreira", "Manuel J", "male", "1945-03-02", "org-elm", "dr-rosales")
    b.cond("dx-af", "I48.21", "Permanent atrial fibrillation", "2019-01-01", P, recorder="dr-rosales")
    b.cond("dx-htn", "I10", "Essential (primary) hypertension", "2005-01-01", P, recorder="dr-rosales")
    b.cond("dx-t2dm", "E11.9", "Type 2 diabetes mellitus without complications", "2011-01-01", P, recorder="dr-rosales")
    b.cond("dx-sdh", "S06.5X0A", "Traumatic subdural hemorrhage without loss of consciousness, initial encounter", "2026-09-18", P, recorder="dr-mbeki",
           note="Acute-on-chronic L SDH after ground-level fall while on apixaban; burr-hole evacuation 09/20/2026.")
    b.cond("dx-falls", "Z91.81", "History of falling", "2026-09-18", P, recorder="dr-rosales")
    b.proc("burrhole-2026-09-20", "61154", "Burr hole(s) with evacuation and/or drainage of hematoma", "2026-09-20", P, "dr-mbeki")
    b.medstmt("ms-apixaban", "1364430", "apixaban", "2026-09-18", P, status="stopped", period={"start": "2019-02-01", "end": "2026-09-18"}, note="Reversed with andexanet 09/18; not restarted.")
    b.medreq("rx-amlo", "17767", "amlodipine", "2015-01-01", P, "dr-rosales", dose="5 mg daily")
    b.medreq("rx-metformin", "6809", "metformin", "2011-01-01", P, "dr-rosales", dose="500 mg BID")
    b.medreq("rx-levetir", "114477", "levetiracetam", "2026-09-20", P, "dr-mbeki", status="completed", dose="500 mg BID x 7 days")
    b.report("ct-head-2026-10-27", "ct-head", "CT head without contrast", "2026-10-27", P, "Organization/org-cardiac",
             conclusion="Post-operative change L burr hole. Small residual L subdural collection 4 mm (from 16 mm pre-op). No new hemorrhage. No midline shift.")
    ns = """NEUROSURGERY CLINIC 10/28/2026 - T. Mbeki MD
81M POD 38 s/p L burr-hole evacuation of acute-on-chronic SDH (fall on apixaban). Neuro intact. CT 10/27: residual 4 mm collection.
Anticoagulation: Long-term anticoagulation is not recommended - recurrent falls, SDH on a DOAC, residual collection.
Cardiology asks whether he could tolerate a short (6-week) course of warfarin after a closure device: I cannot answer that yet. I need the 3-month CT (scheduled 12/15/2026) showing resolution before I would clear any anticoagulant, short-term or otherwise.
Plan: CT head 12/15, clinic after.
"""
    b.doc("neurosurg-2026-10-28", "progress", "2026-10-28", P, "dr-mbeki", ns, desc="Neurosurgery clinic note")
    sdm = """ELM STREET GERIATRICS - SHARED DECISION-MAKING: STROKE PREVENTION IN AF
11/12/2026 - V. Rosales MD (geriatrics; not involved in device implantation)
Decision aid: "Atrial Fibrillation: Stroke Prevention" (ACC CardioSmart), reviewed with patient and daughter (health-care proxy), teach-back used.
His risk factors: age 81, HTN, DM (CHA2DS2-VASc 4; CHADS2 3). Reviewed annual stroke risk off treatment vs. intracranial bleeding risk on OAC after SDH.
Conclusion: he is unable to take long-term oral anticoagulation (SDH on apixaban, recurrent falls). Options: LAAC vs no antithrombotic vs aspirin. Patient prefers LAAC; understands LAAC usually needs short-term anticoagulant or antiplatelet therapy afterward, subject to neurosurgery clearance.
"""
    b.doc("sdm-2026-11-12", "progress", "2026-11-12", P, "dr-rosales", sdm, desc="Shared decision-making visit", org="org-elm")
    b.enc("enc-sdm-2026-11-12", "AMB", "Geriatrics visit", "2026-11-12", P, pracs=["dr-rosales"], org="org-elm")
    ep = """<html><body><h4>Meridian Heart Institute - LAAC Evaluation</h4><p>11/19/2026 - Irene Kaplan, MD</p>
<p>81M permanent NVAF. CHA2DS2-VASc 4, CHADS2 3 (age &gt;75, HTN, DM). HAS-BLED 4. SDH 9/2026 on apixaban. SDM with Dr Rosales 11/12 (decision aid) - documented.</p>
<p>TEE 11/19: no LAA thrombus, windsock LAA suitable. Normal mitral valve.</p>
<p><b>Post-implant antithrombotic regimen:</b> TBD - short-term warfarin (device labeling) vs DAPT-only pathway pending neurosurgery clearance after 12/15 CT.</p>
<p>Plan: submit PA; schedule LAAC for January.</p></body></html>"""
    b.doc("ep-2026-11-19", "consult", "2026-11-19", P, "dr-kaplan", ep, "text/html", desc="LAAC evaluation", org="org-cardiac")
    rn = """EP nurse coordinator 11/24/2026 - P. Ostrowski RN. PA packet assembled: SDM note, EP consult, neurosurgery note. Called daughter - pre-procedure labs ordered. Neurosurgery clearance letter for short-term anticoagulation: not yet available (CT 12/15)."""
    b.doc("rn-2026-11-24", "nurse", "2026-11-24", P, "rn-ostrowski", rn, desc="EP nurse coordinator note")
    b.appt("appt-ct-2026-12-15", "2026-10-28", "2026-12-15", P, "dr-mbeki", "CT head 3-month follow-up")
    c = case("bn-laac-02", P, (CPT, "33340", "Percutaneous transcatheter closure of the left atrial appendage with endocardial implant"),
             [("I48.21", "Permanent atrial fibrillation")], "2026-12-01", "request_info", "NCD 20.34",
             ["DocumentReference/neurosurg-2026-10-28", "DocumentReference/sdm-2026-11-12", "DocumentReference/ep-2026-11-19"],
             ["short-term warfarin|short term anticoagulation|warfarin|neurosurgery clearance"],
             "NVAF with CHADS2 3 / CHA2DS2-VASc 4, an independent non-interventional SDM with a decision aid, and inability to take long-term OAC after an SDH are documented. The NCD also requires suitability for short-term warfarin, which neurosurgery explicitly defers until a CT after the request, so that one detail must be asked for.")
    return c, b
