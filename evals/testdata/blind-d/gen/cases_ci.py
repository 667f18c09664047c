"""NCD 50.3 cochlear implant cases (bd-ci-01..03)."""
from lib import Chart, case, gold, CPT, to_html

SVC = ("69930", CPT, "Cochlear device implantation, with or without mastoidectomy")


# ---------------------------------------------------------------------------------------------------------------
def ci01():
    """Approve: recorded AzBio best-aided (bilateral aided) 47%; the 72% quoted by the PCP is an old MLV word score
    under headphones; CT/MRI normal; cognition and rehab commitment documented."""
    c = Chart("pd19", -5, local_system="http://ehr.meridian-ear.example/CodeSystem/audiology",
              org="Meridian Ear and Hearing")
    c.patient("Szabo", ["Harriet", "I"], "female", "1948-05-30", "MEH-3307718", "Allentown", "PA")
    c.condition("snhl", "H90.3", "2016-04-07", text="Bilateral sensorineural hearing loss, progressive")
    c.condition("ha", "Z97.4", "2016-05-02", text="Wears bilateral hearing aids")
    c.condition("htn", "I10", "2009-01-20")
    c.condition("ak", "L57.0", "2026-02-24", text="Actinic keratoses, scalp/forearms")
    c.obs("wrs-2024-06-11", "Word recognition score, right ear, unaided, monitored live voice, 90 dB HL (PB max)",
          "2024-06-11", value=72, unit="%", local="AUD-WRS-MLV-R", category="exam", time="10:00")
    c.obs("pta-r-2026-02-17", "Pure-tone average (0.5/1/2 kHz), right, air conduction", "2026-02-17", value=72,
          unit="dB", local="AUD-PTA-R", category="exam", time="09:20",
          note="Bone conduction within 5-10 dB of air -- sensorineural")
    c.obs("pta-l-2026-02-17", "Pure-tone average (0.5/1/2 kHz), left, air conduction", "2026-02-17", value=81,
          unit="dB", local="AUD-PTA-L", category="exam", time="09:20",
          note="Bone conduction within 5-10 dB of air -- sensorineural")
    c.obs("azbio-r-2026-02-17", "AzBio sentences (recorded), 60 dBA quiet, right ear aided", "2026-02-17", value=34,
          unit="%", local="AUD-AZBIO-R-AID", category="exam", time="10:05")
    c.obs("azbio-l-2026-02-17", "AzBio sentences (recorded), 60 dBA quiet, left ear aided", "2026-02-17", value=18,
          unit="%", local="AUD-AZBIO-L-AID", category="exam", time="10:15")
    c.obs("azbio-bil-2026-02-17", "AzBio sentences (recorded), 60 dBA quiet, bilateral aided (best-aided)",
          "2026-02-17", value=47, unit="%", local="AUD-AZBIO-BIL-AID", category="exam", time="10:25")
    c.obs("cnc-bil-2026-02-17", "CNC words (recorded), bilateral aided", "2026-02-17", value=28, unit="%",
          local="AUD-CNC-BIL-AID", category="exam", time="10:35")
    c.obs("moca-2026-03-03", "MoCA (hearing-impaired version) total score", "2026-03-03", value=26, unit="{score}",
          local="COG-MOCA-HI", category="survey", time="11:00")
    c.proc("ct-tb-2026-03-10", "CT temporal bones without contrast", "2026-03-10", code="70480", time="08:00")
    c.proc("mri-iac-2026-03-10", "MRI internal auditory canals/brain with and without contrast", "2026-03-10",
           code="70553", time="09:00")
    c.med("amlodipine", "17767", "amlodipine 5 mg tablet", "2009-01-20", dose="5 mg PO daily")
    c.sreq("ci-order", "Cochlear implant, left ear", "2026-03-17", code="69930",
           requester="Benedikt Horvath, MD (Otology/Neurotology)")

    c.note("note-pcp-2026-01-12", "Primary Care Progress Note", "2026-01-12", "Anthony Ruiz, MD (Family Medicine)", """
FM VISIT 01/12/2026
77F HTN. Daughter reports mom "can't follow conversations anymore," even with her hearing aids; stopped going to
church group. Hearing: has had bilateral aids since 2016; per old audiology (2024), speech discrimination 72% --
"doesn't seem bad enough for an implant?" Pt wants evaluation anyway.
BP 128/76. Otherwise well; walks daily, no chest pain or dyspnea. Cerumen: small amount bilaterally, TMs seen.
Mood: a bit isolated because of the hearing, PHQ-2 1.
Plan: referral to Meridian Ear & Hearing for updated audiology and cochlear implant candidacy evaluation.
""", time="15:00")
    c.note("rpt-aud-2026-02-17", "Audiology Evaluation", "2026-02-17",
           "Kirsten Lund, AuD, CCC-A (Audiology)", """
<html><body>
<h3>Cochlear Implant Candidacy Evaluation &mdash; Adult</h3>
<p><b>Date:</b> 02/17/2026 &nbsp; <b>Audiologist:</b> K. Lund, AuD, CCC-A</p>
<p><b>Audiometry:</b> Bilateral sloping moderately-severe to profound sensorineural hearing loss. PTA (0.5/1/2 kHz)
right 72 dB HL, left 81 dB HL. Bone conduction within 5-10 dB of air conduction bilaterally (no air-bone gap).
Tympanometry type A bilaterally.</p>
<p><b>Hearing aids:</b> bilateral BTE (2023), fit verified with real-ear measures today and adjusted to NAL-NL2
targets before testing; worn 12+ h/day.</p>
<p><b>Speech perception (recorded materials, soundfield, 0&deg; azimuth, best-fit aids):</b></p>
<table border="1" cellpadding="3">
<tr><th>Test</th><th>Right aided</th><th>Left aided</th><th>Bilateral aided</th></tr>
<tr><td>AzBio sentences, 60 dBA, quiet</td><td>34%</td><td>18%</td><td><b>47%</b></td></tr>
<tr><td>CNC words, 60 dBA</td><td>24%</td><td>10%</td><td>28%</td></tr>
</table>
<p>Note: the 2024 &ldquo;72%&rdquo; was an unaided word recognition score under headphones at 90 dB HL using monitored
live voice (PB-max) and does not reflect everyday aided performance.</p>
<p><b>Impression:</b> Limited benefit from appropriately fit amplification: best-aided open-set sentence recognition
47% (&le; 60%). Audiologic candidate for cochlear implantation; left ear recommended (poorer ear, preserving the
better ear's aid).</p>
<p>Counseling: device options, activation ~3-4 weeks post-op, programming schedule (about 6-8 visits year 1), daily
auditory training. Patient and daughter very motivated.</p>
</body></html>
""", ctype="text/html", loinc="11488-4", time="13:30")
    c.note("note-derm-2026-02-24", "Dermatology Note", "2026-02-24", "Selma Okonjo, MD (Dermatology)", """
DERMATOLOGY 02/24/2026 -- skin check
Hx: 77F, fair skin, many years of outdoor gardening; no personal history of melanoma or NMSC.
Full skin exam. Multiple AKs scalp and dorsal forearms -- LN2 x 14, consent obtained. SK on back, benign. Cherry
angiomas trunk. No suspicious pigmented lesions; dermoscopy of 2 nevi on back benign.
Counseled sun protection, broad-brimmed hat, SPF 50 reapplied every 2 hours outdoors; self-skin checks monthly. Consider field therapy (5-FU) if AKs recur.
RTC 12 mo. (Pt hard of hearing -- daughter present, written instructions provided.)
""", time="09:40")
    c.note("note-ent-2026-03-03", "Otology Consult", "2026-03-03", "Benedikt Horvath, MD (Otology/Neurotology)", """
OTOLOGY / NEUROTOLOGY CONSULT -- 03/03/2026
77F progressive bilateral SNHL since ~2010, aided since 2016, now with poor aided speech understanding (best-aided
AzBio 47%, recorded). Childhood ear infections; no ear surgery; no otorrhea in decades. No vertigo. No
meningitis history.
Exam: EACs clear, TMs intact and mobile, no effusion or retraction bilaterally. Weber midline. Facial nerve intact.
Cognition: MoCA-HI 26/30 today. Lives with daughter; fully independent.
Rehab: understands the need for ongoing programming and auditory training; daughter will drive her to all
appointments; has enrolled in the clinic's aural rehab group.
Medical: HTN controlled; PCP reports no contraindication to general anesthesia; no anticoagulants.
Plan: CT temporal bones and MRI IAC (3/10) to confirm cochlear patency and exclude retrocochlear pathology; if
normal, L cochlear implant.
""", loinc="11488-4", time="11:30")
    c.note("rpt-img-2026-03-10", "Imaging Report", "2026-03-10", "Yusuf Demir, MD (Neuroradiology)", """
CT TEMPORAL BONES WITHOUT CONTRAST and MRI BRAIN/IAC WITH AND WITHOUT CONTRAST -- 03/10/2026
CT: Normal cochlear morphology bilaterally with 2.5 turns; no labyrinthine ossification or fibrosis; round windows
patent; well-pneumatized mastoids and middle ears, clear; ossicles intact; no dehiscence.
MRI: Normal caliber cochlear and vestibulocochlear nerves bilaterally; normal fluid signal in cochleae; no
enhancing lesion of the IAC or CPA. Mild chronic microvascular white matter change. No mass.
Incidental: mild mucosal thickening of the maxillary sinuses.
IMPRESSION: Cochleae patent and structurally suitable; no retrocochlear lesion.
""", loinc="24627-2", time="15:30")

    cs = case("bd-ci-01", "pd19", SVC, ["H90.3"], "2026-03-24",
              gold("approve", "NCD 50.3",
                   ["Observation/azbio-bil-2026-02-17", "DocumentReference/rpt-aud-2026-02-17",
                    "DocumentReference/note-ent-2026-03-03", "DocumentReference/rpt-img-2026-03-10"],
                   "Bilateral moderately-severe to profound sensorineural loss (PTA 72/81 dB, no air-bone gap) with "
                   "limited benefit from verified hearing aids: best-aided (bilateral aided) recorded AzBio 47% (<= 60%). "
                   "The 72% from 2024 was an unaided MLV word score, not a recorded best-aided sentence test. Middle ears "
                   "clear, cochleae patent, no retrocochlear lesion (CT/MRI), MoCA 26 with a documented commitment to "
                   "rehab, no surgical contraindication."),
              note="L cochlear implant. Best-aided AzBio 47%.")
    return c, cs


