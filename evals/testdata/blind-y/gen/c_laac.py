"""NCD 20.34 cases."""
from fhirlib import Chart, LOINC, SNOMED, ICD10, ICD9, CPT
from common import NOTE, rx, icd, case, svc_cpt

POLICY = "NCD 20.34"
SVC = svc_cpt("33340", "Percutaneous transcatheter closure of the left atrial appendage with endocardial implant")


def laac01():
    c = Chart("brendan", "y15", "2026-04-21T11:11:11-04:00")
    S = c.site
    c.patient("y15", "Achebe-Morrow", ["Rosalind"], "female", "1953-08-02", "E0774530",
              address={"city": "Lewistown", "state": "PA", "postalCode": "17044"})
    c.organization("org-sb", "St. Brendan Regional Hospital")
    c.practitioner("pr-amundsen", "Amundsen", ["Felix"], "MD", "Cardiology (general, non-invasive)")
    c.practitioner("pr-haddad", "Haddad", ["Samir"], "MD", "Clinical Cardiac Electrophysiology")
    c.practitioner("pr-tanabe", "Tanabe", ["Yuki"], "MD", "Gastroenterology")
    c.practitioner("pr-moreno", "Moreno", ["Abel"], "MD", "Hospital Medicine")
    c.practitioner("pr-park15", "Park", ["June"], "MD", "Family Medicine")

    c.condition("cond-af15", [icd("I48.19", "Other persistent atrial fibrillation"), (SNOMED, "49436004", "Atrial fibrillation"),
                              (ICD9, "427.31", "Atrial fibrillation")], "Persistent atrial fibrillation (nonvalvular)",
                recorded="2022-05-10", onset="2022-05")
    c.condition("cond-htn15", [icd("I10", "Essential (primary) hypertension"), (SNOMED, "38341003", "Hypertensive disorder")],
                "Hypertension", recorded="2024-03-18", onset="2024-03", asserter="Practitioner/pr-park15")
    c.condition("cond-avm15", [icd("K55.21", "Angiodysplasia of colon with hemorrhage")], "Colonic angiodysplasia with bleeding",
                recorded="2025-11-15", encounter="Encounter/enc-adm15a", category="encounter-diagnosis")
    c.condition("cond-avm15b", [icd("K31.811", "Angiodysplasia of stomach and duodenum with bleeding")],
                "Gastric/duodenal angiodysplasia with bleeding", recorded="2026-01-21", encounter="Encounter/enc-adm15b",
                category="encounter-diagnosis")
    c.condition("cond-anemia15", [icd("D62", "Acute posthemorrhagic anemia")], "Acute blood loss anemia",
                recorded="2026-01-20", clinical="resolved", abatement="2026-03-10")
    c.condition("cond-cat15", [icd("H26.9", "Unspecified cataract")], "Cataract", recorded="2023-09-09")

    c.obs("chadsvasc-2023", [(S["flow"], "CHA2DS2VASC", "CHA2DS2-VASc score")], "CHA2DS2-VASc", "2023-06-14T10:00:00-04:00",
          ("int", 2), category="survey", note="Age 65-74 (1), female (1).")
    c.med("med-apix15", rx("1364430", "apixaban"), "apixaban 5 mg tablet", "2022-05-10", status="stopped",
          status_reason="Held for GI bleed 11/14/2025; resumed at reduced dose 11/19/2025",
          dosage="5 mg PO twice daily", validity=("2022-05-10", "2025-11-14"), requester="Practitioner/pr-amundsen")
    c.med("med-metop15", rx("6918", "metoprolol"), "metoprolol succinate 50 mg", "2022-05-10", dosage="50 mg daily")
    c.med("med-aml15", rx("17767", "amlodipine"), "amlodipine 5 mg", "2024-03-18", dosage="5 mg daily",
          requester="Practitioner/pr-park15")
    c.med("med-ppi15", rx("40790", "pantoprazole"), "pantoprazole 40 mg", "2025-11-17", dosage="40 mg daily")

    c.encounter("enc-adm15a", "2025-11-14T06:00:00-05:00", "2025-11-18T12:00:00-05:00", "IMP", "Inpatient Admission",
                "Practitioner/pr-moreno", reason="GI bleed", org="Organization/org-sb")
    c.encounter("enc-adm15b", "2026-01-20T02:00:00-05:00", "2026-01-23T13:00:00-05:00", "IMP", "Inpatient Admission",
                "Practitioner/pr-moreno", reason="Recurrent GI bleed", org="Organization/org-sb")
    for oid, t, v, enc in [("hgb-2025-11-14", "2025-11-14T06:20:00-05:00", 62, "Encounter/enc-adm15a"),
                           ("hgb-2026-01-20", "2026-01-20T02:30:00-05:00", 71, "Encounter/enc-adm15b"),
                           ("hgb-2026-03-10", "2026-03-10T09:00:00-04:00", 118, None)]:
        c.obs(oid, [(LOINC, "718-7", "Hemoglobin [Mass/volume] in Blood")], "Hemoglobin", t, ("q", v, "g/L", "g/L"),
              interp="LL" if v < 70 else ("L" if v < 120 else None), encounter=enc, ref_range="120-155 g/L")
    dc1 = """DISCHARGE SUMMARY 11/18/2025  A. Moreno MD
Melena and hematochezia on apixaban. Hgb 62 g/L on arrival, transfused 3 u PRBC. Colonoscopy: multiple
cecal/ascending angiodysplasias, APC x4. Apixaban held 5 days then resumed 2.5 mg bid at cardiology's
request (CHA2DS2-VASc 3). PPI started."""
    c.doc("doc-dc15a", "2025-11-18T13:00:00-05:00", NOTE["dc"][0], NOTE["dc"][1], dc1, author="Practitioner/pr-moreno",
          encounter="Encounter/enc-adm15a")
    c.med("med-apix15-low", rx("1364430", "apixaban"), "apixaban 2.5 mg tablet", "2025-11-19", status="stopped",
          status_reason="Recurrent GI bleeding from angiodysplasia 01/2026; long-term anticoagulation not advised (GI 01/22/2026)",
          dosage="2.5 mg PO twice daily",
          validity=("2025-11-19", "2026-01-20"), requester="Practitioner/pr-amundsen")
    gi = """GASTROENTEROLOGY CONSULT  01/22/2026   Y. Tanabe MD
Second major GI bleed (Hgb 71 g/L, 2 u PRBC) on reduced-dose apixaban, 2 months after the first.
EGD: 3 gastric/duodenal angiodysplasias - APC. Capsule: additional jejunal angiodysplasias not reachable
for complete ablation. Diffuse GI angiodysplasia; rebleeding on any anticoagulant is likely.
Recommendations:
1. Stop apixaban. From GI standpoint, LONG-TERM oral anticoagulation is NOT advised.
2. If LAA occlusion is pursued, a SHORT course (about 45 days) of warfarin or DOAC with PPI afterwards
   is acceptable, with CBC weekly.
3. PPI bid x 8 weeks, then daily. Iron."""
    c.doc("doc-gi-0122", "2026-01-22T16:00:00-05:00", NOTE["consult"][0], NOTE["consult"][1], gi,
          author="Practitioner/pr-tanabe", encounter="Encounter/enc-adm15b")
    c.obs("echo15", [(S["flow"], "ECHO-SUM", "Echo summary")], "TTE", "2026-02-09T10:00:00-05:00", category="imaging",
          components=[([(LOINC, "10230-1", "Left ventricular Ejection fraction")], "LVEF", ("q", 60, "%", "%")),
                      ([(S["flow"], "MV-MG", "Mitral mean gradient")], "MV mean gradient", ("q", 2, "mmHg", "mm[Hg]")),
                      ([(S["flow"], "MS", "Mitral stenosis")], "Mitral stenosis", ("s", "none")),
                      ([(S["flow"], "MR", "Mitral regurgitation")], "MR", ("s", "mild")),
                      ([(S["flow"], "PROSTH", "Prosthetic valve")], "Prosthetic valve", ("s", "none")),
                      ([(S["flow"], "LA-AP", "LA diameter")], "LA", ("q", 4.6, "cm", "cm"))])

    c.encounter("enc-sdm15", "2026-03-10T09:00:00-04:00", None, "AMB", "Office Visit", "Practitioner/pr-amundsen",
                org="Organization/org-sb")
    sdm = """<html><body><div>
<p><b>GENERAL CARDIOLOGY &ndash; SHARED DECISION-MAKING: STROKE PREVENTION IN ATRIAL FIBRILLATION</b><br/>
03/10/2026 &nbsp; Felix Amundsen, MD (non-invasive cardiology; not part of the EP/implanting team)</p>
<p>72 y/o woman with persistent nonvalvular AF (TTE 2/2026: no mitral stenosis, no prosthetic valve) and two
major GI bleeds from diffuse angiodysplasia on apixaban (11/2025, 01/2026).</p>
<p><b>Stroke risk:</b> CHA<sub>2</sub>DS<sub>2</sub>-VASc = 3 (age 65&ndash;74 = 1, female = 1, hypertension since 3/2024 = 1).
(The 2 recorded in 6/2023 predates her hypertension diagnosis.) CHADS<sub>2</sub> = 1.<br/>
<b>Bleeding risk:</b> HAS-BLED 3.</p>
<p><b>Decision tool:</b> evidence-based AF anticoagulation decision aid (printed and on-screen version; annual stroke and
bleeding risk pictographs individualized to her scores) used during the visit.</p>
<ul><li>Options reviewed: resume DOAC at any dose, warfarin, no anticoagulation / aspirin, percutaneous LAA closure.</li>
<li>Her values: fear of another bleed and transfusion; wants stroke protection.</li></ul>
<p><b>Conclusion of SDM:</b> given recurrent major GI bleeding and GI's recommendation, she is <u>unable to take long-term
oral anticoagulation</u>. She is suitable for short-term warfarin (about 45 days) after a closure procedure per GI.
She chooses referral for LAAC evaluation. Time: 40 min, majority counseling.</p>
<p>F. Amundsen, MD</p></div></body></html>"""
    c.doc("doc-sdm-0310", "2026-03-10T10:05:00-04:00", [(S["notetype"], "SDM", "Shared Decision Making")],
          "Shared Decision Making Note", sdm, "text/html", author="Practitioner/pr-amundsen", encounter="Encounter/enc-sdm15")
    c.encounter("enc-ep15", "2026-03-24T13:00:00-04:00", None, "AMB", "New Patient Consult", "Practitioner/pr-haddad",
                org="Organization/org-sb")
    ep = """EP CONSULT - LAAC   03/24/2026   S. Haddad MD
Referred by Dr. Amundsen after SDM visit 3/10. Persistent NVAF. CHADS2 1; CHA2DS2-VASc 3.
Not a candidate for long-term OAC (recurrent GI bleeding, GI 1/22). Short-term warfarin acceptable.
Plan: percutaneous LAAC; pre-procedure TEE/CT."""
    c.doc("doc-ep-0324", "2026-03-24T14:00:00-04:00", NOTE["consult"][0], NOTE["consult"][1], ep,
          author="Practitioner/pr-haddad", encounter="Encounter/enc-ep15")
    c.appointment("appt-tee15", "2026-03-24T14:05:00-04:00", "2026-05-05T08:00:00-04:00", "booked",
                  "Pre-LAAC TEE", "Practitioner/pr-haddad", "Echo")

    cs = case("by-laac-01", "patients/y15.json", SVC,
              [("I48.19", "Other persistent atrial fibrillation"), ("K55.21", "Angiodysplasia of colon with hemorrhage")],
              "2026-04-21", "approve", POLICY,
              ["DocumentReference/doc-sdm-0310", "DocumentReference/doc-gi-0122", "Condition/cond-htn15",
               "MedicationRequest/med-apix15-low"],
              rationale="CHADS2 is only 1 but CHA2DS2-VASc is 3 once the 2024 hypertension is counted (the recorded 2 "
                        "is from 2023). SDM with an independent non-interventional cardiologist using a decision aid, "
                        "non-valvular AF by echo, unable to take long-term OAC after two major GI bleeds, short-term "
                        "warfarin acceptable per GI.",
              note="LAAC - NVAF, recurrent GI bleeding on OAC.")
    return cs, c


