"""NCD 20.34 cases (percutaneous left atrial appendage closure)."""
from fhirlib import Bundle, dt, LOINC, CPT, html_doc, table
from common import case, svc, dx

P = "NCD 20.34"
HGB = (LOINC, "718-7", "Hemoglobin [Mass/volume] in Blood")


def laac01():
    b = Bundle("bw15")
    b.patient("Halvorsen", ["Irene", "M"], "female", "1947-03-02", "Lindell")
    b.org("nvrmc", "Northvale Regional Medical Center", "Acute care hospital")
    b.org("willowcreek", "Willow Creek Nursing & Rehabilitation", "Skilled nursing facility")
    b.org("nv-heart", "Northvale Heart & Vascular Clinic", "Outpatient cardiology / electrophysiology")
    b.prac("dr-kowalczyk", "Kowalczyk", "Irena", "MD", "Hospital medicine")
    b.prac("dr-ferreira", "Ferreira", "Paulo", "MD", "Gastroenterology")
    b.prac("dr-adeyemi", "Adeyemi", "Folake", "MD", "SNF attending physician")
    b.prac("pharm-ng", "Ng", "Vivian", "PharmD", "SNF consultant pharmacist")
    b.prac("dr-holm", "Holm", "David", "MD", "General (non-interventional) cardiology")
    b.prac("dr-suresh", "Suresh", "Meena", "MD", "Cardiac electrophysiology (LAAC implanting physician)")

    b.enc("enc-hosp-2025-11-20", "IMP", "Inpatient admission - GI bleed", dt("2025-11-20", "10:00"), dt("2025-11-24", "12:00"), org="nvrmc")
    b.enc("enc-hosp-2026-08-09", "IMP", "Inpatient admission - hospital medicine", dt("2026-08-09", "08:40"), dt("2026-08-14", "12:30"), org="nvrmc",
          admit_source="Emergency department", disposition="Skilled nursing facility (Willow Creek)", reason="Melena, acute blood loss anemia on apixaban")
    b.enc("enc-snf-2026-08-14", "NONAC", "Skilled nursing facility stay", dt("2026-08-14", "16:00"), dt("2026-08-29", "10:00"), org="willowcreek",
          disposition="Home with daughter")
    b.enc("enc-sdm-2026-09-10", "AMB", "Cardiology visit - anticoagulation shared decision making", dt("2026-09-10", "10:00"), dt("2026-09-10", "10:50"), org="nv-heart")
    b.enc("enc-ep-2026-09-15", "AMB", "Electrophysiology consultation - LAAC", dt("2026-09-15", "13:00"), dt("2026-09-15", "13:45"), org="nv-heart")

    b.cond("c-af", "I48.0", "Paroxysmal atrial fibrillation", "2021-02-17")
    b.cond("c-htn", "I10", "Essential (primary) hypertension", "2004-01-01")
    b.cond("c-oa", "M17.0", "Bilateral primary osteoarthritis of knee", "2015-06-01")
    b.cond("c-gib-2025", "K92.2", "Gastrointestinal hemorrhage, unspecified", "2025-11-20", category="encounter-diagnosis",
           encounter="enc-hosp-2025-11-20", clinical="resolved", note="Small-bowel angioectasia bleed on rivaroxaban; APC; switched to apixaban.")
    b.cond("c-avm", "K55.8", "Other vascular disorders of intestine", "2025-11-22", note="Multiple jejunal angioectasias (capsule endoscopy 11/2025).")
    b.cond("c-gib-2026", "K92.2", "Gastrointestinal hemorrhage, unspecified", "2026-08-09", category="encounter-diagnosis",
           encounter="enc-hosp-2026-08-09", clinical="resolved")
    b.cond("c-anemia", "D62", "Acute posthemorrhagic anemia", "2026-08-09", category="encounter-diagnosis", encounter="enc-hosp-2026-08-09")

    b.med("rx-riva", "1114195", "rivaroxaban 20 mg oral tablet", "2021-02-17", status="stopped", start="2021-02-17", end="2025-11-20",
          status_reason="Major GI bleed 11/2025; changed to apixaban")
    b.med("rx-apix", "1364430", "apixaban 5 mg oral tablet", "2025-11-24", status="stopped", dosage="5 mg twice daily", start="2025-11-24",
          end="2026-08-09", status_reason="Second major GI bleed (jejunal angioectasias) 08/2026; long-term anticoagulation not advised by GI")
    b.obs("hgb-2026-08-09", HGB, dt("2026-08-09", "09:00"), 6.2, "g/dL", "g/dL", encounter="enc-hosp-2026-08-09", interp="Critical low")
    b.obs("hgb-2026-08-14", HGB, dt("2026-08-14", "06:00"), 9.1, "g/dL", "g/dL", encounter="enc-hosp-2026-08-09")
    b.proc("proc-enteroscopy-2026-08-11", (CPT, "44366", "Small intestinal endoscopy, enteroscopy beyond second portion of duodenum, with control of bleeding"),
           dt("2026-08-11", "11:00"), encounter="enc-hosp-2026-08-09", performer="dr-ferreira",
           outcome="APC of 7 jejunal angioectasias, 2 with stigmata of recent bleeding.")
    b.doc("gi-2026-08-11", "11488-4", "Consult note", "Gastroenterology consultation and enteroscopy", dt("2026-08-11", "15:30"), "dr-ferreira",
          """GASTROENTEROLOGY - CONSULT / PROCEDURE NOTE 08/11/2026
Halvorsen, Irene 79F. Melena, Hgb 6.2 on apixaban (3 u PRBC). Prior bleed 11/2025 on rivaroxaban from jejunal angioectasias (capsule), treated with APC.
Push enteroscopy today: 7 jejunal angioectasias, 2 with stigmata of recent bleeding - APC. Likely additional lesions beyond reach.
Assessment: recurrent major GI bleeding from diffuse small-bowel angioectasias, not amenable to definitive therapy; high risk of rebleeding on any anticoagulant.
Recommendations:
- Do not resume long-term oral anticoagulation (DOAC or warfarin).
- From a GI standpoint a SHORT, defined course of warfarin (e.g., the ~45 days typically used after LAAC) would be acceptable with weekly Hgb/INR monitoring and iron.
- Oral iron, PPI not required. Octreotide LAR could be considered if recurrent bleeding.
""", encounter="enc-hosp-2026-08-09", custodian="nvrmc")
    b.obs("echo-mv-2026-08-12", ("local", "ECHO-MV", "Mitral valve assessment (echocardiography)"), dt("2026-08-12", "10:00"),
          "No mitral stenosis (mean gradient 2 mmHg, MVA normal). Mild degenerative mitral regurgitation. Native valves, no prosthesis.",
          category="imaging", encounter="enc-hosp-2026-08-09")
    b.obs("lvef-2026-08-12", (LOINC, "10230-1", "Left ventricular Ejection fraction"), dt("2026-08-12", "10:00"), 60, "%", "%", category="imaging",
          encounter="enc-hosp-2026-08-09", method="Transthoracic echocardiography", note="LA moderately dilated.")
    b.doc("dc-2026-08-14", "18842-5", "Discharge summary", "Hospital discharge summary", dt("2026-08-14", "11:40"), "dr-kowalczyk",
          """DISCHARGE SUMMARY 08/09/2026 - 08/14/2026
HALVORSEN, Irene 79F   Disposition: Willow Creek SNF
1. Acute GI bleed from jejunal angioectasias (2nd major bleed in 9 months) - 3 u PRBC, APC 8/11. Hgb 9.1 at discharge.
2. Paroxysmal AF - APIXABAN STOPPED 8/9 and NOT to be resumed (GI). Rate control metoprolol. CHA2DS2-VASc 4. Referred to cardiology (Dr. Holm) to discuss stroke prevention options including LAAC.
3. HTN.
Medications: STOP apixaban. Metoprolol tartrate 25 BID, lisinopril 10, ferrous sulfate 325 daily.
""", encounter="enc-hosp-2026-08-09", custodian="nvrmc")
    b.med("rx-iron", "4492", "ferrous sulfate 325 mg oral tablet", dt("2026-08-14", "10:00"), dosage="325 mg daily", start="2026-08-14",
          encounter="enc-hosp-2026-08-09", requester="dr-kowalczyk")
    snf = html_doc("SNF pharmacy", """
<h3>Willow Creek - Consultant Pharmacist Medication Regimen Review</h3>
<p>Resident: Irene Halvorsen &nbsp; Date: 08/15/2026 &nbsp; Pharmacist: V. Ng, PharmD</p>
<p><b>Discrepancy:</b> the hospital transfer form (page 2, "home medications") lists apixaban 5 mg BID. The hospital discharge summary states apixaban
STOPPED 08/09 and not to be resumed. Apixaban was NOT transcribed to the MAR and no doses were given. Attending (Dr. Adeyemi) notified and agrees: no anticoagulant.</p>
""" + table([["Medication", "MAR status"], ["apixaban 5 mg BID", "Not ordered - discontinued by hospital"],
             ["metoprolol tartrate 25 mg BID", "Active"], ["lisinopril 10 mg daily", "Active"], ["ferrous sulfate 325 mg daily", "Active"]], header=None))
    b.doc("snf-pharm-2026-08-15", "34109-9", "Note", "SNF consultant pharmacist review", dt("2026-08-15", "14:00"), "pharm-ng",
          snf, ctype="text/html", encounter="enc-snf-2026-08-14", custodian="willowcreek")
    b.obs("hgb-2026-08-28", HGB, dt("2026-08-28", "07:00"), 10.4, "g/dL", "g/dL", encounter="enc-snf-2026-08-14")

    sdm = html_doc("SDM", """
<h2>Cardiology - Shared Decision-Making Visit: Stroke Prevention in Non-Valvular Atrial Fibrillation</h2>
<p><b>Date:</b> 09/10/2026 &nbsp; <b>Physician:</b> David Holm MD, general cardiology (non-interventional; not a member of the LAAC implanting team)<br>
<b>Patient:</b> Irene Halvorsen, 79 F, with daughter</p>
<p><b>Background:</b> paroxysmal non-valvular AF (echo 08/12: no mitral stenosis, no prosthetic valve). CHA2DS2-VASc 4 (age 79, female, hypertension);
CHADS2 2 (hypertension, age &gt; 75). HAS-BLED 3. Two major GI bleeds in 9 months (11/2025 on rivaroxaban, 08/2026 on apixaban) from small-bowel angioectasias.</p>
<p><b>Decision tool:</b> evidence-based printed AF stroke-prevention decision aid (anticoagulation choice cards with individualized 1-year stroke and
bleeding risk icon arrays; options: warfarin, DOAC, LAAC, no therapy). Used in the visit; patient and daughter kept a copy.</p>
<p><b>Discussion:</b> risks and benefits of each option, procedure risks of LAAC, need for short-term post-implant antithrombotic therapy and imaging follow-up.
Patient's priority: avoid another bleed and transfusion; second priority: avoid stroke.</p>
<p><b>Conclusion:</b> Long-term oral anticoagulation is not an option for her (recurrent major GI bleeding; GI advises against). She is suitable
for short-term warfarin after implantation (GI 08/11 agrees to a ~45-day course with monitoring). After shared decision making she chooses LAAC.
Referral to Dr. Suresh (EP).</p>
""")
    b.doc("sdm-2026-09-10", "11506-3", "Progress note", "Shared decision-making visit - stroke prevention", dt("2026-09-10", "11:00"), "dr-holm",
          sdm, ctype="text/html", encounter="enc-sdm-2026-09-10", custodian="nv-heart")
    b.doc("ep-2026-09-15", "11488-4", "Consult note", "Electrophysiology consultation - LAAC", dt("2026-09-15", "14:00"), "dr-suresh",
          """ELECTROPHYSIOLOGY - LAAC CONSULTATION 09/15/2026
Irene Halvorsen 79F   M. Suresh MD

Paroxysmal NVAF. CHA2DS2-VASc 4, CHADS2 2. Two major GI bleeds on DOACs (11/2025, 08/2026), apixaban stopped 8/9 and not resumed (confirmed with SNF pharmacy review 8/15 and patient). Hgb 10.4 (8/28).
SDM with Dr. Holm 9/10 using decision aid - patient chose LAAC; unable to take long-term OAC, suitable for short-term warfarin per GI.
Exam: irregular rhythm, no murmur of MS. Echo 8/12: no MS, mild MR, LVEF 60%.
Plan: pre-procedure TEE/CT for LAA anatomy; LAAC with post-implant warfarin + aspirin x 45 days then aspirin/clopidogrel per protocol, weekly Hgb. Prior authorization today.
""", encounter="enc-ep-2026-09-15", custodian="nv-heart")
    b.med("rx-metop", "6918", "metoprolol tartrate 25 mg oral tablet", dt("2026-08-14", "10:00"), dosage="25 mg twice daily", start="2026-08-14",
          encounter="enc-hosp-2026-08-09", requester="dr-kowalczyk")

    c = case("bw-laac-01", "bw15", svc("cpt", "33340", "Percutaneous transcatheter closure of the left atrial appendage with endocardial implant"),
             [dx("I48.0", "Paroxysmal atrial fibrillation"), dx("K92.2", "Gastrointestinal hemorrhage, unspecified")],
             "2026-09-18", "approve", P,
             ["DocumentReference/sdm-2026-09-10", "DocumentReference/gi-2026-08-11", "DocumentReference/ep-2026-09-15",
              "Condition/c-htn", "Condition/c-af", "Observation/echo-mv-2026-08-12"],
             rationale="NVAF (no MS, native valves). CHA2DS2-VASc 4 (age 79, female, HTN) and CHADS2 2. Formal SDM with an independent non-interventional cardiologist using a decision aid, documented. Unable to take long-term OAC after two major bleeds, with suitability for short-term warfarin documented by GI and SDM physician. The SNF transfer-form apixaban entry is a transcription error caught by pharmacy.",
             note="LAAC. NVAF, CHA2DS2-VASc 4, recurrent major GI bleeding, SDM 9/10.")
    return c, b


