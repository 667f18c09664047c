from cases_c import *
CI = {"system": CPT, "code": "69930", "display": "Cochlear device implantation, with or without mastoidectomy"}
# ---------------------------------------------------------------- CI 01 (pm13)
b = B("pm13"); b.patient("Evelyn", "Marchetti", "female", "1948-10-03", "Sandusky")
b.prac("dr-voss", "Peter", "Voss", "MD", "Otology / neurotology")
b.prac("aud-kim", "Soyeon", "Kim", "AuD, CCC-A", "Audiology")
b.prac("dr-patel", "Rina", "Patel", "MD", "Neuroradiology")
b.prac("dr-gage", "Oliver", "Gage", "MD", "Anesthesiology")
b.org("org-erie-ent", "Erie Shores ENT & Audiology"); b.org("org-firelands", "Firelands Regional Imaging")
b.cond("snhl", "H90.3", "Sensorineural hearing loss, bilateral", "2016-04-04", rec="dr-voss")
b.cond("tinnitus", "H93.13", "Tinnitus, bilateral", "2016-04-04")
b.cond("om-childhood", "H66.90", "Otitis media, unspecified, unspecified ear", "1955-01-01", clinical="resolved", note="childhood recurrent OM per patient; no episodes in adulthood")
b.cond("htn", "I10", "Essential (primary) hypertension", "2012-01-01")
b.fmh("fh-mother", "2026-04-28", "MTH", "mother", "H90.3", "Sensorineural hearing loss, bilateral", note="mother profoundly deaf in her 70s")
b.obs("azbio-2024-11-19", "2024-11-19", V("AzBio sentence recognition in quiet, best-aided (bilateral hearing aids)", "azbio-ba"), (62, "%", "%"), ["Practitioner/aud-kim"], cat="exam")
b.obs("azbio-2026-04-28", "2026-04-28", V("AzBio sentence recognition in quiet, best-aided (bilateral hearing aids)", "azbio-ba"), (34, "%", "%"), ["Practitioner/aud-kim"], cat="exam", note="recorded, 60 dBA, soundfield, verified aids")
b.obs("cnc-2026-04-28", "2026-04-28", V("CNC word recognition, best-aided", "cnc-ba"), (28, "%", "%"), ["Practitioner/aud-kim"], cat="exam")
b.obs("pta-r-2026-04-28", "2026-04-28", V("Pure-tone average right ear (0.5/1/2 kHz)", "pta-r"), (78, "dB", "dB"), ["Practitioner/aud-kim"], cat="exam")
b.obs("pta-l-2026-04-28", "2026-04-28", V("Pure-tone average left ear (0.5/1/2 kHz)", "pta-l"), (93, "dB", "dB"), ["Practitioner/aud-kim"], cat="exam")
b.obs("moca-2026-05-05", "2026-05-05", V("MoCA total (hearing-impaired administration)", "moca"), (27, "{score}", "{score}"), cat="survey")
b.med("amlodipine", "17767", "amlodipine 5 MG", "2012-01-01", "dr-voss")
b.doc("aud-2026-04-28", "2026-04-28", "aud-kim", "org-erie-ent", "procedure", "Cochlear implant candidacy audiologic evaluation", """
ERIE SHORES AUDIOLOGY -- CI CANDIDACY EVALUATION -- 04/28/2026 -- S. Kim AuD
Otoscopy: clear canals, intact TMs bilaterally. Tympanometry: Type A AU.
Audiometry: bilateral sloping moderately-severe to profound SNHL. PTA R 78 dB HL, L 93 dB HL. Air-bone gaps none.
Hearing aids: Phonak, bilateral, verified with real-ear to NAL-NL2 targets today; worn 11 h/day for 6 years.
BEST-AIDED (binaural HAs, soundfield, recorded materials, 60 dBA):
   AzBio sentences in quiet: thirty-four percent (34%)
   CNC words: 28%
(Prior AzBio 11/2024: 62% -- decline since.)
Impression: Meets audiologic criteria -- bilateral mod-severe to profound SNHL, limited benefit from appropriately fit amplification.
""")
b.doc("ent-2026-05-05", "2026-05-05", "dr-voss", "org-erie-ent", "consult", "Otology consultation", """
Otology -- P. Voss MD -- 5/5/2026
77F progressive bilateral SNHL x10y, now poor aided understanding (AzBio 34% best-aided 4/28). Denies otorrhea, otalgia, vertigo. Childhood OM, none as an adult.
Exam: TMs intact, no effusion, no retraction, AU. Weber midline.
Cognition: engaged, follows conversation with lipreading; MoCA-HI 27/30. Very motivated; husband will drive to all mapping/rehab sessions; understands 6-12 months of auditory rehabilitation.
Plan: CT temporal bones + MRI IAC; anesthesia pre-op. Candidate for L CI pending imaging.
""")
b.doc("img-2026-05-12", "2026-05-12", "dr-patel", "org-firelands", "imaging", "CT temporal bones and MRI IAC", """
FIRELANDS REGIONAL IMAGING -- 05/12/2026 -- R. Patel MD (Neuroradiology)
CT TEMPORAL BONES W/O: Normal cochlear morphology bilaterally, 2.5 turns; no cochlear ossification or otospongiosis; round windows patent; middle ears and mastoids clear; no effusion.
MRI IAC W/ and W/O: Normal fluid signal in both cochleae (patent lumen). CN VII/VIII complexes normal. No CPA or IAC mass. No intracranial lesion along auditory pathways. Mild chronic microvascular change.
""")
b.doc("anes-2026-05-19", "2026-05-19", "dr-gage", "org-erie-ent", "progress", "Pre-anesthesia evaluation", """
Pre-anesthesia 5/19/26: ASA II (HTN controlled). ECG SR. No contraindication to general anesthesia for CI.
""")
b.enc("enc-ent-2026-05-05", "2026-05-05", "Otology consult", "dr-voss", "org-erie-ent")
b.enc("enc-aud-2026-04-28", "2026-04-28", "CI candidacy audiology", "aud-kim", "org-erie-ent")
BUNDLES["pm13"] = b
case("bm-ci-01", 13, "NCD 50.3", CI, [("H90.3", "Sensorineural hearing loss, bilateral")], "2026-05-26", "approve",
     ["Observation/azbio-2026-04-28", "DocumentReference/aud-2026-04-28", "DocumentReference/ent-2026-05-05", "DocumentReference/img-2026-05-12"], [],
     "Bilateral moderately-severe to profound SNHL with best-aided AzBio 34% (<= 60%; the older 62% is superseded); TMs intact with no middle-ear infection, CT/MRI show a patent cochlea and no auditory-nerve lesion, cognition and rehab commitment are documented, and anesthesia finds no contraindication.")