def laac02():
    c = Chart("northlake", "y16", "2026-12-01T14:45:00-06:00")
    S = c.site
    c.patient("y16", "Vantongeren", ["Cornelius"], "male", "1949-05-19", "NL0022907",
              address={"city": "Cedarburg", "state": "WI", "postalCode": "53012"})
    c.organization("org-nl", "Northlake Health")
    c.practitioner("pr-okafor", "Okafor", ["Beatrix"], "MD", "Cardiology (general)")
    c.practitioner("pr-lindbergh", "Lindbergh", ["Ezra"], "MD", "Clinical Cardiac Electrophysiology")
    c.practitioner("pr-farouk", "Farouk", ["Mina"], "MD", "Neurosurgery")
    c.practitioner("pr-reyes16", "Reyes", ["Paul"], "MD", "Internal Medicine")

    c.condition("cond-af16", [icd("I48.21", "Permanent atrial fibrillation"), (ICD9, "427.31", "Atrial fibrillation")],
                "Permanent AF", recorded="2019-03-02")
    c.condition("cond-htn16", [icd("I10", "Essential (primary) hypertension")], "Hypertension", recorded="2005-06-01")
    c.condition("cond-sdh16", [icd("S06.5X0A", "Traumatic subdural hemorrhage without loss of consciousness, initial encounter")],
                "Traumatic SDH after fall on apixaban", recorded="2025-08-16", clinical="resolved", abatement="2025-11-05",
                category="encounter-diagnosis")
    c.condition("cond-falls16", [icd("R29.6", "Repeated falls")], "Recurrent falls (3 in 12 months)", recorded="2025-08-20")
    c.condition("cond-bph16", [icd("N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms")], "BPH",
                recorded="2015-01-01")
    c.med("med-apix16", rx("1364430", "apixaban"), "apixaban 5 mg", "2019-03-02", status="stopped",
          status_reason="Traumatic subdural hematoma 08/16/2025", validity=("2019-03-02", "2025-08-16"),
          dosage="5 mg bid")
    c.med("med-dilt16", rx("3443", "diltiazem"), "diltiazem ER 180 mg", "2019-03-02", dosage="180 mg daily")
    c.med("med-lis16", rx("29046", "lisinopril"), "lisinopril 20 mg", "2005-06-01", dosage="20 mg daily")

    nsg = """NEUROSURGERY CLINIC   11/05/2025   M. Farouk MD
Follow-up traumatic L convexity SDH (8/16/2025, fall at home on apixaban), managed nonoperatively.
CT today: complete resolution. Neuro exam normal.
Gait unsteady; 3 falls in 12 months per PT.
Recommendation: do NOT resume long-term anticoagulation given recurrent falls and SDH on apixaban.
From a neurosurgical standpoint a short, defined course (<=45 days) of warfarin would be acceptable
if required around a cardiac procedure."""
    c.doc("doc-nsg-1105", "2025-11-05T11:00:00-06:00", NOTE["progress"][0], NOTE["progress"][1], nsg,
          author="Practitioner/pr-farouk")
    c.obs("echo16", [(S["flow"], "ECHO-SUM", "Echo summary")], "TTE", "2026-09-30T09:00:00-05:00", category="imaging",
          components=[([(LOINC, "10230-1", "Left ventricular Ejection fraction")], "LVEF", ("q", 55, "%", "%")),
                      ([(S["flow"], "MS", "Mitral stenosis")], "Mitral stenosis", ("s", "none")),
                      ([(S["flow"], "PROSTH", "Prosthetic valve")], "Prosthetic valve", ("s", "none")),
                      ([(S["flow"], "MR", "Mitral regurgitation")], "MR", ("s", "mild"))])
    c.encounter("enc-okafor16", "2026-11-03T10:00:00-06:00", "2026-11-03T10:50:00-06:00", "AMB", "Office Visit",
                "Practitioner/pr-okafor", reason="Atrial fibrillation - anticoagulation options", org="Organization/org-nl")
    c.doc("doc-okafor-1103", "2026-11-03T10:55:00-06:00", NOTE["progress"][0], NOTE["progress"][1],
          "*** DICTATED - AWAITING TRANSCRIPTION ***\nJob #5528193   Dictated by: B. Okafor MD   11/03/2026 10:52\n"
          "(This placeholder will be replaced when the transcribed note is signed.)",
          author="Practitioner/pr-okafor", encounter="Encounter/enc-okafor16", doc_status="preliminary")
    c.encounter("enc-ep16", "2026-11-17T13:30:00-06:00", None, "AMB", "New Patient Consult", "Practitioner/pr-lindbergh",
                org="Organization/org-nl")
    ep = """ELECTROPHYSIOLOGY - LAAC EVALUATION   11/17/2026   E. Lindbergh MD
77M permanent nonvalvular AF (TTE 9/30/2026: no MS, no prosthetic valve). HTN.
CHADS2 = 2 (age >75, HTN). CHA2DS2-VASc = 3 (age >=75 x2, HTN).
Traumatic SDH 8/2025 on apixaban; recurrent falls. Neurosurgery (11/5/2025): no long-term OAC;
short course (<=45 d) of warfarin acceptable.
Shared decision-making: completed 11/3 with Dr. Okafor (general cardiology) using the decision aid -
see her note.
Plan: percutaneous LAAC, post-implant warfarin 45 days then DAPT. Pre-procedure CT.
Submit prior authorization."""
    c.doc("doc-ep-1117", "2026-11-17T14:20:00-06:00", NOTE["consult"][0], NOTE["consult"][1], ep,
          author="Practitioner/pr-lindbergh", encounter="Encounter/enc-ep16")
    # after the request: the transcribed note replaces the placeholder
    full = """GENERAL CARDIOLOGY - ANTICOAGULATION SHARED DECISION-MAKING   DOS 11/03/2026   B. Okafor MD
(transcribed 12/04/2026)
Used an evidence-based AF stroke-prevention decision aid with the patient and his wife. CHA2DS2-VASc 3,
HAS-BLED 3. Options: resume DOAC, warfarin, LAAC, no therapy. He is deemed unable to take long-term OAC
(SDH + falls); suitable for short-term warfarin per neurosurgery. He chooses LAAC evaluation."""
    c.doc("doc-okafor-1103-final", "2026-12-04T09:10:00-06:00", NOTE["progress"][0], NOTE["progress"][1], full,
          author="Practitioner/pr-okafor", encounter="Encounter/enc-okafor16", doc_status="final",
          relates=("replaces", "DocumentReference/doc-okafor-1103"))

    cs = case("by-laac-02", "patients/y16.json", SVC,
              [("I48.21", "Permanent atrial fibrillation"), ("Z91.81", "History of falling")],
              "2026-12-01", "request_info", POLICY,
              ["DocumentReference/doc-ep-1117", "DocumentReference/doc-nsg-1105", "Condition/cond-htn16"],
              missing=["shared decision|SDM|decision aid|decision tool|decision making"],
              rationale="Scores, non-valvular AF, inability to take long-term OAC and short-term warfarin suitability "
                        "are documented. The SDM encounter is only asserted by the implanting electrophysiologist; the "
                        "general cardiologist's note was an untranscribed placeholder on the request date (the "
                        "transcribed note is dated after it).",
              note="LAAC - NVAF, SDH on apixaban, SDM done 11/3.")
    return cs, c


CASES = [laac01, laac02]
