"""NCD 50.3 cases."""
from fhirlib import Chart, LOINC, SNOMED, ICD10, ICD9, CPT
from common import NOTE, rx, icd, case, svc_cpt

POLICY = "NCD 50.3"
SVC = svc_cpt("69930", "Cochlear device implantation, with or without mastoidectomy")


def audiology_html(title, date, who, rows_pta, rows_speech, extra, amended_note=None):
    pta = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in rows_pta)
    sp = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in rows_speech)
    amend = ("<p style='color:#a00'><b>%s</b></p>" % amended_note) if amended_note else ""
    return """<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title></head><body>
<h2>%s</h2><p>Date of test: %s &nbsp;&nbsp; Audiologist: %s</p>%s
<h4>Pure-tone audiometry (dB HL)</h4>
<table border="1" cellspacing="0"><tr><th>Ear</th><th>PTA AC (0.5/1/2 kHz)</th><th>PTA BC</th><th>Type / degree</th></tr>%s</table>
<h4>Speech perception (recorded materials, 60 dBA, sound field)</h4>
<table border="1" cellspacing="0"><tr><th>Test</th><th>Condition</th><th>Score</th><th>Comment</th></tr>%s</table>
%s</body></html>""" % (title, title, date, who, amend, pta, sp, extra)


def ci01():
    c = Chart("northlake", "y13", "2026-02-24T13:00:00-06:00")
    S = c.site
    c.patient("y13", "Paulsen", ["Ignatius", "W"], "male", "1957-06-30", "NL0088415",
              address={"city": "Belgium", "state": "WI", "postalCode": "53004"})
    c.organization("org-nl", "Northlake Health")
    c.practitioner("pr-aud13", "Rosario", ["Elena"], "AuD, CCC-A", "Audiology")
    c.practitioner("pr-ent13", "Halvorsen", ["Kristoffer"], "MD", "Otology/Neurotology")
    c.practitioner("pr-pcp13", "Adeyemi", ["Folake"], "MD", "Internal Medicine")
    c.practitioner("pr-rad13", "Lindqvist-Bauer", ["Sven"], "MD", "Neuroradiology")

    c.condition("cond-snhl13", [icd("H90.3", "Sensorineural hearing loss, bilateral"), (ICD9, "389.18", "Sensorineural hearing loss, bilateral")],
                "Bilateral severe-to-profound SNHL, progressive", recorded="2016-04-12")
    c.condition("cond-ha13", [icd("Z97.4", "Presence of external hearing-aid")], "Bilateral hearing aid user", recorded="2016-05-01")
    c.condition("cond-tinn13", [icd("H93.13", "Tinnitus, bilateral")], "Tinnitus", recorded="2018-02-02")
    c.condition("cond-cer13", [icd("H61.23", "Impacted cerumen, bilateral")], "Cerumen impaction", recorded="2025-12-01",
                clinical="resolved", abatement="2025-12-01", note="Removed in office 12/01/2025.")
    c.condition("cond-htn13", [icd("I10", "Essential (primary) hypertension")], "HTN", recorded="2011-01-01")

    c.encounter("enc-aud13-24", "2024-03-05T09:00:00-06:00", None, "AMB", "Audiology", "Practitioner/pr-aud13",
                org="Organization/org-nl")
    c.encounter("enc-aud13", "2026-01-13T09:00:00-06:00", None, "AMB", "Cochlear Implant Candidacy Evaluation",
                "Practitioner/pr-aud13", org="Organization/org-nl")
    c.encounter("enc-img13", "2026-01-27T07:00:00-06:00", None, "AMB", "Imaging", org="Organization/org-nl")
    c.encounter("enc-ent13", "2026-02-03T10:00:00-06:00", None, "AMB", "New Patient Consult", "Practitioner/pr-ent13",
                org="Organization/org-nl")
    c.encounter("enc-pcp13", "2026-02-17T14:00:00-06:00", None, "AMB", "Pre-operative Evaluation", "Practitioner/pr-pcp13",
                org="Organization/org-nl")

    # older score (superseded by the 2026 evaluation)
    c.obs("azbio-2024-03-05", [(S["flow"], "AZBIO-Q", "AzBio sentences in quiet")], "AzBio quiet", "2024-03-05T09:30:00-06:00",
          category="exam", encounter="Encounter/enc-aud13-24",
          components=[([(S["flow"], "AZBIO-BIN-AID", "Binaural aided")], "Binaural aided", ("q", 66, "%", "%"))])
    c.obs("audiogram-2026-01-13", [(S["flow"], "AUDIO-PTA", "Pure tone average")], "Audiogram PTA",
          "2026-01-13T09:10:00-06:00", category="exam", encounter="Encounter/enc-aud13", performer="Practitioner/pr-aud13",
          components=[([(S["flow"], "PTA-R-AC", "PTA right air conduction")], "PTA R AC", ("q", 78, "dB HL", "dB")),
                      ([(S["flow"], "PTA-L-AC", "PTA left air conduction")], "PTA L AC", ("q", 85, "dB HL", "dB")),
                      ([(S["flow"], "PTA-R-BC", "PTA right bone conduction")], "PTA R BC", ("s", "75 (no air-bone gap)")),
                      ([(S["flow"], "PTA-L-BC", "PTA left bone conduction")], "PTA L BC", ("s", ">70 (at limits; no gap)"))])
    c.obs("azbio-2026-01-13", [(S["flow"], "AZBIO-Q", "AzBio sentences in quiet")], "AzBio quiet",
          "2026-01-13T09:40:00-06:00", category="exam", encounter="Encounter/enc-aud13", performer="Practitioner/pr-aud13",
          components=[([(S["flow"], "AZBIO-R-AID", "Right aided")], "Right aided", ("q", 38, "%", "%")),
                      ([(S["flow"], "AZBIO-L-AID", "Left aided")], "Left aided", ("q", 44, "%", "%")),
                      ([(S["flow"], "AZBIO-BIN-AID", "Binaural aided (best-aided)")], "Binaural aided", ("q", 52, "%", "%"))])
    c.obs("cnc-2026-01-13", [(S["flow"], "CNC", "CNC monosyllabic words")], "CNC words", "2026-01-13T09:55:00-06:00",
          ("q", 36, "%", "%"), category="exam", encounter="Encounter/enc-aud13", note="Binaural aided, words (not sentences).")
    c.obs("tymp-2026-01-13", [(S["flow"], "TYMP", "Tympanometry")], "Tympanometry", "2026-01-13T09:05:00-06:00",
          ("s", "Type A bilaterally; normal ECV"), category="exam", encounter="Encounter/enc-aud13")

    rows_pta_wrong = (("Right", "85", ">70", "severe-profound SNHL"), ("Left", "78", "75", "severe SNHL"))
    rows_pta = (("Right", "78", "75", "severe SNHL"), ("Left", "85", "&gt;70 (limits)", "severe-profound SNHL"))
    speech_wrong = (("AzBio sentences (quiet)", "Right aided", "44%", ""), ("AzBio sentences (quiet)", "Left aided", "38%", ""),
                    ("AzBio sentences (quiet)", "Binaural aided", "52%", "best-aided"))
    speech = (("AzBio sentences (quiet)", "Right aided", "38%", ""), ("AzBio sentences (quiet)", "Left aided", "44%", ""),
              ("AzBio sentences (quiet)", "Binaural aided", "52%", "best-aided condition"),
              ("AzBio sentences (+10 SNR)", "Binaural aided", "21%", ""),
              ("CNC words", "Binaural aided", "36%", "words, not sentences"))
    extra = """<p>Hearing aids: Phonak-type BTE, fitted 10/2025, verified with real-ear measures to NAL-NL2 targets; worn daily
&gt;12 h (datalogging). Tympanometry Type A AU. Otoscopy clear.</p>
<p><b>Impression:</b> bilateral severe (R) and severe-to-profound (L) sensorineural hearing loss with limited benefit from
appropriately fit amplification: best-aided AzBio in quiet 52% (compare 66% in 03/2024 &ndash; progression).
Patient is motivated, understands device use and need for aural rehabilitation; wife will attend sessions.</p>"""
    orig = audiology_html("COCHLEAR IMPLANT CANDIDACY EVALUATION", "01/13/2026", "Elena Rosario, AuD",
                          rows_pta_wrong, speech_wrong, extra)
    amended = audiology_html("COCHLEAR IMPLANT CANDIDACY EVALUATION", "01/13/2026", "Elena Rosario, AuD",
                             rows_pta, speech, extra,
                             "AMENDED 01/15/2026: right/left ear columns were transposed in the original report. "
                             "Binaural result unchanged.")
    c.doc("doc-aud13-orig", "2026-01-13T12:00:00-06:00", [(S["notetype"], "AUD", "Audiology Report")], "Audiology Report",
          orig, "text/html", author="Practitioner/pr-aud13", encounter="Encounter/enc-aud13", status="superseded",
          doc_status="final")
    c.doc("doc-aud13", "2026-01-15T08:30:00-06:00", [(S["notetype"], "AUD", "Audiology Report")], "Audiology Report",
          amended, "text/html", author="Practitioner/pr-aud13", encounter="Encounter/enc-aud13", doc_status="amended",
          relates=("replaces", "DocumentReference/doc-aud13-orig"))

    c.report("rpt-ct13", [(LOINC, "18748-4", "Diagnostic imaging study")], "CT temporal bones without contrast",
             "2026-01-27T07:30:00-06:00", category="RAD", performer="Practitioner/pr-rad13", encounter="Encounter/enc-img13",
             conclusion="Normal cochlear and vestibular anatomy bilaterally. Cochlear lumens patent without ossification or "
                        "fibrosis. No otosclerosis. Middle ear and mastoid well aerated; no effusion. Normal facial nerve course.")
    c.report("rpt-mri13", [(LOINC, "18748-4", "Diagnostic imaging study")], "MRI brain/IACs with and without contrast",
             "2026-01-27T08:40:00-06:00", category="RAD", performer="Practitioner/pr-rad13", encounter="Encounter/enc-img13",
             conclusion="Normal fluid signal in both cochleae. Cochlear nerves present bilaterally. No enhancing lesion of the "
                        "IACs/CPAs (no vestibular schwannoma). Mild chronic small-vessel change; no other intracranial lesion.")
    ent = """OTOLOGY/NEUROTOLOGY CONSULT   02/03/2026   K. Halvorsen MD
68M with progressive bilateral SNHL since ~2010, bilateral hearing aids since 2016, struggling on phone
and in groups even with new aids (fit 10/2025).
Audiology 1/13/2026 (amended 1/15): PTA R 78 / L 85 dB HL, SNHL; best-aided AzBio quiet 52%.
Otoscopy: EACs clear (cerumen removed 12/2025), TMs intact and mobile, no effusion or drainage.
No history of chronic ear infections or ear surgery.
Imaging 1/27: CT - normal, patent cochleae; MRI - cochlear nerves present, no retrocochlear lesion.
Cognition: conversant, MoCA 27/30 (administered with written instructions). Retired engineer.
Highly motivated; understands 6-12 months of rehabilitation and programming visits; wife supportive.
Plan: L cochlear implant (poorer ear). Pre-op evaluation with PCP."""
    c.doc("doc-ent13", "2026-02-03T11:10:00-06:00", NOTE["consult"][0], NOTE["consult"][1], ent,
          author="Practitioner/pr-ent13", encounter="Encounter/enc-ent13")
    pcp = """PRE-OPERATIVE EVALUATION   02/17/2026   F. Adeyemi MD
For L cochlear implant under general anesthesia. HTN well controlled (128/76). No CAD, no HF,
no pulmonary disease. Functional capacity >4 METs (walks 2 miles daily). ECG: sinus, normal.
CBC/BMP normal. RCRI 0.
Assessment: no medical contraindication to the planned surgery; acceptable risk."""
    c.doc("doc-pcp13", "2026-02-17T14:45:00-06:00", NOTE["progress"][0], "Pre-op Evaluation", pcp,
          author="Practitioner/pr-pcp13", encounter="Encounter/enc-pcp13")
    c.obs("moca13", [(S["flow"], "MOCA", "MoCA total")], "MoCA", "2026-02-03T10:20:00-06:00", ("q", 27, "{score}", "{score}"),
          category="survey", encounter="Encounter/enc-ent13")
    c.med("med-lisin13", rx("29046", "lisinopril"), "lisinopril 10 mg", "2011-01-01", dosage="10 mg daily")

    cs = case("by-ci-01", "patients/y13.json", SVC,
              [("H90.3", "Sensorineural hearing loss, bilateral")], "2026-02-24", "approve", POLICY,
              ["Observation/azbio-2026-01-13", "Observation/audiogram-2026-01-13", "DocumentReference/doc-ent13",
               "DiagnosticReport/rpt-ct13", "DiagnosticReport/rpt-mri13"],
              rationale="Bilateral severe/severe-profound SNHL; best-aided (binaural) AzBio in quiet 52% (the 2024 66% "
                        "is older; CNC is a word test); amended report fixes transposed ears without changing the "
                        "binaural score; normal middle ears, patent cochleae, no retrocochlear lesion; cognition and "
                        "motivation documented; pre-op evaluation shows no contraindication.",
              note="L CI. Bilateral SNHL, AzBio best-aided 52%.")
    return cs, c