def laac02():
    b = Bundle("bw16")
    b.patient("Pennington", ["Arthur", "G"], "male", "1945-06-30", "Thornbury")
    b.org("nvrmc", "Northvale Regional Medical Center", "Acute care hospital")
    b.org("maplegrove", "Maple Grove Health & Rehabilitation", "Skilled nursing facility")
    b.org("nv-nsgy", "Northvale Neurosurgery", "Neurosurgery clinic")
    b.org("oak-im", "Oak Haven Internal Medicine", "Primary care clinic")
    b.org("nv-heart", "Northvale Heart & Vascular Clinic", "Electrophysiology clinic")
    b.prac("dr-bauer", "Bauer", "Nina", "MD", "Hospital medicine")
    b.prac("dr-okonkwo", "Okonkwo", "Adaeze", "MD", "Neurosurgery")
    b.prac("dr-nakamura", "Nakamura", "Keiko", "MD", "SNF attending physician")
    b.prac("dr-grant", "Grant", "Eliza", "MD", "Internal medicine (PCP)")
    b.prac("dr-suresh", "Suresh", "Meena", "MD", "Cardiac electrophysiology (LAAC implanting physician)")

    b.enc("enc-hosp-2026-11-02", "IMP", "Inpatient admission - neurosurgery step-down", dt("2026-11-02", "18:30"), dt("2026-11-08", "11:00"), org="nvrmc",
          admit_source="Emergency department", disposition="Skilled nursing facility (Maple Grove)", reason="Traumatic subdural hematoma on warfarin after fall")
    b.enc("enc-snf-2026-11-08", "NONAC", "Skilled nursing facility stay", dt("2026-11-08", "15:00"), dt("2026-11-26", "10:00"), org="maplegrove",
          disposition="Home with wife")
    b.enc("enc-nsgy-2026-12-01", "AMB", "Neurosurgery follow-up", dt("2026-12-01", "10:00"), dt("2026-12-01", "10:30"), org="nv-nsgy")
    b.enc("enc-pcp-2026-12-08", "AMB", "PCP visit - anticoagulation shared decision making", dt("2026-12-08", "09:00"), dt("2026-12-08", "09:50"), org="oak-im")
    b.enc("enc-ep-2026-12-10", "AMB", "Electrophysiology consultation - LAAC", dt("2026-12-10", "14:00"), dt("2026-12-10", "14:45"), org="nv-heart")

    b.cond("c-af", "I48.19", "Other persistent atrial fibrillation", "2018-05-09")
    b.cond("c-htn", "I10", "Essential (primary) hypertension", "2003-01-01")
    b.cond("c-dm", "E11.9", "Type 2 diabetes mellitus without complications", "2012-08-20")
    b.cond("c-tia", "Z86.73", "Personal history of transient ischemic attack (TIA), and cerebral infarction without residual deficits", "2022-04-14",
           note="TIA 04/2022 (transient right arm weakness and aphasia, 40 min), while INR subtherapeutic.")
    b.cond("c-sdh", "S06.5X0A", "Traumatic subdural hemorrhage without loss of consciousness, initial encounter", "2026-11-02",
           category="encounter-diagnosis", encounter="enc-hosp-2026-11-02")
    b.cond("c-falls", "R29.6", "Repeated falls", "2026-11-02", note="3 falls in 2026 (March, July, November).")

    b.med("rx-warfarin", "11289", "warfarin 5 mg oral tablet", "2018-05-09", status="stopped", dosage="per INR", start="2018-05-09", end="2026-11-02",
          status_reason="Subdural hematoma 11/02/2026; reversed with 4F-PCC and vitamin K")
    b.obs("inr-2026-11-02", (LOINC, "6301-6", "INR in Platelet poor plasma by Coagulation assay"), dt("2026-11-02", "18:50"), 3.4, "{INR}", "{INR}",
          encounter="enc-hosp-2026-11-02")
    b.doc("ct-2026-11-02", "18748-4", "Diagnostic imaging study", "CT head without contrast", dt("2026-11-02", "19:10"), None,
          """CT HEAD 11/02/2026 19:02: Acute left convexity subdural hematoma, max thickness 9 mm, 3 mm midline shift. No skull fracture.
""", encounter="enc-hosp-2026-11-02", custodian="nvrmc")
    b.doc("dc-2026-11-08", "18842-5", "Discharge summary", "Hospital discharge summary", dt("2026-11-08", "10:30"), "dr-bauer",
          """DISCHARGE SUMMARY 11/02/2026 - 11/08/2026
PENNINGTON, Arthur 81M   Disposition: Maple Grove SNF
1. Acute L SDH after ground-level fall on warfarin (INR 3.4) - reversed with 4F-PCC + vitamin K. Neurosurgery: non-operative; repeat CT 11/4 and 11/7 stable. Keppra x 7 days.
2. Persistent AF - warfarin STOPPED. Rate control diltiazem. Anticoagulation plan to be readdressed with neurosurgery at 4-week follow-up.
3. HTN, T2DM, prior TIA (2022).
4. Recurrent falls - PT/OT at SNF.
""", encounter="enc-hosp-2026-11-02", custodian="nvrmc")
    b.doc("snf-dc-2026-11-26", "18842-5", "Discharge summary", "SNF discharge summary (Maple Grove)", dt("2026-11-26", "09:30"), "dr-nakamura",
          """MAPLE GROVE HEALTH & REHAB - DISCHARGE SUMMARY
Arthur Pennington 81M   11/08/2026 - 11/26/2026
Rehab after SDH. Ambulates with rollator, supervision. One near-fall 11/19 (no injury). No anticoagulant given during the stay (warfarin discontinued by hospital). Diltiazem, metformin, lisinopril.
Follow-up: neurosurgery 12/1, PCP 12/8.
""", encounter="enc-snf-2026-11-08", custodian="maplegrove")
    b.doc("nsgy-2026-12-01", "11506-3", "Progress note", "Neurosurgery follow-up", dt("2026-12-01", "10:40"), "dr-okonkwo",
          """NORTHVALE NEUROSURGERY - FOLLOW-UP 12/01/2026
Arthur Pennington 81M. L SDH 11/2/2026 on warfarin, non-operative.
CT head today: SDH resolving, now 4 mm, no midline shift. Neuro exam non-focal.
Recommendation: given SDH on warfarin and three falls this year, he should NOT resume long-term anticoagulation. Fall-prevention program. Return 3 months with CT.
""", encounter="enc-nsgy-2026-12-01", custodian="nv-nsgy")
    sdm = html_doc("SDM", """
<h2>Oak Haven Internal Medicine - Shared Decision Making: Stroke Prevention in AF</h2>
<p><b>Date:</b> 12/08/2026 &nbsp; <b>Physician:</b> Eliza Grant MD (internal medicine, PCP) &nbsp; <b>Patient:</b> Arthur Pennington, 81 M, with wife</p>
<p>Persistent non-valvular AF (echo 11/04/2026: no mitral stenosis, LVEF 55%). CHA2DS2-VASc 6 (age, HTN, diabetes, prior TIA x2 points).
Warfarin stopped after traumatic SDH 11/02/2026; neurosurgery (12/01) advises against resuming long-term anticoagulation.</p>
<p><b>Decision tool:</b> evidence-based AF anticoagulation decision aid (option grid with individualized stroke and bleeding estimates) reviewed together.</p>
<p>Options discussed: no antithrombotic therapy; aspirin; resume a DOAC (neurosurgery advises against); percutaneous LAA closure.</p>
<p><b>Outcome:</b> Long-term oral anticoagulation is judged unsafe for him (SDH, recurrent falls). After shared decision making he prefers LAAC.
Referral to EP (Dr. Suresh).</p>
""")
    b.doc("sdm-2026-12-08", "11506-3", "Progress note", "PCP shared decision-making visit - AF stroke prevention", dt("2026-12-08", "10:00"), "dr-grant",
          sdm, ctype="text/html", encounter="enc-pcp-2026-12-08", custodian="oak-im")
    b.obs("echo-mv-2026-11-04", ("local", "ECHO-MV", "Mitral valve assessment (echocardiography)"), dt("2026-11-04", "11:00"),
          "No mitral stenosis. Trace MR. Native valves.", category="imaging", encounter="enc-hosp-2026-11-02")
    b.doc("ep-2026-12-10", "11488-4", "Consult note", "Electrophysiology consultation - LAAC", dt("2026-12-10", "15:00"), "dr-suresh",
          """ELECTROPHYSIOLOGY - LAAC CONSULTATION 12/10/2026
Arthur Pennington 81M   M. Suresh MD
Persistent NVAF since 2018. CHA2DS2-VASc 6 (age 81, HTN, DM, TIA 2022). CHADS2 5.
Warfarin stopped 11/2 for traumatic SDH; neurosurgery 12/1: no long-term anticoagulation. SDM with PCP 12/8 (decision aid) - prefers LAAC.
Exam: irregular, no murmur. Echo 11/4: no MS.
Post-implant antithrombotic regimen: to be determined - will discuss with neurosurgery (options: short course of warfarin + aspirin vs dual antiplatelet therapy).
Plan: pre-procedure CT for LAA anatomy; submit prior authorization.
""", encounter="enc-ep-2026-12-10", custodian="nv-heart")

    # after request
    b.doc("nsgy-msg-2026-12-18", "34109-9", "Note", "Neurosurgery message to EP", dt("2026-12-18", "16:20"), "dr-okonkwo",
          """Message to Dr. Suresh 12/18/2026: re Arthur Pennington - from a neurosurgical standpoint a 45-day course of warfarin after LAAC is acceptable if INR is kept 2-2.5 and the CT at 3 weeks is stable.
""", custodian="nv-nsgy")

    c = case("bw-laac-02", "bw16", svc("cpt", "33340", "Percutaneous transcatheter closure of the left atrial appendage with endocardial implant"),
             [dx("I48.19", "Other persistent atrial fibrillation"), dx("Z86.73", "Personal history of transient ischemic attack (TIA), and cerebral infarction without residual deficits")],
             "2026-12-14", "request_info", P,
             ["DocumentReference/sdm-2026-12-08", "DocumentReference/nsgy-2026-12-01", "DocumentReference/ep-2026-12-10",
              "Condition/c-tia", "Condition/c-dm", "Condition/c-htn"],
             missing=["short-term warfarin|short term warfarin|short-term anticoagulation|short term anticoagulation|post-implant anticoagulation|post-procedure anticoagulation|warfarin"],
             rationale="NVAF, CHA2DS2-VASc 6 / CHADS2 5, SDM with his PCP (independent, non-interventional) using a decision aid, and inability to take long-term OAC are documented. Whether he is suitable for short-term warfarin is not addressed by anyone before the request (the EP leaves the post-implant regimen open). Neurosurgery's answer is dated after the request.",
             note="LAAC. NVAF, CHA2DS2-VASc 6, SDH on warfarin 11/2026, SDM 12/8.")
    return c, b


CASES = [laac01, laac02]