# ---------------------------------------------------------------------------------------------------------------
def ci02():
    """Refer: audiologic candidate, but patient repeatedly states he will not do post-implant programming/rehab."""
    c = Chart("pd20", -6, local_system="http://fhir.greatriver-ent.example/CodeSystem/aud",
              org="Great River ENT")
    c.patient("Dunleavy", ["Cornelius", "F"], "male", "1946-08-08", "GRE-8840251", "La Crosse", "WI")
    c.condition("snhl", "H90.3", "2012-10-02", text="Bilateral sensorineural hearing loss")
    c.condition("ha", "Z97.4", "2013-01-15")
    c.condition("htn", "I10", "2005-04-11")
    c.condition("hld", "E78.5", "2005-04-11")
    c.obs("pta-r-2026-05-19", "Pure-tone average (0.5/1/2 kHz), right", "2026-05-19", value=85, unit="dB",
          local="PTA-R", category="exam", time="09:30")
    c.obs("pta-l-2026-05-19", "Pure-tone average (0.5/1/2 kHz), left", "2026-05-19", value=90, unit="dB",
          local="PTA-L", category="exam", time="09:30")
    c.obs("azbio-bil-2026-05-19", "AzBio sentences (recorded), quiet, best-aided (bilateral)", "2026-05-19",
          value=22, unit="%", local="AZBIO-BIL-AID", category="exam", time="10:10")
    c.obs("moca-2026-06-09", "MoCA total score", "2026-06-09", value=25, unit="{score}", local="MOCA",
          category="survey", time="14:00")
    c.proc("ct-tb-2026-06-02", "CT temporal bones", "2026-06-02", code="70480",
           note="Normal cochleae, no ossification; middle ears clear.")
    c.med("lisinopril", "29046", "lisinopril 10 mg tablet", "2005-04-11", dose="10 mg PO daily")
    c.med("atorva", "83367", "atorvastatin 20 mg tablet", "2005-04-11", dose="20 mg PO daily")
    c.sreq("ci-order", "Cochlear implant, right ear", "2026-06-30", code="69930",
           requester="Lorenzo Beck, MD (Otolaryngology)")

    c.note("rpt-aud-2026-05-19", "Audiology Evaluation", "2026-05-19", "Ana Sokolova, AuD, CCC-A (Audiology)", """
AUDIOLOGY -- CI CANDIDACY -- 05/19/2026
Severe-to-profound bilateral SNHL (PTA R 85, L 90 dB HL), no air-bone gap, type A tymps. Aids: bilateral power
BTEs, verified with REM.
Recorded AzBio (quiet, 60 dBA, soundfield): R aided 14%, L aided 8%, bilateral aided 22%. CNC bilateral aided 12%.
Impression: audiologic CI candidate (best-aided sentence score 22%).
Counseling began: expectations, activation, mapping schedule (~6-8 visits first year), auditory training at home
daily. Pt's first reaction: "I don't need lessons, I just need to hear." Will continue counseling at next visit.
""", time="11:30")
    c.note("note-ent-2026-06-09", "Otolaryngology Consult", "2026-06-09", "Lorenzo Beck, MD (Otolaryngology)", """
OTOLARYNGOLOGY -- COCHLEAR IMPLANT CONSULT                                  06/09/2026
79M retired dairy farmer, progressive bilateral SNHL since his 60s (noise exposure, presbycusis), hearing aids
since 2013 with declining benefit. Lives alone on his farm 140 miles from our center; drives locally; his son lives
in Minneapolis. He is frustrated that he cannot use the telephone and has stopped attending the co-op meetings.

Otologic history: no ear surgery, no otorrhea, no vertigo. Exam: EACs clear, TMs intact, no effusion. Facial nerve
normal. CT temporal bones 6/2/2026: normal cochleae, no ossification, clear middle ears. MRI not needed per
neuroradiology review (no asymmetry). MoCA 25/30 today -- adequate for auditory training.

Audiology 5/19: best-aided AzBio 22%, CNC 12%. He meets audiologic candidacy.

Medical: HTN and hyperlipidemia controlled. Anesthesia risk acceptable per PCP. No anticoagulants. No history of
meningitis; pneumococcal vaccination is up to date (PCV20, 2024).
Social: widower since 2021; still manages a small herd with a hired hand; reads lips well in one-on-one
conversation; uses a captioning app on his tablet when he has cell signal in town. Hobbies: woodworking, church.
Vision adequate with glasses.

Counseling: I explained that the implant does not restore normal hearing on the day it is switched on, that
the first year requires repeated programming ("mapping") visits and daily listening practice, and that
outcomes depend heavily on that rehabilitation. He stated clearly that he will come for the surgery and the
activation visit but "won't be doing any of that rehab business" and does not intend to return for programming
after activation -- "just put it in and turn it on." He declined remote programming/telehealth ("no internet at
the farm") and declined our offer of transport assistance. His son (by phone) said he could not bring him
regularly. I recommended he take time to consider this, and asked audiology to revisit counseling.

Device and ear: right ear favored (poorer ear, longer deafness duration is similar bilaterally); device choice
deferred until candidacy questions resolved. Surgical risks discussed: infection, facial nerve injury (< 1%),
taste change, tinnitus, vertigo, device failure, loss of residual hearing in the operated ear.

Impression: audiologic and medical candidate; however, expressed unwillingness to participate in post-implant
programming and rehabilitation, with unrealistic expectations.
Plan: audiology counseling session 6/23; social work for transport options. Patient insists on scheduling surgery.
""", loinc="11488-4", time="15:40")
    c.note("note-aud-2026-06-23", "Audiology Counseling Note", "2026-06-23", "Ana Sokolova, AuD, CCC-A (Audiology)", """
AUDIOLOGY -- CI EXPECTATIONS COUNSELING -- 06/23/2026
60-min session (pt with captioning tablet). Reviewed activation, mapping schedule, home auditory training app,
realistic outcome ranges, and that benefit builds over 6-12 months with practice.
Pt reiterated he is not willing to participate in the auditory rehabilitation program or return for mapping visits
beyond the activation appointment; he expects to "hear normally right away." Declined home training materials.
Declined tele-audiology. Expectations remain unrealistic despite counseling.
Recommendation to Dr. Beck: team discussion before proceeding; candidacy concern = commitment to rehabilitation.
""", time="11:00")
    c.note("note-sw-2026-06-25", "Social Work Note", "2026-06-25", "Mara Lindholm, LICSW (Social Work)", """
SOCIAL WORK -- 06/25/2026
Consulted re: transportation for CI follow-up. Offered volunteer driver program (county) and mileage reimbursement
-- pt declined both ("I'm not driving to the city every month"). No caregiver available for regular trips (son in
Minneapolis). Neighbor helps with groceries only. Pt states he wants the surgery regardless and will "figure it out,"
but confirmed again that he does not plan to come back for programming. Provided written list of county resources
and our number. Will remain available.
""", time="10:20")

    cs = case("bd-ci-02", "pd20", SVC, ["H90.3"], "2026-07-07",
              gold("refer", "NCD 50.3",
                   ["DocumentReference/note-ent-2026-06-09", "DocumentReference/note-aud-2026-06-23",
                    "DocumentReference/note-sw-2026-06-25"],
                   "Audiologic and medical criteria are met (bilateral severe-profound SNHL, best-aided AzBio 22%, "
                   "clear middle ears, normal cochleae, adequate cognition). But the NCD also requires a willingness to "
                   "undergo an extended program of rehabilitation: the surgeon, audiologist and social worker each "
                   "document that he refuses post-activation programming and auditory rehab and declined telehealth and "
                   "transport help. Criterion documented as not met -> physician review."),
              note="R cochlear implant, severe-profound bilateral SNHL, AzBio 22%.")
    return c, cs