def ci02():
    c = Chart("carver", "y14", "2026-11-10T10:20:00-06:00")
    S = c.site
    c.patient("y14", "Grune-Asante", ["Philippa"], "female", "1952-04-16", "CV0917734",
              address={"city": "Tama Ridge", "state": "IA", "postalCode": "52339"})
    c.organization("org-cv", "Carver Valley Medical Center")
    c.practitioner("pr-aud14", "Mwangi", ["Grace"], "AuD", "Audiology")
    c.practitioner("pr-ent14", "Oduya", ["Samuel"], "MD", "Otolaryngology")
    c.practitioner("pr-pcp14", "Lindgren", ["Mark"], "DO", "Family Medicine")

    c.condition("cond-snhl14", [icd("H90.3", "Sensorineural hearing loss, bilateral")], "Bilateral severe SNHL",
                recorded="2019-09-10")
    c.condition("cond-ha14", [icd("Z97.4", "Presence of external hearing-aid")], "Hearing aids", recorded="2019-10-01")
    c.condition("cond-ome14", [icd("H65.93", "Unspecified nonsuppurative otitis media, bilateral")], "OME",
                recorded="2025-02-14", clinical="resolved", abatement="2025-04-01")
    c.condition("cond-hypo14", [icd("E03.9", "Hypothyroidism, unspecified")], "Hypothyroidism", recorded="2008-01-01")

    c.encounter("enc-aud14", "2026-10-20T13:00:00-05:00", None, "AMB", "Cochlear Implant Candidacy Evaluation",
                "Practitioner/pr-aud14", org="Organization/org-cv")
    c.encounter("enc-ent14", "2026-10-28T09:30:00-05:00", None, "AMB", "Return Patient Visit", "Practitioner/pr-ent14",
                org="Organization/org-cv")

    c.obs("pta14", [(S["flow"], "AUD-PTA", "Pure tone average")], "PTA", "2026-10-20T13:10:00-05:00", category="exam",
          encounter="Encounter/enc-aud14", performer="Practitioner/pr-aud14",
          components=[([(S["flow"], "PTA-R", "PTA right AC")], "PTA R", ("q", 72, "dB HL", "dB")),
                      ([(S["flow"], "PTA-L", "PTA left AC")], "PTA L", ("q", 80, "dB HL", "dB")),
                      ([(S["flow"], "ABG", "Air-bone gap")], "Air-bone gap", ("s", "<=10 dB AU (sensorineural)"))])
    c.obs("azbio14-r", [(S["flow"], "AZBIO-Q-R", "AzBio quiet, right aided")], "AzBio quiet R aided",
          "2026-10-20T13:40:00-05:00", ("q", 34, "%", "%"), category="exam", encounter="Encounter/enc-aud14")
    c.obs("azbio14-l", [(S["flow"], "AZBIO-Q-L", "AzBio quiet, left aided")], "AzBio quiet L aided",
          "2026-10-20T13:50:00-05:00", ("q", 41, "%", "%"), category="exam", encounter="Encounter/enc-aud14")
    c.obs("azbio14-bin", [(S["flow"], "AZBIO-Q-BIN", "AzBio quiet, binaural aided (words correct)")],
          "AzBio quiet binaural aided", "2026-10-20T14:00:00-05:00", ("ratio", 97, 152, "{words}", "{words}"),
          category="exam", encounter="Encounter/enc-aud14", performer="Practitioner/pr-aud14",
          note="List 4, 20 sentences; raw words correct / total words.")
    c.obs("tymp14", [(S["flow"], "TYMP", "Tympanometry")], "Tympanometry", "2026-10-20T13:05:00-05:00",
          ("s", "Type A AU"), category="exam", encounter="Encounter/enc-aud14")
    speech = (("AzBio sentences (quiet)", "Right aided", "34%", "52/152 words"),
              ("AzBio sentences (quiet)", "Left aided", "41%", "62/152 words"),
              ("AzBio sentences (quiet)", "Binaural aided", "&mdash;", "97/152 words (percent not auto-calculated)"),
              ("CNC words", "Right aided", "28%", ""))
    extra = """<p>Aids: RIC, fit 2024, verified (REM) 08/2026. Consistent daily use.</p>
<p>Impression: bilateral severe SNHL. Right ear aided sentence score 34%. Patient very motivated; daughter will
drive to mapping and rehab appointments. Refer to Dr. Oduya for CI candidacy.</p>"""
    c.doc("doc-aud14", "2026-10-20T16:00:00-05:00", [(S["notetype"], "AUD", "Audiology Report")], "Audiology Report",
          audiology_html("CI CANDIDACY - AUDIOLOGIC EVALUATION", "10/20/2026", "Grace Mwangi, AuD",
                         (("Right", "72", "70", "severe SNHL"), ("Left", "80", "75", "severe SNHL")), speech, extra),
          "text/html", author="Practitioner/pr-aud14", encounter="Encounter/enc-aud14")
    c.report("rpt-ct14", [(LOINC, "18748-4", "Diagnostic imaging study")], "CT temporal bone", "2026-10-23T08:00:00-05:00",
             category="RAD", conclusion="Normal inner ear anatomy; patent cochleae. Clear middle ears and mastoids.")
    c.report("rpt-mri14", [(LOINC, "18748-4", "Diagnostic imaging study")], "MRI IAC w/wo", "2026-10-23T09:00:00-05:00",
             category="RAD", conclusion="No retrocochlear or CPA lesion. Cochlear nerves normal bilaterally.")
    ent = """ENT - CI CANDIDACY VISIT   10/28/2026   S. Oduya MD
74F bilateral progressive SNHL, aided since 2019. Prior OME 2/2025 resolved; TMs normal today, no effusion,
no drainage. CT/MRI 10/23: normal cochleae, no retrocochlear lesion.
Audiology 10/20: PTA R 72 / L 80; AzBio quiet right aided 34%, left aided 41%, binaural 97 words.
Meets CI candidacy based on the right-ear score (34%, ear to be implanted).
Cognition intact, motivated, good support. PCP clearance received (no surgical contraindication).
Plan: R cochlear implant. Submit authorization."""
    c.doc("doc-ent14", "2026-10-28T10:15:00-05:00", NOTE["progress"][0], NOTE["progress"][1], ent,
          author="Practitioner/pr-ent14", encounter="Encounter/enc-ent14")
    c.doc("doc-pcp14", "2026-10-26T11:00:00-05:00", NOTE["progress"][0], "Pre-op Evaluation",
          "PRE-OP CLEARANCE 10/26/2026  M. Lindgren DO\nHypothyroid, euthyroid on levothyroxine. No cardiopulmonary "
          "disease. Acceptable risk for general anesthesia.", author="Practitioner/pr-pcp14")
    c.med("med-levo14", rx("10582", "levothyroxine"), "levothyroxine 88 mcg", "2008-01-01", dosage="88 mcg daily")

    cs = case("by-ci-02", "patients/y14.json", SVC,
              [("H90.3", "Sensorineural hearing loss, bilateral")], "2026-11-10", "refer", POLICY,
              ["Observation/azbio14-bin", "DocumentReference/doc-aud14"],
              rationale="Everything else is documented, but the best-aided (binaural) open-set sentence score is "
                        "97/152 words = 63.8%, above the 60% limit; the 34% quoted by the surgeon is the right-ear "
                        "score, not the best-aided condition.",
              note="R CI, AzBio 34%.")
    return cs, c


CASES = [ci01, ci02]