# ---------------------------------------------------------------- CI 02 (pm14)
b = B("pm14"); b.patient("Arthur", "Lindqvist-Bell", "male", "1944-02-27", "Findlay")
b.prac("dr-oyelaran", "Femi", "Oyelaran", "MD", "Otolaryngology")
b.prac("aud-reyes", "Daniela", "Reyes", "AuD", "Audiology")
b.prac("dr-chu", "Wendy", "Chu", "MD", "Radiology")
b.prac("dr-hart", "George", "Hart", "MD", "Internal medicine (PCP)")
b.org("org-hancock-ent", "Hancock ENT Associates"); b.org("org-blanchard", "Blanchard Valley Imaging")
b.cond("snhl", "H90.3", "Sensorineural hearing loss, bilateral", "2018-09-09", rec="dr-oyelaran")
b.cond("t2dm", "E11.9", "Type 2 diabetes mellitus without complications", "2011-01-01")
b.cond("hld", "E78.5", "Hyperlipidemia, unspecified", "2011-01-01")
b.obs("pta-r-2026-06-09", "2026-06-09", V("Pure-tone average right ear (0.5/1/2 kHz)", "pta-r"), (75, "dB", "dB"), ["Practitioner/aud-reyes"], cat="exam")
b.obs("pta-l-2026-06-09", "2026-06-09", V("Pure-tone average left ear (0.5/1/2 kHz)", "pta-l"), (80, "dB", "dB"), ["Practitioner/aud-reyes"], cat="exam")
b.obs("wrs-r-2026-06-09", "2026-06-09", V("Word recognition score, NU-6 monosyllables, right ear, unaided under headphones", "wrs-r"), (24, "%", "%"), ["Practitioner/aud-reyes"], cat="exam")
b.obs("wrs-l-2026-06-09", "2026-06-09", V("Word recognition score, NU-6 monosyllables, left ear, unaided under headphones", "wrs-l"), (30, "%", "%"), ["Practitioner/aud-reyes"], cat="exam")
b.obs("a1c-2026-05-01", "2026-05-01", (LOINC, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), (6.9, "%", "%"), cat="laboratory")
b.med("metformin", "6809", "metformin 500 MG", "2011-01-01", "dr-hart")
b.med("simva", "36567", "simvastatin 20 MG", "2011-01-01", "dr-hart")
b.doc("aud-2026-06-09", "2026-06-09", "aud-reyes", "org-hancock-ent", "procedure", "Audiologic evaluation", """
HANCOCK ENT -- AUDIOLOGY -- 06/09/2026 -- D. Reyes AuD
Reason: CI candidacy work-up.
Otoscopy clear AU. Tymps Type A AU. Acoustic reflexes absent AU.
Pure tones: bilateral severe SNHL, PTA R 75 / L 80 dB HL.
Speech (unaided, earphones, recorded NU-6 at MCL): WRS R 24%, L 30%.
Aided testing: NOT completed -- pt's hearing aids (Oticon, 2019) are out for repair at manufacturer; he arrived without devices. Sentence testing (AzBio) in best-aided condition to be done with loaner aids fit and verified; rescheduled 7/21.
Impression: bilateral severe SNHL with poor unaided word recognition; aided candidacy testing pending.
""")
b.doc("ent-2026-06-16", "2026-06-16", "dr-oyelaran", "org-hancock-ent", "consult", "ENT consultation - CI candidacy", """
ENT -- F. Oyelaran MD -- 6/16/2026
82M, progressive bilateral SNHL, HAs for 7 years with "limited benefit from amplification" per patient and wife; struggles on phone and in groups.
No otorrhea; no history of ear surgery. TMs intact, no effusion.
Cognition: sharp, retired engineer, reads lips; eager for rehab; wife supportive.
Plan: CT temporal bone + MRI IAC; PCP clearance; proceed toward R CI.
""")
b.doc("img-2026-06-25", "2026-06-25", "dr-chu", "org-blanchard", "imaging", "Imaging report", """
BLANCHARD VALLEY IMAGING  6/25/2026
CT temporal bones: normal inner-ear anatomy bilaterally; cochleae patent without ossification. Middle ears aerated.
MRI brain/IAC: no vestibular schwannoma or other IAC/CPA lesion; normal cochlear fluid signal.
""")
b.doc("pcp-2026-06-30", "2026-06-30", "dr-hart", "org-hancock-ent", "progress", "PCP pre-operative clearance", """
Pre-op clearance 6/30/26 (G. Hart MD): T2DM (A1c 6.9), HLD. Cardiopulmonary exam normal. Acceptable risk for general anesthesia. No contraindication to surgery.
""")
b.doc("tel-2026-07-01", "2026-07-01", "aud-reyes", "org-hancock-ent", "note", "Telephone note", """
7/1/26 -- Wife called: aids back from repair next week. Kept 7/21 appointment for aided sentence testing (loaners not needed). -- DR
""")
b.appt("appt-aided-2026-07-21", "2026-06-09", "2026-07-21", "Best-aided speech testing (AzBio) - CI candidacy", "aud-reyes")
b.enc("enc-ent-2026-06-16", "2026-06-16", "ENT consult", "dr-oyelaran", "org-hancock-ent")
b.enc("enc-aud-2026-06-09", "2026-06-09", "Audiology", "aud-reyes", "org-hancock-ent")
BUNDLES["pm14"] = b
case("bm-ci-02", 14, "NCD 50.3", CI, [("H90.3", "Sensorineural hearing loss, bilateral")], "2026-07-07", "request_info",
     ["DocumentReference/aud-2026-06-09", "DocumentReference/ent-2026-06-16", "DocumentReference/img-2026-06-25"],
     ["sentence recognition|sentence test|sentence testing|AzBio|HINT|best aided|aided speech|aided testing"],
     "Bilateral severe SNHL, healthy middle ears, normal imaging, cognition and surgical clearance are documented, but the only speech scores are unaided monosyllabic word scores; the best-aided open-set sentence test that defines limited benefit is booked after the request.",
     note="Bilateral severe SNHL, limited benefit from amplification.")