# ---------------------------------------------------------------------------------------------------------------
def ci03():
    """Request info: only unaided sentence scores (aids broken/at repair); aided testing booked after the request."""
    c = Chart("pd21", -8, local_system="http://ehr.puget-hearing.example/CodeSystem/audiology",
              org="Puget Hearing Center")
    c.patient("Whitfield-Roe", ["Agnes", "C"], "female", "1951-11-21", "PHC-4470382", "Tacoma", "WA")
    c.condition("snhl", "H90.3", "2019-03-12", text="Bilateral sensorineural hearing loss")
    c.condition("ha", "Z97.4", "2020-06-01", text="Bilateral RIC hearing aids")
    c.condition("hypothyroid", "E03.9", "2004-09-09")
    c.condition("osteop", "M81.0", "2018-11-20")
    c.obs("pta-r-2023-05-09", "Pure-tone average (0.5/1/2 kHz), right", "2023-05-09", value=52, unit="dB",
          local="AUD-PTA-R", category="exam")
    c.obs("pta-l-2023-05-09", "Pure-tone average (0.5/1/2 kHz), left", "2023-05-09", value=58, unit="dB",
          local="AUD-PTA-L", category="exam")
    c.obs("pta-r-2026-10-20", "Pure-tone average (0.5/1/2 kHz), right", "2026-10-20", value=68, unit="dB",
          local="AUD-PTA-R", category="exam", time="13:10")
    c.obs("pta-l-2026-10-20", "Pure-tone average (0.5/1/2 kHz), left", "2026-10-20", value=75, unit="dB",
          local="AUD-PTA-L", category="exam", time="13:10")
    c.obs("azbio-r-unaided-2026-10-20", "AzBio sentences (recorded), 60 dBA, right ear UNAIDED", "2026-10-20",
          value=8, unit="%", local="AUD-AZBIO-R-UNAID", category="exam", time="13:40")
    c.obs("azbio-l-unaided-2026-10-20", "AzBio sentences (recorded), 60 dBA, left ear UNAIDED", "2026-10-20",
          value=4, unit="%", local="AUD-AZBIO-L-UNAID", category="exam", time="13:50")
    c.proc("ct-tb-2026-10-28", "CT temporal bones without contrast", "2026-10-28", code="70480", time="10:00")
    c.appt("appt-aided-2026-11-17", "Audiology: aided speech testing with loaner aids (AzBio/CNC)", "2026-10-20",
           "2026-11-17", who="Mirela Castro, AuD (Audiology)", stime="13:00", minutes=90)
    c.med("levo", "10582", "levothyroxine 100 mcg tablet", "2004-09-09", dose="100 mcg PO daily")
    c.sreq("ci-order", "Cochlear implant, left ear", "2026-11-04", code="69930",
           requester="Rashid Eldridge, MD (Otology/Neurotology)")
    # after the request date (must be ignored)
    c.obs("azbio-bil-aided-2026-11-17", "AzBio sentences (recorded), 60 dBA, bilateral aided (loaner aids)",
          "2026-11-17", value=52, unit="%", local="AUD-AZBIO-BIL-AID", category="exam", time="13:45")

    c.note("rpt-aud-2026-10-20", "Audiology Evaluation", "2026-10-20", "Mirela Castro, AuD (Audiology)", to_html("""
AUDIOLOGIC EVALUATION -- CI CANDIDACY (partial) -- 10/20/2026
74F, bilateral RIC aids since 2020. Reports marked decline over the past year; relies on captions and lip-reading.
Otoscopy clear; tympanometry type A bilaterally.
Audiometry: moderately-severe to severe SNHL bilaterally; PTA R 68 dB HL, L 75 dB HL (2023: R 52, L 58). Bone
conduction consistent with sensorineural loss.
Hearing aids: L aid not functioning (receiver failure); R aid sent to manufacturer for repair last week. Patient
arrived without working devices.
Speech testing (recorded AzBio, 60 dBA, headphones): right UNAIDED 8%, left UNAIDED 4%.
AIDED TESTING NOT PERFORMED -- no functioning devices. Loaner BTEs ordered; will fit, verify with REM and complete
aided AzBio/CNC on 11/17.
Impression: significant progression of SNHL; unaided scores poor. Best-aided candidacy cannot be determined until
aided testing is completed.
""", "Puget Hearing Center - Audiologic Evaluation"), ctype="text/html", loinc="11488-4", time="15:00")
    c.note("rpt-ct-2026-10-28", "CT Temporal Bone Report", "2026-10-28", "Joaquin Reyes, MD (Neuroradiology)", """
CT TEMPORAL BONES -- 10/28/2026
Normal cochlear and vestibular morphology bilaterally; no labyrinthine ossification; round window niches patent.
Middle ear and mastoid air cells clear. Ossicular chains intact. IACs normal caliber. Facial nerve canal normal
course, no dehiscence. Vestibular aqueducts normal (< 1.5 mm). No otospongiotic foci.
Indication: progressive bilateral SNHL, cochlear implant candidacy.
Technique: axial 0.6 mm bone algorithm with coronal and Poschl reformats, no contrast.
IMPRESSION: No contraindication to cochlear implantation on CT. Both cochleae are normally formed and patent.
""", loinc="24627-2", time="14:00")
    c.note("note-ent-2026-11-03", "Otology Consult", "2026-11-03", "Rashid Eldridge, MD (Otology/Neurotology)", """
OTOLOGY CONSULT -- 11/03/2026
74F, progressive bilateral SNHL, now moderately-severe to severe. Wears bilateral RICs (currently both out of
service). No otorrhea, no prior ear surgery, no vertigo. Exam: EACs and TMs normal bilaterally.
CT 10/28: normal cochleae, clear middle ears. MRI not indicated (symmetric loss, no focal signs).
Cognition: conversant, independent, manages finances; SLUMS 27/30. Highly motivated for rehab; husband supportive.
Medical: hypothyroid on replacement, osteoporosis. No anesthesia concerns.
Assessment: likely CI candidate -- awaiting aided speech testing (11/17) with loaner aids to document best-aided
performance. Submitting authorization now to avoid delay in scheduling.
Plan: L CI if aided testing confirms limited benefit.
""", loinc="11488-4", time="10:40")
    # after the request date (must be ignored)
    c.note("rpt-aud-2026-11-17", "Audiology Evaluation", "2026-11-17", "Mirela Castro, AuD (Audiology)", """
AIDED SPEECH TESTING -- 11/17/2026
Loaner BTEs (power) fit bilaterally and verified to NAL-NL2 targets with real-ear measures; pt acclimatized 2 weeks.
Recorded materials, soundfield 0 deg azimuth, 60 dBA quiet: AzBio R aided 41%, L aided 30%, bilateral aided 52%.
CNC words bilateral aided 34%.
Impression: best-aided sentence score 52% -- limited benefit from amplification. Meets audiologic candidacy.
Left ear recommended (poorer aided ear). Results sent to Dr. Eldridge for surgical planning and insurance submission; loaner aids returned today.
""", loinc="11488-4", time="15:30")

    cs = case("bd-ci-03", "pd21", SVC, ["H90.3"], "2026-11-10",
              gold("request_info", "NCD 50.3",
                   ["DocumentReference/rpt-aud-2026-10-20", "Observation/azbio-r-unaided-2026-10-20",
                    "Appointment/appt-aided-2026-11-17", "DocumentReference/note-ent-2026-11-03"],
                   "Bilateral moderately-severe to severe SNHL, clear middle ears, normal cochleae on CT, cognition and "
                   "motivation documented. Limited benefit from amplification must be shown by a best-aided recorded "
                   "open-set sentence score <= 60%: only unaided scores exist (aids broken/at repair), and aided testing "
                   "is booked for 11/17, after the request. The 11/17 result does not exist for the case. Ask for the "
                   "best-aided sentence recognition score.",
                   missing=["aided|best-aided|best aided|sentence recognition|AzBio|open-set|open set|speech testing"]),
              note="L cochlear implant. Progressive bilateral SNHL; unaided AzBio 8%/4%.")
    return c, cs


CASES = [ci01, ci02, ci03]