LAAC = {"system": CPT, "code": "33340", "display": "Percutaneous transcatheter closure of the left atrial appendage with endocardial implant"}
# ---------------------------------------------------------------- LAAC 01 (pm15)
b = B("pm15"); b.patient("Raymond", "Szabo", "male", "1955-08-08", "Lorain")
b.prac("dr-petrov", "Ivan", "Petrov", "MD", "Cardiac electrophysiology (implanting)")
b.prac("dr-greenberg", "Ruth", "Greenberg", "MD", "Neurology")
b.prac("dr-obi", "Ngozi", "Obi", "MD", "Internal medicine (PCP)")
b.prac("dr-lam", "Kevin", "Lam", "MD", "Otolaryngology")
b.org("org-lorain-heart", "Lorain Heart Rhythm Center"); b.org("org-lorain-neuro", "Lorain Neurology Associates"); b.org("org-obi-im", "Obi Internal Medicine")
b.cond("afib", "I48.19", "Other persistent atrial fibrillation", "2023-03-15")
b.cond("htn", "I10", "Essential (primary) hypertension", "2015-01-01")
b.cond("tia", "G45.9", "Transient cerebral ischemic attack, unspecified", "2025-11-20", ver="refuted", clinical="inactive", note="ED provisional dx 11/20/2025; refuted by neurology 12/2025 -> migraine aura")
b.cond("migraine", "G43.109", "Migraine with aura, not intractable, without status migrainosus", "2025-12-09", rec="dr-greenberg")
b.cond("epistaxis", "R04.0", "Epistaxis", "2025-08-01", note="recurrent, on apixaban; cauterized x2")
b.obs("lvef-2025-06-10", "2025-06-10", (LOINC, "10230-1", "Left ventricular Ejection fraction"), (58, "%", "%"), cat="imaging")
b.obs("a1c-2026-01-10", "2026-01-10", (LOINC, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), (5.6, "%", "%"), cat="laboratory")
b.obs("cha2ds2-2026-03-30", "2026-03-30", V("CHA2DS2-VASc score (as documented)", "cha2ds2vasc"), (4, "{score}", "{score}"), "Practitioner/dr-petrov", cat="survey", note="HTN 1, age 65-74 1, TIA 2")
b.med("apixaban", "1364430", "apixaban 5 MG", "2023-03-15", "dr-petrov", status="stopped", start="2023-03-15", end="2026-02-01", reason="stopped for recurrent epistaxis")
b.med("diltiazem", "3443", "diltiazem 240 MG extended release", "2023-03-15", "dr-petrov")
b.med("lisinopril", "29046", "lisinopril 20 MG", "2015-01-01", "dr-obi")
b.doc("neuro-2025-12-09", "2025-12-09", "dr-greenberg", "org-lorain-neuro", "consult", "Neurology consultation", """
LORAIN NEUROLOGY -- R. Greenberg MD -- 12/09/2025
Referred after ED visit 11/20/25 labelled "TIA": 20 min of zig-zag scintillating visual disturbance spreading across R hemifield, followed by L-sided throbbing headache and nausea. Two similar spells in his 40s. No weakness, no speech or sensory loss.
MRI brain with DWI 11/21: no infarct. CTA head/neck: no stenosis.
Assessment: MIGRAINE WITH AURA (late-life migraine accompaniments). This was NOT a TIA. Please remove TIA from problem list.
""")
b.doc("pcp-2026-02-03", "2026-02-03", "dr-obi", "org-obi-im", "progress", "PCP - SDM anticoagulation", """
Obi IM -- 02/03/2026 -- N. Obi MD
Third ED visit for epistaxis on apixaban (ENT cautery x2, packing 1/28). Pt unwilling to continue any OAC.
Shared decision-making about stroke prevention in AF using the ACC CardioSmart "AFib: Anticoagulation" decision aid: reviewed stroke vs bleeding risk, DOAC vs warfarin vs LAAC vs no therapy. Pt prefers to stop OAC and explore LAAC. Apixaban stopped 2/1.
Problem list reviewed: HTN; AF; no DM, no CHF, no CAD/PAD, no prior stroke.
""")
b.doc("ep-2026-03-30", "2026-03-30", "dr-petrov", "org-lorain-heart", "consult", "EP consult - LAAC evaluation", """
LORAIN HEART RHYTHM CENTER -- LAAC EVALUATION -- 03/30/2026 -- I. Petrov MD
70M persistent AF, rate controlled on diltiazem. Recurrent severe epistaxis on apixaban -> off OAC since 2/1/26.
Risk scores (from problem list): CHA2DS2-VASc = 4 (HTN 1, age 1, TIA 2); CHADS2 = 3.
HAS-BLED 2. TTE 6/2025: LVEF 58%, no significant valve disease (NVAF).
Plan: Watchman FLX; TEE for LAA anatomy; post-implant warfarin/aspirin 45 days then DAPT -- he can tolerate a short course of warfarin per ENT.
""")
b.doc("ent-2026-03-10", "2026-03-10", "dr-lam", "org-obi-im", "consult", "ENT note", """
ENT 3/10/26 K. Lam MD: R anterior septal vessel cauterized; mucosa healing. Short-term (6-8 wk) anticoagulation would be acceptable with saline gel/humidifier; long-term OAC not advised.
""")
b.enc("enc-ep-2026-03-30", "2026-03-30", "EP consult", "dr-petrov", "org-lorain-heart")
b.enc("enc-ed-2025-11-20", "2025-11-20", "ED visit - transient visual disturbance", "dr-obi", "org-obi-im", cls="EMER")
BUNDLES["pm15"] = b
case("bm-laac-01", 15, "NCD 20.34", LAAC, [("I48.19", "Other persistent atrial fibrillation"), ("I10", "Essential (primary) hypertension")], "2026-04-21", "refer",
     ["Condition/tia", "DocumentReference/neuro-2025-12-09", "DocumentReference/ep-2026-03-30", "DocumentReference/pcp-2026-02-03"], [],
     "The EP's CHA2DS2-VASc of 4 counts a TIA that neurology refuted as migraine aura; recomputed, a 70-year-old man with hypertension only scores CHA2DS2-VASc 2 and CHADS2 1, below the NCD thresholds, although SDM and OAC intolerance are documented.",
     note="NVAF, CHA2DS2-VASc 4, bleeding on apixaban.")

# ---------------------------------------------------------------- LAAC 02 (pm16)
b = B("pm16"); b.patient("Gloria", "Fairbanks", "female", "1943-01-29", "Zanesville")
b.prac("dr-menon", "Arjun", "Menon", "MD", "Interventional cardiology (structural heart)")
b.prac("dr-sorensen", "Kirsten", "Sorensen", "MD", "Geriatric medicine")
b.prac("dr-vargas", "Tomas", "Vargas", "MD", "Neurosurgery")
b.prac("rn-doyle", "Megan", "Doyle", "RN", "Structural heart nurse coordinator")
b.org("org-muskingum-heart", "Muskingum Valley Heart"); b.org("org-genesis", "Genesis Regional Medical Center")
b.cond("paf", "I48.0", "Paroxysmal atrial fibrillation", "2019-04-04")
b.cond("htn", "I10", "Essential (primary) hypertension", "2005-01-01")
b.cond("t2dm", "E11.9", "Type 2 diabetes mellitus without complications", "2012-01-01")
b.cond("sdh", "I62.00", "Nontraumatic subdural hemorrhage, unspecified", "2026-06-10", clinical="resolved", note="acute-on-chronic L SDH on apixaban, burr-hole evacuation 6/11/2026")
b.proc("burrhole-2026-06-11", CPT, "61154", "Burr hole(s) with evacuation and/or drainage of hematoma", "2026-06-11", "dr-vargas")
b.obs("lvef-2026-09-15", "2026-09-15", (LOINC, "10230-1", "Left ventricular Ejection fraction"), (60, "%", "%"), cat="imaging", note="TTE: no significant MS, mild MR")
b.med("apixaban", "1364430", "apixaban 2.5 MG", "2019-04-04", "dr-menon", status="stopped", start="2019-04-04", end="2026-06-10", reason="stopped: subdural hemorrhage")
b.med("aspirin", "1191", "aspirin 81 MG", "2026-07-20", "dr-vargas")
b.med("metformin", "6809", "metformin 500 MG", "2012-01-01", "dr-sorensen")
b.med("metoprolol", "6918", "metoprolol succinate 50 MG", "2019-04-04", "dr-menon")
b.doc("dc-2026-06-16", "2026-06-16", "dr-vargas", "org-genesis", "discharge", "Discharge summary - neurosurgery", """
GENESIS REGIONAL -- DISCHARGE SUMMARY -- 6/16/2026
83F on apixaban 2.5 BID for PAF presented 6/10 with confusion and R-sided weakness; CT: acute-on-chronic L SDH 14 mm with 6 mm shift. Apixaban held, andexanet given. Burr-hole evacuation 6/11. Neuro deficits resolved by 6/14.
Discharge: home with daughter. NO anticoagulation until neurosurgery follow-up.
""")
b.doc("nsg-2026-07-20", "2026-07-20", "dr-vargas", "org-genesis", "progress", "Neurosurgery follow-up", """
Neurosurgery clinic 7/20/26 T. Vargas MD: CT head -- residual thin subdural collection 3 mm, no mass effect. Neurologically intact.
OK to start aspirin 81 mg. Long-term full anticoagulation NOT recommended given recurrent (acute-on-chronic) SDH and fall risk.
""")
b.doc("sdm-2026-09-30", "2026-09-30", "dr-sorensen", "org-muskingum-heart", "progress", "Shared decision making - stroke prevention in AF", """
<html><body><p><b>Geriatric Medicine -- K. Sorensen MD -- 09/30/2026</b></p>
<p>Independent (non-interventional) physician SDM encounter re: stroke prevention in NVAF, with patient and daughter (HCPOA).</p>
<p>Tool: ACC/CardioSmart "Atrial Fibrillation: Choosing a Stroke Prevention Treatment" evidence-based decision aid.</p>
<table border="1"><tr><td>CHA2DS2-VASc</td><td>5 (age &ge;75 = 2, female 1, HTN 1, DM 1)</td></tr>
<tr><td>CHADS2</td><td>3 (age, HTN, DM)</td></tr><tr><td>HAS-BLED</td><td>3</td></tr></table>
<p>Options reviewed: resume DOAC, warfarin, LAAC, aspirin alone/no therapy. Patient, understanding risks, chooses LAAC referral; she and neurosurgery both decline long-term anticoagulation.</p>
</body></html>""", ctype="text/html")
b.doc("ic-2026-10-20", "2026-10-20", "dr-menon", "org-muskingum-heart", "consult", "Structural heart consult - LAAC", """
MUSKINGUM VALLEY HEART -- STRUCTURAL CONSULT -- 10/20/2026 -- A. Menon MD
83F PAF, CHA2DS2-VASc 5 / CHADS2 3, SDH 6/2026 on apixaban (evacuated). SDM completed with Dr Sorensen 9/30 (decision aid). Long-term OAC contraindicated per neurosurgery.
TTE 9/15: LVEF 60%, no mitral stenosis, no prosthetic valve -> nonvalvular AF.
Plan: TEE/CT for LAA sizing, then LAAC (Watchman FLX Pro). Post-implant antithrombotic regimen to be determined by implanting team.
""")
b.doc("rn-2026-10-27", "2026-10-27", "rn-doyle", "org-muskingum-heart", "nurse", "Nurse coordinator note", """
10/27/26 RN coordinator: CT LAA scheduled 11/10. Pt asks whether she will need "blood thinners again" after the device -- told Dr Menon will discuss at pre-procedure visit. Packet sent for prior auth.
""")
b.enc("enc-sdm-2026-09-30", "2026-09-30", "Geriatric medicine SDM visit", "dr-sorensen", "org-muskingum-heart")
BUNDLES["pm16"] = b
case("bm-laac-02", 16, "NCD 20.34", LAAC, [("I48.0", "Paroxysmal atrial fibrillation"), ("I62.00", "Nontraumatic subdural hemorrhage, unspecified")], "2026-11-03", "request_info",
     ["DocumentReference/sdm-2026-09-30", "DocumentReference/nsg-2026-07-20", "DocumentReference/ic-2026-10-20", "MedicationRequest/apixaban"],
     ["warfarin|short term anticoagulation|short term anticoagulant|post implant anticoagulation|post procedure anticoagulation|post implant antithrombotic"],
     "CHA2DS2-VASc 5 / CHADS2 3, an independent geriatrician's SDM with a decision aid and inability to take long-term OAC after a subdural hemorrhage are documented, but no one addresses her suitability for short-term warfarin after implant, which the NCD requires.")
